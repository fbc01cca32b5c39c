//! Dedup bugs the properties found, as minimal inputs with the behaviour they should have.

use arabic_text::{RemovalKind, dedup, find_repeats, line_fingerprint};

use super::checks::nonblank_lines;
use super::pool::LONG;

// ---------------------------------------------------------------------------------------
// Dedup bugs the properties found, as minimal inputs with the behaviour they should have.
// Run them with `cargo test --test dedup_properties -- --ignored`.
// ---------------------------------------------------------------------------------------

/// The removals of the default deduper, as (kind, removed text, kept text).
fn show(text: &str) -> Vec<(RemovalKind, &str, &str)> {
    find_repeats(text)
        .into_iter()
        .map(|r| (r.kind, &text[r.removed], &text[r.kept]))
        .collect()
}

/// Found by `prop_arbitrary_text_is_sound` (within-line: kept and removed differ).
/// `B B A B A` on one line: the tandem `B B` is found, then `(B A)(B A)` starting at the
/// second `B`; the chaining of "a third copy" takes any tandem whose first copy starts
/// where the previous second copy did, whatever its period, and extends the first
/// removal over `. A. B. A`: the output is `B.`, and `A`, written twice, is gone.
#[test]
fn dedup_bug_within_line_chain_drops_text() {
    let (a, b) = (LONG[0], LONG[1]);
    let text = format!("{b} {b} {a} {b} {a}");
    let out = dedup(&text);
    assert!(
        out.contains(&a[..a.len() - 1]),
        "the only paragraph {a:?} is gone: {:?}",
        show(&text)
    );
    assert_eq!(out, format!("{b} {a}"));
}

/// Found by `prop_arbitrary_text_is_sound` (not idempotent). `B A A B A` on one line:
/// the single left-to-right pass collapses `A A` and leaves `B A B A`, a tandem the next
/// call removes.
#[test]
fn dedup_bug_within_line_not_idempotent() {
    let (a, b) = (LONG[0], LONG[1]);
    let text = format!("{b} {a} {a} {b} {a}");
    let once = dedup(&text).into_owned();
    assert_eq!(dedup(&once), once, "once: {once:?}");
    assert_eq!(once, format!("{b} {a}"));
}

/// Found by `prop_documents_are_sound` (kept lines and removed lines differ). A teaser
/// after its paragraph, twice: the first teaser is a `TruncatedCopy` of the paragraph;
/// the second is reported as a `RepeatedRun` whose kept copy, resolved through the
/// removed first teaser, is the paragraph: a kept copy with another key than the
/// removed line. Either it is a `TruncatedCopy` of the paragraph, or a `RepeatedRun` of
/// a copy with its key. The same with `A X` / `A` / `A`.
#[test]
fn dedup_bug_repeated_run_kept_through_truncated_copy() {
    let a = LONG[0];
    let teaser = "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج...";
    for text in [
        format!("{a}\n{teaser}\n{teaser}"),
        format!("{a} نعم\n{a}\n{a}"),
    ] {
        assert_eq!(dedup(&text), text.split('\n').next().unwrap_or_default());
        for r in find_repeats(&text) {
            let kept = nonblank_lines(&text[r.kept]);
            let removed = nonblank_lines(&text[r.removed]);
            if r.kind == RemovalKind::RepeatedRun {
                let fk: Vec<u64> = kept.iter().map(|l| line_fingerprint(l)).collect();
                let fr: Vec<u64> = removed.iter().map(|l| line_fingerprint(l)).collect();
                assert_eq!(fk, fr, "RepeatedRun {removed:?} keeps {kept:?}");
            }
        }
    }
}

/// Found by `prop_documents_are_sound` (kept lines and removed lines differ).
/// `A B A A B A`: the second `A` (line 3) is a repeat of line 1 and removed; the run
/// `A B A` at line 4 repeats lines 1-3, and its kept copy, resolved through the removed
/// line 3, becomes line 1 alone: `A`, without the `B` the removal holds. (`A B A B B A`
/// gives kept `B` for removed `B A`.) Each removed line should have its copy in the kept
/// range, for example with one removal per part of the run that has a copy that stays.
#[test]
fn dedup_bug_repeated_run_kept_misses_lines() {
    let (a, b) = (LONG[0], LONG[1]);
    for text in [
        format!("{a}\n{b}\n{a}\n{a}\n{b}\n{a}"),
        format!("{a}\n{b}\n{a}\n{b}\n{b}\n{a}"),
    ] {
        assert_eq!(dedup(&text), format!("{a}\n{b}"));
        for r in find_repeats(&text) {
            let kept: Vec<u64> = nonblank_lines(&text[r.kept])
                .iter()
                .map(|l| line_fingerprint(l))
                .collect();
            for line in nonblank_lines(&text[r.removed]) {
                assert!(
                    kept.contains(&line_fingerprint(line)),
                    "{:?} removes {line:?}, not in its kept copy: {:?}",
                    r.kind,
                    show(&text)
                );
            }
        }
    }
}

/// Found by `prop_arbitrary_text_is_sound` (kept copy removed). `B A B A A` on one
/// line: `(B A)(B A)` is removed first, then `A A` at the end, whose kept copy is the
/// second copy's `A`, inside the first removal. (The output, `B. A.`, is right.)
#[test]
fn dedup_bug_within_line_kept_inside_removal() {
    let (a, b) = (LONG[0], LONG[1]);
    let text = format!("{b} {a} {b} {a} {a}");
    assert_eq!(dedup(&text), format!("{b} {a}"));
    let removals = find_repeats(&text);
    for r in &removals {
        for o in &removals {
            assert!(
                o.removed.end <= r.kept.start || o.removed.start >= r.kept.end,
                "kept copy {:?} of {:?} is removed by {:?}",
                &text[r.kept],
                r.removed,
                o.removed
            );
        }
    }
}

/// Found while checking the limits of the candidate lists (16 earlier occurrences per
/// key). A page whose body puts a short line (`نعم`, `***`, `اقرأ أيضا`) before each of
/// 17 paragraphs, written twice: at the start of the second copy the longest earlier run
/// is the whole first copy, but the first copy's first line is the 17th occurrence back
/// and is never tried; the second copy's first short line stays.
#[test]
fn dedup_bug_body_twice_with_frequent_first_line() {
    for separator in ["نعم", "***"] {
        let body: String = LONG[..17]
            .iter()
            .map(|p| format!("{separator}\n{p}\n"))
            .collect();
        let page = format!("{body}{body}");
        assert_eq!(dedup(&page), body, "{:?}", show(&page).first());
    }
}

/// As above, inside a line: a body flattened into one line twice (rule 7 names it) is
/// not found when its first word recurs more than 16 times in it (here `في` starts every
/// sentence); nothing is removed.
#[test]
fn dedup_bug_flattened_body_twice_with_frequent_first_word() {
    let body = LONG[..17]
        .iter()
        .map(|p| format!("في {p}"))
        .collect::<Vec<_>>()
        .join(" ");
    let line = format!("{body} {body}");
    assert_eq!(dedup(&line), body);
}

/// As above, for teasers: a teaser of the first line, after 17 lines that begin with the
/// same 50 key characters but go on otherwise, is not compared with the first line.
#[test]
fn dedup_bug_teaser_after_many_lines_with_same_beginning() {
    let head = "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج جديد لدعم المقاولات";
    let mut text = format!("{head} الصغرى في جهة الدار البيضاء سطات.\n");
    for k in 0..17 {
        text.push_str(&format!("{head} {} رقم {k}.\n", LONG[1]));
    }
    let kept = text.clone();
    text.push_str(&format!("{head} الصغرى في جهة...\n"));
    assert_eq!(dedup(&text), kept);
}

/// Found by `prop_dedup_is_idempotent` (with `PROPTEST_CASES=3000`; minimal input
/// written from its failure). The title comes back as the fifth line after it, the
/// fourth once a teaser among them goes: the title-echo window counts the lines that stay
/// after the repeated runs, but the teaser is removed later, by the truncated-copy rule,
/// so the first call keeps the echo and the second removes it.
#[test]
fn dedup_bug_title_echo_window_counts_later_removed_teaser() {
    let title = "الرباط (و م ع)";
    let a = LONG[0];
    let teaser = "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج...";
    let text = format!("{title}\n{a}\n{teaser}\nنعم\nلا\n{title}");
    let once = dedup(&text).into_owned();
    assert_eq!(dedup(&once), once, "once: {once:?}");
    assert_eq!(once, format!("{title}\n{a}\nنعم\nلا"));
}

/// Found by `prop_arbitrary_text_is_sound` after within-line repeats became iterative (so
/// that `dedup` is idempotent): when one line holds the same sentence four or more times
/// with another between, later rounds reported a kept copy that spanned bytes an earlier
/// round removed. Each removed word now has its twin in the copy, and a removal's copy is
/// a run of consecutive twins, none of them removed.
#[test]
fn dedup_bug_within_line_kept_spans_removed_rounds() {
    let (a, b) = (LONG[0], LONG[1]);
    let text = format!("{a}{a}{b}{a}{a}{b}{a}");
    for r in find_repeats(&text) {
        let overlaps = find_repeats(&text)
            .iter()
            .any(|o| o.removed.start < r.kept.end && r.kept.start < o.removed.end);
        assert!(!overlaps, "{r:?} keeps bytes another removal takes");
    }
}
