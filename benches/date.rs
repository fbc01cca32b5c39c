//! Date-finding throughput, in bytes per second, against `std::str::from_utf8` over the
//! same bytes (the baseline that makes the ratio hold on a noisy machine).
//!
//! By default the input is generated here, deterministically: about 1 MB of Moroccan and
//! Tunisian news prose, a few dates per paragraph (day month year, `شهر` with a year,
//! relative months, ranges, Hijri dates with their Gregorian equivalent, numeric dates,
//! year mentions, in three scripts of digits) among the numbers and false friends that
//! are not dates (decree and law numbers, counts, the verb `مارس`, `تيريزا ماي`).
//! `ARABIC_TEXT_BENCH_CORPUS=FILE` benches a real file as well (for example
//! `../shared/corpus/news-tn-jawharafm.txt`), as a `corpus` group.

use std::hint::black_box;
use std::time::Duration;

use arabic_text::find_dates;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// About 1 MB of prose.
const SIZE: usize = 1 << 20;

/// Sentence openings and bodies of Moroccan and Tunisian news copy.
const WORDS: &[&str] = &[
    "أعلنت",
    "وزارة",
    "الداخلية",
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
    "على",
    "مستوى",
    "الجماعات",
    "الترابية",
    "والمؤسسات",
    "العمومية",
    "جانب",
    "الشركاء",
    "الدوليين",
    "مؤكدا",
    "أهمية",
    "التنسيق",
    "مختلف",
    "المتدخلين",
    "يتسنى",
    "تحقيق",
    "الأهداف",
    "المسطرة",
    "قبل",
    "نهاية",
    "الرئيس",
    "مدرسة",
    "استضاف",
    "برنامج",
    "أبطال",
    "الفيلم",
    "التونسي",
    "الطويل",
    "ومخرج",
    "العمل",
    "بقاعة",
    "السينما",
    "بسوسة",
    "وقالت",
    "الممثلة",
    "إنّ",
    "التجربة",
    "كانت",
    "مميّزة",
    "الهيئة",
    "المستقلة",
    "للانتخابات",
    "بولاية",
    "صفاقس",
    "الشرطة",
    "العدلية",
    "ألقت",
    "القبض",
    "كشـ24",
    "هسبريس",
];

/// Numbers and words that look like dates and are not.
const NOT_DATES: &[&str] = &[
    "بمشاركة 743 عارضا",
    "القانون رقم 31.13",
    "الظهير 1.11.91",
    "بنتيجة 3-1",
    "بنسبة 1/2",
    "2000 مهاجر",
    "مارس الرياضة",
    "الممارسات",
    "تيريزا ماي",
    "سيارة نيسان",
    "الدورة 29",
    "٢٫٥ مليار درهم",
];

const MOROCCAN: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];

const TUNISIAN: &[&str] = &[
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const HIJRI: &[&str] = &[
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

/// A fixed linear congruential sequence.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// `n` in ASCII or Arabic-Indic digits.
fn digits(n: usize, arabic_indic: bool) -> String {
    let ascii = n.to_string();
    if !arabic_indic {
        return ascii;
    }
    ascii
        .chars()
        .map(|c| char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c))
        .collect()
}

/// One date expression, of one of the kinds news copy uses.
fn date(rng: &mut Lcg) -> String {
    let names = if rng.below(2) == 0 {
        MOROCCAN
    } else {
        TUNISIAN
    };
    let month = rng.below(12);
    let name = names[month];
    let day = 1 + rng.below(28);
    let year = 2005 + rng.below(20);
    let indic = rng.below(8) == 0;
    let (d, y) = (digits(day, indic), digits(year, indic));
    match rng.below(10) {
        0..=2 => format!("{d} {name} {y}"),
        3 => format!("شهر {name} {y}"),
        4 => format!("{name} {}", rng.pick(&["الماضي", "المقبل", "الجاري"])),
        5 => format!("من {} إلى {} {name} {y}", day.min(14), 15 + rng.below(13)),
        6 => format!(
            "{} من {} {} ({d} {name} {y})",
            1 + rng.below(28),
            HIJRI[month],
            1420 + rng.below(25)
        ),
        7 => format!("{:02}/{:02}/{year}", day, month + 1),
        8 => format!("{} {y}", rng.pick(&["سنة", "عام"])),
        _ => format!("{} {d} {name} {y}", rng.pick(&["الاثنين", "الخميس", "يوم"])),
    }
}

/// Paragraphs of 3 to 6 sentences of 8 to 20 words; about one sentence in three holds a
/// date and one in four a number that is not one. Returns the text and the number of
/// dates written into it.
fn generate(size: usize) -> (String, usize) {
    let mut text = String::with_capacity(size + 512);
    let mut rng = Lcg(0x2545_F491_4F6C_DD1D);
    let mut dates = 0;
    while text.len() < size {
        let sentences = 3 + rng.below(4);
        for _ in 0..sentences {
            let words = 8 + rng.below(13);
            let date_at = (rng.below(3) == 0).then(|| rng.below(words));
            let other_at = (rng.below(4) == 0).then(|| rng.below(words));
            for i in 0..words {
                if i > 0 {
                    text.push(' ');
                }
                text.push_str(rng.pick(WORDS));
                if date_at == Some(i) {
                    text.push_str(" في ");
                    text.push_str(&date(&mut rng));
                    text.push_str(" حسب");
                    dates += 1;
                }
                if other_at == Some(i) {
                    // Not glued to a number a word may end with (`كشـ24 مارس الرياضة`
                    // reads as 24 March).
                    text.push_str(" لدى ");
                    text.push_str(rng.pick(NOT_DATES));
                    text.push_str(" لدى");
                }
            }
            text.push_str(if rng.below(5) == 0 { "، " } else { ". " });
        }
        text.push('\n');
    }
    (text, dates)
}

fn bench_input(c: &mut Criterion, name: &str, text: &str) {
    let mut group = c.benchmark_group(format!("date/{name}"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    let bytes = text.as_bytes();
    group.bench_function("from_utf8", |b| {
        b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
    });
    group.bench_function("find_dates", |b| {
        b.iter(|| find_dates(black_box(text)).count())
    });
    group.finish();
}

fn date_benches(c: &mut Criterion) {
    let (news, written) = generate(SIZE);
    // Warm the lazily built month table before anything is timed, and check that the
    // bench measures a text with dates in it: each one written is found, and only those.
    let found = find_dates(&news).count();
    assert!(found > 0, "the generated prose must hold dates");
    assert_eq!(found, written, "the generated prose has {written} dates");
    bench_input(c, "news", &news);

    if let Some(path) = std::env::var_os("ARABIC_TEXT_BENCH_CORPUS") {
        let corpus = std::fs::read_to_string(&path)
            .expect("ARABIC_TEXT_BENCH_CORPUS must name a UTF-8 file");
        let found = find_dates(&corpus).count();
        eprintln!("corpus: {} bytes, {found} dates found", corpus.len());
        bench_input(c, "corpus", &corpus);
    }
}

/// Cost against size: news prose with dates, and digit runs beside month names, of 10 KB,
/// 100 KB and 1 MB; the time per byte stays flat.
fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("date/scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(1));
    for (scale, size) in [("1x", 10_000), ("10x", 100_000), ("100x", 1_000_000)] {
        let (news, _) = generate(size);
        let mut digits = String::with_capacity(size + 64);
        while digits.len() < size {
            digits.push_str("17 دجنبر ");
            digits.push_str(&"2014".repeat(250));
            digits.push(' ');
        }
        for (name, text) in [("news", &news), ("digit-runs", &digits)] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            let bytes = text.as_bytes();
            group.bench_function(format!("{name}/{scale}/from_utf8"), |b| {
                b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
            });
            group.bench_function(format!("{name}/{scale}/find_dates"), |b| {
                b.iter(|| find_dates(black_box(text)).count())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, date_benches, scaling);
criterion_main!(benches);
