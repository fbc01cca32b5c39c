//! Compatibility cases for the `lucene` and `camel` presets.
//!
//! Each case is `(name, input, expected)`, one per line. The expected outputs follow the
//! reference implementations:
//!
//! * `Normalizer::lucene()`: Apache Lucene's `ArabicNormalizer.normalize`, applied per
//!   UTF-16 unit: `آ أ إ` (U+0622, U+0623, U+0625) → `ا`, `ى` U+0649 → `ي`, `ة` U+0629 →
//!   `ه`, tatweel U+0640 and harakat U+064B..=U+0652 deleted. Nothing else: alef wasla
//!   U+0671, dagger alef U+0670, the marks U+0653..=U+0655, presentation forms,
//!   invisible characters, Persian letters and digits are all left as they are.
//! * `Normalizer::camel()`: CAMeL Tools's `normalize_unicode` (U+FDFC → `ريال`, U+FDFD
//!   → the spelled-out basmala, then NFKC over the whole text), then `dediac_ar`
//!   (U+064B..=U+0652 and U+0670 deleted; tatweel stays), `normalize_alef_ar`
//!   (`إ أ ٱ آ` → `ا`), `normalize_alef_maksura_ar` (`ى` → `ي`) and
//!   `normalize_teh_marbuta_ar` (`ة` → `ه`).
//!
//! Every case is checked with `normalize` (which must borrow exactly when the output
//! equals the input) and with `normalize_into` (which must append to the buffer).

use std::borrow::Cow;

use arabic_text::Normalizer;

/// `(name, input, expected)`.
type Case = (&'static str, &'static str, &'static str);

#[rustfmt::skip]
const LUCENE: &[Case] = &[
    // Trivial inputs.
    ("empty", "", ""),
    ("ascii_only", "Rabat, 17 December 2014 - MAP", "Rabat, 17 December 2014 - MAP"),
    ("nothing_to_touch", "نشر في: 17 دجنبر 2014", "نشر في: 17 دجنبر 2014"),
    // News text.
    ("byline_tatweel", "كشـ24", "كش24"),
    ("byline_long_tatweel", "هسبريس ــ الرباط", "هسبريس  الرباط"),
    ("headline_hamza_alefs", "أمطار غزيرة تضرب إقليم الحوز", "امطار غزيره تضرب اقليم الحوز"),
    ("alef_madda", "آخر الأخبار", "اخر الاخبار"),
    ("alef_maksura", "مصطفى يعود إلى الرباط", "مصطفي يعود الي الرباط"),
    ("teh_marbuta_and_lone_hamza_kept", "الدار البيضاء مدينة كبيرة", "الدار البيضاء مدينه كبيره"),
    ("tunisian_headline", "تونس: إضراب عام في قطاع الصحة يوم الخميس", "تونس: اضراب عام في قطاع الصحه يوم الخميس"),
    ("date_with_nbsp_kept", "السنة\u{00A0}2014", "السنه\u{00A0}2014"),
    ("arabic_indic_digits_kept", "١٧ دجنبر ٢٠١٤ الساعة ۱۰", "١٧ دجنبر ٢٠١٤ الساعه ۱۰"),
    ("arabic_punctuation_kept", "هل أنت بخير؟ نعم، الحمد لله.", "هل انت بخير؟ نعم، الحمد لله."),
    ("mixed_latin", "Hespress | هسبريس – أخبار المغرب", "Hespress | هسبريس – اخبار المغرب"),
    ("crlf_and_tab_kept", "سطر أول\r\n\tسطر ثانٍ", "سطر اول\r\n\tسطر ثان"),
    ("social_media_elongation", "مبروووك يا بطـــــل 😍😍", "مبروووك يا بطل 😍😍"),
    // Diacritized text.
    ("harakat_sentence", "كَتَبَ الصَّحَفِيُّ مَقَالًا", "كتب الصحفي مقالا"),
    ("tanween", "كِتَابٌ كِتَابٍ كِتَابًا", "كتاب كتاب كتابا"),
    ("sukun_and_teh_marbuta", "مَدْرَسَةٌ", "مدرسه"),
    ("every_haraka", "ب\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}", "ب"),
    ("lone_fatha", "\u{064E}", ""),
    ("lone_tatweel_run", "\u{0640}\u{0640}\u{0640}", ""),
    ("yeh_hamza_with_harakat", "سُئِلَ", "سئل"),
    // Quranic text: alef wasla and dagger alef are not Lucene's business.
    ("alef_wasla_kept", "ٱلْحَمْدُ لِلَّهِ", "ٱلحمد لله"),
    ("dagger_alef_kept", "هٰذَا", "ه\u{0670}ذا"),
    ("rahman_tatweel_dagger", "ٱلرَّحْمَـٰنِ", "ٱلرحم\u{0670}ن"),
    ("basmala", "بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ", "بسم ٱلله ٱلرحمٰن ٱلرحيم"),
    ("maksura_then_dagger", "عَلَىٰ", "علي\u{0670}"),
    // Marks Lucene does not touch, and no composition.
    ("maddah_mark_kept", "جَا\u{0653}ءَ", "جا\u{0653}ء"),
    ("decomposed_hamza_above_kept", "ا\u{0654}\u{064E}حْمَد", "ا\u{0654}حمد"),
    ("decomposed_hamza_below_kept", "ا\u{0655}\u{0650}سْلَام", "ا\u{0655}سلام"),
    ("maksura_with_hamza_mark", "ى\u{0654}", "ي\u{0654}"),
    ("subscript_alef_kept", "ب\u{0650}\u{0656}", "ب\u{0656}"),
    ("wavy_hamza_alef_kept", "\u{0672}\u{0673}\u{0675} أ", "\u{0672}\u{0673}\u{0675} ا"),
    // Letters Lucene does not fold.
    ("hamza_carriers_kept", "مسؤولية قائد", "مسؤوليه قائد"),
    ("persian_letters_kept", "کتابخانة فارسی", "کتابخانه فارسی"),
    ("maghrebi_letters_kept", "ڤيديو من أڭادير و ڨابس", "ڤيديو من اڭادير و ڨابس"),
    // Invisible characters stay.
    ("zwnj_kept", "مِی\u{200C}روم", "می\u{200C}روم"),
    ("rlm_kept", "\u{200F}أخبار\u{200F}", "\u{200F}اخبار\u{200F}"),
    ("bom_and_zwj_kept", "\u{FEFF}إعلان\u{200D}", "\u{FEFF}اعلان\u{200D}"),
    // Presentation forms and compatibility characters stay.
    ("lam_alef_ligature_kept", "\u{FEF7}\u{064E}", "\u{FEF7}"),
    ("pdf_letters_kept", "\u{FE8D}\u{FEDF}\u{FEE4}\u{FED0}\u{FEAE}\u{FE8F} إ", "\u{FE8D}\u{FEDF}\u{FEE4}\u{FED0}\u{FEAE}\u{FE8F} ا"),
    ("mark_form_kept", "ب\u{FE77}", "ب\u{FE77}"),
    ("honorific_kept", "النبيّ ﷺ", "النبي ﷺ"),
    ("latin_compat_kept", "\u{FB01}lm \u{FF12}٠١٤ مباراة", "\u{FB01}lm \u{FF12}٠١٤ مباراه"),
];

#[rustfmt::skip]
const CAMEL: &[Case] = &[
    // Trivial inputs.
    ("empty", "", ""),
    ("ascii_only", "Rabat, 17 December 2014 - MAP", "Rabat, 17 December 2014 - MAP"),
    ("nothing_to_touch", "نشر في: 17 دجنبر 2014", "نشر في: 17 دجنبر 2014"),
    // News text.
    ("byline_tatweel_kept", "كشـ24", "كشـ24"),
    ("headline_hamza_alefs", "أمطار غزيرة تضرب إقليم الحوز", "امطار غزيره تضرب اقليم الحوز"),
    ("alef_madda", "آخر الأخبار", "اخر الاخبار"),
    ("alef_maksura", "مصطفى يعود إلى الرباط", "مصطفي يعود الي الرباط"),
    ("tunisian_headline", "تونس: إضراب عام في قطاع الصحة يوم الخميس", "تونس: اضراب عام في قطاع الصحه يوم الخميس"),
    ("social_media_elongation_kept", "مبروووك يا بطـــــل 😍😍", "مبروووك يا بطـــــل 😍😍"),
    ("nbsp_to_space", "17\u{00A0}دجنبر\u{202F}2014", "17 دجنبر 2014"),
    ("arabic_digits_kept", "١٧ دجنبر ٢٠١٤ الساعة ۱۰", "١٧ دجنبر ٢٠١٤ الساعه ۱۰"),
    ("fullwidth_digits", "Le \u{FB01}lm «الطريق» ٢٠١٤ – \u{FF12}\u{FF10}\u{FF12}\u{FF14}", "Le film «الطريق» ٢٠١٤ – 2024"),
    ("fullwidth_latin", "\u{FF22}\u{FF22}\u{FF23} عربي", "BBC عربي"),
    ("superscript", "مساحة 20 كلم\u{00B2}", "مساحه 20 كلم2"),
    ("vulgar_fraction", "\u{00BD} ساعة", "1\u{2044}2 ساعه"),
    ("ellipsis_and_ideographic_space", "وماذا بعد\u{2026}\u{3000}؟", "وماذا بعد... ؟"),
    // Diacritized and Quranic text.
    ("harakat_sentence", "كَتَبَ الصَّحَفِيُّ مَقَالًا", "كتب الصحفي مقالا"),
    ("every_haraka", "ب\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}", "ب"),
    ("lone_fatha", "\u{064E}", ""),
    ("alef_wasla_folded", "ٱلْحَمْدُ لِلَّهِ", "الحمد لله"),
    ("dagger_alef_deleted", "ه\u{0670}ذَا", "هذا"),
    ("rahman_tatweel_kept", "ٱلرَّحْمَـٰنِ", "الرحمـن"),
    ("basmala", "بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ", "بسم الله الرحمـن الرحيم"),
    ("maksura_then_dagger", "عَلَى\u{0670}", "علي"),
    // Composition by NFKC.
    ("decomposed_hamza_above", "ا\u{0654}حمد", "احمد"),
    ("decomposed_hamza_after_fatha", "ا\u{064E}\u{0654}مِير", "امير"),
    ("decomposed_maddah", "ا\u{0653}خر", "اخر"),
    ("decomposed_hamza_below", "ا\u{0655}سلام", "اسلام"),
    ("decomposed_hamza_then_maddah", "ا\u{0654}\u{0653}", "ا\u{0653}"),
    ("decomposed_waw_hamza_kept", "مسو\u{0654}ول", "مسؤول"),
    ("decomposed_yeh_hamza_kept", "قاي\u{0654}د", "قائد"),
    ("hamza_mark_after_beh_kept", "ب\u{0654}", "ب\u{0654}"),
    ("maksura_with_hamza_mark", "ى\u{0654}", "ي\u{0654}"),
    ("maddah_after_beh_kept", "ب\u{0653}", "ب\u{0653}"),
    // Presentation forms from PDF extraction.
    ("pdf_letters", "\u{FE8D}\u{FEDF}\u{FEE4}\u{FED0}\u{FEAE}\u{FE8F}", "المغرب"),
    ("pdf_teh_marbuta_final", "\u{FEE3}\u{FEAA}\u{FEF4}\u{FEE8}\u{FE94}", "مدينه"),
    ("pdf_alef_maksura_final", "\u{FEF0}", "ي"),
    ("lam_alef_hamza_above", "\u{FEF7}", "لا"),
    ("lam_alef_hamza_below", "\u{FEF9}", "لا"),
    ("lam_alef_madda", "\u{FEF5}\u{FEF6}", "لالا"),
    ("lam_alef_plain", "\u{FEFB}", "لا"),
    ("yeh_hamza_alef_ligature", "\u{FBEA}", "ئا"),
    ("persian_forms_not_folded", "\u{FB8F}\u{FBFC}", "\u{06A9}\u{06CC}"),
    // Isolated and medial mark forms leave a space or a tatweel.
    ("isolated_fathatan_form", "\u{FE70}", " "),
    ("tatweel_fathatan_form", "\u{FE71}", "\u{0640}"),
    ("isolated_fatha_form", "\u{FE76}", " "),
    ("medial_fatha_form", "ب\u{FE77}", "ب\u{0640}"),
    ("isolated_shadda_after_letter", "ب\u{FE7C}", "ب "),
    ("medial_shadda_form", "\u{FE7D}", "\u{0640}"),
    ("shadda_fatha_ligature", "\u{FC60}", " "),
    ("shadda_fatha_medial_ligature", "\u{FCF2}", "\u{0640}"),
    // Honorific ligatures and the rial sign.
    ("rial_sign", "100 \u{FDFC}", "100 ريال"),
    ("basmala_ligature", "\u{FDFD}", "بسم الله الرحمن الرحيم"),
    ("salla_ligature", "محمد \u{FDFA}", "محمد صلي الله عليه وسلم"),
    ("jalla_jalaluhu_ligature", "الله \u{FDFB}", "الله جل جلاله"),
    ("allah_ligature", "\u{FDF2}", "الله"),
    // Letters and invisible characters CAMeL leaves alone.
    ("persian_letters_kept", "کتابخانة فارسی", "کتابخانه فارسی"),
    ("maghrebi_letters_kept", "ڤيديو من أڭادير و ڨابس", "ڤيديو من اڭادير و ڨابس"),
    ("hamza_carriers_kept", "مسؤولية قائد", "مسؤوليه قائد"),
    ("wavy_hamza_alefs_kept", "\u{0672}\u{0673} أ", "\u{0672}\u{0673} ا"),
    ("high_hamza_alef_decomposed", "\u{0675}", "\u{0627}\u{0674}"),
    ("zwnj_kept", "مِی\u{200C}روم", "می\u{200C}روم"),
    ("rlm_kept", "\u{200F}أخبار\u{200F}", "\u{200F}اخبار\u{200F}"),
];

/// Checks every case with both entry points; returns a description of each failure.
fn check(preset: &str, normalizer: Normalizer, cases: &[Case]) -> Vec<String> {
    let mut failures = Vec::new();
    for &(name, input, expected) in cases {
        let got = normalizer.normalize(input);
        if got != expected {
            failures.push(format!(
                "{preset}/{name}: normalize({input:?}) = {:?}, expected {expected:?}",
                got.as_ref()
            ));
        }
        let borrowed = matches!(got, Cow::Borrowed(_));
        if borrowed != (input == expected) {
            failures.push(format!(
                "{preset}/{name}: normalize({input:?}) returned {}",
                if borrowed {
                    "Cow::Borrowed"
                } else {
                    "Cow::Owned"
                }
            ));
        }
        // `normalize_into` appends without clearing.
        let mut out = String::from("«");
        normalizer.normalize_into(input, &mut out);
        if out.strip_prefix('«') != Some(expected) {
            failures.push(format!(
                "{preset}/{name}: normalize_into({input:?}) appended {out:?}, expected «{expected:?}"
            ));
        }
    }
    failures
}

fn assert_cases(preset: &str, normalizer: Normalizer, cases: &[Case]) {
    let mut names: Vec<&str> = cases.iter().map(|case| case.0).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "{preset}: duplicate case names");
    assert!(cases.len() >= 30, "{preset}: only {} cases", cases.len());
    let failures = check(preset, normalizer, cases);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn lucene_cases() {
    assert_cases("lucene", Normalizer::lucene(), LUCENE);
}

#[test]
fn camel_cases() {
    assert_cases("camel", Normalizer::camel(), CAMEL);
}

#[test]
fn lucene_borrows_untouched_text() {
    let lucene = Normalizer::lucene();
    for text in [
        "",
        "Rabat, 17 December 2014",
        "نشر في: 17 دجنبر 2014",
        // Characters next to the ones Lucene touches: alef wasla, dagger alef, the
        // hamza and maddah marks, Farsi yeh, keheh, Arabic-Indic digits, ZWNJ, RLM.
        "ٱلحمد ه\u{0670}ذا ا\u{0653}\u{0654}\u{0655} فارسی کتاب ١٢٣ می\u{200C}روم \u{200F}",
        "\u{FEF7} \u{FE77} ﷺ \u{FB01}",
    ] {
        let out = lucene.normalize(text);
        assert!(
            matches!(out, Cow::Borrowed(_)),
            "lucene().normalize({text:?}) did not borrow"
        );
        assert_eq!(out, text);
        assert!(lucene.is_normalized(text));
    }
}
