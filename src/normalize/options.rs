//! The choices of rules that have more than two outcomes.

/// What happens to the zero-width non-joiner U+200C.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Zwnj {
    /// Keep it: Persian and Kurdish text need it inside words (`می‌روم`).
    #[default]
    Keep,
    /// Delete it, joining the two parts of the word.
    Delete,
    /// Replace it with a space, splitting the word (what Lucene's Persian analysis does).
    Space,
}

/// What happens to runs of horizontal white space (U+0020 and tab, after the other
/// rules have run, so an NBSP turned into a space counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Whitespace {
    /// Leave white space as it is.
    #[default]
    Keep,
    /// Replace each run of spaces and tabs by one U+0020.
    Collapse,
    /// Collapse, and remove the runs at the start and end of every line.
    CollapseAndTrim,
}

/// What happens to the superscript (dagger) alef U+0670.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum DaggerAlef {
    /// Keep it.
    #[default]
    Keep,
    /// Delete it, like the other diacritics (`ٱلرَّحْمَـٰنِ` → `الرحمن`).
    Delete,
    /// Write it as a full alef U+0627, the spelling of the standard orthography
    /// (`هٰذا` → `هاذا`).
    Alef,
}

/// What happens to small waw U+06E5 and small yeh U+06E6, which Quranic text writes
/// after a pronoun or a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum SmallLetters {
    /// Keep them: they are letters.
    #[default]
    Keep,
    /// Delete them, as the standard orthography does not write them.
    Delete,
    /// Write them as full waw U+0648 and yeh U+064A.
    Letter,
}

/// Which alef variants become a bare alef U+0627.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum AlefFold {
    /// Keep every alef variant.
    #[default]
    Keep,
    /// `آ أ إ` only (what Lucene folds).
    Hamza,
    /// `آ أ إ ٱ` (what CAMeL Tools folds).
    HamzaWasla,
    /// `آ أ إ ٱ ٲ ٳ ٵ`.
    All,
}

/// What happens to the lone hamza U+0621.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum LoneHamza {
    /// Keep it.
    #[default]
    Keep,
    /// Delete it (`سماء` → `سما`), as some search engines do.
    Delete,
}

/// What happens to Persian and Urdu letters that have an Arabic counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum PersianLetters {
    /// Keep them.
    #[default]
    Keep,
    /// `ک ڪ` → `ك`, `ی ے ې ێ` → `ي`, `ۀ ہ ۂ ھ ۃ` → `ه`.
    Fold,
    /// As [`Fold`](Self::Fold), except that a word-final `ی` becomes alef maksura `ى`
    /// (which the alef maksura fold, when on, then turns into `ي`).
    FoldFinalYehToAlefMaksura,
}

/// Which digits the text ends up with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Digits {
    /// Keep every digit as written.
    #[default]
    Keep,
    /// Arabic-Indic `٠..٩` and extended `۰..۹` become ASCII `0..9`.
    Ascii,
    /// ASCII and extended digits become Arabic-Indic `٠..٩`.
    ArabicIndic,
}

/// What happens to the ligatures of honorific phrases U+FDFA `ﷺ`, U+FDFB `ﷻ` and the
/// basmala U+FDFD `﷽`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Honorifics {
    /// Keep them as single symbols.
    #[default]
    Keep,
    /// Spell them out: `ﷺ` → `صلى الله عليه وسلم`, `ﷻ` → `جل جلاله`,
    /// `﷽` → `بسم الله الرحمن الرحيم`.
    Expand,
}
