//! The pool of sentences, and the decorations the comparison key folds away.

// ---------------------------------------------------------------------------------------
// The pool.
// ---------------------------------------------------------------------------------------

/// Long sentences: no sentence starts with the words of another, and no sentence ends
/// with words another starts with (checked by `pool_is_sound`), so that a repeat in a
/// generated document is always one the generator wrote. 5/6 differ in a number, 7/8 in
/// a month, 11/12 in a verb.
pub(super) const LONG: &[&str] = &[
    "أعلنت وزارة الداخلية يوم أمس الاثنين عن إطلاق برنامج جديد لدعم المقاولات الصغرى في جهة الدار البيضاء سطات.",
    "وأكد المسؤول الجهوي أن هذه المبادرة تندرج ضمن الاستراتيجية الوطنية للتشغيل التي أطلقت سنة 2013 بمراكش.",
    "انطلقت صباح اليوم بمدينة صفاقس فعاليات الدورة الثالثة والعشرين للمعرض الدولي للكتاب بمشاركة 120 دار نشر.",
    "Le ministre a rappelé que le programme concerne 4500 jeunes diplômés dans les régions de l'intérieur du pays.",
    "قال رئيس الجامعة التونسية لكرة القدم إن المنتخب سيخوض مباراتين وديتين استعدادا لكأس أمم إفريقيا 2019.",
    "سجل فريق النادي الإفريقي 23 هدفا خلال مرحلة الذهاب من البطولة الوطنية المحترفة هذا الموسم الرياضي.",
    "سجل فريق النادي الإفريقي 67 هدفا خلال مرحلة الذهاب من البطولة الوطنية المحترفة هذا الموسم الرياضي.",
    "تنطلق عملية التسجيل في مناظرة الباكالوريا يوم 17 دجنبر 2014 وتتواصل إلى غاية نهاية الشهر الجاري حسب بلاغ الوزارة.",
    "تنطلق عملية التسجيل في مناظرة الباكالوريا يوم 17 شتنبر 2014 وتتواصل إلى غاية نهاية الشهر الجاري حسب بلاغ الوزارة.",
    "أفادت مصالح الرصد الجوي بأن درجات الحرارة ستعرف انخفاضا ملحوظا بداية من يوم غد بأغلب مناطق الشمال الغربي.",
    "The World Bank approved a loan of 200 million dollars to support water projects in the southern governorates.",
    "دعت النقابة العامة للتعليم الثانوي منخرطيها إلى الدخول في إضراب حضوري يومي الأربعاء والخميس القادمين.",
    "دعت النقابة العامة للتعليم الثانوي منخرطيها إلى تعليق الإضراب الحضوري يومي الأربعاء والخميس القادمين.",
    "كشف تقرير حديث للمعهد الوطني للإحصاء أن نسبة البطالة بلغت 15.3 بالمائة خلال الثلاثية الثانية من سنة 2018.",
    "Selon l'Office national du tourisme, le nombre de visiteurs européens a augmenté de 12% par rapport à l'année dernière.",
    "أشرف والي الجهة على تدشين مستشفى جهوي جديد بطاقة استيعاب تصل إلى 250 سريرا ومصلحة متطورة للمستعجلات.",
    "ولا تزال أسعار الخضر والغلال تشهد ارتفاعا كبيرا في الأسواق الأسبوعية رغم تدخل فرق المراقبة الاقتصادية.",
    "طالب المجتمع المدني بإحداث لجنة لتقصي الحقائق حول أسباب حرائق الغابات التي اندلعت صيف السنة الماضية؟",
];

/// Short lines (keys under 30 characters): titles, bylines, dates, answers, cells, a
/// refrain, a line of punctuation alone (an empty key).
pub(super) const SHORT: &[&str] = &[
    "بقلم: محمد بن علي",
    "نشر في: 17 دجنبر 2014",
    "كشـ24",
    "اقرأ أيضا",
    "نعم",
    "لا",
    "***",
    "الرباط (و م ع)",
    "تونس – الصباح نيوز",
    "الأهداف: 23",
    "مشاهدة الفيديو",
    "Rabat, le 12 mars 2019",
    "النتيجة النهائية 2-1",
    "يا حبيبي يا رسول الله",
    "افتتاح المعرض الدولي للكتاب",
];

// ---------------------------------------------------------------------------------------
// Decorations: what the comparison key folds away.
// ---------------------------------------------------------------------------------------

const HARAKAT: &[char] = &[
    '\u{064E}', '\u{064F}', '\u{0650}', '\u{0652}', '\u{0651}', '\u{064B}', '\u{064C}', '\u{064D}',
];

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}') && c != '\u{0640}'
}

/// `base` written as variant `v` (0 is `base` itself), with the same key: bit 0 tatweel
/// inside words, bit 1 harakat, bits 2-3 Arabic-Indic, extended or mixed digits, bit 4
/// bare alef and `ه ي` for `ة ى` (and `ﻻ` for `لا`), bit 5 invisible marks and NBSP,
/// bit 6 Latin upper case, bit 7 Latin comma, doubled spaces, `!` for the final stop.
pub(super) fn render(base: &str, v: u8) -> String {
    let chars: Vec<char> = base.chars().collect();
    let mut out = String::with_capacity(base.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if v & 16 != 0 && c == 'ل' && next == Some('ا') {
            out.push('\u{FEFB}');
            i += 2;
            continue;
        }
        let mut d = c;
        if v & 16 != 0 {
            d = match c {
                'أ' | 'إ' | 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => c,
            };
        }
        if c.is_ascii_digit() && v & 12 != 0 {
            let n = c as u32 - '0' as u32;
            let script = match (v >> 2) & 3 {
                3 => 1 + (i as u32 % 2),
                s => u32::from(s),
            };
            d = char::from_u32(if script == 1 { 0x0660 + n } else { 0x06F0 + n }).unwrap_or(c);
        }
        if v & 64 != 0 && c.is_ascii_lowercase() {
            d = c.to_ascii_uppercase();
        }
        if v & 128 != 0 && c == '،' {
            d = ',';
        }
        if v & 128 != 0 && i + 1 == chars.len() && c == '.' {
            d = '!';
        }
        if c == ' ' && v & 32 != 0 && i % 3 == 0 {
            out.push('\u{00A0}');
        } else if c == ' ' && v & 128 != 0 && i % 2 == 0 {
            out.push_str("  ");
        } else {
            out.push(d);
        }
        if c == ' ' && v & 32 != 0 && i % 2 == 1 {
            out.push('\u{200F}');
        }
        if is_arabic_letter(c) {
            if v & 2 != 0 && i % 3 != 1 {
                out.push(HARAKAT[(i + usize::from(v)) % HARAKAT.len()]);
            }
            if v & 1 != 0 && i % 4 == 1 && next.is_some_and(is_arabic_letter) {
                out.push('\u{0640}');
            }
        }
        i += 1;
    }
    out
}

/// What a sentence ends with that a within-line removal may take with the first copy.
pub(super) fn core_len(rendered: &str) -> usize {
    rendered
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '؟' | '،' | '…'))
        .len()
}

/// The words of a teaser: the first `words` of a long sentence (at least 4, fewer than
/// all).
pub(super) fn teaser_words(sentence: usize, words: usize) -> String {
    let all: Vec<&str> = LONG[sentence].split(' ').collect();
    let k = 4 + words % (all.len() - 4);
    all[..k].join(" ")
}
