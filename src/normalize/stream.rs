//! Streaming normalization: an `io::Write` adaptor.

use std::io::{self, Write};
use std::string::String;
use std::vec::Vec;

use super::Normalizer;
use super::engine::{Emitter, Engine, Sink};

/// Collects one chunk's output before it is written on.
struct ChunkSink(String);

impl Sink for ChunkSink {
    fn keep(&mut self, input: &str, range: core::ops::Range<usize>) {
        self.0.push_str(input.get(range).unwrap_or_default());
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
/// whole text. Call [`finish`](Self::finish) at the end; dropping the writer without it
/// loses the held-back tail.
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
    inner: W,
    /// Bytes written but not yet normalized.
    held: Vec<u8>,
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

/// The last position in `text` where it can be cut so that both sides normalize on their
/// own exactly as the whole does: before an ASCII character other than a digit, or before
/// a basic Arabic letter that follows another.
fn last_cut(text: &str) -> usize {
    let mut next: Option<char> = None;
    for (pos, c) in text.char_indices().rev() {
        if let Some(n) = next {
            let ascii_cut = n.is_ascii() && !n.is_ascii_digit();
            let letters = |x: char| matches!(x, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
            if ascii_cut || (letters(n) && letters(c)) {
                return pos + c.len_utf8();
            }
        }
        next = Some(c);
    }
    0
}

impl<W: Write> NormalizeWriter<W> {
    pub(crate) fn new(normalizer: Normalizer, inner: W) -> Self {
        NormalizeWriter {
            normalizer,
            inner,
            held: Vec::new(),
            before: None,
            emitter: Emitter::new(ChunkSink(String::new()), normalizer.whitespace),
        }
    }

    /// Normalizes `held[..upto]` (valid UTF-8) and writes it on.
    fn flush_text(&mut self, upto: usize) -> io::Result<()> {
        let text = std::str::from_utf8(self.held.get(..upto).unwrap_or_default())
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        Engine::new(&self.normalizer, text, self.before).run(&mut self.emitter);
        if let Some(last) = text.chars().next_back() {
            self.before = Some(last);
        }
        self.inner.write_all(self.emitter.sink.0.as_bytes())?;
        self.emitter.sink.0.clear();
        self.held.drain(..upto);
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
        let all = self.held.len();
        self.flush_text(all)?;
        self.emitter.finish();
        self.inner.write_all(self.emitter.sink.0.as_bytes())?;
        self.emitter.sink.0.clear();
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for NormalizeWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.held) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => {
                let bad = self.held.len() - buf.len().min(self.held.len());
                self.held.truncate(bad);
                return Err(io::Error::new(io::ErrorKind::InvalidData, e));
            }
        };
        let text = std::str::from_utf8(self.held.get(..valid).unwrap_or_default())
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let cut = last_cut(text);
        if cut > 0 {
            self.flush_text(cut)?;
        }
        Ok(buf.len())
    }

    /// Writes on what can be decided so far and flushes the inner writer; the held-back
    /// tail stays until more text or [`finish`](NormalizeWriter::finish).
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
