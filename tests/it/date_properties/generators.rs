//! The generators: news-like text, and date expressions built from templates in filler words.

use proptest::prelude::*;
use proptest::sample::select;

use super::vocabulary::{
    ASCII, GREGORIAN_MONTHS, HIJRI_MONTHS, INVISIBLES, KEYWORDS, LIBYAN_MONTHS, MARKS, NEWS_WORDS,
    ODD_MONTHS, SEPARATORS, SPACES, WEEKDAYS,
};

// ---------------------------------------------------------------------------------------
// Generators.
// ---------------------------------------------------------------------------------------

/// The digits of `n` in a script: 0 ASCII, 1 Arabic-Indic, 2 extended (Persian), 3 mixed.
fn digits(n: u32, script: u8, width: usize) -> String {
    let ascii = format!("{n:0width$}");
    ascii
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let d = c as u32 - '0' as u32;
            let script = if script == 3 { (i % 3) as u8 } else { script };
            match script {
                1 => char::from_u32(0x0660 + d).unwrap_or(c),
                2 => char::from_u32(0x06F0 + d).unwrap_or(c),
                _ => c,
            }
        })
        .collect()
}

fn script() -> impl Strategy<Value = u8> {
    prop_oneof![5 => Just(0u8), 3 => Just(1u8), 1 => Just(2u8), 1 => Just(3u8)]
}

/// A number as news text writes it: a day, a month, a year, a count, a long run.
fn number() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        4 => 0u32..=40,
        4 => 1000u32..=2200,
        2 => 1350u32..=1500,
        1 => 2900u32..=3000,
        1 => 0u32..=99_999,
        1 => any::<u32>(),
    ];
    let suffix = select(&["", "", "", "", "م", "هـ", " هـ", "م.", "%"][..]);
    (value, script(), 0usize..=3, suffix).prop_map(|(n, s, width, suffix)| {
        let mut out = digits(n, s, width);
        out.push_str(suffix);
        out
    })
}

/// One fragment of the news alphabet.
fn fragment() -> impl Strategy<Value = String> {
    let month = prop_oneof![
        4 => select(GREGORIAN_MONTHS).prop_map(|(m, _)| m.to_string()),
        2 => select(HIJRI_MONTHS).prop_map(|(m, _)| m.to_string()),
        1 => select(LIBYAN_MONTHS).prop_map(str::to_string),
        2 => select(ODD_MONTHS).prop_map(str::to_string),
    ];
    prop_oneof![
        6 => select(NEWS_WORDS).prop_map(str::to_string),
        8 => month,
        8 => number(),
        4 => select(SEPARATORS).prop_map(str::to_string),
        6 => select(KEYWORDS).prop_map(str::to_string),
        2 => select(WEEKDAYS).prop_map(str::to_string),
        2 => select(MARKS).prop_map(str::to_string),
        2 => select(INVISIBLES).prop_map(str::to_string),
        14 => select(SPACES).prop_map(str::to_string),
        1 => select(ASCII).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Text of up to `max` fragments.
pub(super) fn news_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..max).prop_map(|parts| parts.concat())
}

/// Whether reference years go to the ends of `i32` (they once overflowed; see
/// `date_bug_relative_dates_overflow_at_extreme_reference_years`, now a regression test:
/// references outside the years 1 to 9999 are refused).
const EXTREME_REFERENCE_YEARS: bool = true;

/// The largest reference year the generator gives when extreme years are off.
const SAFE_REFERENCE_YEAR: i32 = 100_000_000;

/// A reference date: mostly plausible, sometimes impossible or extreme.
pub(super) fn reference() -> impl Strategy<Value = (i32, u8, u8)> {
    let (low, high) = if EXTREME_REFERENCE_YEARS {
        (i32::MIN, i32::MAX)
    } else {
        (-SAFE_REFERENCE_YEAR, SAFE_REFERENCE_YEAR)
    };
    prop_oneof![
        16 => (1900i32..=2100, 1u8..=12, 1u8..=31),
        1 => (low..=high, any::<u8>(), any::<u8>()),
        1 => (-100_000i32..=100_000, 0u8..=13, 0u8..=32),
        // Representable days at the ends of the year range.
        2 => (
            prop_oneof![Just(low), Just(high), low..=high],
            1u8..=12,
            1u8..=28
        ),
    ]
}

/// Neutral filler: no keyword, no number, no word starting with `ال`. (`في` and `خلال`
/// are keywords: `في اليوم` is "per day", no date, as the grammar means it.)
const FILLERS: &[&str] = &[
    "أعلنت",
    "وزارة",
    "بلاغ",
    "لها",
    "أن",
    "مجلس",
    "صادق",
    "على",
    "مشروع",
    "وأكد",
    "مسؤول",
    "ندوة",
    "صحفية",
    "بمدينة",
    "طنجة",
    "تونس",
    "Rabat",
    "MAP",
    "،",
    ".",
    "\n",
];

fn day() -> impl Strategy<Value = String> {
    (1u32..=28, script(), prop::bool::weighted(0.2))
        .prop_map(|(d, s, pad)| digits(d, s, if pad { 2 } else { 1 }))
}

fn year() -> impl Strategy<Value = String> {
    (1990u32..=2030, script()).prop_map(|(y, s)| digits(y, s, 4))
}

fn hijri_year() -> impl Strategy<Value = String> {
    (1400u32..=1450, script()).prop_map(|(y, s)| digits(y, s, 4))
}

fn greg() -> impl Strategy<Value = (&'static str, u8)> {
    select(GREGORIAN_MONTHS)
}

/// A Gregorian month name of at least three letters, to glue a `و` to.
fn greg_gluable() -> impl Strategy<Value = (&'static str, u8)> {
    greg().prop_filter("three letters", |(m, _)| {
        !m.contains(' ') && m.chars().count() >= 3
    })
}

fn relative_word() -> impl Strategy<Value = &'static str> {
    select(&["الماضي", "المقبل", "الجاري", "المنصرم", "القادم", "الفائت"][..])
}

/// One date expression, as plain text.
fn template() -> impl Strategy<Value = String> {
    prop_oneof![
        // <day> <month> <year>
        (day(), greg(), year()).prop_map(|(d, (m, _), y)| format!("{d} {m} {y}")),
        // <month> <year>, with an era suffix now and then
        (greg(), year(), select(&["", "", "م", " م", " ميلادية"][..]))
            .prop_map(|((m, _), y, era)| format!("{m} {y}{era}")),
        // شهر <month> <year>, شهر <month>
        (greg(), year()).prop_map(|((m, _), y)| format!("شهر {m} {y}")),
        greg().prop_map(|(m, _)| format!("شهر {m}")),
        // <month> الماضي
        (greg(), relative_word()).prop_map(|((m, _), r)| format!("{m} {r}")),
        (greg(), relative_word()).prop_map(|((m, _), r)| format!("شهر {m} {r}")),
        // من <d1> إلى <d2> <month> <year>
        (
            1u32..=14,
            15u32..=28,
            script(),
            greg(),
            year(),
            select(&["إلى", "حتى", "لغاية"][..])
        )
            .prop_map(|(a, b, s, (m, _), y, to)| {
                format!("من {} {to} {} {m} {y}", digits(a, s, 1), digits(b, s, 1))
            }),
        // يومي <d1> و<d2> <month> <year>
        (1u32..=14, 15u32..=28, script(), greg(), year()).prop_map(|(a, b, s, (m, _), y)| {
            format!("يومي {} و{} {m} {y}", digits(a, s, 1), digits(b, s, 1))
        }),
        // بين <d1> <month1> و<d2> <month2> <year>
        (day(), day(), greg(), greg(), year()).prop_filter_map(
            "months in order",
            |(a, b, (m1, n1), (m2, n2), y)| {
                (n1 < n2).then(|| format!("بين {a} {m1} و{b} {m2} {y}"))
            }
        ),
        // <weekday> <day> <month> <year>
        (select(WEEKDAYS), day(), greg(), year())
            .prop_map(|(w, d, (m, _), y)| format!("{w} {d} {m} {y}")),
        (select(WEEKDAYS), day(), greg(), year())
            .prop_map(|(w, d, (m, _), y)| format!("يوم {w} {d} {m} {y}")),
        // فاتح <month>, الفاتح من <month> <year>
        greg().prop_map(|(m, _)| format!("فاتح {m}")),
        (greg(), year()).prop_map(|((m, _), y)| format!("الفاتح من {m} {y}")),
        // Paired names.
        (
            select(
                &[
                    ("كانون الأول", "ديسمبر"),
                    ("ديسمبر", "دجنبر"),
                    ("آب", "أغسطس"),
                    ("شباط", "فبراير"),
                    ("أيلول", "سبتمبر"),
                    ("تشرين الثاني", "نوفمبر"),
                    ("حزيران", "يونيو"),
                ][..]
            ),
            select(&["/", "-", " / "][..]),
            year(),
        )
            .prop_map(|((a, b), sep, y)| format!("{a}{sep}{b} {y}")),
        (
            select(&[("آب", "أغسطس"), ("كانون الثاني", "يناير")][..]),
            day(),
            year()
        )
            .prop_map(|((a, b), d, y)| format!("{d} {a} ({b}) {y}")),
        // Hijri, with the Gregorian equivalent or an era marker.
        (day(), select(HIJRI_MONTHS), hijri_year())
            .prop_map(|(d, (m, _), y)| format!("{d} {m} {y}")),
        (
            day(),
            select(HIJRI_MONTHS),
            hijri_year(),
            day(),
            greg(),
            year()
        )
            .prop_map(|(d, (m, _), hy, gd, (gm, _), gy)| format!(
                "{d} من {m} {hy} ({gd} {gm} {gy})"
            )),
        (
            select(HIJRI_MONTHS),
            hijri_year(),
            select(&["هـ", " هـ", " هجرية", "ه"][..])
        )
            .prop_map(|((m, _), y, era)| format!("{m} {y}{era}")),
        select(HIJRI_MONTHS).prop_map(|(m, _)| format!("شهر {m}")),
        // Numeric dates.
        (
            day(),
            1u32..=12,
            year(),
            select(&["/", "-", "."][..]),
            script()
        )
            .prop_map(|(d, m, y, sep, s)| format!("{d}{sep}{}{sep}{y}", digits(m, s, 2))),
        (year(), 1u32..=12, day(), script())
            .prop_map(|(y, m, d, s)| format!("{y}-{}-{d}", digits(m, s, 2))),
        // Year only.
        (select(&["سنة", "عام", "وعام", "خلال سنة"][..]), year())
            .prop_map(|(w, y)| format!("{w} {y}")),
        (hijri_year(), select(&["هـ", " هـ"][..])).prop_map(|(y, era)| format!("سنة {y}{era}")),
        // Relative expressions.
        select(
            &[
                "أمس",
                "يوم أمس",
                "أول أمس",
                "أمس الأول",
                "اليوم",
                "غدا",
                "بعد غد",
                "الأسبوع الماضي",
                "الأسبوع المقبل",
                "الشهر المقبل",
                "الشهر الماضي",
                "السنة الماضية",
                "العام المقبل",
                "يوم أمس الاثنين",
                "أمس الأربعاء",
            ][..]
        )
        .prop_map(str::to_string),
        // Proclitics.
        (
            select(&["و", "لـ", "بـ", "ل", "ب"][..]),
            day(),
            greg(),
            year()
        )
            .prop_map(|(p, d, (m, _), y)| format!("{p}{d} {m} {y}")),
        (greg_gluable(), year()).prop_map(|((m, _), y)| format!("و{m} {y}")),
        (greg(), greg_gluable(), year())
            .prop_filter_map("different months", |((m1, n1), (m2, n2), y)| (n1 != n2)
                .then(|| format!("{m1} و{m2} {y}"))),
        // Named events.
        (select(&["حركة", "ثورة", "انتفاضة"][..]), day(), greg())
            .prop_map(|(e, d, (m, _))| format!("{e} {d} {m}")),
    ]
}

/// Filler words, joined by spaces.
fn filler(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(select(FILLERS), 0..=max).prop_map(|w| w.join(" "))
}

/// A sentence: one to three date expressions with filler around and between them.
pub(super) fn sentence() -> impl Strategy<Value = String> {
    (
        filler(3),
        prop::collection::vec((template(), filler(3)), 1..=3),
    )
        .prop_map(|(head, parts)| {
            let mut out = head;
            for (i, (date, tail)) in parts.into_iter().enumerate() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&date);
                // Filler between expressions, so they stay apart.
                let tail = if tail.is_empty() && i < 2 {
                    "وأكد".to_string()
                } else {
                    tail
                };
                if !tail.is_empty() {
                    out.push(' ');
                    out.push_str(&tail);
                }
            }
            out
        })
}

/// Words of news prose that are no digit and no word of the date lexicon (no month,
/// weekday, relative or structural word).
pub(super) const PLAIN_WORDS: &[&str] = &[
    "أعلنت",
    "وزارة",
    "بلاغ",
    "لها",
    "مجلس",
    "صادق",
    "مشروع",
    "وأكد",
    "مسؤول",
    "ندوة",
    "صحفية",
    "بمدينة",
    "طنجة",
    "الحكومة",
    "الرئيس",
    "البرلمان",
    "المواطنين",
    "قرار",
    "جديد",
    "الوطنية",
    "الجهة",
    "المدرسة",
    "الطريق",
    "الأمن",
    "Rabat",
    "MAP",
    "،",
    ".",
    "\n",
    "ممارسة",
    "الماء",
];
