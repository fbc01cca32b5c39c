//! Property tests of the normalizer: idempotence, borrowing, appending, streaming,
//! offsets, and agreement with a deliberately simple reference implementation written
//! here from the documented rules.
//!
//! Every property runs every configuration of [`configs`] on each generated input. The
//! inputs come from an Arabic-heavy alphabet (letters and their variants, every kind of
//! mark, presentation forms, invisible controls, three scripts of digits, Arabic
//! punctuation, white space, a little Latin and, now and then, any character).
//!
//! The reference ([`oracle`], in `tests/it/common/reference.rs`, which the `normalize` fuzz
//! target shares) works in whole-text passes rather than in one scan:
//!
//! 1. delete the characters the rules delete that are not combining marks (tatweel,
//!    invisible controls, …);
//! 2. expand presentation forms (NFKC, with the policy described in `src/tables.rs`:
//!    mark forms become bare marks, `﷼` uses the Arabic yeh, `﷽` and the honorifics
//!    follow the honorifics option), deleting what step 1 deletes from the expansion
//!    (`ﺀ` is a lone hamza);
//! 3. in every run of combining marks that holds an Arabic mark, stable-sort by canonical
//!    combining class, then compose the Arabic pairs (`ا و ي ە ہ ے` + U+0653..=U+0655)
//!    with the starter before the run, as NFC does;
//! 4. delete the marks the diacritic rules delete, and compose again;
//! 5. map each character (letter folds, digits, punctuation, spaces, …), with the
//!    context rules (word-final Farsi yeh, separators between digits) looking at the
//!    neighbouring characters of this sequence, past combining marks;
//! 6. apply the white-space policy to the result.
//!
//! `camel` is NFKC of the whole text (after `﷼` → `ريال`, `﷽` spelled out), then the
//! character rules.
//!
//! The tests in `known_discrepancies.rs` hold the minimal inputs of engine bugs these
//! properties found, now fixed, as regression tests. `PROPTEST_CASES=n` runs more cases
//! than the default 512.

use arabic_text::FastPaths;
use proptest::prelude::*;

// The reference implementation and the configurations, shared with the `normalize` fuzz
// target (`fuzz/fuzz_targets/normalize.rs`).
use crate::common::reference::{Config, configs};
use inputs::{
    arabic_text, block_heavy_text, diacritized_text, news_text, text_and_cuts, with_cuts,
};
use property_checks::{
    appends, borrows_exactly_when_normalized, for_all_configs, idempotent, matches_oracle, offsets,
    streams, through_every_entry_point,
};

mod helpers;
mod hostile_inputs;
mod inputs;
mod known_discrepancies;
mod property_checks;
mod steps_at_every_alignment;

/// `cases` cases, or `PROPTEST_CASES` when set; failures saved in `properties.txt`.
fn runner_config(cases: u32) -> ProptestConfig {
    crate::common::runner_config(cases, "properties.txt")
}

proptest! {
    #![proptest_config(runner_config(512))]

    #[test]
    fn prop_idempotent(s in arabic_text(40)) {
        for_all_configs(|cfg| idempotent(cfg, &s))?;
    }

    #[test]
    fn prop_borrowed_exactly_when_normalized(s in arabic_text(40)) {
        for_all_configs(|cfg| borrows_exactly_when_normalized(cfg, &s))?;
    }

    #[test]
    fn prop_normalize_into_appends(prefix in arabic_text(8), s in arabic_text(40)) {
        for_all_configs(|cfg| appends(cfg, &prefix, &s))?;
    }

    #[test]
    fn prop_writer_matches_normalize((s, cuts) in text_and_cuts()) {
        for_all_configs(|cfg| streams(cfg, &s, &cuts))?;
    }

    #[test]
    fn prop_engine_matches_reference(s in arabic_text(40)) {
        for_all_configs(|cfg| matches_oracle(cfg, &s))?;
    }

    /// Long prose that the engine mostly handles sixteen bytes at a time, through every
    /// entry point.
    #[test]
    fn prop_block_step((s, cuts) in with_cuts(block_heavy_text())) {
        for_all_configs(|cfg| {
            through_every_entry_point(cfg, &s, &cuts)?;
            offsets(cfg, &s)
        })?;
    }

    #[test]
    fn prop_offsets(s in arabic_text(40)) {
        for_all_configs(|cfg| offsets(cfg, &s))?;
    }
}

proptest! {
    // Long texts: fewer cases.
    #![proptest_config(runner_config(64))]

    /// Long diacritized text, which the engine takes a stretch of blocks at a time,
    /// through every entry point.
    #[test]
    fn prop_dense_step((s, cuts) in with_cuts(diacritized_text())) {
        for_all_configs(|cfg| through_every_entry_point(cfg, &s, &cuts))?;
    }
}

proptest! {
    // Long texts: fewer cases.
    #![proptest_config(runner_config(64))]

    /// Long news prose, which the engine takes a stretch of blocks at a time with the
    /// folds made where they stand, through every entry point.
    #[test]
    fn prop_substitution_step((s, cuts) in with_cuts(news_text())) {
        for_all_configs(|cfg| through_every_entry_point(cfg, &s, &cuts))?;
    }
}

proptest! {
    #![proptest_config(runner_config(96))]

    /// Any set of the engine's fast paths gives the output of all of them and of none
    /// (the plain character walk), which matches the reference: prose, diacritized text,
    /// news and the alphabet's text, in every configuration.
    #[test]
    fn prop_every_set_of_fast_paths_gives_the_same_output(
        s in prop_oneof![arabic_text(40), block_heavy_text(), diacritized_text(), news_text()],
        bits in any::<u8>(),
    ) {
        let some = FastPaths::from_bits(bits);
        for cfg in &configs() {
            let all = cfg.normalizer.normalize(&s);
            for paths in [some, FastPaths::NONE] {
                let restricted = Config {
                    name: cfg.name,
                    normalizer: cfg.normalizer.with_fast_paths(paths),
                    spec: cfg.spec,
                };
                let got = restricted.normalizer.normalize(&s);
                prop_assert_eq!(&got, &all, "{} with fast paths {:?} on {:?}", cfg.name, paths, s);
                if paths == FastPaths::NONE {
                    matches_oracle(&restricted, &s)?;
                }
            }
        }
    }
}
