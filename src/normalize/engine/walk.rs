//! The character walk: decoding, classifying and rewriting one character at a time,
//! where the block step hands over.

use core::ops::Range;

use super::Engine;
use super::sink::{Emitter, Sink};
use crate::normalize::class::{
    Class, MARK_CLASSES, arabic_class, arabic_index, class_of, is_decimal_digit, presentation_form,
    replacement, shift_digit,
};
use crate::normalize::options::{
    DaggerAlef, Digits, Honorifics, PersianLetters, SmallLetters, Zwnj,
};

/// Bytes that can start a character some rule looks at: U+00A0/U+00AD (0xC2), the
/// Arabic block (0xD8..=0xDB), Arabic Extended-A/B (0xE0), U+1680/U+180E (0xE1), the
/// general punctuation controls and spaces (0xE2), U+3000 (0xE3) and the presentation
/// forms (0xEF). A coarse filter: the class table decides.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
pub(super) const fn lead_bytes(white_space: bool, ascii_digits: bool) -> [bool; 256] {
    let mut t = [false; 256];
    t[0xC2] = true;
    t[0xD8] = true;
    t[0xD9] = true;
    t[0xDA] = true;
    t[0xDB] = true;
    t[0xE0] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    if white_space {
        t[b' ' as usize] = true;
        t[b'\t' as usize] = true;
        t[b'\n' as usize] = true;
        t[b'\r' as usize] = true;
    }
    if ascii_digits {
        let mut d = b'0';
        while d <= b'9' {
            t[d as usize] = true;
            d += 1;
        }
    }
    t
}

pub(super) static LEAD_BYTES: [[bool; 256]; 4] = [
    lead_bytes(false, false),
    lead_bytes(true, false),
    lead_bytes(false, true),
    lead_bytes(true, true),
];

/// The basmala, for U+FDFD (which has no decomposition in Unicode).
pub(super) const BASMALA: &str = "\u{0628}\u{0633}\u{0645} \u{0627}\u{0644}\u{0644}\u{0647} \u{0627}\u{0644}\u{0631}\u{062D}\u{0645}\u{0646} \u{0627}\u{0644}\u{0631}\u{062D}\u{064A}\u{0645}";

impl<'t> Engine<'t> {
    /// For the block step: hands over the kept text from `run` to `at`, then what
    /// replaces the two-byte character at `at` (nothing when it is deleted).
    #[inline(always)]
    pub(super) fn change_at<S: Sink>(
        &self,
        at: usize,
        replacement: Option<char>,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) {
        // No white-space policy runs with the block step: straight to the sink.
        if *run < at {
            em.sink.keep(self.text, *run..at);
        }
        if let Some(c) = replacement {
            em.sink.push_char(c, at..at + 2);
        }
        *run = at + 2;
    }

    /// The class of the two-byte Arabic-block character at `pos`, if there is one.
    #[inline]
    pub(super) fn arabic_class_at(&self, pos: usize) -> Option<Class> {
        let bytes = self.text.as_bytes();
        let (&lead, &second) = (bytes.get(pos)?, bytes.get(pos + 1)?);
        (0xD8..=0xDB)
            .contains(&lead)
            .then(|| arabic_class(arabic_index(lead, second)))
    }

    /// Whether the character at `pos` joins the cluster before it.
    #[inline]
    pub(super) fn joins_at(&self, pos: usize) -> bool {
        match self.text.as_bytes().get(pos) {
            None => false,
            Some(&b) if b < 0x80 => false,
            Some(_) => match self.arabic_class_at(pos) {
                Some(class) => (MARK_CLASSES | self.deleted) & class.bit() != 0,
                None => self
                    .text
                    .get(pos..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| self.joins_cluster(c)),
            },
        }
    }

    /// The fast path of a fully diacritized text under a preset that deletes the marks:
    /// when the Arabic mark at `pos` follows its starter directly (a basic letter or
    /// ASCII, not `floor`'s kept run of other marks), and it and the marks after it are
    /// all deleted and none of them can compose (U+0653..=U+0655), the cluster's output
    /// is its starter alone, so the marks can be dropped where they stand. Returns the end
    /// of the dropped marks.
    #[inline]
    pub(super) fn deleted_marks_in_place(&self, pos: usize, floor: usize) -> Option<usize> {
        let droppable = |class: Class, at: usize| {
            self.deleted_marks & class.bit() != 0
                && !matches!(
                    self.text.as_bytes().get(at..at + 2),
                    Some([0xD9, 0x93..=0x95])
                )
        };
        let first = self.arabic_class_at(pos)?;
        if !droppable(first, pos) {
            return None;
        }
        // The starter is right before: ASCII, or a non-mark of the Arabic block.
        let bytes = self.text.as_bytes();
        let starter_ok = pos > floor
            && match bytes.get(pos - 1) {
                Some(&b) if b < 0x80 => true,
                _ => {
                    pos >= floor + 2
                        && self
                            .arabic_class_at(pos - 2)
                            .is_some_and(|c| (MARK_CLASSES | self.deleted) & c.bit() == 0)
                }
            };
        if !starter_ok {
            return None;
        }
        let mut end = pos + 2;
        while self.joins_at(end) {
            match self.arabic_class_at(end) {
                Some(class) if droppable(class, end) => end += 2,
                _ => return None,
            }
        }
        Some(end)
    }

    /// What a character expands to before the other rules: presentation forms and the
    /// honorific ligatures.
    pub(super) fn expansion(&self, c: char) -> Option<&'static str> {
        match c {
            '\u{FDFA}' | '\u{FDFB}' | '\u{FDFD}' => {
                if self.cfg.honorifics != Honorifics::Expand {
                    None
                } else if c == '\u{FDFD}' {
                    Some(BASMALA)
                } else {
                    Some(presentation_form(c))
                }
            }
            _ if self.cfg.presentation_forms => {
                let mapped = presentation_form(c);
                (!mapped.is_empty()).then_some(mapped)
            }
            _ => None,
        }
    }

    /// Handles one character outside any cluster.
    #[inline]
    pub(super) fn emit_char<S: Sink>(
        &self,
        c: char,
        class: Class,
        range: Range<usize>,
        em: &mut Emitter<S>,
    ) {
        if class == Class::Presentation {
            if let Some(mapped) = self.expansion(c) {
                for m in mapped.chars() {
                    self.emit_final(m, range.clone(), em);
                }
                return;
            }
        }
        self.emit_classified(c, class, range, em);
    }

    /// Whether a mark is deleted by the diacritic rules.
    #[inline]
    pub(super) fn deletes_mark(&self, c: char) -> bool {
        self.deleted_marks & class_of(c).bit() != 0
    }

    /// Applies the character rules to one character of the (expanded, composed) stream.
    #[inline]
    pub(super) fn emit_final<S: Sink>(&self, c: char, range: Range<usize>, em: &mut Emitter<S>) {
        self.emit_classified(c, class_of(c), range, em);
    }

    /// [`emit_final`](Self::emit_final) for a character whose class is known.
    #[inline]
    pub(super) fn emit_classified<S: Sink>(
        &self,
        c: char,
        class: Class,
        range: Range<usize>,
        em: &mut Emitter<S>,
    ) {
        if !self.is_active(class) {
            em.push_char(c, range);
        } else if let Some(mapped) = self.map_active(c, class, &range) {
            em.push_char(mapped, range);
        }
    }

    /// What the character rules make of `c` (`None`: deleted). `range` is the input the
    /// character stands for, for the rules that look at its neighbours.
    pub(super) fn map_char(&self, c: char, range: &Range<usize>) -> Option<char> {
        let class = class_of(c);
        if self.is_active(class) {
            self.map_active(c, class, range)
        } else {
            Some(c)
        }
    }

    /// [`map_char`](Self::map_char) for a character of an active class.
    #[inline]
    pub(super) fn map_active(&self, c: char, class: Class, range: &Range<usize>) -> Option<char> {
        let mapped = match class {
            Class::Other | Class::Presentation => c,
            Class::Haraka
            | Class::OtherMark
            | Class::QuranicMark
            | Class::ExtendedMark
            | Class::Tatweel
            | Class::BidiControl
            | Class::ZeroWidth
            | Class::LoneHamza => return None,
            Class::DaggerAlef => match self.cfg.dagger_alef {
                DaggerAlef::Delete => return None,
                DaggerAlef::Alef => '\u{0627}',
                DaggerAlef::Keep => c,
            },
            Class::SmallLetter => match (self.cfg.small_letters, c) {
                (SmallLetters::Delete, _) => return None,
                (SmallLetters::Letter, '\u{06E5}') => '\u{0648}',
                (SmallLetters::Letter, _) => '\u{064A}',
                (SmallLetters::Keep, _) => c,
            },
            Class::PersianYeh => {
                if self.cfg.persian_letters == PersianLetters::FoldFinalYehToAlefMaksura
                    && self.is_word_final(range.end)
                {
                    return self.map_char('\u{0649}', range);
                }
                '\u{064A}'
            }
            Class::AsciiDigit => shift_digit(c, '0', '\u{0660}'),
            Class::DecimalSeparator if self.between_digits(range) => '.',
            Class::ThousandsSeparator if self.between_digits(range) => ',',
            Class::DecimalSeparator | Class::ThousandsSeparator => c,
            Class::AlefHamza
            | Class::AlefWasla
            | Class::AlefOther
            | Class::AlefMaksura
            | Class::YehHamza
            | Class::OtherYeh
            | Class::TehMarbuta
            | Class::PersianHeh
            | Class::WawHamza
            | Class::PersianKaf
            | Class::Maghrebi
            | Class::ArabicIndicDigit
            | Class::ExtendedDigit
            | Class::Punctuation => replacement(c, class, self.cfg.digits == Digits::ArabicIndic),
            Class::Zwnj => match self.cfg.zwnj {
                Zwnj::Delete => return None,
                Zwnj::Space => ' ',
                Zwnj::Keep => c,
            },
            Class::SpaceSeparator => ' ',
        };
        Some(mapped)
    }

    /// Whether the separator covering `range` stands between two digits, looking past
    /// marks and deleted characters on either side (so the answer is the same on the
    /// output, which keeps normalization idempotent).
    pub(super) fn between_digits(&self, range: &Range<usize>) -> bool {
        let before = crate::checked::slice_to(self.text, range.start);
        let mut back = before.chars().rev().skip_while(|&c| self.joins_cluster(c));
        let prev = match back.next() {
            Some(c) => Some(c),
            None if before.chars().all(|c| self.joins_cluster(c)) => self.before,
            None => None,
        };
        let after = self.text.get(range.end..).unwrap_or_default();
        let next = after.chars().find(|&c| !self.joins_cluster(c));
        prev.is_some_and(is_decimal_digit) && next.is_some_and(is_decimal_digit)
    }

    /// Whether no Arabic letter follows byte `pos`, skipping marks and deleted characters.
    pub(super) fn is_word_final(&self, pos: usize) -> bool {
        let rest = crate::checked::slice_from(self.text, pos);
        for c in rest.chars() {
            if self.joins_cluster(c) {
                continue;
            }
            // A presentation form counts as the letter it stands for.
            let letter = match class_of(c) {
                Class::Presentation => self
                    .expansion(c)
                    .and_then(|e| e.chars().next())
                    .unwrap_or(c),
                _ => c,
            };
            return !crate::normalize::class::is_arabic_letter(letter);
        }
        true
    }
}
