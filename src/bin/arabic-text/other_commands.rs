//! `normalize`, `dates` and `dedup`: one capability each, on a file or standard input.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use arabic_text::{DateFinder, Deduper};

use super::json::dates_json;
use super::{Preset, Published, parse_published};

/// `arabic-text normalize`.
#[derive(clap::Args, Debug)]
pub(crate) struct NormalizeArgs {
    /// The text to normalize; standard input without FILE or with `-`.
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
    /// The normalization preset.
    #[arg(long, value_enum, default_value_t = Preset::Clean)]
    preset: Preset,
}

/// `arabic-text dates`.
#[derive(clap::Args, Debug)]
pub(crate) struct DatesArgs {
    /// The text; standard input without FILE or with `-`.
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
    /// The day relative dates are resolved against (the publication date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_published)]
    reference: Option<Published>,
    /// A JSON array of the dates instead of one line each.
    #[arg(long)]
    json: bool,
}

/// `arabic-text dedup`.
#[derive(clap::Args, Debug)]
pub(crate) struct DedupArgs {
    /// The page; standard input without FILE or with `-`.
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
    /// The least length, in characters, of a line repeated on its own.
    #[arg(long, value_name = "N")]
    min_chars: Option<usize>,
}

/// The input as bytes: FILE, or standard input without it or with `-`.
fn open(file: Option<&PathBuf>) -> io::Result<Box<dyn Read>> {
    Ok(match file.filter(|p| p.as_os_str() != "-") {
        Some(path) => Box::new(
            File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
        ),
        None => Box::new(io::stdin().lock()),
    })
}

/// The whole input as UTF-8 text.
fn read_text(file: Option<&PathBuf>) -> io::Result<String> {
    let mut bytes = Vec::new();
    open(file)?.read_to_end(&mut bytes)?;
    String::from_utf8(bytes).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the input is not UTF-8 text (bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// The exit code of a command's result: 0, 1 with the error on standard error, or 0 for
/// a closed standard output (`| head`).
fn finish(command: &str, result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{command}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Normalizes FILE or standard input to standard output, streaming: memory stays small
/// whatever the size.
pub(crate) fn normalize(args: &NormalizeArgs) -> ExitCode {
    let result = open(args.file.as_ref()).and_then(|input| {
        let out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        args.preset
            .normalizer()
            .normalize_stream(input, out)
            .map(drop)
    });
    finish("normalize", result)
}

/// Writes the dates of FILE or standard input: `start<TAB>end<TAB>value<TAB>kind<TAB>text`
/// a line, or a JSON array.
pub(crate) fn dates(args: &DatesArgs) -> ExitCode {
    let result = read_text(args.file.as_ref()).and_then(|text| {
        let finder = match args.reference {
            Some(Published { year, month, day }) => DateFinder::new()
                .try_with_reference(year, month, day)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?,
            None => DateFinder::new(),
        };
        let mut out = BufWriter::new(io::stdout().lock());
        if args.json {
            let chars = arabic_text::CodePoints::new(&text);
            let found: Vec<_> = finder.find_iter(&text).collect();
            serde_json::to_writer_pretty(&mut out, &dates_json(&chars, &found))?;
            writeln!(out)?;
        } else {
            for m in finder.find_iter(&text) {
                let written: Cow<'_, str> = text[m.span].replace(['\t', '\n'], " ").into();
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{written}",
                    m.span.start,
                    m.span.end,
                    m.value,
                    m.kind.name()
                )?;
            }
        }
        out.flush()
    });
    finish("dates", result)
}

/// Writes FILE or standard input without its repeated blocks.
pub(crate) fn dedup(args: &DedupArgs) -> ExitCode {
    let result = read_text(args.file.as_ref()).and_then(|text| {
        let mut deduper = Deduper::new();
        if let Some(n) = args.min_chars {
            deduper = deduper.min_chars(n);
        }
        let mut out = io::stdout().lock();
        out.write_all(deduper.dedup(&text).as_bytes())?;
        out.flush()
    });
    finish("dedup", result)
}
