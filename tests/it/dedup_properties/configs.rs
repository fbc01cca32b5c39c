//! The `Deduper` configurations every document is checked with.

use arabic_text::{Deduper, line_fingerprint};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// Configurations.
// ---------------------------------------------------------------------------------------

/// A configuration under test, its name, and its threshold.
pub(super) struct Config {
    pub(super) what: String,
    pub(super) d: Deduper,
    pub(super) min_chars: usize,
}

impl Config {
    /// A line as the configuration compares it: with its words written twice in a row
    /// collapsed (lines are compared as they read once deduplicated).
    pub(super) fn read_fingerprint(&self, line: &str) -> u64 {
        line_fingerprint(&Deduper::new().min_chars(self.min_chars).dedup(line))
    }
}

/// Every on/off combination at `min_chars` (half of them at the default 50), and the
/// default.
pub(super) fn configs(min_chars: usize) -> Vec<Config> {
    let mut out = vec![Config {
        what: "default".to_string(),
        d: Deduper::new(),
        min_chars: 50,
    }];
    // Teasers off (on by default).
    out.push(Config {
        what: "default-teasers".to_string(),
        d: Deduper::new().teasers(false),
        min_chars: 50,
    });
    for bits in 0..16u8 {
        let (t, c, w) = (bits & 1 != 0, bits & 2 != 0, bits & 4 != 0);
        let min = if bits & 8 != 0 { 50 } else { min_chars };
        let d = Deduper::new()
            .min_chars(min)
            .title_echo(t)
            .truncated_copies(c)
            .within_line(w);
        out.push(Config {
            what: format!("{d:?}"),
            d,
            min_chars: min,
        });
    }
    out
}

pub(super) fn min_chars() -> impl Strategy<Value = usize> {
    prop_oneof![
        Just(0usize),
        Just(1),
        2usize..12,
        12usize..40,
        Just(50),
        60usize..120,
        Just(1000)
    ]
}
