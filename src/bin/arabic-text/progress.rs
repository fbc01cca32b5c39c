//! Progress on standard error: an `indicatif` bar on a terminal (records, MB, MB/s, time
//! left), a line a second elsewhere when `--progress` asks for it (a log keeps them).

use std::io::{self, IsTerminal};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::corpus::mb;

/// The progress report of a corpus run.
pub(super) struct Progress {
    shown: Shown,
    total: Option<u64>,
    started: Instant,
    last: Option<Instant>,
}

enum Shown {
    Nothing,
    Bar(ProgressBar),
    Lines,
}

impl Progress {
    /// A report, if `on`: a bar on a terminal, lines elsewhere; `total` is the input's
    /// size when it is a file (then the time left is shown).
    pub(super) fn new(on: bool, total: Option<u64>, started: Instant) -> Self {
        let shown = if !on {
            Shown::Nothing
        } else if io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
            let template = if total.is_some() {
                "{msg}  {percent}%  {elapsed_precise}  ETA {eta}"
            } else {
                "{msg}  {elapsed_precise}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            Shown::Bar(bar)
        } else {
            Shown::Lines
        };
        Progress {
            shown,
            total,
            started,
            last: None,
        }
    }

    /// Shows the records done and the bytes read.
    pub(super) fn show(&mut self, records: u64, bytes: u64) {
        let elapsed = self.started.elapsed().as_secs_f64();
        let rate = mb(bytes) / elapsed.max(1e-9);
        let counts = format!("{records} records  {:.1} MB  {rate:.1} MB/s", mb(bytes));
        match &self.shown {
            Shown::Nothing => {}
            Shown::Bar(bar) => {
                bar.set_position(bytes);
                bar.set_message(counts);
            }
            Shown::Lines => {
                let now = Instant::now();
                if self
                    .last
                    .is_some_and(|at| now - at < Duration::from_secs(1))
                {
                    return;
                }
                self.last = Some(now);
                let mut line = format!("clean: {counts}  {}", clock(elapsed));
                if let Some(total) = self.total.filter(|&t| t >= bytes && bytes > 0) {
                    let left = (total - bytes) as f64 / (bytes as f64 / elapsed.max(1e-9));
                    line.push_str(&format!(
                        "  {:.0}%  ETA {}",
                        100.0 * bytes as f64 / total.max(1) as f64,
                        clock(left)
                    ));
                }
                eprintln!("{line}");
            }
        }
    }

    /// Prints `text` on standard error, above the bar if there is one.
    pub(super) fn print(&self, text: &str) {
        match &self.shown {
            Shown::Bar(bar) => bar.suspend(|| eprint!("{text}")),
            _ => eprint!("{text}"),
        }
    }

    /// Takes the bar away (before the summary).
    pub(super) fn clear(&mut self) {
        if let Shown::Bar(bar) = &self.shown {
            bar.finish_and_clear();
        }
    }
}

/// `1:02:03`, `2:03`, `0:03`.
pub(super) fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
