//! Splits text into words, numbers and punctuation, with byte spans in the original text.
//!
//! Diacritics, tatweel and invisible controls never split a token; a change between
//! letters and digits does (`2014م`, `و5`, `لـ17`).

use super::lexicon::{Reading, WordHashes, classify_hashed, fold};

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
        let mut token = Token::default();
        let mut hashes = WordHashes::default();
        let mut p = self.pos;
        // Before the token: white space and ignorable marks.
        let mut space_before = false;
        let mut line_before = false;
        while let Some(c) = char_at(text, p) {
            if c.is_whitespace() {
                space_before = true;
                line_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            } else if digit_value(c).is_some() || is_letter(c) || fold(c).is_some() {
                break;
            }
            p += c.len_utf8();
        }
        token.start = p;
        token.end = p;
        token.space_before = space_before;
        token.line_before = line_before;
        let Some(c) = char_at(text, p) else {
            self.pos = text.len();
            return token;
        };
        if let Some(value) = digit_value(c) {
            token.kind = Kind::Number;
            token.value = value;
            token.digits = 1;
            p += c.len_utf8();
            token.end = p;
            while let Some(c) = char_at(text, p) {
                if let Some(value) = digit_value(c) {
                    token.value = token.value.saturating_mul(10).saturating_add(value);
                    token.digits = token.digits.saturating_add(1);
                    p += c.len_utf8();
                    token.end = p;
                } else if !c.is_whitespace() && !is_letter(c) && fold(c).is_none() {
                    // An invisible mark inside a number (`20\u{200F}14`) does not split it.
                    p += c.len_utf8();
                } else {
                    break;
                }
            }
        } else if is_letter(c) {
            token.kind = Kind::Word;
            loop {
                // Two-byte Arabic characters are decoded in place.
                let c = match (bytes.get(p), bytes.get(p + 1)) {
                    (Some(&lead @ 0xD8..=0xDB), Some(&second)) => {
                        let cp = (u32::from(lead & 0x1F) << 6) | u32::from(second & 0x3F);
                        char::from_u32(cp).unwrap_or('\u{FFFD}')
                    }
                    _ => match char_at(text, p) {
                        Some(c) => c,
                        None => break,
                    },
                };
                let ignorable = !is_letter(c)
                    && digit_value(c).is_none()
                    && fold(c).is_none()
                    && !c.is_whitespace();
                if !(is_letter(c) || ignorable) {
                    break;
                }
                hashes.push(c, p - token.start);
                p += c.len_utf8();
                token.end = p;
            }
            token.reading = classify_hashed(
                text.get(token.start..token.end).unwrap_or_default(),
                &hashes,
            );
        } else {
            token.kind = Kind::Punct(c);
            p += c.len_utf8();
            token.end = p;
        }
        self.pos = p;
        token
    }
}

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
