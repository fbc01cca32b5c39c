//! Rule 1: canonical composition and mark order.

use arabic_text::{AlefFold, Normalizer};

use super::{check, esc};

// ---------------------------------------------------------------------------------------
// Rule 1: canonical composition and mark order.

#[test]
fn canonical_composition() {
    check(
        "canonical_composition",
        Normalizer::none().canonical_composition(true),
        &[
            // The eight Unicode compositions with U+0653..=U+0655 second.
            (
                "alef + maddah U+0653 (range start)",
                "\u{0627}\u{0653}",
                "\u{0622}",
            ),
            ("alef + hamza above U+0654", "\u{0627}\u{0654}", "\u{0623}"),
            (
                "alef + hamza below U+0655 (range end)",
                "\u{0627}\u{0655}",
                "\u{0625}",
            ),
            ("waw + hamza above", "\u{0648}\u{0654}", "\u{0624}"),
            ("yeh + hamza above", "\u{064A}\u{0654}", "\u{0626}"),
            ("heh goal + hamza above", "\u{06C1}\u{0654}", "\u{06C2}"),
            ("yeh barree + hamza above", "\u{06D2}\u{0654}", "\u{06D3}"),
            ("ae + hamza above", "\u{06D5}\u{0654}", "\u{06C0}"),
            ("inside a word: مسألة", "مسا\u{0654}لة", "مسألة"),
            ("inside a word: سؤال", "سو\u{0654}ال", "سؤال"),
            (
                "two compositions in a row",
                "\u{0627}\u{0655}\u{064A}\u{0654}",
                "\u{0625}\u{0626}",
            ),
            (
                "precomposed letters stay",
                "\u{0622}\u{0623}\u{0624}\u{0625}\u{0626}",
                "\u{0622}\u{0623}\u{0624}\u{0625}\u{0626}",
            ),
            // Marks just outside U+0653..=U+0655 compose with nothing.
            (
                "alef + sukun U+0652 (below the range) stays",
                "\u{0627}\u{0652}",
                "\u{0627}\u{0652}",
            ),
            (
                "alef + subscript alef U+0656 (above the range) stays",
                "\u{0627}\u{0656}",
                "\u{0627}\u{0656}",
            ),
            // Pairs Unicode does not compose.
            (
                "heh U+0647 + hamza above stays",
                "\u{0647}\u{0654}",
                "\u{0647}\u{0654}",
            ),
            (
                "farsi yeh U+06CC + hamza above stays",
                "\u{06CC}\u{0654}",
                "\u{06CC}\u{0654}",
            ),
            (
                "alef maksura + hamza above stays",
                "\u{0649}\u{0654}",
                "\u{0649}\u{0654}",
            ),
            (
                "beh + hamza above stays",
                "\u{0628}\u{0654}",
                "\u{0628}\u{0654}",
            ),
            ("waw + maddah stays", "\u{0648}\u{0653}", "\u{0648}\u{0653}"),
            (
                "waw + hamza below stays",
                "\u{0648}\u{0655}",
                "\u{0648}\u{0655}",
            ),
            ("yeh + maddah stays", "\u{064A}\u{0653}", "\u{064A}\u{0653}"),
            (
                "yeh + hamza below stays",
                "\u{064A}\u{0655}",
                "\u{064A}\u{0655}",
            ),
            (
                "heh goal + maddah stays",
                "\u{06C1}\u{0653}",
                "\u{06C1}\u{0653}",
            ),
            (
                "ae + hamza below stays",
                "\u{06D5}\u{0655}",
                "\u{06D5}\u{0655}",
            ),
            (
                "hamza mark at the start of text stays",
                "\u{0654}",
                "\u{0654}",
            ),
            ("Latin e + acute is not composed", "e\u{0301}", "e\u{0301}"),
            // Canonical order: fathatan 27, fatha 30, kasra 32, shadda 33, sukun 34,
            // dagger alef 35.
            (
                "shadda + fatha -> fatha + shadda (30 < 33)",
                "\u{0628}\u{0651}\u{064E}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "shadda + kasra -> kasra + shadda (32 < 33)",
                "\u{0628}\u{0651}\u{0650}",
                "\u{0628}\u{0650}\u{0651}",
            ),
            (
                "shadda + fathatan -> fathatan + shadda (27 < 33)",
                "\u{0628}\u{0651}\u{064B}",
                "\u{0628}\u{064B}\u{0651}",
            ),
            (
                "sukun + shadda -> shadda + sukun (33 < 34)",
                "\u{0628}\u{0652}\u{0651}",
                "\u{0628}\u{0651}\u{0652}",
            ),
            (
                "dagger alef + shadda -> shadda + dagger alef (33 < 35)",
                "\u{0628}\u{0670}\u{0651}",
                "\u{0628}\u{0651}\u{0670}",
            ),
            (
                "three marks sorted",
                "\u{0628}\u{0652}\u{0651}\u{064E}",
                "\u{0628}\u{064E}\u{0651}\u{0652}",
            ),
            (
                "fatha + shadda already in order",
                "\u{0628}\u{064E}\u{0651}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "shadda + sukun already in order",
                "\u{0628}\u{0651}\u{0652}",
                "\u{0628}\u{0651}\u{0652}",
            ),
            (
                "reordered in a word: محمّد",
                "مُحَم\u{0651}\u{064E}د",
                "مُحَم\u{064E}\u{0651}د",
            ),
            // Composition after ordering; a mark of a lower class does not block.
            (
                "alef + hamza + fatha -> U+0623 + fatha",
                "\u{0627}\u{0654}\u{064E}",
                "\u{0623}\u{064E}",
            ),
            (
                "alef + fatha + hamza -> U+0623 + fatha (30 does not block 230)",
                "\u{0627}\u{064E}\u{0654}",
                "\u{0623}\u{064E}",
            ),
            (
                "alef + hamza below + fatha -> U+0625 + fatha",
                "\u{0627}\u{0655}\u{064E}",
                "\u{0625}\u{064E}",
            ),
            (
                "alef + hamza above + hamza below: 220 sorts first and composes",
                "\u{0627}\u{0654}\u{0655}",
                "\u{0625}\u{0654}",
            ),
            (
                "alef + maddah + hamza: the second mark has no pair",
                "\u{0627}\u{0653}\u{0654}",
                "\u{0622}\u{0654}",
            ),
            (
                "alef + hamza + maddah: the second mark has no pair",
                "\u{0627}\u{0654}\u{0653}",
                "\u{0623}\u{0653}",
            ),
            // Blocked: another mark of class 230 comes between.
            (
                "blocked by inverted damma U+0657 (230)",
                "\u{0627}\u{0657}\u{0654}",
                "\u{0627}\u{0657}\u{0654}",
            ),
            (
                "blocked by small high tah U+0615 (230)",
                "\u{0648}\u{0615}\u{0654}",
                "\u{0648}\u{0615}\u{0654}",
            ),
            (
                "a kept tatweel is a starter: no composition across it",
                "\u{0627}\u{0640}\u{0654}",
                "\u{0627}\u{0640}\u{0654}",
            ),
        ],
    );
}

#[test]
fn canonical_composition_across_deleted_tatweel() {
    check(
        "canonical_composition + remove_tatweel",
        Normalizer::none()
            .canonical_composition(true)
            .remove_tatweel(true),
        &[
            (
                "alef, tatweel, hamza -> U+0623",
                "\u{0627}\u{0640}\u{0654}",
                "\u{0623}",
            ),
            (
                "waw, two tatweels, hamza -> U+0624",
                "\u{0648}\u{0640}\u{0640}\u{0654}",
                "\u{0624}",
            ),
            (
                "alef, tatweel, maddah -> U+0622",
                "\u{0627}\u{0640}\u{0653}",
                "\u{0622}",
            ),
            ("in a word", "مسا\u{0640}\u{0654}لة", "مسألة"),
            (
                "marks on both sides of a tatweel are ordered",
                "\u{0628}\u{0651}\u{0640}\u{064E}",
                "\u{0628}\u{064E}\u{0651}",
            ),
            (
                "heh + tatweel + hamza: no pair",
                "\u{0647}\u{0640}\u{0654}",
                "\u{0647}\u{0654}",
            ),
            ("tatweel alone", "كشـ24", "كش24"),
        ],
    );
}

#[test]
fn canonical_composition_then_other_marks_in_diacritized_prose() {
    // Long enough for the engine to take the prose a stretch of blocks at a time. With
    // the alef and hamza carriers not folded, a hamza above must still compose with
    // its letter, fatha or sukun between them or not, before the marks go.
    let prose = "كَتَبَ ٱلطَّالِبُ دَرْسَهُ ".repeat(4);
    let text = format!(
        "{prose}\u{0633}\u{064E}\u{0627}\u{064E}\u{0654}\u{0644}\u{064E} \
         \u{064A}\u{064F}\u{0648}\u{0652}\u{0654}\u{0645}\u{0650}\u{0646}\u{064F}"
    );
    let expected = format!("{}سأل يؤمن", "كتب ٱلطالب درسه ".repeat(4));
    let n = Normalizer::clean()
        .remove_harakat(true)
        .remove_other_marks(true);
    assert_eq!(esc(&n.normalize(&text)), esc(&expected));
    // With the carriers folded as well (the `search` folds), the same marks may be
    // deleted where they stand: the composed letters fold back.
    let folded = n.alef(AlefFold::All).fold_hamza_carriers(true);
    let expected = format!("{}سال يومن", "كتب الطالب درسه ".repeat(4));
    assert_eq!(esc(&folded.normalize(&text)), esc(&expected));
}

#[test]
fn canonical_composition_then_other_marks() {
    // The remove_other_marks docs: composition first, so a composing hamza is a letter.
    check(
        "canonical_composition + remove_other_marks",
        Normalizer::none()
            .canonical_composition(true)
            .remove_other_marks(true),
        &[
            (
                "alef + hamza above -> U+0623",
                "\u{0627}\u{0654}",
                "\u{0623}",
            ),
            (
                "yeh + hamza above -> U+0626",
                "\u{064A}\u{0654}",
                "\u{0626}",
            ),
            ("alef + maddah -> U+0622", "\u{0627}\u{0653}", "\u{0622}"),
            (
                "beh + hamza: no pair, mark deleted",
                "\u{0628}\u{0654}",
                "\u{0628}",
            ),
            (
                "heh + hamza: no pair, mark deleted",
                "\u{0647}\u{0654}",
                "\u{0647}",
            ),
            (
                "alef + subscript alef U+0656 deleted",
                "\u{0627}\u{0656}",
                "\u{0627}",
            ),
        ],
    );
}
