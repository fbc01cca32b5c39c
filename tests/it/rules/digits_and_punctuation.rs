//! Rule 7: digits and punctuation.

use arabic_text::{Digits, Normalizer};

use super::check;

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
