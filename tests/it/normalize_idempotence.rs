//! Idempotence failures of the normalization engine found by `prop_idempotent`
//! (tests/it/properties/mod.rs) with a random seed, with `clean` and the letter folds on, kept
//! as regression tests now that they are fixed.

use arabic_text::{AlefFold, Digits, Normalizer};

/// The `clean+letter-folds+digits` configuration of the properties.
fn folding() -> Normalizer {
    Normalizer::clean()
        .alef(AlefFold::All)
        .fold_alef_maksura(true)
        .fold_teh_marbuta(true)
        .fold_hamza_carriers(true)
        .digits(Digits::Ascii)
}

/// `أ` and five maddahs: each maddah composes with the folded alef (`ا` + maddah is
/// `آ`, folded back to `ا`), one after the other. The engine took four of them in one
/// pass and left the fifth for a second pass.
#[test]
fn a_run_of_maddahs_after_a_folded_alef_goes_in_one_pass() {
    let n = folding();
    let once = n.normalize("\u{0623}\u{0653}\u{0653}\u{0653}\u{0653}\u{0653}");
    assert_eq!(once, "\u{0627}");
    assert_eq!(n.normalize(&once), once);
    let long = format!("\u{0623}{}", "\u{0653}".repeat(1000));
    assert_eq!(n.normalize(&long), "\u{0627}");
    // The input of the issue: `ٱ` (alef wasla) and two to seven maddahs, alone and in a
    // word, all give one `ا` in one pass.
    for count in 1..=7 {
        let marks = "\u{0653}".repeat(count);
        let alone = format!("\u{0671}{marks}");
        assert_eq!(n.normalize(&alone), "\u{0627}", "{count} maddahs");
        let word = format!("\u{0628}\u{0671}{marks}\u{0644}");
        let once = n.normalize(&word);
        assert_eq!(once, "\u{0628}\u{0627}\u{0644}", "{count} maddahs");
    }
}

/// An alef with a hamza below, a maddah and a low mark: the hamza composes with the
/// folded alef and folds back, and the maddah, which the low mark does not block, must
/// then compose too (a first fix of the run of maddahs took the hamza and stopped).
#[test]
fn a_maddah_after_a_hamza_below_goes_in_one_pass() {
    let n = folding();
    for input in [
        "\u{0672}\u{0655}\u{0653}\u{0656}",
        "\u{0671}\u{0655}\u{0653}\u{06E3}\u{0627}",
        "\u{FEF5}\u{0655}\u{0653}\u{065C}\u{0627}",
    ] {
        let once = n.normalize(input);
        assert_eq!(n.normalize(&once), once, "{input:?}");
    }
}
