//! The pipeline on pages written for the project in the style of scraped Maghrebi news
//! pages: one copy of the body, the publication date, relative dates resolved against it,
//! spans that index the page as given.

use std::borrow::Cow;

use arabic_text::{
    Cleaned, Cleaner, Date, DateKind, DateValue, Deduper, Normalizer, PublicationSource, Relative,
    RemovalKind, Whitespace,
};

use crate::common::presentation::in_presentation_forms;

/// A Marrakech page: title, byline with tatweel, publication line, a four-paragraph body
/// printed twice. 12 November 2015 is a Thursday, so `أمس الأربعاء` is 11 November.
const TITLE: &str = "اختتام الدورة الأولى لمهرجان الفيلم الوثائقي بورزازات\n";
const BYLINE: &str = "مراكشـ24\n";
const PUBLISHED: &str = "نشر في: 12 نونبر 2015\n";
const BODY: &str = "\
اختتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم الوثائقي، التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.
وأكد رئيس المهرجان أن لجنة التحكيم شاهدت اثنين وثلاثين فيلما، وأن الجائزة الكبرى عادت لفيلم عن واحات درعة.
وكانت الجمعية المنظمة قد أعلنت عن المهرجان في شهر ماي 2015 خلال ندوة صحفية بالرباط.
وتقرر تنظيم الدورة الثانية في أبريل المقبل بمشاركة مخرجين شباب من القارة الإفريقية.
";

fn page() -> String {
    format!("{TITLE}{BYLINE}{PUBLISHED}{BODY}{BODY}")
}

/// The text of every date of `cleaned`, read through its span in `page`.
fn date_texts<'p>(page: &'p str, cleaned: &Cleaned<'_>) -> Vec<&'p str> {
    cleaned.dates.iter().map(|d| &page[d.span]).collect()
}

#[test]
fn seed_style_page_keeps_one_body_and_resolves_relative_dates() {
    let page = page();
    let cleaned = arabic_text::clean(&page);

    // One copy of the body, the tatweel of the byline gone (the `clean` preset).
    let expected = format!("{TITLE}مراكش24\n{PUBLISHED}{BODY}");
    assert_eq!(cleaned.text, expected);
    assert_eq!(cleaned.text.matches("واحات درعة").count(), 1);

    // The second copy of the body is one removal, pointing back at the first.
    assert_eq!(cleaned.removals.len(), 1);
    let removal = &cleaned.removals[0];
    assert_eq!(removal.kind, RemovalKind::RepeatedRun);
    assert_eq!(&page[removal.removed], BODY);
    assert_eq!(&page[removal.kept], BODY.trim_end());
    assert_eq!(cleaned.bytes_removed(), BODY.len());

    // The byline states the publication date.
    let published = cleaned.published.clone().expect("a publication date");
    assert_eq!(published.date, Date::ymd(2015, 11, 12));
    assert_eq!(published.source, PublicationSource::Byline);
    assert_eq!(&page[published.span.unwrap()], "12 نونبر 2015");

    // Dates of the kept text only, in order, spans into the page as given.
    let texts = date_texts(&page, &cleaned);
    assert_eq!(texts.len(), 5, "{texts:?}");
    let body_start = TITLE.len() + BYLINE.len() + PUBLISHED.len();
    for date in &cleaned.dates[1..] {
        assert!(date.span.start >= body_start && date.span.end <= body_start + BODY.len());
    }
    assert_eq!(texts[0], "12 نونبر 2015");
    assert!(texts[1].contains("أمس"));
    assert_eq!(
        cleaned.dates[1].value,
        DateValue::Gregorian(Date::ymd(2015, 11, 11))
    );
    assert_eq!(cleaned.dates[1].kind, DateKind::RelativeResolved);
    // `أمس الأربعاء`: the weekday agrees with the day before Thursday.
    assert_ne!(cleaned.dates[1].weekday_matches, Some(false));
    assert_eq!(texts[2], "شتنبر الماضي");
    assert_eq!(
        cleaned.dates[2].value,
        DateValue::Gregorian(Date::ym(2015, 9))
    );
    assert!(texts[3].contains("ماي 2015"));
    assert_eq!(
        cleaned.dates[3].value,
        DateValue::Gregorian(Date::ym(2015, 5))
    );
    // `أبريل المقبل` after November 2015 is April 2016.
    assert_eq!(texts[4], "أبريل المقبل");
    assert_eq!(
        cleaned.dates[4].value,
        DateValue::Gregorian(Date::ym(2016, 4))
    );
    assert_eq!(
        cleaned.dates[4].relative,
        Some(Relative::NamedMonth {
            month: 4,
            direction: 1
        })
    );
}

#[test]
fn a_date_alone_on_a_head_line_is_the_publication_date() {
    // A Tunisian page: the date line carries a weekday and a time, no cue word.
    let page = "\
تونس: انطلاق الحملة الوطنية للتلقيح ضد النزلة الموسمية
الأربعاء 18 جانفي 2017 - 10:30
انطلقت يوم أمس الحملة الوطنية للتلقيح في كامل ولايات الجمهورية، على أن تتواصل إلى غاية فيفري المقبل.
";
    let cleaned = arabic_text::clean(page);
    let published = cleaned.published.clone().expect("a publication date");
    assert_eq!(published.source, PublicationSource::DateLine);
    assert_eq!(published.date, Date::ymd(2017, 1, 18));
    let texts = date_texts(page, &cleaned);
    let yesterday = texts.iter().position(|t| t.contains("أمس")).unwrap();
    assert_eq!(
        cleaned.dates[yesterday].value,
        DateValue::Gregorian(Date::ymd(2017, 1, 17))
    );
    let february = texts.iter().position(|t| t.contains("فيفري")).unwrap();
    assert_eq!(
        cleaned.dates[february].value,
        DateValue::Gregorian(Date::ym(2017, 2))
    );
    // Nothing to remove and nothing to normalize: the page comes back borrowed.
    assert!(matches!(cleaned.text, Cow::Borrowed(_)));
}

#[test]
fn a_byline_cue_wins_over_an_earlier_date_line() {
    // The first line is a date alone (an event date in a kicker), the third a byline.
    let page = "\
الأحد 3 يونيو 2018
الجزائر تحتفي بعيد الاستقلال
آخر تحديث: 04 جويلية 2018
أكد الوزير أمس أن الاحتفالات ستتواصل إلى غاية الأسبوع المقبل.
";
    let cleaned = arabic_text::clean(page);
    let published = cleaned.published.clone().unwrap();
    assert_eq!(published.source, PublicationSource::Byline);
    assert_eq!(published.date, Date::ymd(2018, 7, 4));
    let texts = date_texts(page, &cleaned);
    let yesterday = texts.iter().position(|t| *t == "أمس").unwrap();
    assert_eq!(
        cleaned.dates[yesterday].value,
        DateValue::Gregorian(Date::ymd(2018, 7, 3))
    );
}

#[test]
fn a_byline_on_a_long_head_line_or_past_the_fifth_line_is_found() {
    // The first lines are read only when they could hold the publication date: a line of
    // many words, or one past the fifth, only for a cue word. These have one.
    let long = "وأفادت مصادر مطلعة أن اللجنة الجهوية المكلفة بمتابعة الوضع الصحي عقدت اجتماعا \
                استثنائيا بمقر الولاية خصص للنظر في الإجراءات الجديدة، نشر في 17 ديسمبر 2014 \
                على الساعة العاشرة صباحا بتوقيت تونس";
    let page = format!("الحملة الوطنية للتلقيح\n{long}\nانطلقت الحملة يوم أمس.\n");
    let published = arabic_text::clean(&page).published.expect("a byline");
    assert_eq!(published.source, PublicationSource::Byline);
    assert_eq!(published.date, Date::ymd(2014, 12, 17));
    let lines = ["سطر", "سطر آخر", "سطر ثالث", "سطر رابع", "سطر خامس"].join("\n");
    let page = format!("{lines}\nآخر تحديث: 04 جويلية 2018\nأكد الوزير أمس ذلك.\n");
    let published = arabic_text::clean(&page).published.expect("a byline");
    assert_eq!(published.date, Date::ymd(2018, 7, 4));
    // Past the fifth line, a date alone is no date line.
    let page = format!("{lines}\n04 جويلية 2018\nأكد الوزير أمس ذلك.\n");
    assert_eq!(arabic_text::clean(&page).published, None);
}

#[test]
fn a_date_inside_a_title_sentence_is_not_a_publication_date() {
    // The title names a date among many words: no byline, no date line.
    let page = "\
المغرب يستضيف قمة المناخ في مراكش من 7 إلى 18 نونبر 2016 بمشاركة دولية واسعة
وقالت الوزيرة إن التحضيرات انطلقت في يناير الماضي.
";
    let cleaned = arabic_text::clean(page);
    assert_eq!(cleaned.published, None);
    let texts = date_texts(page, &cleaned);
    let january = texts.iter().position(|t| t.contains("يناير")).unwrap();
    assert_eq!(cleaned.dates[january].kind, DateKind::RelativeUnresolved);
}

#[test]
fn a_relative_byline_is_not_a_publication_date() {
    let page = "نشر في: أمس\nوقع الحادث في شتنبر الماضي.\n";
    let cleaned = arabic_text::clean(page);
    assert_eq!(cleaned.published, None);
    assert!(
        cleaned
            .dates
            .iter()
            .all(|d| d.kind == DateKind::RelativeUnresolved)
    );
}

#[test]
fn the_caller_can_give_the_publication_date() {
    let page = page();
    let cleaner = Cleaner::new().published_on(2016, 3, 2).unwrap();
    let cleaned = cleaner.clean(&page);
    let published = cleaned.published.clone().unwrap();
    assert_eq!(published.source, PublicationSource::Given);
    assert_eq!(published.span, None);
    // `شتنبر الماضي` before March 2016 is September 2015, `أبريل المقبل` April 2016.
    let texts = date_texts(&page, &cleaned);
    let september = texts.iter().position(|t| *t == "شتنبر الماضي").unwrap();
    assert_eq!(
        cleaned.dates[september].value,
        DateValue::Gregorian(Date::ym(2015, 9))
    );
    let yesterday = texts.iter().position(|t| t.contains("أمس")).unwrap();
    assert_eq!(
        cleaned.dates[yesterday].value.gregorian(),
        Some(Date::ymd(2016, 3, 1))
    );
    let err = Cleaner::new().published_on(2015, 2, 29).unwrap_err();
    assert!(err.to_string().contains("2015"), "{err}");
}

#[test]
fn spans_index_the_page_as_given_with_tatweel_crlf_and_invisibles() {
    // CRLF, a month name stretched with tatweel, an RLM and an NBSP: the normalized text
    // loses them, the spans still index the page as given.
    let body = "وأعلن المجلس الجماعي في شتنبـر الماضي عن برنامج\u{00A0}لتأهيل الأحياء الناقصة التجهيز بالمدينة القديمة.\r\n";
    let page = format!("تأهيل المدينة القديمة\r\nنشر في:\u{200F} 17 دجنبـر 2014\r\n{body}{body}");
    let cleaned = arabic_text::clean(&page);
    let texts = date_texts(&page, &cleaned);
    assert_eq!(texts, ["17 دجنبـر 2014", "شتنبـر الماضي"]);
    assert_eq!(
        cleaned.published.clone().unwrap().date,
        Date::ymd(2014, 12, 17)
    );
    assert_eq!(
        cleaned.dates[1].value,
        DateValue::Gregorian(Date::ym(2014, 9))
    );
    let expected_body = "وأعلن المجلس الجماعي في شتنبر الماضي عن برنامج لتأهيل الأحياء الناقصة التجهيز بالمدينة القديمة.\r\n";
    assert_eq!(
        cleaned.text,
        format!("تأهيل المدينة القديمة\r\nنشر في: 17 دجنبر 2014\r\n{expected_body}")
    );
}

#[test]
fn a_paragraph_glued_to_its_copy_is_cut_and_normalized_once() {
    // Within-line repeat: the removal joins the text mid-line.
    let sentence =
        "وأكد رئيس الجماعة أن الأشغال ستنطلق في ماي المقبل بغلاف مالي يناهز عشرين مليون درهم.";
    let page = format!("مشروع جديد\nنشر في: 5 مارس 2019\n{sentence} {sentence}\nانتهى.\n");
    let cleaned = arabic_text::clean(&page);
    assert_eq!(cleaned.removals.len(), 1);
    assert_eq!(cleaned.removals[0].kind, RemovalKind::WithinLine);
    assert_eq!(
        cleaned.text,
        format!("مشروع جديد\nنشر في: 5 مارس 2019\n{sentence}\nانتهى.\n")
    );
    // `ماي المقبل` once (the copy's is in the removed part), after March 2019: May 2019.
    let mays: Vec<_> = cleaned
        .dates
        .iter()
        .filter(|d| page[d.span].contains("ماي"))
        .collect();
    assert_eq!(mays.len(), 1);
    assert_eq!(mays[0].value, DateValue::Gregorian(Date::ym(2019, 5)));
    assert!(mays[0].span.end <= page.find(sentence).unwrap() + sentence.len());
}

#[test]
fn the_pipeline_equals_its_steps_for_every_preset() {
    let page = page();
    for normalizer in [
        Normalizer::clean(),
        Normalizer::search(),
        Normalizer::lucene(),
        Normalizer::camel(),
        Normalizer::search().whitespace(Whitespace::CollapseAndTrim),
    ] {
        let cleaner = Cleaner::new().normalizer(normalizer);
        let expected = normalizer
            .normalize(&Deduper::new().dedup(&page))
            .into_owned();
        assert_eq!(cleaner.clean(&page).text, expected, "{normalizer:?}");
    }
}

#[test]
fn switches_turn_steps_off() {
    let page = page();
    let kept = Cleaner::new().dedup(false).clean(&page);
    assert!(kept.removals.is_empty());
    assert_eq!(kept.text, page.replace("مراكشـ24", "مراكش24"));
    // Without dedup the body's dates are found twice, the byline's once.
    assert_eq!(kept.dates.len(), 9);

    let no_dates = Cleaner::new().dates(false).clean(&page);
    assert!(no_dates.dates.is_empty());
    assert_eq!(no_dates.published, None);
    assert_eq!(no_dates.text, arabic_text::clean(&page).text);

    let no_publication = Cleaner::new().find_publication(false).clean(&page);
    assert_eq!(no_publication.published, None);
    let september = no_publication
        .dates
        .iter()
        .find(|d| page[d.span] == *"شتنبر الماضي")
        .unwrap();
    assert_eq!(september.kind, DateKind::RelativeUnresolved);
}

#[test]
fn clean_into_reuses_its_buffers_and_equals_clean() {
    let cleaner = Cleaner::new().normalizer(Normalizer::search());
    let pages = [
        page(),
        String::new(),
        "Texte sans arabe.\n".to_string(),
        page(),
    ];
    let mut out = Cleaned::default();
    for page in &pages {
        cleaner.clean_into(page, &mut out);
        let expected = cleaner.clean(page);
        assert_eq!(out.text, expected.text);
        assert_eq!(out.removals, expected.removals);
        assert_eq!(out.dates, expected.dates);
        assert_eq!(out.published, expected.published);
    }
    // The text buffer is the one made for the first page (it had room ever since).
    let capacity = match &out.text {
        Cow::Owned(text) => text.capacity(),
        Cow::Borrowed(_) => panic!("clean_into leaves an owned text"),
    };
    assert!(capacity >= page().len() / 2);
}

#[test]
fn empty_and_non_arabic_input() {
    let empty = arabic_text::clean("");
    assert!(matches!(empty.text, Cow::Borrowed("")));
    assert!(empty.removals.is_empty() && empty.dates.is_empty() && empty.published.is_none());

    let latin = "Festival\nLe jury a vu trente films.\nLe jury a vu trente films.\n";
    let cleaned = arabic_text::clean(latin);
    // A 26-character line is short (not the title): it stays, however often it repeats.
    assert_eq!(cleaned.text, latin);
    assert!(cleaned.dates.is_empty());
}

#[test]
fn the_publication_date_is_one_of_the_dates_reported() {
    // Read alone, the byline line holds `2019/05/03`; read with the next line, the
    // finder takes `2019/05/03/` then `2014` as no date at all. The pipeline reports a
    // publication date only when it is one of the dates it reports.
    let page = "آخر تحديث: 2019/05/03/\n2014";
    let cleaned = arabic_text::clean(page);
    assert_eq!(cleaned.published, None);
    assert!(cleaned.dates.is_empty());
    let alone = arabic_text::clean("آخر تحديث: 2019/05/03\nنص الخبر");
    assert_eq!(alone.published.map(|p| p.date), Some(Date::ymd(2019, 5, 3)));
}

#[test]
fn the_publication_date_wins_over_the_finders_own_reference() {
    // The finder was given a reference (17 December 2015); the page states its own date,
    // 12 July 2015 (a Sunday), against which `أمس` is 11 July.
    let page = "نشر في: الأحد 12 يوليوز 2015\nوقع الحادث أمس بالقرب من المحطة.\n";
    let cleaner =
        Cleaner::new().date_finder(arabic_text::DateFinder::new().with_reference(2015, 12, 17));
    let cleaned = cleaner.clean(page);
    assert_eq!(cleaned.published.unwrap().date, Date::ymd(2015, 7, 12));
    let yesterday = cleaned
        .dates
        .iter()
        .find(|d| page[d.span] == *"أمس")
        .unwrap();
    assert_eq!(
        yesterday.value,
        DateValue::Gregorian(Date::ymd(2015, 7, 11))
    );
    // With no date in the page, the finder's own reference is used.
    let bare = cleaner.clean("وقع الحادث أمس بالقرب من المحطة.");
    assert_eq!(bare.published, None);
    assert_eq!(
        bare.dates[0].value,
        DateValue::Gregorian(Date::ymd(2015, 12, 16))
    );
}

#[test]
fn one_cleaner_gives_each_record_its_own_date() {
    // The way a corpus gives each record the date of its metadata (`clean
    // --published-field`): the shared cleaner is `Copy`, a record's own is one call away.
    let text = "وقع الحادث أمس بالقرب من المحطة.";
    let base = Cleaner::new();
    for (time, yesterday) in [
        ("2017-01-20", Date::ymd(2017, 1, 19)),
        ("2016-03-01", Date::ymd(2016, 2, 29)),
        ("2015-01-01", Date::ymd(2014, 12, 31)),
    ] {
        let date: Date = time.parse().unwrap();
        let (Some(y), Some(m), Some(d)) = (date.year, date.month, date.day) else {
            panic!("{time} is not a whole day");
        };
        let cleaned = base.published_on(y, m, d).unwrap().clean(text);
        assert_eq!(cleaned.published.unwrap().date, date);
        assert_eq!(cleaned.dates[0].value, DateValue::Gregorian(yesterday));
        assert_eq!(cleaned.dates[0].kind, DateKind::RelativeResolved);
    }
    // No date for the record, and none taken from its byline: `أمس` stays unresolved.
    let page = format!("نشر في: 12 نونبر 2015\n{text}");
    let cleaned = base.find_publication(false).clean(&page);
    assert_eq!(cleaned.published, None);
    let yesterday = cleaned.dates.last().unwrap();
    assert_eq!(&page[yesterday.span], "أمس");
    assert_eq!(yesterday.kind, DateKind::RelativeUnresolved);
    assert_eq!(yesterday.relative, Some(Relative::Days(-1)));
}

#[test]
fn a_page_in_presentation_forms_has_the_dates_of_the_plain_page() {
    // The same page as a PDF extraction gives it: every letter in a presentation form.
    let plain = page();
    let presented = in_presentation_forms(&plain);
    assert_ne!(plain, presented);
    let (a, b) = (arabic_text::clean(&plain), arabic_text::clean(&presented));
    assert_eq!(
        a.published.as_ref().map(|p| p.date),
        Some(Date::ymd(2015, 11, 12))
    );
    assert_eq!(
        a.published.as_ref().map(|p| p.date),
        b.published.as_ref().map(|p| p.date)
    );
    let values = |c: &Cleaned<'_>| -> Vec<(DateValue, DateKind)> {
        c.dates.iter().map(|d| (d.value, d.kind)).collect()
    };
    assert!(!a.dates.is_empty());
    assert_eq!(values(&a), values(&b));
    // The spans index the page as given, and read back the same words.
    for (p, q) in a.dates.iter().zip(&b.dates) {
        use unicode_normalization::UnicodeNormalization;
        let written: String = presented[q.span].nfkc().collect();
        assert_eq!(written, plain[p.span]);
    }
    // The cleaned text reads as the plain page's.
    assert_eq!(a.text, b.text);
}

#[test]
fn a_glued_conjunction_in_presentation_forms_joins_two_months() {
    // Found by the presentation-forms property: `و` glued to a month in its presentation
    // form was not read as `و`.
    let text = in_presentation_forms("فبراير ويناير 1990 وأكد");
    let found: Vec<String> = arabic_text::find_dates(&text)
        .map(|d| d.value.to_string())
        .collect();
    assert_eq!(found, ["1990-02", "1990-01"]);
}

/// Every date of a page maps to where it stands in the cleaned text, through the
/// repeats removed before it and the characters the normalizer changed.
#[test]
fn dates_map_to_their_place_in_the_cleaned_text() {
    let body =
        "وأكد \u{200F}المسؤول أن البرنامج انطلـق في شتنبر الماضي، ويستمر حتى 17 ﺩﺟﻨﺒﺮ 2015.\n";
    let page = format!("الجمعية تطلق برنامجها\nكشـ24\nنشر في: 17 ديسمبر 2014\n{body}{body}");
    let (cleaned, offsets) = arabic_text::Cleaner::new().clean_with_offsets(&page);
    assert_eq!(cleaned, arabic_text::Cleaner::new().clean(&page));
    assert!(!cleaned.removals.is_empty());
    assert!(cleaned.dates.len() >= 3, "{:?}", cleaned.dates);
    for date in &cleaned.dates {
        let shown = offsets
            .output_span(date.span)
            .unwrap_or_else(|| panic!("{:?} is kept", &page[date.span]));
        let expected = arabic_text::Normalizer::clean().normalize(&page[date.span]);
        assert_eq!(&cleaned.text[shown], expected, "{:?}", &page[date.span]);
    }
    for removal in &cleaned.removals {
        assert_eq!(offsets.output_span(removal.removed), None);
        let kept = offsets
            .output_span(removal.kept)
            .expect("the kept copy stays");
        assert!(!kept.is_empty());
    }
}
