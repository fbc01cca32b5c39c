//! Month-name dates: find and parse them in Arabic text, Maghrebi first.
//!
//! Every regional set of month names is active at once (the region is evidence, never a
//! filter): Moroccan, Algerian/Tunisian, Mauritanian, standard (Egypt, Gulf), Levantine
//! and Iraqi, and Hijri; the Libyan Jamahiriya names behind an option. Names are compared
//! after folding hamza forms, `ى/ي`, `ة/ه`, Persian letters, diacritics, tatweel and
//! invisible marks, and lose a glued proclitic (`وغشت`, `لـ17`).
//!
//! Spans are byte ranges of the text as given. Nothing is guessed: a part the text does
//! not give stays `None`, relative expressions are resolved only against a reference date
//! the caller gives, and an impossible day (`31 يونيو 2019`) is not a date.
//!
//! Words that are month names only in context are reported only with that context: the
//! verb `مارس`, `ماي` (May, water, Theresa May), `جوان`, `نيسان` (April, the car maker),
//! `تموز`, `آب` (August; `أب` is father), `صفر` (zero), `رجب`, `شعبان`, `رمضان` (given
//! names) need a day, a year, `شهر` or a relative word; a bare month name is never a date.

mod calendar;
mod lexicon;
#[cfg(feature = "serde")]
mod serde_impl;
mod token;
mod value;

use core::ops::Range;

pub use lexicon::MonthNaming;
pub(crate) use lexicon::folded;
pub use value::{Date, DateKind, DateValue, HijriDate, Relative, Weekday};

use crate::error::{ParseDateError, ParseDateErrorKind};
use calendar::{civil_from_days, days_from_civil, days_from_hijri, weekday_from_days};
use lexicon::{Head, Keyword as K, Lex};
use token::{Kind, Token, Tokenizer};

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
pub struct DateMatch {
    /// The byte range of the expression in the text as given.
    pub span: Range<usize>,
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
/// setters: `reference` (a [`Date`] or `null`), `libyan_names`, `year_only` and
/// `bare_months`; reading one checks the reference as
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
///     r#"{"reference":{"year":2014,"month":12,"day":17},"libyan_names":false,"year_only":true,"bare_months":false}"#
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
        try_from = "serde_impl::DateFinderOptions",
        into = "serde_impl::DateFinderOptions"
    )
)]
pub struct DateFinder {
    reference: Option<Date>,
    libyan: bool,
    year_only: bool,
    bare_months: bool,
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
/// assert_eq!(&text[found[0].span.clone()], "17 ديسمبر 2014");
/// assert_eq!(found[0].value, DateValue::Gregorian(Date::ymd(2014, 12, 17)));
/// ```
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
        }
    }

    /// Resolves relative expressions against this date (typically the page's publication
    /// date), a day of the years 1 to 9999. A day that does not exist is ignored; [`try_with_reference`](Self::try_with_reference)
    /// reports it instead.
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
    pub fn with_reference(self, year: i32, month: u8, day: u8) -> Self {
        self.try_with_reference(year, month, day).unwrap_or(self)
    }

    /// Like [`with_reference`](Self::with_reference), but says when the day does not exist.
    ///
    /// # Errors
    ///
    /// [`ParseDateErrorKind::InvalidReference`] for a day that does not exist.
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
    ) -> Result<Self, ParseDateError> {
        let date = Date::ymd(year, month, day);
        if !date.is_valid() || !(1..=12).contains(&month) || !(1..=9999).contains(&year) {
            return Err(ParseDateError::new(
                ParseDateErrorKind::InvalidReference { year, month, day },
                0,
            ));
        }
        self.reference = Some(date);
        Ok(self)
    }

    /// Recognises the Libyan Jamahiriya month names (`أي النار … الكانون`), only in a
    /// day-month-year expression; a year followed by `و.ر` (or below 1500) counts from the
    /// Prophet's death (Gregorian − 632). Off by default.
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
                    return Some(found.into_match());
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

impl core::iter::FusedIterator for Dates<'_> {}

/// A candidate match.
#[derive(Clone, Debug)]
struct Found {
    span: Range<usize>,
    next: usize,
    value: DateValue,
    kind: DateKind,
    naming: MonthNaming,
    weekday: Option<Weekday>,
    relative: Option<Relative>,
    invalid: Option<ParseDateErrorKind>,
}

impl Found {
    fn into_match(self) -> DateMatch {
        let weekday_matches = weekday_matches(self.weekday, self.value);
        DateMatch {
            span: self.span,
            value: self.value,
            kind: self.kind,
            naming: self.naming,
            weekday: self.weekday,
            weekday_matches,
            relative: self.relative,
        }
    }
}

/// The value of a relative expression, resolved when there is a reference date (a whole
/// day).
fn resolve_relative(reference: Option<Date>, relative: Relative) -> (DateValue, DateKind) {
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
fn weekday_matches(weekday: Option<Weekday>, value: DateValue) -> Option<bool> {
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

/// A month name as read at a token.
#[derive(Clone, Copy, Debug)]
struct MonthAt {
    month: u8,
    naming: MonthNaming,
    ambiguous: bool,
    /// The byte where the name starts (after a glued proclitic).
    start: usize,
    /// The token after the name.
    next: usize,
    /// A proclitic `و` was glued to it.
    with_and: bool,
}

impl MonthAt {
    /// The month alone, with no day or year (`شهر شتنبر`, `شهر رمضان`).
    fn month_only(&self) -> DateValue {
        if self.hijri() {
            let hijri = HijriDate {
                month: Some(self.month),
                ..HijriDate::default()
            };
            DateValue::Hijri {
                hijri,
                gregorian: None,
                converted: false,
            }
        } else {
            DateValue::Gregorian(Date {
                month: Some(self.month),
                ..Date::default()
            })
        }
    }

    fn hijri(&self) -> bool {
        self.naming.contains(MonthNaming::HIJRI)
    }
    fn libyan(&self) -> bool {
        self.naming.contains(MonthNaming::LIBYAN)
    }
}

/// A year as read at a token, with its era marker.
#[derive(Clone, Copy, Debug)]
struct YearAt {
    year: i32,
    hijri_era: bool,
    libyan_era: bool,
    end: usize,
    next: usize,
}

/// How many tokens the matcher keeps in view.
const WINDOW: usize = 48;

/// The token window and the patterns.
#[derive(Clone, Debug)]
struct Matcher<'t> {
    finder: DateFinder,
    text: &'t str,
    tokenizer: Tokenizer<'t>,
    /// Tokens `first..first + len`, in a ring starting at `head`.
    ring: [Token; WINDOW],
    head: usize,
    first: usize,
    len: usize,
    /// The token before `first`.
    before: Option<Token>,
    ended: bool,
    /// A `بين` opened the expression being read (`بين … و …` is a range).
    between: bool,
}

impl<'t> Matcher<'t> {
    fn new(finder: DateFinder, text: &'t str) -> Self {
        Matcher {
            finder,
            text,
            tokenizer: Tokenizer::new(text),
            ring: [Token::default(); WINDOW],
            head: 0,
            first: 0,
            len: 0,
            before: None,
            ended: false,
            between: false,
        }
    }

    /// Token number `k` (an `End` token past the text or past the window).
    fn token(&mut self, k: usize) -> Token {
        if k < self.first {
            return if k + 1 == self.first {
                self.before.unwrap_or_default()
            } else {
                Token::default()
            };
        }
        let offset = k - self.first;
        if offset >= WINDOW {
            return Token {
                start: self.text.len(),
                end: self.text.len(),
                ..Token::default()
            };
        }
        while self.len <= offset {
            let token = if self.ended {
                Token {
                    start: self.text.len(),
                    end: self.text.len(),
                    ..Token::default()
                }
            } else {
                self.tokenizer.next_token()
            };
            self.ended |= token.kind == Kind::End;
            if let Some(slot) = self.ring.get_mut((self.head + self.len) % WINDOW) {
                *slot = token;
            }
            self.len += 1;
        }
        self.ring
            .get((self.head + offset) % WINDOW)
            .copied()
            .unwrap_or_default()
    }

    /// The first token from `k` on that can start an expression (a number or a word of the
    /// lexicon), or the end; tokens passed over are read straight from the tokenizer
    /// without entering the window.
    fn skip_to_start(&mut self, k: usize) -> usize {
        self.forget_before(k);
        let can_start = |token: &Token| match token.kind {
            Kind::End | Kind::Number => true,
            Kind::Word => token.reading.keyword.is_some() || token.reading.month.is_some(),
            Kind::Punct(_) => false,
        };
        let mut k = k;
        loop {
            if self.len > 0 {
                let token = self.token(k);
                if can_start(&token) {
                    return k;
                }
                k += 1;
                self.forget_before(k);
                continue;
            }
            if self.ended {
                return k;
            }
            let token = self.tokenizer.next_token();
            if can_start(&token) {
                self.ended |= token.kind == Kind::End;
                if let Some(slot) = self.ring.get_mut(self.head) {
                    *slot = token;
                }
                self.len = 1;
                return k;
            }
            self.before = Some(token);
            k += 1;
            self.first = k;
        }
    }

    /// Drops tokens before `k`.
    fn forget_before(&mut self, k: usize) {
        while self.first < k {
            if self.len == 0 {
                // Not yet read: read it to move on.
                self.token(self.first);
            }
            self.before = self.ring.get(self.head).copied();
            self.head = (self.head + 1) % WINDOW;
            self.first += 1;
            self.len = self.len.saturating_sub(1);
        }
    }

    fn word_text(&mut self, k: usize) -> Option<&'t str> {
        let token = self.token(k);
        if token.kind != Kind::Word {
            return None;
        }
        self.text.get(token.start..token.end)
    }

    fn lex(&mut self, k: usize) -> Option<Lex> {
        self.token(k).reading.keyword.map(|(lex, _)| lex)
    }

    /// The byte length of a proclitic glued to the keyword at `k`.
    fn clitic(&mut self, k: usize) -> usize {
        self.token(k)
            .reading
            .keyword
            .map_or(0, |(_, clitic)| usize::from(clitic))
    }

    fn is_kw(&mut self, k: usize, keyword: K) -> bool {
        self.lex(k) == Some(Lex::Keyword(keyword))
    }

    fn is_punct(&mut self, k: usize, c: char) -> bool {
        self.token(k).kind == Kind::Punct(c)
    }

    /// A number at `k`: its value and digit count.
    fn number(&mut self, k: usize) -> Option<(u32, u8)> {
        let token = self.token(k);
        (token.kind == Kind::Number).then_some((token.value, token.digits))
    }

    /// A day of the month (1..=31, at most two digits), not glued to a word before it
    /// other than a proclitic (`كشـ24` is a name, `لـ24` is "on the 24th").
    fn day(&mut self, k: usize) -> Option<u8> {
        let token = self.token(k);
        if !token.space_before && k > 0 {
            let before = self.token(k - 1);
            let glued_word = before.kind == Kind::Word
                && !self
                    .text
                    .get(before.start..before.end)
                    .is_some_and(is_proclitic);
            if glued_word {
                return None;
            }
        }
        let (value, digits) = self.number(k)?;
        (digits <= 2 && (1..=31).contains(&value)).then_some(value as u8)
    }

    /// A month name at `k` (one or two words), paired names included.
    fn month(&mut self, k: usize) -> Option<MonthAt> {
        let first = self.single_month(k)?;
        // Paired names: `كانون الأول/ديسمبر`, `ديسمبر-دجنبر`, `آب (أغسطس)`.
        let next = first.next;
        let (open, close) = (
            self.is_punct(next, '('),
            self.is_punct(next, '/') || self.is_punct(next, '-'),
        );
        if open || close {
            if let Some(second) = self.single_month(next + 1) {
                if second.month == first.month && second.hijri() == first.hijri() {
                    let after = if open {
                        if !self.is_punct(second.next, ')') {
                            return Some(first);
                        }
                        second.next + 1
                    } else {
                        second.next
                    };
                    return Some(MonthAt {
                        naming: first.naming.union(second.naming),
                        ambiguous: first.ambiguous && second.ambiguous,
                        next: after,
                        ..first
                    });
                }
            }
        }
        Some(first)
    }

    fn single_month(&mut self, k: usize) -> Option<MonthAt> {
        let text = self.word_text(k)?;
        let token = self.token(k);
        let (lex, clitic) = token.reading.month?;
        let clitic = usize::from(clitic);
        let with_and = clitic > 0 && text.starts_with('\u{0648}');
        let at = |month: u8, naming: MonthNaming, ambiguous: bool, next: usize| MonthAt {
            month,
            naming,
            ambiguous,
            start: token.start + clitic,
            next,
            with_and,
        };
        match lex {
            Lex::Month {
                month,
                naming,
                ambiguous,
            } => {
                if naming == MonthNaming::LIBYAN && !self.finder.libyan {
                    return None;
                }
                Some(at(month, naming, ambiguous, k + 1))
            }
            Lex::MonthHead(head) => {
                let second = self.lex(k + 1);
                let number = self.number(k + 1).map(|(v, _)| v);
                let (first_ord, second_ord, last_ord) = (
                    second == Some(Lex::Keyword(K::FirstOrdinal)) || number == Some(1),
                    second == Some(Lex::Keyword(K::SecondOrdinal)) || number == Some(2),
                    second == Some(Lex::Keyword(K::LastOrdinal)),
                );
                let (month, naming) = match head {
                    Head::Kanun if second_ord => (1, MonthNaming::LEVANTINE),
                    Head::Kanun if first_ord => (12, MonthNaming::LEVANTINE),
                    Head::Tishrin if first_ord => (10, MonthNaming::LEVANTINE),
                    Head::Tishrin if second_ord => (11, MonthNaming::LEVANTINE),
                    Head::Rabi if first_ord => (3, MonthNaming::HIJRI),
                    Head::Rabi if second_ord || last_ord => (4, MonthNaming::HIJRI),
                    Head::Jumada if first_ord => (5, MonthNaming::HIJRI),
                    Head::Jumada if second_ord || last_ord => (6, MonthNaming::HIJRI),
                    Head::Ay
                        if self.finder.libyan
                            && self
                                .word_text(k + 1)
                                .is_some_and(|w| lexicon::is(w, "النار")) =>
                    {
                        (1, MonthNaming::LIBYAN)
                    }
                    _ => return None,
                };
                Some(at(month, naming, false, k + 2))
            }
            // `الفاتح`, the Libyan September (otherwise "the first of").
            Lex::Keyword(K::FirstOfMonth)
                if self.finder.libyan && clitic == 0 && lexicon::is(text, "الفاتح") =>
            {
                Some(at(9, MonthNaming::LIBYAN, true, k + 1))
            }
            Lex::Keyword(K::Dhu) => {
                let second = self.word_text(k + 1)?;
                let month = if lexicon::is(second, lexicon::DHU_QADA) {
                    11
                } else if lexicon::is(second, lexicon::DHU_HIJJA) {
                    12
                } else {
                    return None;
                };
                Some(at(month, MonthNaming::HIJRI, false, k + 2))
            }
            _ => None,
        }
    }

    /// A four-digit year at `k`, with an era marker after it.
    fn year(&mut self, k: usize) -> Option<YearAt> {
        let (value, digits) = self.number(k)?;
        if digits != 4 {
            return None;
        }
        let mut found = YearAt {
            year: value as i32,
            hijri_era: false,
            libyan_era: false,
            end: self.token(k).end,
            next: k + 1,
        };
        match self.lex(k + 1) {
            Some(Lex::Keyword(K::HijriEra)) => found.hijri_era = true,
            Some(Lex::Keyword(K::Gregorian)) => {}
            _ => {
                // `و.ر`: the Libyan era.
                if self.finder.libyan
                    && self.word_text(k + 1).is_some_and(|w| lexicon::is(w, "و"))
                    && self.is_punct(k + 2, '.')
                    && self.word_text(k + 3).is_some_and(|w| lexicon::is(w, "ر"))
                {
                    found.libyan_era = true;
                    found.end = self.token(k + 3).end;
                    found.next = k + 4;
                }
                return Some(found);
            }
        }
        found.end = self.token(k + 1).end;
        found.next = k + 2;
        Some(found)
    }

    /// Whether a Gregorian year is plausible in news text.
    fn plausible_gregorian(year: i32) -> bool {
        (1000..=2200).contains(&year)
    }

    /// The pattern that starts at token `k`, if any.
    fn match_at(&mut self, k: usize) -> Option<Found> {
        let mut found = self.match_plain(k)?;
        // A glued proclitic is not part of the date (`وعام 2013`, `والفاتح من نوفمبر`).
        let token = self.token(k);
        if found.span.start == token.start && token.kind == Kind::Word {
            found.span.start += self.clitic(k);
        }
        // Context that says it is not a date.
        let before = if k == 0 { None } else { self.lex(k - 1) };
        match before {
            Some(Lex::Keyword(K::ThereseMay)) => return None,
            Some(Lex::Keyword(K::Car)) if found.naming.contains(MonthNaming::LEVANTINE) => {
                return None;
            }
            // `احتفالات يناير`, `إيض يناير`: the Amazigh new year, not January.
            Some(Lex::Keyword(K::Amazigh))
                if found.value.gregorian().and_then(|d| d.month) == Some(1) =>
            {
                return None;
            }
            _ => {}
        }
        Some(found)
    }

    fn match_plain(&mut self, k: usize) -> Option<Found> {
        let token = self.token(k);
        match token.kind {
            Kind::Number => self.numeric(k).or_else(|| self.day_first(k)),
            Kind::Word => {
                let lex = self.lex(k);
                match lex {
                    Some(Lex::Keyword(K::Day)) => {
                        // `يوم 5 ماي`, `يومي 25 و26 يونيو`, `يوم أمس الاثنين`, `يوم الاثنين 17 دجنبر`.
                        let mut inner = self.match_plain(k + 1)?;
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Weekday(weekday)) => {
                        let mut next = k + 1;
                        if self.is_punct(next, ',') || self.is_punct(next, '،') {
                            next += 1;
                        }
                        let mut inner = self.match_plain(next)?;
                        if inner.weekday.is_some() || matches!(inner.value, DateValue::Range(..)) {
                            return None;
                        }
                        inner.weekday = Weekday::from_iso(weekday);
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Keyword(opener @ (K::From | K::Between))) => {
                        self.between = opener == K::Between;
                        let inner = self.day_first(k + 1);
                        self.between = false;
                        let mut inner = inner?;
                        if !matches!(
                            inner.value,
                            DateValue::Range(..) | DateValue::HijriRange { .. }
                        ) {
                            return None;
                        }
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Keyword(K::FirstOfMonth)) => self.first_of_month(k),
                    Some(Lex::Keyword(K::Event)) => {
                        let mut inner = self
                            .day_first(k + 1)
                            .or_else(|| self.first_of_month(k + 1))?;
                        inner.kind = DateKind::NamedEvent;
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Keyword(K::Month)) => self.month_word(k),
                    Some(Lex::Keyword(K::Year)) => self.year_only(k),
                    // `العام 2013`, or `العام الماضي`.
                    Some(Lex::Keyword(K::TheYear)) => {
                        self.year_only(k).or_else(|| self.relative(k))
                    }
                    // `أول نوفمبر 1954`, or `أول أمس`.
                    Some(Lex::Keyword(K::FirstOrdinal)) => {
                        self.first_of_month(k).or_else(|| self.relative(k))
                    }
                    Some(Lex::Keyword(
                        K::Yesterday | K::Today | K::Tomorrow | K::After | K::Week | K::TheMonth,
                    )) => self.relative(k),
                    _ => self.month_first(k, false),
                }
            }
            _ => None,
        }
    }

    /// A weekday right after the expression (`أمس الاثنين`): the weekday and the token
    /// after it.
    fn trailing_weekday(&mut self, k: usize) -> Option<(Weekday, usize)> {
        match self.lex(k) {
            Some(Lex::Weekday(day)) => Some((Weekday::from_iso(day)?, k + 1)),
            _ => None,
        }
    }

    /// `أمس`, `اليوم`, `غدا`, `أول أمس`, `أمس الأول`, `بعد غد`, `الأسبوع الماضي`,
    /// `الشهر المقبل`, `السنة الماضية`, optionally followed by a weekday.
    fn relative(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let lex = self.lex(k)?;
        let (relative, mut next) = match lex {
            Lex::Keyword(K::Yesterday) => {
                if self.is_kw(k + 1, K::FirstOrdinal) {
                    (Relative::Days(-2), k + 2)
                } else {
                    (Relative::Days(-1), k + 1)
                }
            }
            Lex::Keyword(K::Today) => {
                // `اليوم الوطني`, `اليوم العالمي`: "the day", not "today".
                let next_word = self.word_text(k + 1).unwrap_or_default();
                let definite = lexicon::folded(next_word)
                    .take(2)
                    .eq(['\u{0627}', '\u{0644}']);
                if definite && self.lex(k + 1).is_none() {
                    return None;
                }
                (Relative::Days(0), k + 1)
            }
            Lex::Keyword(K::Tomorrow) => (Relative::Days(1), k + 1),
            Lex::Keyword(K::FirstOrdinal) if self.is_kw(k + 1, K::Yesterday) => {
                (Relative::Days(-2), k + 2)
            }
            Lex::Keyword(K::After) if self.is_kw(k + 1, K::Morrow) => (Relative::Days(2), k + 2),
            Lex::Keyword(unit @ (K::Week | K::TheMonth | K::TheYear)) => {
                let direction = match self.lex(k + 1) {
                    Some(Lex::Keyword(K::Last)) => -1,
                    Some(Lex::Keyword(K::Next)) => 1,
                    Some(Lex::Keyword(K::Current)) => 0,
                    _ => return None,
                };
                let relative = match unit {
                    K::Week => Relative::Weeks(direction),
                    K::TheMonth => Relative::Months(direction),
                    _ => Relative::Years(direction),
                };
                (relative, k + 2)
            }
            _ => return None,
        };
        let mut weekday = None;
        if let Some((day, after)) = self.trailing_weekday(next) {
            weekday = Some(day);
            next = after;
        }
        let end = self.token(next - 1).end;
        let (value, kind) = self.resolve(relative);
        Some(Found {
            span: start..end,
            next,
            value,
            kind,
            naming: MonthNaming::NONE,
            weekday,
            relative: Some(relative),
            invalid: None,
        })
    }

    /// The value of a relative expression, resolved when there is a reference date.
    fn resolve(&self, relative: Relative) -> (DateValue, DateKind) {
        resolve_relative(self.finder.reference, relative)
    }

    /// `17/12/2014`, `17-12-2014`, `17.12.2014` (day first), `2014-12-17`: no spaces, a
    /// four-digit year, and not a law or decree number.
    fn numeric(&mut self, k: usize) -> Option<Found> {
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

    fn found(
        &self,
        span: Range<usize>,
        next: usize,
        value: DateValue,
        naming: MonthNaming,
    ) -> Found {
        let invalid = match value {
            DateValue::Gregorian(date) => invalid_day(&date),
            DateValue::Range(first, last) => invalid_day(&first)
                .or_else(|| invalid_day(&last))
                .or_else(|| {
                    (first > last && first.year.is_some() == last.year.is_some())
                        .then_some(ParseDateErrorKind::ReversedRange)
                }),
            // Hijri months have 29 or 30 days by sighting: any day up to 30 is possible.
            DateValue::Hijri { hijri, .. } | DateValue::HijriRange { last: hijri, .. } => {
                match (hijri.month, hijri.day) {
                    (Some(month), Some(day)) if day > 30 => Some(ParseDateErrorKind::InvalidDate {
                        year: hijri.year,
                        month,
                        day,
                    }),
                    _ => None,
                }
            }
        };
        Found {
            span,
            next,
            value,
            kind: DateKind::Absolute,
            naming,
            weekday: None,
            relative: None,
            invalid,
        }
    }

    /// `فاتح ماي`, `الفاتح من نوفمبر 1954`: the first day of the month.
    fn first_of_month(&mut self, k: usize) -> Option<Found> {
        let mut next = k + 1;
        if self.is_kw(next, K::From) {
            next += 1;
        }
        self.single_month(next)?;
        let start = self.token(k).start;
        let found = self.day_month_tail(start, None, 1, next)?;
        (!matches!(
            found.value,
            DateValue::Range(..) | DateValue::HijriRange { .. }
        ))
        .then_some(found)
    }

    /// Expressions that start with a day number: `17 دجنبر 2014`, `27 شعبان 1432 (29
    /// يوليوز 2011)`, `12 إلى 15 يوليوز 2019`, `25 و26 يونيو 2019`,
    /// `08 يونيو و08 يوليوز 2019`.
    fn day_first(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let day = self.day(k)?;
        let mut next = k + 1;
        // `27 من شعبان`
        if self.is_kw(next, K::From) {
            next += 1;
        }
        if self.single_month(next).is_some() {
            return self.day_month_tail(start, None, day, next);
        }
        // A range of days in one month: `12 إلى 15 يوليوز`, `25 و26 يونيو`, `12-15 يوليوز`.
        let joined =
            self.is_kw(next, K::To) || self.is_kw(next, K::And) || self.is_punct(next, '-');
        if joined {
            if let Some(last) = self.day(next + 1) {
                return self.day_month_tail(start, Some(day), last, next + 2);
            }
        }
        None
    }

    /// After the day (and an optional first day of a range): the month, the year, and the
    /// rest.
    fn day_month_tail(
        &mut self,
        start: usize,
        range_from: Option<u8>,
        day: u8,
        k: usize,
    ) -> Option<Found> {
        let month = self.month(k)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return self.libyan_date(start, day, month);
        }
        if month.hijri() {
            return self.hijri_tail(start, range_from, day, month);
        }
        let next = month.next;
        // A relative word instead of a year: `17 دجنبر الجاري`, `الفاتح من شتنبر المقبل`.
        if range_from.is_none() {
            if let Some(direction) = self.direction(next) {
                let relative = Relative::NamedMonth {
                    month: month.month,
                    direction,
                };
                let (value, kind) = self.resolve(relative);
                let value = match value {
                    DateValue::Gregorian(date) => DateValue::Gregorian(Date {
                        day: Some(day),
                        month: Some(month.month),
                        ..date
                    }),
                    other => other,
                };
                let end = self.token(next).end;
                let mut found = self.found(start..end, next + 1, value, month.naming);
                found.kind = kind;
                found.relative = Some(relative);
                return Some(found);
            }
        }
        let year = self
            .year(next)
            .filter(|y| Self::plausible_gregorian(y.year) && !y.hijri_era);
        let (end, after, year_value) = match year {
            Some(y) => (y.end, y.next, Some(y.year)),
            None => (self.token(next - 1).end, next, None),
        };
        let date = Date {
            year: year_value,
            month: Some(month.month),
            day: Some(day),
        };
        // A second day and month: `08 يونيو و08 يوليوز 2019`, `28 يونيو إلى 3 يوليوز 2019`,
        // `28 دجنبر 2014 إلى 3 يناير 2015`.
        if range_from.is_none() {
            // With a year on both dates, `و` joins two dates unless `بين` opened a range.
            let and_joins = year_value.is_none() || self.between;
            let joined = self.is_kw(after, K::To)
                || (and_joins && self.is_kw(after, K::And))
                || self.is_punct(after, '-');
            if joined {
                if let (Some(day2), Some(month2)) = (
                    self.day(after + 1),
                    self.month(after + 2).filter(|m| !m.hijri() && !m.libyan()),
                ) {
                    let year2 = self
                        .year(month2.next)
                        .filter(|y| Self::plausible_gregorian(y.year));
                    let (end2, after2, year2_value) = match year2 {
                        Some(y) => (y.end, y.next, Some(y.year)),
                        None => (self.token(month2.next - 1).end, month2.next, None),
                    };
                    // A year on the last date only: December to January crosses a year.
                    let first_year = match (year_value, year2_value) {
                        (Some(first), _) => Some(first),
                        (None, Some(last)) if month.month > month2.month => Some(last - 1),
                        (None, last) => last,
                    };
                    let first = Date {
                        year: first_year,
                        ..date
                    };
                    let last = Date {
                        year: year2_value,
                        month: Some(month2.month),
                        day: Some(day2),
                    };
                    return Some(self.found(
                        start..end2,
                        after2,
                        DateValue::Range(first, last),
                        month.naming.union(month2.naming),
                    ));
                }
            }
        }
        let value = match range_from {
            Some(from) => DateValue::Range(
                Date {
                    day: Some(from),
                    ..date
                },
                date,
            ),
            None => DateValue::Gregorian(date),
        };
        Some(self.found(start..end, after, value, month.naming))
    }

    /// A relative word at `k`: −1 `الماضي`, 1 `المقبل`, 0 `الجاري`.
    fn direction(&mut self, k: usize) -> Option<i8> {
        match self.lex(k) {
            Some(Lex::Keyword(K::Last)) => Some(-1),
            Some(Lex::Keyword(K::Next)) => Some(1),
            Some(Lex::Keyword(K::Current)) => Some(0),
            _ => None,
        }
    }

    /// A Hijri date after the day: `27 شعبان 1432`, `27 من شعبان 1432 (29 يوليوز 2011)`,
    /// `1 و2 محرم 1436`.
    fn hijri_tail(
        &mut self,
        start: usize,
        range_from: Option<u8>,
        day: u8,
        month: MonthAt,
    ) -> Option<Found> {
        let next = month.next;
        let year = self.year(next).filter(|y| (1..=1600).contains(&y.year));
        let (end, after) = match year {
            Some(y) => (y.end, y.next),
            None => (self.token(next - 1).end, next),
        };
        if year.is_none() && month.ambiguous {
            // `رمضان` after a number with no year: too weak.
            return None;
        }
        let year_value = year.map(|y| y.year);
        let hijri = HijriDate {
            year: year_value,
            month: Some(month.month),
            day: Some(day),
        };
        let convert = |date: HijriDate| -> Option<Date> {
            let (year, month, day) = (date.year?, date.month?, date.day?);
            // Day 30 of a 29-day tabular month is the next day: sighting differs by a day.
            let (gy, gm, gd) = civil_from_days(days_from_hijri(year, month, day));
            Some(Date::ymd(gy, gm, gd))
        };
        if let Some(from) = range_from {
            let first = HijriDate {
                day: Some(from),
                ..hijri
            };
            let gregorian = convert(first).zip(convert(hijri));
            let value = DateValue::HijriRange {
                first,
                last: hijri,
                gregorian,
            };
            return Some(self.found(start..end, after, value, month.naming));
        }
        // The Gregorian equivalent in parentheses: `(29 يوليوز 2011)`.
        if self.is_punct(after, '(') {
            if let Some(inner) = self.day_first(after + 1) {
                if let (DateValue::Gregorian(date), true) =
                    (inner.value, self.is_punct(inner.next, ')'))
                {
                    let end = self.token(inner.next).end;
                    let value = DateValue::Hijri {
                        hijri,
                        gregorian: Some(date),
                        converted: false,
                    };
                    return Some(self.found(
                        start..end,
                        inner.next + 1,
                        value,
                        month.naming.union(inner.naming),
                    ));
                }
            }
        }
        let gregorian = convert(hijri);
        let value = DateValue::Hijri {
            hijri,
            gregorian,
            converted: gregorian.is_some(),
        };
        Some(self.found(start..end, after, value, month.naming))
    }

    /// A Libyan date: day, Libyan month, year (Jamahiriya era with `و.ر` or below 1500).
    fn libyan_date(&mut self, start: usize, day: u8, month: MonthAt) -> Option<Found> {
        if !self.finder.libyan {
            return None;
        }
        let year = self.year(month.next)?;
        let gregorian = if year.libyan_era || year.year < 1500 {
            year.year + 632
        } else {
            year.year
        };
        let date = Date::ymd(gregorian, month.month, day);
        Some(self.found(
            start..year.end,
            year.next,
            DateValue::Gregorian(date),
            month.naming,
        ))
    }

    /// Expressions that start with a month name: `شتنبر 2011`, `كانون الأول/ديسمبر 2014`,
    /// `يوليوز وغشت 2019`, `شتنبر الماضي`, `شوال 1435`.
    fn month_first(&mut self, k: usize, after_month_word: bool) -> Option<Found> {
        let month = self.month(k)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return None;
        }
        let start = month.start;
        let mut next = month.next;
        // A relative word: `شتنبر الماضي`.
        if !month.hijri() {
            let direction = match self.lex(next) {
                Some(Lex::Keyword(K::Last)) => Some(-1),
                Some(Lex::Keyword(K::Next)) => Some(1),
                Some(Lex::Keyword(K::Current)) => Some(0),
                _ => None,
            };
            if let Some(direction) = direction {
                let relative = Relative::NamedMonth {
                    month: month.month,
                    direction,
                };
                let (value, kind) = self.resolve(relative);
                let end = self.token(next).end;
                return Some(Found {
                    span: start..end,
                    next: next + 1,
                    value,
                    kind,
                    naming: month.naming,
                    weekday: None,
                    relative: Some(relative),
                    invalid: None,
                });
            }
        }
        // A second month: `يوليوز وغشت 2019`, `يوليوز و غشت 2019`, `يونيو-يوليو 2019`.
        let mut second = None;
        if !month.hijri() {
            if let Some(m2) = self.single_month(next).filter(|m| m.with_and && !m.hijri()) {
                second = Some(m2);
            } else if self.is_kw(next, K::And)
                || self.is_kw(next, K::To)
                || self.is_punct(next, '-')
            {
                second = self
                    .single_month(next + 1)
                    .filter(|m| !m.hijri() && m.month != month.month);
            }
            if let Some(m2) = second {
                next = m2.next;
            }
        }
        let Some(year) = self.year(next) else {
            // A bare month name, reported only when asked, and never an ambiguous one.
            if !self.finder.bare_months || month.ambiguous || second.is_some() || month.libyan() {
                return None;
            }
            let end = self.token(month.next - 1).end;
            let value = month.month_only();
            return Some(self.found(start..end, month.next, value, month.naming));
        };
        if month.hijri() {
            // `رمضان 1435` needs `هـ` or `شهر` before it: `رمضان` is also a name.
            if !(1..=1600).contains(&year.year)
                || (month.ambiguous && !year.hijri_era && !after_month_word)
            {
                return None;
            }
            let hijri = HijriDate {
                year: Some(year.year),
                month: Some(month.month),
                day: None,
            };
            let value = DateValue::Hijri {
                hijri,
                gregorian: None,
                converted: false,
            };
            return Some(self.found(start..year.end, year.next, value, month.naming));
        }
        if !Self::plausible_gregorian(year.year) || year.hijri_era {
            return None;
        }
        let value = match second {
            Some(m2) => {
                let first_year = if month.month > m2.month {
                    year.year - 1
                } else {
                    year.year
                };
                DateValue::Range(
                    Date::ym(first_year, month.month),
                    Date::ym(year.year, m2.month),
                )
            }
            None => DateValue::Gregorian(Date::ym(year.year, month.month)),
        };
        let naming = second.map_or(month.naming, |m2| month.naming.union(m2.naming));
        Some(self.found(start..year.end, year.next, value, naming))
    }

    /// `شهر شتنبر`, `شهر شتنبر 2011`, `شهر رمضان`, `شهر شتنبر الماضي`.
    fn month_word(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let month = self.month(k + 1)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return None;
        }
        if let Some(mut inner) = self.month_first(k + 1, true) {
            inner.span.start = start;
            return Some(inner);
        }
        let end = self.token(month.next - 1).end;
        let value = month.month_only();
        Some(self.found(start..end, month.next, value, month.naming))
    }

    /// `سنة 2011`, `عام 2013`, `سنة 1436 هـ`.
    fn year_only(&mut self, k: usize) -> Option<Found> {
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

/// Whether a word is only proclitics (`و`, `لـ`, `وب`): a number glued to it is a day.
fn is_proclitic(word: &str) -> bool {
    let mut letters = lexicon::folded(word);
    let count = letters.clone().count();
    (1..=2).contains(&count)
        && letters.all(|c| {
            matches!(
                c,
                '\u{0648}' | '\u{0641}' | '\u{0628}' | '\u{0644}' | '\u{0643}'
            )
        })
}

/// The error for a day that does not exist.
fn invalid_day(date: &Date) -> Option<ParseDateErrorKind> {
    if date.is_valid() {
        return None;
    }
    Some(ParseDateErrorKind::InvalidDate {
        year: date.year,
        month: date.month.unwrap_or(0),
        day: date.day.unwrap_or(0),
    })
}
