//! Input generation: an Arabic-heavy alphabet, diacritized and news-like texts, cuts.

use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// Input generation.
// ---------------------------------------------------------------------------------------

pub(super) fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn range_char(lo: u32, hi: u32) -> impl Strategy<Value = char> {
    (lo..=hi).prop_filter_map("not a char", char::from_u32)
}

fn arabic_char() -> impl Strategy<Value = char> {
    let letters = chars_of(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي\
         أإآٱىةؤئءیکےڤڨ\u{0672}\u{0673}\u{0675}\u{0676}\u{0678}ەہۀۂھۃېێڪڢڧڭ\
         \u{08BB}\u{08BC}\u{06E5}\u{06E6}\u{06D3}\u{0674}\u{0679}\u{067E}\u{0686}\u{06AF}",
    );
    let composable = chars_of("اويەہے");
    let quranic = chars_of(
        "\u{0610}\u{0615}\u{0618}\u{061A}\u{06D6}\u{06DA}\u{06DC}\u{06DF}\u{06E2}\u{06E3}\u{06E4}\
         \u{06E7}\u{06E8}\u{06EA}\u{06EB}\u{06ED}",
    );
    let extended = chars_of("\u{0897}\u{089F}\u{08CA}\u{08D3}\u{08E1}\u{08E3}\u{08F0}\u{08FF}");
    let mut forms: Vec<char> = ('\u{FEF5}'..='\u{FEFC}')
        .chain('\u{FE70}'..='\u{FE7F}')
        .collect();
    forms.extend('\u{FC5E}'..='\u{FC63}');
    forms.extend(chars_of("\u{FDF2}\u{FDFA}\u{FDFB}\u{FDFC}\u{FDFD}\u{FC5B}\u{FD3C}\u{FCF2}\u{FBFC}\u{FBFD}\u{FE80}\u{FE8D}\u{FE8E}\u{FEEF}\u{FE93}\u{FB8E}\u{FBDD}"));
    let invisible = chars_of(
        "\u{200C}\u{200D}\u{200E}\u{200F}\u{FEFF}\u{00A0}\u{202F}\u{200B}\u{061C}\u{202B}\u{202C}\u{2067}\u{2069}\u{00AD}\u{2060}\u{2003}",
    );
    let digits = chars_of("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹");
    let punct = chars_of("٫٬،؟؛٪٭۔.,");
    let space = chars_of("     \t\n\r");
    let latin = chars_of("abcdefxyzABCXYZ");
    let latin_marks = chars_of("\u{0301}\u{0327}\u{0338}<e");
    prop_oneof![
        30 => prop::sample::select(letters),
        6 => prop::sample::select(composable),
        14 => range_char(0x064B, 0x0652),
        6 => range_char(0x0653, 0x0655),
        2 => range_char(0x0656, 0x065F),
        3 => Just('\u{0670}'),
        3 => prop::sample::select(quranic),
        1 => prop::sample::select(extended),
        4 => Just('\u{0640}'),
        5 => prop::sample::select(forms),
        2 => range_char(0xFB50, 0xFBFF),
        2 => range_char(0xFE80, 0xFEF4),
        1 => range_char(0xFC00, 0xFDFF),
        6 => prop::sample::select(invisible),
        5 => prop::sample::select(digits),
        3 => prop::sample::select(punct),
        8 => prop::sample::select(space),
        4 => prop::sample::select(latin),
        2 => prop::sample::select(latin_marks),
        1 => any::<char>(),
    ]
}

/// Letters that compose, marks of every class, and the characters that are transparent
/// inside a cluster: for ordering and composition.
fn mark_heavy_char() -> impl Strategy<Value = char> {
    prop::sample::select(chars_of(
        "اويەہےبیىٱ\u{0653}\u{0654}\u{0655}\u{0653}\u{0654}\u{0655}\u{064B}\u{064E}\u{0650}\u{0651}\u{0652}\u{0670}\u{0610}\u{0618}\u{06E3}\u{06ED}\u{08F0}\u{0301}\u{0327}\u{0640}\u{200D}\u{200C}\u{200F}\u{FEFF}\u{0621}\u{06E5}\u{FE76}\u{FE7C}\u{FC60}\u{FC5E}\u{FE8D}\u{FE80}\u{FBFC}\u{FD3C} ",
    ))
}

/// Digits, separators and what may stand between them: for the context rules.
fn digit_heavy_char() -> impl Strategy<Value = char> {
    prop::sample::select(chars_of(
        "0159٠٣٩۰۴۹٫٬٫٬،.,\u{064E}\u{0651}\u{0640}\u{200F}\u{200C}\u{00A0} ی ىبa\u{FE76}\u{0301}\t\n",
    ))
}

/// Prose as the engine's block step sees it: mostly the letters U+0621..=U+064A (those
/// no rule changes, and `آ أ ؤ إ ئ ة ى`) and ASCII, with now and then what makes a block
/// change or stop: harakat, composing marks, the dagger alef, tatweel, a lone hamza,
/// Arabic punctuation and digits, separators, and characters from outside the block.
fn block_heavy_char() -> impl Strategy<Value = char> {
    let plain = chars_of("ابتثجحخدذرزسشصضطظعغفقكلمنهوي");
    let folded = chars_of("آأؤإئةىء");
    let ascii = chars_of("  a1.\n");
    let rare = chars_of(
        "\u{064B}\u{064E}\u{0651}\u{0652}\u{0653}\u{0654}\u{0655}\u{0656}\u{065F}\u{0670}\u{0671}\u{0640}\
         ،؛؟٪٭٠٩٫٬\u{061C}\u{0610}\u{063B}\u{066E}\u{06CC}\u{06A4}\u{06F5}\u{00A0}\u{200D}\u{FEFB}é",
    );
    prop_oneof![
        60 => prop::sample::select(plain),
        15 => prop::sample::select(folded),
        15 => prop::sample::select(ascii),
        6 => prop::sample::select(rare),
    ]
}

/// Longer texts of [`block_heavy_char`]: many blocks of sixteen bytes.
pub(super) fn block_heavy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(block_heavy_char(), 0..200).prop_map(|v| v.into_iter().collect())
}

/// Fully diacritized prose, as the engine's dense step sees it: clusters of a letter
/// (or a space, a digit, `ٱ`) and up to three marks, mostly harakat, the dagger alef
/// and tatweel; now and then a mark that composes or that a preset keeps, or a
/// character that stops the step. Long enough to fill the step's buffer many times.
pub(super) fn diacritized_text() -> impl Strategy<Value = String> {
    let bases = chars_of("ابتثجحخدذرزسشصضطظعغفقكلمنهويآأؤإئةىٱ ٠٣ .");
    let marks = chars_of(
        "\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}\u{0670}\u{0640}",
    );
    let rare = chars_of(
        "\u{0653}\u{0654}\u{0655}\u{0656}\u{065F}\u{0610}\u{06DF}\u{06E3}\u{06ED}\u{06E5}\u{06E6}\u{0621}\u{200D}é\n",
    );
    // Half the texts have no rare character and a mark on every letter: one stretch
    // from end to end.
    let mark = |rare_weight: u32| {
        prop_oneof![
            30 => prop::sample::select(marks.clone()),
            rare_weight => prop::sample::select(rare.clone()),
        ]
    };
    let clusters = |rare_weight: u32, least_marks: usize| {
        let cluster = (
            prop::sample::select(bases.clone()),
            prop::collection::vec(mark(rare_weight), least_marks..=3),
        );
        prop::collection::vec(cluster, 0..1200)
    };
    prop_oneof![clusters(1, 0), clusters(0, 1)].prop_map(|clusters| {
        let mut text = String::new();
        for (base, marks) in clusters {
            text.push(base);
            text.extend(marks);
        }
        text
    })
}

/// News prose, as the engine's substitution step sees it: the letters U+0621..=U+064A
/// with a letter a fold replaces every few words (`آ أ إ ؤ ئ ة ى ٱ`), ASCII, a lone hamza
/// and `، ؛ ؟`. Half the texts also have, now and then, what stops the step: harakat,
/// composing marks, tatweel, the dagger alef, an NBSP, an Arabic-Indic digit, a
/// Persian yeh, a mark or letter of another script. Long enough to fill the step's
/// buffer (1 KiB) a few times.
pub(super) fn news_text() -> impl Strategy<Value = String> {
    let plain = chars_of("ابتثجحخدذرزسشصضطظعغفقكلمنهوي");
    let folded = chars_of("آأإؤئةىٱ");
    let other = chars_of("ء،؛؟  a1.\n");
    let rare = chars_of(
        "\u{064B}\u{064E}\u{0651}\u{0652}\u{0653}\u{0654}\u{0655}\u{0670}\u{0640}\u{00A0}٣\u{06CC}\u{200F}\u{0301}é",
    );
    let text = |rare_weight: u32| {
        let char = prop_oneof![
            60 => prop::sample::select(plain.clone()),
            8 => prop::sample::select(folded.clone()),
            20 => prop::sample::select(other.clone()),
            rare_weight => prop::sample::select(rare.clone()),
        ];
        prop::collection::vec(char, 0..2500)
    };
    prop_oneof![text(0), text(1)].prop_map(|chars| chars.into_iter().collect())
}

pub(super) fn arabic_text(max: usize) -> impl Strategy<Value = String> {
    let text = |chars: prop::strategy::BoxedStrategy<char>| {
        prop::collection::vec(chars, 0..max).prop_map(|v| v.into_iter().collect::<String>())
    };
    prop_oneof![
        4 => text(arabic_char().boxed()),
        1 => text(mark_heavy_char().boxed()),
        1 => text(digit_heavy_char().boxed()),
    ]
}

/// Text and byte positions to split it at (anywhere, even inside a character).
pub(super) fn text_and_cuts() -> impl Strategy<Value = (String, Vec<usize>)> {
    with_cuts(arabic_text(40))
}

/// Texts of `text` with up to eight positions to split them at, in order.
pub(super) fn with_cuts(
    text: impl Strategy<Value = String>,
) -> impl Strategy<Value = (String, Vec<usize>)> {
    text.prop_flat_map(|s| {
        let len = s.len();
        (Just(s), prop::collection::vec(0..=len, 0..8)).prop_map(|(s, mut cuts)| {
            cuts.sort_unstable();
            (s, cuts)
        })
    })
}
