//! Repeated-block deduplication: remove what a scraped page repeats, keep everything else.
//!
//! The unit is a line (split on `\n`; a trailing `\r` belongs to its line). Lines are
//! compared by a *key* built with the crate's normalization (presentation forms, spaces,
//! invisible characters, tatweel, diacritics and hamza carriers folded; case folded;
//! digits of every script as ASCII; punctuation as a space; white space collapsed), but
//! the output is never normalized: removed lines vanish, every other byte stays.
//!
//! What is removed, always keeping the first occurrence:
//! 1. **Repeated runs**: at each non-blank line, the longest run of consecutive lines
//!    whose keys equal a run that starts earlier, if it holds at least one long line (a
//!    key of at least `min_chars` characters). Short lines (a byline, a date, a
//!    subheading) go only inside such a run, never on their own.
//! 2. **Title echo**: the first non-blank line repeated within the next four.
//! 3. **Truncated copies**: a long later line whose key is a word-boundary prefix of an
//!    earlier line's (a teaser ending in `...`).
//! 4. **Within-line repeats**: in a kept line, a run of whole words written twice in a row
//!    (`P P`, `PP`, a whole body flattened into one line twice) keeps its first copy.
//! 5. **Re-flowed copies**: a later long line that is two or more earlier lines joined by a
//!    space (a paragraph printed again as one line).
//!
//! Lines that differ in a word, a number, a date or a month name are kept.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

use crate::normalize::{AlefFold, Normalizer, Whitespace};

/// What a removal removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum RemovalKind {
    /// A run of lines repeating an earlier run.
    RepeatedRun,
    /// The title repeated in the first lines.
    TitleEcho,
    /// A later line that is the beginning of an earlier one (a teaser).
    TruncatedCopy,
    /// The second copy of words written twice in a row inside one line.
    WithinLine,
    /// A later line that is two or more consecutive earlier lines joined (a re-flowed
    /// copy of a paragraph).
    ReflowedCopy,
}

/// One removal: the bytes of the input that are dropped, and the earlier copy that stays.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Removal {
    /// The byte range of the input that is dropped (with the blank lines right before a
    /// removed line).
    pub removed: Range<usize>,
    /// The byte range of the earlier copy that stays.
    pub kept: Range<usize>,
    /// Which rule removed it.
    pub kind: RemovalKind,
}

/// Removes the repeated blocks of `text` with the default [`Deduper`].
///
/// Empty input gives empty output; a text with no repeated long line comes back borrowed,
/// whatever its script (text with no Arabic is compared the same way, case folded); any
/// input, however large, is handled in time about linear in its length.
///
/// # Examples
///
/// ```
/// use std::borrow::Cow;
///
/// let body = "أرست مجموعة العمل تصورا عاما حول مهامها وبرنامج عملها لمواجهة الظاهرة.";
/// let page = format!("العنوان\n{body}\n{body}\n");
/// assert_eq!(arabic_text::dedup(&page), format!("العنوان\n{body}\n"));
/// assert!(matches!(arabic_text::dedup("سطر واحد\n"), Cow::Borrowed(_)));
/// ```
pub fn dedup(text: &str) -> Cow<'_, str> {
    Deduper::new().dedup(text)
}

/// What [`dedup`] would remove, in text order.
///
/// Empty input, and text with no repeated long line (with Arabic or not), give no
/// removals; any input, however large, is handled in time about linear in its length,
/// holding about 150 bytes per line and 200 per word of a long line.
///
/// # Examples
///
/// ```
/// use arabic_text::RemovalKind;
///
/// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
/// let text = format!("{line}\n{line}");
/// let removals = arabic_text::find_repeats(&text);
/// assert_eq!(removals.len(), 1);
/// assert_eq!(removals[0].kind, RemovalKind::RepeatedRun);
/// assert_eq!(&text[removals[0].kept.clone()], line);
/// ```
pub fn find_repeats(text: &str) -> Vec<Removal> {
    Deduper::new().find_repeats(text)
}

/// A stable 64-bit fingerprint of a line's comparison key, so callers can find repeats
/// across documents in their own store. Two lines that [`dedup`] treats as equal have the
/// same fingerprint (a line that repeats words in a row is keyed as it reads without the
/// repeat); the value never changes between runs or versions of this major
/// release.
///
/// Empty input (or a line of only spaces and punctuation) gives the FNV-1a offset basis,
/// the fingerprint of the empty key; text with no Arabic is keyed the same way (case
/// folded, digits as ASCII); a huge line takes time linear in its length.
///
/// # Examples
///
/// ```
/// use arabic_text::line_fingerprint;
///
/// assert_eq!(line_fingerprint("نشر في: ١٧ دجنبر ٢٠١٤"), line_fingerprint("نشر في 17 دجنبر 2014"));
/// assert_ne!(line_fingerprint("17 دجنبر 2014"), line_fingerprint("17 شتنبر 2014"));
/// ```
pub fn line_fingerprint(line: &str) -> u64 {
    let mut scratch = KeyScratch::default();
    let mut key = String::new();
    build_key(line, &mut scratch, &mut key);
    let KeyScratch { words, tandems, .. } = &mut scratch;
    collapse_repeats(&mut key, 0, words, Deduper::new().min_chars, tandems);
    fingerprint(&key)
}

/// Removes repeated blocks, with options.
///
/// # Examples
///
/// ```
/// use arabic_text::Deduper;
///
/// let line = "سطر قصير يتكرر";
/// let text = format!("العنوان\n{line}\n{line}\n");
/// // Short lines are kept unless the threshold is lowered.
/// assert_eq!(Deduper::new().dedup(&text), text);
/// assert_eq!(Deduper::new().min_chars(10).dedup(&text), format!("العنوان\n{line}\n"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Deduper {
    min_chars: usize,
    title_echo: bool,
    truncated: bool,
    within_line: bool,
    reflowed: bool,
}

impl Default for Deduper {
    fn default() -> Self {
        Self::new()
    }
}

/// How many earlier occurrences of a line are tried as the start of a repeated run.
const CANDIDATES: usize = 16;

/// How far a run from a line's first occurrence is followed before it must have met a
/// long line.
const FIRST_OCCURRENCE_PROBE: usize = 64;

/// How many earlier lines a long line tries as the first line of a re-flowed copy.
const REFLOW_TRIES: usize = 8;

/// How many bytes of a key open it, for finding the first line of a re-flowed copy.
const REFLOW_OPENING: usize = 24;

/// The first line at or after `from` that stays, in `next` (a line that stays points to
/// itself, a removed one to the line after it), halving the paths it follows.
fn staying_from(next: &mut [usize], mut from: usize) -> usize {
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

/// The opening of a key: its first [`REFLOW_OPENING`] bytes (cut back to a character
/// boundary), or all of it when shorter.
fn opening_of(key: &str) -> &str {
    let mut end = REFLOW_OPENING.min(key.len());
    while !key.is_char_boundary(end) {
        end -= 1;
    }
    key.get(..end).unwrap_or(key)
}

/// How many lines after the title are checked for an echo.
const TITLE_WINDOW: usize = 4;

/// The shortest title key that counts as an echo.
const TITLE_MIN_CHARS: usize = 10;

/// The normalization behind the comparison keys.
const KEY_NORMALIZER: Normalizer = Normalizer::search()
    .alef(AlefFold::All)
    .punctuation(true)
    .whitespace(Whitespace::CollapseAndTrim);

impl Deduper {
    /// Long lines from 50 key characters, every rule on.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Deduper::new().dedup(""), "");
    /// ```
    pub const fn new() -> Self {
        Deduper {
            min_chars: 50,
            title_echo: true,
            truncated: true,
            within_line: true,
            reflowed: true,
        }
    }

    /// How many key characters make a line long (and a within-line repeat long enough).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "العنوان\nاثنا عشر حرفا\nاثنا عشر حرفا";
    /// assert_eq!(arabic_text::Deduper::new().min_chars(5).dedup(text), "العنوان\nاثنا عشر حرفا");
    /// ```
    pub const fn min_chars(mut self, min_chars: usize) -> Self {
        self.min_chars = min_chars;
        self
    }

    /// Whether the title repeated in the next lines is removed.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "افتتاح المعرض الدولي للكتاب\nافتتاح المعرض الدولي للكتاب\nنص";
    /// assert_eq!(arabic_text::dedup(text), "افتتاح المعرض الدولي للكتاب\nنص");
    /// assert_eq!(arabic_text::Deduper::new().title_echo(false).dedup(text), text);
    /// ```
    pub const fn title_echo(mut self, on: bool) -> Self {
        self.title_echo = on;
        self
    }

    /// Whether a later truncated copy (a teaser) of an earlier line is removed.
    ///
    /// # Examples
    ///
    /// ```
    /// let full = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى والمتوسطة في جهة الدار البيضاء سطات.";
    /// let teaser = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى والمتوسطة...";
    /// let text = format!("{full}\n{teaser}");
    /// assert_eq!(arabic_text::dedup(&text), full);
    /// assert_eq!(arabic_text::Deduper::new().truncated_copies(false).dedup(&text), text);
    /// ```
    pub const fn truncated_copies(mut self, on: bool) -> Self {
        self.truncated = on;
        self
    }

    /// Whether a later long line that is two or more consecutive earlier lines joined (a
    /// paragraph re-flowed into one line, or its lines printed again as one) is removed.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى";
    /// let b = "والمتوسطة في جهة الدار البيضاء سطات.";
    /// let text = format!("{a}\n{b}\n{a} {b}\n");
    /// assert_eq!(arabic_text::dedup(&text), format!("{a}\n{b}\n"));
    /// assert_eq!(arabic_text::Deduper::new().reflowed_copies(false).dedup(&text), text);
    /// ```
    pub const fn reflowed_copies(mut self, on: bool) -> Self {
        self.reflowed = on;
        self
    }

    /// Whether words written twice in a row inside a line lose their second copy.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = "أعلنت الوزارة عن إطلاق برنامج جديد لدعم المقاولات الصغرى.";
    /// let line = format!("{p} {p}");
    /// assert_eq!(arabic_text::dedup(&line), p);
    /// assert_eq!(arabic_text::Deduper::new().within_line(false).dedup(&line), line);
    /// ```
    pub const fn within_line(mut self, on: bool) -> Self {
        self.within_line = on;
        self
    }

    /// Removes the repeated blocks of `text`, borrowing it when nothing is removed.
    ///
    /// Empty input gives empty output; text with no repeated long line, with Arabic or not,
    /// comes back borrowed; any input, however large, takes time about linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    ///
    /// let text = "سطر أول\nسطر ثان\n";
    /// assert!(matches!(arabic_text::Deduper::new().dedup(text), Cow::Borrowed(_)));
    /// ```
    pub fn dedup<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let removals = self.find_repeats(text);
        if removals.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        apply(text, &removals, &mut out);
        Cow::Owned(out)
    }

    /// Appends the deduplicated `text` to `out`.
    ///
    /// Empty input appends nothing; text with no repeat, with Arabic or not, is appended as
    /// it is; any input, however large, takes time about linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut out = String::from("> ");
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
    /// arabic_text::Deduper::new().dedup_into(&format!("{line}\n{line}"), &mut out);
    /// assert_eq!(out, format!("> {line}"));
    /// ```
    pub fn dedup_into(&self, text: &str, out: &mut String) {
        let removals = self.find_repeats(text);
        apply(text, &removals, out);
    }

    /// The removals, in text order, not overlapping; applying them to `text` gives
    /// [`dedup`](Self::dedup)'s output.
    ///
    /// Empty input, and text with no repeated long line (with Arabic or not), give no
    /// removals; any input, however large, takes time about linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
    /// let text = format!("{line}\r\n\r\n{line}\r\n");
    /// let removals = arabic_text::Deduper::new().find_repeats(&text);
    /// assert_eq!(&text[removals[0].removed.clone()], format!("\r\n{line}\r\n"));
    /// ```
    pub fn find_repeats(&self, text: &str) -> Vec<Removal> {
        let doc = Document::new(text, self.min_chars);
        let mut marks = Marks {
            removed: vec_of(false, doc.lines.len()),
            copy_of: vec_of_none(doc.lines.len()),
            removals: Vec::new(),
            reflowed: Vec::new(),
        };
        self.repeated_runs(&doc, &mut marks);
        // Teasers before the title echo, whose window counts only the lines that stay.
        if self.truncated {
            self.truncated_rule(&doc, &mut marks);
        }
        if self.title_echo {
            self.title_echo_rule(&doc, &mut marks);
        }
        // Last: its copy (several lines) must stay whole, and no rule after it may take
        // one of them.
        if self.reflowed {
            self.reflowed_rule(&doc, &mut marks);
        }
        // Line removals, each with the blank lines before it, and the copy that stays.
        let mut result: Vec<Removal> = Vec::with_capacity(marks.removals.len());
        for (lines, copy, kind) in &marks.removals {
            // A re-flowed copy's lines are read as the output has them: lines removed
            // between them are no part of it.
            let gone = *kind != RemovalKind::ReflowedCopy
                && (copy.start..copy.end).any(|p| marks.removed.get(p).copied().unwrap_or(false));
            if !gone {
                let kept = doc.span_of(copy.clone());
                result.push(Removal {
                    removed: doc.removal_span(lines.clone()),
                    kept,
                    kind: *kind,
                });
                continue;
            }
            // A later rule removed part of the copy (a teaser taken out as a truncated
            // copy): each line then goes with the line that stays for its own copy, as a
            // truncated copy when that line is the longer one the teaser began.
            let period = (copy.end - copy.start).max(1);
            for (k, line) in (lines.start..lines.end).enumerate() {
                // A copy removed as a re-flowed copy: this line reads like its lines joined
                // (or, a teaser, like their beginning).
                if let Some(joined) = marks.reflowed_copy_of(copy.start + k % period) {
                    let line_kind = match kind {
                        RemovalKind::TruncatedCopy => RemovalKind::TruncatedCopy,
                        _ => RemovalKind::ReflowedCopy,
                    };
                    result.push(Removal {
                        removed: doc.removal_span(line..line + 1),
                        kept: doc.span_of(joined),
                        kind: line_kind,
                    });
                    continue;
                }
                let stays = marks.resolve(copy.start + k % period);
                let line_kind = if doc.same_key(stays, line) {
                    *kind
                } else {
                    RemovalKind::TruncatedCopy
                };
                result.push(Removal {
                    removed: doc.removal_span(line..line + 1),
                    kept: doc.span_of(stays..stays + 1),
                    kind: line_kind,
                });
            }
        }
        result.sort_by_key(|r| r.removed.start);
        keep_missing_final_break(text, &mut result);
        if self.within_line {
            let mut scratch = KeyScratch::default();
            let mut raw_key = String::new();
            for (position, line) in doc.lines.iter().enumerate() {
                // A line whose key has no repeat was found so when its key was built
                // (`collapse_repeats` runs the same search on the same key).
                if !line.collapsed || marks.removed.get(position).copied().unwrap_or(true) {
                    continue;
                }
                raw_key.clear();
                build_key(
                    text.get(line.content.clone()).unwrap_or_default(),
                    &mut scratch,
                    &mut raw_key,
                );
                let KeyScratch { words, tandems, .. } = &mut scratch;
                within_line(
                    text,
                    line.content.clone(),
                    &raw_key,
                    words,
                    self.min_chars,
                    tandems,
                    &mut result,
                );
            }
        }
        result.sort_by_key(|r| r.removed.start);
        result
    }

    /// Rule 1, repeated runs.
    fn repeated_runs(&self, doc: &Document, marks: &mut Marks) {
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
            let mut candidate = doc.previous_same.get(i).copied().flatten();
            for slot in candidates.iter_mut().take(CANDIDATES) {
                *slot = candidate;
                candidate = candidate.and_then(|j| doc.previous_same.get(j).copied().flatten());
            }
            if candidate.is_some() {
                if let Some(last) = candidates.last_mut() {
                    *last = doc.first_same.get(i).copied().flatten();
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
    fn title_echo_rule(&self, doc: &Document, marks: &mut Marks) {
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
    fn reflowed_rule(&self, doc: &Document, marks: &mut Marks) {
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
            let key = doc.key(position);
            let long = doc
                .lines
                .get(position)
                .is_some_and(|l| l.chars >= self.min_chars);
            if long && !marks.removed.get(position).copied().unwrap_or(true) {
                let openings = (&latest, before.as_slice());
                let found =
                    self.reflowed_copy(doc, marks, openings, &mut next_staying, key, position);
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
            if !marks.removed.get(position).copied().unwrap_or(true) {
                let previous = latest.replace(fingerprint(opening_of(key)), position);
                if let Some(slot) = before.get_mut(position) {
                    *slot = previous;
                }
            }
        }
    }

    /// The earlier lines, two or more, that `key` (of the line at `position`) joins.
    fn reflowed_copy(
        &self,
        doc: &Document,
        marks: &Marks,
        (latest, before): (&FingerprintIndex, &[Option<usize>]),
        next_staying: &mut [usize],
        key: &str,
        position: usize,
    ) -> Option<Range<usize>> {
        let stays = |p: usize| !marks.removed.get(p).copied().unwrap_or(true);
        // The first line of the copy: a line whose key is a word-boundary beginning of
        // `key`, found by the hash of its opening (its first `REFLOW_OPENING` bytes, or
        // all of it when shorter). A short one ends at a word boundary within the
        // opening; a longer one shares the opening.
        let opening = opening_of(key);
        let boundaries = opening
            .bytes()
            .enumerate()
            .filter(|&(at, byte)| byte == b' ' && at > 0)
            .map(|(at, _)| at);
        let mut tries = 0;
        for at in boundaries.chain([opening.len()]) {
            // The lines with that opening, latest first.
            let mut candidate = latest.get(fingerprint(key.get(..at).unwrap_or_default()));
            while let Some(first) = candidate {
                candidate = before.get(first).copied().flatten();
                tries += 1;
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

    fn truncated_rule(&self, doc: &Document, marks: &mut Marks) {
        if self.min_chars == 0 {
            return;
        }
        let n = doc.lines.len();
        // Earlier long lines by the hash of their first `min_chars` key characters (a
        // teaser and its full line share them): the last one seen per hash, for each the
        // one before with the same hash, and how many there are up to it.
        let mut last_by_prefix = FingerprintIndex::new(n);
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
            let key = doc.key(position);
            let prefix_hash = key_hash(prefix_chars(key, self.min_chars).as_bytes());
            let before = last_by_prefix.get(prefix_hash);
            let count = before.map_or(0, |p| count_by_prefix.get(p).copied().unwrap_or(0));
            let extends = |p: usize| {
                let full = doc.key(p);
                full.len() > key.len()
                    && full.starts_with(key)
                    && full
                        .get(key.len()..)
                        .is_some_and(|rest| rest.starts_with(' '))
            };
            if !marks.removed.get(position).copied().unwrap_or(true) {
                let earlier = if count > CANDIDATES {
                    beginnings_of(key, self.min_chars, &mut hashes);
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
fn beginnings_of(key: &str, min_chars: usize, hashes: &mut Vec<u64>) {
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

/// The first `count` characters of `key`.
fn prefix_chars(key: &str, count: usize) -> &str {
    let end = key
        .char_indices()
        .nth(count)
        .map_or(key.len(), |(at, _)| at);
    key.get(..end).unwrap_or(key)
}

/// What the line rules decided, over the non-blank positions.
struct Marks {
    removed: Vec<bool>,
    /// For a removed position, the earlier position it copies.
    copy_of: Vec<Option<usize>>,
    /// Removed positions, the positions of the copy, the rule.
    removals: Vec<LineRemoval>,
    /// For a position removed as a re-flowed copy, the lines it joins (filled by the
    /// last rule only).
    reflowed: Vec<Option<Range<usize>>>,
}

impl Marks {
    fn remove(&mut self, position: usize, copy: usize) {
        if let Some(flag) = self.removed.get_mut(position) {
            *flag = true;
        }
        if let Some(slot) = self.copy_of.get_mut(position) {
            *slot = Some(copy);
        }
    }

    /// The lines a removed `position` reads like when, followed back through removed
    /// copies, it comes to a line removed as a re-flowed copy.
    fn reflowed_copy_of(&self, mut position: usize) -> Option<Range<usize>> {
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

    /// The position that stays for `position`: itself, or what it copies, followed back
    /// through removed copies (every step goes to an earlier position, so this ends).
    fn resolve(&self, mut position: usize) -> usize {
        while self.removed.get(position).copied().unwrap_or(false) {
            match self.copy_of.get(position).copied().flatten() {
                Some(copy) if copy < position => position = copy,
                _ => break,
            }
        }
        position
    }
}

fn vec_of_none(len: usize) -> Vec<Option<usize>> {
    let mut v = Vec::with_capacity(len);
    v.resize(len, None);
    v
}

/// Lines removed (positions among the non-blank lines), the kept copy, the rule.
type LineRemoval = (Range<usize>, Range<usize>, RemovalKind);

fn vec_of(value: bool, len: usize) -> Vec<bool> {
    let mut v = Vec::with_capacity(len);
    v.resize(len, value);
    v
}

/// Applies sorted, non-overlapping removals.
pub(crate) fn apply(text: &str, removals: &[Removal], out: &mut String) {
    for (_, piece) in kept_pieces(text, removals) {
        out.push_str(piece);
    }
}

/// The non-empty pieces of `text` that `removals` (in text order, not overlapping) keep,
/// each with its byte offset.
pub(crate) fn kept_pieces<'t>(
    text: &'t str,
    removals: &'t [Removal],
) -> impl Iterator<Item = (usize, &'t str)> + 't {
    let mut at = 0;
    let mut next = 0;
    core::iter::from_fn(move || {
        loop {
            if at > text.len() {
                return None;
            }
            let end = removals.get(next).map_or(text.len(), |r| r.removed.start);
            let start = at;
            match removals.get(next) {
                Some(r) => at = r.removed.end.max(at),
                None => at = text.len() + 1,
            }
            next += 1;
            if end > start {
                if let Some(piece) = text.get(start..end) {
                    return Some((start, piece));
                }
            }
        }
    })
}

/// One line of the document.
#[derive(Clone, Debug)]
struct Line {
    /// The line without its `\r\n` or `\n`.
    content: Range<usize>,
    /// Where the blank lines right before it start (its own start when there are none),
    /// and the end of its line break: what goes when it is removed.
    removal: Range<usize>,
    /// Its key in the key arena, its fingerprint and its length in characters.
    key: Range<usize>,
    /// The hash of its key ([`key_hash`]).
    hash: u64,
    chars: usize,
    /// The line repeats words in a row, and its key is that of the line without the
    /// repeat (so lines compare as they will read once deduplicated).
    collapsed: bool,
}

/// A document cut into lines, with their keys.
struct Document {
    /// The non-blank lines (blank lines are kept nowhere: they are only ever removed
    /// with the line after them).
    lines: Vec<Line>,
    /// For each non-blank position, the previous position with the same key fingerprint.
    previous_same: Vec<Option<usize>>,
    /// For each non-blank position, the first position with the same key fingerprint.
    first_same: Vec<Option<usize>>,
    /// Prefix counts of long lines over the non-blank positions.
    long_before: Vec<usize>,
    keys: String,
}

impl Document {
    fn new(text: &str, min_chars: usize) -> Self {
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
            let raw = text.get(start..end).unwrap_or_default();
            let content_end = if raw.ends_with('\r') { end - 1 } else { end };
            let content = text.get(start..content_end).unwrap_or_default();
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
    fn key(&self, position: usize) -> &str {
        let range = self.lines.get(position).map_or(0..0, |l| l.key.clone());
        self.keys.get(range).unwrap_or_default()
    }

    /// Whether two non-blank positions have equal keys.
    fn same_key(&self, a: usize, b: usize) -> bool {
        let line = |p: usize| self.lines.get(p);
        match (line(a), line(b)) {
            (Some(x), Some(y)) => x.hash == y.hash && self.key(a) == self.key(b),
            _ => false,
        }
    }

    /// Whether non-blank positions `from..to` hold a long line.
    fn long_between(&self, from: usize, to: usize) -> bool {
        let count = |p: usize| self.long_before.get(p).copied().unwrap_or(0);
        count(to) > count(from)
    }

    /// The byte span of non-blank positions `from..to` (first line start to last line end,
    /// without its line break).
    fn span_of(&self, positions: Range<usize>) -> Range<usize> {
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
    fn removal_span(&self, positions: Range<usize>) -> Range<usize> {
        let first = self.lines.get(positions.start);
        let last = positions.end.checked_sub(1).and_then(|p| self.lines.get(p));
        match (first, last) {
            (Some(first), Some(last)) => first.removal.start..last.removal.end,
            _ => 0..0,
        }
    }
}

/// The length of the line break that ends `text` (0, 1 or 2).
fn break_before(text: &str) -> usize {
    if text.ends_with("\r\n") {
        2
    } else {
        usize::from(text.ends_with('\n'))
    }
}

/// When the text does not end with a line break and its last lines are removed, the
/// removals at the end each take the line break before them instead of the one after, so
/// the output still ends without one. `removals` are line removals in text order.
fn keep_missing_final_break(text: &str, removals: &mut [Removal]) {
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
        let before = break_before(text.get(..removal.removed.start).unwrap_or_default());
        let own = break_before(text.get(..removal.removed.end).unwrap_or_default());
        end = removal.removed.start;
        removal.removed = removal.removed.start - before..removal.removed.end - own;
        k -= 1;
    }
}

/// A map from fingerprints to the last position seen, open addressing, no hashing beyond
/// the fingerprint itself.
struct FingerprintIndex {
    slots: Vec<(u64, usize)>,
    /// Slots taken.
    len: usize,
}

impl FingerprintIndex {
    fn new(count: usize) -> Self {
        let size = (count * 2).next_power_of_two().max(16);
        FingerprintIndex {
            slots: vec_of_slots(size),
            len: 0,
        }
    }

    /// The position recorded for `fp`.
    fn get(&self, fp: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = (fp as usize) & mask;
        loop {
            let &(stored, position) = self.slots.get(slot)?;
            if position == usize::MAX {
                return None;
            }
            if stored == fp {
                return Some(position);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Records `position` for `fp`; returns the position recorded before. The table
    /// doubles when half full, so a probe always ends.
    fn replace(&mut self, fp: u64, position: usize) -> Option<usize> {
        if 2 * (self.len + 1) > self.slots.len() {
            let bigger = vec_of_slots(2 * self.slots.len());
            let old = core::mem::replace(&mut self.slots, bigger);
            self.len = 0;
            for (stored, at) in old {
                if at != usize::MAX {
                    self.replace(stored, at);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut slot = (fp as usize) & mask;
        loop {
            let entry = self.slots.get_mut(slot)?;
            if entry.1 == usize::MAX {
                *entry = (fp, position);
                self.len += 1;
                return None;
            }
            if entry.0 == fp {
                let previous = entry.1;
                entry.1 = position;
                return Some(previous);
            }
            slot = (slot + 1) & mask;
        }
    }
}

fn vec_of_slots(size: usize) -> Vec<(u64, usize)> {
    let mut v = Vec::with_capacity(size);
    v.resize(size, (0, usize::MAX));
    v
}

/// The FNV-1a offset basis, 64 bits.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a prime, 64 bits.
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One FNV-1a step.
#[inline(always)]
fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
}

/// A key's hash ([`key_hash`]) and its length in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct KeyInfo {
    hash: u64,
    chars: usize,
}

/// The hash lines and words are compared by inside one call (always with their bytes, or
/// their whole sequence, when the hashes agree): eight bytes a step, where FNV-1a, kept
/// for the public [`line_fingerprint`], takes one.
fn key_hash(bytes: &[u8]) -> u64 {
    const K0: u64 = 0x9E37_79B9_7F4A_7C15;
    const K1: u64 = 0xD6E8_FEB8_6659_FD93;
    /// The two halves of the 128-bit product, folded.
    #[inline(always)]
    fn mix(a: u64, b: u64) -> u64 {
        let product = u128::from(a) * u128::from(b);
        (product as u64) ^ ((product >> 64) as u64)
    }
    let mut hash = (bytes.len() as u64) ^ K0;
    let mut rest = bytes;
    while let Some((chunk, after)) = rest.split_first_chunk::<8>() {
        if after.is_empty() {
            break;
        }
        hash = mix(hash ^ u64::from_le_bytes(*chunk), K1);
        rest = after;
    }
    // The last one to eight bytes, read without a copy (overlapping reads, as the length
    // is in the hash).
    let last = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        _ if rest.len() == 8 => rest
            .first_chunk::<8>()
            .map_or(0, |c| u64::from_le_bytes(*c)),
        (Some(a), Some(b)) => {
            u64::from(u32::from_le_bytes(*a)) << 32 | u64::from(u32::from_le_bytes(*b))
        }
        _ => match (rest.first(), rest.get(rest.len() / 2), rest.last()) {
            (Some(&a), Some(&b), Some(&c)) => u64::from(a) << 16 | u64::from(b) << 8 | u64::from(c),
            _ => 0,
        },
    };
    hash = mix(hash ^ last, K1);
    mix(hash ^ K0, K1)
}

/// Buffers kept from one line to the next while keys are built, so that a document costs
/// a few allocations, not a few per line.
#[derive(Default)]
struct KeyScratch {
    /// The normalized line.
    normalized: String,
    /// The words of the last key built: the hash of each and its length in characters.
    words: Vec<(u64, usize)>,
    tandems: TandemScratch,
}

/// Writes a key at the end of a string, hashing it and counting its characters and words
/// on the way (one pass where there were four: map, hash, count, split).
struct KeyWriter<'a> {
    out: &'a mut String,
    start: usize,
    words: &'a mut Vec<(u64, usize)>,
    chars: usize,
    /// Where the current word starts in `out`, and its characters so far.
    word_start: usize,
    word_chars: usize,
    pending_space: bool,
}

impl<'a> KeyWriter<'a> {
    /// A writer appending to `out`, listing the words in `words` (cleared).
    fn new(out: &'a mut String, words: &'a mut Vec<(u64, usize)>) -> Self {
        words.clear();
        KeyWriter {
            start: out.len(),
            word_start: out.len(),
            out,
            words,
            chars: 0,
            word_chars: 0,
            pending_space: false,
        }
    }

    /// A separator (white space or punctuation): one space before the next character, if
    /// there is one and the key is not empty.
    #[inline(always)]
    fn separator(&mut self) {
        self.pending_space = self.out.len() > self.start;
    }

    /// Ends the current word (all written: a separator ends a run of [`fast_key`]).
    #[inline(always)]
    fn end_word(&mut self) {
        let word = self.out.get(self.word_start..).unwrap_or_default();
        self.words
            .push((key_hash(word.as_bytes()), self.word_chars));
    }

    /// The space a separator left pending, before a character.
    #[inline(always)]
    fn space(&mut self) {
        if self.pending_space {
            self.pending_space = false;
            self.end_word();
            self.out.push(' ');
            self.chars += 1;
            self.word_start = self.out.len();
            self.word_chars = 0;
        }
    }

    #[inline(always)]
    fn push(&mut self, c: char) {
        self.space();
        self.out.push(c);
        self.chars += 1;
        self.word_chars += 1;
    }

    /// One character that [`fast_key`] copies with the run it is in: counted here,
    /// written when the run ends. No space is pending inside a run (a separator ends it).
    #[inline(always)]
    fn keep(&mut self) {
        self.space();
        self.chars += 1;
        self.word_chars += 1;
    }

    /// Appends `c` in lower case (Arabic letters, the common case, have none).
    #[inline]
    fn push_lowercase(&mut self, c: char) {
        if c.is_ascii() {
            self.push(c.to_ascii_lowercase());
        } else if ('\u{0600}'..='\u{08FF}').contains(&c) || !c.is_uppercase() {
            self.push(c);
        } else {
            for l in c.to_lowercase() {
                self.push(l);
            }
        }
    }

    fn finish(mut self) -> KeyInfo {
        if self.out.len() > self.start {
            self.end_word();
        }
        let key = self.out.get(self.start..).unwrap_or_default();
        KeyInfo {
            hash: key_hash(key.as_bytes()),
            chars: self.chars,
        }
    }
}

/// Builds the comparison key of a line at the end of `out`, and the list of its words in
/// `scratch.words`; returns the key's fingerprint and length.
fn build_key(line: &str, scratch: &mut KeyScratch, out: &mut String) -> KeyInfo {
    let start = out.len();
    let KeyScratch {
        normalized, words, ..
    } = scratch;
    out.reserve(line.len());
    let mut key = KeyWriter::new(out, words);
    if fast_key(line, &mut key) {
        return key.finish();
    }
    // A character whose normalization depends on its neighbours (or that the fast path
    // does not know): the whole line goes through the normalizer.
    out.truncate(start);
    normalized.clear();
    KEY_NORMALIZER.normalize_into(line, normalized);
    let mut key = KeyWriter::new(out, words);
    for c in normalized.chars() {
        key_char(c, &mut key);
    }
    key.finish()
}

/// What the key makes of one character of the normalized line.
#[inline]
fn key_char(c: char, key: &mut KeyWriter<'_>) {
    // The common case: a basic Arabic letter, with no case and no punctuation.
    if ('\u{0621}'..='\u{064A}').contains(&c) {
        key.push(c);
    } else if c.is_ascii() {
        if is_ascii_separator(c as u8) {
            key.separator();
        } else {
            key.push(c.to_ascii_lowercase());
        }
    } else if c.is_whitespace() || is_punctuation(c) {
        key.separator();
    } else {
        key.push_lowercase(c);
    }
}

/// ASCII white space (as `char::is_whitespace`, with U+000B) and punctuation.
#[inline]
fn is_ascii_separator(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ') || b.is_ascii_punctuation()
}

/// What the key normalizer and then the key make of a character of U+0600..=U+06FF that
/// stands among characters the fast path knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FastArabic {
    /// Its normalization may depend on its neighbours, or the fast path does not know it.
    Normalizer,
    /// Deleted (tatweel, harakat).
    Delete,
    /// Punctuation: a separator in the key.
    Separator,
    /// Goes into the key as it is.
    Keep,
    /// Goes into the key as this other character (a fold, an ASCII digit).
    Push(char),
}

/// [`FastArabic`] for U+0600 + index: the basic letters with the folds of the `search`
/// preset (`آ أ إ` → `ا`, `ؤ` → `و`, `ئ ى` → `ي`, `ة` → `ه`), the Maghrebi `ڤ ڨ` (kept),
/// tatweel and the harakat U+064B..=U+0652 (deleted: they compose with nothing, and
/// `ٓ ٔ ٕ`, which do, are not in the table), the Arabic punctuation, and the digits (to
/// ASCII). The decimal separators `٫ ٬` depend on their neighbours and are not in it. A
/// unit test checks every entry against the normalizer, alone and between neighbours.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const FAST_ARABIC: [FastArabic; 256] = {
    let mut t = [FastArabic::Normalizer; 256];
    let mut i = 0x21;
    while i <= 0x4A {
        if i <= 0x3A || i >= 0x41 {
            t[i] = FastArabic::Keep;
        }
        i += 1;
    }
    t[0x22] = FastArabic::Push('\u{0627}');
    t[0x23] = FastArabic::Push('\u{0627}');
    t[0x25] = FastArabic::Push('\u{0627}');
    t[0x24] = FastArabic::Push('\u{0648}');
    t[0x26] = FastArabic::Push('\u{064A}');
    t[0x49] = FastArabic::Push('\u{064A}');
    t[0x29] = FastArabic::Push('\u{0647}');
    t[0xA4] = FastArabic::Keep;
    t[0xA8] = FastArabic::Keep;
    t[0x40] = FastArabic::Delete;
    let mut i = 0x4B;
    while i <= 0x52 {
        t[i] = FastArabic::Delete;
        i += 1;
    }
    t[0x0C] = FastArabic::Separator;
    t[0x1B] = FastArabic::Separator;
    t[0x1F] = FastArabic::Separator;
    t[0x6A] = FastArabic::Separator;
    t[0x6D] = FastArabic::Separator;
    t[0xD4] = FastArabic::Separator;
    let mut d = 0;
    while d < 10 {
        if let Some(digit) = char::from_digit(d, 10) {
            t[0x60 + d as usize] = FastArabic::Push(digit);
            t[0xF0 + d as usize] = FastArabic::Push(digit);
        }
        d += 1;
    }
    t
};

/// The key of a line whose every character is one the key normalizer maps on its own, the
/// same wherever it stands (ASCII, the Arabic characters of [`FAST_ARABIC`], Latin letters
/// up to U+024F, no-break space, guillemets and the dashes and quotes U+2010..=U+2027),
/// built straight from the line. Returns `false` at the first other character (the
/// caller then starts again with the normalizer).
fn fast_key(line: &str, key: &mut KeyWriter<'_>) -> bool {
    let bytes = line.as_bytes();
    let mut i = 0;
    // Characters that go into the key as they are, from `run` to `i`, are copied at once
    // when the run ends.
    let mut run = 0;
    while let Some(&b) = bytes.get(i) {
        let (len, action) = if b < 0x80 {
            let action = if is_ascii_separator(b) {
                FastArabic::Separator
            } else if b.is_ascii_uppercase() {
                FastArabic::Push(char::from(b.to_ascii_lowercase()))
            } else {
                FastArabic::Keep
            };
            (1, action)
        } else if b & 0xFC == 0xD8 {
            // U+0600..=U+06FF, two bytes.
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let index = crate::normalize::arabic_index(b, second);
            (
                2,
                FAST_ARABIC
                    .get(index)
                    .copied()
                    .unwrap_or(FastArabic::Normalizer),
            )
        } else {
            let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
                return false;
            };
            let action = match c {
                '\u{00A0}' | '\u{00AB}' | '\u{00BB}' | '\u{2010}'..='\u{2027}' => {
                    FastArabic::Separator
                }
                '\u{00C0}'..='\u{024F}' if c.is_uppercase() => {
                    // One letter in lower case (not `İ`, two).
                    let mut lower = c.to_lowercase();
                    match (lower.next(), lower.next()) {
                        (Some(l), None) => FastArabic::Push(l),
                        _ => FastArabic::Normalizer,
                    }
                }
                '\u{00C0}'..='\u{024F}' => FastArabic::Keep,
                _ => FastArabic::Normalizer,
            };
            (c.len_utf8(), action)
        };
        match action {
            FastArabic::Keep => key.keep(),
            FastArabic::Normalizer => return false,
            other => {
                key.out.push_str(line.get(run..i).unwrap_or_default());
                run = i + len;
                match other {
                    FastArabic::Push(c) => key.push(c),
                    FastArabic::Separator => key.separator(),
                    _ => {}
                }
            }
        }
        i += len;
    }
    key.out.push_str(line.get(run..).unwrap_or_default());
    true
}

/// Appends `c` in lower case to `key` (as [`KeyWriter::push_lowercase`] does).
fn push_lowercase(key: &mut String, c: char) {
    if c.is_ascii() {
        key.push(c.to_ascii_lowercase());
    } else if ('\u{0600}'..='\u{08FF}').contains(&c) || !c.is_uppercase() {
        key.push(c);
    } else {
        key.extend(c.to_lowercase());
    }
}

/// Punctuation, Arabic and Latin: ASCII punctuation, the Arabic signs, guillemets, dashes,
/// quotes and the general punctuation block.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{00A1}' | '\u{00AB}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
            | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}'
            | '\u{066A}'..='\u{066D}' | '\u{06D4}'
            | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
            | '\u{3001}' | '\u{3002}' | '\u{FD3E}' | '\u{FD3F}')
}

/// FNV-1a, 64 bits: stable across runs, platforms and versions.
fn fingerprint(key: &str) -> u64 {
    key.as_bytes()
        .iter()
        .fold(FNV_OFFSET, |hash, &byte| fnv_step(hash, byte))
}

/// Removes from the line key `out[start..]`, whose words are `words`, the second copies of
/// words written twice in a row (rule 4); returns the new key's fingerprint and length if
/// there were any.
fn collapse_repeats(
    out: &mut String,
    start: usize,
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Option<KeyInfo> {
    let key = out.get(start..).unwrap_or_default();
    if key.len() < 2 * min_chars.max(1) {
        return None;
    }
    let plan = repeat_plan(words, min_chars, scratch);
    if plan.is_empty() {
        return None;
    }
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let mut collapsed = String::with_capacity(key.len());
    let mut groups = plan.iter().peekable();
    let mut index = 0;
    while index < words.len() {
        if let Some(group) = groups.peek() {
            if index == group.removed.start {
                index = group.removed.end;
                groups.next();
                continue;
            }
        }
        if let Some(word) = words.get(index) {
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(word);
        }
        index += 1;
    }
    out.truncate(start);
    out.push_str(&collapsed);
    Some(KeyInfo {
        hash: key_hash(collapsed.as_bytes()),
        chars: collapsed.chars().count(),
    })
}

/// A run of words removed as a repeat, and the first and last words of the copy that
/// stays: word for word the same keys, the copy's words one after the other, all left in
/// the output.
struct RepeatGroup {
    removed: Range<usize>,
    kept: (usize, usize),
}

/// Which words of a sequence go as within-line repeats: tandem repeats are removed, then
/// looked for again in what is left (removing `A` from `B A A B A` leaves `B A B A`),
/// until none is left. At most eight rounds, each linear.
///
/// Each removed word has a twin: the word of the copy that stays in its place (a twin
/// removed in a later round hands on its own twin). A group is a run of removed words,
/// one after the other, whose twins are words left in the output one after the other:
/// so a group reads like its copy even when rounds nest (`P Q Q P'`, where the second
/// round's copy of `P Q` is split by the first round's `Q`).
fn repeat_plan(
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Vec<RepeatGroup> {
    // The first round on its own: most lines have no repeat, and then need nothing more.
    let mut found = tandems(words, min_chars, scratch);
    if found.is_empty() {
        return Vec::new();
    }
    let n = words.len();
    let mut removed = vec_of(false, n);
    // For a removed word: the word of the copy in its place.
    let mut twin: Vec<usize> = (0..n).collect();
    let mut alive: Vec<usize> = (0..n).collect();
    for round in 0..8 {
        if round > 0 {
            let current: Vec<(u64, usize)> = alive
                .iter()
                .filter_map(|&o| words.get(o).copied())
                .collect();
            found = tandems(&current, min_chars, scratch);
            if found.is_empty() {
                break;
            }
        }
        for &(j, i, period) in &found {
            for k in i..i + period {
                let (Some(&original), Some(&copy)) = (alive.get(k), alive.get(j + (k - i))) else {
                    continue;
                };
                if let Some(flag) = removed.get_mut(original) {
                    *flag = true;
                }
                if let Some(slot) = twin.get_mut(original) {
                    *slot = copy;
                }
            }
        }
        alive.retain(|&o| !removed.get(o).copied().unwrap_or(false));
    }
    // Twins removed in a later round hand on theirs (each hand-on goes to an earlier word,
    // so resolving in word order finds every twin already resolved).
    for k in 0..n {
        if removed.get(k).copied().unwrap_or(false) {
            let t = twin.get(k).copied().unwrap_or(k);
            if t < k && removed.get(t).copied().unwrap_or(false) {
                let resolved = twin.get(t).copied().unwrap_or(t);
                if let Some(slot) = twin.get_mut(k) {
                    *slot = resolved;
                }
            }
        }
    }
    let mut groups: Vec<RepeatGroup> = Vec::new();
    let mut open = false;
    for k in 0..n {
        if !removed.get(k).copied().unwrap_or(false) {
            open = false;
            continue;
        }
        let t = twin.get(k).copied().unwrap_or(k);
        match groups.last_mut() {
            Some(group) if open && group.kept.1 + 1 == t => {
                group.removed.end = k + 1;
                group.kept.1 = t;
            }
            _ => groups.push(RepeatGroup {
                removed: k..k + 1,
                kept: (t, t),
            }),
        }
        open = true;
    }
    // A run written more than twice (`P P P`): its copies, side by side, repeat the same
    // copy, and go as one.
    let mut merged: Vec<RepeatGroup> = Vec::with_capacity(groups.len());
    for group in groups {
        match merged.last_mut() {
            Some(last) if last.removed.end == group.removed.start && last.kept == group.kept => {
                last.removed.end = group.removed.end;
            }
            _ => merged.push(group),
        }
    }
    merged
}

/// The key of one word, hashed, and its length in characters: the character rules of the
/// key normalizer applied one character at a time (a word has no clusters to reorder that
/// would change its equality with another copy of itself), then lower case.
fn word_key(word: &str) -> (u64, usize) {
    let mut key = String::new();
    let mut one = [0u8; 4];
    for c in word.chars() {
        let mapped = KEY_NORMALIZER.normalize(c.encode_utf8(&mut one));
        for m in mapped.chars() {
            push_lowercase(&mut key, m);
        }
    }
    // Hashed as the key builder hashes its words, so the two lists compare.
    (key_hash(key.as_bytes()), key.chars().count())
}

/// Rule 4: words written twice in a row inside the line `content`, whose key is `key`.
fn within_line(
    text: &str,
    content: Range<usize>,
    key: &str,
    key_words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
    out: &mut Vec<Removal>,
) {
    if key.len() < 2 * min_chars.max(1) {
        return;
    }
    // First on the key's words (cheap, and most lines have no repeat at all).
    let mut plan = repeat_plan(key_words, min_chars, scratch);
    if plan.is_empty() {
        return;
    }
    // The words of the line itself, for their byte offsets: runs of characters that are
    // neither white space nor punctuation, leaving out runs of marks alone (no key).
    let line = text.get(content.clone()).unwrap_or_default();
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut word_start = None;
    for (at, c) in line
        .char_indices()
        .chain(core::iter::once((line.len(), ' ')))
    {
        let separator = c.is_whitespace() || is_punctuation(c);
        match (word_start, separator) {
            (None, false) => word_start = Some(at),
            (Some(start), true) => {
                let word = line.get(start..at).unwrap_or_default();
                let has_key = word.chars().any(|c| {
                    !crate::normalize::is_diacritic(c)
                        && !crate::normalize::is_invisible(c)
                        && c != '\u{0640}'
                });
                if has_key {
                    words.push(content.start + start..content.start + at);
                }
                word_start = None;
            }
            _ => {}
        }
    }
    // The line's words and the key's agree word for word unless a ligature expanded into
    // several words (`ﷺ`) or a word's key is empty (`ﹶ`, a mark's presentation form):
    // each word gets its own key, words with an empty key are no words, and when the
    // line's words differ from the key's, the repeats are found on the line's.
    let own: Vec<(u64, usize)> = words
        .iter()
        .map(|w| word_key(text.get(w.clone()).unwrap_or_default()))
        .collect();
    if own.iter().any(|&(_, chars)| chars == 0) {
        let mut k = 0;
        words.retain(|_| {
            let keep = own.get(k).is_some_and(|&(_, chars)| chars > 0);
            k += 1;
            keep
        });
    }
    let own: Vec<(u64, usize)> = own.into_iter().filter(|&(_, chars)| chars > 0).collect();
    if own.as_slice() != key_words {
        plan = repeat_plan(&own, min_chars, scratch);
    }
    // Each run of removed words goes from the end of the word before it (the end of the
    // copy that stays) to the end of its last word.
    // Each group goes from the end of the word before it to the end of its last word; its
    // copy runs from the first to the last word of the copy that stays.
    for group in plan {
        let Some(before) = group.removed.start.checked_sub(1) else {
            continue;
        };
        let copy_end = words.get(before).map_or(0, |w| w.end);
        let removed_end = words.get(group.removed.end - 1).map_or(0, |w| w.end);
        let kept_start = words.get(group.kept.0).map_or(0, |w| w.start);
        let kept_end = words.get(group.kept.1).map_or(0, |w| w.end).min(copy_end);
        out.push(Removal {
            removed: copy_end..removed_end,
            kept: kept_start.min(kept_end)..kept_end,
            kind: RemovalKind::WithinLine,
        });
    }
}

/// Buffers of [`tandems`], kept from one call to the next.
#[derive(Default)]
struct TandemScratch {
    /// Open addressing by word hash: the hash, its first and its last position
    /// (`usize::MAX` for a free slot).
    slots: Vec<(u64, usize, usize)>,
    /// For each word, the previous word with the same hash.
    previous: Vec<Option<usize>>,
    /// For each word, the first word with the same hash (none for that word itself).
    first: Vec<Option<usize>>,
    /// Rolling hashes of the prefixes, powers of the base, key characters before each word.
    prefix: Vec<u64>,
    powers: Vec<u64>,
    chars_before: Vec<usize>,
}

impl TandemScratch {
    /// Fills `previous` and `first` for `words`.
    fn index(&mut self, words: &[(u64, usize)]) {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        self.slots.clear();
        self.slots.resize(size, (0, usize::MAX, usize::MAX));
        self.previous.clear();
        self.first.clear();
        self.previous.reserve(words.len());
        self.first.reserve(words.len());
        for (position, &(hash, _)) in words.iter().enumerate() {
            // At most half the slots are taken: the probe ends.
            let mut slot = (hash as usize) & mask;
            let (previous, first) = loop {
                let Some(entry) = self.slots.get_mut(slot) else {
                    break (None, None);
                };
                if entry.1 == usize::MAX {
                    *entry = (hash, position, position);
                    break (None, None);
                }
                if entry.0 == hash {
                    let previous = entry.2;
                    entry.2 = position;
                    break (Some(previous), Some(entry.1));
                }
                slot = (slot + 1) & mask;
            };
            self.previous.push(previous);
            self.first.push(first);
        }
    }

    /// Fills the prefix sums of `words`: rolling hashes, powers, characters.
    fn prefixes(&mut self, words: &[(u64, usize)]) {
        self.prefix.clear();
        self.powers.clear();
        self.chars_before.clear();
        self.prefix.reserve(words.len() + 1);
        self.powers.reserve(words.len() + 1);
        self.chars_before.reserve(words.len() + 1);
        let (mut hash, mut power, mut chars) = (0u64, 1u64, 0usize);
        self.prefix.push(hash);
        self.powers.push(power);
        self.chars_before.push(chars);
        for &(word, length) in words {
            hash = hash.wrapping_mul(ROLLING_BASE).wrapping_add(word);
            power = power.wrapping_mul(ROLLING_BASE);
            chars += length + 1;
            self.prefix.push(hash);
            self.powers.push(power);
            self.chars_before.push(chars);
        }
    }

    /// The rolling hash of words `from..to`.
    #[inline]
    fn run_hash(&self, from: usize, to: usize) -> u64 {
        let a = self.prefix.get(to).copied().unwrap_or(0);
        let b = self.prefix.get(from).copied().unwrap_or(0);
        let p = self.powers.get(to - from).copied().unwrap_or(0);
        a.wrapping_sub(b.wrapping_mul(p))
    }

    /// The key length of words `from..to`: their characters plus the spaces between them.
    #[inline]
    fn run_chars(&self, from: usize, to: usize) -> usize {
        self.chars_before.get(to).copied().unwrap_or(0)
            - self.chars_before.get(from).copied().unwrap_or(0)
            - 1
    }
}

/// The base of the rolling hash over word hashes.
const ROLLING_BASE: u64 = 0x100_0000_01b3;

/// Tandem repeats in a sequence of words given as (key hash, key length): `(j, i, p)`
/// when words `j..i` equal words `i..i + p` (`p = i - j`) and hold at least `min_chars`
/// key characters; left to right, not overlapping. Linear time: each word is tried
/// against a few earlier occurrences of itself, runs are compared by rolling hash (and
/// checked word by word when the hashes agree).
fn tandems(
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Vec<(usize, usize, usize)> {
    let n = words.len();
    let mut found = Vec::new();
    if n < 2 {
        return found;
    }
    scratch.index(words);
    // A repeat needs a word seen before, with room after it for a second copy.
    if !scratch
        .previous
        .iter()
        .enumerate()
        .any(|(i, p)| p.is_some_and(|j| 2 * i - j <= n))
    {
        return found;
    }
    scratch.prefixes(words);
    let scratch = &*scratch;
    let hit = |j: usize, i: usize| {
        let period = i - j;
        i + period <= n
            && scratch.run_chars(j, i) >= min_chars
            && scratch.run_hash(j, i) == scratch.run_hash(i, i + period)
            && words
                .get(j..i)
                .zip(words.get(i..i + period))
                .is_some_and(|(a, b)| a == b)
    };
    let mut i = 1;
    let mut removed_until = 0;
    while i < n {
        let mut found_at = None;
        // The most recent earlier occurrences of the word, then its first one. The first
        // copy must stay: it may not reach into a copy removed before (`X X X` loses its
        // third copy in the next round, against the first).
        let mut candidate = scratch.previous.get(i).copied().flatten();
        let mut tried = 0;
        while let Some(j) = candidate {
            let j = if tried == CANDIDATES {
                match scratch.first.get(i).copied().flatten() {
                    Some(first) => first,
                    None => break,
                }
            } else {
                j
            };
            // Candidates come latest first, and the first occurrence is the earliest: past
            // one with no room after `i` for a second copy, or reaching into a removed
            // copy, none is left that could do.
            if 2 * i - j > n || j < removed_until {
                break;
            }
            if hit(j, i) {
                found_at = Some(j);
                break;
            }
            if tried == CANDIDATES {
                break;
            }
            tried += 1;
            candidate = scratch.previous.get(j).copied().flatten();
        }
        match found_at {
            Some(j) => {
                let period = i - j;
                found.push((j, i, period));
                i += period;
                removed_until = i;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removal(removed: Range<usize>) -> Removal {
        Removal {
            removed,
            kept: 0..0,
            kind: RemovalKind::RepeatedRun,
        }
    }

    #[test]
    fn kept_pieces_are_the_complement_of_the_removals() {
        let text = "aaa\nbbb\nccc\nddd\n";
        let removals = [removal(4..8), removal(12..16)];
        let pieces: Vec<_> = kept_pieces(text, &removals).collect();
        assert_eq!(pieces, [(0, "aaa\n"), (8, "ccc\n")]);
        let at_start = [removal(0..4)];
        let pieces: Vec<_> = kept_pieces(text, &at_start).collect();
        assert_eq!(pieces, [(4, "bbb\nccc\nddd\n")]);
        assert_eq!(kept_pieces("", &[]).count(), 0);
        assert_eq!(kept_pieces(text, &[removal(0..16)]).count(), 0);
    }

    use alloc::format;

    /// `line_fingerprint` is a stable public value: FNV-1a 64 over the UTF-8 bytes of the
    /// key. The values below were computed from the keys by hand (the FNV-1a definition),
    /// not by this crate.
    #[test]
    fn line_fingerprint_values_are_pinned() {
        // The empty key: the FNV-1a offset basis.
        assert_eq!(line_fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(line_fingerprint(" ،، \t"), 0xcbf2_9ce4_8422_2325);
        // Key "hello world": case folded, punctuation to a space, spaces collapsed.
        assert_eq!(line_fingerprint("Hello,  World!"), 0x779a_65e7_023c_d2e7);
        // Key "نشر في 17 دجنبر 2014": digits to ASCII, punctuation dropped.
        assert_eq!(
            line_fingerprint("نشر في: ١٧ دجنبر ٢٠١٤"),
            0x75a7_c151_c58b_8bce
        );
        // Key "مدرسه جديده": diacritics dropped, teh marbuta folded, tatweel dropped.
        assert_eq!(line_fingerprint("مَدْرَسَةٌ  جـديدة"), 0xb24b_5d50_a8f9_2f5f);
    }

    /// A line that repeats words in a row has the fingerprint of the line without them.
    #[test]
    fn line_fingerprint_of_a_repeat_is_that_of_one_copy() {
        let p = "أعلنت الوزارة عن إطلاق برنامج جديد لدعم المقاولات الصغرى في الجهة.";
        assert_eq!(line_fingerprint(&format!("{p} {p}")), line_fingerprint(p));
        assert_eq!(line_fingerprint(&format!("{p}{p}")), line_fingerprint(p));
    }

    /// The fused key pass gives the key, its fingerprint, its length and its words as the
    /// separate passes did.
    #[test]
    fn key_info_and_words_agree_with_the_key() {
        let mut scratch = KeyScratch::default();
        for line in [
            "",
            "  ",
            "ÉCOLE İstanbul ΣΟΦΙΑ, Rabat (MAP) – ١٢٣",
            "نشر في: ١٧ دجنبر ٢٠١٤",
            "\u{FEFB}\u{FDFA} كشـ24 «قال» …",
        ] {
            let mut key = String::from("prefix");
            let info = build_key(line, &mut scratch, &mut key);
            let key = key.get("prefix".len()..).unwrap_or_default();
            assert_eq!(info.hash, key_hash(key.as_bytes()), "{line:?}");
            assert_eq!(info.chars, key.chars().count(), "{line:?}");
            let words: Vec<(u64, usize)> = key
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| (key_hash(w.as_bytes()), w.chars().count()))
                .collect();
            assert_eq!(scratch.words, words, "{line:?}");
        }
    }

    /// A key, its fingerprint and length, and its words.
    type Built = (String, KeyInfo, Vec<(u64, usize)>);

    /// The key through the normalizer, as every line went before the fast path.
    fn slow_key(line: &str) -> Built {
        let normalized = KEY_NORMALIZER.normalize(line);
        let mut out = String::new();
        let mut words = Vec::new();
        let mut key = KeyWriter::new(&mut out, &mut words);
        for c in normalized.chars() {
            key_char(c, &mut key);
        }
        let info = key.finish();
        (out, info, words)
    }

    /// The key through the fast path, if it takes the line.
    fn fast(line: &str) -> Option<Built> {
        let mut out = String::new();
        let mut words = Vec::new();
        let mut key = KeyWriter::new(&mut out, &mut words);
        if !fast_key(line, &mut key) {
            return None;
        }
        let info = key.finish();
        Some((out, info, words))
    }

    /// Every character the fast path takes.
    fn fast_chars() -> Vec<char> {
        let mut chars: Vec<char> = (0u8..0x80).map(char::from).collect();
        chars.extend(
            ('\u{0600}'..='\u{06FF}')
                .zip(FAST_ARABIC)
                .filter(|&(_, f)| f != FastArabic::Normalizer)
                .map(|(c, _)| c),
        );
        chars.extend(['\u{00A0}', '\u{00AB}', '\u{00BB}']);
        chars.extend(('\u{00C0}'..='\u{024F}').filter(|&c| c != '\u{0130}'));
        chars.extend('\u{2010}'..='\u{2027}');
        chars
    }

    /// The fast path gives what the normalizer gives, for each character it takes alone
    /// and between neighbours (letters that fold or compose, marks, tatweel, digits,
    /// separators), and it takes no other character.
    #[test]
    fn fast_key_agrees_with_the_normalizer() {
        let chars = fast_chars();
        for cp in 0..0x3000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let line = format!("ب{c}ب");
            match fast(&line) {
                Some(key) => {
                    assert!(chars.contains(&c), "U+{cp:04X} taken");
                    assert_eq!(key, slow_key(&line), "U+{cp:04X}");
                }
                None => assert!(!chars.contains(&c), "U+{cp:04X} not taken"),
            }
        }
        let around = [
            "",
            " ",
            "ب",
            "ا",
            "و",
            "ي",
            "ة",
            "أ",
            "a",
            "A",
            "é",
            "1",
            "١",
            ".",
            "،",
            "ـ",
            "\u{064E}",
            "\u{0651}\u{064F}",
            "\u{00A0}",
            "«",
            "–",
            "\t",
            "\r",
        ];
        for c in chars {
            for before in around {
                for after in around {
                    let line = format!("{before}{c}{after}");
                    assert_eq!(fast(&line), Some(slow_key(&line)), "{line:?}");
                }
            }
        }
    }

    /// The same on random strings of those characters.
    #[test]
    fn fast_key_agrees_with_the_normalizer_on_random_lines() {
        let chars = fast_chars();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap_or(0)
        };
        for _ in 0..20_000 {
            let len = next(16);
            let line: String = (0..len)
                .map(|_| {
                    // Mostly Arabic letters and marks, as in the text the path is for.
                    if next(2) == 0 {
                        char::from_u32(0x621 + next(0x32) as u32).unwrap_or(' ')
                    } else {
                        chars.get(next(chars.len())).copied().unwrap_or(' ')
                    }
                })
                .collect();
            if let Some(key) = fast(&line) {
                assert_eq!(key, slow_key(&line), "{line:?}");
            }
        }
    }

    /// The internal hash tells apart every string of up to two bytes and every piece of
    /// a text, at every length of the tail (one to eight bytes after the last full step).
    #[test]
    fn key_hash_has_no_collision_on_short_and_near_strings() {
        let mut seen = alloc::collections::BTreeMap::new();
        let mut check = |bytes: &[u8]| {
            if let Some(other) = seen.insert(key_hash(bytes), bytes.to_vec()) {
                assert_eq!(other, bytes, "collision");
            }
        };
        check(b"");
        for a in 0..=255u8 {
            check(&[a]);
            for b in 0..=255u8 {
                check(&[a, b]);
            }
        }
        let text = "أعلنت وزارة الداخلية عن إطلاق برنامج جديد لدعم المقاولات الصغرى في جهة الدار";
        let bytes = text.as_bytes();
        for len in 3..=40 {
            for window in bytes.windows(len) {
                check(window);
            }
        }
    }

    /// A teaser is found among any number of lines that share its first `min_chars` key
    /// characters, whichever of them it begins (up to 16 they are tried one by one, past
    /// that by an index of their beginnings).
    #[test]
    fn teaser_found_among_many_lines_with_the_same_beginning() {
        let head = "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج جديد لدعم المقاولات";
        for count in [3, 16, 17, 40] {
            for target in [0, count / 2, count - 1] {
                let mut text = String::new();
                for k in 0..count {
                    text.push_str(&format!("{head} في الجهة رقم {k} حسب بلاغ للوزارة.\n"));
                }
                let kept = text.clone();
                text.push_str(&format!("{head} في الجهة رقم {target} حسب...\n"));
                assert_eq!(dedup(&text), kept, "{count} lines, teaser of {target}");
                let removals = find_repeats(&text);
                assert_eq!(removals.len(), 1);
                let r = removals.first().cloned();
                assert_eq!(r.as_ref().map(|r| r.kind), Some(RemovalKind::TruncatedCopy));
                let kept_line = r.and_then(|r| text.get(r.kept).map(String::from));
                assert_eq!(
                    kept_line,
                    Some(format!("{head} في الجهة رقم {target} حسب بلاغ للوزارة."))
                );
            }
        }
    }
}
