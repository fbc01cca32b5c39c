//! Date bugs the properties found, with the behaviour they should have.

use arabic_text::{DateFinder, DateKind, DateValue};

use super::REFERENCE;

// ---------------------------------------------------------------------------------------
// Date bugs the properties found, with the behaviour they should have. Run them with
// `cargo test --test date_properties -- --ignored`.
// ---------------------------------------------------------------------------------------

/// Found by `prop_sentences_are_sound` with the whole `i32` range of reference years
/// (minimal input: `"الشهر المقبل"` with the reference `(i32::MIN, 1, 1)`).
/// `with_reference` accepts any year, but resolving a relative expression against a year
/// at either end of `i32` overflows: a panic in debug builds (`attempt to multiply with
/// overflow` in `Matcher::resolve`), a wrapped year in release builds; `أمس` against
/// `i32::MIN-01-01` resolves to `2147483647-12-31` even in debug. Either the reference
/// should be refused (`try_with_reference` → `InvalidDate`) or the expression left
/// unresolved; it must not panic, and a resolved year must be next to the reference's.
#[test]
fn date_bug_relative_dates_overflow_at_extreme_reference_years() {
    let cases: &[((i32, u8, u8), &str)] = &[
        ((i32::MIN, 1, 1), "الشهر المقبل"),
        ((i32::MIN, 1, 1), "الشهر الماضي"),
        ((i32::MIN, 1, 1), "شتنبر الماضي"),
        ((i32::MIN, 1, 1), "السنة الماضية"),
        ((i32::MIN, 1, 1), "أمس"),
        ((i32::MIN, 1, 1), "الأسبوع الماضي"),
        ((i32::MAX, 12, 17), "السنة المقبلة"),
        ((i32::MAX, 12, 17), "شتنبر المقبل"),
        ((i32::MAX, 12, 31), "غدا"),
        ((i32::MAX, 12, 31), "الأسبوع المقبل"),
        ((i32::MAX, 12, 17), "الشهر المقبل"),
    ];
    let mut failures = Vec::new();
    for &((y, m, d), text) in cases {
        // Refusing the reference is one of the two fixes.
        let Ok(finder) = DateFinder::new().try_with_reference(y, m, d) else {
            continue;
        };
        let result = std::panic::catch_unwind(|| finder.find_iter(text).collect::<Vec<_>>());
        let Ok(found) = result else {
            failures.push(format!("{text:?} against {y}-{m}-{d}: panics"));
            continue;
        };
        for found in found
            .iter()
            .filter(|f| f.kind == DateKind::RelativeResolved)
        {
            let first = found.value.gregorian().and_then(|g| g.year);
            let last = match found.value {
                DateValue::Range(_, b) => b.year,
                _ => first,
            };
            let years = [first, last];
            if years
                .iter()
                .flatten()
                .any(|&year| (i64::from(year) - i64::from(y)).abs() > 1)
            {
                failures.push(format!(
                    "{text:?} against {y}-{m}-{d}: resolved to {}",
                    found.value
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Found by `prop_decorations_change_nothing_in_news_text` in CI: marks and invisible
/// characters on the word after `اليوم` hid that it is a definite adjective
/// (`اليوم الداخلية`), so the decorated text gave a date the plain text did not.
#[test]
fn decorations_on_the_word_after_today_change_nothing() {
    let finder = DateFinder::new().with_reference(REFERENCE.0, REFERENCE.1, REFERENCE.2);
    let plain = "أعلنتأعلنت0واليوم الداخلية";
    let decorated = "أ\u{64e}ـع\u{64e}ـل\u{64e}ـن\u{64e}ـت\u{64e}ـأ\u{64e}ـع\u{64e}ـل\u{64e}ـن\u{64e}ـت\u{64e}0و\u{64e}ـا\u{64e}ـل\u{64e}ـي\u{64e}ـو\u{64e}ـم\u{64e}\u{200f}\u{200f} \u{200f}ا\u{64e}ـل\u{64e}ـد\u{64e}ـا\u{64e}ـخ\u{64e}ـل\u{64e}ـي\u{64e}ـة\u{64e}";
    for text in [plain, decorated, "واليوم الداخلية\u{200f}", "اليوم الوطنيّ"]
    {
        assert_eq!(finder.find_iter(text).count(), 0, "{text:?}");
    }
    // `ى` is not the adjective ending: `اليوم الذكرى الرابعة` is today.
    assert_eq!(finder.find_iter("اليوم الذكرى\u{200f} الرابعة").count(), 1);
}
