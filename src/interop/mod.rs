//! Conversions to and from other crates' types, each behind the feature of the same name.

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "jiff")]
mod jiff;
#[cfg(feature = "tantivy")]
pub mod tantivy;

#[cfg(any(feature = "chrono", feature = "jiff"))]
use crate::{Date, DateConversionError, DateConversionErrorKind};

/// The year, month and day of a full date that exists, or what is wrong with it.
#[cfg(any(feature = "chrono", feature = "jiff"))]
fn full_date(date: Date) -> Result<(i32, u8, u8), DateConversionError> {
    let missing = |kind| DateConversionError::new(kind, date);
    let year = date
        .year
        .ok_or_else(|| missing(DateConversionErrorKind::MissingYear))?;
    let month = date
        .month
        .ok_or_else(|| missing(DateConversionErrorKind::MissingMonth))?;
    let day = date
        .day
        .ok_or_else(|| missing(DateConversionErrorKind::MissingDay))?;
    if !date.is_valid() {
        return Err(missing(DateConversionErrorKind::NoSuchDay));
    }
    Ok((year, month, day))
}
