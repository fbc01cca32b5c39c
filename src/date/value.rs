//! What a date expression means: values, kinds, weekdays.

use core::fmt;
use core::str::FromStr;

use super::calendar::{civil_from_days, days_from_civil, days_in_month, weekday_from_days};
use super::hijri::month_days;
use crate::error::{ParseDateError, ParseDateErrorKind};

/// A Gregorian date of which the text gives some parts: a day, a month, a year, or a
/// combination. Nothing the text does not say is filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Date {
    /// The year, when the text gives it (or a reference resolves it).
    pub year: Option<i32>,
    /// The month, 1 = January … 12 = December.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
}

impl Date {
    /// A full date.
    ///
    /// # Examples
    ///
    /// ```
    /// let date = arabic_text::Date::ymd(2014, 12, 17);
    /// assert_eq!(date.to_string(), "2014-12-17");
    /// ```
    #[must_use]
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// A month of a year.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Date::ym(2014, 9).to_string(), "2014-09");
    /// ```
    #[must_use]
    pub const fn ym(year: i32, month: u8) -> Self {
        Date {
            year: Some(year),
            month: Some(month),
            day: None,
        }
    }

    /// A year.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Date::y(2011).to_string(), "2011");
    /// ```
    #[must_use]
    pub const fn y(year: i32) -> Self {
        Date {
            year: Some(year),
            month: None,
            day: None,
        }
    }

    /// The weekday of a full date; `None` when a part is missing or the day does not
    /// exist (see [`is_valid`](Self::is_valid)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, Weekday};
    ///
    /// assert_eq!(Date::ymd(2014, 12, 17).weekday(), Some(Weekday::Wednesday));
    /// assert_eq!(Date::ym(2014, 12).weekday(), None);
    /// assert_eq!(Date::ymd(2015, 13, 40).weekday(), None);
    /// assert_eq!(Date::ymd(2019, 2, 29).weekday(), None);
    /// ```
    #[must_use]
    pub fn weekday(&self) -> Option<Weekday> {
        let (year, month, day) = (self.year?, self.month?, self.day?);
        if !self.is_valid() {
            return None;
        }
        Weekday::from_iso(weekday_from_days(days_from_civil(year, month, day)))
    }

    /// Whether every part the date has is possible (a month in 1..=12, a day that exists
    /// in that month, of that year when the year is known).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Date;
    ///
    /// assert!(Date::ymd(2016, 2, 29).is_valid());
    /// assert!(!Date::ymd(2019, 2, 29).is_valid());
    /// assert!(!Date::ymd(2019, 6, 31).is_valid());
    /// ```
    #[must_use]
    pub fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (Some(month), Some(day)) => {
                // Without a year, 29 February is possible.
                let year = self.year.unwrap_or(2000);
                day >= 1 && day <= days_in_month(year, month)
            }
            (Some(month), None) => (1..=12).contains(&month),
            (None, Some(day)) => (1..=31).contains(&day),
            (None, None) => true,
        }
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2014-12-17`, `2014-12`, `2014`, and `--12-17` / `--12` without a year.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, Some(d)) => write!(f, "---{d:02}"),
            (None, None, None) => f.write_str("?"),
        }
    }
}

/// Reads a date as its [`Display`](fmt::Display) writes it, in ISO 8601: `2014-12-17`,
/// `2014-12`, `2014`, and without a year `--12-17`, `--12` (and `---17`, a day alone).
///
/// The year has at least four characters, a minus sign included, as `Display` pads it
/// (`0987`, `12345`, `-001`); months and days have two digits. Nothing else is read: no
/// white space, no time (`2014-12-17T10:00`), no week or ordinal date, and not the `?`
/// that `Display` writes for a date with no part. `Display` then `parse` gives the same
/// date back for every date it can read.
///
/// # Errors
///
/// A [`ParseDateError`] whose [`offset`](ParseDateError::offset) is the byte where the
/// problem is, and whose [`kind`](ParseDateError::kind) is:
/// - [`Empty`](ParseDateErrorKind::Empty) for an empty string;
/// - [`InvalidFormat`](ParseDateErrorKind::InvalidFormat) where a digit or a dash was
///   expected and is not there (`2014-1`, `17/12/2014`, a year that does not fit an
///   `i32`);
/// - [`TrailingText`](ParseDateErrorKind::TrailingText) for text after a whole date;
/// - [`InvalidMonth`](ParseDateErrorKind::InvalidMonth) for a month outside 1..=12
///   (`2014-13`);
/// - [`InvalidDate`](ParseDateErrorKind::InvalidDate) for a day its month does not have
///   (`2019-02-29`, `--06-31`), and [`InvalidDay`](ParseDateErrorKind::InvalidDay) for a
///   day alone outside 1..=31.
///
/// # Examples
///
/// ```
/// use arabic_text::{Date, ParseDateErrorKind};
///
/// assert_eq!("2014-12-17".parse(), Ok(Date::ymd(2014, 12, 17)));
/// assert_eq!("2014-12".parse(), Ok(Date::ym(2014, 12)));
/// let no_year: Date = "--12-17".parse()?;
/// assert_eq!((no_year.year, no_year.month, no_year.day), (None, Some(12), Some(17)));
///
/// let date = Date::ymd(2016, 2, 29);
/// assert_eq!(date.to_string().parse(), Ok(date));
///
/// let err = "2019-02-29".parse::<Date>().unwrap_err();
/// assert!(matches!(err.kind(), ParseDateErrorKind::InvalidDate { year: Some(2019), month: 2, day: 29 }));
/// assert_eq!(err.offset(), 8);
/// let err = "2014-13".parse::<Date>().unwrap_err();
/// assert_eq!((err.kind(), err.offset()), (ParseDateErrorKind::InvalidMonth { month: 13 }, 5));
/// let err = "2014-12-17 10:00".parse::<Date>().unwrap_err();
/// assert_eq!((err.kind(), err.offset()), (ParseDateErrorKind::TrailingText, 10));
/// # Ok::<(), arabic_text::ParseDateError>(())
/// ```
impl FromStr for Date {
    type Err = ParseDateError;

    fn from_str(text: &str) -> Result<Self, ParseDateError> {
        let bytes = text.as_bytes();
        if bytes.is_empty() {
            return Err(ParseDateError::new(ParseDateErrorKind::Empty, 0));
        }
        let mut iso = Iso { bytes, at: 0 };
        let mut date = Date::default();
        // Where the month and the day start, for the errors.
        let (mut month_at, mut day_at) = (0, 0);
        if bytes.starts_with(b"---") {
            iso.at = 3;
            day_at = iso.at;
            date.day = Some(iso.two_digits()?);
        } else if bytes.starts_with(b"--") {
            iso.at = 2;
            month_at = iso.at;
            date.month = Some(iso.two_digits()?);
            if iso.dash() {
                day_at = iso.at;
                date.day = Some(iso.two_digits()?);
            }
        } else {
            date.year = Some(iso.year()?);
            if iso.dash() {
                month_at = iso.at;
                date.month = Some(iso.two_digits()?);
                if iso.dash() {
                    day_at = iso.at;
                    date.day = Some(iso.two_digits()?);
                }
            }
        }
        if iso.at < bytes.len() {
            return Err(ParseDateError::new(
                ParseDateErrorKind::TrailingText,
                iso.at,
            ));
        }
        let kind = match (date.month, date.day) {
            (Some(month), _) if !(1..=12).contains(&month) => {
                return Err(ParseDateError::new(
                    ParseDateErrorKind::InvalidMonth { month },
                    month_at,
                ));
            }
            (None, Some(day)) => ParseDateErrorKind::InvalidDay { day },
            (Some(month), Some(day)) => ParseDateErrorKind::InvalidDate {
                year: date.year,
                month,
                day,
            },
            (_, None) => return Ok(date),
        };
        if date.is_valid() {
            Ok(date)
        } else {
            Err(ParseDateError::new(kind, day_at))
        }
    }
}

/// A cursor over an ISO 8601 date, for [`Date::from_str`].
struct Iso<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Iso<'_> {
    fn digit(&self, at: usize) -> Option<u8> {
        self.bytes
            .get(at)
            .filter(|b| b.is_ascii_digit())
            .map(|b| b - b'0')
    }

    fn format_error(&self) -> ParseDateError {
        ParseDateError::new(ParseDateErrorKind::InvalidFormat, self.at)
    }

    /// Two ASCII digits.
    fn two_digits(&mut self) -> Result<u8, ParseDateError> {
        let tens = self.digit(self.at).ok_or_else(|| self.format_error())?;
        self.at += 1;
        let ones = self.digit(self.at).ok_or_else(|| self.format_error())?;
        self.at += 1;
        Ok(tens * 10 + ones)
    }

    /// A `-` (and moves past it), or nothing.
    fn dash(&mut self) -> bool {
        let dash = self.bytes.get(self.at) == Some(&b'-');
        if dash {
            self.at += 1;
        }
        dash
    }

    /// A year: an optional minus sign and digits, four characters at least in all.
    fn year(&mut self) -> Result<i32, ParseDateError> {
        let start = self.at;
        let negative = self.dash();
        let mut year: i64 = 0;
        while let Some(digit) = self.digit(self.at) {
            year = year * 10 + i64::from(digit);
            if year > i64::from(i32::MAX) + 1 {
                return Err(ParseDateError::new(
                    ParseDateErrorKind::InvalidFormat,
                    start,
                ));
            }
            self.at += 1;
        }
        if self.at - start < 4 {
            return Err(self.format_error());
        }
        let year = if negative { -year } else { year };
        i32::try_from(year)
            .map_err(|_| ParseDateError::new(ParseDateErrorKind::InvalidFormat, start))
    }
}

/// A date in the Hijri calendar, with the parts the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct HijriDate {
    /// The Hijri year.
    pub year: Option<i32>,
    /// The Hijri month, 1 = Muharram … 12 = Dhu al-Hijja.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
}

impl fmt::Display for HijriDate {
    /// Like [`Date`], followed by ` AH`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let as_date = Date {
            year: self.year,
            month: self.month,
            day: self.day,
        };
        write!(f, "{as_date} AH")
    }
}

/// What a date expression stands for.
///
/// New kinds of value may be added: a `match` outside this crate needs a wildcard arm
/// (or [`gregorian`](Self::gregorian), which every kind answers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum DateValue {
    /// One Gregorian day, month or year (or what the text gives of it).
    Gregorian(Date),
    /// A range or a coordination (`من 12 إلى 15 يوليوز 2019`, `يوليوز وغشت 2019`), first
    /// and last included.
    Range(Date, Date),
    /// A Hijri date. `gregorian` is the equivalent the text gives in parentheses, or else
    /// the tabular-calendar conversion of a full date, which may be a day off from the
    /// calendar of a given country (Morocco fixes months by sighting);
    /// `converted` says which.
    Hijri {
        /// The date as written.
        hijri: HijriDate,
        /// The Gregorian equivalent, when known.
        gregorian: Option<Date>,
        /// The equivalent was computed (±1 day), not read from the text.
        converted: bool,
    },
    /// A range of Hijri days (`من 1 إلى 3 شوال 1436`), with the computed Gregorian
    /// equivalents (±1 day) when the year is known.
    HijriRange {
        /// The first day, as written.
        first: HijriDate,
        /// The last day, as written.
        last: HijriDate,
        /// The computed Gregorian equivalents of both.
        gregorian: Option<(Date, Date)>,
    },
}

impl DateValue {
    /// The first and last Gregorian days the value covers, when its year is known: a day
    /// is itself, a month or a year its first and last days, a Hijri month its Umm
    /// al-Qura days (`رمضان 1440`: 6 May to 3 June 2019, Eid al-Fitr on the 4th).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{find_dates, Date};
    ///
    /// let month = find_dates("رمضان 1440 هـ").next().unwrap();
    /// assert_eq!(
    ///     month.value.gregorian_range(),
    ///     Some((Date::ymd(2019, 5, 6), Date::ymd(2019, 6, 3)))
    /// );
    /// let year = find_dates("سنة 2016").next().unwrap();
    /// assert_eq!(
    ///     year.value.gregorian_range(),
    ///     Some((Date::ymd(2016, 1, 1), Date::ymd(2016, 12, 31)))
    /// );
    /// ```
    #[must_use]
    pub fn gregorian_range(&self) -> Option<(Date, Date)> {
        let day = |days: i64| {
            let (y, m, d) = civil_from_days(days);
            Date::ymd(y, m, d)
        };
        match *self {
            DateValue::Gregorian(date) => gregorian_bounds(date),
            DateValue::Range(first, last) => {
                Some((gregorian_bounds(first)?.0, gregorian_bounds(last)?.1))
            }
            DateValue::Hijri {
                gregorian: Some(date),
                ..
            } => gregorian_bounds(date),
            DateValue::Hijri { hijri, .. } => {
                let year = hijri.year?;
                let (first, last) = match hijri.month {
                    Some(month) => month_days(year, month),
                    None => (month_days(year, 1).0, month_days(year, 12).1),
                };
                Some((day(first), day(last)))
            }
            DateValue::HijriRange { gregorian, .. } => gregorian,
        }
    }

    /// The Gregorian date (the first day of a range; the equivalent of a Hijri date).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{find_dates, Date};
    ///
    /// let found = find_dates("من 12 إلى 15 يوليوز 2019").next().unwrap();
    /// assert_eq!(found.value.gregorian(), Some(Date::ymd(2019, 7, 12)));
    /// ```
    #[must_use]
    pub fn gregorian(&self) -> Option<Date> {
        match *self {
            DateValue::Gregorian(date) | DateValue::Range(date, _) => Some(date),
            DateValue::Hijri { gregorian, .. } => gregorian,
            DateValue::HijriRange { gregorian, .. } => gregorian.map(|(first, _)| first),
        }
    }
}

/// The first and last days of a Gregorian day, month or year.
fn gregorian_bounds(date: Date) -> Option<(Date, Date)> {
    let year = date.year?;
    if !date.is_valid() {
        return None;
    }
    Some(match (date.month, date.day) {
        (Some(_), Some(_)) => (date, date),
        (Some(month), None) => (
            Date::ymd(year, month, 1),
            Date::ymd(year, month, days_in_month(year, month)),
        ),
        _ => (Date::ymd(year, 1, 1), Date::ymd(year, 12, 31)),
    })
}

impl fmt::Display for DateValue {
    /// ISO 8601: `2014-12-17`, `2014-09`, `2014`, `2019-07-12/2019-07-15`; a Hijri date as
    /// its Gregorian equivalent (with `~` when computed) and the Hijri date in brackets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Gregorian(date) => write!(f, "{date}"),
            DateValue::Range(first, last) => write!(f, "{first}/{last}"),
            DateValue::Hijri {
                hijri,
                gregorian: Some(date),
                converted,
            } => {
                let approx = if *converted { "~" } else { "" };
                write!(f, "{date}{approx} [{hijri}]")
            }
            DateValue::Hijri {
                hijri,
                gregorian: None,
                ..
            } => write!(f, "[{hijri}]"),
            DateValue::HijriRange {
                first,
                last,
                gregorian: Some((from, to)),
            } => {
                write!(f, "{from}~/{to}~ [{first}/{last}]")
            }
            DateValue::HijriRange {
                first,
                last,
                gregorian: None,
            } => {
                write!(f, "[{first}/{last}]")
            }
        }
    }
}

/// How a date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum DateKind {
    /// Written out in full or in part (`17 دجنبر 2014`, `شهر شتنبر 2011`, `17/12/2014`).
    Absolute,
    /// A relative expression resolved against the reference date.
    RelativeResolved,
    /// A relative expression with no reference date to resolve it: the value holds only
    /// what the text gives (the month of `شتنبر الماضي`), see [`DateMatch::relative`](super::DateMatch::relative).
    RelativeUnresolved,
    /// The date in the name of an event (`حركة 20 فبراير`, `ثورة 17 فبراير`).
    NamedEvent,
    /// The text gives part of the value and the rest was taken from context: the year of
    /// `في 9 يوليوز` from the reference date, the month of `يوم 12 منه` from the date
    /// before it in the text.
    Inferred,
}

impl DateKind {
    /// Its name in snake case, as the command and the Python package write it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::DateKind::RelativeResolved.name(), "relative_resolved");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            DateKind::Absolute => "absolute",
            DateKind::RelativeResolved => "relative_resolved",
            DateKind::RelativeUnresolved => "relative_unresolved",
            DateKind::NamedEvent => "named_event",
            DateKind::Inferred => "inferred",
        }
    }
}

/// A relative expression, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Relative {
    /// A day counted from the reference: −1 `أمس`, 0 `اليوم`, 1 `غدا`, −2 `أول أمس`.
    Days(i32),
    /// A week counted from the reference's: −1 `الأسبوع الماضي`.
    Weeks(i32),
    /// A month counted from the reference's: −1 `الشهر الماضي`.
    Months(i32),
    /// A year counted from the reference's: −1 `السنة الماضية`.
    Years(i32),
    /// A named month before, after or in the reference's year: −1 `شتنبر الماضي`,
    /// 1 `شتنبر المقبل`, 0 `شتنبر الجاري`.
    NamedMonth {
        /// The month, 1..=12.
        month: u8,
        /// −1 the last one before the reference month, 1 the next one after it, 0 the
        /// reference's year.
        direction: i8,
    },
    /// A Hijri month before, after or in the reference's Hijri year: −1 `شوال الماضي`,
    /// 1 `رمضان المقبل`, 0 `رمضان الجاري`.
    HijriMonth {
        /// The Hijri month, 1 = Muharram … 12 = Dhu al-Hijja.
        month: u8,
        /// As for [`NamedMonth`](Relative::NamedMonth).
        direction: i8,
    },
    /// A weekday counted from the reference: −1 the last one before it
    /// (`الخميس الماضي`), 1 the next one after it (`الخميس المقبل`), 0 the last one on or
    /// before it (`يوم الخميس` in a report).
    Weekday {
        /// The weekday.
        weekday: Weekday,
        /// −1, 0 or 1, as above.
        direction: i8,
    },
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[repr(u8)]
pub enum Weekday {
    /// الاثنين
    Monday = 1,
    /// الثلاثاء
    Tuesday,
    /// الأربعاء
    Wednesday,
    /// الخميس
    Thursday,
    /// الجمعة
    Friday,
    /// السبت
    Saturday,
    /// الأحد
    Sunday,
}

impl Weekday {
    /// The weekday of an ISO number (1 = Monday … 7 = Sunday).
    pub(crate) const fn from_iso(n: u8) -> Option<Self> {
        Some(match n {
            1 => Weekday::Monday,
            2 => Weekday::Tuesday,
            3 => Weekday::Wednesday,
            4 => Weekday::Thursday,
            5 => Weekday::Friday,
            6 => Weekday::Saturday,
            7 => Weekday::Sunday,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;
    use alloc::string::ToString;

    use proptest::prelude::*;

    use super::*;

    fn err(text: &str) -> (ParseDateErrorKind, usize) {
        let e = text.parse::<Date>().unwrap_err();
        (e.kind(), e.offset())
    }

    #[test]
    fn weekday_is_none_for_a_day_that_does_not_exist() {
        assert_eq!(Date::ymd(2015, 13, 40).weekday(), None);
        assert_eq!(Date::ymd(2015, 0, 1).weekday(), None);
        assert_eq!(Date::ymd(2015, 6, 0).weekday(), None);
        assert_eq!(Date::ymd(2015, 6, 31).weekday(), None);
        assert_eq!(Date::ymd(2019, 2, 29).weekday(), None);
        assert_eq!(Date::ymd(2016, 2, 29).weekday(), Some(Weekday::Monday));
        assert_eq!(Date::ymd(1970, 1, 1).weekday(), Some(Weekday::Thursday));
        assert_eq!(Date::ymd(2000, 2, 29).weekday(), Some(Weekday::Tuesday));
        assert_eq!(Date::ymd(1900, 2, 29).weekday(), None);
    }

    #[test]
    fn every_shape_display_writes_is_read_back() {
        let table = [
            (Date::ymd(2014, 12, 17), "2014-12-17"),
            (Date::ym(2014, 12), "2014-12"),
            (Date::y(2014), "2014"),
            (
                Date {
                    year: None,
                    month: Some(12),
                    day: Some(17),
                },
                "--12-17",
            ),
            (
                Date {
                    year: None,
                    month: Some(2),
                    day: Some(29),
                },
                "--02-29",
            ),
            (
                Date {
                    year: None,
                    month: Some(12),
                    day: None,
                },
                "--12",
            ),
            (
                Date {
                    year: None,
                    month: None,
                    day: Some(7),
                },
                "---07",
            ),
            (Date::ymd(987, 1, 2), "0987-01-02"),
            (Date::y(0), "0000"),
            (Date::y(12345), "12345"),
            (Date::ym(-1, 3), "-001-03"),
            (Date::y(-2014), "-2014"),
            (Date::y(i32::MAX), "2147483647"),
            (Date::y(i32::MIN), "-2147483648"),
        ];
        for (date, text) in table {
            assert_eq!(date.to_string(), text);
            assert_eq!(text.parse::<Date>(), Ok(date), "{text}");
        }
    }

    #[test]
    fn anything_else_is_rejected_where_it_goes_wrong() {
        use ParseDateErrorKind::*;
        assert_eq!(err(""), (Empty, 0));
        assert_eq!(err("?"), (InvalidFormat, 0));
        assert_eq!(err(" 2014"), (InvalidFormat, 0));
        assert_eq!(err("201"), (InvalidFormat, 3));
        assert_eq!(err("-01"), (InvalidFormat, 3));
        assert_eq!(err("2014-1"), (InvalidFormat, 6));
        assert_eq!(err("2014-"), (InvalidFormat, 5));
        assert_eq!(err("2014-12-"), (InvalidFormat, 8));
        assert_eq!(err("2014-12-1"), (InvalidFormat, 9));
        assert_eq!(err("17/12/2014"), (InvalidFormat, 2));
        assert_eq!(err("--1"), (InvalidFormat, 3));
        assert_eq!(err("---"), (InvalidFormat, 3));
        assert_eq!(err("٢٠١٤-١٢-١٧"), (InvalidFormat, 0));
        assert_eq!(err("2147483648"), (InvalidFormat, 0));
        assert_eq!(err("-2147483649"), (InvalidFormat, 0));
        assert_eq!(err("99999999999999999999"), (InvalidFormat, 0));
        assert_eq!(err("2014 "), (TrailingText, 4));
        assert_eq!(err("2014/12"), (TrailingText, 4));
        assert_eq!(err("2014-12-17T10:00"), (TrailingText, 10));
        assert_eq!(err("2014-12-170"), (TrailingText, 10));
        assert_eq!(err("--12-17-01"), (TrailingText, 7));
        assert_eq!(err("---17-"), (TrailingText, 5));
        assert_eq!(err("2014-13"), (InvalidMonth { month: 13 }, 5));
        assert_eq!(err("2014-00-01"), (InvalidMonth { month: 0 }, 5));
        assert_eq!(err("--13-01"), (InvalidMonth { month: 13 }, 2));
        assert_eq!(
            err("2019-02-29"),
            (
                InvalidDate {
                    year: Some(2019),
                    month: 2,
                    day: 29
                },
                8
            )
        );
        assert_eq!(
            err("2014-06-31"),
            (
                InvalidDate {
                    year: Some(2014),
                    month: 6,
                    day: 31
                },
                8
            )
        );
        assert_eq!(
            err("--04-00"),
            (
                InvalidDate {
                    year: None,
                    month: 4,
                    day: 0
                },
                5
            )
        );
        assert_eq!(err("---32"), (InvalidDay { day: 32 }, 3));
        assert_eq!(err("---00"), (InvalidDay { day: 0 }, 3));
    }

    #[test]
    fn errors_read_well() {
        let message = |text: &str| text.parse::<Date>().unwrap_err().to_string();
        assert_eq!(
            message("2014-1"),
            "not an ISO 8601 date (like 2014-12-17): unexpected character or end at byte 6"
        );
        assert_eq!(
            message("2014-13"),
            "invalid date at byte 5: month 13 does not exist"
        );
        assert_eq!(
            message("---32"),
            "invalid date at byte 3: day 32 does not exist in any month"
        );
        assert_eq!(
            message("2019-02-29"),
            "invalid date at byte 8: day 29 does not exist in month 2 of 2019"
        );
    }

    /// Every shape `Display` writes, with any year and any month and day, possible or not.
    fn any_date() -> impl Strategy<Value = Date> {
        (any::<i32>(), 0u8..=99, 0u8..=99, 0usize..6).prop_map(|(year, month, day, shape)| {
            let (year, month, day) = match shape {
                0 => (Some(year), Some(month), Some(day)),
                1 => (Some(year), Some(month), None),
                2 => (Some(year), None, None),
                3 => (None, Some(month), Some(day)),
                4 => (None, Some(month), None),
                _ => (None, None, Some(day)),
            };
            Date { year, month, day }
        })
    }

    proptest! {
        #[test]
        fn display_then_parse_gives_the_date_back(date in any_date()) {
            let text = date.to_string();
            match text.parse::<Date>() {
                Ok(back) => {
                    prop_assert!(date.is_valid(), "{text} read, but {date:?} is not valid");
                    prop_assert_eq!(back, date);
                }
                Err(e) => {
                    prop_assert!(!date.is_valid(), "{text} rejected: {e}");
                    prop_assert!(e.offset() < text.len());
                    let expected = matches!(
                        e.kind(),
                        ParseDateErrorKind::InvalidMonth { .. }
                            | ParseDateErrorKind::InvalidDate { .. }
                            | ParseDateErrorKind::InvalidDay { .. }
                    );
                    prop_assert!(expected, "{text}: {e}");
                }
            }
        }

        #[test]
        fn parsing_never_panics_and_what_it_reads_it_writes(text in "[-0-9]{0,12}") {
            if let Ok(date) = text.parse::<Date>() {
                prop_assert!(date.is_valid());
                // The same date back from what Display writes (the text may differ:
                // `02014` is 2014).
                prop_assert_eq!(date.to_string().parse::<Date>(), Ok(date));
            }
        }

        #[test]
        fn valid_full_dates_round_trip(year in 1i32..=9999, month in 1u8..=12, day in 1u8..=31) {
            let date = Date::ymd(year, month, day);
            prop_assume!(date.is_valid());
            prop_assert_eq!(format!("{date}").parse::<Date>(), Ok(date));
            prop_assert!(date.weekday().is_some());
        }
    }
}
