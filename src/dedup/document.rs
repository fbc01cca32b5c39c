//! A text cut into lines, each with its comparison key.

use super::Removal;
use super::hash::FingerprintIndex;
use super::key::{KeyScratch, build_key};
use super::within_line::collapse_repeats;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

/// One line of the document.
#[derive(Clone, Debug)]
pub(super) struct Line {
    /// The line without its `\r\n` or `\n`.
    pub(super) content: Range<usize>,
    /// Where the blank lines right before it start (its own start when there are none),
    /// and the end of its line break: what goes when it is removed.
    pub(super) removal: Range<usize>,
    /// Its key in the key arena, its fingerprint and its length in characters.
    pub(super) key: Range<usize>,
    /// The hash of its key ([`key_hash`]).
    pub(super) hash: u64,
    pub(super) chars: usize,
    /// The line repeats words in a row, and its key is that of the line without the
    /// repeat (so lines compare as they will read once deduplicated).
    pub(super) collapsed: bool,
}

/// A document cut into lines, with their keys.
pub(super) struct Document {
    /// The non-blank lines (blank lines are kept nowhere: they are only ever removed
    /// with the line after them).
    pub(super) lines: Vec<Line>,
    /// For each non-blank position, the previous position with the same key fingerprint.
    pub(super) previous_same: Vec<Option<usize>>,
    /// For each non-blank position, the first position with the same key fingerprint.
    pub(super) first_same: Vec<Option<usize>>,
    /// Prefix counts of long lines over the non-blank positions.
    pub(super) long_before: Vec<usize>,
    pub(super) keys: String,
}

impl Document {
    pub(super) fn new(text: &str, min_chars: usize) -> Self {
        let mut lines = Vec::new();
        let mut keys = String::with_capacity(text.len());
        let mut scratch = KeyScratch::default();
        let mut start = 0;
        // The start of the run of blank lines before the next non-blank line.
        let mut blank_from: Option<usize> = None;
        while start < text.len() || (start == 0 && !text.is_empty()) {
            let end = text
                .get(start..)
                .and_then(|rest| rest.find('\n'))
                .map_or(text.len(), |at| start + at);
            let next = if end < text.len() { end + 1 } else { end };
            let raw = crate::checked::slice(text, start..end);
            let content_end = if raw.ends_with('\r') { end - 1 } else { end };
            let content = crate::checked::slice(text, start..content_end);
            if content.trim().is_empty() {
                blank_from.get_or_insert(start);
            } else {
                let key_start = keys.len();
                let mut info = build_key(content, &mut scratch, &mut keys);
                let mut collapsed = false;
                let KeyScratch { words, tandems, .. } = &mut scratch;
                if let Some(shorter) =
                    collapse_repeats(&mut keys, key_start, words, min_chars, tandems)
                {
                    info = shorter;
                    collapsed = true;
                }
                lines.push(Line {
                    content: start..content_end,
                    removal: blank_from.take().unwrap_or(start)..next,
                    key: key_start..keys.len(),
                    hash: info.hash,
                    chars: info.chars,
                    collapsed,
                });
            }
            if next == start {
                break;
            }
            start = next;
        }
        let n = lines.len();
        let mut previous_same = Vec::with_capacity(n);
        let mut first_same = Vec::with_capacity(n);
        let mut last_index = FingerprintIndex::new(n);
        for (position, line) in lines.iter().enumerate() {
            let previous = last_index.replace(line.hash, position);
            previous_same.push(previous);
            // The first of a chain of equal keys is the first of the previous one's.
            let first: Option<usize> =
                previous.map(|q| first_same.get(q).copied().flatten().unwrap_or(q));
            first_same.push(first);
        }
        drop(last_index);
        let mut long_before = Vec::with_capacity(n + 1);
        long_before.push(0);
        let mut count = 0;
        for line in &lines {
            if line.chars >= min_chars {
                count += 1;
            }
            long_before.push(count);
        }
        Document {
            lines,
            previous_same,
            first_same,
            long_before,
            keys,
        }
    }

    /// The key of the non-blank line at `position`.
    pub(super) fn key(&self, position: usize) -> &str {
        let range = self.lines.get(position).map_or(0..0, |l| l.key.clone());
        crate::checked::slice(&self.keys, range)
    }

    /// Whether two non-blank positions have equal keys.
    pub(super) fn same_key(&self, a: usize, b: usize) -> bool {
        let line = |p: usize| self.lines.get(p);
        match (line(a), line(b)) {
            (Some(x), Some(y)) => x.hash == y.hash && self.key(a) == self.key(b),
            _ => false,
        }
    }

    /// Whether non-blank positions `from..to` hold a long line.
    pub(super) fn long_between(&self, from: usize, to: usize) -> bool {
        let count = |p: usize| self.long_before.get(p).copied().unwrap_or(0);
        count(to) > count(from)
    }

    /// The byte span of non-blank positions `from..to` (first line start to last line end,
    /// without its line break).
    pub(super) fn span_of(&self, positions: Range<usize>) -> Range<usize> {
        let line = |p: usize| self.lines.get(p);
        match (
            line(positions.start),
            positions.end.checked_sub(1).and_then(line),
        ) {
            (Some(first), Some(last)) => first.content.start..last.content.end,
            _ => 0..0,
        }
    }

    /// The bytes removed with non-blank positions `positions`: from the start of the blank
    /// lines before the first to the end of the last, with its line break.
    pub(super) fn removal_span(&self, positions: Range<usize>) -> Range<usize> {
        let first = self.lines.get(positions.start);
        let last = positions.end.checked_sub(1).and_then(|p| self.lines.get(p));
        match (first, last) {
            (Some(first), Some(last)) => first.removal.start..last.removal.end,
            _ => 0..0,
        }
    }
}

/// The length of the line break that ends `text` (0, 1 or 2).
pub(super) fn break_before(text: &str) -> usize {
    if text.ends_with("\r\n") {
        2
    } else {
        usize::from(text.ends_with('\n'))
    }
}

/// When the text does not end with a line break and its last lines are removed, the
/// removals at the end each take the line break before them instead of the one after, so
/// the output still ends without one. `removals` are line removals in text order.
pub(super) fn keep_missing_final_break(text: &str, removals: &mut [Removal]) {
    if text.is_empty() || text.ends_with('\n') {
        return;
    }
    let mut k = removals.len();
    let mut end = text.len();
    while k > 0 {
        let Some(removal) = removals.get_mut(k - 1) else {
            break;
        };
        if removal.removed.end != end || removal.removed.start == 0 {
            break;
        }
        let before = break_before(crate::checked::slice_to(text, removal.removed.start));
        let own = break_before(crate::checked::slice_to(text, removal.removed.end));
        end = removal.removed.start;
        removal.removed = (removal.removed.start - before..removal.removed.end - own).into();
        k -= 1;
    }
}
