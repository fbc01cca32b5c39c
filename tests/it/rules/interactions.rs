//! Documented interactions between rules.

use arabic_text::{Normalizer, PersianLetters, Whitespace, Zwnj};

use super::check;

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
