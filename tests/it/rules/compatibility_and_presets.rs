//! The compatibility (NFKC) path, and the presets on lines of a scraped news page.

use arabic_text::Normalizer;

use super::check;

// ---------------------------------------------------------------------------------------
// Compatibility (NFKC) path.

#[test]
fn compatibility_nfkc() {
    check(
        "compatibility_nfkc",
        Normalizer::none().compatibility_nfkc(true),
        &[
            ("isolated fathatan -> space + mark", "\u{FE70}", " \u{064B}"),
            (
                "medial sukun -> tatweel + mark",
                "\u{FE7F}",
                "\u{0640}\u{0652}",
            ),
            ("lam-alef hamza", "\u{FEF7}", "\u{0644}\u{0623}"),
            ("alef wasla isolated", "\u{FB50}", "\u{0671}"),
            ("Latin fi ligature", "\u{FB01}", "fi"),
            ("full-width digit", "\u{FF12}", "2"),
            ("NBSP", "a\u{00A0}b", "a b"),
            ("canonical composition", "\u{0627}\u{0654}", "\u{0623}"),
            ("plain Arabic stays", "كش24", "كش24"),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Whole pipeline: lines of a scraped Moroccan news page.

#[test]
fn preset_clean() {
    check(
        "clean()",
        Normalizer::clean(),
        &[
            (
                "title with BOM and RLM",
                "\u{FEFF}مراكش: انطلاق فعاليات المهرجان الدولي للفيلم\u{200F}",
                "مراكش: انطلاق فعاليات المهرجان الدولي للفيلم",
            ),
            (
                "title with diacritics kept",
                "الحكومة تُصادِق على مشروع قانون المالية",
                "الحكومة تُصادِق على مشروع قانون المالية",
            ),
            ("byline", "كشـ24", "كش24"),
            (
                "byline with a tatweel dash: spaces not collapsed",
                "مراكش ـ كشـ24",
                "مراكش  كش24",
            ),
            ("byline with ZWNJ kept", "كش\u{200C}24", "كش\u{200C}24"),
            (
                "date with NBSP",
                "نشر في:\u{00A0}17 ديسمبر 2014",
                "نشر في: 17 ديسمبر 2014",
            ),
            (
                "date with Arabic-Indic digits kept",
                "نشر في: ١٧\u{202F}ديسمبر ٢٠١٤",
                "نشر في: ١٧ ديسمبر ٢٠١٤",
            ),
            ("body: nothing to do", "في شتنبر الماضي", "في شتنبر الماضي"),
            ("body: hamza kept", "يوم أمس الاثنين", "يوم أمس الاثنين"),
            (
                "body: decomposed hamza composed",
                "يوم ا\u{0654}مس الاثنين",
                "يوم أمس الاثنين",
            ),
            (
                "body: shadda order fixed",
                "مُحَم\u{0651}\u{064E}د",
                "مُحَم\u{064E}\u{0651}د",
            ),
            (
                "PDF letter forms",
                "\u{FEE3}\u{FEAE}\u{FE8D}\u{FEDB}\u{FEB6}",
                "مراكش",
            ),
            (
                "PDF lam-alef keeps its hamza",
                "\u{FEF7}\u{FEE3}\u{FEE6}",
                "لأمن",
            ),
            (
                "embedding around a city name",
                "\u{202B}الدار البيضاء\u{202C}",
                "الدار البيضاء",
            ),
            (
                "ZWSP after a word",
                "الدار\u{200B} البيضاء",
                "الدار البيضاء",
            ),
            ("honorific kept", "قال النبي \u{FDFA}", "قال النبي \u{FDFA}"),
            ("rial sign", "١٠٠ \u{FDFC}", "١٠٠ ريال"),
            (
                "Maghrebi letters kept",
                "ڤيديو من أڭادير",
                "ڤيديو من أڭادير",
            ),
            (
                "teh marbuta and alef maksura kept",
                "مدينة على البحر",
                "مدينة على البحر",
            ),
        ],
    );
}

#[test]
fn preset_search() {
    check(
        "search()",
        Normalizer::search(),
        &[
            (
                "title with BOM and RLM",
                "\u{FEFF}مراكش: انطلاق فعاليات المهرجان الدولي للفيلم\u{200F}",
                "مراكش: انطلاق فعاليات المهرجان الدولي للفيلم",
            ),
            (
                "title with diacritics",
                "الحكومة تُصادِق على مشروع قانون المالية",
                "الحكومه تصادق علي مشروع قانون الماليه",
            ),
            ("byline", "كشـ24", "كش24"),
            (
                "byline with a tatweel dash: spaces not collapsed",
                "مراكش ـ كشـ24",
                "مراكش  كش24",
            ),
            ("byline with ZWNJ deleted", "كش\u{200C}24", "كش24"),
            (
                "date with NBSP",
                "نشر في:\u{00A0}17 ديسمبر 2014",
                "نشر في: 17 ديسمبر 2014",
            ),
            (
                "date with Arabic-Indic digits",
                "\u{200F}نشر في: ١٧\u{202F}ديسمبر ٢٠١٤",
                "نشر في: 17 ديسمبر 2014",
            ),
            ("body: nothing to do", "في شتنبر الماضي", "في شتنبر الماضي"),
            ("body: alef folded", "يوم أمس الاثنين", "يوم امس الاثنين"),
            (
                "body: decomposed hamza, hamza below",
                "يوم ا\u{0654}مس الإثنين",
                "يوم امس الاثنين",
            ),
            (
                "body: security services",
                "أعلنت المديرية العامة للأمن الوطني",
                "اعلنت المديريه العامه للامن الوطني",
            ),
            ("body: hamza carriers", "مسؤولية الرئيس", "مسووليه الرييس"),
            ("body: lone hamza kept", "سماء مراكش", "سماء مراكش"),
            (
                "body: percentage with decimal separator",
                "ارتفعت الأسعار بنسبة ٣٫٥٪",
                "ارتفعت الاسعار بنسبه 3.5٪",
            ),
            (
                "body: amount with thousands separator",
                "بمبلغ ١٬٥٠٠ درهم",
                "بمبلغ 1,500 درهم",
            ),
            (
                "body: Arabic comma kept",
                "في شتنبر الماضي، أعلنت",
                "في شتنبر الماضي، اعلنت",
            ),
            (
                "PDF letter forms",
                "\u{FEE3}\u{FEAE}\u{FE8D}\u{FEDB}\u{FEB6}",
                "مراكش",
            ),
            (
                "PDF lam-alef, alef folded",
                "\u{FEF7}\u{FEE3}\u{FEE6}",
                "لامن",
            ),
            ("Persian keyboard keheh", "مرا\u{06A9}ش", "مراكش"),
            (
                "honorific spelled out, alef maksura folded",
                "قال النبي \u{FDFA}",
                "قال النبي صلي الله عليه وسلم",
            ),
            ("allah ligature", "بسم \u{FDF2}", "بسم الله"),
            ("rial sign", "١٠٠ \u{FDFC}", "100 ريال"),
            ("dagger alef", "ه\u{0670}ذا", "هذا"),
            (
                "Maghrebi letters kept, alef folded",
                "ڤيديو من أڭادير",
                "ڤيديو من اڭادير",
            ),
        ],
    );
}
