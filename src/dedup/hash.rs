//! Hashes of keys and words, and the index of line fingerprints.

use alloc::vec::Vec;

/// A map from fingerprints to the last position seen, open addressing, no hashing beyond
/// the fingerprint itself.
pub(super) struct FingerprintIndex {
    pub(super) slots: Vec<(u64, usize)>,
    /// Slots taken.
    pub(super) len: usize,
}

impl Default for FingerprintIndex {
    fn default() -> Self {
        FingerprintIndex::new(0)
    }
}

impl FingerprintIndex {
    pub(super) fn new(count: usize) -> Self {
        let size = (count * 2).next_power_of_two().max(16);
        FingerprintIndex {
            slots: vec_of_slots(size),
            len: 0,
        }
    }

    /// Empties the index, sized for about `count` fingerprints (it grows past them),
    /// keeping its allocation.
    pub(super) fn reset(&mut self, count: usize) {
        let size = (count * 2).next_power_of_two().max(16);
        self.slots.clear();
        self.slots.resize(size, (0, usize::MAX));
        self.len = 0;
    }

    /// The position recorded for `fp`.
    pub(super) fn get(&self, fp: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = (fp as usize) & mask;
        loop {
            let &(stored, position) = self.slots.get(slot)?;
            if position == usize::MAX {
                return None;
            }
            if stored == fp {
                return Some(position);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Records `position` for `fp`; returns the position recorded before. The table
    /// doubles when half full, so a probe always ends.
    pub(super) fn replace(&mut self, fp: u64, position: usize) -> Option<usize> {
        self.record(fp, position, true)
    }

    /// The position recorded for `fp`, or, when there is none, records `position` and
    /// gives `None`: the first position stays.
    pub(super) fn first_or_insert(&mut self, fp: u64, position: usize) -> Option<usize> {
        self.record(fp, position, false)
    }

    /// Records `position` for `fp` if it has none, or if `replace`; returns the position
    /// recorded before. The table doubles when half full, so a probe always ends.
    fn record(&mut self, fp: u64, position: usize, replace: bool) -> Option<usize> {
        if 2 * (self.len + 1) > self.slots.len() {
            let bigger = vec_of_slots(2 * self.slots.len());
            let old = core::mem::replace(&mut self.slots, bigger);
            self.len = 0;
            for (stored, at) in old {
                if at != usize::MAX {
                    self.record(stored, at, true);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut slot = (fp as usize) & mask;
        loop {
            let entry = self.slots.get_mut(slot)?;
            if entry.1 == usize::MAX {
                *entry = (fp, position);
                self.len += 1;
                return None;
            }
            if entry.0 == fp {
                let previous = entry.1;
                if replace {
                    entry.1 = position;
                }
                return Some(previous);
            }
            slot = (slot + 1) & mask;
        }
    }
}

pub(super) fn vec_of_slots(size: usize) -> Vec<(u64, usize)> {
    let mut v = Vec::with_capacity(size);
    v.resize(size, (0, usize::MAX));
    v
}

/// The FNV-1a offset basis, 64 bits.
pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a prime, 64 bits.
pub(super) const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One FNV-1a step.
#[inline(always)]
pub(super) fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
}

/// The hash of a key from the hashes of its words ([`key_hash`] of each), in order: equal
/// keys have equal word lists, so lines are compared by it (always with their bytes when
/// the hashes agree) without a second pass over the key.
pub(super) fn words_hash(words: &[(u64, usize)]) -> u64 {
    let mut hash = (words.len() as u64) ^ K0;
    for &(word, _) in words {
        hash = mix(hash ^ word, K1);
    }
    mix(hash ^ K0, K1)
}

/// The hash of no word, where [`prefix_step`] starts.
pub(super) const PREFIX_SEED: u64 = K0;

/// The hash of a key's first words, one word more: the hash after `k` words depends
/// only on those words, so a line and a word-boundary beginning of it agree on it.
#[inline]
pub(super) fn prefix_step(hash: u64, word: u64) -> u64 {
    mix(hash ^ word, K1)
}

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xD6E8_FEB8_6659_FD93;

/// The two halves of the 128-bit product, folded.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The hash lines and words are compared by inside one call (always with their bytes, or
/// their whole sequence, when the hashes agree): eight bytes a step, where FNV-1a, kept
/// for the public [`line_fingerprint`], takes one.
pub(super) fn key_hash(bytes: &[u8]) -> u64 {
    let mut hash = (bytes.len() as u64) ^ K0;
    let mut rest = bytes;
    while let Some((chunk, after)) = rest.split_first_chunk::<8>() {
        if after.is_empty() {
            break;
        }
        hash = mix(hash ^ u64::from_le_bytes(*chunk), K1);
        rest = after;
    }
    // The last one to eight bytes, read without a copy (overlapping reads, as the length
    // is in the hash).
    let last = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        _ if rest.len() == 8 => rest
            .first_chunk::<8>()
            .map_or(0, |c| u64::from_le_bytes(*c)),
        (Some(a), Some(b)) => {
            u64::from(u32::from_le_bytes(*a)) << 32 | u64::from(u32::from_le_bytes(*b))
        }
        _ => match (rest.first(), rest.get(rest.len() / 2), rest.last()) {
            (Some(&a), Some(&b), Some(&c)) => u64::from(a) << 16 | u64::from(b) << 8 | u64::from(c),
            _ => 0,
        },
    };
    hash = mix(hash ^ last, K1);
    mix(hash ^ K0, K1)
}
