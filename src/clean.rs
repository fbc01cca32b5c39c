//! The main job in one call (documented at the crate root).

use crate::Span;
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use crate::date::{Date, DateFinder, DateMatch};
use crate::dedup::{Deduper, Removal, apply, kept_pieces};
use crate::error::InvalidDate;
use crate::normalize::{Normalizer, OffsetMap, is_cut_point};

/// What [`Cleaner::clean`] gives: the clean text, and what it found on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Cleaned<'a> {
    /// The deduplicated, normalized text: borrowed from the input when neither step
    /// changed anything.
    pub text: Cow<'a, str>,
    /// The repeats removed, as byte ranges of the input, in text order.
    pub removals: Vec<Removal>,
    /// The dates of the kept text, in text order, with spans into the input; relative
    /// ones resolved against the publication date when there is one.
    pub dates: Vec<DateMatch>,
    /// The date the page was published, when it states one or the caller gave it.
    pub published: Option<Publication>,
}

impl Cleaned<'_> {
    /// The number of input bytes the removals dropped.
    ///
    /// # Examples
    ///
    /// ```
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.\n";
    /// let page = format!("{line}{line}");
    /// assert_eq!(arabic_text::clean(&page).bytes_removed(), line.len());
    /// ```
    #[must_use]
    pub fn bytes_removed(&self) -> usize {
        self.removals.iter().map(|r| r.removed.len()).sum()
    }

    /// The same result, owning its text.
    ///
    /// # Examples
    ///
    /// ```
    /// let owned = arabic_text::clean(&String::from("كشـ24")).into_owned();
    /// assert_eq!(owned.text, "كش24");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Cleaned<'static> {
        Cleaned {
            text: Cow::Owned(self.text.into_owned()),
            removals: self.removals,
            dates: self.dates,
            published: self.published,
        }
    }
}

/// The date a page was published.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Publication {
    /// The day (year, month and day are all set).
    pub date: Date,
    /// The byte range of the date expression in the input; `None` when the caller gave
    /// the date.
    pub span: Option<Span>,
    /// Where the date came from.
    pub source: PublicationSource,
}

/// Where a [`Publication`] date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum PublicationSource {
    /// A line of the page's head that introduces the date: `نشر في`, `بتاريخ`,
    /// `آخر تحديث`, `تاريخ النشر`, `Publié le`, `Published`.
    Byline,
    /// A date alone on one of the first lines (with at most a weekday, a time or a
    /// site name beside it).
    DateLine,
    /// The caller gave it ([`Cleaner::published_on`]).
    Given,
}

impl PublicationSource {
    /// Its name in snake case, as the command and the Python package write it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::PublicationSource::DateLine.name(), "date_line");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            PublicationSource::Byline => "byline",
            PublicationSource::DateLine => "date_line",
            PublicationSource::Given => "given",
        }
    }
}

/// Where the spans of a page land in its cleaned text, from
/// [`Cleaner::clean_with_offsets`].
///
/// # Examples
///
/// ```
/// let page = "نشر في: 17 ديسمبر 2014\nكشـ24";
/// let (cleaned, offsets) = arabic_text::Cleaner::new().clean_with_offsets(page);
/// let byline = page.find("كشـ24").unwrap();
/// let shown = offsets.output_span(byline..page.len()).unwrap();
/// assert_eq!(&cleaned.text[shown], "كش24");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CleanedOffsets {
    /// The removed spans of the page, in text order.
    removed: Vec<Span>,
    /// From the kept text (the page without them) to the cleaned text.
    map: OffsetMap,
}

impl CleanedOffsets {
    /// The span of the cleaned text that `input` (a span of the page) became; `None` when
    /// it overlaps a removed block. A span of characters the normalizer deleted is an
    /// empty span where they stood.
    ///
    /// # Examples
    ///
    /// ```
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
    /// let page = format!("{line}\n{line}");
    /// let (cleaned, offsets) = arabic_text::Cleaner::new().clean_with_offsets(&page);
    /// assert_eq!(offsets.output_span(0..line.len()), Some((0..line.len()).into()));
    /// assert_eq!(offsets.output_span(line.len() + 1..page.len()), None);
    /// ```
    #[must_use]
    pub fn output_span(&self, input: impl Into<Span>) -> Option<Span> {
        let input: Span = input.into();
        if self
            .removed
            .iter()
            .any(|r| r.start < input.end.max(input.start + 1) && input.start < r.end)
        {
            return None;
        }
        // Each position of the page, in the kept text: less the bytes removed before it.
        let kept = |at: usize| {
            at - self
                .removed
                .iter()
                .filter(|r| r.end <= at)
                .map(|r| r.len())
                .sum::<usize>()
        };
        Some(self.map.output_range(kept(input.start)..kept(input.end)))
    }
}

/// Cleans a page with the default [`Cleaner`]: repeats removed, the `clean` preset, the
/// publication date and the dates of the kept text.
///
/// Empty input gives an empty, borrowed result; text with no Arabic is deduplicated and
/// normalized all the same (the `clean` preset leaves it as it is); any input is handled
/// in time about linear in its length, with one output string allocated at most.
///
/// # Examples
///
/// ```
/// use arabic_text::{Date, DateValue};
///
/// let body = "أعلنت الجمعية أنها أطلقت في شتنبر الماضي برنامجا لدعم التعاونيات النسائية بالجهة.\n";
/// let page = format!("الجمعية تطلق برنامجها\nكشـ24\nنشر في: 17 ديسمبر 2014\n{body}{body}");
/// let cleaned = arabic_text::clean(&page);
/// assert_eq!(cleaned.text, format!("الجمعية تطلق برنامجها\nكش24\nنشر في: 17 ديسمبر 2014\n{body}"));
/// assert_eq!(cleaned.published.unwrap().date, Date::ymd(2014, 12, 17));
/// assert_eq!(cleaned.dates[1].value, DateValue::Gregorian(Date::ym(2014, 9)));
/// assert_eq!(&page[cleaned.dates[1].span], "شتنبر الماضي");
/// ```
#[must_use]
pub fn clean(text: &str) -> Cleaned<'_> {
    Cleaner::new().clean(text)
}

/// A configured pipeline: which normalization, which deduplication, which date options.
/// `Copy`, `Send` and `Sync`: build one and share it.
///
/// # Examples
///
/// ```
/// use arabic_text::{Cleaner, Deduper, Normalizer};
///
/// let cleaner = Cleaner::new()
///     .normalizer(Normalizer::search())
///     .deduper(Deduper::new().min_chars(30));
/// assert_eq!(cleaner.clean("الدّار البيضاء").text, "الدار البيضاء");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[must_use = "settings do nothing until used: each setter returns a new `Cleaner`"]
pub struct Cleaner {
    normalizer: Normalizer,
    deduper: Deduper,
    dedup: bool,
    finder: DateFinder,
    dates: bool,
    publication: bool,
    given: Option<Date>,
}

impl Default for Cleaner {
    fn default() -> Self {
        Self::new()
    }
}

/// How many non-blank lines of the head may hold a byline.
const BYLINE_LINES: usize = 10;
/// How many non-blank lines of the head may hold a date alone.
const DATE_LINE_LINES: usize = 5;
/// Lines longer than this are body text, not a byline.
const HEAD_LINE_BYTES: usize = 512;
/// How many words besides the date a date line may hold (a weekday, a time, a site).
const DATE_LINE_EXTRA_WORDS: usize = 3;
/// More words with a letter than one whole day is written with (the longest spelled out,
/// `يوم الأربعاء السابع عشر من شهر ديسمبر كانون الأول سنة ألفين وأربعة عشر ميلادية`, has
/// 14): a line of more words and the date holds more than a date line's few others.
const FULL_DAY_WORDS: usize = 20;

/// Words that introduce a publication date, folded as the date lexicon folds (no
/// diacritics or tatweel, `أ إ` as `ا`, `ة` as `ه`), Latin in lower case.
const BYLINE_CUES: &[&str] = &[
    "نشر",
    "نشرت",
    "نشره",
    "النشر",
    "منشور",
    "بتاريخ",
    "تاريخ",
    "تحديث",
    "التحديث",
    "محين",
    "publié",
    "publie",
    "published",
    "posted",
    "updated",
    "màj",
];

/// The most characters of a byline cue (a test checks it).
const CUE_CHARS: usize = 9;

impl Cleaner {
    /// The default pipeline: the default [`Deduper`], the `clean` preset (non-lossy:
    /// presentation forms, invisible controls, tatweel, canonical order), dates with the
    /// publication date found in the page.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Cleaner::new().clean("مراكشـ24\u{200F}").text, "مراكش24");
    /// ```
    pub const fn new() -> Self {
        Cleaner {
            normalizer: Normalizer::clean(),
            deduper: Deduper::new(),
            dedup: true,
            finder: DateFinder::new(),
            dates: true,
            publication: true,
            given: None,
        }
    }

    /// The normalization applied to the kept text (a preset, or one changed by its
    /// setters).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, Normalizer};
    ///
    /// let search = Cleaner::new().normalizer(Normalizer::search());
    /// assert_eq!(search.clean("مدرسة").text, "مدرسه");
    /// ```
    pub const fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// The deduplication options.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, Deduper};
    ///
    /// let line = "الاجتماع شكل مناسبة لتعميق التفكير.\n";
    /// let page = format!("العنوان\n{line}{line}");
    /// assert_eq!(Cleaner::new().clean(&page).removals.len(), 0); // a short line stays
    /// let strict = Cleaner::new().deduper(Deduper::new().min_chars(20));
    /// assert_eq!(strict.clean(&page).text, format!("العنوان\n{line}"));
    /// ```
    pub const fn deduper(mut self, deduper: Deduper) -> Self {
        self.deduper = deduper;
        self
    }

    /// Whether repeats are removed (on by default).
    ///
    /// # Examples
    ///
    /// ```
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.\n";
    /// let page = format!("{line}{line}");
    /// assert_eq!(arabic_text::Cleaner::new().dedup(false).clean(&page).text, page);
    /// ```
    pub const fn dedup(mut self, on: bool) -> Self {
        self.dedup = on;
        self
    }

    /// Whether dates are looked for (on by default). Off, [`Cleaned::dates`] is empty and
    /// the page's publication date is not looked for (a date given by
    /// [`published_on`](Self::published_on) is still reported).
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaned = arabic_text::Cleaner::new().dates(false).clean("نشر في: 17 ديسمبر 2014");
    /// assert!(cleaned.dates.is_empty() && cleaned.published.is_none());
    /// ```
    pub const fn dates(mut self, on: bool) -> Self {
        self.dates = on;
        self
    }

    /// The date options (Libyan names, year-only mentions, bare month names). A reference
    /// date set on the finder is used when the page states no publication date.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, DateFinder};
    ///
    /// let no_years = Cleaner::new().date_finder(DateFinder::new().year_only(false));
    /// assert_eq!(no_years.clean("منذ سنة 2011").dates.len(), 0);
    /// assert_eq!(Cleaner::new().clean("منذ سنة 2011").dates.len(), 1);
    /// ```
    pub const fn date_finder(mut self, finder: DateFinder) -> Self {
        self.finder = finder;
        self
    }

    /// Whether the page's publication date is looked for in its first lines (on by
    /// default).
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "نشر في: 17 ديسمبر 2014\nوقع الحادث يوم أمس.";
    /// assert!(arabic_text::Cleaner::new().find_publication(false).clean(page).published.is_none());
    /// ```
    pub const fn find_publication(mut self, on: bool) -> Self {
        self.publication = on;
        self
    }

    /// The publication date, given by the caller (from a record's metadata, say): used
    /// as the reference for relative dates instead of a date found in the page.
    ///
    /// # Errors
    ///
    /// [`InvalidDate`]
    /// for a day that does not exist or a year outside 1..=9999.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, Date, DateValue, PublicationSource};
    ///
    /// let cleaner = Cleaner::new().published_on(2015, 11, 12)?;
    /// let cleaned = cleaner.clean("اختتمت مساء أمس الأربعاء فعاليات المهرجان");
    /// assert_eq!(cleaned.published.unwrap().source, PublicationSource::Given);
    /// assert_eq!(cleaned.dates[0].value, DateValue::Gregorian(Date::ymd(2015, 11, 11)));
    /// assert!(Cleaner::new().published_on(2015, 2, 30).is_err());
    /// # Ok::<(), arabic_text::InvalidDate>(())
    /// ```
    pub fn published_on(mut self, year: i32, month: u8, day: u8) -> Result<Self, InvalidDate> {
        // Only to check that the day exists, with the finder's own error.
        let _checked = DateFinder::new().try_with_reference(year, month, day)?;
        self.given = Some(Date::ymd(year, month, day));
        Ok(self)
    }

    /// The normalizer of the kept text ([`normalizer`](Self::normalizer)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, Normalizer};
    ///
    /// assert_eq!(Cleaner::new().get_normalizer(), Normalizer::clean());
    /// ```
    pub const fn get_normalizer(&self) -> Normalizer {
        self.normalizer
    }

    /// The deduper ([`deduper`](Self::deduper)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, Deduper};
    ///
    /// assert_eq!(Cleaner::new().get_deduper(), Deduper::new());
    /// ```
    pub const fn get_deduper(&self) -> Deduper {
        self.deduper
    }

    /// The date finder ([`date_finder`](Self::date_finder)).
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, DateFinder};
    ///
    /// let finder = DateFinder::new().year_only(false);
    /// assert_eq!(Cleaner::new().date_finder(finder).get_date_finder(), finder);
    /// ```
    pub const fn get_date_finder(&self) -> DateFinder {
        self.finder
    }

    /// The publication date given ([`published_on`](Self::published_on)), if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaner, Date};
    ///
    /// assert_eq!(Cleaner::new().get_published_on(), None);
    /// let cleaner = Cleaner::new().published_on(2014, 12, 17)?;
    /// assert_eq!(cleaner.get_published_on(), Some(Date::ymd(2014, 12, 17)));
    /// # Ok::<(), arabic_text::InvalidDate>(())
    /// ```
    #[must_use]
    pub const fn get_published_on(&self) -> Option<Date> {
        self.given
    }

    /// Whether repeats are removed ([`dedup`](Self::dedup)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Cleaner::new().dedup(false);
    /// assert!(!x.get_dedup());
    /// assert!(x.dedup(true).get_dedup());
    /// ```
    #[must_use]
    pub const fn get_dedup(&self) -> bool {
        self.dedup
    }

    /// Whether dates are found ([`dates`](Self::dates)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Cleaner::new().dates(false);
    /// assert!(!x.get_dates());
    /// assert!(x.dates(true).get_dates());
    /// ```
    #[must_use]
    pub const fn get_dates(&self) -> bool {
        self.dates
    }

    /// Whether the publication date is looked for in the page ([`find_publication`](Self::find_publication)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Cleaner::new().find_publication(false);
    /// assert!(!x.get_find_publication());
    /// assert!(x.find_publication(true).get_find_publication());
    /// ```
    #[must_use]
    pub const fn get_find_publication(&self) -> bool {
        self.publication
    }

    /// Cleans `text`: removes its repeats, finds its publication date and its dates, and
    /// normalizes what is kept. The result borrows `text` when nothing changed.
    ///
    /// Empty input gives an empty, borrowed result with nothing found; text with no Arabic
    /// is deduplicated and normalized all the same, and has no month-name dates (numeric
    /// ones are found); any input, however large, takes time about linear in its length,
    /// with one output string allocated at most.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_text::Cleaner;
    ///
    /// let cleaned = Cleaner::new().clean("نص نظيف لا يتغير");
    /// assert!(matches!(cleaned.text, Cow::Borrowed(_)));
    /// assert!(cleaned.removals.is_empty());
    /// ```
    #[must_use]
    pub fn clean<'a>(&self, text: &'a str) -> Cleaned<'a> {
        let mut cleaned = Cleaned::default();
        self.clean_parts(text, &mut cleaned, |text, removals| {
            if removals.is_empty() {
                self.normalizer.normalize(text)
            } else {
                let mut out = String::with_capacity(text.len());
                self.normalize_kept(text, removals, &mut out);
                Cow::Owned(out)
            }
        });
        cleaned
    }

    /// Like [`clean`](Self::clean), with where each span of the page lands in the cleaned
    /// text: to highlight a date, or a kept copy, in the output. Costs one more pass
    /// over the kept text, with offsets.
    ///
    /// # Examples
    ///
    /// ```
    /// let body = "وأكد المسؤول أن البرنامج انطلق في شتنبر الماضي بدعم من الجهة.\n";
    /// let page = format!("كشـ24\n{body}{body}");
    /// let (cleaned, offsets) = arabic_text::Cleaner::new().clean_with_offsets(&page);
    /// let date = &cleaned.dates[0];
    /// assert_eq!(&page[date.span], "شتنبر الماضي");
    /// let shown = offsets.output_span(date.span).unwrap();
    /// assert_eq!(&cleaned.text[shown], "شتنبر الماضي");
    /// // The removed copy is nowhere in the output.
    /// assert_eq!(offsets.output_span(cleaned.removals[0].removed), None);
    /// ```
    pub fn clean_with_offsets<'a>(&self, text: &'a str) -> (Cleaned<'a>, CleanedOffsets) {
        let cleaned = self.clean(text);
        let mut kept = String::with_capacity(text.len());
        apply(text, &cleaned.removals, &mut kept);
        let (_, map) = self.normalizer.normalize_with_offsets(&kept);
        let removed = cleaned.removals.iter().map(|r| r.removed).collect();
        (cleaned, CleanedOffsets { removed, map })
    }

    /// Like [`clean`](Self::clean), but into `out`, reusing its buffers: its text (made
    /// owned, cleared and refilled) and its lists. In a loop over many pages, the text
    /// and the dates allocate only when a page needs more room than any before.
    ///
    /// Empty input leaves `out` empty; text with no Arabic is handled as by
    /// [`clean`](Self::clean); any input, however large, takes time about linear in its
    /// length.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{Cleaned, Cleaner};
    ///
    /// let cleaner = Cleaner::new();
    /// let mut out = Cleaned::default();
    /// for page in ["كشـ24", "نشر في: 17 ديسمبر 2014"] {
    ///     cleaner.clean_into(page, &mut out);
    /// }
    /// assert_eq!(out.text, "نشر في: 17 ديسمبر 2014");
    /// assert_eq!(out.dates.len(), 1);
    /// ```
    pub fn clean_into(&self, text: &str, out: &mut Cleaned<'_>) {
        let mut buffer = match &mut out.text {
            Cow::Owned(buffer) => core::mem::take(buffer),
            Cow::Borrowed(_) => String::new(),
        };
        buffer.clear();
        self.clean_parts(text, out, |text, removals| {
            if removals.is_empty() {
                self.normalizer.normalize_into(text, &mut buffer);
            } else {
                self.normalize_kept(text, removals, &mut buffer);
            }
            Cow::Owned(buffer)
        });
    }

    /// What [`clean`](Self::clean) and [`clean_into`](Self::clean_into) both do: the
    /// removals, the text that `write` makes of what they keep, then the dates.
    fn clean_parts<'a, 'o>(
        &self,
        text: &'a str,
        out: &mut Cleaned<'o>,
        write: impl FnOnce(&'a str, &[Removal]) -> Cow<'o, str>,
    ) {
        out.removals = self.find_repeats(text);
        out.text = write(text, &out.removals);
        self.find_dates(text, out);
    }

    fn find_repeats(&self, text: &str) -> Vec<Removal> {
        if self.dedup {
            self.deduper.find_repeats(text)
        } else {
            Vec::new()
        }
    }

    /// Appends the normalized text that `removals` keep: piece by piece when every join
    /// is a cut point of the normalizer (the usual case: removals end at a line break or
    /// before a space), else through the deduplicated text.
    fn normalize_kept(&self, text: &str, removals: &[Removal], out: &mut String) {
        out.reserve(text.len());
        let mut last: Option<char> = None;
        let mut joins_cut = true;
        for (_, piece) in kept_pieces(text, removals) {
            if let (Some(before), Some(after)) = (last, piece.chars().next()) {
                joins_cut &= is_cut_point(before, after);
            }
            last = piece.chars().next_back().or(last);
        }
        if joins_cut {
            self.normalizer
                .normalize_pieces_into(kept_pieces(text, removals).map(|(_, p)| p), out);
        } else {
            let mut kept = String::with_capacity(text.len());
            apply(text, removals, &mut kept);
            self.normalizer.normalize_into(&kept, out);
        }
    }

    /// Fills `out.published` and `out.dates` from the text `out.removals` keep: the
    /// publication date picked among the dates of the first lines, then one pass of the
    /// date finder over the whole text with that date as its reference.
    fn find_dates(&self, text: &str, out: &mut Cleaned<'_>) {
        out.dates.clear();
        out.published = self.given.map(|date| Publication {
            date,
            span: None,
            source: PublicationSource::Given,
        });
        if !self.dates {
            return;
        }
        // The publication date is one of the dates of the short lines among the first:
        // those are read first, each alone and in order until a byline's date is found,
        // then the whole text once, against that date.
        if out.published.is_none() && self.publication {
            let head_dates = head_lines(text, &out.removals)
                .take(BYLINE_LINES)
                .enumerate()
                .filter(|&(index, (_, line))| may_hold_publication(index, line))
                .flat_map(|(_, (start, line))| {
                    self.finder.find_iter(line).map(move |mut found| {
                        found.span = (found.span.start + start..found.span.end + start).into();
                        found
                    })
                });
            out.published = find_publication_date(text, &out.removals, head_dates);
        }
        let finder = match out.published.as_ref().map(|p| p.date) {
            Some(Date {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            }) => self
                .finder
                .try_with_reference(year, month, day)
                .unwrap_or(self.finder),
            _ => self.finder,
        };
        find_kept_dates(finder, text, out);
        // Read with the rest of the text, the publication line may say something else
        // (`2019/05/03/` before a line `2014` is no date): the publication date is one of
        // the dates reported, or none.
        let reported = |p: &Publication| {
            p.span.is_none() || out.dates.iter().any(|d| Some(&d.span) == p.span.as_ref())
        };
        if out.published.as_ref().is_some_and(|p| !reported(p)) {
            out.published = None;
            out.dates.clear();
            find_kept_dates(self.finder, text, out);
        }
    }
}

/// The publication date among `dates` (the dates of the kept text, in order): the first
/// whole day on a byline of the first lines, else the first whole day alone on a line.
fn find_publication_date(
    text: &str,
    removals: &[Removal],
    dates: impl Iterator<Item = DateMatch>,
) -> Option<Publication> {
    let mut date_line: Option<Publication> = None;
    let mut found = dates.peekable();
    for (index, (start, line)) in head_lines(text, removals).take(BYLINE_LINES).enumerate() {
        let end = start + line.len();
        // The dates that begin on this line.
        while let Some(date) = found.next_if(|d| d.span.start < end) {
            if date.span.start < start || line.len() > HEAD_LINE_BYTES {
                continue;
            }
            let Some(day) = full_day(&date) else {
                continue;
            };
            let before = crate::checked::slice_to(line, date.span.start - start);
            let publication = |source| Publication {
                date: day,
                span: Some(date.span),
                source,
            };
            if has_byline_cue(before) {
                return Some(publication(PublicationSource::Byline));
            }
            let after = line
                .get(date.span.end.min(end) - start..)
                .unwrap_or_default();
            if date_line.is_none()
                && index < DATE_LINE_LINES
                && word_count(before) + word_count(after) <= DATE_LINE_EXTRA_WORDS
            {
                date_line = Some(publication(PublicationSource::DateLine));
            }
        }
        if found.peek().is_none() {
            break;
        }
    }
    date_line
}

/// Appends to `out.dates` the dates of the text that `out.removals` keep.
fn find_kept_dates(finder: DateFinder, text: &str, out: &mut Cleaned<'_>) {
    for (start, piece) in kept_pieces(text, &out.removals) {
        out.dates.extend(finder.find_iter(piece).map(|mut found| {
            found.span = (found.span.start + start..found.span.end + start).into();
            found
        }));
    }
}

/// Whether the head line number `index` may hold the publication date: a whole day (a
/// line with no digit holds none) on a short line, on a byline (a line with a cue) or,
/// among the first lines, nearly alone (a line of few words).
fn may_hold_publication(index: usize, line: &str) -> bool {
    line.len() <= HEAD_LINE_BYTES
        && has_digit(line)
        && ((index < DATE_LINE_LINES
            && !more_words_than(line, DATE_LINE_EXTRA_WORDS + FULL_DAY_WORDS))
            || (may_have_cue(line) && has_byline_cue(line)))
}

/// Whether `line` may hold a byline cue, by a scan with no folding: `false` only when no
/// word of it can fold to one. Every Arabic cue holds one of the letter runs below
/// (marks and tatweel left out) and every Latin one a `p`, `u` or `m`; a character that
/// may fold to a letter of a cue in some other way (a presentation form, an extended
/// letter, another script) answers `true`.
fn may_have_cue(line: &str) -> bool {
    const RUNS: [&[char]; 5] = [
        &['ن', 'ش', 'ر'],
        &['ن', 'ش', 'و'],
        &['ر', 'ي', 'خ'],
        &['ت', 'ح', 'د', 'ي', 'ث'],
        &['م', 'ح', 'ي', 'ن'],
    ];
    // The last letters of the current word, the latest last.
    let mut last = ['\0'; 5];
    for c in line.chars() {
        match c {
            'p' | 'u' | 'm' | 'P' | 'U' | 'M' => return true,
            // Marks and tatweel, inside a word.
            '\u{0610}'..='\u{061A}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            '\u{0621}'..='\u{064A}' => {
                last.rotate_left(1);
                if let Some(slot) = last.last_mut() {
                    *slot = if c == 'ى' { 'ي' } else { c };
                }
                if RUNS.iter().any(|run| last.ends_with(run)) {
                    return true;
                }
            }
            // Whatever ends a word: white space, punctuation, digits, ASCII.
            _ if c.is_ascii()
                || c.is_whitespace()
                || matches!(c, '\u{0600}'..='\u{060F}' | '\u{061B}'..='\u{061F}'
                    | '\u{0660}'..='\u{066D}' | '\u{06F0}'..='\u{06F9}'
                    | '\u{00AB}' | '\u{00BB}' | '\u{2010}'..='\u{2027}') =>
            {
                last = ['\0'; 5];
            }
            _ => return true,
        }
    }
    false
}

/// Whether a line holds a digit of any script dates are written in (ASCII, Arabic-Indic
/// U+0660..=U+0669, Persian U+06F0..=U+06F9).
fn has_digit(line: &str) -> bool {
    let bytes = line.as_bytes();
    // The lead byte of a digit, or an ASCII digit: one test a byte.
    bytes.iter().enumerate().any(|(at, &b)| match b {
        b'0'..=b'9' => true,
        0xD9 => matches!(bytes.get(at + 1), Some(0xA0..=0xA9)),
        0xDB => matches!(bytes.get(at + 1), Some(0xB0..=0xB9)),
        _ => false,
    })
}

/// The date of a match that names one whole Gregorian day in absolute terms.
fn full_day(found: &DateMatch) -> Option<Date> {
    if found.relative.is_some() {
        return None;
    }
    let date = found.value.gregorian()?;
    date.day?;
    date.month?;
    date.year?;
    Some(date)
}

/// Whether a word of `text` introduces a publication date.
fn has_byline_cue(text: &str) -> bool {
    // Words are runs of letters, digits and marks (the Arabic letters and harakat, and
    // ASCII, answered without the Unicode tables).
    let separator = |c: char| match c {
        '\u{0621}'..='\u{0652}' => false,
        _ if c.is_ascii() => !c.is_ascii_alphanumeric(),
        _ => !c.is_alphanumeric() && !crate::normalize::is_diacritic(c),
    };
    // Each word folded once, into a buffer as long as the longest cue.
    text.split(separator)
        .filter(|word| !word.is_empty())
        .any(|word| {
            let mut folded = ['\0'; CUE_CHARS];
            let mut len = 0;
            for c in crate::date::folded(word).map(lowercase) {
                match folded.get_mut(len) {
                    Some(slot) => *slot = c,
                    None => return false,
                }
                len += 1;
            }
            let folded = folded.get(..len).unwrap_or_default();
            BYLINE_CUES
                .iter()
                .any(|cue| cue.chars().eq(folded.iter().copied()))
        })
}

/// `c` in lower case, when that is one character (a letter of the Arabic block has no
/// case, and no table is searched for it).
fn lowercase(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        c
    } else {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    }
}

/// The words of `text` that hold a letter (a time or a dash is no word).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|word| {
        // Arabic letters and ASCII first: the Unicode property is a table search.
        word.chars().any(|c| {
            c.is_ascii_alphabetic() || ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphabetic()
        })
    })
}

/// The number of words of `text` that hold a letter.
fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Whether `text` has more than `count` words that hold a letter (read no further).
fn more_words_than(text: &str, count: usize) -> bool {
    words(text).nth(count).is_some()
}

/// The non-blank lines of the kept text, from the top, each with its byte offset.
fn head_lines<'t>(
    text: &'t str,
    removals: &'t [Removal],
) -> impl Iterator<Item = (usize, &'t str)> + 't {
    kept_pieces(text, removals)
        .flat_map(|(start, piece)| {
            piece.split('\n').scan(start, |at, line| {
                let here = *at;
                *at += line.len() + 1;
                Some((here, line))
            })
        })
        .filter(|(_, line)| !line.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::RemovalKind;
    use core::ops::Range;

    fn removal(removed: Range<usize>) -> Removal {
        Removal {
            removed: removed.into(),
            kept: Span::new(0, 0),
            kind: RemovalKind::RepeatedRun,
        }
    }

    #[test]
    fn byline_cues_fit_their_buffer() {
        for cue in BYLINE_CUES {
            assert!(cue.chars().count() <= CUE_CHARS, "{cue}");
        }
    }

    #[test]
    fn every_cue_passes_the_cheap_scan() {
        use alloc::format;
        use alloc::string::ToString;
        let marks = ["", "\u{064E}", "\u{0640}", "\u{0651}\u{064E}"];
        for cue in BYLINE_CUES {
            for mark in marks {
                // The cue with a mark (or tatweel) after each letter, and `ي` as `ى`.
                let written: String = cue
                    .chars()
                    .flat_map(|c| [c.to_string(), mark.into()])
                    .collect();
                let line = format!("كشـ24 – {written}: 17 ديسمبر 2014");
                assert!(may_have_cue(&line), "{line}");
                assert!(has_byline_cue(&line), "{line}");
                let line = line.replace('ي', "ى");
                assert!(may_have_cue(&line), "{line}");
                assert!(may_have_cue(&line.to_uppercase()), "{line}");
            }
        }
        // The scan rules out a line of news with no cue.
        let line = "انطلقت يوم أمس الحملة الوطنية للتلقيح في كامل ولايات الجمهورية سنة 2017";
        assert!(!may_have_cue(line));
    }

    #[test]
    fn head_lines_skip_blank_and_removed_lines() {
        let text = "title\n\n  \nbyline\nbody\nbody\n";
        let removals = [removal(22..27)];
        let lines: Vec<_> = head_lines(text, &removals).collect();
        assert_eq!(lines, [(0, "title"), (10, "byline"), (17, "body")]);
    }

    #[test]
    fn byline_cues_are_whole_folded_words() {
        assert!(has_byline_cue("نُشر في: "));
        assert!(has_byline_cue("آخر تحديـث "));
        assert!(has_byline_cue("Publié le "));
        assert!(!has_byline_cue("المنشورات "));
        assert!(!has_byline_cue("مراكش "));
    }
}
