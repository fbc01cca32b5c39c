//! Allocation counts: text that is already normalized is borrowed without allocating,
//! `is_normalized` never allocates, and `normalize_into` allocates nothing when the
//! buffer has room, for every preset.
//!
//! A counting global allocator wraps the system allocator; it counts only on the thread
//! that switched counting on, and only while it is on, so the test harness's own
//! allocations on other threads do not show. The tests also take one lock, so they run
//! one at a time.

use std::borrow::Cow;

use arabic_text::Normalizer;

#[path = "common/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::{LOCK, allocations};

fn presets() -> [(&'static str, Normalizer); 4] {
    [
        ("clean", Normalizer::clean()),
        ("search", Normalizer::search()),
        ("lucene", Normalizer::lucene()),
        ("camel", Normalizer::camel()),
    ]
}

/// Moroccan news copy as the `search` preset leaves it: bare alef, heh for teh marbuta,
/// yeh for alef maksura, no diacritics or tatweel, ASCII digits. Nothing in it is touched
/// by `clean`, `lucene` or `camel` either.
const SEARCH_NORMALIZED: &str = "\
اعلنت وزاره الداخليه، يوم الثلاثاء، عن اطلاق برنامج جديد لدعم الاسر المتضرره من زلزال الحوز، \
بميزانيه تناهز 2.5 مليار درهم. واكد بلاغ للوزاره ان عمليه اعاده الاعمار ستشمل اكثر من 50 الف \
مسكن في اقاليم مراكش وتارودانت وشيشاوه واقليم الحوز.
من جهه اخري، شهدت مدينه الدار البيضاء تساقطات مطريه مهمه خلال نهايه الاسبوع، حسب ما افادت به \
المديريه العامه للارصاد الجويه، التي توقعت استمرار الاجواء البارده الي غايه يوم الخميس 17 دجنبر.
وفي الرباط، انطلقت امس فعاليات الدوره 29 للمعرض الدولي للنشر والكتاب بمشاركه 743 عارضا.";

/// The same kind of copy as the `clean` preset leaves it: hamzas, teh marbuta, alef
/// maksura, Arabic-Indic digits and the Arabic decimal separator are kept, and the
/// diacritics that remain are in canonical order (fatha before shadda).
const CLEAN_NORMALIZED: &str = "\
أعلنت وزارة الداخلية، يوم الثلاثاء، عن إطلاق برنامج جديد لدعم الأسر المتضررة من زلزال الحوز، \
بميزانية تناهز ٢٫٥ مليار درهم. وأكّد بلاغ للوزارة أن عملية إعادة الإعمار ستشمل أكثر من ٥٠ ألف \
مسكن في أقاليم مراكش وتارودانت وشيشاوة.
من جهة أخرى، شهدت مدينة الدار البيضاء تساقطات مطرية مهمة خلال نهاية الأسبوع، حسب ما أفادت به \
المديرية العامة للأرصاد الجوية، التي توقعت استمرار الأجواء الباردة إلى غاية يوم الخميس ١٧ دجنبر.
وقال المتحدث: «إنَّ الوضعَ تحتَ السيطرة»، مؤكدًا أن فرق الإنقاذ ما زالت في الميدان. ڤيديو ڨالمة.";

/// Copy as it arrives from a scraped page or a PDF: tatweel, harakat (shadda before
/// fatha), hamza forms, teh marbuta, presentation forms (lam-alef ligatures, `ﷲ`, letters
/// in contextual forms, an isolated fatha form), ZWNJ, RLM, NBSP, Arabic-Indic digits.
const DIRTY: &str = "\
أعلنـــت وزارةُ الداخليّة\u{200F}، يوم الثلاثاء، عن إطلاق برنامج جديد\u{00A0}لدعم الأسر \u{FEFB}جئة \
في \u{FE8D}\u{FEDF}\u{FEE4}\u{FEA0}\u{FEAE}\u{FE8F} بميزانية تناهز ٢٫٥ مليار درهم، \u{FDF2} المستعان. \
مي\u{200C}روم إلى المدرسة ـ الدار البيضاء ١٧ دجنبر ٢٠٢٤\u{FE76} \u{FEF7}خبار مؤكّدة.";

/// Dirty copy whose normalized form is no longer than itself (no expanding forms).
const DIRTY_SHRINKING: &str = "\
أعلنـــت وزارةُ الداخليّة\u{200F}، يوم الثلاثاء، عن إطلاقِ برنامجٍ جديدٍ\u{00A0}لدعم الأسرِ المتضرّرة \
مي\u{200C}روم إلى المدرسة ـ الدار البيضاء ١٧ دجنبر ٢٠٢٤ مؤكّدةً.";

#[test]
fn normalized_text_is_borrowed_without_allocating() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    // The counter works.
    let (s, count) = allocations(|| String::from("counted"));
    assert_eq!((s.as_str(), count), ("counted", 1));
    let mut failures = Vec::new();
    for (name, n) in presets() {
        let texts: &[&str] = match name {
            "clean" => &[SEARCH_NORMALIZED, CLEAN_NORMALIZED],
            _ => &[SEARCH_NORMALIZED],
        };
        for (i, text) in texts.iter().enumerate() {
            let (borrowed, count) = allocations(|| matches!(n.normalize(text), Cow::Borrowed(_)));
            if !borrowed {
                failures.push(format!(
                    "{name}: normalize of normalized text {i} is not Borrowed"
                ));
            }
            if count != 0 {
                failures.push(format!(
                    "{name}: normalize of normalized text {i}: {count} allocations"
                ));
            }
            let (normalized, count) = allocations(|| n.is_normalized(text));
            if !normalized {
                failures.push(format!(
                    "{name}: is_normalized of normalized text {i} is false"
                ));
            }
            if count != 0 {
                failures.push(format!(
                    "{name}: is_normalized of normalized text {i}: {count} allocations"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn is_normalized_never_allocates() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut failures = Vec::new();
    for (name, n) in presets() {
        for (i, text) in [DIRTY, DIRTY_SHRINKING, CLEAN_NORMALIZED, SEARCH_NORMALIZED]
            .iter()
            .enumerate()
        {
            let ((), count) = allocations(|| {
                let _ = n.is_normalized(text);
            });
            if count != 0 {
                failures.push(format!(
                    "{name}: is_normalized of text {i}: {count} allocations"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn normalize_into_with_room_does_not_allocate() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut failures = Vec::new();
    for (name, n) in presets() {
        for (i, text) in [DIRTY, DIRTY_SHRINKING, CLEAN_NORMALIZED]
            .iter()
            .enumerate()
        {
            let expected = n.normalize(text).into_owned();
            if i < 2 {
                assert_ne!(expected, *text, "{name}: text {i} should be dirty");
            }
            let mut buf = String::with_capacity(4 * text.len() + 16);
            buf.push_str("prefix | ");
            let ((), count) = allocations(|| n.normalize_into(text, &mut buf));
            assert_eq!(buf, format!("prefix | {expected}"), "{name}: text {i}");
            if count != 0 {
                failures.push(format!(
                    "{name}: normalize_into of text {i} with room: {count} allocations"
                ));
            }
            // Reusing the buffer, as the documentation suggests.
            buf.clear();
            let ((), count) = allocations(|| n.normalize_into(text, &mut buf));
            if count != 0 {
                failures.push(format!(
                    "{name}: normalize_into of text {i}, reused buffer: {count} allocations"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// "One allocation of about its size when something changes": exactly one when the
/// result is no longer than the input.
#[test]
fn normalize_of_dirty_text_allocates_once() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut failures = Vec::new();
    for (name, n) in presets() {
        let (out, count) = allocations(|| n.normalize(DIRTY_SHRINKING));
        assert!(matches!(out, Cow::Owned(_)), "{name}");
        assert!(out.len() <= DIRTY_SHRINKING.len(), "{name}");
        drop(out);
        if count != 1 {
            failures.push(format!(
                "{name}: normalize of dirty text: {count} allocations"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// `is_normalized` never allocates, and `normalize_into` allocates only when the buffer
/// lacks room, for clusters of up to 32 characters (a letter with 31 marks to reorder;
/// past that the cluster buffer moves to the heap, as documented): `camel` on a letter with
/// five marks, and `clean` on a letter with 31 marks out of canonical order.
#[test]
fn long_mark_runs_do_not_allocate() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let five_fathas = format!("ب{}", "\u{064E}".repeat(5));
    let unsorted: String = "\u{0651}\u{064E}".repeat(15);
    let thirty_two = format!("ا{unsorted}\u{0651}");
    let mut failures = Vec::new();
    for (name, n, text) in [
        ("camel", Normalizer::camel(), &five_fathas),
        ("clean", Normalizer::clean(), &thirty_two),
    ] {
        let ((), count) = allocations(|| {
            let _ = n.is_normalized(text);
        });
        if count != 0 {
            failures.push(format!("{name}: is_normalized: {count} allocations"));
        }
        let mut buf = String::with_capacity(4 * text.len());
        let ((), count) = allocations(|| n.normalize_into(text, &mut buf));
        if count != 0 {
            failures.push(format!(
                "{name}: normalize_into with room: {count} allocations"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
