//! Table-driven tests for every normalization rule, one rule at a time.
//!
//! Each group is a table of `(name, input, expected)` records, run against
//! `Normalizer::none()` plus the one setter under test, through `normalize` (which must
//! borrow exactly when nothing changes), `is_normalized`, and `normalize_into` (which
//! must append to what the buffer already holds). Every code-point range a rule names is
//! tested at both ends, with a neighbour just outside that must be left alone.
//!
//! The expected outputs come from the setter documentation and the Unicode data
//! (canonical combining classes, canonical and compatibility decompositions).

use std::borrow::Cow;
use std::fmt::Write as _;

use arabic_text::Normalizer;

mod canonical_composition;
mod compatibility_and_presets;
mod digits_and_punctuation;
mod interactions;
mod invisibles_and_whitespace;
mod letters;
mod presentation_forms;
mod tatweel_and_diacritics;

/// `(name, input, expected)`.
type Case = (&'static str, &'static str, &'static str);

/// What `normalize_into` finds in the buffer before it appends: text several rules would
/// change (tatweel, RLM, a run of spaces, NBSP, a decomposed hamza), so a rewrite of the
/// buffer would show.
const PREFIX: &str = "سابقـ\u{200F}  \u{00A0}ا\u{0654}|";

/// Code points of `s` as `U+XXXX` for anything outside printable ASCII, so that marks
/// and invisible characters are visible in failure messages.
fn esc(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "<{:04X}>", c as u32);
        }
    }
    out
}

/// Runs one group and reports every failing case at once.
fn check(group: &str, n: Normalizer, cases: &[Case]) {
    let mut failures = Vec::new();
    for &(name, input, expected) in cases {
        let unchanged = input == expected;
        let got = n.normalize(input);
        if got != expected {
            failures.push(format!(
                "  {name}: normalize({}) = {}, expected {}",
                esc(input),
                esc(&got),
                esc(expected)
            ));
        }
        if matches!(got, Cow::Borrowed(_)) != unchanged {
            failures.push(format!(
                "  {name}: normalize({}) borrowed = {}, expected {}",
                esc(input),
                matches!(got, Cow::Borrowed(_)),
                unchanged
            ));
        }
        if n.is_normalized(input) != unchanged {
            failures.push(format!(
                "  {name}: is_normalized({}) = {}, expected {}",
                esc(input),
                !unchanged,
                unchanged
            ));
        }
        let mut buf = String::from(PREFIX);
        n.normalize_into(input, &mut buf);
        match buf.strip_prefix(PREFIX) {
            Some(rest) if rest == expected => {}
            Some(rest) => failures.push(format!(
                "  {name}: normalize_into({}) appended {}, expected {}",
                esc(input),
                esc(rest),
                esc(expected)
            )),
            None => failures.push(format!(
                "  {name}: normalize_into({}) did not keep the prefix: {}",
                esc(input),
                esc(&buf)
            )),
        }
    }
    println!("{group}: {} cases", cases.len());
    assert!(
        failures.is_empty(),
        "{group}: {} failure(s) in {} cases\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
