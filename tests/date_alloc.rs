//! Allocation counts of the date finder: after the first call (which builds the month
//! table, once), iterating `find_dates` over a page allocates nothing per match — a page
//! with 5 dates and the same page 50 times over (250 dates) cost the same, and that cost
//! is nothing.
//!
//! A counting global allocator wraps the system allocator; it counts only on the thread
//! that switched counting on, and only while it is on, so the test harness's own
//! allocations on other threads do not show. The tests also take one lock, so they run
//! one at a time.

use arabic_text::{DateFinder, DateMatch, find_dates};

#[path = "common/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::{LOCK, allocations};

/// A Moroccan news page in the style of the seed page, with five dates of different
/// kinds: the byline date, a relative month, `شهر` with a year, a Hijri date with its
/// Gregorian equivalent, and a range; and things that are not dates (a decree number, a
/// law number, a count, the verb `مارس`, Theresa May).
const PAGE: &str = "\
الرباط - نشر في: 17 ديسمبر 2014\n\
اعتمدها المنتدى في شتنبر الماضي، بعد أن انطلقت أشغاله في شهر شتنبر 2013 بمراكش، \
وفق الظهير 1.11.91 الصادر في 27 من شعبان 1432 (29 يوليوز 2011) والقانون رقم 31.13. \
وأكد المتحدث أن الدورة المقبلة ستنعقد من 12 إلى 15 يوليوز 2019 بمشاركة 2000 مهاجر، \
وأن الوزير مارس الرياضة في شبابه، فيما التقى تيريزا ماي في لندن.\n";

/// The dates of `text` that `finder` finds, counted, each one kept from being optimized
/// away.
fn count(finder: &DateFinder, text: &str) -> usize {
    let mut n = 0;
    for m in finder.find_iter(text) {
        std::hint::black_box::<DateMatch>(m);
        n += 1;
    }
    n
}

fn finders() -> [(&'static str, DateFinder); 3] {
    [
        ("default", DateFinder::new()),
        ("reference", DateFinder::new().with_reference(2014, 12, 17)),
        (
            "all options",
            DateFinder::new()
                .with_reference(2014, 12, 17)
                .libyan_names(true)
                .year_only(false),
        ),
    ]
}

#[test]
fn the_page_has_five_dates() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let spans: Vec<&str> = find_dates(PAGE).map(|m| &PAGE[m.span]).collect();
    assert_eq!(
        spans,
        [
            "17 ديسمبر 2014",
            "شتنبر الماضي",
            "شهر شتنبر 2013",
            "27 من شعبان 1432 (29 يوليوز 2011)",
            "من 12 إلى 15 يوليوز 2019",
        ]
    );
}

#[test]
fn find_dates_allocates_nothing_per_match() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    // The counter works.
    let (s, n) = allocations(|| String::from("counted"));
    assert_eq!((s.as_str(), n), ("counted", 1));

    let page50 = PAGE.repeat(50);
    // Warm-up: the month table is built on first use.
    assert_eq!(find_dates(PAGE).count(), 5);

    let (dates, once) = allocations(|| find_dates(PAGE).count());
    assert_eq!(dates, 5);
    let (dates, fifty) = allocations(|| find_dates(&page50).count());
    assert_eq!(dates, 250);
    assert_eq!(
        once, fifty,
        "find_dates: {once} allocations for 5 dates, {fifty} for 250"
    );
    assert_eq!(once, 0, "find_dates over a page allocates");

    let mut failures = Vec::new();
    for (name, finder) in finders() {
        let (dates, once) = allocations(|| count(&finder, PAGE));
        let (dates50, fifty) = allocations(|| count(&finder, &page50));
        assert_eq!(dates50, 50 * dates, "{name}");
        assert!(dates >= 4, "{name}: {dates} dates");
        if once != fifty {
            failures.push(format!(
                "{name}: {once} allocations for {dates} dates, {fifty} for {dates50}"
            ));
        }
        if once != 0 {
            failures.push(format!("{name}: {once} allocations over a page"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The matches themselves own nothing: taking them and the values apart allocates nothing.
#[test]
fn matches_are_plain_data() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let _ = find_dates(PAGE).count();
    let finder = DateFinder::new().with_reference(2014, 12, 17);
    let (found, n) = allocations(|| {
        let mut last = None;
        for m in finder.find_iter(PAGE) {
            let copy = m.value;
            last = Some((m.span, copy, m.kind, m.naming, m.weekday, m.relative));
        }
        last
    });
    assert!(found.is_some());
    assert_eq!(n, 0);
}
