//! The progress line on standard error.

use std::fmt::Write as _;
use std::io::{self, IsTerminal};
use std::time::{Duration, Instant};

use super::corpus::mb;

/// The progress line on standard error.
pub(super) struct Progress {
    on: bool,
    terminal: bool,
    total: Option<u64>,
    started: Instant,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    pub(super) fn new(on: bool, total: Option<u64>, started: Instant) -> Self {
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
    pub(super) fn show(&mut self, records: u64, bytes: u64) {
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
    pub(super) fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}

/// Seconds as `m:ss` (or `h:mm:ss`).
pub(super) fn clock(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
