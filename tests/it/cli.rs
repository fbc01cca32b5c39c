//! The `arabic-text` command run as a process: `clean` on the built-in sample, a file,
//! standard input, `--json`, `--jsonl` with good and bad records, `--replace`, and usage
//! errors; `normalize`, `dates` and `dedup`.
//!
//! Built with the `cli` feature (`cargo test --features cli`): Cargo builds the command
//! for this test and says where it is.
//!
//! The fixtures were written for this project in the style of Moroccan and Tunisian news
//! pages. Every expected value was worked out from the rules (a body printed twice keeps
//! its first copy; a date on a `نشر في` / `تاريخ النشر` line is the publication date;
//! `X الماضي` is the last month X before it, `X المقبل` the next one; `أمس` the day
//! before; the `clean` preset drops tatweel and invisible controls), not copied from
//! what the command prints.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Map, Value};

// ---------------------------------------------------------------------------------------
// Fixtures

/// A Tunisian news page: a title, a site name with tatweel, a byline with a weekday and a
/// Tunisian month, then a two-paragraph body printed twice. The body has `أمس الأربعاء`
/// (the day before Thursday 19 January 2017: Wednesday 18, the weekday matches),
/// `ديسمبر الماضي` (December 2016), a weekday that does not match (`الجمعة 25 جانفي
/// 2017` is a Wednesday) and `جويلية المقبل` (July 2017).
const HEAD: &str = "\
افتتاح الدورة الثالثة لأيام السينما المتوسطية بسوسة
جوهرة أفـ أم
تاريخ النشر: الخميس 19 جانفي 2017
";
const BODY: &str = "\
افتتحت مساء أمس الأربعاء بمدينة سوسة فعاليات الدورة الثالثة لأيام السينما المتوسطية، التي أعلنت هيئتها عن برنامجها في ديسمبر الماضي بمشاركة أفلام من اثني عشر بلدا.
وأكد مدير الدورة أن العروض ستتواصل إلى غاية يوم الجمعة 25 جانفي 2017 بقاعات المدينة وفضاءاتها الثقافية، على أن تنتظم الدورة المقبلة في جويلية المقبل.
";
/// The head as the `clean` preset writes it: the tatweel goes.
const HEAD_CLEAN: &str = "\
افتتاح الدورة الثالثة لأيام السينما المتوسطية بسوسة
جوهرة أف أم
تاريخ النشر: الخميس 19 جانفي 2017
";

fn page() -> String {
    format!("{HEAD}{BODY}{BODY}")
}

/// The page cleaned: the head without its tatweel, the body once (it has nothing the
/// `clean` preset changes).
fn page_clean() -> String {
    format!("{HEAD_CLEAN}{BODY}")
}

/// A short Moroccan item with nothing repeated: a title, a date line, one paragraph.
const SHORT_PAGE: &str = "\
مراكش: توقيف شخصين في حالة تلبس
السبت 14 نونبر 2015
أوقفت عناصر الشرطة القضائية بمراكشـ24 أول أمس شخصين في حالة تلبس.
";

/// A unique path in the temporary directory.
fn temp_path(name: &str) -> PathBuf {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("arabic-text-cli-{}-{n}-{name}", std::process::id()))
}

/// A file holding `contents`, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> Self {
        let path = temp_path(name);
        std::fs::write(&path, contents).expect("cannot write the fixture");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

// ---------------------------------------------------------------------------------------
// Running the command

/// The command Cargo built for this test run.
fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_arabic-text"))
}

/// Runs the command with `args`, `stdin` as its standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_command("clean", args, stdin)
}

/// Runs the subcommand `command` with `args`, `stdin` as its standard input.
fn run_command(command: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .arg(command)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start the arabic-text command");
    let mut input = child.stdin.take().expect("no stdin");
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        // The command may stop reading early (a usage error): ignore a broken pipe.
        let _ = input.write_all(&stdin);
    });
    let output = child
        .wait_with_output()
        .expect("the clean example failed to run");
    feeder.join().expect("the stdin thread panicked");
    output
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is not UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is not UTF-8")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("killed by a signal")
}

/// The part of the report between the header `== {from}` and the next `== ` header.
fn section<'a>(report: &'a str, from: &str) -> &'a str {
    let start = report
        .find(&format!("== {from}"))
        .unwrap_or_else(|| panic!("no section {from:?} in:\n{report}"));
    let body = &report[start..];
    let header_end = body.find('\n').unwrap_or(body.len());
    let end = body[header_end..]
        .find("\n== ")
        .map_or(body.len(), |i| header_end + i + 1);
    &body[..end]
}

/// The byte range of `needle` in `haystack`, which holds it once.
fn span_of(haystack: &str, needle: &str) -> (usize, usize) {
    assert_eq!(
        haystack.matches(needle).count(),
        1,
        "{needle:?} is not there once"
    );
    let start = haystack.find(needle).unwrap();
    (start, start + needle.len())
}

fn as_usize(value: &Value) -> usize {
    value
        .as_u64()
        .unwrap_or_else(|| panic!("{value} is no offset")) as usize
}

/// Checks the `dates` array of `--json` / `--jsonl` against the text it indexes: each
/// span holds the text it names, in text order. Returns (text, value, kind) triples.
fn dates_of(text: &str, dates: &Value) -> Vec<(String, String, String)> {
    let mut last_end = 0;
    let mut found = Vec::new();
    for date in dates.as_array().expect("dates is not an array") {
        let (start, end) = (
            as_usize(&date["span"]["start"]),
            as_usize(&date["span"]["end"]),
        );
        assert!(
            start >= last_end && start < end,
            "dates out of order: {dates}"
        );
        last_end = end;
        let written = date["text"].as_str().unwrap();
        assert_eq!(
            &text[start..end],
            written,
            "a date span does not index the input"
        );
        found.push((
            written.to_string(),
            date["iso"].as_str().unwrap().to_string(),
            date["kind"].as_str().unwrap().to_string(),
        ));
    }
    found
}

fn triple(text: &str, value: &str, kind: &str) -> (String, String, String) {
    (text.into(), value.into(), kind.into())
}

/// The dates of [`page`], as the rules give them: the byline (with its weekday), then
/// the first copy of the body only.
fn page_dates() -> Vec<(String, String, String)> {
    vec![
        triple("الخميس 19 جانفي 2017", "2017-01-19", "Absolute"),
        triple("أمس الأربعاء", "2017-01-18", "RelativeResolved"),
        triple("ديسمبر الماضي", "2016-12", "RelativeResolved"),
        triple("يوم الجمعة 25 جانفي 2017", "2017-01-25", "Absolute"),
        triple("جويلية المقبل", "2017-07", "RelativeResolved"),
    ]
}

// ---------------------------------------------------------------------------------------
// One page

#[test]
fn no_argument_cleans_the_built_in_sample() {
    let output = run(&[], b"");
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let report = stdout(&output);

    // What the normalization changed in the kept text: the sample's lam-alef ligature,
    // its RLM, the tatweel of its two bylines and its NBSP (the body's second copy, with
    // the same characters, is removed before).
    assert!(
        report.contains(
            "== normalization: 1 presentation form, 1 invisible control, 2 tatweels, 1 space separator\n"
        ),
        "{report}"
    );

    // The body is printed twice in the sample; the cleaned text has it once, with the
    // tatweel of the byline and the presentation-form lam-alef gone.
    let text = section(report, "cleaned text");
    assert_eq!(
        text.matches("بمدينة ورزازات فعاليات الدورة الأولى").count(),
        1
    );
    assert_eq!(
        text.matches("لاستقبال عدد أكبر من المخرجين الشباب").count(),
        1
    );
    assert!(text.contains("اختتام الدورة الأولى لمهرجان الفيلم الوثائقي بورزازات"));
    assert!(text.contains("نشر في: 12 نونبر 2015 مراكش24"));
    assert!(!text.contains('\u{640}') && !text.contains('\u{200F}') && !text.contains('\u{FEFB}'));

    // One removed block: the second copy of the body, a repeated run of two lines.
    let removed = section(report, "removed blocks");
    assert!(removed.starts_with("== removed blocks: 1\n"), "{removed}");
    let block = removed.lines().nth(1).unwrap();
    assert!(block.starts_with("repeated_run\tbytes "), "{block}");
    assert!(block.contains("copy of "), "{block}");
    assert!(block.contains("«اختُتمت مساء أمس الأربعاء"), "{block}");

    // The byline gives the publication date...
    let published = section(report, "publication date");
    assert!(
        published.starts_with("== publication date: 2015-11-12 (byline, bytes "),
        "{published}"
    );
    assert!(published.contains("«12 نونبر 2015»"), "{published}");

    // ...against which `شتنبر الماضي` is September 2015 and `أمس الأربعاء` Wednesday 11
    // November 2015 (the 12th was a Thursday: the weekday matches, no mismatch shown).
    let dates = section(report, "dates");
    assert!(dates.starts_with("== dates: 4 (relative ones resolved against 2015-11-12)"));
    let line = |needle: &str| {
        dates
            .lines()
            .find(|l| l.ends_with(&format!("«{needle}»")))
            .unwrap_or_else(|| panic!("no date {needle:?} in:\n{dates}"))
    };
    assert!(line("12 نونبر 2015").contains("\t2015-11-12\tabsolute\t"));
    assert!(line("شتنبر الماضي").contains("\t2015-09\trelative resolved\t"));
    assert!(line("أمس الأربعاء").contains("\t2015-11-11\trelative resolved\t"));
    assert!(line("شهر ماي 2016").contains("\t2016-05\tabsolute\t"));
    assert!(!dates.contains("mismatch"));
}

#[test]
fn a_file_is_cleaned_and_reported() {
    let page = page();
    let file = TempFile::new("page.txt", page.as_bytes());
    let output = run(&[file.0.to_str().unwrap()], b"");
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    let report = stdout(&output);

    let text = section(report, "cleaned text");
    let header = format!(
        "== cleaned text: {} bytes in, {} bytes out, {} bytes of repeats removed\n",
        page.len(),
        page_clean().len(),
        BODY.len()
    );
    assert_eq!(text, format!("{header}{}", page_clean()));

    // The second copy of the body goes; the first stays. The blocks are given by byte.
    let removed = section(report, "removed blocks");
    let first = HEAD.len();
    let second = HEAD.len() + BODY.len();
    let kept_end = second - 1; // the copy that stays, without its last line break
    assert!(
        removed.contains(&format!(
            "repeated_run\tbytes {second}..{}\tcopy of {first}..{kept_end}\t",
            page.len()
        )),
        "{removed}"
    );

    let (start, end) = span_of(&page, "الخميس 19 جانفي 2017");
    assert_eq!(
        section(report, "publication date"),
        format!(
            "== publication date: 2017-01-19 (byline, bytes {start}..{end}: «الخميس 19 جانفي 2017»)\n"
        )
    );

    // The weekday written with 25 January 2017 is wrong: that day was a Wednesday.
    let dates = section(report, "dates");
    assert!(dates.starts_with("== dates: 5 (relative ones resolved against 2017-01-19)\n"));
    let friday = dates.lines().find(|l| l.contains("2017-01-25")).unwrap();
    assert!(
        friday.contains("weekday mismatch: Friday is written, the date is a Wednesday"),
        "{friday}"
    );
    let (start, end) = {
        let (s, e) = span_of(BODY, "ديسمبر الماضي");
        (HEAD.len() + s, HEAD.len() + e)
    };
    assert!(dates.contains(&format!(
        "bytes {start}..{end}\t2016-12\trelative resolved\t«ديسمبر الماضي»"
    )));
    assert!(dates.contains("\t2017-07\trelative resolved\t«جويلية المقبل»"));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let page = page();
    let file = TempFile::new("stdin.txt", page.as_bytes());
    let from_file = run(&[file.0.to_str().unwrap()], b"");
    let from_stdin = run(&["-"], page.as_bytes());
    assert_eq!(code(&from_stdin), 0, "stderr: {}", stderr(&from_stdin));
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
    assert!(stdout(&from_stdin).contains("== publication date: 2017-01-19 (byline"));
}

#[test]
fn json_gives_one_object_whose_spans_index_the_input() {
    let page = page();
    let output = run(&["--json", "-"], page.as_bytes());
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 1, "one object on one line");
    let doc: Map<String, Value> = serde_json::from_str(out).expect("not a JSON object");
    let keys: Vec<&str> = doc.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "text",
            "removals",
            "dates",
            "published",
            "bytes_in",
            "bytes_out"
        ]
    );
    assert_eq!(doc["text"], page_clean());
    assert_eq!(doc["bytes_in"], page.len());
    assert_eq!(doc["bytes_out"], page_clean().len());

    let removals = doc["removals"].as_array().unwrap();
    assert_eq!(removals.len(), 1);
    let r = &removals[0];
    // The library's serde shape: `removed` and `kept` spans, the kind's variant name.
    assert_eq!(r["kind"], "RepeatedRun");
    let removed = &page[as_usize(&r["removed"]["start"])..as_usize(&r["removed"]["end"])];
    let kept = &page[as_usize(&r["kept"]["start"])..as_usize(&r["kept"]["end"])];
    assert_eq!(removed, BODY);
    assert_eq!(kept, BODY.trim_end());

    assert_eq!(dates_of(&page, &doc["dates"]), page_dates());
    let dates = doc["dates"].as_array().unwrap();
    assert_eq!(dates[0]["weekday"], "Thursday");
    assert_eq!(dates[0]["weekday_matches"], true);
    assert_eq!(dates[1]["weekday"], "Wednesday");
    assert_eq!(dates[1]["weekday_matches"], true);
    assert_eq!(dates[2]["weekday"], Value::Null);
    assert_eq!(dates[2]["weekday_matches"], Value::Null);
    assert_eq!(dates[3]["weekday"], "Friday");
    assert_eq!(dates[3]["weekday_matches"], false);

    let (start, end) = span_of(&page, "الخميس 19 جانفي 2017");
    // Code-point offsets beside the byte offsets, for the languages that count characters.
    let (char_start, char_end) = (page[..start].chars().count(), page[..end].chars().count());
    assert_eq!(
        doc["published"],
        serde_json::json!({"date": {"year": 2017, "month": 1, "day": 19}, "source": "Byline",
                           "span": {"start": start, "end": end,
                                    "char_start": char_start, "char_end": char_end},
                           "iso": "2017-01-19"})
    );
    for date in doc["dates"].as_array().unwrap() {
        let span = &date["span"];
        let (start, end) = (as_usize(&span["start"]), as_usize(&span["end"]));
        let chars: Vec<char> = page.chars().collect();
        let (cs, ce) = (as_usize(&span["char_start"]), as_usize(&span["char_end"]));
        assert_eq!(chars[cs..ce].iter().collect::<String>(), page[start..end]);
    }
}

#[test]
fn options_change_what_is_done() {
    let page = page();
    // --no-dedup: both copies stay.
    let output = run(&["--json", "--no-dedup", "-"], page.as_bytes());
    let doc: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(doc["text"], format!("{HEAD_CLEAN}{BODY}{BODY}"));
    assert_eq!(doc["removals"], serde_json::json!([]));
    assert_eq!(doc["dates"].as_array().unwrap().len(), 1 + 2 * 4);

    // --no-dates: no dates, no publication date.
    let output = run(&["--json", "--no-dates", "-"], page.as_bytes());
    let doc: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(doc["dates"], serde_json::json!([]));
    assert_eq!(doc["published"], Value::Null);
    assert_eq!(doc["text"], page_clean());

    // --published: the given date is the reference, the byline is not looked for.
    let output = run(
        &["--json", "--published", "2017-03-02", "-"],
        page.as_bytes(),
    );
    let doc: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(
        doc["published"],
        serde_json::json!({"date": {"year": 2017, "month": 3, "day": 2}, "source": "Given",
                           "span": null, "iso": "2017-03-02"})
    );
    // Against Thursday 2 March 2017: yesterday is Wednesday 1 March (the weekday still
    // matches), last December is 2016-12, next July 2017-07.
    let found = dates_of(&page, &doc["dates"]);
    assert_eq!(
        found[1],
        triple("أمس الأربعاء", "2017-03-01", "RelativeResolved")
    );

    // --preset search folds letters: the ta marbuta of `الثالثة` becomes ha.
    let output = run(&["--json", "--preset", "search", "-"], page.as_bytes());
    let doc: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert!(
        doc["text"]
            .as_str()
            .unwrap()
            .starts_with("افتتاح الدوره الثالثه")
    );

    // A date line with no byline cue is the publication date too; `أول أمس` is two days
    // before it; the tatweel inside `مراكشـ24` goes.
    let output = run(&["-"], SHORT_PAGE.as_bytes());
    let report = stdout(&output);
    assert!(report.contains("== removed blocks: 0\n"));
    assert!(report.contains("== publication date: 2015-11-14 (date_line, bytes "));
    assert!(report.contains("\t2015-11-12\trelative resolved\t«أول أمس»"));
    assert!(report.contains("بمراكش24 أول أمس"));
}

#[test]
fn unreadable_input_exits_with_1() {
    let missing = temp_path("missing.txt");
    let output = run(&[missing.to_str().unwrap()], b"");
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains(missing.to_str().unwrap()));

    let output = run(&["-"], b"\xff\xfe not UTF-8");
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("not UTF-8"), "{}", stderr(&output));
}

// ---------------------------------------------------------------------------------------
// Usage errors

#[test]
fn usage_errors_exit_with_2_and_say_what_was_wrong() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["--preset", "nope"],
            &["nope", "clean", "search", "lucene", "camel"],
        ),
        // 2015 is not a leap year: there is no 29 February.
        (
            &["--published", "2015-02-29"],
            &["--published", "2015-02-29"],
        ),
        (
            &["--published", "12/11/2015"],
            &["YYYY-MM-DD", "12/11/2015"],
        ),
        (&["--published", "2015-13-01"], &["2015-13-01"]),
        (&["--replace"], &["--jsonl"]),
        (&["--published-field", "time"], &["--jsonl"]),
        (
            &[
                "--jsonl",
                "text",
                "--published-field",
                "time",
                "--published",
                "2017-01-20",
            ],
            &["--published-field", "--published"],
        ),
        (&["--threads", "2"], &["--jsonl"]),
        (&["--json", "--jsonl", "text"], &["--json", "--jsonl"]),
        (&["--bogus"], &["--bogus"]),
    ];
    for (args, words) in cases {
        let output = run(args, b"");
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert_eq!(stdout(&output), "", "{args:?}");
        for word in *words {
            assert!(
                stderr(&output).contains(word),
                "{args:?}: {word:?} not in {}",
                stderr(&output)
            );
        }
    }
    let help = run(&["--help"], b"");
    assert_eq!(code(&help), 0);
    for option in [
        "--preset",
        "--no-dedup",
        "--no-dates",
        "--published",
        "--json",
        "--jsonl",
        "--published-field",
    ] {
        assert!(stdout(&help).contains(option), "{option} not in --help");
    }
}

// ---------------------------------------------------------------------------------------
// Corpus mode

/// A JSON line holding `fields`, in order.
fn record(fields: &[(&str, Value)]) -> String {
    let map: Map<String, Value> = fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    serde_json::to_string(&map).unwrap()
}

#[test]
fn jsonl_cleans_good_records_and_passes_bad_ones_through() {
    let page = page();
    let good1 = format!(
        r#"{{"id": 1, "source": "jawharafm", "text": {}, "tags": ["ثقافة", "سينما"], "score": 1.50}}"#,
        serde_json::to_string(&page).unwrap()
    );
    // Escapes in the field: the spans index the decoded string.
    let good2 = r#"{"id":6,"meta":{"a":[1, 2]},"text":"\u062c\u0648\u0647\u0631\u0629 \"\u0623\u0641\u0640 \u0623\u0645\"\n\u0645\u0646\u0630 \u062c\u0648\u064a\u0644\u064a\u0629 2016"}"#;
    let bad_json = r#"{"id":3,"text":"بدون إغلاق"#;
    let missing = record(&[("id", 4.into()), ("title", "عنوان بدون نص".into())]);
    let number = record(&[("id", 5.into()), ("text", 42.into())]);
    let not_object = r#"["text", "نص"]"#;
    let lines = [
        good1.as_str(),
        "",
        bad_json,
        &missing,
        &number,
        "   ",
        good2,
        not_object,
    ];
    let input = lines.join("\n") + "\n";
    let output = run(&["--jsonl", "text"], input.as_bytes());
    assert_eq!(code(&output), 1, "errors occurred: exit code 1");
    let out: Vec<&str> = stdout(&output).split_terminator('\n').collect();
    assert_eq!(out.len(), lines.len(), "one output line per input line");

    // Bad and blank lines are written out byte for byte.
    for i in [1, 2, 3, 4, 5, 7] {
        assert_eq!(out[i], lines[i], "line {}", i + 1);
    }

    // Each bad line is reported with its number; blank lines are not errors.
    let err = stderr(&output);
    let reports: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("clean: line "))
        .collect();
    assert_eq!(reports.len(), 4, "{err}");
    assert!(
        reports[0].starts_with("clean: line 3: not valid JSON"),
        "{err}"
    );
    assert!(
        reports[1].starts_with("clean: line 4: no field \"text\""),
        "{err}"
    );
    assert!(
        reports[2].starts_with("clean: line 5: field \"text\" is a number"),
        "{err}"
    );
    assert!(
        reports[3].starts_with("clean: line 8: not a JSON object"),
        "{err}"
    );
    assert!(err.contains("2 records, 2 blank lines, 4 errors"), "{err}");

    // A good record keeps its fields in their order, their values as written (1.50 stays
    // 1.50), `text` unchanged, and gains the four fields.
    assert!(
        out[0].contains(r#""tags":["ثقافة", "سينما"],"score":1.50,"#),
        "{}",
        out[0]
    );
    let rec: Map<String, Value> = serde_json::from_str(out[0]).unwrap();
    let keys: Vec<&str> = rec.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "id",
            "source",
            "text",
            "tags",
            "score",
            "text_clean",
            "text_removals",
            "text_dates",
            "text_published"
        ]
    );
    assert_eq!(rec["text"], page);
    assert_eq!(rec["text_clean"], page_clean());
    let r = &rec["text_removals"][0];
    assert_eq!(
        &page[as_usize(&r["removed"]["start"])..as_usize(&r["removed"]["end"])],
        BODY
    );
    assert_eq!(dates_of(&page, &rec["text_dates"]), page_dates());
    assert_eq!(rec["text_published"]["iso"], "2017-01-19");
    assert_eq!(rec["text_published"]["source"], "Byline");

    // The escaped record: decoded, cleaned (the tatweel goes), spans into the decoded
    // text; `منذ جويلية 2016` is a month with a year, absolute.
    let rec: Map<String, Value> = serde_json::from_str(out[6]).unwrap();
    let text = rec["text"].as_str().unwrap();
    assert_eq!(text, "جوهرة \"أفـ أم\"\nمنذ جويلية 2016");
    assert_eq!(rec["text_clean"], "جوهرة \"أف أم\"\nمنذ جويلية 2016");
    assert_eq!(
        dates_of(text, &rec["text_dates"]),
        [triple("جويلية 2016", "2016-07", "Absolute")]
    );
    assert_eq!(rec["text_removals"], serde_json::json!([]));
    assert_eq!(rec["text_published"], Value::Null);
    assert!(out[6].starts_with(r#"{"id":6,"meta":{"a":[1, 2]},"text":"\u062c"#));
}

#[test]
fn jsonl_replace_puts_the_clean_text_in_the_field() {
    let page = page();
    let input = format!(
        "{}\n{}",
        record(&[("body", page.clone().into()), ("id", "tn-1".into())]),
        // The last line has no line break: the output gives it one.
        record(&[("id", "ma-2".into()), ("body", SHORT_PAGE.into())]),
    );
    let file = TempFile::new("corpus.jsonl", input.as_bytes());
    let output = run(
        &[
            "--jsonl",
            "body",
            "--replace",
            "--threads",
            "2",
            file.0.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    assert!(stderr(&output).contains("2 records, 0 blank lines, 0 errors"));
    let out = stdout(&output);
    assert!(out.ends_with('\n'));
    let out: Vec<Map<String, Value>> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), 2);
    // The dates and the publication date stay, their spans moved into the cleaned text;
    // the removals, which index the text replaced, go.
    assert_eq!(
        out[0].keys().collect::<Vec<_>>(),
        ["body", "id", "body_dates", "body_published"]
    );
    assert_eq!(out[0]["body"], page_clean());
    assert_eq!(out[0]["id"], "tn-1");
    let body = out[0]["body"].as_str().unwrap();
    assert_eq!(dates_of(body, &out[0]["body_dates"]), page_dates());
    assert_eq!(out[0]["body_published"]["source"], "Byline");
    assert_eq!(
        out[1].keys().collect::<Vec<_>>(),
        ["id", "body", "body_dates", "body_published"]
    );
    assert_eq!(out[1]["body"], SHORT_PAGE.replace('\u{640}', ""));
}

#[test]
fn jsonl_keeps_the_input_order_across_batches_and_threads() {
    // More lines than two batches hold (8192 lines each), cleaned on two threads, which
    // may finish the batches out of order: the output keeps the input's.
    let n = 20_000;
    let is_page = |i: usize| i % 2500 == 0;
    let pages = (0..n).filter(|&i| is_page(i)).count();
    let mut input = String::new();
    for i in 0..n {
        let text = if is_page(i) {
            page()
        } else {
            format!("سطر رقمـ{i}")
        };
        input.push_str(&record(&[("n", i.into()), ("text", text.into())]));
        input.push('\n');
    }
    let output = run(
        &["--jsonl", "text", "--threads", "2", "-"],
        input.as_bytes(),
    );
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), n);
    for (i, line) in lines.iter().enumerate() {
        let rec: Value = serde_json::from_str(line).unwrap();
        assert_eq!(rec["n"], i);
        let expected = if is_page(i) {
            page_clean()
        } else {
            format!("سطر رقم{i}")
        };
        assert_eq!(rec["text_clean"], expected, "line {}", i + 1);
    }
    let err = stderr(&output);
    assert!(
        err.contains(&format!("{n} records, 0 blank lines, 0 errors")),
        "{err}"
    );
    let removed = pages * BODY.len();
    assert!(
        err.contains(&format!(
            "{:.1} MB of repeats removed",
            removed as f64 / 1e6
        )),
        "{err}"
    );
    assert!(err.contains(&format!("{} dates found", pages * 5)), "{err}");
}

#[test]
fn jsonl_progress_is_shown_when_asked() {
    let input = record(&[("text", "كشـ24".into())]) + "\n";
    let file = TempFile::new("progress.jsonl", input.as_bytes());
    let output = run(
        &["--jsonl", "text", "--progress", file.0.to_str().unwrap()],
        b"",
    );
    assert_eq!(code(&output), 0);
    let err = stderr(&output);
    // Not a terminal: one line per report, with the records, MB, MB/s and the time left
    // (the size of a file is known).
    let progress = err
        .lines()
        .find(|l| l.contains("MB/s") && l.contains("ETA"));
    assert!(progress.is_some_and(|l| l.contains("1 records")), "{err}");
    // Without --progress (and stderr is no terminal here) only the summary is printed.
    let quiet = run(&["--jsonl", "text", file.0.to_str().unwrap()], b"");
    assert!(!stderr(&quiet).contains("ETA"), "{}", stderr(&quiet));
}

/// A news record in the shape of the Tunisian corpus (`docno`, `time`, `title`,
/// `abstract`, `text`); `time` is left out when `None`.
fn news(docno: &str, time: Option<Value>, title: &str, text: &str) -> String {
    let mut fields = vec![("docno", Value::from(docno))];
    fields.extend(time.map(|time| ("time", time)));
    fields.extend([
        ("title", title.into()),
        ("abstract", "".into()),
        ("text", text.into()),
    ]);
    record(&fields)
}

#[test]
fn jsonl_published_field_gives_each_record_its_own_reference() {
    // The same sentence in records 1 and 3, published on different days: its `أمس` is
    // the day before each record's own date.
    let vaccines = "أعلنت وزارة الصحة أمس عن انطلاق الحملة الوطنية للتلقيح في المدارس الابتدائية بكامل ولايات الجمهورية.";
    // 29 April 2016 is a Friday: `أمس الخميس` is Thursday 28, and the weekday matches.
    let book_fair = "افتتح والي صفاقس أمس الخميس الدورة الجديدة لمعرض الكتاب بمشاركة عشرات دور النشر التونسية والعربية.";
    // A byline in the text gives 15 January; the record's field gives 20 January, which
    // wins: `أمس` is 19 January, and the byline's date is an ordinary date.
    let conference = "تاريخ النشر: الأحد 15 جانفي 2017\nانطلقت أمس بتونس العاصمة أشغال الندوة الدولية حول الطاقات المتجددة.";
    // Records with no readable date: cleaned (the tatweel goes), with no publication
    // date, not even the byline's, and `أمس` unresolved.
    let works = "نشر في: 10 جانفي 2017\nأكد المديـر الجهوي أمس أن الأشغال ستنتهي قبل موفى السنة.";
    let works_clean = works.replace('\u{640}', "");
    let mayor = "صرح رئيس البلدية أمس بأن المشروع سينطلق قريبا.";
    let lines = [
        news(
            "JA-societe-1-20170120",
            Some("2017-01-20T21:43:00+01:00".into()),
            "انطلاق حملة التلقيح في المدارس",
            vaccines,
        ),
        news(
            "JA-culture-2-20160429",
            Some("29/04/2016".into()),
            "افتتاح معرض صفاقس للكتاب",
            book_fair,
        ),
        news(
            "JA-societe-3-20170125",
            Some("2017-01-25 08:15".into()),
            "انطلاق حملة التلقيح في المدارس",
            vaccines,
        ),
        news(
            "JA-economie-4-20170120",
            Some("2017-01-20".into()),
            "ندوة دولية حول الطاقات المتجددة",
            conference,
        ),
        news(
            "JA-regions-5",
            Some("غير محدد".into()),
            "أشغال الطريق الجهوية",
            works,
        ),
        news("JA-regions-6", None, "مشروع بلدي جديد", mayor),
        news(
            "JA-regions-7",
            Some(20170120.into()),
            "مشروع بلدي جديد",
            mayor,
        ),
    ];
    let input = lines.join("\n") + "\n";
    let output = run(
        &["--jsonl", "text", "--published-field", "time"],
        input.as_bytes(),
    );
    let err = stderr(&output);
    assert_eq!(code(&output), 1, "bad dates are errors: {err}");
    let out: Vec<Map<String, Value>> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), lines.len(), "one output line per input line");

    // Every record is cleaned: its fields as read, then the four added ones.
    for (rec, line) in out.iter().zip(&lines) {
        let read: Map<String, Value> = serde_json::from_str(line).unwrap();
        let mut keys: Vec<&str> = read.keys().map(String::as_str).collect();
        keys.extend([
            "text_clean",
            "text_removals",
            "text_dates",
            "text_published",
        ]);
        assert_eq!(rec.keys().map(String::as_str).collect::<Vec<_>>(), keys);
        for (key, value) in &read {
            assert_eq!(&rec[key], value, "{key}");
        }
    }

    let given = |date: &str| {
        let (year, month, day) = (&date[..4], &date[5..7], &date[8..]);
        serde_json::json!({"date": {"year": year.parse::<i32>().unwrap(),
                                    "month": month.parse::<u8>().unwrap(),
                                    "day": day.parse::<u8>().unwrap()},
                           "source": "Given", "span": null, "iso": date})
    };
    let dates = |i: usize| dates_of(out[i]["text"].as_str().unwrap(), &out[i]["text_dates"]);

    assert_eq!(out[0]["text_published"], given("2017-01-20"));
    assert_eq!(dates(0), [triple("أمس", "2017-01-19", "RelativeResolved")]);

    assert_eq!(out[1]["text_published"], given("2016-04-29"));
    assert_eq!(
        dates(1),
        [triple("أمس الخميس", "2016-04-28", "RelativeResolved")]
    );
    assert_eq!(out[1]["text_dates"][0]["weekday"], "Thursday");
    assert_eq!(out[1]["text_dates"][0]["weekday_matches"], true);

    assert_eq!(out[2]["text_published"], given("2017-01-25"));
    assert_eq!(dates(2), [triple("أمس", "2017-01-24", "RelativeResolved")]);

    assert_eq!(out[3]["text_published"], given("2017-01-20"));
    assert_eq!(
        dates(3),
        [
            triple("الأحد 15 جانفي 2017", "2017-01-15", "Absolute"),
            triple("أمس", "2017-01-19", "RelativeResolved"),
        ]
    );

    assert_eq!(out[4]["text_clean"], works_clean);
    assert_eq!(out[4]["text_published"], Value::Null);
    let unresolved = dates(4);
    assert_eq!(unresolved.len(), 2, "{unresolved:?}");
    assert_eq!(
        unresolved[0],
        triple("10 جانفي 2017", "2017-01-10", "Absolute")
    );
    assert_eq!(
        (unresolved[1].0.as_str(), unresolved[1].2.as_str()),
        ("أمس", "RelativeUnresolved")
    );
    for i in [5, 6] {
        assert_eq!(out[i]["text_clean"], mayor);
        assert_eq!(out[i]["text_published"], Value::Null);
        let found = dates(i);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].2.as_str()),
            ("أمس", "RelativeUnresolved")
        );
    }

    // The bad values are reported with their line, the value and what became of the
    // record; the summary counts them as errors.
    let reports: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("clean: line "))
        .collect();
    let cleaned_anyway = "; cleaned with no publication date (relative dates unresolved)";
    assert_eq!(
        reports,
        [
            format!(
                "clean: line 5: field \"time\": cannot read \"غير محدد\" as a date \
                 (ISO 8601, dd/mm/yyyy or an Arabic date with its day){cleaned_anyway}"
            ),
            format!("clean: line 6: no field \"time\"{cleaned_anyway}"),
            format!("clean: line 7: field \"time\" is a number, not a string{cleaned_anyway}"),
        ],
        "{err}"
    );
    assert!(err.contains("7 records, 0 blank lines, 3 errors"), "{err}");
}

#[test]
fn jsonl_published_field_values_that_are_no_day() {
    // A month without a day, a day that does not exist, a year out of range, a relative
    // word: each is reported with its value, and the record cleaned.
    let values = ["جانفي 2017", "2019-02-29", "0000-01-01", "أمس"];
    let input: String = values
        .iter()
        .map(|v| record(&[("time", (*v).into()), ("text", "كشـ24".into())]) + "\n")
        .collect();
    let output = run(
        &["--jsonl", "text", "--published-field", "time"],
        input.as_bytes(),
    );
    let err = stderr(&output);
    assert_eq!(code(&output), 1, "{err}");
    for (i, line) in stdout(&output).lines().enumerate() {
        let rec: Value = serde_json::from_str(line).unwrap();
        assert_eq!(rec["text_clean"], "كش24", "line {}", i + 1);
        assert_eq!(rec["text_published"], Value::Null, "line {}", i + 1);
    }
    for (i, value) in values.iter().enumerate() {
        let report = err
            .lines()
            .find(|l| l.starts_with(&format!("clean: line {}: ", i + 1)))
            .unwrap_or_else(|| panic!("line {} not reported: {err}", i + 1));
        assert!(report.contains(&format!("{value:?}")), "{report}");
    }
    assert!(err.contains("4 records, 0 blank lines, 4 errors"), "{err}");
}

/// Bad records are reported each with its line number, the first twenty only, then a count
/// of the rest; the exit code says there were some.
#[test]
fn jsonl_bad_record_messages_are_capped() {
    let lines: Vec<String> = (0..25)
        .map(|i| format!(r#"{{"id":{i},"text":42}}"#))
        .collect();
    let input = lines.join("\n") + "\n";
    let output = run(&["--jsonl", "text"], input.as_bytes());
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    let messages: Vec<&str> = err.lines().filter(|l| l.contains(": line ")).collect();
    assert_eq!(messages.len(), 20, "{err}");
    assert!(messages[0].starts_with("clean: line 1:"), "{err}");
    assert!(messages[19].starts_with("clean: line 20:"), "{err}");
    assert!(err.contains("5 more records with a problem"), "{err}");
    assert!(err.contains("0 records, 0 blank lines, 25 errors"), "{err}");
}

/// `normalize` streams its input through a preset; `dates` writes one line per date (byte
/// span, value, kind, text) or a JSON array with code-point offsets; `dedup` writes the
/// page without its repeats; `--help` shows each command's example.
#[test]
fn the_other_commands_do_one_thing_each() {
    let page = page();
    let normalized = run_command("normalize", &["--preset", "search"], page.as_bytes());
    assert_eq!(code(&normalized), 0, "{}", stderr(&normalized));
    assert_eq!(stdout(&normalized), arabic_text::normalize(&page));

    let text = "نشر في 17 دجنبر 2014 وفي شتنبر الماضي";
    let dates = run_command("dates", &["--reference", "2014-12-17"], text.as_bytes());
    assert_eq!(code(&dates), 0, "{}", stderr(&dates));
    let first = text.find("17").unwrap();
    let september = text.find("شتنبر").unwrap();
    assert_eq!(
        stdout(&dates),
        format!(
            "{first}\t{}\t2014-12-17\tabsolute\t17 دجنبر 2014\n{september}\t{}\t2014-09\trelative_resolved\tشتنبر الماضي\n",
            first + "17 دجنبر 2014".len(),
            text.len()
        )
    );
    let json = run_command("dates", &["--json"], text.as_bytes());
    let found: Value = serde_json::from_str(stdout(&json)).unwrap();
    assert_eq!(
        found[0]["span"]["char_start"],
        text[..first].chars().count()
    );
    assert_eq!(found[1]["iso"], "--09", "no reference: the month alone");

    let body = format!("{BODY}\n");
    let twice = format!("العنوان\n{body}{body}");
    let deduplicated = run_command("dedup", &[], twice.as_bytes());
    assert_eq!(stdout(&deduplicated), format!("العنوان\n{body}"));

    for command in ["clean", "normalize", "dates", "dedup"] {
        let help = run_command(command, &["--help"], b"");
        assert!(
            stdout(&help).contains("Example"),
            "{command}: {}",
            stdout(&help)
        );
    }
    let bad = run_command("dates", &["--reference", "2014-02-30"], b"");
    assert_eq!(code(&bad), 2);
    assert!(
        stderr(&bad).contains("no such day: 2014-02-30"),
        "{}",
        stderr(&bad)
    );
}
