//! Deterministic inputs: every code point of the Arabic blocks alone and together, long inputs.

use arabic_text::{Date, DateFinder, DateMatch, DateValue, find_dates, parse_date};

use super::checks::check_finder;

// ---------------------------------------------------------------------------------------
// Deterministic inputs.
// ---------------------------------------------------------------------------------------

const BLOCKS: &[(u32, u32)] = &[
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFEFF),
];

pub(super) fn all_finders() -> [DateFinder; 4] {
    [
        DateFinder::new(),
        DateFinder::new().with_reference(2014, 12, 17),
        DateFinder::new().libyan_names(true),
        DateFinder::new()
            .with_reference(2016, 2, 29)
            .libyan_names(true)
            .year_only(false),
    ]
}

/// Soundness of every finder on one text, outside proptest.
fn assert_sound(text: &str) {
    for finder in all_finders() {
        if let Err(e) = check_finder(&finder, text, "deterministic") {
            panic!("{e}");
        }
    }
    let _ = parse_date(text);
}

#[test]
fn every_arabic_code_point_alone_and_in_dates() {
    for &(lo, hi) in BLOCKS {
        for c in (lo..=hi).filter_map(char::from_u32) {
            assert_sound(&c.to_string());
            // Next to digits, inside and around a date, and doubled.
            assert_sound(&format!("17{c}"));
            assert_sound(&format!("17 {c}دجنبر{c} 2014{c}"));
            assert_sound(&format!("{c}17{c}/{c}12{c}/{c}2014{c}"));
            assert_sound(&format!("شهر{c} شتنبر {c}2011"));
            assert_sound(&format!("{c}{c}"));
        }
    }
}

#[test]
fn every_arabic_code_point_concatenated() {
    for &(lo, hi) in BLOCKS {
        let block: String = (lo..=hi).filter_map(char::from_u32).collect();
        assert_sound(&block);
        let spaced: String = (lo..=hi)
            .filter_map(char::from_u32)
            .flat_map(|c| [c, ' '])
            .collect();
        assert_sound(&spaced);
    }
    let all: String = BLOCKS
        .iter()
        .flat_map(|&(lo, hi)| (lo..=hi).filter_map(char::from_u32))
        .collect();
    assert_sound(&all);
    assert_sound(&format!("17 دجنبر 2014 {all} 17 دجنبر 2014"));
}

#[test]
fn long_inputs() {
    // 100 KB of digits next to month names, in every script.
    for digit in ['1', '٢', '۳', '0'] {
        let run: String = std::iter::repeat_n(digit, 100_000 / digit.len_utf8()).collect();
        assert_sound(&format!("{run} دجنبر {run}"));
        assert_sound(&format!("{run}دجنبر{run}"));
        assert_sound(&format!("17 {run} 2014 شهر {run}"));
        assert_sound(&format!("{run}/{run}/{run}"));
    }
    // A long word, long marks, long invisibles, long punctuation.
    assert_sound(&"دجنبر".repeat(20_000));
    assert_sound(&format!("17 د{}جنبر 2014", "\u{064E}".repeat(50_000)));
    assert_sound(&format!("17{}دجنبر 2014", "\u{200F}".repeat(30_000)));
    assert_sound(&"/".repeat(100_000));
    assert_sound(&"17 ".repeat(30_000));

    // 10,000 repetitions of one date: 10,000 dates, each where it is.
    let one = "17 دجنبر 2014 ";
    let text = one.repeat(10_000);
    let found: Vec<DateMatch> = find_dates(&text).collect();
    assert_eq!(found.len(), 10_000);
    for (i, m) in found.iter().enumerate() {
        let start = i * one.len();
        assert_eq!(m.span, start..start + one.len() - 1, "match {i}");
        assert_eq!(
            m.value,
            DateValue::Gregorian(Date::ymd(2014, 12, 17)),
            "match {i}"
        );
    }
    assert_sound(&text);
}
