//! Pipeline throughput (`clean`: deduplication, publication date, dates, normalization),
//! in bytes per second, against `std::str::from_utf8` over the same bytes in each group.
//!
//! - `clean/news`: about 1 MB of generated news documents (title, byline, publication
//!   line, paragraphs with relative dates), every fourth printing its body twice, cut into
//!   documents at blank lines; each document is cleaned with the default `Cleaner`
//!   (`clean` preset) and with the `search` preset, by `clean` and by `clean_into`.
//! - `clean/diacritized`: the same documents with a haraka on every letter.
//! - `clean/corpus`, when `ARABIC_TEXT_BENCH_CORPUS=FILE` is set (for example
//!   `../shared/corpus/news-tn-jawharafm.txt`, title line then body, blank line between
//!   articles): the same on a real file.
//!
//! Before timing, the bench checks that it measures what it names: documents with the
//! body twice come back with one copy, every document has its publication date, and the
//! relative dates are resolved.

mod common;

use std::hint::black_box;
use std::time::Duration;

use arabic_text::{Cleaned, Cleaner, DateKind, Normalizer};
use common::{documents, news};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// About 1 MB of news documents.
const SIZE: usize = 1 << 20;

fn bench_documents(c: &mut Criterion, name: &str, text: &str) {
    let mut group = c.benchmark_group(format!("clean/{name}"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    // Cut once, before timing: the cut is the caller's, not the library's.
    let docs: Vec<&str> = documents(text).collect();
    let bytes = text.as_bytes();
    group.bench_function("from_utf8", |b| {
        b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
    });
    for (preset, cleaner) in [
        ("clean", Cleaner::new()),
        ("search", Cleaner::new().normalizer(Normalizer::search())),
    ] {
        group.bench_function(preset, |b| {
            b.iter(|| {
                black_box(&docs)
                    .iter()
                    .map(|doc| {
                        let cleaned = cleaner.clean(doc);
                        cleaned.text.len() + cleaned.dates.len()
                    })
                    .sum::<usize>()
            })
        });
        group.bench_function(format!("{preset}_into"), |b| {
            let mut out = Cleaned::default();
            b.iter(|| {
                black_box(&docs)
                    .iter()
                    .map(|doc| {
                        cleaner.clean_into(doc, &mut out);
                        out.text.len() + out.dates.len()
                    })
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

fn clean(c: &mut Criterion) {
    let (text, twice) = news(SIZE);

    // The bench must measure what it names.
    let cleaner = Cleaner::new();
    assert!(twice.len() > 10, "documents with the body twice");
    for (doc, expected) in &twice {
        let cleaned = cleaner.clean(doc);
        assert_eq!(
            cleaned.removals.len(),
            1,
            "the second copy of the body goes"
        );
        assert_eq!(
            cleaned.text,
            Normalizer::clean().normalize(expected),
            "one copy of the body stays, normalized"
        );
    }
    let mut resolved = 0;
    for doc in documents(&text) {
        let cleaned = cleaner.clean(doc);
        assert!(cleaned.published.is_some(), "every document has its date");
        assert!(
            cleaned
                .dates
                .iter()
                .all(|d| d.kind != DateKind::RelativeUnresolved),
            "relative dates are resolved"
        );
        resolved += cleaned
            .dates
            .iter()
            .filter(|d| d.kind == DateKind::RelativeResolved)
            .count();
    }
    assert!(resolved > 100, "the documents hold relative dates");
    bench_documents(c, "news", &text);

    // The same documents fully diacritized: every body printed twice still loses its
    // second copy.
    let diacritized = common::diacritized(&text);
    let twice_removed = documents(&diacritized)
        .filter(|doc| cleaner.clean(doc).removals.len() == 1)
        .count();
    assert_eq!(
        twice_removed,
        twice.len(),
        "diacritized documents with the body twice"
    );
    bench_documents(c, "diacritized", &diacritized);

    if let Some(path) = std::env::var_os("ARABIC_TEXT_BENCH_CORPUS") {
        let corpus = std::fs::read_to_string(&path)
            .expect("ARABIC_TEXT_BENCH_CORPUS must name a UTF-8 file");
        let docs = documents(&corpus).count();
        let (mut changed, mut dates) = (0, 0);
        for doc in documents(&corpus) {
            let cleaned = cleaner.clean(doc);
            changed += usize::from(!cleaned.removals.is_empty());
            dates += cleaned.dates.len();
        }
        eprintln!(
            "corpus: {} bytes, {docs} documents, {changed} deduplicated, {dates} dates",
            corpus.len()
        );
        bench_documents(c, "corpus", &corpus);
    }
}

/// Cost against size: one page (title, byline, body printed twice) whose body grows
/// from 3 KB to 300 KB; the time per byte stays flat.
fn scaling(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let mut group = c.benchmark_group("clean/scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(1));
    let mut rng = common::Rng(0x9E37_79B9_7F4A_7C15);
    for (scale, size) in [("1x", 3_000), ("10x", 30_000), ("100x", 300_000)] {
        let mut body = String::with_capacity(size + 512);
        while body.len() < size {
            body.push_str(&rng.paragraph());
            body.push('\n');
        }
        let page = format!("عنوان الصفحة\nكشـ24\nنشر في: 17 دجنبر 2014\n{body}{body}");
        assert_eq!(
            cleaner.clean(&page).bytes_removed(),
            body.len(),
            "the copy goes"
        );
        group.throughput(Throughput::Bytes(page.len() as u64));
        let bytes = page.as_bytes();
        group.bench_function(format!("page/{scale}/from_utf8"), |b| {
            b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
        });
        group.bench_function(format!("page/{scale}/clean"), |b| {
            b.iter(|| cleaner.clean(black_box(&page)).text.len())
        });
    }
    group.finish();
}

criterion_group!(benches, clean, scaling);
criterion_main!(benches);
