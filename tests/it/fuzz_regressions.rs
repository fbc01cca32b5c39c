//! Minimal inputs of the failures the fuzz targets (`fuzz/`) found, as regression tests.
//! A test is `#[ignore]`d while the library bug it shows is open; run those with
//! `cargo test --test fuzz_regressions -- --ignored`.

use arabic_text::Deduper;

/// Code points outside printable ASCII as `\u{XXXX}`.
fn esc(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                format!("\\u{{{:04X}}}", c as u32)
            }
        })
        .collect()
}

/// Found by the `dedup` target (not idempotent; 56 failing inputs in 13 minutes, all with
/// `min_chars(0)` or `min_chars(1)` and within-line repeats on, minimised with
/// `cargo fuzz tmin` to `\u{FDFD} \u{FFFD}'\u{FFFD}'\u{FE76}'\u{FE76}'\u{FE76}` and
/// `\u{FFFD}'\u{FE76}'\u{FFFD}'\u{FE76}'\u{FDFA}'\u{FE76}`, written here with plain
/// words). A line holding an honorific ligature (`﷽`, `ﷺ`: one word of the line, four
/// words of its key, which spells them out) and words made of marks alone (`ﹶ`, an
/// isolated fatha form, whose key is empty): the within-line repeat found on the key is
/// removed at the wrong place of the line. `﷽ x x ﹶ ﹶ ﹶ` loses its last `ﹶ` and keeps
/// `x x`, which the second call removes; `x ﹶ x ﹶ ﷺ ﹶ` loses the first `ﹶ`, which leaves
/// `x x` for the second call. Without the ligature, or with two `ﹶ` in the first
/// shape, the first call removes the repeat.
#[test]

fn dedup_within_line_misplaced_after_expanded_honorific() {
    let cases = [
        (0, "\u{FDFD} x x \u{FE76} \u{FE76} \u{FE76}"),
        (1, "\u{FDFD} xy xy \u{FE76} \u{FE76} \u{FE76}"),
        (3, "\u{FDFD} xyz xyz \u{FE76} \u{FE76} \u{FE76}"),
        (1, "x \u{FE76} x \u{FE76} \u{FDFA} \u{FE76}"),
    ];
    for (min_chars, text) in cases {
        let d = Deduper::new().min_chars(min_chars);
        let once = d.dedup(text).into_owned();
        let twice = d.dedup(&once).into_owned();
        assert_eq!(
            esc(&twice),
            esc(&once),
            "min_chars({min_chars}): not idempotent on \"{}\"; removals {:?}",
            esc(text),
            d.find_repeats(text)
        );
    }
}

/// Found by the property test `prop_engine_matches_reference` (shrunk to
/// `اااﻵ0اااااا0ا0اااە\u{654}ا\u{64B}\u{64B}اـاا`): under `search`, a hamza above that
/// begins a sixteen-byte block after `ە` at the end of the block before was deleted where
/// it stood by the dense step's rare round, which knows only the starters it folds back
/// (`ا و ي`), so `ە` stayed where `ە` + hamza is `ۀ`, folded to `ه`. Each starter that
/// composes with a maddah or hamza mark, at every byte offset and after marks, against
/// the plain character walk.
#[test]
fn composing_mark_after_a_block_boundary_composes_with_the_starter_before() {
    use arabic_text::{FastPaths, Normalizer};
    let shrunk = "اااﻵ0اااااا0ا0اااە\u{654}ا\u{64B}\u{64B}اـاا";
    assert_eq!(
        Normalizer::search().normalize(shrunk),
        "ااالا0اااااا0ا0اااهاااا"
    );
    let starters = ["ا", "و", "ي", "ە", "ہ", "ے"];
    let marks = [
        "\u{653}",
        "\u{654}",
        "\u{655}",
        "\u{64E}\u{654}",
        "\u{651}\u{654}",
    ];
    for normalizer in [
        Normalizer::search(),
        Normalizer::lucene(),
        Normalizer::camel(),
    ] {
        let plain = normalizer.with_fast_paths(FastPaths::NONE);
        for pad in 0..40 {
            for starter in starters {
                for mark in marks {
                    let text =
                        format!("{}0{starter}{mark}ا\u{64B}\u{64B}اـاا", "ا".repeat(pad / 2))
                            + &"0".repeat(pad % 2);
                    assert_eq!(
                        normalizer.normalize(&text),
                        plain.normalize(&text),
                        "{}",
                        esc(&text)
                    );
                }
            }
        }
    }
}
