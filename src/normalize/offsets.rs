//! Mapping output byte ranges back to the input.

use core::ops::Range;

use alloc::string::String;
use alloc::vec::Vec;

use super::engine::Sink;

/// One stretch of output and the input it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Segment {
    out_start: usize,
    input: Range<usize>,
    /// The output bytes are the input bytes (kept text), so positions map one to one.
    exact: bool,
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
    segments: Vec<Segment>,
    output_len: usize,
    input_len: usize,
}

impl OffsetMap {
    /// The byte range of the input that `output` (a byte range of the normalized text)
    /// came from. Both ends are clamped to the output; the result always lies on char
    /// boundaries of the input. An empty range maps to an empty range at the matching
    /// input position.
    ///
    /// # Examples
    ///
    /// ```
    /// let (out, map) = arabic_text::Normalizer::search().normalize_with_offsets("\u{200F}مرحبا");
    /// assert_eq!(out, "مرحبا");
    /// assert_eq!(map.input_range(0..2), 3..5); // the RLM is not part of the first letter
    /// assert_eq!(map.input_range(0..0), 3..3);
    /// ```
    pub fn input_range(&self, output: Range<usize>) -> Range<usize> {
        let start = output.start.min(self.output_len);
        let end = output.end.clamp(start, self.output_len);
        let from = self.input_start(start);
        if end == start {
            return from..from;
        }
        let to = self.input_end(end);
        from..to.max(from)
    }

    /// The length of the normalized text.
    ///
    /// # Examples
    ///
    /// ```
    /// let (out, map) = arabic_text::Normalizer::search().normalize_with_offsets("أحمد");
    /// assert_eq!(map.output_len(), out.len());
    /// ```
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
    pub fn input_len(&self) -> usize {
        self.input_len
    }

    /// The segment holding output byte `pos`, with its output end.
    fn segment_at(&self, pos: usize) -> Option<(&Segment, usize)> {
        let index = self
            .segments
            .partition_point(|s| s.out_start <= pos)
            .checked_sub(1)?;
        let segment = self.segments.get(index)?;
        let out_end = self
            .segments
            .get(index + 1)
            .map_or(self.output_len, |next| next.out_start);
        Some((segment, out_end))
    }

    fn input_start(&self, pos: usize) -> usize {
        match self.segment_at(pos) {
            Some((segment, out_end)) if pos < out_end => {
                if segment.exact {
                    segment.input.start + (pos - segment.out_start)
                } else {
                    segment.input.start
                }
            }
            // Past the last output byte: the end of the input.
            _ => self.input_len,
        }
    }

    fn input_end(&self, end: usize) -> usize {
        match self.segment_at(end - 1) {
            Some((segment, _)) => {
                if segment.exact {
                    segment.input.start + (end - segment.out_start)
                } else {
                    segment.input.end
                }
            }
            None => 0,
        }
    }
}

/// Builds the output and its [`OffsetMap`].
pub(crate) struct OffsetSink {
    out: String,
    map: OffsetMap,
}

impl OffsetSink {
    pub(crate) fn new(input_len: usize) -> Self {
        OffsetSink {
            out: String::with_capacity(input_len),
            map: OffsetMap {
                segments: Vec::new(),
                output_len: 0,
                input_len,
            },
        }
    }

    pub(crate) fn finish(mut self) -> (String, OffsetMap) {
        self.map.output_len = self.out.len();
        (self.out, self.map)
    }

    fn add(&mut self, text: &str, input: Range<usize>, exact: bool) {
        let out_start = self.out.len();
        self.out.push_str(text);
        if let Some(last) = self.map.segments.last_mut() {
            let joins = if exact {
                last.exact && last.input.end == input.start
            } else {
                !last.exact && last.input == input
            };
            if joins {
                last.input.end = input.end;
                return;
            }
        }
        self.map.segments.push(Segment {
            out_start,
            input,
            exact,
        });
    }
}

impl Sink for OffsetSink {
    fn keep(&mut self, input: &str, range: Range<usize>) {
        let text = input.get(range.clone()).unwrap_or_default();
        self.add(text, range, true);
    }

    fn push(&mut self, output: &str, range: Range<usize>) {
        self.add(output, range, false);
    }
}
