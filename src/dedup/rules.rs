//! The rules that find what a page repeats: repeated runs, the title echo, re-flowed
//! copies and truncated copies, marked on the document's lines.

use super::document::Document;
use super::hash::{FingerprintIndex, key_hash};
use super::within_line::ROLLING_BASE;
use super::{Deduper, LineRemoval, RemovalKind, vec_of_none};
use alloc::vec::Vec;
use core::ops::Range;

/// How many earlier occurrences of a line are tried as the start of a repeated run.
pub(super) const CANDIDATES: usize = 16;

/// How far a run from a line's first occurrence is followed before it must have met a
/// long line.
pub(super) const FIRST_OCCURRENCE_PROBE: usize = 64;

/// How many earlier lines a long line tries as the first line of a re-flowed copy.
pub(super) const REFLOW_TRIES: usize = 8;

/// The first line at or after `from` that stays, in `next` (a line that stays points to
/// itself, a removed one to the line after it), halving the paths it follows.
pub(super) fn staying_from(next: &mut [usize], mut from: usize) -> usize {
    while let Some(&to) = next.get(from) {
        if to == from {
            return from;
        }
        let skip = next.get(to).copied().unwrap_or(to);
        if let Some(slot) = next.get_mut(from) {
            *slot = skip;
        }
        from = to;
    }
    from
}

/// How many lines after the title are checked for an echo.
pub(super) const TITLE_WINDOW: usize = 4;

/// The shortest title key that counts as an echo.
pub(super) const TITLE_MIN_CHARS: usize = 10;

impl Deduper {
    /// Rule 1, repeated runs.
    pub(super) fn repeated_runs(&self, doc: &Document, marks: &mut Marks) {
        let n = doc.lines.len();
        // The run known on each diagonal (offset between the copies): `end` is the first
        // position from which the copies differ, so a later position on the same diagonal
        // needs no new comparison.
        let mut diagonals: Vec<(usize, usize)> = Vec::new(); // (offset, end)
        let mut i = 0;
        while i < n {
            let mut best = (0, 0); // (length, earlier start)
            // The most recent earlier occurrences, and the first one (a body written twice
            // starts where the line first appeared, however often it came back since).
            let mut candidates = [None; CANDIDATES + 1];
            let mut candidate = doc.previous_same(i);
            for slot in candidates.iter_mut().take(CANDIDATES) {
                *slot = candidate;
                candidate = candidate.and_then(|j| doc.previous_same(j));
            }
            if candidate.is_some() {
                if let Some(last) = candidates.last_mut() {
                    *last = doc.first_same(i);
                }
            }
            for (rank, j) in candidates.into_iter().enumerate() {
                let Some(j) = j else { continue };
                let offset = i - j;
                let known = diagonals
                    .iter()
                    .find(|&&(d, _)| d == offset)
                    .map(|&(_, end)| end);
                let end = match known {
                    Some(end) if end > i => end,
                    _ => {
                        let mut end = i;
                        // The first occurrence is a new diagonal at every position: it is
                        // followed only if a long line comes within the first lines, so
                        // a page of one repeated short line stays linear.
                        let first_occurrence = rank == CANDIDATES;
                        while end < n && doc.same_key(end, end - offset) {
                            end += 1;
                            if first_occurrence
                                && end - i == FIRST_OCCURRENCE_PROBE
                                && !doc.long_between(i, end)
                            {
                                break;
                            }
                        }
                        match diagonals.iter_mut().find(|(d, _)| *d == offset) {
                            Some(slot) => slot.1 = end,
                            // A first-occurrence diagonal is not kept: it would push out the
                            // diagonals of the recent occurrences, used at every position.
                            None if first_occurrence => {}
                            None => {
                                if diagonals.len() >= 4 * CANDIDATES {
                                    diagonals.remove(0);
                                }
                                diagonals.push((offset, end));
                            }
                        }
                        end
                    }
                };
                if end - i > best.0 {
                    best = (end - i, j);
                }
            }
            let (length, j) = best;
            if length > 0 && doc.long_between(i, i + length) {
                let offset = i - j;
                for position in i..i + length {
                    marks.remove(position, position - offset);
                }
                // One removal per part of the run whose copy stays as consecutive lines
                // (the earlier run may hold lines removed before, or overlap this one).
                let mut part_start = i;
                let mut copy_start = marks.resolve(j);
                let mut copy_next = copy_start;
                for position in i..i + length {
                    let copy = marks.resolve(position - offset);
                    if copy != copy_next {
                        marks.removals.push((
                            part_start..position,
                            copy_start..copy_next,
                            RemovalKind::RepeatedRun,
                        ));
                        part_start = position;
                        copy_start = copy;
                    }
                    copy_next = copy + 1;
                }
                marks.removals.push((
                    part_start..i + length,
                    copy_start..copy_next,
                    RemovalKind::RepeatedRun,
                ));
                i += length;
            } else {
                i += 1;
            }
        }
    }

    /// Rule 2, the title echo: within the next four lines that stay.
    pub(super) fn title_echo_rule(&self, doc: &Document, marks: &mut Marks) {
        if doc.lines.first().is_none_or(|l| l.chars < TITLE_MIN_CHARS) {
            return;
        }
        let mut seen = 0;
        for position in 1..doc.lines.len() {
            if seen >= TITLE_WINDOW {
                break;
            }
            if marks.removed.get(position).copied().unwrap_or(true) {
                continue;
            }
            if doc.same_key(position, 0) {
                marks.remove(position, 0);
                marks
                    .removals
                    .push((position..position + 1, 0..1, RemovalKind::TitleEcho));
            } else {
                seen += 1;
            }
        }
    }

    /// Rule 3, truncated later copies.
    /// Rule 10, the re-flowed copy: a long line whose key is the keys of two or more
    /// earlier lines that stay, consecutive once the output is read, joined by a space.
    /// Earlier lines are indexed by the hash of their opening; a long line tries the
    /// latest one for each word boundary of its own opening, then matches the lines after
    /// it. At most [`REFLOW_TRIES`] tries per line: linear.
    pub(super) fn reflowed_rule(&self, doc: &Document, marks: &mut Marks) {
        let n = doc.lines.len();
        // Only a long line can go, and it joins at least two others.
        if n < 3 || !doc.long_between(2, n) {
            return;
        }
        // The latest line that stays by the hash of its opening, and for each line the
        // one before it with the same opening.
        let mut latest = FingerprintIndex::new(n);
        let mut before: Vec<Option<usize>> = vec_of_none(n);
        // The next line that stays at or after each position (followed with path
        // halving, so that runs of removed lines are skipped in near-constant time).
        let mut next_staying: Vec<usize> = (0..=n)
            .map(|p| {
                if marks.removed.get(p).copied().unwrap_or(false) {
                    p + 1
                } else {
                    p
                }
            })
            .collect();
        for position in 0..n {
            let Some(line) = doc.lines.get(position) else {
                continue;
            };
            if line.chars >= self.min_chars && !marks.removed.get(position).copied().unwrap_or(true)
            {
                let openings = (&latest, before.as_slice());
                let found = self.reflowed_copy(doc, marks, openings, &mut next_staying, position);
                if let Some(copy) = found {
                    marks.remove(position, copy.start);
                    if let Some(slot) = next_staying.get_mut(position) {
                        *slot = position + 1;
                    }
                    if marks.reflowed.len() < n {
                        marks.reflowed.resize(n, None);
                    }
                    if let Some(slot) = marks.reflowed.get_mut(position) {
                        *slot = Some(copy.clone());
                    }
                    marks
                        .removals
                        .push((position..position + 1, copy, RemovalKind::ReflowedCopy));
                    continue;
                }
            }
            // A line with no word (only punctuation) opens nothing.
            if line.chars > 0 && !marks.removed.get(position).copied().unwrap_or(true) {
                let previous = latest.replace(line.opening, position);
                if let Some(slot) = before.get_mut(position) {
                    *slot = previous;
                }
            }
        }
    }

    /// The earlier lines, two or more, whose keys the key of the line at `position` joins.
    pub(super) fn reflowed_copy(
        &self,
        doc: &Document<'_>,
        marks: &Marks,
        (latest, before): (&FingerprintIndex, &[Option<usize>]),
        next_staying: &mut [usize],
        position: usize,
    ) -> Option<Range<usize>> {
        let stays = |p: usize| !marks.removed.get(p).copied().unwrap_or(true);
        // The first line of the copy: a line whose key is a word-boundary beginning of
        // this key, found by the hash of its opening (its first words up to
        // `OPENING_CHARS` characters, or all of them when fewer): a short one is the
        // key's first few words, a longer one shares the key's opening.
        let mut tries = 0;
        for &opening in doc.openings_of(position) {
            // The lines with that opening, latest first.
            let mut candidate = latest.get(opening);
            while let Some(first) = candidate {
                candidate = before.get(first).copied().flatten();
                tries += 1;
                let key = doc.key(position);
                let first_key = doc.key(first);
                let follows = key
                    .strip_prefix(first_key)
                    .and_then(|rest| rest.strip_prefix(' '));
                if let (true, Some(mut rest)) = (stays(first), follows) {
                    // The lines after `first` must take up the rest, exactly; they are
                    // consecutive once the output is read (removed lines are skipped).
                    let mut next = staying_from(next_staying, first + 1);
                    while next < position {
                        let line = doc.key(next);
                        if rest == line {
                            return Some(first..next + 1);
                        }
                        match rest.strip_prefix(line).and_then(|r| r.strip_prefix(' ')) {
                            Some(shorter) if !line.is_empty() => rest = shorter,
                            _ => break,
                        }
                        next = staying_from(next_staying, next + 1);
                    }
                }
                if tries >= REFLOW_TRIES {
                    return None;
                }
            }
        }
        None
    }

    /// Rule 6, teasers: a long line whose key is a word-boundary prefix of the key of the
    /// next line that stays, that line at least half again as long; not the first line
    /// (the title the title echo looks for). Runs after the repeated runs and truncated
    /// copies and before the title echo (whose window counts the lines that stay) and the
    /// re-flowed copies, from the last line back,
    /// so that a chain of teasers (`a`, `a b`, `a b c d`) all go for the full line. A
    /// teaser may be the copy another removal kept: that removal then reads against the
    /// full line (see `find_repeats`), so a second pass finds nothing more. Keys of lines
    /// with within-line repeats are already those of the lines as they will read.
    pub(super) fn teaser_rule(&self, doc: &Document, marks: &mut Marks) {
        let mut after: Option<usize> = None;
        for position in (1..doc.lines.len()).rev() {
            if marks.removed.get(position).copied().unwrap_or(true) {
                continue;
            }
            let Some(next) = after else {
                after = Some(position);
                continue;
            };
            let (Some(line), Some(full_line)) = (doc.lines.get(position), doc.lines.get(next))
            else {
                continue;
            };
            // The prefix hashes first: most lines are no teaser, and keep their keys
            // unbuilt.
            let is_teaser = line.chars >= self.min_chars.max(1)
                && 2 * full_line.chars >= 3 * line.chars
                && line.prefix == full_line.prefix
                && {
                    let (teaser, full) = (doc.key(position), doc.key(next));
                    full.starts_with(teaser) && full.as_bytes().get(teaser.len()) == Some(&b' ')
                };
            if is_teaser {
                marks.remove(position, next);
                marks
                    .removals
                    .push((position..position + 1, next..next + 1, RemovalKind::Teaser));
            } else {
                after = Some(position);
            }
        }
    }

    pub(super) fn truncated_rule(&self, doc: &Document, marks: &mut Marks) {
        if self.min_chars == 0 {
            return;
        }
        let n = doc.lines.len();
        // A truncated copy and its full line are both long.
        let long = doc.long_before.last().copied().unwrap_or(0);
        if long < 2 {
            return;
        }
        // Earlier long lines by the hash of their first `min_chars` key characters (a
        // teaser and its full line share them): the last one seen per hash, for each the
        // one before with the same hash, and how many there are up to it.
        let mut last_by_prefix = FingerprintIndex::new(long);
        let mut previous_by_prefix: Vec<Option<usize>> = vec_of_none(n);
        let mut count_by_prefix: Vec<usize> = alloc::vec![0; n];
        // A group of more than `CANDIDATES` such lines is too many to try one by one:
        // each of its lines is then indexed by every beginning that could be a teaser
        // (ending with a word, at least `min_chars` characters, short of the whole key),
        // so a teaser is found in one look-up however many lines share its beginning.
        let mut beginnings = FingerprintIndex::new(0);
        let mut hashes: Vec<u64> = Vec::new();
        for position in 0..n {
            let Some(info) = doc.lines.get(position) else {
                continue;
            };
            if info.chars < self.min_chars {
                continue;
            }
            let prefix_hash = info.prefix;
            let before = last_by_prefix.get(prefix_hash);
            let count = before.map_or(0, |p| count_by_prefix.get(p).copied().unwrap_or(0));
            let extends = |p: usize| {
                let key = doc.key(position);
                let full = doc.key(p);
                full.len() > key.len()
                    && full.starts_with(key)
                    && full
                        .get(key.len()..)
                        .is_some_and(|rest| rest.starts_with(' '))
            };
            if !marks.removed.get(position).copied().unwrap_or(true) {
                let earlier = if count > CANDIDATES {
                    beginnings_of(doc.key(position), self.min_chars, &mut hashes);
                    hashes
                        .last()
                        .and_then(|&whole| beginnings.get(whole))
                        .filter(|&p| extends(p))
                } else {
                    // All of them, latest first.
                    let mut candidate = before;
                    let mut earlier = None;
                    while let Some(p) = candidate {
                        if extends(p) {
                            earlier = Some(p);
                            break;
                        }
                        candidate = previous_by_prefix.get(p).copied().flatten();
                    }
                    earlier
                };
                if let Some(p) = earlier {
                    marks.remove(position, p);
                    marks.removals.push((
                        position..position + 1,
                        p..p + 1,
                        RemovalKind::TruncatedCopy,
                    ));
                    continue;
                }
            }
            if let Some(slot) = previous_by_prefix.get_mut(position) {
                *slot = before;
            }
            if let Some(slot) = count_by_prefix.get_mut(position) {
                *slot = count + 1;
            }
            last_by_prefix.replace(prefix_hash, position);
            // The group grows too big: its earlier lines are indexed (oldest first, so
            // the latest wins), once; then each new one.
            let mut index = |p: usize, hashes: &mut Vec<u64>| {
                beginnings_of(doc.key(p), self.min_chars, hashes);
                hashes.pop();
                for &h in hashes.iter() {
                    beginnings.replace(h, p);
                }
            };
            if count == CANDIDATES {
                let mut group = Vec::with_capacity(CANDIDATES);
                let mut candidate = before;
                while let Some(p) = candidate {
                    group.push(p);
                    candidate = previous_by_prefix.get(p).copied().flatten();
                }
                for &p in group.iter().rev() {
                    index(p, &mut hashes);
                }
            }
            if count >= CANDIDATES {
                index(position, &mut hashes);
            }
        }
    }
}

/// The hashes of the beginnings of `key` that end with a word and hold at least
/// `min_chars` characters, shortest first (the last is the whole key), into `hashes`
/// (cleared): a rolling hash over the hashes of the words.
pub(super) fn beginnings_of(key: &str, min_chars: usize, hashes: &mut Vec<u64>) {
    hashes.clear();
    let (mut hash, mut chars) = (0u64, 0usize);
    for word in key.split(' ') {
        chars += word.chars().count() + usize::from(chars > 0);
        hash = hash
            .wrapping_mul(ROLLING_BASE)
            .wrapping_add(key_hash(word.as_bytes()));
        if chars >= min_chars {
            hashes.push(hash);
        }
    }
}

/// What the line rules decided, over the non-blank positions.
pub(super) struct Marks {
    pub(super) removed: Vec<bool>,
    /// For a removed position, the earlier position it copies.
    pub(super) copy_of: Vec<Option<usize>>,
    /// Removed positions, the positions of the copy, the rule.
    pub(super) removals: Vec<LineRemoval>,
    /// For a position removed as a re-flowed copy, the lines it joins (filled by the
    /// last rule only).
    pub(super) reflowed: Vec<Option<Range<usize>>>,
}

impl Marks {
    pub(super) fn remove(&mut self, position: usize, copy: usize) {
        if let Some(flag) = self.removed.get_mut(position) {
            *flag = true;
        }
        if let Some(slot) = self.copy_of.get_mut(position) {
            *slot = Some(copy);
        }
    }

    /// The lines a removed `position` reads like when, followed back through removed
    /// copies, it comes to a line removed as a re-flowed copy.
    pub(super) fn reflowed_copy_of(&self, mut position: usize) -> Option<Range<usize>> {
        while self.removed.get(position).copied().unwrap_or(false) {
            if let Some(lines) = self.reflowed.get(position).cloned().flatten() {
                return Some(lines);
            }
            match self.copy_of.get(position).copied().flatten() {
                Some(earlier) if earlier < position => position = earlier,
                _ => return None,
            }
        }
        None
    }

    /// The position that stays for `position`: itself, or what it copies, followed
    /// through removed copies. Every step goes to an earlier position but from a teaser,
    /// whose copy is the line after it; a teaser's copy stayed when it was chosen, so the
    /// steps cannot come back to it (and at most one step per line is taken anyway).
    pub(super) fn resolve(&self, mut position: usize) -> usize {
        for _ in 0..self.removed.len() {
            if !self.removed.get(position).copied().unwrap_or(false) {
                break;
            }
            match self.copy_of.get(position).copied().flatten() {
                Some(copy) if copy != position => position = copy,
                _ => break,
            }
        }
        position
    }
}
