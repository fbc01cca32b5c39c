//! Deterministic checks: the pool is sound, empty and long inputs.

use std::borrow::Cow;

use arabic_text::{Deduper, dedup, find_repeats, line_fingerprint};

use super::checks::escape;
use super::configs::{Config, configs};
use super::pool::{LONG, SHORT, render};

// ---------------------------------------------------------------------------------------
// Deterministic checks.
// ---------------------------------------------------------------------------------------

fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '؟' | '،' | '–'))
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The pool is what the generators assume: long sentences are long, short lines short,
/// decorations keep the key, no sentence begins with another, and no sentence ends with
/// 20 or more characters of words another begins with.
#[test]
fn pool_is_sound() {
    for s in LONG {
        assert!(
            !find_repeats(&format!("{s}\n{s}")).is_empty(),
            "not long: {s}"
        );
        assert!(
            Deduper::new()
                .min_chars(30)
                .find_repeats(&format!("x\n{}\ny", render(s, 0)))
                .is_empty()
        );
    }
    for s in SHORT {
        assert!(
            Deduper::new()
                .min_chars(30)
                .title_echo(false)
                .find_repeats(&format!("{s}\n{s}"))
                .is_empty(),
            "not short: {s}"
        );
    }
    for s in LONG.iter().chain(SHORT) {
        for v in 0..=255u8 {
            let r = render(s, v);
            assert_eq!(
                line_fingerprint(&r),
                line_fingerprint(s),
                "variant {v} of {s:?} has another key: {:?} ({})",
                r,
                escape(&r)
            );
        }
    }
    let all: Vec<Vec<String>> = LONG.iter().chain(SHORT).map(|s| words(s)).collect();
    for (i, a) in all.iter().enumerate() {
        for (j, b) in all.iter().enumerate() {
            if i != j && !b.is_empty() {
                assert!(!a.starts_with(b), "{a:?} begins with {b:?}");
            }
            for k in 1..=a.len().min(b.len()) {
                if i == j && k == a.len() {
                    continue;
                }
                let tail = &a[a.len() - k..];
                if tail == &b[..k] {
                    let chars: usize = tail.iter().map(|w| w.chars().count() + 1).sum();
                    assert!(chars < 20, "{a:?} ends with what {b:?} begins with");
                }
            }
        }
    }
}

#[test]
fn empty_and_blank_inputs() {
    for text in ["", "\n", "\r\n", "\n\n\n", "  \n\t\n", "\u{00A0}"] {
        for Config { what, d, .. } in configs(0) {
            let out = d.dedup(text);
            assert!(matches!(out, Cow::Borrowed(_)), "{what} on {text:?}");
            assert_eq!(out, text);
        }
    }
}

#[test]
fn long_inputs_do_not_panic() {
    let body: String = LONG.iter().map(|s| format!("{s}\n")).collect();
    let page = body.repeat(50);
    let out = dedup(&page);
    assert_eq!(out, body);
    let line = LONG.join(" ");
    let doubled = format!("{line} {line}");
    assert_eq!(dedup(&doubled), line);
    for Config { what, d, .. } in configs(1) {
        let _ = d.find_repeats(&page);
        let _ = d.find_repeats(&"و ".repeat(20_000));
        let _ = d.find_repeats(&"\n".repeat(20_000));
        let _ = d.find_repeats(&"ب\n".repeat(20_000));
        let _ = d.find_repeats(&"\u{064E}".repeat(20_000));
        let _ = what;
    }
}
