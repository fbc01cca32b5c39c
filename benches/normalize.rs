//! Normalization throughput, in bytes per second, against `std::str::from_utf8` over the
//! same bytes (the baseline that makes the ratio hold on a noisy machine).
//!
//! By default the inputs are generated here, deterministically, from word lists written
//! for the project. `ARABIC_TEXT_BENCH_CORPUS=FILE` benches a real file instead (for
//! example `../shared/corpus/news-tn-jawharafm.txt` or the fully diacritized
//! `quran-uthmani.txt`), as one more group; several files separated by `:` give one group
//! each, named by the file's stem.

use std::borrow::Cow;
use std::hint::black_box;
use std::time::Duration;

use arabic_text::Normalizer;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// About 1 MB of each input kind.
const SIZE: usize = 1 << 20;

/// Words of Moroccan news prose as scraped: hamza and teh marbuta, a shadda here and
/// there, tatweel in bylines, ASCII digits and Maghrebi month names.
const NEWS_WORDS: &[&str] = &[
    "أعلنت",
    "وزارة",
    "الداخلية",
    "يوم",
    "أمس",
    "الاثنين",
    "عن",
    "إطلاق",
    "برنامج",
    "جديد",
    "لدعم",
    "المقاولات",
    "الصغرى",
    "في",
    "جهة",
    "الدار",
    "البيضاء",
    "سطات",
    "خلال",
    "شهر",
    "شتنبر",
    "الماضي",
    "وأكد",
    "المسؤول",
    "أن",
    "هذه",
    "المبادرة",
    "تندرج",
    "ضمن",
    "الاستراتيجية",
    "الوطنية",
    "للتشغيل",
    "التي",
    "أطلقت",
    "سنة",
    "2013",
    "بمراكش",
    "كشـ24",
    "نشر",
    "دجنبر",
    "2014",
    "على",
    "مستوى",
    "الجماعات",
    "الترابية",
    "والمؤسسات",
    "العمومية",
    "إلى",
    "جانب",
    "الشركاء",
    "الدوليين",
    "مؤكدا",
    "أهمية",
    "التنسيق",
    "بين",
    "مختلف",
    "المتدخلين",
    "حتى",
    "يتسنى",
    "تحقيق",
    "الأهداف",
    "المسطرة",
    "قبل",
    "نهاية",
    "يوليوز",
    "المقبل",
    "الرئيس",
    "مدرسة",
];

/// Fully diacritized words (tashkeel on every letter, shadda, tanwin, dagger alef,
/// alef wasla), the worst case for a diacritic remover.
const DIACRITIZED_WORDS: &[&str] = &[
    "ٱلْحَمْدُ",
    "لِلَّهِ",
    "رَبِّ",
    "ٱلْعَـٰلَمِينَ",
    "ٱلرَّحْمَـٰنِ",
    "ٱلرَّحِيمِ",
    "مَـٰلِكِ",
    "يَوْمِ",
    "ٱلدِّينِ",
    "إِيَّاكَ",
    "نَعْبُدُ",
    "وَإِيَّاكَ",
    "نَسْتَعِينُ",
    "كِتَابٌ",
    "مُبِينٌ",
    "هُدًى",
    "لِّلْمُتَّقِينَ",
    "ذَٰلِكَ",
    "عَلَىٰ",
    "قُلُوبِهِمْ",
    "وَعَلَىٰ",
    "سَمْعِهِمْ",
    "أَبْصَـٰرِهِمْ",
    "غِشَـٰوَةٌ",
];

/// Latin words and presentation forms as a PDF extraction gives them.
const MIXED_WORDS: &[&str] = &[
    "Rabat",
    "(MAP)",
    "\u{FEF7}\u{FEE3}\u{FEE6}",
    "\u{FEAA}\u{FEEE}\u{FEDF}\u{FEF2}",
    "Casablanca",
    "\u{FDF2}",
    "2014",
    "\u{FEB3}\u{FEE8}\u{FE94}",
    "euro",
    "\u{FEFB}",
    "the",
    "Ministry",
    "said",
    "\u{200F}",
    "OCP",
    "\u{FE8D}\u{FEDF}\u{FEE4}\u{FED0}\u{FEAE}\u{FE8F}",
    "\u{00A0}",
    "Morocco",
];

/// Joins words picked by a fixed linear congruential sequence into lines of about 20
/// words until `size` bytes.
fn generate(words: &[&str], size: usize) -> String {
    let mut text = String::with_capacity(size + 64);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut in_line = 0;
    while text.len() < size {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let pick = usize::try_from(state >> 33).unwrap_or(0) % words.len();
        text.push_str(words[pick]);
        in_line += 1;
        if in_line == 20 {
            text.push_str(".\n");
            in_line = 0;
        } else {
            text.push(' ');
        }
    }
    text
}

fn bench_input(c: &mut Criterion, name: &str, text: &str, presets: &[(&str, Normalizer)]) {
    let mut group = c.benchmark_group(format!("normalize/{name}"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    let bytes = text.as_bytes();
    group.bench_function("from_utf8", |b| {
        b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
    });
    for (preset, normalizer) in presets {
        group.bench_function(*preset, |b| {
            b.iter(|| normalizer.normalize(black_box(text)).len())
        });
    }
    group.finish();
}

fn normalize(c: &mut Criterion) {
    let search = Normalizer::search();
    let news = generate(NEWS_WORDS, SIZE);
    let diacritized = generate(DIACRITIZED_WORDS, SIZE);
    let mixed = generate(MIXED_WORDS, SIZE);
    let normalized = search.normalize(&news).into_owned();

    // The benches must measure the path they name.
    assert!(
        matches!(search.normalize(&news), Cow::Owned(_)),
        "news prose must need changes"
    );
    assert!(
        matches!(search.normalize(&normalized), Cow::Borrowed(_)),
        "must take the borrow path"
    );
    assert!(
        !search.normalize(&diacritized).contains('\u{064E}'),
        "fatha must be removed"
    );
    assert!(
        !search.normalize(&mixed).contains('\u{FEFB}'),
        "ligatures must be folded"
    );

    let all = [
        ("search", Normalizer::search()),
        ("clean", Normalizer::clean()),
        ("lucene", Normalizer::lucene()),
        ("camel", Normalizer::camel()),
    ];
    bench_input(c, "news", &news, &all);
    bench_input(c, "diacritized", &diacritized, &all);
    bench_input(c, "normalized", &normalized, &all[..2]);
    bench_input(c, "mixed", &mixed, &all);

    // One file is the group `corpus`; several (separated as in `PATH`) are named by their
    // file stems, as `benches/profiles.sh` runs them.
    if let Some(paths) = std::env::var_os("ARABIC_TEXT_BENCH_CORPUS") {
        let paths: Vec<_> = std::env::split_paths(&paths).collect();
        for path in &paths {
            let corpus = std::fs::read_to_string(path)
                .expect("ARABIC_TEXT_BENCH_CORPUS must name UTF-8 files");
            let name = match path.file_stem() {
                Some(stem) if paths.len() > 1 => stem.to_string_lossy().into_owned(),
                _ => "corpus".to_owned(),
            };
            bench_input(c, &name, &corpus, &all);
        }
    }
}

/// Cost against size: news prose and a letterless run of combining marks (each mark a
/// lone cluster) of 10 KB, 100 KB and 1 MB; the time per byte stays flat.
fn scaling(c: &mut Criterion) {
    let search = Normalizer::search();
    let mut group = c.benchmark_group("normalize/scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(1));
    let marks = "\u{064E}\u{0651}\u{0670}\u{06E1}\u{08F0}";
    for (scale, size) in [("1x", 10_000), ("10x", 100_000), ("100x", 1_000_000)] {
        let news = generate(NEWS_WORDS, size);
        let run = marks.repeat(size / marks.len() + 1);
        assert_eq!(search.normalize(&run), "", "lone marks are deleted");
        for (name, text) in [("news", &news), ("marks", &run)] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            let bytes = text.as_bytes();
            group.bench_function(format!("{name}/{scale}/from_utf8"), |b| {
                b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
            });
            group.bench_function(format!("{name}/{scale}/search"), |b| {
                b.iter(|| search.normalize(black_box(text)).len())
            });
        }
    }
    group.finish();
}

/// The streaming writer (`Normalizer::writer`) with `search`, fed in writes of 64 KiB as
/// `std::io::copy` does, into a buffer with room for the output: news prose and fully
/// diacritized text.
fn streaming(c: &mut Criterion) {
    use std::io::Write;
    let search = Normalizer::search();
    let mut group = c.benchmark_group("normalize/stream");
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    let stream = |text: &str| {
        let mut writer = search.writer(Vec::with_capacity(text.len()));
        for piece in text.as_bytes().chunks(64 * 1024) {
            writer.write_all(piece).expect("a Vec takes every write");
        }
        writer.finish().expect("the text is UTF-8")
    };
    for (name, words) in [("news", NEWS_WORDS), ("diacritized", DIACRITIZED_WORDS)] {
        let text = generate(words, SIZE);
        assert_eq!(
            stream(&text),
            search.normalize(&text).as_bytes(),
            "the writer must give what normalize gives"
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        let bytes = text.as_bytes();
        group.bench_function(format!("{name}/from_utf8"), |b| {
            b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
        });
        group.bench_function(format!("{name}/search"), |b| {
            b.iter(|| stream(black_box(&text)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, normalize, scaling, streaming);
criterion_main!(benches);
