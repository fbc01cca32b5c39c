//! The optional features: `serde`, `chrono`, `jiff`, `tantivy`. Each part compiles only
//! with its feature (`cargo test --all-features --test features`).
//!
//! Expected values were derived by hand, not copied from what the code prints:
//!
//! * JSON shapes follow serde's defaults for the derived types (a struct is an object of
//!   its fields, a `Range` is `{"start", "end"}`, a unit variant is its name, a newtype or
//!   tuple variant is `{"Variant": value}`, a struct variant `{"Variant": {fields}}`), and
//!   the documented forms of `Normalizer` (one field per rule, named after its setter),
//!   `DateFinder` (its setters' names) and `MonthNaming` (a list of set names);
//! * spans are located with `str::find` on the text written here;
//! * 17 December 2014 is a Wednesday, so 15 to 21 December 2014 run Monday to Sunday;
//!   2016 is a leap year and 2019 is not; jiff's years stop at 9999.

#![cfg_attr(
    not(any(
        feature = "serde",
        feature = "chrono",
        feature = "jiff",
        feature = "tantivy"
    )),
    allow(unused)
)]

/// The seed page's byline and a relative date in its body.
#[cfg(any(feature = "serde", feature = "chrono", feature = "jiff"))]
const PAGE: &str = "نشر في: 17 ديسمبر 2014\nاعتمدها المنتدى في شتنبر الماضي.";

#[cfg(feature = "serde")]
mod serde {
    use arabic_text::{
        AlefFold, DaggerAlef, Date, DateFinder, DateKind, DateMatch, DateValue, Deduper, Digits,
        HijriDate, Honorifics, LoneHamza, MonthNaming, Normalizer, PersianLetters, Relative,
        Removal, RemovalKind, SmallLetters, Weekday, Whitespace, Zwnj, find_dates, find_repeats,
        parse_date,
    };
    use serde_json::{Value, json};

    use super::PAGE;

    fn round_trip<T>(value: &T) -> T
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
    {
        let text = serde_json::to_string(value).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn date_matches_of_a_real_page_as_json() {
        let finder = DateFinder::new().with_reference(2014, 12, 17);
        let found: Vec<DateMatch> = finder.find_iter(PAGE).collect();
        assert_eq!(found.len(), 2);

        let byline = PAGE.find("17 ديسمبر 2014").unwrap();
        let relative = PAGE.find("شتنبر الماضي").unwrap();
        let expected = json!([
            {
                "span": {"start": byline, "end": byline + "17 ديسمبر 2014".len()},
                "value": {"Gregorian": {"year": 2014, "month": 12, "day": 17}},
                "kind": "Absolute",
                // `ديسمبر` is written in Morocco, Algeria and Tunisia, Mauritania and the
                // Mashriq alike.
                "naming": ["Moroccan", "AlgerianTunisian", "Mauritanian", "Standard"],
                "weekday": null,
                "weekday_matches": null,
                "relative": null,
            },
            {
                "span": {"start": relative, "end": relative + "شتنبر الماضي".len()},
                "value": {"Gregorian": {"year": 2014, "month": 9, "day": null}},
                "kind": "RelativeResolved",
                "naming": ["Moroccan"],
                "weekday": null,
                "weekday_matches": null,
                "relative": {"NamedMonth": {"month": 9, "direction": -1}},
            },
        ]);
        assert_eq!(serde_json::to_value(&found).unwrap(), expected);
        assert_eq!(round_trip(&found), found);
    }

    #[test]
    fn weekday_range_and_hijri_values_round_trip() {
        let text = "الأربعاء 17 دجنبر 2014، ومن 12 إلى 15 يوليوز 2019، ويوم 1 شوال 1436هـ";
        let found: Vec<DateMatch> = find_dates(text).collect();
        assert_eq!(found.len(), 3);

        let first = serde_json::to_value(&found[0]).unwrap();
        assert_eq!(first["weekday"], json!("Wednesday"));
        assert_eq!(first["weekday_matches"], json!(true));

        let range = serde_json::to_value(found[1].value).unwrap();
        assert_eq!(
            range,
            json!({"Range": [
                {"year": 2019, "month": 7, "day": 12},
                {"year": 2019, "month": 7, "day": 15},
            ]})
        );

        let hijri = serde_json::to_value(found[2].value).unwrap();
        assert_eq!(
            hijri["Hijri"]["hijri"],
            json!({"year": 1436, "month": 10, "day": 1})
        );
        assert_eq!(hijri["Hijri"]["converted"], json!(true));
        assert_eq!(found[2].naming, MonthNaming::HIJRI);
        assert_eq!(round_trip(&found), found);
    }

    #[test]
    fn every_date_value_and_relative_shape_round_trips() {
        let values = [
            DateValue::Gregorian(Date::default()),
            DateValue::Range(Date::ym(2019, 7), Date::ym(2019, 8)),
            DateValue::Hijri {
                hijri: HijriDate {
                    year: None,
                    month: Some(9),
                    day: Some(17),
                },
                gregorian: None,
                converted: false,
            },
            DateValue::HijriRange {
                first: HijriDate::default(),
                last: HijriDate::default(),
                gregorian: Some((Date::ymd(2015, 7, 17), Date::ymd(2015, 7, 19))),
            },
        ];
        for value in values {
            assert_eq!(round_trip(&value), value);
        }
        assert_eq!(
            serde_json::to_value(DateValue::Gregorian(Date::y(2011))).unwrap(),
            json!({"Gregorian": {"year": 2011, "month": null, "day": null}})
        );
        for relative in [
            Relative::Days(-2),
            Relative::Weeks(-1),
            Relative::Months(1),
            Relative::Years(-1),
            Relative::NamedMonth {
                month: 9,
                direction: 0,
            },
        ] {
            assert_eq!(round_trip(&relative), relative);
        }
        assert_eq!(
            serde_json::to_value(Relative::Days(-1)).unwrap(),
            json!({"Days": -1})
        );
        for kind in [
            DateKind::Absolute,
            DateKind::RelativeResolved,
            DateKind::RelativeUnresolved,
            DateKind::NamedEvent,
        ] {
            assert_eq!(round_trip(&kind), kind);
        }
        assert_eq!(
            serde_json::to_value(DateKind::NamedEvent).unwrap(),
            json!("NamedEvent")
        );
        for day in 15..=21 {
            let weekday = Date::ymd(2014, 12, day).weekday().unwrap();
            assert_eq!(round_trip(&weekday), weekday);
        }
        assert_eq!(
            serde_json::to_value(Weekday::Sunday).unwrap(),
            json!("Sunday")
        );
    }

    #[test]
    fn month_naming_is_a_list_of_set_names() {
        assert_eq!(serde_json::to_value(MonthNaming::NONE).unwrap(), json!([]));
        let both = MonthNaming::LEVANTINE.union(MonthNaming::LIBYAN);
        assert_eq!(
            serde_json::to_value(both).unwrap(),
            json!(["Levantine", "Libyan"])
        );
        assert_eq!(round_trip(&both), both);
        // Order and repeats do not matter when reading.
        let read: MonthNaming = serde_json::from_str(r#"["Hijri", "Moroccan", "Hijri"]"#).unwrap();
        assert_eq!(read, MonthNaming::MOROCCAN.union(MonthNaming::HIJRI));
        assert!(serde_json::from_str::<MonthNaming>(r#"["Martian"]"#).is_err());
        assert!(serde_json::from_str::<MonthNaming>("3").is_err());
    }

    #[test]
    fn parse_errors_serialize_with_kind_and_offset() {
        let err = parse_date("31 يونيو 2019").unwrap_err();
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            json!({"kind": {"InvalidDate": {"year": 2019, "month": 6, "day": 31}}, "offset": 0})
        );
        assert_eq!(round_trip(&err), err);

        let trailing = parse_date("17 دجنبر 2014 في مراكش").unwrap_err();
        assert_eq!(
            serde_json::to_value(&trailing).unwrap(),
            json!({"kind": "TrailingText", "offset": "17 دجنبر 2014 ".len()})
        );

        // The errors of `Date`'s `FromStr`.
        for (text, kind) in [
            ("2014-1", json!("InvalidFormat")),
            ("2014-13", json!({"InvalidMonth": {"month": 13}})),
            ("---32", json!({"InvalidDay": {"day": 32}})),
        ] {
            let err = text.parse::<arabic_text::Date>().unwrap_err();
            assert_eq!(
                serde_json::to_value(&err).unwrap(),
                json!({"kind": kind, "offset": err.offset()}),
                "{text}"
            );
            assert_eq!(round_trip(&err), err);
        }
    }

    /// Text that every rule of some preset touches: composition, presentation forms,
    /// honorifics, bidi and zero-width controls, ZWNJ, NBSP, tatweel, harakat, dagger
    /// alef, Quranic marks, alef variants, alef maksura, teh marbuta, hamza carriers,
    /// Persian letters, Maghrebi letters, digits, decimal separators, punctuation.
    const MIXED: &str = "ا\u{0654}\u{FEF7} ﷺ \u{200F}می\u{200C}روم\u{00A0}كشـ24 ٱلرَّحْمَـٰنِ \
                         \u{06D6}إلى مسؤولية كبرى مدرسة ڤيديو ١٢٣٫٥ نعم، لماذا؟  ";

    #[test]
    fn a_deserialized_normalizer_normalizes_like_the_original() {
        let normalizers = [
            Normalizer::none(),
            Normalizer::clean(),
            Normalizer::search(),
            Normalizer::lucene(),
            Normalizer::camel(),
            Normalizer::search()
                .digits(Digits::ArabicIndic)
                .punctuation(true)
                .whitespace(Whitespace::CollapseAndTrim)
                .fold_maghrebi_letters(true)
                .zwnj(Zwnj::Space)
                .lone_hamza(LoneHamza::Delete)
                .persian_letters(PersianLetters::FoldFinalYehToAlefMaksura),
            Normalizer::none()
                .dagger_alef(DaggerAlef::Alef)
                .small_letters(SmallLetters::Letter),
        ];
        for original in normalizers {
            let read: Normalizer = round_trip(&original);
            // Equality covers the derived trigger set too.
            assert_eq!(read, original);
            assert_eq!(read.normalize(MIXED), original.normalize(MIXED));
            assert_eq!(read.is_normalized(MIXED), original.is_normalized(MIXED));
        }
        // The rules really differ between the presets on this text.
        assert_ne!(
            Normalizer::search().normalize(MIXED),
            Normalizer::lucene().normalize(MIXED)
        );
    }

    #[test]
    fn normalizer_fields_are_named_after_the_setters() {
        let search = serde_json::to_value(Normalizer::search()).unwrap();
        let object = search.as_object().unwrap();
        assert_eq!(object.len(), 26, "one field per rule: {object:?}");
        assert_eq!(search["canonical_composition"], json!(true));
        assert_eq!(search["remove_tatweel"], json!(true));
        assert_eq!(search["remove_harakat"], json!(true));
        assert_eq!(search["dagger_alef"], json!("Delete"));
        assert_eq!(search["alef"], json!("All"));
        assert_eq!(search["honorifics"], json!("Expand"));
        assert_eq!(search["zwnj"], json!("Delete"));
        assert_eq!(search["digits"], json!("Ascii"));
        assert_eq!(search["fold_maghrebi_letters"], json!(false));
        assert_eq!(search["compatibility_nfkc"], json!(false));
        assert!(!object.contains_key("arabic_triggers"));

        let lucene = serde_json::to_value(Normalizer::lucene()).unwrap();
        assert_eq!(lucene["alef"], json!("Hamza"));
        assert_eq!(lucene["canonical_composition"], json!(false));
    }

    #[test]
    fn a_partial_normalizer_reads_as_the_rules_it_names() {
        let tatweel: Normalizer = serde_json::from_str(r#"{"remove_tatweel": true}"#).unwrap();
        // Built through the setter, whose trigger set is the reference.
        assert_eq!(tatweel, Normalizer::none().remove_tatweel(true));
        assert_eq!(tatweel.normalize("كشـ24"), "كش24");
        assert_eq!(tatweel.normalize("مَرحبًا"), "مَرحبًا");

        let lucene_like: Normalizer = serde_json::from_str(
            r#"{"remove_tatweel": true, "remove_harakat": true, "alef": "Hamza",
                "fold_alef_maksura": true, "fold_teh_marbuta": true}"#,
        )
        .unwrap();
        assert_eq!(lucene_like, Normalizer::lucene());
        assert_eq!(lucene_like.normalize("أَحْمَد"), "احمد");

        let nothing: Normalizer = serde_json::from_str("{}").unwrap();
        assert_eq!(nothing, Normalizer::none());

        // A misspelt rule, or a value of the wrong type, is an error rather than ignored.
        assert!(serde_json::from_str::<Normalizer>(r#"{"remove_tatweal": true}"#).is_err());
        assert!(serde_json::from_str::<Normalizer>(r#"{"alef": "Most"}"#).is_err());
        assert!(serde_json::from_str::<Normalizer>(r#"{"remove_tatweel": 1}"#).is_err());
    }

    #[test]
    fn option_enums_are_their_variant_names() {
        assert_eq!(serde_json::to_value(Zwnj::Space).unwrap(), json!("Space"));
        assert_eq!(
            serde_json::to_value(Whitespace::CollapseAndTrim).unwrap(),
            json!("CollapseAndTrim")
        );
        assert_eq!(
            serde_json::to_value(PersianLetters::FoldFinalYehToAlefMaksura).unwrap(),
            json!("FoldFinalYehToAlefMaksura")
        );
        for alef in [
            AlefFold::Keep,
            AlefFold::Hamza,
            AlefFold::HamzaWasla,
            AlefFold::All,
        ] {
            assert_eq!(round_trip(&alef), alef);
        }
        for digits in [Digits::Keep, Digits::Ascii, Digits::ArabicIndic] {
            assert_eq!(round_trip(&digits), digits);
        }
        assert_eq!(round_trip(&Honorifics::Expand), Honorifics::Expand);
        assert_eq!(round_trip(&SmallLetters::Delete), SmallLetters::Delete);
        assert_eq!(round_trip(&DaggerAlef::Alef), DaggerAlef::Alef);
        assert_eq!(round_trip(&LoneHamza::Delete), LoneHamza::Delete);
        assert_eq!(round_trip(&Zwnj::Delete), Zwnj::Delete);
    }

    #[test]
    fn deduper_and_removals() {
        let deduper = Deduper::new().min_chars(10).title_echo(false);
        assert_eq!(
            serde_json::to_value(deduper).unwrap(),
            json!({"min_chars": 10, "title_echo": false, "truncated": true, "within_line": true, "reflowed": true, "teasers": true})
        );
        let read: Deduper = round_trip(&deduper);
        // Settings left out keep their defaults.
        let partial: Deduper = serde_json::from_str(r#"{"min_chars": 10}"#).unwrap();
        assert_eq!(partial, Deduper::new().min_chars(10));
        let empty: Deduper = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Deduper::default());
        assert_eq!(read, deduper);
        let line = "سطر قصير يتكرر";
        let text = format!("العنوان\n{line}\n{line}\n");
        assert_eq!(read.dedup(&text), format!("العنوان\n{line}\n"));

        let long = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
        let page = format!("{long}\n{long}");
        let removals: Vec<Removal> = find_repeats(&page);
        assert_eq!(removals.len(), 1);
        let value = serde_json::to_value(&removals).unwrap();
        assert_eq!(
            value[0]["kept"],
            json!({"start": 0, "end": long.len()}),
            "{value}"
        );
        assert_eq!(value[0]["kind"], json!("RepeatedRun"));
        assert_eq!(
            value[0]["removed"]["end"],
            json!(page.len()),
            "the second copy runs to the end: {value}"
        );
        assert_eq!(round_trip(&removals), removals);
        for kind in [
            RemovalKind::RepeatedRun,
            RemovalKind::TitleEcho,
            RemovalKind::TruncatedCopy,
            RemovalKind::WithinLine,
            RemovalKind::ReflowedCopy,
        ] {
            assert_eq!(round_trip(&kind), kind);
        }
    }

    /// Every settings type reads `{}` as its `Default`: a setting left out keeps its
    /// default value.
    #[test]
    fn empty_settings_read_as_the_default() {
        assert_eq!(
            serde_json::from_str::<Normalizer>("{}").unwrap(),
            Normalizer::default()
        );
        assert_eq!(
            serde_json::from_str::<Deduper>("{}").unwrap(),
            Deduper::default()
        );
        assert_eq!(
            serde_json::from_str::<DateFinder>("{}").unwrap(),
            DateFinder::default()
        );
        assert_eq!(
            serde_json::from_str::<arabic_text::Cleaner>("{}").unwrap(),
            arabic_text::Cleaner::default()
        );
    }

    #[test]
    fn date_finder_settings_and_reference_check() {
        let finder = DateFinder::new()
            .with_reference(2014, 12, 17)
            .bare_months(true);
        assert_eq!(
            serde_json::to_value(finder).unwrap(),
            json!({
                "reference": {"year": 2014, "month": 12, "day": 17},
                "libyan_names": false,
                "year_only": true,
                "bare_months": true,
                "week_start": "Saturday",
            })
        );
        let read: DateFinder = round_trip(&finder);
        assert_eq!(read, finder);
        // Settings written before `week_start` existed read as Saturday.
        let older = r#"{"reference": null, "libyan_names": false, "year_only": true,
                        "bare_months": false}"#;
        let older: DateFinder = serde_json::from_str(older).unwrap();
        assert_eq!(older, DateFinder::new());
        let iso = DateFinder::new().week_start(arabic_text::Weekday::Monday);
        assert_eq!(round_trip(&iso), iso);
        let found: Vec<_> = read.find_iter(PAGE).collect();
        assert_eq!(found[1].value, DateValue::Gregorian(Date::ym(2014, 9)));

        assert_eq!(round_trip(&DateFinder::new()), DateFinder::new());
        assert_eq!(
            serde_json::to_value(DateFinder::new()).unwrap()["reference"],
            Value::Null
        );

        // The reference is checked as `try_with_reference` checks it.
        let bad = r#"{"reference": {"year": 2014, "month": 2, "day": 30},
                      "libyan_names": false, "year_only": true, "bare_months": false}"#;
        let err = serde_json::from_str::<DateFinder>(bad).unwrap_err();
        assert!(err.to_string().contains("no such day: 2014-02-30"), "{err}");
        let partial = r#"{"reference": {"year": 2014, "month": 9, "day": null},
                          "libyan_names": false, "year_only": true, "bare_months": false}"#;
        assert!(serde_json::from_str::<DateFinder>(partial).is_err());
        let unknown = r#"{"reference": null, "libyan": true,
                          "libyan_names": false, "year_only": true, "bare_months": false}"#;
        assert!(serde_json::from_str::<DateFinder>(unknown).is_err());
    }

    #[test]
    fn a_cleaned_page_as_json() {
        use arabic_text::{Cleaned, Cleaner, PublicationSource};

        let cleaned = arabic_text::clean(PAGE);
        let value: Value = serde_json::to_value(&cleaned).unwrap();
        // Nothing to remove or normalize: the text is the page.
        assert_eq!(value["text"], json!(PAGE));
        assert_eq!(value["removals"], json!([]));
        let byline = PAGE.find("17").unwrap();
        assert_eq!(
            value["published"],
            json!({
                "date": {"year": 2014, "month": 12, "day": 17},
                "span": {"start": byline, "end": byline + "17 ديسمبر 2014".len()},
                "source": "Byline"
            })
        );
        assert_eq!(value["dates"][1]["kind"], json!("RelativeResolved"));
        let back: Cleaned<'static> = serde_json::from_value(value).unwrap();
        assert_eq!(back, cleaned);

        let cleaner = Cleaner::new()
            .normalizer(Normalizer::search())
            .published_on(2015, 11, 12)
            .unwrap();
        let given = cleaner.clean(PAGE).published.unwrap();
        assert_eq!(given.source, PublicationSource::Given);
        assert_eq!((given.date, given.span), (Date::ymd(2015, 11, 12), None));
        assert_eq!(round_trip(&given), given);
        let back = round_trip(&cleaner);
        assert_eq!(back, cleaner);
        assert_eq!(back.clean(PAGE), cleaner.clean(PAGE));
    }
}

#[cfg(feature = "chrono")]
mod chrono {
    use ::chrono::{Datelike, NaiveDate};
    use arabic_text::{Date, DateConversionErrorKind, DateValue, Weekday, find_dates};

    use super::PAGE;

    fn naive(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn full_dates_convert() {
        assert_eq!(
            NaiveDate::try_from(Date::ymd(2014, 12, 17)),
            Ok(naive(2014, 12, 17))
        );
        assert_eq!(
            NaiveDate::try_from(Date::ymd(2016, 2, 29)),
            Ok(naive(2016, 2, 29))
        );
        assert_eq!(NaiveDate::try_from(Date::ymd(1, 1, 1)), Ok(naive(1, 1, 1)));

        let found = find_dates(PAGE).next().unwrap();
        let DateValue::Gregorian(date) = found.value else {
            panic!("{found:?}")
        };
        assert_eq!(NaiveDate::try_from(date), Ok(naive(2014, 12, 17)));
    }

    #[test]
    fn partial_or_impossible_dates_are_typed_errors() {
        let month = NaiveDate::try_from(Date::ym(2014, 9)).unwrap_err();
        assert_eq!(month.kind(), DateConversionErrorKind::MissingDay);
        assert_eq!(month.date(), Date::ym(2014, 9));
        assert_eq!(
            month.to_string(),
            "cannot convert 2014-09 to a full date: the day is missing"
        );
        // A standard error, usable with `?` in a function returning `Box<dyn Error>`.
        let boxed: Box<dyn std::error::Error> = Box::new(month);
        assert!(boxed.to_string().contains("day is missing"));

        let no_year = Date {
            year: None,
            month: Some(12),
            day: Some(17),
        };
        let err = NaiveDate::try_from(no_year).unwrap_err();
        assert_eq!(err.kind(), DateConversionErrorKind::MissingYear);
        assert_eq!(
            err.to_string(),
            "cannot convert --12-17 to a full date: the year is missing"
        );
        assert_eq!(
            NaiveDate::try_from(Date::y(2011)).unwrap_err().kind(),
            DateConversionErrorKind::MissingMonth
        );
        assert_eq!(
            NaiveDate::try_from(Date::default()).unwrap_err().kind(),
            DateConversionErrorKind::MissingYear
        );
        for impossible in [
            Date::ymd(2019, 2, 29),
            Date::ymd(2019, 6, 31),
            Date::ymd(2019, 13, 1),
            Date::ymd(2019, 0, 1),
            Date::ymd(2019, 1, 0),
        ] {
            let err = NaiveDate::try_from(impossible).unwrap_err();
            assert_eq!(
                err.kind(),
                DateConversionErrorKind::NoSuchDay,
                "{impossible}"
            );
            assert!(err.to_string().ends_with("no such day"), "{err}");
        }
        let far = NaiveDate::try_from(Date::ymd(i32::MAX, 1, 1)).unwrap_err();
        assert_eq!(far.kind(), DateConversionErrorKind::OutOfRange);
    }

    #[test]
    fn naive_dates_become_full_dates() {
        for (y, m, d) in [(2014, 12, 17), (2016, 2, 29), (1, 1, 1), (-44, 3, 15)] {
            let date = Date::from(naive(y, m, d));
            assert_eq!(date, Date::ymd(y, m as u8, d as u8));
            assert_eq!(NaiveDate::try_from(date), Ok(naive(y, m, d)));
        }
    }

    #[test]
    fn weekdays_agree_with_chrono() {
        // 15 to 21 December 2014: Monday to Sunday.
        for day in 15..=21 {
            let ours = Date::ymd(2014, 12, day).weekday().unwrap();
            let theirs = naive(2014, 12, u32::from(day)).weekday();
            assert_eq!(::chrono::Weekday::from(ours), theirs);
            assert_eq!(Weekday::from(theirs), ours);
        }
        assert_eq!(
            ::chrono::Weekday::from(Weekday::Wednesday),
            ::chrono::Weekday::Wed
        );
    }

    /// `Date`'s `FromStr` and `weekday` against chrono on every `YYYY-MM-DD` with a month
    /// in 0..=13 and a day in 0..=32 over three centuries (1900 and 2100 are not leap
    /// years, 2000 is): a date exactly when chrono has one, with chrono's weekday.
    #[test]
    fn iso_dates_and_weekdays_agree_with_chrono() {
        for year in 1899..=2101 {
            for month in 0..=13u8 {
                for day in 0..=32u8 {
                    let text = format!("{year:04}-{month:02}-{day:02}");
                    let ours = text.parse::<Date>();
                    let theirs = NaiveDate::parse_from_str(&text, "%Y-%m-%d");
                    assert_eq!(ours.is_ok(), theirs.is_ok(), "{text}: {ours:?}");
                    let weekday = Date::ymd(year, month, day).weekday();
                    assert_eq!(
                        weekday.map(::chrono::Weekday::from),
                        theirs.ok().map(|d| d.weekday()),
                        "{text}"
                    );
                    if let Ok(date) = ours {
                        assert_eq!(date, Date::ymd(year, month, day));
                        assert_eq!(date.to_string(), text);
                    }
                }
            }
        }
    }
}

#[cfg(feature = "jiff")]
mod jiff {
    use ::jiff::civil;
    use arabic_text::{Date, DateConversionErrorKind, Weekday, find_dates};

    use super::PAGE;

    #[test]
    fn full_dates_convert() {
        assert_eq!(
            civil::Date::try_from(Date::ymd(2014, 12, 17)),
            Ok(civil::date(2014, 12, 17))
        );
        assert_eq!(
            civil::Date::try_from(Date::ymd(2016, 2, 29)),
            Ok(civil::date(2016, 2, 29))
        );
        assert_eq!(
            civil::Date::try_from(Date::ymd(9999, 12, 31)),
            Ok(civil::date(9999, 12, 31))
        );
        let found = find_dates(PAGE).next().unwrap();
        let date = found.value.gregorian().unwrap();
        assert_eq!(civil::Date::try_from(date), Ok(civil::date(2014, 12, 17)));
    }

    #[test]
    fn partial_or_impossible_dates_are_typed_errors() {
        let month = civil::Date::try_from(Date::ym(2014, 9)).unwrap_err();
        assert_eq!(month.kind(), DateConversionErrorKind::MissingDay);
        assert_eq!(
            month.to_string(),
            "cannot convert 2014-09 to a full date: the day is missing"
        );
        assert_eq!(
            civil::Date::try_from(Date::y(2011)).unwrap_err().kind(),
            DateConversionErrorKind::MissingMonth
        );
        assert_eq!(
            civil::Date::try_from(Date::ymd(2019, 2, 29))
                .unwrap_err()
                .kind(),
            DateConversionErrorKind::NoSuchDay
        );
        assert_eq!(
            civil::Date::try_from(Date::ymd(2019, 200, 1))
                .unwrap_err()
                .kind(),
            DateConversionErrorKind::NoSuchDay
        );
        // A day of our calendar that jiff does not reach.
        for far in [Date::ymd(10_000, 1, 1), Date::ymd(-10_000, 1, 1)] {
            let err = civil::Date::try_from(far).unwrap_err();
            assert_eq!(err.kind(), DateConversionErrorKind::OutOfRange, "{far}");
        }
    }

    #[test]
    fn civil_dates_become_full_dates() {
        for (y, m, d) in [(2014, 12, 17), (2016, 2, 29), (1, 1, 1), (-44, 3, 15)] {
            let date = Date::from(civil::date(y, m, d));
            assert_eq!(date, Date::ymd(y.into(), m as u8, d as u8));
            assert_eq!(civil::Date::try_from(date), Ok(civil::date(y, m, d)));
        }
    }

    #[test]
    fn weekdays_agree_with_jiff() {
        for day in 15..=21 {
            let ours = Date::ymd(2014, 12, day).weekday().unwrap();
            let theirs = civil::date(2014, 12, day as i8).weekday();
            assert_eq!(civil::Weekday::from(ours), theirs);
            assert_eq!(Weekday::from(theirs), ours);
        }
        assert_eq!(
            civil::Weekday::from(Weekday::Sunday),
            civil::Weekday::Sunday
        );
    }
}

#[cfg(feature = "tantivy")]
mod tantivy {
    use arabic_text::Normalizer;
    use arabic_text::tantivy::NormalizeFilter;
    use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};

    /// Splits on white space, like tantivy's `WhitespaceTokenizer`: one token per word,
    /// with its byte offsets and its position.
    #[derive(Clone)]
    struct Whitespace;

    struct WhitespaceStream<'a> {
        text: &'a str,
        words: std::str::SplitWhitespace<'a>,
        token: Token,
    }

    impl Tokenizer for Whitespace {
        type TokenStream<'a> = WhitespaceStream<'a>;

        fn token_stream<'a>(&'a mut self, text: &'a str) -> WhitespaceStream<'a> {
            WhitespaceStream {
                text,
                words: text.split_whitespace(),
                token: Token::default(),
            }
        }
    }

    impl TokenStream for WhitespaceStream<'_> {
        fn advance(&mut self) -> bool {
            let Some(word) = self.words.next() else {
                return false;
            };
            let from = word.as_ptr() as usize - self.text.as_ptr() as usize;
            self.token.offset_from = from;
            self.token.offset_to = from + word.len();
            // `Token::default()` starts at `usize::MAX`: the first token is position 0.
            self.token.position = self.token.position.wrapping_add(1);
            self.token.text.clear();
            self.token.text.push_str(word);
            true
        }

        fn token(&self) -> &Token {
            &self.token
        }

        fn token_mut(&mut self) -> &mut Token {
            &mut self.token
        }
    }

    fn tokens<T: Tokenizer>(tokenizer: &mut T, text: &str) -> Vec<Token> {
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        stream.process(&mut |token| out.push(token.clone()));
        out
    }

    fn token(text: &str, word: &str, position: usize, normalized: &str) -> Token {
        let from = text.find(word).unwrap();
        Token {
            offset_from: from,
            offset_to: from + word.len(),
            position,
            text: normalized.to_string(),
            position_length: 1,
        }
    }

    #[test]
    fn tokens_are_normalized_and_empty_ones_dropped() {
        // Tokens 0..=4: a tatweel inside a word, a vocalised name, a lone tatweel, a teh
        // marbuta, a lone fatha.
        let text = "كشـ24 أَحْمَد ـ مدرسة \u{064E}";
        let mut analyzer = NormalizeFilter::new(Normalizer::search()).transform(Whitespace);
        assert_eq!(
            tokens(&mut analyzer, text),
            [
                token(text, "كشـ24", 0, "كش24"),
                token(text, "أَحْمَد", 1, "احمد"),
                token(text, "مدرسة", 3, "مدرسه"),
            ]
        );
        // The wrapped tokenizer alone gives five tokens.
        assert_eq!(tokens(&mut Whitespace, text).len(), 5);
        // The same analyzer serves a second text, its buffer reused.
        let second = "الرَّحْمَـٰنِ ـــ";
        assert_eq!(
            tokens(&mut analyzer, second),
            [token(second, "الرَّحْمَـٰنِ", 0, "الرحمن")]
        );
        assert!(tokens(&mut analyzer, "").is_empty());
        assert!(tokens(&mut analyzer, "ـ \u{0651} \u{200F}").is_empty());
    }

    #[test]
    fn the_chosen_preset_is_the_one_applied() {
        // `ٱلرَّحْمَـٰن` typed with the shadda before the fatha (not canonical order).
        let text = "أَحْمَد \u{0671}\u{0644}\u{0631}\u{0651}\u{064E}\u{062D}\u{0652}\u{0645}\u{064E}\u{0640}\u{0670}\u{0646} كشـ24 ١٢";
        let texts = |normalizer: Normalizer| -> Vec<String> {
            let mut analyzer = NormalizeFilter::new(normalizer).transform(Whitespace);
            tokens(&mut analyzer, text)
                .into_iter()
                .map(|t| t.text)
                .collect()
        };
        // Lucene leaves alef wasla, the dagger alef and the digits alone.
        assert_eq!(
            texts(Normalizer::lucene()),
            ["احمد", "ٱلرحمٰن", "كش24", "١٢"]
        );
        assert_eq!(
            texts(Normalizer::search()),
            ["احمد", "الرحمن", "كش24", "12"]
        );
        // `clean` keeps the diacritics, in canonical order, and drops the tatweel.
        assert_eq!(
            texts(Normalizer::clean()),
            [
                "أَحْمَد",
                "\u{0671}\u{0644}\u{0631}\u{064E}\u{0651}\u{062D}\u{0652}\u{0645}\u{064E}\u{0670}\u{0646}",
                "كش24",
                "١٢"
            ]
        );
        // Text that needs no change passes as it is.
        assert_eq!(
            texts(Normalizer::none()),
            text.split(' ').collect::<Vec<_>>()
        );
        // The default filter is the search preset.
        assert_eq!(
            NormalizeFilter::default().normalizer(),
            Normalizer::search()
        );
    }
}
