//! Normalization: one pass over the bytes, every rule switchable (documented at the crate root).

mod block;
mod class;
mod engine;
mod getters;
mod offsets;
mod options;
mod plan;
#[cfg(feature = "serde")]
mod serde_impl;
#[cfg(feature = "std")]
mod stream;

use alloc::borrow::Cow;
use alloc::string::String;

pub use class::{
    is_arabic_digit, is_arabic_letter, is_diacritic, is_haraka, is_invisible, is_presentation_form,
};
pub use offsets::OffsetMap;
pub use options::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, PersianLetters, SmallLetters, Whitespace,
    Zwnj,
};
use plan::ArabicSets;
#[doc(hidden)]
pub use plan::FastPaths;
#[cfg(feature = "std")]
pub use stream::NormalizeWriter;

pub(crate) use class::arabic_index;
#[cfg(feature = "std")]
pub(crate) use class::is_mark_or_control_const;
#[cfg(feature = "std")]
pub(crate) use class::letter_fold;
#[cfg(feature = "std")]
pub(crate) use class::presentation_form;
pub(crate) use class::{Alone, alone};
use engine::{CheckSink, Emitter, Engine, StringSink};

/// A set of normalization rules, applied in one pass.
///
/// Build one from a preset ([`clean`](Self::clean), [`search`](Self::search),
/// [`lucene`](Self::lucene), [`camel`](Self::camel)) and adjust it with the setters,
/// which take and return the normalizer by value and are `const`.
///
/// # Examples
///
/// ```
/// use arabic_text::{Digits, Normalizer};
///
/// // The search preset, but keeping Arabic-Indic digits.
/// static INDEX: Normalizer = Normalizer::search().digits(Digits::Keep);
///
/// assert_eq!(INDEX.normalize("مَدْرَسَةٌ ١٢"), "مدرسه ١٢");
/// ```
///
/// With the `serde` feature, a normalizer is written as one field per rule, named after
/// its setter; a field left out reads as the rule off (as in [`none`](Self::none)), an
/// unknown field is an error.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use arabic_text::Normalizer;
///
/// let json = serde_json::to_string(&Normalizer::lucene()).unwrap();
/// assert!(json.contains(r#""remove_tatweel":true"#));
/// let read: Normalizer = serde_json::from_str(&json).unwrap();
/// assert_eq!(read, Normalizer::lucene());
///
/// let tatweel_only: Normalizer = serde_json::from_str(r#"{"remove_tatweel": true}"#).unwrap();
/// assert_eq!(tatweel_only, Normalizer::none().remove_tatweel(true));
/// # }
/// ```
///
/// A `Normalizer` is `Copy` and its setters return a new one: a setter whose result is
/// dropped changes nothing, and the compiler says so.
///
/// ```compile_fail
/// #![deny(unused_must_use)]
/// let n = arabic_text::Normalizer::search();
/// n.digits(arabic_text::Digits::Keep); // error: unused `Normalizer` that must be used
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(
        from = "serde_impl::NormalizerOptions",
        into = "serde_impl::NormalizerOptions"
    )
)]
#[must_use = "settings do nothing until used: each setter returns a new `Normalizer`"]
pub struct Normalizer {
    composition: bool,
    presentation_forms: bool,
    honorifics: Honorifics,
    nfkc: bool,
    bidi_controls: bool,
    zero_width: bool,
    zwnj: Zwnj,
    spaces: bool,
    whitespace: Whitespace,
    tatweel: bool,
    harakat: bool,
    other_marks: bool,
    dagger_alef: DaggerAlef,
    quranic_marks: bool,
    extended_marks: bool,
    small_letters: SmallLetters,
    alef: AlefFold,
    alef_maksura: bool,
    teh_marbuta: bool,
    hamza_carriers: bool,
    lone_hamza: LoneHamza,
    persian_letters: PersianLetters,
    maghrebi_letters: bool,
    digits: Digits,
    decimal_separators: bool,
    punctuation: bool,
    /// The fast paths the engine may take (all of them but in tests).
    fast_paths: FastPaths,
    /// Derived from the fields above by every setter.
    arabic_sets: ArabicSets,
}

impl Default for Normalizer {
    /// Every rule off, as [`none`](Self::none): what serde reads from `{}`, and a default
    /// that never loses a character. Pick a preset for work: [`clean`](Self::clean) to
    /// store and show, [`search`](Self::search) to index and match.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// assert_eq!(Normalizer::default(), Normalizer::none());
    /// ```
    fn default() -> Self {
        Self::none()
    }
}

impl Normalizer {
    /// A normalizer that changes nothing: every rule off. A starting point for building
    /// a custom set.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let tatweel_only = Normalizer::none().remove_tatweel(true);
    /// assert_eq!(tatweel_only.normalize("كشـ24"), "كش24");
    /// assert_eq!(tatweel_only.normalize("مَرحبًا"), "مَرحبًا");
    /// ```
    pub const fn none() -> Self {
        Normalizer {
            composition: false,
            presentation_forms: false,
            honorifics: Honorifics::Keep,
            nfkc: false,
            bidi_controls: false,
            zero_width: false,
            zwnj: Zwnj::Keep,
            spaces: false,
            whitespace: Whitespace::Keep,
            tatweel: false,
            harakat: false,
            other_marks: false,
            dagger_alef: DaggerAlef::Keep,
            quranic_marks: false,
            extended_marks: false,
            small_letters: SmallLetters::Keep,
            alef: AlefFold::Keep,
            alef_maksura: false,
            teh_marbuta: false,
            hamza_carriers: false,
            lone_hamza: LoneHamza::Keep,
            persian_letters: PersianLetters::Keep,
            maghrebi_letters: false,
            digits: Digits::Keep,
            decimal_separators: false,
            punctuation: false,
            fast_paths: FastPaths::ALL,
            arabic_sets: ArabicSets::EMPTY,
        }
        .refreshed()
    }

    /// The non-lossy preset, for display and storage: canonical composition and mark
    /// order, presentation forms, invisible controls, space separators and tatweel.
    /// Diacritics, letters and digits are kept as written.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let clean = Normalizer::clean();
    /// // Tatweel goes, the RLM goes, the lam-alef ligature becomes two letters.
    /// assert_eq!(clean.normalize("كشـ24\u{200F} \u{FEF7}"), "كش24 لأ");
    /// // Diacritics stay, in canonical order (fatha before shadda).
    /// assert_eq!(clean.normalize("بّ\u{064E}"), "ب\u{064E}\u{0651}");
    /// ```
    pub const fn clean() -> Self {
        Self::none()
            .canonical_composition(true)
            .presentation_forms(true)
            .remove_bidi_controls(true)
            .remove_zero_width(true)
            .unify_spaces(true)
            .remove_tatweel(true)
    }

    /// The preset for indexing and matching, and the one [`normalize`](fn@crate::normalize)
    /// uses: [`clean`](Self::clean), plus ZWNJ deleted, honorific ligatures spelled out,
    /// every diacritic deleted, alef, alef maksura, teh marbuta, hamza carriers and
    /// Persian/Urdu letters folded, ASCII digits, and `٫ ٬` between digits as `. ,`.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let search = Normalizer::search();
    /// assert_eq!(search.normalize("أَحْمَد"), "احمد");
    /// assert_eq!(search.normalize("مسؤولية كبرى"), "مسووليه كبري");
    /// assert_eq!(search.normalize("٣٫٥"), "3.5");
    /// ```
    pub const fn search() -> Self {
        Self::clean()
            .zwnj(Zwnj::Delete)
            .honorifics(Honorifics::Expand)
            .remove_diacritics(true)
            .alef(AlefFold::All)
            .fold_alef_maksura(true)
            .fold_teh_marbuta(true)
            .fold_hamza_carriers(true)
            .persian_letters(PersianLetters::Fold)
            .digits(Digits::Ascii)
            .decimal_separators(true)
    }

    /// Exactly what Apache Lucene's `ArabicNormalizer` does: `آ أ إ` → `ا`, `ى` → `ي`,
    /// `ة` → `ه`, and harakat U+064B..=U+0652 and tatweel deleted. Nothing else.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let lucene = Normalizer::lucene();
    /// assert_eq!(lucene.normalize("أَحْمَد"), "احمد");
    /// // Lucene leaves alef wasla and the dagger alef alone.
    /// assert_eq!(lucene.normalize("ٱلرَّحْمَـٰن"), "ٱلرحمٰن");
    /// ```
    pub const fn lucene() -> Self {
        Self::none()
            .remove_tatweel(true)
            .remove_harakat(true)
            .alef(AlefFold::Hamza)
            .fold_alef_maksura(true)
            .fold_teh_marbuta(true)
    }

    /// Exactly what CAMeL Tools gives for `normalize_unicode` followed by `dediac_ar`,
    /// `normalize_alef_ar`, `normalize_alef_maksura_ar` and `normalize_teh_marbuta_ar`:
    /// whole-text NFKC (with `﷼` → `ريال` and `﷽` spelled out first), harakat and dagger
    /// alef deleted, `آ أ إ ٱ` → `ا`, `ى` → `ي`, `ة` → `ه`.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let camel = Normalizer::camel();
    /// assert_eq!(camel.normalize("ٱلرَّحْمَـٰنِ"), "الرحمـن"); // tatweel stays
    /// assert_eq!(camel.normalize("\u{FEF7}"), "لا"); // NFKC, then the alef fold
    /// assert_eq!(camel.normalize("ﬁ ２"), "fi 2"); // NFKC reaches Latin text too
    /// ```
    ///
    /// Unlike the other presets, `camel` is not idempotent, faithfully to CAMeL: NFKC
    /// composes before the alef fold, so a hamza left after a folded alef composes only in
    /// a second pass.
    ///
    /// ```
    /// let camel = arabic_text::Normalizer::camel();
    /// let once = camel.normalize("\u{0625}\u{0654}"); // إ + hamza above
    /// assert_eq!(once, "\u{0627}\u{0654}"); // ا + hamza above
    /// assert_eq!(camel.normalize(&once), "\u{0627}"); // NFKC makes أ, then folded to ا
    /// ```
    pub const fn camel() -> Self {
        Self::none()
            .compatibility_nfkc(true)
            .remove_harakat(true)
            .dagger_alef(DaggerAlef::Delete)
            .alef(AlefFold::HamzaWasla)
            .fold_alef_maksura(true)
            .fold_teh_marbuta(true)
    }

    /// Rule 1: composes `ا و ي ە ہ ے` with a following maddah or hamza mark
    /// (U+0653..=U+0655) into the precomposed letter and puts combining marks in
    /// canonical order, as NFC does (so fatha U+064E, class 30, comes before shadda
    /// U+0651, class 33). Non-lossy. Runs before every other rule, and once more after
    /// the diacritic rules have deleted a mark that blocked a composition
    /// (`ا` + U+0615 + U+0654 with Quranic marks removed gives `أ`), so the output is
    /// always fully composed.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::none().canonical_composition(true);
    /// assert_eq!(n.normalize("\u{0627}\u{0654}"), "\u{0623}");
    /// assert_eq!(n.normalize("\u{064A}\u{0654}"), "\u{0626}");
    /// ```
    pub const fn canonical_composition(mut self, on: bool) -> Self {
        self.composition = on;
        self.refreshed()
    }

    /// Rule 2: presentation forms U+FB50..=U+FDFF and U+FE70..=U+FEFE become base
    /// letters (`ﻷ` → `لأ`, `ﷲ` → `الله`, `﷼` → `ريال` with the Arabic yeh), and the
    /// isolated and medial forms of marks become the bare marks. Other scripts are not
    /// touched. The honorific ligatures follow [`honorifics`](Self::honorifics).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::none().presentation_forms(true);
    /// assert_eq!(n.normalize("\u{FEDF}\u{FEE4}\u{FEEE}"), "لمو");
    /// assert_eq!(n.normalize("\u{FDFC}"), "ريال");
    /// assert_eq!(n.normalize("ب\u{FE77}"), "ب\u{064E}"); // medial fatha form
    /// ```
    pub const fn presentation_forms(mut self, on: bool) -> Self {
        self.presentation_forms = on;
        self.refreshed()
    }

    /// What happens to `ﷺ ﷻ ﷽` (U+FDFA, U+FDFB, U+FDFD).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Honorifics, Normalizer};
    ///
    /// let n = Normalizer::clean().honorifics(Honorifics::Expand);
    /// assert_eq!(n.normalize("محمد ﷺ"), "محمد صلى الله عليه وسلم");
    /// assert_eq!(Normalizer::clean().normalize("ﷺ"), "ﷺ");
    /// ```
    pub const fn honorifics(mut self, honorifics: Honorifics) -> Self {
        self.honorifics = honorifics;
        self.refreshed()
    }

    /// Applies NFKC to the whole text first, as CAMeL Tools does, instead of rules 1
    /// and 2 (which NFKC subsumes). NFKC also changes non-Arabic text (`ﬁ` → `fi`,
    /// full-width digits → ASCII) and turns isolated mark forms into a space or tatweel
    /// plus the mark. The other rules apply to the NFKC result.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::none().compatibility_nfkc(true);
    /// assert_eq!(n.normalize("\u{FE70}"), " \u{064B}");
    /// ```
    pub const fn compatibility_nfkc(mut self, on: bool) -> Self {
        self.nfkc = on;
        self.refreshed()
    }

    /// Rule 3: deletes bidirectional controls: LRM, RLM, ALM (U+061C), the embeddings and
    /// overrides U+202A..=U+202E and the isolates U+2066..=U+2069.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::none().remove_bidi_controls(true);
    /// assert_eq!(n.normalize("\u{202B}نص\u{202C}\u{200F}"), "نص");
    /// ```
    pub const fn remove_bidi_controls(mut self, on: bool) -> Self {
        self.bidi_controls = on;
        self.refreshed()
    }

    /// Rule 3: deletes zero-width and format characters: ZWSP, ZWJ, word joiner, BOM
    /// (U+FEFF anywhere), soft hyphen and U+180E. ZWNJ follows [`zwnj`](Self::zwnj).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::none().remove_zero_width(true);
    /// assert_eq!(n.normalize("\u{FEFF}كلمة\u{200B}\u{200D}"), "كلمة");
    /// ```
    pub const fn remove_zero_width(mut self, on: bool) -> Self {
        self.zero_width = on;
        self.refreshed()
    }

    /// Rule 3: what happens to ZWNJ U+200C.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Normalizer, Zwnj};
    ///
    /// let text = "می\u{200C}روم";
    /// assert_eq!(Normalizer::none().zwnj(Zwnj::Space).normalize(text), "می روم");
    /// assert_eq!(Normalizer::none().zwnj(Zwnj::Delete).normalize(text), "میروم");
    /// ```
    pub const fn zwnj(mut self, zwnj: Zwnj) -> Self {
        self.zwnj = zwnj;
        self.refreshed()
    }

    /// Rule 3: space separators other than U+0020 (NBSP, U+1680, U+2000..=U+200A,
    /// narrow NBSP U+202F, U+205F, U+3000) become U+0020.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::none().unify_spaces(true);
    /// assert_eq!(n.normalize("17\u{00A0}ديسمبر\u{202F}2014"), "17 ديسمبر 2014");
    /// ```
    pub const fn unify_spaces(mut self, on: bool) -> Self {
        self.spaces = on;
        self.refreshed()
    }

    /// Rule 3: collapsing and trimming white space.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Normalizer, Whitespace};
    ///
    /// let n = Normalizer::clean().whitespace(Whitespace::CollapseAndTrim);
    /// assert_eq!(n.normalize("  نشر  في:\u{00A0} 17 \n"), "نشر في: 17\n");
    /// ```
    pub const fn whitespace(mut self, whitespace: Whitespace) -> Self {
        self.whitespace = whitespace;
        self.refreshed()
    }

    /// Rule 4: deletes tatweel U+0640 (`كشـ24` → `كش24`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::none().remove_tatweel(true).normalize("جمـــيل"), "جميل");
    /// ```
    pub const fn remove_tatweel(mut self, on: bool) -> Self {
        self.tatweel = on;
        self.refreshed()
    }

    /// Rule 5: all the diacritic rules at once: harakat, other marks, Quranic and
    /// Extended marks deleted, and the dagger alef deleted (`true`) or kept (`false`).
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().remove_diacritics(true);
    /// assert_eq!(n.normalize("ذَٰلِكَ ٱلْكِتَـٰبُ"), "ذلك ٱلكتـب");
    /// ```
    pub const fn remove_diacritics(self, on: bool) -> Self {
        self.remove_harakat(on)
            .remove_other_marks(on)
            .dagger_alef(if on {
                DaggerAlef::Delete
            } else {
                DaggerAlef::Keep
            })
            .remove_quranic_marks(on)
            .remove_extended_marks(on)
    }

    /// Rule 5: deletes the harakat U+064B..=U+0652 (tanwin, fatha, damma, kasra, shadda,
    /// sukun).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::none().remove_harakat(true).normalize("كَتَبَ"), "كتب");
    /// ```
    pub const fn remove_harakat(mut self, on: bool) -> Self {
        self.harakat = on;
        self.refreshed()
    }

    /// Rule 5: deletes the other Arabic marks U+0653..=U+065F (maddah, hamza above and
    /// below, subscript alef, inverted damma, …). With composition on, a maddah or hamza
    /// that composes with the letter before it becomes part of that letter first.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().remove_other_marks(true);
    /// assert_eq!(n.normalize("ب\u{0654}"), "ب");
    /// // Composition first: alef + hamza mark is the letter أ, not a mark to delete.
    /// assert_eq!(n.canonical_composition(true).normalize("ا\u{0654}"), "أ");
    /// ```
    pub const fn remove_other_marks(mut self, on: bool) -> Self {
        self.other_marks = on;
        self.refreshed()
    }

    /// Rule 5: what happens to the superscript (dagger) alef U+0670.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{DaggerAlef, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().dagger_alef(DaggerAlef::Alef).normalize("هٰذا"), "هاذا");
    /// assert_eq!(Normalizer::none().dagger_alef(DaggerAlef::Delete).normalize("هٰذا"), "هذا");
    /// ```
    pub const fn dagger_alef(mut self, dagger_alef: DaggerAlef) -> Self {
        self.dagger_alef = dagger_alef;
        self.refreshed()
    }

    /// Rule 5: deletes the Quranic annotation marks U+0610..=U+061A, U+06D6..=U+06DC,
    /// U+06DF..=U+06E4, U+06E7..=U+06E8 and U+06EA..=U+06ED.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().remove_quranic_marks(true);
    /// assert_eq!(n.normalize("رَيْبَ ۛ فِيهِ"), "رَيْبَ  فِيهِ");
    /// ```
    pub const fn remove_quranic_marks(mut self, on: bool) -> Self {
        self.quranic_marks = on;
        self.refreshed()
    }

    /// Rule 5: deletes the marks of Arabic Extended-A (U+08CA..=U+08E1, U+08E3..=U+08FF)
    /// and Extended-B (U+0897..=U+089F).
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().remove_extended_marks(true);
    /// assert_eq!(n.normalize("ب\u{08F0}"), "ب");
    /// ```
    pub const fn remove_extended_marks(mut self, on: bool) -> Self {
        self.extended_marks = on;
        self.refreshed()
    }

    /// Rule 5: what happens to small waw U+06E5 and small yeh U+06E6.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Normalizer, SmallLetters};
    ///
    /// assert_eq!(Normalizer::none().small_letters(SmallLetters::Delete).normalize("لَهُۥ"), "لَهُ");
    /// ```
    pub const fn small_letters(mut self, small_letters: SmallLetters) -> Self {
        self.small_letters = small_letters;
        self.refreshed()
    }

    /// Rule 6: which alef variants become a bare alef.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{AlefFold, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().alef(AlefFold::Hamza).normalize("أإآٱ"), "اااٱ");
    /// assert_eq!(Normalizer::none().alef(AlefFold::All).normalize("أإآٱٲ"), "ااااا");
    /// ```
    pub const fn alef(mut self, alef: AlefFold) -> Self {
        self.alef = alef;
        self.refreshed()
    }

    /// Rule 6: alef maksura `ى` becomes yeh `ي`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::none().fold_alef_maksura(true).normalize("على"), "علي");
    /// ```
    pub const fn fold_alef_maksura(mut self, on: bool) -> Self {
        self.alef_maksura = on;
        self.refreshed()
    }

    /// Rule 6: teh marbuta `ة` becomes heh `ه` (the Urdu `ۃ` folds with the Persian
    /// letters).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::none().fold_teh_marbuta(true).normalize("مدرسة"), "مدرسه");
    /// ```
    pub const fn fold_teh_marbuta(mut self, on: bool) -> Self {
        self.teh_marbuta = on;
        self.refreshed()
    }

    /// Rule 6: hamza carriers lose the hamza: `ؤ ٶ` → `و`, `ئ ٸ` → `ي`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::none().fold_hamza_carriers(true).normalize("مسؤول قائد"), "مسوول قايد");
    /// ```
    pub const fn fold_hamza_carriers(mut self, on: bool) -> Self {
        self.hamza_carriers = on;
        self.refreshed()
    }

    /// Rule 6: what happens to the lone hamza `ء`.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{LoneHamza, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().lone_hamza(LoneHamza::Delete).normalize("سماء"), "سما");
    /// ```
    pub const fn lone_hamza(mut self, lone_hamza: LoneHamza) -> Self {
        self.lone_hamza = lone_hamza;
        self.refreshed()
    }

    /// Rule 6: Persian and Urdu letters with an Arabic counterpart.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Normalizer, PersianLetters};
    ///
    /// let fold = Normalizer::none().persian_letters(PersianLetters::Fold);
    /// assert_eq!(fold.normalize("کتاب فارسی"), "كتاب فارسي");
    /// let final_yeh = Normalizer::none().persian_letters(PersianLetters::FoldFinalYehToAlefMaksura);
    /// assert_eq!(final_yeh.normalize("فارسی زیبا"), "فارسى زيبا");
    /// ```
    pub const fn persian_letters(mut self, persian_letters: PersianLetters) -> Self {
        self.persian_letters = persian_letters;
        self.refreshed()
    }

    /// Rule 6: the Maghrebi letters fold to their standard counterparts: `ڤ ڢ` → `ف`,
    /// `ڧ ڨ` → `ق`, `ڭ` → `ك` (and the African feh and qaf U+08BB, U+08BC). Off in every
    /// preset: Maghrebi text uses these letters for sounds (`ڤ` /v/, `ڨ ڭ` /g/) that the
    /// folded letter loses.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().fold_maghrebi_letters(true);
    /// assert_eq!(n.normalize("ڤيديو ڨابس أڭادير"), "فيديو قابس أكادير");
    /// ```
    pub const fn fold_maghrebi_letters(mut self, on: bool) -> Self {
        self.maghrebi_letters = on;
        self.refreshed()
    }

    /// Rule 7: which digits the output uses.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Digits, Normalizer};
    ///
    /// assert_eq!(Normalizer::none().digits(Digits::Ascii).normalize("١٧ ۲۰۱۴"), "17 2014");
    /// assert_eq!(Normalizer::none().digits(Digits::ArabicIndic).normalize("17 ۲۰"), "١٧ ٢٠");
    /// ```
    pub const fn digits(mut self, digits: Digits) -> Self {
        self.digits = digits;
        self.refreshed()
    }

    /// Rule 7: the Arabic decimal separator `٫` becomes `.` and the thousands separator
    /// `٬` becomes `,`, only between two digits.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().decimal_separators(true);
    /// assert_eq!(n.normalize("٣٫٥ و١٬٠٠٠"), "٣.٥ و١,٠٠٠");
    /// assert_eq!(n.normalize("٫ وحده"), "٫ وحده");
    /// ```
    pub const fn decimal_separators(mut self, on: bool) -> Self {
        self.decimal_separators = on;
        self.refreshed()
    }

    /// Rule 7: Arabic punctuation becomes ASCII: `،` → `,`, `؛` → `;`, `؟` → `?`,
    /// `٪` → `%`, `٭` → `*`, `۔` → `.`.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = arabic_text::Normalizer::none().punctuation(true);
    /// assert_eq!(n.normalize("نعم، لماذا؟"), "نعم, لماذا?");
    /// ```
    pub const fn punctuation(mut self, on: bool) -> Self {
        self.punctuation = on;
        self.refreshed()
    }

    /// Normalizes `text`, borrowing it when nothing changes.
    ///
    /// Empty input gives an empty borrowed result; text with no Arabic (and nothing else
    /// a rule touches) is returned borrowed after one scan; any input, however large, is
    /// handled in time linear in its length, with one allocation of about its size when
    /// something changes.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_text::Normalizer;
    ///
    /// let search = Normalizer::search();
    /// assert!(matches!(search.normalize("كتاب جديد"), Cow::Borrowed(_)));
    /// assert_eq!(search.normalize("كِتَابٌ جَدِيدٌ"), "كتاب جديد");
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.is_normalized(text) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        self.normalize_into(text, &mut out);
        Cow::Owned(out)
    }

    /// Appends the normalized `text` to `out`, without clearing it, so one buffer can
    /// serve many texts. Allocates only if `out` lacks the capacity (or, once per such
    /// cluster, for a letter carrying more than 31 combining marks that need reordering,
    /// which no natural text has).
    ///
    /// Empty input appends nothing; text with no Arabic is appended as it is, but for
    /// what a rule touches anyway (invisible controls, odd spaces); any input, however
    /// large, takes one linear pass.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut buf = String::with_capacity(64);
    /// for word in ["أَحْمَد", "مدرسة"] {
    ///     buf.clear();
    ///     arabic_text::Normalizer::search().normalize_into(word, &mut buf);
    ///     assert!(!buf.contains('\u{064E}'));
    /// }
    /// assert_eq!(buf, "مدرسه");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        out.reserve(text.len());
        let mut emitter = Emitter::new(StringSink(out), self.whitespace);
        Engine::new(self, text, None).run(&mut emitter);
        emitter.finish();
    }

    /// Appends the normalized concatenation of `pieces` to `out`: the same bytes as
    /// [`normalize_into`](Self::normalize_into) of the joined text, provided every join
    /// of two non-empty pieces is a cut point ([`is_cut_point`]); the caller checks.
    #[cfg(feature = "std")]
    pub(crate) fn normalize_pieces_into<'p>(
        &self,
        pieces: impl IntoIterator<Item = &'p str>,
        out: &mut String,
    ) {
        let mut emitter = Emitter::new(StringSink(out), self.whitespace);
        let mut before = None;
        for piece in pieces {
            Engine::new(self, piece, before).run(&mut emitter);
            if let Some(last) = piece.chars().next_back() {
                before = Some(last);
            }
        }
        emitter.finish();
    }

    /// Whether normalizing `text` would leave it unchanged (then
    /// [`normalize`](Self::normalize) borrows). Stops at the first change; allocates
    /// nothing (but for the rare cluster described at
    /// [`normalize_into`](Self::normalize_into)).
    ///
    /// Empty input is normalized; text with no Arabic is, unless a rule touches something
    /// in it (an invisible control, an odd space); any input, however large, takes at most
    /// one linear pass, stopping at the first change.
    ///
    /// # Examples
    ///
    /// ```
    /// let search = arabic_text::Normalizer::search();
    /// assert!(search.is_normalized("مدرسه"));
    /// assert!(!search.is_normalized("مدرسة"));
    /// assert!(search.is_normalized(""));
    /// ```
    #[must_use]
    pub fn is_normalized(&self, text: &str) -> bool {
        let mut check = CheckSink::new(text);
        let mut emitter = Emitter::new(&mut check, self.whitespace);
        Engine::new(self, text, None).run(&mut emitter);
        if !emitter.done() {
            emitter.finish();
        }
        check.unchanged()
    }

    /// Normalizes `text` and returns, with the result, the map from output byte ranges
    /// back to input byte ranges (for highlighting a match in the original).
    ///
    /// Empty input gives an empty text and an empty map; text with no Arabic is copied,
    /// and its map holds nothing but what a rule changed; any input, however large, takes
    /// one linear pass, and the map's memory is a fraction of the input's (a run of
    /// changes of the same size is one entry).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Normalizer;
    ///
    /// let page = "نشر في: 17 دجنبـر 2014";
    /// let (out, map) = Normalizer::search().normalize_with_offsets(page);
    /// let found = out.find("دجنبر").unwrap();
    /// let span = map.input_range(found..found + "دجنبر".len());
    /// assert_eq!(&page[span], "دجنبـر");
    /// ```
    #[must_use]
    pub fn normalize_with_offsets(&self, text: &str) -> (String, OffsetMap) {
        let mut sink = offsets::OffsetSink::new(text);
        let mut emitter = Emitter::new(&mut sink, self.whitespace);
        Engine::new(self, text, None).run(&mut emitter);
        emitter.finish();
        sink.finish()
    }

    /// A writer that normalizes what is written to it and passes the result to `inner`;
    /// see [`NormalizeWriter`].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    ///
    /// let mut w = arabic_text::Normalizer::search().writer(Vec::new());
    /// w.write_all("مدرسـ".as_bytes())?;
    /// w.write_all("ـة".as_bytes())?;
    /// assert_eq!(w.finish()?, "مدرسه".as_bytes());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn writer<W: std::io::Write>(&self, inner: W) -> NormalizeWriter<W> {
        NormalizeWriter::new(*self, inner)
    }

    /// Normalizes everything `reader` yields into `writer`, in bounded memory for text
    /// with line breaks or spaces; returns the number of bytes read.
    ///
    /// Empty input writes nothing; text with no Arabic passes through; input however large
    /// runs in linear time and in memory bounded by its longest stretch with no space or line break (the
    /// writer holds back at most that).
    ///
    /// # Errors
    ///
    /// Any I/O error of either side, and [`std::io::ErrorKind::InvalidData`] when the
    /// input is not UTF-8.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut out = Vec::new();
    /// let read = arabic_text::Normalizer::search().normalize_stream(&"أَهْلًا".as_bytes()[..], &mut out)?;
    /// assert_eq!(read, "أَهْلًا".len() as u64);
    /// assert_eq!(out, "اهلا".as_bytes());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn normalize_stream<R: std::io::Read, W: std::io::Write>(
        &self,
        mut reader: R,
        writer: W,
    ) -> std::io::Result<u64> {
        let mut w = self.writer(writer);
        let read = std::io::copy(&mut reader, &mut w)?;
        w.finish()?;
        Ok(read)
    }
}

/// Whether text may be cut between `before` and `after` so that both sides normalize on
/// their own exactly as the whole does: before an ASCII character other than a digit, or
/// between two basic Arabic letters (the lone hamza excepted: a rule may delete it, and a
/// deleted letter joins the cluster before it).
#[cfg(feature = "std")]
pub(crate) fn is_cut_point(before: char, after: char) -> bool {
    let letter = |x: char| matches!(x, '\u{0622}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
    (after.is_ascii() && !after.is_ascii_digit()) || (letter(before) && letter(after))
}

/// Normalizes `text` with the [`search`](Normalizer::search) preset, borrowing it when
/// nothing changes.
///
/// Empty input gives an empty borrowed result; text with no Arabic comes back borrowed
/// unless a rule touches something in it (an invisible control, an odd space); any
/// input, however large, takes one linear pass.
///
/// # Examples
///
/// ```
/// assert_eq!(arabic_text::normalize("كشـ24 أَمْس"), "كش24 امس");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    const SEARCH: Normalizer = Normalizer::search();
    SEARCH.normalize(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derived sets, word by word, against their definition character by character.
    #[test]
    fn derived_sets_follow_their_definition() {
        let normalizers = [
            Normalizer::none(),
            Normalizer::clean(),
            Normalizer::search(),
            Normalizer::lucene(),
            Normalizer::camel(),
            Normalizer::search().canonical_composition(false),
            Normalizer::clean()
                .remove_harakat(true)
                .lone_hamza(LoneHamza::Delete),
            Normalizer::search()
                .dagger_alef(DaggerAlef::Alef)
                .punctuation(true),
        ];
        for n in normalizers {
            let (triggers, in_place) = n.arabic_sets();
            let masks = n.class_masks();
            for index in 0..256 {
                let class = class::arabic_class(index).bit();
                let trigger = masks.trigger & class != 0;
                let deleted = (masks.deleted | masks.deleted_marks) & class != 0;
                let composes = n.composition && (0x53..=0x55).contains(&index);
                let expected_in_place =
                    !trigger || !composes && deleted || class::REPLACED_ALONE & class != 0;
                let bit = |set: [u64; 4]| set[index / 64] >> (index % 64) & 1 == 1;
                assert_eq!(bit(triggers), trigger, "{n:?} U+{:04X}", 0x600 + index);
                assert_eq!(
                    bit(in_place),
                    expected_in_place,
                    "{n:?} U+{:04X}",
                    0x600 + index
                );
            }
        }
    }
}
