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
//! assert_eq!(&page[september.span], "شتنبر الماضي");
//! assert_eq!(september.value, DateValue::Gregorian(Date::ym(2014, 9)));
//! ```
//!
//! the dates it gives and the date it was published.
//!
//! [`Cleaner::clean`] runs the three capabilities in the order a page needs them:
//! 1. **Deduplication** on the text as given ([`Deduper`]): a body printed twice, a title
//!    echo, a teaser, a paragraph glued to its copy.
//! 2. **Publication date**: a byline (`نشر في: 17 ديسمبر 2014`, `بتاريخ`, `آخر تحديث`,
//!    `تاريخ النشر`) or a date alone on one of the first lines, unless the caller gives it.
//! 3. **Dates** of the kept text ([`DateFinder`]), relative ones (`في شتنبر الماضي`,
//!    `يوم أمس`) resolved against the publication date; spans index the text as given.
//! 4. **Normalization** of the kept text ([`Normalizer`], the `clean` preset by default),
//!    written once into the output: the repeats are skipped as it goes.
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
//! A [`Normalizer`] is a plain `Copy` value holding one setting per rule. Start from a
//! preset and change what you need; a preset is `const`, so a configured normalizer can
//! live in a `static`.
//!
//! | rule | `clean` | `search` | `lucene` | `camel` |
//! |---|:-:|:-:|:-:|:-:|
//! | 1. canonical composition and mark order | ✓ | ✓ | | NFKC |
//! | 2. presentation forms | ✓ | ✓ | | NFKC |
//! | honorific ligatures `ﷺ ﷻ ﷽` spelled out | | ✓ | | `﷽` only |
//! | 3. bidi controls, zero-width characters deleted | ✓ | ✓ | | |
//! | ZWNJ | kept | deleted | kept | kept |
//! | space separators → U+0020 | ✓ | ✓ | | NFKC |
//! | 4. tatweel deleted | ✓ | ✓ | ✓ | |
//! | 5. harakat deleted | | ✓ | ✓ | ✓ |
//! | other marks, Quranic and Extended-A/B marks deleted | | ✓ | | |
//! | dagger alef | kept | deleted | kept | deleted |
//! | 6. alef variants → `ا` | | `آأإٱٲٳٵ` | `آأإ` | `آأإٱ` |
//! | `ى` → `ي`, `ة` → `ه` | | ✓ | ✓ | ✓ |
//! | `ؤ` → `و`, `ئ` → `ي` | | ✓ | | |
//! | Persian and Urdu letters folded | | ✓ | | |
//! | Maghrebi letters `ڤ ڢ ڧ ڨ ڭ` folded | | | | |
//! | 7. digits | kept | ASCII | kept | NFKC |
//! | `٫ ٬` between digits → `. ,` | | ✓ | | |
//!
//! `lucene` reproduces Apache Lucene's `ArabicNormalizer` (the `arabic_normalization`
//! token filter of Elasticsearch, OpenSearch and Solr) character for character: it folds
//! only `آ أ إ`, deletes only U+064B..=U+0652 and tatweel, and composes nothing, so a
//! decomposed `ا` + U+0654 stays as it is. `camel` reproduces CAMeL Tools's
//! `normalize_unicode` (NFKC over the whole text, after mapping `﷼` to `ريال` and `﷽` to
//! the spelled-out basmala) followed by `dediac_ar`, `normalize_alef_ar`,
//! `normalize_alef_maksura_ar` and `normalize_teh_marbuta_ar`. Its quirks are kept: NFKC
//! turns the isolated mark forms U+FE70..=U+FE7F into a space or tatweel before the mark,
//! `dediac_ar` then leaves the space or tatweel, and tatweel is never removed.
//!
//! `DESIGN.md` tells how the engine works.
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
//! assert_eq!(&page[found[0].span], "17 ديسمبر 2014");
//! assert_eq!(found[1].value, DateValue::Gregorian(Date::ym(2014, 9)));
//! ```
//!
//! Every regional set of month names is active at once (the region is evidence, never a
//! filter): Moroccan, Algerian/Tunisian, Mauritanian, standard (Egypt, Gulf), Levantine
//! and Iraqi, Hijri, and the French and English names of Maghrebi datelines; the Libyan
//! Jamahiriya names behind an option or a `و.ر` year. Names are compared after folding
//! presentation forms, hamza forms, `ى/ي`, `ة/ه`, Persian letters, diacritics, tatweel and
//! invisible marks, and lose a glued proclitic (`وغشت`, `لـ17`).
//!
//! Spans are byte ranges of the text as given. A part the text does not give comes only
//! from context, and the match says so: relative expressions are resolved against a
//! reference date the caller gives ([`DateKind::RelativeResolved`]); a day and month
//! without a year take the year nearest it, and anaphora (`يوم 12 منه`) the month of the
//! date before in the sentence ([`DateKind::Inferred`]); with no reference, such dates
//! hold only what the text writes ([`DateKind::RelativeUnresolved`]). An impossible day
//! (`31 يونيو 2019`) is not a date. Hijri dates convert with the Umm al-Qura calendar.
//!
//! Words that are month names only in context are reported only with that context: the
//! verb `مارس`, `ماي` (May, water, Theresa May), `جوان`, `نيسان` (April, the car maker),
//! `تموز`, `آب` (August; `أب` is father), `صفر` (zero), `رجب`, `شعبان`, `رمضان` (given
//! names) need a day, a year, `شهر` or a relative word; a bare month name is never a date.
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
//! The unit is a line (split on `\n`; a trailing `\r` belongs to its line). Lines are
//! compared by a *key* built with the crate's normalization (presentation forms, spaces,
//! invisible characters, tatweel, diacritics and hamza carriers folded; case folded;
//! digits of every script as ASCII; punctuation as a space; white space collapsed), but
//! the output is never normalized: removed lines vanish, every other byte stays.
//!
//! What is removed, keeping the first occurrence (but for teasers, whose full line
//! follows them):
//! 1. **Repeated runs**: at each non-blank line, the longest run of consecutive lines
//!    whose keys equal a run that starts earlier, if it holds at least one long line (a
//!    key of at least `min_chars` characters). Short lines (a byline, a date, a
//!    subheading) go only inside such a run, never on their own.
//! 2. **Title echo**: the first non-blank line repeated within the next four.
//! 3. **Truncated copies**: a long later line whose key is a word-boundary prefix of an
//!    earlier line's (a teaser ending in `...`).
//! 4. **Within-line repeats**: in a kept line, a run of whole words written twice in a row
//!    (`P P`, `PP`, a whole body flattened into one line twice) keeps its first copy.
//! 5. **Re-flowed copies**: a later long line that is two or more earlier lines joined by a
//!    space (a paragraph printed again as one line).
//! 6. **Teasers**: a long line whose key is a word-boundary prefix of the next line's, that
//!    line at least half again as long (an abstract cut from the first paragraph, printed
//!    before it); the full line is the copy that stays.
//!
//! Lines that differ in a word, a number, a date or a month name are kept.
//!
//! # Crate features
//!
//! - `std` (default): the [`clean`](fn@clean) pipeline, the dates, and the
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
// On docs.rs, each item says which features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
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
mod clean;
#[cfg(feature = "std")]
mod date;
mod dedup;
#[cfg(feature = "std")]
mod error;
mod interop;
mod normalize;
mod span;
#[rustfmt::skip]
mod tables;

#[cfg(feature = "std")]
pub use clean::{Cleaned, CleanedOffsets, Cleaner, Publication, PublicationSource, clean};
#[cfg(feature = "std")]
pub use date::{
    Date, DateFinder, DateKind, DateMatch, DateValue, Dates, HijriDate, MonthNaming, Relative,
    Weekday, find_dates, parse_date,
};
pub use dedup::{Deduper, Removal, RemovalKind, dedup, find_repeats, line_fingerprint};
#[cfg(any(feature = "chrono", feature = "jiff"))]
pub use error::{DateConversionError, DateConversionErrorKind};
#[cfg(feature = "std")]
pub use error::{InvalidDate, InvalidUtf8, ParseDateError, ParseDateErrorKind};
#[cfg(feature = "tantivy")]
pub use interop::tantivy;
#[cfg(feature = "std")]
pub use normalize::NormalizeWriter;
pub use normalize::{
    AlefFold, DaggerAlef, Digits, Honorifics, LoneHamza, Normalizer, OffsetMap, PersianLetters,
    SmallLetters, Whitespace, Zwnj, is_arabic_digit, is_arabic_letter, is_diacritic, is_haraka,
    is_invisible, is_presentation_form, normalize,
};
pub use span::{CodePoints, Span};

/// The Unicode version of the data the normalization tables were generated from (major,
/// minor, update).
///
/// # Examples
///
/// ```
/// assert!(arabic_text::UNICODE_VERSION >= (15, 0, 0));
/// ```
pub use tables::UNICODE_VERSION;

#[doc(hidden)]
pub use normalize::FastPaths;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
