//! Relative expressions resolved against a reference date.

use super::calendar::{civil_from_days, days_from_civil, weekday_from_days};
use super::hijri::{days_from_hijri, hijri_from_days};
use super::{Date, DateKind, DateValue, HijriDate, Relative, Weekday};

/// The value of a relative expression, resolved when there is a reference date (a whole
/// day).
pub(super) fn resolve_relative(
    reference: Option<Date>,
    week_start: Weekday,
    relative: Relative,
) -> (DateValue, DateKind) {
    let unresolved = |date: Date| (DateValue::Gregorian(date), DateKind::RelativeUnresolved);
    let Some(reference) = reference else {
        return match relative {
            Relative::NamedMonth { month, .. } => unresolved(Date {
                month: Some(month),
                ..Date::default()
            }),
            Relative::Weekday { .. } => unresolved(Date::default()),
            Relative::HijriMonth { month, .. } => {
                (hijri_month(None, month), DateKind::RelativeUnresolved)
            }
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
            // Days since the week's first day, 0..=6.
            let into_week =
                i64::from(weekday_from_days(today) + 7 - week_start as u8).rem_euclid(7);
            let first = today - into_week + 7 * i64::from(n);
            let (y1, m1, d1) = civil_from_days(first);
            let (y2, m2, d2) = civil_from_days(first + 6);
            DateValue::Range(Date::ymd(y1, m1, d1), Date::ymd(y2, m2, d2))
        }
        Relative::HijriMonth {
            month: named,
            direction,
        } => {
            let (hijri_year, hijri_month_now, _) = hijri_from_days(today);
            let year = year_in_direction(named, hijri_month_now, hijri_year, direction);
            hijri_month(Some(year), named)
        }
        Relative::Weekday { weekday, direction } => {
            // Days back from the reference to the last such weekday on or before it.
            let back = i64::from(weekday_from_days(today) + 7 - weekday as u8).rem_euclid(7);
            let day = match direction {
                0 => today - back,
                d if d < 0 => today - if back == 0 { 7 } else { back },
                _ => today + 7 - back,
            };
            let (y, m, d) = civil_from_days(day);
            DateValue::Gregorian(Date::ymd(y, m, d))
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
        } => DateValue::Gregorian(Date::ym(
            year_in_direction(named, month, year, direction),
            named,
        )),
    };
    (value, DateKind::RelativeResolved)
}

/// The year of a named month (or day of a month) that the reference, at `now` of `year`,
/// places by `direction`: −1 the last one before `now`, 1 the next one after it, 0 the
/// reference's own year.
pub(super) fn year_in_direction<T: Ord>(named: T, now: T, year: i32, direction: i8) -> i32 {
    match direction {
        -1 if named < now => year,
        -1 => year - 1,
        1 if named > now => year,
        1 => year + 1,
        _ => year,
    }
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

/// Gives a date the text writes without its year (`في 9 يوليوز`, `خلال شهر أوت`,
/// `من 4 إلى 8 جوان`) the year nearest `reference`, or with `ahead` (the sentence speaks
/// of the future) the next one. `None` when there was nothing to complete, else whether
/// the completed date exists.
pub(super) fn complete_year(value: &mut DateValue, reference: Date, ahead: bool) -> Option<bool> {
    match value {
        DateValue::Gregorian(date) if date.year.is_none() && date.month.is_some() => {
            date.year = Some(nearest_year(reference, *date, ahead)?);
            Some(date.is_valid())
        }
        DateValue::Range(first, last)
            if first.year.is_none() && last.year.is_none() && first.month.is_some() =>
        {
            let year = nearest_year(reference, *first, ahead)?;
            first.year = Some(year);
            last.year = Some(if (last.month, last.day) < (first.month, first.day) {
                year + 1
            } else {
                year
            });
            Some(first.is_valid() && last.is_valid())
        }
        DateValue::Hijri {
            hijri,
            gregorian,
            converted,
        } if hijri.year.is_none() && hijri.month.is_some() && gregorian.is_none() => {
            let year = nearest_hijri_year(reference, *hijri)?;
            hijri.year = Some(year);
            if let (Some(month), Some(day)) = (hijri.month, hijri.day) {
                let (y, m, d) = civil_from_days(days_from_hijri(year, month, day));
                *gregorian = Some(Date::ymd(y, m, d));
                *converted = true;
            }
            Some(true)
        }
        _ => None,
    }
}

/// The Hijri year that puts a Hijri month, or a day of it, nearest to `reference`.
fn nearest_hijri_year(reference: Date, date: HijriDate) -> Option<i32> {
    let (year, month, day) = (reference.year?, reference.month?, reference.day?);
    let target_month = date.month?;
    let today = days_from_civil(year, month, day);
    let (hijri_year, _, _) = hijri_from_days(today);
    let target_day = date.day.unwrap_or(15);
    (hijri_year - 1..=hijri_year + 1).min_by_key(|&candidate| {
        (days_from_hijri(candidate, target_month, target_day) - today).abs()
    })
}

/// The year (before, of, or after the reference's) that puts a month, or a day of a month,
/// nearest to `reference`, or the next one on or after it with `ahead`.
fn nearest_year(reference: Date, date: Date, ahead: bool) -> Option<i32> {
    let (year, month, day) = (reference.year?, reference.month?, reference.day?);
    let target_month = date.month?;
    let today = days_from_civil(year, month, day);
    // A month alone is placed at its middle; 29 February at the 28th (then checked).
    let target_day = date.day.map_or(15, |d| d.min(28));
    let distance = |candidate: i32| days_from_civil(candidate, target_month, target_day) - today;
    if ahead {
        // The next one: the month of the reference itself counts.
        let this_month = date.day.is_none() && target_month == month;
        return (year..=year + 1).find(|&candidate| distance(candidate) >= 0 || this_month);
    }
    (year - 1..=year + 1).min_by_key(|&candidate| distance(candidate).abs())
}

/// A Hijri month (of a year, when known) as a value.
fn hijri_month(year: Option<i32>, month: u8) -> DateValue {
    DateValue::Hijri {
        hijri: HijriDate {
            year,
            month: Some(month),
            day: None,
        },
        gregorian: None,
        converted: false,
    }
}
