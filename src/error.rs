//! Error types.

use core::fmt;

/// Why [`parse_date`](crate::parse_date), a [`DateFinder`](crate::DateFinder) setting or
/// the `FromStr` of [`Date`](crate::Date) rejected its input.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ParseDateError {
    kind: ParseDateErrorKind,
    #[cfg_attr(feature = "serde", serde(rename = "offset"))]
    at: usize,
}

/// What was wrong, for [`ParseDateError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum ParseDateErrorKind {
    /// The text is empty or white space only.
    Empty,
    /// No date expression starts the text.
    NoDate,
    /// A date expression was found, but text follows it.
    TrailingText,
    /// Text precedes the date expression.
    LeadingText,
    /// The expression names a day that does not exist (`31 يونيو 2019`, `29 فبراير 2019`).
    InvalidDate {
        /// The year, if given.
        year: Option<i32>,
        /// The month, 1..=12.
        month: u8,
        /// The day.
        day: u8,
    },
    /// A range that ends before it starts (`من 15 إلى 12 يوليوز 2019`).
    ReversedRange,
    /// Not an ISO 8601 date as [`Date`](crate::Date) writes it: a digit or a dash is
    /// missing or out of place (`2014-1`, `17/12/2014`), or the year does not fit an
    /// `i32`.
    InvalidFormat,
    /// A month outside 1..=12 (`2014-13`).
    InvalidMonth {
        /// The month given.
        month: u8,
    },
    /// A day without a month outside 1..=31 (`---32`).
    InvalidDay {
        /// The day given.
        day: u8,
    },
}

impl ParseDateError {
    pub(crate) fn new(kind: ParseDateErrorKind, at: usize) -> Self {
        ParseDateError { kind, at }
    }

    /// What was wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{parse_date, ParseDateErrorKind};
    ///
    /// let err = parse_date("31 يونيو 2019").unwrap_err();
    /// assert!(matches!(err.kind(), ParseDateErrorKind::InvalidDate { month: 6, day: 31, .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> ParseDateErrorKind {
        self.kind
    }

    /// The byte offset in the input where the problem is.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = arabic_text::parse_date("17 دجنبر 2014 في مراكش").unwrap_err();
    /// assert_eq!(err.offset(), "17 دجنبر 2014 ".len());
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.at
    }
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseDateErrorKind::Empty => f.write_str("empty input: no date to parse"),
            ParseDateErrorKind::NoDate => {
                write!(f, "no date expression at byte {}", self.at)
            }
            ParseDateErrorKind::TrailingText => {
                write!(f, "unexpected text at byte {} after the date", self.at)
            }
            ParseDateErrorKind::LeadingText => {
                write!(f, "unexpected text at byte {} before the date", self.at)
            }
            ParseDateErrorKind::InvalidDate {
                year: Some(year),
                month,
                day,
            } => write!(
                f,
                "invalid date at byte {}: day {day} does not exist in month {month} of {year}",
                self.at
            ),
            ParseDateErrorKind::InvalidDate {
                year: None,
                month,
                day,
            } => write!(
                f,
                "invalid date at byte {}: day {day} does not exist in month {month}",
                self.at
            ),
            ParseDateErrorKind::ReversedRange => {
                write!(
                    f,
                    "invalid range at byte {}: it ends before it starts",
                    self.at
                )
            }
            ParseDateErrorKind::InvalidFormat => write!(
                f,
                "not an ISO 8601 date (like 2014-12-17): unexpected character or end at byte {}",
                self.at
            ),
            ParseDateErrorKind::InvalidMonth { month } => write!(
                f,
                "invalid date at byte {}: month {month} does not exist",
                self.at
            ),
            ParseDateErrorKind::InvalidDay { day } => write!(
                f,
                "invalid date at byte {}: day {day} does not exist in any month",
                self.at
            ),
        }
    }
}

impl std::error::Error for ParseDateError {}

/// Why a [`Date`](crate::Date) could not become a full calendar date of another crate
/// (`chrono::NaiveDate` with the `chrono` feature, `jiff::civil::Date` with the `jiff`
/// feature).
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "chrono")] {
/// use arabic_text::{Date, DateConversionErrorKind};
///
/// let err = chrono::NaiveDate::try_from(Date::ym(2014, 9)).unwrap_err();
/// assert_eq!(err.kind(), DateConversionErrorKind::MissingDay);
/// assert_eq!(err.to_string(), "cannot convert 2014-09 to a full date: the day is missing");
/// # }
/// ```
#[cfg(any(feature = "chrono", feature = "jiff"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateConversionError {
    kind: DateConversionErrorKind,
    date: crate::Date,
}

/// What was wrong, for [`DateConversionError::kind`].
#[cfg(any(feature = "chrono", feature = "jiff"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum DateConversionErrorKind {
    /// The date has no year (`17 دجنبر`).
    MissingYear,
    /// The date has no month (`سنة 2011`).
    MissingMonth,
    /// The date has no day (`شتنبر 2014`).
    MissingDay,
    /// The day does not exist (`2019-02-29`, a month 13).
    NoSuchDay,
    /// The day exists, but the year lies outside what the other crate represents.
    OutOfRange,
}

#[cfg(any(feature = "chrono", feature = "jiff"))]
impl DateConversionError {
    pub(crate) fn new(kind: DateConversionErrorKind, date: crate::Date) -> Self {
        DateConversionError { kind, date }
    }

    /// What was wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "chrono")] {
    /// use arabic_text::{Date, DateConversionErrorKind};
    ///
    /// let err = chrono::NaiveDate::try_from(Date::ymd(2019, 2, 29)).unwrap_err();
    /// assert_eq!(err.kind(), DateConversionErrorKind::NoSuchDay);
    /// # }
    /// ```
    #[must_use]
    pub fn kind(&self) -> DateConversionErrorKind {
        self.kind
    }

    /// The date that could not be converted.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "chrono")] {
    /// use arabic_text::Date;
    ///
    /// let err = chrono::NaiveDate::try_from(Date::y(2011)).unwrap_err();
    /// assert_eq!(err.date(), Date::y(2011));
    /// # }
    /// ```
    #[must_use]
    pub fn date(&self) -> crate::Date {
        self.date
    }
}

#[cfg(any(feature = "chrono", feature = "jiff"))]
impl fmt::Display for DateConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self.kind {
            DateConversionErrorKind::MissingYear => "the year is missing",
            DateConversionErrorKind::MissingMonth => "the month is missing",
            DateConversionErrorKind::MissingDay => "the day is missing",
            DateConversionErrorKind::NoSuchDay => "no such day",
            DateConversionErrorKind::OutOfRange => "the year is out of the target type's range",
        };
        write!(f, "cannot convert {} to a full date: {why}", self.date)
    }
}

#[cfg(any(feature = "chrono", feature = "jiff"))]
impl std::error::Error for DateConversionError {}

/// Bytes written to a [`NormalizeWriter`](crate::NormalizeWriter) (or read by
/// [`Normalizer::normalize_stream`](crate::Normalizer::normalize_stream)) that are not
/// UTF-8: the inner error of the [`std::io::ErrorKind::InvalidData`] error, saying where
/// the bad sequence starts in the whole stream.
///
/// # Examples
///
/// ```
/// use std::io::Write;
/// use arabic_text::InvalidUtf8;
///
/// let mut w = arabic_text::Normalizer::search().writer(Vec::new());
/// w.write_all("مرحبا ".as_bytes())?;
/// let err = w.write_all(b"\xFF").unwrap_err();
/// let bad = err.get_ref().and_then(|e| e.downcast_ref::<InvalidUtf8>()).unwrap();
/// assert_eq!(bad.offset(), 11);
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 11 of the stream: a byte that begins no character");
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvalidUtf8 {
    offset: u64,
    cut_short: bool,
}

impl InvalidUtf8 {
    pub(crate) fn new(offset: u64, cut_short: bool) -> Self {
        InvalidUtf8 { offset, cut_short }
    }

    /// The byte offset in the whole stream where the invalid sequence starts.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    ///
    /// let mut w = arabic_text::Normalizer::search().writer(Vec::new());
    /// let err = w.write_all(b"ab\xC3").and_then(|()| w.finish().map(drop)).unwrap_err();
    /// let bad = err.get_ref().and_then(|e| e.downcast_ref::<arabic_text::InvalidUtf8>());
    /// assert_eq!(bad.map(|b| b.offset()), Some(2));
    /// ```
    #[must_use]
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Whether the stream ends inside the sequence (it was cut short), rather than holding
    /// a byte that cannot begin or continue a character.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    ///
    /// let mut w = arabic_text::Normalizer::search().writer(Vec::new());
    /// w.write_all(b"ab\xD8")?;
    /// let err = w.finish().unwrap_err();
    /// let bad = err.get_ref().and_then(|e| e.downcast_ref::<arabic_text::InvalidUtf8>());
    /// assert_eq!(bad.map(|b| b.is_cut_short()), Some(true));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[must_use]
    pub fn is_cut_short(&self) -> bool {
        self.cut_short
    }
}

impl fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = if self.cut_short {
            "the stream ends inside a character"
        } else {
            "a byte that begins no character"
        };
        write!(
            f,
            "invalid UTF-8 at byte {} of the stream: {why}",
            self.offset
        )
    }
}

impl std::error::Error for InvalidUtf8 {}

/// A setting that needs a whole day got one that does not exist: the reference date of a
/// [`DateFinder`](crate::DateFinder) ([`try_with_reference`](crate::DateFinder::try_with_reference))
/// or the publication date of a [`Cleaner`](crate::Cleaner)
/// ([`published_on`](crate::Cleaner::published_on)). A configuration error, not a parse
/// error: nothing was read.
///
/// # Examples
///
/// ```
/// let err = arabic_text::DateFinder::new().try_with_reference(2015, 2, 30).unwrap_err();
/// assert_eq!((err.year(), err.month(), err.day()), (2015, 2, 30));
/// assert_eq!(err.to_string(), "no such day: 2015-02-30 (a day of the years 1 to 9999 is needed)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvalidDate {
    year: i32,
    month: u8,
    day: u8,
}

impl InvalidDate {
    pub(crate) fn new(year: i32, month: u8, day: u8) -> Self {
        InvalidDate { year, month, day }
    }

    /// The year given.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = arabic_text::Cleaner::new().published_on(0, 1, 1).unwrap_err();
    /// assert_eq!(err.year(), 0);
    /// ```
    #[must_use]
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month given.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = arabic_text::Cleaner::new().published_on(2015, 13, 1).unwrap_err();
    /// assert_eq!(err.month(), 13);
    /// ```
    #[must_use]
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day given.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = arabic_text::Cleaner::new().published_on(2015, 4, 31).unwrap_err();
    /// assert_eq!(err.day(), 31);
    /// ```
    #[must_use]
    pub fn day(&self) -> u8 {
        self.day
    }
}

impl fmt::Display for InvalidDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no such day: {:04}-{:02}-{:02} (a day of the years 1 to 9999 is needed)",
            self.year, self.month, self.day
        )
    }
}

impl std::error::Error for InvalidDate {}
