//! The main job: cleans an Arabic page.
//!
//! ```text
//! cargo run --release --example clean            # the built-in sample page
//! cargo run --release --example clean -- FILE    # a file
//! cargo run --release --example clean -- -       # standard input
//! ```
//!
//! It normalizes with the `clean` preset (non-lossy: presentation forms, invisible
//! controls, tatweel, canonical order), with white space collapsed and lines trimmed, and
//! shows the search form of each line; then it lists the dates of the page, one per line
//! (text, byte span, value, kind), relative ones resolved against the first full date of
//! the page's first lines (its byline). Repeated blocks (a body printed twice) are removed
//! first and listed.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use arabic_text::{DateFinder, DateValue, Normalizer, Whitespace};

/// A page written for the project in the style of a scraped Moroccan news page: a title,
/// a byline with tatweel, a publication line, a body with a Maghrebi month name, a
/// relative date, an RLM, an NBSP, a presentation-form ligature and trailing spaces, and
/// the body printed a second time.
const SAMPLE_PAGE: &str = "\
اختتام الدورة الأولى لمهرجان الفيلم الوثائقي بورزازات
مراكشـ24\u{200F}
نشر في: 12 نونبر 2015 مراكشـ24
اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي،\u{00A0}التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.   
وأكد رئيس المهرجان أن الدورة المقبلة ستُنظم في شهر ماي 2016 \u{FEFB}ستقبال عدد أكبر من المخرجين الشباب.
اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي،\u{00A0}التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.
وأكد رئيس المهرجان أن الدورة المقبلة ستُنظم في شهر ماي 2016 \u{FEFB}ستقبال عدد أكبر من المخرجين الشباب.
";

fn main() -> ExitCode {
    let arg = std::env::args().nth(1);
    let text = match arg.as_deref() {
        None => SAMPLE_PAGE.to_string(),
        Some("-") => {
            let mut text = String::new();
            if let Err(e) = io::stdin().read_to_string(&mut text) {
                eprintln!("clean: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
            text
        }
        Some("-h" | "--help") => {
            println!(
                "usage: clean [FILE | -]\nCleans an Arabic page (the built-in sample with no argument)."
            );
            return ExitCode::SUCCESS;
        }
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("clean: cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };

    let display = Normalizer::clean().whitespace(Whitespace::CollapseAndTrim);
    let search = Normalizer::search().whitespace(Whitespace::CollapseAndTrim);
    // Repeated blocks go first (on the text as given), then normalization for display.
    let removals = arabic_text::find_repeats(&text);
    let deduplicated = arabic_text::dedup(&text);
    let cleaned = display.normalize(&deduplicated);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = (|| -> io::Result<()> {
        writeln!(
            out,
            "== cleaned ({} bytes in, {} bytes out)",
            text.len(),
            cleaned.len()
        )?;
        out.write_all(cleaned.as_bytes())?;
        if !cleaned.ends_with('\n') {
            writeln!(out)?;
        }
        writeln!(out, "== search form")?;
        let mut line_buf = String::new();
        for line in cleaned.lines() {
            line_buf.clear();
            search.normalize_into(line, &mut line_buf);
            writeln!(out, "{line_buf}")?;
        }
        writeln!(out, "== removed ({} blocks)", removals.len())?;
        for removal in &removals {
            let removed = text.get(removal.removed.clone()).unwrap_or_default();
            let preview: String = removed.trim().chars().take(60).collect();
            writeln!(
                out,
                "{:?}\t{}..{}\tcopy of {}..{}\t{preview}…",
                removal.kind,
                removal.removed.start,
                removal.removed.end,
                removal.kept.start,
                removal.kept.end
            )?;
        }
        write_dates(&mut out, &text, &removals)?;
        out.flush()
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clean: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Lists the dates of the page outside the removed blocks (spans in the page as given),
/// resolving relative ones against the first full date of its first five lines.
fn write_dates(
    out: &mut impl Write,
    text: &str,
    removals: &[arabic_text::Removal],
) -> io::Result<()> {
    let head_end = text
        .match_indices('\n')
        .nth(4)
        .map_or(text.len(), |(at, _)| at);
    let head = text.get(..head_end).unwrap_or(text);
    let reference = arabic_text::find_dates(head).find_map(|m| match m.value {
        DateValue::Gregorian(date) => Some((date.year?, date.month?, date.day?)),
        _ => None,
    });
    let finder = match reference {
        Some((year, month, day)) => {
            writeln!(out, "== dates (reference {year:04}-{month:02}-{day:02})")?;
            DateFinder::new().with_reference(year, month, day)
        }
        None => {
            writeln!(out, "== dates (no reference date)")?;
            DateFinder::new()
        }
    };
    let removed = |span: &std::ops::Range<usize>| {
        removals
            .iter()
            .any(|r| r.removed.start <= span.start && span.end <= r.removed.end)
    };
    for found in finder.find_iter(text).filter(|m| !removed(&m.span)) {
        let written = text.get(found.span.clone()).unwrap_or_default();
        let weekday = match (found.weekday, found.weekday_matches) {
            (Some(day), Some(false)) => format!(" weekday {day:?} does not match"),
            (Some(day), _) => format!(" weekday {day:?}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "{written}\t{}..{}\t{}\t{:?}{weekday}",
            found.span.start, found.span.end, found.value, found.kind
        )?;
    }
    Ok(())
}
