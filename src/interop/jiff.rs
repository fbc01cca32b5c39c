//! Conversions between the date values and jiff's civil dates (the `jiff` feature).

use ::jiff::civil;

use super::full_date;
use crate::{Date, DateConversionError, DateConversionErrorKind, Weekday};

/// A full date that exists becomes a `jiff::civil::Date`.
///
/// # Errors
///
/// [`DateConversionError`] when the year, month or day is missing, when the day does not
/// exist, or when the year is outside jiff's range (−9999 to 9999).
///
/// # Examples
///
/// ```
/// use arabic_text::{find_dates, Date, DateConversionErrorKind};
/// use jiff::civil;
///
/// let found = find_dates("نشر في: 17 ديسمبر 2014").next().unwrap();
/// let date = civil::Date::try_from(found.value.gregorian().unwrap()).unwrap();
/// assert_eq!(date, civil::date(2014, 12, 17));
///
/// let month = civil::Date::try_from(Date::ym(2014, 9)).unwrap_err();
/// assert_eq!(month.kind(), DateConversionErrorKind::MissingDay);
/// ```
impl TryFrom<Date> for civil::Date {
    type Error = DateConversionError;

    fn try_from(date: Date) -> Result<Self, Self::Error> {
        let (year, month, day) = full_date(date)?;
        let out_of_range = || DateConversionError::new(DateConversionErrorKind::OutOfRange, date);
        let year = i16::try_from(year).map_err(|_| out_of_range())?;
        // A valid month is in 1..=12 and a valid day in 1..=31: both fit in an `i8`.
        let (month, day) = (month as i8, day as i8);
        civil::Date::new(year, month, day).map_err(|_| out_of_range())
    }
}

/// A `jiff::civil::Date` becomes a full [`Date`].
///
/// # Examples
///
/// ```
/// use arabic_text::Date;
///
/// assert_eq!(Date::from(jiff::civil::date(2014, 12, 17)), Date::ymd(2014, 12, 17));
/// ```
impl From<civil::Date> for Date {
    fn from(date: civil::Date) -> Self {
        // jiff's month is in 1..=12 and its day in 1..=31: both fit in a `u8`.
        Date::ymd(date.year().into(), date.month() as u8, date.day() as u8)
    }
}

/// The same day of the week.
///
/// # Examples
///
/// ```
/// use arabic_text::Date;
///
/// let weekday = Date::ymd(2014, 12, 17).weekday().unwrap();
/// assert_eq!(jiff::civil::Weekday::from(weekday), jiff::civil::Weekday::Wednesday);
/// ```
impl From<Weekday> for civil::Weekday {
    fn from(weekday: Weekday) -> Self {
        use civil::Weekday as W;
        match weekday {
            Weekday::Monday => W::Monday,
            Weekday::Tuesday => W::Tuesday,
            Weekday::Wednesday => W::Wednesday,
            Weekday::Thursday => W::Thursday,
            Weekday::Friday => W::Friday,
            Weekday::Saturday => W::Saturday,
            Weekday::Sunday => W::Sunday,
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
/// assert_eq!(Weekday::from(jiff::civil::Weekday::Friday), Weekday::Friday);
/// ```
impl From<civil::Weekday> for Weekday {
    fn from(weekday: civil::Weekday) -> Self {
        use civil::Weekday as W;
        match weekday {
            W::Monday => Weekday::Monday,
            W::Tuesday => Weekday::Tuesday,
            W::Wednesday => Weekday::Wednesday,
            W::Thursday => Weekday::Thursday,
            W::Friday => Weekday::Friday,
            W::Saturday => Weekday::Saturday,
            W::Sunday => Weekday::Sunday,
        }
    }
}
