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
        let mut space_before = false;
        let mut line_before = false;
        let mut token = Token::default();
        let mut hashes = WordHashes::default();
        let rest = text.get(self.pos..).unwrap_or_default();
        let mut chars = rest.char_indices().peekable();
        while let Some(&(offset, c)) = chars.peek() {
            let at = self.pos + offset;
            let is_digit = digit_value(c).is_some();
            let is_letter = !is_digit && is_letter(c);
            let ignorable = !is_digit && !is_letter && fold(c).is_none();
            match token.kind {
                Kind::End => {
                    if c.is_whitespace() || ignorable {
                        space_before |= c.is_whitespace();
                        line_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
                        chars.next();
                        continue;
                    }
                    token.start = at;
                    token.end = at + c.len_utf8();
                    token.space_before = space_before;
                    token.line_before = line_before;
                    if is_digit {
                        token.kind = Kind::Number;
                        token.value = digit_value(c).unwrap_or(0);
                        token.digits = 1;
                    } else if is_letter {
                        token.kind = Kind::Word;
                        hashes.push(c, 0);
                    } else {
                        token.kind = Kind::Punct(c);
                        chars.next();
                        break;
                    }
                    chars.next();
                }
                Kind::Number if is_digit => {
                    token.value = token
                        .value
                        .saturating_mul(10)
                        .saturating_add(digit_value(c).unwrap_or(0));
                    token.digits = token.digits.saturating_add(1);
                    token.end = at + c.len_utf8();
                    chars.next();
                }
                // An invisible mark inside a number (`20\u{200F}14`) does not split it.
                Kind::Number if ignorable && !c.is_whitespace() => {
                    chars.next();
                }
                Kind::Word if is_letter || ignorable && !c.is_whitespace() => {
                    hashes.push(c, at - token.start);
                    token.end = at + c.len_utf8();
                    chars.next();
                }
                _ => break,
            }
        }
        self.pos = match chars.peek() {
            Some(&(offset, _)) => self.pos + offset,
            None => text.len(),
        };
        if token.kind == Kind::Word {
            token.reading = classify_hashed(text.get(token.start..token.end).unwrap_or_default(), &hashes);
        }
        if token.kind == Kind::End {
            token.start = text.len();
            token.end = text.len();
            token.space_before = space_before;
        }
        token
    }
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
