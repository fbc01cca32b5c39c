//! The compatibility path of the `camel` preset: NFKC where a character needs it.

use core::ops::Range;

use super::Engine;
use super::sink::{Emitter, Sink};
use super::walk::BASMALA;
use crate::normalize::class::{
    arabic_class, arabic_index, class_of, combining_class, presentation_form,
};
use crate::normalize::options::Whitespace;

/// Boundaries of the NFKC path: characters before which NFKC never looks back (ASCII and
/// the basic Arabic letters, which are stable starters that compose with no preceding
/// character).
pub(super) const fn is_nfkc_boundary(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Arabic characters that NFKC leaves as they are wherever they stand: U+0600..=U+06FF
/// but the marks and the four letters with a compatibility decomposition (`ٵ ٶ ٷ ٸ`).
pub(super) fn is_nfkc_stable_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{0674}' | '\u{0679}'..='\u{06FF}') && combining_class(c) == 0
}

impl<'t> Engine<'t> {
    /// The compatibility path: NFKC segment by segment (as CAMeL Tools does over the
    /// whole text), then the character rules. A segment is a boundary character and what
    /// follows it up to the next one; a lone boundary character no rule touches stays in
    /// the run of kept text, handed over whole, so that prose costs a byte test per
    /// ASCII character and a table lookup per Arabic letter.
    pub(super) fn run_nfkc<S: Sink>(&self, em: &mut Emitter<S>) {
        let text = self.text;
        let bytes = text.as_bytes();
        // The ASCII characters no rule changes, as bits.
        let mut ascii_kept = 0u128;
        for b in 0..128u8 {
            let c = char::from(b);
            let touched = self.is_active(class_of(c))
                || self.cfg.whitespace != Whitespace::Keep && c.is_ascii_whitespace();
            ascii_kept |= u128::from(!touched) << b;
        }
        // `text[kept..start]` is kept text not yet handed over; `text[start..i]` the
        // segment being read, `alone` whether it is one untouched boundary character.
        let (mut kept, mut start, mut alone) = (0, 0, false);
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (boundary, len, untouched) = match b {
                0..=0x7F => (true, 1, (ascii_kept >> b) & 1 == 1),
                0xD8 | 0xD9 => {
                    let second = bytes.get(i + 1).copied().unwrap_or(0);
                    let index = arabic_index(b, second);
                    let letter = matches!(index, 0x21..=0x3A | 0x41..=0x4A);
                    (letter, 2, letter && !self.is_active(arabic_class(index)))
                }
                _ => {
                    let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or('\0');
                    (is_nfkc_boundary(c), c.len_utf8(), false)
                }
            };
            if boundary {
                if i > start && !alone {
                    kept = self.flush_segment(kept, start..i, em);
                    if em.done() {
                        return;
                    }
                }
                (start, alone) = (i, untouched);
            } else {
                alone = false;
            }
            i += len;
        }
        if start < text.len() && !alone {
            kept = self.flush_segment(kept, start..text.len(), em);
        }
        if kept < text.len() {
            em.keep(text, kept..text.len());
        }
    }

    /// Hands over the kept run from `kept` to the segment, then the segment through NFKC
    /// and the rules; returns the new start of the kept run (the segment's end).
    fn flush_segment<S: Sink>(
        &self,
        kept: usize,
        segment: Range<usize>,
        em: &mut Emitter<S>,
    ) -> usize {
        if kept < segment.start {
            em.keep(self.text, kept..segment.start);
        }
        let end = segment.end;
        self.nfkc_segment(segment, em);
        end
    }

    pub(super) fn nfkc_segment<S: Sink>(&self, range: Range<usize>, em: &mut Emitter<S>) {
        use unicode_normalization::UnicodeNormalization;
        let segment = crate::checked::slice(self.text, range.clone());
        let mut chars = segment.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if is_nfkc_boundary(c) {
                if self.is_active(class_of(c))
                    || self.cfg.whitespace != Whitespace::Keep && c.is_ascii_whitespace()
                {
                    self.emit_final(c, range, em);
                } else {
                    em.keep(self.text, range);
                }
                return;
            }
        }
        // Already in NFKC: no NFKC run needed. Arabic characters with no mark among them
        // are (but for the four letters with a compatibility decomposition, `ٵ ٶ ٷ ٸ`),
        // which spares the general quick check the letters and punctuation of prose
        // (`ة،`); for the rest (a letter and its marks in order, say), it tells.
        let fixes = |c: char| matches!(c, '\u{FDFC}' | '\u{FDFD}');
        if segment.chars().all(is_nfkc_stable_arabic)
            || !segment.chars().any(fixes)
                && unicode_normalization::is_nfkc_quick(segment.chars())
                    == unicode_normalization::IsNormalized::Yes
        {
            for c in segment.chars() {
                self.emit_final(c, range.clone(), em);
            }
            return;
        }
        // CAMeL Tools's two fixes come before NFKC: RIAL with the Arabic yeh, and the
        // basmala spelled out. Both results are NFKC-stable starters at both ends, so
        // the pieces between them can be normalized on their own.
        let mut piece = 0;
        for (pos, c) in segment.char_indices() {
            let fix = match c {
                '\u{FDFC}' => presentation_form(c),
                '\u{FDFD}' => BASMALA,
                _ => continue,
            };
            for n in crate::checked::slice(segment, piece..pos).nfkc() {
                self.emit_final(n, range.clone(), em);
            }
            em.push_str_final(self, fix, range.clone());
            piece = pos + c.len_utf8();
        }
        for n in crate::checked::slice_from(segment, piece).nfkc() {
            self.emit_final(n, range.clone(), em);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_nfkc_stable_arabic;
    use alloc::string::String;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn stable_arabic_characters_are_their_own_nfkc_in_any_sequence() {
        let stable: String = ('\u{0600}'..='\u{06FF}')
            .filter(|&c| is_nfkc_stable_arabic(c))
            .collect();
        assert_eq!(stable.nfkc().collect::<String>(), stable);
        let reversed: String = stable.chars().rev().collect();
        assert_eq!(reversed.nfkc().collect::<String>(), reversed);
        for c in stable.chars() {
            assert_eq!(
                core::iter::once(c).nfkc().collect::<String>(),
                String::from(c)
            );
        }
        assert!(!is_nfkc_stable_arabic('\u{0675}') && !is_nfkc_stable_arabic('\u{064E}'));
    }
}
