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
/// for the public [`line_fingerprint`](super::line_fingerprint), takes one. The same as
/// [`KeyHasher`] fed the bytes in any pieces.
pub(super) fn key_hash(bytes: &[u8]) -> u64 {
    let mut hasher = KeyHasher::new();
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        if let Ok(chunk) = <[u8; 8]>::try_from(chunk) {
            hasher.push(u64::from_le_bytes(chunk), 8);
        }
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut padded = [0u8; 8];
        if let Some(head) = padded.get_mut(..tail.len()) {
            head.copy_from_slice(tail);
        }
        hasher.push(u64::from_le_bytes(padded), tail.len() as u32);
    }
    hasher.finish()
}

/// [`key_hash`] fed a few bytes at a time, so that a key can be hashed as it is read,
/// without being written: each eight bytes in a row are mixed in as one number, the last
/// few padded with zeros, then the length.
#[derive(Clone, Copy, Debug)]
pub(super) struct KeyHasher {
    hash: u64,
    /// The bytes not yet mixed in, the first in the low byte.
    pending: u64,
    /// How many bytes `pending` holds (0 to 7).
    filled: u32,
    len: u64,
}

impl KeyHasher {
    pub(super) const fn new() -> Self {
        KeyHasher {
            hash: K0,
            pending: 0,
            filled: 0,
            len: 0,
        }
    }

    /// Feeds the `n` bytes (1 to 8) of `bytes`, the first in its low byte (the bytes above
    /// them are zero).
    #[inline(always)]
    pub(super) fn push(&mut self, bytes: u64, n: u32) {
        self.len += u64::from(n);
        let shift = 8 * self.filled;
        self.pending |= bytes << shift;
        let filled = self.filled + n;
        if filled >= 8 {
            self.hash = mix(self.hash ^ self.pending, K1);
            // The bytes that did not fit (none when `pending` was empty).
            self.pending = bytes.checked_shr(64 - shift).unwrap_or(0);
            self.filled = filled - 8;
        } else {
            self.filled = filled;
        }
    }

    /// The hash of the bytes fed.
    #[inline(always)]
    pub(super) fn finish(self) -> u64 {
        let mut hash = self.hash;
        if self.filled > 0 {
            hash = mix(hash ^ self.pending, K1);
        }
        mix(hash ^ K0 ^ self.len, K1)
    }
}
