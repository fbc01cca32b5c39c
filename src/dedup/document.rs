//! A text cut into lines, each with the hash of its comparison key; a key itself is
//! built when a rule first reads it (most lines are never compared with their bytes).

use super::Removal;
use super::hash::{FingerprintIndex, PREFIX_SEED, prefix_step};
use super::key::{KeyScratch, build_key, fast_keys_equal, key_info, line_words};
use super::within_line::{collapse_repeats, repeat_plan, staying};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::OnceCell;
use core::ops::Range;

/// How many key characters open a line, for finding the first line of a re-flowed copy:
/// its first words up to this many characters, or all of them.
pub(super) const OPENING_CHARS: usize = 12;

/// One line of the document.
#[derive(Clone, Debug)]
pub(super) struct Line {
    /// The line without its `\r\n` or `\n`.
    pub(super) content: Range<usize>,
    /// Where the blank lines right before it start (its own start when there are none):
    /// from there to the end of its line break goes when it is removed.
    pub(super) removal_start: usize,
    /// The length of its line break (0, 1 or 2).
    pub(super) break_len: u8,
    /// The hash of its key ([`words_hash`](super::hash::words_hash)) and its length in
    /// characters.
    pub(super) hash: u64,
    pub(super) chars: usize,
    /// The hash of the key's first words up to `min_chars` characters (all of them if
    /// fewer): a line and a word-boundary beginning of it with at least `min_chars`
    /// characters have the same.
    pub(super) prefix: u64,
    /// The hash of its first words up to [`OPENING_CHARS`] characters (all of them if
    /// fewer; meaningless for a key with no word).
    pub(super) opening: u64,
    /// For a long line, the hashes of its first word, its first two words and so on up to
    /// its opening: `opening_words` of them in [`Document::openings`] from
    /// `openings_start` (a word has a character and a space, so there are at most
    /// [`OPENING_CHARS`] / 2 + 1).
    pub(super) openings_start: usize,
    pub(super) opening_words: u8,
    /// The line repeats words in a row, and its key is that of the line without the
    /// repeat (so lines compare as they will read once deduplicated).
    pub(super) collapsed: bool,
}

/// A document cut into lines, with the hashes of their keys.
pub(super) struct Document<'t> {
    text: &'t str,
    min_chars: usize,
    /// The non-blank lines (blank lines are kept nowhere: they are only ever removed
    /// with the line after them).
    pub(super) lines: Vec<Line>,
    /// For each non-blank position, the previous position with the same key hash
    /// ([`NONE`] if none).
    previous_same: Vec<usize>,
    /// For each non-blank position, the first position with the same key hash ([`NONE`]
    /// if it is that position).
    first_same: Vec<usize>,
    /// Prefix counts of long lines over the non-blank positions.
    pub(super) long_before: Vec<usize>,
    /// The keys built so far, by position.
    keys: Vec<OnceCell<Box<str>>>,
    /// The opening hashes of the long lines ([`Line::openings_start`]).
    pub(super) openings: Vec<u64>,
}

impl<'t> Document<'t> {
    pub(super) fn new(text: &'t str, min_chars: usize) -> Self {
        Self::build(text, min_chars, false)
    }

    /// The document the plain way, for tests: each line's words from its key built by
    /// the key builder (not hashed as read), and every key built at once.
    #[cfg(test)]
    pub(super) fn reference(text: &'t str, min_chars: usize) -> Self {
        let doc = Self::build(text, min_chars, true);
        for position in 0..doc.lines.len() {
            doc.key(position);
        }
        doc
    }

    fn build(text: &'t str, min_chars: usize, plain: bool) -> Self {
        let mut lines = Vec::new();
        let mut keys = Vec::new();
        let mut openings = Vec::new();
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
                let (mut info, built) = if plain {
                    let mut key = core::mem::take(&mut scratch.key);
                    key.clear();
                    let info = build_key(content, &mut scratch, &mut key);
                    scratch.key = key;
                    (info, false)
                } else {
                    line_words(content, &mut scratch)
                };
                let KeyScratch {
                    words,
                    tandems,
                    key,
                    ..
                } = &mut scratch;
                // A tandem repeat of `min_chars` characters needs twice as many and a space.
                let mut collapsed = false;
                if info.chars > 2 * min_chars.max(1) {
                    let plan = repeat_plan(words, min_chars, tandems);
                    if !plan.is_empty() {
                        let mut stays = staying(&plan);
                        words.retain(|_| stays());
                        info = key_info(words);
                        collapsed = true;
                    }
                }
                // A key the normalizer built is kept: building it again, were a rule to
                // read it, would cost the most.
                keys.push(if built && !collapsed {
                    OnceCell::from(Box::from(key.as_str()))
                } else {
                    OnceCell::new()
                });
                let openings_start = openings.len();
                let (prefix, opening) =
                    opening_hashes(words, min_chars, info.chars >= min_chars, &mut openings);
                lines.push(Line {
                    content: start..content_end,
                    removal_start: blank_from.take().unwrap_or(start),
                    break_len: (next - content_end) as u8,
                    hash: info.hash,
                    chars: info.chars,
                    prefix,
                    opening,
                    openings_start,
                    opening_words: (openings.len() - openings_start) as u8,
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
            previous_same.push(previous.unwrap_or(NONE));
            // The first of a chain of equal keys is the first of the previous one's.
            let first = previous.map_or(NONE, |q| match first_same.get(q) {
                Some(&first) if first != NONE => first,
                _ => q,
            });
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
            text,
            min_chars,
            lines,
            previous_same,
            first_same,
            long_before,
            keys,
            openings,
        }
    }

    /// The key of the non-blank line at `position`, built the first time it is read.
    pub(super) fn key(&self, position: usize) -> &str {
        let (Some(line), Some(cell)) = (self.lines.get(position), self.keys.get(position)) else {
            return "";
        };
        cell.get_or_init(|| {
            let mut scratch = KeyScratch::default();
            let mut key = String::new();
            build_key(
                crate::checked::slice(self.text, line.content.clone()),
                &mut scratch,
                &mut key,
            );
            if line.collapsed {
                let KeyScratch { words, tandems, .. } = &mut scratch;
                collapse_repeats(&mut key, 0, words, self.min_chars, tandems);
            }
            key.into_boxed_str()
        })
    }

    /// Whether two lines of different bytes have equal keys: read side by side where
    /// the fast path takes both and neither drops a repeat, else from their keys.
    fn same_key_read(&self, a: usize, b: usize) -> bool {
        let plain = |p: usize| {
            let line = self.lines.get(p)?;
            let unbuilt = self.keys.get(p).is_some_and(|k| k.get().is_none());
            (unbuilt && !line.collapsed).then(|| self.text.get(line.content.clone()))?
        };
        if let (Some(x), Some(y)) = (plain(a), plain(b)) {
            if let Some(equal) = fast_keys_equal(x, y) {
                return equal;
            }
        }
        self.key(a) == self.key(b)
    }

    /// The opening hashes of the line at `position` ([`Line::openings_start`]).
    pub(super) fn openings_of(&self, position: usize) -> &[u64] {
        let range = self.lines.get(position).map_or(0..0, |l| {
            l.openings_start..l.openings_start + usize::from(l.opening_words)
        });
        self.openings.get(range).unwrap_or_default()
    }

    /// The previous position with the same key hash as `position`.
    pub(super) fn previous_same(&self, position: usize) -> Option<usize> {
        self.previous_same
            .get(position)
            .copied()
            .filter(|&p| p != NONE)
    }

    /// The first position with the same key hash as `position`, if it is not `position`.
    pub(super) fn first_same(&self, position: usize) -> Option<usize> {
        self.first_same
            .get(position)
            .copied()
            .filter(|&p| p != NONE)
    }

    /// Whether two non-blank positions have equal keys.
    pub(super) fn same_key(&self, a: usize, b: usize) -> bool {
        let line = |p: usize| self.lines.get(p);
        match (line(a), line(b)) {
            // The same words of the same text have the same key: a line printed again as it
            // was (the common repeat) is compared without building its key.
            (Some(x), Some(y)) => {
                x.hash == y.hash
                    && x.chars == y.chars
                    && (self.text.get(x.content.clone()) == self.text.get(y.content.clone())
                        || self.same_key_read(a, b))
            }
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
            (Some(first), Some(last)) => {
                first.removal_start..last.content.end + usize::from(last.break_len)
            }
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

/// The hashes that open a key whose words are `words`: its prefix (its first words up to
/// `min_chars` characters), its opening (up to [`OPENING_CHARS`]), and, for a long line,
/// the hashes of its first one, two and more words up to its opening, appended to
/// `openings`.
fn opening_hashes(
    words: &[(u64, usize)],
    min_chars: usize,
    long: bool,
    openings: &mut Vec<u64>,
) -> (u64, u64) {
    let (mut hash, mut chars) = (PREFIX_SEED, 0);
    let (mut prefix, mut opening) = (None, None);
    for (k, &(word, length)) in words.iter().enumerate() {
        hash = prefix_step(hash, word);
        chars += length + usize::from(k > 0);
        if opening.is_none() {
            if long {
                openings.push(hash);
            }
            if chars >= OPENING_CHARS {
                opening = Some(hash);
            }
        }
        if prefix.is_none() && chars >= min_chars {
            prefix = Some(hash);
        }
        if prefix.is_some() && opening.is_some() {
            break;
        }
    }
    (prefix.unwrap_or(hash), opening.unwrap_or(hash))
}

/// No position, in [`Document`]'s chains of equal keys.
const NONE: usize = usize::MAX;
