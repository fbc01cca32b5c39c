//! Splits text into words, numbers and punctuation, with byte spans in the original text.
//!
//! Diacritics, tatweel and invisible controls never split a token; a change between
//! letters and digits does (`2014م`, `و5`, `لـ17`).

use super::lexicon::{Reading, WordKey, classify_key, fold, letter_code};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Kind {
    #[default]
    End,
    Word,
    Number,
    Punct(char),
}

/// One token.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// White space (or a line break) separates it from the token before.
    pub(crate) space_before: bool,
    /// A line break separates it from the token before.
    pub(crate) line_before: bool,
    /// For numbers: the value (saturating) and the count of digits.
    pub(crate) value: u32,
    pub(crate) digits: u8,
    /// For words: what the lexicon says.
    pub(crate) reading: Reading,
}

/// The value of a decimal digit of any script Arabic text uses.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Produces tokens one at a time.
#[derive(Clone, Debug)]
pub(crate) struct Tokenizer<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Tokenizer<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Tokenizer { text, pos: 0 }
    }

    /// The next token (`Kind::End` at the end of the text).
    pub(crate) fn next_token(&mut self) -> Token {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut p = self.pos;
        // Before the token: white space and ignorable marks.
        let mut space_before = false;
        let mut line_before = false;
        let mut arabic_word = false;
        loop {
            // The common separator first, then the rest of ASCII.
            match bytes.get(p) {
                Some(b' ') => {
                    space_before = true;
                    p += 1;
                    continue;
                }
                Some(&b) if b < 0x80 && !b.is_ascii_whitespace() && !b.is_ascii_control() => break,
                _ => {}
            }
            // Then the Arabic block, from its table without decoding.
            if let Some(&[lead @ 0xD8..=0xDB, second]) = bytes.get(p..p + 2) {
                let index = crate::normalize::arabic_index(lead, second);
                match ARABIC_WORD.get(index).copied().unwrap_or(NOT_WORD) {
                    IGNORABLE => {
                        p += 2;
                        continue;
                    }
                    NOT_WORD => {}
                    _ => {
                        arabic_word = true;
                        break;
                    }
                }
            }
            let Some(c) = char_at(text, p) else { break };
            if c.is_whitespace() {
                space_before = true;
                line_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            } else if digit_value(c).is_some() || is_letter(c) || fold(c).is_some() {
                break;
            }
            p += c.len_utf8();
        }
        // The token is written whole at the end (written field by field, then copied out
        // whole, it would be read back before its bytes are all stored).
        let start = p;
        let (mut kind, mut value, mut digits, mut reading) =
            (Kind::End, 0u32, 0u8, Reading::default());
        if arabic_word {
            kind = Kind::Word;
            (p, reading) = self.word(start);
        } else if let Some(c) = char_at(text, p) {
            if let Some(first) = digit_value(c) {
                kind = Kind::Number;
                (value, digits) = (first, 1);
                p += c.len_utf8();
                let mut end = p;
                while let Some(c) = char_at(text, p) {
                    if let Some(next) = digit_value(c) {
                        value = value.saturating_mul(10).saturating_add(next);
                        digits = digits.saturating_add(1);
                        p += c.len_utf8();
                        end = p;
                    } else if !c.is_whitespace() && !is_letter(c) && fold(c).is_none() {
                        // An invisible mark inside a number (`20\u{200F}14`) does not
                        // split it.
                        p += c.len_utf8();
                    } else {
                        break;
                    }
                }
                self.pos = p;
                return Token {
                    kind,
                    start,
                    end,
                    space_before,
                    line_before,
                    value,
                    digits,
                    reading,
                };
            } else if is_letter(c) {
                kind = Kind::Word;
                (p, reading) = self.word(start);
            } else {
                kind = Kind::Punct(c);
                p += c.len_utf8();
            }
        } else {
            p = text.len();
        }
        self.pos = p;
        Token {
            kind,
            start,
            end: if kind == Kind::End { start } else { p },
            space_before,
            line_before,
            value,
            digits,
            reading,
        }
    }

    /// Reads the word that starts at `start`: the byte after it, and what the lexicon
    /// says of it.
    #[inline(always)]
    fn word(&self, start: usize) -> (usize, Reading) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut key = WordKey::default();
        let mut p = start;
        loop {
            // Characters of the Arabic block are looked up in one table, two bytes at
            // a time.
            p = key.push_arabic_run(bytes, p, start, &ARABIC_WORD, (IGNORABLE, NOT_WORD));
            match bytes.get(p) {
                // A character of the block that is no part of a word.
                Some(0xD8..=0xDB) => break,
                // ASCII ends a word but for its letters.
                Some(&b) if b < 0x80 && !b.is_ascii_alphabetic() => break,
                _ => {}
            }
            let Some(c) = char_at(text, p) else { break };
            let ignorable = !is_letter(c)
                && digit_value(c).is_none()
                && fold(c).is_none()
                && !c.is_whitespace();
            if !(is_letter(c) || ignorable) {
                break;
            }
            key.push(c, p - start);
            p += c.len_utf8();
        }
        (p, classify_key(&key))
    }
}

/// In [`ARABIC_WORD`]: the character ends a word.
const NOT_WORD: u8 = 0xFF;
/// In [`ARABIC_WORD`]: the character is skipped inside a word (a mark, tatweel, ALM).
const IGNORABLE: u8 = 0;

/// What each character of U+0600..=U+06FF is inside a word: the
/// [`letter_code`] of its folded form (a letter),
/// [`IGNORABLE`] or [`NOT_WORD`]. Built by the same rules as [`is_letter`] and
/// [`fold`]; a test checks them against each other.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
const ARABIC_WORD: [u8; 256] = {
    let mut table = [NOT_WORD; 256];
    let mut index = 0;
    while index < 256 {
        let cp = 0x600 + index as u32;
        let class = crate::normalize::is_mark_or_control_const(index);
        // The crate's letter folds, from the normalizer's table; `آ` stays (`آب`, August,
        // is not `أب`, father), as in `fold`.
        let folded = if cp == 0x0622 {
            cp
        } else {
            crate::normalize::letter_fold(index)
        };
        let code = match char::from_u32(folded) {
            Some(c) => letter_code(c),
            None => NOT_WORD,
        };
        table[index] = match cp {
            0x0640 | 0x061C => IGNORABLE,
            0x0621..=0x063F
            | 0x0641..=0x064A
            | 0x066E..=0x066F
            | 0x0671..=0x06D3
            | 0x06D5
            | 0x06E5..=0x06E6
            | 0x06EE..=0x06EF
            | 0x06FA..=0x06FF => code,
            _ if class => IGNORABLE,
            _ => NOT_WORD,
        };
        index += 1;
    }
    table
};

/// The character at byte `pos`.
#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// Whether `c` is a letter: the Arabic blocks and ASCII are answered by ranges, the rest
/// by the Unicode property.
#[inline]
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{0621}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_word_table_agrees_with_the_rules() {
        for index in 0..256u32 {
            let c = char::from_u32(0x600 + index).unwrap();
            let expected = if is_letter(c) {
                fold(c).map_or(IGNORABLE, letter_code)
            } else if digit_value(c).is_none() && fold(c).is_none() {
                IGNORABLE
            } else {
                NOT_WORD
            };
            assert_eq!(
                ARABIC_WORD[index as usize],
                expected,
                "U+{:04X}",
                0x600 + index
            );
        }
    }
}
