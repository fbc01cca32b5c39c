//! The plan a [`Normalizer`]'s settings come down to: the classes its rules act on, the
//! sets of U+0600..=U+06FF the engine tests, and the fast paths it may take. Worked out
//! by every setter, in `const` code, so the engine reads it as it is.

use super::Normalizer;
use super::class::{self, Class};
use super::options::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, PersianLetters, SmallLetters, Zwnj,
};

/// The engine's fast paths, each of which can be switched off to test the paths under
/// it: the output is the same with any set of them. Not part of the stable API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FastPaths(u8);

#[doc(hidden)]
impl FastPaths {
    /// The block step: sixteen bytes at a time.
    pub const BLOCK: Self = FastPaths(1);
    /// The dense step of the block step (many deletions).
    pub const DENSE: Self = FastPaths(1 << 1);
    /// The substitution step of the block step (many replacements).
    pub const SUBSTITUTION: Self = FastPaths(1 << 2);
    /// The dense step's round for blocks with rarer characters (Quranic text).
    pub const RARE: Self = FastPaths(1 << 3);
    /// Deleted marks dropped where they stand in the character walk.
    pub const IN_PLACE_DELETION: Self = FastPaths(1 << 4);
    /// Runs of marks that need no change passed over in the character walk.
    pub const KEPT_MARKS: Self = FastPaths(1 << 5);
    /// Every fast path.
    pub const ALL: Self = FastPaths(0b11_1111);
    /// None: the plain character walk alone.
    pub const NONE: Self = FastPaths(0);

    /// The set whose bits are `bits` (bits past the six paths are ignored).
    #[must_use]
    pub const fn from_bits(bits: u8) -> Self {
        FastPaths(bits & Self::ALL.0)
    }

    /// Whether every path of `other` is in the set.
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The paths as bits.
    #[cfg(all(test, feature = "std"))]
    pub(crate) const fn bits(self) -> u8 {
        self.0
    }

    /// The number of a single path (its bit), for the entry counts of the unit tests.
    #[cfg(all(test, feature = "std"))]
    pub(crate) const fn index(self) -> usize {
        self.0.trailing_zeros() as usize
    }
}

/// The classes a normalizer works with, as bit masks over [`Class`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct ClassMasks {
    /// Classes some rule changes.
    pub(super) active: u64,
    /// Classes that send a character to the engine's character path: the active ones,
    /// and the marks when composition is on.
    pub(super) trigger: u64,
    /// Active classes deleted outright (transparent inside a cluster).
    pub(super) deleted: u64,
    /// Active mark classes the diacritic rules delete.
    pub(super) deleted_marks: u64,
}

/// Two 256-bit sets over U+0600..=U+06FF, derived from the settings.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct ArabicSets {
    /// The characters that send the engine to its character path.
    triggers: [u64; 4],
    /// The characters the engine's block step handles where they stand: those no rule
    /// changes, those deleted outright, and those replaced by one character without
    /// looking at their neighbours.
    in_place: [u64; 4],
    /// The marks no rule changes (with composition on, they still trigger the character
    /// path, which passes over them when they are in order and compose with nothing).
    kept_marks: [u64; 4],
    /// The letters no rule changes.
    kept_letters: [u64; 4],
    /// The class masks, worked out once.
    masks: ClassMasks,
}

impl ArabicSets {
    pub(super) const EMPTY: Self = ArabicSets {
        triggers: [0; 4],
        in_place: [0; 4],
        kept_marks: [0; 4],
        kept_letters: [0; 4],
        masks: ClassMasks {
            active: 0,
            trigger: 0,
            deleted: 0,
            deleted_marks: 0,
        },
    };
}

impl core::fmt::Debug for ArabicSets {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("..")
    }
}

impl Normalizer {
    /// Recomputes the derived sets after a setter: a few word operations per class, so
    /// a preset built at run time costs next to nothing.
    #[allow(clippy::indexing_slicing)] // Words 0..4 of 4-word sets.
    pub(super) const fn refreshed(mut self) -> Self {
        let masks = self.derive_class_masks();
        let triggers = class::arabic_set(masks.trigger);
        let deleted = class::arabic_set(masks.deleted | masks.deleted_marks);
        let replaced = class::REPLACED_ALONE_SET;
        let mut in_place = [0u64; 4];
        let mut word = 0;
        while word < 4 {
            in_place[word] = !triggers[word] | deleted[word] | replaced[word];
            word += 1;
        }
        if self.composition {
            // A maddah or hamza mark (U+0653..=U+0655, in word 1) may compose with the
            // letter before it.
            in_place[1] &= !(0b111 << (0x53 - 64));
            in_place[1] |= !triggers[1] & (0b111 << (0x53 - 64));
        }
        let kept_marks = class::arabic_set(class::MARK_CLASSES & !masks.active);
        let untouched = class::arabic_set(!masks.active);
        let mut kept_letters = [0u64; 4];
        let mut word = 0;
        while word < 4 {
            kept_letters[word] = untouched[word] & class::LETTER_SET[word];
            word += 1;
        }
        self.arabic_sets = ArabicSets {
            triggers,
            in_place,
            kept_marks,
            kept_letters,
            masks,
        };
        self
    }

    /// The same normalizer restricted to the fast paths `paths`, for tests that check
    /// each path against the plain character walk. Not part of the stable API.
    #[doc(hidden)]
    pub const fn with_fast_paths(mut self, paths: FastPaths) -> Self {
        self.fast_paths = paths;
        self
    }

    pub(super) const fn fast_paths(&self) -> FastPaths {
        self.fast_paths
    }

    /// The class masks a normalization works with, worked out when a setter ran (a
    /// normalizer per character, as dedup's word keys use, pays nothing for them).
    pub(super) const fn class_masks(&self) -> ClassMasks {
        self.arabic_sets.masks
    }

    /// The classes some rule changes and the classes whose characters it deletes (outright
    /// or as diacritics), for the tables other modules derive at compile time (see
    /// [`class::alone`]).
    pub(crate) const fn active_and_deleted_classes(&self) -> (u64, u64) {
        let masks = self.arabic_sets.masks;
        (masks.active, masks.deleted | masks.deleted_marks)
    }

    /// The class masks, from the settings.
    const fn derive_class_masks(&self) -> ClassMasks {
        let active = self.active_classes();
        let mut trigger = active;
        if self.composition {
            trigger |= class::MARK_CLASSES;
        }
        let mut deleted = Class::Tatweel.bit()
            | Class::BidiControl.bit()
            | Class::ZeroWidth.bit()
            | Class::LoneHamza.bit();
        if matches!(self.zwnj, Zwnj::Delete) {
            deleted |= Class::Zwnj.bit();
        }
        if matches!(self.small_letters, SmallLetters::Delete) {
            deleted |= Class::SmallLetter.bit();
        }
        let mut deleted_marks = Class::Haraka.bit()
            | Class::OtherMark.bit()
            | Class::QuranicMark.bit()
            | Class::ExtendedMark.bit();
        if matches!(self.dagger_alef, DaggerAlef::Delete) {
            deleted_marks |= Class::DaggerAlef.bit();
        }
        ClassMasks {
            active,
            trigger,
            deleted: deleted & active,
            deleted_marks: deleted_marks & active,
        }
    }

    /// The two derived sets: characters that trigger the character path, and characters
    /// the block step handles in place.
    pub(super) const fn arabic_sets(&self) -> ([u64; 4], [u64; 4]) {
        (self.arabic_sets.triggers, self.arabic_sets.in_place)
    }

    /// The marks and the letters of U+0600..=U+06FF no rule changes.
    pub(super) const fn kept_sets(&self) -> ([u64; 4], [u64; 4]) {
        (self.arabic_sets.kept_marks, self.arabic_sets.kept_letters)
    }

    /// The classes the character rules act on, as a bit mask.
    pub(super) const fn active_classes(&self) -> u64 {
        let mut mask = 0;
        mask |= on(
            self.presentation_forms || matches!(self.honorifics, Honorifics::Expand),
            Class::Presentation,
        );
        mask |= on(self.bidi_controls, Class::BidiControl);
        mask |= on(self.zero_width, Class::ZeroWidth);
        mask |= on(!matches!(self.zwnj, Zwnj::Keep), Class::Zwnj);
        mask |= on(self.spaces, Class::SpaceSeparator);
        mask |= on(self.tatweel, Class::Tatweel);
        mask |= on(self.harakat, Class::Haraka);
        mask |= on(self.other_marks, Class::OtherMark);
        mask |= on(
            !matches!(self.dagger_alef, DaggerAlef::Keep),
            Class::DaggerAlef,
        );
        mask |= on(self.quranic_marks, Class::QuranicMark);
        mask |= on(self.extended_marks, Class::ExtendedMark);
        mask |= on(
            !matches!(self.small_letters, SmallLetters::Keep),
            Class::SmallLetter,
        );
        mask |= on(!matches!(self.alef, AlefFold::Keep), Class::AlefHamza);
        mask |= on(
            matches!(self.alef, AlefFold::HamzaWasla | AlefFold::All),
            Class::AlefWasla,
        );
        mask |= on(matches!(self.alef, AlefFold::All), Class::AlefOther);
        mask |= on(self.alef_maksura, Class::AlefMaksura);
        mask |= on(self.teh_marbuta, Class::TehMarbuta);
        mask |= on(self.hamza_carriers, Class::WawHamza) | on(self.hamza_carriers, Class::YehHamza);
        mask |= on(
            matches!(self.lone_hamza, LoneHamza::Delete),
            Class::LoneHamza,
        );
        let persian = !matches!(self.persian_letters, PersianLetters::Keep);
        mask |= on(persian, Class::PersianKaf) | on(persian, Class::PersianYeh);
        mask |= on(persian, Class::OtherYeh) | on(persian, Class::PersianHeh);
        mask |= on(self.maghrebi_letters, Class::Maghrebi);
        mask |= on(
            matches!(self.digits, Digits::ArabicIndic),
            Class::AsciiDigit,
        );
        mask |= on(
            matches!(self.digits, Digits::Ascii),
            Class::ArabicIndicDigit,
        );
        mask |= on(!matches!(self.digits, Digits::Keep), Class::ExtendedDigit);
        mask |= on(self.decimal_separators, Class::DecimalSeparator);
        mask |= on(self.decimal_separators, Class::ThousandsSeparator);
        mask |= on(self.punctuation, Class::Punctuation);
        mask
    }
}

/// `class`'s bit when `flag` is set.
const fn on(flag: bool, class: Class) -> u64 {
    if flag { class.bit() } else { 0 }
}
