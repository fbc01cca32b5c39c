//! Rule 3: invisible characters and white space.

use arabic_text::{Normalizer, Whitespace, Zwnj};

use super::check;

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
