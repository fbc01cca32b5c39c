//! Integration tests for the `date` module: a table of sentences in the style of
//! Maghrebi (Moroccan, Algerian, Tunisian, Mauritanian) and Mashriqi (Egyptian, Gulf,
//! Lebanese, Syrian, Iraqi) news sites, each with every date it must yield; the seed page;
//! and `parse_date` with each error kind.
//!
//! Every sentence was written for this file. Every expected value was derived from
//! issue 3 (the specification), `arabic-months.md` (the month inventory) and the module
//! documentation, not copied from what the code prints:
//!
//! * spans are the exact substring of the date expression, found in text order (the
//!   expected substring is searched from the end of the previous expected span), and
//!   include a leading `يوم`/`يومي`, `شهر`, a weekday, `من`/`بين` of a range, `فاتح`
//!   and an event word, but not a glued proclitic (`و`, `لـ`, `بـ`);
//! * values are written as their ISO 8601 `Display` (`2014-12-17`, `2014-09`, `2014`,
//!   `--12-17`, `2019-07-12/2019-07-15`); a Hijri date displays as its Gregorian
//!   equivalent (`~` when computed with the Umm al-Qura calendar) followed by the Hijri
//!   date in brackets; an unresolved relative expression holds only what the text gives
//!   (`--09` for `شتنبر الماضي`, `?` for `أمس`);
//! * weekdays were computed from the Gregorian calendar (17 December 2014 is a
//!   Wednesday) and Hijri equivalents with the Umm al-Qura calendar, the official Saudi
//!   one (Eid al-Fitr 1436 on Friday 17 July 2015 and Eid al-Adha 1435 on Saturday
//!   4 October 2014, as Saudi Arabia kept them); weeks start on Saturday.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use arabic_text::{
    Date, DateFinder, DateKind, DateMatch, DateValue, Relative, Weekday, find_dates,
};

mod parse_date;
mod review_fixes;
mod seed_page;
mod values_and_options;

// ---------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------

/// One expected date.
#[derive(Clone, Copy, Debug)]
struct Exp {
    /// The exact text the span covers.
    span: &'static str,
    /// `DateValue`'s `Display`.
    value: &'static str,
    kind: DateKind,
    weekday: Option<Weekday>,
    weekday_matches: Option<bool>,
    relative: Option<Relative>,
}

const fn exp(span: &'static str, value: &'static str, kind: DateKind) -> Exp {
    Exp {
        span,
        value,
        kind,
        weekday: None,
        weekday_matches: None,
        relative: None,
    }
}

/// An absolute date.
const fn abs(span: &'static str, value: &'static str) -> Exp {
    exp(span, value, DateKind::Absolute)
}

/// A day or month the text gives without its year, with no reference to take it from:
/// unresolved.
const fn partial(span: &'static str, value: &'static str) -> Exp {
    exp(span, value, DateKind::RelativeUnresolved)
}

/// A named event.
const fn event(span: &'static str, value: &'static str) -> Exp {
    exp(span, value, DateKind::NamedEvent)
}

/// A relative expression resolved against the reference.
const fn resolved(span: &'static str, value: &'static str, relative: Relative) -> Exp {
    Exp {
        relative: Some(relative),
        ..exp(span, value, DateKind::RelativeResolved)
    }
}

/// A relative expression with no reference.
const fn unresolved(span: &'static str, value: &'static str, relative: Relative) -> Exp {
    Exp {
        relative: Some(relative),
        ..exp(span, value, DateKind::RelativeUnresolved)
    }
}

impl Exp {
    /// The weekday the text names, and whether it is the date's.
    const fn on(self, weekday: Weekday, matches: Option<bool>) -> Self {
        Exp {
            weekday: Some(weekday),
            weekday_matches: matches,
            ..self
        }
    }
}

/// The expression kinds of the specification, to count coverage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cat {
    /// Day month year, Moroccan names.
    DmyMoroccan,
    /// Day month year, Algerian/Tunisian names.
    DmyAlgerianTunisian,
    /// Day month year, Mauritanian names.
    DmyMauritanian,
    /// Day month year, standard names (Egypt, Gulf).
    DmyStandard,
    /// Day month year, Levantine/Iraqi names.
    DmyLevantine,
    /// Spelling variants: hamza-less, ى/ي, ة/ه, tatweel, diacritics, invisible marks,
    /// inventory variants.
    Spelling,
    /// Proclitics glued to numbers and names.
    Clitic,
    /// Arabic-Indic, Persian and mixed digits.
    Digits,
    /// Era suffixes (`2014م`, `1436هـ`).
    Era,
    /// Month year.
    MonthYear,
    /// `شهر` + month.
    MonthWord,
    /// Weekday + date.
    Weekday,
    /// `فاتح` / `الفاتح من`.
    FirstOf,
    /// Paired names with slash, dash or parentheses.
    Paired,
    /// Ranges and coordinations.
    Range,
    /// Hijri dates, with or without the Gregorian in parentheses.
    Hijri,
    /// Numeric dates.
    Numeric,
    /// Year-only mentions.
    YearOnly,
    /// Relative expressions with a reference.
    RelativeResolved,
    /// Relative expressions without a reference.
    RelativeUnresolved,
    /// Named events.
    Event,
    /// Sentences that must yield no date, or only the other dates in them.
    Negative,
}

struct Case {
    cat: Cat,
    text: &'static str,
    reference: Option<(i32, u8, u8)>,
    dates: &'static [Exp],
}

const NO_REF: Option<(i32, u8, u8)> = None;
/// The seed page's publication date, a Wednesday.
const SEED: Option<(i32, u8, u8)> = Some((2014, 12, 17));

macro_rules! case {
    ($cat:ident, $text:expr, [$($e:expr),* $(,)?]) => {
        Case { cat: Cat::$cat, text: $text, reference: NO_REF, dates: &[$($e),*] }
    };
    ($cat:ident, ref $reference:expr, $text:expr, [$($e:expr),* $(,)?]) => {
        Case { cat: Cat::$cat, text: $text, reference: $reference, dates: &[$($e),*] }
    };
}

mod table_day_month_year;
mod table_events_and_negatives;
mod table_hijri_numeric_and_years;
mod table_months_weekdays_and_ranges;
mod table_relative;
mod table_spelling_and_digits;

/// The table: its parts, in the order of their sections.
const CASES: &Table = &Table(&[
    table_day_month_year::CASES,
    table_spelling_and_digits::CASES,
    table_months_weekdays_and_ranges::CASES,
    table_hijri_numeric_and_years::CASES,
    table_relative::CASES,
    table_events_and_negatives::CASES,
]);

/// The sentences of the table, kept in one file per group of sections.
struct Table(&'static [&'static [Case]]);

impl Table {
    fn iter(&self) -> <&Self as IntoIterator>::IntoIter {
        self.into_iter()
    }

    fn len(&self) -> usize {
        self.0.iter().map(|part| part.len()).sum()
    }
}

impl IntoIterator for &Table {
    type Item = &'static Case;
    type IntoIter =
        std::iter::Flatten<std::iter::Copied<std::slice::Iter<'static, &'static [Case]>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied().flatten()
    }
}

/// Text with marks and invisible characters made visible.
fn show(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}') {
            let _ = write!(out, "<U+{:04X}>", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

fn describe(text: &str, m: &DateMatch) -> String {
    format!(
        "«{}» {:?} value={} kind={:?} weekday={:?} matches={:?} relative={:?}",
        show(text.get(m.span.range()).unwrap_or("<not a char boundary>")),
        m.span,
        m.value,
        m.kind,
        m.weekday,
        m.weekday_matches,
        m.relative
    )
}

fn finder_for(reference: Option<(i32, u8, u8)>) -> DateFinder {
    match reference {
        Some((y, m, d)) => DateFinder::new()
            .try_with_reference(y, m, d)
            .expect("valid reference"),
        None => DateFinder::new(),
    }
}

/// Checks one case; returns what went wrong.
fn check(case: &Case) -> Vec<String> {
    let text = case.text;
    let found: Vec<DateMatch> = finder_for(case.reference).find_iter(text).collect();
    let mut problems = Vec::new();
    // Where each expected span is: the first occurrence after the previous one.
    let mut cursor = 0;
    let mut spans = Vec::new();
    for e in case.dates {
        let rest = &text[cursor..];
        let at = rest
            .find(e.span)
            .unwrap_or_else(|| panic!("bad table: «{}» not in «{}»", e.span, text));
        let start = cursor + at;
        spans.push(start..start + e.span.len());
        cursor = start + e.span.len();
    }
    if found.len() != case.dates.len() {
        let got: Vec<String> = found.iter().map(|m| describe(text, m)).collect();
        problems.push(format!(
            "{} date(s) expected, {} found: [{}]",
            case.dates.len(),
            found.len(),
            got.join("; ")
        ));
    }
    for (i, (e, m)) in case.dates.iter().zip(&found).enumerate() {
        let mut wrong = Vec::new();
        if m.span != spans[i] {
            wrong.push(format!("span {:?}, expected {:?}", m.span, spans[i]));
        }
        if text.get(m.span.range()) != Some(e.span) {
            wrong.push(format!("text, expected «{}»", show(e.span)));
        }
        let value = m.value.to_string();
        if value != e.value {
            wrong.push(format!("value {value}, expected {}", e.value));
        }
        if m.kind != e.kind {
            wrong.push(format!("kind {:?}, expected {:?}", m.kind, e.kind));
        }
        if m.weekday != e.weekday {
            wrong.push(format!("weekday {:?}, expected {:?}", m.weekday, e.weekday));
        }
        if m.weekday_matches != e.weekday_matches {
            wrong.push(format!(
                "weekday_matches {:?}, expected {:?}",
                m.weekday_matches, e.weekday_matches
            ));
        }
        if m.relative != e.relative {
            wrong.push(format!(
                "relative {:?}, expected {:?}",
                m.relative, e.relative
            ));
        }
        if !wrong.is_empty() {
            problems.push(format!(
                "date {}: {} — got {}",
                i + 1,
                wrong.join(", "),
                describe(text, m)
            ));
        }
    }
    problems
}

#[test]
fn news_sentences() {
    let mut failures = String::new();
    for case in CASES {
        let problems = check(case);
        if !problems.is_empty() {
            let _ = writeln!(failures, "[{:?}] «{}»", case.cat, show(case.text));
            for p in problems {
                let _ = writeln!(failures, "    {p}");
            }
        }
    }
    assert!(failures.is_empty(), "failing sentences:\n{failures}");
}

#[test]
fn the_table_covers_every_expression_kind() {
    let mut sentences: BTreeMap<Cat, usize> = BTreeMap::new();
    let mut dates = 0;
    for case in CASES {
        *sentences.entry(case.cat).or_default() += 1;
        dates += case.dates.len();
    }
    let all = [
        Cat::DmyMoroccan,
        Cat::DmyAlgerianTunisian,
        Cat::DmyMauritanian,
        Cat::DmyStandard,
        Cat::DmyLevantine,
        Cat::Spelling,
        Cat::Clitic,
        Cat::Digits,
        Cat::Era,
        Cat::MonthYear,
        Cat::MonthWord,
        Cat::Weekday,
        Cat::FirstOf,
        Cat::Paired,
        Cat::Range,
        Cat::Hijri,
        Cat::Numeric,
        Cat::YearOnly,
        Cat::RelativeResolved,
        Cat::RelativeUnresolved,
        Cat::Event,
        Cat::Negative,
    ];
    for cat in all {
        assert!(sentences.contains_key(&cat), "no sentence for {cat:?}");
    }
    assert!(CASES.len() >= 150, "only {} sentences", CASES.len());
    println!("{} sentences, {dates} dates", CASES.len());
    for (cat, n) in &sentences {
        println!("  {cat:?}: {n}");
    }
}

/// Each relative expression of the table, run without a reference, is unresolved, and
/// holds no more than the text gives.
#[test]
fn relative_expressions_are_never_guessed_without_a_reference() {
    for case in CASES.iter().filter(|c| c.cat == Cat::RelativeResolved) {
        for m in find_dates(case.text) {
            assert_eq!(
                m.kind,
                DateKind::RelativeUnresolved,
                "«{}» without a reference",
                case.text
            );
            let given = match m.relative {
                Some(Relative::NamedMonth { month, .. }) => Date {
                    month: Some(month),
                    ..Date::default()
                },
                _ => Date::default(),
            };
            assert_eq!(m.value, DateValue::Gregorian(given), "«{}»", case.text);
        }
    }
}
