//! Tests of the block step's lanes against the character walk's tables.

use super::*;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn window(before: u8, text: &str) -> [u8; BLOCK + 1] {
    let mut w = [b' '; BLOCK + 1];
    w[0] = before;
    for (slot, &b) in w[1..].iter_mut().zip(text.as_bytes()) {
        *slot = b;
    }
    w
}

#[test]
fn plain_letters_and_ascii_need_nothing() {
    // `كتب ab` padded with spaces: starters at every ASCII byte and at each letter.
    let lanes = scan(&window(b' ', "كتب ab"));
    assert!(!lanes.attention().any());
    let classified = lanes.classify(&Folds::default());
    assert!(!classified.foreign);
    assert_eq!(classified.changeable(), 0);
    // Letters begin at 0, 2, 4; ASCII at 6 and after.
    assert_eq!(classified.starts(), 0b1111_1111_1100_0000 | 0b1_0101);
}

#[test]
fn folded_letters_and_marks_are_changeable() {
    // `أَة`: alef with hamza (starter), fatha (a mark, not a starter), teh marbuta.
    let lanes = scan(&window(b' ', "أَة"));
    assert!(lanes.attention().any());
    let classified = lanes.classify(&Folds::default());
    assert_eq!(classified.changeable(), 0b10_1010);
    assert_eq!(classified.starts() & 0b11_1111, 0b01_0001);
}

#[test]
fn other_scripts_are_foreign() {
    for text in ["é", "\u{200F}", "\u{FEFB}"] {
        let lanes = scan(&window(b' ', text));
        assert!(lanes.attention().any(), "{text:?}");
        assert!(lanes.classify(&Folds::default()).foreign, "{text:?}");
    }
    // The lead byte of the block's last character is not foreign on its own.
    let mut w = window(b' ', "");
    w[BLOCK] = 0xD8;
    assert!(!scan(&w).attention().any());
    assert!(!scan(&w).classify(&Folds::default()).foreign);
}

#[test]
fn flags_pack_in_order() {
    let mut flags = [false; BLOCK];
    for k in [0, 3, 7, 8, 15] {
        flags[k] = true;
    }
    assert_eq!(bits(flags), 1 | 1 << 3 | 1 << 7 | 1 << 8 | 1 << 15);
    assert_eq!(bits([true; BLOCK]), 0xFFFF);
    assert_eq!(bits([false; BLOCK]), 0);
}

#[test]
fn folds_mark_what_they_delete_and_replace() {
    // `أَة` again: the alef and teh marbuta replaced, the fatha deleted, by the
    // folds that are on.
    let lanes = scan(&window(b' ', "أَة"));
    let all = Folds {
        alef_hamza: true,
        teh_marbuta: true,
        harakat: true,
        ..Folds::default()
    };
    let classified = lanes.classify(&all);
    assert_eq!(
        (classified.replaced, classified.deleted()),
        (0b10_0010, 0b1000)
    );
    assert_eq!(lanes.replacements_only(&lanes.attention(), &all), None);
    // `أة` alone: two replacements, nothing else.
    let two = scan(&window(b' ', "أة"));
    assert_eq!(two.replacements_only(&two.attention(), &all), Some(0b1010));
    // With the folds off, nothing to replace, and still nothing else to do.
    assert_eq!(
        two.replacements_only(&two.attention(), &Folds::default()),
        Some(0)
    );
    let only_harakat = Folds {
        harakat: true,
        ..Folds::default()
    };
    let classified = lanes.classify(&only_harakat);
    assert_eq!((classified.replaced, classified.deleted()), (0, 0b1000));
}

#[test]
fn kept_punctuation_needs_nothing() {
    let lanes = scan(&window(b' ', "نعم، لا؟"));
    assert!(lanes.attention().any());
    let kept = Folds {
        kept: Kept {
            punctuation: true,
            ..Kept::default()
        },
        ..Folds::default()
    };
    assert_eq!(lanes.classify(&kept).changeable(), 0);
    // `،` is the fourth character (bytes 6 and 7), `؟` the last (bytes 13 and 14).
    assert_eq!(
        lanes.classify(&Folds::default()).changeable(),
        1 << 7 | 1 << 14
    );
}

#[test]
fn composing_marks_are_deleted_in_place_only_when_their_compositions_fold_back() {
    use super::super::{AlefFold, Normalizer};
    let folds = |n: Normalizer| Folds::of(&n.class_masks());
    assert!(folds(Normalizer::search()).composing_marks);
    let marks_only = Normalizer::clean().remove_other_marks(true);
    assert!(!folds(marks_only).composing_marks);
    // One carrier left unfolded is enough to keep the marks for the tables.
    let all_but_yeh = marks_only.alef(AlefFold::All);
    assert!(!folds(all_but_yeh).composing_marks);
    let all = all_but_yeh.fold_hamza_carriers(true);
    assert!(folds(all).composing_marks);
}

/// The block [`substitute`] writes for `text` (padded with spaces), as text.
fn substituted(text: &str, folds: &Folds) -> Option<(String, bool)> {
    substitute(&window(b' ', text), folds)
        .map(|(bytes, changed)| (String::from_utf8(bytes.to_vec()).unwrap(), changed))
}

#[test]
fn substitute_makes_same_length_folds_where_they_stand() {
    let search = Folds::SEARCH;
    // Second byte only (`أ إ آ ى`), lead byte too (`ة ؤ ئ`: D8 → D9; `ٱ`: D9 → D8).
    let cases = [
        ("أبإ آى", "ابا اي"),
        ("ةؤئ ٱب", "هوي اب"),
        // Letters no fold changes, ASCII, a kept lone hamza and `، ؛ ؟`: kept.
        ("كتب، ء؟ 1a", "كتب، ء؟ 1a"),
    ];
    for (text, expected) in cases {
        let padded = format!("{expected}{}", " ".repeat(BLOCK - expected.len()));
        let changed = text != expected;
        assert_eq!(
            substituted(text, &search),
            Some((padded, changed)),
            "{text}"
        );
    }
    // Each fold off: its letters are kept.
    let none = Folds {
        kept: Kept {
            lone_hamza: true,
            punctuation: true,
            ..Kept::default()
        },
        ..Folds::default()
    };
    let text = "أةٱىؤئء،";
    let padded = format!("{text}{}", " ".repeat(BLOCK - text.len()));
    assert_eq!(substituted(text, &none), Some((padded, false)));
    let only_teh = Folds {
        teh_marbuta: true,
        ..none
    };
    let expected = format!("أهٱىؤئء،{}", " ".repeat(BLOCK - text.len()));
    assert_eq!(substituted(text, &only_teh), Some((expected, true)));
}

#[test]
fn substitute_refuses_what_changes_length_or_needs_a_neighbour() {
    let search = Folds::SEARCH;
    // A haraka, a composing mark, tatweel, an Arabic-Indic digit, the dagger alef,
    // a Persian yeh, another script, an NBSP, a presentation form.
    for text in [
        "بَ",
        "ا\u{0654}",
        "كـ",
        "٣",
        "\u{0670}",
        "ی",
        "é",
        "\u{00A0}",
        "\u{FEFB}",
    ] {
        assert_eq!(substituted(text, &search), None, "{text:?}");
    }
    // A lone hamza or `،` that a rule changes.
    let hamza_changed = Folds {
        kept: Kept {
            lone_hamza: false,
            ..search.kept
        },
        ..search
    };
    assert_eq!(substituted("ء", &hamza_changed), None);
    let punctuation_changed = Folds {
        kept: Kept {
            punctuation: false,
            ..search.kept
        },
        ..search
    };
    assert_eq!(substituted("،", &punctuation_changed), None);
}

#[test]
fn substitute_leaves_a_character_cut_by_the_block_end() {
    // `ة` whose lead byte is the block's last: the lead byte is left as it is, for
    // the next block to take with its second byte.
    let mut w = window(b' ', "");
    w[BLOCK] = 0xD8;
    let (bytes, changed) = substitute(&w, &Folds::SEARCH).unwrap();
    assert_eq!(bytes[BLOCK - 1], 0xD8);
    assert!(!changed);
}

#[test]
fn the_rare_round_turns_an_nbsp_into_a_space_when_its_rule_is_on() {
    // `في` NBSP `2014`: the NBSP's lead byte is dropped, its second byte becomes a
    // space; with the rule off both stay. Other characters of U+0080..=U+00FF
    // (a guillemet, a soft hyphen) are unknown.
    let text = "في\u{00A0}2014";
    let kept_bytes = |r: Rewritten| -> Vec<u8> {
        (0..BLOCK)
            .filter(|&k| r.kept_bits >> k & 1 != 0)
            .map(|k| r.bytes[k])
            .collect()
    };
    let padding = " ".repeat(BLOCK - text.len());
    let search = rewrite_rare(&window(b' ', text), &Folds::SEARCH).unwrap();
    assert_eq!(kept_bytes(search), format!("في 2014{padding}").into_bytes());
    let off = Folds {
        nbsp: false,
        ..Folds::SEARCH
    };
    let kept = rewrite_rare(&window(b' ', text), &off).unwrap();
    assert_eq!(kept_bytes(kept), format!("{text}{padding}").into_bytes());
    assert_eq!(rewrite(&window(b' ', text), &Folds::SEARCH), None);
    for other in ["\u{00AB}", "\u{00AD}"] {
        assert_eq!(
            rewrite_rare(&window(b' ', other), &Folds::SEARCH),
            None,
            "{other:?}"
        );
    }
}

#[test]
fn marks_no_rule_looks_at_are_plain_only_without_composition() {
    use super::super::Normalizer;
    let plain = |n: Normalizer| Folds::of(&n.class_masks()).plain_marks;
    // `lucene` deletes harakat and composes nothing: the other marks, the dagger
    // alef and the Quranic marks pass as they are.
    let lucene = PlainMarks {
        harakat: false,
        other: true,
        dagger_alef: true,
        quranic: true,
    };
    assert_eq!(plain(Normalizer::lucene()), lucene);
    // Composition looks at every mark; `search` deletes them.
    assert_eq!(plain(Normalizer::clean()), PlainMarks::default());
    assert_eq!(plain(Normalizer::search()), PlainMarks::default());
    // `lucene` with the dagger alef written as a full alef: that rule looks at it.
    let dagger_to_alef = Normalizer::lucene().dagger_alef(super::super::DaggerAlef::Alef);
    assert!(!plain(dagger_to_alef).dagger_alef);
}

#[test]
fn the_rare_round_keeps_plain_marks_as_they_are() {
    // `حْمَـٰن` under `lucene`: sukun, fatha and tatweel deleted, the dagger alef
    // kept where it stands.
    let folds = Folds::of(&super::super::Normalizer::lucene().class_masks());
    let text = "حْمَـٰن";
    let rewritten = rewrite_rare(&window(b' ', text), &folds).unwrap();
    let kept: Vec<u8> = (0..BLOCK)
        .filter(|&k| rewritten.kept_bits >> k & 1 != 0)
        .map(|k| rewritten.bytes[k])
        .collect();
    assert_eq!(
        kept,
        format!("حمٰن{}", " ".repeat(BLOCK - text.len())).into_bytes()
    );
    // The common round does not know the kept dagger alef.
    assert_eq!(rewrite(&window(b' ', text), &folds), None);
}

#[test]
fn last_start() {
    assert_eq!(last_start_before(0b1011, 32), Some(3));
    assert_eq!(last_start_before(0b1011, 3), Some(1));
    assert_eq!(last_start_before(0b0001, 32), None);
    assert_eq!(low_bits(32), u32::MAX);
    assert_eq!(low_bits(0), 0);
}
