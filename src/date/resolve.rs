//! Relative expressions resolved against a reference date.

use super::calendar::{civil_from_days, days_from_civil, weekday_from_days};
use super::{Date, DateKind, DateMatch, DateValue, Relative, Weekday};

/// The value of a relative expression, resolved when there is a reference date (a whole
/// day).
pub(super) fn resolve_relative(
    reference: Option<Date>,
    relative: Relative,
) -> (DateValue, DateKind) {
    let unresolved = |date: Date| (DateValue::Gregorian(date), DateKind::RelativeUnresolved);
    let Some(reference) = reference else {
        return match relative {
            Relative::NamedMonth { month, .. } => unresolved(Date {
                month: Some(month),
                ..Date::default()
            }),
            _ => unresolved(Date::default()),
        };
    };
    let (Some(year), Some(month), Some(day)) = (reference.year, reference.month, reference.day)
    else {
        return unresolved(Date::default());
    };
    let today = days_from_civil(year, month, day);
    let value = match relative {
        Relative::Days(n) => {
            let (y, m, d) = civil_from_days(today + i64::from(n));
            DateValue::Gregorian(Date::ymd(y, m, d))
        }
        Relative::Weeks(n) => {
            let monday = today - i64::from(weekday_from_days(today) - 1) + 7 * i64::from(n);
            let (y1, m1, d1) = civil_from_days(monday);
            let (y2, m2, d2) = civil_from_days(monday + 6);
            DateValue::Range(Date::ymd(y1, m1, d1), Date::ymd(y2, m2, d2))
        }
        Relative::Months(n) => {
            let index = year * 12 + i32::from(month) - 1 + n;
            DateValue::Gregorian(Date::ym(
                index.div_euclid(12),
                (index.rem_euclid(12) + 1) as u8,
            ))
        }
        Relative::Years(n) => DateValue::Gregorian(Date::y(year + n)),
        Relative::NamedMonth {
            month: named,
            direction,
        } => {
            let year = match direction {
                -1 if named < month => year,
                -1 => year - 1,
                1 if named > month => year,
                1 => year + 1,
                _ => year,
            };
            DateValue::Gregorian(Date::ym(year, named))
        }
    };
    (value, DateKind::RelativeResolved)
}

/// Whether `weekday` is the weekday of `value`: `None` with no weekday or no whole day.
pub(super) fn weekday_matches(weekday: Option<Weekday>, value: DateValue) -> Option<bool> {
    match (weekday, value) {
        (Some(weekday), DateValue::Gregorian(date)) => date.weekday().map(|w| w == weekday),
        (
            Some(weekday),
            DateValue::Hijri {
                gregorian: Some(date),
                ..
            },
        ) => date.weekday().map(|w| w == weekday),
        _ => None,
    }
}

impl DateMatch {
    /// Resolves a relative date against `reference` (a whole day), as a finder with that
    /// reference would have found it. Returns `false` when the day it then names does not
    /// exist (such a finder would not report it).
    pub(crate) fn resolve_against(&mut self, reference: Date) -> bool {
        let Some(relative) = self.relative else {
            return true;
        };
        let (mut value, kind) = resolve_relative(Some(reference), relative);
        // A day written before a relative month (`17 دجنبر الجاري`) stays: the relative
        // month gives no day of its own.
        if let (DateValue::Gregorian(new), DateValue::Gregorian(old)) = (&mut value, self.value) {
            if new.day.is_none() && old.day.is_some() {
                new.day = old.day;
                new.month = old.month;
            }
        }
        if let DateValue::Gregorian(date) = value {
            if date.day.is_some() && !date.is_valid() {
                return false;
            }
        }
        self.value = value;
        self.kind = kind;
        self.weekday_matches = weekday_matches(self.weekday, value);
        true
    }
}
