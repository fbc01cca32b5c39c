//! Unit tests of the command: `--published` dates, records and their dates, previews, the clock.

use arabic_text::Date;

use super::corpus::Outcome;
use super::one_page::preview;
use super::progress::clock;
use super::records::{clean_line, record_date};
use super::*;

#[test]
fn published_dates_are_checked() {
    let p = parse_published("2015-11-12").unwrap();
    assert_eq!((p.year, p.month, p.day), (2015, 11, 12));
    assert!(parse_published("2016-02-29").is_ok());
    for bad in ["2015-02-29", "2015-13-01", "0000-01-01"] {
        assert!(parse_published(bad).unwrap_err().contains(bad), "{bad}");
    }
    for bad in [
        "12/11/2015",
        "2015-11",
        "2015-11-12-01",
        "15-11-12",
        "2015-1-12",
        "",
    ] {
        assert!(
            parse_published(bad).unwrap_err().contains("YYYY-MM-DD"),
            "{bad}"
        );
    }
}

#[test]
fn previews_fit_on_one_line() {
    assert_eq!(preview("  سطر أول\nسطر ثان\n", 60), "سطر أول⏎سطر ثان");
    assert_eq!(preview("كلمة كلمة", 4), "كلمة…");
    assert_eq!(preview("", 4), "");
}

#[test]
fn clock_reads_minutes_and_hours() {
    assert_eq!(clock(0.4), "0:00");
    assert_eq!(clock(75.0), "1:15");
    assert_eq!(clock(3725.0), "1:02:05");
}

fn options(replace: bool) -> Corpus<'static> {
    Corpus {
        field: "text",
        published_field: None,
        replace,
        threads: 1,
        progress: false,
    }
}

fn bad(line: &str) -> String {
    match clean_line(line.as_bytes(), &Cleaner::new(), &options(false)) {
        Outcome::Bad(why) => why,
        _ => panic!("{line} is not reported"),
    }
}

#[test]
fn bad_lines_say_what_is_wrong() {
    assert_eq!(bad(r#"{"id":1}"#), r#"no field "text""#);
    assert_eq!(
        bad(r#"{"text":null}"#),
        r#"field "text" is null, not a string"#
    );
    assert_eq!(
        bad(r#"{"text":[]}"#),
        r#"field "text" is an array, not a string"#
    );
    assert_eq!(
        bad(r#"{"text":{}}"#),
        r#"field "text" is an object, not a string"#
    );
    assert_eq!(
        bad(r#"{"text":true}"#),
        r#"field "text" is a boolean, not a string"#
    );
    assert_eq!(
        bad(r#"{"text":-1.5}"#),
        r#"field "text" is a number, not a string"#
    );
    assert_eq!(
        bad(r#"{"text":"a","text":"b"}"#),
        r#"field "text" given twice"#
    );
    assert!(bad(r#"{"text":"a"#).starts_with("not valid JSON: "));
    assert!(bad(r#"{"text":"a"} x"#).starts_with("not valid JSON: trailing characters"));
    assert!(bad("42").starts_with("not a JSON object: "));
    assert!(!bad("42").contains("line 1"));
    assert!(matches!(
        clean_line(b" \t\r", &Cleaner::new(), &options(false)),
        Outcome::Blank
    ));
    assert!(matches!(
        clean_line(b"{\"text\":\"\xff\"}", &Cleaner::new(), &options(false)),
        Outcome::Bad(why) if why == "not UTF-8 (bad byte at column 10)"
    ));
}

fn cleaned(line: &str, replace: bool) -> String {
    match clean_line(line.as_bytes(), &Cleaner::new(), &options(replace)) {
        Outcome::Cleaned { line, .. } => String::from_utf8(line).unwrap(),
        _ => panic!("{line} is not cleaned"),
    }
}

#[test]
fn records_keep_their_fields_as_written() {
    let line = r#"{ "id" : 1e3, "text" : "كشـ24", "x" : [1, {"y": null}] }"#;
    assert_eq!(
        cleaned(line, false),
        r#"{"id":1e3,"text":"كشـ24","x":[1, {"y": null}],"text_clean":"كش24","text_removals":[],"text_dates":[],"text_published":null}"#
    );
    // Replaced: the dates and the publication date stay, moved into the cleaned text.
    assert_eq!(
        cleaned(line, true),
        r#"{"id":1e3,"text":"كش24","x":[1, {"y": null}],"text_dates":[],"text_published":null}"#
    );
    // Fields of an earlier run are replaced, not written twice.
    let again = r#"{"text":"كشـ24","text_clean":"old","text_dates":"old"}"#;
    assert_eq!(
        cleaned(again, false),
        r#"{"text":"كشـ24","text_clean":"كش24","text_removals":[],"text_dates":[],"text_published":null}"#
    );
    // Escapes are decoded before cleaning, and written back as JSON needs them.
    assert_eq!(
        cleaned(r#"{"text":"\"\u0643\u0640\"\n\t"}"#, true),
        r#"{"text":"\"ك\"\n\t","text_dates":[],"text_published":null}"#
    );
}

#[test]
fn record_dates_are_read_as_written() {
    let ymd = |y, m, d| Some(Date::ymd(y, m, d));
    let mut failures = Vec::new();
    for (value, date) in [
        ("2017-01-20T21:43:00+01:00", ymd(2017, 1, 20)),
        // The date as written, not shifted to UTC.
        ("2017-01-20T23:30:00-05:00", ymd(2017, 1, 20)),
        ("2017-01-20T00:30:00+0100", ymd(2017, 1, 20)),
        ("2017-01-20T21:43:00.250Z", ymd(2017, 1, 20)),
        ("2017-01-20T21:43Z", ymd(2017, 1, 20)),
        ("2017-01-20T21+01", ymd(2017, 1, 20)),
        ("2017-01-22T185600", ymd(2017, 1, 22)),
        ("2017-01-20 21:43", ymd(2017, 1, 20)),
        ("2017-01-20", ymd(2017, 1, 20)),
        (" 2017-01-20\n", ymd(2017, 1, 20)),
        ("2016-02-29", ymd(2016, 2, 29)),
        ("29/04/2016", ymd(2016, 4, 29)),
        ("9/4/2016", ymd(2016, 4, 9)),
        ("29/04/2016 14:30", ymd(2016, 4, 29)),
        ("الخميس 19 جانفي 2017", ymd(2017, 1, 19)),
        ("17 دجنبر 2014", ymd(2014, 12, 17)),
        ("17/12/2014", ymd(2014, 12, 17)),
        // What `parse_date` reads besides.
        ("2016/04/29", ymd(2016, 4, 29)),
        ("29-04-2016", ymd(2016, 4, 29)),
        // Not a day, or not one that exists.
        ("2019-02-29", None),
        ("31/06/2016", None),
        ("2017-01", None),
        ("2017", None),
        ("04/2016", None),
        ("29/04/16", None),
        ("29/04/2016T14:30", None),
        ("2017-01-20T25:00", None),
        ("2017-01-20T21:60", None),
        ("2017-01-20T21:43:00+01:00 x", None),
        ("2017-01-20T", None),
        ("2017-01-20 مساء", None),
        ("جانفي 2017", None),
        ("أمس", None),
        ("", None),
        ("n/a", None),
    ] {
        if record_date(value) != date {
            failures.push(format!("{value:?}: {:?}", record_date(value)));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_bad_record_date_is_reported_and_the_record_cleaned() {
    let options = Corpus {
        published_field: Some("time"),
        ..options(false)
    };
    let line = r#"{"time":"hier","text":"وقع الحادث يوم أمس."}"#;
    match clean_line(line.as_bytes(), &Cleaner::new(), &options) {
        Outcome::Cleaned {
            bad_date: Some(why),
            stats,
            ..
        } => {
            assert!(
                why.contains(r#""time""#) && why.contains(r#""hier""#),
                "{why}"
            );
            assert_eq!((stats.records, stats.errors), (1, 1));
        }
        _ => panic!("not cleaned with a bad date"),
    }
    let line = r#"{"time":"0000-01-01","text":"نص"}"#;
    match clean_line(line.as_bytes(), &Cleaner::new(), &options) {
        Outcome::Cleaned {
            bad_date: Some(why),
            ..
        } => assert!(
            why.contains("0000-01-01") && why.contains("1 to 9999"),
            "{why}"
        ),
        _ => panic!("not cleaned with a bad date"),
    }
}
