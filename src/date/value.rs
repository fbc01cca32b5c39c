//! What a date expression means: values, kinds, weekdays.

use core::fmt;

use super::calendar::{days_from_civil, days_in_month, weekday_from_days};

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
    pub const fn y(year: i32) -> Self {
        Date {
            year: Some(year),
            month: None,
            day: None,
        }
    }

    /// The weekday of a full date.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, Weekday};
    ///
    /// assert_eq!(Date::ymd(2014, 12, 17).weekday(), Some(Weekday::Wednesday));
    /// assert_eq!(Date::ym(2014, 12).weekday(), None);
    /// ```
    pub fn weekday(&self) -> Option<Weekday> {
        let (year, month, day) = (self.year?, self.month?, self.day?);
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
    pub fn gregorian(&self) -> Option<Date> {
        match *self {
            DateValue::Gregorian(date) | DateValue::Range(date, _) => Some(date),
            DateValue::Hijri { gregorian, .. } => gregorian,
            DateValue::HijriRange { gregorian, .. } => gregorian.map(|(first, _)| first),
        }
    }
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
