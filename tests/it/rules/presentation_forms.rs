//! Rule 2: presentation forms and honorifics.

use arabic_text::{Honorifics, Normalizer};

use super::check;

// ---------------------------------------------------------------------------------------
// Rule 2: presentation forms and honorifics.

#[test]
fn presentation_forms() {
    check(
        "presentation_forms",
        Normalizer::none().presentation_forms(true),
        &[
            // U+FB50..=U+FDFF.
            (
                "U+FB50 alef wasla isolated (range start)",
                "\u{FB50}",
                "\u{0671}",
            ),
            ("U+FB51 alef wasla final", "\u{FB51}", "\u{0671}"),
            (
                "U+FB4F Hebrew alef-lamed just before the range stays",
                "\u{FB4F}",
                "\u{FB4F}",
            ),
            (
                "U+FB8E keheh isolated -> U+06A9 (no Persian fold)",
                "\u{FB8E}",
                "\u{06A9}",
            ),
            (
                "U+FDF2 allah -> الله",
                "\u{FDF2}",
                "\u{0627}\u{0644}\u{0644}\u{0647}",
            ),
            (
                "U+FDFC rial -> ريال with Arabic yeh U+064A",
                "\u{FDFC}",
                "\u{0631}\u{064A}\u{0627}\u{0644}",
            ),
            (
                "U+FDF9 salla -> صلى",
                "\u{FDF9}",
                "\u{0635}\u{0644}\u{0649}",
            ),
            ("U+FDFA kept (honorifics Keep)", "\u{FDFA}", "\u{FDFA}"),
            ("U+FDFB kept (honorifics Keep)", "\u{FDFB}", "\u{FDFB}"),
            ("U+FDFD kept (honorifics Keep)", "\u{FDFD}", "\u{FDFD}"),
            ("U+FDFE has no mapping: kept", "\u{FDFE}", "\u{FDFE}"),
            (
                "U+FDFF (range end) has no mapping: kept",
                "\u{FDFF}",
                "\u{FDFF}",
            ),
            (
                "U+FE00 just after the range stays",
                "\u{0628}\u{FE00}",
                "\u{0628}\u{FE00}",
            ),
            (
                "U+FD3E ornate parenthesis has no mapping: kept",
                "\u{FD3E}نص\u{FD3F}",
                "\u{FD3E}نص\u{FD3F}",
            ),
            (
                "U+FBB2 symbol dot above has no mapping: kept",
                "\u{FBB2}",
                "\u{FBB2}",
            ),
            (
                "U+FC60 shadda with fatha isolated -> bare marks",
                "\u{0628}\u{FC60}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "U+FCF2 shadda with fatha medial -> bare marks",
                "\u{0628}\u{FCF2}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            // U+FE70..=U+FEFE.
            (
                "U+FE6B small commercial at before U+FE70 stays (not NFKC)",
                "\u{FE6B}",
                "\u{FE6B}",
            ),
            (
                "U+FE70 fathatan isolated (range start) -> bare mark",
                "\u{FE70}",
                "\u{064B}",
            ),
            (
                "U+FE70 after a letter",
                "\u{0628}\u{FE70}",
                "\u{0628}\u{064B}",
            ),
            (
                "U+FE71 tatweel with fathatan -> bare mark",
                "\u{0628}\u{FE71}",
                "\u{0628}\u{064B}",
            ),
            (
                "U+FE72 dammatan isolated",
                "\u{0628}\u{FE72}",
                "\u{0628}\u{064C}",
            ),
            (
                "U+FE73 tail fragment has no mapping: kept",
                "\u{FE73}",
                "\u{FE73}",
            ),
            (
                "U+FE74 kasratan isolated",
                "\u{0628}\u{FE74}",
                "\u{0628}\u{064D}",
            ),
            (
                "U+FE76 fatha isolated",
                "\u{0628}\u{FE76}",
                "\u{0628}\u{064E}",
            ),
            (
                "U+FE77 fatha medial",
                "\u{0628}\u{FE77}",
                "\u{0628}\u{064E}",
            ),
            (
                "U+FE78 damma isolated",
                "\u{0628}\u{FE78}",
                "\u{0628}\u{064F}",
            ),
            (
                "U+FE79 damma medial",
                "\u{0628}\u{FE79}",
                "\u{0628}\u{064F}",
            ),
            (
                "U+FE7A kasra isolated",
                "\u{0628}\u{FE7A}",
                "\u{0628}\u{0650}",
            ),
            (
                "U+FE7B kasra medial",
                "\u{0628}\u{FE7B}",
                "\u{0628}\u{0650}",
            ),
            (
                "U+FE7C shadda isolated",
                "\u{0628}\u{FE7C}",
                "\u{0628}\u{0651}",
            ),
            (
                "U+FE7D shadda medial",
                "\u{0628}\u{FE7D}",
                "\u{0628}\u{0651}",
            ),
            (
                "U+FE7E sukun isolated",
                "\u{0628}\u{FE7E}",
                "\u{0628}\u{0652}",
            ),
            (
                "U+FE7F sukun medial (end of the mark forms)",
                "\u{0628}\u{FE7F}",
                "\u{0628}\u{0652}",
            ),
            ("U+FE7F alone", "\u{FE7F}", "\u{0652}"),
            (
                "U+FE93 teh marbuta isolated -> U+0629 (no fold)",
                "\u{FE93}",
                "\u{0629}",
            ),
            (
                "U+FEEF alef maksura isolated -> U+0649 (no fold)",
                "\u{FEEF}",
                "\u{0649}",
            ),
            ("letter forms: لمو", "\u{FEDF}\u{FEE4}\u{FEEE}", "لمو"),
            (
                "letter forms: مراكش",
                "\u{FEE3}\u{FEAE}\u{FE8D}\u{FEDB}\u{FEB6}",
                "مراكش",
            ),
            // Lam-alef ligatures keep the hamza or madda on the alef.
            (
                "U+FEF5 lam-alef madda isolated",
                "\u{FEF5}",
                "\u{0644}\u{0622}",
            ),
            (
                "U+FEF6 lam-alef madda final",
                "\u{FEF6}",
                "\u{0644}\u{0622}",
            ),
            (
                "U+FEF7 lam-alef hamza above isolated",
                "\u{FEF7}",
                "\u{0644}\u{0623}",
            ),
            (
                "U+FEF8 lam-alef hamza above final",
                "\u{FEF8}",
                "\u{0644}\u{0623}",
            ),
            (
                "U+FEF9 lam-alef hamza below isolated",
                "\u{FEF9}",
                "\u{0644}\u{0625}",
            ),
            (
                "U+FEFA lam-alef hamza below final",
                "\u{FEFA}",
                "\u{0644}\u{0625}",
            ),
            ("U+FEFB lam-alef isolated", "\u{FEFB}", "\u{0644}\u{0627}"),
            (
                "U+FEFC lam-alef final (last assigned form)",
                "\u{FEFC}",
                "\u{0644}\u{0627}",
            ),
            ("U+FEFD unassigned: kept", "\u{FEFD}", "\u{FEFD}"),
            (
                "U+FEFF BOM is left to the zero-width rule",
                "\u{FEFF}نص",
                "\u{FEFF}نص",
            ),
            // Not NFKC: other scripts are untouched.
            ("U+FB01 fi ligature stays", "\u{FB01}", "\u{FB01}"),
            ("full-width digit stays", "\u{FF12}", "\u{FF12}"),
            (
                "Latin text with a ligature stays",
                "\u{FB01}le \u{FF12}",
                "\u{FB01}le \u{FF12}",
            ),
            ("base letters stay", "لأمن", "لأمن"),
        ],
    );
}

#[test]
fn honorifics_keep() {
    check(
        "honorifics(Keep) + presentation_forms",
        Normalizer::none()
            .presentation_forms(true)
            .honorifics(Honorifics::Keep),
        &[
            ("U+FDFA stays", "محمد \u{FDFA}", "محمد \u{FDFA}"),
            ("U+FDFB stays", "الله \u{FDFB}", "الله \u{FDFB}"),
            ("U+FDFD stays", "\u{FDFD}", "\u{FDFD}"),
            (
                "U+FDF9 is not an honorific: folded",
                "\u{FDF9}",
                "\u{0635}\u{0644}\u{0649}",
            ),
            (
                "U+FDFC is not an honorific: folded",
                "\u{FDFC}",
                "\u{0631}\u{064A}\u{0627}\u{0644}",
            ),
        ],
    );
}

#[test]
fn honorifics_expand() {
    check(
        "honorifics(Expand)",
        Normalizer::none().honorifics(Honorifics::Expand),
        &[
            ("U+FDFA", "\u{FDFA}", "صلى الله عليه وسلم"),
            (
                "U+FDFA after a name",
                "محمد \u{FDFA}",
                "محمد صلى الله عليه وسلم",
            ),
            ("U+FDFB", "\u{FDFB}", "جل جلاله"),
            ("U+FDFD", "\u{FDFD}", "بسم الله الرحمن الرحيم"),
            // The other presentation forms need presentation_forms.
            ("U+FDF9 stays", "\u{FDF9}", "\u{FDF9}"),
            ("U+FDFC stays", "\u{FDFC}", "\u{FDFC}"),
            ("U+FDFE stays", "\u{FDFE}", "\u{FDFE}"),
            ("U+FDF2 stays", "\u{FDF2}", "\u{FDF2}"),
            ("U+FEF7 stays", "\u{FEF7}", "\u{FEF7}"),
        ],
    );
}
