//! Clean Arabic text as it really arrives — scraped news pages, PDF extractions, social
//! posts, Persian and Maghrebi keyboards — into clean, comparable text.
//!
//! # The main job: a page in, clean text out
//!
//! [`clean`](fn@clean) removes what a scraped page repeats, finds the date it was
//! published (a byline such as `نشر في: 17 ديسمبر 2014`), finds its dates and resolves
//! the relative ones against that date, and normalizes what is kept. Spans index the page
//! as given; a [`Cleaner`] picks the preset and the options.
//!
//! ```
//! use arabic_text::{Date, DateValue};
//!
//! let body = "أعلنت الجمعية أنها أطلقت في شتنبر الماضي برنامجا لدعم التعاونيات النسائية.\n";
//! let page = format!("الجمعية تطلق برنامجها\nكشـ24\nنشر في: 17 ديسمبر 2014\n{body}{body}");
//! let cleaned = arabic_text::clean(&page);
//! assert_eq!(cleaned.text.matches("التعاونيات").count(), 1); // the body once
//! assert!(cleaned.text.contains("كش24")); // tatweel gone
//! assert_eq!(cleaned.published.unwrap().date, Date::ymd(2014, 12, 17));
//! let september = &cleaned.dates[1];
//! assert_eq!(&page[september.span.clone()], "شتنبر الماضي");
//! assert_eq!(september.value, DateValue::Gregorian(Date::ym(2014, 9)));
//! ```
//!
//! # Normalization
//!
//! One pass over the bytes applies every rule you switch on: canonical composition,
//! presentation forms, invisible controls, tatweel, diacritics by class, letter folds,
//! digits and punctuation. Text that needs no change is returned borrowed.
//!
//! ```
//! use std::borrow::Cow;
//! use arabic_text::{normalize, Normalizer};
//!
//! // The search preset: for indexing and matching.
//! assert_eq!(normalize("نُشِرَ في: ١٧ دجنبـر ٢٠١٤"), "نشر في: 17 دجنبر 2014");
//! assert!(matches!(normalize("نشر في 17 دجنبر"), Cow::Borrowed(_)));
//!
//! // The non-lossy preset: for display and storage.
//! assert_eq!(Normalizer::clean().normalize("كشـ24\u{200F}"), "كش24");
//! ```
//!
//! # Month-name dates
//!
//! Dates written with the month names of every Arabic-speaking region — Moroccan
//! `شتنبر`, Algerian and Tunisian `جانفي`, Levantine `كانون الأول`, Hijri `شعبان` — with
//! byte spans in the text as given, relative expressions resolved against a reference
//! date, and no month read into `مارس الرياضة` or `تيريزا ماي`.
//!
//! ```
//! use arabic_text::{Date, DateFinder, DateValue};
//!
//! let page = "نشر في: 17 ديسمبر 2014\nاعتمدها المنتدى في شتنبر الماضي.";
//! let finder = DateFinder::new().with_reference(2014, 12, 17);
//! let found: Vec<_> = finder.find_iter(page).collect();
//! assert_eq!(&page[found[0].span.clone()], "17 ديسمبر 2014");
//! assert_eq!(found[1].value, DateValue::Gregorian(Date::ym(2014, 9)));
//! ```
//!
//! # Repeated-block deduplication
//!
//! Scraped pages print their body twice, echo the title, append a teaser of a paragraph,
//! or glue a paragraph to its own copy. [`dedup`](fn@dedup) keeps the first occurrence of
//! everything, in order, and [`find_repeats`] says exactly what went.
//!
//! ```
//! let body = "أرست مجموعة العمل تصورا عاما حول مهامها وبرنامج عملها لمواجهة الظاهرة.\n\
//!             وأكد المسؤول أن الاجتماع شكل مناسبة لتعميق التفكير حول هذه الظاهرة.\n";
//! let page = format!("مجموعة العمل تبلور برنامجها\nكشـ24\n{body}{body}");
//! assert_eq!(arabic_text::dedup(&page), format!("مجموعة العمل تبلور برنامجها\nكشـ24\n{body}"));
//! ```
//!
//! See the [`normalize`](mod@normalize) module for the rules, the presets
//! (`clean`, `search`, `lucene`, `camel`) and what each applies, and `DESIGN.md` for how
//! the engine works.
//!
//! # Crate features
//!
//! - `std` (default): the [`clean`](mod@clean) pipeline, the [`date`] module, and the
//!   streaming [`NormalizeWriter`] and [`Normalizer::normalize_stream`], and the choice
//!   at run time of the fastest UTF-8 check the CPU offers (AVX2 or SSE4.2) for the
//!   normalizer's dense and substitution steps. Without it the crate needs only `core` and `alloc` and
//!   offers normalization and deduplication.
//!
//! Off by default:
//!
//! - `serde`: `Serialize` and `Deserialize` for the public data types: the date values
//!   and matches ([`Date`], [`HijriDate`], [`DateValue`], [`DateKind`], [`Relative`],
//!   [`Weekday`], [`MonthNaming`], [`DateMatch`]) and [`ParseDateError`], the removals
//!   ([`Removal`], [`RemovalKind`]), the pipeline's results ([`Cleaned`], [`Publication`],
//!   [`PublicationSource`]), and the settings ([`Normalizer`] and its option
//!   enums, [`Deduper`], [`DateFinder`], [`Cleaner`]). A normalizer is written as one field per rule,
//!   named after its setter (`remove_tatweel`, `alef`, …); a field left out reads as the
//!   rule off, as in [`Normalizer::none`]. Works without `std`.
//! - `chrono`: `TryFrom<Date> for chrono::NaiveDate` (a `DateConversionError` when a
//!   part is missing or the day does not exist), `From<chrono::NaiveDate> for Date`, and
//!   [`Weekday`] to and from `chrono::Weekday`. Turns on `std`.
//! - `jiff`: the same with `jiff::civil::Date` and `jiff::civil::Weekday`. Turns on `std`.
//! - `tantivy`: the `tantivy` module's `NormalizeFilter`, a tantivy token filter that
//!   normalizes every token with a chosen [`Normalizer`] and drops the tokens left empty,
//!   through the small `tantivy-tokenizer-api` crate rather than tantivy itself.
//!
//! No type of a dependency appears in the public API, except in what these opt-in
//! features add, whose purpose is to connect with those crates.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod checked;
#[cfg(feature = "std")]
pub mod clean;
#[cfg(feature = "std")]
pub mod date;
pub mod dedup;
#[cfg(feature = "std")]
mod error;
mod interop;
pub mod normalize;
#[rustfmt::skip]
mod tables;

#[cfg(feature = "std")]
pub use clean::{Cleaned, Cleaner, Publication, PublicationSource, clean};
#[cfg(feature = "std")]
pub use date::{
    Date, DateFinder, DateKind, DateMatch, DateValue, Dates, HijriDate, MonthNaming, Relative,
    Weekday, find_dates, parse_date,
};
pub use dedup::{Deduper, Removal, RemovalKind, dedup, find_repeats, line_fingerprint};
#[cfg(any(feature = "chrono", feature = "jiff"))]
pub use error::{DateConversionError, DateConversionErrorKind};
#[cfg(feature = "std")]
pub use error::{InvalidUtf8, ParseDateError, ParseDateErrorKind};
#[cfg(feature = "tantivy")]
pub use interop::tantivy;
#[cfg(feature = "std")]
pub use normalize::NormalizeWriter;
pub use normalize::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, Normalizer, OffsetMap, PersianLetters,
    SmallLetters, Whitespace, Zwnj, is_arabic_digit, is_arabic_letter, is_diacritic, is_haraka,
    is_invisible, is_presentation_form, normalize,
};

#[doc(hidden)]
pub use normalize::FastPaths;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
