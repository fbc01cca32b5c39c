//! Discrepancies in `src/` found while building the `clean` command (issue 5), kept as
//! regression tests once fixed.

use arabic_text::{RemovalKind, find_repeats, line_fingerprint};

/// Found by `prop_arbitrary_text_is_sound` (tests/it/dedup_properties.rs, which fails on it
/// often enough with a random seed: 179 cases passed before it here). One line holds a
/// sentence, another, a site name, then the first sentence four more times, some glued
/// to the previous one with a tatweel. The first within-line removal is `.ـأعلنت` (13
/// bytes), but the copy it reports as kept is the whole first sentence (607 bytes),
/// which does not read like it, though no removal touches that copy and it ends where
/// the removal starts. The `clean` command prints these spans (`copy of`, `kept_start`,
/// `kept_end`), so the reported copy is wrong there too.
#[test]
fn dedup_bug_within_line_kept_copy_is_not_the_removed_text() {
    let s1 = "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج جديد لدعم المقاولات الصغرى في جهة الدار البيضاء سطات.";
    let s2 = "وأكد المسؤول الجهوي أن هذه المبادرة تندرج ضمن الاستراتيجية الوطنية للتشغيل التي أطلقت سنة 2013 بمراكش.";
    let s3 = "ـتونس – الصباح نيوز";
    let text = format!("\n{s1}{s2}{s3}{s1}ـ{s1}ـ{s1}{s2}{s3}{s1}ـ");
    let removals = find_repeats(&text);
    for r in &removals {
        let kept_whole = !removals
            .iter()
            .any(|o| o.removed.start < r.kept.end && r.kept.start < o.removed.end);
        if r.kind == RemovalKind::WithinLine && kept_whole && r.kept.end == r.removed.start {
            let (kept, removed) = (&text[r.kept.clone()], &text[r.removed.clone()]);
            assert_eq!(
                line_fingerprint(kept),
                line_fingerprint(removed),
                "{r:?}: kept {kept:?} does not read like removed {removed:?}"
            );
        }
    }
}
