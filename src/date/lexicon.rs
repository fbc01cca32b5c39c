//! The words the date finder knows: month names of every region with their variants,
//! weekdays, relative words and the keywords of the expressions, compared after folding.
//!
//! Folding (for comparison only, never for output): diacritics, tatweel and invisible
//! marks are skipped; `أ إ ٱ` → `ا` (`آ` is kept: `آب` August is not `أب` father);
//! `ى ی` → `ي`; `ة` → `ه`; `ک` → `ك`; `ڤ` → `ف`.

use std::sync::OnceLock;
use std::vec;
use std::vec::Vec;

use crate::normalize::{is_diacritic, is_invisible};

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
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

const MA: MonthNaming = MonthNaming::MOROCCAN;
const DZ: MonthNaming = MonthNaming::ALGERIAN_TUNISIAN;
const MR: MonthNaming = MonthNaming::MAURITANIAN;
const STD: MonthNaming = MonthNaming::STANDARD;
const LEV: MonthNaming = MonthNaming::LEVANTINE;
const HIJ: MonthNaming = MonthNaming::HIJRI;
const LY: MonthNaming = MonthNaming::LIBYAN;
const FR: MonthNaming = MonthNaming::FRENCH;
const EN: MonthNaming = MonthNaming::ENGLISH;
// Evaluated at compile time only: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
const fn all(sets: &[MonthNaming]) -> MonthNaming {
    let mut bits = 0;
    let mut i = 0;
    while i < sets.len() {
        bits |= sets[i].0;
        i += 1;
    }
    MonthNaming(bits)
}
/// Names shared by every Gregorian set but the Levantine one.
const GREG: MonthNaming = all(&[MA, DZ, MR, STD]);

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

use Keyword as K;
use Lex::{Keyword as Kw, Month as M, MonthHead as H, Ordinal as O, Weekday as W};

const fn unit(unit: Unit, count: u8) -> Lex {
    Lex::Unit(unit, count)
}

const fn m(month: u8, naming: MonthNaming) -> Lex {
    M {
        month,
        naming,
        ambiguous: false,
    }
}
const fn ambiguous(month: u8, naming: MonthNaming) -> Lex {
    M {
        month,
        naming,
        ambiguous: true,
    }
}

/// Every word, spelled as written (folded when the table is built).
const WORDS: &[(&str, Lex)] = &[
    // Standard (Egypt, Gulf, wire copy), shared with the Maghreb where CLDR inherits.
    ("يناير", m(1, GREG)),
    ("فبراير", m(2, GREG)),
    ("قبراير", m(2, STD)),
    ("مارس", ambiguous(3, all(&[MA, DZ, MR, STD]))),
    ("أبريل", m(4, all(&[MA, MR, STD, DZ]))),
    ("إبريل", m(4, all(&[MR, STD, MA]))),
    ("مايو", m(5, all(&[STD, MR]))),
    ("ماييو", m(5, STD)),
    ("ماي", ambiguous(5, all(&[MA, DZ]))),
    ("يونيو", m(6, all(&[STD, MA, MR]))),
    ("يونيه", m(6, all(&[STD, MA]))),
    ("يونية", m(6, STD)),
    ("يوليو", m(7, all(&[STD, MR, MA]))),
    ("يوليه", m(7, STD)),
    ("يولية", m(7, STD)),
    ("يوليوز", m(7, MA)),
    ("أغسطس", m(8, all(&[STD, MR, MA]))),
    ("أغسطوس", m(8, STD)),
    ("اغصطس", m(8, STD)),
    ("غشت", m(8, MA)),
    ("اغشت", m(8, all(&[MA, MR]))),
    ("أغشت", m(8, MR)),
    ("سبتمبر", m(9, all(&[STD, DZ, MR, MA]))),
    ("سيبتمبر", m(9, STD)),
    ("شتنبر", m(9, MA)),
    ("شتمبر", m(9, all(&[MR, MA]))),
    ("ستنبر", m(9, MA)),
    ("أكتوبر", m(10, GREG)),
    ("إكتوبر", m(10, STD)),
    ("نوفمبر", m(11, all(&[STD, DZ, MR, MA]))),
    ("نفمبر", m(11, STD)),
    ("نونبر", m(11, MA)),
    ("نوفنبر", m(11, MA)),
    ("ديسمبر", m(12, all(&[STD, DZ, MA, MR]))),
    ("دجنبر", m(12, MA)),
    ("دجمبر", m(12, all(&[MA, MR]))),
    // Misspellings that recur in real news (a curated list: no edit-distance matching).
    ("فبرابر", m(2, STD)),
    ("فبرير", m(2, STD)),
    ("ابريل", m(4, STD)),
    ("يونو", m(6, STD)),
    ("يوليوو", m(7, STD)),
    ("أغسطيس", m(8, STD)),
    ("سبتمير", m(9, STD)),
    ("سبتمر", m(9, STD)),
    ("اكتوير", m(10, STD)),
    ("نوفبمر", m(11, STD)),
    ("نوفمير", m(11, STD)),
    ("ديسمير", m(12, STD)),
    ("ديسبمر", m(12, STD)),
    ("دجنب", m(12, MA)),
    ("جانفى", m(1, DZ)),
    ("جوييلية", m(7, DZ)),
    // French and English, in the bylines and datelines of Maghrebi sites (ASCII letters
    // are compared in lower case).
    ("janvier", m(1, FR)),
    ("février", m(2, FR)),
    ("fevrier", m(2, FR)),
    ("mars", ambiguous(3, FR)),
    ("avril", m(4, FR)),
    ("mai", ambiguous(5, FR)),
    ("juin", m(6, FR)),
    ("juillet", m(7, FR)),
    ("août", m(8, FR)),
    ("aout", m(8, FR)),
    ("septembre", m(9, FR)),
    ("octobre", m(10, FR)),
    ("novembre", m(11, FR)),
    ("décembre", m(12, FR)),
    ("decembre", m(12, FR)),
    ("january", m(1, EN)),
    ("february", m(2, EN)),
    ("march", ambiguous(3, EN)),
    ("april", m(4, EN)),
    ("may", ambiguous(5, EN)),
    ("june", m(6, EN)),
    ("july", m(7, EN)),
    ("august", ambiguous(8, EN)),
    ("september", m(9, EN)),
    ("october", m(10, EN)),
    ("november", m(11, EN)),
    ("december", m(12, EN)),
    // Algerian and Tunisian.
    ("جانفي", m(1, DZ)),
    ("فيفري", m(2, DZ)),
    ("أفريل", m(4, DZ)),
    ("آفريل", m(4, DZ)),
    ("جوان", ambiguous(6, DZ)),
    ("جويلية", m(7, DZ)),
    ("جويلة", m(7, DZ)),
    ("أوت", m(8, DZ)),
    ("أوث", m(8, DZ)),
    // Levantine and Iraqi (two-word names start with a head word).
    ("كانون", H(Head::Kanun)),
    ("تشرين", H(Head::Tishrin)),
    ("شباط", m(2, LEV)),
    ("آذار", m(3, LEV)),
    ("اذار", m(3, LEV)),
    ("نيسان", ambiguous(4, LEV)),
    ("أيار", m(5, LEV)),
    ("حزيران", m(6, LEV)),
    ("تموز", ambiguous(7, LEV)),
    ("آب", ambiguous(8, LEV)),
    ("أيلول", m(9, LEV)),
    // Hijri.
    ("محرم", m(1, HIJ)),
    ("المحرم", m(1, HIJ)),
    ("صفر", ambiguous(2, HIJ)),
    ("ربيع", H(Head::Rabi)),
    ("جمادى", H(Head::Jumada)),
    ("رجب", ambiguous(7, HIJ)),
    ("شعبان", ambiguous(8, HIJ)),
    ("رمضان", ambiguous(9, HIJ)),
    ("شوال", m(10, HIJ)),
    ("ذو", Kw(K::Dhu)),
    ("ذي", Kw(K::Dhu)),
    ("ذا", Kw(K::Dhu)),
    // Libyan Jamahiriya names (only with the option on, and never alone).
    ("اينار", ambiguous(1, LY)),
    ("أي", H(Head::Ay)),
    ("النوار", ambiguous(2, LY)),
    ("الربيع", ambiguous(3, LY)),
    ("الطير", ambiguous(4, LY)),
    ("الماء", ambiguous(5, LY)),
    ("الصيف", ambiguous(6, LY)),
    ("ناصر", ambiguous(7, LY)),
    ("هانيبال", ambiguous(8, LY)),
    ("التمور", ambiguous(10, LY)),
    ("الحرث", ambiguous(11, LY)),
    ("الكانون", ambiguous(12, LY)),
    // Weekdays.
    ("الاثنين", W(1)),
    ("الإثنين", W(1)),
    ("اثنين", W(1)),
    ("الأثنين", W(1)),
    ("الثلاثاء", W(2)),
    ("الثلاثا", W(2)),
    ("ثلاثاء", W(2)),
    ("الأربعاء", W(3)),
    ("أربعاء", W(3)),
    ("الخميس", W(4)),
    ("خميس", W(4)),
    ("الجمعة", W(5)),
    ("جمعة", W(5)),
    ("السبت", W(6)),
    ("سبت", W(6)),
    ("الأحد", W(7)),
    ("أحد", W(7)),
    // Keywords.
    ("شهر", Kw(K::Month)),
    ("شهري", Kw(K::Month)),
    ("الشهر", Kw(K::TheMonth)),
    ("السنة", Kw(K::TheYear)),
    ("العام", Kw(K::TheYear)),
    ("سنة", Kw(K::Year)),
    ("عام", Kw(K::Year)),
    ("الماضي", Kw(K::Last)),
    ("الماضية", Kw(K::Last)),
    ("الفائت", Kw(K::Last)),
    ("الماضيين", Kw(K::Last)),
    ("الفارطين", Kw(K::Last)),
    ("المنقضيين", Kw(K::Last)),
    ("المقبلين", Kw(K::Next)),
    ("القادمين", Kw(K::Next)),
    ("الفائتة", Kw(K::Last)),
    ("المنصرم", Kw(K::Last)),
    ("المنصرمة", Kw(K::Last)),
    ("الفارط", Kw(K::Last)),
    ("السابق", Kw(K::Last)),
    ("السابقة", Kw(K::Last)),
    ("الفارطة", Kw(K::Last)),
    ("المنقضي", Kw(K::Last)),
    ("المنقضية", Kw(K::Last)),
    ("المقبل", Kw(K::Next)),
    ("المقبلة", Kw(K::Next)),
    ("القادم", Kw(K::Next)),
    ("القادمة", Kw(K::Next)),
    ("الجاري", Kw(K::Current)),
    ("الجارية", Kw(K::Current)),
    ("الحالي", Kw(K::Current)),
    ("الحالية", Kw(K::Current)),
    ("أمس", Kw(K::Yesterday)),
    ("البارحة", Kw(K::Yesterday)),
    ("الأمس", Kw(K::Yesterday)),
    ("اليوم", Kw(K::Today)),
    ("يومه", Kw(K::Today)),
    ("غدا", Kw(K::Tomorrow)),
    ("أول", Kw(K::FirstOrdinal)),
    ("الأول", Kw(K::FirstOrdinal)),
    ("الأولى", Kw(K::FirstOrdinal)),
    ("بعد", Kw(K::After)),
    ("غد", Kw(K::Morrow)),
    ("الغد", Kw(K::Morrow)),
    ("الليلة", Kw(K::TheNight)),
    ("أو", Kw(K::Or)),
    ("مواليد", Kw(K::Born)),
    ("في", Kw(K::In)),
    ("كل", Kw(K::Every)),
    ("واحد", Kw(K::One)),
    ("واحدة", Kw(K::One)),
    ("بتاريخ", Kw(K::Dated)),
    ("ابتداء", Kw(K::Dated)),
    ("اعتبارا", Kw(K::Dated)),
    ("انطلاقا", Kw(K::Dated)),
    // After a weekday of a report (`أعلنت الوزارة الخميس أن`).
    ("أن", Kw(K::That)),
    ("أنه", Kw(K::That)),
    ("أنها", Kw(K::That)),
    ("أنهم", Kw(K::That)),
    ("إن", Kw(K::That)),
    ("إنه", Kw(K::That)),
    ("عن", Kw(K::That)),
    ("على", Kw(K::That)),
    ("مع", Kw(K::That)),
    // Before a weekday: not a day of the news (`صلاة الجمعة`, `سوق الأحد`).
    ("صلاة", Kw(K::NotWeekday)),
    ("صلاتي", Kw(K::NotWeekday)),
    ("خطبة", Kw(K::NotWeekday)),
    ("سوق", Kw(K::NotWeekday)),
    ("خطب", Kw(K::NotWeekday)),
    // Nouns `العام` follows as "general", not "year": `المدير العام السابق`.
    ("المدير", Kw(K::General)),
    ("الأمين", Kw(K::General)),
    ("النائب", Kw(K::General)),
    ("المدعي", Kw(K::General)),
    ("الكاتب", Kw(K::General)),
    ("المنسق", Kw(K::General)),
    ("المفوض", Kw(K::General)),
    ("المراقب", Kw(K::General)),
    ("الوكيل", Kw(K::General)),
    ("القائد", Kw(K::General)),
    ("المستشار", Kw(K::General)),
    ("الرأي", Kw(K::General)),
    ("الإضراب", Kw(K::General)),
    ("الاتحاد", Kw(K::General)),
    ("المؤتمر", Kw(K::General)),
    ("النظام", Kw(K::General)),
    ("القطاع", Kw(K::General)),
    ("الأمن", Kw(K::General)),
    ("الصالح", Kw(K::General)),
    ("المال", Kw(K::General)),
    ("الشأن", Kw(K::General)),
    ("الادعاء", Kw(K::General)),
    // Words of the future: a weekday alone after them is the next one (`سيعقد المجلس
    // اجتماعه يوم الاثنين`), not the last.
    ("سوف", Kw(K::Future)),
    ("المقرر", Kw(K::Future)),
    ("المنتظر", Kw(K::Future)),
    ("المرتقب", Kw(K::Future)),
    ("يرتقب", Kw(K::Future)),
    ("ينتظر", Kw(K::Future)),
    ("المزمع", Kw(K::Future)),
    ("يعتزم", Kw(K::Future)),
    ("تعتزم", Kw(K::Future)),
    ("سيتم", Kw(K::Future)),
    ("ستتم", Kw(K::Future)),
    ("سيكون", Kw(K::Future)),
    ("ستكون", Kw(K::Future)),
    ("سينطلق", Kw(K::Future)),
    ("ستنطلق", Kw(K::Future)),
    ("سيعقد", Kw(K::Future)),
    ("ستعقد", Kw(K::Future)),
    ("سيتواصل", Kw(K::Future)),
    ("ستتواصل", Kw(K::Future)),
    ("سيقام", Kw(K::Future)),
    ("ستقام", Kw(K::Future)),
    ("ستجرى", Kw(K::Future)),
    ("سيجرى", Kw(K::Future)),
    ("سيجري", Kw(K::Future)),
    ("ستجري", Kw(K::Future)),
    ("سيلتقي", Kw(K::Future)),
    ("ستلتقي", Kw(K::Future)),
    ("سيواجه", Kw(K::Future)),
    ("ستواجه", Kw(K::Future)),
    ("سيخوض", Kw(K::Future)),
    ("ستخوض", Kw(K::Future)),
    ("ستنظم", Kw(K::Future)),
    ("سينظم", Kw(K::Future)),
    ("ستحتضن", Kw(K::Future)),
    ("سيحتضن", Kw(K::Future)),
    ("سيتقدم", Kw(K::Future)),
    ("ستتقدم", Kw(K::Future)),
    ("سيستهل", Kw(K::Future)),
    ("ستستهل", Kw(K::Future)),
    ("سيشارك", Kw(K::Future)),
    ("ستشارك", Kw(K::Future)),
    ("سيحل", Kw(K::Future)),
    ("سيصل", Kw(K::Future)),
    ("ستصل", Kw(K::Future)),
    ("سيزور", Kw(K::Future)),
    ("ستزور", Kw(K::Future)),
    ("سيتحول", Kw(K::Future)),
    ("سيقع", Kw(K::Future)),
    ("ستشهد", Kw(K::Future)),
    ("سيشهد", Kw(K::Future)),
    ("سيلعب", Kw(K::Future)),
    ("ستلعب", Kw(K::Future)),
    ("سيستقبل", Kw(K::Future)),
    ("ستستقبل", Kw(K::Future)),
    ("ستنعقد", Kw(K::Future)),
    ("سينعقد", Kw(K::Future)),
    ("ستفتح", Kw(K::Future)),
    ("سيفتح", Kw(K::Future)),
    ("ستنتهي", Kw(K::Future)),
    ("سينتهي", Kw(K::Future)),
    ("ستبدأ", Kw(K::Future)),
    ("سيبدأ", Kw(K::Future)),
    ("سيعلن", Kw(K::Future)),
    ("ستعلن", Kw(K::Future)),
    ("سيتولى", Kw(K::Future)),
    ("سيدخل", Kw(K::Future)),
    ("ستدخل", Kw(K::Future)),
    ("سيرأس", Kw(K::Future)),
    ("الأسبوع", Kw(K::Week)),
    ("من", Kw(K::From)),
    ("إلى", Kw(K::To)),
    ("حتى", Kw(K::To)),
    ("لغاية", Kw(K::To)),
    ("ل", Kw(K::To)),
    ("غاية", Kw(K::To)),
    ("بين", Kw(K::Between)),
    ("و", Kw(K::And)),
    ("يوم", Kw(K::Day)),
    ("نهار", Kw(K::DayPart)),
    ("يومي", Kw(K::Day)),
    ("فاتح", Kw(K::FirstOfMonth)),
    ("غرة", Kw(K::FirstOfMonth)),
    ("الفاتح", Kw(K::FirstOfMonth)),
    ("حركة", Kw(K::Event)),
    ("ثورة", Kw(K::Event)),
    ("انتفاضة", Kw(K::Event)),
    ("قوى", Kw(K::Event)),
    ("أحداث", Kw(K::Event)),
    ("تفجيرات", Kw(K::Event)),
    ("هجمات", Kw(K::Event)),
    ("حراك", Kw(K::Event)),
    ("حادثة", Kw(K::Event)),
    ("مجموعة", Kw(K::Event)),
    // Events named with their year (`يورو 2016`, `كأس إفريقيا 2017`).
    ("يورو", Kw(K::Competition)),
    ("اليورو", Kw(K::Competition)),
    ("كأس", Kw(K::Competition)),
    ("أمم", Kw(K::Competition)),
    ("مهرجان", Kw(K::Competition)),
    ("مونديال", Kw(K::Competition)),
    ("أولمبياد", Kw(K::Competition)),
    ("ألعاب", Kw(K::Competition)),
    ("الألعاب", Kw(K::Competition)),
    ("بطولة", Kw(K::Competition)),
    ("معرض", Kw(K::Competition)),
    ("مظاهرات", Kw(K::Event)),
    ("حرب", Kw(K::Event)),
    ("معركة", Kw(K::Event)),
    ("مجزرة", Kw(K::Event)),
    ("انقلاب", Kw(K::Event)),
    // A date in the name of a place is no date (`شارع 14 جانفي`, `ملعب 15 أكتوبر`).
    ("شارع", Kw(K::Place)),
    ("نهج", Kw(K::Place)),
    ("ساحة", Kw(K::Place)),
    ("ملعب", Kw(K::Place)),
    ("حي", Kw(K::Place)),
    ("مدرسة", Kw(K::Place)),
    ("معهد", Kw(K::Place)),
    ("مستشفى", Kw(K::Place)),
    ("جسر", Kw(K::Place)),
    ("مطار", Kw(K::Place)),
    ("قاعة", Kw(K::Place)),
    ("رقم", Kw(K::Number)),
    ("عدد", Kw(K::Number)),
    ("القانون", Kw(K::LawWord)),
    ("قانون", Kw(K::LawWord)),
    ("الظهير", Kw(K::LawWord)),
    ("ظهير", Kw(K::LawWord)),
    ("المرسوم", Kw(K::LawWord)),
    ("مرسوم", Kw(K::LawWord)),
    ("القرار", Kw(K::LawWord)),
    ("تيريزا", Kw(K::ThereseMay)),
    ("تريزا", Kw(K::ThereseMay)),
    ("تيريزة", Kw(K::ThereseMay)),
    ("سيارة", Kw(K::Car)),
    ("سيارات", Kw(K::Car)),
    ("شركة", Kw(K::Car)),
    ("إيض", Kw(K::Amazigh)),
    ("احتفالات", Kw(K::Amazigh)),
    ("رأس", Kw(K::Amazigh)),
    ("م", Kw(K::Gregorian)),
    ("ميلادي", Kw(K::Gregorian)),
    ("ميلادية", Kw(K::Gregorian)),
    ("للميلاد", Kw(K::Gregorian)),
    ("ه", Kw(K::HijriEra)),
    ("هجري", Kw(K::HijriEra)),
    ("هجرية", Kw(K::HijriEra)),
    ("للهجرة", Kw(K::HijriEra)),
    ("الثاني", Kw(K::SecondOrdinal)),
    ("ثاني", Kw(K::SecondOrdinal)),
    ("الثانية", Kw(K::SecondOrdinal)),
    ("الآخر", Kw(K::LastOrdinal)),
    ("الاخر", Kw(K::LastOrdinal)),
    ("الآخرة", Kw(K::LastOrdinal)),
    ("الاخرة", Kw(K::LastOrdinal)),
    // Ordinal days (`الأول`, `الثاني` are keywords above).
    ("الثالث", O(3)),
    ("الثالثة", O(3)),
    ("الرابع", O(4)),
    ("الرابعة", O(4)),
    ("الخامس", O(5)),
    ("الخامسة", O(5)),
    ("السادس", O(6)),
    ("السادسة", O(6)),
    ("السابع", O(7)),
    ("السابعة", O(7)),
    ("الثامن", O(8)),
    ("الثامنة", O(8)),
    ("التاسع", O(9)),
    ("التاسعة", O(9)),
    ("العاشر", O(10)),
    ("العاشرة", O(10)),
    ("الحادي", O(1)),
    ("الحادية", O(1)),
    ("العشرين", O(20)),
    ("العشرون", O(20)),
    ("الثلاثين", O(30)),
    ("الثلاثون", O(30)),
    ("عشر", Kw(K::Teen)),
    ("عشرة", Kw(K::Teen)),
    // Counts of time.
    ("أيام", unit(Unit::Day, 0)),
    ("يوما", unit(Unit::Day, 0)),
    ("يومين", unit(Unit::Day, 2)),
    ("يومان", unit(Unit::Day, 2)),
    ("أسبوع", unit(Unit::Week, 1)),
    ("أسبوعا", unit(Unit::Week, 0)),
    ("أسبوعين", unit(Unit::Week, 2)),
    ("أسابيع", unit(Unit::Week, 0)),
    ("شهرا", unit(Unit::Month, 0)),
    ("شهرين", unit(Unit::Month, 2)),
    ("أشهر", unit(Unit::Month, 0)),
    ("شهور", unit(Unit::Month, 0)),
    ("سنتين", unit(Unit::Year, 2)),
    ("سنوات", unit(Unit::Year, 0)),
    ("عامين", unit(Unit::Year, 2)),
    ("أعوام", unit(Unit::Year, 0)),
    ("عاما", unit(Unit::Year, 0)),
    ("منذ", Kw(K::Since)),
    ("قبل", Kw(K::Before)),
    ("هذا", Kw(K::This)),
    ("هذه", Kw(K::This)),
    ("نفس", Kw(K::Same)),
    ("ذاته", Kw(K::Itself)),
    ("ذاتها", Kw(K::Itself)),
    ("نفسه", Kw(K::Itself)),
    ("نفسها", Kw(K::Itself)),
    ("عينه", Kw(K::Itself)),
    ("منه", Kw(K::OfIt)),
    ("منها", Kw(K::OfIt)),
    ("خلال", Kw(K::During)),
    ("طيلة", Kw(K::During)),
    ("الموافق", Kw(K::Corresponding)),
    ("الموافقة", Kw(K::Corresponding)),
    ("يوافق", Kw(K::Corresponding)),
    ("توافق", Kw(K::Corresponding)),
    ("ليلة", Kw(K::DayPart)),
    ("صباح", Kw(K::DayPart)),
    ("مساء", Kw(K::DayPart)),
    ("عشية", Kw(K::DayPart)),
    ("ظهر", Kw(K::DayPart)),
    ("فجر", Kw(K::DayPart)),
    ("ظهيرة", Kw(K::DayPart)),
    ("موسم", Kw(K::Season)),
    // Before `اليوم`: a name (`رأي اليوم`, `المصري اليوم`), "that day", "end of the day",
    // "nowadays" (`وهو اليوم رئيس`, `العمر اليوم`).
    ("رأي", Kw(K::NotToday)),
    ("أخبار", Kw(K::NotToday)),
    ("عين", Kw(K::NotToday)),
    ("ذلك", Kw(K::NotToday)),
    ("تلك", Kw(K::NotToday)),
    ("نهاية", Kw(K::PartOf)),
    ("بداية", Kw(K::PartOf)),
    ("منتصف", Kw(K::PartOf)),
    ("مطلع", Kw(K::PartOf)),
    ("أواخر", Kw(K::PartOf)),
    ("أوائل", Kw(K::PartOf)),
    ("أواسط", Kw(K::PartOf)),
    ("موفى", Kw(K::PartOf)),
    ("مستهل", Kw(K::PartOf)),
    ("المصري", Kw(K::NotToday)),
    ("آخر", Kw(K::NotToday)),
    ("طوال", Kw(K::NotToday)),
    ("العمر", Kw(K::NotToday)),
    ("هو", Kw(K::NotToday)),
    ("هي", Kw(K::NotToday)),
    ("هم", Kw(K::NotToday)),
    ("أصبح", Kw(K::NotToday)),
    ("أصبحت", Kw(K::NotToday)),
    ("بات", Kw(K::NotToday)),
    ("باتت", Kw(K::NotToday)),
    ("حد", Kw(K::NotToday)),
];

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
        '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Some('\u{0627}'),
        '\u{0649}' | '\u{06CC}' => Some('\u{064A}'),
        '\u{0629}' => Some('\u{0647}'),
        '\u{06A9}' => Some('\u{0643}'),
        '\u{06A4}' => Some('\u{0641}'),
        '\u{0640}' => None,
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        _ if is_diacritic(c) || is_invisible(c) => None,
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
