//! The dense and substitution steps: a stretch of blocks with many changes rewritten
//! lane by lane into a stage, then handed over to the sink in one piece.

use core::ops::Range;

use super::Engine;
use super::sink::{Emitter, Sink};
use crate::normalize::FastPaths;
use crate::normalize::block::{self, BLOCK, Folds};

/// The longest stretch the character walk takes before the block step is tried again.
pub(super) const MAX_BACKOFF: usize = 16 * BLOCK;

/// A stretch of the dense or the substitution step shorter than this is not worth its
/// set-up: the next one is tried further on.
pub(super) const SHORT_STRETCH: usize = 8 * BLOCK;

/// The longest stretch the block step takes before the dense or the substitution step
/// is tried again after short stretches.
pub(super) const MAX_STRETCH_BACKOFF: usize = 64 * BLOCK;

/// Where the block step may next try a stretch of the dense or the substitution step.
/// It is not tried again on the block that stopped the last stretch, and where
/// stretches keep stopping short (a preset that keeps some marks of diacritized text),
/// less and less often: a long stretch halves the distance, a short one doubles it.
pub(super) struct StretchBackoff {
    /// The first position where a stretch may start.
    from: usize,
    /// How far past the end of the last stretch that is.
    distance: usize,
}

impl StretchBackoff {
    pub(super) fn new() -> Self {
        StretchBackoff {
            from: 0,
            distance: BLOCK,
        }
    }

    /// Whether a stretch may start at `i`.
    #[inline(always)]
    pub(super) fn allows(&self, i: usize) -> bool {
        i >= self.from
    }

    /// Takes note of how the stretch tried at `start` ended, and says where the block
    /// step goes on: past the stretch, or at a buffer that failed its check (no stretch
    /// is tried again); `None` when the stretch made no progress.
    #[inline(always)]
    pub(super) fn after(&mut self, start: usize, outcome: Result<usize, usize>) -> Option<usize> {
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
pub(super) const STAGE: usize = 256;

/// The bytes the substitution step writes before it checks them and hands them over.
pub(super) const SUBSTITUTION_STAGE: usize = 1024;

/// The substitution step stops after this many blocks in a row with nothing to change:
/// the block step skips such blocks with nothing to write.
pub(super) const QUIET_BLOCKS: usize = 16;

/// Writes the kept bytes of `rewritten` in `lanes` into `stage` from `len` on, and
/// returns the new length. Every byte is written; only the kept ones are counted. The
/// bytes are shifted out of one word, which the compiler keeps in two registers.
#[inline(always)]
pub(super) fn write_kept<const N: usize>(
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
pub(super) fn compact(
    window: &[u8; BLOCK + 1],
    folds: &Folds,
    stage: &mut [u8; SUBSTITUTION_STAGE],
    len: usize,
    at: usize,
    after_composer: impl FnOnce() -> bool,
) -> Option<(usize, StarterBlock)> {
    let rewritten = block::rewrite(window, folds).or_else(|| {
        // Past the stage's first block, the block before was rewritten too, so it ends
        // with no starter a composing mark could change.
        if len == 0 && block::opens_with_composing_mark(window) && after_composer() {
            return None;
        }
        block::rewrite_rare(window, folds)
    })?;
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
pub(super) struct Stage {
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
pub(super) struct StarterBlock {
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
        let Ok(output) = simdutf8::basic::from_utf8(crate::checked::prefix(&self.bytes, len))
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

impl<'t> Engine<'t> {
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
    pub(super) fn run_dense<S: Sink>(
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
    pub(super) fn dense<S: Sink>(
        &self,
        start: usize,
        folds: &Folds,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<usize, usize> {
        let bytes = self.text.as_bytes();
        let rare_on = self.cfg.fast_paths().contains(FastPaths::RARE);
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
            if !rare_on {
                break;
            }
            match self.rare_dense_blocks(i, folds, &mut staged, run, em)? {
                Some(next) => {
                    super::entered(FastPaths::RARE);
                    i = next;
                }
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
    pub(super) fn run_substituted<S: Sink>(
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
    pub(super) fn substituted<S: Sink>(
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
                let Some((compacted_len, block)) =
                    compact(window, folds, &mut stage, len, i, || {
                        self.composer_before(i)
                    })
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
    pub(super) fn hand_over_substituted<S: Sink>(
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
        let Ok(output) = simdutf8::basic::from_utf8(crate::checked::prefix(stage, len)) else {
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
    pub(super) fn dense_block(&self, i: usize, folds: &Folds) -> Option<(block::Rewritten, usize)> {
        let window = self.changing_window(i)?;
        block::rewrite(window, folds).map(|rewritten| (rewritten, block::block_end(window)))
    }

    /// The block at `i` with the byte before it, unless it has nothing to change.
    #[inline(always)]
    pub(super) fn changing_window(&self, i: usize) -> Option<&'t [u8; BLOCK + 1]> {
        block::window_at(self.text.as_bytes(), i)
            .filter(|window| block::scan(window).attention().any())
    }

    /// Whether the starter before the marks that end the text before `at` is one a maddah
    /// or hamza mark composes with into a letter its folds do not bring back (`ە ہ ے`),
    /// or lies further back than this looks (eight marks).
    pub(super) fn composer_before(&self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        let mut end = at;
        for _ in 0..8 {
            match (
                end.checked_sub(2).and_then(|p| bytes.get(p..end)),
                end.checked_sub(1),
            ) {
                (_, None) => return false,
                (_, Some(p)) if bytes.get(p).is_some_and(|&b| b < 0x80) => return false,
                (Some(&[lead @ 0xD8..=0xDB, second]), _) => {
                    let index = crate::normalize::arabic_index(lead, second);
                    if crate::normalize::class::arabic_combining(index) == 0 {
                        return matches!(index, 0xC1 | 0xD2 | 0xD5);
                    }
                    end -= 2;
                }
                // Another character: a starter outside the Arabic block composes with
                // none of these marks; a mark outside it is passed over as the others.
                _ => match self.text.get(..end).and_then(|t| t.chars().next_back()) {
                    Some(c) if crate::normalize::class::combining_class(c) != 0 => {
                        end -= c.len_utf8();
                    }
                    _ => return false,
                },
            }
        }
        true
    }

    /// The blocks from `i` on with the rarer characters (of Quranic text, or an NBSP),
    /// written to the stretch's stage: where they end, or `None` when the first cannot
    /// be rewritten. Where one block has them, the next few often do too (Quranic
    /// text), so the rest of the stretch is tested for them, once per block.
    #[inline(never)]
    pub(super) fn rare_dense_blocks<S: Sink>(
        &self,
        i: usize,
        folds: &Folds,
        staged: &mut Stage,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> Result<Option<usize>, usize> {
        let mut next = i;
        while let Some(window) = self.changing_window(next) {
            // Past the first block, the block before was rewritten too, so it ends with
            // no starter a composing mark could change.
            if next == i && block::opens_with_composing_mark(window) && self.composer_before(i) {
                break;
            }
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
}
