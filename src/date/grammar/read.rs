//! The readers the patterns share: a number, a day, a month name (with its paired name),
//! a year with its era, and the year written after a month.

use super::*;

/// A month name as read at a token.
#[derive(Clone, Copy, Debug)]
pub(super) struct MonthAt {
    pub(super) month: u8,
    pub(super) naming: MonthNaming,
    pub(super) ambiguous: bool,
    /// The byte where the name starts (after a glued proclitic).
    pub(super) start: usize,
    /// The token after the name.
    pub(super) next: usize,
    /// A proclitic `و` was glued to it.
    pub(super) with_and: bool,
    /// `شهر` was glued to it (`شهرماي`, a space lost in scraping).
    pub(super) after_month_word: bool,
}

impl MonthAt {
    /// The month alone, with no day or year (`شهر شتنبر`, `شهر رمضان`).
    pub(super) fn month_only(&self) -> DateValue {
        if self.hijri() {
            let hijri = HijriDate {
                month: Some(self.month),
                ..HijriDate::default()
            };
            DateValue::Hijri {
                hijri,
                gregorian: None,
                converted: false,
            }
        } else {
            DateValue::Gregorian(Date {
                month: Some(self.month),
                ..Date::default()
            })
        }
    }

    pub(super) fn hijri(&self) -> bool {
        self.naming.contains(MonthNaming::HIJRI)
    }
    pub(super) fn libyan(&self) -> bool {
        self.naming.contains(MonthNaming::LIBYAN)
    }
}

/// A year as read at a token, with its era marker.
#[derive(Clone, Copy, Debug)]
pub(super) struct YearAt {
    pub(super) year: i32,
    pub(super) hijri_era: bool,
    pub(super) libyan_era: bool,
    pub(super) end: usize,
    pub(super) next: usize,
}

/// The year written after a month: `2016`, `عام 2016`, `من سنة 1999`, `من العام الماضي`,
/// `من نفس السنة`.
#[derive(Clone, Copy, Debug)]
pub(super) struct YearAfter {
    pub(super) kind: YearPhrase,
    /// A word (`عام`, `سنة`) says it is a year.
    pub(super) worded: bool,
    pub(super) end: usize,
    pub(super) next: usize,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum YearPhrase {
    /// A written year.
    Year(YearAt),
    /// The reference's year and this many years after it (`من العام الماضي`: −1).
    Relative(i32),
    /// The year of the date before it in the text.
    Previous(i32),
}

impl Matcher<'_> {
    /// A number at `k`: its value and digit count.
    pub(super) fn number(&mut self, k: usize) -> Option<(u32, u8)> {
        let token = self.token(k);
        (token.kind == Kind::Number).then_some((token.value, token.digits))
    }

    /// A day of the month (1..=31, at most two digits), not glued to a word before it
    /// other than a proclitic (`كشـ24` is a name, `لـ24` is "on the 24th").
    pub(super) fn day(&mut self, k: usize) -> Option<u8> {
        let token = self.token(k);
        if !token.space_before && k > 0 {
            let before = self.token(k - 1);
            let glued_word = before.kind == Kind::Word
                && !self
                    .text
                    .get(before.start..before.end)
                    .is_some_and(is_proclitic);
            if glued_word {
                return None;
            }
        }
        let (value, digits) = self.number(k)?;
        (digits <= 2 && (1..=31).contains(&value)).then_some(value as u8)
    }

    /// A month name at `k` (one or two words), paired names included.
    pub(super) fn month(&mut self, k: usize) -> Option<MonthAt> {
        let first = self.single_month(k)?;
        // Paired names: `كانون الأول/ديسمبر`, `ديسمبر-دجنبر`, `آب (أغسطس)`.
        let next = first.next;
        let (open, close) = (
            self.is_punct(next, '('),
            self.is_punct(next, '/') || self.is_punct(next, '-'),
        );
        // `16 ماي أيار`: the second name right after the first.
        if let Some(second) = self.single_month(next).filter(|second| {
            second.month == first.month && second.hijri() == first.hijri() && !second.with_and
        }) {
            return Some(MonthAt {
                naming: first.naming.union(second.naming),
                ambiguous: first.ambiguous && second.ambiguous,
                next: second.next,
                ..first
            });
        }
        if open || close {
            if let Some(second) = self.single_month(next + 1) {
                if second.month == first.month && second.hijri() == first.hijri() {
                    let after = if open {
                        if !self.is_punct(second.next, ')') {
                            return Some(first);
                        }
                        second.next + 1
                    } else {
                        second.next
                    };
                    return Some(MonthAt {
                        naming: first.naming.union(second.naming),
                        ambiguous: first.ambiguous && second.ambiguous,
                        next: after,
                        ..first
                    });
                }
            }
        }
        Some(first)
    }

    pub(super) fn single_month(&mut self, k: usize) -> Option<MonthAt> {
        let text = self.word_text(k)?;
        let token = self.token(k);
        let (lex, clitic) = token.reading.month?;
        let clitic = usize::from(clitic);
        let with_and = clitic > 0 && lexicon::folded(text).next() == Some('\u{0648}');
        // `شهرماي`: the glued `شهر` is part of the expression.
        let glued_month_word =
            clitic > 2 && text.get(..clitic).is_some_and(|w| lexicon::is(w, "شهر"));
        let start = if glued_month_word {
            token.start
        } else {
            token.start + clitic
        };
        let at = |month: u8, naming: MonthNaming, ambiguous: bool, next: usize| MonthAt {
            month,
            naming,
            ambiguous,
            start,
            next,
            with_and,
            after_month_word: glued_month_word,
        };
        match lex {
            Lex::Month {
                month,
                naming,
                ambiguous,
            } => {
                if naming == MonthNaming::LIBYAN && !self.libyan_allowed(k + 1) {
                    return None;
                }
                Some(at(month, naming, ambiguous, k + 1))
            }
            Lex::MonthHead(head) => {
                let second = self.lex(k + 1);
                let number = self.number(k + 1).map(|(v, _)| v);
                let (first_ord, second_ord, last_ord) = (
                    second == Some(Lex::Keyword(K::FirstOrdinal)) || number == Some(1),
                    second == Some(Lex::Keyword(K::SecondOrdinal)) || number == Some(2),
                    second == Some(Lex::Keyword(K::LastOrdinal)),
                );
                let (month, naming) = match head {
                    Head::Kanun if second_ord => (1, MonthNaming::LEVANTINE),
                    Head::Kanun if first_ord => (12, MonthNaming::LEVANTINE),
                    Head::Tishrin if first_ord => (10, MonthNaming::LEVANTINE),
                    Head::Tishrin if second_ord => (11, MonthNaming::LEVANTINE),
                    Head::Rabi if first_ord => (3, MonthNaming::HIJRI),
                    Head::Rabi if second_ord || last_ord => (4, MonthNaming::HIJRI),
                    Head::Jumada if first_ord => (5, MonthNaming::HIJRI),
                    Head::Jumada if second_ord || last_ord => (6, MonthNaming::HIJRI),
                    Head::Ay
                        if self.libyan_allowed(k + 2)
                            && self
                                .word_text(k + 1)
                                .is_some_and(|w| lexicon::is(w, "النار")) =>
                    {
                        (1, MonthNaming::LIBYAN)
                    }
                    _ => return None,
                };
                Some(at(month, naming, false, k + 2))
            }
            // `الفاتح`, the Libyan September (otherwise "the first of").
            Lex::Keyword(K::FirstOfMonth)
                if clitic == 0 && lexicon::is(text, "الفاتح") && self.libyan_allowed(k + 1) =>
            {
                Some(at(9, MonthNaming::LIBYAN, true, k + 1))
            }
            Lex::Keyword(K::Dhu) => {
                let second = self.word_text(k + 1)?;
                let month = if lexicon::is(second, lexicon::DHU_QADA) {
                    11
                } else if lexicon::is(second, lexicon::DHU_HIJJA) {
                    12
                } else {
                    return None;
                };
                Some(at(month, MonthNaming::HIJRI, false, k + 2))
            }
            _ => None,
        }
    }

    /// Whether a Libyan month name ending before token `k` may be read: with the option,
    /// or when a year of the Libyan era (`1377 و.ر`) follows it.
    pub(super) fn libyan_allowed(&mut self, k: usize) -> bool {
        self.finder.libyan || self.year(k).is_some_and(|y| y.libyan_era)
    }

    /// A four-digit year at `k`, with an era marker after it.
    pub(super) fn year(&mut self, k: usize) -> Option<YearAt> {
        let (value, digits) = self.number(k)?;
        if digits != 4 {
            return None;
        }
        let mut found = YearAt {
            year: value as i32,
            hijri_era: false,
            libyan_era: false,
            end: self.token(k).end,
            next: k + 1,
        };
        match self.lex(k + 1) {
            Some(Lex::Keyword(K::HijriEra)) => found.hijri_era = true,
            Some(Lex::Keyword(K::Gregorian)) => {}
            _ => {
                // `و.ر`: the Libyan era.
                if self.lex(k + 1) == Some(Lex::Keyword(K::And))
                    && self.clitic(k + 1) == 0
                    && self.is_punct(k + 2, '.')
                    && self.word_text(k + 3).is_some_and(|w| lexicon::is(w, "ر"))
                {
                    found.libyan_era = true;
                    found.end = self.token(k + 3).end;
                    found.next = k + 4;
                }
                return Some(found);
            }
        }
        found.end = self.token(k + 1).end;
        found.next = k + 2;
        Some(found)
    }

    /// The year written after a month at `k`; see [`YearAfter`].
    pub(super) fn year_phrase(&mut self, k: usize) -> Option<YearAfter> {
        if let Some(year) = self.year(k) {
            return Some(YearAfter {
                kind: YearPhrase::Year(year),
                worded: false,
                end: year.end,
                next: year.next,
            });
        }
        // `10 ديسمبر، 2015`: the year after a comma.
        if self.is_punct(k, '،') || self.is_punct(k, ',') {
            let year = self
                .year(k + 1)
                .filter(|y| (1900..=2100).contains(&y.year) && !y.hijri_era)?;
            return Some(YearAfter {
                kind: YearPhrase::Year(year),
                worded: false,
                end: year.end,
                next: year.next,
            });
        }
        let at = if self.is_kw(k, K::From) { k + 1 } else { k };
        let worded = |kind: YearPhrase, end: usize, next: usize| YearAfter {
            kind,
            worded: true,
            end,
            next,
        };
        match self.lex(at) {
            Some(Lex::Keyword(K::Year | K::TheYear)) => {
                if let Some(year) = self.year(at + 1) {
                    return Some(worded(YearPhrase::Year(year), year.end, year.next));
                }
                if !self.is_kw(at, K::TheYear) {
                    return None;
                }
                let end = self.token(at + 1).end;
                if let Some(direction) = self.direction(at + 1) {
                    return Some(worded(
                        YearPhrase::Relative(i32::from(direction)),
                        end,
                        at + 2,
                    ));
                }
                if self.is_kw(at + 1, K::Itself) {
                    let year = self.previous?.year?;
                    return Some(worded(YearPhrase::Previous(year), end, at + 2));
                }
                None
            }
            Some(Lex::Keyword(K::Same)) if self.is_kw(at + 1, K::TheYear) => {
                let year = self.previous?.year?;
                let end = self.token(at + 1).end;
                Some(worded(YearPhrase::Previous(year), end, at + 2))
            }
            Some(Lex::Keyword(K::This)) if self.is_kw(at + 1, K::TheYear) => {
                let end = self.token(at + 1).end;
                Some(worded(YearPhrase::Relative(0), end, at + 2))
            }
            _ => None,
        }
    }

    /// Whether a Gregorian year is plausible in news text.
    pub(super) fn plausible_gregorian(year: i32) -> bool {
        (1000..=2200).contains(&year)
    }
}

/// Whether a word is only proclitics (`و`, `لـ`, `وب`), the article (`الـ14`) or `في`
/// (`في19 أبريل`): a number glued to it is a day.
fn is_proclitic(word: &str) -> bool {
    let letters = lexicon::folded(word);
    let count = letters.clone().count();
    let clitics = (1..=2).contains(&count)
        && letters.clone().all(|c| {
            matches!(
                c,
                '\u{0648}' | '\u{0641}' | '\u{0628}' | '\u{0644}' | '\u{0643}'
            )
        });
    clitics || lexicon::is(word, "ال") || lexicon::is(word, "في") || lexicon::is(word, "وفي")
}
