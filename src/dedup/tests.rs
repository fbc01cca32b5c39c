//! Unit tests of the keys, the fingerprints and the rules' helpers.

use super::hash::{key_hash, words_hash};
use super::key::*;
use super::*;

/// A xorshift generator from `seed`: each call gives a number below its bound.
fn xorshift(mut state: u64) -> impl FnMut(usize) -> usize {
    move |bound| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound.max(1) as u64) as usize
    }
}

fn removal(removed: Range<usize>) -> Removal {
    Removal {
        removed: removed.into(),
        kept: (0..0).into(),
        kind: RemovalKind::RepeatedRun,
    }
}

#[test]
fn kept_pieces_are_the_complement_of_the_removals() {
    let text = "aaa\nbbb\nccc\nddd\n";
    let removals = [removal(4..8), removal(12..16)];
    let pieces: Vec<_> = kept_pieces(text, &removals).collect();
    assert_eq!(pieces, [(0, "aaa\n"), (8, "ccc\n")]);
    let at_start = [removal(0..4)];
    let pieces: Vec<_> = kept_pieces(text, &at_start).collect();
    assert_eq!(pieces, [(4, "bbb\nccc\nddd\n")]);
    assert_eq!(kept_pieces("", &[]).count(), 0);
    assert_eq!(kept_pieces(text, &[removal(0..16)]).count(), 0);
}

use alloc::format;

/// `line_fingerprint` is a stable public value: FNV-1a 64 over the UTF-8 bytes of the
/// key. The values below were computed from the keys by hand (the FNV-1a definition),
/// not by this crate.
#[test]
fn line_fingerprint_values_are_pinned() {
    // The empty key: the FNV-1a offset basis.
    assert_eq!(line_fingerprint(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(line_fingerprint(" ،، \t"), 0xcbf2_9ce4_8422_2325);
    // Key "hello world": case folded, punctuation to a space, spaces collapsed.
    assert_eq!(line_fingerprint("Hello,  World!"), 0x779a_65e7_023c_d2e7);
    // Key "نشر في 17 دجنبر 2014": digits to ASCII, punctuation dropped.
    assert_eq!(
        line_fingerprint("نشر في: ١٧ دجنبر ٢٠١٤"),
        0x75a7_c151_c58b_8bce
    );
    // Key "مدرسه جديده": diacritics dropped, teh marbuta folded, tatweel dropped.
    assert_eq!(line_fingerprint("مَدْرَسَةٌ  جـديدة"), 0xb24b_5d50_a8f9_2f5f);
}

/// A line that repeats words in a row has the fingerprint of the line without them.
#[test]
fn line_fingerprint_of_a_repeat_is_that_of_one_copy() {
    let p = "أعلنت الوزارة عن إطلاق برنامج جديد لدعم المقاولات الصغرى في الجهة.";
    assert_eq!(line_fingerprint(&format!("{p} {p}")), line_fingerprint(p));
    assert_eq!(line_fingerprint(&format!("{p}{p}")), line_fingerprint(p));
}

/// The fused key pass gives the key, its fingerprint, its length and its words as the
/// separate passes did.
#[test]
fn key_info_and_words_agree_with_the_key() {
    let mut scratch = KeyScratch::default();
    for line in [
        "",
        "  ",
        "ÉCOLE İstanbul ΣΟΦΙΑ, Rabat (MAP) – ١٢٣",
        "نشر في: ١٧ دجنبر ٢٠١٤",
        "\u{FEFB}\u{FDFA} كشـ24 «قال» …",
    ] {
        let mut key = String::from("prefix");
        let info = build_key(line, &mut scratch, &mut key);
        let key = key.get("prefix".len()..).unwrap_or_default();
        assert_eq!(info.chars, key.chars().count(), "{line:?}");
        let words: Vec<(u64, usize)> = key
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| (key_hash(w.as_bytes()), w.chars().count()))
            .collect();
        assert_eq!(scratch.words, words, "{line:?}");
        assert_eq!(info.hash, words_hash(&words), "{line:?}");
    }
}

/// A key, its fingerprint and length, and its words.
type Built = (String, KeyInfo, Vec<(u64, usize)>);

/// The key through the normalizer, as every line went before the fast path.
fn slow_key(line: &str) -> Built {
    let normalized = KEY_NORMALIZER.normalize(line);
    let mut out = String::new();
    let mut words = Vec::new();
    let mut key = KeyWriter::new(&mut out, &mut words);
    for c in normalized.chars() {
        key_char(c, &mut key);
    }
    let info = key.finish();
    (out, info, words)
}

/// The key through the fast path, if it takes the line.
fn fast(line: &str) -> Option<Built> {
    let mut out = String::new();
    let mut words = Vec::new();
    let mut key = KeyWriter::new(&mut out, &mut words);
    let taken = fast_key(line, &mut key);
    // The words hashed without writing the key: taken where the key is, and the same.
    let mut hashed = Vec::new();
    assert_eq!(hash_words(line, &mut hashed), taken, "{line:?}");
    if !taken {
        return None;
    }
    let info = key.finish();
    assert_eq!(hashed, words, "{line:?}");
    Some((out, info, words))
}

/// `line_words` lists the words and gives the hash and length of the key the normalizer
/// gives, whether `hash_words` takes the line or not.
fn assert_line_words(line: &str) {
    let (_, info, words) = slow_key(line);
    let mut scratch = KeyScratch::default();
    assert_eq!(line_words(line, &mut scratch).0, info, "{line:?}");
    assert_eq!(scratch.words, words, "{line:?}");
}

/// Every character the fast path takes.
fn fast_chars() -> Vec<char> {
    let mut chars: Vec<char> = (0u8..0x80).map(char::from).collect();
    chars.extend(
        ('\u{0600}'..='\u{06FF}')
            .zip(FAST_ARABIC)
            .filter(|&(_, f)| f != FastArabic::Normalizer)
            .map(|(c, _)| c),
    );
    chars.extend(['\u{00A0}', '\u{00AB}', '\u{00BB}']);
    chars.extend(('\u{00C0}'..='\u{024F}').filter(|&c| c != '\u{0130}'));
    chars.extend('\u{2010}'..='\u{2027}');
    chars
}

/// The fast path gives what the normalizer gives, for each character it takes alone
/// and between neighbours (letters that fold or compose, marks, tatweel, digits,
/// separators), and it takes no other character.
#[test]
fn fast_key_agrees_with_the_normalizer() {
    let chars = fast_chars();
    for cp in 0..0x3000u32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let line = format!("ب{c}ب");
        match fast(&line) {
            Some(key) => {
                assert!(chars.contains(&c), "U+{cp:04X} taken");
                assert_eq!(key, slow_key(&line), "U+{cp:04X}");
            }
            None => assert!(!chars.contains(&c), "U+{cp:04X} not taken"),
        }
    }
    let around = [
        "",
        " ",
        "ب",
        "ا",
        "و",
        "ي",
        "ة",
        "أ",
        "a",
        "A",
        "é",
        "1",
        "١",
        ".",
        "،",
        "ـ",
        "\u{064E}",
        "\u{0651}\u{064F}",
        "\u{00A0}",
        "«",
        "–",
        "\t",
        "\r",
    ];
    for c in chars {
        for before in around {
            for after in around {
                let line = format!("{before}{c}{after}");
                assert_eq!(fast(&line), Some(slow_key(&line)), "{line:?}");
            }
        }
    }
}

/// The same on random strings of those characters.
#[test]
fn fast_key_agrees_with_the_normalizer_on_random_lines() {
    let chars = fast_chars();
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let len = next(16);
        let line: String = (0..len)
            .map(|_| {
                // Mostly Arabic letters and marks, as in the text the path is for.
                if next(2) == 0 {
                    char::from_u32(0x621 + next(0x32) as u32).unwrap_or(' ')
                } else {
                    chars.get(next(chars.len())).copied().unwrap_or(' ')
                }
            })
            .collect();
        if let Some(key) = fast(&line) {
            assert_eq!(key, slow_key(&line), "{line:?}");
        }
        assert_line_words(&line);
    }
    // Lines the fast path does not take (a mark that composes, a decimal separator, a
    // presentation form) and lines of every kind of word.
    for line in [
        "ا\u{0653}لان ١٫٥ مليون",
        "\u{FEFB}\u{FDFA} كشـ24 «قال» …",
        "ÉCOLE İstanbul ΣΟΦΙΑ, Rabat (MAP) – ١٢٣",
        "أَعْلَنَتْ الوزارةُ عن إطلاق برنامجٍ جديد",
        "ـــ ، . \u{064E} x",
    ] {
        assert_line_words(line);
    }
}

/// The internal hash tells apart every string of up to two bytes and every piece of
/// a text, at every length of the tail (one to eight bytes after the last full step).
#[test]
fn key_hash_has_no_collision_on_short_and_near_strings() {
    let mut seen = alloc::collections::BTreeMap::new();
    let mut check = |bytes: &[u8]| {
        if let Some(other) = seen.insert(key_hash(bytes), bytes.to_vec()) {
            assert_eq!(other, bytes, "collision");
        }
    };
    check(b"");
    for a in 0..=255u8 {
        check(&[a]);
        for b in 0..=255u8 {
            check(&[a, b]);
        }
    }
    let text = "أعلنت وزارة الداخلية عن إطلاق برنامج جديد لدعم المقاولات الصغرى في جهة الدار";
    let bytes = text.as_bytes();
    for len in 3..=40 {
        for window in bytes.windows(len) {
            check(window);
        }
    }
}

/// A teaser is found among any number of lines that share its first `min_chars` key
/// characters, whichever of them it begins (up to 16 they are tried one by one, past
/// that by an index of their beginnings).
#[test]
fn teaser_found_among_many_lines_with_the_same_beginning() {
    let head = "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج جديد لدعم المقاولات";
    for count in [3, 16, 17, 40] {
        for target in [0, count / 2, count - 1] {
            let mut text = String::new();
            for k in 0..count {
                text.push_str(&format!("{head} في الجهة رقم {k} حسب بلاغ للوزارة.\n"));
            }
            let kept = text.clone();
            text.push_str(&format!("{head} في الجهة رقم {target} حسب...\n"));
            assert_eq!(dedup(&text), kept, "{count} lines, teaser of {target}");
            let removals = find_repeats(&text);
            assert_eq!(removals.len(), 1);
            let r = removals.first().cloned();
            assert_eq!(r.as_ref().map(|r| r.kind), Some(RemovalKind::TruncatedCopy));
            let kept_line = r.and_then(|r| text.get(r.kept.range()).map(String::from));
            assert_eq!(
                kept_line,
                Some(format!("{head} في الجهة رقم {target} حسب بلاغ للوزارة."))
            );
        }
    }
}

/// The test that rules lines out of the within-line search never rules out one that has a
/// repeat: over word sequences from a small vocabulary (so that runs of words come again
/// often), of words from one to thirty characters, with a copy of a run written after it
/// in one sequence of three, and `min_chars` from 0 to 80.
#[test]
fn may_repeat_rules_out_no_line_with_a_repeat() {
    use super::within_line::{TandemScratch, may_repeat, search_tandems};
    let mut next = xorshift(0x2545_F491_4F6C_DD1D);
    let mut scratch = TandemScratch::default();
    let mut table = super::hash::FingerprintIndex::default();
    let (mut searched, mut found) = (0, 0);
    for round in 0..4000 {
        let vocabulary = 2 + next(12);
        let n = 1 + next(60);
        let mut words: Vec<(u64, usize)> = (0..n)
            .map(|_| {
                let word = next(vocabulary);
                (key_hash(&(word as u64).to_le_bytes()), 1 + (word * 7) % 30)
            })
            .collect();
        if round % 3 == 0 && n > 2 {
            let start = next(n - 1);
            let end = start + 1 + next(n - start);
            let copy: Vec<(u64, usize)> = words.get(start..end).unwrap_or_default().to_vec();
            let at = end.min(words.len());
            words.splice(at..at, copy);
        }
        let min_chars = next(81);
        let repeats = search_tandems(&words, min_chars, &mut scratch);
        if !may_repeat(&words, min_chars, &mut table) {
            assert!(repeats.is_empty(), "{words:?} {min_chars}: {repeats:?}");
            searched += 1;
        }
        found += usize::from(!repeats.is_empty());
    }
    // Both cases are met often enough to count.
    assert!(
        searched > 500 && found > 500,
        "{searched} ruled out, {found} with a repeat"
    );
}

/// Two keys read side by side are equal when the keys built are, for lines the fast path
/// takes, and the reading gives up on lines it does not: over random lines of the
/// characters it takes and variants of them (marks added, letters folded, separators
/// doubled), which have equal keys half the time.
#[test]
fn keys_read_side_by_side_agree_with_the_keys_built() {
    let chars = fast_chars();
    let mut next = xorshift(0x0123_4567_89AB_CDEF);
    let (mut equal, mut taken) = (0, 0);
    for _ in 0..20_000 {
        let a: String = (0..next(12))
            .map(|_| match next(4) {
                0 => ' ',
                1 => chars.get(next(chars.len())).copied().unwrap_or(' '),
                _ => char::from_u32(0x621 + next(0x2A) as u32).unwrap_or(' '),
            })
            .collect();
        let b: String = match next(4) {
            0 => a.replace('ا', "أ").replace(' ', " ، "),
            1 => a.chars().flat_map(|c| [c, '\u{064E}']).collect(),
            2 => format!("  {a}ـ "),
            _ => a.chars().rev().collect(),
        };
        let key = |line: &str| {
            let mut out = String::new();
            build_key(line, &mut KeyScratch::default(), &mut out);
            out
        };
        let both_taken = fast(&a).is_some() && fast(&b).is_some();
        match fast_keys_equal(&a, &b) {
            Some(same) => {
                assert!(both_taken, "{a:?} {b:?}");
                assert_eq!(same, key(&a) == key(&b), "{a:?} {b:?}");
                taken += 1;
                equal += usize::from(same);
            }
            None => assert!(!both_taken, "{a:?} {b:?}"),
        }
    }
    assert!(
        taken > 10_000 && equal > 3_000,
        "{taken} taken, {equal} equal"
    );
}

/// The hash fed piece by piece is that of the bytes at once, whatever the pieces.
#[test]
fn key_hasher_agrees_with_key_hash_in_any_pieces() {
    use super::hash::KeyHasher;
    let text = "وأكد المسؤول الجهوي أن هذه المبادرة تندرج ضمن الاستراتيجية ÉCOLE 2014".as_bytes();
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    for end in 0..text.len() {
        let bytes = text.get(..end).unwrap_or_default();
        for _ in 0..20 {
            let mut hasher = KeyHasher::new();
            let mut rest = bytes;
            while !rest.is_empty() {
                let n = (1 + next(8)).min(rest.len());
                let (piece, after) = rest.split_at(n);
                let value = piece.iter().rev().fold(0u64, |v, &b| v << 8 | u64::from(b));
                hasher.push(value, n as u32);
                rest = after;
            }
            assert_eq!(hasher.finish(), key_hash(bytes), "{end} bytes");
        }
    }
}

/// The document as `find_repeats` builds it (words hashed as read, keys built only when
/// compared) gives the removals the plain document gives (words from keys built by the
/// key builder, every key built at once), on pages made of repeated, re-flowed, cut and
/// diacritized lines, with every kind of character the fast paths read and some they do
/// not.
#[test]
fn lazy_keys_and_hashed_words_agree_with_the_plain_document() {
    use super::document::Document;
    let sentences = [
        "أعلنت وزارة الداخلية يوم أمس عن إطلاق برنامج جديد لدعم المقاولات الصغرى",
        "وأكد المسؤول الجهوي أن هذه المبادرة تندرج ضمن الاستراتيجية الوطنية للتشغيل",
        "نشر في: ١٧ دجنبر ٢٠١٤",
        "كشـ24",
        "Rabat (MAP) – ÉCOLE nationale, 2014",
        "إِنَّ ٱلَّذِينَ ءَامَنُوا۟ وَعَمِلُوا۟ ٱلصَّـٰلِحَـٰتِ",
        "ﻻ إله إلا الله ﷺ",
        "مدرسة  جديدة… «قال» المدير",
    ];
    let mut next = xorshift(0x2545_F491_4F6C_DD1D);
    for round in 0..600 {
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..2 + next(12) {
            let pick = |k: usize| sentences.get(k).copied().unwrap_or_default();
            let line = match next(7) {
                // A line again, a line twice in a row, two lines joined, a teaser.
                0 if !lines.is_empty() => lines.get(next(lines.len())).cloned().unwrap_or_default(),
                1 => format!("{0} {0}", pick(next(sentences.len()))),
                2 => format!(
                    "{} {}",
                    pick(next(sentences.len())),
                    pick(next(sentences.len()))
                ),
                3 => {
                    let s = pick(next(sentences.len()));
                    s.split(' ').take(1 + next(8)).collect::<Vec<_>>().join(" ")
                }
                // The same words, folded or diacritized differently.
                4 => pick(next(sentences.len()))
                    .replace('ا', "أ")
                    .replace('ة', "ه"),
                5 => pick(next(sentences.len())).replace("ل", "لَ"),
                _ => String::from(pick(next(sentences.len()))),
            };
            lines.push(line);
            if next(5) == 0 {
                lines.push(String::new());
            }
        }
        let text = lines.join(if round % 2 == 0 { "\n" } else { "\r\n" });
        for min_chars in [0, 10, 30, 50] {
            let deduper = Deduper::new().min_chars(min_chars);
            let reference = Document::reference(&text, min_chars);
            assert_eq!(
                deduper.find_repeats(&text),
                deduper.find_repeats_in(&text, &reference),
                "{text:?}, min_chars {min_chars}"
            );
        }
    }
}
