//! Table-driven tests for every normalization rule, one rule at a time.
//!
//! Each group is a table of `(name, input, expected)` records, run against
//! `Normalizer::none()` plus the one setter under test, through `normalize` (which must
//! borrow exactly when nothing changes), `is_normalized`, and `normalize_into` (which
//! must append to what the buffer already holds). Every code-point range a rule names is
//! tested at both ends, with a neighbour just outside that must be left alone.
//!
//! The expected outputs come from the setter documentation and the Unicode data
//! (canonical combining classes, canonical and compatibility decompositions).

use std::borrow::Cow;
use std::fmt::Write as _;

use arabic_text::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, Normalizer, PersianLetters, SmallLetters,
    Whitespace, Zwnj,
};

/// `(name, input, expected)`.
type Case = (&'static str, &'static str, &'static str);

/// What `normalize_into` finds in the buffer before it appends: text several rules would
/// change (tatweel, RLM, a run of spaces, NBSP, a decomposed hamza), so a rewrite of the
/// buffer would show.
const PREFIX: &str = "سابقـ\u{200F}  \u{00A0}ا\u{0654}|";

/// Code points of `s` as `U+XXXX` for anything outside printable ASCII, so that marks
/// and invisible characters are visible in failure messages.
fn esc(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "<{:04X}>", c as u32);
        }
    }
    out
}

/// Runs one group and reports every failing case at once.
fn check(group: &str, n: Normalizer, cases: &[Case]) {
    let mut failures = Vec::new();
    for &(name, input, expected) in cases {
        let unchanged = input == expected;
        let got = n.normalize(input);
        if got != expected {
            failures.push(format!(
                "  {name}: normalize({}) = {}, expected {}",
                esc(input),
                esc(&got),
                esc(expected)
            ));
        }
        if matches!(got, Cow::Borrowed(_)) != unchanged {
            failures.push(format!(
                "  {name}: normalize({}) borrowed = {}, expected {}",
                esc(input),
                matches!(got, Cow::Borrowed(_)),
                unchanged
            ));
        }
        if n.is_normalized(input) != unchanged {
            failures.push(format!(
                "  {name}: is_normalized({}) = {}, expected {}",
                esc(input),
                !unchanged,
                unchanged
            ));
        }
        let mut buf = String::from(PREFIX);
        n.normalize_into(input, &mut buf);
        match buf.strip_prefix(PREFIX) {
            Some(rest) if rest == expected => {}
            Some(rest) => failures.push(format!(
                "  {name}: normalize_into({}) appended {}, expected {}",
                esc(input),
                esc(rest),
                esc(expected)
            )),
            None => failures.push(format!(
                "  {name}: normalize_into({}) did not keep the prefix: {}",
                esc(input),
                esc(&buf)
            )),
        }
    }
    println!("{group}: {} cases", cases.len());
    assert!(
        failures.is_empty(),
        "{group}: {} failure(s) in {} cases\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Rule 1: canonical composition and mark order.

#[test]
fn canonical_composition() {
    check(
        "canonical_composition",
        Normalizer::none().canonical_composition(true),
        &[
            // The eight Unicode compositions with U+0653..=U+0655 second.
            (
                "alef + maddah U+0653 (range start)",
                "\u{0627}\u{0653}",
                "\u{0622}",
            ),
            ("alef + hamza above U+0654", "\u{0627}\u{0654}", "\u{0623}"),
            (
                "alef + hamza below U+0655 (range end)",
                "\u{0627}\u{0655}",
                "\u{0625}",
            ),
            ("waw + hamza above", "\u{0648}\u{0654}", "\u{0624}"),
            ("yeh + hamza above", "\u{064A}\u{0654}", "\u{0626}"),
            ("heh goal + hamza above", "\u{06C1}\u{0654}", "\u{06C2}"),
            ("yeh barree + hamza above", "\u{06D2}\u{0654}", "\u{06D3}"),
            ("ae + hamza above", "\u{06D5}\u{0654}", "\u{06C0}"),
            ("inside a word: مسألة", "مسا\u{0654}لة", "مسألة"),
            ("inside a word: سؤال", "سو\u{0654}ال", "سؤال"),
            (
                "two compositions in a row",
                "\u{0627}\u{0655}\u{064A}\u{0654}",
                "\u{0625}\u{0626}",
            ),
            (
                "precomposed letters stay",
                "\u{0622}\u{0623}\u{0624}\u{0625}\u{0626}",
                "\u{0622}\u{0623}\u{0624}\u{0625}\u{0626}",
            ),
            // Marks just outside U+0653..=U+0655 compose with nothing.
            (
                "alef + sukun U+0652 (below the range) stays",
                "\u{0627}\u{0652}",
                "\u{0627}\u{0652}",
            ),
            (
                "alef + subscript alef U+0656 (above the range) stays",
                "\u{0627}\u{0656}",
                "\u{0627}\u{0656}",
            ),
            // Pairs Unicode does not compose.
            (
                "heh U+0647 + hamza above stays",
                "\u{0647}\u{0654}",
                "\u{0647}\u{0654}",
            ),
            (
                "farsi yeh U+06CC + hamza above stays",
                "\u{06CC}\u{0654}",
                "\u{06CC}\u{0654}",
            ),
            (
                "alef maksura + hamza above stays",
                "\u{0649}\u{0654}",
                "\u{0649}\u{0654}",
            ),
            (
                "beh + hamza above stays",
                "\u{0628}\u{0654}",
                "\u{0628}\u{0654}",
            ),
            ("waw + maddah stays", "\u{0648}\u{0653}", "\u{0648}\u{0653}"),
            (
                "waw + hamza below stays",
                "\u{0648}\u{0655}",
                "\u{0648}\u{0655}",
            ),
            ("yeh + maddah stays", "\u{064A}\u{0653}", "\u{064A}\u{0653}"),
            (
                "yeh + hamza below stays",
                "\u{064A}\u{0655}",
                "\u{064A}\u{0655}",
            ),
            (
                "heh goal + maddah stays",
                "\u{06C1}\u{0653}",
                "\u{06C1}\u{0653}",
            ),
            (
                "ae + hamza below stays",
                "\u{06D5}\u{0655}",
                "\u{06D5}\u{0655}",
            ),
            (
                "hamza mark at the start of text stays",
                "\u{0654}",
                "\u{0654}",
            ),
            ("Latin e + acute is not composed", "e\u{0301}", "e\u{0301}"),
            // Canonical order: fathatan 27, fatha 30, kasra 32, shadda 33, sukun 34,
            // dagger alef 35.
            (
                "shadda + fatha -> fatha + shadda (30 < 33)",
                "\u{0628}\u{0651}\u{064E}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "shadda + kasra -> kasra + shadda (32 < 33)",
                "\u{0628}\u{0651}\u{0650}",
                "\u{0628}\u{0650}\u{0651}",
            ),
            (
                "shadda + fathatan -> fathatan + shadda (27 < 33)",
                "\u{0628}\u{0651}\u{064B}",
                "\u{0628}\u{064B}\u{0651}",
            ),
            (
                "sukun + shadda -> shadda + sukun (33 < 34)",
                "\u{0628}\u{0652}\u{0651}",
                "\u{0628}\u{0651}\u{0652}",
            ),
            (
                "dagger alef + shadda -> shadda + dagger alef (33 < 35)",
                "\u{0628}\u{0670}\u{0651}",
                "\u{0628}\u{0651}\u{0670}",
            ),
            (
                "three marks sorted",
                "\u{0628}\u{0652}\u{0651}\u{064E}",
                "\u{0628}\u{064E}\u{0651}\u{0652}",
            ),
            (
                "fatha + shadda already in order",
                "\u{0628}\u{064E}\u{0651}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "shadda + sukun already in order",
                "\u{0628}\u{0651}\u{0652}",
                "\u{0628}\u{0651}\u{0652}",
            ),
            (
                "reordered in a word: محمّد",
                "مُحَم\u{0651}\u{064E}د",
                "مُحَم\u{064E}\u{0651}د",
            ),
            // Composition after ordering; a mark of a lower class does not block.
            (
                "alef + hamza + fatha -> U+0623 + fatha",
                "\u{0627}\u{0654}\u{064E}",
                "\u{0623}\u{064E}",
            ),
            (
                "alef + fatha + hamza -> U+0623 + fatha (30 does not block 230)",
                "\u{0627}\u{064E}\u{0654}",
                "\u{0623}\u{064E}",
            ),
            (
                "alef + hamza below + fatha -> U+0625 + fatha",
                "\u{0627}\u{0655}\u{064E}",
                "\u{0625}\u{064E}",
            ),
            (
                "alef + hamza above + hamza below: 220 sorts first and composes",
                "\u{0627}\u{0654}\u{0655}",
                "\u{0625}\u{0654}",
            ),
            (
                "alef + maddah + hamza: the second mark has no pair",
                "\u{0627}\u{0653}\u{0654}",
                "\u{0622}\u{0654}",
            ),
            (
                "alef + hamza + maddah: the second mark has no pair",
                "\u{0627}\u{0654}\u{0653}",
                "\u{0623}\u{0653}",
            ),
            // Blocked: another mark of class 230 comes between.
            (
                "blocked by inverted damma U+0657 (230)",
                "\u{0627}\u{0657}\u{0654}",
                "\u{0627}\u{0657}\u{0654}",
            ),
            (
                "blocked by small high tah U+0615 (230)",
                "\u{0648}\u{0615}\u{0654}",
                "\u{0648}\u{0615}\u{0654}",
            ),
            (
                "a kept tatweel is a starter: no composition across it",
                "\u{0627}\u{0640}\u{0654}",
                "\u{0627}\u{0640}\u{0654}",
            ),
        ],
    );
}

#[test]
fn canonical_composition_across_deleted_tatweel() {
    check(
        "canonical_composition + remove_tatweel",
        Normalizer::none()
            .canonical_composition(true)
            .remove_tatweel(true),
        &[
            (
                "alef, tatweel, hamza -> U+0623",
                "\u{0627}\u{0640}\u{0654}",
                "\u{0623}",
            ),
            (
                "waw, two tatweels, hamza -> U+0624",
                "\u{0648}\u{0640}\u{0640}\u{0654}",
                "\u{0624}",
            ),
            (
                "alef, tatweel, maddah -> U+0622",
                "\u{0627}\u{0640}\u{0653}",
                "\u{0622}",
            ),
            ("in a word", "مسا\u{0640}\u{0654}لة", "مسألة"),
            (
                "marks on both sides of a tatweel are ordered",
                "\u{0628}\u{0651}\u{0640}\u{064E}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "heh + tatweel + hamza: no pair",
                "\u{0647}\u{0640}\u{0654}",
                "\u{0647}\u{0654}",
            ),
            ("tatweel alone", "كشـ24", "كش24"),
        ],
    );
}

#[test]
fn canonical_composition_then_other_marks_in_diacritized_prose() {
    // Long enough for the engine to take the prose a stretch of blocks at a time. With
    // the alef and hamza carriers not folded, a hamza above must still compose with
    // its letter, fatha or sukun between them or not, before the marks go.
    let prose = "كَتَبَ ٱلطَّالِبُ دَرْسَهُ ".repeat(4);
    let text = format!(
        "{prose}\u{0633}\u{064E}\u{0627}\u{064E}\u{0654}\u{0644}\u{064E} \
         \u{064A}\u{064F}\u{0648}\u{0652}\u{0654}\u{0645}\u{0650}\u{0646}\u{064F}"
    );
    let expected = format!("{}سأل يؤمن", "كتب ٱلطالب درسه ".repeat(4));
    let n = Normalizer::clean()
        .remove_harakat(true)
        .remove_other_marks(true);
    assert_eq!(esc(&n.normalize(&text)), esc(&expected));
    // With the carriers folded as well (the `search` folds), the same marks may be
    // deleted where they stand: the composed letters fold back.
    let folded = n.alef(AlefFold::All).fold_hamza_carriers(true);
    let expected = format!("{}سال يومن", "كتب الطالب درسه ".repeat(4));
    assert_eq!(esc(&folded.normalize(&text)), esc(&expected));
}

#[test]
fn canonical_composition_then_other_marks() {
    // The remove_other_marks docs: composition first, so a composing hamza is a letter.
    check(
        "canonical_composition + remove_other_marks",
        Normalizer::none()
            .canonical_composition(true)
            .remove_other_marks(true),
        &[
            (
                "alef + hamza above -> U+0623",
                "\u{0627}\u{0654}",
                "\u{0623}",
            ),
            (
                "yeh + hamza above -> U+0626",
                "\u{064A}\u{0654}",
                "\u{0626}",
            ),
            ("alef + maddah -> U+0622", "\u{0627}\u{0653}", "\u{0622}"),
            (
                "beh + hamza: no pair, mark deleted",
                "\u{0628}\u{0654}",
                "\u{0628}",
            ),
            (
                "heh + hamza: no pair, mark deleted",
                "\u{0647}\u{0654}",
                "\u{0647}",
            ),
            (
                "alef + subscript alef U+0656 deleted",
                "\u{0627}\u{0656}",
                "\u{0627}",
            ),
        ],
    );
}

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

// ---------------------------------------------------------------------------------------
// Rule 3: invisible characters and white space.

#[test]
fn bidi_controls() {
    check(
        "remove_bidi_controls",
        Normalizer::none().remove_bidi_controls(true),
        &[
            ("LRM U+200E", "ا\u{200E}ب", "اب"),
            ("RLM U+200F", "ا\u{200F}ب", "اب"),
            ("ALM U+061C", "ا\u{061C}ب", "اب"),
            ("LRE U+202A (range start)", "ا\u{202A}ب", "اب"),
            ("RLE U+202B", "ا\u{202B}ب", "اب"),
            ("PDF U+202C", "ا\u{202C}ب", "اب"),
            ("LRO U+202D", "ا\u{202D}ب", "اب"),
            ("RLO U+202E (range end)", "ا\u{202E}ب", "اب"),
            ("LRI U+2066 (range start)", "ا\u{2066}ب", "اب"),
            ("RLI U+2067", "ا\u{2067}ب", "اب"),
            ("FSI U+2068", "ا\u{2068}ب", "اب"),
            ("PDI U+2069 (range end)", "ا\u{2069}ب", "اب"),
            (
                "embedding around a word",
                "\u{202B}نص\u{202C}\u{200F}",
                "نص",
            ),
            ("only controls", "\u{200F}\u{200E}\u{061C}", ""),
            ("ZWJ U+200D (before LRM) stays", "ا\u{200D}ب", "ا\u{200D}ب"),
            ("ZWNJ U+200C stays", "ا\u{200C}ب", "ا\u{200C}ب"),
            ("ZWSP U+200B stays", "ا\u{200B}ب", "ا\u{200B}ب"),
            (
                "paragraph separator U+2029 (before U+202A) stays",
                "ا\u{2029}ب",
                "ا\u{2029}ب",
            ),
            (
                "narrow NBSP U+202F (after U+202E) stays",
                "ا\u{202F}ب",
                "ا\u{202F}ب",
            ),
            ("U+2065 (before U+2066) stays", "ا\u{2065}ب", "ا\u{2065}ب"),
            ("U+206A (after U+2069) stays", "ا\u{206A}ب", "ا\u{206A}ب"),
            (
                "Arabic semicolon U+061B (before ALM) stays",
                "ا\u{061B}ب",
                "ا\u{061B}ب",
            ),
            ("U+061D (after ALM) stays", "ا\u{061D}ب", "ا\u{061D}ب"),
        ],
    );
}

#[test]
fn zero_width() {
    check(
        "remove_zero_width",
        Normalizer::none().remove_zero_width(true),
        &[
            ("ZWSP U+200B", "ا\u{200B}ب", "اب"),
            ("ZWJ U+200D", "ا\u{200D}ب", "اب"),
            ("word joiner U+2060", "ا\u{2060}ب", "اب"),
            ("BOM U+FEFF at the start", "\u{FEFF}كلمة", "كلمة"),
            ("BOM U+FEFF inside", "ا\u{FEFF}ب", "اب"),
            ("BOM U+FEFF at the end", "كلمة\u{FEFF}", "كلمة"),
            ("soft hyphen U+00AD", "co\u{00AD}operate", "cooperate"),
            ("Mongolian vowel separator U+180E", "ا\u{180E}ب", "اب"),
            ("docs example", "\u{FEFF}كلمة\u{200B}\u{200D}", "كلمة"),
            (
                "ZWNJ U+200C (between ZWSP and ZWJ) follows zwnj: kept",
                "ا\u{200C}ب",
                "ا\u{200C}ب",
            ),
            (
                "hair space U+200A (before ZWSP) stays",
                "ا\u{200A}ب",
                "ا\u{200A}ب",
            ),
            ("LRM U+200E (after ZWJ) stays", "ا\u{200E}ب", "ا\u{200E}ب"),
            (
                "U+205F (before word joiner) stays",
                "ا\u{205F}ب",
                "ا\u{205F}ب",
            ),
            (
                "U+2061 (after word joiner) stays",
                "ا\u{2061}ب",
                "ا\u{2061}ب",
            ),
            ("U+00AC not sign stays", "\u{00AC}", "\u{00AC}"),
            ("U+00AE registered sign stays", "\u{00AE}", "\u{00AE}"),
            ("U+180D stays", "\u{1820}\u{180D}", "\u{1820}\u{180D}"),
            ("U+180F stays", "\u{1820}\u{180F}", "\u{1820}\u{180F}"),
            ("U+FEFC (before BOM) stays", "\u{FEFC}", "\u{FEFC}"),
        ],
    );
}

#[test]
fn zwnj_keep() {
    check(
        "zwnj(Keep)",
        Normalizer::none().zwnj(Zwnj::Keep),
        &[
            ("inside a word", "می\u{200C}روم", "می\u{200C}روم"),
            ("at the ends", "\u{200C}ا\u{200C}", "\u{200C}ا\u{200C}"),
        ],
    );
}

#[test]
fn zwnj_delete() {
    check(
        "zwnj(Delete)",
        Normalizer::none().zwnj(Zwnj::Delete),
        &[
            ("inside a word", "می\u{200C}روم", "میروم"),
            ("at the ends", "\u{200C}ا\u{200C}", "ا"),
            ("two in a row", "ا\u{200C}\u{200C}ب", "اب"),
            ("ZWSP U+200B stays", "ا\u{200B}ب", "ا\u{200B}ب"),
            ("ZWJ U+200D stays", "ا\u{200D}ب", "ا\u{200D}ب"),
        ],
    );
}

#[test]
fn zwnj_space() {
    check(
        "zwnj(Space)",
        Normalizer::none().zwnj(Zwnj::Space),
        &[
            ("inside a word", "می\u{200C}روم", "می روم"),
            ("at the ends", "\u{200C}ا\u{200C}", " ا "),
            ("next to a space: no collapsing", "ا \u{200C}ب", "ا  ب"),
            ("ZWSP U+200B stays", "ا\u{200B}ب", "ا\u{200B}ب"),
            ("ZWJ U+200D stays", "ا\u{200D}ب", "ا\u{200D}ب"),
        ],
    );
}

#[test]
fn unify_spaces() {
    check(
        "unify_spaces",
        Normalizer::none().unify_spaces(true),
        &[
            ("NBSP U+00A0", "a\u{00A0}b", "a b"),
            ("Ogham space U+1680", "a\u{1680}b", "a b"),
            ("en quad U+2000 (range start)", "a\u{2000}b", "a b"),
            ("thin space U+2009", "a\u{2009}b", "a b"),
            ("hair space U+200A (range end)", "a\u{200A}b", "a b"),
            ("narrow NBSP U+202F", "a\u{202F}b", "a b"),
            ("medium math space U+205F", "a\u{205F}b", "a b"),
            ("ideographic space U+3000", "a\u{3000}b", "a b"),
            (
                "docs example",
                "17\u{00A0}ديسمبر\u{202F}2014",
                "17 ديسمبر 2014",
            ),
            ("no collapsing", "a\u{00A0}\u{00A0} b", "a   b"),
            ("U+00A1 (after NBSP) stays", "a\u{00A1}b", "a\u{00A1}b"),
            ("U+167F (before U+1680) stays", "\u{167F}", "\u{167F}"),
            ("U+1681 (after U+1680) stays", "\u{1681}", "\u{1681}"),
            ("U+1FFE (before U+2000) stays", "\u{1FFE}", "\u{1FFE}"),
            (
                "ZWSP U+200B (after U+200A) is not a space",
                "a\u{200B}b",
                "a\u{200B}b",
            ),
            ("U+202E (before U+202F) stays", "a\u{202E}b", "a\u{202E}b"),
            ("U+2030 (after U+202F) stays", "a\u{2030}b", "a\u{2030}b"),
            ("U+205E (before U+205F) stays", "a\u{205E}b", "a\u{205E}b"),
            ("U+2060 (after U+205F) stays", "a\u{2060}b", "a\u{2060}b"),
            ("U+3001 (after U+3000) stays", "a\u{3001}b", "a\u{3001}b"),
            ("line separator U+2028 stays", "a\u{2028}b", "a\u{2028}b"),
            ("tab and newline stay", "a\tb\nc", "a\tb\nc"),
        ],
    );
}

#[test]
fn whitespace_keep() {
    check(
        "whitespace(Keep)",
        Normalizer::none().whitespace(Whitespace::Keep),
        &[
            (
                "runs and ends stay",
                "  a \t b  \n  c  ",
                "  a \t b  \n  c  ",
            ),
            ("CRLF stays", "a  \r\n  b", "a  \r\n  b"),
        ],
    );
}

#[test]
fn whitespace_collapse() {
    check(
        "whitespace(Collapse)",
        Normalizer::none().whitespace(Whitespace::Collapse),
        &[
            ("two spaces", "a  b", "a b"),
            ("one tab becomes a space", "a\tb", "a b"),
            ("spaces and tabs", "a \t\t b", "a b"),
            ("one space stays", "a b", "a b"),
            ("leading run kept as one space", "  a", " a"),
            ("trailing run kept as one space", "a  ", "a "),
            ("only spaces", " \t ", " "),
            (
                "newline kept, runs around it collapsed",
                "a  \n  b",
                "a \n b",
            ),
            (
                "CRLF kept, the tab after it is a run too",
                "a \t\r\n\tb",
                "a \r\n b",
            ),
            ("blank lines kept", "a\n\n\nb", "a\n\n\nb"),
            ("Arabic line", "نشر  في:\t 17", "نشر في: 17"),
            (
                "NBSP is not white space without unify_spaces",
                "a \u{00A0} b",
                "a \u{00A0} b",
            ),
        ],
    );
}

#[test]
fn whitespace_collapse_and_trim() {
    check(
        "whitespace(CollapseAndTrim)",
        Normalizer::none().whitespace(Whitespace::CollapseAndTrim),
        &[
            ("trim both ends", "  نشر  في  ", "نشر في"),
            ("inner tab", "a\tb", "a b"),
            ("one space stays", "a b", "a b"),
            ("per line", "  a  \n  b  ", "a\nb"),
            ("CRLF kept, trimmed around it", "\ta \r\n b\t", "a\r\nb"),
            ("blank line of tabs and spaces", "a\n\t \t\nb", "a\n\nb"),
            ("only spaces", " \t ", ""),
            ("newline only", "\n", "\n"),
            ("trailing newline kept", "a  \n", "a\n"),
            (
                "NBSP is not white space without unify_spaces",
                "\u{00A0}a",
                "\u{00A0}a",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Rule 4: tatweel.

#[test]
fn tatweel() {
    check(
        "remove_tatweel",
        Normalizer::none().remove_tatweel(true),
        &[
            ("byline", "كشـ24", "كش24"),
            ("stretched word", "جمـــيل", "جميل"),
            ("alone", "\u{0640}", ""),
            (
                "before a mark: the mark stays",
                "\u{0628}\u{0640}\u{064E}",
                "\u{0628}\u{064E}",
            ),
            ("as a dash: the spaces stay", "مراكش ـ كش", "مراكش  كش"),
            ("U+063F (before tatweel) stays", "\u{063F}", "\u{063F}"),
            ("feh U+0641 (after tatweel) stays", "\u{0641}", "\u{0641}"),
            (
                "U+FE71 tatweel with fathatan stays (presentation forms off)",
                "\u{FE71}",
                "\u{FE71}",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Rule 5: diacritics.

#[test]
fn harakat() {
    check(
        "remove_harakat",
        Normalizer::none().remove_harakat(true),
        &[
            (
                "fathatan U+064B (range start)",
                "\u{0628}\u{064B}",
                "\u{0628}",
            ),
            ("dammatan U+064C", "\u{0628}\u{064C}", "\u{0628}"),
            ("kasratan U+064D", "\u{0628}\u{064D}", "\u{0628}"),
            ("fatha U+064E", "\u{0628}\u{064E}", "\u{0628}"),
            ("damma U+064F", "\u{0628}\u{064F}", "\u{0628}"),
            ("kasra U+0650", "\u{0628}\u{0650}", "\u{0628}"),
            ("shadda U+0651", "\u{0628}\u{0651}", "\u{0628}"),
            ("sukun U+0652 (range end)", "\u{0628}\u{0652}", "\u{0628}"),
            ("a word", "كَتَبَ", "كتب"),
            ("shadda + fatha", "\u{0628}\u{0651}\u{064E}", "\u{0628}"),
            (
                "yeh U+064A (before the range) stays",
                "\u{0628}\u{064A}",
                "\u{0628}\u{064A}",
            ),
            (
                "maddah U+0653 (after the range) stays",
                "\u{0627}\u{0653}",
                "\u{0627}\u{0653}",
            ),
            (
                "dagger alef U+0670 stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
            (
                "small kasra U+061A stays",
                "\u{0628}\u{061A}",
                "\u{0628}\u{061A}",
            ),
            (
                "open fathatan U+08F0 stays",
                "\u{0628}\u{08F0}",
                "\u{0628}\u{08F0}",
            ),
        ],
    );
}

#[test]
fn other_marks() {
    check(
        "remove_other_marks",
        Normalizer::none().remove_other_marks(true),
        &[
            (
                "maddah U+0653 (range start)",
                "\u{0628}\u{0653}",
                "\u{0628}",
            ),
            ("hamza above U+0654", "\u{0628}\u{0654}", "\u{0628}"),
            ("hamza below U+0655", "\u{0628}\u{0655}", "\u{0628}"),
            ("subscript alef U+0656", "\u{0628}\u{0656}", "\u{0628}"),
            ("inverted damma U+0657", "\u{0628}\u{0657}", "\u{0628}"),
            (
                "wavy hamza below U+065F (range end)",
                "\u{0628}\u{065F}",
                "\u{0628}",
            ),
            (
                "alef + hamza without composition: mark deleted",
                "\u{0627}\u{0654}",
                "\u{0627}",
            ),
            (
                "sukun U+0652 (before the range) stays",
                "\u{0628}\u{0652}",
                "\u{0628}\u{0652}",
            ),
            (
                "digit zero U+0660 (after the range) stays",
                "\u{0660}",
                "\u{0660}",
            ),
            (
                "dagger alef U+0670 stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
            ("precomposed U+0623 stays", "\u{0623}", "\u{0623}"),
        ],
    );
}

#[test]
fn dagger_alef_keep() {
    check(
        "dagger_alef(Keep)",
        Normalizer::none().dagger_alef(DaggerAlef::Keep),
        &[("هٰذا", "هٰذا", "هٰذا")],
    );
}

#[test]
fn dagger_alef_delete() {
    check(
        "dagger_alef(Delete)",
        Normalizer::none().dagger_alef(DaggerAlef::Delete),
        &[
            ("هٰذا", "ه\u{0670}ذا", "هذا"),
            (
                "الرحمـٰن keeps harakat and tatweel",
                "ٱلرَّحْمَـ\u{0670}نِ",
                "ٱلرَّحْمَـنِ",
            ),
            ("dotless qaf U+066F (before) stays", "\u{066F}", "\u{066F}"),
            ("alef wasla U+0671 (after) stays", "\u{0671}", "\u{0671}"),
            ("fatha stays", "\u{0628}\u{064E}", "\u{0628}\u{064E}"),
        ],
    );
}

#[test]
fn dagger_alef_alef() {
    check(
        "dagger_alef(Alef)",
        Normalizer::none().dagger_alef(DaggerAlef::Alef),
        &[
            ("هٰذا", "ه\u{0670}ذا", "هاذا"),
            ("ذٰلك", "ذ\u{0670}لك", "ذالك"),
            ("dotless qaf U+066F (before) stays", "\u{066F}", "\u{066F}"),
            ("alef wasla U+0671 (after) stays", "\u{0671}", "\u{0671}"),
        ],
    );
}

#[test]
fn quranic_marks() {
    check(
        "remove_quranic_marks",
        Normalizer::none().remove_quranic_marks(true),
        &[
            ("U+0610 (range start)", "\u{0628}\u{0610}", "\u{0628}"),
            ("U+0615", "\u{0628}\u{0615}", "\u{0628}"),
            ("U+061A (range end)", "\u{0628}\u{061A}", "\u{0628}"),
            ("U+06D6 (range start)", "\u{0628}\u{06D6}", "\u{0628}"),
            ("U+06DC (range end)", "\u{0628}\u{06DC}", "\u{0628}"),
            ("U+06DF (range start)", "\u{0628}\u{06DF}", "\u{0628}"),
            ("U+06E4 (range end)", "\u{0628}\u{06E4}", "\u{0628}"),
            ("U+06E7", "\u{0628}\u{06E7}", "\u{0628}"),
            ("U+06E8", "\u{0628}\u{06E8}", "\u{0628}"),
            ("U+06EA (range start)", "\u{0628}\u{06EA}", "\u{0628}"),
            ("U+06ED (range end)", "\u{0628}\u{06ED}", "\u{0628}"),
            ("docs example: harakat stay", "رَيْبَ \u{06DB} فِيهِ", "رَيْبَ  فِيهِ"),
            ("misra U+060F (before U+0610) stays", "\u{060F}", "\u{060F}"),
            (
                "semicolon U+061B (after U+061A) stays",
                "\u{061B}",
                "\u{061B}",
            ),
            ("ae U+06D5 (before U+06D6) stays", "\u{06D5}", "\u{06D5}"),
            (
                "end of ayah U+06DD is not a mark",
                "\u{06DD}\u{0661}",
                "\u{06DD}\u{0661}",
            ),
            ("rub el hizb U+06DE is not a mark", "\u{06DE}", "\u{06DE}"),
            (
                "small waw U+06E5 stays",
                "\u{0647}\u{06E5}",
                "\u{0647}\u{06E5}",
            ),
            (
                "small yeh U+06E6 stays",
                "\u{0647}\u{06E6}",
                "\u{0647}\u{06E6}",
            ),
            (
                "place of sajdah U+06E9 is not a mark",
                "\u{06E9}",
                "\u{06E9}",
            ),
            ("U+06EE (after U+06ED) stays", "\u{06EE}", "\u{06EE}"),
            ("fatha stays", "\u{0628}\u{064E}", "\u{0628}\u{064E}"),
        ],
    );
}

#[test]
fn extended_marks() {
    check(
        "remove_extended_marks",
        Normalizer::none().remove_extended_marks(true),
        &[
            (
                "U+0897 (Extended-B range start)",
                "\u{0628}\u{0897}",
                "\u{0628}",
            ),
            (
                "U+089F (Extended-B range end)",
                "\u{0628}\u{089F}",
                "\u{0628}",
            ),
            (
                "U+08CA (Extended-A range start)",
                "\u{0628}\u{08CA}",
                "\u{0628}",
            ),
            ("U+08E1", "\u{0628}\u{08E1}", "\u{0628}"),
            ("U+08E3", "\u{0628}\u{08E3}", "\u{0628}"),
            ("U+08F0 open fathatan", "\u{0628}\u{08F0}", "\u{0628}"),
            (
                "U+08FF (Extended-A range end)",
                "\u{0628}\u{08FF}",
                "\u{0628}",
            ),
            (
                "U+0896 (before U+0897) stays",
                "\u{0628}\u{0896}",
                "\u{0628}\u{0896}",
            ),
            ("U+0891 piastre mark stays", "\u{0891}", "\u{0891}"),
            ("letter U+08A0 (after U+089F) stays", "\u{08A0}", "\u{08A0}"),
            (
                "U+08C9 (before U+08CA) stays",
                "\u{0628}\u{08C9}",
                "\u{0628}\u{08C9}",
            ),
            ("disputed end of ayah U+08E2 stays", "\u{08E2}", "\u{08E2}"),
            (
                "Devanagari U+0900 (after U+08FF) stays",
                "\u{0915}\u{0900}",
                "\u{0915}\u{0900}",
            ),
            ("fatha stays", "\u{0628}\u{064E}", "\u{0628}\u{064E}"),
        ],
    );
}

#[test]
fn small_letters_keep() {
    check(
        "small_letters(Keep)",
        Normalizer::none().small_letters(SmallLetters::Keep),
        &[
            ("small waw", "لَهُ\u{06E5}", "لَهُ\u{06E5}"),
            ("small yeh", "فِيهِ\u{06E6}", "فِيهِ\u{06E6}"),
        ],
    );
}

#[test]
fn small_letters_delete() {
    check(
        "small_letters(Delete)",
        Normalizer::none().small_letters(SmallLetters::Delete),
        &[
            ("small waw U+06E5", "لَهُ\u{06E5}", "لَهُ"),
            ("small yeh U+06E6", "فِيهِ\u{06E6}", "فِيهِ"),
            ("alone", "\u{06E5}\u{06E6}", ""),
            (
                "U+06E4 (before) stays",
                "\u{0628}\u{06E4}",
                "\u{0628}\u{06E4}",
            ),
            (
                "U+06E7 (after) stays",
                "\u{0628}\u{06E7}",
                "\u{0628}\u{06E7}",
            ),
        ],
    );
}

#[test]
fn small_letters_letter() {
    check(
        "small_letters(Letter)",
        Normalizer::none().small_letters(SmallLetters::Letter),
        &[
            ("small waw U+06E5 -> waw", "لَهُ\u{06E5}", "لَهُ\u{0648}"),
            (
                "small yeh U+06E6 -> yeh U+064A",
                "فِيهِ\u{06E6}",
                "فِيهِ\u{064A}",
            ),
            (
                "U+06E4 (before) stays",
                "\u{0628}\u{06E4}",
                "\u{0628}\u{06E4}",
            ),
            (
                "U+06E7 (after) stays",
                "\u{0628}\u{06E7}",
                "\u{0628}\u{06E7}",
            ),
        ],
    );
}

#[test]
fn diacritics_all_at_once() {
    check(
        "remove_diacritics",
        Normalizer::none().remove_diacritics(true),
        &[
            ("docs example", "ذَٰلِكَ ٱلْكِتَـٰبُ", "ذلك ٱلكتـب"),
            (
                "every class of mark",
                "\u{0628}\u{064E}\u{0654}\u{0670}\u{0610}\u{08F0}",
                "\u{0628}",
            ),
            (
                "small letters are letters: kept",
                "لَهُ\u{06E5}",
                "له\u{06E5}",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Rule 6: letters.

#[test]
fn alef_hamza() {
    check(
        "alef(Hamza)",
        Normalizer::none().alef(AlefFold::Hamza),
        &[
            ("madda U+0622", "\u{0622}", "\u{0627}"),
            ("hamza above U+0623", "\u{0623}", "\u{0627}"),
            ("hamza below U+0625", "\u{0625}", "\u{0627}"),
            ("docs example", "أإآٱ", "اااٱ"),
            ("wasla U+0671 stays", "\u{0671}", "\u{0671}"),
            ("wavy hamza above U+0672 stays", "\u{0672}", "\u{0672}"),
            ("wavy hamza below U+0673 stays", "\u{0673}", "\u{0673}"),
            ("high hamza alef U+0675 stays", "\u{0675}", "\u{0675}"),
            ("lone hamza U+0621 stays", "\u{0621}", "\u{0621}"),
            (
                "waw hamza U+0624 (between U+0623 and U+0625) stays",
                "\u{0624}",
                "\u{0624}",
            ),
            ("yeh hamza U+0626 stays", "\u{0626}", "\u{0626}"),
            (
                "decomposed alef + hamza stays (no composition)",
                "\u{0627}\u{0654}",
                "\u{0627}\u{0654}",
            ),
        ],
    );
}

#[test]
fn alef_hamza_wasla() {
    check(
        "alef(HamzaWasla)",
        Normalizer::none().alef(AlefFold::HamzaWasla),
        &[
            ("madda U+0622", "\u{0622}", "\u{0627}"),
            ("hamza above U+0623", "\u{0623}", "\u{0627}"),
            ("hamza below U+0625", "\u{0625}", "\u{0627}"),
            ("wasla U+0671", "\u{0671}", "\u{0627}"),
            ("in a word", "ٱلْأَرْض", "الْاَرْض"),
            ("wavy hamza above U+0672 stays", "\u{0672}", "\u{0672}"),
            ("wavy hamza below U+0673 stays", "\u{0673}", "\u{0673}"),
            ("high hamza alef U+0675 stays", "\u{0675}", "\u{0675}"),
            (
                "dagger alef U+0670 (before wasla) stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
        ],
    );
}

#[test]
fn alef_all() {
    check(
        "alef(All)",
        Normalizer::none().alef(AlefFold::All),
        &[
            ("madda U+0622", "\u{0622}", "\u{0627}"),
            ("hamza above U+0623", "\u{0623}", "\u{0627}"),
            ("hamza below U+0625", "\u{0625}", "\u{0627}"),
            ("wasla U+0671", "\u{0671}", "\u{0627}"),
            ("wavy hamza above U+0672", "\u{0672}", "\u{0627}"),
            ("wavy hamza below U+0673", "\u{0673}", "\u{0627}"),
            ("high hamza alef U+0675", "\u{0675}", "\u{0627}"),
            ("docs example", "أإآٱٲ", "ااااا"),
            ("lone hamza U+0621 stays", "\u{0621}", "\u{0621}"),
            ("waw hamza U+0624 stays", "\u{0624}", "\u{0624}"),
            ("yeh hamza U+0626 stays", "\u{0626}", "\u{0626}"),
            (
                "dagger alef U+0670 stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
            ("high hamza U+0674 stays", "\u{0674}", "\u{0674}"),
            ("high hamza waw U+0676 stays", "\u{0676}", "\u{0676}"),
            (
                "decomposed alef + hamza stays (no composition)",
                "\u{0627}\u{0654}",
                "\u{0627}\u{0654}",
            ),
        ],
    );
}

#[test]
fn alef_maksura() {
    check(
        "fold_alef_maksura",
        Normalizer::none().fold_alef_maksura(true),
        &[
            ("alone", "\u{0649}", "\u{064A}"),
            ("على", "على", "علي"),
            ("with harakat and dagger alef", "عَلَى\u{0670}", "عَلَي\u{0670}"),
            ("waw U+0648 stays", "\u{0648}", "\u{0648}"),
            ("yeh U+064A stays", "\u{064A}", "\u{064A}"),
            ("farsi yeh U+06CC stays", "\u{06CC}", "\u{06CC}"),
            (
                "isolated form U+FEEF stays (presentation forms off)",
                "\u{FEEF}",
                "\u{FEEF}",
            ),
        ],
    );
}

#[test]
fn teh_marbuta() {
    check(
        "fold_teh_marbuta",
        Normalizer::none().fold_teh_marbuta(true),
        &[
            ("alone", "\u{0629}", "\u{0647}"),
            ("مدرسة", "مدرسة", "مدرسه"),
            ("with tanwin", "مدرسةٌ", "مدرسهٌ"),
            ("beh U+0628 (before) stays", "\u{0628}", "\u{0628}"),
            ("teh U+062A (after) stays", "\u{062A}", "\u{062A}"),
            (
                "teh marbuta goal U+06C3 stays (Persian letters)",
                "\u{06C3}",
                "\u{06C3}",
            ),
            (
                "isolated form U+FE93 stays (presentation forms off)",
                "\u{FE93}",
                "\u{FE93}",
            ),
        ],
    );
}

#[test]
fn hamza_carriers() {
    check(
        "fold_hamza_carriers",
        Normalizer::none().fold_hamza_carriers(true),
        &[
            ("waw hamza U+0624", "\u{0624}", "\u{0648}"),
            ("high hamza waw U+0676", "\u{0676}", "\u{0648}"),
            ("yeh hamza U+0626", "\u{0626}", "\u{064A}"),
            ("high hamza yeh U+0678", "\u{0678}", "\u{064A}"),
            ("docs example", "مسؤول قائد", "مسوول قايد"),
            ("alef hamza U+0623 stays", "\u{0623}", "\u{0623}"),
            ("alef hamza below U+0625 stays", "\u{0625}", "\u{0625}"),
            ("lone hamza U+0621 stays", "\u{0621}", "\u{0621}"),
            ("high hamza alef U+0675 stays", "\u{0675}", "\u{0675}"),
            (
                "U+0677 (between U+0676 and U+0678) stays",
                "\u{0677}",
                "\u{0677}",
            ),
            ("U+0679 (after U+0678) stays", "\u{0679}", "\u{0679}"),
            ("yeh barree hamza U+06D3 stays", "\u{06D3}", "\u{06D3}"),
            (
                "decomposed waw + hamza stays (no composition)",
                "\u{0648}\u{0654}",
                "\u{0648}\u{0654}",
            ),
        ],
    );
}

#[test]
fn lone_hamza_keep() {
    check(
        "lone_hamza(Keep)",
        Normalizer::none().lone_hamza(LoneHamza::Keep),
        &[("سماء", "سماء", "سماء")],
    );
}

#[test]
fn lone_hamza_delete() {
    check(
        "lone_hamza(Delete)",
        Normalizer::none().lone_hamza(LoneHamza::Delete),
        &[
            ("سماء", "سماء", "سما"),
            ("شيء", "شيء", "شي"),
            ("alone", "\u{0621}", ""),
            ("kashmiri yeh U+0620 (before) stays", "\u{0620}", "\u{0620}"),
            ("alef madda U+0622 (after) stays", "\u{0622}", "\u{0622}"),
            ("waw hamza U+0624 stays", "\u{0624}", "\u{0624}"),
            ("yeh hamza U+0626 stays", "\u{0626}", "\u{0626}"),
            ("high hamza U+0674 stays", "\u{0674}", "\u{0674}"),
        ],
    );
}

#[test]
fn persian_letters_fold() {
    check(
        "persian_letters(Fold)",
        Normalizer::none().persian_letters(PersianLetters::Fold),
        &[
            ("keheh U+06A9", "\u{06A9}", "\u{0643}"),
            ("swash kaf U+06AA", "\u{06AA}", "\u{0643}"),
            ("farsi yeh U+06CC", "\u{06CC}", "\u{064A}"),
            (
                "farsi yeh word-final -> yeh",
                "فارس\u{06CC}",
                "فارس\u{064A}",
            ),
            ("yeh barree U+06D2", "\u{06D2}", "\u{064A}"),
            ("yeh with small v U+06CE", "\u{06CE}", "\u{064A}"),
            ("e U+06D0", "\u{06D0}", "\u{064A}"),
            ("heh with yeh U+06C0", "\u{06C0}", "\u{0647}"),
            ("heh goal U+06C1", "\u{06C1}", "\u{0647}"),
            ("heh goal hamza U+06C2", "\u{06C2}", "\u{0647}"),
            ("heh doachashmee U+06BE", "\u{06BE}", "\u{0647}"),
            ("teh marbuta goal U+06C3", "\u{06C3}", "\u{0647}"),
            ("docs example", "کتاب فارسی", "كتاب فارسي"),
            ("ng U+06AD stays (Maghrebi)", "\u{06AD}", "\u{06AD}"),
            ("kaf with ring U+06AB stays", "\u{06AB}", "\u{06AB}"),
            ("gaf U+06AF stays", "\u{06AF}", "\u{06AF}"),
            ("U+06BF (after U+06BE) stays", "\u{06BF}", "\u{06BF}"),
            (
                "waw with ring U+06C4 (after U+06C3) stays",
                "\u{06C4}",
                "\u{06C4}",
            ),
            ("ve U+06CB (before U+06CC) stays", "\u{06CB}", "\u{06CB}"),
            ("yeh with tail U+06CD stays", "\u{06CD}", "\u{06CD}"),
            ("U+06CF stays", "\u{06CF}", "\u{06CF}"),
            ("U+06D1 stays", "\u{06D1}", "\u{06D1}"),
            ("yeh barree hamza U+06D3 stays", "\u{06D3}", "\u{06D3}"),
            ("ae U+06D5 stays", "\u{06D5}", "\u{06D5}"),
            ("alef maksura U+0649 stays", "\u{0649}", "\u{0649}"),
            (
                "Arabic kaf, yeh, heh stay",
                "\u{0643}\u{064A}\u{0647}",
                "\u{0643}\u{064A}\u{0647}",
            ),
        ],
    );
}

#[test]
fn persian_letters_final_yeh() {
    check(
        "persian_letters(FoldFinalYehToAlefMaksura)",
        Normalizer::none().persian_letters(PersianLetters::FoldFinalYehToAlefMaksura),
        &[
            ("docs example", "فارسی زیبا", "فارسى زيبا"),
            ("final at end of text", "فارس\u{06CC}", "فارس\u{0649}"),
            ("final before a space", "فارس\u{06CC} ", "فارس\u{0649} "),
            ("final before a full stop", "فارس\u{06CC}.", "فارس\u{0649}."),
            (
                "final before an Arabic comma",
                "فارس\u{06CC}\u{060C}",
                "فارس\u{0649}\u{060C}",
            ),
            (
                "final before an Arabic question mark",
                "فارس\u{06CC}\u{061F}",
                "فارس\u{0649}\u{061F}",
            ),
            ("final before a newline", "فارس\u{06CC}\n", "فارس\u{0649}\n"),
            (
                "final with a kasra after it",
                "فارس\u{06CC}\u{0650}",
                "فارس\u{0649}\u{0650}",
            ),
            ("alone", "\u{06CC}", "\u{0649}"),
            ("medial -> yeh", "ز\u{06CC}با", "ز\u{064A}با"),
            (
                "initial -> yeh, keheh folded",
                "\u{06CC}\u{06A9}",
                "\u{064A}\u{0643}",
            ),
            ("کی", "\u{06A9}\u{06CC}", "\u{0643}\u{0649}"),
            ("yeh barree word-final -> yeh", "\u{06D2}", "\u{064A}"),
            ("alef maksura stays", "\u{0649}", "\u{0649}"),
        ],
    );
}

#[test]
fn maghrebi_letters() {
    check(
        "fold_maghrebi_letters",
        Normalizer::none().fold_maghrebi_letters(true),
        &[
            ("veh U+06A4", "\u{06A4}", "\u{0641}"),
            ("feh with dot moved below U+06A2", "\u{06A2}", "\u{0641}"),
            ("qaf with dot above U+06A7", "\u{06A7}", "\u{0642}"),
            ("qaf with three dots above U+06A8", "\u{06A8}", "\u{0642}"),
            ("ng U+06AD", "\u{06AD}", "\u{0643}"),
            ("African feh U+08BB", "\u{08BB}", "\u{0641}"),
            ("African qaf U+08BC", "\u{08BC}", "\u{0642}"),
            ("docs example", "ڤيديو ڨابس أڭادير", "فيديو قابس أكادير"),
            ("U+06A3 stays", "\u{06A3}", "\u{06A3}"),
            ("U+06A5 stays", "\u{06A5}", "\u{06A5}"),
            ("peheh U+06A6 stays", "\u{06A6}", "\u{06A6}"),
            ("keheh U+06A9 stays", "\u{06A9}", "\u{06A9}"),
            ("U+06AC stays", "\u{06AC}", "\u{06AC}"),
            ("U+06AE stays", "\u{06AE}", "\u{06AE}"),
            ("U+08BA stays", "\u{08BA}", "\u{08BA}"),
            ("African noon U+08BD stays", "\u{08BD}", "\u{08BD}"),
        ],
    );
}

#[test]
fn maghrebi_letters_off_by_default() {
    let text = "\u{06A4} \u{06A2} \u{06A7} \u{06A8} \u{06AD} \u{08BB} \u{08BC}";
    for (name, n) in [
        ("none", Normalizer::none()),
        ("clean", Normalizer::clean()),
        ("search", Normalizer::search()),
    ] {
        check(
            &format!("maghrebi letters kept by {name}()"),
            n,
            &[("all seven", text, text)],
        );
    }
}

// ---------------------------------------------------------------------------------------
// Rule 7: digits and punctuation.

#[test]
fn digits_keep() {
    check(
        "digits(Keep)",
        Normalizer::none().digits(Digits::Keep),
        &[
            ("Arabic-Indic", "\u{0660}\u{0669}", "\u{0660}\u{0669}"),
            ("extended", "\u{06F0}\u{06F9}", "\u{06F0}\u{06F9}"),
            ("ASCII", "0123456789", "0123456789"),
        ],
    );
}

#[test]
fn digits_ascii() {
    check(
        "digits(Ascii)",
        Normalizer::none().digits(Digits::Ascii),
        &[
            ("U+0660 (range start)", "\u{0660}", "0"),
            ("U+0669 (range end)", "\u{0669}", "9"),
            ("U+06F0 (range start)", "\u{06F0}", "0"),
            ("U+06F9 (range end)", "\u{06F9}", "9"),
            ("all Arabic-Indic", "٠١٢٣٤٥٦٧٨٩", "0123456789"),
            ("all extended", "۰۱۲۳۴۵۶۷۸۹", "0123456789"),
            ("docs example", "١٧ ۲۰۱۴", "17 2014"),
            ("ASCII stays", "0123456789", "0123456789"),
            (
                "wavy hamza below U+065F (before U+0660) stays",
                "\u{0628}\u{065F}",
                "\u{0628}\u{065F}",
            ),
            (
                "percent U+066A (after U+0669) stays",
                "\u{066A}",
                "\u{066A}",
            ),
            ("U+06EF (before U+06F0) stays", "\u{06EF}", "\u{06EF}"),
            ("U+06FA (after U+06F9) stays", "\u{06FA}", "\u{06FA}"),
            (
                "decimal separator stays",
                "\u{0663}\u{066B}\u{0665}",
                "3\u{066B}5",
            ),
            ("Devanagari zero stays", "\u{0966}", "\u{0966}"),
            ("full-width zero stays", "\u{FF10}", "\u{FF10}"),
        ],
    );
}

#[test]
fn digits_arabic_indic() {
    check(
        "digits(ArabicIndic)",
        Normalizer::none().digits(Digits::ArabicIndic),
        &[
            ("ASCII 0 (range start)", "0", "\u{0660}"),
            ("ASCII 9 (range end)", "9", "\u{0669}"),
            ("U+06F0 (range start)", "\u{06F0}", "\u{0660}"),
            ("U+06F9 (range end)", "\u{06F9}", "\u{0669}"),
            ("all ASCII", "0123456789", "٠١٢٣٤٥٦٧٨٩"),
            ("docs example", "17 ۲۰", "١٧ ٢٠"),
            ("U+0660 stays", "\u{0660}", "\u{0660}"),
            ("U+0669 stays", "\u{0669}", "\u{0669}"),
            ("slash (before 0) stays", "/", "/"),
            ("colon (after 9) stays", ":", ":"),
            ("U+06EF (before U+06F0) stays", "\u{06EF}", "\u{06EF}"),
            ("U+06FA (after U+06F9) stays", "\u{06FA}", "\u{06FA}"),
            ("full-width zero stays", "\u{FF10}", "\u{FF10}"),
            ("Devanagari zero stays", "\u{0966}", "\u{0966}"),
        ],
    );
}

#[test]
fn decimal_separators() {
    check(
        "decimal_separators",
        Normalizer::none().decimal_separators(true),
        &[
            ("decimal between Arabic-Indic digits", "٣\u{066B}٥", "٣.٥"),
            (
                "thousands between Arabic-Indic digits",
                "١\u{066C}٠٠٠",
                "١,٠٠٠",
            ),
            ("between extended digits", "۳\u{066B}۵", "۳.۵"),
            ("between ASCII digits", "3\u{066B}5", "3.5"),
            ("docs example", "٣٫٥ و١٬٠٠٠", "٣.٥ و١,٠٠٠"),
            (
                "a mark between digit and separator",
                "٣\u{064E}\u{066B}٥",
                "٣\u{064E}.٥",
            ),
            ("at the start", "\u{066B}٥", "\u{066B}٥"),
            ("at the end", "٥\u{066B}", "٥\u{066B}"),
            ("after a letter", "ب\u{066B}٥", "ب\u{066B}٥"),
            ("before a letter", "٥\u{066B}ب", "٥\u{066B}ب"),
            ("thousands after a letter", "ب\u{066C}٥", "ب\u{066C}٥"),
            ("spaced", "٣ \u{066B} ٥", "٣ \u{066B} ٥"),
            ("docs example: alone", "٫ وحده", "٫ وحده"),
            ("percent U+066A (before) stays", "٣\u{066A}٥", "٣\u{066A}٥"),
            ("star U+066D (after) stays", "٣\u{066D}٥", "٣\u{066D}٥"),
        ],
    );
}

#[test]
fn punctuation() {
    check(
        "punctuation",
        Normalizer::none().punctuation(true),
        &[
            ("comma U+060C", "\u{060C}", ","),
            ("semicolon U+061B", "\u{061B}", ";"),
            ("question mark U+061F", "\u{061F}", "?"),
            ("percent U+066A", "\u{066A}", "%"),
            ("star U+066D", "\u{066D}", "*"),
            ("full stop U+06D4", "\u{06D4}", "."),
            ("docs example", "نعم، لماذا؟", "نعم, لماذا?"),
            ("afghani U+060B stays", "\u{060B}", "\u{060B}"),
            ("date separator U+060D stays", "\u{060D}", "\u{060D}"),
            ("ALM U+061C stays", "\u{061C}", "\u{061C}"),
            ("triple dot U+061E stays", "\u{061E}", "\u{061E}"),
            ("kashmiri yeh U+0620 stays", "\u{0620}", "\u{0620}"),
            ("decimal separator U+066B stays", "\u{066B}", "\u{066B}"),
            ("dotless beh U+066E stays", "\u{066E}", "\u{066E}"),
            ("yeh barree hamza U+06D3 stays", "\u{06D3}", "\u{06D3}"),
            ("ASCII punctuation stays", ",;?%*.", ",;?%*."),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Documented interactions between rules.

#[test]
fn whitespace_after_other_rules() {
    // "after the other rules have run, so an NBSP turned into a space counts".
    check(
        "whitespace(Collapse) after unify_spaces, tatweel, bidi, zwnj(Space)",
        Normalizer::none()
            .unify_spaces(true)
            .remove_tatweel(true)
            .remove_bidi_controls(true)
            .zwnj(Zwnj::Space)
            .whitespace(Whitespace::Collapse),
        &[
            (
                "NBSP turned into a space joins the run",
                "a \u{00A0} b",
                "a b",
            ),
            ("run of ideographic spaces", "a\u{3000}\u{3000}b", "a b"),
            (
                "tatweel dash deleted, spaces around it collapse",
                "مراكش ـ كش",
                "مراكش كش",
            ),
            (
                "RLM between spaces deleted, spaces collapse",
                "a \u{200F} b",
                "a b",
            ),
            (
                "ZWNJ written as a space joins the run",
                "ا \u{200C} ب",
                "ا ب",
            ),
        ],
    );
    check(
        "clean() + whitespace(CollapseAndTrim)",
        Normalizer::clean().whitespace(Whitespace::CollapseAndTrim),
        &[
            ("docs example", "  نشر  في:\u{00A0} 17 \n", "نشر في: 17\n"),
            ("NBSP at both ends trimmed", "\u{00A0}a\u{00A0}", "a"),
            ("RLM then spaces at line start", "\u{200F}  a", "a"),
            ("BOM, spaces, CRLF", "\u{FEFF}  نشر  في \r\n", "نشر في\r\n"),
            ("ZWSP between spaces", "a \u{200B} b", "a b"),
            ("byline with a tatweel dash", "مراكش ـ كشـ24", "مراكش كش24"),
        ],
    );
}

#[test]
fn final_yeh_with_other_rules() {
    check(
        "persian_letters(FoldFinalYehToAlefMaksura) + fold_alef_maksura",
        Normalizer::none()
            .persian_letters(PersianLetters::FoldFinalYehToAlefMaksura)
            .fold_alef_maksura(true),
        &[
            ("final yeh ends as yeh", "فارس\u{06CC}", "فارس\u{064A}"),
            ("docs example", "فارسی زیبا", "فارسي زيبا"),
            ("alef maksura folded", "\u{0649}", "\u{064A}"),
        ],
    );
    check(
        "persian_letters(FoldFinalYehToAlefMaksura) + remove_tatweel",
        Normalizer::none()
            .persian_letters(PersianLetters::FoldFinalYehToAlefMaksura)
            .remove_tatweel(true),
        &[
            (
                "a deleted tatweel before a letter: medial",
                "ز\u{06CC}\u{0640}با",
                "ز\u{064A}با",
            ),
            (
                "a deleted tatweel at the end: final",
                "فارس\u{06CC}\u{0640}",
                "فارس\u{0649}",
            ),
        ],
    );
}

#[test]
fn presentation_forms_with_other_rules() {
    check(
        "clean(): presentation forms meet composition",
        Normalizer::clean(),
        &[
            (
                "alef form + hamza mark composes",
                "\u{FE8D}\u{0654}",
                "\u{0623}",
            ),
            (
                "lam-alef form + hamza mark composes",
                "\u{FEFB}\u{0654}",
                "\u{0644}\u{0623}",
            ),
            (
                "shadda form + fatha are ordered",
                "\u{0628}\u{FE7C}\u{064E}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "tatweel with fathatan -> bare mark",
                "\u{0628}\u{FE71}",
                "\u{0628}\u{064B}",
            ),
        ],
    );
    check(
        "search(): presentation forms meet letter folds",
        Normalizer::search(),
        &[
            ("alef maksura form folded", "\u{FEEF}", "\u{064A}"),
            ("teh marbuta form folded", "\u{FE93}", "\u{0647}"),
            ("keheh form folded", "\u{FB8E}", "\u{0643}"),
            ("lam-alef madda folded", "\u{FEF5}", "\u{0644}\u{0627}"),
            ("alef wasla form folded", "\u{FB50}", "\u{0627}"),
            (
                "isolated fathatan form deleted",
                "\u{0628}\u{FE70}",
                "\u{0628}",
            ),
            ("basmala spelled out", "\u{FDFD}", "بسم الله الرحمن الرحيم"),
            ("jalla jalaluhu spelled out", "\u{FDFB}", "جل جلاله"),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Compatibility (NFKC) path.

#[test]
fn compatibility_nfkc() {
    check(
        "compatibility_nfkc",
        Normalizer::none().compatibility_nfkc(true),
        &[
            ("isolated fathatan -> space + mark", "\u{FE70}", " \u{064B}"),
            (
                "medial sukun -> tatweel + mark",
                "\u{FE7F}",
                "\u{0640}\u{0652}",
            ),
            ("lam-alef hamza", "\u{FEF7}", "\u{0644}\u{0623}"),
            ("alef wasla isolated", "\u{FB50}", "\u{0671}"),
            ("Latin fi ligature", "\u{FB01}", "fi"),
            ("full-width digit", "\u{FF12}", "2"),
            ("NBSP", "a\u{00A0}b", "a b"),
            ("canonical composition", "\u{0627}\u{0654}", "\u{0623}"),
            ("plain Arabic stays", "كش24", "كش24"),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Whole pipeline: lines of a scraped Moroccan news page.

#[test]
fn preset_clean() {
    check(
        "clean()",
        Normalizer::clean(),
        &[
            (
                "title with BOM and RLM",
                "\u{FEFF}مراكش: انطلاق فعاليات المهرجان الدولي للفيلم\u{200F}",
                "مراكش: انطلاق فعاليات المهرجان الدولي للفيلم",
            ),
            (
                "title with diacritics kept",
                "الحكومة تُصادِق على مشروع قانون المالية",
                "الحكومة تُصادِق على مشروع قانون المالية",
            ),
            ("byline", "كشـ24", "كش24"),
            (
                "byline with a tatweel dash: spaces not collapsed",
                "مراكش ـ كشـ24",
                "مراكش  كش24",
            ),
            ("byline with ZWNJ kept", "كش\u{200C}24", "كش\u{200C}24"),
            (
                "date with NBSP",
                "نشر في:\u{00A0}17 ديسمبر 2014",
                "نشر في: 17 ديسمبر 2014",
            ),
            (
                "date with Arabic-Indic digits kept",
                "نشر في: ١٧\u{202F}ديسمبر ٢٠١٤",
                "نشر في: ١٧ ديسمبر ٢٠١٤",
            ),
            ("body: nothing to do", "في شتنبر الماضي", "في شتنبر الماضي"),
            ("body: hamza kept", "يوم أمس الاثنين", "يوم أمس الاثنين"),
            (
                "body: decomposed hamza composed",
                "يوم ا\u{0654}مس الاثنين",
                "يوم أمس الاثنين",
            ),
            (
                "body: shadda order fixed",
                "مُحَم\u{0651}\u{064E}د",
                "مُحَم\u{064E}\u{0651}د",
            ),
            (
                "PDF letter forms",
                "\u{FEE3}\u{FEAE}\u{FE8D}\u{FEDB}\u{FEB6}",
                "مراكش",
            ),
            (
                "PDF lam-alef keeps its hamza",
                "\u{FEF7}\u{FEE3}\u{FEE6}",
                "لأمن",
            ),
            (
                "embedding around a city name",
                "\u{202B}الدار البيضاء\u{202C}",
                "الدار البيضاء",
            ),
            (
                "ZWSP after a word",
                "الدار\u{200B} البيضاء",
                "الدار البيضاء",
            ),
            ("honorific kept", "قال النبي \u{FDFA}", "قال النبي \u{FDFA}"),
            ("rial sign", "١٠٠ \u{FDFC}", "١٠٠ ريال"),
            (
                "Maghrebi letters kept",
                "ڤيديو من أڭادير",
                "ڤيديو من أڭادير",
            ),
            (
                "teh marbuta and alef maksura kept",
                "مدينة على البحر",
                "مدينة على البحر",
            ),
        ],
    );
}

#[test]
fn preset_search() {
    check(
        "search()",
        Normalizer::search(),
        &[
            (
                "title with BOM and RLM",
                "\u{FEFF}مراكش: انطلاق فعاليات المهرجان الدولي للفيلم\u{200F}",
                "مراكش: انطلاق فعاليات المهرجان الدولي للفيلم",
            ),
            (
                "title with diacritics",
                "الحكومة تُصادِق على مشروع قانون المالية",
                "الحكومه تصادق علي مشروع قانون الماليه",
            ),
            ("byline", "كشـ24", "كش24"),
            (
                "byline with a tatweel dash: spaces not collapsed",
                "مراكش ـ كشـ24",
                "مراكش  كش24",
            ),
            ("byline with ZWNJ deleted", "كش\u{200C}24", "كش24"),
            (
                "date with NBSP",
                "نشر في:\u{00A0}17 ديسمبر 2014",
                "نشر في: 17 ديسمبر 2014",
            ),
            (
                "date with Arabic-Indic digits",
                "\u{200F}نشر في: ١٧\u{202F}ديسمبر ٢٠١٤",
                "نشر في: 17 ديسمبر 2014",
            ),
            ("body: nothing to do", "في شتنبر الماضي", "في شتنبر الماضي"),
            ("body: alef folded", "يوم أمس الاثنين", "يوم امس الاثنين"),
            (
                "body: decomposed hamza, hamza below",
                "يوم ا\u{0654}مس الإثنين",
                "يوم امس الاثنين",
            ),
            (
                "body: security services",
                "أعلنت المديرية العامة للأمن الوطني",
                "اعلنت المديريه العامه للامن الوطني",
            ),
            ("body: hamza carriers", "مسؤولية الرئيس", "مسووليه الرييس"),
            ("body: lone hamza kept", "سماء مراكش", "سماء مراكش"),
            (
                "body: percentage with decimal separator",
                "ارتفعت الأسعار بنسبة ٣٫٥٪",
                "ارتفعت الاسعار بنسبه 3.5٪",
            ),
            (
                "body: amount with thousands separator",
                "بمبلغ ١٬٥٠٠ درهم",
                "بمبلغ 1,500 درهم",
            ),
            (
                "body: Arabic comma kept",
                "في شتنبر الماضي، أعلنت",
                "في شتنبر الماضي، اعلنت",
            ),
            (
                "PDF letter forms",
                "\u{FEE3}\u{FEAE}\u{FE8D}\u{FEDB}\u{FEB6}",
                "مراكش",
            ),
            (
                "PDF lam-alef, alef folded",
                "\u{FEF7}\u{FEE3}\u{FEE6}",
                "لامن",
            ),
            ("Persian keyboard keheh", "مرا\u{06A9}ش", "مراكش"),
            (
                "honorific spelled out, alef maksura folded",
                "قال النبي \u{FDFA}",
                "قال النبي صلي الله عليه وسلم",
            ),
            ("allah ligature", "بسم \u{FDF2}", "بسم الله"),
            ("rial sign", "١٠٠ \u{FDFC}", "100 ريال"),
            ("dagger alef", "ه\u{0670}ذا", "هذا"),
            (
                "Maghrebi letters kept, alef folded",
                "ڤيديو من أڭادير",
                "ڤيديو من اڭادير",
            ),
        ],
    );
}
