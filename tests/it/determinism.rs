//! Determinism: the same input gives byte-identical output every time, on every thread.
//! Each capability runs on pages written for the project from several threads at once
//! (the date lexicon's table is built on first use, so the first calls race to build
//! it), and every result is compared with the one computed first on one thread.
//!
//! No capability keeps state between calls or depends on a hash seed: `line_fingerprint`
//! is FNV-1a over the line's key, so its value is fixed across runs and platforms, which
//! the last test checks against a value computed by hand.

use std::sync::{Arc, Barrier};
use std::thread;

use arabic_text::{
    Cleaner, DateFinder, Deduper, Normalizer, Whitespace, find_dates, find_repeats,
    line_fingerprint, normalize,
};

const BODY: &str = "\
اختتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي، التي انطلقت في شتنبر الماضي.
وأكد رئيس المهرجان أن لجنة التحكيم شاهدت اثنين وثلاثين فيلما، وأن الجائزة الكبرى عادت لفيلم عن واحات درعة.
وكانت الجمعية المنظمة قد أعلنت عن المهرجان في شهر ماي 2015 خلال ندوة صحفية بالرباط.
";

fn pages() -> Vec<String> {
    vec![
        format!("اختتام مهرجان الفيلم الوثائقي\nمراكشـ24\nنشر في: 12 نونبر 2015\n{BODY}{BODY}"),
        format!(
            "تونس\r\nالأربعاء 18 جانفي 2017\r\n{}",
            BODY.replace('\n', "\r\n")
        ),
        "كِتَابٌ ﻷمن ﷺ ١٧ دجنبـر ٢٠١٤\u{200F}\u{00A0}ی ک ۀ".repeat(50),
        format!("{} {}", BODY.trim_end(), BODY.trim_end()),
        String::new(),
        "Plain Latin text, no Arabic at all.\n".repeat(3),
    ]
}

/// Everything the crate computes for a page, printed.
fn results(page: &str) -> String {
    let mut out = String::new();
    for normalizer in [
        Normalizer::clean(),
        Normalizer::search(),
        Normalizer::lucene(),
        Normalizer::camel(),
        Normalizer::search().whitespace(Whitespace::CollapseAndTrim),
    ] {
        out.push_str(&normalizer.normalize(page));
        let (text, map) = normalizer.normalize_with_offsets(page);
        out.push_str(&format!("{text}{:?}", map.input_range(0..text.len() / 2)));
    }
    out.push_str(&normalize(page));
    out.push_str(&format!("{:?}", find_dates(page).collect::<Vec<_>>()));
    let finder = DateFinder::new()
        .with_reference(2015, 11, 12)
        .bare_months(true);
    out.push_str(&format!("{:?}", finder.find_iter(page).collect::<Vec<_>>()));
    out.push_str(&format!("{:?}", find_repeats(page)));
    out.push_str(&Deduper::new().min_chars(20).dedup(page));
    out.push_str(&format!("{:x}", line_fingerprint(page)));
    out.push_str(&format!("{:?}", Cleaner::new().clean(page)));
    out.push_str(&format!(
        "{:?}",
        Cleaner::new().normalizer(Normalizer::search()).clean(page)
    ));
    out
}

#[test]
fn every_capability_gives_the_same_bytes_on_every_thread() {
    let pages = Arc::new(pages());
    const THREADS: usize = 4;
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let pages = Arc::clone(&pages);
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || {
                barrier.wait();
                // Each thread walks the pages in its own order, several times.
                let mut seen = vec![String::new(); pages.len()];
                for round in 0..3 {
                    for k in 0..pages.len() {
                        let i = (k + t + round) % pages.len();
                        let result = results(&pages[i]);
                        if round > 0 {
                            assert_eq!(result, seen[i], "thread {t}: page {i} changed");
                        }
                        seen[i] = result;
                    }
                }
                seen
            })
        })
        .collect();
    let first: Vec<String> = pages.iter().map(|p| results(p)).collect();
    for handle in handles {
        let seen = handle.join().expect("no thread panics");
        assert_eq!(seen, first);
    }
}

#[test]
fn the_fingerprint_is_fnv1a_of_the_key() {
    // The key of `نعم، نعم!` is `نعم نعم` (punctuation to a space, collapsed, trimmed).
    let key = "نعم نعم";
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    assert_eq!(line_fingerprint("نعم، نعم!"), hash);
    // FNV-1a of the empty string is the offset basis.
    assert_eq!(line_fingerprint("  ،  "), 0xcbf2_9ce4_8422_2325);
}
