//! The comparison key of a line: the line normalized for comparison, built straight from
//! the line where every character maps on its own.

use super::hash::{FNV_OFFSET, fnv_step, key_hash, words_hash};
use super::within_line::TandemScratch;
use crate::normalize::{AlefFold, Alone, Normalizer, Whitespace, alone};
use alloc::string::String;
use alloc::vec::Vec;

/// The normalization behind the comparison keys.
pub(super) const KEY_NORMALIZER: Normalizer = Normalizer::search()
    .alef(AlefFold::All)
    .punctuation(true)
    .whitespace(Whitespace::CollapseAndTrim);

/// A key's hash ([`key_hash`]) and its length in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct KeyInfo {
    pub(super) hash: u64,
    pub(super) chars: usize,
}

/// Buffers kept from one line to the next while keys are built, so that a document costs
/// a few allocations, not a few per line.
#[derive(Default)]
pub(super) struct KeyScratch {
    /// The normalized line.
    pub(super) normalized: String,
    /// The words of the last key built: the hash of each and its length in characters.
    pub(super) words: Vec<(u64, usize)>,
    pub(super) tandems: TandemScratch,
}

/// Writes a key at the end of a string, listing its words (the hash and the length of
/// each) and counting its characters as each word ends: a line's characters are read once
/// to split and map them, and its words once more to hash and count them.
pub(super) struct KeyWriter<'a> {
    pub(super) out: &'a mut String,
    pub(super) start: usize,
    pub(super) words: &'a mut Vec<(u64, usize)>,
    /// The characters of the words ended so far and the spaces between them.
    pub(super) chars: usize,
    /// Where the current word starts in `out`, and its characters so far.
    pub(super) word_start: usize,
    pub(super) word_chars: usize,
    pub(super) pending_space: bool,
}

impl<'a> KeyWriter<'a> {
    /// A writer appending to `out`, listing the words in `words` (cleared).
    pub(super) fn new(out: &'a mut String, words: &'a mut Vec<(u64, usize)>) -> Self {
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
    pub(super) fn separator(&mut self) {
        self.pending_space = self.out.len() > self.start;
    }

    /// Ends the current word: its hash and its length go to the list.
    #[inline(always)]
    fn end_word(&mut self) {
        let word = crate::checked::slice_from(self.out, self.word_start).as_bytes();
        self.words.push((key_hash(word), self.word_chars));
        self.chars += self.word_chars;
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
    pub(super) fn push(&mut self, c: char) {
        self.space();
        self.out.push(c);
        self.word_chars += 1;
    }

    /// Appends `chars` characters that go into the key as they are (no separator among
    /// them).
    #[inline(always)]
    pub(super) fn push_str(&mut self, text: &str, chars: usize) {
        if !text.is_empty() {
            self.space();
            self.out.push_str(text);
            self.word_chars += chars;
        }
    }

    /// Appends `c` in lower case (Arabic letters, the common case, have none).
    #[inline]
    pub(super) fn push_lowercase(&mut self, c: char) {
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

    pub(super) fn finish(mut self) -> KeyInfo {
        if self.out.len() > self.start {
            self.end_word();
        }
        KeyInfo {
            hash: words_hash(self.words),
            chars: self.chars,
        }
    }
}

/// Builds the comparison key of a line at the end of `out`, and the list of its words in
/// `scratch.words`; returns the key's fingerprint and length.
pub(super) fn build_key(line: &str, scratch: &mut KeyScratch, out: &mut String) -> KeyInfo {
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
pub(super) fn key_char(c: char, key: &mut KeyWriter<'_>) {
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
pub(super) const fn is_ascii_separator(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ') || b.is_ascii_punctuation()
}

/// What the key normalizer and then the key make of a character of U+0600..=U+06FF that
/// stands among characters the fast path knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FastArabic {
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

/// [`FastArabic`] for U+0600 + index, derived at compile time from what the key
/// normalizer makes of each character alone ([`alone`], the normalizer's class table):
/// kept letters go in as they are (punctuation as a separator), deleted characters
/// (tatweel, harakat) go, folded letters and digits go in as their replacement (`آ أ إ ٱ` →
/// `ا`, `ة` → `ه`, `١` → `1`, `،` → a separator), and a character whose result depends on
/// its neighbours (a mark that composes, the decimal separators) sends the line to the
/// normalizer. A unit test checks every entry against the normalizer, alone and between
/// neighbours.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
pub(super) const FAST_ARABIC: [FastArabic; 256] = {
    let (active, deleted) = KEY_NORMALIZER.active_and_deleted_classes();
    let mut t = [FastArabic::Normalizer; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match alone(i, active, deleted) {
            Alone::Kept => match char::from_u32(0x600 + i as u32) {
                Some(c) if is_punctuation(c) => FastArabic::Separator,
                Some(_) => FastArabic::Keep,
                None => FastArabic::Normalizer,
            },
            Alone::Deleted => FastArabic::Delete,
            Alone::Replaced(c) if c.is_ascii() && is_ascii_separator(c as u8) => {
                FastArabic::Separator
            }
            Alone::Replaced(c) if is_punctuation(c) => FastArabic::Separator,
            Alone::Replaced(c) => FastArabic::Push(c.to_ascii_lowercase()),
            Alone::Contextual => FastArabic::Normalizer,
        };
        i += 1;
    }
    t
};

/// The key of a line whose every character is one the key normalizer maps on its own, the
/// same wherever it stands (ASCII, the Arabic characters of [`FAST_ARABIC`], Latin letters
/// up to U+024F, no-break space, guillemets and the dashes and quotes U+2010..=U+2027),
/// built straight from the line. Returns `false` at the first other character (the
/// caller then starts again with the normalizer).
pub(super) fn fast_key(line: &str, key: &mut KeyWriter<'_>) -> bool {
    let bytes = line.as_bytes();
    let mut i = 0;
    // Characters that go into the key as they are, from `run` to `i`, are copied at once
    // when the run ends: a character kept costs its lookup and nothing more.
    let (mut run, mut run_chars) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        let (len, action) = if b < 0x80 {
            (
                1,
                ASCII_KEY
                    .get(usize::from(b))
                    .copied()
                    .unwrap_or(FastArabic::Keep),
            )
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
            (c.len_utf8(), other_key(c))
        };
        match action {
            FastArabic::Keep => run_chars += 1,
            FastArabic::Normalizer => return false,
            other => {
                key.push_str(crate::checked::slice(line, run..i), run_chars);
                (run, run_chars) = (i + len, 0);
                match other {
                    FastArabic::Push(c) => key.push(c),
                    FastArabic::Separator => key.separator(),
                    _ => {}
                }
            }
        }
        i += len;
    }
    key.push_str(crate::checked::slice_from(line, run), run_chars);
    true
}

/// What [`fast_key`] does with each ASCII character: white space and punctuation are
/// separators, capitals go in lower case, the rest as it is.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const ASCII_KEY: [FastArabic; 128] = {
    let mut t = [FastArabic::Keep; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        t[b] = if is_ascii_separator(byte) {
            FastArabic::Separator
        } else if byte.is_ascii_uppercase() {
            FastArabic::Push(byte.to_ascii_lowercase() as char)
        } else {
            FastArabic::Keep
        };
        b += 1;
    }
    t
};

/// What [`fast_key`] does with a character outside ASCII and U+0600..=U+06FF.
#[inline(never)]
fn other_key(c: char) -> FastArabic {
    match c {
        '\u{00A0}' | '\u{00AB}' | '\u{00BB}' | '\u{2010}'..='\u{2027}' => FastArabic::Separator,
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
    }
}

/// Appends `c` in lower case to `key` (as [`KeyWriter::push_lowercase`] does).
pub(super) fn push_lowercase(key: &mut String, c: char) {
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
pub(super) const fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{00A1}' | '\u{00AB}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
            | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}'
            | '\u{066A}'..='\u{066D}' | '\u{06D4}'
            | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
            | '\u{3001}' | '\u{3002}' | '\u{FD3E}' | '\u{FD3F}')
}

/// FNV-1a, 64 bits: stable across runs, platforms and versions.
pub(super) fn fingerprint(key: &str) -> u64 {
    key.as_bytes()
        .iter()
        .fold(FNV_OFFSET, |hash, &byte| fnv_step(hash, byte))
}
