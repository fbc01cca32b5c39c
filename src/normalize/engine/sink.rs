//! Where the engine's output goes: the [`Sink`] trait, its string and check sinks,
//! and the [`Emitter`] that collapses whitespace on the way.

use core::ops::Range;

use super::Engine;
use crate::normalize::options::Whitespace;

/// Where the engine's output goes. `keep` hands over input bytes unchanged; `push` hands
/// over replacement text for an input range (empty for a deletion is never pushed).
pub(crate) trait Sink {
    /// Whether the sink may take a stretch of rewritten text as one replacement for the
    /// whole input range (it keeps no offsets finer than that): the engine's dense and
    /// substitution steps run only for such a sink.
    const TAKES_STRETCHES: bool = false;
    /// `input[range]` is output unchanged.
    fn keep(&mut self, input: &str, range: Range<usize>);
    /// `output` replaces `input[range]` (or part of a cluster covering `range`).
    fn push(&mut self, output: &str, range: Range<usize>);
    /// `c` replaces (part of) `input[range]`.
    #[inline]
    fn push_char(&mut self, c: char, range: Range<usize>) {
        let mut utf8 = [0; 4];
        self.push(c.encode_utf8(&mut utf8), range);
    }
    /// Whether the sink has seen enough (the engine may stop early).
    fn done(&self) -> bool {
        false
    }
}

impl<S: Sink + ?Sized> Sink for &mut S {
    const TAKES_STRETCHES: bool = S::TAKES_STRETCHES;
    fn keep(&mut self, input: &str, range: Range<usize>) {
        (**self).keep(input, range);
    }
    fn push(&mut self, output: &str, range: Range<usize>) {
        (**self).push(output, range);
    }
    fn push_char(&mut self, c: char, range: Range<usize>) {
        (**self).push_char(c, range);
    }
    fn done(&self) -> bool {
        (**self).done()
    }
}

/// Appends the output to a `String`.
pub(crate) struct StringSink<'s>(pub(crate) &'s mut alloc::string::String);

impl Sink for StringSink<'_> {
    const TAKES_STRETCHES: bool = true;
    #[inline]
    fn keep(&mut self, input: &str, range: Range<usize>) {
        let kept = crate::checked::slice(input, range);
        // The short runs between the marks of diacritized text are copied with moves of
        // a size known at compile time, not a call to `memcpy`.
        match kept.len() {
            0 => {}
            1 => self.0.push_str(crate::checked::slice_to(kept, 1)),
            2 => self.0.push_str(crate::checked::slice_to(kept, 2)),
            3 => self.0.push_str(crate::checked::slice_to(kept, 3)),
            4 => self.0.push_str(crate::checked::slice_to(kept, 4)),
            _ => self.0.push_str(kept),
        }
    }
    #[inline(always)]
    fn push(&mut self, output: &str, _range: Range<usize>) {
        // The two-byte pieces of a reordered cluster, without a call to `memcpy`.
        match output.len() {
            2 => self.0.push_str(crate::checked::slice_to(output, 2)),
            _ => self.0.push_str(output),
        }
    }
    #[inline]
    fn push_char(&mut self, c: char, _range: Range<usize>) {
        self.0.push(c);
    }
}

/// Compares the output with the input without writing it: finds whether normalization
/// changes anything.
pub(crate) struct CheckSink<'t> {
    input: &'t str,
    /// The output so far equals `input[..matched]`.
    pub(crate) matched: usize,
    pub(crate) diverged: bool,
}

impl<'t> CheckSink<'t> {
    pub(crate) fn new(input: &'t str) -> Self {
        CheckSink {
            input,
            matched: 0,
            diverged: false,
        }
    }

    /// Whether the whole output equals the whole input.
    pub(crate) fn unchanged(&self) -> bool {
        !self.diverged && self.matched == self.input.len()
    }
}

impl Sink for CheckSink<'_> {
    fn keep(&mut self, _input: &str, range: Range<usize>) {
        if !self.diverged && range.start == self.matched {
            self.matched = range.end;
        } else {
            self.diverged = true;
        }
    }
    fn push(&mut self, output: &str, _range: Range<usize>) {
        let rest = self.input.get(self.matched..).unwrap_or_default();
        if !self.diverged && rest.starts_with(output) {
            self.matched += output.len();
        } else {
            self.diverged = true;
        }
    }
    fn done(&self) -> bool {
        self.diverged
    }
}

/// Sits between the engine and the sink and applies the white-space policy to the
/// output: runs of spaces and tabs wait until the next visible character decides whether
/// they become one space or vanish.
pub(crate) struct Emitter<S: Sink> {
    pub(crate) sink: S,
    mode: Whitespace,
    /// The input range of the pending run of white space.
    pending: Option<Range<usize>>,
    at_line_start: bool,
}

impl<S: Sink> Emitter<S> {
    pub(crate) fn new(sink: S, mode: Whitespace) -> Self {
        Emitter {
            sink,
            mode,
            pending: None,
            at_line_start: true,
        }
    }

    /// Keeps `input[range]`, which holds no white space when a white-space policy is on.
    #[inline]
    pub(super) fn keep(&mut self, input: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        if self.mode != Whitespace::Keep {
            self.flush_pending();
            self.at_line_start = false;
        }
        self.sink.keep(input, range);
    }

    #[inline]
    pub(super) fn push_char(&mut self, c: char, range: Range<usize>) {
        if self.mode != Whitespace::Keep {
            match c {
                ' ' | '\t' => {
                    self.pending = Some(match self.pending.take() {
                        Some(run) => run.start..range.end.max(run.end),
                        None => range,
                    });
                    return;
                }
                '\n' | '\r' => {
                    if let Some(run) = self.pending.take() {
                        if self.mode == Whitespace::Collapse {
                            self.sink.push(" ", run);
                        }
                    }
                    self.at_line_start = true;
                }
                _ => {
                    self.flush_pending();
                    self.at_line_start = false;
                }
            }
        }
        self.sink.push_char(c, range);
    }

    /// `output`, which holds no white space, replaces (part of) `input[range]`.
    // Always: the diacritized lane calls it for each piece of a reordered cluster, and
    // fat LTO left it out of line (`clean` on the Quran 0.56x to 0.52x `from_utf8`).
    #[inline(always)]
    pub(super) fn push_str(&mut self, output: &str, range: Range<usize>) {
        if self.mode != Whitespace::Keep {
            self.flush_pending();
            self.at_line_start = false;
        }
        self.sink.push(output, range);
    }

    pub(super) fn flush_pending(&mut self) {
        if let Some(run) = self.pending.take() {
            if !(self.mode == Whitespace::CollapseAndTrim && self.at_line_start) {
                self.sink.push(" ", run);
            }
        }
    }

    /// Ends the text: a pending run of white space is trailing.
    pub(crate) fn finish(&mut self) {
        if let Some(run) = self.pending.take() {
            if self.mode == Whitespace::Collapse {
                self.sink.push(" ", run);
            }
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.sink.done()
    }
}

impl<S: Sink> Emitter<S> {
    /// Feeds a fixed string through the character rules.
    pub(super) fn push_str_final(&mut self, engine: &Engine<'_>, s: &str, range: Range<usize>) {
        for c in s.chars() {
            engine.emit_final(c, range.clone(), self);
        }
    }
}
