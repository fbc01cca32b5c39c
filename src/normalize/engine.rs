//! The one-pass engine.
//!
//! The engine walks the input bytes once. The [block step](super::block) takes ASCII and
//! U+0600..=U+06FF sixteen bytes at a time and makes there the changes that need no
//! neighbour; elsewhere, bytes that cannot start a character any rule looks at are
//! skipped without decoding, and the others are decoded, classified with one table
//! lookup and kept unless their class is active. Kept bytes are handed to the [`Sink`]
//! as whole runs, so a text with nothing to change costs one scan.
//!
//! With canonical composition on, a character that changes or an Arabic mark is handled
//! together with its *cluster*: the preceding starter, the combining marks around it,
//! and the characters the rules delete (tatweel, invisible controls), which are
//! transparent. Inside a cluster the marks are put in canonical order and the
//! compositions `ا و ي ە ہ ے` + `ٓ ٔ ٕ` are made, as NFC does, before the other rules
//! see them.

use core::ops::Range;

use alloc::vec::Vec;

use super::Normalizer;
use super::block::{self, BLOCK, Folds};
use super::class::{
    Class, MARK_CLASSES, REPLACED_IN_BLOCK, arabic_class, arabic_index, class_of, combining_class,
    in_arabic_set, is_decimal_digit, presentation_form, replacement, shift_digit,
};
use super::options::{
    DaggerAlef, Digits, Honorifics, PersianLetters, SmallLetters, Whitespace, Zwnj,
};

/// Where the engine's output goes. `keep` hands over input bytes unchanged; `push` hands
/// over replacement text for an input range (empty for a deletion is never pushed).
pub(crate) trait Sink {
    /// Whether the sink may take a stretch of rewritten text as one replacement for the
    /// whole input range (it keeps no offsets finer than that): the engine's dense and
    /// substitution steps run only for such a sink.
    const TAKES_STRETCHES: bool = false;
    /// `input[range]` is output unchanged.
    fn keep(&mut self, input: &str, range: Range<usize>);
    /// `output` replaces `input[range]` (or part of a cluster covering `range`).
    fn push(&mut self, output: &str, range: Range<usize>);
    /// `c` replaces (part of) `input[range]`.
    #[inline]
    fn push_char(&mut self, c: char, range: Range<usize>) {
        let mut utf8 = [0; 4];
        self.push(c.encode_utf8(&mut utf8), range);
    }
    /// Whether the sink has seen enough (the engine may stop early).
    fn done(&self) -> bool {
        false
    }
}

impl<S: Sink + ?Sized> Sink for &mut S {
    const TAKES_STRETCHES: bool = S::TAKES_STRETCHES;
    fn keep(&mut self, input: &str, range: Range<usize>) {
        (**self).keep(input, range);
    }
    fn push(&mut self, output: &str, range: Range<usize>) {
        (**self).push(output, range);
    }
    fn push_char(&mut self, c: char, range: Range<usize>) {
        (**self).push_char(c, range);
    }
    fn done(&self) -> bool {
        (**self).done()
    }
}

/// Appends the output to a `String`.
pub(crate) struct StringSink<'s>(pub(crate) &'s mut alloc::string::String);

impl Sink for StringSink<'_> {
    const TAKES_STRETCHES: bool = true;
    #[inline]
    fn keep(&mut self, input: &str, range: Range<usize>) {
        let kept = input.get(range).unwrap_or_default();
        // The short runs between the marks of diacritized text are copied with moves of
        // a size known at compile time, not a call to `memcpy`.
        match kept.len() {
            0 => {}
            1 => self.0.push_str(kept.get(..1).unwrap_or_default()),
            2 => self.0.push_str(kept.get(..2).unwrap_or_default()),
            3 => self.0.push_str(kept.get(..3).unwrap_or_default()),
            4 => self.0.push_str(kept.get(..4).unwrap_or_default()),
            _ => self.0.push_str(kept),
        }
    }
    #[inline]
    fn push(&mut self, output: &str, _range: Range<usize>) {
        self.0.push_str(output);
    }
    #[inline]
    fn push_char(&mut self, c: char, _range: Range<usize>) {
        self.0.push(c);
    }
}

/// Compares the output with the input without writing it: finds whether normalization
/// changes anything.
pub(crate) struct CheckSink<'t> {
    input: &'t str,
    /// The output so far equals `input[..matched]`.
    pub(crate) matched: usize,
    pub(crate) diverged: bool,
}

impl<'t> CheckSink<'t> {
    pub(crate) fn new(input: &'t str) -> Self {
        CheckSink {
            input,
            matched: 0,
            diverged: false,
        }
    }

    /// Whether the whole output equals the whole input.
    pub(crate) fn unchanged(&self) -> bool {
        !self.diverged && self.matched == self.input.len()
    }
}

impl Sink for CheckSink<'_> {
    fn keep(&mut self, _input: &str, range: Range<usize>) {
        if !self.diverged && range.start == self.matched {
            self.matched = range.end;
        } else {
            self.diverged = true;
        }
    }
    fn push(&mut self, output: &str, _range: Range<usize>) {
        let rest = self.input.get(self.matched..).unwrap_or_default();
        if !self.diverged && rest.starts_with(output) {
            self.matched += output.len();
        } else {
            self.diverged = true;
        }
    }
    fn done(&self) -> bool {
        self.diverged
    }
}

/// Sits between the engine and the sink and applies the white-space policy to the
/// output: runs of spaces and tabs wait until the next visible character decides whether
/// they become one space or vanish.
pub(crate) struct Emitter<S: Sink> {
    pub(crate) sink: S,
    mode: Whitespace,
    /// The input range of the pending run of white space.
    pending: Option<Range<usize>>,
    at_line_start: bool,
}

impl<S: Sink> Emitter<S> {
    pub(crate) fn new(sink: S, mode: Whitespace) -> Self {
        Emitter {
            sink,
            mode,
            pending: None,
            at_line_start: true,
        }
    }

    /// Keeps `input[range]`, which holds no white space when a white-space policy is on.
    #[inline]
    fn keep(&mut self, input: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        if self.mode != Whitespace::Keep {
            self.flush_pending();
            self.at_line_start = false;
        }
        self.sink.keep(input, range);
    }

    #[inline]
    fn push_char(&mut self, c: char, range: Range<usize>) {
        if self.mode != Whitespace::Keep {
            match c {
                ' ' | '\t' => {
                    self.pending = Some(match self.pending.take() {
                        Some(run) => run.start..range.end.max(run.end),
                        None => range,
                    });
                    return;
                }
                '\n' | '\r' => {
                    if let Some(run) = self.pending.take() {
                        if self.mode == Whitespace::Collapse {
                            self.sink.push(" ", run);
                        }
                    }
                    self.at_line_start = true;
                }
                _ => {
                    self.flush_pending();
                    self.at_line_start = false;
                }
            }
        }
        self.sink.push_char(c, range);
    }

    fn flush_pending(&mut self) {
        if let Some(run) = self.pending.take() {
            if !(self.mode == Whitespace::CollapseAndTrim && self.at_line_start) {
                self.sink.push(" ", run);
            }
        }
    }

    /// Ends the text: a pending run of white space is trailing.
    pub(crate) fn finish(&mut self) {
        if let Some(run) = self.pending.take() {
            if self.mode == Whitespace::Collapse {
                self.sink.push(" ", run);
            }
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.sink.done()
    }
}

/// Bytes that can start a character some rule looks at: U+00A0/U+00AD (0xC2), the
/// Arabic block (0xD8..=0xDB), Arabic Extended-A/B (0xE0), U+1680/U+180E (0xE1), the
/// general punctuation controls and spaces (0xE2), U+3000 (0xE3) and the presentation
/// forms (0xEF). A coarse filter: the class table decides.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const fn lead_bytes(white_space: bool, ascii_digits: bool) -> [bool; 256] {
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

static LEAD_BYTES: [[bool; 256]; 4] = [
    lead_bytes(false, false),
    lead_bytes(true, false),
    lead_bytes(false, true),
    lead_bytes(true, true),
];

/// The basmala, for U+FDFD (which has no decomposition in Unicode).
const BASMALA: &str = "\u{0628}\u{0633}\u{0645} \u{0627}\u{0644}\u{0644}\u{0647} \u{0627}\u{0644}\u{0631}\u{062D}\u{0645}\u{0646} \u{0627}\u{0644}\u{0631}\u{062D}\u{064A}\u{0645}";

/// Presentation forms that stand for marks only (isolated and medial forms of harakat and
/// of shadda ligatures): with the presentation-form rule on they join the cluster.
const fn is_mark_form(c: char) -> bool {
    matches!(c, '\u{FE70}'..='\u{FE72}' | '\u{FE74}' | '\u{FE76}'..='\u{FE7F}'
        | '\u{FC5E}'..='\u{FC63}' | '\u{FCF2}'..='\u{FCF4}')
}

/// Whether `c` is a combining mark of the Arabic blocks.
fn is_arabic_mark_char(c: char) -> bool {
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
const fn is_composable(c: char) -> bool {
    matches!(
        c,
        '\u{0627}' | '\u{0648}' | '\u{064A}' | '\u{06C1}' | '\u{06D2}' | '\u{06D5}'
    )
}

/// The canonical compositions of the Arabic blocks (all have U+0653..=U+0655 second).
const fn compose_pair(starter: char, mark: char) -> Option<char> {
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

/// Boundaries of the NFKC path: characters before which NFKC never looks back (ASCII and
/// the basic Arabic letters, which are stable starters that compose with no preceding
/// character).
const fn is_nfkc_boundary(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// A small buffer of characters for one cluster: on the stack up to 32, on the heap past.
struct ClusterBuf {
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
fn sort_marks(marks: &mut [char]) {
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
fn compose(starter: char, marks: &mut [char]) -> (char, usize) {
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

/// The longest stretch the character walk takes before the block step is tried again.
const MAX_BACKOFF: usize = 16 * BLOCK;

/// A stretch of the dense or the substitution step shorter than this is not worth its
/// set-up: the next one is tried further on.
const SHORT_STRETCH: usize = 8 * BLOCK;

/// The longest stretch the block step takes before the dense or the substitution step
/// is tried again after short stretches.
const MAX_STRETCH_BACKOFF: usize = 64 * BLOCK;

/// Where the block step may next try a stretch of the dense or the substitution step.
/// It is not tried again on the block that stopped the last stretch, and where
/// stretches keep stopping short (a preset that keeps some marks of diacritized text),
/// less and less often: a long stretch halves the distance, a short one doubles it.
struct StretchBackoff {
    /// The first position where a stretch may start.
    from: usize,
    /// How far past the end of the last stretch that is.
    distance: usize,
}

impl StretchBackoff {
    fn new() -> Self {
        StretchBackoff {
            from: 0,
            distance: BLOCK,
        }
    }

    /// Whether a stretch may start at `i`.
    #[inline(always)]
    fn allows(&self, i: usize) -> bool {
        i >= self.from
    }

    /// Takes note of how the stretch tried at `start` ended, and says where the block
    /// step goes on: past the stretch, or at a buffer that failed its check (no stretch
    /// is tried again); `None` when the stretch made no progress.
    #[inline(always)]
    fn after(&mut self, start: usize, outcome: Result<usize, usize>) -> Option<usize> {
        match outcome {
            Ok(next) => {
                self.distance = if next >= start + SHORT_STRETCH {
                    (self.distance / 2).max(BLOCK)
                } else {
                    (self.distance * 2).min(MAX_STRETCH_BACKOFF)
                };
                self.from = next + self.distance;
                (next > start).then_some(next)
            }
            Err(at) => {
                self.from = usize::MAX;
                Some(at)
            }
        }
    }
}

/// The bytes the dense step writes before it checks them and hands them over.
const STAGE: usize = 256;

/// The bytes the substitution step writes before it checks them and hands them over.
const SUBSTITUTION_STAGE: usize = 1024;

/// The substitution step stops after this many blocks in a row with nothing to change:
/// the block step skips such blocks with nothing to write.
const QUIET_BLOCKS: usize = 16;

/// Writes the kept bytes of `rewritten` in `lanes` into `stage` from `len` on, and
/// returns the new length. Every byte is written; only the kept ones are counted. The
/// bytes are shifted out of one word, which the compiler keeps in two registers.
#[inline(always)]
fn write_kept<const N: usize>(
    stage: &mut [u8; N],
    len: usize,
    rewritten: &block::Rewritten,
    lanes: u32,
) -> usize {
    let word = u128::from_le_bytes(rewritten.bytes);
    let kept = rewritten.kept_bits & lanes;
    let mut len = len;
    for lane in 0..BLOCK {
        if let Some(slot) = stage.get_mut(len) {
            *slot = (word >> (8 * lane)) as u8;
        }
        len += ((kept >> lane) & 1) as usize;
    }
    len
}

/// For the substitution step: the block of `window` at input position `at` rewritten by
/// the dense step's [`block::rewrite`] or its rare round (a haraka or tatweel deleted,
/// an NBSP made a space), written into
/// `stage` from `len` on, when it has a starter. Returns the stage's new length and the
/// block's starters. A block of marks alone is left to the block step: the cluster it
/// continues may begin blocks back.
// Out of the step's loop: news prose needs it once in a few hundred bytes.
#[inline(never)]
fn compact(
    window: &[u8; BLOCK + 1],
    folds: &Folds,
    stage: &mut [u8; SUBSTITUTION_STAGE],
    len: usize,
    at: usize,
) -> Option<(usize, StarterBlock)> {
    let rewritten = block::rewrite(window, folds).or_else(|| block::rewrite_rare(window, folds))?;
    let lanes = block::low_bits(block::block_end(window) as u32);
    let starts = rewritten.starts & lanes;
    if starts == 0 {
        return None;
    }
    let block = StarterBlock {
        at,
        starts,
        kept: rewritten.kept_bits,
        len,
    };
    Some((write_kept(stage, len, &rewritten, lanes), block))
}

/// The dense step's output, written before it is checked and handed over.
struct Stage {
    bytes: [u8; STAGE],
    len: usize,
    /// The input position of `bytes[0]`.
    from: usize,
    /// The last block written with a starter in it.
    last_starter: Option<StarterBlock>,
}

/// A block of the stage with a starter in it, as written: where its last starter is, in
/// the input and in the stage, is worked out only when it is needed (a hand-over, the
/// end of the stretch), not for every block.
#[derive(Clone, Copy)]
struct StarterBlock {
    /// The block's input position.
    at: usize,
    /// Its starters (never 0).
    starts: u32,
    /// Its kept bytes.
    kept: u32,
    /// The stage's length before it.
    len: usize,
}

impl StarterBlock {
    /// A starter at input position `at`, written at the stage's start.
    fn at_stage_start(at: usize) -> Self {
        StarterBlock {
            at,
            starts: 1,
            kept: 0,
            len: 0,
        }
    }

    /// The input position of the last starter, with the stage's length before it.
    fn last_starter(&self) -> (usize, usize) {
        let last = block::last_set(self.starts).unwrap_or(0);
        let kept_before = (self.kept & block::low_bits(last)).count_ones() as usize;
        (self.at + last as usize, self.len + kept_before)
    }
}

impl Stage {
    fn new(from: usize) -> Self {
        Stage {
            bytes: [0; STAGE],
            len: 0,
            from,
            last_starter: None,
        }
    }

    /// Writes the kept bytes of the block at `at` up to lane `end` (exclusive).
    #[inline(always)]
    fn write(&mut self, at: usize, rewritten: &block::Rewritten, end: usize) {
        let lanes = block::low_bits(end as u32);
        let starts = rewritten.starts & lanes;
        if starts != 0 {
            self.last_starter = Some(StarterBlock {
                at,
                starts,
                kept: rewritten.kept_bits,
                len: self.len,
            });
        }
        self.len = write_kept(&mut self.bytes, self.len, rewritten, lanes);
    }

    /// Hands over the output before the last starter, to make room; keeps the rest
    /// (that starter's own bytes: every other character the dense step keeps is a
    /// starter too) so that the stretch can still be taken back to it.
    fn hand_over_before_starter<S: Sink>(
        &mut self,
        text: &str,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<(), usize> {
        // With no starter written, nothing is written either: there is room.
        let Some(block) = self.last_starter else {
            return Ok(());
        };
        let (pos, at) = block.last_starter();
        self.check_and_push(text, at, pos, run, em)?;
        self.bytes.copy_within(at..self.len, 0);
        self.len -= at;
        self.from = pos;
        self.last_starter = Some(StarterBlock::at_stage_start(pos));
        Ok(())
    }

    /// Takes the stretch back to its last starter; returns its input position (the
    /// stretch's start when none was written).
    fn take_back_to_starter(&mut self) -> usize {
        match self.last_starter.map(|block| block.last_starter()) {
            Some((pos, at)) => {
                self.len = at;
                pos
            }
            None => {
                self.len = 0;
                self.from
            }
        }
    }

    /// Hands over everything written, as the output for the input up to `end`.
    fn hand_over<S: Sink>(
        &mut self,
        text: &str,
        end: usize,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<(), usize> {
        if end > self.from {
            self.check_and_push(text, self.len, end, run, em)?;
        }
        Ok(())
    }

    /// Checks `bytes[..len]` as UTF-8 and hands it over as the output for the input
    /// `from..end`, after the text from `run` to the stretch. `Err` with `from` when the
    /// check fails.
    fn check_and_push<S: Sink>(
        &self,
        text: &str,
        len: usize,
        end: usize,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<(), usize> {
        let Ok(output) = simdutf8::basic::from_utf8(self.bytes.get(..len).unwrap_or_default())
        else {
            debug_assert!(false, "the dense step wrote bytes that are not UTF-8");
            // Nothing from `from` on was handed over: the caller takes it up again.
            return Err(self.from);
        };
        if *run < self.from {
            em.sink.keep(text, *run..self.from);
        }
        if !output.is_empty() {
            em.sink.push(output, self.from..end);
        }
        *run = end;
        Ok(())
    }
}

/// One normalization of one text (or one chunk of a stream).
pub(crate) struct Engine<'t> {
    cfg: Normalizer,
    /// Classes some rule changes.
    mask: u64,
    /// Classes that send a character to the slow path: the active ones, and the marks
    /// when composition is on.
    trigger: u64,
    /// Classes deleted outright (transparent inside a cluster).
    deleted: u64,
    /// Mark classes deleted by the diacritic rules.
    deleted_marks: u64,
    /// The characters of U+0600..=U+06FF that trigger the character path.
    triggers: [u64; 4],
    /// The characters of U+0600..=U+06FF the block step handles where they stand.
    in_place: [u64; 4],
    /// Whether the block step runs.
    blocks: bool,
    /// The changes the block step recognizes by lane tests alone.
    folds: Folds,
    text: &'t str,
    /// The character before `text`, when the text is a chunk of a longer stream.
    before: Option<char>,
}

impl<'t> Engine<'t> {
    pub(crate) fn new(cfg: &Normalizer, text: &'t str, before: Option<char>) -> Self {
        let (triggers, in_place) = cfg.arabic_sets();
        let masks = cfg.class_masks();
        Engine {
            cfg: *cfg,
            mask: masks.active,
            trigger: masks.trigger,
            deleted: masks.deleted,
            deleted_marks: masks.deleted_marks,
            triggers,
            in_place,
            // The block step hands ASCII over untouched, so no rule may look at it.
            blocks: !cfg.nfkc
                && cfg.whitespace == Whitespace::Keep
                && cfg.digits != Digits::ArabicIndic,
            folds: Folds::of(&masks),
            text,
            before,
        }
    }
    #[inline]
    fn is_active(&self, class: Class) -> bool {
        self.mask & class.bit() != 0
    }

    /// Whether the rules delete every character of this class (such characters are
    /// transparent inside a cluster).
    #[inline]
    fn deletes(&self, class: Class) -> bool {
        self.deleted & class.bit() != 0
    }

    /// Whether an Arabic mark (or a mark form) at this point starts cluster handling.
    #[inline]
    fn is_arabic_mark(&self, c: char, class: Class) -> bool {
        match class {
            Class::Haraka
            | Class::OtherMark
            | Class::DaggerAlef
            | Class::QuranicMark
            | Class::ExtendedMark => true,
            Class::Presentation => self.cfg.presentation_forms && is_mark_form(c),
            _ => false,
        }
    }

    /// Whether `c` belongs to the cluster of the starter before it.
    #[inline]
    fn joins_cluster(&self, c: char) -> bool {
        let cp = c as u32;
        if cp < 0x80 {
            return false;
        }
        let class = class_of(c);
        if (0x600..=0x6FF).contains(&cp) {
            return (MARK_CLASSES | self.deleted) & class.bit() != 0;
        }
        self.deletes(class)
            || (class == Class::Presentation && self.presentation_joins(c))
            || combining_class(c) != 0
    }

    /// Whether a presentation form joins the cluster before it: a mark form, or a form
    /// whose letters the rules delete (`ﺀ` with the lone hamza deleted).
    fn presentation_joins(&self, c: char) -> bool {
        self.cfg.presentation_forms
            && (is_mark_form(c)
                || self
                    .expansion(c)
                    .is_some_and(|e| e.chars().all(|m| self.deletes(class_of(m)))))
    }

    /// Runs the engine over the whole text.
    pub(crate) fn run<S: Sink>(&self, em: &mut Emitter<S>) {
        if self.cfg.nfkc {
            self.run_nfkc(em);
            return;
        }
        let text = self.text;
        let bytes = text.as_bytes();
        let white_space = self.cfg.whitespace != Whitespace::Keep;
        let ascii_digits = self.cfg.digits == Digits::ArabicIndic;
        let table = match LEAD_BYTES.get(usize::from(white_space) + 2 * usize::from(ascii_digits)) {
            Some(table) => table,
            None => return,
        };
        let compose = self.cfg.composition;
        let mut i = 0;
        let mut run = 0;
        let arabic_triggers = self.triggers;
        // Whether the byte at a position starts a character the slow path must see: an
        // Arabic lead byte whose character is in the trigger set, or a byte of the
        // lead-byte table. Continuation bytes never are, so every position can be tested
        // on its own, with no dependency from one to the next.
        let hit = |b: u8, second: u8| -> bool {
            if b & 0xFC == 0xD8 {
                in_arabic_set(&arabic_triggers, arabic_index(b, second))
            } else {
                table.get(usize::from(b)).copied().unwrap_or(false)
            }
        };
        // Dense text (a hit every few words) is stepped character by character; once a
        // stretch of clean text is long, whole blocks are skipped.
        let mut clean_since = 0;
        // The block step is tried again `backoff` bytes past where it last gave up.
        let mut blocks_from = 0;
        let mut backoff = BLOCK;
        loop {
            if self.blocks && i >= blocks_from && i > 0 {
                let from = i;
                i = self.run_blocks(i, &mut run, em);
                if em.done() {
                    return;
                }
                // Where the block step keeps giving up at once (marks on every letter
                // under a preset that keeps them), it is tried less and less often.
                backoff = if i == from {
                    (backoff * 2).min(MAX_BACKOFF)
                } else {
                    BLOCK
                };
                blocks_from = i + backoff;
            }
            if i >= clean_since + 4 * BLOCK {
                while let Some(block) = bytes.get(i..i + BLOCK + 1) {
                    let mut any = false;
                    for pair in block.windows(2) {
                        if let [b, second] = *pair {
                            any |= hit(b, second);
                        }
                    }
                    if any {
                        break;
                    }
                    i += BLOCK;
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            if !hit(b, second) {
                i += 1 + usize::from(b & 0xFC == 0xD8);
                continue;
            }
            clean_since = i;
            let class;
            let c;
            if (0xD8..=0xDB).contains(&b) {
                // U+0600..=U+06FF: decode the two bytes and test the class at once.
                let Some(&second) = bytes.get(i + 1) else {
                    break;
                };
                let index = arabic_index(b, second);
                class = arabic_class(index);
                if self.trigger & class.bit() == 0 {
                    i += 2;
                    continue;
                }
                c = char::from_u32(0x600 + index as u32).unwrap_or('\u{FFFD}');
            } else {
                let Some(next) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                c = next;
                class = class_of(c);
            }
            let len = c.len_utf8();
            let active = self.is_active(class) || white_space && c.is_ascii_whitespace();
            if !compose {
                if active {
                    em.keep(text, run..i);
                    self.emit_char(c, class, i..i + len, em);
                    run = i + len;
                    if em.done() {
                        return;
                    }
                }
                i += len;
                continue;
            }
            let mark = self.is_arabic_mark(c, class);
            if !active && !mark {
                i += len;
                continue;
            }
            if let Some(end) = mark.then(|| self.deleted_marks_in_place(i, run)).flatten() {
                // The cluster is a starter and marks that all vanish: drop them here.
                em.keep(text, run..i);
                run = end;
                i = end;
                continue;
            }
            let transparent =
                self.deletes(class) || class == Class::Presentation && self.presentation_joins(c);
            let start = if mark || transparent {
                self.cluster_start(run, i)
            } else {
                i
            };
            let end = self.cluster_end(i + len);
            if start == i && end == i + len {
                em.keep(text, run..i);
                self.emit_char(c, class, i..end, em);
                run = end;
            } else if !self.cluster_changes(start..end) {
                i = end;
                continue;
            } else {
                em.keep(text, run..start);
                self.emit_cluster(start..end, em);
                run = end;
            }
            i = end;
            if em.done() {
                return;
            }
        }
        em.keep(text, run..text.len());
    }

    /// The block step (see [`block`](super::block)): from `i`, a character boundary past
    /// the start, handles whole blocks of ASCII and U+0600..=U+06FF whose changes can be
    /// made where they stand, and returns where it stopped: at a starter, before a block
    /// the character path must see. `run` is the start of the input not yet handed to
    /// the sink.
    fn run_blocks<S: Sink>(&self, mut i: usize, run: &mut usize, em: &mut Emitter<S>) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let index_at = |at: usize| match bytes.get(at..at + 2) {
            Some(&[lead, second]) => arabic_index(lead, second),
            _ => 0,
        };
        let mut dense = StretchBackoff::new();
        let mut substitution = StretchBackoff::new();
        loop {
            let Some(window) = block::window_at(bytes, i) else {
                return i;
            };
            let lanes = block::scan(window);
            let attention = lanes.attention();
            if !attention.any() {
                // Nothing to hand over.
                i += block::block_end(window);
                continue;
            }
            if let Some(replaced) = lanes.replacements_only(&attention, &self.folds) {
                // A stretch of the substitution step is worth it from a block that
                // replaces a letter.
                if S::TAKES_STRETCHES && replaced != 0 && substitution.allows(i) {
                    let outcome = self.run_substituted(i, run, em);
                    if let Some(next) = substitution.after(i, outcome) {
                        i = next;
                        continue;
                    }
                }
                // Only letters and digits replaced one for one: no mark, no cluster to
                // keep whole. Those in the last two lanes may be followed by a mark past
                // the block; the next block starts with the first of them.
                let here = block::low_bits(BLOCK as u32 - 2);
                let mut todo = replaced & here;
                while todo != 0 {
                    let k = todo.trailing_zeros();
                    todo &= todo - 1;
                    let at = i + k as usize - 1;
                    let replacement = REPLACED_IN_BLOCK.get(index_at(at)).copied();
                    self.change_at(at, replacement, run, em);
                    if em.done() {
                        return i;
                    }
                }
                let later = replaced & !here;
                i += if later != 0 {
                    later.trailing_zeros() as usize - 1
                } else {
                    block::block_end(window)
                };
                continue;
            }
            let sorted = lanes.sort(&self.folds);
            if sorted.foreign {
                return i;
            }
            // A stretch of the dense step is worth it from a block that deletes two
            // characters or more.
            let deleted = sorted.deleted();
            if S::TAKES_STRETCHES && dense.allows(i) && deleted & deleted.wrapping_sub(1) != 0 {
                let outcome = self.run_dense(i, run, em);
                if let Some(next) = dense.after(i, outcome) {
                    i = next;
                    continue;
                }
            }
            let starts = sorted.starts();
            let Some(mut cut) = block::last_start_before(starts, BLOCK as u32) else {
                return i;
            };
            // The characters that begin before the cut (lane `k` is a second byte) and
            // that no fold covers: the tables say what happens to them.
            let folded = deleted | sorted.replaced;
            let mut looked_up = 0;
            let mut check = sorted.changeable() & !folded & block::low_bits(cut + 1);
            while check != 0 {
                let k = check.trailing_zeros();
                check &= check - 1;
                let index = index_at(i + k as usize - 1);
                if !in_arabic_set(&self.in_place, index) {
                    // Stop before the cluster of this character.
                    match block::last_start_before(starts, k) {
                        Some(before) => cut = before,
                        None => return i,
                    }
                    break;
                }
                if in_arabic_set(&self.triggers, index) {
                    looked_up |= 1 << k;
                }
            }
            let mut todo = (folded | looked_up) & block::low_bits(cut + 1);
            while todo != 0 {
                let k = todo.trailing_zeros();
                todo &= todo - 1;
                let at = i + k as usize - 1;
                let replacement = if deleted & (1 << k) != 0 {
                    None
                } else {
                    // Replaced by a fold, or looked up: deleted or replaced by its class.
                    let index = index_at(at);
                    let class = arabic_class(index);
                    let stays = (self.deleted | self.deleted_marks) & class.bit() == 0;
                    REPLACED_IN_BLOCK.get(index).copied().filter(|_| stays)
                };
                self.change_at(at, replacement, run, em);
                if em.done() {
                    return i;
                }
            }
            i += cut as usize;
        }
    }

    /// The dense step, for blocks with many changes (the marks of diacritized text): a
    /// stretch of blocks that [`block::rewrite`] decides whole, written byte by byte
    /// into a small buffer with no branch per change. The buffer is checked as UTF-8 in
    /// one go (with SIMD, by `simdutf8`) and handed to the sink as one replacement, so
    /// it runs only for a sink that keeps no finer offsets.
    ///
    /// Stops before a block with nothing to change (the block step skips it for free)
    /// and before one it cannot rewrite. A cluster (a letter and its marks) may run on
    /// past a block, so where the stretch stops inside one, it is taken back to where
    /// that cluster begins: the buffer keeps the output from the last starter on until
    /// then. The text before the stretch is handed over only with the stretch's first
    /// output, so a stretch taken back to its start leaves everything as it was.
    ///
    /// Returns where the stretch ends (`i` when it made no progress), or `Err` with
    /// the input position of a buffer that failed its check (a rewritten block is whole
    /// characters, so it cannot).
    // Kept out of the block step's loop: it is called once per stretch.
    #[inline(never)]
    fn run_dense<S: Sink>(
        &self,
        start: usize,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<usize, usize> {
        // The `search` preset's folds as a constant: the lane tests then have no flag
        // to test.
        if self.folds == Folds::SEARCH {
            self.dense(start, &Folds::SEARCH, run, em)
        } else {
            self.dense(start, &self.folds, run, em)
        }
    }

    /// [`Engine::run_dense`] with the folds given.
    #[inline(always)]
    fn dense<S: Sink>(
        &self,
        start: usize,
        folds: &Folds,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<usize, usize> {
        let bytes = self.text.as_bytes();
        let mut staged = Stage::new(start);
        let mut i = start;
        loop {
            while let Some((rewritten, end)) = self.dense_block(i, folds) {
                if staged.len + BLOCK > STAGE {
                    staged.hand_over_before_starter(self.text, run, em)?;
                }
                staged.write(i, &rewritten, end);
                i += end;
            }
            // Stopped: at a quiet block, at the end, or at a block with a character the
            // common lane tests do not know. The rarer ones (of Quranic text, and the
            // NBSP) are tested here, out of the loop above.
            match self.rare_dense_blocks(i, folds, &mut staged, run, em)? {
                Some(next) => i = next,
                None => break,
            }
        }
        if i == start {
            return Ok(start);
        }
        if !block::starter_at(bytes, i) {
            // The stretch stops inside a cluster: take it back to the cluster's start.
            i = staged.take_back_to_starter();
        }
        staged.hand_over(self.text, i, run, em)?;
        Ok(i)
    }

    /// The substitution step, for prose with a fold every few words (news): a stretch
    /// of blocks that [`block::substitute`] rewrites where they stand (the odd block
    /// with a haraka, tatweel or an NBSP compacted by the dense step's rewrite instead),
    /// written into a buffer, checked as UTF-8 in one go and handed to the sink as one
    /// replacement per buffer, so it runs only for a sink that keeps no finer offsets.
    ///
    /// Stops after a few blocks with nothing to change (the block step skips them for
    /// free) and before a block it can rewrite neither way. There, a mark may follow,
    /// which belongs to the cluster the stretch was in: the stretch then gives that
    /// cluster back to its starter (every character it keeps is a starter; a substituted
    /// block keeps every position, a compacted one says where its starters are).
    ///
    /// Returns where the stretch ends (`start` when it made no progress), or `Err` with
    /// the input position of a buffer that failed its check (it cannot).
    // Kept out of the block step's loop: it is called once per stretch.
    #[inline(never)]
    fn run_substituted<S: Sink>(
        &self,
        start: usize,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<usize, usize> {
        // As in `run_dense`. One helper for both, taking the step as a closure, was
        // measured 16% slower on news prose and 5% on diacritized text.
        if self.folds == Folds::SEARCH {
            self.substituted(start, &Folds::SEARCH, run, em)
        } else {
            self.substituted(start, &self.folds, run, em)
        }
    }

    /// [`Engine::run_substituted`] with the folds given.
    #[inline(always)]
    fn substituted<S: Sink>(
        &self,
        start: usize,
        folds: &Folds,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<usize, usize> {
        let bytes = self.text.as_bytes();
        let mut stage = [0; SUBSTITUTION_STAGE];
        // The input position of `stage[0]`, and the stage's length.
        let mut from = start;
        let mut len = 0;
        let mut i = start;
        let mut quiet = 0;
        // The last block written, when it was compacted: where its last starter is.
        let mut compacted = None;
        while let Some(window) = block::window_at(bytes, i) {
            if len + BLOCK > SUBSTITUTION_STAGE {
                // Handed over only before a starter: the stretch may still be given
                // back to the start of the cluster it stops in, which is then after it.
                if !block::starter_at(bytes, i) {
                    break;
                }
                self.hand_over_substituted(&stage, len, from..i, run, em)?;
                (from, len, compacted) = (i, 0, None);
            }
            let end = block::block_end(window);
            if let Some((written, changed)) = block::substitute(window, folds) {
                if let Some(slot) = stage.get_mut(len..len + BLOCK) {
                    slot.copy_from_slice(&written);
                }
                len += end;
                compacted = None;
                quiet = if changed { 0 } else { quiet + 1 };
            } else {
                // A haraka, tatweel or NBSP among the letters: the dense step's rewrite.
                let Some((compacted_len, block)) = compact(window, folds, &mut stage, len, i)
                else {
                    break;
                };
                len = compacted_len;
                compacted = Some(block);
                quiet = 0;
            }
            i += end;
            if quiet == QUIET_BLOCKS {
                break;
            }
        }
        if i > from && !block::starter_at(bytes, i) {
            // Give back the cluster the stretch stops in, to its starter: the last
            // starter of a compacted block (what follows it was deleted), or else the
            // last character, one or two bytes that kept their length.
            (i, len) = match compacted {
                Some(block) => block.last_starter(),
                None => {
                    let last = if bytes.get(i - 1).is_some_and(|&b| b < 0x80) {
                        1
                    } else {
                        2
                    };
                    (i - last, len - last)
                }
            };
        }
        self.hand_over_substituted(&stage, len, from..i, run, em)?;
        Ok(i)
    }

    /// Checks the substitution step's output for the input `range` (`stage[..len]`) and
    /// hands it over, after the text from `run`.
    fn hand_over_substituted<S: Sink>(
        &self,
        stage: &[u8],
        len: usize,
        range: Range<usize>,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<(), usize> {
        if range.is_empty() {
            return Ok(());
        }
        let Ok(output) = simdutf8::basic::from_utf8(stage.get(..len).unwrap_or_default()) else {
            debug_assert!(
                false,
                "the substitution step wrote bytes that are not UTF-8"
            );
            return Err(range.start);
        };
        if *run < range.start {
            em.sink.keep(self.text, *run..range.start);
        }
        *run = range.end;
        em.sink.push(output, range);
        Ok(())
    }

    /// The block at `i` rewritten by `folds`, with its end (past it, to the next
    /// character boundary), unless it has nothing to change or cannot be rewritten.
    #[inline(always)]
    fn dense_block(&self, i: usize, folds: &Folds) -> Option<(block::Rewritten, usize)> {
        let window = self.changing_window(i)?;
        block::rewrite(window, folds).map(|rewritten| (rewritten, block::block_end(window)))
    }

    /// The block at `i` with the byte before it, unless it has nothing to change.
    #[inline(always)]
    fn changing_window(&self, i: usize) -> Option<&'t [u8; BLOCK + 1]> {
        block::window_at(self.text.as_bytes(), i)
            .filter(|window| block::scan(window).attention().any())
    }

    /// The blocks from `i` on with the rarer characters (of Quranic text, or an NBSP),
    /// written to the stretch's stage: where they end, or `None` when the first cannot
    /// be rewritten. Where one block has them, the next few often do too (Quranic
    /// text), so the rest of the stretch is tested for them, once per block.
    #[inline(never)]
    fn rare_dense_blocks<S: Sink>(
        &self,
        i: usize,
        folds: &Folds,
        staged: &mut Stage,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<Option<usize>, usize> {
        let mut next = i;
        while let Some(window) = self.changing_window(next) {
            let Some(rewritten) = block::rewrite_rare(window, folds) else {
                break;
            };
            let end = block::block_end(window);
            if staged.len + BLOCK > STAGE {
                staged.hand_over_before_starter(self.text, run, em)?;
            }
            staged.write(next, &rewritten, end);
            next += end;
        }
        Ok((next > i).then_some(next))
    }

    /// For the block step: hands over the kept text from `run` to `at`, then what
    /// replaces the two-byte character at `at` (nothing when it is deleted).
    #[inline(always)]
    fn change_at<S: Sink>(
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
    fn arabic_class_at(&self, pos: usize) -> Option<Class> {
        let bytes = self.text.as_bytes();
        let (&lead, &second) = (bytes.get(pos)?, bytes.get(pos + 1)?);
        (0xD8..=0xDB)
            .contains(&lead)
            .then(|| arabic_class(arabic_index(lead, second)))
    }

    /// Whether the character at `pos` joins the cluster before it.
    #[inline]
    fn joins_at(&self, pos: usize) -> bool {
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
    fn deleted_marks_in_place(&self, pos: usize, floor: usize) -> Option<usize> {
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

    /// Walks back from `pos` over marks and transparent characters to the starter they
    /// belong to, not before `floor`.
    fn cluster_start(&self, floor: usize, pos: usize) -> usize {
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
    fn cluster_end(&self, pos: usize) -> usize {
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
    fn cluster_changes(&self, range: Range<usize>) -> bool {
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

    /// What a character expands to before the other rules: presentation forms and the
    /// honorific ligatures.
    fn expansion(&self, c: char) -> Option<&'static str> {
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
    fn emit_char<S: Sink>(&self, c: char, class: Class, range: Range<usize>, em: &mut Emitter<S>) {
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

    /// Handles a cluster whose marks need no reordering, no composition and no
    /// expansion: each character that survives goes straight to the character rules.
    /// Returns `false`, having emitted nothing, when the cluster needs the full path.
    fn emit_simple_cluster<S: Sink>(&self, range: &Range<usize>, em: &mut Emitter<S>) -> bool {
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
    fn emit_cluster<S: Sink>(&self, range: Range<usize>, em: &mut Emitter<S>) {
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

    /// Whether a mark is deleted by the diacritic rules.
    #[inline]
    fn deletes_mark(&self, c: char) -> bool {
        self.deleted_marks & class_of(c).bit() != 0
    }

    /// Applies the character rules to one character of the (expanded, composed) stream.
    #[inline]
    fn emit_final<S: Sink>(&self, c: char, range: Range<usize>, em: &mut Emitter<S>) {
        self.emit_classified(c, class_of(c), range, em);
    }

    /// [`emit_final`](Self::emit_final) for a character whose class is known.
    #[inline]
    fn emit_classified<S: Sink>(
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
    fn map_char(&self, c: char, range: &Range<usize>) -> Option<char> {
        let class = class_of(c);
        if self.is_active(class) {
            self.map_active(c, class, range)
        } else {
            Some(c)
        }
    }

    /// [`map_char`](Self::map_char) for a character of an active class.
    #[inline]
    fn map_active(&self, c: char, class: Class, range: &Range<usize>) -> Option<char> {
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
    fn between_digits(&self, range: &Range<usize>) -> bool {
        let before = self.text.get(..range.start).unwrap_or_default();
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
    fn is_word_final(&self, pos: usize) -> bool {
        let rest = self.text.get(pos..).unwrap_or_default();
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
            return !super::class::is_arabic_letter(letter);
        }
        true
    }

    /// The compatibility path: NFKC segment by segment (as CAMeL Tools does over the
    /// whole text), then the character rules.
    fn run_nfkc<S: Sink>(&self, em: &mut Emitter<S>) {
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

    fn nfkc_segment<S: Sink>(&self, range: Range<usize>, em: &mut Emitter<S>) {
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

impl<S: Sink> Emitter<S> {
    /// Feeds a fixed string through the character rules.
    fn push_str_final(&mut self, engine: &Engine<'_>, s: &str, range: Range<usize>) {
        for c in s.chars() {
            engine.emit_final(c, range.clone(), self);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_preset_takes_the_constant_folds() {
        // Else the specialized copies of the dense and substitution steps would never run.
        let engine = Engine::new(&Normalizer::search(), "", None);
        assert_eq!(engine.folds, Folds::SEARCH);
    }

    #[test]
    fn mark_forms_are_the_table_entries_that_map_to_marks_only() {
        for cp in (0xFB50..=0xFDFF).chain(0xFE70..=0xFEFE) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mapped = presentation_form(c);
            let marks_only = !mapped.is_empty() && mapped.chars().all(|m| combining_class(m) != 0);
            assert_eq!(is_mark_form(c), marks_only, "U+{cp:04X}");
        }
    }

    #[test]
    fn compositions_match_unicode() {
        use unicode_normalization::char::compose as unicode_compose;
        for starter in [
            '\u{0627}', '\u{0648}', '\u{064A}', '\u{06C1}', '\u{06D2}', '\u{06D5}', '\u{0628}',
        ] {
            for mark in '\u{0653}'..='\u{0655}' {
                assert_eq!(compose_pair(starter, mark), unicode_compose(starter, mark));
            }
        }
    }
}
