//! The seed page: a scraped Moroccan news page with its publication date as reference.

use arabic_text::{
    Date, DateFinder, DateKind, DateMatch, DateValue, MonthNaming, Relative, Weekday, find_dates,
};

// ---------------------------------------------------------------------------------------
// The seed page
// ---------------------------------------------------------------------------------------

/// A page in the style of a scraped Moroccan news site: title, byline with tatweel, the
/// publication date, and a body with relative and month dates.
const SEED_PAGE: &str = "\
مراكش تحتضن المنتدى الإفريقي للمدن المستدامة
كشـ24 - متابعة
نشر في: 17 ديسمبر 2014
احتضنت مدينة مراكش أشغال المنتدى الإفريقي للمدن المستدامة، الذي يجمع ممثلي الجماعات الترابية \
والخبراء، لمناقشة خارطة الطريق التي اعتمدها المنتدى في شتنبر الماضي بالرباط.
وأوضح المنظمون في كلمة الافتتاح أن الفكرة انطلقت في شهر شتنبر 2013 بمبادرة من جمعيات المجتمع المدني، \
بعد لقاء تشاوري نظم شهر شتنبر 2011 بمدينة فاس.
وكانت اللجنة التحضيرية قد عقدت اجتماعها الأخير يوم أمس الاثنين بمقر الولاية، \
بحضور ممثلي القطاعات الحكومية المعنية.
";

#[test]
fn seed_page() {
    let finder = DateFinder::new().with_reference(2014, 12, 17);
    let found: Vec<DateMatch> = finder.find_iter(SEED_PAGE).collect();
    let texts: Vec<&str> = found.iter().map(|m| &SEED_PAGE[m.span]).collect();
    assert_eq!(
        texts,
        [
            "17 ديسمبر 2014",
            "شتنبر الماضي",
            "شهر شتنبر 2013",
            "شهر شتنبر 2011",
            "يوم أمس الاثنين"
        ],
        "{found:#?}"
    );

    let byline = &found[0];
    assert_eq!(byline.value, DateValue::Gregorian(Date::ymd(2014, 12, 17)));
    assert_eq!(byline.kind, DateKind::Absolute);
    assert_eq!(byline.span.start, SEED_PAGE.find("17 ديسمبر").unwrap_or(0));

    let last_september = &found[1];
    assert_eq!(
        last_september.value,
        DateValue::Gregorian(Date::ym(2014, 9))
    );
    assert_eq!(last_september.kind, DateKind::RelativeResolved);
    assert_eq!(
        last_september.relative,
        Some(Relative::NamedMonth {
            month: 9,
            direction: -1
        })
    );
    assert!(last_september.naming.contains(MonthNaming::MOROCCAN));

    for (m, year) in [(&found[2], 2013), (&found[3], 2011)] {
        assert_eq!(m.value, DateValue::Gregorian(Date::ym(year, 9)));
        assert_eq!(m.kind, DateKind::Absolute);
        assert_eq!(m.weekday, None);
        assert_eq!(m.relative, None);
    }

    // 17 December 2014 is a Wednesday: yesterday is Tuesday 16 December, which the page
    // calls Monday.
    let yesterday = &found[4];
    assert_eq!(
        yesterday.value,
        DateValue::Gregorian(Date::ymd(2014, 12, 16))
    );
    assert_eq!(yesterday.kind, DateKind::RelativeResolved);
    assert_eq!(yesterday.relative, Some(Relative::Days(-1)));
    assert_eq!(yesterday.weekday, Some(Weekday::Monday));
    assert_eq!(yesterday.weekday_matches, Some(false));
    assert_eq!(Date::ymd(2014, 12, 16).weekday(), Some(Weekday::Tuesday));

    // Without the reference, the relative dates stay unresolved.
    let kinds: Vec<DateKind> = find_dates(SEED_PAGE).map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            DateKind::Absolute,
            DateKind::RelativeUnresolved,
            DateKind::Absolute,
            DateKind::Absolute,
            DateKind::RelativeUnresolved
        ]
    );
}
