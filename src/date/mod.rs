//! Month-name dates (documented at the crate root).

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
