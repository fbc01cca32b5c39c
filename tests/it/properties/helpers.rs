//! Helpers: escaping, comparing with the reference, failures, streaming through the writer.

use std::fmt::Write as _;
use std::io::Write as _;

use arabic_text::Normalizer;
use proptest::test_runner::TestCaseError;

use crate::common::reference::Config;

// ---------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------

/// Code points outside printable ASCII as `\u{XXXX}`.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:04X}}}", c as u32);
        }
    }
    out
}

pub(super) fn check_eq(
    what: &str,
    cfg: &Config,
    input: &str,
    expected: &str,
    actual: &str,
) -> Result<(), TestCaseError> {
    if expected != actual {
        return Err(TestCaseError::fail(format!(
            "{what} [{}]\n  input:    \"{}\"\n  expected: \"{}\"\n  actual:   \"{}\"",
            cfg.name,
            esc(input),
            esc(expected),
            esc(actual)
        )));
    }
    Ok(())
}

pub(super) fn fail(what: &str, cfg: &Config, input: &str, detail: String) -> TestCaseError {
    TestCaseError::fail(format!(
        "{what} [{}]\n  input: \"{}\"\n  {detail}",
        cfg.name,
        esc(input)
    ))
}

pub(super) fn stream(n: &Normalizer, bytes: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut w = n.writer(Vec::new());
    let mut last = 0;
    for &cut in cuts {
        w.write_all(&bytes[last..cut]).unwrap();
        last = cut;
    }
    w.write_all(&bytes[last..]).unwrap();
    w.finish().unwrap()
}
