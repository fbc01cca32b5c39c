//! Clusters: a starter with the combining marks and transparent characters around it,
//! its marks put in canonical order and composed as NFC does before the other rules.

use core::ops::Range;

use alloc::vec::Vec;

use super::Engine;
use super::sink::{Emitter, Sink};
use crate::normalize::class::{
    Class, MARK_CLASSES, arabic_combining, arabic_index, class_of, combining_class, in_arabic_set,
};
use crate::normalize::options::Whitespace;

/// Presentation forms that stand for marks only (isolated and medial forms of harakat and
/// of shadda ligatures): with the presentation-form rule on they join the cluster.
pub(super) const fn is_mark_form(c: char) -> bool {
    matches!(c, '\u{FE70}'..='\u{FE72}' | '\u{FE74}' | '\u{FE76}'..='\u{FE7F}'
        | '\u{FC5E}'..='\u{FC63}' | '\u{FCF2}'..='\u{FCF4}')
}

/// Whether `c` is a combining mark of the Arabic blocks.
pub(super) fn is_arabic_mark_char(c: char) -> bool {
    matches!(
        class_of(c),
        Class::Haraka
            | Class::OtherMark
            | Class::DaggerAlef
            | Class::QuranicMark
            | Class::ExtendedMark
    )
}

/// Whether `c` is the first letter of an Arabic canonical composition.
pub(super) const fn is_composable(c: char) -> bool {
    matches!(
        c,
        '\u{0627}' | '\u{0648}' | '\u{064A}' | '\u{06C1}' | '\u{06D2}' | '\u{06D5}'
    )
}

/// The canonical compositions of the Arabic blocks (all have U+0653..=U+0655 second).
pub(super) const fn compose_pair(starter: char, mark: char) -> Option<char> {
    Some(match (starter, mark) {
        ('\u{0627}', '\u{0653}') => '\u{0622}',
        ('\u{0627}', '\u{0654}') => '\u{0623}',
        ('\u{0627}', '\u{0655}') => '\u{0625}',
        ('\u{0648}', '\u{0654}') => '\u{0624}',
        ('\u{064A}', '\u{0654}') => '\u{0626}',
        ('\u{06C1}', '\u{0654}') => '\u{06C2}',
        ('\u{06D2}', '\u{0654}') => '\u{06D3}',
        ('\u{06D5}', '\u{0654}') => '\u{06C0}',
        _ => return None,
    })
}

/// A small buffer of characters for one cluster: on the stack up to 32, on the heap past.
pub(super) struct ClusterBuf {
    inline: [char; 32],
    len: usize,
    heap: Vec<char>,
}

impl ClusterBuf {
    fn new() -> Self {
        ClusterBuf {
            inline: ['\0'; 32],
            len: 0,
            heap: Vec::new(),
        }
    }

    fn push(&mut self, c: char) {
        if self.heap.is_empty() {
            if let Some(slot) = self.inline.get_mut(self.len) {
                *slot = c;
                self.len += 1;
                return;
            }
            self.heap.extend_from_slice(&self.inline);
        }
        self.heap.push(c);
    }

    fn as_mut_slice(&mut self) -> &mut [char] {
        if self.heap.is_empty() {
            self.inline.get_mut(..self.len).unwrap_or_default()
        } else {
            &mut self.heap
        }
    }

    fn truncate(&mut self, len: usize) {
        if self.heap.is_empty() {
            self.len = self.len.min(len);
        } else {
            self.heap.truncate(len);
        }
    }
}

/// Sorts marks by canonical combining class, keeping the order of equal classes.
pub(super) fn sort_marks(marks: &mut [char]) {
    if marks.len() <= 32 {
        // Insertion sort: stable, no allocation, and marks are short and nearly sorted.
        for i in 1..marks.len() {
            let mut j = i;
            while j > 0 {
                let (Some(&a), Some(&b)) = (marks.get(j - 1), marks.get(j)) else {
                    break;
                };
                if combining_class(a) <= combining_class(b) {
                    break;
                }
                marks.swap(j - 1, j);
                j -= 1;
            }
        }
    } else {
        let mut keyed: Vec<(u8, char)> = marks.iter().map(|&c| (combining_class(c), c)).collect();
        keyed.sort_by_key(|&(class, _)| class);
        for (slot, (_, c)) in marks.iter_mut().zip(keyed) {
            *slot = c;
        }
    }
}

/// Composes `starter` with the unblocked marks of `marks` (sorted); returns the new
/// starter and the number of marks left at the front of `marks`.
pub(super) fn compose(starter: char, marks: &mut [char]) -> (char, usize) {
    let mut starter = starter;
    let mut last_kept_class = 0u8;
    let mut kept = 0;
    for read in 0..marks.len() {
        let Some(&mark) = marks.get(read) else { break };
        let class = combining_class(mark);
        if last_kept_class < class {
            if let Some(composed) = compose_pair(starter, mark) {
                starter = composed;
                continue;
            }
        }
        last_kept_class = class;
        if let Some(slot) = marks.get_mut(kept) {
            *slot = mark;
        }
        kept += 1;
    }
    (starter, kept)
}

impl<'t> Engine<'t> {
    /// The end of the marks from `pos` on, and of the clusters after them, when they
    /// need no change: the marks follow an Arabic letter no rule changes, each is a mark
    /// of U+0600..=U+06FF no rule changes, in canonical order, and none composes with
    /// the letter; the walk goes on over such letters with their marks and over spaces,
    /// and stops at the start of the first cluster it cannot vouch for. `None` when the
    /// first cluster is one: it takes the general path. (Fully diacritized text under the
    /// presets that keep marks, `clean`.)
    // Out of line: inlined, it made the character walk's loop slower on news (`clean`
    // 1.37x to 1.29x `from_utf8` with `codegen-units = 1`).
    #[inline(never)]
    pub(super) fn kept_marks(&self, pos: usize, floor: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let starter_at = pos.checked_sub(2).filter(|&at| at >= floor)?;
        let (lead, second) = (*bytes.get(starter_at)?, *bytes.get(starter_at + 1)?);
        if lead & 0xFE != 0xD8 {
            return None;
        }
        let starter = arabic_index(lead, second);
        if !in_arabic_set(&self.kept_letters, starter) {
            return None;
        }
        // Spaces stand alone when no rule looks at white space.
        let spaces_kept = self.cfg.whitespace == Whitespace::Keep;
        // `ا و ي ە ہ ے` compose with U+0653..=U+0655.
        let composing = |letter: usize| matches!(letter, 0x27 | 0x48 | 0x4A | 0xC1 | 0xD2 | 0xD5);
        let mut composes = composing(starter);
        let mut last_class = 0;
        // The start of the cluster being read; `None` while it is the first.
        let mut cluster: Option<usize> = None;
        let mut at = pos;
        loop {
            let Some(&lead) = bytes.get(at) else {
                return Some(at);
            };
            // Only where marks go on: plain text is the block step's and the walk's.
            if lead == b' ' && spaces_kept {
                if !(self.kept_letter_at(at + 1) && self.kept_mark_at(at + 3)) {
                    return Some(at);
                }
                (cluster, last_class, composes) = (Some(at + 1), 0, false);
                at += 1;
                continue;
            }
            if lead < 0x80 {
                return Some(at);
            }
            let index = match (lead, bytes.get(at + 1)) {
                (0xD8..=0xDB, Some(&second)) => arabic_index(lead, second),
                // Another block: it may join the cluster being read.
                _ => return cluster,
            };
            if in_arabic_set(&self.kept_letters, index) {
                if !self.kept_mark_at(at + 2) {
                    return Some(at);
                }
                (cluster, last_class, composes) = (Some(at), 0, composing(index));
                at += 2;
                continue;
            }
            let combining = arabic_combining(index);
            if !in_arabic_set(&self.kept_marks, index)
                || combining == 0
                || combining < last_class
                || composes && (0x53..=0x55).contains(&index)
            {
                return cluster;
            }
            last_class = combining;
            at += 2;
        }
    }

    /// Whether a letter no rule changes begins at `pos`.
    #[inline]
    fn kept_letter_at(&self, pos: usize) -> bool {
        self.kept_at(pos, &self.kept_letters)
    }

    /// Whether a mark of U+0600..=U+06FF no rule changes begins at `pos`.
    #[inline]
    fn kept_mark_at(&self, pos: usize) -> bool {
        self.kept_at(pos, &self.kept_marks)
    }

    #[inline]
    fn kept_at(&self, pos: usize, set: &[u64; 4]) -> bool {
        match self.text.as_bytes().get(pos..pos + 2) {
            Some(&[lead @ 0xD8..=0xDB, second]) => in_arabic_set(set, arabic_index(lead, second)),
            _ => false,
        }
    }

    /// Walks back from `pos` over marks and transparent characters to the starter they
    /// belong to, not before `floor`.
    pub(super) fn cluster_start(&self, floor: usize, pos: usize) -> usize {
        let mut start = pos;
        while let Some(prev) = self
            .text
            .get(floor..start)
            .and_then(|s| s.chars().next_back())
        {
            start -= prev.len_utf8();
            if !self.joins_cluster(prev) {
                break;
            }
        }
        start
    }

    /// Walks forward from `pos` over marks and transparent characters.
    #[inline]
    pub(super) fn cluster_end(&self, pos: usize) -> usize {
        let mut end = pos;
        while self.joins_at(end) {
            end += self
                .text
                .get(end..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
        }
        end
    }

    /// Whether normalizing the cluster could change it (a cheap, conservative test: a
    /// cluster of inactive characters with marks already in order and no composition
    /// pair is left alone).
    pub(super) fn cluster_changes(&self, range: Range<usize>) -> bool {
        let cluster = self.text.get(range).unwrap_or_default();
        let mut chars = cluster.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let composable = matches!(
            first,
            '\u{0627}' | '\u{0648}' | '\u{064A}' | '\u{06C1}' | '\u{06D2}' | '\u{06D5}'
        );
        let mut last_class = 0;
        let arabic_marks = cluster.chars().any(is_arabic_mark_char);
        for c in cluster.chars() {
            let class = class_of(c);
            if self.is_active(class)
                || (class == Class::Presentation && self.expansion(c).is_some())
            {
                return true;
            }
            if composable && matches!(c, '\u{0653}'..='\u{0655}') {
                return true;
            }
            if c.is_ascii_whitespace() && self.cfg.whitespace != Whitespace::Keep {
                return true;
            }
            let ccc = combining_class(c);
            if ccc != 0 {
                if ccc < last_class && arabic_marks {
                    return true;
                }
                last_class = ccc;
            }
        }
        false
    }

    /// Handles a cluster whose marks need no reordering, no composition and no
    /// expansion: each character that survives goes straight to the character rules.
    /// Returns `false`, having emitted nothing, when the cluster needs the full path.
    pub(super) fn emit_simple_cluster<S: Sink>(
        &self,
        range: &Range<usize>,
        em: &mut Emitter<S>,
    ) -> bool {
        let cluster = self.text.get(range.clone()).unwrap_or_default();
        let mut last_kept = 0;
        let mut arabic = false;
        let mut unordered = false;
        let mut hamza_marks = false;
        for c in cluster.chars() {
            let class = class_of(c);
            if class == Class::Presentation && self.expansion(c).is_some() {
                return false;
            }
            hamza_marks |= matches!(c, '\u{0653}'..='\u{0655}');
            arabic |= MARK_CLASSES & class.bit() != 0;
            if self.deletes(class) || self.deleted_marks & class.bit() != 0 {
                continue;
            }
            let ccc = combining_class(c);
            if ccc != 0 {
                unordered |= ccc < last_kept;
                last_kept = ccc;
            }
        }
        if unordered && arabic {
            return false;
        }
        if hamza_marks {
            // A maddah or hamza mark may compose with the starter as written or as the
            // letter rules rewrite it (`ی` + hamza → `ي` + hamza → `ئ`).
            let first = cluster.chars().next().unwrap_or(' ');
            if combining_class(first) == 0
                && (is_composable(first) || self.map_char(first, range).is_some_and(is_composable))
            {
                return false;
            }
        }
        // Nothing moves: each surviving character stands for itself in the input.
        let mut pos = range.start;
        for c in cluster.chars() {
            let class = class_of(c);
            let end = pos + c.len_utf8();
            if !self.deletes(class) && self.deleted_marks & class.bit() == 0 {
                self.emit_classified(c, class, pos..end, em);
            }
            pos = end;
        }
        true
    }

    /// Handles a cluster: expands it, orders and composes its marks, then maps each
    /// character.
    pub(super) fn emit_cluster<S: Sink>(&self, range: Range<usize>, em: &mut Emitter<S>) {
        if self.emit_simple_cluster(&range, em) {
            return;
        }
        let cluster = self.text.get(range.clone()).unwrap_or_default();
        let mut buf = ClusterBuf::new();
        for c in cluster.chars() {
            let class = class_of(c);
            if self.deletes(class) {
                continue;
            }
            match (class == Class::Presentation)
                .then(|| self.expansion(c))
                .flatten()
            {
                // What a form expands to is deleted like the letter itself (`ﺀ`).
                Some(mapped) => mapped
                    .chars()
                    .filter(|&m| !self.deletes(class_of(m)))
                    .for_each(|m| buf.push(m)),
                None => buf.push(c),
            }
        }
        let chars = buf.as_mut_slice();
        // The marks after the last starter.
        let tail = chars
            .iter()
            .rposition(|&c| combining_class(c) == 0)
            .map_or(0, |s| s + 1);
        let len = chars.len();
        if let Some(marks) = chars.get_mut(tail..) {
            // Only runs that hold an Arabic mark are reordered: other scripts pass
            // untouched.
            if marks.iter().any(|&m| is_arabic_mark_char(m)) {
                sort_marks(marks);
            }
        }
        let mut len = len;
        if tail > 0 {
            if let Some((starter, marks)) = chars
                .get_mut(tail - 1..len)
                .and_then(|s| s.split_first_mut())
            {
                // NFC composition, then the deletions, then composition again where a
                // deleted mark no longer blocks.
                let (composed, kept) = compose(*starter, marks);
                let mut live = 0;
                for read in 0..kept {
                    let Some(&mark) = marks.get(read) else { break };
                    if !self.deletes_mark(mark) {
                        if let Some(slot) = marks.get_mut(live) {
                            *slot = mark;
                        }
                        live += 1;
                    }
                }
                let live_marks = marks.get_mut(..live).unwrap_or_default();
                let (mut composed, mut kept) = compose(composed, live_marks);
                // The letter rules may turn the starter into one that composes with a
                // remaining mark (`ی` + hamza: `ي` + hamza is `ئ`); compose that too, so a
                // second pass finds nothing to do. Each round takes a mark, or stops.
                while let Some(mapped) = self.map_char(composed, &range) {
                    if mapped == composed {
                        break;
                    }
                    let remaining = marks.get_mut(..kept).unwrap_or_default();
                    // Marks that compose with the starter into a letter the rules fold
                    // back to it (`ا` + maddah is `آ`, folded to `ا`) go one after the
                    // other: all at once, so a run of them costs its length.
                    let absorbed = remaining
                        .iter()
                        .take_while(|&&mark| {
                            compose_pair(mapped, mark).and_then(|c| self.map_char(c, &range))
                                == Some(mapped)
                        })
                        .count();
                    remaining.copy_within(absorbed.., 0);
                    kept -= absorbed;
                    let remaining = marks.get_mut(..kept).unwrap_or_default();
                    let (recomposed, left) = compose(mapped, remaining);
                    if left == kept && absorbed == 0 {
                        break;
                    }
                    composed = recomposed;
                    kept = left;
                }
                *starter = composed;
                len = tail + kept;
            }
        }
        buf.truncate(len);
        for &c in buf.as_mut_slice().iter() {
            self.emit_final(c, range.clone(), em);
        }
    }
}
