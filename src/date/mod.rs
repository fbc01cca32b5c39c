//! Month-name dates: find and parse them in Arabic text, Maghrebi first.
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

mod calendar;
mod finder;
mod grammar;
mod hijri;
mod lexicon;
mod resolve;
#[cfg(feature = "serde")]
mod serde_impl;
mod token;
mod value;

pub use finder::{DateFinder, DateMatch, Dates, find_dates, parse_date};
pub use lexicon::MonthNaming;
pub(crate) use lexicon::folded;
pub use value::{Date, DateKind, DateValue, HijriDate, Relative, Weekday};
