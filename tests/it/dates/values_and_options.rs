//! The values a match holds, the month namings, and the finder's options.

use arabic_text::{Date, DateFinder, DateValue, HijriDate, MonthNaming, find_dates};

// ---------------------------------------------------------------------------------------
// Values, namings and options
// ---------------------------------------------------------------------------------------

#[test]
fn values_are_the_documented_variants() {
    let one = |text: &str| {
        let found: Vec<_> = find_dates(text).collect();
        assert_eq!(found.len(), 1, "«{text}»: {found:?}");
        found.into_iter().next().map(|m| m.value)
    };
    assert_eq!(
        one("نشر في 17 دجنبر 2014"),
        Some(DateValue::Gregorian(Date::ymd(2014, 12, 17)))
    );
    assert_eq!(
        one("في شهر شتنبر 2011"),
        Some(DateValue::Gregorian(Date::ym(2011, 9)))
    );
    assert_eq!(one("سنة 2011"), Some(DateValue::Gregorian(Date::y(2011))));
    assert_eq!(
        one("فاتح ماي"),
        Some(DateValue::Gregorian(Date {
            year: None,
            month: Some(5),
            day: Some(1)
        }))
    );
    assert_eq!(
        one("من 12 إلى 15 يوليوز 2019"),
        Some(DateValue::Range(
            Date::ymd(2019, 7, 12),
            Date::ymd(2019, 7, 15)
        ))
    );
    assert_eq!(
        one("27 شعبان 1432 (29 يوليوز 2011)"),
        Some(DateValue::Hijri {
            hijri: HijriDate {
                year: Some(1432),
                month: Some(8),
                day: Some(27)
            },
            gregorian: Some(Date::ymd(2011, 7, 29)),
            converted: false,
        })
    );
    assert_eq!(
        one("1 محرم 1400"),
        Some(DateValue::Hijri {
            hijri: HijriDate {
                year: Some(1400),
                month: Some(1),
                day: Some(1)
            },
            gregorian: Some(Date::ymd(1979, 11, 21)),
            converted: true,
        })
    );
    // A Hijri month and year is not a day: nothing is converted.
    assert_eq!(
        one("شوال 1435"),
        Some(DateValue::Hijri {
            hijri: HijriDate {
                year: Some(1435),
                month: Some(10),
                day: None
            },
            gregorian: None,
            converted: false,
        })
    );
}

#[test]
fn namings_say_which_regional_sets() {
    let naming = |text: &str| {
        let found: Vec<_> = find_dates(text).collect();
        assert_eq!(found.len(), 1, "«{text}»: {found:?}");
        found[0].naming
    };
    let ma = naming("17 دجنبر 2014");
    assert!(ma.contains(MonthNaming::MOROCCAN));
    assert!(!ma.contains(MonthNaming::STANDARD) && !ma.contains(MonthNaming::LEVANTINE));
    let dz = naming("14 جانفي 2011");
    assert!(dz.contains(MonthNaming::ALGERIAN_TUNISIAN));
    assert!(!dz.contains(MonthNaming::MOROCCAN) && !dz.contains(MonthNaming::STANDARD));
    let mr = naming("6 أغشت 2008");
    assert!(mr.contains(MonthNaming::MAURITANIAN));
    assert!(!mr.contains(MonthNaming::STANDARD));
    let std = naming("17 ديسمبر 2014");
    for set in [
        MonthNaming::STANDARD,
        MonthNaming::MOROCCAN,
        MonthNaming::ALGERIAN_TUNISIAN,
        MonthNaming::MAURITANIAN,
    ] {
        assert!(
            std.contains(set),
            "ديسمبر is in every Gregorian set but the Levantine"
        );
    }
    assert!(!std.contains(MonthNaming::LEVANTINE));
    let lev = naming("14 شباط 2005");
    assert!(lev.contains(MonthNaming::LEVANTINE));
    assert!(!lev.contains(MonthNaming::STANDARD));
    let pair = naming("كانون الأول/ديسمبر 2014");
    assert!(pair.contains(MonthNaming::LEVANTINE) && pair.contains(MonthNaming::STANDARD));
    let hijri = naming("27 شعبان 1432 (29 يوليوز 2011)");
    assert!(hijri.contains(MonthNaming::HIJRI) && hijri.contains(MonthNaming::MOROCCAN));
    let may = naming("ماي 2014");
    assert!(may.contains(MonthNaming::MOROCCAN) && may.contains(MonthNaming::ALGERIAN_TUNISIAN));
    assert!(!may.contains(MonthNaming::LEVANTINE));
    assert!(naming("17/12/2014").is_empty());
    assert!(naming("سنة 2011").is_empty());
}

#[test]
fn year_only_mentions_can_be_switched_off() {
    let text = "عاد إلى المغرب سنة 2011 ثم سافر في شتنبر 2013";
    let on: Vec<_> = DateFinder::new()
        .find_iter(text)
        .map(|m| &text[m.span])
        .collect();
    assert_eq!(on, ["سنة 2011", "شتنبر 2013"]);
    let off: Vec<_> = DateFinder::new()
        .year_only(false)
        .find_iter(text)
        .map(|m| &text[m.span])
        .collect();
    assert_eq!(off, ["شتنبر 2013"]);
}

#[test]
fn libyan_names_behind_the_option_or_their_era() {
    let libyan = DateFinder::new().libyan_names(true);
    // The Jamahiriya era: year = Gregorian − 632; 13 August 2017 is 13 هانيبال 1385.
    let text = "صدر القرار في 13 هانيبال 1385 و.ر عن اللجنة الشعبية العامة";
    let found: Vec<_> = libyan.find_iter(text).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(&text[found[0].span], "13 هانيبال 1385 و.ر");
    assert_eq!(found[0].value, DateValue::Gregorian(Date::ymd(2017, 8, 13)));
    assert!(found[0].naming.contains(MonthNaming::LIBYAN));
    // Off by default, but a year of the Libyan era (`و.ر`) says which names these are.
    let found: Vec<_> = find_dates(text).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].value, DateValue::Gregorian(Date::ymd(2017, 8, 13)));
    assert_eq!(find_dates("صدر القرار في 13 هانيبال 1385").count(), 0);
    assert_eq!(find_dates("13 هانيبال 2017").count(), 0);
    // The names are ordinary words without a day and a year.
    for text in [
        "قضى عطلة الصيف 2015 في طرابلس",
        "شرب الماء بعد الجولة",
        "استقبل ناصر بوريطة نظيره الليبي",
        "غرد الطير فوق الشجرة",
    ] {
        let found: Vec<_> = libyan.find_iter(text).collect();
        assert!(found.is_empty(), "«{text}»: {found:?}");
    }
    // A Gregorian year with a Libyan month name.
    let text = "13 هانيبال 2017";
    let found: Vec<_> = libyan.find_iter(text).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].value, DateValue::Gregorian(Date::ymd(2017, 8, 13)));
}

#[test]
fn a_bad_reference_is_reported_or_refused() {
    let err = DateFinder::new()
        .try_with_reference(2014, 2, 30)
        .unwrap_err();
    assert_eq!((err.year(), err.month(), err.day()), (2014, 2, 30));
    assert!(err.to_string().contains("2014-02-30"), "{err}");
    // `with_reference` refuses it loudly: a reference silently ignored would leave every
    // relative date unresolved.
    let refused = std::panic::catch_unwind(|| DateFinder::new().with_reference(2014, 2, 30));
    let message = refused.expect_err("an impossible reference panics");
    let message = message
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(message.contains("2014-02-30"), "{message}");
    assert!(DateFinder::new().try_with_reference(2016, 2, 29).is_ok());
    assert!(DateFinder::new().try_with_reference(2014, 13, 1).is_err());
}
