//! Expressions that start with a month name or `شهر`, Hijri and Libyan dates.

use super::*;

impl Matcher<'_> {
    /// A Hijri date after the day: `27 شعبان 1432`, `27 من شعبان 1432 (29 يوليوز 2011)`,
    /// `1 و2 محرم 1436`.
    pub(super) fn hijri_tail(
        &mut self,
        start: usize,
        range_from: Option<u8>,
        day: u8,
        month: MonthAt,
    ) -> Option<Found> {
        let next = month.next;
        let year = self.year(next).filter(|y| (1..=1600).contains(&y.year));
        let (end, after) = match year {
            Some(y) => (y.end, y.next),
            None => (self.token(next - 1).end, next),
        };
        // `رمضان` after a number with no year is too weak, but for `من` or `شهر` before it
        // (`الرابعة عشرة من رمضان`, `الـ20 من شهر رمضان`) or a day that stands where
        // dates stand (`في 15 شعبان`).
        let before = month.next.saturating_sub(2);
        let introduced = month.next >= 2
            && (matches!(self.lex(before), Some(Lex::Keyword(K::From | K::Month)))
                || (self.number(before).is_some() && self.day_can_stand(before)));
        if year.is_none() && month.ambiguous && !introduced {
            return None;
        }
        let year_value = year.map(|y| y.year);
        let hijri = HijriDate {
            year: year_value,
            month: Some(month.month),
            day: Some(day),
        };
        if let Some(from) = range_from {
            let first = HijriDate {
                day: Some(from),
                ..hijri
            };
            let gregorian = hijri_to_gregorian(first).zip(hijri_to_gregorian(hijri));
            let value = DateValue::HijriRange {
                first,
                last: hijri,
                gregorian,
            };
            return Some(self.found(start..end, after, value, month.naming));
        }
        Some(self.hijri_found(start..end, after, hijri, month.naming))
    }

    /// A Libyan date: day, Libyan month, year (Jamahiriya era with `و.ر` or below 1500).
    pub(super) fn libyan_date(&mut self, start: usize, day: u8, month: MonthAt) -> Option<Found> {
        let year = self.year(month.next)?;
        if !self.finder.libyan && !year.libyan_era {
            return None;
        }
        let gregorian = if year.libyan_era || year.year < 1500 {
            year.year + 632
        } else {
            year.year
        };
        let date = Date::ymd(gregorian, month.month, day);
        Some(self.found(
            start..year.end,
            year.next,
            DateValue::Gregorian(date),
            month.naming,
        ))
    }

    /// Expressions that start with a month name: `شتنبر 2011`, `كانون الأول/ديسمبر 2014`,
    /// `نونبر عام 2016`, `يوليوز من العام الماضي`, `يوليوز وغشت 2019` (two dates),
    /// `يونيو-يوليو 2019` (a range), `شتنبر الماضي`, `شوال 1435`.
    pub(super) fn month_first(&mut self, k: usize, after_month_word: bool) -> Option<Found> {
        let month = self.month(k)?;
        // `شهرماي` reads as `شهر ماي`.
        let after_month_word = after_month_word || month.after_month_word;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            // `شهر الكانون 1376 و.ر`: a month of a year of the Libyan era.
            let year = self.year(month.next).filter(|y| y.libyan_era)?;
            let value = DateValue::Gregorian(Date::ym(year.year + 632, month.month));
            return Some(self.found(month.start..year.end, year.next, value, month.naming));
        }
        let start = month.start;
        let mut next = month.next;
        // A relative word: `شتنبر الماضي`; with the year written after it, the written
        // month (`شهر افريل المقبل 2017`).
        // The year must be one the relative word can mean: next to the reference's, or a
        // modern year without one (`ديسمبر الماضي 1257 سائحا` counts tourists).
        let reference_year = self.finder.reference.and_then(|r| r.year);
        let year_after_relative = self.year(next + 1).filter(|y| {
            let near = match reference_year {
                Some(reference) => (y.year - reference).abs() <= 1,
                None => (1900..=2100).contains(&y.year),
            };
            near && !y.hijri_era
        });
        if let (Some(_), Some(year)) = (self.direction(next), year_after_relative) {
            if !month.hijri() {
                let value = DateValue::Gregorian(Date::ym(year.year, month.month));
                return Some(self.found(start..year.end, year.next, value, month.naming));
            }
        }
        if !month.hijri() {
            if let Some(direction) = self.direction(next) {
                let relative = Relative::NamedMonth {
                    month: month.month,
                    direction,
                };
                let (value, kind) = self.resolve(relative);
                let end = self.token(next).end;
                return Some(Found {
                    span: start..end,
                    next: next + 1,
                    value,
                    kind,
                    naming: month.naming,
                    weekday: None,
                    relative: Some(relative),
                    invalid: None,
                });
            }
        }
        // A Hijri month with a relative word: `رمضان المقبل`, `شوال الماضي`.
        if month.hijri() {
            if let Some(direction) = self.direction(next) {
                let relative = Relative::HijriMonth {
                    month: month.month,
                    direction,
                };
                let (value, kind) = self.resolve(relative);
                let end = self.token(next).end;
                let mut found = self.found(start..end, next + 1, value, month.naming);
                found.kind = kind;
                found.relative = Some(relative);
                return Some(found);
            }
        }
        // More months: `مارس وأبريل وماي 2018` (each its own date), `يونيو-يوليو 2019`
        // (a range).
        let mut range_to = None;
        let mut coordinated: [Option<MonthAt>; COORDINATED] = [None; COORDINATED];
        let mut count = 0;
        if !month.hijri() {
            let glued_and = self.single_month(next).filter(|m| m.with_and);
            if self.is_kw(next, K::To)
                || self.is_punct(next, '-')
                || (self.between && (self.is_kw(next, K::And) || glued_and.is_some()))
            {
                range_to = glued_and
                    .or_else(|| self.single_month(next + 1))
                    .filter(|m| !m.hijri() && m.month != month.month);
                if let Some(m2) = range_to {
                    next = m2.next;
                }
            } else {
                loop {
                    let later = match self.single_month(next) {
                        Some(m) if m.with_and => Some(m),
                        _ if self.is_kw(next, K::And) => self.single_month(next + 1),
                        _ => None,
                    };
                    let Some(later) = later.filter(|m| !m.hijri() && !m.libyan()) else {
                        break;
                    };
                    let slot = coordinated.get_mut(count)?;
                    *slot = Some(later);
                    count += 1;
                    next = later.next;
                }
            }
        }
        let Some(phrase) = self.year_phrase(next) else {
            return self.months_without_year(
                month,
                range_to,
                crate::checked::prefix(&coordinated, count),
                next,
                after_month_word,
            );
        };
        let (end, after) = (phrase.end, phrase.next);
        if month.hijri() {
            let YearPhrase::Year(year) = phrase.kind else {
                return None;
            };
            // `رمضان 1435` needs `هـ`, `عام` or `شهر`: `رمضان` is also a name.
            if !(1..=1600).contains(&year.year)
                || (month.ambiguous && !year.hijri_era && !after_month_word && !phrase.worded)
            {
                return None;
            }
            let hijri = HijriDate {
                year: Some(year.year),
                month: Some(month.month),
                day: None,
            };
            let value = DateValue::Hijri {
                hijri,
                gregorian: None,
                converted: false,
            };
            return Some(self.found(start..end, after, value, month.naming));
        }
        let template = match phrase.kind {
            YearPhrase::Year(year) => {
                if !Self::plausible_gregorian(year.year) || year.hijri_era {
                    return None;
                }
                self.found(
                    start..end,
                    after,
                    DateValue::Gregorian(Date::ym(year.year, month.month)),
                    month.naming,
                )
            }
            YearPhrase::Relative(years) => {
                let relative = Relative::Years(years);
                let (value, kind) = self.resolve(relative);
                let value = match value {
                    DateValue::Gregorian(date) => DateValue::Gregorian(Date {
                        month: Some(month.month),
                        ..date
                    }),
                    other => other,
                };
                let mut found = self.found(start..end, after, value, month.naming);
                found.kind = kind;
                found.relative = Some(relative);
                found
            }
            YearPhrase::Previous(year) => {
                let mut found = self.found(
                    start..end,
                    after,
                    DateValue::Gregorian(Date::ym(year, month.month)),
                    month.naming,
                );
                found.kind = DateKind::Inferred;
                found
            }
        };
        self.spread_months(
            template,
            month,
            range_to,
            crate::checked::prefix(&coordinated, count),
        )
    }

    /// Months named with no year: a bare name where asked (`bare_months`, never an
    /// ambiguous name), or after `شهر`, `خلال` or a part of a period (`after_month_word`:
    /// `خلال شهري جويلية وأوت`, `منتصف أغسطس`). After `في` a month alone is too weak
    /// (`تكثر الأمطار في نونبر ودجنبر` names no particular year).
    fn months_without_year(
        &mut self,
        month: MonthAt,
        range_to: Option<MonthAt>,
        coordinated: &[Option<MonthAt>],
        next: usize,
        after_month_word: bool,
    ) -> Option<Found> {
        let asked = self.finder.bare_months && !month.ambiguous;
        if !(asked || after_month_word) || month.libyan() {
            return None;
        }
        if month.hijri() {
            if range_to.is_some() || !coordinated.is_empty() {
                return None;
            }
            let end = self.token(month.next - 1).end;
            return Some(self.found(
                month.start..end,
                month.next,
                month.month_only(),
                month.naming,
            ));
        }
        let end = self.token(next - 1).end;
        let template = self.found(month.start..end, next, month.month_only(), month.naming);
        self.spread_months(template, month, range_to, coordinated)
    }

    /// The dates of a month expression read up to its year (`template`, with the last
    /// month's value): one month, a range (`يونيو-يوليو 2019`), or one date per month of
    /// a coordination (`مارس وأبريل وماي 2018`), the first returned and the others queued.
    fn spread_months(
        &mut self,
        mut template: Found,
        month: MonthAt,
        range_to: Option<MonthAt>,
        coordinated: &[Option<MonthAt>],
    ) -> Option<Found> {
        let start = template.span.start;
        let (end, after) = (template.span.end, template.next);
        let count = coordinated.len();
        let DateValue::Gregorian(last_date) = template.value else {
            return None;
        };
        if let Some(m2) = range_to {
            let first_year = match last_date.year {
                Some(year) if month.month > m2.month => Some(year - 1),
                year => year,
            };
            template.value = DateValue::Range(
                Date {
                    year: first_year,
                    month: Some(month.month),
                    day: None,
                },
                Date {
                    month: Some(m2.month),
                    ..last_date
                },
            );
            template.naming = month.naming.union(m2.naming);
            return Some(template);
        }
        if count == 0 {
            return Some(template);
        }
        // Each month of the coordination is a date: the last one carries the year.
        let with_month = |found: &Found, m: MonthAt, span: Range<usize>, next: usize| Found {
            span,
            next,
            value: DateValue::Gregorian(Date {
                month: Some(m.month),
                ..last_date
            }),
            naming: m.naming,
            ..found.clone()
        };
        let first_end = self.token(month.next - 1).end;
        let first = with_month(&template, month, start..first_end, after);
        for index in 0..count {
            let Some(Some(m)) = coordinated.get(index).copied() else {
                break;
            };
            let span_end = if index + 1 == count {
                end
            } else {
                self.token(m.next - 1).end
            };
            let later = with_month(&template, m, m.start..span_end, after);
            if !self.push_pending(later) {
                self.clear_pending();
                return None;
            }
        }
        Some(first)
    }

    /// `خلال أوت`, `خلال شهر أوت` (the second from `شهر`): a month in a period, the one
    /// nearest the reference when the text gives no year.
    pub(super) fn month_after_during(&mut self, k: usize) -> Option<Found> {
        if self.is_kw(k, K::Month) {
            return None;
        }
        let month = self.month(k)?;
        if month.libyan() {
            return None;
        }
        // `خلال رمضان 1440`, `خلال رمضان`.
        self.month_first(k, true)
    }

    /// `شهر شتنبر`, `شهر شتنبر 2011`, `شهر رمضان`, `شهر شتنبر الماضي`.
    pub(super) fn month_word(&mut self, k: usize) -> Option<Found> {
        // `أول أيام شهر رمضان`: a holiday named, not a date written.
        if k > 0 && matches!(self.lex(k - 1), Some(Lex::Unit(Unit::Day, _))) {
            return None;
        }
        let start = self.token(k).start;
        let month = self.month(k + 1)?;
        if let Some(mut inner) = self.month_first(k + 1, true) {
            inner.span.start = start;
            return Some(inner);
        }
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return None;
        }
        let end = self.token(month.next - 1).end;
        let value = month.month_only();
        Some(self.found(start..end, month.next, value, month.naming))
    }
}
