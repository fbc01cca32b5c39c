//! Streaming normalization: an `io::Write` adaptor.

use std::io::{self, Write};
use std::string::String;
use std::vec::Vec;

use super::engine::{Emitter, Engine, Sink};
use super::{Normalizer, is_cut_point};
use crate::error::InvalidUtf8;

/// Collects one chunk's output before it is written on.
struct ChunkSink(String);

impl Sink for ChunkSink {
    // Only the text is kept, no offsets: the dense and substitution steps may hand over
    // whole stretches.
    const TAKES_STRETCHES: bool = true;

    fn keep(&mut self, input: &str, range: core::ops::Range<usize>) {
        self.0.push_str(crate::checked::slice(input, range));
    }
    fn push(&mut self, output: &str, _range: core::ops::Range<usize>) {
        self.0.push_str(output);
    }
}

/// A writer that normalizes the UTF-8 text written to it and writes the result to an
/// inner writer; made by [`Normalizer::writer`].
///
/// Chunks may split the text anywhere, even inside a UTF-8 sequence or between a letter
/// and its marks: the writer holds back the tail it cannot decide yet (at most the text
/// since the last ASCII character other than a digit, or the last pair of basic Arabic
/// letters) and the output is byte for byte what [`Normalizer::normalize`] gives for the
/// whole text. [`finish`](Self::finish) writes the held-back tail, flushes the inner
/// writer and returns it, with any error; dropping the writer writes the tail too, as
/// `BufWriter` does, and ignores errors. An invalid UTF-8 sequence is an
/// [`io::ErrorKind::InvalidData`] error that gives its byte offset in the whole stream.
///
/// # Examples
///
/// ```
/// use std::io::Write;
///
/// let text = "الـدار البيضاء، ١٧ دجنبر";
/// let mut w = arabic_text::Normalizer::search().writer(Vec::new());
/// for piece in text.as_bytes().chunks(3) {
///     w.write_all(piece)?;
/// }
/// let out = w.finish()?;
/// assert_eq!(out, arabic_text::normalize(text).as_bytes());
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct NormalizeWriter<W: Write> {
    normalizer: Normalizer,
    /// `None` once [`finish`](Self::finish) has taken it (so that dropping writes nothing).
    inner: Option<W>,
    /// Bytes accepted by the writes so far: where the next write starts in the stream.
    written: u64,
    /// Text written but not yet normalized.
    held: String,
    /// The bytes of a UTF-8 sequence split by the last write (at most three).
    partial: Vec<u8>,
    /// How much of `held` is known to hold no cut point, so a write looks only at what
    /// is new and long uncut text costs linear time.
    checked: usize,
    /// The last character normalized, for rules that look one character back.
    before: Option<char>,
    emitter: Emitter<ChunkSink>,
}

impl<W: Write> core::fmt::Debug for NormalizeWriter<W> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("NormalizeWriter")
            .field("normalizer", &self.normalizer)
            .field("held", &self.held.len())
            .finish_non_exhaustive()
    }
}

/// The last position in `text`, not before `from`, where it can be cut so that both sides
/// normalize on their own exactly as the whole does: before an ASCII character other than
/// a digit, or before a basic Arabic letter that follows another (the lone hamza excepted:
/// a rule may delete it, and a deleted letter joins the cluster before it). Returns 0 when
/// there is none.
fn last_cut(text: &str, from: usize) -> usize {
    let mut next: Option<char> = None;
    for (pos, c) in text.char_indices().rev() {
        if let Some(n) = next {
            if is_cut_point(c, n) {
                return pos + c.len_utf8();
            }
        }
        if pos < from {
            break;
        }
        next = Some(c);
    }
    0
}

impl<W: Write> NormalizeWriter<W> {
    pub(crate) fn new(normalizer: Normalizer, inner: W) -> Self {
        NormalizeWriter {
            normalizer,
            inner: Some(inner),
            written: 0,
            held: String::new(),
            partial: Vec::new(),
            checked: 0,
            before: None,
            emitter: Emitter::new(ChunkSink(String::new()), normalizer.whitespace),
        }
    }

    /// Normalizes `held[..upto]` and writes it on.
    fn flush_text(&mut self, upto: usize) -> io::Result<()> {
        let text = crate::checked::slice_to(&self.held, upto);
        Engine::new(&self.normalizer, text, self.before).run(&mut self.emitter);
        if let Some(last) = text.chars().next_back() {
            self.before = Some(last);
        }
        self.write_output()?;
        self.held.drain(..upto);
        self.checked = 0;
        Ok(())
    }

    /// Normalizes what is held back, writes it, flushes the inner writer and returns it.
    ///
    /// # Errors
    ///
    /// An I/O error of the inner writer, or [`io::ErrorKind::InvalidData`] when the text
    /// written ends inside a UTF-8 sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    ///
    /// let mut w = arabic_text::Normalizer::clean().writer(Vec::new());
    /// w.write_all("ﻻ".as_bytes())?;
    /// assert_eq!(w.finish()?, "لا".as_bytes());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn finish(mut self) -> io::Result<W> {
        let written = self.write_tail();
        // Taken whatever happened: dropping the writer must not write again.
        let inner = self.inner.take();
        written?;
        if !self.partial.is_empty() {
            let at = self.written - self.partial.len() as u64;
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                InvalidUtf8::new(at, true),
            ));
        }
        inner.ok_or_else(|| io::Error::other("the writer was already finished"))
    }

    /// Writes the held-back tail and the emitter's last output, and flushes the inner
    /// writer.
    fn write_tail(&mut self) -> io::Result<()> {
        let all = self.held.len();
        self.flush_text(all)?;
        self.emitter.finish();
        self.write_output()?;
        match self.inner.as_mut() {
            Some(inner) => inner.flush(),
            None => Ok(()),
        }
    }

    /// Writes the emitter's output to the inner writer and clears it.
    fn write_output(&mut self) -> io::Result<()> {
        if let Some(inner) = self.inner.as_mut() {
            inner.write_all(self.emitter.sink.0.as_bytes())?;
        }
        self.emitter.sink.0.clear();
        Ok(())
    }
}

impl<W: Write> Drop for NormalizeWriter<W> {
    /// Writes the held-back tail, as `BufWriter` does; errors are ignored (call
    /// [`finish`](NormalizeWriter::finish) to see them).
    fn drop(&mut self) {
        if self.inner.is_some() {
            let _ = self.write_tail();
        }
    }
}

/// The `InvalidData` error for `bytes`, which are not UTF-8 and start at byte `start` of
/// the stream: an [`InvalidUtf8`] with where in the stream the bad sequence starts.
#[cold]
fn invalid_data(bytes: &[u8], start: u64) -> io::Error {
    let (at, cut_short) = match std::str::from_utf8(bytes) {
        Err(e) => (start + e.valid_up_to() as u64, e.error_len().is_none()),
        Ok(_) => (start, false),
    };
    io::Error::new(io::ErrorKind::InvalidData, InvalidUtf8::new(at, cut_short))
}

impl<W: Write> Write for NormalizeWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Where `buf` starts in the stream, and the bytes of it taken so far.
        let start = self.written;
        // Decode the split sequence left by the last write, then the rest of `buf`.
        let mut rest = buf;
        if !self.partial.is_empty() {
            let take = rest.len().min(4 - self.partial.len());
            let (head, tail) = rest.split_at(take);
            let mut joined = self.partial.clone();
            joined.extend_from_slice(head);
            match std::str::from_utf8(&joined) {
                Ok(text) => {
                    self.held.push_str(text);
                    self.partial.clear();
                    rest = tail;
                }
                Err(e) if e.valid_up_to() > 0 => {
                    let (good, _) = joined.split_at(e.valid_up_to());
                    self.held
                        .push_str(std::str::from_utf8(good).unwrap_or_default());
                    let used = e.valid_up_to() - self.partial.len();
                    self.partial.clear();
                    rest = rest.get(used..).unwrap_or_default();
                }
                Err(e) if e.error_len().is_none() => {
                    self.partial = joined;
                    self.written += buf.len() as u64;
                    return Ok(buf.len());
                }
                Err(_) => {
                    return Err(invalid_data(&joined, start - self.partial.len() as u64));
                }
            }
        }
        // Checked with SIMD: `std::str::from_utf8` cost as much as normalizing.
        match simdutf8::compat::from_utf8(rest) {
            Ok(text) => self.held.push_str(text),
            Err(e) if e.error_len().is_none() => {
                let (good, tail) = rest.split_at(e.valid_up_to());
                self.held
                    .push_str(simdutf8::basic::from_utf8(good).unwrap_or_default());
                self.partial.extend_from_slice(tail);
            }
            Err(_) => {
                let offset = start + (buf.len() - rest.len()) as u64;
                return Err(invalid_data(rest, offset));
            }
        }
        // A cut needs the character before it: look from the last checked character on.
        let from = self
            .held
            .get(..self.checked)
            .and_then(|done| done.char_indices().next_back())
            .map_or(0, |(pos, _)| pos);
        let cut = last_cut(&self.held, from);
        if cut > 0 {
            self.flush_text(cut)?;
        }
        // What is left holds no cut point (a cut at its very start is no cut).
        self.checked = self.held.len();
        self.written += buf.len() as u64;
        Ok(buf.len())
    }

    /// Flushes the inner writer. The tail that cannot be decided yet stays held back until
    /// more text or [`finish`](NormalizeWriter::finish).
    fn flush(&mut self) -> io::Result<()> {
        match self.inner.as_mut() {
            Some(inner) => inner.flush(),
            None => Ok(()),
        }
    }
}
