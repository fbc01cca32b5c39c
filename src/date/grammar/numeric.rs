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
        for offset in 1..5 {
            if self.token(k + offset).space_before {
                return None;
            }
        }
        if !self.is_punct(k + 3, sep) {
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
        if k > 0 && matches!(self.lex(k - 1), Some(Lex::Keyword(K::Number | K::LawWord))) {
            return None;
        }
        let date = if a_digits <= 2 && b_digits <= 2 && c_digits == 4 {
            Date::ymd(c as i32, b as u8, a as u8)
        } else if a_digits == 4 && b_digits <= 2 && c_digits <= 2 {
            Date::ymd(a as i32, b as u8, c as u8)
        } else {
            return None;
        };
        if !Self::plausible_gregorian(date.year.unwrap_or(0))
            || !(1..=12).contains(&date.month.unwrap_or(0))
        {
            return None;
        }
        let start = self.token(k).start;
        let end = self.token(k + 4).end;
        Some(self.found(
            start..end,
            k + 5,
            DateValue::Gregorian(date),
            MonthNaming::NONE,
        ))
    }

    /// `سنة 2011`, `عام 2013`, `سنة 1436 هـ`.
    pub(super) fn year_only(&mut self, k: usize) -> Option<Found> {
        if !self.finder.year_only {
            return None;
        }
        let start = self.token(k).start;
        let year = self.year(k + 1)?;
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
