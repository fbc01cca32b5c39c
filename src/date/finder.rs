//! The public face of the date module: [`DateFinder`] and its options, [`find_dates`],
//! [`parse_date`], and the [`DateMatch`]es they give.

use crate::Span;

use super::grammar::Matcher;
use super::token::Kind;
use super::{Date, DateKind, DateValue, MonthNaming, Relative, Weekday};
use crate::error::{InvalidDate, ParseDateError, ParseDateErrorKind};

/// One date found in a text.
///
/// With the `serde` feature, a match is written with the fields named here, the span as
/// `{"start", "end"}`, a value as `{"Gregorian": {"year", "month", "day"}}` (or `Range`,
/// `Hijri`, `HijriRange`), the naming as a list of set names.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let found = arabic_text::find_dates("نشر في: 17 شتنبر 2014").next().unwrap();
/// let json = serde_json::to_value(&found).unwrap();
/// assert_eq!(json["span"]["start"], "نشر في: ".len());
/// assert_eq!(json["value"]["Gregorian"]["day"], 17);
/// assert_eq!(json["kind"], "Absolute");
/// assert_eq!(json["naming"], serde_json::json!(["Moroccan"]));
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DateMatch {
    /// The byte range of the expression in the text as given.
    pub span: Span,
    /// What it stands for.
    pub value: DateValue,
    /// How it was found.
    pub kind: DateKind,
    /// The regional set(s) its month name(s) belong to.
    pub naming: MonthNaming,
    /// The weekday the text names with it (`الاثنين 17 دجنبر 2014`, `أمس الاثنين`).
    pub weekday: Option<Weekday>,
    /// Whether that weekday is the date's: `None` when there is no weekday or the date is
    /// not a full day.
    pub weekday_matches: Option<bool>,
    /// The relative expression, for relative dates.
    pub relative: Option<Relative>,
}

/// Finds dates with options: a reference date for relative expressions, the Libyan
/// month names, year-only mentions.
///
/// # Examples
///
/// ```
/// use arabic_text::{Date, DateFinder, DateKind, DateValue};
///
/// let finder = DateFinder::new().with_reference(2014, 12, 17);
/// let found: Vec<_> = finder.find_iter("اعتمدها المنتدى في شتنبر الماضي").collect();
/// assert_eq!(found[0].value, DateValue::Gregorian(Date::ym(2014, 9)));
/// assert_eq!(found[0].kind, DateKind::RelativeResolved);
/// ```
///
/// With the `serde` feature, a finder is written as its settings, named after the
/// setters: `reference` (a [`Date`] or `null`), `libyan_names`, `year_only`,
/// `bare_months` and `week_start`; reading one checks the reference as
/// [`try_with_reference`](Self::try_with_reference) does.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use arabic_text::DateFinder;
///
/// let finder = DateFinder::new().with_reference(2014, 12, 17);
/// let json = serde_json::to_string(&finder).unwrap();
/// assert_eq!(
///     json,
///     r#"{"reference":{"year":2014,"month":12,"day":17},"libyan_names":false,"year_only":true,"bare_months":false,"week_start":"Saturday"}"#
/// );
/// assert_eq!(serde_json::from_str::<DateFinder>(&json).unwrap(), finder);
/// assert!(serde_json::from_str::<DateFinder>(&json.replace("17}", "32}")).is_err());
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(
        try_from = "super::serde_impl::DateFinderOptions",
        into = "super::serde_impl::DateFinderOptions"
    )
)]
#[must_use = "settings do nothing until used: each setter returns a new `DateFinder`"]
pub struct DateFinder {
    pub(super) reference: Option<Date>,
    pub(super) libyan: bool,
    pub(super) year_only: bool,
    pub(super) bare_months: bool,
    pub(crate) week_start: Weekday,
}

impl Default for DateFinder {
    fn default() -> Self {
        Self::new()
    }
}

/// Finds the dates of `text` with the default [`DateFinder`] (no reference date).
///
/// Empty input and text with no Arabic month name or date give no dates (a numeric
/// date such as `17/12/2014` is found in any script); any input, however large, is
/// scanned once, in time linear in its length, with no allocation per match.
///
/// # Examples
///
/// ```
/// use arabic_text::{find_dates, Date, DateValue};
///
/// let text = "نشر في: 17 ديسمبر 2014";
/// let found: Vec<_> = find_dates(text).collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(&text[found[0].span], "17 ديسمبر 2014");
/// assert_eq!(found[0].value, DateValue::Gregorian(Date::ymd(2014, 12, 17)));
/// ```
#[must_use]
pub fn find_dates(text: &str) -> Dates<'_> {
    DateFinder::new().find_iter(text)
}

/// Parses a text that is one date expression (surrounding white space allowed).
///
/// Empty input (or white space only) is [`ParseDateErrorKind::Empty`]; text with no
/// date, such as text with no Arabic that is no numeric date, is
/// [`ParseDateErrorKind::NoDate`]; a huge input is read once, in linear time.
///
/// # Errors
///
/// [`ParseDateError`] when the text is empty, holds no date, holds more than the date, or
/// names a day that does not exist.
///
/// # Examples
///
/// ```
/// use arabic_text::{parse_date, Date, DateValue};
///
/// assert_eq!(parse_date("١٧ دجنبر 2014").unwrap().value, DateValue::Gregorian(Date::ymd(2014, 12, 17)));
/// assert!(parse_date("29 فبراير 2019").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<DateMatch, ParseDateError> {
    DateFinder::new().parse(text)
}

impl DateFinder {
    /// No reference date, no Libyan names, year-only mentions (`سنة 2011`) on.
    ///
    /// # Examples
    ///
    /// ```
    /// let finder = arabic_text::DateFinder::new();
    /// assert_eq!(finder.find_iter("سنة 2011").count(), 1);
    /// ```
    pub const fn new() -> Self {
        DateFinder {
            reference: None,
            libyan: false,
            year_only: true,
            bare_months: false,
            week_start: Weekday::Saturday,
        }
    }

    /// Resolves relative expressions against this date (typically the page's publication
    /// date), a day of the years 1 to 9999, and gives a date written without its year
    /// (`في 9 يوليوز`) the year that puts it nearest this date
    /// ([`DateKind::Inferred`]).
    ///
    /// # Panics
    ///
    /// When the day does not exist (`2014, 2, 30`): a reference silently ignored would
    /// leave every relative date unresolved. [`try_with_reference`](Self::try_with_reference)
    /// returns the error instead.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, DateFinder, DateValue};
    ///
    /// let finder = DateFinder::new().with_reference(2014, 12, 17);
    /// let yesterday = finder.find_iter("يوم أمس").next().unwrap();
    /// assert_eq!(yesterday.value, DateValue::Gregorian(Date::ymd(2014, 12, 16)));
    /// ```
    #[allow(clippy::panic)]
    pub fn with_reference(self, year: i32, month: u8, day: u8) -> Self {
        match self.try_with_reference(year, month, day) {
            Ok(finder) => finder,
            Err(error) => panic!("DateFinder::with_reference: {error}"),
        }
    }

    /// The first day of the week for `الأسبوع الماضي` and its kin: Saturday by default,
    /// as in most Arab countries; [`Weekday::Monday`] for ISO weeks.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, DateFinder, DateValue, Weekday};
    ///
    /// // 17 December 2014 was a Wednesday.
    /// let text = "الأسبوع الماضي";
    /// let arab = DateFinder::new().with_reference(2014, 12, 17);
    /// let found = arab.find_iter(text).next().unwrap();
    /// assert_eq!(found.value, DateValue::Range(Date::ymd(2014, 12, 6), Date::ymd(2014, 12, 12)));
    /// let iso = arab.week_start(Weekday::Monday);
    /// let found = iso.find_iter(text).next().unwrap();
    /// assert_eq!(found.value, DateValue::Range(Date::ymd(2014, 12, 8), Date::ymd(2014, 12, 14)));
    /// ```
    pub const fn week_start(mut self, first_day: Weekday) -> Self {
        self.week_start = first_day;
        self
    }

    /// Like [`with_reference`](Self::with_reference), but says when the day does not exist.
    ///
    /// # Errors
    ///
    /// [`InvalidDate`] for a day that does not exist, or outside the years 1 to 9999.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::DateFinder;
    ///
    /// assert!(DateFinder::new().try_with_reference(2014, 2, 30).is_err());
    /// assert!(DateFinder::new().try_with_reference(2016, 2, 29).is_ok());
    /// ```
    pub fn try_with_reference(
        mut self,
        year: i32,
        month: u8,
        day: u8,
    ) -> Result<Self, InvalidDate> {
        let date = Date::ymd(year, month, day);
        if !date.is_valid() || !(1..=12).contains(&month) || !(1..=9999).contains(&year) {
            return Err(InvalidDate::new(year, month, day));
        }
        self.reference = Some(date);
        Ok(self)
    }

    /// Recognises the Libyan Jamahiriya month names (`أي النار … الكانون`), only in a
    /// day-month-year expression; a year followed by `و.ر` (or below 1500) counts from the
    /// Prophet's death (Gregorian − 632). Off by default; a year marked `و.ر` makes the
    /// names unambiguous, so such a date is read with the option off too.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, DateFinder, DateValue};
    ///
    /// let libyan = DateFinder::new().libyan_names(true);
    /// let found = libyan.find_iter("13 هانيبال 1385 و.ر").next().unwrap();
    /// assert_eq!(found.value, DateValue::Gregorian(Date::ymd(2017, 8, 13)));
    /// assert_eq!(DateFinder::new().find_iter("13 هانيبال 1385").count(), 0);
    /// assert_eq!(DateFinder::new().find_iter("13 هانيبال 1385 و.ر").count(), 1);
    /// ```
    pub const fn libyan_names(mut self, on: bool) -> Self {
        self.libyan = on;
        self
    }

    /// Reports year-only mentions (`سنة 2011`, `عام 2013`). On by default.
    ///
    /// # Examples
    ///
    /// ```
    /// let finder = arabic_text::DateFinder::new().year_only(false);
    /// assert_eq!(finder.find_iter("سنة 2011").count(), 0);
    /// ```
    pub const fn year_only(mut self, on: bool) -> Self {
        self.year_only = on;
        self
    }

    /// Reports a month name standing alone (`في شتنبر`) as a month. Off by default: a bare
    /// name is weak evidence. Names that are also common words (`مارس`, `ماي`, `جوان`,
    /// `نيسان`, `تموز`, `آب`, `صفر`, `رجب`, `شعبان`, `رمضان`) are never reported bare.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::DateFinder;
    ///
    /// let text = "في شتنبر قرر المجلس، ومارس الرياضة";
    /// assert_eq!(DateFinder::new().find_iter(text).count(), 0);
    /// let months: Vec<_> = DateFinder::new().bare_months(true).find_iter(text).collect();
    /// assert_eq!(months.len(), 1);
    /// assert_eq!(months[0].value.to_string(), "--09");
    /// ```
    pub const fn bare_months(mut self, on: bool) -> Self {
        self.bare_months = on;
        self
    }

    /// The reference date relative expressions are resolved against, if one was given
    /// ([`with_reference`](Self::with_reference)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, DateFinder};
    ///
    /// assert_eq!(DateFinder::new().get_reference(), None);
    /// let finder = DateFinder::new().with_reference(2014, 12, 17);
    /// assert_eq!(finder.get_reference(), Some(Date::ymd(2014, 12, 17)));
    /// ```
    #[must_use]
    pub const fn get_reference(&self) -> Option<Date> {
        self.reference
    }

    /// The first day of the week ([`week_start`](Self::week_start)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{DateFinder, Weekday};
    ///
    /// assert_eq!(DateFinder::new().get_week_start(), Weekday::Saturday);
    /// assert_eq!(DateFinder::new().week_start(Weekday::Monday).get_week_start(), Weekday::Monday);
    /// ```
    #[must_use]
    pub const fn get_week_start(&self) -> Weekday {
        self.week_start
    }

    /// Whether the Libyan month names are read without a `و.ر` year ([`libyan_names`](Self::libyan_names)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::DateFinder::new().libyan_names(false);
    /// assert!(!x.get_libyan_names());
    /// assert!(x.libyan_names(true).get_libyan_names());
    /// ```
    #[must_use]
    pub const fn get_libyan_names(&self) -> bool {
        self.libyan
    }

    /// Whether a year alone is reported ([`year_only`](Self::year_only)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::DateFinder::new().year_only(false);
    /// assert!(!x.get_year_only());
    /// assert!(x.year_only(true).get_year_only());
    /// ```
    #[must_use]
    pub const fn get_year_only(&self) -> bool {
        self.year_only
    }

    /// Whether a bare month name is reported ([`bare_months`](Self::bare_months)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::DateFinder::new().bare_months(false);
    /// assert!(!x.get_bare_months());
    /// assert!(x.bare_months(true).get_bare_months());
    /// ```
    #[must_use]
    pub const fn get_bare_months(&self) -> bool {
        self.bare_months
    }

    /// The dates of `text`, in text order, without overlap.
    ///
    /// Empty input or text with no Arabic gives no dates (numeric dates aside); any input
    /// is scanned once, in time linear in its length, with no allocation per match.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "في شهر شتنبر 2013، ثم يوم 5 ماي 2014";
    /// let spans: Vec<&str> = arabic_text::DateFinder::new()
    ///     .find_iter(text)
    ///     .map(|m| &text[m.span])
    ///     .collect();
    /// assert_eq!(spans, ["شهر شتنبر 2013", "يوم 5 ماي 2014"]);
    /// ```
    #[must_use]
    pub fn find_iter<'t>(&self, text: &'t str) -> Dates<'t> {
        Dates {
            matcher: Matcher::new(*self, text),
            index: 0,
        }
    }

    /// Parses a text that is one date expression (surrounding white space allowed).
    ///
    /// Empty input (or white space only) is [`ParseDateErrorKind::Empty`]; text with no
    /// date, such as text with no Arabic that is no numeric date, is
    /// [`ParseDateErrorKind::NoDate`]; a huge input is read once, in linear time.
    ///
    /// # Errors
    ///
    /// See [`parse_date`].
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Date, DateFinder, DateValue};
    ///
    /// let finder = DateFinder::new().with_reference(2014, 12, 17);
    /// let value = finder.parse("شتنبر الماضي").unwrap().value;
    /// assert_eq!(value, DateValue::Gregorian(Date::ym(2014, 9)));
    /// ```
    pub fn parse(&self, text: &str) -> Result<DateMatch, ParseDateError> {
        let trimmed_start = text.len() - text.trim_start().len();
        if text.trim().is_empty() {
            return Err(ParseDateError::new(ParseDateErrorKind::Empty, 0));
        }
        let mut matcher = Matcher::new(*self, text);
        let first = matcher.token(0);
        let Some(found) = matcher.match_at(0) else {
            return Err(ParseDateError::new(
                ParseDateErrorKind::NoDate,
                first.start.max(trimmed_start),
            ));
        };
        if found.span.start > trimmed_start && first.start < found.span.start {
            return Err(ParseDateError::new(
                ParseDateErrorKind::LeadingText,
                first.start,
            ));
        }
        if let Some(kind) = found.invalid {
            return Err(ParseDateError::new(kind, found.span.start));
        }
        // A coordination names more than one date (`يومي 7 و8 دجنبر`).
        if let Some(second) = matcher.next_pending() {
            return Err(ParseDateError::new(
                ParseDateErrorKind::TrailingText,
                second.span.start,
            ));
        }
        let after = matcher.token(found.next);
        // Closing punctuation after the date is allowed.
        let mut k = found.next;
        let mut rest = after;
        while matches!(rest.kind, Kind::Punct('.' | '،' | ',' | '؛' | ';')) {
            k += 1;
            rest = matcher.token(k);
        }
        if rest.kind != Kind::End {
            return Err(ParseDateError::new(
                ParseDateErrorKind::TrailingText,
                rest.start,
            ));
        }
        Ok(found.into_match())
    }
}

/// The dates of a text, in order; made by [`find_dates`] and [`DateFinder::find_iter`].
#[derive(Clone, Debug)]
pub struct Dates<'t> {
    matcher: Matcher<'t>,
    index: usize,
}

impl Iterator for Dates<'_> {
    type Item = DateMatch;

    fn next(&mut self) -> Option<DateMatch> {
        if let Some(found) = self.matcher.next_pending() {
            return Some(self.report(found));
        }
        loop {
            self.index = self.matcher.skip_to_start(self.index);
            if self.matcher.token(self.index).kind == Kind::End {
                return None;
            }
            let found = self.matcher.match_at(self.index);
            match found {
                Some(found) if found.invalid.is_none() => {
                    self.index = found.next;
                    self.matcher.forget_before(self.index);
                    return Some(self.report(found));
                }
                // An impossible day (`31 يونيو 2019`) is no date, nor is any part of it.
                Some(found) => {
                    self.index = found.next;
                    self.matcher.forget_before(self.index);
                }
                _ => {
                    self.index += 1;
                    self.matcher.forget_before(self.index);
                }
            }
        }
    }
}

impl Dates<'_> {
    /// Hands a date out, remembered for the anaphora after it (`يوم 12 منه`).
    fn report(&mut self, found: super::grammar::Found) -> DateMatch {
        if let Some(date) = found.value.gregorian() {
            self.matcher.previous = Some(date);
        }
        found.into_match()
    }
}

impl core::iter::FusedIterator for Dates<'_> {}
