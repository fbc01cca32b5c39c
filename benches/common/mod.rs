//! Generated news for the benches: documents in the style of scraped Maghrebi news pages
//! (title, byline, publication line, paragraphs), every fourth printing its body twice,
//! separated by a blank line; and the cut of a text into documents at blank lines.
//!
//! Each bench uses what it needs of this module.
#![allow(dead_code)]

/// Words of Moroccan and Tunisian news copy.
pub const WORDS: &[&str] = &[
    "أعلنت",
    "وزارة",
    "الداخلية",
    "عن",
    "إطلاق",
    "برنامج",
    "جديد",
    "لدعم",
    "المقاولات",
    "الصغرى",
    "في",
    "جهة",
    "الدار",
    "البيضاء",
    "سطات",
    "وأكد",
    "المسؤول",
    "أن",
    "هذه",
    "المبادرة",
    "تندرج",
    "ضمن",
    "الاستراتيجية",
    "الوطنية",
    "للتشغيل",
    "على",
    "مستوى",
    "الجماعات",
    "الترابية",
    "والمؤسسات",
    "العمومية",
    "جانب",
    "الشركاء",
    "الدوليين",
    "مؤكدا",
    "أهمية",
    "التنسيق",
    "مختلف",
    "المتدخلين",
    "يتسنى",
    "تحقيق",
    "الأهداف",
    "المسطرة",
    "قبل",
    "نهاية",
    "الرئيس",
    "مدرسة",
    "استضاف",
    "أبطال",
    "الفيلم",
    "التونسي",
    "الطويل",
    "ومخرج",
    "العمل",
    "بقاعة",
    "السينما",
    "بسوسة",
    "الحكومة",
    "المجلس",
    "الجهوي",
    "صفاقس",
    "بمراكش",
    "الرباط",
    "تونس",
    "المنتخب",
    "البطولة",
    "الموسم",
    "النقابة",
    "الإضراب",
    "الأسعار",
    "الأسواق",
    "2014",
    "17",
    "120",
    "شتنبر",
    "جانفي",
    "دجنبر",
    "كشـ24",
    "Rabat",
    "(MAP)",
];

pub const MONTHS: &[&str] = &["جانفي", "فيفري", "أفريل", "ماي", "شتنبر", "دجنبر", "يوليوز"];

/// A fixed linear congruential sequence.
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % n
    }

    pub fn words(&mut self, count: usize, out: &mut String) {
        for k in 0..count {
            if k > 0 {
                out.push(if self.below(12) == 0 { '،' } else { ' ' });
                if out.ends_with('،') {
                    out.push(' ');
                }
            }
            out.push_str(WORDS[self.below(WORDS.len())]);
        }
    }

    /// A paragraph of 15 to 60 words.
    pub fn paragraph(&mut self) -> String {
        let mut p = String::new();
        let count = 15 + self.below(46);
        self.words(count, &mut p);
        // One paragraph in three dates itself against the publication line.
        match self.below(6) {
            0 => p.push_str(&format!(" في {} الماضي", MONTHS[self.below(MONTHS.len())])),
            1 => p.push_str(" يوم أمس"),
            _ => {}
        }
        p.push('.');
        p
    }
}

/// A news document (title, byline, date line, 2 to 13 paragraphs, no final line break)
/// and, when it prints its body twice, what must remain of it.
pub fn document(rng: &mut Rng, body_twice: bool) -> (String, Option<String>) {
    let mut doc = String::new();
    let title_words = 6 + rng.below(6);
    rng.words(title_words, &mut doc);
    doc.push('\n');
    doc.push_str(
        [
            "كشـ24",
            "تونس – الصباح نيوز",
            "الرباط (و م ع)",
            "بقلم: محمد بن علي",
        ][rng.below(4)],
    );
    doc.push_str(&format!(
        "\nنشر في: {} {} 201{}\n",
        1 + rng.below(28),
        MONTHS[rng.below(MONTHS.len())],
        rng.below(9)
    ));
    let paragraphs: Vec<String> = (0..2 + rng.below(12)).map(|_| rng.paragraph()).collect();
    let body = paragraphs.join("\n");
    doc.push_str(&body);
    if body_twice {
        let once = doc.clone();
        doc.push('\n');
        doc.push_str(&body);
        (doc, Some(once))
    } else {
        (doc, None)
    }
}

/// About `size` bytes of documents separated by a blank line, and the expected output of
/// each document that prints its body twice.
pub fn news(size: usize) -> (String, Vec<(String, String)>) {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut text = String::with_capacity(size + 8192);
    let mut twice = Vec::new();
    let mut n = 0;
    while text.len() < size {
        if n > 0 {
            text.push_str("\n\n");
        }
        let (doc, expected) = document(&mut rng, n % 4 == 3);
        text.push_str(&doc);
        if let Some(expected) = expected {
            twice.push((doc, expected));
        }
        n += 1;
    }
    (text, twice)
}

/// The documents of a text: cut at blank lines.
pub fn documents(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").filter(|d| !d.is_empty())
}

/// `text` as fully diacritized text is written: a haraka after every Arabic letter but
/// the long vowels (fatha, damma, kasra and sukun in turn) and a shadda with a fatha on
/// every seventh, so that the documents and their repeats stay what they were.
pub fn diacritized(text: &str) -> String {
    const HARAKAT: [&str; 4] = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0652}"];
    let mut out = String::with_capacity(text.len() * 2);
    let mut n = 0usize;
    for c in text.chars() {
        out.push(c);
        if matches!(c, '\u{0628}'..='\u{063A}' | '\u{0641}'..='\u{0647}') {
            n += 1;
            if n % 7 == 0 {
                out.push_str("\u{0651}\u{064E}");
            } else {
                out.push_str(HARAKAT[n % 4]);
            }
        }
    }
    out
}
