//! Property tests of the pipeline (`clean`, `Cleaner`).
//!
//! Pages are built from lines written for the project (news sentences with Maghrebi,
//! Mashriqi and relative dates, bylines, date lines, short lines), repeated, glued to
//! their copy on one line, decorated with tatweel, harakat, invisible marks, odd spaces,
//! presentation forms and CRLF; arbitrary strings are checked too. For every
//! configuration:
//!
//! - nothing panics, and the result is deterministic;
//! - the text is exactly the configured normalization of the configured deduplication
//!   (the pipeline writes the kept pieces once, so this checks its joins);
//! - it borrows exactly when nothing was removed and normalization changed nothing;
//! - every date span lies on character boundaries, in order, outside every removal, and
//!   reads as the same date when the text is searched on its own;
//! - the dates are exactly those a finder with the publication date as its reference
//!   finds in the kept text (the pipeline finds them once and resolves the relative ones
//!   afterwards);
//! - a publication date found in the page is one of its dates and a whole day; relative
//!   dates are resolved exactly when there is a publication date;
//! - `clean_into` gives what `clean` gives, whatever the buffer held before.

use std::borrow::Cow;

use arabic_text::{
    Cleaned, Cleaner, Date, DateFinder, DateKind, Deduper, Normalizer, PublicationSource,
    Whitespace,
};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

const LINES: &[&str] = &[
    "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج جديد لدعم المقاولات الصغرى في جهة الدار البيضاء سطات.",
    "وأكد المسؤول الجهوي أن هذه المبادرة تندرج ضمن الاستراتيجية الوطنية للتشغيل التي أطلقت في شتنبر الماضي بمراكش.",
    "انطلقت صباح اليوم بمدينة صفاقس فعاليات الدورة الثالثة للمعرض الدولي للكتاب التي تتواصل إلى غاية 5 فيفري المقبل.",
    "قال رئيس الجامعة إن المنتخب سيخوض مباراتين وديتين في شهر جوان 2019 استعدادا لكأس أمم إفريقيا.",
    "دخلت القوات إلى المدينة في 9 نيسان 2003 بحسب الرواية الرسمية التي نشرتها الوكالة الأسبوع الماضي.",
    "Le ministre a rappelé que le programme concerne 4500 jeunes diplômés dans les régions de l'intérieur.",
    "نشر في: 17 ديسمبر 2014",
    "بتاريخ 03 جوان 2018",
    "الأربعاء 18 جانفي 2017 - 10:30",
    "آخر تحديث: 2019/05/03",
    "مراكشـ24",
    "بقلم: محمد بن علي",
    "نعم",
    "",
    "  ",
];

/// A decoration of a line: its words with tatweel, harakat, an invisible mark, an NBSP or
/// a presentation-form lam-alef where they fit.
fn decorate(line: &str, how: u8) -> String {
    match how % 6 {
        0 => line.to_string(),
        1 => line.replacen("ال", "الـ", 2),
        2 => line.replacen("ل", "لَ", 2).replacen('ة', "ةٌ", 1),
        3 => line
            .replacen(' ', "\u{00A0}", 2)
            .replacen(' ', " \u{200F}", 1),
        4 => line.replacen("لا", "\u{FEFB}", 1),
        _ => format!("{line}   "),
    }
}

/// A page: lines from the pool, repeats of earlier stretches, a line glued to its copy,
/// LF or CRLF.
fn page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((select(LINES), any::<u8>()), 1..12),
        prop::collection::vec((any::<u8>(), any::<u8>()), 0..3),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(lines, repeats, glue, crlf, final_break)| {
            let mut out: Vec<String> = lines.iter().map(|(l, how)| decorate(l, *how)).collect();
            for (from, len) in repeats {
                let from = usize::from(from) % out.len();
                let len = (usize::from(len) % 6).min(out.len() - from);
                let copy: Vec<String> = out[from..from + len].to_vec();
                out.extend(copy);
            }
            if glue {
                let last = out.last().cloned().unwrap_or_default();
                out.push(format!("{last} {last}"));
            }
            let eol = if crlf { "\r\n" } else { "\n" };
            let mut text = out.join(eol);
            if final_break {
                text.push_str(eol);
            }
            text
        })
}

/// Arbitrary text: random fragments of the pool and random characters.
fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            select(LINES).prop_map(str::to_string),
            any::<char>().prop_map(String::from),
            select(&["\n", "\r\n", " ", "ـ", "\u{064E}", "2014", "شتنبر", "أمس"][..])
                .prop_map(str::to_string),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

fn cleaners() -> Vec<Cleaner> {
    vec![
        Cleaner::new(),
        Cleaner::new().normalizer(Normalizer::search()),
        Cleaner::new().normalizer(Normalizer::lucene()),
        Cleaner::new().normalizer(Normalizer::camel()),
        Cleaner::new()
            .normalizer(Normalizer::search().whitespace(Whitespace::CollapseAndTrim))
            .deduper(Deduper::new().min_chars(20)),
        Cleaner::new().dedup(false),
        Cleaner::new().published_on(2016, 2, 29).unwrap(),
        Cleaner::new().date_finder(DateFinder::new().with_reference(2015, 12, 17)),
    ]
}

/// The date finder a cleaner was built with.
fn base_finder(index: usize) -> DateFinder {
    match index {
        7 => DateFinder::new().with_reference(2015, 12, 17),
        _ => DateFinder::new(),
    }
}

/// The normalizer and deduper a cleaner was built with, for the reference.
fn steps(index: usize) -> (Normalizer, Option<Deduper>) {
    match index {
        1 => (Normalizer::search(), Some(Deduper::new())),
        2 => (Normalizer::lucene(), Some(Deduper::new())),
        3 => (Normalizer::camel(), Some(Deduper::new())),
        4 => (
            Normalizer::search().whitespace(Whitespace::CollapseAndTrim),
            Some(Deduper::new().min_chars(20)),
        ),
        5 => (Normalizer::clean(), None),
        _ => (Normalizer::clean(), Some(Deduper::new())),
    }
}

fn check(text: &str) -> Result<(), TestCaseError> {
    for (index, cleaner) in cleaners().into_iter().enumerate() {
        let cleaned = cleaner.clean(text);
        prop_assert_eq!(&cleaned, &cleaner.clean(text), "deterministic");

        let (normalizer, deduper) = steps(index);
        let deduplicated = match deduper {
            Some(d) => d.dedup(text),
            None => Cow::Borrowed(text),
        };
        let expected = normalizer.normalize(&deduplicated);
        prop_assert_eq!(
            cleaned.text.as_ref(),
            expected.as_ref(),
            "cleaner {}",
            index
        );
        let unchanged = cleaned.removals.is_empty() && normalizer.is_normalized(text);
        prop_assert_eq!(matches!(cleaned.text, Cow::Borrowed(_)), unchanged);

        // The dates are those a finder with the publication date as its reference finds
        // in the kept text, piece by piece.
        let finder = match cleaned.published.as_ref().map(|p| p.date) {
            Some(Date {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            }) => base_finder(index).with_reference(y, m, d),
            _ => base_finder(index),
        };
        let mut expected_dates = Vec::new();
        let mut at = 0;
        for end in cleaned
            .removals
            .iter()
            .map(|r| (r.removed.start, r.removed.end))
            .chain([(text.len(), text.len())])
        {
            if end.0 > at {
                expected_dates.extend(finder.find_iter(&text[at..end.0]).map(|mut d| {
                    d.span = (d.span.start + at..d.span.end + at).into();
                    d
                }));
            }
            at = end.1;
        }
        prop_assert_eq!(&cleaned.dates, &expected_dates, "cleaner {}", index);

        let mut previous_end = 0;
        for date in &cleaned.dates {
            let span = date.span;
            prop_assert!(span.start >= previous_end && span.start < span.end);
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!(
                cleaned
                    .removals
                    .iter()
                    .all(|r| span.end <= r.removed.start || r.removed.end <= span.start),
                "date {:?} overlaps a removal",
                span
            );
            let resolved = date.kind == DateKind::RelativeResolved;
            let unresolved = date.kind == DateKind::RelativeUnresolved;
            if cleaned.published.is_some() || index == 7 {
                prop_assert!(!unresolved, "{:?} left unresolved", date);
            } else {
                prop_assert!(!resolved, "{:?} resolved with no reference", date);
            }
            // The date expression read on its own gives the same value when absolute.
            if date.kind == DateKind::Absolute {
                let alone = DateFinder::new().find_iter(&text[span]).next();
                prop_assert!(alone.is_some(), "{:?} not found alone", &text[span]);
            }
            previous_end = span.end;
        }
        if let Some(published) = &cleaned.published {
            prop_assert!(published.date.day.is_some() && published.date.month.is_some());
            match published.source {
                PublicationSource::Given => prop_assert!(published.span.is_none()),
                _ => {
                    let span = published.span.unwrap();
                    prop_assert!(cleaned.dates.iter().any(|d| d.span == span));
                }
            }
        }

        let mut out = Cleaned::default();
        cleaner.clean_into("نص سابق مع سطـر\nنص سابق", &mut out);
        cleaner.clean_into(text, &mut out);
        prop_assert_eq!(out.text.as_ref(), cleaned.text.as_ref());
        prop_assert_eq!(&out.removals, &cleaned.removals);
        prop_assert_eq!(&out.dates, &cleaned.dates);
        prop_assert_eq!(&out.published, &cleaned.published);
    }
    Ok(())
}

/// 96 cases, or `PROPTEST_CASES` when set.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(96)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn pages(text in page()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_text(text in noise()) {
        check(&text)?;
    }
}
