//! `arabic_text` for Python: the crate's normalization, dates, deduplication and page
//! cleaning, with spans in code points (Python's string indices) and batch functions that
//! release the GIL and run on every core.

// PyO3's `#[pyfunction]` expansion converts each error into itself, which clippy flags on
// every function that returns a `PyResult`.
#![allow(clippy::useless_conversion)]

use std::borrow::Cow;

use ::arabic_text as core;
use core::{
    Cleaned as RustCleaned, Cleaner, CodePoints, Date, DateFinder, DateMatch as RustDateMatch,
    Normalizer as RustNormalizer, Span,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

mod utf16;

/// Texts longer than this are worked on without the GIL.
const LONG_TEXT: usize = 1 << 16;

fn preset_normalizer(name: &str) -> PyResult<RustNormalizer> {
    Ok(match name {
        "clean" => RustNormalizer::clean(),
        "search" => RustNormalizer::search(),
        "lucene" => RustNormalizer::lucene(),
        "camel" => RustNormalizer::camel(),
        "none" => RustNormalizer::none(),
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown preset {other:?}: expected \"clean\", \"search\", \"lucene\", \"camel\" or \"none\""
            )))
        }
    })
}

/// A whole day as (year, month, day).
type Ymd = (i32, u8, u8);

fn whole_day(date: Date) -> Option<Ymd> {
    match (date.year, date.month, date.day) {
        (Some(y), Some(m), Some(d)) => Some((y, m, d)),
        _ => None,
    }
}

/// `datetime.date(year, month, day)` (the stable ABI has no C API for dates).
fn py_date(py: Python<'_>, day: Option<Ymd>) -> PyResult<PyObject> {
    match day {
        None => Ok(py.None()),
        Some((y, m, d)) => Ok(py
            .import_bound("datetime")?
            .getattr("date")?
            .call1((y, m, d))?
            .unbind()),
    }
}

/// A day given by Python: a `datetime.date` (or anything with `year`, `month`, `day`),
/// or an ISO 8601 string `YYYY-MM-DD`; `None` stays `None`.
fn day_argument(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Ymd>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(text) = value.extract::<String>() {
        let date: Date = text
            .parse()
            .map_err(|e| PyValueError::new_err(format!("{text:?}: {e}")))?;
        return whole_day(date)
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("{text:?} is not a whole day")));
    }
    match (
        value.getattr("year").and_then(|v| v.extract::<i32>()),
        value.getattr("month").and_then(|v| v.extract::<u8>()),
        value.getattr("day").and_then(|v| v.extract::<u8>()),
    ) {
        (Ok(y), Ok(m), Ok(d)) => Ok(Some((y, m, d))),
        _ => Err(PyTypeError::new_err(
            "a date is a datetime.date or an ISO 8601 string (YYYY-MM-DD)",
        )),
    }
}

fn finder(reference: Option<Ymd>) -> PyResult<DateFinder> {
    match reference {
        None => Ok(DateFinder::new()),
        Some((y, m, d)) => DateFinder::new()
            .try_with_reference(y, m, d)
            .map_err(|e| PyValueError::new_err(e.to_string())),
    }
}

/// A date found in a text.
#[pyclass(frozen, module = "arabic_text")]
struct DateMatch {
    /// Where it starts, in code points: `text[m.start:m.end]` is the date as written.
    #[pyo3(get)]
    start: usize,
    /// Where it ends, in code points.
    #[pyo3(get)]
    end: usize,
    /// The date as written.
    #[pyo3(get)]
    text: String,
    /// Its value as ISO 8601 (`2014-12-17`, `2014-09`, `--09`, `2019-07-12/2019-07-15`).
    #[pyo3(get)]
    value: String,
    /// How it was found: `absolute`, `relative_resolved`, `relative_unresolved`,
    /// `inferred` or `named_event`.
    #[pyo3(get)]
    kind: String,
    day: Option<Ymd>,
    bounds: Option<(Ymd, Ymd)>,
}

impl DateMatch {
    fn new(found: &RustDateMatch, text: &str, chars: &CodePoints<'_>) -> Self {
        let bounds = found
            .value
            .gregorian_range()
            .and_then(|(a, b)| Some((whole_day(a)?, whole_day(b)?)));
        let day = match found.value {
            core::DateValue::Gregorian(date) => whole_day(date),
            _ => None,
        };
        DateMatch {
            start: chars.at(found.span.start),
            end: chars.at(found.span.end),
            text: text[found.span].to_owned(),
            value: found.value.to_string(),
            kind: found.kind.name().to_owned(),
            day,
            bounds,
        }
    }
}

#[pymethods]
impl DateMatch {
    /// The day, a `datetime.date`, for a whole Gregorian day; else `None`.
    #[getter]
    fn date(&self, py: Python<'_>) -> PyResult<PyObject> {
        py_date(py, self.day)
    }

    /// The first day the value covers (a month's, a year's, a range's, a Hijri date's
    /// Gregorian equivalent), or `None` when the year is unknown.
    #[getter]
    fn first(&self, py: Python<'_>) -> PyResult<PyObject> {
        py_date(py, self.bounds.map(|b| b.0))
    }

    /// The last day the value covers, or `None`.
    #[getter]
    fn last(&self, py: Python<'_>) -> PyResult<PyObject> {
        py_date(py, self.bounds.map(|b| b.1))
    }

    fn __repr__(&self) -> String {
        format!(
            "DateMatch(start={}, end={}, text={:?}, value={:?}, kind={:?})",
            self.start, self.end, self.text, self.value, self.kind
        )
    }
}

/// A block removed as a repeat, with the copy that stays, in code points.
#[pyclass(frozen, get_all, module = "arabic_text")]
struct Removal {
    start: usize,
    end: usize,
    kept_start: usize,
    kept_end: usize,
    /// `repeated_run`, `title_echo`, `truncated_copy`, `within_line`, `reflowed_copy` or
    /// `teaser`.
    kind: String,
}

impl Removal {
    fn new(removal: &core::Removal, chars: &CodePoints<'_>) -> Self {
        let at = |span: Span| (chars.at(span.start), chars.at(span.end));
        let ((start, end), (kept_start, kept_end)) = (at(removal.removed), at(removal.kept));
        Removal {
            start,
            end,
            kept_start,
            kept_end,
            kind: removal.kind.name().to_owned(),
        }
    }
}

#[pymethods]
impl Removal {
    fn __repr__(&self) -> String {
        format!(
            "Removal(start={}, end={}, kept_start={}, kept_end={}, kind={:?})",
            self.start, self.end, self.kept_start, self.kept_end, self.kind
        )
    }
}

/// The date a page was published: the date, where it stands (code points; `None` when
/// given) and where it came from (`byline`, `date_line` or `given`).
#[pyclass(frozen, module = "arabic_text")]
struct Publication {
    day: Ymd,
    #[pyo3(get)]
    start: Option<usize>,
    #[pyo3(get)]
    end: Option<usize>,
    #[pyo3(get)]
    source: String,
}

#[pymethods]
impl Publication {
    /// The day, a `datetime.date`.
    #[getter]
    fn date(&self, py: Python<'_>) -> PyResult<PyObject> {
        py_date(py, Some(self.day))
    }

    fn __repr__(&self) -> String {
        let (y, m, d) = self.day;
        format!(
            "Publication(date={y:04}-{m:02}-{d:02}, start={:?}, end={:?}, source={:?})",
            self.start, self.end, self.source
        )
    }
}

/// A page cleaned: its text, what was removed, its dates and its publication date.
#[pyclass(frozen, get_all, module = "arabic_text")]
struct Cleaned {
    /// Made once, when the page is cleaned: every read gives the same object.
    text: Py<PyString>,
    removals: Py<PyList>,
    dates: Py<PyList>,
    published: PyObject,
}

/// What a cleaning gives, before it becomes Python objects (built without the GIL).
struct CleanedParts {
    /// The cleaned text as UTF-16, ready to become a Python string.
    text: Vec<u16>,
    removals: Vec<Removal>,
    dates: Vec<DateMatch>,
    published: Option<Publication>,
}

impl CleanedParts {
    fn new(input: &str, cleaned: RustCleaned<'_>) -> Self {
        let chars = CodePoints::new(input);
        CleanedParts {
            removals: cleaned
                .removals
                .iter()
                .map(|r| Removal::new(r, &chars))
                .collect(),
            dates: cleaned
                .dates
                .iter()
                .map(|d| DateMatch::new(d, input, &chars))
                .collect(),
            published: cleaned.published.as_ref().and_then(|p| {
                Some(Publication {
                    day: whole_day(p.date)?,
                    start: p.span.map(|s| chars.at(s.start)),
                    end: p.span.map(|s| chars.at(s.end)),
                    source: p.source.name().to_owned(),
                })
            }),
            text: utf16::to_utf16(&cleaned.text),
        }
    }

    fn into_py(self, py: Python<'_>) -> PyResult<Cleaned> {
        let removals: Vec<Py<Removal>> = self
            .removals
            .into_iter()
            .map(|r| Py::new(py, r))
            .collect::<PyResult<_>>()?;
        let dates: Vec<Py<DateMatch>> = self
            .dates
            .into_iter()
            .map(|d| Py::new(py, d))
            .collect::<PyResult<_>>()?;
        Ok(Cleaned {
            text: utf16::py_string(py, &self.text)?
                .downcast_into::<PyString>()?
                .unbind(),
            removals: PyList::new_bound(py, removals).unbind(),
            dates: PyList::new_bound(py, dates).unbind(),
            published: match self.published {
                Some(p) => Py::new(py, p)?.into_any(),
                None => py.None(),
            },
        })
    }
}

#[pymethods]
impl Cleaned {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Cleaned(text={:?}, removals={}, dates={}, published={})",
            self.text
                .bind(py)
                .to_cow()
                .map(|t| t.chars().take(40).collect::<String>())
                .unwrap_or_default(),
            self.removals.bind(py).len(),
            self.dates.bind(py).len(),
            self.published
                .bind(py)
                .repr()
                .map_or_else(|_| "?".to_owned(), |r| r.to_string())
        )
    }
}

/// A set of normalization rules: a preset (`search`, `clean`, `lucene`, `camel`, `none`)
/// and settings by name (`remove_tatweel=True`, `digits="ascii"`, ...).
///
/// >>> Normalizer("search").normalize("أَحْمَد")
/// 'احمد'
#[pyclass(frozen, module = "arabic_text")]
struct Normalizer(RustNormalizer);

fn set(n: RustNormalizer, name: &str, value: &Bound<'_, PyAny>) -> PyResult<RustNormalizer> {
    use core::{AlefFold, Digits};
    let on = || value.extract::<bool>();
    let choice = || value.extract::<String>();
    let bad = |what: &str| PyValueError::new_err(format!("{name}: expected {what}"));
    Ok(match name {
        "canonical_composition" => n.canonical_composition(on()?),
        "presentation_forms" => n.presentation_forms(on()?),
        "remove_bidi_controls" => n.remove_bidi_controls(on()?),
        "remove_zero_width" => n.remove_zero_width(on()?),
        "unify_spaces" => n.unify_spaces(on()?),
        "remove_tatweel" => n.remove_tatweel(on()?),
        "remove_diacritics" => n.remove_diacritics(on()?),
        "remove_harakat" => n.remove_harakat(on()?),
        "remove_other_marks" => n.remove_other_marks(on()?),
        "remove_quranic_marks" => n.remove_quranic_marks(on()?),
        "fold_alef_maksura" => n.fold_alef_maksura(on()?),
        "fold_teh_marbuta" => n.fold_teh_marbuta(on()?),
        "fold_hamza_carriers" => n.fold_hamza_carriers(on()?),
        "fold_maghrebi_letters" => n.fold_maghrebi_letters(on()?),
        "decimal_separators" => n.decimal_separators(on()?),
        "punctuation" => n.punctuation(on()?),
        "alef" => n.alef(match choice()?.as_str() {
            "keep" => AlefFold::Keep,
            "hamza" => AlefFold::Hamza,
            "hamza_wasla" => AlefFold::HamzaWasla,
            "all" => AlefFold::All,
            _ => return Err(bad("\"keep\", \"hamza\", \"hamza_wasla\" or \"all\"")),
        }),
        "digits" => n.digits(match choice()?.as_str() {
            "keep" => Digits::Keep,
            "ascii" => Digits::Ascii,
            "arabic_indic" => Digits::ArabicIndic,
            _ => return Err(bad("\"keep\", \"ascii\" or \"arabic_indic\"")),
        }),
        other => {
            return Err(PyTypeError::new_err(format!(
                "Normalizer() got an unexpected setting {other:?}"
            )))
        }
    })
}

#[pymethods]
impl Normalizer {
    #[new]
    #[pyo3(signature = (preset="search", **settings))]
    fn new(preset: &str, settings: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut n = preset_normalizer(preset)?;
        if let Some(settings) = settings {
            for (key, value) in settings.iter() {
                n = set(n, &key.extract::<String>()?, &value)?;
            }
        }
        Ok(Normalizer(n))
    }

    /// The text normalized (the same object when nothing changes).
    fn normalize(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<PyObject> {
        normalize_with(py, &self.0, text)
    }

    /// Whether normalizing would change nothing.
    fn is_normalized(&self, text: &str) -> bool {
        self.0.is_normalized(text)
    }

    /// Each text normalized, on every core, without the GIL. The texts cross the
    /// boundary as UTF-16 (CPython's fastest codec for its strings); a text that
    /// normalization leaves as it is comes back as the same object.
    fn normalize_batch(&self, py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<Vec<PyObject>> {
        let items = str_items(texts, "normalize_batch")?;
        let encoded: Vec<Bound<'_, PyBytes>> =
            items.iter().map(utf16::utf16_of).collect::<PyResult<_>>()?;
        // (the bytes, and whether an unchanged text may come back as itself: not an
        // instance of a subclass of `str`)
        let inputs: Vec<(&[u8], bool)> = encoded
            .iter()
            .zip(&items)
            .map(|(bytes, item)| (bytes.as_bytes(), item.is_exact_instance_of::<PyString>()))
            .collect();
        let n = self.0;
        let outputs: Vec<Option<Vec<u16>>> = py.allow_threads(|| {
            inputs
                .par_iter()
                .map(
                    |&(bytes, reusable)| match n.normalize(&utf16::to_utf8(bytes)) {
                        Cow::Borrowed(same) if !reusable => Some(utf16::to_utf16(same)),
                        Cow::Borrowed(_) => None,
                        Cow::Owned(changed) => Some(utf16::to_utf16(&changed)),
                    },
                )
                .collect()
        });
        items
            .iter()
            .zip(outputs)
            .map(|(item, output)| match output {
                None => Ok(item.clone().unbind()),
                Some(units) => Ok(utf16::py_string(py, &units)?.unbind()),
            })
            .collect()
    }

    fn __repr__(&self) -> String {
        format!("Normalizer({:?})", self.0)
    }
}

/// `text` normalized; a text normalization leaves as it is comes back as the same object
/// (a new `str` for an instance of a subclass).
fn normalize_with(
    py: Python<'_>,
    n: &RustNormalizer,
    text: &Bound<'_, PyString>,
) -> PyResult<PyObject> {
    let utf8 = text.to_cow()?;
    let input: &str = &utf8;
    let work = || match n.normalize(input) {
        Cow::Borrowed(_) => None,
        Cow::Owned(changed) => Some(changed),
    };
    let changed = if input.len() > LONG_TEXT {
        py.allow_threads(work)
    } else {
        work()
    };
    Ok(match changed {
        None if text.is_exact_instance_of::<PyString>() => text.clone().into_any().unbind(),
        None => input.into_py(py),
        Some(changed) => changed.into_py(py),
    })
}

/// `text` normalized with a preset (`search` by default: for indexing and matching).
///
/// >>> normalize("نُشِرَ في: ١٧ دجنبـر ٢٠١٤")
/// 'نشر في: 17 دجنبر 2014'
#[pyfunction]
#[pyo3(signature = (text, preset="search"))]
fn normalize(py: Python<'_>, text: &Bound<'_, PyString>, preset: &str) -> PyResult<PyObject> {
    let n = preset_normalizer(preset)?;
    normalize_with(py, &n, text)
}

/// The dates of `text`, relative ones resolved against `reference` (a `datetime.date` or
/// an ISO string) when given.
///
/// >>> [m.value for m in find_dates("في 17 دجنبر 2014 وفي شتنبر الماضي", "2014-12-17")]
/// ['2014-12-17', '2014-09']
#[pyfunction]
#[pyo3(signature = (text, reference=None))]
fn find_dates(
    py: Python<'_>,
    text: &str,
    reference: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Py<DateMatch>>> {
    let finder = finder(day_argument(reference)?)?;
    let work = || {
        let chars = CodePoints::new(text);
        finder
            .find_iter(text)
            .map(|m| DateMatch::new(&m, text, &chars))
            .collect::<Vec<_>>()
    };
    let found = if text.len() > LONG_TEXT {
        py.allow_threads(work)
    } else {
        work()
    };
    found.into_iter().map(|m| Py::new(py, m)).collect()
}

/// `text` without its repeated blocks.
#[pyfunction]
fn dedup(text: &str) -> String {
    core::dedup(text).into_owned()
}

/// The repeated blocks of `text`, with the copies that stay, in code points.
#[pyfunction]
fn find_repeats(py: Python<'_>, text: &str) -> PyResult<Vec<Py<Removal>>> {
    let chars = CodePoints::new(text);
    core::find_repeats(text)
        .iter()
        .map(|r| Py::new(py, Removal::new(r, &chars)))
        .collect()
}

fn cleaner(preset: &str, published: Option<Ymd>) -> PyResult<Cleaner> {
    let cleaner = Cleaner::new().normalizer(preset_normalizer(preset)?);
    match published {
        None => Ok(cleaner),
        Some((y, m, d)) => cleaner
            .published_on(y, m, d)
            .map_err(|e| PyValueError::new_err(e.to_string())),
    }
}

/// A scraped page cleaned: repeats removed, text normalized (the `clean` preset by
/// default), its dates, and its publication date (from the page, or `published`).
#[pyfunction]
#[pyo3(signature = (text, preset="clean", published=None))]
fn clean(
    py: Python<'_>,
    text: &str,
    preset: &str,
    published: Option<&Bound<'_, PyAny>>,
) -> PyResult<Cleaned> {
    let cleaner = cleaner(preset, day_argument(published)?)?;
    let work = || CleanedParts::new(text, cleaner.clean(text));
    let parts = if text.len() > LONG_TEXT {
        py.allow_threads(work)
    } else {
        work()
    };
    parts.into_py(py)
}

/// Many pages cleaned on every core, without the GIL: `published` is one date for all,
/// or a list with one per text (`None` items allowed); `threads` caps the cores used.
#[pyfunction]
#[pyo3(signature = (texts, published=None, preset="clean", threads=None))]
fn clean_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    preset: &str,
    threads: Option<usize>,
) -> PyResult<Vec<Cleaned>> {
    let base = cleaner(preset, None)?;
    // The texts cross as UTF-16, as in `Normalizer.normalize_batch`.
    let encoded = utf16_batch(texts, "clean_batch")?;
    let texts: Vec<&[u8]> = encoded.iter().map(|bytes| bytes.as_bytes()).collect();
    // One cleaner per text, its own publication date checked here.
    let dates: Vec<Option<Ymd>> = match published {
        Some(list) if list.downcast::<PyList>().is_ok() => {
            let list = list.downcast::<PyList>()?;
            if list.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "published: {} dates for {} texts",
                    list.len(),
                    texts.len()
                )));
            }
            list.iter()
                .map(|d| day_argument(Some(&d)))
                .collect::<PyResult<_>>()?
        }
        other => vec![day_argument(other)?; texts.len()],
    };
    let cleaners: Vec<Cleaner> = dates
        .iter()
        .map(|day| match day {
            None => Ok(base),
            Some((y, m, d)) => base
                .published_on(*y, *m, *d)
                .map_err(|e| PyValueError::new_err(e.to_string())),
        })
        .collect::<PyResult<_>>()?;
    let run = || -> Vec<CleanedParts> {
        texts
            .par_iter()
            .zip(cleaners.par_iter())
            .map(|(bytes, cleaner)| {
                let text = utf16::to_utf8(bytes);
                CleanedParts::new(&text, cleaner.clean(&text))
            })
            .collect()
    };
    let parts = py.allow_threads(|| match threads {
        Some(n) if n > 0 => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(run))
            .map_err(|e| e.to_string()),
        _ => Ok(run()),
    });
    let parts = parts.map_err(PyValueError::new_err)?;
    parts.into_iter().map(|p| p.into_py(py)).collect()
}

/// The items of an iterable of `str` (a `str` itself is refused: it is one text, not a
/// list of them).
fn str_items<'py>(texts: &Bound<'py, PyAny>, function: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{function}: expected a list of str, got a str"
        )));
    }
    texts.iter()?.collect()
}

/// Each text of an iterable of `str` as UTF-16 ([`utf16::utf16_of`]).
fn utf16_batch<'py>(
    texts: &Bound<'py, PyAny>,
    function: &str,
) -> PyResult<Vec<Bound<'py, PyBytes>>> {
    str_items(texts, function)?
        .iter()
        .map(utf16::utf16_of)
        .collect()
}

/// Clean Arabic text as it really arrives.
#[pymodule]
fn arabic_text(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(dedup, m)?)?;
    m.add_function(wrap_pyfunction!(find_repeats, m)?)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_batch, m)?)?;
    m.add_class::<Normalizer>()?;
    m.add_class::<DateMatch>()?;
    m.add_class::<Removal>()?;
    m.add_class::<Publication>()?;
    m.add_class::<Cleaned>()?;
    Ok(())
}
