//! The fast steps at every alignment of their blocks, against the reference.

use std::borrow::Cow;

use arabic_text::{LoneHamza, Normalizer};

use super::helpers::fail;
use super::inputs::arabic_text;
use super::property_checks::{for_all_configs, matches_oracle};
use super::runner_config;
use crate::common::reference::{CLEAN, Config, Spec, configs, oracle};

/// Each cluster after two copies of `prose` and before a third, behind 0 to 31 bytes of
/// ASCII (so at every alignment of two blocks), against the reference in every
/// configuration.
fn cluster_at_every_alignment(prose: &str, clusters: &[&str]) {
    for shift in 0..2 * 16 {
        for cluster in clusters {
            let s = format!("{}{prose}{prose}{cluster}{prose}", "a".repeat(shift));
            for_all_configs(|cfg| matches_oracle(cfg, &s)).unwrap();
        }
    }
}

/// What may follow a letter the substitution step kept or replaced, and belong to its
/// cluster: a mark that composes with it (`ا` + hamza above is `أ`), one that a preset
/// keeps, a mark it deletes, tatweel. Put right after the end of every block of a
/// stretch, the step must give the letter back with it.
#[test]
fn substitution_step_gives_back_the_letter_before_a_mark_at_every_alignment() {
    let prose = "أعلنت الوزارة أن المبادرة التي أطلقت في شتنبر الماضي ";
    let clusters = [
        "\u{0627}\u{0654}",
        "\u{064A}\u{0654}",
        "\u{0648}\u{0653}",
        "\u{0623}\u{0651}",
        "\u{0629}\u{064B}",
        "\u{0649}\u{0670}",
        "\u{0628}\u{0640}",
        "\u{0671}\u{0610}",
        "\u{0621}\u{064E}",
        "a\u{0301}",
    ];
    cluster_at_every_alignment(prose, &clusters);
}

/// A letter and a mark that composes with it, around where the substitution step hands
/// its buffer (1 KiB) over to make room: the text before it grows by three bytes per
/// shift (`ة` and a space, a fold in every block), from 837 bytes to 1,224.
#[test]
fn substitution_step_gives_back_the_letter_before_a_mark_across_a_hand_over() {
    let prose = "أعلنت الوزارة عن مبادرة جديدة في جهة الدار البيضاء ".repeat(9);
    assert_eq!(prose.len(), 837);
    for shift in 0..130 {
        let s = format!("{}{prose}\u{0627}\u{0654}{prose}", "ة ".repeat(shift));
        for_all_configs(|cfg| matches_oracle(cfg, &s)).unwrap();
    }
}

/// The configurations, and one more for the give-back of the stretch steps: letters
/// folded (so the substitution step runs) and harakat deleted (so it compacts), but no
/// alef fold and the other marks kept. An alef and a hamza above then compose into `أ`,
/// which stays, so a cluster cut in two (`ا`, then a lone hamza above) shows.
fn configs_and_kept_hamza() -> Vec<Config> {
    let mut all = configs();
    all.push(Config {
        name: "clean+harakat+teh+maksura",
        normalizer: Normalizer::clean()
            .remove_harakat(true)
            .fold_teh_marbuta(true)
            .fold_alef_maksura(true),
        spec: Spec {
            harakat: true,
            teh: true,
            maksura: true,
            ..CLEAN
        },
    });
    all
}

/// A cluster that the substitution step compacts (a letter and harakat it deletes), then
/// a mark that stops the step (a hamza above, which composes with the alef; a Quranic
/// mark): the step must give the whole cluster back to its letter, however many blocks
/// its marks fill (from none to more than one block) and wherever the blocks fall.
#[test]
fn substitution_step_gives_back_a_compacted_cluster_at_every_alignment() {
    let prose = "أعلنت الوزارة أن المبادرة التي أطلقت في شتنبر الماضي ";
    for marks in [0, 1, 2, 7, 8, 9, 17] {
        for stopper in ["\u{0654}", "\u{0610}"] {
            let cluster = format!("\u{0627}{}{stopper}", "\u{064E}".repeat(marks));
            for shift in 0..16 {
                let pad = "a".repeat(shift);
                let s = format!("{pad}{prose}كشـ24 {prose}{cluster}{prose}");
                for cfg in &configs_and_kept_hamza() {
                    matches_oracle(cfg, &s).unwrap();
                }
            }
        }
    }
}

/// A cluster whose marks fill whole blocks, across the place where the substitution
/// step hands its buffer over (news prose with a shadda in every word before it, so that
/// the buffer fills with compacted blocks, then a few words with no mark): the buffer is
/// handed over only before a starter, so the stretch can still be given back to the
/// cluster's letter. The buffer fills inside the cluster for several shifts (39, 40, 69
/// and 84 among them).
#[test]
fn substitution_step_gives_back_a_compacted_cluster_across_a_hand_over() {
    let prose = "أعلنّت الوزارّة عن مبادّرة جديّدة في جهّة الدار البيّضاء ".repeat(9);
    let plain = "أعلنت الوزارة عن مبادرة جديدة ";
    let cluster = format!("\u{0627}{}\u{0654}", "\u{064E}".repeat(20));
    for shift in 0..130 {
        let s = format!("{}{prose}{plain}{cluster}{prose}", "ة ".repeat(shift));
        for cfg in &configs_and_kept_hamza() {
            matches_oracle(cfg, &s).unwrap();
        }
    }
}

/// What `search` keeps in news prose but another setting changes, inside a stretch of
/// the substitution step: a lone hamza (deleted) and `، ؟` (made ASCII). The step keeps
/// them only when no rule touches them, so here it must leave them to their rules, at
/// every position in a block.
#[test]
fn substitution_step_leaves_a_lone_hamza_and_punctuation_to_their_rules() {
    let prose = "أعلنت الوزارة، أن المبادرة التي أطلقت في شتنبر الماضي؟ ";
    // `أ` → `ا`, `ة` → `ه`; nothing else changes under `search`.
    let folded = "اعلنت الوزاره، ان المبادره التي اطلقت في شتنبر الماضي؟ ";
    let no_hamza = Normalizer::search().lone_hamza(LoneHamza::Delete);
    let ascii_punctuation = Normalizer::search().punctuation(true);
    for shift in 0..2 * 16 {
        let pad = "a".repeat(shift);
        let s = format!("{pad}{prose}{prose}جاء ماء {prose}");
        let expected = format!("{pad}{folded}{folded}جا ما {folded}");
        assert_eq!(no_hamza.normalize(&s), expected, "shift {shift}");
        let expected = expected.replace('،', ",").replace('؟', "?");
        let expected = expected.replace("جا ما", "جاء ماء");
        assert_eq!(ascii_punctuation.normalize(&s), expected, "shift {shift}");
    }
}

/// A cluster that runs on past a block of the dense step, at every position in the
/// block: a letter that composes, marks the preset deletes, then a mark that composes
/// with the letter or that a preset keeps. Where the step stops at that mark, it must
/// take back the whole cluster, not only the marks it deleted.
#[test]
fn dense_step_takes_back_a_cluster_at_every_alignment() {
    let filler = "بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ ";
    let clusters = [
        "\u{0627}\u{064E}\u{0654}",
        "\u{0627}\u{064E}\u{0651}\u{0653}",
        "\u{064A}\u{0650}\u{0654}",
        "\u{0648}\u{0670}\u{0654}",
        "\u{0627}\u{0640}\u{0655}",
        "\u{0628}\u{064E}\u{0610}\u{064B}",
        "\u{0671}\u{064E}\u{0654}",
    ];
    cluster_at_every_alignment(filler, &clusters);
}

/// A cluster whose marks fill whole blocks, right where the dense step hands its stage
/// over to make room, and that then stops the step: the stretch must be taken back to
/// the cluster's letter, which the stage kept through the hand-over. The stage fills at
/// a different place for each shift of the text; the shifts cover 320 bytes of output,
/// more than the stage holds.
#[test]
fn dense_step_takes_back_a_cluster_across_a_hand_over() {
    let prose = "كَتَبَ ٱلطَّالِبُ دَرْسَهُ ".repeat(8);
    let cluster = format!("\u{0627}{}\u{0654}", "\u{064E}".repeat(20));
    for shift in 0..320 {
        let s = format!("{}{prose}{cluster}{prose}", "a".repeat(shift));
        for_all_configs(|cfg| matches_oracle(cfg, &s)).unwrap();
    }
}

/// Normalized output (from the reference) fed back in: the reference says it is
/// normalized, so the engine must borrow it.
#[test]
fn reference_output_is_borrowed() {
    let mut runner = proptest::test_runner::TestRunner::new(runner_config(256));
    runner
        .run(&arabic_text(40), |s| {
            for_all_configs(|cfg| {
                let (out, _) = oracle(&cfg.spec, &s);
                let (again, _) = oracle(&cfg.spec, &out);
                if again == out && !matches!(cfg.normalizer.normalize(&out), Cow::Borrowed(_)) {
                    return Err(fail(
                        "normalized text not borrowed",
                        cfg,
                        &out,
                        String::new(),
                    ));
                }
                Ok(())
            })
        })
        .unwrap();
}
