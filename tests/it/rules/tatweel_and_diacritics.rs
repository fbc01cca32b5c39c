//! Rules 4 and 5: tatweel, and diacritics.

use arabic_text::{DaggerAlef, Normalizer, SmallLetters};

use super::check;

// ---------------------------------------------------------------------------------------
// Rule 4: tatweel.

#[test]
fn tatweel() {
    check(
        "remove_tatweel",
        Normalizer::none().remove_tatweel(true),
        &[
            ("byline", "كشـ24", "كش24"),
            ("stretched word", "جمـــيل", "جميل"),
            ("alone", "\u{0640}", ""),
            (
                "before a mark: the mark stays",
                "\u{0628}\u{0640}\u{064E}",
                "\u{0628}\u{064E}",
            ),
            ("as a dash: the spaces stay", "مراكش ـ كش", "مراكش  كش"),
            ("U+063F (before tatweel) stays", "\u{063F}", "\u{063F}"),
            ("feh U+0641 (after tatweel) stays", "\u{0641}", "\u{0641}"),
            (
                "U+FE71 tatweel with fathatan stays (presentation forms off)",
                "\u{FE71}",
                "\u{FE71}",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Rule 5: diacritics.

#[test]
fn harakat() {
    check(
        "remove_harakat",
        Normalizer::none().remove_harakat(true),
        &[
            (
                "fathatan U+064B (range start)",
                "\u{0628}\u{064B}",
                "\u{0628}",
            ),
            ("dammatan U+064C", "\u{0628}\u{064C}", "\u{0628}"),
            ("kasratan U+064D", "\u{0628}\u{064D}", "\u{0628}"),
            ("fatha U+064E", "\u{0628}\u{064E}", "\u{0628}"),
            ("damma U+064F", "\u{0628}\u{064F}", "\u{0628}"),
            ("kasra U+0650", "\u{0628}\u{0650}", "\u{0628}"),
            ("shadda U+0651", "\u{0628}\u{0651}", "\u{0628}"),
            ("sukun U+0652 (range end)", "\u{0628}\u{0652}", "\u{0628}"),
            ("a word", "كَتَبَ", "كتب"),
            ("shadda + fatha", "\u{0628}\u{0651}\u{064E}", "\u{0628}"),
            (
                "yeh U+064A (before the range) stays",
                "\u{0628}\u{064A}",
                "\u{0628}\u{064A}",
            ),
            (
                "maddah U+0653 (after the range) stays",
                "\u{0627}\u{0653}",
                "\u{0627}\u{0653}",
            ),
            (
                "dagger alef U+0670 stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
            (
                "small kasra U+061A stays",
                "\u{0628}\u{061A}",
                "\u{0628}\u{061A}",
            ),
            (
                "open fathatan U+08F0 stays",
                "\u{0628}\u{08F0}",
                "\u{0628}\u{08F0}",
            ),
        ],
    );
}

#[test]
fn other_marks() {
    check(
        "remove_other_marks",
        Normalizer::none().remove_other_marks(true),
        &[
            (
                "maddah U+0653 (range start)",
                "\u{0628}\u{0653}",
                "\u{0628}",
            ),
            ("hamza above U+0654", "\u{0628}\u{0654}", "\u{0628}"),
            ("hamza below U+0655", "\u{0628}\u{0655}", "\u{0628}"),
            ("subscript alef U+0656", "\u{0628}\u{0656}", "\u{0628}"),
            ("inverted damma U+0657", "\u{0628}\u{0657}", "\u{0628}"),
            (
                "wavy hamza below U+065F (range end)",
                "\u{0628}\u{065F}",
                "\u{0628}",
            ),
            (
                "alef + hamza without composition: mark deleted",
                "\u{0627}\u{0654}",
                "\u{0627}",
            ),
            (
                "sukun U+0652 (before the range) stays",
                "\u{0628}\u{0652}",
                "\u{0628}\u{0652}",
            ),
            (
                "digit zero U+0660 (after the range) stays",
                "\u{0660}",
                "\u{0660}",
            ),
            (
                "dagger alef U+0670 stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
            ("precomposed U+0623 stays", "\u{0623}", "\u{0623}"),
        ],
    );
}

#[test]
fn dagger_alef_keep() {
    check(
        "dagger_alef(Keep)",
        Normalizer::none().dagger_alef(DaggerAlef::Keep),
        &[("هٰذا", "هٰذا", "هٰذا")],
    );
}

#[test]
fn dagger_alef_delete() {
    check(
        "dagger_alef(Delete)",
        Normalizer::none().dagger_alef(DaggerAlef::Delete),
        &[
            ("هٰذا", "ه\u{0670}ذا", "هذا"),
            (
                "الرحمـٰن keeps harakat and tatweel",
                "ٱلرَّحْمَـ\u{0670}نِ",
                "ٱلرَّحْمَـنِ",
            ),
            ("dotless qaf U+066F (before) stays", "\u{066F}", "\u{066F}"),
            ("alef wasla U+0671 (after) stays", "\u{0671}", "\u{0671}"),
            ("fatha stays", "\u{0628}\u{064E}", "\u{0628}\u{064E}"),
        ],
    );
}

#[test]
fn dagger_alef_alef() {
    check(
        "dagger_alef(Alef)",
        Normalizer::none().dagger_alef(DaggerAlef::Alef),
        &[
            ("هٰذا", "ه\u{0670}ذا", "هاذا"),
            ("ذٰلك", "ذ\u{0670}لك", "ذالك"),
            ("dotless qaf U+066F (before) stays", "\u{066F}", "\u{066F}"),
            ("alef wasla U+0671 (after) stays", "\u{0671}", "\u{0671}"),
        ],
    );
}

#[test]
fn quranic_marks() {
    check(
        "remove_quranic_marks",
        Normalizer::none().remove_quranic_marks(true),
        &[
            ("U+0610 (range start)", "\u{0628}\u{0610}", "\u{0628}"),
            ("U+0615", "\u{0628}\u{0615}", "\u{0628}"),
            ("U+061A (range end)", "\u{0628}\u{061A}", "\u{0628}"),
            ("U+06D6 (range start)", "\u{0628}\u{06D6}", "\u{0628}"),
            ("U+06DC (range end)", "\u{0628}\u{06DC}", "\u{0628}"),
            ("U+06DF (range start)", "\u{0628}\u{06DF}", "\u{0628}"),
            ("U+06E4 (range end)", "\u{0628}\u{06E4}", "\u{0628}"),
            ("U+06E7", "\u{0628}\u{06E7}", "\u{0628}"),
            ("U+06E8", "\u{0628}\u{06E8}", "\u{0628}"),
            ("U+06EA (range start)", "\u{0628}\u{06EA}", "\u{0628}"),
            ("U+06ED (range end)", "\u{0628}\u{06ED}", "\u{0628}"),
            ("docs example: harakat stay", "رَيْبَ \u{06DB} فِيهِ", "رَيْبَ  فِيهِ"),
            ("misra U+060F (before U+0610) stays", "\u{060F}", "\u{060F}"),
            (
                "semicolon U+061B (after U+061A) stays",
                "\u{061B}",
                "\u{061B}",
            ),
            ("ae U+06D5 (before U+06D6) stays", "\u{06D5}", "\u{06D5}"),
            (
                "end of ayah U+06DD is not a mark",
                "\u{06DD}\u{0661}",
                "\u{06DD}\u{0661}",
            ),
            ("rub el hizb U+06DE is not a mark", "\u{06DE}", "\u{06DE}"),
            (
                "small waw U+06E5 stays",
                "\u{0647}\u{06E5}",
                "\u{0647}\u{06E5}",
            ),
            (
                "small yeh U+06E6 stays",
                "\u{0647}\u{06E6}",
                "\u{0647}\u{06E6}",
            ),
            (
                "place of sajdah U+06E9 is not a mark",
                "\u{06E9}",
                "\u{06E9}",
            ),
            ("U+06EE (after U+06ED) stays", "\u{06EE}", "\u{06EE}"),
            ("fatha stays", "\u{0628}\u{064E}", "\u{0628}\u{064E}"),
        ],
    );
}

#[test]
fn extended_marks() {
    check(
        "remove_extended_marks",
        Normalizer::none().remove_extended_marks(true),
        &[
            (
                "U+0897 (Extended-B range start)",
                "\u{0628}\u{0897}",
                "\u{0628}",
            ),
            (
                "U+089F (Extended-B range end)",
                "\u{0628}\u{089F}",
                "\u{0628}",
            ),
            (
                "U+08CA (Extended-A range start)",
                "\u{0628}\u{08CA}",
                "\u{0628}",
            ),
            ("U+08E1", "\u{0628}\u{08E1}", "\u{0628}"),
            ("U+08E3", "\u{0628}\u{08E3}", "\u{0628}"),
            ("U+08F0 open fathatan", "\u{0628}\u{08F0}", "\u{0628}"),
            (
                "U+08FF (Extended-A range end)",
                "\u{0628}\u{08FF}",
                "\u{0628}",
            ),
            (
                "U+0896 (before U+0897) stays",
                "\u{0628}\u{0896}",
                "\u{0628}\u{0896}",
            ),
            ("U+0891 piastre mark stays", "\u{0891}", "\u{0891}"),
            ("letter U+08A0 (after U+089F) stays", "\u{08A0}", "\u{08A0}"),
            (
                "U+08C9 (before U+08CA) stays",
                "\u{0628}\u{08C9}",
                "\u{0628}\u{08C9}",
            ),
            ("disputed end of ayah U+08E2 stays", "\u{08E2}", "\u{08E2}"),
            (
                "Devanagari U+0900 (after U+08FF) stays",
                "\u{0915}\u{0900}",
                "\u{0915}\u{0900}",
            ),
            ("fatha stays", "\u{0628}\u{064E}", "\u{0628}\u{064E}"),
        ],
    );
}

#[test]
fn small_letters_keep() {
    check(
        "small_letters(Keep)",
        Normalizer::none().small_letters(SmallLetters::Keep),
        &[
            ("small waw", "لَهُ\u{06E5}", "لَهُ\u{06E5}"),
            ("small yeh", "فِيهِ\u{06E6}", "فِيهِ\u{06E6}"),
        ],
    );
}

#[test]
fn small_letters_delete() {
    check(
        "small_letters(Delete)",
        Normalizer::none().small_letters(SmallLetters::Delete),
        &[
            ("small waw U+06E5", "لَهُ\u{06E5}", "لَهُ"),
            ("small yeh U+06E6", "فِيهِ\u{06E6}", "فِيهِ"),
            ("alone", "\u{06E5}\u{06E6}", ""),
            (
                "U+06E4 (before) stays",
                "\u{0628}\u{06E4}",
                "\u{0628}\u{06E4}",
            ),
            (
                "U+06E7 (after) stays",
                "\u{0628}\u{06E7}",
                "\u{0628}\u{06E7}",
            ),
        ],
    );
}

#[test]
fn small_letters_letter() {
    check(
        "small_letters(Letter)",
        Normalizer::none().small_letters(SmallLetters::Letter),
        &[
            ("small waw U+06E5 -> waw", "لَهُ\u{06E5}", "لَهُ\u{0648}"),
            (
                "small yeh U+06E6 -> yeh U+064A",
                "فِيهِ\u{06E6}",
                "فِيهِ\u{064A}",
            ),
            (
                "U+06E4 (before) stays",
                "\u{0628}\u{06E4}",
                "\u{0628}\u{06E4}",
            ),
            (
                "U+06E7 (after) stays",
                "\u{0628}\u{06E7}",
                "\u{0628}\u{06E7}",
            ),
        ],
    );
}

#[test]
fn diacritics_all_at_once() {
    check(
        "remove_diacritics",
        Normalizer::none().remove_diacritics(true),
        &[
            ("docs example", "ذَٰلِكَ ٱلْكِتَـٰبُ", "ذلك ٱلكتـب"),
            (
                "every class of mark",
                "\u{0628}\u{064E}\u{0654}\u{0670}\u{0610}\u{08F0}",
                "\u{0628}",
            ),
            (
                "small letters are letters: kept",
                "لَهُ\u{06E5}",
                "له\u{06E5}",
            ),
        ],
    );
}
