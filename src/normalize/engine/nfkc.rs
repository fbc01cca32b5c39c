//! The compatibility path of the `camel` preset: NFKC where a character needs it.

use core::ops::Range;

use super::Engine;
use super::sink::{Emitter, Sink};
use super::walk::BASMALA;
use crate::normalize::class::{class_of, presentation_form};
use crate::normalize::options::Whitespace;

/// Boundaries of the NFKC path: characters before which NFKC never looks back (ASCII and
/// the basic Arabic letters, which are stable starters that compose with no preceding
/// character).
pub(super) const fn is_nfkc_boundary(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

impl<'t> Engine<'t> {
    /// The compatibility path: NFKC segment by segment (as CAMeL Tools does over the
    /// whole text), then the character rules.
    pub(super) fn run_nfkc<S: Sink>(&self, em: &mut Emitter<S>) {
        let text = self.text;
        let mut start = 0;
        for (pos, c) in text.char_indices() {
            if pos > start && is_nfkc_boundary(c) {
                self.nfkc_segment(start..pos, em);
                start = pos;
                if em.done() {
                    return;
                }
            }
        }
        if start < text.len() {
            self.nfkc_segment(start..text.len(), em);
        }
    }

    pub(super) fn nfkc_segment<S: Sink>(&self, range: Range<usize>, em: &mut Emitter<S>) {
        use unicode_normalization::UnicodeNormalization;
        let segment = self.text.get(range.clone()).unwrap_or_default();
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
        // Already in NFKC (a letter and its marks in order, say): no NFKC run needed.
        let fixes = |c: char| matches!(c, '\u{FDFC}' | '\u{FDFD}');
        if !segment.chars().any(fixes)
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
            for n in segment.get(piece..pos).unwrap_or_default().nfkc() {
                self.emit_final(n, range.clone(), em);
            }
            em.push_str_final(self, fix, range.clone());
            piece = pos + c.len_utf8();
        }
        for n in segment.get(piece..).unwrap_or_default().nfkc() {
            self.emit_final(n, range.clone(), em);
        }
    }
}
