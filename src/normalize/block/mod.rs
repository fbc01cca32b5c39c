//! The engine's block step: sixteen bytes looked at together.
//!
//! Arabic prose is mostly ASCII and the letters U+0621..=U+064A, two bytes each. The
//! block step tests sixteen bytes at once with plain comparisons, which the compiler
//! turns into vector instructions without `unsafe`, in two rounds:
//!
//! - [`Lanes::attention`]: does the block hold anything but ASCII and letters no rule
//!   changes? Most blocks of news prose do not, and cost this one test.
//! - [`Lanes::sort`], for the others: bytes outside ASCII and U+0600..=U+06FF (the
//!   engine's character walk takes the block); the characters the [`Folds`] replace or
//!   delete; the other characters that may change (looked up one by one in the
//!   normalizer's sets); and where *starters* begin (ASCII, the letters
//!   U+0622..=U+064A). Text is handed over only up to a starter, so a cluster (a letter
//!   and its marks) is never split between the block step and the character walk.
//!
//! For the engine's dense step (diacritized text), [`rewrite`] writes a block's output
//! byte by byte from the same lane tests: each lane read as the second byte of a
//! character, a lead byte taking its character's fate from the next lane. For its
//! substitution step (news prose), [`substitute`] does the same for blocks whose only
//! changes are letters replaced by letters of the same length, so the output keeps the
//! input's length.
//!
//! See `DESIGN.md`, "The block step", "The dense step" and "The substitution step".

use super::class::REPLACED_IN_BLOCK;

/// The bytes of one block.
pub(super) const BLOCK: usize = 16;

/// A block's bytes, with the byte before each: the tests below run on all sixteen
/// lanes at once, each only when the engine asks for it, so a block with nothing to
/// change costs one test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Lanes {
    before: [u8; BLOCK],
    bytes: [u8; BLOCK],
}

/// ASCII: a starter.
#[inline(always)]
fn ascii(byte: u8) -> bool {
    byte < 0x80
}

/// The lead byte of a character of U+0600..=U+06FF.
#[inline(always)]
fn arabic_lead(byte: u8) -> bool {
    byte & 0xFC == 0xD8
}

/// The second byte of a letter U+0622..=U+063A or U+0641..=U+064A: a starter.
#[inline(always)]
fn letter(before: u8, byte: u8) -> bool {
    (before == 0xD8) & (byte.wrapping_sub(0xA2) <= 0xBA - 0xA2)
        | (before == 0xD9) & (byte.wrapping_sub(0x81) <= 0x8A - 0x81)
}

/// The second byte of a letter no rule changes: `ا ب ت … غ` (0xA7..=0xBA after 0xD8,
/// but `ة` 0xA9) and `ف … ي` (0x81..=0x8A after 0xD9, but `ى` 0x89).
#[inline(always)]
fn untouched_letter(before: u8, byte: u8) -> bool {
    (before == 0xD8) & (byte.wrapping_sub(0xA7) <= 0xBA - 0xA7) & (byte != 0xA9)
        | (before == 0xD9) & (byte.wrapping_sub(0x81) <= 0x8A - 0x81) & (byte != 0x89)
}

/// The bytes of a block that need attention ([`Lanes::attention`]), one flag each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Attention([bool; BLOCK]);

impl Attention {
    /// Whether any byte needs attention.
    #[inline(always)]
    pub(super) fn any(&self) -> bool {
        any(self.0)
    }
}

/// The second byte of a character a fold may replace (`آ أ إ ؤ ئ ة ى ٱ`, the Arabic-Indic
/// digits): with `folds` as given, whether it does; with every fold on, whether it is one.
#[inline(always)]
const fn foldable(before: u8, byte: u8, folds: &Folds) -> bool {
    let d8 = before == 0xD8;
    let d9 = before == 0xD9;
    d8 & (within(byte, 0xA2, 0xA3) | (byte == 0xA5)) & folds.alef_hamza
        | d8 & (byte == 0xA4) & folds.waw_hamza
        | d8 & (byte == 0xA6) & folds.yeh_hamza
        | d8 & (byte == 0xA9) & folds.teh_marbuta
        | d9 & (byte == 0x89) & folds.alef_maksura
        | d9 & (byte == 0xB1) & folds.alef_wasla
        | d9 & within(byte, 0xA0, 0xA9) & folds.digits
}

/// Every fold on: [`foldable`] then says which characters are letters or digits a fold
/// may replace. With a fold off, such a character is left as it is.
const ALL_FOLDS: Folds = Folds {
    alef_hamza: true,
    alef_wasla: true,
    alef_maksura: true,
    teh_marbuta: true,
    waw_hamza: true,
    yeh_hamza: true,
    digits: true,
    harakat: false,
    marks: false,
    dagger_alef: false,
    tatweel: false,
    composing_marks: false,
    quranic: false,
    kept: Kept {
        punctuation: false,
        lone_hamza: false,
        small_letters: false,
    },
    nbsp: false,
    plain_marks: PlainMarks {
        harakat: false,
        other: false,
        dagger_alef: false,
        quranic: false,
    },
};

/// The lanes' fold tests take their characters from the class table: in U+0600..=U+067F,
/// each fold of [`Folds`] takes only characters of its class, and every one of them in
/// U+0600..=U+064A (the others, `ٶ ٸ`, are the character walk's). Checked when the crate
/// builds, so the lanes cannot drift from the table.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const _: () = {
    use super::class::{Class, class_at};
    /// No fold on.
    const NO_FOLDS: Folds = Folds {
        alef_hamza: false,
        alef_wasla: false,
        alef_maksura: false,
        teh_marbuta: false,
        waw_hamza: false,
        yeh_hamza: false,
        digits: false,
        ..ALL_FOLDS
    };
    let folds: [(Folds, Class); 7] = [
        (
            Folds {
                alef_hamza: true,
                ..NO_FOLDS
            },
            Class::AlefHamza,
        ),
        (
            Folds {
                alef_wasla: true,
                ..NO_FOLDS
            },
            Class::AlefWasla,
        ),
        (
            Folds {
                alef_maksura: true,
                ..NO_FOLDS
            },
            Class::AlefMaksura,
        ),
        (
            Folds {
                teh_marbuta: true,
                ..NO_FOLDS
            },
            Class::TehMarbuta,
        ),
        (
            Folds {
                waw_hamza: true,
                ..NO_FOLDS
            },
            Class::WawHamza,
        ),
        (
            Folds {
                yeh_hamza: true,
                ..NO_FOLDS
            },
            Class::YehHamza,
        ),
        (
            Folds {
                digits: true,
                ..NO_FOLDS
            },
            Class::ArabicIndicDigit,
        ),
    ];
    let mut index = 0;
    while index < 0x80 {
        let lead = 0xD8 + (index >> 6) as u8;
        let second = 0x80 | (index & 0x3F) as u8;
        let class = class_at(index) as u8;
        let mut f = 0;
        while f < folds.len() {
            let (fold, fold_class) = &folds[f];
            let takes = foldable(lead, second, fold);
            let of_class = class == *fold_class as u8;
            assert!(
                !takes || of_class,
                "a lane fold takes a character of another class"
            );
            assert!(
                takes || !of_class || index > 0x4A,
                "a lane fold misses a letter of its class"
            );
            f += 1;
        }
        index += 1;
    }
};

/// The second byte of `، ؛ ؟` when no rule touches them.
#[inline(always)]
fn kept_punctuation(before: u8, byte: u8, folds: &Folds) -> bool {
    (before == 0xD8) & ((byte == 0x8C) | (byte == 0x9B) | (byte == 0x9F)) & folds.kept.punctuation
}

impl Lanes {
    /// Applies a test to every lane, with the byte before it.
    #[inline(always)]
    fn test(&self, f: impl Fn(u8, u8) -> bool) -> [bool; BLOCK] {
        let mut flags = [false; BLOCK];
        // Lane by lane with `&` and `|`, no branch: the compiler vectorizes this loop.
        for ((flag, &before), &byte) in flags.iter_mut().zip(&self.before).zip(&self.bytes) {
            *flag = f(before, byte);
        }
        flags
    }

    /// The bytes that need attention: neither ASCII, nor lead bytes of U+0600..=U+06FF,
    /// nor second bytes of letters no rule changes.
    #[inline(always)]
    pub(super) fn attention(&self) -> Attention {
        Attention(self.test(|before, byte| {
            !(ascii(byte) | arabic_lead(byte) | untouched_letter(before, byte))
        }))
    }

    /// When every byte that needs attention is the second byte of a letter or digit a
    /// fold may replace (replaced or, with its fold off, left alone) or of `، ؛ ؟` left
    /// alone, the mask of those the [`Folds`] replace: the block has no mark and no
    /// foreign byte.
    #[inline(always)]
    pub(super) fn replacements_only(&self, attention: &Attention, folds: &Folds) -> Option<u32> {
        let mut replaced = [false; BLOCK];
        let mut rest = [false; BLOCK];
        let lanes = self.before.iter().zip(&self.bytes).zip(&attention.0);
        let all_on = folds.replaces_like(&ALL_FOLDS);
        for (((&before, &byte), &attention), (replaced, rest)) in
            lanes.zip(replaced.iter_mut().zip(rest.iter_mut()))
        {
            let any_fold = foldable(before, byte, &ALL_FOLDS);
            // With every fold on (the `search` preset), no second test.
            *replaced = if all_on {
                any_fold
            } else {
                foldable(before, byte, folds)
            };
            *rest = attention & !any_fold & !kept_punctuation(before, byte, folds);
        }
        (!any(rest)).then(|| bits(replaced))
    }

    /// Classifies the bytes of a block that needs attention, in one pass over its lanes.
    #[inline(always)]
    pub(super) fn classify(&self, folds: &Folds) -> Classified {
        let mut foreign = [false; BLOCK];
        let mut ascii_byte = [false; BLOCK];
        let mut letter_second = [false; BLOCK];
        let mut changeable = [false; BLOCK];
        let mut deleted = [false; BLOCK];
        let mut replaced = [false; BLOCK];
        let flags = foreign
            .iter_mut()
            .zip(ascii_byte.iter_mut())
            .zip(letter_second.iter_mut().zip(changeable.iter_mut()))
            .zip(deleted.iter_mut().zip(replaced.iter_mut()));
        for (
            (&before, &byte),
            (((foreign, ascii_byte), (letter_second, changeable)), (deleted, replaced)),
        ) in self.before.iter().zip(&self.bytes).zip(flags)
        {
            let second = arabic_lead(before);
            *foreign = !(ascii(byte) | arabic_lead(byte) | second);
            *ascii_byte = ascii(byte);
            *letter_second = letter(before, byte);
            let d9 = before == 0xD9;
            *changeable =
                second & !untouched_letter(before, byte) & !kept_punctuation(before, byte, folds);
            *replaced = foldable(before, byte, folds);
            *deleted = d9
                & (within(byte, 0x8B, 0x92) & folds.harakat
                    | within(byte, 0x96, 0x9F) & folds.marks
                    | (byte == 0xB0) & folds.dagger_alef
                    | (byte == 0x80) & folds.tatweel);
        }
        Classified {
            foreign: any(foreign),
            replaced: bits(replaced),
            ascii_byte,
            letter_second,
            changeable,
            deleted,
        }
    }
}

/// A block classified into lanes. The masks have bit `k` for byte `k`; those a block of
/// replacements alone does not need are packed only when asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Classified {
    /// Whether a byte lies outside ASCII and the two-byte characters of U+0600..=U+06FF.
    pub(super) foreign: bool,
    /// The second bytes of the characters the [`Folds`] replace by one character.
    pub(super) replaced: u32,
    ascii_byte: [bool; BLOCK],
    letter_second: [bool; BLOCK],
    changeable: [bool; BLOCK],
    deleted: [bool; BLOCK],
}

impl Classified {
    /// The bytes where a starter begins (ASCII, or a letter's lead byte).
    #[inline(always)]
    pub(super) fn starts(&self) -> u32 {
        bits(self.ascii_byte) | (bits(self.letter_second) >> 1)
    }

    /// The second bytes of the characters of U+0600..=U+06FF that some rule may change
    /// (all but the letters no rule touches, and `، ؛ ؟` when no rule touches them).
    #[inline(always)]
    pub(super) fn changeable(&self) -> u32 {
        bits(self.changeable)
    }

    /// The second bytes of the characters the [`Folds`] delete.
    #[inline(always)]
    pub(super) fn deleted(&self) -> u32 {
        bits(self.deleted)
    }
}

/// The changes the block step recognizes by lane tests alone, each on or off as the
/// normalizer's rules say. The others are looked up in the normalizer's tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Folds {
    /// `آ أ إ` → `ا`.
    pub(super) alef_hamza: bool,
    /// `ٱ` → `ا`.
    pub(super) alef_wasla: bool,
    /// `ى` → `ي`.
    pub(super) alef_maksura: bool,
    /// `ة` → `ه`.
    pub(super) teh_marbuta: bool,
    /// `ؤ` → `و`.
    pub(super) waw_hamza: bool,
    /// `ئ` → `ي`.
    pub(super) yeh_hamza: bool,
    /// `٠ … ٩` → `0 … 9`.
    pub(super) digits: bool,
    /// Harakat U+064B..=U+0652 deleted.
    pub(super) harakat: bool,
    /// Marks U+0656..=U+065F deleted.
    pub(super) marks: bool,
    /// Dagger alef U+0670 deleted.
    pub(super) dagger_alef: bool,
    /// Tatweel U+0640 deleted.
    pub(super) tatweel: bool,
    /// Maddah, hamza above and hamza below U+0653..=U+0655 deleted where they stand:
    /// they are deleted, and what they compose with an alef, waw or yeh is folded back
    /// to that letter, so composing first changes nothing.
    pub(super) composing_marks: bool,
    /// Quranic annotation marks deleted.
    pub(super) quranic: bool,
    /// Characters no rule looks at, which the lanes pass over as they are.
    pub(super) kept: Kept,
    /// NBSP U+00A0 → U+0020.
    pub(super) nbsp: bool,
    /// Marks no rule looks at (their class is not active, and canonical composition is
    /// off), kept as they are by the rare round: harakat, other marks (U+0653..=U+065F),
    /// the dagger alef, Quranic marks.
    pub(super) plain_marks: PlainMarks,
}

/// Characters no rule looks at, left as they are by the lanes ([`Folds::kept`]): every
/// other field of [`Folds`] says what the step changes, these say what it may keep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Kept {
    /// `، ؛ ؟`.
    pub(super) punctuation: bool,
    /// The lone hamza `ء`.
    pub(super) lone_hamza: bool,
    /// Small waw and small yeh U+06E5, U+06E6.
    pub(super) small_letters: bool,
}

/// Which mark classes no rule looks at ([`Folds::plain_marks`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct PlainMarks {
    pub(super) harakat: bool,
    pub(super) other: bool,
    pub(super) dagger_alef: bool,
    pub(super) quranic: bool,
}

impl Folds {
    /// The folds of the `search` preset: every one on, and `، ؛ ؟` left alone.
    pub(super) const SEARCH: Folds = Folds {
        harakat: true,
        marks: true,
        dagger_alef: true,
        tatweel: true,
        composing_marks: true,
        quranic: true,
        kept: Kept {
            punctuation: true,
            lone_hamza: true,
            small_letters: true,
        },
        nbsp: true,
        ..ALL_FOLDS
    };

    /// The folds a normalizer's rules make, from its class masks.
    pub(super) fn of(masks: &super::plan::ClassMasks) -> Self {
        use super::class::Class;
        let acts_on = |class: Class| masks.active & class.bit() != 0;
        // No rule, not even canonical composition, looks at the class.
        let unseen = |class: Class| masks.trigger & class.bit() == 0;
        let (deleted, deleted_marks) = (masks.deleted, masks.deleted_marks);
        Folds {
            alef_hamza: acts_on(Class::AlefHamza),
            alef_wasla: acts_on(Class::AlefWasla),
            alef_maksura: acts_on(Class::AlefMaksura),
            teh_marbuta: acts_on(Class::TehMarbuta),
            waw_hamza: acts_on(Class::WawHamza),
            yeh_hamza: acts_on(Class::YehHamza),
            digits: acts_on(Class::ArabicIndicDigit),
            harakat: deleted_marks & Class::Haraka.bit() != 0,
            marks: deleted_marks & Class::OtherMark.bit() != 0,
            dagger_alef: deleted_marks & Class::DaggerAlef.bit() != 0,
            tatweel: deleted & Class::Tatweel.bit() != 0,
            composing_marks: deleted_marks & Class::OtherMark.bit() != 0
                && acts_on(Class::AlefHamza)
                && acts_on(Class::WawHamza)
                && acts_on(Class::YehHamza),
            quranic: deleted_marks & Class::QuranicMark.bit() != 0,
            kept: Kept {
                punctuation: !acts_on(Class::Punctuation),
                lone_hamza: !acts_on(Class::LoneHamza),
                small_letters: !acts_on(Class::SmallLetter),
            },
            nbsp: acts_on(Class::SpaceSeparator),
            plain_marks: PlainMarks {
                harakat: unseen(Class::Haraka),
                other: unseen(Class::OtherMark),
                dagger_alef: unseen(Class::DaggerAlef),
                quranic: unseen(Class::QuranicMark),
            },
        }
    }
}

impl Folds {
    /// Whether these folds replace exactly what `other`'s do.
    #[inline]
    fn replaces_like(&self, other: &Folds) -> bool {
        (
            self.alef_hamza,
            self.alef_wasla,
            self.alef_maksura,
            self.teh_marbuta,
            self.waw_hamza,
            self.yeh_hamza,
            self.digits,
        ) == (
            other.alef_hamza,
            other.alef_wasla,
            other.alef_maksura,
            other.teh_marbuta,
            other.waw_hamza,
            other.yeh_hamza,
            other.digits,
        )
    }
}

/// Whether `byte` lies in `lo..=hi`.
#[inline(always)]
const fn within(byte: u8, lo: u8, hi: u8) -> bool {
    byte.wrapping_sub(lo) <= hi - lo
}

/// The block of `bytes` at `i` with the byte before it, when there are both.
#[inline(always)]
pub(super) fn window_at(bytes: &[u8], i: usize) -> Option<&[u8; BLOCK + 1]> {
    i.checked_sub(1)
        .and_then(|before| bytes.get(before..i + BLOCK))
        .and_then(|w| <&[u8; BLOCK + 1]>::try_from(w).ok())
}

/// Past the block of `window`, to the next character boundary: `BLOCK`, or one less
/// when the block's last byte begins a character.
#[inline(always)]
pub(super) fn block_end(window: &[u8; BLOCK + 1]) -> usize {
    BLOCK - usize::from(window.last().is_some_and(|&b| b >= 0xC0))
}

/// The lanes of the block `window[1..]`; `window[0]` is the byte before it.
///
/// The block must begin at a character boundary, so `window[0]` is never the lead byte
/// of a character that continues into the block.
#[inline(always)]
pub(super) fn scan(window: &[u8; BLOCK + 1]) -> Lanes {
    match (window.first_chunk::<BLOCK>(), window.last_chunk::<BLOCK>()) {
        (Some(&before), Some(&bytes)) => Lanes { before, bytes },
        // Unreachable: the window is one byte longer than a block.
        _ => Lanes {
            before: [0xFF; BLOCK],
            bytes: [0xFF; BLOCK],
        },
    }
}

/// The two bytes of what replaces U+0600 + `index` (a letter of U+0600..=U+06FF whose
/// replacement is a letter of the same range), from the one table of replacements.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const fn replaced_pair(index: usize) -> [u8; 2] {
    let c = REPLACED_IN_BLOCK[index] as u32;
    [0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]
}

/// What `آ أ إ` become (`أ` stands for the three; the tests check the others).
const ALEF_FOR_HAMZA: [u8; 2] = replaced_pair(0x23);
/// What `ٱ` becomes.
const ALEF_FOR_WASLA: [u8; 2] = replaced_pair(0x71);
/// What `ى` becomes.
const YEH_FOR_MAKSURA: [u8; 2] = replaced_pair(0x49);
/// What `ئ` becomes.
const YEH_FOR_HAMZA: [u8; 2] = replaced_pair(0x26);
/// What `ؤ` becomes.
const WAW_FOR_HAMZA: [u8; 2] = replaced_pair(0x24);
/// What `ة` becomes.
const HEH_FOR_TEH_MARBUTA: [u8; 2] = replaced_pair(0x29);
/// What `٠` becomes (an ASCII digit: the others follow it in order).
const ZERO_FOR_ARABIC_INDIC: u8 = REPLACED_IN_BLOCK[0x60] as u8;

/// What the [`Folds`] make of the two-byte character `lead second` (meaningful when
/// `lead` is a lead byte of U+0600..=U+06FF).
#[derive(Clone, Copy)]
struct Fate {
    /// The lane tests know what happens to it: it is kept (a letter no rule changes, a
    /// letter or digit whose fold is off, `، ؛ ؟` left alone), deleted or replaced.
    known: bool,
    deleted: bool,
    replaced: bool,
    /// The replacement is one ASCII byte, `pair[1]` (a digit).
    to_ascii: bool,
    /// The replacement's bytes.
    pair: [u8; 2],
}

/// With `RARE`, the rarer characters are tested too (the composing marks, Quranic marks,
/// lone hamza and small letters of Quranic text, and the NBSP of news prose); without,
/// they are unknown.
#[inline(always)]
fn fate<const RARE: bool>(lead: u8, second: u8, folds: &Folds) -> Fate {
    let d8 = lead == 0xD8;
    let d9 = lead == 0xD9;
    let alef_hamza = d8 & (within(second, 0xA2, 0xA3) | (second == 0xA5)) & folds.alef_hamza;
    let alef_wasla = d9 & (second == 0xB1) & folds.alef_wasla;
    let alef_maksura = d9 & (second == 0x89) & folds.alef_maksura;
    let yeh_hamza = d8 & (second == 0xA6) & folds.yeh_hamza;
    let waw_hamza = d8 & (second == 0xA4) & folds.waw_hamza;
    let teh_marbuta = d8 & (second == 0xA9) & folds.teh_marbuta;
    let digit = d9 & within(second, 0xA0, 0xA9) & folds.digits;
    let nbsp = RARE & (lead == 0xC2) & (second == 0xA0);
    let space = nbsp & folds.nbsp;
    // U+06D6..=U+06ED but for U+06DD, U+06DE and U+06E9: the Quranic marks and the
    // small letters.
    let db_marks = (lead == 0xDB)
        & within(second, 0x96, 0xAD)
        & (second != 0x9D)
        & (second != 0x9E)
        & (second != 0xA9);
    let small_letter = db_marks & within(second, 0xA5, 0xA6);
    let common_deleted = d9
        & (within(second, 0x8B, 0x92) & folds.harakat
            | within(second, 0x96, 0x9F) & folds.marks
            | (second == 0xB0) & folds.dagger_alef
            | (second == 0x80) & folds.tatweel);
    let rare_deleted = d9 & within(second, 0x93, 0x95) & folds.composing_marks
        | (d8 & within(second, 0x90, 0x9A) | db_marks & !small_letter) & folds.quranic;
    let deleted = common_deleted | RARE & rare_deleted;
    let kept_letter = RARE
        & (d8 & (second == 0xA1) & folds.kept.lone_hamza | small_letter & folds.kept.small_letters);
    let plain = &folds.plain_marks;
    let plain_mark = RARE
        & (d9
            & (within(second, 0x8B, 0x92) & plain.harakat
                | within(second, 0x93, 0x9F) & plain.other
                | (second == 0xB0) & plain.dagger_alef)
            | (d8 & within(second, 0x90, 0x9A) | db_marks & !small_letter) & plain.quranic);
    // Branch-free choice of the replacement: at most one of the flags is set.
    let mask = |flag: bool| 0u8.wrapping_sub(u8::from(flag));
    let choose = |byte_of: fn([u8; 2]) -> u8| {
        mask(alef_hamza) & byte_of(ALEF_FOR_HAMZA)
            | mask(alef_wasla) & byte_of(ALEF_FOR_WASLA)
            | mask(alef_maksura) & byte_of(YEH_FOR_MAKSURA)
            | mask(yeh_hamza) & byte_of(YEH_FOR_HAMZA)
            | mask(waw_hamza) & byte_of(WAW_FOR_HAMZA)
            | mask(teh_marbuta) & byte_of(HEH_FOR_TEH_MARBUTA)
    };
    let digit_byte = second
        .wrapping_sub(0xA0)
        .wrapping_add(ZERO_FOR_ARABIC_INDIC);
    let pair = [
        choose(|[lead, _]| lead),
        choose(|[_, second]| second) | mask(digit) & digit_byte | mask(space) & b' ',
    ];
    let replaced = alef_hamza
        | alef_wasla
        | alef_maksura
        | yeh_hamza
        | waw_hamza
        | teh_marbuta
        | digit
        | space;
    Fate {
        known: untouched_letter(lead, second)
            | kept_punctuation(lead, second, folds)
            | foldable(lead, second, &ALL_FOLDS)
            | kept_letter
            | plain_mark
            | nbsp
            | deleted,
        deleted,
        replaced,
        to_ascii: digit | space,
        pair,
    }
}

/// A block rewritten lane by lane ([`rewrite`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Rewritten {
    /// Each byte as it is written (meaningful where kept).
    pub(super) bytes: [u8; BLOCK],
    /// The bytes that are written at all, lane `k` at bit `k`.
    pub(super) kept_bits: u32,
    /// The bytes where a character the dense step keeps or replaces begins: ASCII, and
    /// the lead bytes of all but the deleted characters. All are starters (combining
    /// class 0, composing with nothing before them), but for the plain marks of the rare
    /// round, which exist only where nothing composes.
    pub(super) starts: u32,
}

/// The block `window[1..]` rewritten by the [`Folds`] alone, byte by byte, when the
/// lane tests know what happens to every character in it: nothing outside ASCII and
/// U+0600..=U+06FF, and nothing the normalizer's tables must decide (a mark that is
/// kept, or one that composes). `window[0]` is the byte before the block, which must
/// begin at a character boundary.
///
/// Each lane is first read as the second byte of a character (with the byte before
/// it); a lead byte then takes what happens to its character from the next lane. A
/// character cut by the block's end is left to the next block.
#[inline(always)]
pub(super) fn rewrite(window: &[u8; BLOCK + 1], folds: &Folds) -> Option<Rewritten> {
    rewrite_with::<false>(window, folds)
}

/// [`rewrite`] for a block with the rarer characters (the composing marks, Quranic marks,
/// lone hamza and small letters of Quranic text, the NBSP of news prose): tried when
/// [`rewrite`] fails. The caller checks that the block does not open with a composing
/// mark whose starter, in the block before, is one the lanes do not know
/// ([`opens_with_composing_mark`]).
#[inline(always)]
pub(super) fn rewrite_rare(window: &[u8; BLOCK + 1], folds: &Folds) -> Option<Rewritten> {
    rewrite_with::<true>(window, folds)
}

#[inline(always)]
fn rewrite_with<const RARE: bool>(window: &[u8; BLOCK + 1], folds: &Folds) -> Option<Rewritten> {
    let Lanes { before, bytes } = scan(window);
    let mut unknown = [false; BLOCK];
    let mut deleted = [false; BLOCK];
    let mut replaced = [false; BLOCK];
    let mut to_ascii = [false; BLOCK];
    let mut lead_to = [0; BLOCK];
    let mut second_to = [0; BLOCK];
    let lanes = (unknown.iter_mut().zip(deleted.iter_mut()))
        .zip(replaced.iter_mut().zip(to_ascii.iter_mut()))
        .zip(lead_to.iter_mut().zip(second_to.iter_mut()));
    // The lead bytes of the two-byte characters the lane tests know: U+0600..=U+06FF,
    // and with `RARE` the NBSP's too.
    let known_lead = |byte: u8| arabic_lead(byte) | RARE & (byte == 0xC2);
    for ((&before, &byte), (((unknown, deleted), (replaced, to_ascii)), (lead_to, second_to))) in
        before.iter().zip(&bytes).zip(lanes)
    {
        let ends = known_lead(before);
        let fate = fate::<RARE>(before, byte, folds);
        *unknown = !(ascii(byte) | known_lead(byte) | ends) | ends & !fate.known;
        *deleted = ends & fate.deleted;
        *replaced = ends & fate.replaced;
        *to_ascii = ends & fate.to_ascii;
        [*lead_to, *second_to] = fate.pair;
    }
    if any(unknown) {
        return None;
    }
    // What happens to the character a lead byte begins, read from the next lane. The
    // last lane's character is cut by the block's end: it is never written.
    let (next_deleted, next_replaced) = (next_flag(deleted), next_flag(replaced));
    let (next_to_ascii, next_lead_to) = (next_flag(to_ascii), next_lane(lead_to));
    let mut written = [0; BLOCK];
    let mut kept = [false; BLOCK];
    let mut starts = [false; BLOCK];
    let out = written
        .iter_mut()
        .zip(kept.iter_mut().zip(starts.iter_mut()));
    let lead_fates = next_deleted
        .iter()
        .zip(&next_replaced)
        .zip(next_to_ascii.iter().zip(&next_lead_to));
    let second_fates = deleted.iter().zip(&replaced).zip(&second_to);
    for (((&byte, ((&deleted, &replaced), &second_to)), lead), (written, (kept, starts))) in
        bytes.iter().zip(second_fates).zip(lead_fates).zip(out)
    {
        let ((&next_deleted, &next_replaced), (&next_to_ascii, &next_lead_to)) = lead;
        let leads = known_lead(byte);
        *written = if leads & next_replaced {
            next_lead_to
        } else if replaced {
            second_to
        } else {
            byte
        };
        *kept = !(leads & (next_deleted | next_to_ascii)) & !deleted;
        *starts = ascii(byte) | leads & !next_deleted;
    }
    Some(Rewritten {
        bytes: written,
        kept_bits: bits(kept),
        starts: bits(starts),
    })
}

/// Whether a composing mark (U+0653..=U+0655) of the block `window[1..]` has no starter
/// before it in the block: its starter is then in the block before, and may be one that
/// the rare round's lanes do not know (`ە` + hamza above is `ۀ`, folded to `ه`, where `ە`
/// stays). Within the block, the lanes know no starter such a mark composes with but
/// `ا و ي`, which their folds bring back.
pub(super) fn opens_with_composing_mark(window: &[u8; BLOCK + 1]) -> bool {
    let bytes = window.get(1..).unwrap_or_default();
    for (k, &byte) in bytes.iter().enumerate() {
        if ascii(byte) || byte == 0xC2 {
            return false;
        }
        let Some(&second) = bytes.get(k + 1) else {
            return false;
        };
        match byte {
            0xD9 if within(second, 0x93, 0x95) => return true,
            // Marks (the starter is before them), and letters.
            0xD8 if within(second, 0x90, 0x9A) => {}
            0xD9 if within(second, 0x8B, 0x9F) || second == 0xB0 => {}
            0xDB if within(second, 0x96, 0xAD) && !within(second, 0xA5, 0xA6) => {}
            0xD8..=0xDB => return false,
            _ => {}
        }
    }
    false
}

/// The block `window[1..]` with the folds that replace a letter by a letter of the same
/// length (`آ أ إ ٱ` → `ا`, `ؤ` → `و`, `ئ` → `ي`, `ة` → `ه`, `ى` → `ي`) made where they
/// stand, when every other character in it is kept as it is: ASCII, the letters
/// U+0621..=U+064A and `ٱ` (each replaced or, with its fold off, kept; `ء` only when no
/// rule touches it) and `، ؛ ؟` left alone. `None` when a lane holds anything else: a
/// mark, a digit, a character outside U+0600..=U+06FF. `window[0]` is the byte before
/// the block, which must begin at a character boundary. Also says whether anything
/// changed.
///
/// Every character it keeps is a starter that joins no cluster, so the output of a
/// run of such blocks can be handed over at any of its character boundaries. The
/// output has the input's length, byte for byte.
#[inline(always)]
pub(super) fn substitute(window: &[u8; BLOCK + 1], folds: &Folds) -> Option<([u8; BLOCK], bool)> {
    let Lanes { before, bytes } = scan(window);
    let mut unknown = [false; BLOCK];
    let mut lead_change = [0; BLOCK];
    let mut second_change = [0; BLOCK];
    let lanes = unknown
        .iter_mut()
        .zip(lead_change.iter_mut().zip(second_change.iter_mut()));
    for ((&before, &byte), (unknown, (lead_change, second_change))) in
        before.iter().zip(&bytes).zip(lanes)
    {
        let ends = arabic_lead(before);
        let d8 = before == 0xD8;
        let d9 = before == 0xD9;
        let letter = d8 & within(byte, 0xA1, 0xBA) & ((byte != 0xA1) | folds.kept.lone_hamza)
            | d9 & (within(byte, 0x81, 0x8A) | (byte == 0xB1))
            | kept_punctuation(before, byte, folds);
        *unknown = !(ascii(byte) | arabic_lead(byte) | ends) | ends & !letter;
        // What changes, as the XOR of the old bytes and the new: at most one of the
        // flags is set.
        let mask = |flag: bool| 0u8.wrapping_sub(u8::from(flag));
        let change = |flag: bool, [lead, second]: [u8; 2]| {
            [mask(flag) & (lead ^ before), mask(flag) & (second ^ byte)]
        };
        let changes = [
            change(
                d8 & (within(byte, 0xA2, 0xA3) | (byte == 0xA5)) & folds.alef_hamza,
                ALEF_FOR_HAMZA,
            ),
            change(d9 & (byte == 0xB1) & folds.alef_wasla, ALEF_FOR_WASLA),
            change(d9 & (byte == 0x89) & folds.alef_maksura, YEH_FOR_MAKSURA),
            change(d8 & (byte == 0xA6) & folds.yeh_hamza, YEH_FOR_HAMZA),
            change(d8 & (byte == 0xA4) & folds.waw_hamza, WAW_FOR_HAMZA),
            change(d8 & (byte == 0xA9) & folds.teh_marbuta, HEH_FOR_TEH_MARBUTA),
        ];
        [*lead_change, *second_change] = changes
            .iter()
            .fold([0, 0], |[lead, second], [l, s]| [lead | l, second | s]);
    }
    if any(unknown) {
        return None;
    }
    // A lead byte takes its change from the next lane; the last lane's character is cut
    // by the block's end and left to the next block.
    let change = u128::from_le_bytes(second_change) ^ u128::from_le_bytes(next_lane(lead_change));
    let written = (u128::from_le_bytes(bytes) ^ change).to_le_bytes();
    Some((written, change != 0))
}

/// Each lane's byte moved to the lane before it; the last lane gets 0. (One shift of
/// a 128-bit word: a single vector instruction.)
#[inline(always)]
fn next_lane(lanes: [u8; BLOCK]) -> [u8; BLOCK] {
    (u128::from_le_bytes(lanes) >> 8).to_le_bytes()
}

/// [`next_lane`] for flags.
#[inline(always)]
fn next_flag(flags: [bool; BLOCK]) -> [bool; BLOCK] {
    // A plain copy: `array::map` over the lanes is not always unrolled (it was not with
    // `codegen-units = 1`).
    let mut next = [false; BLOCK];
    for (lane, &flag) in next.iter_mut().zip(flags.iter().skip(1)) {
        *lane = flag;
    }
    next
}

/// Whether the character at `pos` of `bytes` begins a cluster (ASCII or a letter of
/// U+0622..=U+064A), or the text ends there: nothing after `pos` changes what comes
/// before it.
#[inline]
pub(super) fn starter_at(bytes: &[u8], pos: usize) -> bool {
    match bytes.get(pos..) {
        None | Some([]) => true,
        Some(&[first, ..]) if ascii(first) => true,
        Some(&[lead, second, ..]) => letter(lead, second),
        Some(_) => false,
    }
}

/// Whether any of a block's flags is set.
#[inline]
fn any(flags: [bool; BLOCK]) -> bool {
    flag_bytes(flags).chunks_exact(16).fold(0, |acc, chunk| {
        acc | u128::from_le_bytes(chunk.try_into().unwrap_or([0; 16]))
    }) != 0
}

/// A block's flags as bytes, 0 or 1, by a plain loop (which every release profile
/// compiles to one vector move, unlike `array::map`).
#[inline(always)]
fn flag_bytes(flags: [bool; BLOCK]) -> [u8; BLOCK] {
    let mut bytes = [0; BLOCK];
    for (byte, flag) in bytes.iter_mut().zip(flags) {
        *byte = u8::from(flag);
    }
    bytes
}

/// Packs a block's flags into a word, flag `k` at bit `k`.
#[inline]
fn bits(flags: [bool; BLOCK]) -> u32 {
    flag_bytes(flags)
        .chunks_exact(8)
        .enumerate()
        .fold(0, |acc, (n, chunk)| {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // Each byte is 0 or 1: the product gathers byte `k` into bit `56 + k`.
            let packed = (word.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
            acc | packed << (8 * n)
        })
}

/// The position of the last starter of the block before lane `limit` (exclusive), if
/// one begins after lane 0.
#[inline]
pub(super) fn last_start_before(starts: u32, limit: u32) -> Option<u32> {
    let below = starts & low_bits(limit) & !1;
    (below != 0).then(|| 31 - below.leading_zeros())
}

/// The highest lane set in `lanes`, if any.
#[inline]
pub(super) fn last_set(lanes: u32) -> Option<u32> {
    (lanes != 0).then(|| 31 - lanes.leading_zeros())
}

/// The mask of lanes `0..n`.
#[inline]
pub(super) fn low_bits(n: u32) -> u32 {
    1u32.checked_shl(n).map_or(u32::MAX, |bit| bit - 1)
}

#[cfg(test)]
mod tests;
