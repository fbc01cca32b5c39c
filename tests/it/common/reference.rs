//! The reference normalizer: a deliberately simple, character-by-character
//! implementation written from the documented rules, with the configurations it is
//! checked against.
//!
//! Shared by `tests/it/properties/` (as `crate::common::reference`) and
//! the `normalize` fuzz target (`fuzz/fuzz_targets/normalize.rs`), so that both compare
//! the engine with the same reference. See `tests/it/properties/mod.rs` for the passes the
//! reference makes.

use std::ops::Range;

use arabic_text::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, Normalizer, PersianLetters, SmallLetters,
    Whitespace, Zwnj, is_arabic_letter,
};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{canonical_combining_class as ccc, compose as nfc_compose};

// ---------------------------------------------------------------------------------------
// Configurations under test and their specification.
// ---------------------------------------------------------------------------------------

/// The documented settings of a normalizer, as plain data for the reference.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    pub composition: bool,
    pub presentation_forms: bool,
    pub honorifics: bool,
    pub nfkc: bool,
    pub bidi: bool,
    pub zero_width: bool,
    pub zwnj: Zwnj,
    pub spaces: bool,
    pub whitespace: Whitespace,
    pub tatweel: bool,
    pub harakat: bool,
    pub other_marks: bool,
    pub dagger: DaggerAlef,
    pub quranic: bool,
    pub extended: bool,
    pub small: SmallLetters,
    pub alef: AlefFold,
    pub maksura: bool,
    pub teh: bool,
    pub carriers: bool,
    pub lone_hamza: LoneHamza,
    pub persian: PersianLetters,
    pub maghrebi: bool,
    pub digits: Digits,
    pub decimal: bool,
    pub punctuation: bool,
}

pub const NONE: Spec = Spec {
    composition: false,
    presentation_forms: false,
    honorifics: false,
    nfkc: false,
    bidi: false,
    zero_width: false,
    zwnj: Zwnj::Keep,
    spaces: false,
    whitespace: Whitespace::Keep,
    tatweel: false,
    harakat: false,
    other_marks: false,
    dagger: DaggerAlef::Keep,
    quranic: false,
    extended: false,
    small: SmallLetters::Keep,
    alef: AlefFold::Keep,
    maksura: false,
    teh: false,
    carriers: false,
    lone_hamza: LoneHamza::Keep,
    persian: PersianLetters::Keep,
    maghrebi: false,
    digits: Digits::Keep,
    decimal: false,
    punctuation: false,
};

/// The `clean` row of the table in the `normalize` module documentation.
pub const CLEAN: Spec = Spec {
    composition: true,
    presentation_forms: true,
    bidi: true,
    zero_width: true,
    spaces: true,
    tatweel: true,
    ..NONE
};

/// The `search` row.
pub const SEARCH: Spec = Spec {
    zwnj: Zwnj::Delete,
    honorifics: true,
    harakat: true,
    other_marks: true,
    dagger: DaggerAlef::Delete,
    quranic: true,
    extended: true,
    alef: AlefFold::All,
    maksura: true,
    teh: true,
    carriers: true,
    persian: PersianLetters::Fold,
    digits: Digits::Ascii,
    decimal: true,
    ..CLEAN
};

/// The `lucene` row.
pub const LUCENE: Spec = Spec {
    tatweel: true,
    harakat: true,
    alef: AlefFold::Hamza,
    maksura: true,
    teh: true,
    ..NONE
};

/// The `camel` row.
pub const CAMEL: Spec = Spec {
    nfkc: true,
    harakat: true,
    dagger: DaggerAlef::Delete,
    alef: AlefFold::HamzaWasla,
    maksura: true,
    teh: true,
    ..NONE
};

pub struct Config {
    pub name: &'static str,
    pub normalizer: Normalizer,
    pub spec: Spec,
}

pub fn configs() -> Vec<Config> {
    vec![
        Config {
            name: "clean",
            normalizer: Normalizer::clean(),
            spec: CLEAN,
        },
        Config {
            name: "search",
            normalizer: Normalizer::search(),
            spec: SEARCH,
        },
        Config {
            name: "lucene",
            normalizer: Normalizer::lucene(),
            spec: LUCENE,
        },
        Config {
            name: "camel",
            normalizer: Normalizer::camel(),
            spec: CAMEL,
        },
        Config {
            name: "search+trim+final-yeh+indic-digits+punctuation",
            normalizer: Normalizer::search()
                .whitespace(Whitespace::CollapseAndTrim)
                .persian_letters(PersianLetters::FoldFinalYehToAlefMaksura)
                .digits(Digits::ArabicIndic)
                .punctuation(true),
            spec: Spec {
                whitespace: Whitespace::CollapseAndTrim,
                persian: PersianLetters::FoldFinalYehToAlefMaksura,
                digits: Digits::ArabicIndic,
                punctuation: true,
                ..SEARCH
            },
        },
        Config {
            name: "clean+quranic+final-yeh+collapse",
            normalizer: Normalizer::clean()
                .remove_quranic_marks(true)
                .persian_letters(PersianLetters::FoldFinalYehToAlefMaksura)
                .whitespace(Whitespace::Collapse),
            spec: Spec {
                quranic: true,
                persian: PersianLetters::FoldFinalYehToAlefMaksura,
                whitespace: Whitespace::Collapse,
                ..CLEAN
            },
        },
        Config {
            name: "clean+honorifics+zwnj-space+harakat+maghrebi+lone-hamza+extended-digits",
            normalizer: Normalizer::clean()
                .honorifics(Honorifics::Expand)
                .zwnj(Zwnj::Space)
                .remove_harakat(true)
                .fold_maghrebi_letters(true)
                .lone_hamza(LoneHamza::Delete)
                .digits(Digits::Ascii)
                .decimal_separators(true),
            spec: Spec {
                honorifics: true,
                zwnj: Zwnj::Space,
                harakat: true,
                maghrebi: true,
                lone_hamza: LoneHamza::Delete,
                digits: Digits::Ascii,
                decimal: true,
                ..CLEAN
            },
        },
        Config {
            // Letters folded, marks kept and composed: a folded letter followed by a
            // maddah or hamza mark must be seen with it (`أ` + maddah: `آ`, then `ا`).
            name: "clean+letter-folds+digits",
            normalizer: Normalizer::clean()
                .alef(AlefFold::All)
                .fold_alef_maksura(true)
                .fold_teh_marbuta(true)
                .fold_hamza_carriers(true)
                .digits(Digits::Ascii),
            spec: Spec {
                alef: AlefFold::All,
                maksura: true,
                teh: true,
                carriers: true,
                digits: Digits::Ascii,
                ..CLEAN
            },
        },
        Config {
            name: "lucene+bidi+zero-width+persian+carriers",
            normalizer: Normalizer::lucene()
                .remove_bidi_controls(true)
                .remove_zero_width(true)
                .zwnj(Zwnj::Delete)
                .persian_letters(PersianLetters::Fold)
                .fold_hamza_carriers(true)
                .alef(AlefFold::All),
            spec: Spec {
                bidi: true,
                zero_width: true,
                zwnj: Zwnj::Delete,
                persian: PersianLetters::Fold,
                carriers: true,
                alef: AlefFold::All,
                ..LUCENE
            },
        },
    ]
}

// ---------------------------------------------------------------------------------------
// The reference implementation.
// ---------------------------------------------------------------------------------------

/// What the documentation says a code point is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Other,
    Haraka,
    OtherMark,
    Dagger,
    Quranic,
    Extended,
    Small,
    Tatweel,
    AlefHamza,
    AlefWasla,
    AlefOther,
    Maksura,
    Teh,
    WawHamza,
    YehHamza,
    LoneHamza,
    PersianKaf,
    PersianYeh,
    OtherYeh,
    PersianHeh,
    Maghrebi,
    AsciiDigit,
    IndicDigit,
    ExtendedDigit,
    DecimalSeparator,
    ThousandsSeparator,
    Punctuation,
    Bidi,
    ZeroWidth,
    Zwnj,
    Space,
    Presentation,
}

pub fn kind(c: char) -> Kind {
    use Kind::*;
    match c {
        '\u{064B}'..='\u{0652}' => Haraka,
        '\u{0653}'..='\u{065F}' => OtherMark,
        '\u{0670}' => Dagger,
        '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' => Quranic,
        '\u{08CA}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}' | '\u{0897}'..='\u{089F}' => Extended,
        '\u{06E5}' | '\u{06E6}' => Small,
        '\u{0640}' => Tatweel,
        '\u{0622}' | '\u{0623}' | '\u{0625}' => AlefHamza,
        '\u{0671}' => AlefWasla,
        '\u{0672}' | '\u{0673}' | '\u{0675}' => AlefOther,
        '\u{0649}' => Maksura,
        '\u{0629}' => Teh,
        '\u{0624}' | '\u{0676}' => WawHamza,
        '\u{0626}' | '\u{0678}' => YehHamza,
        '\u{0621}' => LoneHamza,
        '\u{06A9}' | '\u{06AA}' => PersianKaf,
        '\u{06CC}' => PersianYeh,
        '\u{06D2}' | '\u{06D0}' | '\u{06CE}' => OtherYeh,
        '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06BE}' | '\u{06C3}' => PersianHeh,
        '\u{06A4}' | '\u{06A2}' | '\u{06A7}' | '\u{06A8}' | '\u{06AD}' | '\u{08BB}'
        | '\u{08BC}' => Maghrebi,
        '0'..='9' => AsciiDigit,
        '\u{0660}'..='\u{0669}' => IndicDigit,
        '\u{06F0}'..='\u{06F9}' => ExtendedDigit,
        '\u{066B}' => DecimalSeparator,
        '\u{066C}' => ThousandsSeparator,
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}' | '\u{066D}' | '\u{06D4}' => Punctuation,
        '\u{200E}'
        | '\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Bidi,
        '\u{200B}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}' => ZeroWidth,
        '\u{200C}' => Zwnj,
        // General category Zs, except U+0020.
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Space,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Presentation,
        _ => Other,
    }
}

pub fn is_arabic_mark(c: char) -> bool {
    matches!(
        kind(c),
        Kind::Haraka | Kind::OtherMark | Kind::Dagger | Kind::Quranic | Kind::Extended
    )
}

pub fn is_digit(c: char) -> bool {
    matches!(
        kind(c),
        Kind::AsciiDigit | Kind::IndicDigit | Kind::ExtendedDigit
    )
}

pub const BASMALA: &str = "\u{0628}\u{0633}\u{0645} \u{0627}\u{0644}\u{0644}\u{0647} \u{0627}\u{0644}\u{0631}\u{062D}\u{0645}\u{0646} \u{0627}\u{0644}\u{0631}\u{062D}\u{064A}\u{0645}";
pub const RIAL: &str = "\u{0631}\u{064A}\u{0627}\u{0644}";

/// The presentation-form policy of `src/tables.rs`: NFKC, except that the isolated and
/// medial forms of marks become the bare marks, `﷼` is RIAL with the Arabic yeh, and
/// `﷽` (and the BOM) have no mapping here.
pub fn presentation_mapping(c: char) -> String {
    match c {
        '\u{FDFC}' => return RIAL.to_string(),
        '\u{FDFD}' | '\u{FEFF}' => return String::new(),
        _ => {}
    }
    let nfkc: String = c.to_string().nfkc().collect();
    if nfkc == c.to_string() {
        return String::new();
    }
    let mut chars = nfkc.chars();
    if let Some(' ' | '\u{0640}') = chars.next() {
        let rest: String = chars.collect();
        if !rest.is_empty() && rest.chars().all(|m| ccc(m) != 0) {
            return rest;
        }
    }
    nfkc
}

impl Spec {
    /// Characters deleted outright that are not combining marks.
    pub fn deletes_plain(&self, c: char) -> bool {
        match kind(c) {
            Kind::Tatweel => self.tatweel,
            Kind::Bidi => self.bidi,
            Kind::ZeroWidth => self.zero_width,
            Kind::Zwnj => self.zwnj == Zwnj::Delete,
            Kind::LoneHamza => self.lone_hamza == LoneHamza::Delete,
            Kind::Small => self.small == SmallLetters::Delete,
            _ => false,
        }
    }

    /// Marks deleted by the diacritic rules.
    pub fn deletes_mark(&self, c: char) -> bool {
        match kind(c) {
            Kind::Haraka => self.harakat,
            Kind::OtherMark => self.other_marks,
            Kind::Quranic => self.quranic,
            Kind::Extended => self.extended,
            Kind::Dagger => self.dagger == DaggerAlef::Delete,
            _ => false,
        }
    }

    /// What a presentation form becomes, if anything.
    pub fn expansion(&self, c: char) -> Option<String> {
        if kind(c) != Kind::Presentation {
            return None;
        }
        match c {
            '\u{FDFA}' | '\u{FDFB}' | '\u{FDFD}' => {
                if !self.honorifics {
                    None
                } else if c == '\u{FDFD}' {
                    Some(BASMALA.to_string())
                } else {
                    Some(presentation_mapping(c))
                }
            }
            _ if self.presentation_forms => {
                let m = presentation_mapping(c);
                (!m.is_empty()).then_some(m)
            }
            _ => None,
        }
    }

    /// A presentation form that stands for marks only.
    pub fn is_mark_form(&self, c: char) -> bool {
        self.presentation_forms
            && kind(c) == Kind::Presentation
            && self
                .expansion(c)
                .is_some_and(|m| m.chars().all(|x| ccc(x) != 0))
    }

    /// Whether `c` belongs with the starter before it (only used to group the input into
    /// the units the offset map is checked against).
    pub fn joiner(&self, c: char) -> bool {
        !c.is_ascii()
            && (ccc(c) != 0
                || self.deletes_plain(c)
                || self.is_mark_form(c)
                || self
                    .expansion(c)
                    .is_some_and(|e| e.chars().all(|m| self.deletes_plain(m))))
    }

    /// The character rules, for one character of the expanded, composed text.
    pub fn map(&self, c: char, word_final: bool, between_digits: bool) -> Option<char> {
        use Kind::*;
        let k = kind(c);
        Some(match k {
            Other | Presentation => c,
            Haraka | OtherMark | Quranic | Extended | Dagger if self.deletes_mark(c) => {
                return None;
            }
            Haraka | OtherMark | Quranic | Extended => c,
            Dagger => match self.dagger {
                DaggerAlef::Alef => '\u{0627}',
                _ => c,
            },
            Tatweel | Bidi | ZeroWidth | LoneHamza if self.deletes_plain(c) => return None,
            Tatweel | Bidi | ZeroWidth | LoneHamza => c,
            Small => match (self.small, c) {
                (SmallLetters::Delete, _) => return None,
                (SmallLetters::Letter, '\u{06E5}') => '\u{0648}',
                (SmallLetters::Letter, _) => '\u{064A}',
                (SmallLetters::Keep, _) => c,
            },
            AlefHamza if self.alef != AlefFold::Keep => '\u{0627}',
            AlefWasla if matches!(self.alef, AlefFold::HamzaWasla | AlefFold::All) => '\u{0627}',
            AlefOther if self.alef == AlefFold::All => '\u{0627}',
            AlefHamza | AlefWasla | AlefOther => c,
            Maksura if self.maksura => '\u{064A}',
            Teh if self.teh => '\u{0647}',
            WawHamza if self.carriers => '\u{0648}',
            YehHamza if self.carriers => '\u{064A}',
            Maksura | Teh | WawHamza | YehHamza => c,
            PersianKaf | PersianYeh | OtherYeh | PersianHeh
                if self.persian == PersianLetters::Keep =>
            {
                c
            }
            PersianKaf => '\u{0643}',
            PersianYeh => {
                if self.persian == PersianLetters::FoldFinalYehToAlefMaksura && word_final {
                    if self.maksura { '\u{064A}' } else { '\u{0649}' }
                } else {
                    '\u{064A}'
                }
            }
            OtherYeh => '\u{064A}',
            PersianHeh => '\u{0647}',
            Maghrebi if self.maghrebi => match c {
                '\u{06A7}' | '\u{06A8}' | '\u{08BC}' => '\u{0642}',
                '\u{06AD}' => '\u{0643}',
                _ => '\u{0641}',
            },
            Maghrebi => c,
            AsciiDigit if self.digits == Digits::ArabicIndic => shift(c, '0', '\u{0660}'),
            IndicDigit if self.digits == Digits::Ascii => shift(c, '\u{0660}', '0'),
            ExtendedDigit if self.digits == Digits::Ascii => shift(c, '\u{06F0}', '0'),
            ExtendedDigit if self.digits == Digits::ArabicIndic => shift(c, '\u{06F0}', '\u{0660}'),
            AsciiDigit | IndicDigit | ExtendedDigit => c,
            DecimalSeparator if self.decimal && between_digits => '.',
            ThousandsSeparator if self.decimal && between_digits => ',',
            DecimalSeparator | ThousandsSeparator => c,
            Punctuation if self.punctuation => match c {
                '\u{060C}' => ',',
                '\u{061B}' => ';',
                '\u{061F}' => '?',
                '\u{066A}' => '%',
                '\u{066D}' => '*',
                _ => '.',
            },
            Punctuation => c,
            Zwnj => match self.zwnj {
                self::Zwnj::Delete => return None,
                self::Zwnj::Space => ' ',
                self::Zwnj::Keep => c,
            },
            Space if self.spaces => ' ',
            Space => c,
        })
    }
}

pub fn shift(c: char, from: char, to: char) -> char {
    char::from_u32(to as u32 + (c as u32 - from as u32)).unwrap()
}

/// One character of the reference output and the input it came from.
#[derive(Clone, Debug)]
pub struct OutChar {
    pub c: char,
    /// The input bytes of the unit (a starter and the marks and deleted characters after
    /// it) that produced the character.
    pub unit: Range<usize>,
}

#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub c: char,
    pub unit: usize,
}

/// Stable-sorts (when `sort`) each run of combining marks that holds an Arabic mark and
/// composes its Arabic pairs with the starter before it, as NFC does.
pub fn order_and_compose(items: Vec<Item>, sort: bool) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut i = 0;
    while i < items.len() {
        if ccc(items[i].c) == 0 {
            out.push(items[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < items.len() && ccc(items[j].c) != 0 {
            j += 1;
        }
        let mut run = items[i..j].to_vec();
        if sort && run.iter().any(|m| is_arabic_mark(m.c)) {
            run.sort_by_key(|m| ccc(m.c));
        }
        if let Some(starter) = out.last_mut() {
            let mut last = 0;
            let mut kept = Vec::new();
            for m in run {
                let class = ccc(m.c);
                if last < class && ('\u{0653}'..='\u{0655}').contains(&m.c) {
                    if let Some(composed) = nfc_compose(starter.c, m.c) {
                        starter.c = composed;
                        continue;
                    }
                }
                last = class;
                kept.push(m);
            }
            run = kept;
        }
        out.extend(run);
        i = j;
    }
    out
}

/// The reference normalization, with the input unit of each output character.
pub fn oracle(spec: &Spec, s: &str) -> (String, Vec<OutChar>) {
    if spec.nfkc {
        return (oracle_camel(spec, s), Vec::new());
    }
    // Units: with composition, a starter and the joiners after it; else one per char.
    let mut units: Vec<Range<usize>> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    for (pos, c) in s.char_indices() {
        let end = pos + c.len_utf8();
        if spec.composition && spec.joiner(c) && !units.is_empty() {
            units.last_mut().unwrap().end = end;
        } else {
            units.push(pos..end);
        }
        items.push(Item {
            c,
            unit: units.len() - 1,
        });
    }
    // 1. Deleted characters that are not marks.
    items.retain(|it| !spec.deletes_plain(it.c));
    // 2. Presentation forms.
    let mut expanded = Vec::with_capacity(items.len());
    for it in items {
        match spec.expansion(it.c) {
            // What a form expands to is subject to step 1 too (`ﺀ` is a lone hamza).
            Some(m) => expanded.extend(
                m.chars()
                    .filter(|&c| !spec.deletes_plain(c))
                    .map(|c| Item { c, unit: it.unit }),
            ),
            None => expanded.push(it),
        }
    }
    let mut items = expanded;
    // 3. Canonical order and composition.
    if spec.composition {
        items = order_and_compose(items, true);
    }
    // 4. Marks the diacritic rules delete, then composition again.
    items.retain(|it| !spec.deletes_mark(it.c));
    if spec.composition {
        items = order_and_compose(items, false);
    }
    // 5. The character rules; a letter they rewrite may then compose with a mark after
    //    it (`ی` + hamza → `ي` + hamza → `ئ`): compose and map again until stable.
    let map_items = |items: &[Item]| -> Vec<Item> {
        let next_starter = |k: usize| items[k + 1..].iter().map(|it| it.c).find(|&c| ccc(c) == 0);
        let prev_starter = |k: usize| {
            items[..k]
                .iter()
                .rev()
                .map(|it| it.c)
                .find(|&c| ccc(c) == 0)
        };
        let mut mapped = Vec::with_capacity(items.len());
        for (k, it) in items.iter().enumerate() {
            let word_final =
                kind(it.c) == Kind::PersianYeh && !next_starter(k).is_some_and(is_arabic_letter);
            let between = matches!(
                kind(it.c),
                Kind::DecimalSeparator | Kind::ThousandsSeparator
            ) && prev_starter(k).is_some_and(is_digit)
                && next_starter(k).is_some_and(is_digit);
            if let Some(c) = spec.map(it.c, word_final, between) {
                mapped.push(Item { c, unit: it.unit });
            }
        }
        mapped
    };
    let mut items = map_items(&items);
    if spec.composition {
        // Each round takes a mark, so this stops (`أ` and a run of maddahs: one a round).
        loop {
            let recomposed = order_and_compose(items.clone(), false);
            if recomposed.len() == items.len() {
                break;
            }
            items = map_items(&recomposed);
        }
    }
    let mapped: Vec<OutChar> = items
        .iter()
        .map(|it| OutChar {
            c: it.c,
            unit: units[it.unit].clone(),
        })
        .collect();
    // 6. White space.
    let out = apply_whitespace(spec.whitespace, mapped);
    (out.iter().map(|o| o.c).collect(), out)
}

pub fn apply_whitespace(mode: Whitespace, chars: Vec<OutChar>) -> Vec<OutChar> {
    if mode == Whitespace::Keep {
        return chars;
    }
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if !matches!(chars[i].c, ' ' | '\t') {
            out.push(chars[i].clone());
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && matches!(chars[j].c, ' ' | '\t') {
            j += 1;
        }
        let at_start = i == 0 || matches!(chars[i - 1].c, '\n' | '\r');
        let at_end = j == chars.len() || matches!(chars[j].c, '\n' | '\r');
        let trimmed = mode == Whitespace::CollapseAndTrim && (at_start || at_end);
        if !trimmed {
            let start = chars[i..j].iter().map(|o| o.unit.start).min().unwrap();
            let end = chars[i..j].iter().map(|o| o.unit.end).max().unwrap();
            out.push(OutChar {
                c: ' ',
                unit: start..end,
            });
        }
        i = j;
    }
    out
}

pub fn oracle_camel(spec: &Spec, s: &str) -> String {
    let fixed = s.replace('\u{FDFC}', RIAL).replace('\u{FDFD}', BASMALA);
    let nfkc: String = fixed.nfkc().collect();
    let chars: Vec<char> = nfkc.chars().collect();
    let mut out = String::new();
    for (k, &c) in chars.iter().enumerate() {
        let next = chars[k + 1..].iter().copied().find(|&c| ccc(c) == 0);
        let prev = chars[..k].iter().rev().copied().find(|&c| ccc(c) == 0);
        let word_final = !next.is_some_and(is_arabic_letter);
        let between = prev.is_some_and(is_digit) && next.is_some_and(is_digit);
        if let Some(m) = spec.map(c, word_final, between) {
            out.push(m);
        }
    }
    apply_whitespace(
        spec.whitespace,
        out.chars().map(|c| OutChar { c, unit: 0..0 }).collect(),
    )
    .iter()
    .map(|o| o.c)
    .collect()
}

/// Whether `text` is stable under composition as the configuration applies it: Arabic
/// mark runs in canonical order and composed (NFKC for the compatibility path).
pub fn is_canonical(spec: &Spec, text: &str) -> bool {
    if spec.nfkc {
        return text.nfkc().eq(text.chars());
    }
    if !spec.composition {
        return true;
    }
    let items: Vec<Item> = text.chars().map(|c| Item { c, unit: 0 }).collect();
    order_and_compose(items, true)
        .iter()
        .map(|it| it.c)
        .eq(text.chars())
}

/// Whether the rules delete `c` wherever it stands.
pub fn deleted_alone(spec: &Spec, c: char) -> bool {
    spec.deletes_plain(c)
        || spec.deletes_mark(c)
        || spec.expansion(c).is_some_and(|m| {
            m.chars()
                .all(|x| spec.deletes_plain(x) || spec.deletes_mark(x))
        })
}
