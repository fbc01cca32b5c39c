//! Normalization: the engine against the reference implementation of
//! `tests/it/common/reference.rs`, and every entry point against `normalize`.
//!
//! Input: the first byte picks the configuration (the byte modulo the number of
//! `reference::configs()`: `clean`, `search`, `lucene`, `camel`, `search` with
//! `Whitespace::CollapseAndTrim` and more, `clean` with `Whitespace::Collapse` and more,
//! `clean` with the letter folds, …) and how finely the streaming writer is fed (bits 3
//! and 4); the rest is the text (lossy UTF-8).
//!
//! Checked, for that configuration:
//! - `normalize` equals the reference (`oracle`), and `is_normalized` says whether the
//!   reference leaves the text unchanged;
//! - idempotence: `normalize(normalize(s)) == normalize(s)` (for `camel` only when its
//!   output is NFKC-stable: CAMeL Tools, which `camel` reproduces, changes on a second
//!   pass otherwise, see `camel_second_pass_changes_as_camel_tools_does`);
//! - `normalize` borrows exactly when `is_normalized`, and then returns the input itself;
//! - `normalize_into` appends exactly `normalize` after a prefix;
//! - the writer, fed the bytes in pieces cut anywhere (inside characters too), and
//!   `normalize_stream`, give `normalize`;
//! - `normalize_with_offsets` gives `normalize`, and its map: the right lengths, every
//!   output range on char boundaries maps to a range of the input on char boundaries,
//!   empty to empty, non-empty to non-empty, monotone in both ends, and the input left
//!   out of the whole output's range normalizes to nothing.

#![no_main]

use std::borrow::Cow;
use std::io::Write as _;
use std::ops::Range;

use arabic_text::Normalizer;
use libfuzzer_sys::fuzz_target;

mod common;
use common::esc;

#[path = "../../tests/it/common/reference.rs"]
#[allow(dead_code)]
mod reference;

use reference::{Config, configs, is_canonical, oracle};

fn check_eq(what: &str, cfg: &Config, input: &str, expected: &str, actual: &str) {
    assert!(
        expected == actual,
        "{what} [{}]\n  input:    \"{}\"\n  expected: \"{}\"\n  actual:   \"{}\"",
        cfg.name,
        esc(input),
        esc(expected),
        esc(actual)
    );
}

/// Byte positions to cut `bytes` at, from the bytes themselves: pieces of `min` bytes
/// plus up to `spread - 1` more, so at most about 1024 pieces (the writer rescans what it
/// holds back on every write: byte-by-byte writes of a long text without a cut point
/// would cost quadratic time, which the properties test avoids too).
fn cuts(bytes: &[u8], mode: u8) -> Vec<usize> {
    let spread = [1, 4, 16, 256][usize::from(mode & 3)];
    let min = (bytes.len() / 1024).max(1);
    let mut out = Vec::new();
    let mut at = 0;
    let mut k = 0;
    loop {
        let step = min + bytes.get(k).map_or(0, |&b| usize::from(b) % spread);
        at += step;
        k += 1;
        if at >= bytes.len() {
            return out;
        }
        out.push(at);
    }
}

fn stream(n: &Normalizer, bytes: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut w = n.writer(Vec::new());
    let mut last = 0;
    for &cut in cuts {
        w.write_all(&bytes[last..cut]).unwrap();
        last = cut;
    }
    w.write_all(&bytes[last..]).unwrap();
    w.finish().unwrap()
}

fn offsets(cfg: &Config, s: &str, expected: &str) {
    let n = &cfg.normalizer;
    let (out, map) = n.normalize_with_offsets(s);
    check_eq(
        "normalize_with_offsets == normalize",
        cfg,
        s,
        expected,
        &out,
    );
    assert!(
        map.output_len() == out.len() && map.input_len() == s.len(),
        "offset map lengths {} {} for {} {} [{}] on \"{}\"",
        map.output_len(),
        map.input_len(),
        out.len(),
        s.len(),
        cfg.name,
        esc(s)
    );
    let fail = |a: usize, b: usize, r: &Range<usize>, why: &str| -> ! {
        panic!(
            "offsets [{}]: output range {a}..{b} -> input {r:?}: {why}\n  input:  \"{}\"\n  output: \"{}\"",
            cfg.name,
            esc(s),
            esc(&out)
        )
    };
    let valid = |a: usize, b: usize, r: &Range<usize>| {
        if r.start > r.end || r.end > s.len() {
            fail(a, b, r, "out of the input");
        }
        if !s.is_char_boundary(r.start) || !s.is_char_boundary(r.end) {
            fail(a, b, r, "not on char boundaries");
        }
        if a < b && r.is_empty() {
            fail(a, b, r, "output text maps to no input");
        }
        if a == b && !r.is_empty() {
            fail(a, b, r, "an empty range maps to a non-empty one");
        }
    };
    // Every character, every prefix and every suffix of the output.
    let bounds: Vec<usize> = out
        .char_indices()
        .map(|(i, _)| i)
        .chain([out.len()])
        .collect();
    for w in bounds.windows(2) {
        valid(w[0], w[1], &map.input_range(w[0]..w[1]).range());
    }
    for &b in &bounds {
        valid(0, b, &map.input_range(0..b).range());
        valid(b, out.len(), &map.input_range(b..out.len()).range());
    }
    // Every pair of a sample of boundaries: monotone in both ends.
    let sample: Vec<usize> = if bounds.len() <= 48 {
        bounds.clone()
    } else {
        let step = bounds.len() / 40 + 1;
        let mut v: Vec<usize> = bounds.iter().copied().step_by(step).collect();
        v.push(out.len());
        v.dedup();
        v
    };
    for (ai, &a) in sample.iter().enumerate() {
        let empty = map.input_range(a..a).range();
        valid(a, a, &empty);
        let mut prev_end = empty.end;
        for &b in &sample[ai..] {
            let r = map.input_range(a..b).range();
            valid(a, b, &r);
            if r.start != empty.start {
                fail(a, b, &r, "start differs from input_range(a..a)");
            }
            if r.end < prev_end {
                fail(a, b, &r, "end not monotone in b");
            }
            prev_end = r.end;
        }
    }
    for (bi, &b) in sample.iter().enumerate() {
        let mut prev_start = 0;
        for &a in &sample[..=bi] {
            let r = map.input_range(a..b).range();
            if r.start < prev_start {
                fail(a, b, &r, "start not monotone in a");
            }
            prev_start = r.start;
        }
    }
    // Ranges past the end are clamped.
    valid(
        out.len(),
        out.len(),
        &map.input_range(out.len()..usize::MAX).range(),
    );
    let _ = map.input_range(usize::MAX..usize::MAX).range();
    // The whole output covers every input character that was not deleted.
    let whole = map.input_range(0..out.len()).range();
    if !out.is_empty()
        && (!n.normalize(&s[..whole.start]).is_empty() || !n.normalize(&s[whole.end..]).is_empty())
    {
        fail(
            0,
            out.len(),
            &whole,
            "the input left out of the whole range is not all deleted",
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let all = configs();
    let cfg = &all[usize::from(selector) % all.len()];
    let s = String::from_utf8_lossy(rest);
    let s: &str = &s;
    let n = &cfg.normalizer;

    // The engine against the reference.
    let got = n.normalize(s);
    let (expected, _) = oracle(&cfg.spec, s);
    check_eq("engine == reference", cfg, s, &expected, &got);
    let is = n.is_normalized(s);
    assert!(
        is == (expected == s),
        "is_normalized = {is} but the reference {} [{}] on \"{}\"",
        if expected == s {
            "leaves the text unchanged"
        } else {
            "changes it"
        },
        cfg.name,
        esc(s)
    );

    // Borrowed exactly when normalized, and then the input itself.
    match &got {
        Cow::Borrowed(b) => assert!(
            is && b.as_ptr() == s.as_ptr() && b.len() == s.len(),
            "Borrowed but not the normalized input [{}] on \"{}\"",
            cfg.name,
            esc(s)
        ),
        Cow::Owned(o) => assert!(
            !is && o != s,
            "Owned although unchanged [{}] on \"{}\"",
            cfg.name,
            esc(s)
        ),
    }

    // Idempotence (camel: only where its output is stable under NFKC).
    if !cfg.spec.nfkc || is_canonical(&cfg.spec, &got) {
        let twice = n.normalize(&got);
        check_eq(
            "idempotence: normalize(normalize(s)) == normalize(s)",
            cfg,
            s,
            &got,
            &twice,
        );
    }

    // normalize_into appends.
    let prefix = "«\u{0628}";
    let mut into = String::from(prefix);
    n.normalize_into(s, &mut into);
    check_eq(
        "normalize_into after a prefix",
        cfg,
        s,
        &format!("{prefix}{got}"),
        &into,
    );

    // Streaming, cut anywhere.
    let bytes = s.as_bytes();
    let cut = cuts(bytes, selector >> 3);
    let streamed = stream(n, bytes, &cut);
    check_eq(
        &format!("writer, pieces cut at {cut:?}"),
        cfg,
        s,
        &got,
        &String::from_utf8_lossy(&streamed),
    );
    assert!(
        std::str::from_utf8(&streamed).is_ok(),
        "writer output is not UTF-8 [{}] on \"{}\"",
        cfg.name,
        esc(s)
    );
    let mut read = Vec::new();
    let count = n.normalize_stream(bytes, &mut read).unwrap();
    assert_eq!(count, bytes.len() as u64, "normalize_stream count");
    check_eq(
        "normalize_stream",
        cfg,
        s,
        &got,
        &String::from_utf8_lossy(&read),
    );

    // Offsets.
    offsets(cfg, s, &got);
});
