//! The main job as a command: cleans an Arabic page, or a whole corpus of JSON Lines on
//! every core, with [`arabic_text::Cleaner`]: repeats removed, text normalized, the
//! publication date found and the page's dates resolved against it.
//!
//! ```text
//! cargo run --release --example clean -- [OPTIONS] [FILE|-]
//!
//! cargo run --release --example clean                          # the built-in sample page
//! cargo run --release --example clean -- page.txt              # a file
//! cargo run --release --example clean -- --json - < page.txt   # standard input, as JSON
//! cargo run --release --example clean -- --jsonl text corpus.jsonl > clean.jsonl
//! ```
//!
//! # One page
//!
//! With no FILE it cleans a built-in sample page (a Moroccan news page whose body is
//! printed twice); with FILE, that file; with `-`, standard input. The text must be UTF-8.
//! It prints, for a person: the cleaned text; the removed blocks (kind, byte span of the
//! input, byte span of the copy that stays, a preview); the publication date (date,
//! where it came from, byte span); the dates of the kept text (byte span, ISO 8601
//! value, kind, a weekday that does not match the date, then the text as written).
//!
//! # Options
//!
//! - `--preset clean|search|lucene|camel`: the normalization (default `clean`, non-lossy).
//! - `--no-dedup`: keep repeated blocks.
//! - `--no-dates`: no dates and no publication date (a `--published` date is still
//!   reported).
//! - `--published YYYY-MM-DD`: the publication date, given (the page's byline is then not
//!   looked for); relative dates are resolved against it.
//! - `--json`: one JSON object for the document instead of the report:
//!   - `text`: the cleaned text;
//!   - `removals`: `[{"start", "end", "kept_start", "kept_end", "kind"}]`, `kind` one of
//!     `repeated_run`, `title_echo`, `truncated_copy`, `teaser`, `within_line`,
//!     `reflowed_copy`;
//!   - `dates`: `[{"text", "start", "end", "value", "kind", "weekday",
//!     "weekday_matches"}]`: the text as written, its span, the ISO 8601 value (`2015-09`,
//!     `2019-07-12/2019-07-15`, a Hijri date as `2015-07-17~ [1436-10-01 AH]`), `kind`
//!     one of `absolute`, `relative_resolved`, `relative_unresolved`, `named_event`,
//!     `weekday` the weekday written with it (`monday` … `sunday`) or null,
//!     `weekday_matches` true, false or null (no weekday, or not a full day);
//!   - `published`: `{"date", "source", "start", "end"}` or null, `source` one of
//!     `byline`, `date_line`, `given` (then `start` and `end` are null);
//!   - `bytes_in`, `bytes_out`: the lengths of the input and of the cleaned text.
//!
//!   Every `start` and `end` is a byte offset into the input as given (UTF-8), end
//!   excluded.
//!
//! # Corpus mode: `--jsonl FIELD`
//!
//! Reads JSON Lines from FILE (or standard input, without FILE or with `-`), one object
//! a line, cleans the string field FIELD of each and writes one line of JSON to standard
//! output for each line read, in the input's order:
//! - every field of the record, in its order, its value byte for byte as read;
//! - then `FIELD_clean` (the cleaned text), `FIELD_removals`, `FIELD_dates` and
//!   `FIELD_published`, shaped as in `--json`, their spans byte offsets into the string
//!   value of FIELD (decoded, UTF-8). A field of the record that already has one of those
//!   names (a file cleaned before) is dropped for the new one.
//!
//! With `--replace`, FIELD itself holds the cleaned text, in its place, and no field is
//! added (spans into a text that is gone would mean nothing).
//!
//! With `--published-field DATE_FIELD`, each record's string field DATE_FIELD gives its
//! publication date: ISO 8601 with or without a time and an offset
//! (`2017-01-20T21:43:00+01:00`, `2017-01-20 21:43`, `2017-01-22T185600`, `2017-01-20`),
//! `dd/mm/yyyy` (`29/04/2016`, a time may follow after a space), or an Arabic date that
//! [`arabic_text::parse_date`] reads as a whole day (`الخميس 19 جانفي 2017`). The date
//! as written is the record's (no time-zone shifting: `2017-01-20T23:30:00-05:00` is
//! 20 January). It is the reference for the record's relative dates, instead of a
//! byline in the text, and `FIELD_published` gives it with `source` `given`. A record
//! whose DATE_FIELD is missing, not a string, given twice or not a date it can read is
//! reported on standard error with its line number and the value, and cleaned all the
//! same, with no publication date: its relative dates stay unresolved (the text's
//! byline is not used either); it counts as an error in the summary and the exit code.
//!
//! A line that is not UTF-8, not JSON, not an object, or whose FIELD is missing, not a
//! string or given twice, is reported on standard error with its line number and what
//! was wrong, and written out unchanged; the run goes on. Blank lines (empty or white
//! space only) are written out unchanged too, and are neither records nor errors: line
//! N of the output is always line N of the input, cleaned.
//!
//! It uses every core (`--threads N` to choose; `RAYON_NUM_THREADS` works too): one
//! thread reads the input in batches of about 1 MiB, the pool cleans the lines of
//! several batches at once, one thread writes them in order. At most about 20 batches
//! are in memory, read or cleaned (under 70 MB; the process stays near 30 MB on 2
//! cores), whatever the input's size; a line is never cut, so one huge line makes one
//! huge batch. On 2 cores it runs about 1.8 times as fast as on one (5,633 Tunisian
//! news articles, 8 MB: 0.32 s on one core, 0.18 s on two, with the release build).
//!
//! With `--progress`, or when standard error is a terminal, it shows
//! the records done, the MB read, the MB/s, the time elapsed and, when the input is a
//! file, the time left. At the end it prints a summary on standard error: records, bytes
//! in and out, bytes removed as repeats, dates found, errors.
//!
//! # Exit codes
//!
//! - 0: done (also when standard output is closed early, as by `| head`: it stops);
//! - 1: the input could not be read (or is not UTF-8, for one page), or output failed,
//!   or in corpus mode some lines were reported as errors (the others were cleaned; a
//!   record with a bad `--published-field` value is cleaned too);
//! - 2: usage error (an unknown option or preset, a bad `--published` date, `--replace`
//!   without `--jsonl`…), with a message saying what was wrong.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::time::{Duration, Instant};

use arabic_text::{
    Cleaned, Cleaner, Date, DateKind, DateMatch, Normalizer, Publication, PublicationSource,
    Removal, RemovalKind, Weekday,
};
use clap::{Parser, ValueEnum};
use rayon::prelude::*;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Value, json};

/// A page written for the project in the style of a scraped Moroccan news page: a title,
/// a byline with tatweel, a publication line, a body with a Maghrebi month name, a
/// relative month (`في شتنبر الماضي`) and day (`أمس الأربعاء`), an RLM, an NBSP, a
/// presentation-form ligature and trailing spaces, and the body printed a second time.
const SAMPLE_PAGE: &str = "\
اختتام الدورة الأولى لمهرجان الفيلم الوثائقي بورزازات
مراكشـ24\u{200F}
نشر في: 12 نونبر 2015 مراكشـ24
اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي،\u{00A0}التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.   
وأكد رئيس المهرجان أن الدورة المقبلة ستُنظم في شهر ماي 2016 \u{FEFB}ستقبال عدد أكبر من المخرجين الشباب.
اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي،\u{00A0}التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.
وأكد رئيس المهرجان أن الدورة المقبلة ستُنظم في شهر ماي 2016 \u{FEFB}ستقبال عدد أكبر من المخرجين الشباب.
";

/// Corpus mode cuts its input into batches of about this many bytes…
const BATCH_BYTES: usize = 1 << 20;
/// …or this many lines, whichever comes first.
const BATCH_LINES: usize = 8192;
/// Batches read ahead of the cleaners.
const QUEUE: usize = 2;
/// At most this many batches are being cleaned or wait to be written (memory bound).
const MAX_IN_FLIGHT: usize = 16;

/// Cleans an Arabic page (the built-in sample without FILE), or a corpus of JSON Lines
/// with --jsonl: repeats removed, text normalized, publication date and dates found.
/// Exit codes: 0 done, 1 input/output error or (with --jsonl) bad records, 2 usage error.
#[derive(Parser, Debug)]
#[command(name = "clean")]
struct Args {
    /// The page (or, with --jsonl, the JSON Lines) to clean; `-` for standard input.
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
    /// The normalization preset.
    #[arg(long, value_enum, default_value_t = Preset::Clean)]
    preset: Preset,
    /// Keep repeated blocks.
    #[arg(long)]
    no_dedup: bool,
    /// Look for no dates and no publication date.
    #[arg(long)]
    no_dates: bool,
    /// The publication date, given: relative dates are resolved against it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_published)]
    published: Option<Published>,
    /// One JSON object for the document instead of the report.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Corpus mode: clean the string field FIELD of each JSON line.
    #[arg(long, value_name = "FIELD")]
    jsonl: Option<String>,
    /// With --jsonl: the string field of each record that gives its publication date
    /// (ISO 8601, dd/mm/yyyy or an Arabic date): the reference for its relative dates.
    #[arg(
        long,
        value_name = "DATE_FIELD",
        requires = "jsonl",
        conflicts_with = "published"
    )]
    published_field: Option<String>,
    /// With --jsonl: put the cleaned text into FIELD itself and add no field.
    #[arg(long, requires = "jsonl")]
    replace: bool,
    /// With --jsonl: the number of cleaning threads (default, or 0: one per core).
    #[arg(long, value_name = "N", requires = "jsonl")]
    threads: Option<usize>,
    /// With --jsonl: show progress on standard error even when it is not a terminal.
    #[arg(long, requires = "jsonl")]
    progress: bool,
}

/// The `--preset` values.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum Preset {
    /// Non-lossy, for display and storage: presentation forms, invisible controls, space
    /// separators, tatweel, canonical order.
    Clean,
    /// For indexing and matching: `clean`, plus diacritics deleted, letters folded, ASCII
    /// digits.
    Search,
    /// Exactly Apache Lucene's ArabicNormalizer.
    Lucene,
    /// CAMeL Tools' usual recipe (NFKC, diacritics, alef, alef maksura, teh marbuta).
    Camel,
}

impl Preset {
    fn normalizer(self) -> Normalizer {
        match self {
            Preset::Clean => Normalizer::clean(),
            Preset::Search => Normalizer::search(),
            Preset::Lucene => Normalizer::lucene(),
            Preset::Camel => Normalizer::camel(),
        }
    }
}

/// A `--published` date, checked to exist.
#[derive(Clone, Copy, Debug)]
struct Published {
    year: i32,
    month: u8,
    day: u8,
}

fn parse_published(value: &str) -> Result<Published, String> {
    let shape = || format!("expected a date as YYYY-MM-DD (like 2015-11-12), got {value:?}");
    let mut parts = value.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(shape());
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(shape());
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse(), m.parse(), d.parse()) else {
        return Err(shape());
    };
    Cleaner::new()
        .published_on(year, month, day)
        .map_err(|e| e.to_string())?;
    Ok(Published { year, month, day })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut cleaner = Cleaner::new()
        .normalizer(args.preset.normalizer())
        .dedup(!args.no_dedup)
        .dates(!args.no_dates);
    if let Some(Published { year, month, day }) = args.published {
        cleaner = match cleaner.published_on(year, month, day) {
            Ok(cleaner) => cleaner,
            Err(e) => {
                eprintln!("clean: --published: {e}");
                return ExitCode::from(2);
            }
        };
    }
    let file = args.file.as_deref().filter(|path| *path != Path::new("-"));
    let result = match &args.jsonl {
        Some(field) => {
            let options = Corpus {
                field,
                published_field: args.published_field.as_deref(),
                replace: args.replace,
                threads: args.threads.unwrap_or(0),
                progress: args.progress || io::stderr().is_terminal(),
            };
            corpus(&cleaner, file, &options)
        }
        None => one_page(&cleaner, args.file.is_some().then_some(file), args.json),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clean: {e}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------------------
// One page

/// Cleans the sample page (`source` None), a file (`Some(Some(path))`) or standard input
/// (`Some(None)`), and prints the report or the JSON object.
fn one_page(cleaner: &Cleaner, source: Option<Option<&Path>>, json: bool) -> io::Result<ExitCode> {
    let text: Cow<'static, str> = match source {
        None => Cow::Borrowed(SAMPLE_PAGE),
        Some(source) => {
            let mut bytes = Vec::new();
            match source {
                Some(path) => File::open(path)
                    .and_then(|mut f| f.read_to_end(&mut bytes))
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
                None => io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| io::Error::new(e.kind(), format!("standard input: {e}")))?,
            };
            let name = source.map_or("standard input".into(), |p| p.display().to_string());
            Cow::Owned(String::from_utf8(bytes).map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "{name} is not UTF-8 text (bad byte at offset {})",
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?)
        }
    };
    let cleaned = cleaner.clean(&text);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if json {
        let object = json!({
            "text": cleaned.text,
            "removals": removals_json(&cleaned.removals),
            "dates": dates_json(&text, &cleaned.dates),
            "published": published_json(cleaned.published.as_ref()),
            "bytes_in": text.len(),
            "bytes_out": cleaned.text.len(),
        });
        serde_json::to_writer(&mut out, &object)?;
        writeln!(out)?;
    } else {
        report(&mut out, &text, &cleaned)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The report for a person: the cleaned text, the removed blocks, the publication date,
/// the dates. Numbers come first on each line, the Arabic text last, so that a
/// right-to-left terminal does not mix them up.
fn report(out: &mut impl Write, text: &str, cleaned: &Cleaned<'_>) -> io::Result<()> {
    writeln!(
        out,
        "== cleaned text: {} bytes in, {} bytes out, {} bytes of repeats removed",
        text.len(),
        cleaned.text.len(),
        cleaned.bytes_removed()
    )?;
    out.write_all(cleaned.text.as_bytes())?;
    if !cleaned.text.is_empty() && !cleaned.text.ends_with('\n') {
        writeln!(out)?;
    }

    writeln!(out, "== removed blocks: {}", cleaned.removals.len())?;
    for removal in &cleaned.removals {
        writeln!(
            out,
            "{}\tbytes {}..{}\tcopy of {}..{}\t«{}»",
            removal_kind(removal.kind),
            removal.removed.start,
            removal.removed.end,
            removal.kept.start,
            removal.kept.end,
            preview(text.get(removal.removed.clone()).unwrap_or_default(), 60)
        )?;
    }

    match &cleaned.published {
        None => writeln!(out, "== publication date: none found")?,
        Some(p) => {
            write!(
                out,
                "== publication date: {} ({}",
                p.date,
                source_name(p.source)
            )?;
            if let Some(span) = &p.span {
                let written = text.get(span.clone()).unwrap_or_default();
                write!(out, ", bytes {}..{}: «{written}»", span.start, span.end)?;
            }
            writeln!(out, ")")?;
        }
    }

    write!(out, "== dates: {}", cleaned.dates.len())?;
    match &cleaned.published {
        Some(p) => writeln!(out, " (relative ones resolved against {})", p.date)?,
        None => writeln!(out, " (no publication date: relative ones unresolved)")?,
    }
    for date in &cleaned.dates {
        let mut weekday = String::new();
        if let (Some(day), Some(false)) = (date.weekday, date.weekday_matches) {
            let _ = write!(weekday, "\tweekday mismatch: {day:?} is written");
            if let Some(actual) = date.value.gregorian().and_then(|d| d.weekday()) {
                let _ = write!(weekday, ", the date is a {actual:?}");
            }
        }
        writeln!(
            out,
            "bytes {}..{}\t{}\t{}{weekday}\t«{}»",
            date.span.start,
            date.span.end,
            date.value,
            date_kind(date.kind).replace('_', " "),
            text.get(date.span.clone()).unwrap_or_default()
        )?;
    }
    Ok(())
}

/// The first `chars` characters of `text` on one line, line breaks shown as `⏎`.
fn preview(text: &str, chars: usize) -> String {
    let mut preview: String = text
        .trim()
        .chars()
        .take(chars)
        .map(|c| if c == '\n' { '⏎' } else { c })
        .collect();
    if text.trim().chars().nth(chars).is_some() {
        preview.push('…');
    }
    preview
}

// ---------------------------------------------------------------------------------------
// The JSON shapes, shared by --json and --jsonl

fn removal_kind(kind: RemovalKind) -> &'static str {
    match kind {
        RemovalKind::RepeatedRun => "repeated_run",
        RemovalKind::TitleEcho => "title_echo",
        RemovalKind::TruncatedCopy => "truncated_copy",
        RemovalKind::WithinLine => "within_line",
        RemovalKind::ReflowedCopy => "reflowed_copy",
        RemovalKind::Teaser => "teaser",
        _ => "other",
    }
}

fn date_kind(kind: DateKind) -> &'static str {
    match kind {
        DateKind::Absolute => "absolute",
        DateKind::RelativeResolved => "relative_resolved",
        DateKind::RelativeUnresolved => "relative_unresolved",
        DateKind::NamedEvent => "named_event",
        DateKind::Inferred => "inferred",
        _ => "other",
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

fn source_name(source: PublicationSource) -> &'static str {
    match source {
        PublicationSource::Byline => "byline",
        PublicationSource::DateLine => "date_line",
        PublicationSource::Given => "given",
        _ => "other",
    }
}

fn removals_json(removals: &[Removal]) -> Value {
    removals
        .iter()
        .map(|r| {
            json!({
                "start": r.removed.start,
                "end": r.removed.end,
                "kept_start": r.kept.start,
                "kept_end": r.kept.end,
                "kind": removal_kind(r.kind),
            })
        })
        .collect()
}

fn dates_json(text: &str, dates: &[DateMatch]) -> Value {
    dates
        .iter()
        .map(|d| {
            json!({
                "text": text.get(d.span.clone()).unwrap_or_default(),
                "start": d.span.start,
                "end": d.span.end,
                "value": d.value.to_string(),
                "kind": date_kind(d.kind),
                "weekday": d.weekday.map(weekday_name),
                "weekday_matches": d.weekday_matches,
            })
        })
        .collect()
}

fn published_json(published: Option<&Publication>) -> Value {
    match published {
        None => Value::Null,
        Some(p) => json!({
            "date": p.date.to_string(),
            "source": source_name(p.source),
            "start": p.span.as_ref().map(|s| s.start),
            "end": p.span.as_ref().map(|s| s.end),
        }),
    }
}

// ---------------------------------------------------------------------------------------
// Corpus mode

/// The corpus-mode options.
struct Corpus<'a> {
    field: &'a str,
    /// The field that gives each record's publication date.
    published_field: Option<&'a str>,
    replace: bool,
    /// 0: one per core.
    threads: usize,
    progress: bool,
}

/// A batch of lines: their bytes end to end, and where each ends (without its `\n`).
struct Batch {
    /// The number of the batch, from 0.
    number: u64,
    /// The number of the batch's first line, from 1.
    first_line: u64,
    data: Vec<u8>,
    /// For each line, the range of `data` it holds.
    lines: Vec<(usize, usize)>,
}

impl Batch {
    fn line(&self, i: usize) -> &[u8] {
        let (start, end) = self.lines[i];
        &self.data[start..end]
    }
}

/// What became of one line.
enum Outcome {
    /// A record, cleaned: the line to write, and what was wrong with its publication
    /// date field, if anything (the record is cleaned all the same, and counted as an
    /// error).
    Cleaned {
        line: Vec<u8>,
        stats: Stats,
        bad_date: Option<String>,
    },
    /// A blank line, written out as it is.
    Blank,
    /// A bad line, written out as it is, and why it is bad.
    Bad(String),
}

/// Counts for the summary.
#[derive(Clone, Copy, Default)]
struct Stats {
    records: u64,
    blank: u64,
    errors: u64,
    /// Bytes of the field's text, before and after cleaning.
    text_in: u64,
    text_out: u64,
    removed: u64,
    dates: u64,
}

impl Stats {
    fn add(&mut self, other: &Stats) {
        self.records += other.records;
        self.blank += other.blank;
        self.errors += other.errors;
        self.text_in += other.text_in;
        self.text_out += other.text_out;
        self.removed += other.removed;
        self.dates += other.dates;
    }
}

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
fn clean_line(line: &[u8], cleaner: &Cleaner, options: &Corpus<'_>) -> Outcome {
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

    let cleaned = cleaner.clean(&text);
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
    for (key, value) in &fields {
        if options.replace && key == field {
            put(&mut out, key);
            let _ = serde_json::to_writer(&mut out, &*cleaned.text);
        } else if options.replace || !added.contains(key) {
            put(&mut out, key);
            out.extend_from_slice(value.get().as_bytes());
        }
    }
    if !options.replace {
        let [clean, removals, dates, published] = &added;
        put(&mut out, clean);
        let _ = serde_json::to_writer(&mut out, &*cleaned.text);
        put(&mut out, removals);
        let _ = serde_json::to_writer(&mut out, &removals_json(&cleaned.removals));
        put(&mut out, dates);
        let _ = serde_json::to_writer(&mut out, &dates_json(&text, &cleaned.dates));
        put(&mut out, published);
        let _ = serde_json::to_writer(&mut out, &published_json(cleaned.published.as_ref()));
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
fn record_date(value: &str) -> Option<Date> {
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

/// Corpus mode: a reader thread cuts the input into batches, this thread hands each
/// batch to the thread pool (its lines cleaned in parallel, several batches at once so
/// that no thread waits for the last record of a batch), and a writer thread writes the
/// results in input order, reports bad lines and shows progress. Reading and writing go
/// on while the pool cleans.
fn corpus(cleaner: &Cleaner, file: Option<&Path>, options: &Corpus<'_>) -> io::Result<ExitCode> {
    let (input, total): (Box<dyn Read + Send>, Option<u64>) = match file {
        Some(path) => {
            let f = File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            let size = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
            (Box::new(f), size)
        }
        None => (Box::new(io::stdin()), None),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(io::Error::other)?;
    // Batches cleaned or being cleaned but not yet written: enough for a thread that is
    // done with its part of a batch to go on with the next ones while another finishes
    // a long record, and few enough that memory stays bounded.
    let in_flight = (pool.current_num_threads() + 2).min(MAX_IN_FLIGHT);
    let started = Instant::now();
    let (batches_tx, batches_rx) = sync_channel::<Batch>(QUEUE);
    let (done_tx, done_rx) = channel::<(Batch, Vec<Outcome>)>();
    // One permit a batch, sent before it is cleaned, taken back once it is written.
    let (permits_tx, permits_rx) = sync_channel::<()>(in_flight);

    let (read, written) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_batches(input, &batches_tx));
        let progress = options.progress;
        let writer =
            scope.spawn(move || write_batches(done_rx, permits_rx, progress, total, started));
        pool.in_place_scope(|tasks| {
            for batch in batches_rx {
                if permits_tx.send(()).is_err() {
                    break; // The writer stopped on an error.
                }
                let done_tx = done_tx.clone();
                tasks.spawn(move |_| {
                    let outcomes = (0..batch.lines.len())
                        .into_par_iter()
                        .map(|i| clean_line(batch.line(i), cleaner, options))
                        .collect();
                    // The writer is gone only after an error, which it reports.
                    let _ = done_tx.send((batch, outcomes));
                });
            }
        });
        drop(done_tx);
        drop(permits_tx);
        let written = writer.join().expect("the writer thread panicked");
        let read = reader.join().expect("the reader thread panicked");
        (read, written)
    });
    let (stats, bytes_in, bytes_out) = written?;
    read?;

    let elapsed = started.elapsed().as_secs_f64();
    eprintln!(
        "clean: {} records, {} blank lines, {} errors in {:.2} s ({:.0} records/s, {:.1} MB/s)",
        stats.records,
        stats.blank,
        stats.errors,
        elapsed,
        stats.records as f64 / elapsed.max(1e-9),
        mb(bytes_in) / elapsed.max(1e-9),
    );
    eprintln!(
        "clean: {} bytes in, {} bytes out; field {:?}: {} bytes in, {} bytes out, {} bytes of repeats removed; {} dates found",
        bytes_in,
        bytes_out,
        options.field,
        stats.text_in,
        stats.text_out,
        stats.removed,
        stats.dates,
    );
    Ok(if stats.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// Reads `input` line by line into batches and sends them, until the end or until the
/// receiver is gone.
fn read_batches(input: Box<dyn Read + Send>, batches: &SyncSender<Batch>) -> io::Result<()> {
    let mut input = BufReader::with_capacity(1 << 18, input);
    let mut next_line = 1;
    for number in 0.. {
        let mut batch = Batch {
            number,
            first_line: next_line,
            data: Vec::with_capacity(BATCH_BYTES + (BATCH_BYTES >> 2)),
            lines: Vec::new(),
        };
        while batch.data.len() < BATCH_BYTES && batch.lines.len() < BATCH_LINES {
            let start = batch.data.len();
            let n = input
                .read_until(b'\n', &mut batch.data)
                .map_err(|e| io::Error::new(e.kind(), format!("reading line {next_line}: {e}")))?;
            if n == 0 {
                break;
            }
            let mut end = batch.data.len();
            if batch.data[end - 1] == b'\n' {
                end -= 1;
            }
            batch.lines.push((start, end));
            next_line += 1;
        }
        if batch.lines.is_empty() || batches.send(batch).is_err() {
            break;
        }
    }
    Ok(())
}

/// Writes the cleaned batches in order (they may come out of order), taking back a
/// permit for each; reports bad lines and shows progress on standard error. Returns the
/// counts, the bytes read and the bytes written.
fn write_batches(
    done: Receiver<(Batch, Vec<Outcome>)>,
    permits: Receiver<()>,
    progress: bool,
    total: Option<u64>,
    started: Instant,
) -> io::Result<(Stats, u64, u64)> {
    let mut out = io::BufWriter::with_capacity(1 << 18, io::stdout().lock());
    let mut stats = Stats::default();
    let (mut bytes_in, mut bytes_out) = (0u64, 0u64);
    let mut meter = Progress::new(progress, total, started);
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (batch, outcomes) in done {
        waiting.insert(batch.number, (batch, outcomes));
        while let Some((batch, outcomes)) = waiting.remove(&next) {
            next += 1;
            let mut errors = String::new();
            for (i, outcome) in outcomes.iter().enumerate() {
                let line = match outcome {
                    Outcome::Cleaned {
                        line,
                        stats: s,
                        bad_date,
                    } => {
                        stats.add(s);
                        if let Some(why) = bad_date {
                            let number = batch.first_line + i as u64;
                            let _ = writeln!(
                                errors,
                                "clean: line {number}: {why}; cleaned with no publication date (relative dates unresolved)"
                            );
                        }
                        line.as_slice()
                    }
                    Outcome::Blank => {
                        stats.blank += 1;
                        batch.line(i)
                    }
                    Outcome::Bad(why) => {
                        stats.errors += 1;
                        let number = batch.first_line + i as u64;
                        let _ =
                            writeln!(errors, "clean: line {number}: {why}; written out unchanged");
                        batch.line(i)
                    }
                };
                out.write_all(line)?;
                out.write_all(b"\n")?;
                bytes_out += line.len() as u64 + 1;
            }
            bytes_in += batch.data.len() as u64;
            drop((batch, outcomes));
            let _ = permits.recv();
            if !errors.is_empty() {
                meter.clear();
                eprint!("{errors}");
            }
            meter.show(stats.records, bytes_in);
        }
    }
    out.flush()?;
    meter.clear();
    Ok((stats, bytes_in, bytes_out))
}

/// The progress line on standard error.
struct Progress {
    on: bool,
    terminal: bool,
    total: Option<u64>,
    started: Instant,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    fn new(on: bool, total: Option<u64>, started: Instant) -> Self {
        Progress {
            on,
            terminal: io::stderr().is_terminal(),
            total,
            started,
            last: None,
            shown: false,
        }
    }

    /// Shows the counts, at most 4 times a second on a terminal (redrawn in place), once
    /// a second elsewhere (a line each time).
    fn show(&mut self, records: u64, bytes: u64) {
        if !self.on {
            return;
        }
        let now = Instant::now();
        let every = if self.terminal {
            Duration::from_millis(250)
        } else {
            Duration::from_secs(1)
        };
        if self.last.is_some_and(|at| now - at < every) {
            return;
        }
        self.last = Some(now);
        let elapsed = (now - self.started).as_secs_f64();
        let rate = mb(bytes) / elapsed.max(1e-9);
        let mut line = format!(
            "{records} records  {:.1} MB  {rate:.1} MB/s  {}",
            mb(bytes),
            clock(elapsed)
        );
        if let Some(total) = self.total.filter(|&t| t >= bytes && bytes > 0) {
            let left = (total - bytes) as f64 / (bytes as f64 / elapsed.max(1e-9));
            let _ = write!(
                line,
                "  {:.0}%  ETA {}",
                100.0 * bytes as f64 / total.max(1) as f64,
                clock(left)
            );
        }
        if self.terminal {
            eprint!("\r\x1b[K{line}");
            self.shown = true;
        } else {
            eprintln!("clean: {line}");
        }
    }

    /// Clears the progress line on a terminal (before an error message or the summary).
    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}

/// Seconds as `m:ss` (or `h:mm:ss`).
fn clock(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_dates_are_checked() {
        let p = parse_published("2015-11-12").unwrap();
        assert_eq!((p.year, p.month, p.day), (2015, 11, 12));
        assert!(parse_published("2016-02-29").is_ok());
        for bad in ["2015-02-29", "2015-13-01", "0000-01-01"] {
            assert!(parse_published(bad).unwrap_err().contains(bad), "{bad}");
        }
        for bad in [
            "12/11/2015",
            "2015-11",
            "2015-11-12-01",
            "15-11-12",
            "2015-1-12",
            "",
        ] {
            assert!(
                parse_published(bad).unwrap_err().contains("YYYY-MM-DD"),
                "{bad}"
            );
        }
    }

    #[test]
    fn previews_fit_on_one_line() {
        assert_eq!(preview("  سطر أول\nسطر ثان\n", 60), "سطر أول⏎سطر ثان");
        assert_eq!(preview("كلمة كلمة", 4), "كلمة…");
        assert_eq!(preview("", 4), "");
    }

    #[test]
    fn clock_reads_minutes_and_hours() {
        assert_eq!(clock(0.4), "0:00");
        assert_eq!(clock(75.0), "1:15");
        assert_eq!(clock(3725.0), "1:02:05");
    }

    fn options(replace: bool) -> Corpus<'static> {
        Corpus {
            field: "text",
            published_field: None,
            replace,
            threads: 1,
            progress: false,
        }
    }

    fn bad(line: &str) -> String {
        match clean_line(line.as_bytes(), &Cleaner::new(), &options(false)) {
            Outcome::Bad(why) => why,
            _ => panic!("{line} is not reported"),
        }
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        assert_eq!(bad(r#"{"id":1}"#), r#"no field "text""#);
        assert_eq!(
            bad(r#"{"text":null}"#),
            r#"field "text" is null, not a string"#
        );
        assert_eq!(
            bad(r#"{"text":[]}"#),
            r#"field "text" is an array, not a string"#
        );
        assert_eq!(
            bad(r#"{"text":{}}"#),
            r#"field "text" is an object, not a string"#
        );
        assert_eq!(
            bad(r#"{"text":true}"#),
            r#"field "text" is a boolean, not a string"#
        );
        assert_eq!(
            bad(r#"{"text":-1.5}"#),
            r#"field "text" is a number, not a string"#
        );
        assert_eq!(
            bad(r#"{"text":"a","text":"b"}"#),
            r#"field "text" given twice"#
        );
        assert!(bad(r#"{"text":"a"#).starts_with("not valid JSON: "));
        assert!(bad(r#"{"text":"a"} x"#).starts_with("not valid JSON: trailing characters"));
        assert!(bad("42").starts_with("not a JSON object: "));
        assert!(!bad("42").contains("line 1"));
        assert!(matches!(
            clean_line(b" \t\r", &Cleaner::new(), &options(false)),
            Outcome::Blank
        ));
        assert!(matches!(
            clean_line(b"{\"text\":\"\xff\"}", &Cleaner::new(), &options(false)),
            Outcome::Bad(why) if why == "not UTF-8 (bad byte at column 10)"
        ));
    }

    fn cleaned(line: &str, replace: bool) -> String {
        match clean_line(line.as_bytes(), &Cleaner::new(), &options(replace)) {
            Outcome::Cleaned { line, .. } => String::from_utf8(line).unwrap(),
            _ => panic!("{line} is not cleaned"),
        }
    }

    #[test]
    fn records_keep_their_fields_as_written() {
        let line = r#"{ "id" : 1e3, "text" : "كشـ24", "x" : [1, {"y": null}] }"#;
        assert_eq!(
            cleaned(line, false),
            r#"{"id":1e3,"text":"كشـ24","x":[1, {"y": null}],"text_clean":"كش24","text_removals":[],"text_dates":[],"text_published":null}"#
        );
        assert_eq!(
            cleaned(line, true),
            r#"{"id":1e3,"text":"كش24","x":[1, {"y": null}]}"#
        );
        // Fields of an earlier run are replaced, not written twice.
        let again = r#"{"text":"كشـ24","text_clean":"old","text_dates":"old"}"#;
        assert_eq!(
            cleaned(again, false),
            r#"{"text":"كشـ24","text_clean":"كش24","text_removals":[],"text_dates":[],"text_published":null}"#
        );
        // Escapes are decoded before cleaning, and written back as JSON needs them.
        assert_eq!(
            cleaned(r#"{"text":"\"\u0643\u0640\"\n\t"}"#, true),
            r#"{"text":"\"ك\"\n\t"}"#
        );
    }

    #[test]
    fn record_dates_are_read_as_written() {
        let ymd = |y, m, d| Some(Date::ymd(y, m, d));
        let mut failures = Vec::new();
        for (value, date) in [
            ("2017-01-20T21:43:00+01:00", ymd(2017, 1, 20)),
            // The date as written, not shifted to UTC.
            ("2017-01-20T23:30:00-05:00", ymd(2017, 1, 20)),
            ("2017-01-20T00:30:00+0100", ymd(2017, 1, 20)),
            ("2017-01-20T21:43:00.250Z", ymd(2017, 1, 20)),
            ("2017-01-20T21:43Z", ymd(2017, 1, 20)),
            ("2017-01-20T21+01", ymd(2017, 1, 20)),
            ("2017-01-22T185600", ymd(2017, 1, 22)),
            ("2017-01-20 21:43", ymd(2017, 1, 20)),
            ("2017-01-20", ymd(2017, 1, 20)),
            (" 2017-01-20\n", ymd(2017, 1, 20)),
            ("2016-02-29", ymd(2016, 2, 29)),
            ("29/04/2016", ymd(2016, 4, 29)),
            ("9/4/2016", ymd(2016, 4, 9)),
            ("29/04/2016 14:30", ymd(2016, 4, 29)),
            ("الخميس 19 جانفي 2017", ymd(2017, 1, 19)),
            ("17 دجنبر 2014", ymd(2014, 12, 17)),
            ("17/12/2014", ymd(2014, 12, 17)),
            // What `parse_date` reads besides.
            ("2016/04/29", ymd(2016, 4, 29)),
            ("29-04-2016", ymd(2016, 4, 29)),
            // Not a day, or not one that exists.
            ("2019-02-29", None),
            ("31/06/2016", None),
            ("2017-01", None),
            ("2017", None),
            ("04/2016", None),
            ("29/04/16", None),
            ("29/04/2016T14:30", None),
            ("2017-01-20T25:00", None),
            ("2017-01-20T21:60", None),
            ("2017-01-20T21:43:00+01:00 x", None),
            ("2017-01-20T", None),
            ("2017-01-20 مساء", None),
            ("جانفي 2017", None),
            ("أمس", None),
            ("", None),
            ("n/a", None),
        ] {
            if record_date(value) != date {
                failures.push(format!("{value:?}: {:?}", record_date(value)));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn a_bad_record_date_is_reported_and_the_record_cleaned() {
        let options = Corpus {
            published_field: Some("time"),
            ..options(false)
        };
        let line = r#"{"time":"hier","text":"وقع الحادث يوم أمس."}"#;
        match clean_line(line.as_bytes(), &Cleaner::new(), &options) {
            Outcome::Cleaned {
                bad_date: Some(why),
                stats,
                ..
            } => {
                assert!(
                    why.contains(r#""time""#) && why.contains(r#""hier""#),
                    "{why}"
                );
                assert_eq!((stats.records, stats.errors), (1, 1));
            }
            _ => panic!("not cleaned with a bad date"),
        }
        let line = r#"{"time":"0000-01-01","text":"نص"}"#;
        match clean_line(line.as_bytes(), &Cleaner::new(), &options) {
            Outcome::Cleaned {
                bad_date: Some(why),
                ..
            } => assert!(
                why.contains("0000-01-01") && why.contains("1 to 9999"),
                "{why}"
            ),
            _ => panic!("not cleaned with a bad date"),
        }
    }
}
