//! Numeric dates (`17/12/2014`) and years (`سنة 2011`).

use super::*;

impl Matcher<'_> {
    /// `17/12/2014`, `17-12-2014`, `17.12.2014` (day first), `2014-12-17`: no spaces, a
    /// four-digit year, and not a law or decree number.
    pub(super) fn numeric(&mut self, k: usize) -> Option<Found> {
        let sep = match self.token(k + 1).kind {
            Kind::Punct(c @ ('/' | '-' | '.')) => c,
            _ => return None,
        };
        if k > 0 && matches!(self.lex(k - 1), Some(Lex::Keyword(K::Number | K::LawWord))) {
            return None;
        }
        // Two years: `2018-2019`, `2015 / 2016`.
        if let Some(found) = self.season(k, sep) {
            return Some(found);
        }
        if self.token(k + 1).space_before || self.token(k + 2).space_before {
            return None;
        }
        if !self.is_punct(k + 3, sep) || self.token(k + 3).space_before {
            return None;
        }
        if self.token(k + 4).space_before {
            return None;
        }
        let (a, a_digits) = self.number(k)?;
        let (b, b_digits) = self.number(k + 2)?;
        let (c, c_digits) = self.number(k + 4)?;
        // A fourth part (`1.2.3.4`, a version or an address) is not a date.
        if self.token(k + 5).kind == Kind::Punct(sep)
            && !self.token(k + 5).space_before
            && self.number(k + 6).is_some()
        {
            return None;
        }
        let (year, month, day) = if a_digits <= 2 && b_digits <= 2 && c_digits == 4 {
            (c as i32, b as u8, a as u8)
        } else if a_digits == 4 && b_digits <= 2 && c_digits <= 2 {
            (a as i32, b as u8, c as u8)
        } else {
            return None;
        };
        if !(1..=12).contains(&month) {
            return None;
        }
        let start = self.token(k).start;
        // A Hijri date: `22-04-1436 هـ`, `1436/4/22هـ`, or a year no Gregorian date of
        // news has.
        let era = self.lex(k + 5);
        if era == Some(Lex::Keyword(K::HijriEra)) || (1300..=1500).contains(&year) {
            let (end, next) = if era == Some(Lex::Keyword(K::HijriEra)) {
                (self.token(k + 5).end, k + 6)
            } else {
                (self.token(k + 4).end, k + 5)
            };
            let hijri = HijriDate {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            };
            return Some(self.hijri_found(start..end, next, hijri, MonthNaming::NONE));
        }
        if !Self::plausible_gregorian(year) {
            return None;
        }
        // `11-02-2015م`: the Gregorian era mark.
        let (end, next) = if self.lex(k + 5) == Some(Lex::Keyword(K::Gregorian)) {
            (self.token(k + 5).end, k + 6)
        } else {
            (self.token(k + 4).end, k + 5)
        };
        Some(self.found(
            start..end,
            next,
            DateValue::Gregorian(Date::ymd(year, month, day)),
            MonthNaming::NONE,
        ))
    }

    /// Two years of a season or a period: `2018-2019`, `2019/2020` (the second the year
    /// after the first).
    fn season(&mut self, k: usize, sep: char) -> Option<Found> {
        if sep == '.' {
            return None;
        }
        let (a, a_digits) = self.number(k)?;
        let (b, b_digits) = self.number(k + 2)?;
        if a_digits != 4 || b_digits != 4 || b <= a || !(1900..=2100).contains(&a) {
            return None;
        }
        // A season (`2018-2019`) or a plan (`2015-2019`): a few years apart, written
        // together; a span of a life or a reign in parentheses (`(1954-1989)`); spaced,
        // only a season (`2015 / 2016`).
        let spaced = self.token(k + 1).space_before || self.token(k + 2).space_before;
        let enclosed = k > 0 && self.is_punct(k - 1, '(') && self.is_punct(k + 3, ')');
        let apart = b - a;
        let fits = if spaced {
            apart == 1
        } else {
            apart <= 10 || (enclosed && apart <= 120)
        };
        if !fits {
            return None;
        }
        // Not a third part (`2018-2019-2020`).
        if matches!(self.token(k + 3).kind, Kind::Punct('/' | '-')) && self.number(k + 4).is_some()
        {
            return None;
        }
        let start = self.token(k).start;
        let end = self.token(k + 2).end;
        Some(self.found(
            start..end,
            k + 3,
            DateValue::Range(Date::y(a as i32), Date::y(b as i32)),
            MonthNaming::NONE,
        ))
    }

    /// A year with nothing but its context: `في 2008`, `منذ 2011`, `خلال 2015`, or an era
    /// mark (`1989م`). Only years of recent history (1900–2100) after a preposition.
    pub(super) fn bare_year(&mut self, k: usize) -> Option<Found> {
        if !self.finder.year_only {
            return None;
        }
        let year = self.year(k)?;
        // `1989م`, but not `3551 م د` (millions of dinars).
        let marked = self.lex(k + 1) == Some(Lex::Keyword(K::Gregorian))
            && (1000..=2100).contains(&year.year)
            && !self.word_text(k + 2).is_some_and(|w| lexicon::is(w, "د"));
        if year.libyan_era {
            return None;
        }
        // `لموسم 1437 هجري`: a Hijri year says what it is.
        if year.hijri_era {
            if !(1..=1600).contains(&year.year) {
                return None;
            }
            let start = self.token(k).start;
            let value = DateValue::Hijri {
                hijri: HijriDate {
                    year: Some(year.year),
                    ..HijriDate::default()
                },
                gregorian: None,
                converted: false,
            };
            return Some(self.found(start..year.end, year.next, value, MonthNaming::NONE));
        }
        if !marked {
            if !(1900..=2100).contains(&year.year) || k == 0 {
                return None;
            }
            let after_preposition = matches!(
                self.lex(k - 1),
                Some(Lex::Keyword(
                    K::Since
                        | K::During
                        | K::To
                        | K::Before
                        | K::After
                        | K::Between
                        | K::Born
                        | K::PartOf
                        | K::From
                ))
            ) || self.is_kw(k - 1, K::In)
                || (k >= 2
                // `في 1995 و 1999`: a year after another.
                && self.is_kw(k - 1, K::And)
                && self.year(k - 2).is_some_and(|y| (1900..=2100).contains(&y.year)));
            // `(2005)`: a year alone in parentheses.
            let enclosed = self.is_punct(k - 1, '(') && self.is_punct(k + 1, ')');
            if enclosed {
                let start = self.token(k).start;
                return Some(self.found(
                    start..year.end,
                    year.next,
                    DateValue::Gregorian(Date::y(year.year)),
                    MonthNaming::NONE,
                ));
            }
            // `في 2000 مدرسة`: a count, not a year, when a noun follows with no break.
            let next = self.token(k + 1);
            let counted = next.kind == Kind::Word
                && self.lex(k + 1).is_none()
                && !next.line_before
                && self
                    .word_text(k + 1)
                    .is_some_and(|w| !starts_like_a_verb(w) && !introduced(w));
            if !after_preposition || counted {
                return None;
            }
        }
        let start = self.token(k).start;
        Some(self.found(
            start..year.end,
            year.next,
            DateValue::Gregorian(Date::y(year.year)),
            MonthNaming::NONE,
        ))
    }

    /// An event named with its year: `يورو 2016`, `كأس إفريقيا 2017`, `مهرجان البندقية
    /// السينمائي 2016` (a few words between the name and the year).
    pub(super) fn named_with_year(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        for at in k + 1..k + 6 {
            match self.token(at).kind {
                // `كأس العرش في 2008`: the year of a title won, not of the name.
                Kind::Word if self.lex(at).is_none() => continue,
                Kind::Number => {
                    let year = self.year(at).filter(|y| {
                        (1900..=2100).contains(&y.year) && !y.hijri_era && !y.libyan_era
                    })?;
                    let mut found = self.found(
                        start..year.end,
                        year.next,
                        DateValue::Gregorian(Date::y(year.year)),
                        MonthNaming::NONE,
                    );
                    found.kind = DateKind::NamedEvent;
                    return Some(found);
                }
                _ => return None,
            }
        }
        None
    }

    /// Two years: `بين 2010 و2014`, `من 2010 إلى 2014` (`k` is the first year).
    pub(super) fn year_range(&mut self, k: usize, between: bool) -> Option<Found> {
        // `بين سنة 2002 و 2013`, `من سنة 2017 إلى سنة 2019`.
        let k = if self.is_kw(k, K::Year) { k + 1 } else { k };
        let first = self.year(k)?;
        let joined = if between {
            self.is_kw(first.next, K::And)
        } else {
            self.is_kw(first.next, K::To)
        };
        if !joined || first.hijri_era {
            return None;
        }
        let second = if self.is_kw(first.next + 1, K::Year) {
            first.next + 2
        } else {
            first.next + 1
        };
        let last = self.year(second)?;
        if last.year <= first.year
            || !(1900..=2100).contains(&first.year)
            || !(1900..=2100).contains(&last.year)
        {
            return None;
        }
        let start = self.token(k).start;
        Some(self.found(
            start..last.end,
            last.next,
            DateValue::Range(Date::y(first.year), Date::y(last.year)),
            MonthNaming::NONE,
        ))
    }

    /// `سنة 2011`, `عام 2013`, `سنة 1436 هـ`.
    pub(super) fn year_only(&mut self, k: usize) -> Option<Found> {
        if !self.finder.year_only {
            return None;
        }
        let mut start = self.token(k).start;
        // `سنة 2016-2017`, `سنتي 2016-2017`: a season.
        if let Kind::Punct(sep @ ('/' | '-')) = self.token(k + 2).kind {
            if let Some(mut season) = self.season(k + 1, sep) {
                season.span.start = start;
                return Some(season);
            }
        }
        // `العام المالي 2019`, `السنة الدراسية 2017`: the kind of year stays out.
        let year = match self.year(k + 1) {
            Some(year) => year,
            None if self.token(k + 1).kind == Kind::Word && self.lex(k + 1).is_none() => {
                // `السنة المالية 2015/2016`: a season.
                if let Kind::Punct(sep @ ('/' | '-')) = self.token(k + 3).kind {
                    if let Some(season) = self.season(k + 2, sep) {
                        return Some(season);
                    }
                }
                let year = self.year(k + 2)?;
                start = self.token(k + 2).start;
                year
            }
            None => return None,
        };
        if year.hijri_era {
            if !(1..=1600).contains(&year.year) {
                return None;
            }
            let hijri = HijriDate {
                year: Some(year.year),
                ..HijriDate::default()
            };
            let value = DateValue::Hijri {
                hijri,
                gregorian: None,
                converted: false,
            };
            return Some(self.found(start..year.end, year.next, value, MonthNaming::NONE));
        }
        if !Self::plausible_gregorian(year.year) {
            return None;
        }
        Some(self.found(
            start..year.end,
            year.next,
            DateValue::Gregorian(Date::y(year.year)),
            MonthNaming::NONE,
        ))
    }
}

/// Whether a word starts with the article or a preposition (`بنسبة`, `الى`, `للمرة`):
/// no counted noun does.
fn introduced(word: &str) -> bool {
    let mut letters = lexicon::folded(word);
    matches!(
        (letters.next(), letters.next()),
        (Some('\u{0627}'), Some('\u{0644}'))
            | (
                Some('\u{0628}' | '\u{0644}' | '\u{0643}' | '\u{0648}' | '\u{0641}'),
                _
            )
    )
}

/// Whether a word after a number looks like a verb (`في 2015 تم`, `في 2008 قرر`), so the
/// number is no count of it: the prefixes of the past and present tenses.
fn starts_like_a_verb(word: &str) -> bool {
    let mut letters = lexicon::folded(word);
    let first = letters.next();
    let count = lexicon::folded(word).count();
    // `تم`, `كان`, `بلغ`: short words are most often verbs or particles.
    count <= 3
        || matches!(
            first,
            Some('\u{064A}' | '\u{062A}' | '\u{0627}' | '\u{0646}')
        )
}
