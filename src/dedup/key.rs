//! The comparison key of a line: the line normalized for comparison, built straight from
//! the line where every character maps on its own.

use super::hash::{FNV_OFFSET, KeyHasher, fnv_step, key_hash, words_hash};
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
    /// A key built where [`hash_words`] does not take the line.
    pub(super) key: String,
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
            // A letter or two (between the marks of diacritized text) one by one: a call
            // to copy them would cost more than the copy.
            if chars <= 2 {
                for c in text.chars() {
                    self.out.push(c);
                }
            } else {
                self.out.push_str(text);
            }
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
    let KeyScratch { words, .. } = scratch;
    out.reserve(line.len());
    let mut key = KeyWriter::new(out, words);
    if fast_key(line, &mut key) {
        return key.finish();
    }
    // A character whose normalization depends on its neighbours (or that the fast path
    // does not know): the whole line goes through the normalizer.
    out.truncate(start);
    normalized_key(line, scratch, out)
}

/// [`build_key`] through the normalizer, for a line the fast path does not take.
fn normalized_key(line: &str, scratch: &mut KeyScratch, out: &mut String) -> KeyInfo {
    let KeyScratch {
        normalized, words, ..
    } = scratch;
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
        let (len, action) = fast_action(line, i, b);
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

/// The length of the character at `i` (whose first byte is `b`) and what the fast key
/// does with it.
#[inline(always)]
fn fast_action(line: &str, i: usize, b: u8) -> (usize, FastArabic) {
    if b < 0x80 {
        (
            1,
            ASCII_KEY
                .get(usize::from(b))
                .copied()
                .unwrap_or(FastArabic::Keep),
        )
    } else if b & 0xFC == 0xD8 {
        // U+0600..=U+06FF, two bytes.
        let second = line.as_bytes().get(i + 1).copied().unwrap_or(0);
        let index = crate::normalize::arabic_index(b, second);
        (
            2,
            FAST_ARABIC
                .get(index)
                .copied()
                .unwrap_or(FastArabic::Normalizer),
        )
    } else {
        match line.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (c.len_utf8(), other_key(c)),
            None => (1, FastArabic::Normalizer),
        }
    }
}

/// The words of the key of a line that [`fast_key`] takes, each hashed ([`key_hash`])
/// with its length in characters, as [`build_key`] lists them, without writing the key:
/// each word's key is hashed as it is read ([`KeyHasher`]). Returns `false` where
/// `fast_key` does (`words` then holds a part of the list).
pub(super) fn hash_words(line: &str, words: &mut Vec<(u64, usize)>) -> bool {
    words.clear();
    let bytes = line.as_bytes();
    let mut i = 0;
    // The current word: its key so far, and its characters.
    let (mut hasher, mut chars) = (KeyHasher::new(), 0);
    loop {
        // The common case first, in a loop of its own: four Arabic letters a step, as
        // they are or folded into another letter (`أ` into `ا`), with no branch on each;
        // the loop ends where a word does (a space), about once per word.
        while let Some(block) = bytes.get(i..i + 8) {
            let (key, n) = letter_block(block);
            if n > 0 {
                hasher.push(key, 2 * n as u32);
            }
            chars += n;
            i += 2 * n;
            if n < 4 {
                break;
            }
        }
        // Then letters and marks one by one (diacritized text), while they last.
        while let Some(&[lead, second]) = bytes.get(i..i + 2) {
            if lead & 0xFC != 0xD8 {
                break;
            }
            let index = crate::normalize::arabic_index(lead, second);
            match LETTER_KEY.get(index) {
                Some(&key) if key != 0 => {
                    hasher.push(u64::from(key), 2);
                    chars += 1;
                }
                _ if FAST_ARABIC.get(index) == Some(&FastArabic::Delete) => {}
                _ => break,
            }
            i += 2;
        }
        let Some(&b) = bytes.get(i) else { break };
        let (len, action) = if b == b' ' {
            (1, FastArabic::Separator)
        } else {
            fast_action(line, i, b)
        };
        match action {
            FastArabic::Keep => {
                hasher.push(le_bytes(bytes.get(i..i + len)), len as u32);
                chars += 1;
            }
            FastArabic::Push(c) => {
                let mut utf8 = [0; 4];
                let c = c.encode_utf8(&mut utf8).as_bytes();
                hasher.push(le_bytes(Some(c)), c.len() as u32);
                chars += 1;
            }
            FastArabic::Delete => {}
            FastArabic::Separator => {
                if chars > 0 {
                    words.push((hasher.finish(), chars));
                }
                (hasher, chars) = (KeyHasher::new(), 0);
            }
            FastArabic::Normalizer => return false,
        }
        i += len;
    }
    if chars > 0 {
        words.push((hasher.finish(), chars));
    }
    true
}

/// Whether the keys of two lines are equal, read side by side without writing them, where
/// [`fast_key`] takes both lines; `None` where it does not take one of them (a difference
/// seen before such a character may be none once the normalizer reads the line).
pub(super) fn fast_keys_equal(a: &str, b: &str) -> Option<bool> {
    let (mut a, mut b) = (KeyChars::new(a), KeyChars::new(b));
    loop {
        match (a.next()?, b.next()?) {
            (None, None) => return Some(true),
            (x, y) if x == y => {}
            // They differ: so the keys do, if the fast path takes the rest of both lines.
            _ => {
                while a.next()?.is_some() {}
                while b.next()?.is_some() {}
                return Some(false);
            }
        }
    }
}

/// The characters of the key of a line that [`fast_key`] takes, one at a time.
struct KeyChars<'a> {
    line: &'a str,
    at: usize,
    /// A separator came after a character of the key: a space before the next one.
    space: bool,
    /// The character that comes after a space given out.
    after_space: Option<char>,
    started: bool,
}

impl<'a> KeyChars<'a> {
    fn new(line: &'a str) -> Self {
        KeyChars {
            line,
            at: 0,
            space: false,
            after_space: None,
            started: false,
        }
    }

    /// The next character of the key (`Some(None)` at its end), or `None` at a character
    /// the fast path does not take.
    fn next(&mut self) -> Option<Option<char>> {
        if let Some(c) = self.after_space.take() {
            return Some(Some(c));
        }
        loop {
            let Some(&b) = self.line.as_bytes().get(self.at) else {
                return Some(None);
            };
            let (len, action) = fast_action(self.line, self.at, b);
            let here = self.at;
            self.at += len;
            let c = match action {
                FastArabic::Keep => self.line.get(here..).and_then(|rest| rest.chars().next())?,
                FastArabic::Push(c) => c,
                FastArabic::Delete => continue,
                FastArabic::Separator => {
                    self.space = self.started;
                    continue;
                }
                FastArabic::Normalizer => return None,
            };
            self.started = true;
            if core::mem::take(&mut self.space) {
                self.after_space = Some(c);
                return Some(Some(' '));
            }
            return Some(Some(c));
        }
    }
}

/// Up to eight bytes as a number, the first in the low byte.
#[inline(always)]
fn le_bytes(bytes: Option<&[u8]>) -> u64 {
    bytes
        .unwrap_or_default()
        .iter()
        .rev()
        .fold(0, |value, &b| value << 8 | u64::from(b))
}

/// The key of the Arabic letters that open `block` (eight bytes, four two-byte places)
/// and how many there are (0 to 4): letters that go into the key as they are or as
/// another letter of two bytes, the key's bytes as a number, the first in the low byte.
#[inline(always)]
fn letter_block(block: &[u8]) -> (u64, usize) {
    let mut key = 0u64;
    let mut all = 0u32;
    for (k, pair) in block.chunks_exact(2).take(4).enumerate() {
        if let &[lead, second] = pair {
            let letter = if lead & 0xFC == 0xD8 {
                LETTER_KEY
                    .get(crate::normalize::arabic_index(lead, second))
                    .copied()
                    .unwrap_or(0)
            } else {
                0
            };
            key |= u64::from(letter) << (16 * k);
            all |= u32::from(letter != 0) << k;
        }
    }
    let n = (!all).trailing_zeros() as usize;
    // Only the letters before the first other place.
    let key = key & u64::MAX.checked_shr(64 - 16 * n as u32).unwrap_or(0);
    (key, n.min(4))
}

/// Lists the words of the key of `line` in `scratch.words` (as [`build_key`] does) and
/// returns the key's hash and length and whether the key is in `scratch.key`: without
/// writing the key where [`hash_words`] takes the line, else through the normalizer.
pub(super) fn line_words(line: &str, scratch: &mut KeyScratch) -> (KeyInfo, bool) {
    if !hash_words(line, &mut scratch.words) {
        // The line holds a character `fast_key` does not take either.
        let mut key = core::mem::take(&mut scratch.key);
        key.clear();
        let info = normalized_key(line, scratch, &mut key);
        scratch.key = key;
        return (info, true);
    }
    (key_info(&scratch.words), false)
}

/// The hash and the length of the key whose words are `words`.
pub(super) fn key_info(words: &[(u64, usize)]) -> KeyInfo {
    KeyInfo {
        hash: words_hash(words),
        // The words' characters and a space between each two.
        chars: words
            .iter()
            .map(|&(_, chars)| chars + 1)
            .sum::<usize>()
            .saturating_sub(1),
    }
}

/// For each character of U+0600..=U+06FF that goes into the key as a letter of two
/// bytes (itself or another: `أ` as `ا`), those two bytes as a number, the first in the
/// low byte; 0 for the others.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const LETTER_KEY: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let c = match FAST_ARABIC[i] {
            FastArabic::Keep => char::from_u32(0x600 + i as u32),
            FastArabic::Push(c) => Some(c),
            _ => None,
        };
        if let Some(c) = c {
            let mut utf8 = [0u8; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            if bytes.len() == 2 {
                t[i] = bytes[0] as u16 | (bytes[1] as u16) << 8;
            }
        }
        i += 1;
    }
    t
};

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
