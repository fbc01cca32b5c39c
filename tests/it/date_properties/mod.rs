//! Property tests of the date finder: it never panics, its spans are sound, its values
//! are valid, and decorating a text (tatweel inside words, harakat after letters,
//! invisible marks between tokens) changes neither what it finds nor, decorations
//! aside, where.
//!
//! Two generators:
//!
//! - [`news_text`]: fragments of an Arabic-news-heavy alphabet glued together (words,
//!   month names of every region, digits in three scripts, separators, keywords,
//!   weekdays, tatweel, harakat, invisible marks, white space, ASCII and, now and then,
//!   any character), for the no-panic and soundness properties;
//! - [`sentence`]: date expressions built from templates (`<day> <month> <year>`,
//!   `شهر <month> <year>`, `<month> الماضي`, `من <d1> إلى <d2> <month> <year>`, …)
//!   embedded in neutral filler words, for the decoration property.
//!
//! The tests in `deterministic.rs` are deterministic: every code point of the Arabic
//! blocks alone and together, and long inputs. `PROPTEST_CASES=n` runs more cases than
//! the defaults.

use arabic_text::{DateFinder, DateKind, DateMatch, find_dates, parse_date};
use proptest::prelude::*;
use proptest::sample::select;
use unicode_normalization::UnicodeNormalization;

use crate::common::presentation::in_presentation_forms;
use checks::{check_finder, check_span, finders};
use decorations::{decoration_invariant, no_orphan_marks};
use deterministic::all_finders;
use generators::{PLAIN_WORDS, news_text, reference, sentence};
use vocabulary::is_decoration;

mod checks;
mod decorations;
mod deterministic;
mod found_bugs;
mod generators;
mod vocabulary;

// ---------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------

/// `cases` cases, or `PROPTEST_CASES` when set; failures saved in `date_properties.txt`.
fn runner_config(cases: u32) -> ProptestConfig {
    crate::common::runner_config(cases, "date_properties.txt")
}

const REFERENCE: (i32, u8, u8) = (2014, 12, 17);

proptest! {
    #![proptest_config(runner_config(384))]

    /// Nothing panics; spans are sound; values are valid; `parse` agrees with `find_iter`.
    #[test]
    fn prop_news_text_is_sound(text in news_text(40), r in reference()) {
        for (what, finder) in finders(r) {
            check_finder(&finder, &text, what)?;
        }
        let _ = find_dates(&text).count();
        let _ = parse_date(&text);
    }

    /// The same on template sentences, which hold many more dates.
    #[test]
    fn prop_sentences_are_sound(text in sentence(), r in reference()) {
        for (what, finder) in finders(r) {
            check_finder(&finder, &text, what)?;
        }
    }

    /// Each date found, cut out of the text, parses alone to the same date; but for the
    /// earlier dates of a coordination (`يومي 7 و8 دجنبر`), which take their month and
    /// year from the last, and for inferred ones.
    #[test]
    fn prop_found_spans_parse_alone(text in sentence()) {
        let finder = DateFinder::new().with_reference(REFERENCE.0, REFERENCE.1, REFERENCE.2);
        let found: Vec<_> = finder.find_iter(&text).collect();
        for (i, m) in found.iter().enumerate() {
            let coordinated = found.get(i + 1).is_some_and(|next| {
                let between = text[m.span.end..next.span.start].trim();
                between == "\u{0648}" || between.is_empty()
            });
            // An inferred value depends on the sentence around it: the date before it
            // (`يوم 12 منه`) or its tense (`المقبل` earlier makes a yearless date the next).
            if coordinated || m.kind == DateKind::Inferred {
                continue;
            }
            let alone = &text[m.span];
            let parsed = finder.parse(alone);
            prop_assert!(
                parsed.as_ref().is_ok_and(|p| (p.value, p.kind) == (m.value, m.kind)),
                "{:?} found in {:?} as {:?}, but alone parses as {:?}",
                alone,
                text,
                m,
                parsed
            );
        }
    }

    /// Tatweel, harakat and invisible marks change neither the dates nor their spans.
    #[test]
    fn prop_decorations_change_nothing(
        text in sentence(),
        choices in prop::collection::vec(any::<u8>(), 1..200),
    ) {
        let with_reference =
            DateFinder::new().with_reference(REFERENCE.0, REFERENCE.1, REFERENCE.2);
        decoration_invariant(&with_reference, "reference", &text, &choices, true)?;
        decoration_invariant(&DateFinder::new(), "default", &text, &choices, false)?;
        decoration_invariant(
            &DateFinder::new().libyan_names(true).year_only(false),
            "libyan, no year-only",
            &text,
            &choices,
            false,
        )?;
    }

    /// Decorations on the alphabet's text too (no date required).
    #[test]
    fn prop_decorations_change_nothing_in_news_text(
        text in news_text(30),
        choices in prop::collection::vec(any::<u8>(), 1..200),
    ) {
        // Stray marks and invisibles of the alphabet would sit next to the decorations
        // and count as text; take them out first.
        let text: String = text
            .chars()
            .filter(|&c| !is_decoration(c))
            .collect();
        let finder = DateFinder::new().with_reference(REFERENCE.0, REFERENCE.1, REFERENCE.2);
        decoration_invariant(&finder, "reference", &text, &choices, false)?;
    }

    /// A text in presentation forms (as PDF extraction gives it) has the dates of the
    /// same text in plain letters, with spans over the forms as written.
    #[test]
    fn prop_presentation_forms_change_no_date(text in sentence()) {
        let finder = DateFinder::new().with_reference(REFERENCE.0, REFERENCE.1, REFERENCE.2);
        let presented = in_presentation_forms(&text);
        let plain: Vec<DateMatch> = finder.find_iter(&text).collect();
        let found: Vec<DateMatch> = finder.find_iter(&presented).collect();
        prop_assert_eq!(plain.len(), found.len(), "{:?} vs {:?}", text, presented);
        for (p, f) in plain.iter().zip(&found) {
            prop_assert_eq!((p.value, p.kind, p.weekday), (f.value, f.kind, f.weekday));
            check_span(&f.span.range(), &presented, "presentation forms")?;
            let written: String = presented[f.span].nfkc().collect();
            prop_assert_eq!(&written, &text[p.span]);
        }
    }

    /// Text with no digit and no word of the date lexicon holds no date.
    #[test]
    fn prop_no_date_without_digits_or_date_words(
        words in prop::collection::vec(select(PLAIN_WORDS), 0..60),
    ) {
        let text = words.join(" ");
        for finder in all_finders() {
            let found: Vec<DateMatch> = finder.find_iter(&text).collect();
            prop_assert!(found.is_empty(), "{:?}: {:?}", text, found);
        }
    }

    /// Decorated spans keep each letter's marks with it.
    #[test]
    fn prop_spans_keep_marks_with_letters(
        text in sentence(),
        choices in prop::collection::vec(any::<u8>(), 1..200),
    ) {
        let finder = DateFinder::new().with_reference(REFERENCE.0, REFERENCE.1, REFERENCE.2);
        no_orphan_marks(&finder, &text, &choices)?;
    }
}
