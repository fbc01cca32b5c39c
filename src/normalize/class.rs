//! Character classes: which rule, if any, looks at a code point.
//!
//! Every code point belongs to exactly one [`Class`]. A normalizer turns its options
//! into a bit mask of active classes, so the engine does one table lookup and one bit
//! test per character, whatever the number of rules.

use crate::tables::{PRESENTATION_FB50, PRESENTATION_FE70};

/// The rule that looks at a code point. `Other` means no rule does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Class {
    /// Not touched by any rule.
    Other = 0,
    /// Harakat U+064B..=U+0652.
    Haraka,
    /// Other Arabic marks U+0653..=U+065F (maddah, hamza above and below, …).
    OtherMark,
    /// Superscript (dagger) alef U+0670.
    DaggerAlef,
    /// Quranic annotation marks.
    QuranicMark,
    /// Marks of Arabic Extended-A and Extended-B.
    ExtendedMark,
    /// Small waw U+06E5 and small yeh U+06E6.
    SmallLetter,
    /// Tatweel U+0640.
    Tatweel,
    /// Alef with madda or hamza: U+0622, U+0623, U+0625.
    AlefHamza,
    /// Alef wasla U+0671.
    AlefWasla,
    /// Alef with wavy hamza or hamza below: U+0672, U+0673, U+0675.
    AlefOther,
    /// Alef maksura U+0649.
    AlefMaksura,
    /// Teh marbuta U+0629.
    TehMarbuta,
    /// Waw with hamza: U+0624, U+0676.
    WawHamza,
    /// Yeh with hamza: U+0626, U+0678.
    YehHamza,
    /// Lone hamza U+0621.
    LoneHamza,
    /// Keheh U+06A9 and swash kaf U+06AA.
    PersianKaf,
    /// Farsi yeh U+06CC.
    PersianYeh,
    /// Yeh barree U+06D2 and the other yeh forms U+06D0, U+06CE.
    OtherYeh,
    /// Heh forms U+06BE, U+06C0, U+06C1, U+06C2 and teh marbuta goal U+06C3.
    PersianHeh,
    /// Maghrebi and African letters: veh, feh with dot below, qaf with one or three dots
    /// above, ng.
    Maghrebi,
    /// ASCII digits (only a rule that writes Arabic-Indic digits looks at them).
    AsciiDigit,
    /// Arabic-Indic digits U+0660..=U+0669.
    ArabicIndicDigit,
    /// Extended (Persian, Urdu) digits U+06F0..=U+06F9.
    ExtendedDigit,
    /// Arabic decimal separator U+066B.
    DecimalSeparator,
    /// Arabic thousands separator U+066C.
    ThousandsSeparator,
    /// Arabic punctuation with an ASCII counterpart.
    Punctuation,
    /// Bidirectional controls: LRM, RLM, ALM, embeddings, overrides, isolates.
    BidiControl,
    /// Zero-width and format characters: ZWSP, ZWJ, word joiner, BOM, soft hyphen.
    ZeroWidth,
    /// Zero-width non-joiner U+200C.
    Zwnj,
    /// Space separators other than U+0020: NBSP, U+2000..=U+200A, U+202F, …
    SpaceSeparator,
    /// Presentation forms U+FB50..=U+FDFF and U+FE70..=U+FEFE.
    Presentation,
}

impl Class {
    /// The class's bit in a mask of active classes.
    pub(crate) const fn bit(self) -> u64 {
        1 << (self as u8)
    }
}

use Class as C;

/// Classes of U+0600..=U+06FF, indexed by code point minus 0x0600.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const ARABIC_BLOCK: [Class; 256] = {
    let mut t = [C::Other; 256];
    let mut cp = 0x0610;
    while cp <= 0x061A {
        t[cp - 0x600] = C::QuranicMark;
        cp += 1;
    }
    t[0x060C - 0x600] = C::Punctuation; // ،
    t[0x061B - 0x600] = C::Punctuation; // ؛
    t[0x061C - 0x600] = C::BidiControl; // ALM
    t[0x061F - 0x600] = C::Punctuation; // ؟
    t[0x0621 - 0x600] = C::LoneHamza;
    t[0x0622 - 0x600] = C::AlefHamza;
    t[0x0623 - 0x600] = C::AlefHamza;
    t[0x0624 - 0x600] = C::WawHamza;
    t[0x0625 - 0x600] = C::AlefHamza;
    t[0x0626 - 0x600] = C::YehHamza;
    t[0x0629 - 0x600] = C::TehMarbuta;
    t[0x0640 - 0x600] = C::Tatweel;
    t[0x0649 - 0x600] = C::AlefMaksura;
    let mut cp = 0x064B;
    while cp <= 0x0652 {
        t[cp - 0x600] = C::Haraka;
        cp += 1;
    }
    let mut cp = 0x0653;
    while cp <= 0x065F {
        t[cp - 0x600] = C::OtherMark;
        cp += 1;
    }
    let mut cp = 0x0660;
    while cp <= 0x0669 {
        t[cp - 0x600] = C::ArabicIndicDigit;
        cp += 1;
    }
    t[0x066A - 0x600] = C::Punctuation; // ٪
    t[0x066B - 0x600] = C::DecimalSeparator;
    t[0x066C - 0x600] = C::ThousandsSeparator;
    t[0x066D - 0x600] = C::Punctuation; // ٭
    t[0x0670 - 0x600] = C::DaggerAlef;
    t[0x0671 - 0x600] = C::AlefWasla;
    t[0x0672 - 0x600] = C::AlefOther;
    t[0x0673 - 0x600] = C::AlefOther;
    t[0x0675 - 0x600] = C::AlefOther;
    t[0x0676 - 0x600] = C::WawHamza;
    t[0x0678 - 0x600] = C::YehHamza;
    t[0x06A2 - 0x600] = C::Maghrebi; // ڢ
    t[0x06A4 - 0x600] = C::Maghrebi; // ڤ
    t[0x06A7 - 0x600] = C::Maghrebi; // ڧ
    t[0x06A8 - 0x600] = C::Maghrebi; // ڨ
    t[0x06A9 - 0x600] = C::PersianKaf; // ک
    t[0x06AA - 0x600] = C::PersianKaf; // ڪ
    t[0x06AD - 0x600] = C::Maghrebi; // ڭ
    t[0x06BE - 0x600] = C::PersianHeh; // ھ
    t[0x06C0 - 0x600] = C::PersianHeh; // ۀ
    t[0x06C1 - 0x600] = C::PersianHeh; // ہ
    t[0x06C2 - 0x600] = C::PersianHeh; // ۂ
    t[0x06C3 - 0x600] = C::PersianHeh; // ۃ
    t[0x06CC - 0x600] = C::PersianYeh; // ی
    t[0x06CE - 0x600] = C::OtherYeh; // ێ
    t[0x06D0 - 0x600] = C::OtherYeh; // ې
    t[0x06D2 - 0x600] = C::OtherYeh; // ے
    t[0x06D4 - 0x600] = C::Punctuation; // ۔
    let mut cp = 0x06D6;
    while cp <= 0x06DC {
        t[cp - 0x600] = C::QuranicMark;
        cp += 1;
    }
    let mut cp = 0x06DF;
    while cp <= 0x06E4 {
        t[cp - 0x600] = C::QuranicMark;
        cp += 1;
    }
    t[0x06E5 - 0x600] = C::SmallLetter;
    t[0x06E6 - 0x600] = C::SmallLetter;
    t[0x06E7 - 0x600] = C::QuranicMark;
    t[0x06E8 - 0x600] = C::QuranicMark;
    let mut cp = 0x06EA;
    while cp <= 0x06ED {
        t[cp - 0x600] = C::QuranicMark;
        cp += 1;
    }
    let mut cp = 0x06F0;
    while cp <= 0x06F9 {
        t[cp - 0x600] = C::ExtendedDigit;
        cp += 1;
    }
    t
};

/// The classes that are combining marks (canonical combining class other than 0).
pub(crate) const MARK_CLASSES: u64 = C::Haraka.bit()
    | C::OtherMark.bit()
    | C::DaggerAlef.bit()
    | C::QuranicMark.bit()
    | C::ExtendedMark.bit();

/// The classes whose characters an active rule replaces by one letter, digit or
/// punctuation mark (never a combining mark), whatever their neighbours: the engine's
/// block step replaces them where they stand.
pub(crate) const REPLACED_ALONE: u64 = C::AlefHamza.bit()
    | C::AlefWasla.bit()
    | C::AlefOther.bit()
    | C::AlefMaksura.bit()
    | C::TehMarbuta.bit()
    | C::WawHamza.bit()
    | C::YehHamza.bit()
    | C::PersianKaf.bit()
    | C::OtherYeh.bit()
    | C::PersianHeh.bit()
    | C::Maghrebi.bit()
    | C::ArabicIndicDigit.bit()
    | C::ExtendedDigit.bit()
    | C::Punctuation.bit();

/// What a character of a [`REPLACED_ALONE`] class becomes when its rule is on: the
/// one source of these replacements. Digits become ASCII, or Arabic-Indic when
/// `arabic_indic` (for the extended digits).
pub(crate) const fn replacement(c: char, class: Class, arabic_indic: bool) -> char {
    match class {
        C::AlefHamza | C::AlefWasla | C::AlefOther => '\u{0627}',
        C::AlefMaksura | C::YehHamza | C::OtherYeh => '\u{064A}',
        C::TehMarbuta | C::PersianHeh => '\u{0647}',
        C::WawHamza => '\u{0648}',
        C::PersianKaf => '\u{0643}',
        C::Maghrebi => match c {
            '\u{06A7}' | '\u{06A8}' | '\u{08BC}' => '\u{0642}',
            '\u{06AD}' => '\u{0643}',
            _ => '\u{0641}',
        },
        C::ArabicIndicDigit => shift_digit(c, '\u{0660}', '0'),
        C::ExtendedDigit if arabic_indic => shift_digit(c, '\u{06F0}', '\u{0660}'),
        C::ExtendedDigit => shift_digit(c, '\u{06F0}', '0'),
        C::Punctuation => match c {
            '\u{060C}' => ',',
            '\u{061B}' => ';',
            '\u{061F}' => '?',
            '\u{066A}' => '%',
            '\u{066D}' => '*',
            '\u{06D4}' => '.',
            _ => c,
        },
        _ => c,
    }
}

/// What the character rules make of a character of U+0600..=U+06FF standing alone, when
/// that does not depend on its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Alone {
    /// Kept as it is: a starter no rule changes.
    Kept,
    /// Deleted outright (tatweel, harakat when the diacritic rules are on).
    Deleted,
    /// Replaced by this character ([`replacement`]).
    Replaced(char),
    /// It depends on the neighbours (a mark kept in canonical order, a mark that composes
    /// with the letter before it, the decimal separators, the Farsi yeh), or on a rule
    /// that is no simple replacement.
    Contextual,
}

/// [`Alone`] for U+0600 + `index` (`index` < 256) under the classes `active` and `deleted`
/// of a normalizer's plan, with digits written in ASCII: the one source from which other
/// modules build their own tables at compile time (dedup's keys).
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn alone(index: usize, active: u64, deleted: u64) -> Alone {
    let class = ARABIC_BLOCK[index];
    let Some(c) = char::from_u32(0x600 + index as u32) else {
        return Alone::Contextual;
    };
    // `ٓ ٔ ٕ` compose with the letter before them; the others look at their neighbours.
    if matches!(index, 0x53..=0x55)
        || matches!(
            class,
            C::DecimalSeparator | C::ThousandsSeparator | C::PersianYeh | C::Presentation
        )
    {
        return Alone::Contextual;
    }
    let bit = class.bit();
    if active & bit == 0 {
        // A kept mark must stand in canonical order with the marks around it.
        return if ARABIC_COMBINING[index] == 0 {
            Alone::Kept
        } else {
            Alone::Contextual
        };
    }
    if deleted & bit != 0 {
        return Alone::Deleted;
    }
    if REPLACED_ALONE & bit != 0 {
        return Alone::Replaced(replacement(c, class, false));
    }
    Alone::Contextual
}

/// `c` moved from the digit run starting at `from` to the one starting at `to` (`c`
/// itself when it is not one of the ten digits from `from`).
pub(crate) const fn shift_digit(c: char, from: char, to: char) -> char {
    let offset = (c as u32).wrapping_sub(from as u32);
    if offset >= 10 {
        return c;
    }
    match char::from_u32(to as u32 + offset) {
        Some(shifted) => shifted,
        None => c,
    }
}

/// [`replacement`] of every character of U+0600..=U+06FF whose class is in
/// [`REPLACED_ALONE`] (digits as ASCII); the character itself for the others.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
pub(crate) const REPLACED_IN_BLOCK: [char; 256] = {
    let mut t = ['\0'; 256];
    let mut index = 0;
    while index < 256 {
        let c = match char::from_u32(0x600 + index as u32) {
            Some(c) => c,
            None => '\0',
        };
        t[index] = replacement(c, ARABIC_BLOCK[index], false);
        index += 1;
    }
    t
};

/// For each class (by its number), the characters of U+0600..=U+06FF in it, as a 256-bit
/// set: normalizers derive their sets from these with a few word operations.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const CLASS_SETS: [[u64; 4]; 64] = {
    let mut sets = [[0u64; 4]; 64];
    let mut index = 0;
    while index < 256 {
        sets[ARABIC_BLOCK[index] as usize][index / 64] |= 1 << (index % 64);
        index += 1;
    }
    sets
};

/// The letters of U+0600..=U+06FF (starters nothing before them affects), the small waw
/// and yeh of Quranic text included, as a set over U+0600 + index.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
pub(crate) const LETTER_SET: [u64; 4] = {
    let mut set = [0u64; 4];
    let mut index = 0;
    while index < 256 {
        if matches!(index, 0x21..=0x3A | 0x41..=0x4A | 0x6E | 0x6F | 0x71..=0xD3 | 0xD5 | 0xE5 | 0xE6)
        {
            set[index >> 6] |= 1 << (index & 63);
        }
        index += 1;
    }
    set
};

/// The canonical combining class of U+0600 + `index`.
#[inline]
pub(crate) fn arabic_combining(index: usize) -> u8 {
    ARABIC_COMBINING.get(index).copied().unwrap_or(0)
}

/// The characters of U+0600..=U+06FF whose class is in `classes`, as a 256-bit set.
// Evaluated in `const` setters; `class` < 64.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn arabic_set(mut classes: u64) -> [u64; 4] {
    let mut set = [0u64; 4];
    while classes != 0 {
        let class = classes.trailing_zeros() as usize;
        classes &= classes - 1;
        let mut word = 0;
        while word < 4 {
            set[word] |= CLASS_SETS[class][word];
            word += 1;
        }
    }
    set
}

/// The offset from U+0600 of the two-byte character `lead second` of U+0600..=U+06FF
/// (`lead` in 0xD8..=0xDB), the index into the tables of this block.
#[inline]
pub(crate) const fn arabic_index(lead: u8, second: u8) -> usize {
    ((lead as usize & 0x03) << 6) | (second as usize & 0x3F)
}

/// Whether the character at `index` (from U+0600) is in a 256-bit set of [`arabic_set`].
#[inline]
pub(crate) fn in_arabic_set(set: &[u64; 4], index: usize) -> bool {
    set.get(index >> 6)
        .is_some_and(|word| (word >> (index & 63)) & 1 == 1)
}

/// The characters of U+0600..=U+06FF in the [`REPLACED_ALONE`] classes.
pub(crate) const REPLACED_ALONE_SET: [u64; 4] = arabic_set(REPLACED_ALONE);

/// The classes whose letters the crate's word comparisons fold to one basic letter (the
/// date lexicon, and the normalizer's `search` preset among others), each to what
/// [`replacement`] gives: the alef forms to `ا`, alef maksura and the Persian and Urdu
/// yehs to `ي`, teh marbuta to `ه`, the Persian kaf, the Maghrebi letters. The one table of
/// these folds: users that fold fewer letters say which (the date lexicon keeps `آ`).
#[cfg_attr(not(feature = "std"), allow(dead_code))]
pub(crate) const LETTER_FOLD_CLASSES: u64 = C::AlefHamza.bit()
    | C::AlefWasla.bit()
    | C::AlefOther.bit()
    | C::AlefMaksura.bit()
    | C::OtherYeh.bit()
    | C::PersianYeh.bit()
    | C::TehMarbuta.bit()
    | C::PersianKaf.bit()
    | C::Maghrebi.bit();

/// What a letter of U+0600..=U+06FF (`index` from U+0600) folds to in word comparisons:
/// its [`replacement`] when its class is one of [`LETTER_FOLD_CLASSES`], else itself.
/// `const`, for the tables built at compile time.
// Evaluated at compile time by those tables: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
#[cfg_attr(not(feature = "std"), allow(dead_code))]
pub(crate) const fn letter_fold(index: usize) -> u32 {
    let cp = 0x600 + index as u32;
    let class = ARABIC_BLOCK[index];
    match char::from_u32(cp) {
        // The Farsi yeh's replacement depends on its place in the word (the `persian_letters`
        // setting); compared as a word, it is `ي`.
        Some(_) if matches!(class, C::PersianYeh) => 0x064A,
        Some(c) if LETTER_FOLD_CLASSES & class.bit() != 0 => replacement(c, class, false) as u32,
        _ => cp,
    }
}

/// The class of U+0600 + `index`, for the tables and checks made at compile time
/// (`index` < 256).
// Evaluated at compile time: an index out of range is a build error, not a panic. Its one
// use is in a `const _` check, which the minimum supported compiler's dead-code lint does
// not see.
#[allow(clippy::indexing_slicing, dead_code)]
pub(crate) const fn class_at(index: usize) -> Class {
    ARABIC_BLOCK[index]
}

/// The class of U+0600 + `index` (for `index` < 256).
#[inline]
pub(crate) fn arabic_class(index: usize) -> Class {
    match ARABIC_BLOCK.get(index) {
        Some(&class) => class,
        None => C::Other,
    }
}

/// Whether U+0600 + `index` is an Arabic combining mark or a character the invisible
/// rules delete (for `const` tables of other modules; `index` < 256).
#[cfg(feature = "std")]
#[allow(clippy::indexing_slicing)] // Only called in const evaluation with index < 256.
pub(crate) const fn is_mark_or_control_const(index: usize) -> bool {
    MARK_CLASSES & ARABIC_BLOCK[index].bit() != 0
        || matches!(ARABIC_BLOCK[index], C::BidiControl | C::ZeroWidth | C::Zwnj)
}

/// Canonical combining classes of U+0600..=U+06FF (0 for starters), from
/// `UnicodeData.txt`; a test checks them against `unicode-normalization`.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const ARABIC_COMBINING: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0x10;
    while i <= 0x17 {
        t[i] = 230;
        i += 1;
    }
    t[0x18] = 30;
    t[0x19] = 31;
    t[0x1A] = 32;
    let mut i = 0x4B;
    while i <= 0x52 {
        t[i] = 27 + (i - 0x4B) as u8;
        i += 1;
    }
    t[0x53] = 230;
    t[0x54] = 230;
    t[0x55] = 220;
    t[0x56] = 220;
    let mut i = 0x57;
    while i <= 0x5B {
        t[i] = 230;
        i += 1;
    }
    t[0x5C] = 220;
    t[0x5D] = 230;
    t[0x5E] = 230;
    t[0x5F] = 220;
    t[0x70] = 35;
    let mut i = 0xD6;
    while i <= 0xDC {
        t[i] = 230;
        i += 1;
    }
    let mut i = 0xDF;
    while i <= 0xE2 {
        t[i] = 230;
        i += 1;
    }
    t[0xE3] = 220;
    t[0xE4] = 230;
    t[0xE7] = 230;
    t[0xE8] = 230;
    t[0xEA] = 220;
    t[0xEB] = 230;
    t[0xEC] = 230;
    t[0xED] = 220;
    t
};

/// The class of a code point.
#[inline]
pub(crate) fn class_of(c: char) -> Class {
    let cp = c as u32;
    match cp {
        0x0600..=0x06FF => arabic_class((cp - 0x600) as usize),
        0x0030..=0x0039 => C::AsciiDigit,
        0x00A0 => C::SpaceSeparator,
        0x00AD => C::ZeroWidth,
        0x0897..=0x089F | 0x08CA..=0x08E1 | 0x08E3..=0x08FF => C::ExtendedMark,
        0x08BB | 0x08BC => C::Maghrebi,
        0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => C::SpaceSeparator,
        0x180E | 0x200B | 0x200D | 0x2060 | 0xFEFF => C::ZeroWidth,
        0x200C => C::Zwnj,
        0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 => C::BidiControl,
        0xFB50..=0xFDFF | 0xFE70..=0xFEFE => C::Presentation,
        _ => C::Other,
    }
}

/// The mapping of a presentation form, or `""` when it has none.
#[inline]
pub(crate) fn presentation_form(c: char) -> &'static str {
    let cp = c as u32;
    let mapped = match cp {
        0xFB50..=0xFDFF => PRESENTATION_FB50.get((cp - 0xFB50) as usize),
        0xFE70..=0xFEFF => PRESENTATION_FE70.get((cp - 0xFE70) as usize),
        _ => None,
    };
    mapped.copied().unwrap_or("")
}

/// The canonical combining class of a code point (0 for starters).
#[inline]
pub(crate) fn combining_class(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x300 {
        0
    } else if (0x600..=0x6FF).contains(&cp) {
        ARABIC_COMBINING
            .get((cp - 0x600) as usize)
            .copied()
            .unwrap_or(0)
    } else {
        unicode_normalization::char::canonical_combining_class(c)
    }
}

/// Whether a code point is an Arabic decimal digit: ASCII, Arabic-Indic or extended.
#[inline]
pub(crate) const fn is_decimal_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Whether `c` is an Arabic diacritic: a combining mark of the Arabic blocks (harakat,
/// maddah and hamza marks, dagger alef, Quranic annotation marks, Extended-A/B marks).
///
/// Small waw and small yeh (U+06E5, U+06E6) are letters, not diacritics.
///
/// # Examples
///
/// ```
/// use arabic_text::is_diacritic;
///
/// assert!(is_diacritic('\u{064E}')); // fatha
/// assert!(is_diacritic('\u{0670}')); // dagger alef
/// assert!(!is_diacritic('\u{0628}')); // beh
/// assert!(!is_diacritic('\u{0301}')); // a Latin accent is not an Arabic diacritic
/// ```
#[must_use]
pub fn is_diacritic(c: char) -> bool {
    matches!(
        class_of(c),
        C::Haraka | C::OtherMark | C::DaggerAlef | C::QuranicMark | C::ExtendedMark
    )
}

/// Whether `c` is one of the harakat U+064B..=U+0652 (tanwin, short vowels, shadda, sukun).
///
/// # Examples
///
/// ```
/// assert!(arabic_text::is_haraka('\u{0651}')); // shadda
/// assert!(!arabic_text::is_haraka('\u{0670}')); // dagger alef is not a haraka
/// ```
#[must_use]
pub fn is_haraka(c: char) -> bool {
    class_of(c) == C::Haraka
}

/// Whether `c` is an Arabic-script letter: a letter (general category L) of the Arabic,
/// Arabic Supplement or Arabic Extended-A/B blocks, tatweel excluded.
///
/// # Examples
///
/// ```
/// use arabic_text::is_arabic_letter;
///
/// assert!(is_arabic_letter('\u{0643}')); // kaf
/// assert!(is_arabic_letter('\u{06A4}')); // veh
/// assert!(!is_arabic_letter('\u{0640}')); // tatweel
/// assert!(!is_arabic_letter('\u{0661}')); // a digit
/// assert!(!is_arabic_letter('a'));
/// ```
#[must_use]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}' | '\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06E5}' | '\u{06E6}'
        | '\u{06EE}' | '\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088E}'
        | '\u{08A0}'..='\u{08C9}')
}

/// Whether `c` is an Arabic presentation form (U+FB50..=U+FDFF or U+FE70..=U+FEFE).
///
/// # Examples
///
/// ```
/// assert!(arabic_text::is_presentation_form('\u{FEF7}')); // lam-alef with hamza above
/// assert!(!arabic_text::is_presentation_form('\u{0644}'));
/// ```
#[must_use]
pub fn is_presentation_form(c: char) -> bool {
    class_of(c) == C::Presentation
}

/// Whether `c` is invisible in running text: a bidirectional control, a zero-width
/// character (ZWSP, ZWNJ, ZWJ, word joiner, BOM) or a soft hyphen.
///
/// # Examples
///
/// ```
/// assert!(arabic_text::is_invisible('\u{200F}')); // RLM
/// assert!(arabic_text::is_invisible('\u{200C}')); // ZWNJ
/// assert!(!arabic_text::is_invisible(' '));
/// ```
#[must_use]
pub fn is_invisible(c: char) -> bool {
    matches!(class_of(c), C::BidiControl | C::ZeroWidth | C::Zwnj)
}

/// Whether `c` is a decimal digit of a script Arabic text uses: ASCII, Arabic-Indic
/// (U+0660..=U+0669) or extended Arabic-Indic (U+06F0..=U+06F9).
///
/// # Examples
///
/// ```
/// assert!(arabic_text::is_arabic_digit('\u{0662}'));
/// assert!(arabic_text::is_arabic_digit('\u{06F4}'));
/// assert!(arabic_text::is_arabic_digit('7'));
/// assert!(!arabic_text::is_arabic_digit('\u{0967}')); // Devanagari one
/// ```
#[must_use]
pub fn is_arabic_digit(c: char) -> bool {
    is_decimal_digit(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_combining_classes_match_unicode() {
        for cp in 0x0600..=0x06FF {
            let c = char::from_u32(cp).unwrap();
            let expected = unicode_normalization::char::canonical_combining_class(c);
            assert_eq!(combining_class(c), expected, "U+{cp:04X}");
            // In this block the mark classes are exactly the combining marks.
            assert_eq!(
                MARK_CLASSES & class_of(c).bit() != 0,
                expected != 0,
                "U+{cp:04X}"
            );
        }
        for cp in (0x0000..0x0300).chain(0x0897..=0x08FF) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(
                combining_class(c),
                unicode_normalization::char::canonical_combining_class(c)
            );
        }
    }

    #[test]
    fn extended_marks_are_the_combining_marks_of_extended_a_and_b() {
        for cp in 0x0870..=0x08FF {
            let c = char::from_u32(cp).unwrap();
            let is_mark = unicode_normalization::char::canonical_combining_class(c) != 0;
            assert_eq!(class_of(c) == Class::ExtendedMark, is_mark, "U+{cp:04X}");
        }
    }
}
