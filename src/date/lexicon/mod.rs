//! The words the date finder knows: month names of every region with their variants,
//! weekdays, relative words and the keywords of the expressions, compared after folding.
//!
//! Folding (for comparison only, never for output): diacritics, tatweel and invisible
//! marks are skipped; `أ إ ٱ` → `ا` (`آ` is kept: `آب` August is not `أب` father);
//! `ى ی` → `ي`; `ة` → `ه`; `ک` → `ك`; `ڤ` → `ف`.

mod words;

use std::sync::OnceLock;
use std::vec;
use std::vec::Vec;

use crate::normalize::{is_diacritic, is_invisible, letter_fold};

/// A regional set of month names; a name can belong to several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct MonthNaming(u16);

impl MonthNaming {
    /// Moroccan (`ماي يوليوز غشت شتنبر نونبر دجنبر`).
    pub const MOROCCAN: Self = MonthNaming(1);
    /// Algerian and Tunisian (`جانفي فيفري أفريل جوان جويلية أوت`).
    pub const ALGERIAN_TUNISIAN: Self = MonthNaming(1 << 1);
    /// Mauritanian (`إبريل أغشت شتمبر دجمبر`).
    pub const MAURITANIAN: Self = MonthNaming(1 << 2);
    /// Standard Arabic as written in Egypt, the Gulf and most wire copy (`يناير … ديسمبر`).
    pub const STANDARD: Self = MonthNaming(1 << 3);
    /// Levantine and Iraqi (`كانون الثاني … كانون الأول`).
    pub const LEVANTINE: Self = MonthNaming(1 << 4);
    /// Hijri months (`محرم … ذو الحجة`).
    pub const HIJRI: Self = MonthNaming(1 << 5);
    /// Libyan Jamahiriya names (`أي النار … الكانون`).
    pub const LIBYAN: Self = MonthNaming(1 << 6);
    /// French (`4 mars 2016` in a Maghrebi byline).
    pub const FRENCH: Self = MonthNaming(1 << 7);
    /// English (`4 March 2016`).
    pub const ENGLISH: Self = MonthNaming(1 << 8);
    /// No month name: a numeric date, a year or a relative expression.
    pub const NONE: Self = MonthNaming(0);

    /// Whether every set of `other` is in `self`.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::MonthNaming;
    ///
    /// let both = MonthNaming::MOROCCAN.union(MonthNaming::ALGERIAN_TUNISIAN);
    /// assert!(both.contains(MonthNaming::MOROCCAN));
    /// assert!(!both.contains(MonthNaming::LEVANTINE));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The sets of both.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::MonthNaming;
    ///
    /// let pair = MonthNaming::LEVANTINE.union(MonthNaming::STANDARD);
    /// assert!(pair.contains(MonthNaming::STANDARD));
    /// ```
    #[must_use]
    pub const fn union(self, other: Self) -> Self {
        MonthNaming(self.0 | other.0)
    }

    /// Whether no set is named.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(arabic_text::MonthNaming::NONE.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Relative and structural words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keyword {
    Month,         // شهر
    Year,          // سنة، عام
    Last,          // الماضي، الفائت، المنصرم
    Next,          // المقبل، القادم
    Current,       // الجاري، الحالي
    Yesterday,     // أمس
    Today,         // اليوم
    Tomorrow,      // غدا
    After,         // بعد (بعد غد)
    Morrow,        // غد
    Week,          // الأسبوع
    From,          // من
    To,            // إلى، حتى، لغاية
    Between,       // بين
    And,           // و
    Day,           // يوم، يومي
    FirstOfMonth,  // فاتح، الفاتح
    Event,         // حركة، ثورة، انتفاضة، قوى، أحداث، تفجيرات
    Number,        // رقم، عدد
    LawWord,       // القانون، الظهير، المرسوم، قانون، ظهير، مرسوم، القرار
    ThereseMay,    // تيريزا، تريزا
    Car,           // سيارة، سيارات، شركة
    Amazigh,       // إيض، احتفالات، الأمازيغية
    Gregorian,     // م، ميلادي، ميلادية، للميلاد
    HijriEra,      // ه، هـ، هجري، هجرية، للهجرة
    SecondOrdinal, // الثاني، ثاني، الثانية
    FirstOrdinal,  // الأول، أول، الأولى
    LastOrdinal,   // الآخر، الآخرة
    Dhu,           // ذو، ذي، ذا
    TheMonth,      // الشهر
    TheYear,       // السنة، العام
    Since,         // منذ
    Before,        // قبل
    This,          // هذا، هذه
    Same,          // نفس
    Itself,        // ذاته، نفسه، عينه
    OfIt,          // منه، منها
    During,        // خلال، طيلة
    Teen,          // عشر، عشرة (of `الثاني عشر`)
    Corresponding, // الموافق، يوافق
    DayPart,       // ليلة، صباح، مساء، عشية، ظهر، فجر، ظهيرة
    NotToday,      // words before `اليوم` that make it no date: رأي، أخبار، ذلك، نهاية، هو
    Season,        // موسم
    Place,         // شارع، نهج، ساحة، ملعب: a date after it names a place
    PartOf,        // بداية، منتصف، نهاية، مطلع، أواخر: a part of a month or a year
    TheNight,      // الليلة
    Or,            // أو (of `أيام 10 أو 11 مارس`)
    Born,          // مواليد (a year of birth follows)
    Competition,   // يورو، كأس، مهرجان: an event named with its year
    Future,        // سوف، المقرر، سيعقد، ستنطلق: the sentence speaks of what comes
    General,       // المدير، الأمين، الرأي: `العام` after it means "general"
    NotWeekday,    // صلاة، خطبة، سوق: the weekday after it names no day
    In,            // في
    Every,         // كل
    One,           // واحد، واحدة
    Dated,         // بتاريخ، ابتداء، اعتبارا، انطلاقا: a date follows
    That,          // أن، إن، عن، على، مع
    Usually,       // كالعادة، عادة، سنويا: the date comes back every year
}

/// A unit of time, for counts (`منذ 3 أيام`, `قبل أسبوعين`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A complete month name: number (1..=12), sets, and whether it is also a common word.
    Month {
        month: u8,
        naming: MonthNaming,
        ambiguous: bool,
    },
    /// The first word of a two-word month name (`كانون`, `تشرين`, `ربيع`, `جمادى`).
    MonthHead(Head),
    /// A weekday, 1 = Monday … 7 = Sunday.
    Weekday(u8),
    /// A keyword.
    Keyword(Keyword),
    /// An ordinal number word of a day (`الثالث`, `الخامسة`, `العشرين`), 3..=30; `الأول`
    /// and `الثاني` are keywords (they also name months: `كانون الثاني`).
    Ordinal(u8),
    /// A unit of time with the count the word itself gives: 0 for a plural that needs a
    /// number (`أيام`), 1 for a singular (`أسبوع`), 2 for a dual (`يومين`).
    Unit(Unit, u8),
}

/// First words of two-word month names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    Kanun,
    Tishrin,
    Rabi,
    Jumada,
    /// `أي` of the Libyan `أي النار` (January).
    Ay,
}

use Lex::{Month as M, MonthHead as H, Weekday as W};
use words::WORDS;

/// Second words of Hijri `ذو` names.
pub(crate) const DHU_QADA: &str = "القعدة";
/// Second words of Hijri `ذو` names.
pub(crate) const DHU_HIJJA: &str = "الحجة";

/// The folded form of a character, or `None` when comparison skips it.
#[inline]
pub(crate) fn fold(c: char) -> Option<char> {
    match c {
        // The common case first: basic letters that fold to themselves.
        '\u{0621}'
        | '\u{0622}'
        | '\u{0624}'
        | '\u{0626}'..='\u{0628}'
        | '\u{062A}'..='\u{063A}'
        | '\u{0641}'..='\u{0648}'
        | '\u{064A}' => Some(c),
        '\u{0640}' => None,
        // The crate's letter folds (the alef forms, alef maksura, teh marbuta, the Persian
        // and Maghrebi letters), from the normalizer's table: the letters first, which are
        // no marks.
        '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' => {
            char::from_u32(letter_fold(c as usize - 0x600))
        }
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        _ if is_diacritic(c) || is_invisible(c) => None,
        '\u{0600}'..='\u{06FF}' => char::from_u32(letter_fold(c as usize - 0x600)),
        _ => Some(c),
    }
}

/// The characters a character stands for before folding: a presentation form's letters
/// (`ﻻ` → `لا`, from the normalizer's table; the spaces of a mark's isolated form dropped),
/// or the character itself.
#[derive(Clone, Debug)]
pub(crate) enum Expanded {
    One(Option<char>),
    Many(core::str::Chars<'static>),
}

impl Iterator for Expanded {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        match self {
            Expanded::One(c) => c.take(),
            Expanded::Many(chars) => chars.find(|&c| c != ' '),
        }
    }
}

/// See [`Expanded`].
#[inline]
pub(crate) fn expand(c: char) -> Expanded {
    if matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        let mapped = crate::normalize::presentation_form(c);
        if !mapped.is_empty() {
            return Expanded::Many(mapped.chars());
        }
    }
    Expanded::One(Some(c))
}

/// The folded characters of a word.
pub(crate) fn folded(word: &str) -> impl Iterator<Item = char> + Clone + '_ {
    word.chars().flat_map(expand).filter_map(fold)
}

/// The longest folded word in the table, in letters (a test checks it).
const LONGEST: usize = 10;

/// How many letters a [`WordKey`] holds: 6 bits each in a `u128`.
const KEY_LETTERS: usize = 21;

/// The 6-bit code of a folded letter in a word key: 1..=36 for the Arabic letters
/// U+0621..=U+063A and U+0641..=U+064A, 37..=62 for `a`..=`z`, 63 for any other letter
/// (no word of the table has one, so a word with one is in no entry). 0 is no letter, so
/// a key says how many letters it holds.
#[inline]
pub(crate) const fn letter_code(c: char) -> u8 {
    match c {
        '\u{0621}'..='\u{063A}' => (c as u32 - 0x0620) as u8,
        '\u{0641}'..='\u{064A}' => (c as u32 - 0x0641 + 27) as u8,
        'a'..='z' => (c as u32 - 'a' as u32 + 37) as u8,
        _ => 63,
    }
}

/// The codes of the proclitics `و ف ب ل ك`, and of `ش ه` (of `شهر`).
const WAW: u8 = letter_code('\u{0648}');
const FA: u8 = letter_code('\u{0641}');
const BA: u8 = letter_code('\u{0628}');
const LAM: u8 = letter_code('\u{0644}');
const KAF: u8 = letter_code('\u{0643}');
const SHIN: u8 = letter_code('\u{0634}');
const HA: u8 = letter_code('\u{0647}');

/// The folded letters of a word as one number: letter `i` in bits `6i..6i+6`. Dropping
/// the first `n` letters is a shift by `6n`, so a word is tried without its proclitics
/// at no cost; equal keys are equal words.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordKey {
    /// Letters 0..10 (60 bits).
    low: u64,
    /// Letters 10..21.
    high: u64,
    letters: usize,
    /// The byte offsets of the second, third and fourth letters in the word.
    at: [usize; 3],
}

impl WordKey {
    /// The key of a word (its folded letters), if it fits.
    fn of(word: &str) -> Option<WordKey> {
        let mut key = WordKey::default();
        for (offset, c) in word.char_indices() {
            key.push(c, offset);
        }
        (key.letters <= KEY_LETTERS).then_some(key)
    }

    /// Adds the next character of the word, at byte `offset` of the word.
    #[inline]
    pub(crate) fn push(&mut self, c: char, offset: usize) {
        for c in expand(c) {
            if let Some(folded) = fold(c) {
                self.push_code(letter_code(folded), offset);
            }
        }
    }

    /// Adds the next letter of the word, as its [`letter_code`].
    #[inline]
    pub(crate) fn push_code(&mut self, code: u8, offset: usize) {
        let letters = self.letters;
        if letters < 10 {
            self.low |= u64::from(code) << (6 * letters);
            if (1..4).contains(&letters) {
                if let Some(at) = self.at.get_mut(letters - 1) {
                    *at = offset;
                }
            }
        } else if letters < KEY_LETTERS {
            self.high |= u64::from(code) << (6 * (letters - 10));
        }
        self.letters = letters + 1;
    }

    /// Adds the letters of the run of two-byte characters of U+0600..=U+06FF from byte `p`
    /// of `bytes` on, each read as `codes` says (a [`letter_code`], `ignorable` for a
    /// character skipped inside a word, `end` for one that ends it), the word starting at
    /// byte `start`; returns where the run ends. The key is kept in registers through the
    /// loop: the tokenizer spends most of its time here, on words that are no date.
    #[inline]
    pub(crate) fn push_arabic_run(
        &mut self,
        bytes: &[u8],
        mut p: usize,
        start: usize,
        codes: &[u8; 256],
        (ignorable, end): (u8, u8),
    ) -> usize {
        let (mut low, mut high, mut letters, mut at) = (self.low, self.high, self.letters, self.at);
        while let Some(&[lead @ 0xD8..=0xDB, second]) = bytes.get(p..p + 2) {
            let code = codes
                .get(crate::normalize::arabic_index(lead, second))
                .copied()
                .unwrap_or(end);
            if code == end {
                break;
            }
            if code != ignorable {
                if letters < 10 {
                    low |= u64::from(code) << (6 * letters);
                    if let Some(slot) = letters.checked_sub(1).and_then(|i| at.get_mut(i)) {
                        *slot = p - start;
                    }
                } else if letters < KEY_LETTERS {
                    high |= u64::from(code) << (6 * (letters - 10));
                }
                letters += 1;
            }
            p += 2;
        }
        (self.low, self.high, self.letters, self.at) = (low, high, letters, at);
        p
    }

    /// All the letters, letter `i` in bits `6i..6i+6`.
    #[inline]
    fn key(&self) -> u128 {
        u128::from(self.low) | (u128::from(self.high) << 60)
    }

    /// The code of letter `i` (of the first ten).
    fn code(&self, i: usize) -> u8 {
        (self.low >> (6 * i)) as u8 & 63
    }

    /// The key of the word without its first `n` letters, if it fits the table.
    #[inline]
    fn stem(&self, n: usize) -> Option<u128> {
        let letters = self.letters.checked_sub(n)?;
        (letters > 0 && letters <= LONGEST && self.letters <= KEY_LETTERS)
            .then(|| self.key() >> (6 * n))
    }
}

/// The words, as keys, in an open-addressing hash table built on first use: a lookup
/// hashes the key once and compares whole keys.
struct Table {
    /// `(key, word)`; key 0 marks an empty slot.
    slots: Vec<(u128, Lex)>,
    /// The shift that makes a hash an index.
    shift: u32,
    /// One bit per hash value's top 14 bits, set for the words of the table: most words
    /// of a text are answered here, in 2 KiB that stay in cache.
    filter: [u64; 256],
}

impl Table {
    #[inline]
    fn hash(key: u128) -> u64 {
        (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        (Self::hash(key) >> self.shift) as usize
    }

    /// The filter's word and bit for a key.
    #[inline]
    fn filter_bit(key: u128) -> (usize, u64) {
        let top = Self::hash(key) >> 50;
        ((top >> 6) as usize, 1 << (top & 63))
    }

    #[inline]
    fn get(&self, key: u128) -> Option<Lex> {
        let (word, bit) = Self::filter_bit(key);
        if self.filter.get(word).is_none_or(|&bits| bits & bit == 0) {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.slot(key);
        loop {
            let &(stored, lex) = self.slots.get(slot)?;
            if stored == key {
                return Some(lex);
            }
            if stored == 0 {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut keys: Vec<(u128, Lex)> = Vec::new();
        for &(word, lex) in WORDS {
            let Some(key) = WordKey::of(word).map(|k| k.key()) else {
                continue;
            };
            // The first spelling of a word wins.
            if !keys.iter().any(|&(k, _)| k == key) {
                keys.push((key, lex));
            }
        }
        let bits = (keys.len() * 4).next_power_of_two().trailing_zeros();
        let mut table = Table {
            slots: vec![(0, Lex::Keyword(Keyword::And)); 1 << bits],
            shift: 64 - bits,
            filter: [0; 256],
        };
        let mask = table.slots.len() - 1;
        for (key, lex) in keys {
            let (word, bit) = Table::filter_bit(key);
            if let Some(bits) = table.filter.get_mut(word) {
                *bits |= bit;
            }
            let mut slot = table.slot(key);
            while table.slots.get(slot).is_some_and(|&(k, _)| k != 0) {
                slot = (slot + 1) & mask;
            }
            if let Some(entry) = table.slots.get_mut(slot) {
                *entry = (key, lex);
            }
        }
        table
    })
}

/// Looks a word up exactly (after folding).
#[cfg(test)]
pub(crate) fn lookup(word: &str) -> Option<Lex> {
    table().get(WordKey::of(word)?.stem(0)?)
}

/// Whether `word` folds to `expected` (a word spelled as written).
pub(crate) fn is(word: &str, expected: &str) -> bool {
    folded(word).eq(folded(expected))
}

/// What a word is, read two ways: as a keyword (exactly, or without a glued `و ف ب ل`:
/// `وعام`, `والفاتح`), and as a month or weekday name (also without a glued `و ف ب ل ك`
/// or two of them: `وغشت`, `وبشتنبر`). Each comes with the byte length of the proclitic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) keyword: Option<(Lex, u8)>,
    pub(crate) month: Option<(Lex, u8)>,
}

/// Reads a word whose key the tokenizer gathered; see [`Reading`].
#[inline]
pub(crate) fn classify_key(key: &WordKey) -> Reading {
    let table = table();
    if let Some(lex) = key.stem(0).and_then(|k| table.get(k)) {
        return Reading {
            keyword: Some((lex, 0)),
            month: Some((lex, 0)),
        };
    }
    let mut reading = Reading::default();
    let is_name = |lex: &Lex| matches!(lex, M { .. } | H(_) | W(_));
    let is_clitic = |code: u8| matches!(code, WAW | FA | BA | LAM | KAF);
    for stem in 1..3 {
        if !is_clitic(key.code(stem - 1)) {
            break;
        }
        let letters = key.letters - stem.min(key.letters);
        let Some(lex) = (letters >= 2)
            .then(|| key.stem(stem).and_then(|k| table.get(k)))
            .flatten()
        else {
            continue;
        };
        let clitic = key.at.get(stem - 1).copied().unwrap_or(0);
        let clitic = u8::try_from(clitic).unwrap_or(u8::MAX);
        if stem == 1 && key.code(0) != KAF {
            reading.keyword = Some((lex, clitic));
        }
        // Two letters only for `آب` (`وآب`): `وأب` is "and father".
        let long_enough = letters >= 3 || matches!(lex, M { .. });
        if long_enough && is_name(&lex) {
            reading.month = Some((lex, clitic));
            break;
        }
    }
    // `شهرماي`: a month name glued to `شهر` (a space lost in scraping).
    if reading.month.is_none() && key.letters > 4 && key.code(0) == SHIN && key.code(1) == HA {
        let lex = key.stem(3).and_then(|k| table.get(k));
        if let (Some(lex @ M { .. }), Some(&at)) = (lex, key.at.get(2)) {
            let word_starts_with_month_word = key.code(2) == letter_code('\u{0631}');
            if word_starts_with_month_word {
                reading.month = Some((lex, u8::try_from(at).unwrap_or(u8::MAX)));
            }
        }
    }
    reading
}

/// Reads a word; see [`Reading`].
#[cfg(test)]
pub(crate) fn classify(word: &str) -> Reading {
    WordKey::of(word)
        .map(|key| classify_key(&key))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Keyword as K;
    use Lex::Keyword as Kw;

    #[test]
    fn spellings_fold_together() {
        assert_eq!(lookup("ابريل"), lookup("أبريل"));
        assert_eq!(lookup("جانفى"), lookup("جانفي"));
        assert_eq!(lookup("جويليه"), lookup("جويلية"));
        assert_eq!(lookup("دجنبـر"), lookup("دجنبر"));
        assert_eq!(lookup("يُولْيُوزْ"), lookup("يوليوز"));
        assert!(matches!(lookup("آب"), Some(M { month: 8, .. })));
        assert_eq!(lookup("أب"), None, "father is not August");
        assert_eq!(lookup("تشرین"), lookup("تشرين"), "Farsi yeh");
    }

    #[test]
    fn proclitics_come_off_names_and_keywords() {
        assert!(matches!(
            classify("وغشت").month,
            Some((M { month: 8, .. }, 2))
        ));
        assert!(matches!(
            classify("وبشتنبر").month,
            Some((M { month: 9, .. }, 4))
        ));
        assert_eq!(classify("ومن").month, None, "a keyword is not a month");
        assert_eq!(classify("ومن").keyword, Some((Kw(K::From), 2)));
        assert_eq!(
            classify("والي").keyword,
            Some((Kw(K::To), 2)),
            "وإلى: and to"
        );
        assert_eq!(classify("وكان"), Reading::default());
        assert_eq!(classify("وعام").keyword, Some((Kw(K::Year), 2)));
    }
}
