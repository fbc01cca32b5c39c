//! Mapping output byte ranges back to the input.

use crate::Span;
use core::ops::Range;

use alloc::string::String;
use alloc::vec::Vec;

use super::engine::Sink;

/// One changed stretch: `count` units, each of `out_unit` output bytes replacing
/// `in_unit` input bytes (a run of folded letters or converted digits is one edit; a
/// deletion has no output bytes and one unit). Between two edits the output is the input,
/// byte for byte, so kept text costs no memory.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Edit {
    out_start: usize,
    in_start: usize,
    out_unit: usize,
    in_unit: usize,
    count: usize,
}

impl Edit {
    fn out_end(&self) -> usize {
        self.out_start + self.out_unit * self.count
    }

    fn in_end(&self) -> usize {
        self.in_start + self.in_unit * self.count
    }

    /// The input range of the unit holding output byte `pos` (inside the edit).
    fn unit_input(&self, pos: usize) -> Range<usize> {
        let k = (pos - self.out_start) / self.out_unit.max(1);
        let start = self.in_start + k * self.in_unit;
        start..start + self.in_unit
    }
}

/// Maps byte ranges of a normalized text back to the byte ranges of the input they came
/// from; made by [`Normalizer::normalize_with_offsets`](crate::Normalizer::normalize_with_offsets).
///
/// Kept text maps byte for byte. A changed character (a folded letter) maps to the
/// character it replaced; a changed piece (an expanded ligature, a collapsed run of
/// spaces, a letter whose marks were reordered or composed) maps as a whole to the input
/// it replaced, so a range that starts or ends inside it widens to cover all of it.
/// Deleted characters belong to no output byte, except inside a reordered or composed
/// cluster; a range spanning the place they were covers them.
///
/// # Examples
///
/// ```
/// use arabic_text::Normalizer;
///
/// let input = "لـــلأمن";
/// let (out, map) = Normalizer::search().normalize_with_offsets(input);
/// assert_eq!(out, "للامن");
/// let alef = out.find('ا').unwrap();
/// assert_eq!(&input[map.input_range(alef..alef + 2)], "أ");
/// assert_eq!(map.input_range(0..out.len()), 0..input.len());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct OffsetMap {
    /// In output order (and input order).
    edits: Vec<Edit>,
    output_len: usize,
    input_len: usize,
    /// The bytes of the output that begin a character, one bit each: a range that cuts a
    /// character is widened to the whole character before it is mapped.
    char_starts: Vec<u64>,
}

impl OffsetMap {
    /// The byte span of the input that `output` (a byte range or [`Span`] of the normalized
    /// text)
    /// came from. Both ends are clamped to the output, and a range that cuts a character
    /// of the output is widened to whole characters, so the result always lies on char
    /// boundaries of the input and slicing the input with it cannot panic. An empty range
    /// maps to an empty range at the matching input position.
    ///
    /// # Examples
    ///
    /// ```
    /// let (out, map) = arabic_text::Normalizer::search().normalize_with_offsets("\u{200F}مرحبا");
    /// assert_eq!(out, "مرحبا");
    /// assert_eq!(map.input_range(0..2), 3..5); // the RLM is not part of the first letter
    /// assert_eq!(map.input_range(0..0), 3..3);
    /// assert_eq!(map.input_range(1..2), 3..5); // inside `م`: the whole letter
    /// ```
    #[must_use]
    pub fn input_range(&self, output: impl Into<Span>) -> Span {
        let output: Span = output.into();
        let start = self.char_floor(output.start.min(self.output_len));
        let end = self.char_ceil(output.end.clamp(start, self.output_len));
        let from = self.input_start(start);
        if end == start {
            return Span::new(from, from);
        }
        let to = self.input_end(end);
        Span::new(from, to.max(from))
    }

    /// The byte span of the normalized text that `input` (a byte range or [`Span`] of the
    /// input) became: from the first output character whose input ends after its start to
    /// the last one whose input begins before its end. Characters the rules deleted map to
    /// an empty span where they stood. The inverse of [`input_range`](Self::input_range)
    /// for whole characters.
    ///
    /// # Examples
    ///
    /// ```
    /// let input = "\u{200F}نشـر في";
    /// let (out, map) = arabic_text::Normalizer::clean().normalize_with_offsets(input);
    /// assert_eq!(out, "نشر في");
    /// let word = input.find("في").unwrap();
    /// assert_eq!(&out[map.output_range(word..input.len())], "في");
    /// assert_eq!(&out[map.output_range(0..input.find(' ').unwrap())], "نشر");
    /// assert!(map.output_range(0..3).is_empty()); // the RLM is gone
    /// ```
    #[must_use]
    pub fn output_range(&self, input: impl Into<Span>) -> Span {
        let input: Span = input.into();
        let (a, b) = (
            input.start.min(self.input_len),
            input.end.min(self.input_len),
        );
        let b = b.max(a);
        // The input span of the output character that holds byte `pos`.
        let char_input = |pos: usize| self.input_range(pos..pos + 1);
        // Output byte positions, searched by the input of their characters (monotone).
        let first_after = |limit: usize, by_end: bool| {
            let (mut low, mut high) = (0, self.output_len);
            while low < high {
                let mid = low + (high - low) / 2;
                let span = char_input(mid);
                let past = if by_end {
                    span.end > limit
                } else {
                    span.start >= limit
                };
                if past {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            self.char_floor(low)
        };
        let start = first_after(a, true);
        if a == b {
            return Span::new(start, start);
        }
        // The first character that begins at or after `b` ends the span.
        let end = self.char_ceil(first_after(b, false)).max(start);
        Span::new(start, end)
    }

    /// The length of the normalized text.
    ///
    /// # Examples
    ///
    /// ```
    /// let (out, map) = arabic_text::Normalizer::search().normalize_with_offsets("أحمد");
    /// assert_eq!(map.output_len(), out.len());
    /// ```
    #[must_use]
    pub fn output_len(&self) -> usize {
        self.output_len
    }

    /// The length of the input text.
    ///
    /// # Examples
    ///
    /// ```
    /// let (_, map) = arabic_text::Normalizer::search().normalize_with_offsets("أَحمد");
    /// assert_eq!(map.input_len(), "أَحمد".len());
    /// ```
    #[must_use]
    pub fn input_len(&self) -> usize {
        self.input_len
    }

    /// Whether output byte `pos` begins a character (the end of the output does).
    fn is_char_start(&self, pos: usize) -> bool {
        pos >= self.output_len
            || self
                .char_starts
                .get(pos / 64)
                .is_some_and(|word| (word >> (pos % 64)) & 1 == 1)
    }

    /// The start of the output character that holds byte `pos`.
    fn char_floor(&self, mut pos: usize) -> usize {
        while pos > 0 && !self.is_char_start(pos) {
            pos -= 1;
        }
        pos
    }

    /// `pos`, or the start of the next output character when `pos` is inside one.
    fn char_ceil(&self, mut pos: usize) -> usize {
        while !self.is_char_start(pos) {
            pos += 1;
        }
        pos
    }

    /// The last edit that starts at or before output byte `pos`.
    fn edit_before(&self, pos: usize) -> Option<&Edit> {
        let index = self
            .edits
            .partition_point(|e| e.out_start <= pos)
            .checked_sub(1)?;
        self.edits.get(index)
    }

    /// The input position of output byte `pos` (inside an edit: the edit's start).
    fn input_start(&self, pos: usize) -> usize {
        if pos >= self.output_len {
            return self.input_len;
        }
        match self.edit_before(pos) {
            Some(edit) if pos < edit.out_end() => edit.unit_input(pos).start,
            Some(edit) => edit.in_end() + (pos - edit.out_end()),
            None => pos,
        }
    }

    /// The input position just after output byte `end - 1` (inside an edit: the edit's
    /// end).
    fn input_end(&self, end: usize) -> usize {
        let last = end - 1;
        match self.edit_before(last) {
            Some(edit) if last < edit.out_end() => edit.unit_input(last).end,
            Some(edit) => edit.in_end() + (end - edit.out_end()),
            None => end,
        }
    }
}

/// Builds the output and its [`OffsetMap`].
pub(crate) struct OffsetSink<'t> {
    input: &'t str,
    out: String,
    map: OffsetMap,
}

impl<'t> OffsetSink<'t> {
    pub(crate) fn new(input: &'t str) -> Self {
        OffsetSink {
            input,
            out: String::with_capacity(input.len()),
            map: OffsetMap {
                edits: Vec::new(),
                output_len: 0,
                input_len: input.len(),
                char_starts: Vec::new(),
            },
        }
    }

    pub(crate) fn finish(mut self) -> (String, OffsetMap) {
        self.map.output_len = self.out.len();
        self.map.char_starts = self
            .out
            .as_bytes()
            .chunks(64)
            .map(|chunk| {
                chunk.iter().enumerate().fold(0u64, |word, (k, &b)| {
                    word | (u64::from((b as i8) >= -0x40) << k)
                })
            })
            .collect();
        (self.out, self.map)
    }

    /// Where the input stands after what has been written: the end of the last edit plus
    /// the kept bytes since.
    fn input_position(&self) -> usize {
        match self.map.edits.last() {
            Some(edit) => edit.in_end() + (self.out.len() - edit.out_end()),
            None => self.out.len(),
        }
    }

    /// Records an edit: a run of deletions joins into one, and a run of substitutions
    /// of the same sizes, one after the other, into one of several units.
    fn record(&mut self, edit: Edit) {
        if let Some(last) = self.map.edits.last_mut() {
            let follows = last.out_end() == edit.out_start && last.in_end() == edit.in_start;
            if follows && edit.out_unit == 0 && last.out_unit == 0 {
                last.in_unit += edit.in_unit * edit.count;
                return;
            }
            if follows
                && edit.out_unit > 0
                && (last.out_unit, last.in_unit) == (edit.out_unit, edit.in_unit)
            {
                last.count += edit.count;
                return;
            }
        }
        self.map.edits.push(edit);
    }

    /// Input skipped without a word from the engine is a deletion.
    fn catch_up(&mut self, input_start: usize) {
        let at = self.input_position();
        if input_start > at {
            self.record(Edit {
                out_start: self.out.len(),
                in_start: at,
                out_unit: 0,
                in_unit: input_start - at,
                count: 1,
            });
        }
    }
}

impl Sink for OffsetSink<'_> {
    fn keep(&mut self, input: &str, range: Range<usize>) {
        self.catch_up(range.start);
        if self.input_position() != range.start {
            // Input already covered (a cluster written in pieces): an edit of its own.
            let text = crate::checked::slice(input, range.clone());
            self.push(text, range);
            return;
        }
        self.out.push_str(crate::checked::slice(input, range));
    }

    fn push(&mut self, output: &str, range: Range<usize>) {
        // Output equal to its input (a line break the white-space policy passes on) is
        // kept text.
        if self.input_position() == range.start && self.input.get(range.clone()) == Some(output) {
            self.out.push_str(output);
            return;
        }
        self.catch_up(range.start);
        let at = self.input_position();
        let out_start = self.out.len();
        self.out.push_str(output);
        // Input positions never go back: output for input already passed (a cluster
        // written in pieces) maps to the input from its start to where the input stands.
        let range = range.start..range.end.max(at);
        // More output for the same input (an expansion written in pieces) widens the
        // edit that holds it.
        if let Some(last) = self.map.edits.last_mut() {
            if last.count == 1
                && last.in_start == range.start
                && last.in_unit == range.len()
                && last.out_end() == out_start
            {
                last.out_unit += output.len();
                return;
            }
        }
        self.record(Edit {
            out_start,
            in_start: range.start,
            out_unit: output.len(),
            in_unit: range.len(),
            count: 1,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::{Normalizer, Whitespace};

    #[test]
    fn a_run_of_converted_digits_maps_digit_by_digit() {
        let input = "سنة ٢٠١٤";
        let (out, map) = Normalizer::search().normalize_with_offsets(input);
        assert_eq!(out, "سنه 2014");
        let digits = input.find('٢').unwrap();
        // `0` is the second output digit, from the second input digit (two bytes each).
        let zero = out.find('0').unwrap();
        assert_eq!(map.input_range(zero..zero + 1), digits + 2..digits + 4);
        assert_eq!(map.input_range(zero..zero + 2), digits + 2..digits + 6);
        assert_eq!(
            map.edits.len(),
            2,
            "one edit for `ة`, one for the four digits"
        );
    }

    #[test]
    fn kept_text_and_passed_line_breaks_cost_no_edit() {
        let input = "سطر أول\n\n\nسطر ثان\n";
        let collapse = Normalizer::clean().whitespace(Whitespace::CollapseAndTrim);
        let (out, map) = collapse.normalize_with_offsets(input);
        assert_eq!(out, input);
        assert!(map.edits.is_empty());
        assert_eq!(map.input_range(0..out.len()), 0..input.len());
    }

    #[test]
    fn a_run_of_deletions_is_one_edit() {
        let input = "كشـــــ24";
        let (out, map) = Normalizer::clean().normalize_with_offsets(input);
        assert_eq!(out, "كش24");
        assert_eq!(map.edits.len(), 1);
        // `2` comes after the five tatweels (two bytes each).
        assert_eq!(map.input_range(4..5), 14..15);
    }
}
