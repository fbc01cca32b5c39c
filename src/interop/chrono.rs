//! Conversions between the date values and chrono's (the `chrono` feature).

use ::chrono::{Datelike, NaiveDate};

use super::full_date;
use crate::{Date, DateConversionError, DateConversionErrorKind, Weekday};

/// A full date that exists becomes a `NaiveDate`.
///
/// # Errors
///
/// [`DateConversionError`] when the year, month or day is missing, when the day does not
/// exist, or when the year is outside chrono's range (about ±262,000).
///
/// # Examples
///
/// ```
/// use arabic_text::{find_dates, Date, DateConversionErrorKind};
/// use chrono::NaiveDate;
///
/// let found = find_dates("نشر في: 17 ديسمبر 2014").next().unwrap();
/// let date = NaiveDate::try_from(found.value.gregorian().unwrap()).unwrap();
/// assert_eq!(date, NaiveDate::from_ymd_opt(2014, 12, 17).unwrap());
///
/// let month = NaiveDate::try_from(Date::ym(2014, 9)).unwrap_err();
/// assert_eq!(month.kind(), DateConversionErrorKind::MissingDay);
/// ```
impl TryFrom<Date> for NaiveDate {
    type Error = DateConversionError;

    fn try_from(date: Date) -> Result<Self, Self::Error> {
        let (year, month, day) = full_date(date)?;
        NaiveDate::from_ymd_opt(year, month.into(), day.into())
            .ok_or_else(|| DateConversionError::new(DateConversionErrorKind::OutOfRange, date))
    }
}

/// A `NaiveDate` becomes a full [`Date`].
///
/// # Examples
///
/// ```
/// use arabic_text::Date;
/// use chrono::NaiveDate;
///
/// let date = NaiveDate::from_ymd_opt(2014, 12, 17).unwrap();
/// assert_eq!(Date::from(date), Date::ymd(2014, 12, 17));
/// ```
impl From<NaiveDate> for Date {
    fn from(date: NaiveDate) -> Self {
        // chrono's month is in 1..=12 and its day in 1..=31: both fit in a `u8`.
        Date::ymd(date.year(), date.month() as u8, date.day() as u8)
    }
}

/// The same day of the week.
///
/// # Examples
///
/// ```
/// use arabic_text::{Date, Weekday};
///
/// let weekday = Date::ymd(2014, 12, 17).weekday().unwrap();
/// assert_eq!(chrono::Weekday::from(weekday), chrono::Weekday::Wed);
/// ```
impl From<Weekday> for ::chrono::Weekday {
    fn from(weekday: Weekday) -> Self {
        use ::chrono::Weekday as W;
        match weekday {
            Weekday::Monday => W::Mon,
            Weekday::Tuesday => W::Tue,
            Weekday::Wednesday => W::Wed,
            Weekday::Thursday => W::Thu,
            Weekday::Friday => W::Fri,
            Weekday::Saturday => W::Sat,
            Weekday::Sunday => W::Sun,
        }
    }
}

/// The same day of the week.
///
/// # Examples
///
/// ```
/// use arabic_text::Weekday;
///
/// assert_eq!(Weekday::from(chrono::Weekday::Fri), Weekday::Friday);
/// ```
impl From<::chrono::Weekday> for Weekday {
    fn from(weekday: ::chrono::Weekday) -> Self {
        use ::chrono::Weekday as W;
        match weekday {
            W::Mon => Weekday::Monday,
            W::Tue => Weekday::Tuesday,
            W::Wed => Weekday::Wednesday,
            W::Thu => Weekday::Thursday,
            W::Fri => Weekday::Friday,
            W::Sat => Weekday::Saturday,
            W::Sun => Weekday::Sunday,
        }
    }
}
