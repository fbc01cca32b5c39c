//! The checks every result must pass.

use std::borrow::Cow;
use std::ops::Range;

use arabic_text::{Deduper, Removal, RemovalKind, line_fingerprint};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use super::configs::Config;
use super::documents::{Doc, Id};
use super::pool::{LONG, teaser_words};

// ---------------------------------------------------------------------------------------
// Checks.
// ---------------------------------------------------------------------------------------

/// ASCII as itself, everything else as `\u{…}`: an input to paste into a test.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            _ => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    out
}

fn is_line_removal(kind: RemovalKind) -> bool {
    matches!(
        kind,
        RemovalKind::RepeatedRun
            | RemovalKind::TitleEcho
            | RemovalKind::TruncatedCopy
            | RemovalKind::Teaser
    )
}

/// The non-blank lines of a span, without their `\r`.
pub(super) fn nonblank_lines(s: &str) -> Vec<&str> {
    s.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// The non-blank lines of `span` that no line removal removes.
fn staying_lines<'t>(
    text: &'t str,
    span: Range<usize>,
    line_removals: &[&Removal],
) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut at = span.start;
    for line in text[span.clone()].split('\n') {
        let range = at..at + line.len();
        at += line.len() + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let removed = line_removals
            .iter()
            .any(|o| o.removed.start <= range.start && range.end <= o.removed.end);
        if !line.trim().is_empty() && !removed {
            out.push(line);
        }
    }
    out
}

/// Applies sorted, non-overlapping removals.
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

/// The line of `text` (without its line break) that holds byte `at`.
fn line_around(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let end = if text[start..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    start..end
}

/// Every structural property of one configuration's removals on `text`; returns them.
pub(super) fn check(config: &Config, text: &str) -> Result<Vec<Removal>, TestCaseError> {
    let Config { what, d, .. } = config;
    let removals = d.find_repeats(text);
    let ctx = || format!("{what} on \"{}\"\nremovals {removals:?}", escape(text));
    prop_assert_eq!(
        &removals,
        &d.find_repeats(text),
        "not deterministic: {}",
        ctx()
    );
    let mut last_end = 0;
    for r in &removals {
        let span = &r.removed;
        prop_assert!(
            span.start < span.end && span.end <= text.len(),
            "removal {:?} empty or outside the text: {}",
            r,
            ctx()
        );
        prop_assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "removal {:?} off char boundaries: {}",
            r,
            ctx()
        );
        prop_assert!(
            r.kept.start <= r.kept.end
                && r.kept.end <= text.len()
                && text.is_char_boundary(r.kept.start)
                && text.is_char_boundary(r.kept.end),
            "kept {:?} outside the text or off char boundaries: {}",
            r,
            ctx()
        );
        prop_assert!(
            span.start >= last_end,
            "removal {:?} not sorted or overlapping: {}",
            r,
            ctx()
        );
        last_end = span.end;
    }

    // The output is the input minus the removals.
    let expected = apply(text, &removals);
    let out = d.dedup(text);
    prop_assert_eq!(
        out.as_ref(),
        expected.as_str(),
        "dedup != input minus removals: {}",
        ctx()
    );
    prop_assert_eq!(
        matches!(out, Cow::Borrowed(_)),
        removals.is_empty(),
        "borrowed exactly when nothing is removed: {}",
        ctx()
    );
    let mut into = String::from("«");
    d.dedup_into(text, &mut into);
    prop_assert_eq!(&into[2..], expected.as_str(), "dedup_into: {}", ctx());

    // Line breaks.
    prop_assert_eq!(
        expected.ends_with('\n'),
        text.ends_with('\n'),
        "final line break changed: {} -> \"{}\"",
        ctx(),
        escape(&expected)
    );
    let crlf_only = |s: &str| s.match_indices('\n').all(|(i, _)| s[..i].ends_with('\r'));
    if crlf_only(text) {
        prop_assert!(
            crlf_only(&expected),
            "CRLF input, bare LF in the output: {} -> \"{}\"",
            ctx(),
            escape(&expected)
        );
    }

    let line_removals: Vec<&Removal> = removals
        .iter()
        .filter(|r| is_line_removal(r.kind))
        .collect();
    for r in &removals {
        let removed = &text[r.removed];
        let kept = &text[r.kept];
        if is_line_removal(r.kind) {
            // A teaser's copy is the line after it; every other copy comes before.
            prop_assert!(
                if r.kind == RemovalKind::Teaser {
                    r.removed.end <= r.kept.start
                } else {
                    r.kept.end <= r.removed.start
                },
                "kept copy {:?} is on the wrong side of the removal: {}",
                r,
                ctx()
            );
            // Whole lines with the blank lines before them: from the start of a line to
            // the end of one with its line break, or, where the text has no final line
            // break, from the break before to the end of a line without its own.
            let starts_line = r.removed.start == 0 || text[..r.removed.start].ends_with('\n');
            let ends_line = r.removed.end == text.len() || removed.ends_with('\n');
            let after = &text[r.removed.end..];
            let break_before = (removed.starts_with("\r\n")
                || (removed.starts_with('\n') && !text[..r.removed.start].ends_with('\r')))
                && (after.is_empty()
                    || after == "\r"
                    || after.starts_with('\n')
                    || after.starts_with("\r\n"));
            prop_assert!(
                (starts_line && ends_line) || break_before,
                "removal {:?} is not whole lines: {}",
                r,
                ctx()
            );
            let before = if starts_line {
                (r.removed.start > 0).then(|| line_around(text, r.removed.start - 1))
            } else {
                Some(line_around(text, r.removed.start))
            };
            if let Some(before) = before {
                prop_assert!(
                    !text[before].trim().is_empty(),
                    "removal {:?} leaves the blank lines before it: {}",
                    r,
                    ctx()
                );
            }
            prop_assert!(
                (r.kept.start == 0 || text[..r.kept.start].ends_with('\n'))
                    && (text[r.kept.end..].is_empty()
                        || &text[r.kept.end..] == "\r"
                        || text[r.kept.end..].starts_with('\n')
                        || text[r.kept.end..].starts_with("\r\n")),
                "kept {:?} is not whole lines: {}",
                r,
                ctx()
            );
            // The kept copy stays: its first and last lines are not removed (lines in
            // between may be, when the earlier run held a removed copy itself).
            let mut last = r.kept.end.saturating_sub(1).max(r.kept.start);
            while !text.is_char_boundary(last) {
                last -= 1;
            }
            for end in [r.kept.start, last] {
                let stop = end + text[end..].chars().next().map_or(0, char::len_utf8);
                if let Some(other) = line_removals.iter().find(|o| {
                    o.removed.start <= end
                        && end < o.removed.end
                        && !text[o.removed.start..stop].trim().is_empty()
                }) {
                    return Err(TestCaseError::fail(format!(
                        "kept copy of {r:?} is removed by {other:?}: {}",
                        ctx()
                    )));
                }
            }
        }
        match r.kind {
            RemovalKind::RepeatedRun | RemovalKind::TitleEcho => {
                let a = staying_lines(text, r.kept.into(), &line_removals);
                let b = nonblank_lines(removed);
                let fa: Vec<u64> = a.iter().map(|l| config.read_fingerprint(l)).collect();
                let fb: Vec<u64> = b.iter().map(|l| config.read_fingerprint(l)).collect();
                // The kept copy is the earlier run as it stays: one period of a run
                // written more than twice in a row, without the lines of the earlier run
                // that are themselves removed copies. It starts as the removed run does,
                // and holds every removed line.
                let same = !fa.is_empty()
                    && fb.len() >= fa.len()
                    && fa.first() == fb.first()
                    && fb.iter().all(|f| fa.contains(f))
                    && (fa.len() < fb.len() || fa == fb);
                prop_assert!(
                    same,
                    "{:?}: kept lines {:?} and removed lines {:?} differ: {}",
                    r.kind,
                    a,
                    b,
                    ctx()
                );
                if r.kind == RemovalKind::TitleEcho {
                    let first = nonblank_lines(text).first().copied().unwrap_or_default();
                    prop_assert!(
                        b.len() == 1 && fa == [config.read_fingerprint(first)],
                        "title echo keeps {:?}, not the title {:?}: {}",
                        a,
                        first,
                        ctx()
                    );
                }
            }
            RemovalKind::ReflowedCopy => {
                let a = staying_lines(text, r.kept.into(), &line_removals);
                let b = nonblank_lines(removed);
                prop_assert!(
                    a.len() >= 2 && b.len() == 1,
                    "re-flowed copy of fewer than two lines, or of more than one: {}",
                    ctx()
                );
                prop_assert!(
                    config.read_fingerprint(&a.join(" ")) == config.read_fingerprint(b[0]),
                    "re-flowed copy {:?} does not read like {:?} joined: {}",
                    b[0],
                    a,
                    ctx()
                );
            }
            RemovalKind::TruncatedCopy => {
                // The kept copy is one line, or the lines a re-flowed copy joined (the
                // teaser's full line was itself removed as their re-flowed copy).
                let a = staying_lines(text, r.kept.into(), &line_removals);
                let b = nonblank_lines(removed);
                prop_assert!(
                    !a.is_empty() && b.len() == 1,
                    "truncated copy of more than one line: {}",
                    ctx()
                );
                let full = Deduper::new()
                    .min_chars(config.min_chars)
                    .dedup(&a.join(" "))
                    .into_owned();
                let target = config.read_fingerprint(b[0]);
                let is_prefix = full
                    .char_indices()
                    .map(|(i, _)| i)
                    .any(|i| line_fingerprint(&full[..i]) == target);
                prop_assert!(
                    is_prefix,
                    "truncated copy {:?} is not a beginning of {:?}: {}",
                    b[0],
                    a,
                    ctx()
                );
            }
            RemovalKind::Teaser => {
                // One line, a word-boundary beginning of the next line, which is at least
                // half again as long and stays.
                let a = nonblank_lines(kept);
                let b = nonblank_lines(removed);
                prop_assert!(a.len() == 1 && b.len() == 1, "teaser of lines: {}", ctx());
                let target = config.read_fingerprint(b[0]);
                let is_prefix = a[0]
                    .char_indices()
                    .map(|(i, _)| i)
                    .any(|i| i > 0 && config.read_fingerprint(&a[0][..i]) == target);
                prop_assert!(
                    is_prefix,
                    "teaser {:?} is not a beginning of {:?}: {}",
                    b[0],
                    a[0],
                    ctx()
                );
                // Only blank lines and removed lines between the two: the full line is
                // the one after the teaser in the output.
                let between_kept = (r.removed.end..r.kept.start)
                    .filter(|&at| text.is_char_boundary(at))
                    .any(|at| {
                        !text[at..].starts_with(char::is_whitespace)
                            && !line_removals
                                .iter()
                                .any(|o| o.removed.start <= at && at < o.removed.end)
                    });
                prop_assert!(
                    !between_kept,
                    "teaser {:?} is not right before its line in the output: {}",
                    r,
                    ctx()
                );
            }
            RemovalKind::WithinLine => {
                let line = line_around(text, r.removed.start);
                // Before the removed part, on the same line.
                prop_assert!(
                    r.kept.start < r.kept.end
                        && r.kept.end <= r.removed.start
                        && line.start <= r.kept.start
                        && r.removed.end <= line.end,
                    "within-line removal {:?} not after its kept copy on one line: {}",
                    r,
                    ctx()
                );
                // The kept copy, as it reads in the output (without what other removals
                // take from inside it: after several rounds a copy's words need not be one
                // stretch, `P Q Q P Q`), reads like the removed part.
                let kept_read: String = text[r.kept]
                    .char_indices()
                    .filter(|&(i, _)| {
                        let at = r.kept.start + i;
                        !removals
                            .iter()
                            .any(|o| o.removed.start <= at && at < o.removed.end)
                    })
                    .map(|(_, c)| c)
                    .collect();
                prop_assert!(
                    config.read_fingerprint(&kept_read) == config.read_fingerprint(removed),
                    "within-line: kept {:?} (read {:?}) and removed {:?} differ: {}",
                    kept,
                    kept_read,
                    removed,
                    ctx()
                );
                // The kept copy stays: its first and last characters (a copy that holds a
                // shorter repeat itself stays collapsed).
                let last = kept.chars().next_back().map_or(0, char::len_utf8);
                for end in [r.kept.start, r.kept.end - last] {
                    if let Some(other) = removals
                        .iter()
                        .find(|o| o.removed.start <= end && end < o.removed.end)
                    {
                        return Err(TestCaseError::fail(format!(
                            "kept copy of {r:?} is removed by {other:?}: {}",
                            ctx()
                        )));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(removals)
}

/// The first occurrence of each sentence is not touched by any removal, and a teaser
/// written before every sentence it is cut from stays.
pub(super) fn check_first_occurrences(
    d: &Deduper,
    what: &str,
    doc: &Doc,
    removals: &[Removal],
) -> Result<(), TestCaseError> {
    let text = &doc.text;
    let touched = |span: &Range<usize>| {
        removals
            .iter()
            .find(|r| r.removed.start < span.end && span.start < r.removed.end)
    };
    let mut seen: Vec<Id> = Vec::new();
    for o in &doc.occurrences {
        let first = match o.id {
            Id::Long(_) | Id::Short(_) => !seen.contains(&o.id),
            Id::Teaser(i, words) => {
                // Only a teaser alone on its line, before any line that starts with it.
                let t = teaser_words(i, words);
                o.alone
                    && !seen.contains(&o.id)
                    && !doc.occurrences.iter().any(|p| {
                        p.span.start < o.span.start
                            && match p.id {
                                Id::Long(j) => LONG[j].starts_with(&t),
                                Id::Teaser(j, w) => teaser_words(j, w).starts_with(&t),
                                Id::Short(_) => false,
                            }
                    })
            }
        };
        seen.push(o.id);
        if first && !o.span.is_empty() {
            if let Some(r) = touched(&o.span) {
                // `P Q Q` where `P` ends as `Q` does (a near-duplicate pair, or a line
                // ending in the year `Q` ends with) holds the tandem `(end of Q, start of
                // Q)` twice a few words before `Q Q`: rule 7 removes that one, the
                // leftmost, which takes the end of the first `Q` and the start of the
                // second, its kept copy starting before `Q` (the line still reads `P Q`).
                if r.kind == RemovalKind::WithinLine && r.kept.start < o.span.start {
                    continue;
                }
                // A teaser goes for the line after it, which holds every word of it (the
                // soundness properties check that it does): the one rule that removes a
                // first occurrence.
                if r.kind == RemovalKind::Teaser && r.kept.start >= r.removed.end {
                    continue;
                }
                return Err(TestCaseError::fail(format!(
                    "{what}: first occurrence {:?} {:?} of {:?} removed by {:?} ({:?}) on \"{}\"",
                    o.span,
                    &text[o.span.clone()],
                    o.id,
                    r,
                    d,
                    escape(text)
                )));
            }
        }
    }
    Ok(())
}
