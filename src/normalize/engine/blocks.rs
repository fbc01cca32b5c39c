//! The block step's driver: sixteen bytes at a time, handing over to the dense and
//! substitution steps where changes are many and to the character walk where they are
//! not.

use super::Engine;
use super::sink::{Emitter, Sink};
use super::stretch::StretchBackoff;
use crate::normalize::FastPaths;
use crate::normalize::block::{self, BLOCK};
use crate::normalize::class::{REPLACED_IN_BLOCK, arabic_class, arabic_index, in_arabic_set};

impl<'t> Engine<'t> {
    /// The block step (see [`block`]): from `i`, a character boundary past
    /// the start, handles whole blocks of ASCII and U+0600..=U+06FF whose changes can be
    /// made where they stand, and returns where it stopped: at a starter, before a block
    /// the character path must see. `run` is the start of the input not yet handed to
    /// the sink.
    pub(super) fn run_blocks<S: Sink>(
        &self,
        mut i: usize,
        run: &mut usize,
        em: &mut Emitter<S>,
    ) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let index_at = |at: usize| match bytes.get(at..at + 2) {
            Some(&[lead, second]) => arabic_index(lead, second),
            _ => 0,
        };
        let mut dense = StretchBackoff::new();
        let mut substitution = StretchBackoff::new();
        // Read once: a load of the settings in the loop cost `clean` on news 10%.
        let paths = self.cfg.fast_paths();
        let (dense_on, substitution_on) = (
            paths.contains(FastPaths::DENSE),
            paths.contains(FastPaths::SUBSTITUTION),
        );
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
                if S::TAKES_STRETCHES && replaced != 0 && substitution.allows(i) && substitution_on
                {
                    let outcome = self.run_substituted(i, run, em);
                    if let Some(next) = substitution.after(i, outcome) {
                        super::entered(FastPaths::SUBSTITUTION);
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
            let classified = lanes.classify(&self.folds);
            if classified.foreign {
                return i;
            }
            // A stretch of the dense step is worth it from a block that deletes two
            // characters or more.
            let deleted = classified.deleted();
            if S::TAKES_STRETCHES
                && dense.allows(i)
                && deleted & deleted.wrapping_sub(1) != 0
                && dense_on
            {
                let outcome = self.run_dense(i, run, em);
                if let Some(next) = dense.after(i, outcome) {
                    super::entered(FastPaths::DENSE);
                    i = next;
                    continue;
                }
            }
            let starts = classified.starts();
            let Some(mut cut) = block::last_start_before(starts, BLOCK as u32) else {
                return i;
            };
            // The characters that begin before the cut (lane `k` is a second byte) and
            // that no fold covers: the tables say what happens to them.
            let folded = deleted | classified.replaced;
            let mut looked_up = 0;
            let mut check = classified.changeable() & !folded & block::low_bits(cut + 1);
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
}
