//! One record of a corpus: its fields read, its text cleaned, its publication date read.

use std::borrow::Cow;
use std::fmt;

use arabic_text::{Cleaner, Date, DateKind};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::corpus::{Corpus, Outcome, Stats};
use super::json::{dates_json, published_json, removals_json};

/// The fields of a JSON object, in order, their values as written.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// What a JSON value is, from its first byte.
fn json_type(raw: &RawValue) -> &'static str {
    match raw.get().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'"') => "a string",
        _ => "a number",
    }
}

/// A serde_json error without its position (a line holds one record: "line 1" would
/// mislead), with its column.
fn json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    match e.column() {
        0 => message.to_string(),
        column => format!("{message} (column {column})"),
    }
}

/// Cleans one line of the corpus.
pub(super) fn clean_line(line: &[u8], cleaner: &Cleaner, options: &Corpus<'_>) -> Outcome {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Outcome::Blank;
    }
    let line = match std::str::from_utf8(line) {
        Ok(line) => line,
        Err(e) => {
            return Outcome::Bad(format!(
                "not UTF-8 (bad byte at column {})",
                e.valid_up_to() + 1
            ));
        }
    };
    let fields = match serde_json::from_str::<Fields<'_>>(line) {
        Ok(Fields(fields)) => fields,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Outcome::Bad(format!("not valid JSON: {}", json_error(&e)));
        }
        Err(e) => return Outcome::Bad(format!("not a JSON object: {}", json_error(&e))),
    };
    let field = options.field;
    let text = match string_field(&fields, field) {
        Ok(text) => text,
        Err(why) => return Outcome::Bad(why),
    };
    let (cleaner, bad_date) = match options.published_field {
        None => (*cleaner, None),
        Some(date_field) => match record_cleaner(cleaner, &fields, date_field) {
            Ok(cleaner) => (cleaner, None),
            // No publication date: not the given one, not one found in the text.
            Err(why) => (cleaner.find_publication(false), Some(why)),
        },
    };

    // With `--replace` the cleaned text takes the field's place, so the spans written
    // index it: the dates and the publication date are moved there, and the removals,
    // which index a text no longer written, are left out.
    let (cleaned, offsets) = if options.replace {
        let (cleaned, offsets) = cleaner.clean_with_offsets(&text);
        (cleaned, Some(offsets))
    } else {
        (cleaner.clean(&text), None)
    };
    let stats = Stats {
        records: 1,
        errors: u64::from(bad_date.is_some()),
        text_in: text.len() as u64,
        text_out: cleaned.text.len() as u64,
        removed: cleaned.bytes_removed() as u64,
        dates: cleaned.dates.len() as u64,
        ..Stats::default()
    };
    let added = [
        format!("{field}_clean"),
        format!("{field}_removals"),
        format!("{field}_dates"),
        format!("{field}_published"),
    ];
    let mut out = Vec::with_capacity(line.len() + cleaned.text.len() + 256);
    out.push(b'{');
    let mut first = true;
    // Writing JSON into a Vec cannot fail: the results are ignored.
    let mut put = |out: &mut Vec<u8>, key: &str| {
        if !first {
            out.push(b',');
        }
        first = false;
        let _ = serde_json::to_writer(&mut *out, key);
        out.push(b':');
    };
    let [clean, removals, dates, published] = &added;
    for (key, value) in &fields {
        if options.replace && key == field {
            put(&mut out, key);
            let _ = serde_json::to_writer(&mut out, &*cleaned.text);
        } else if !added.contains(key) || (options.replace && (key == removals || key == clean)) {
            put(&mut out, key);
            out.extend_from_slice(value.get().as_bytes());
        }
    }
    match &offsets {
        None => {
            let chars = arabic_text::CodePoints::new(&text);
            put(&mut out, clean);
            let _ = serde_json::to_writer(&mut out, &*cleaned.text);
            put(&mut out, removals);
            let _ = serde_json::to_writer(&mut out, &removals_json(&chars, &cleaned.removals));
            put(&mut out, dates);
            let _ = serde_json::to_writer(&mut out, &dates_json(&chars, &cleaned.dates));
            put(&mut out, published);
            let _ = serde_json::to_writer(
                &mut out,
                &published_json(&chars, cleaned.published.as_ref()),
            );
        }
        Some(offsets) => {
            let chars = arabic_text::CodePoints::new(&cleaned.text);
            let moved: Vec<_> = cleaned
                .dates
                .iter()
                .filter_map(|d| {
                    let mut d = d.clone();
                    d.span = offsets.output_span(d.span)?;
                    Some(d)
                })
                .collect();
            let mut publication = cleaned.published.clone();
            if let Some(p) = publication.as_mut() {
                p.span = p.span.and_then(|s| offsets.output_span(s));
            }
            put(&mut out, dates);
            let _ = serde_json::to_writer(&mut out, &dates_json(&chars, &moved));
            put(&mut out, published);
            let _ = serde_json::to_writer(&mut out, &published_json(&chars, publication.as_ref()));
        }
    }
    out.push(b'}');
    Outcome::Cleaned {
        line: out,
        stats,
        bad_date,
    }
}

/// The string value of the record's field `field`, decoded; or what is wrong with it
/// (missing, given twice, not a string).
fn string_field<'a>(
    fields: &[(String, &'a RawValue)],
    field: &str,
) -> Result<Cow<'a, str>, String> {
    let mut found = fields.iter().filter(|(key, _)| key == field);
    let raw = match (found.next(), found.next()) {
        (None, _) => return Err(format!("no field {field:?}")),
        (Some(_), Some(_)) => return Err(format!("field {field:?} given twice")),
        (Some((_, raw)), None) => *raw,
    };
    if !raw.get().starts_with('"') {
        return Err(format!(
            "field {field:?} is {}, not a string",
            json_type(raw)
        ));
    }
    // A JSON string with no escape holds its text as it is, between its quotes (the
    // parser checked it); with escapes it is decoded into a string of its own.
    let quoted = raw.get();
    match quoted.get(1..quoted.len() - 1) {
        Some(inner) if !inner.contains('\\') => Ok(Cow::Borrowed(inner)),
        _ => serde_json::from_str::<String>(quoted)
            .map(Cow::Owned)
            .map_err(|e| format!("field {field:?}: {}", json_error(&e))),
    }
}

/// `cleaner` with the record's publication date, read from its field `date_field`; or
/// what is wrong with that field, its value included.
fn record_cleaner(
    cleaner: &Cleaner,
    fields: &[(String, &RawValue)],
    date_field: &str,
) -> Result<Cleaner, String> {
    let value = string_field(fields, date_field)?;
    let date = record_date(&value).ok_or_else(|| {
        format!(
            "field {date_field:?}: cannot read {value:?} as a date (ISO 8601, dd/mm/yyyy or an Arabic date with its day)"
        )
    })?;
    let (Some(year), Some(month), Some(day)) = (date.year, date.month, date.day) else {
        return Err(format!(
            "field {date_field:?}: {value:?} is not a whole day"
        ));
    };
    cleaner
        .published_on(year, month, day)
        .map_err(|e| format!("field {date_field:?}: {value:?}: {e}"))
}

/// A record's publication date as its metadata writes it: the date part, as written, of
/// an ISO 8601 date and time (`2017-01-20T21:43:00+01:00`, `2017-01-20 21:43`,
/// `2017-01-22T185600`, `2017-01-20`) or of `dd/mm/yyyy` (`29/04/2016`, `29/04/2016
/// 14:30`); else an Arabic date expression that [`arabic_text::parse_date`] reads as a
/// whole day in absolute terms. Surrounding white space is ignored. `None` for anything
/// else, and for a day that does not exist.
pub(super) fn record_date(value: &str) -> Option<Date> {
    let value = value.trim();
    let full = |date: Date| {
        (date.year.is_some() && date.month.is_some() && date.day.is_some() && date.is_valid())
            .then_some(date)
    };
    let (day, time) = match value.split_once(['T', ' ']) {
        Some((day, time)) => (day, Some(time)),
        None => (value, None),
    };
    if time.is_none_or(is_time) {
        if let Some(date) = day.parse::<Date>().ok().and_then(full) {
            return Some(date);
        }
        if value.split_once('T').is_none() {
            let mut parts = day.split('/');
            if let (Some(d), Some(m), Some(y), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            {
                let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
                    n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
                };
                if digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4) {
                    let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse()) else {
                        return None;
                    };
                    return full(Date::ymd(y, m, d));
                }
            }
        }
    }
    let found = arabic_text::parse_date(value).ok()?;
    if found.kind != DateKind::Absolute {
        return None;
    }
    found.value.gregorian().and_then(full)
}

/// Whether `text` is an ISO 8601 time of day, basic or extended, with an optional
/// fraction and offset: `21:43`, `21:43:00`, `185600`, `21:43:00.5Z`, `21:43:00+01:00`.
fn is_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let two = |at: usize, max: u8| match bytes.get(at..at + 2) {
        Some(&[a, b]) if a.is_ascii_digit() && b.is_ascii_digit() => {
            (a - b'0') * 10 + (b - b'0') <= max
        }
        _ => false,
    };
    if !two(0, 24) {
        return false;
    }
    let mut at = 2;
    // Minutes, then seconds (60: a leap second), each after an optional colon.
    for max in [59, 60] {
        let colon = usize::from(bytes.get(at) == Some(&b':'));
        if two(at + colon, max) {
            at += colon + 2;
        } else if colon == 1 {
            return false;
        } else {
            break;
        }
    }
    if matches!(bytes.get(at), Some(b'.' | b',')) {
        let digits = bytes.get(at + 1..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        });
        if digits == 0 {
            return false;
        }
        at += 1 + digits;
    }
    match bytes.get(at) {
        None => true,
        Some(b'Z') => at + 1 == bytes.len(),
        Some(b'+' | b'-') => {
            if !two(at + 1, 23) {
                return false;
            }
            let rest = bytes.get(at + 3..).unwrap_or_default();
            match rest {
                [] => true,
                [b':', ..] => rest.len() == 3 && two(at + 4, 59),
                _ => rest.len() == 2 && two(at + 3, 59),
            }
        }
        _ => false,
    }
}
