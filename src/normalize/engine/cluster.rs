//! Clusters: a starter with the combining marks and transparent characters around it,
//! its marks put in canonical order and composed as NFC does before the other rules.

use core::ops::Range;

use alloc::vec::Vec;

use super::Engine;
use super::sink::{Emitter, Sink};
use crate::normalize::class::{
    Class, MARK_CLASSES, arabic_class, arabic_combining, arabic_index, class_of, combining_class,
    in_arabic_set,
};

/// The most marks the diacritized lane reads on one letter (more take the general path).
const MAX_LANE_MARKS: usize = 8;

/// Words in a row without a mark after which the diacritized lane leaves the text to
/// the block step and the walk.
const PLAIN_WORDS: usize = 2;
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
            crate::checked::prefix_mut(&mut self.inline, self.len)
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

/// What the diacritized lane makes of each character of U+0600..=U+06FF, one byte each,
/// worked out from the settings the first time a run enters the lane: a letter no rule
/// changes is 0, a mark no rule changes is its canonical combining class (27 and up in
/// this block), the other values are the three below.
pub(super) struct LaneTable([u8; 256]);

/// A deleted tatweel: it goes where it stands when the marks around it are in order,
/// else its cluster is written out.
const LANE_TATWEEL: u8 = 0xFC;
/// A maddah or hamza mark that may compose: its cluster is written out.
const LANE_REWRITE: u8 = 0xFD;
/// Joins the cluster but the lane cannot vouch for it (a mark some rule changes, a
/// deleted character other than tatweel): the lane stops before the cluster.
const LANE_ABORT: u8 = 0xFE;
/// Not part of the lane: it ends the cluster before it, and the lane stops there.
const LANE_END: u8 = 0xFF;

impl LaneTable {
    #[inline(always)]
    fn at(&self, bytes: &[u8], pos: usize) -> Option<u8> {
        match bytes.get(pos..pos + 2) {
            Some(&[lead @ 0xD8..=0xDB, second]) => Some(
                self.0
                    .get(arabic_index(lead, second))
                    .copied()
                    .unwrap_or(LANE_END),
            ),
            _ => None,
        }
    }
}

impl<'t> Engine<'t> {
    /// The [`LaneTable`] of these settings.
    pub(super) fn lane_table(&self) -> LaneTable {
        let tatweel_deleted = self.deletes(Class::Tatweel);
        let mut table = [LANE_END; 256];
        for (index, slot) in table.iter_mut().enumerate() {
            let combining = arabic_combining(index);
            *slot = if combining > 0 {
                if !in_arabic_set(&self.kept_marks, index) {
                    LANE_ABORT
                } else if (0x53..=0x55).contains(&index) {
                    LANE_REWRITE
                } else {
                    debug_assert!(combining < LANE_TATWEEL, "U+{:04X}", 0x600 + index);
                    combining
                }
            } else if index == 0x40 && tatweel_deleted {
                LANE_TATWEEL
            } else if in_arabic_set(&self.kept_letters, index) {
                0
            } else if self.deletes(arabic_class(index)) {
                LANE_ABORT
            } else {
                LANE_END
            };
        }
        LaneTable(table)
    }

    /// The lane of fully diacritized text under the presets that keep marks (`clean`):
    /// from the mark at `pos` on, Arabic letters no rule changes with marks of
    /// U+0600..=U+06FF no rule changes, and the tatweels the rules delete among them.
    /// Text whose marks are in canonical order with nothing to compose stays in the
    /// pending run: the lane only compares each mark's class with the one before it. A
    /// cluster that is not in order (a shadda written before its vowel), or holds a
    /// tatweel or `ا` + maddah, is written out sorted and composed, as the general path
    /// would. The lane goes on over the spaces and line breaks between words, leaves plain
    /// text (two words in a row without a mark) to the block step and the walk, and stops
    /// at the first cluster it cannot vouch for. Returns where it stopped, or `None` when
    /// that is the first cluster (the general path takes it). A cluster's start is found
    /// by walking back over its marks, at most twice per cluster: the cost stays linear.
    // Out of line: inlined, it made the character walk's loop slower on news (`clean`
    // 1.37x to 1.29x `from_utf8` with `codegen-units = 1`).
    #[inline(never)]
    pub(super) fn kept_marks<S: Sink>(
        &self,
        pos: usize,
        run: &mut usize,
        em: &mut Emitter<S>,
        lane: &LaneTable,
    ) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let first = pos.checked_sub(2).filter(|&at| at >= *run)?;
        if lane.at(bytes, first) != Some(0) {
            return None;
        }
        // White space stands alone when no rule looks at it.
        let spaces_kept = self.cfg.whitespace == Whitespace::Keep;
        // The class of the last character (0 for a letter), the classes of the marks of
        // the current word or-ed (0 when it has none), and the words in a row without a
        // mark.
        let (mut previous, mut word_marks, mut plain_words) = (0u8, 0u8, 0usize);
        // Where the cluster of the character at `at` starts: the lane passed over marks
        // of two bytes each since the letter, or the space, that starts it. Worked out
        // only when needed, so the loop carries no more than it must.
        let starter = |mut at: usize| loop {
            if at <= first + 2 {
                break first;
            }
            if matches!(bytes.get(at - 1), Some(b' ' | b'\n')) {
                break at - 1;
            }
            if lane.at(bytes, at - 2) == Some(0) {
                break at - 2;
            }
            at -= 2;
        };
        let stopped = |at: usize| Some(starter(at)).filter(|&start| start != first);
        let mut at = pos;
        loop {
            let Some(value) = lane.at(bytes, at) else {
                match bytes.get(at) {
                    // A space or a line break between two words, or before a mark (a
                    // Quranic pause sign after a word): a starter no rule changes.
                    Some(&(b' ' | b'\n'))
                        if spaces_kept
                            && lane
                                .at(bytes, at + 1)
                                .is_some_and(|next| next < LANE_TATWEEL) =>
                    {
                        plain_words = if word_marks == 0 { plain_words + 1 } else { 0 };
                        if plain_words >= PLAIN_WORDS {
                            return Some(at);
                        }
                        (previous, word_marks) = (0, 0);
                        at += 1;
                        continue;
                    }
                    // Another block: it may join the cluster.
                    Some(&lead) if lead >= 0x80 => return stopped(at),
                    _ => return Some(at),
                }
            };
            word_marks |= value;
            if value >= LANE_TATWEEL || value != 0 && value < previous {
                match value {
                    LANE_END => return Some(at),
                    LANE_ABORT => return stopped(at),
                    LANE_TATWEEL if self.marks_in_order(lane, at + 2, previous) => {
                        // The walk deletes it where it stands, and so does the lane.
                        em.keep(self.text, *run..at);
                        *run = at + 2;
                        at += 2;
                        // A sink that has seen a change may want no more.
                        if em.done() {
                            return Some(at);
                        }
                        continue;
                    }
                    _ => {}
                }
                // The cluster must be written out: it ends at the next letter.
                let mut end = at + 2;
                let end = loop {
                    match lane.at(bytes, end) {
                        Some(0 | LANE_END) => break end,
                        Some(LANE_ABORT) => return stopped(at),
                        Some(_) => end += 2,
                        None if bytes.get(end).is_some_and(|&b| b >= 0x80) => {
                            return stopped(at);
                        }
                        None => break end,
                    }
                };
                if !self.write_cluster(starter(at)..end, run, em) {
                    return stopped(at);
                }
                previous = 0;
                at = end;
                if em.done() {
                    return Some(at);
                }
                continue;
            }
            previous = value;
            at += 2;
        }
    }

    /// Whether the rest of a cluster, from `at` to the next letter, holds only marks in
    /// canonical order after one of class `previous`, and tatweels.
    fn marks_in_order(&self, lane: &LaneTable, mut at: usize, mut previous: u8) -> bool {
        let bytes = self.text.as_bytes();
        loop {
            match lane.at(bytes, at) {
                Some(0 | LANE_END) => return true,
                Some(LANE_TATWEEL) => at += 2,
                Some(class) if class < LANE_TATWEEL && class >= previous => {
                    previous = class;
                    at += 2;
                }
                Some(_) => return false,
                None => return bytes.get(at).is_none_or(|&b| b < 0x80),
            }
        }
    }

    /// Writes out the cluster at `range` (an Arabic letter no rule changes, then marks no
    /// rule changes and deleted tatweels) with its marks sorted and composed; `false`,
    /// with nothing written, when the composed letter is one some rule changes.
    // Out of line: a cluster to write is rare next to the characters the lane passes
    // over, and its code would crowd the lane's loop.
    #[inline(never)]
    fn write_cluster<S: Sink>(
        &self,
        range: Range<usize>,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> bool {
        let cluster = crate::checked::slice(self.text, range.clone());
        if let Some(written) = self.write_reordered(cluster, range.clone(), run, em) {
            return written;
        }
        let mut chars = cluster.chars();
        let Some(letter) = chars.next() else {
            return false;
        };
        let mut marks = ['\0'; MAX_LANE_MARKS];
        let mut count = 0;
        for c in chars.filter(|&c| c != '\u{0640}') {
            let Some(slot) = marks.get_mut(count) else {
                return false;
            };
            *slot = c;
            count += 1;
        }
        let marks = crate::checked::prefix_mut(&mut marks, count);
        sort_marks(marks);
        let (composed, kept) = compose(letter, marks);
        let composed_index = (composed as usize).wrapping_sub(0x600);
        if composed_index >= 0x100 || !in_arabic_set(&self.kept_letters, composed_index) {
            return false;
        }
        em.keep(self.text, *run..range.start);
        em.push_char(composed, range.clone());
        for &mark in crate::checked::prefix(marks, kept) {
            em.push_char(mark, range.clone());
        }
        *run = range.end;
        true
    }

    /// [`write_cluster`](Self::write_cluster) for the common case, straight from the
    /// bytes: an Arabic letter and marks of two bytes each (tatweels dropped), none of
    /// which composes, so the marks only need sorting. `None` for another cluster.
    #[inline]
    fn write_reordered<S: Sink>(
        &self,
        cluster: &str,
        range: Range<usize>,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Option<bool> {
        let bytes = cluster.as_bytes();
        let (letter, rest) = bytes.split_at_checked(2)?;
        if rest.len() % 2 != 0 || letter.first().is_none_or(|&b| b & 0xFC != 0xD8) {
            return None;
        }
        // The marks as (class, offset in the cluster), sorted by insertion as they come
        // (stable).
        let mut marks = [(0u8, 0usize); MAX_LANE_MARKS];
        let mut count = 0;
        for (offset, pair) in (2..).step_by(2).zip(rest.chunks_exact(2)) {
            let &[lead, second] = pair else { return None };
            if lead & 0xFC != 0xD8 {
                return None;
            }
            let index = arabic_index(lead, second);
            if index == 0x40 {
                continue;
            }
            let class = arabic_combining(index);
            if class == 0 || (0x53..=0x55).contains(&index) || count == MAX_LANE_MARKS {
                return None;
            }
            let mut at = count;
            while at > 0 && marks.get(at - 1).is_some_and(|&(c, _)| c > class) {
                marks.swap(at - 1, at);
                at -= 1;
            }
            if let Some(slot) = marks.get_mut(at) {
                *slot = (class, offset);
            }
            count += 1;
        }
        em.keep(self.text, *run..range.start);
        // Each character is two bytes of the input: written piece by piece, no copy to
        // check.
        let piece = |offset: usize| crate::checked::slice(cluster, offset..offset + 2);
        em.push_str(piece(0), range.clone());
        for &(_, offset) in crate::checked::prefix(&marks, count) {
            em.push_str(piece(offset), range.clone());
        }
        *run = range.end;
        Some(true)
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
        let cluster = crate::checked::slice(self.text, range);
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
        let cluster = crate::checked::slice(self.text, range.clone());
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
        let cluster = crate::checked::slice(self.text, range.clone());
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
                let live_marks = crate::checked::prefix_mut(marks, live);
                let (mut composed, mut kept) = compose(composed, live_marks);
                // The letter rules may turn the starter into one that composes with a
                // remaining mark (`ی` + hamza: `ي` + hamza is `ئ`); compose that too, so a
                // second pass finds nothing to do. Each round takes a mark, or stops.
                while let Some(mapped) = self.map_char(composed, &range) {
                    if mapped == composed {
                        break;
                    }
                    let remaining = crate::checked::prefix_mut(marks, kept);
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
                    let remaining = crate::checked::prefix_mut(marks, kept);
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
