//! The pipeline: `Cleaner::clean`, `Cleaner::clean_into` and `clean`.
//!
//! Input: the first byte picks the preset and switches (bits 0-1 the normalizer:
//! `clean`, `search`, `lucene`, `camel`; bit 2 deduplication off; bit 3 dates off; bit 4
//! publication search off; bit 5 a publication date given; bits 6-7 the deduper:
//! default, `min_chars(10)`, `min_chars(1)` without within-line repeats, every rule off
//! but repeated runs); the second byte the date finder (bit 0 `bare_months`, bit 1
//! `libyan_names`, bit 2 `year_only` off, bit 3 a reference date on the finder); the rest
//! is the text (lossy UTF-8).
//!
//! Checked:
//! - `clean(text).text == normalizer.normalize(&deduper.dedup(text))` (without the
//!   deduplication: `normalizer.normalize(text)`), and the removals are the deduper's;
//! - the text is borrowed exactly when nothing is removed and the normalizer changes
//!   nothing, and then it is the input;
//! - the date spans are non-empty, inside the input, on char boundaries, in order, not
//!   overlapping, and outside every removal; with no removal they are those of the
//!   finder (with the publication date as its reference, when there is one);
//! - the publication date is a full day; given, it has no span; found, its span is on
//!   char boundaries, outside the removals and one of the dates; without dates, none is
//!   found and no date is reported;
//! - `clean_into`, into a fresh result and into one reused from another page, equals
//!   `clean`; with the default options `arabic_text::clean` equals `Cleaner::new()`'s.

#![no_main]

use std::borrow::Cow;
use std::ops::Range;

use arabic_text::{
    Cleaned, Cleaner, DateFinder, DateMatch, Deduper, Normalizer, PublicationSource, clean,
};
use libfuzzer_sys::fuzz_target;

mod common;
use common::esc;

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn same(a: &Cleaned<'_>, b: &Cleaned<'_>) -> bool {
    a.text.as_ref() == b.text.as_ref()
        && a.removals == b.removals
        && a.dates == b.dates
        && a.published == b.published
}

fuzz_target!(|data: &[u8]| {
    let [options, finder_options, rest @ ..] = data else {
        return;
    };
    let (options, finder_options) = (*options, *finder_options);
    let normalizer = [
        Normalizer::clean(),
        Normalizer::search(),
        Normalizer::lucene(),
        Normalizer::camel(),
    ][usize::from(options & 3)];
    let dedup_on = options & 4 == 0;
    let dates_on = options & 8 == 0;
    let publication_on = options & 16 == 0;
    let given = options & 32 != 0;
    let deduper = [
        Deduper::new(),
        Deduper::new().min_chars(10),
        Deduper::new().min_chars(1).within_line(false),
        Deduper::new()
            .title_echo(false)
            .truncated_copies(false)
            .within_line(false),
    ][usize::from(options >> 6)];
    let mut finder = DateFinder::new()
        .bare_months(finder_options & 1 != 0)
        .libyan_names(finder_options & 2 != 0)
        .year_only(finder_options & 4 == 0);
    if finder_options & 8 != 0 {
        finder = finder.with_reference(2014, 12, 17);
    }
    let mut cleaner = Cleaner::new()
        .normalizer(normalizer)
        .deduper(deduper)
        .dedup(dedup_on)
        .dates(dates_on)
        .find_publication(publication_on)
        .date_finder(finder);
    if given {
        cleaner = cleaner.published_on(2015, 11, 12).unwrap();
    }
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;

    let cleaned = cleaner.clean(text);
    let ctx = || {
        format!(
            "{cleaner:?} on \"{}\"\n  removals {:?}\n  dates {:?}\n  published {:?}",
            esc(text),
            cleaned.removals,
            cleaned.dates,
            cleaned.published
        )
    };

    // The text: the deduplicated text, normalized.
    let removals = if dedup_on {
        deduper.find_repeats(text)
    } else {
        Vec::new()
    };
    assert_eq!(cleaned.removals, removals, "removals: {}", ctx());
    let kept = if dedup_on {
        deduper.dedup(text)
    } else {
        Cow::Borrowed(text)
    };
    let expected = normalizer.normalize(&kept);
    assert!(
        cleaned.text == expected,
        "clean(text).text != normalize(dedup(text)): {}\n  got      \"{}\"\n  expected \"{}\"",
        ctx(),
        esc(&cleaned.text),
        esc(&expected)
    );
    let unchanged = removals.is_empty() && normalizer.is_normalized(text);
    match &cleaned.text {
        Cow::Borrowed(b) => assert!(
            unchanged && b.as_ptr() == text.as_ptr() && b.len() == text.len(),
            "borrowed although changed: {}",
            ctx()
        ),
        Cow::Owned(_) => assert!(!unchanged, "owned although unchanged: {}", ctx()),
    }

    // Dates.
    let mut last_end = 0;
    for m in &cleaned.dates {
        let span = &m.span;
        assert!(
            span.start < span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end),
            "date span {span:?} empty, outside or off char boundaries: {}",
            ctx()
        );
        assert!(
            span.start >= last_end,
            "date spans not in order or overlapping at {span:?}: {}",
            ctx()
        );
        last_end = span.end;
        assert!(
            !removals
                .iter()
                .any(|r| overlaps(&r.removed.range(), &span.range())),
            "date span {span:?} inside a removal: {}",
            ctx()
        );
        let _ = m.value.to_string();
    }
    if !dates_on {
        assert!(cleaned.dates.is_empty(), "dates although off: {}", ctx());
    }
    match &cleaned.published {
        None => assert!(!given, "the given date is lost: {}", ctx()),
        Some(p) => {
            assert!(
                p.date.year.is_some()
                    && p.date.month.is_some()
                    && p.date.day.is_some()
                    && p.date.is_valid(),
                "publication date not a full day: {}",
                ctx()
            );
            match (&p.span, p.source) {
                (None, PublicationSource::Given) => assert!(given),
                (Some(span), PublicationSource::Byline | PublicationSource::DateLine) => {
                    assert!(
                        !given && dates_on && publication_on,
                        "publication found although not looked for: {}",
                        ctx()
                    );
                    assert!(
                        span.start < span.end
                            && span.end <= text.len()
                            && text.is_char_boundary(span.start)
                            && text.is_char_boundary(span.end),
                        "publication span {span:?} off the text: {}",
                        ctx()
                    );
                    assert!(
                        !removals
                            .iter()
                            .any(|r| overlaps(&r.removed.range(), &span.range())),
                        "publication span {span:?} inside a removal: {}",
                        ctx()
                    );
                    assert!(
                        cleaned.dates.iter().any(|m| m.span == *span),
                        "publication span {span:?} is none of the dates: {}",
                        ctx()
                    );
                }
                _ => panic!("publication span and source disagree: {}", ctx()),
            }
        }
    }
    // With nothing removed, the dates are the finder's on the whole text, against the
    // publication date when there is one.
    if dates_on && removals.is_empty() {
        let reference = match &cleaned.published {
            Some(p) => {
                let d = p.date;
                finder.with_reference(d.year.unwrap(), d.month.unwrap(), d.day.unwrap())
            }
            None => finder,
        };
        let expected: Vec<DateMatch> = reference.find_iter(text).collect();
        assert_eq!(
            cleaned.dates,
            expected,
            "dates != the finder's on the whole text: {}",
            ctx()
        );
    }

    // clean_into, fresh and reused.
    let mut fresh = Cleaned::default();
    cleaner.clean_into(text, &mut fresh);
    assert!(
        same(&fresh, &cleaned),
        "clean_into (fresh) != clean: {}\n  clean_into {fresh:?}",
        ctx()
    );
    let mut reused = cleaner
        .clean("نشر في: 17 ديسمبر 2014\nكشـ24\n")
        .into_owned();
    cleaner.clean_into(text, &mut reused);
    assert!(
        same(&reused, &cleaned),
        "clean_into (reused) != clean: {}\n  clean_into {reused:?}",
        ctx()
    );
    if cleaner == Cleaner::new() {
        assert!(
            same(&clean(text), &cleaned),
            "clean != Cleaner::new().clean"
        );
    }
});
