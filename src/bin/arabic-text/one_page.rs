//! One page: cleaned, then reported for a person or as one JSON object.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use arabic_text::{Cleaned, Cleaner, Normalizer};
use serde_json::json;

use super::SAMPLE_PAGE;
use super::json::{dates_json, published_json, removals_json};

// ---------------------------------------------------------------------------------------
// One page

/// Cleans the sample page (`source` None), a file (`Some(Some(path))`) or standard input
/// (`Some(None)`), and prints the report or the JSON object.
pub(super) fn one_page(
    cleaner: &Cleaner,
    source: Option<Option<&Path>>,
    json: bool,
) -> io::Result<ExitCode> {
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
        let chars = arabic_text::CodePoints::new(&text);
        let object = json!({
            "text": cleaned.text,
            "removals": removals_json(&chars, &cleaned.removals),
            "dates": dates_json(&chars, &cleaned.dates),
            "published": published_json(&chars, cleaned.published.as_ref()),
            "bytes_in": text.len(),
            "bytes_out": cleaned.text.len(),
        });
        serde_json::to_writer(&mut out, &object)?;
        writeln!(out)?;
    } else {
        report(&mut out, &text, &cleaned, &cleaner.get_normalizer())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The report for a person: the cleaned text, the removed blocks, the publication date,
/// the dates. Numbers come first on each line, the Arabic text last, so that a
/// right-to-left terminal does not mix them up.
fn report(
    out: &mut impl Write,
    text: &str,
    cleaned: &Cleaned<'_>,
    normalizer: &Normalizer,
) -> io::Result<()> {
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

    let changes = normalization_changes(text, cleaned, normalizer);
    if changes.is_empty() {
        writeln!(out, "== normalization: nothing to change")?;
    } else {
        writeln!(out, "== normalization: {}", changes.join(", "))?;
    }

    writeln!(out, "== removed blocks: {}", cleaned.removals.len())?;
    for removal in &cleaned.removals {
        writeln!(
            out,
            "{}\tbytes {}..{}\tcopy of {}..{}\t«{}»",
            removal.kind.name(),
            removal.removed.start,
            removal.removed.end,
            removal.kept.start,
            removal.kept.end,
            preview(text.get(removal.removed.range()).unwrap_or_default(), 60)
        )?;
    }

    match &cleaned.published {
        None => writeln!(out, "== publication date: none found")?,
        Some(p) => {
            write!(out, "== publication date: {} ({}", p.date, p.source.name())?;
            if let Some(span) = &p.span {
                let written = text.get(span.range()).unwrap_or_default();
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
            date.kind.name().replace('_', " "),
            text.get(date.span.range()).unwrap_or_default()
        )?;
    }
    Ok(())
}

/// The first `chars` characters of `text` on one line, line breaks shown as `⏎`.
pub(super) fn preview(text: &str, chars: usize) -> String {
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

/// What the normalization changed in the kept text, counted by rule (the characters each
/// rule that is on looks at): `2 presentation forms`, `1 invisible control`, ….
pub(super) fn normalization_changes(
    text: &str,
    cleaned: &Cleaned<'_>,
    normalizer: &Normalizer,
) -> Vec<String> {
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    for removal in &cleaned.removals {
        kept.push_str(text.get(from..removal.removed.start).unwrap_or_default());
        from = removal.removed.end;
    }
    kept.push_str(text.get(from..).unwrap_or_default());
    let count = |on: bool, test: &dyn Fn(char) -> bool| {
        if on {
            kept.chars().filter(|&c| test(c)).count()
        } else {
            0
        }
    };
    let n = normalizer;
    let rules: [(usize, &str, &str); 6] = [
        (
            count(n.get_presentation_forms(), &|c| {
                arabic_text::is_presentation_form(c)
            }),
            "presentation form",
            "presentation forms",
        ),
        (
            count(
                n.get_remove_bidi_controls() || n.get_remove_zero_width(),
                &|c| arabic_text::is_invisible(c),
            ),
            "invisible control",
            "invisible controls",
        ),
        (
            count(n.get_remove_tatweel(), &|c| c == '\u{0640}'),
            "tatweel",
            "tatweels",
        ),
        (
            count(n.get_unify_spaces(), &|c| {
                c.is_whitespace() && !c.is_ascii_whitespace()
            }),
            "space separator",
            "space separators",
        ),
        (
            count(n.get_remove_harakat(), &|c| arabic_text::is_haraka(c)),
            "haraka deleted",
            "harakat deleted",
        ),
        (
            count(
                n.get_fold_teh_marbuta() || n.get_fold_alef_maksura(),
                &|c| matches!(c, '\u{0629}' | '\u{0649}'),
            ),
            "letter folded",
            "letters folded",
        ),
    ];
    rules
        .iter()
        .filter(|(count, _, _)| *count > 0)
        .map(|&(count, one, many)| format!("{count} {}", if count == 1 { one } else { many }))
        .collect()
}
