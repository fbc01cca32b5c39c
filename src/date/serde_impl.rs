//! `Serialize` and `Deserialize` for [`MonthNaming`] and [`DateFinder`] (the `serde`
//! feature).

use std::vec::Vec;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Date, DateFinder, MonthNaming, Weekday};
use crate::error::InvalidDate;

/// The name of one regional set of month names, as written in serialized form.
#[derive(Clone, Copy, Serialize, Deserialize)]
enum SetName {
    Moroccan,
    AlgerianTunisian,
    Mauritanian,
    Standard,
    Levantine,
    Hijri,
    Libyan,
    French,
    English,
}

const SETS: [(SetName, MonthNaming); 9] = [
    (SetName::Moroccan, MonthNaming::MOROCCAN),
    (SetName::AlgerianTunisian, MonthNaming::ALGERIAN_TUNISIAN),
    (SetName::Mauritanian, MonthNaming::MAURITANIAN),
    (SetName::Standard, MonthNaming::STANDARD),
    (SetName::Levantine, MonthNaming::LEVANTINE),
    (SetName::Hijri, MonthNaming::HIJRI),
    (SetName::Libyan, MonthNaming::LIBYAN),
    (SetName::French, MonthNaming::FRENCH),
    (SetName::English, MonthNaming::ENGLISH),
];

impl SetName {
    fn naming(self) -> MonthNaming {
        match self {
            SetName::Moroccan => MonthNaming::MOROCCAN,
            SetName::AlgerianTunisian => MonthNaming::ALGERIAN_TUNISIAN,
            SetName::Mauritanian => MonthNaming::MAURITANIAN,
            SetName::Standard => MonthNaming::STANDARD,
            SetName::Levantine => MonthNaming::LEVANTINE,
            SetName::Hijri => MonthNaming::HIJRI,
            SetName::Libyan => MonthNaming::LIBYAN,
            SetName::French => MonthNaming::FRENCH,
            SetName::English => MonthNaming::ENGLISH,
        }
    }
}

/// A list of the sets' names (`["Moroccan", "AlgerianTunisian"]`; `[]` for
/// [`MonthNaming::NONE`]).
impl Serialize for MonthNaming {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let names = SETS
            .iter()
            .filter(|(_, set)| self.contains(*set))
            .map(|(name, _)| name);
        serializer.collect_seq(names)
    }
}

/// From a list of the sets' names, as serialized.
impl<'de> Deserialize<'de> for MonthNaming {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let names = Vec::<SetName>::deserialize(deserializer)?;
        Ok(names.into_iter().fold(MonthNaming::NONE, |naming, name| {
            naming.union(name.naming())
        }))
    }
}

/// The settings of a [`DateFinder`], named after its setters; a setting left out keeps
/// its default (`week_start`, absent in settings written before it existed, is Saturday).
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct DateFinderOptions {
    reference: Option<Date>,
    libyan_names: bool,
    year_only: bool,
    bare_months: bool,
    week_start: Weekday,
}

impl Default for DateFinderOptions {
    fn default() -> Self {
        DateFinder::new().into()
    }
}

impl From<DateFinder> for DateFinderOptions {
    fn from(finder: DateFinder) -> Self {
        let DateFinder {
            reference,
            libyan,
            year_only,
            bare_months,
            week_start,
        } = finder;
        DateFinderOptions {
            reference,
            libyan_names: libyan,
            year_only,
            bare_months,
            week_start,
        }
    }
}

/// Checks the reference date as [`DateFinder::try_with_reference`] does.
impl TryFrom<DateFinderOptions> for DateFinder {
    type Error = InvalidDate;

    fn try_from(options: DateFinderOptions) -> Result<Self, InvalidDate> {
        let mut finder = DateFinder::new()
            .libyan_names(options.libyan_names)
            .year_only(options.year_only)
            .bare_months(options.bare_months)
            .week_start(options.week_start);
        if let Some(date) = options.reference {
            // A part left out is no day: 0 is rejected like any impossible part.
            let (year, month, day) = (
                date.year.unwrap_or(0),
                date.month.unwrap_or(0),
                date.day.unwrap_or(0),
            );
            finder = finder.try_with_reference(year, month, day)?;
        }
        Ok(finder)
    }
}
