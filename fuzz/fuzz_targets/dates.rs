//! Dates: `find_dates`, a `DateFinder` with options, `parse_date` and `DateFinder::parse`.
//!
//! Input: the first byte picks the finder's options (bit 0 `bare_months`, bit 1
//! `libyan_names`, bit 2 `year_only` off, bits 3..=5 the reference date: none, one of six
//! (extremes included), or the next four bytes as year, month and day); the rest is the
//! text (lossy UTF-8).
//!
//! Checked:
//! - the spans of both finders are non-empty, inside the text, on char boundaries, in
//!   text order and not overlapping; finding twice gives the same matches, and the
//!   iterator stays finished;
//! - every Gregorian date reported (the value, both ends of a range, the equivalent of a
//!   Hijri date) is a possible date (`Date::is_valid`): an impossible day is no date;
//! - `weekday_matches` is `None` when no weekday is named; a relative date is resolved
//!   only with a reference date;
//! - `try_with_reference` accepts exactly the existing days of the years 1..=9999;
//! - `parse_date` and `DateFinder::parse` never panic; on `Ok` the span is non-empty,
//!   inside the text and on char boundaries, on `Err` the offset is inside the text;
//! - the `Display` of every value, date, error and match field does not panic.

#![no_main]

use std::fmt::Write as _;

use arabic_text::{Date, DateFinder, DateKind, DateMatch, DateValue, find_dates, parse_date};
use libfuzzer_sys::fuzz_target;

mod common;
use common::esc;

/// References: a day of the news, a leap day, the first and last days the finder takes,
/// a day that does not exist (ignored), a year before the Libyan cut.
const REFERENCES: [(i32, u8, u8); 6] = [
    (2014, 12, 17),
    (2016, 2, 29),
    (1, 1, 1),
    (9999, 12, 31),
    (2019, 2, 30),
    (1400, 7, 1),
];

fn valid_dates(value: &DateValue) -> Vec<Date> {
    match *value {
        DateValue::Gregorian(d) => vec![d],
        DateValue::Range(a, b) => vec![a, b],
        DateValue::Hijri { gregorian, .. } => gregorian.into_iter().collect(),
        DateValue::HijriRange { gregorian, .. } => {
            gregorian.map(|(a, b)| vec![a, b]).unwrap_or_default()
        }
        // A kind of value added later: nothing to check yet.
        _ => Vec::new(),
    }
}

fn check_match(what: &str, text: &str, m: &DateMatch, has_reference: bool) {
    let span = &m.span;
    assert!(
        span.start < span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what}: span {span:?} empty, outside the text or off char boundaries: {m:?} in \"{}\"",
        esc(text)
    );
    for date in valid_dates(&m.value) {
        assert!(
            date.is_valid(),
            "{what}: impossible date {date:?} reported: {m:?} for \"{}\" in \"{}\"",
            esc(&text[*span]),
            esc(text)
        );
    }
    if m.weekday.is_none() {
        assert!(
            m.weekday_matches.is_none(),
            "{what}: weekday_matches without a weekday: {m:?} in \"{}\"",
            esc(text)
        );
    }
    if m.kind == DateKind::RelativeResolved {
        assert!(
            has_reference,
            "{what}: resolved without a reference date: {m:?} in \"{}\"",
            esc(text)
        );
    }
    // Display never panics.
    let mut sink = String::new();
    let _ = write!(sink, "{} {:?} {:?}", m.value, m.value, m.kind);
    if let Some(date) = m.value.gregorian() {
        let _ = write!(sink, "{date} {:?}", date.weekday());
    }
    let _ = write!(sink, "{:?} {:?}", m.naming, m.relative);
}

fn check_all(what: &str, text: &str, found: &[DateMatch], has_reference: bool) {
    let mut last_end = 0;
    for m in found {
        check_match(what, text, m, has_reference);
        assert!(
            m.span.start >= last_end,
            "{what}: spans not in order or overlapping at {m:?}: {:?} in \"{}\"",
            found.iter().map(|m| m.span).collect::<Vec<_>>(),
            esc(text)
        );
        last_end = m.span.end;
    }
}

fn check_parse(
    what: &str,
    text: &str,
    parsed: Result<DateMatch, arabic_text::ParseDateError>,
    has_reference: bool,
) {
    match parsed {
        Ok(m) => check_match(what, text, &m, has_reference),
        Err(e) => {
            let message = e.to_string();
            assert!(
                e.offset() <= text.len() && !message.is_empty(),
                "{what}: error offset {} outside the text ({message}) for \"{}\"",
                e.offset(),
                esc(text)
            );
            let _ = format!("{e:?} {:?}", e.kind());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&options, mut rest)) = data.split_first() else {
        return;
    };
    let mut finder = DateFinder::new()
        .bare_months(options & 1 != 0)
        .libyan_names(options & 2 != 0)
        .year_only(options & 4 == 0);
    let reference = match (options >> 3) & 7 {
        0 => None,
        k @ 1..=6 => Some(REFERENCES[usize::from(k - 1)]),
        _ => {
            if rest.len() < 4 {
                return;
            }
            let year = i32::from(i16::from_le_bytes([rest[0], rest[1]]));
            let reference = (year, rest[2], rest[3]);
            rest = &rest[4..];
            Some(reference)
        }
    };
    let mut has_reference = false;
    if let Some((year, month, day)) = reference {
        let exists = Date::ymd(year, month, day).is_valid()
            && (1..=12).contains(&month)
            && (1..=9999).contains(&year);
        let tried = finder.try_with_reference(year, month, day);
        assert_eq!(
            tried.is_ok(),
            exists,
            "try_with_reference({year}, {month}, {day}): {tried:?}"
        );
        if let Err(e) = &tried {
            assert!(!e.to_string().is_empty());
        }
        finder = finder.with_reference(year, month, day);
        has_reference = exists;
    }
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;

    let plain: Vec<DateMatch> = find_dates(text).collect();
    check_all("find_dates", text, &plain, false);

    let mut iter = finder.find_iter(text);
    let found: Vec<DateMatch> = iter.by_ref().collect();
    assert!(iter.next().is_none(), "the iterator resumed after None");
    check_all(&format!("{finder:?}"), text, &found, has_reference);
    let again: Vec<DateMatch> = finder.find_iter(text).collect();
    assert_eq!(found, again, "find_iter is not deterministic");

    check_parse("parse_date", text, parse_date(text), false);
    check_parse(
        &format!("{finder:?}.parse"),
        text,
        finder.parse(text),
        has_reference,
    );
    // Each match alone, as a whole text: parsing it never panics.
    for m in found.iter().take(8) {
        let piece = &text[m.span];
        check_parse(
            "parse of a found span",
            piece,
            finder.parse(piece),
            has_reference,
        );
    }
});
