//! Within-line repeats: a run of whole words written twice in a row keeps its first copy.

use super::hash::{FingerprintIndex, key_hash};
use super::key::{
    FAST_ARABIC, FastArabic, KEY_NORMALIZER, KeyInfo, is_punctuation, key_info, push_lowercase,
};
use super::rules::CANDIDATES;
use super::{Removal, RemovalKind, vec_of};
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

/// Removes from the line key `out[start..]`, whose words are `words`, the second copies of
/// words written twice in a row (rule 4); returns the new key's fingerprint and length if
/// there were any.
pub(super) fn collapse_repeats(
    out: &mut String,
    start: usize,
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Option<KeyInfo> {
    let key = crate::checked::slice_from(out, start);
    if key.len() < 2 * min_chars.max(1) {
        return None;
    }
    let plan = repeat_plan(words, min_chars, scratch);
    if plan.is_empty() {
        return None;
    }
    let mut collapsed = String::new();
    let mut kept = Vec::new();
    let mut stays = staying(&plan);
    // The words one after the other (no list of them: a huge line holds no more).
    let texts = key.split(' ').filter(|w| !w.is_empty());
    for (text, &word) in texts.zip(words) {
        if !stays() {
            continue;
        }
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(text);
        kept.push(word);
    }
    out.truncate(start);
    out.push_str(&collapsed);
    Some(key_info(&kept))
}

/// Called once for each word of a line in order, whether that word stays once the
/// repeats of `plan` go.
pub(super) fn staying(plan: &[RepeatGroup]) -> impl FnMut() -> bool + '_ {
    let mut groups = plan.iter().peekable();
    let mut index = 0;
    move || {
        while groups.next_if(|group| group.removed.end <= index).is_some() {}
        let gone = groups
            .peek()
            .is_some_and(|group| group.removed.contains(&index));
        index += 1;
        !gone
    }
}

/// A run of words removed as a repeat, and the first and last words of the copy that
/// stays: word for word the same keys, the copy's words one after the other, all left in
/// the output.
pub(super) struct RepeatGroup {
    pub(super) removed: Range<usize>,
    pub(super) kept: (usize, usize),
}

/// Which words of a sequence go as within-line repeats: tandem repeats are removed, then
/// looked for again in what is left (removing `A` from `B A A B A` leaves `B A B A`),
/// until none is left. At most eight rounds, each linear.
///
/// Each removed word has a twin: the word of the copy that stays in its place (a twin
/// removed in a later round hands on its own twin). A group is a run of removed words,
/// one after the other, whose twins are words left in the output one after the other:
/// so a group reads like its copy even when rounds nest (`P Q Q P'`, where the second
/// round's copy of `P Q` is split by the first round's `Q`).
pub(super) fn repeat_plan(
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Vec<RepeatGroup> {
    // The first round on its own: most lines have no repeat, and then need nothing more.
    let mut found = tandems(words, min_chars, scratch);
    if found.is_empty() {
        return Vec::new();
    }
    let n = words.len();
    let mut removed = vec_of(false, n);
    // For a removed word: the word of the copy in its place.
    let mut twin: Vec<usize> = (0..n).collect();
    let mut alive: Vec<usize> = (0..n).collect();
    for round in 0..8 {
        if round > 0 {
            let current: Vec<(u64, usize)> = alive
                .iter()
                .filter_map(|&o| words.get(o).copied())
                .collect();
            found = tandems(&current, min_chars, scratch);
            if found.is_empty() {
                break;
            }
        }
        for &(j, i, period) in &found {
            for k in i..i + period {
                let (Some(&original), Some(&copy)) = (alive.get(k), alive.get(j + (k - i))) else {
                    continue;
                };
                if let Some(flag) = removed.get_mut(original) {
                    *flag = true;
                }
                if let Some(slot) = twin.get_mut(original) {
                    *slot = copy;
                }
            }
        }
        alive.retain(|&o| !removed.get(o).copied().unwrap_or(false));
    }
    // Twins removed in a later round hand on theirs (each hand-on goes to an earlier word,
    // so resolving in word order finds every twin already resolved).
    for k in 0..n {
        if removed.get(k).copied().unwrap_or(false) {
            let t = twin.get(k).copied().unwrap_or(k);
            if t < k && removed.get(t).copied().unwrap_or(false) {
                let resolved = twin.get(t).copied().unwrap_or(t);
                if let Some(slot) = twin.get_mut(k) {
                    *slot = resolved;
                }
            }
        }
    }
    let mut groups: Vec<RepeatGroup> = Vec::new();
    let mut open = false;
    for k in 0..n {
        if !removed.get(k).copied().unwrap_or(false) {
            open = false;
            continue;
        }
        let t = twin.get(k).copied().unwrap_or(k);
        match groups.last_mut() {
            Some(group) if open && group.kept.1 + 1 == t => {
                group.removed.end = k + 1;
                group.kept.1 = t;
            }
            _ => groups.push(RepeatGroup {
                removed: k..k + 1,
                kept: (t, t),
            }),
        }
        open = true;
    }
    // A run written more than twice (`P P P`): its copies, side by side, repeat the same
    // copy, and go as one.
    let mut merged: Vec<RepeatGroup> = Vec::with_capacity(groups.len());
    for group in groups {
        match merged.last_mut() {
            Some(last) if last.removed.end == group.removed.start && last.kept == group.kept => {
                last.removed.end = group.removed.end;
            }
            _ => merged.push(group),
        }
    }
    merged
}

/// The key of one word, hashed, and its length in characters: the character rules of the
/// key normalizer applied one character at a time (a word has no clusters to reorder that
/// would change its equality with another copy of itself), then lower case.
pub(super) fn word_key(word: &str) -> (u64, usize) {
    let mut key = String::with_capacity(word.len());
    let mut one = [0u8; 4];
    for c in word.chars() {
        // What the key normalizer makes of a character alone, read from the fast key's
        // table where it is there (the table is checked against the normalizer, alone
        // and between neighbours): a normalizer per character costs its set-up each time.
        if c.is_ascii_graphic() {
            key.push(c.to_ascii_lowercase());
            continue;
        }
        if let Some(index) = (c as usize).checked_sub(0x600).filter(|&i| i < 0x100) {
            match FAST_ARABIC.get(index) {
                Some(FastArabic::Keep) => {
                    key.push(c);
                    continue;
                }
                Some(&FastArabic::Push(mapped)) => {
                    key.push(mapped);
                    continue;
                }
                Some(FastArabic::Delete) => continue,
                _ => {}
            }
        }
        let mapped = KEY_NORMALIZER.normalize(c.encode_utf8(&mut one));
        for m in mapped.chars() {
            push_lowercase(&mut key, m);
        }
    }
    // Hashed as the key builder hashes its words, so the two lists compare.
    (key_hash(key.as_bytes()), key.chars().count())
}

/// Rule 4: words written twice in a row inside the line `content`, whose key has
/// `key_chars` characters in the words `key_words`.
pub(super) fn within_line(
    text: &str,
    content: Range<usize>,
    key_chars: usize,
    key_words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
    out: &mut Vec<Removal>,
) {
    // A tandem repeat of `min_chars` characters needs twice as many and a space.
    if key_chars <= 2 * min_chars.max(1) {
        return;
    }
    // First on the key's words (cheap, and most lines have no repeat at all).
    let mut plan = repeat_plan(key_words, min_chars, scratch);
    if plan.is_empty() {
        return;
    }
    // The words of the line itself, for their byte offsets: runs of characters that are
    // neither white space nor punctuation, leaving out runs of marks alone (no key).
    // The line's words and the key's agree word for word unless a ligature expanded into
    // several words (`ﷺ`) or a word's key is empty (`ﹶ`, a mark's presentation form):
    // each word gets its own key, words with an empty key are no words, and when the
    // line's words differ from the key's, the repeats are found on the line's (listed
    // only then: a long line holds one list of words, not two).
    let line = crate::checked::slice(text, content.clone());
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut own: Option<Vec<(u64, usize)>> = None;
    let mut word_start = None;
    for (at, c) in line
        .char_indices()
        .chain(core::iter::once((line.len(), ' ')))
    {
        let separator = c.is_whitespace() || is_punctuation(c);
        match (word_start, separator) {
            (None, false) => word_start = Some(at),
            (Some(start), true) => {
                word_start = None;
                let word = crate::checked::slice(line, start..at);
                let has_key = word.chars().any(|c| {
                    !crate::normalize::is_diacritic(c)
                        && !crate::normalize::is_invisible(c)
                        && c != '\u{0640}'
                });
                let key = if has_key { word_key(word) } else { (0, 0) };
                if key.1 == 0 {
                    continue;
                }
                let k = words.len();
                words.push(content.start + start..content.start + at);
                match &mut own {
                    Some(own) => own.push(key),
                    None if key_words.get(k) != Some(&key) => {
                        let mut list = key_words.get(..k).unwrap_or_default().to_vec();
                        list.push(key);
                        own = Some(list);
                    }
                    None => {}
                }
            }
            _ => {}
        }
    }
    if own.is_none() && words.len() != key_words.len() {
        own = Some(key_words.get(..words.len()).unwrap_or_default().to_vec());
    }
    if let Some(own) = own {
        plan = repeat_plan(&own, min_chars, scratch);
    }
    // Each run of removed words goes from the end of the word before it (the end of the
    // copy that stays) to the end of its last word.
    // Each group goes from the end of the word before it to the end of its last word; its
    // copy runs from the first to the last word of the copy that stays.
    for group in plan {
        let Some(before) = group.removed.start.checked_sub(1) else {
            continue;
        };
        let copy_end = words.get(before).map_or(0, |w| w.end);
        let removed_end = words.get(group.removed.end - 1).map_or(0, |w| w.end);
        let kept_start = words.get(group.kept.0).map_or(0, |w| w.start);
        let kept_end = words.get(group.kept.1).map_or(0, |w| w.end).min(copy_end);
        out.push(Removal {
            removed: (copy_end..removed_end).into(),
            kept: (kept_start.min(kept_end)..kept_end).into(),
            kind: RemovalKind::WithinLine,
        });
    }
}

/// Buffers of [`tandems`], kept from one call to the next.
#[derive(Default)]
pub(super) struct TandemScratch {
    /// The last position of each word hash. Positions below are `u32`: a line of more
    /// than four billion words is searched for no repeat, and a long line holds half the
    /// memory.
    pub(super) last: FingerprintIndex,
    /// For each word, the previous word with the same hash ([`NONE`] if none).
    pub(super) previous: Vec<u32>,
    /// For each word, the first word with the same hash ([`NONE`] for that word itself).
    pub(super) first: Vec<u32>,
    /// Rolling hashes of the prefixes, powers of the base, key characters before each word.
    pub(super) prefix: Vec<u64>,
    pub(super) powers: Vec<u64>,
    pub(super) chars_before: Vec<usize>,
    /// The key characters before the first occurrence of each few words in a row
    /// ([`may_repeat`]).
    pub(super) grams: FingerprintIndex,
}

impl TandemScratch {
    /// Fills `previous` and `first` for `words` (left empty for a line of more than
    /// `u32::MAX` words, which then has no repeat).
    pub(super) fn index(&mut self, words: &[(u64, usize)]) {
        self.previous.clear();
        self.first.clear();
        if u32::try_from(words.len()).map_or(true, |n| n == NONE) {
            return;
        }
        // One slot per distinct word: past a line of a few thousand words the index grows
        // with them, so a long line of a few words repeated (a sentence printed a million
        // times) holds a few slots, not two per word.
        self.last.reset(words.len().min(1 << 11));
        self.previous.reserve(words.len());
        self.first.reserve(words.len());
        for (position, &(hash, _)) in words.iter().enumerate() {
            let previous = self.last.replace(hash, position);
            // The first of a chain of equal words is the first of the previous one's.
            let (previous, first) = match previous.and_then(|p| u32::try_from(p).ok()) {
                Some(p) => {
                    let first = self.first.get(p as usize).copied().filter(|&f| f != NONE);
                    (p, first.unwrap_or(p))
                }
                None => (NONE, NONE),
            };
            self.previous.push(previous);
            self.first.push(first);
        }
    }

    /// The previous word with the same hash as word `i`.
    #[inline]
    pub(super) fn previous_of(&self, i: usize) -> Option<usize> {
        self.previous
            .get(i)
            .filter(|&&p| p != NONE)
            .map(|&p| p as usize)
    }

    /// The first word with the same hash as word `i`, if it is not `i`.
    #[inline]
    pub(super) fn first_of(&self, i: usize) -> Option<usize> {
        self.first
            .get(i)
            .filter(|&&p| p != NONE)
            .map(|&p| p as usize)
    }

    /// Fills the prefix sums of `words`: rolling hashes, powers, characters.
    pub(super) fn prefixes(&mut self, words: &[(u64, usize)]) {
        self.prefix.clear();
        self.powers.clear();
        self.chars_before.clear();
        self.prefix.reserve(words.len() + 1);
        self.powers.reserve(words.len() + 1);
        self.chars_before.reserve(words.len() + 1);
        let (mut hash, mut power, mut chars) = (0u64, 1u64, 0usize);
        self.prefix.push(hash);
        self.powers.push(power);
        self.chars_before.push(chars);
        for &(word, length) in words {
            hash = hash.wrapping_mul(ROLLING_BASE).wrapping_add(word);
            power = power.wrapping_mul(ROLLING_BASE);
            chars += length + 1;
            self.prefix.push(hash);
            self.powers.push(power);
            self.chars_before.push(chars);
        }
    }

    /// The rolling hash of words `from..to`.
    #[inline]
    pub(super) fn run_hash(&self, from: usize, to: usize) -> u64 {
        let a = self.prefix.get(to).copied().unwrap_or(0);
        let b = self.prefix.get(from).copied().unwrap_or(0);
        let p = self.powers.get(to - from).copied().unwrap_or(0);
        a.wrapping_sub(b.wrapping_mul(p))
    }

    /// The key length of words `from..to`: their characters plus the spaces between them.
    #[inline]
    pub(super) fn run_chars(&self, from: usize, to: usize) -> usize {
        self.chars_before.get(to).copied().unwrap_or(0)
            - self.chars_before.get(from).copied().unwrap_or(0)
            - 1
    }
}

/// The most words [`may_repeat`] looks at (its table: 64 bytes a word at most).
const MAY_REPEAT_WORDS: usize = 1 << 16;

/// The most words in a row [`may_repeat`] hashes together.
const MAX_GRAM: usize = 8;

/// Whether `words` may hold a tandem repeat of at least `min_chars` characters, in one
/// pass and a small table: `false` means none. With `k` words no more than `min_chars`
/// characters long even at the line's longest word (and the spaces after them), a repeat
/// of `min_chars` has at least `k` words, and repeats its first `k` words at least
/// `min_chars` characters after their first occurrence; so without `k` words in a row
/// seen again that far from where they first stand there is none.
pub(super) fn may_repeat(
    words: &[(u64, usize)],
    min_chars: usize,
    table: &mut FingerprintIndex,
) -> bool {
    let longest = words.iter().map(|&(_, chars)| chars).max().unwrap_or(0);
    let k = (min_chars / (longest + 1) + 1).min(MAX_GRAM);
    let n = words.len();
    // One word may be a repeat; a huge line is searched in full, as the table would add
    // to its memory.
    if k < 2 || n > MAY_REPEAT_WORDS {
        return true;
    }
    if n < 2 * k {
        return false;
    }
    // Most lines have no run of `k` words seen twice at all: a bit filter says so with no
    // table (two bits a run, no false "none"); a run that may come again sends the line
    // to the table, which also checks how far apart the two are.
    if n <= FILTER_WORDS && !grams_may_come_again(words, k) {
        return false;
    }
    table.reset(n);
    // The key characters before the current word (its words and a space after each),
    // and the rolling hash of the `k` words from it on.
    let mut before = 0;
    let top = ROLLING_BASE.wrapping_pow(k as u32 - 1);
    let mut rolling = words.iter().take(k).fold(0u64, |h, &(word, _)| {
        h.wrapping_mul(ROLLING_BASE).wrapping_add(word)
    });
    for (start, &(word, chars)) in words.iter().enumerate().take(n + 1 - k) {
        // The high bits folded into the low ones, which pick the slot.
        let hash = rolling ^ (rolling >> 32);
        if let Some(&(next, _)) = words.get(start + k) {
            rolling = rolling
                .wrapping_sub(word.wrapping_mul(top))
                .wrapping_mul(ROLLING_BASE)
                .wrapping_add(next);
        }
        // Seen before: the words from the first occurrence to here, and the spaces
        // between them, may hold a repeat.
        if table
            .first_or_insert(hash, before)
            .is_some_and(|first| before - first > min_chars)
        {
            return true;
        }
        before += chars + 1;
    }
    false
}

/// The most words a line may have for [`grams_may_come_again`], whose filter holds
/// [`FILTER_BITS`] bits: two bits a run of words, few enough that a false alarm (which
/// only costs the table's check) is rare.
const FILTER_WORDS: usize = 256;
const FILTER_BITS: usize = 1 << 13;

/// Whether some `k` words in a row of `words` may come again in it: `false` only when no
/// run of `k` words does. Each run sets two bits of a filter by its rolling hash; a run
/// whose two bits are already set may have been seen.
fn grams_may_come_again(words: &[(u64, usize)], k: usize) -> bool {
    let mut filter = [0u64; FILTER_BITS / 64];
    // The runs' hashes by rotation (each word's hash turned by its place in the run), so
    // that the next run's is the last one's turned, less its first word, plus a word.
    let turn = (k % 64) as u32;
    let mut rolling = 0u64;
    let mut seen = false;
    for (end, &(word, _)) in words.iter().enumerate() {
        rolling = rolling.rotate_left(1) ^ word;
        if end + 1 < k {
            continue;
        }
        if end >= k {
            let first = words.get(end - k).map_or(0, |&(w, _)| w);
            rolling ^= first.rotate_left(turn);
        }
        let (a, b) = (
            rolling as usize % FILTER_BITS,
            (rolling >> 32) as usize % FILTER_BITS,
        );
        let (bit_a, bit_b) = (1u64 << (a % 64), 1u64 << (b % 64));
        if let (Some(&word_a), Some(&word_b)) = (filter.get(a / 64), filter.get(b / 64)) {
            seen |= word_a & bit_a != 0 && word_b & bit_b != 0;
        }
        if let Some(slot) = filter.get_mut(a / 64) {
            *slot |= bit_a;
        }
        if let Some(slot) = filter.get_mut(b / 64) {
            *slot |= bit_b;
        }
    }
    seen
}

/// No position, in [`TandemScratch`].
const NONE: u32 = u32::MAX;

/// The base of the rolling hash over word hashes.
pub(super) const ROLLING_BASE: u64 = 0x100_0000_01b3;

/// Tandem repeats in a sequence of words given as (key hash, key length): `(j, i, p)`
/// when words `j..i` equal words `i..i + p` (`p = i - j`) and hold at least `min_chars`
/// key characters; left to right, not overlapping. Linear time: each word is tried
/// against a few earlier occurrences of itself, runs are compared by rolling hash (and
/// checked word by word when the hashes agree).
pub(super) fn tandems(
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Vec<(usize, usize, usize)> {
    if words.len() < 2 || !may_repeat(words, min_chars, &mut scratch.grams) {
        return Vec::new();
    }
    search_tandems(words, min_chars, scratch)
}

/// [`tandems`] without the test that rules most lines out first.
pub(super) fn search_tandems(
    words: &[(u64, usize)],
    min_chars: usize,
    scratch: &mut TandemScratch,
) -> Vec<(usize, usize, usize)> {
    let n = words.len();
    let mut found = Vec::new();
    if n < 2 {
        return found;
    }
    scratch.index(words);
    // A repeat needs a word seen before, with room after it for a second copy.
    if !(0..n).any(|i| scratch.previous_of(i).is_some_and(|j| 2 * i - j <= n)) {
        return found;
    }
    scratch.prefixes(words);
    let scratch = &*scratch;
    let hit = |j: usize, i: usize| {
        let period = i - j;
        i + period <= n
            && scratch.run_chars(j, i) >= min_chars
            && scratch.run_hash(j, i) == scratch.run_hash(i, i + period)
            && words
                .get(j..i)
                .zip(words.get(i..i + period))
                .is_some_and(|(a, b)| a == b)
    };
    let mut i = 1;
    let mut removed_until = 0;
    while i < n {
        let mut found_at = None;
        // The most recent earlier occurrences of the word, then its first one. The first
        // copy must stay: it may not reach into a copy removed before (`X X X` loses its
        // third copy in the next round, against the first).
        let mut candidate = scratch.previous_of(i);
        let mut tried = 0;
        while let Some(j) = candidate {
            let j = if tried == CANDIDATES {
                match scratch.first_of(i) {
                    Some(first) => first,
                    None => break,
                }
            } else {
                j
            };
            // Candidates come latest first, and the first occurrence is the earliest: past
            // one with no room after `i` for a second copy, or reaching into a removed
            // copy, none is left that could do.
            if 2 * i - j > n || j < removed_until {
                break;
            }
            if hit(j, i) {
                found_at = Some(j);
                break;
            }
            if tried == CANDIDATES {
                break;
            }
            tried += 1;
            candidate = scratch.previous_of(j);
        }
        match found_at {
            Some(j) => {
                let period = i - j;
                found.push((j, i, period));
                i += period;
                // The copies that follow in a row go against the same first copy, in this
                // round: `S S S S` loses three copies at once (against the copy before
                // each, a round would remove every other one, and `S` written a thousand
                // times would keep four copies after eight rounds).
                while i + period <= n
                    && scratch.run_hash(j, j + period) == scratch.run_hash(i, i + period)
                    && words.get(j..j + period) == words.get(i..i + period)
                {
                    found.push((j, i, period));
                    i += period;
                }
                removed_until = i;
            }
            None => i += 1,
        }
    }
    found
}
