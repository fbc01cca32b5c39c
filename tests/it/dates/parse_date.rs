//! `parse_date`: one date expression accepted, and each error kind with what and where.

use arabic_text::{Date, DateFinder, DateKind, DateValue, ParseDateErrorKind, Weekday, parse_date};

// ---------------------------------------------------------------------------------------
// parse_date
// ---------------------------------------------------------------------------------------

#[test]
fn parse_date_accepts_one_date_expression() {
    let cases: &[(&str, &str, DateKind)] = &[
        ("١٧ دجنبر 2014", "2014-12-17", DateKind::Absolute),
        ("17 ديسمبر 2014", "2014-12-17", DateKind::Absolute),
        ("شتنبر 2011", "2011-09", DateKind::Absolute),
        ("شهر شتنبر 2011", "2011-09", DateKind::Absolute),
        ("كانون الأول/ديسمبر 2014", "2014-12", DateKind::Absolute),
        (
            "من 12 إلى 15 يوليوز 2019",
            "2019-07-12/2019-07-15",
            DateKind::Absolute,
        ),
        ("الفاتح من نوفمبر 1954", "1954-11-01", DateKind::Absolute),
        (
            "27 شعبان 1432 (29 يوليوز 2011)",
            "2011-07-29 [1432-08-27 AH]",
            DateKind::Absolute,
        ),
        ("17/12/2014", "2014-12-17", DateKind::Absolute),
        ("2014-12-17", "2014-12-17", DateKind::Absolute),
        ("سنة 2011", "2011", DateKind::Absolute),
        ("حركة 20 فبراير", "--02-20", DateKind::NamedEvent),
        ("شتنبر الماضي", "--09", DateKind::RelativeUnresolved),
        // Surrounding white space and closing punctuation are allowed.
        ("  17 دجنبر 2014  ", "2014-12-17", DateKind::Absolute),
        ("17 دجنبر 2014.", "2014-12-17", DateKind::Absolute),
        ("17 دجنبر 2014،", "2014-12-17", DateKind::Absolute),
    ];
    for &(text, value, kind) in cases {
        let m = parse_date(text).unwrap_or_else(|e| panic!("«{text}»: {e}"));
        assert_eq!(m.value.to_string(), value, "«{text}»");
        assert_eq!(m.kind, kind, "«{text}»");
        assert_eq!(
            &text[m.span],
            text.trim().trim_end_matches(['.', '،']),
            "«{text}»"
        );
    }

    let m = parse_date("الأربعاء 17 دجنبر 2014").expect("a date");
    assert_eq!(m.weekday, Some(Weekday::Wednesday));
    assert_eq!(m.weekday_matches, Some(true));

    let finder = DateFinder::new().with_reference(2014, 12, 17);
    let m = finder.parse("شتنبر الماضي").expect("a date");
    assert_eq!(m.value, DateValue::Gregorian(Date::ym(2014, 9)));
    assert_eq!(m.kind, DateKind::RelativeResolved);
    let m = finder.parse("يوم أمس الاثنين").expect("a date");
    assert_eq!(m.value, DateValue::Gregorian(Date::ymd(2014, 12, 16)));
    assert_eq!(m.weekday_matches, Some(false));
}

#[test]
fn parse_date_errors_say_what_and_where() {
    // Empty.
    for text in ["", "   ", "\n\t"] {
        let err = parse_date(text).unwrap_err();
        assert_eq!(err.kind(), ParseDateErrorKind::Empty, "«{text}»");
        assert_eq!(err.offset(), 0);
        assert!(err.to_string().contains("empty"), "{err}");
    }

    // No date expression starts the text.
    let err = parse_date("مرحبا بكم في مراكش").unwrap_err();
    assert_eq!(err.kind(), ParseDateErrorKind::NoDate);
    assert_eq!(err.offset(), 0);
    assert!(err.to_string().contains("no date"), "{err}");
    assert!(err.to_string().contains("byte 0"), "{err}");
    let text = "  مرحبا بكم";
    let err = parse_date(text).unwrap_err();
    assert_eq!(err.kind(), ParseDateErrorKind::NoDate);
    assert_eq!(err.offset(), 2);
    assert!(err.to_string().contains("byte 2"), "{err}");
    // A bare month name, the verb مارس and Theresa May are not dates.
    for text in ["شتنبر", "مارس الرياضة", "يناير 2974", "القانون رقم 31.13"]
    {
        let err = parse_date(text).unwrap_err();
        assert_eq!(err.kind(), ParseDateErrorKind::NoDate, "«{text}»");
    }

    // Text after the date.
    let text = "17 دجنبر 2014 في مراكش";
    let err = parse_date(text).unwrap_err();
    assert_eq!(err.kind(), ParseDateErrorKind::TrailingText);
    assert_eq!(err.offset(), "17 دجنبر 2014 ".len());
    assert_eq!(&text[err.offset()..], "في مراكش");
    assert!(err.to_string().contains("after the date"), "{err}");
    assert!(
        err.to_string().contains(&format!("byte {}", err.offset())),
        "{err}"
    );

    // Text before the date: a glued proclitic.
    let text = "وغشت 2019";
    let err = parse_date(text).unwrap_err();
    assert_eq!(err.kind(), ParseDateErrorKind::LeadingText);
    assert_eq!(err.offset(), 0);
    assert!(err.to_string().contains("before the date"), "{err}");
    let err = parse_date("والفاتح من نوفمبر 1954").unwrap_err();
    assert_eq!(err.kind(), ParseDateErrorKind::LeadingText);
    assert_eq!(err.offset(), 0);

    // Days that do not exist.
    let err = parse_date("31 يونيو 2019").unwrap_err();
    assert_eq!(
        err.kind(),
        ParseDateErrorKind::InvalidDate {
            year: Some(2019),
            month: 6,
            day: 31
        }
    );
    assert_eq!(err.offset(), 0);
    let message = err.to_string();
    assert!(message.contains("invalid date"), "{message}");
    assert!(message.contains("day 31"), "{message}");
    assert!(message.contains("month 6"), "{message}");
    assert!(message.contains("2019"), "{message}");

    let text = "  29 فبراير 2019";
    let err = parse_date(text).unwrap_err();
    assert_eq!(
        err.kind(),
        ParseDateErrorKind::InvalidDate {
            year: Some(2019),
            month: 2,
            day: 29
        }
    );
    assert_eq!(err.offset(), 2);
    assert!(err.to_string().contains("day 29"), "{err}");
    assert!(err.to_string().contains("month 2"), "{err}");

    let err = parse_date("31/06/2019").unwrap_err();
    assert_eq!(
        err.kind(),
        ParseDateErrorKind::InvalidDate {
            year: Some(2019),
            month: 6,
            day: 31
        }
    );

    // Without a year, 29 February may exist but 30 February never does.
    assert!(parse_date("29 فبراير").is_ok());
    let err = parse_date("30 فبراير").unwrap_err();
    assert_eq!(
        err.kind(),
        ParseDateErrorKind::InvalidDate {
            year: None,
            month: 2,
            day: 30
        }
    );
    assert!(err.to_string().contains("day 30"), "{err}");
    assert!(err.to_string().contains("month 2"), "{err}");

    // In a leap year it is a date.
    assert_eq!(
        parse_date("29 فبراير 2016").map(|m| m.value),
        Ok(DateValue::Gregorian(Date::ymd(2016, 2, 29)))
    );
}
