//! The getters of [`Normalizer`]: one per setter, named after it with `get_`, as
//! `std::process::Command` names its getters.

use super::Normalizer;
use super::options::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, PersianLetters, SmallLetters, Whitespace,
    Zwnj,
};

impl Normalizer {
    /// Whether marks are put in canonical order and composed ([`canonical_composition`](Self::canonical_composition)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().canonical_composition(true).get_canonical_composition());
    /// assert!(!Normalizer::none().get_canonical_composition());
    /// ```
    #[must_use]
    pub const fn get_canonical_composition(&self) -> bool {
        self.composition
    }

    /// Whether presentation forms are replaced by the letters they stand for ([`presentation_forms`](Self::presentation_forms)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().presentation_forms(true).get_presentation_forms());
    /// assert!(!Normalizer::none().get_presentation_forms());
    /// ```
    #[must_use]
    pub const fn get_presentation_forms(&self) -> bool {
        self.presentation_forms
    }

    /// What happens to the honorific ligatures `ﷺ ﷻ ﷽` ([`honorifics`](Self::honorifics)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Honorifics, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().honorifics(Honorifics::Expand).get_honorifics(), Honorifics::Expand);
    /// ```
    #[must_use]
    pub const fn get_honorifics(&self) -> Honorifics {
        self.honorifics
    }

    /// Whether the whole text goes through NFKC (the `camel` preset) ([`compatibility_nfkc`](Self::compatibility_nfkc)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().compatibility_nfkc(true).get_compatibility_nfkc());
    /// assert!(!Normalizer::none().get_compatibility_nfkc());
    /// ```
    #[must_use]
    pub const fn get_compatibility_nfkc(&self) -> bool {
        self.nfkc
    }

    /// Whether bidirectional controls are deleted ([`remove_bidi_controls`](Self::remove_bidi_controls)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_bidi_controls(true).get_remove_bidi_controls());
    /// assert!(!Normalizer::none().get_remove_bidi_controls());
    /// ```
    #[must_use]
    pub const fn get_remove_bidi_controls(&self) -> bool {
        self.bidi_controls
    }

    /// Whether zero-width and format characters are deleted ([`remove_zero_width`](Self::remove_zero_width)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_zero_width(true).get_remove_zero_width());
    /// assert!(!Normalizer::none().get_remove_zero_width());
    /// ```
    #[must_use]
    pub const fn get_remove_zero_width(&self) -> bool {
        self.zero_width
    }

    /// What happens to the zero-width non-joiner ([`zwnj`](Self::zwnj)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Zwnj, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().zwnj(Zwnj::Delete).get_zwnj(), Zwnj::Delete);
    /// ```
    #[must_use]
    pub const fn get_zwnj(&self) -> Zwnj {
        self.zwnj
    }

    /// Whether space separators become U+0020 ([`unify_spaces`](Self::unify_spaces)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().unify_spaces(true).get_unify_spaces());
    /// assert!(!Normalizer::none().get_unify_spaces());
    /// ```
    #[must_use]
    pub const fn get_unify_spaces(&self) -> bool {
        self.spaces
    }

    /// What happens to runs of white space ([`whitespace`](Self::whitespace)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Whitespace, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().whitespace(Whitespace::CollapseAndTrim).get_whitespace(), Whitespace::CollapseAndTrim);
    /// ```
    #[must_use]
    pub const fn get_whitespace(&self) -> Whitespace {
        self.whitespace
    }

    /// Whether tatweel is deleted ([`remove_tatweel`](Self::remove_tatweel)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_tatweel(true).get_remove_tatweel());
    /// assert!(!Normalizer::none().get_remove_tatweel());
    /// ```
    #[must_use]
    pub const fn get_remove_tatweel(&self) -> bool {
        self.tatweel
    }

    /// Whether the harakat U+064B..=U+0652 are deleted ([`remove_harakat`](Self::remove_harakat)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_harakat(true).get_remove_harakat());
    /// assert!(!Normalizer::none().get_remove_harakat());
    /// ```
    #[must_use]
    pub const fn get_remove_harakat(&self) -> bool {
        self.harakat
    }

    /// Whether the other Arabic marks U+0653..=U+065F are deleted ([`remove_other_marks`](Self::remove_other_marks)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_other_marks(true).get_remove_other_marks());
    /// assert!(!Normalizer::none().get_remove_other_marks());
    /// ```
    #[must_use]
    pub const fn get_remove_other_marks(&self) -> bool {
        self.other_marks
    }

    /// What happens to the dagger alef U+0670 ([`dagger_alef`](Self::dagger_alef)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{DaggerAlef, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().dagger_alef(DaggerAlef::Alef).get_dagger_alef(), DaggerAlef::Alef);
    /// ```
    #[must_use]
    pub const fn get_dagger_alef(&self) -> DaggerAlef {
        self.dagger_alef
    }

    /// Whether the Quranic annotation marks are deleted ([`remove_quranic_marks`](Self::remove_quranic_marks)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_quranic_marks(true).get_remove_quranic_marks());
    /// assert!(!Normalizer::none().get_remove_quranic_marks());
    /// ```
    #[must_use]
    pub const fn get_remove_quranic_marks(&self) -> bool {
        self.quranic_marks
    }

    /// Whether the marks of Arabic Extended-A and Extended-B are deleted ([`remove_extended_marks`](Self::remove_extended_marks)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().remove_extended_marks(true).get_remove_extended_marks());
    /// assert!(!Normalizer::none().get_remove_extended_marks());
    /// ```
    #[must_use]
    pub const fn get_remove_extended_marks(&self) -> bool {
        self.extended_marks
    }

    /// What happens to the small waw and small yeh ([`small_letters`](Self::small_letters)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{SmallLetters, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().small_letters(SmallLetters::Letter).get_small_letters(), SmallLetters::Letter);
    /// ```
    #[must_use]
    pub const fn get_small_letters(&self) -> SmallLetters {
        self.small_letters
    }

    /// Which alef variants are folded to `ا` ([`alef`](Self::alef)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{AlefFold, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().alef(AlefFold::All).get_alef(), AlefFold::All);
    /// ```
    #[must_use]
    pub const fn get_alef(&self) -> AlefFold {
        self.alef
    }

    /// Whether `ى` is folded to `ي` ([`fold_alef_maksura`](Self::fold_alef_maksura)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().fold_alef_maksura(true).get_fold_alef_maksura());
    /// assert!(!Normalizer::none().get_fold_alef_maksura());
    /// ```
    #[must_use]
    pub const fn get_fold_alef_maksura(&self) -> bool {
        self.alef_maksura
    }

    /// Whether `ة` is folded to `ه` ([`fold_teh_marbuta`](Self::fold_teh_marbuta)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().fold_teh_marbuta(true).get_fold_teh_marbuta());
    /// assert!(!Normalizer::none().get_fold_teh_marbuta());
    /// ```
    #[must_use]
    pub const fn get_fold_teh_marbuta(&self) -> bool {
        self.teh_marbuta
    }

    /// Whether `ؤ` and `ئ` are folded to `و` and `ي` ([`fold_hamza_carriers`](Self::fold_hamza_carriers)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().fold_hamza_carriers(true).get_fold_hamza_carriers());
    /// assert!(!Normalizer::none().get_fold_hamza_carriers());
    /// ```
    #[must_use]
    pub const fn get_fold_hamza_carriers(&self) -> bool {
        self.hamza_carriers
    }

    /// What happens to the lone hamza `ء` ([`lone_hamza`](Self::lone_hamza)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{LoneHamza, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().lone_hamza(LoneHamza::Delete).get_lone_hamza(), LoneHamza::Delete);
    /// ```
    #[must_use]
    pub const fn get_lone_hamza(&self) -> LoneHamza {
        self.lone_hamza
    }

    /// What happens to the Persian and Urdu letters ([`persian_letters`](Self::persian_letters)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{PersianLetters, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().persian_letters(PersianLetters::Fold).get_persian_letters(), PersianLetters::Fold);
    /// ```
    #[must_use]
    pub const fn get_persian_letters(&self) -> PersianLetters {
        self.persian_letters
    }

    /// Whether the Maghrebi letters `ڤ ڢ ڧ ڨ ڭ` are folded ([`fold_maghrebi_letters`](Self::fold_maghrebi_letters)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().fold_maghrebi_letters(true).get_fold_maghrebi_letters());
    /// assert!(!Normalizer::none().get_fold_maghrebi_letters());
    /// ```
    #[must_use]
    pub const fn get_fold_maghrebi_letters(&self) -> bool {
        self.maghrebi_letters
    }

    /// Which digits the text is written with ([`digits`](Self::digits)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Digits, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().digits(Digits::Ascii).get_digits(), Digits::Ascii);
    /// ```
    #[must_use]
    pub const fn get_digits(&self) -> Digits {
        self.digits
    }

    /// Whether `٫ ٬` between digits become `. ,` ([`decimal_separators`](Self::decimal_separators)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().decimal_separators(true).get_decimal_separators());
    /// assert!(!Normalizer::none().get_decimal_separators());
    /// ```
    #[must_use]
    pub const fn get_decimal_separators(&self) -> bool {
        self.decimal_separators
    }

    /// Whether Arabic punctuation becomes its ASCII counterpart ([`punctuation`](Self::punctuation)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::none().punctuation(true).get_punctuation());
    /// assert!(!Normalizer::none().get_punctuation());
    /// ```
    #[must_use]
    pub const fn get_punctuation(&self) -> bool {
        self.punctuation
    }

    /// Whether every diacritic rule is on, as
    /// [`remove_diacritics(true)`](Self::remove_diacritics) sets them: harakat, other,
    /// Quranic and Extended marks and the dagger alef deleted.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert!(Normalizer::search().get_remove_diacritics());
    /// assert!(!Normalizer::lucene().get_remove_diacritics()); // harakat only
    /// ```
    #[must_use]
    pub const fn get_remove_diacritics(&self) -> bool {
        self.harakat
            && self.other_marks
            && matches!(self.dagger_alef, DaggerAlef::Delete)
            && self.quranic_marks
            && self.extended_marks
    }
}
