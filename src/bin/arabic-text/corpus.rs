//! Corpus mode: JSON Lines read in batches, cleaned on every core, written in order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::time::Instant;

use arabic_text::Cleaner;
use rayon::prelude::*;

use super::progress::Progress;
use super::records::clean_line;

// ---------------------------------------------------------------------------------------
// Corpus mode

/// Corpus mode cuts its input into batches of about this many bytes…
const BATCH_BYTES: usize = 1 << 20;
/// …or this many lines, whichever comes first.
const BATCH_LINES: usize = 8192;
/// Batches read ahead of the cleaners.
const QUEUE: usize = 2;
/// At most this many batches are being cleaned or wait to be written (memory bound).
const MAX_IN_FLIGHT: usize = 16;

/// The corpus-mode options.
pub(super) struct Corpus<'a> {
    pub(super) field: &'a str,
    /// The field that gives each record's publication date.
    pub(super) published_field: Option<&'a str>,
    pub(super) replace: bool,
    /// 0: one per core.
    pub(super) threads: usize,
    pub(super) progress: bool,
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
pub(super) enum Outcome {
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
pub(super) struct Stats {
    pub(super) records: u64,
    pub(super) blank: u64,
    pub(super) errors: u64,
    /// Bytes of the field's text, before and after cleaning.
    pub(super) text_in: u64,
    pub(super) text_out: u64,
    pub(super) removed: u64,
    pub(super) dates: u64,
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

/// Corpus mode: a reader thread cuts the input into batches, this thread hands each
/// batch to the thread pool (its lines cleaned in parallel, several batches at once so
/// that no thread waits for the last record of a batch), and a writer thread writes the
/// results in input order, reports bad lines and shows progress. Reading and writing go
/// on while the pool cleans.
pub(super) fn corpus(
    cleaner: &Cleaner,
    file: Option<&Path>,
    options: &Corpus<'_>,
) -> io::Result<ExitCode> {
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
        "clean: {:.1} MB in, {:.1} MB out; field {:?}: {:.1} MB in, {:.1} MB out, {:.1} MB of repeats removed; {} dates found",
        mb(bytes_in),
        mb(bytes_out),
        options.field,
        mb(stats.text_in),
        mb(stats.text_out),
        mb(stats.removed),
        stats.dates,
    );
    Ok(if stats.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The bad-record messages shown before the rest are only counted.
const MESSAGES: u64 = 20;

pub(super) fn mb(bytes: u64) -> f64 {
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
    // Bad-record messages shown, and those left unsaid past the cap.
    let (mut shown, mut unsaid) = (0u64, 0u64);
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
                            if shown < MESSAGES {
                                shown += 1;
                                let _ = writeln!(
                                    errors,
                                    "clean: line {number}: {why}; cleaned with no publication date (relative dates unresolved)"
                                );
                            } else {
                                unsaid += 1;
                            }
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
                        if shown < MESSAGES {
                            shown += 1;
                            let _ = writeln!(
                                errors,
                                "clean: line {number}: {why}; written out unchanged"
                            );
                        } else {
                            unsaid += 1;
                        }
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
                meter.print(&errors);
            }
            meter.show(stats.records, bytes_in);
        }
    }
    out.flush()?;
    meter.clear();
    if unsaid > 0 {
        eprintln!("clean: {unsaid} more records with a problem (the first {MESSAGES} are shown)");
    }
    Ok((stats, bytes_in, bytes_out))
}
