//! Deduplication throughput, in bytes per second, against `std::str::from_utf8` over the
//! same bytes in each group (the baseline that makes the ratio hold on a noisy machine).
//!
//! - `dedup/news`: about 1 MB of generated news documents (title, byline, date line,
//!   paragraphs), one blank line between documents; every fourth document prints its
//!   body twice. The text is cut into documents at blank lines and each is deduplicated.
//! - `dedup/diacritized`: the same documents with a haraka on every letter.
//! - `dedup/corpus`, when `ARABIC_TEXT_BENCH_CORPUS=FILE` is set (for example
//!   `../shared/corpus/news-tn-jawharafm.txt`, title line then body, blank line between
//!   articles): the same on a real file.
//! - `dedup/scaling`: inputs of 1x, 10x and 100x a size, to show that the cost is linear
//!   (the time per byte stays flat): a single line with no repeat (6 KB, 60 KB, 600 KB),
//!   a single line that is a text twice (3 KB twice … 300 KB twice), and a document of
//!   many lines whose second half repeats the first (6 KB, 60 KB, 600 KB).
//!
//! Before timing, the benches check that they measure what they name: documents with the
//! body twice lose the second copy, the others come back borrowed.

mod common;

use std::borrow::Cow;
use std::hint::black_box;
use std::time::Duration;

use arabic_text::Deduper;
use common::{Rng, documents, news};
use criterion::{
    BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime,
};

/// About 1 MB of news documents.
const SIZE: usize = 1 << 20;

fn bench_documents(c: &mut Criterion, name: &str, text: &str) {
    let deduper = Deduper::new();
    let mut group = c.benchmark_group(format!("dedup/{name}"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    // Cut once, before timing: the cut is the caller's, not the library's.
    let docs: Vec<&str> = documents(text).collect();
    let bytes = text.as_bytes();
    group.bench_function("from_utf8", |b| {
        b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
    });
    group.bench_function("dedup", |b| {
        b.iter(|| {
            black_box(&docs)
                .iter()
                .map(|doc| deduper.dedup(doc).len())
                .sum::<usize>()
        })
    });
    group.bench_function("dedup_into", |b| {
        let mut out = String::with_capacity(text.len());
        b.iter(|| {
            out.clear();
            for doc in black_box(&docs) {
                deduper.dedup_into(doc, &mut out);
            }
            out.len()
        })
    });
    group.finish();
}

/// One scaling input: `from_utf8` and `dedup` over it.
fn bench_scaling(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, text: &str) {
    let deduper = Deduper::new();
    group.throughput(Throughput::Bytes(text.len() as u64));
    let bytes = text.as_bytes();
    group.bench_function(format!("{id}/from_utf8"), |b| {
        b.iter(|| std::str::from_utf8(black_box(bytes)).map(str::len))
    });
    group.bench_function(format!("{id}/dedup"), |b| {
        b.iter(|| deduper.dedup(black_box(text)).len())
    });
}

/// Words on one line until `size` bytes.
fn line_of(rng: &mut Rng, size: usize) -> String {
    let mut line = String::with_capacity(size + 64);
    while line.len() < size {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&rng.paragraph());
    }
    line
}

/// Paragraph lines until `size` bytes.
fn lines_of(rng: &mut Rng, size: usize) -> String {
    let mut text = String::with_capacity(size + 512);
    while text.len() < size {
        text.push_str(&rng.paragraph());
        text.push('\n');
    }
    text
}

fn dedup(c: &mut Criterion) {
    let deduper = Deduper::new();
    let (text, twice) = news(SIZE);

    // The benches must measure what they name.
    assert!(twice.len() > 10, "documents with the body twice");
    for (doc, expected) in &twice {
        assert!(
            deduper.dedup(doc) == expected.as_str(),
            "the second copy of the body must go"
        );
    }
    let borrowed = documents(&text)
        .filter(|d| matches!(deduper.dedup(d), Cow::Borrowed(_)))
        .count();
    assert_eq!(
        borrowed + twice.len(),
        documents(&text).count(),
        "the other documents must come back borrowed"
    );
    bench_documents(c, "news", &text);

    // The same documents fully diacritized: the keys ignore harakat, so every body
    // printed twice still loses its second copy and nothing else changes.
    let diacritized = common::diacritized(&text);
    let changed = documents(&diacritized)
        .filter(|d| matches!(deduper.dedup(d), Cow::Owned(_)))
        .count();
    assert_eq!(
        changed,
        twice.len(),
        "diacritized documents with the body twice"
    );
    bench_documents(c, "diacritized", &diacritized);

    if let Some(path) = std::env::var_os("ARABIC_TEXT_BENCH_CORPUS") {
        let corpus = std::fs::read_to_string(&path)
            .expect("ARABIC_TEXT_BENCH_CORPUS must name a UTF-8 file");
        let docs = documents(&corpus).count();
        let changed = documents(&corpus)
            .filter(|d| matches!(deduper.dedup(d), Cow::Owned(_)))
            .count();
        eprintln!(
            "corpus: {} bytes, {docs} documents, {changed} changed",
            corpus.len()
        );
        bench_documents(c, "corpus", &corpus);
    }

    let mut group = c.benchmark_group("dedup/scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for (scale, factor) in [("1x", 1), ("10x", 10), ("100x", 100)] {
        let line = line_of(&mut rng, 6_000 * factor);
        assert!(
            matches!(deduper.dedup(&line), Cow::Borrowed(_)),
            "a line with no repeat comes back borrowed"
        );
        bench_scaling(&mut group, &format!("line-no-repeat/{scale}"), &line);

        // The text begins with a word it does not repeat: a text whose first word
        // recurs more than 16 times in it is not found (see
        // `dedup_bug_flattened_body_twice_with_frequent_first_word` in
        // `tests/it/dedup_properties/`), and would time the path that finds nothing.
        let half = format!("افتتاحية: {}", line_of(&mut rng, 3_000 * factor));
        let doubled = format!("{half} {half}");
        assert!(
            deduper.dedup(&doubled) == half,
            "a text twice loses its second copy"
        );
        bench_scaling(&mut group, &format!("line-twice/{scale}"), &doubled);

        let first = lines_of(&mut rng, 3_000 * factor);
        let many = format!("{first}{first}");
        assert!(
            deduper.dedup(&many) == first,
            "lines twice lose their second copy"
        );
        bench_scaling(&mut group, &format!("many-lines/{scale}"), &many);
    }
    group.finish();
}

criterion_group!(benches, dedup);
criterion_main!(benches);
