//! The built-in sample page, shared with `examples/clean.rs`.

/// A page written for the project in the style of a scraped Moroccan news page: a title,
/// a byline with tatweel, a publication line, a body with a Maghrebi month name, a
/// relative month (`في شتنبر الماضي`) and day (`أمس الأربعاء`), an RLM, an NBSP, a
/// presentation-form ligature and trailing spaces, and the body printed a second time.
pub const SAMPLE_PAGE: &str = "\
اختتام الدورة الأولى لمهرجان الفيلم الوثائقي بورزازات
مراكشـ24\u{200F}
نشر في: 12 نونبر 2015 مراكشـ24
اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي،\u{00A0}التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.   
وأكد رئيس المهرجان أن الدورة المقبلة ستُنظم في شهر ماي 2016 \u{FEFB}ستقبال عدد أكبر من المخرجين الشباب.
اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي،\u{00A0}التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.
وأكد رئيس المهرجان أن الدورة المقبلة ستُنظم في شهر ماي 2016 \u{FEFB}ستقبال عدد أكبر من المخرجين الشباب.
";
