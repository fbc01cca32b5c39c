//! `Serialize` and `Deserialize` for [`Normalizer`] (the `serde` feature): through a plain
//! struct of the rule settings, so that deserializing recomputes the derived trigger set.

use super::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, PersianLetters, SmallLetters, Whitespace,
    Zwnj,
};
use super::{ArabicSets, FastPaths, Normalizer};

/// The settings of a [`Normalizer`], one field per rule, named after its setter. A field
/// left out is off (or `Keep`), as in [`Normalizer::none`].
#[derive(Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct NormalizerOptions {
    canonical_composition: bool,
    presentation_forms: bool,
    honorifics: Honorifics,
    compatibility_nfkc: bool,
    remove_bidi_controls: bool,
    remove_zero_width: bool,
    zwnj: Zwnj,
    unify_spaces: bool,
    whitespace: Whitespace,
    remove_tatweel: bool,
    remove_harakat: bool,
    remove_other_marks: bool,
    dagger_alef: DaggerAlef,
    remove_quranic_marks: bool,
    remove_extended_marks: bool,
    small_letters: SmallLetters,
    alef: AlefFold,
    fold_alef_maksura: bool,
    fold_teh_marbuta: bool,
    fold_hamza_carriers: bool,
    lone_hamza: LoneHamza,
    persian_letters: PersianLetters,
    fold_maghrebi_letters: bool,
    digits: Digits,
    decimal_separators: bool,
    punctuation: bool,
}

impl From<Normalizer> for NormalizerOptions {
    fn from(normalizer: Normalizer) -> Self {
        // Destructured in full: a new rule cannot be forgotten here.
        let Normalizer {
            composition,
            presentation_forms,
            honorifics,
            nfkc,
            bidi_controls,
            zero_width,
            zwnj,
            spaces,
            whitespace,
            tatweel,
            harakat,
            other_marks,
            dagger_alef,
            quranic_marks,
            extended_marks,
            small_letters,
            alef,
            alef_maksura,
            teh_marbuta,
            hamza_carriers,
            lone_hamza,
            persian_letters,
            maghrebi_letters,
            digits,
            decimal_separators,
            punctuation,
            // Not a setting: a switch for tests of the engine, all on when deserialized.
            fast_paths: _,
            arabic_sets: _,
        } = normalizer;
        NormalizerOptions {
            canonical_composition: composition,
            presentation_forms,
            honorifics,
            compatibility_nfkc: nfkc,
            remove_bidi_controls: bidi_controls,
            remove_zero_width: zero_width,
            zwnj,
            unify_spaces: spaces,
            whitespace,
            remove_tatweel: tatweel,
            remove_harakat: harakat,
            remove_other_marks: other_marks,
            dagger_alef,
            remove_quranic_marks: quranic_marks,
            remove_extended_marks: extended_marks,
            small_letters,
            alef,
            fold_alef_maksura: alef_maksura,
            fold_teh_marbuta: teh_marbuta,
            fold_hamza_carriers: hamza_carriers,
            lone_hamza,
            persian_letters,
            fold_maghrebi_letters: maghrebi_letters,
            digits,
            decimal_separators,
            punctuation,
        }
    }
}

impl From<NormalizerOptions> for Normalizer {
    fn from(options: NormalizerOptions) -> Self {
        Normalizer {
            composition: options.canonical_composition,
            presentation_forms: options.presentation_forms,
            honorifics: options.honorifics,
            nfkc: options.compatibility_nfkc,
            bidi_controls: options.remove_bidi_controls,
            zero_width: options.remove_zero_width,
            zwnj: options.zwnj,
            spaces: options.unify_spaces,
            whitespace: options.whitespace,
            tatweel: options.remove_tatweel,
            harakat: options.remove_harakat,
            other_marks: options.remove_other_marks,
            dagger_alef: options.dagger_alef,
            quranic_marks: options.remove_quranic_marks,
            extended_marks: options.remove_extended_marks,
            small_letters: options.small_letters,
            alef: options.alef,
            alef_maksura: options.fold_alef_maksura,
            teh_marbuta: options.fold_teh_marbuta,
            hamza_carriers: options.fold_hamza_carriers,
            lone_hamza: options.lone_hamza,
            persian_letters: options.persian_letters,
            maghrebi_letters: options.fold_maghrebi_letters,
            digits: options.digits,
            decimal_separators: options.decimal_separators,
            punctuation: options.punctuation,
            fast_paths: FastPaths::ALL,
            arabic_sets: ArabicSets::EMPTY,
        }
        // The one field that is not a setting: derived from the others.
        .refreshed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every preset and a few adjusted normalizers survive the trip through the options,
    /// trigger set included (it is part of `PartialEq`).
    #[test]
    fn options_round_trip_recomputes_triggers() {
        for normalizer in [
            Normalizer::none(),
            Normalizer::clean(),
            Normalizer::search(),
            Normalizer::lucene(),
            Normalizer::camel(),
            Normalizer::search().digits(Digits::Keep).punctuation(true),
            Normalizer::none().fold_maghrebi_letters(true),
        ] {
            let options = NormalizerOptions::from(normalizer);
            assert_eq!(Normalizer::from(options), normalizer);
        }
        assert_eq!(
            Normalizer::from(NormalizerOptions::default()),
            Normalizer::none()
        );
    }
}
