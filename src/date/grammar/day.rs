//! Expressions that start with a day: `17 دجنبر 2014`, `فاتح ماي`, ranges of days.

use super::*;

impl Matcher<'_> {
    /// `فاتح ماي`, `الفاتح من نوفمبر 1954`: the first day of the month.
    pub(super) fn first_of_month(&mut self, k: usize) -> Option<Found> {
        let mut next = k + 1;
        if self.is_kw(next, K::From) {
            next += 1;
        }
        self.single_month(next)?;
        let start = self.token(k).start;
        let found = self.day_month_tail(start, None, 1, next)?;
        (!matches!(
            found.value,
            DateValue::Range(..) | DateValue::HijriRange { .. }
        ))
        .then_some(found)
    }

    /// Expressions that start with a day number: `17 دجنبر 2014`, `27 شعبان 1432 (29
    /// يوليوز 2011)`, `12 إلى 15 يوليوز 2019`, `25 و26 يونيو 2019`,
    /// `08 يونيو و08 يوليوز 2019`.
    pub(super) fn day_first(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let day = self.day(k)?;
        let mut next = k + 1;
        // `27 من شعبان`
        if self.is_kw(next, K::From) {
            next += 1;
        }
        if self.single_month(next).is_some() {
            return self.day_month_tail(start, None, day, next);
        }
        // A range of days in one month: `12 إلى 15 يوليوز`, `25 و26 يونيو`, `12-15 يوليوز`.
        let joined =
            self.is_kw(next, K::To) || self.is_kw(next, K::And) || self.is_punct(next, '-');
        if joined {
            if let Some(last) = self.day(next + 1) {
                return self.day_month_tail(start, Some(day), last, next + 2);
            }
        }
        None
    }

    /// After the day (and an optional first day of a range): the month, the year, and the
    /// rest.
    pub(super) fn day_month_tail(
        &mut self,
        start: usize,
        range_from: Option<u8>,
        day: u8,
        k: usize,
    ) -> Option<Found> {
        let month = self.month(k)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return self.libyan_date(start, day, month);
        }
        if month.hijri() {
            return self.hijri_tail(start, range_from, day, month);
        }
        let next = month.next;
        // A relative word instead of a year: `17 دجنبر الجاري`, `الفاتح من شتنبر المقبل`.
        if range_from.is_none() {
            if let Some(direction) = self.direction(next) {
                let relative = Relative::NamedMonth {
                    month: month.month,
                    direction,
                };
                let (value, kind) = self.resolve(relative);
                let value = match value {
                    DateValue::Gregorian(date) => DateValue::Gregorian(Date {
                        day: Some(day),
                        month: Some(month.month),
                        ..date
                    }),
                    other => other,
                };
                let end = self.token(next).end;
                let mut found = self.found(start..end, next + 1, value, month.naming);
                found.kind = kind;
                found.relative = Some(relative);
                return Some(found);
            }
        }
        let year = self
            .year(next)
            .filter(|y| Self::plausible_gregorian(y.year) && !y.hijri_era);
        let (end, after, year_value) = match year {
            Some(y) => (y.end, y.next, Some(y.year)),
            None => (self.token(next - 1).end, next, None),
        };
        let date = Date {
            year: year_value,
            month: Some(month.month),
            day: Some(day),
        };
        // A second day and month: `08 يونيو و08 يوليوز 2019`, `28 يونيو إلى 3 يوليوز 2019`,
        // `28 دجنبر 2014 إلى 3 يناير 2015`.
        if range_from.is_none() {
            // With a year on both dates, `و` joins two dates unless `بين` opened a range.
            let and_joins = year_value.is_none() || self.between;
            let joined = self.is_kw(after, K::To)
                || (and_joins && self.is_kw(after, K::And))
                || self.is_punct(after, '-');
            if joined {
                if let (Some(day2), Some(month2)) = (
                    self.day(after + 1),
                    self.month(after + 2).filter(|m| !m.hijri() && !m.libyan()),
                ) {
                    let year2 = self
                        .year(month2.next)
                        .filter(|y| Self::plausible_gregorian(y.year));
                    let (end2, after2, year2_value) = match year2 {
                        Some(y) => (y.end, y.next, Some(y.year)),
                        None => (self.token(month2.next - 1).end, month2.next, None),
                    };
                    // A year on the last date only: December to January crosses a year.
                    let first_year = match (year_value, year2_value) {
                        (Some(first), _) => Some(first),
                        (None, Some(last)) if month.month > month2.month => Some(last - 1),
                        (None, last) => last,
                    };
                    let first = Date {
                        year: first_year,
                        ..date
                    };
                    let last = Date {
                        year: year2_value,
                        month: Some(month2.month),
                        day: Some(day2),
                    };
                    return Some(self.found(
                        start..end2,
                        after2,
                        DateValue::Range(first, last),
                        month.naming.union(month2.naming),
                    ));
                }
            }
        }
        let value = match range_from {
            Some(from) => DateValue::Range(
                Date {
                    day: Some(from),
                    ..date
                },
                date,
            ),
            None => DateValue::Gregorian(date),
        };
        Some(self.found(start..end, after, value, month.naming))
    }
}
