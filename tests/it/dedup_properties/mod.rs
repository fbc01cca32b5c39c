//! Property tests of repeated-block deduplication (`dedup`, `find_repeats`, `Deduper`).
//!
//! The documents are built from a pool of Arabic news sentences written for the project
//! (long ones of at least 50 key characters, some French or English, near-duplicate
//! pairs that differ in a number, a month or a verb, and short lines: bylines, dates,
//! answers, a refrain): a base of lines, then the base again, runs of it, a shuffled copy
//! and fresh lines; each copy of a sentence written with its own decorations (tatweel,
//! harakat, digit scripts, hamza and letter folds, invisible marks, odd spaces, case,
//! punctuation), blank lines, LF or CRLF or both, with or without a final line break,
//! sentences doubled inside a line, teasers, and random Unicode noise. Arbitrary strings
//! (lossy UTF-8 of random bytes, fragments glued and repeated) are checked too.
//!
//! For every [`Deduper`] configuration:
//!
//! - nothing panics, and `find_repeats` is deterministic;
//! - removals are sorted, not overlapping, not empty, on character boundaries, inside the
//!   text; applying them gives `dedup` and `dedup_into`; `dedup` borrows exactly when
//!   nothing is removed;
//! - a removed line goes with the blank lines right before it, and whether the text ends
//!   with a line break (and CRLF-only input stays CRLF-only) does not change;
//! - every line removal has its kept copy before it, made of whole lines whose first and
//!   last lines stay; for `RepeatedRun` and `TitleEcho` the kept lines that stay begin
//!   with the removed run's first line and hold every removed line (line by line when as
//!   many; one period of a run written more than twice), compared by `line_fingerprint`
//!   of the line as it reads once its within-line repeats are collapsed; a
//!   `TruncatedCopy` has the fingerprint of a beginning of its kept line; a within-line
//!   removal follows its kept copy on the same line, whose ends stay, with the same
//!   fingerprint;
//! - `dedup` is idempotent;
//! - the first occurrence of every sentence is kept, and so is a teaser that comes before
//!   the paragraph it is cut from;
//! - a document whose lines all have distinct keys comes back borrowed, and so does one
//!   whose only repeats are short lines;
//! - a page written twice (title, byline, body) comes back as its first copy.
//!
//! Minimal inputs of the discrepancies found are in `found_bugs.rs`, as ignored tests
//! (`cargo test --test dedup_properties -- --ignored`). `PROPTEST_CASES=n` runs more
//! cases than the defaults.

use std::borrow::Cow;

use arabic_text::{Deduper, RemovalKind, dedup, find_repeats};
use proptest::prelude::*;
use proptest::sample::select;

use checks::{check, check_first_occurrences, escape};
use configs::{Config, configs, min_chars};
use documents::{arbitrary_text, distinct_doc, plan, short_repeats_doc, twice_page};
use pool::LONG;

mod checks;
mod configs;
mod deterministic;
mod documents;
mod found_bugs;
mod pool;

/// `cases` cases, or `PROPTEST_CASES` when set; failures saved in `dedup_properties.txt`.
fn runner_config(cases: u32) -> ProptestConfig {
    crate::common::runner_config(cases, "dedup_properties.txt")
}

// ---------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(runner_config(128))]

    /// Nothing panics; the removals are sound and give the output, for every
    /// configuration.
    #[test]
    fn prop_documents_are_sound(plan in plan(), min in min_chars()) {
        let doc = plan.render();
        for config in configs(min) {
            check(&config, &doc.text)?;
        }
        prop_assert_eq!(dedup(&doc.text), Deduper::new().dedup(&doc.text));
        prop_assert_eq!(find_repeats(&doc.text), Deduper::new().find_repeats(&doc.text));
    }

    /// `dedup` twice is `dedup` once, for every configuration.
    #[test]
    fn prop_dedup_is_idempotent(plan in plan(), min in min_chars()) {
        let doc = plan.render();
        for Config { what, d, .. } in configs(min) {
            let once = d.dedup(&doc.text);
            let twice = d.dedup(&once);
            prop_assert_eq!(
                twice.as_ref(),
                once.as_ref(),
                "{}: not idempotent on \"{}\"\nonce  \"{}\"\nremovals of once {:?}",
                what,
                escape(&doc.text),
                escape(&once),
                d.find_repeats(&once)
            );
        }
    }

    /// The first occurrence of every sentence stays, for every configuration whose
    /// threshold is above what the pool's sentences share.
    #[test]
    fn prop_first_occurrences_are_kept(plan in plan(), min in 30usize..200) {
        let doc = plan.render();
        for Config { what, d, .. } in configs(min) {
            let removals = d.find_repeats(&doc.text);
            check_first_occurrences(&d, &what, &doc, &removals)?;
        }
    }

    /// Lines with distinct keys (near-duplicates included) come back borrowed.
    #[test]
    fn prop_distinct_lines_are_borrowed(doc in distinct_doc(), min in 50usize..200) {
        for Config { what, d, .. } in configs(min) {
            let removals = d.find_repeats(&doc.text);
            prop_assert!(
                removals.is_empty() && matches!(d.dedup(&doc.text), Cow::Borrowed(_)),
                "{}: removes {:?} from \"{}\"",
                what,
                removals,
                escape(&doc.text)
            );
        }
    }

    /// Repeated short lines alone are not removed.
    #[test]
    fn prop_short_repeats_are_borrowed(doc in short_repeats_doc()) {
        let removals = find_repeats(&doc.text);
        prop_assert!(
            removals.is_empty() && matches!(dedup(&doc.text), Cow::Borrowed(_)),
            "removes {:?} from \"{}\"",
            removals,
            escape(&doc.text)
        );
    }

    /// A page written twice comes back as its first copy.
    #[test]
    fn prop_page_twice_keeps_one_copy(page in twice_page()) {
        let out = dedup(&page.page);
        prop_assert_eq!(
            out.as_ref(),
            page.first.as_str(),
            "on \"{}\"\nexpected \"{}\"\nactual   \"{}\"",
            escape(&page.page),
            escape(&page.first),
            escape(&out)
        );
    }
}

proptest! {
    #![proptest_config(runner_config(128))]

    /// A paragraph's lines printed again as one line (joined by a space, a comma or two
    /// spaces) loses that line, and only it, reported as a re-flowed copy of those lines.
    #[test]
    fn prop_reflowed_copies_go(
        order in Just((0..LONG.len()).collect::<Vec<_>>()).prop_shuffle(),
        count in 3..8usize,
        from in 0..8usize,
        len in 2..5usize,
        joint in select(&[" ", "  ", "، ", " - "][..]),
    ) {
        let lines: Vec<&str> = order.iter().take(count).map(|&i| LONG[i]).collect();
        let from = from % (count - 1);
        let len = len.min(count - from).max(2);
        let joined = lines[from..from + len].join(joint);
        let text = format!("{}\n{joined}\n", lines.join("\n"));
        let removals = find_repeats(&text);
        prop_assert_eq!(removals.len(), 1, "{:?} on {}", removals, escape(&text));
        prop_assert_eq!(removals[0].kind, RemovalKind::ReflowedCopy);
        prop_assert_eq!(&text[removals[0].removed], format!("{joined}\n"));
        let kept = lines[from..from + len].join("\n");
        prop_assert_eq!(&text[removals[0].kept], kept);
        prop_assert_eq!(dedup(&text), format!("{}\n", lines.join("\n")));
        check(&configs(50)[0], &text)?;
    }
}

proptest! {
    #![proptest_config(runner_config(256))]

    /// Arbitrary strings: sound for every configuration, and idempotent.
    #[test]
    fn prop_arbitrary_text_is_sound(text in arbitrary_text(), min in min_chars()) {
        for config in configs(min) {
            check(&config, &text)?;
            let Config { what, d, .. } = config;
            let once = d.dedup(&text);
            let twice = d.dedup(&once);
            prop_assert_eq!(
                twice.as_ref(),
                once.as_ref(),
                "{}: not idempotent on \"{}\"",
                what,
                escape(&text)
            );
        }
    }
}
