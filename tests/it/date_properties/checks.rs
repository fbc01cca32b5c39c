//! The checks of what a finder gives on a text (spans, values), and the finders under test.

use std::ops::Range;

use arabic_text::{Date, DateFinder, DateMatch, DateValue, HijriDate};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

// ---------------------------------------------------------------------------------------
// Checks.
// ---------------------------------------------------------------------------------------

pub(super) fn escape(s: &str) -> String {
    s.escape_unicode().to_string()
}

fn check_date(date: &Date, m: &DateMatch, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        date.is_valid(),
        "invalid date {:?} in {:?} for {:?} ({})",
        date,
        m,
        text,
        escape(text)
    );
    Ok(())
}

fn check_hijri(hijri: &HijriDate, m: &DateMatch, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        hijri.month.is_none_or(|mo| (1..=12).contains(&mo))
            && hijri.day.is_none_or(|d| (1..=30).contains(&d)),
        "impossible Hijri date {:?} in {:?} for {:?}",
        hijri,
        m,
        text
    );
    Ok(())
}

/// Every date in a match is possible.
///
/// Written with `if let` rather than an exhaustive `match`, so that it keeps compiling
/// while `DateValue` gains variants (a Hijri range is on its way); `gregorian()` covers
/// every variant.
fn check_value(m: &DateMatch, text: &str) -> Result<(), TestCaseError> {
    if let Some(g) = m.value.gregorian() {
        check_date(&g, m, text)?;
    }
    if let DateValue::Gregorian(d) = &m.value {
        check_date(d, m, text)?;
    }
    if let DateValue::Range(a, b) = &m.value {
        check_date(a, m, text)?;
        check_date(b, m, text)?;
    }
    if let DateValue::Hijri {
        hijri, gregorian, ..
    } = &m.value
    {
        check_hijri(hijri, m, text)?;
        if let Some(g) = gregorian {
            check_date(g, m, text)?;
        }
    }
    Ok(())
}

/// A span is non-empty, inside the text, on character boundaries.
pub(super) fn check_span(span: &Range<usize>, text: &str, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start < span.end && span.end <= text.len(),
        "{}: span {:?} empty or outside text of {} bytes: {}",
        what,
        span,
        text.len(),
        escape(text)
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{}: span {:?} not on char boundaries: {}",
        what,
        span,
        escape(text)
    );
    Ok(())
}

/// The matches of one finder over `text` are sound.
pub(super) fn check_finder(
    finder: &DateFinder,
    text: &str,
    what: &str,
) -> Result<(), TestCaseError> {
    let found: Vec<DateMatch> = finder.find_iter(text).collect();
    let mut last_end = 0;
    for m in &found {
        check_span(&m.span.range(), text, what)?;
        prop_assert!(
            m.span.start >= last_end,
            "{}: span {:?} overlaps or precedes the one ending at {} in {:?} ({})",
            what,
            m.span,
            last_end,
            text,
            escape(text)
        );
        last_end = m.span.end;
        check_value(m, text)?;
    }
    // Fused, and the same on a second run.
    let mut iter = finder.find_iter(text);
    for _ in iter.by_ref() {}
    prop_assert!(iter.next().is_none(), "{what}: not fused");
    let again: Vec<DateMatch> = finder.find_iter(text).collect();
    prop_assert_eq!(&found, &again, "{}: not deterministic", what);

    // `parse` on the whole text: a success is the one match `find_iter` gives.
    match finder.parse(text) {
        Ok(m) => {
            check_span(&m.span.range(), text, what)?;
            check_value(&m, text)?;
            prop_assert_eq!(
                std::slice::from_ref(&m),
                &found[..],
                "{}: parse succeeds on {:?} ({}) but find_iter disagrees",
                what,
                text,
                escape(text)
            );
        }
        Err(e) => {
            prop_assert!(
                e.offset() <= text.len() && text.is_char_boundary(e.offset()),
                "{}: error offset {} off the text {}",
                what,
                e.offset(),
                escape(text)
            );
            let _ = e.to_string();
        }
    }
    // Every display works.
    for m in &found {
        let _ = m.value.to_string();
    }
    Ok(())
}

pub(super) fn finders((y, mo, d): (i32, u8, u8)) -> [(&'static str, DateFinder); 5] {
    // A reference the finder refuses (a day that does not exist, a year outside 1..=9999)
    // leaves the finder without one, as `try_with_reference` reports it.
    let with_reference = |finder: DateFinder| finder.try_with_reference(y, mo, d).unwrap_or(finder);
    [
        ("default", DateFinder::new()),
        ("reference", with_reference(DateFinder::new())),
        ("libyan", DateFinder::new().libyan_names(true)),
        ("no year-only", DateFinder::new().year_only(false)),
        (
            "all options",
            with_reference(DateFinder::new())
                .libyan_names(true)
                .year_only(false),
        ),
    ]
}
