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
        if year.is_none() && month.ambiguous {
            // `رمضان` after a number with no year: too weak.
            return None;
        }
        let year_value = year.map(|y| y.year);
        let hijri = HijriDate {
            year: year_value,
            month: Some(month.month),
            day: Some(day),
        };
        let convert = |date: HijriDate| -> Option<Date> {
            let (year, month, day) = (date.year?, date.month?, date.day?);
            // Day 30 of a 29-day tabular month is the next day: sighting differs by a day.
            let (gy, gm, gd) = civil_from_days(days_from_hijri(year, month, day));
            Some(Date::ymd(gy, gm, gd))
        };
        if let Some(from) = range_from {
            let first = HijriDate {
                day: Some(from),
                ..hijri
            };
            let gregorian = convert(first).zip(convert(hijri));
            let value = DateValue::HijriRange {
                first,
                last: hijri,
                gregorian,
            };
            return Some(self.found(start..end, after, value, month.naming));
        }
        // The Gregorian equivalent in parentheses: `(29 يوليوز 2011)`.
        if self.is_punct(after, '(') {
            if let Some(inner) = self.day_first(after + 1) {
                if let (DateValue::Gregorian(date), true) =
                    (inner.value, self.is_punct(inner.next, ')'))
                {
                    let end = self.token(inner.next).end;
                    let value = DateValue::Hijri {
                        hijri,
                        gregorian: Some(date),
                        converted: false,
                    };
                    return Some(self.found(
                        start..end,
                        inner.next + 1,
                        value,
                        month.naming.union(inner.naming),
                    ));
                }
            }
        }
        let gregorian = convert(hijri);
        let value = DateValue::Hijri {
            hijri,
            gregorian,
            converted: gregorian.is_some(),
        };
        Some(self.found(start..end, after, value, month.naming))
    }

    /// A Libyan date: day, Libyan month, year (Jamahiriya era with `و.ر` or below 1500).
    pub(super) fn libyan_date(&mut self, start: usize, day: u8, month: MonthAt) -> Option<Found> {
        if !self.finder.libyan {
            return None;
        }
        let year = self.year(month.next)?;
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
    /// `يوليوز وغشت 2019`, `شتنبر الماضي`, `شوال 1435`.
    pub(super) fn month_first(&mut self, k: usize, after_month_word: bool) -> Option<Found> {
        let month = self.month(k)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return None;
        }
        let start = month.start;
        let mut next = month.next;
        // A relative word: `شتنبر الماضي`.
        if !month.hijri() {
            let direction = match self.lex(next) {
                Some(Lex::Keyword(K::Last)) => Some(-1),
                Some(Lex::Keyword(K::Next)) => Some(1),
                Some(Lex::Keyword(K::Current)) => Some(0),
                _ => None,
            };
            if let Some(direction) = direction {
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
        // A second month: `يوليوز وغشت 2019`, `يوليوز و غشت 2019`, `يونيو-يوليو 2019`.
        let mut second = None;
        if !month.hijri() {
            if let Some(m2) = self.single_month(next).filter(|m| m.with_and && !m.hijri()) {
                second = Some(m2);
            } else if self.is_kw(next, K::And)
                || self.is_kw(next, K::To)
                || self.is_punct(next, '-')
            {
                second = self
                    .single_month(next + 1)
                    .filter(|m| !m.hijri() && m.month != month.month);
            }
            if let Some(m2) = second {
                next = m2.next;
            }
        }
        let Some(year) = self.year(next) else {
            // A bare month name, reported only when asked, and never an ambiguous one.
            if !self.finder.bare_months || month.ambiguous || second.is_some() || month.libyan() {
                return None;
            }
            let end = self.token(month.next - 1).end;
            let value = month.month_only();
            return Some(self.found(start..end, month.next, value, month.naming));
        };
        if month.hijri() {
            // `رمضان 1435` needs `هـ` or `شهر` before it: `رمضان` is also a name.
            if !(1..=1600).contains(&year.year)
                || (month.ambiguous && !year.hijri_era && !after_month_word)
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
            return Some(self.found(start..year.end, year.next, value, month.naming));
        }
        if !Self::plausible_gregorian(year.year) || year.hijri_era {
            return None;
        }
        let value = match second {
            Some(m2) => {
                let first_year = if month.month > m2.month {
                    year.year - 1
                } else {
                    year.year
                };
                DateValue::Range(
                    Date::ym(first_year, month.month),
                    Date::ym(year.year, m2.month),
                )
            }
            None => DateValue::Gregorian(Date::ym(year.year, month.month)),
        };
        let naming = second.map_or(month.naming, |m2| month.naming.union(m2.naming));
        Some(self.found(start..year.end, year.next, value, naming))
    }

    /// `شهر شتنبر`, `شهر شتنبر 2011`, `شهر رمضان`, `شهر شتنبر الماضي`.
    pub(super) fn month_word(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let month = self.month(k + 1)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return None;
        }
        if let Some(mut inner) = self.month_first(k + 1, true) {
            inner.span.start = start;
            return Some(inner);
        }
        let end = self.token(month.next - 1).end;
        let value = month.month_only();
        Some(self.found(start..end, month.next, value, month.naming))
    }
}
