//! Deduplication: `Deduper` with options, `dedup`, `find_repeats`, `line_fingerprint`.
//!
//! Input: the first byte picks the options (bit 0 `title_echo` off, bit 1
//! `truncated_copies` off, bit 2 `within_line` off, bits 3..=5 `min_chars` from
//! 50, 0, 1, 3, 10, 20, 30, 80); the rest is the text (lossy UTF-8).
//!
//! Checked (as `tests/it/dedup_properties/` states them):
//! - `find_repeats` is deterministic; its removals are non-empty, inside the text, on
//!   char boundaries, sorted and not overlapping; each kept copy is inside the text, on
//!   char boundaries and ends before its removal starts (starts after it, for a teaser);
//! - applying the removals (the text minus them) gives `dedup`, and `dedup_into` appends
//!   the same after a prefix;
//! - `dedup` borrows exactly when nothing is removed;
//! - `dedup` is idempotent;
//! - whether the text ends with a line break does not change, and text whose line breaks
//!   are all CRLF stays so;
//! - with the default options, `dedup` and `find_repeats` equal `Deduper::new()`'s, and
//!   `line_fingerprint` of each line is deterministic.

#![no_main]

use std::borrow::Cow;

use arabic_text::{Deduper, Removal, RemovalKind, dedup, find_repeats, line_fingerprint};
use libfuzzer_sys::fuzz_target;

mod common;
use common::esc;

const MIN_CHARS: [usize; 8] = [50, 0, 1, 3, 10, 20, 30, 80];

/// The text minus the removals.
fn apply(text: &str, removals: &[Removal]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in removals {
        out.push_str(&text[at..r.removed.start]);
        at = r.removed.end;
    }
    out.push_str(&text[at..]);
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&options, rest)) = data.split_first() else {
        return;
    };
    let d = Deduper::new()
        .title_echo(options & 1 == 0)
        .truncated_copies(options & 2 == 0)
        .within_line(options & 4 == 0)
        .min_chars(MIN_CHARS[usize::from((options >> 3) & 7)]);
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;

    let removals = d.find_repeats(text);
    let ctx = || format!("{d:?} on \"{}\"\n  removals {removals:?}", esc(text));
    assert_eq!(
        removals,
        d.find_repeats(text),
        "find_repeats not deterministic: {}",
        ctx()
    );
    let mut last_end = 0;
    for r in &removals {
        let (span, kept) = (&r.removed, &r.kept);
        assert!(
            span.start < span.end && span.end <= text.len(),
            "removal {r:?} empty or outside the text: {}",
            ctx()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "removal {r:?} off char boundaries: {}",
            ctx()
        );
        assert!(
            span.start >= last_end,
            "removal {r:?} not sorted or overlapping: {}",
            ctx()
        );
        last_end = span.end;
        assert!(
            kept.start <= kept.end
                && kept.end <= text.len()
                && text.is_char_boundary(kept.start)
                && text.is_char_boundary(kept.end),
            "kept {r:?} outside the text or off char boundaries: {}",
            ctx()
        );
        assert!(
            if r.kind == RemovalKind::Teaser {
                span.end <= kept.start
            } else {
                kept.end <= span.start
            },
            "kept copy of {r:?} is on the wrong side of the removal (after it for a teaser, before it otherwise): {}",
            ctx()
        );
    }

    // The output is the input minus the removals, however it is asked for.
    let expected = apply(text, &removals);
    let out = d.dedup(text);
    assert!(
        out == expected,
        "dedup != input minus removals: {}\n  dedup    \"{}\"\n  expected \"{}\"",
        ctx(),
        esc(&out),
        esc(&expected)
    );
    match &out {
        Cow::Borrowed(b) => assert!(
            removals.is_empty() && b.as_ptr() == text.as_ptr(),
            "borrowed with removals: {}",
            ctx()
        ),
        Cow::Owned(_) => assert!(!removals.is_empty(), "owned without removals: {}", ctx()),
    }
    let prefix = "«";
    let mut into = String::from(prefix);
    d.dedup_into(text, &mut into);
    assert!(
        into.strip_prefix(prefix) == Some(expected.as_str()),
        "dedup_into after a prefix: {}\n  got \"{}\"",
        ctx(),
        esc(&into)
    );

    // Idempotent.
    let twice = d.dedup(&out);
    assert!(
        twice == out,
        "dedup not idempotent: {}\n  once  \"{}\"\n  twice \"{}\"\n  removals of once {:?}",
        ctx(),
        esc(&out),
        esc(&twice),
        d.find_repeats(&out)
    );

    // Line breaks.
    assert_eq!(
        expected.ends_with('\n'),
        text.ends_with('\n'),
        "final line break changed: {}",
        ctx()
    );
    let crlf_only = |s: &str| s.match_indices('\n').all(|(i, _)| s[..i].ends_with('\r'));
    if crlf_only(text) {
        assert!(
            crlf_only(&expected),
            "CRLF input, bare LF in the output: {}\n  output \"{}\"",
            ctx(),
            esc(&expected)
        );
    }

    // The free functions are the default deduper.
    if d == Deduper::new() {
        assert_eq!(dedup(text), out, "dedup != Deduper::new().dedup");
        assert_eq!(find_repeats(text), removals, "find_repeats != Deduper's");
        for line in text.split('\n').take(16) {
            assert_eq!(line_fingerprint(line), line_fingerprint(line));
        }
    }
});
