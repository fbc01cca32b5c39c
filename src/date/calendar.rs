//! Gregorian calendar arithmetic: validity, weekdays, day counts (the Hijri calendar is
//! in `hijri.rs`).

/// Days in a Gregorian month (0 for a month outside 1..=12).
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether a Gregorian year is a leap year.
pub(crate) const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days since 1970-01-01 of a Gregorian date (proleptic; valid input assumed).
pub(crate) const fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = if month <= 2 {
        year as i64 - 1
    } else {
        year as i64
    };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day count since 1970-01-01.
pub(crate) const fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// The ISO weekday (1 = Monday … 7 = Sunday) of a day count since 1970-01-01 (a Thursday).
pub(crate) const fn weekday_from_days(days: i64) -> u8 {
    ((days + 3).rem_euclid(7) + 1) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            civil_from_days(days_from_civil(2014, 12, 17)),
            (2014, 12, 17)
        );
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        // 17 December 2014 was a Wednesday, 15 December 2014 a Monday.
        assert_eq!(weekday_from_days(days_from_civil(2014, 12, 17)), 3);
        assert_eq!(weekday_from_days(days_from_civil(2014, 12, 15)), 1);
        assert_eq!(weekday_from_days(days_from_civil(2024, 3, 11)), 1);
    }
}
