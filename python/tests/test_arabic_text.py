"""The Python package against the crate's own behaviour: a page in the style of a scraped
Moroccan news page (written for these tests), real Tunisian news when ../shared/corpus
is there, code-point spans checked by slicing, batches against one-by-one, errors."""

import datetime
import json
import pathlib
import re

import pytest

import arabic_text as at

BODY = (
    "اختُتمت مساء أمس الأربعاء بمدينة ورزازات فعاليات الدورة الأولى لمهرجان الفيلم "
    "الوثائقي التي انطلقت في شتنبر الماضي بمشاركة أفلام من عشرين بلدا.\n"
    "وأكد رئيس المهرجان أن الدورة المقبلة ستنظم في شهر ماي 2016 بمشاركة أوسع.\n"
)
PAGE = "اختتام مهرجان الفيلم الوثائقي بورزازات\nمراكشـ24\u200f\nنشر في: 12 نونبر 2015\n" + BODY + BODY

CORPUS = pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "news-tn-jawharafm.jsonl"


class _Day:
    """A date-like object (year, month, day attributes) that need not exist."""

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day


def _day_of(time):
    """The corpus's `time` as an ISO day: `2017-01-20T21:43:00+01:00` or `19/06/2016`."""
    if not time:
        return None
    if re.match(r"\d{4}-\d{2}-\d{2}", time):
        return time[:10]
    found = re.match(r"(\d{2})/(\d{2})/(\d{4})", time)
    return f"{found[3]}-{found[2]}-{found[1]}" if found else None


def test_normalize_presets():
    assert at.normalize("نُشِرَ في: ١٧ دجنبـر ٢٠١٤") == "نشر في: 17 دجنبر 2014"
    assert at.normalize("كشـ24\u200f", "clean") == "كش24"
    assert at.normalize("أَحْمَد", preset="lucene") == "احمد"
    assert at.normalize("ﻻ", "camel") == "لا"
    assert at.normalize("نص", "none") == "نص"


def test_normalizer_settings_and_batch():
    n = at.Normalizer("none", remove_tatweel=True, digits="ascii")
    assert n.normalize("كشـ٢٤") == "كش24"
    assert n.is_normalized("كش24") and not n.is_normalized("كشـ24")
    texts = [PAGE, "", "مَرحبا", "كشـ٢٤"] * 10
    search = at.Normalizer("search")
    assert search.normalize_batch(texts) == [search.normalize(t) for t in texts]
    assert at.Normalizer().normalize("أَحْمَد") == "احمد"  # search by default


def test_normalize_batch_across_the_utf16_boundary():
    search = at.Normalizer("search")
    # Every width of character: ASCII, Latin, Arabic, a byte order mark, astral characters
    # (a surrogate pair in UTF-16), at the start, the end and alone.
    texts = [
        "\ufeffأَحْمَد",
        "😀",
        "نص 😀 é\u200f",
        "\U0010ffff" * 3 + "إ",
        "abc",
        "",
        "ة" * 1000,
    ]
    assert search.normalize_batch(texts) == [search.normalize(t) for t in texts]
    # A text left as it is comes back as itself; a generator and a tuple are taken too.
    same = "كتب الطالب الدرس"
    assert search.normalize_batch([same])[0] is same
    assert search.normalize(same) is same and at.normalize(same) is same
    assert search.normalize_batch(t for t in texts) == search.normalize_batch(tuple(texts))

    class Text(str):
        pass

    out = search.normalize_batch([Text("نص")])[0]
    assert out == "نص" and type(out) is str
    assert type(search.normalize(Text("نص"))) is str
    with pytest.raises(TypeError, match="expected a list of str, got a str"):
        search.normalize_batch("نص")
    with pytest.raises(TypeError, match="expected str, got int"):
        search.normalize_batch(["نص", 42])
    with pytest.raises(UnicodeEncodeError):
        search.normalize_batch(["نص", "\ud800"])


def test_clean_batch_takes_any_iterable_and_gives_each_text_once():
    pages = [PAGE, "نص 😀 قصير", ""]
    batch = at.clean_batch(p for p in pages)
    assert [c.text for c in batch] == [at.clean(p).text for p in pages]
    # The text is made once: every read gives the same object.
    assert batch[0].text is batch[0].text
    with pytest.raises(TypeError, match="clean_batch: expected a list of str, got a str"):
        at.clean_batch(PAGE)
    with pytest.raises(TypeError, match="expected str, got bytes"):
        at.clean_batch([PAGE, b"bytes"])


def test_find_dates_spans_are_code_points():
    text = "في 17 دجنبر 2014 وفي شتنبر الماضي"
    found = at.find_dates(text, "2014-12-17")
    assert [(m.text, m.value, m.kind) for m in found] == [
        ("17 دجنبر 2014", "2014-12-17", "absolute"),
        ("شتنبر الماضي", "2014-09", "relative_resolved"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert found[0].date == datetime.date(2014, 12, 17)
    assert found[1].date is None
    assert (found[1].first, found[1].last) == (datetime.date(2014, 9, 1), datetime.date(2014, 9, 30))
    # The same with a datetime.date, and without a reference: the month alone.
    assert [m.value for m in at.find_dates(text, datetime.date(2014, 12, 17))] == ["2014-12-17", "2014-09"]
    assert at.find_dates(text)[1].value == "--09"
    hijri = at.find_dates("رمضان 1440 هـ")[0]
    assert (hijri.first, hijri.last) == (datetime.date(2019, 5, 6), datetime.date(2019, 6, 3))


def test_dedup_and_find_repeats():
    assert at.dedup(PAGE).count("فعاليات الدورة الأولى") == 1
    (removal,) = at.find_repeats(PAGE)
    assert removal.kind == "repeated_run"
    assert PAGE[removal.start : removal.end] == BODY
    assert PAGE[removal.kept_start : removal.kept_end] == BODY.rstrip("\n")


def test_clean_a_page():
    cleaned = at.clean(PAGE)
    assert cleaned.text.count("فعاليات الدورة الأولى") == 1
    assert "مراكش24" in cleaned.text and "\u200f" not in cleaned.text
    assert cleaned.published.date == datetime.date(2015, 11, 12)
    assert cleaned.published.source == "byline"
    assert PAGE[cleaned.published.start : cleaned.published.end] == "12 نونبر 2015"
    values = {m.text: m.value for m in cleaned.dates}
    assert values["أمس الأربعاء"] == "2015-11-11"
    assert values["شتنبر الماضي"] == "2015-09"
    for m in cleaned.dates:
        assert PAGE[m.start : m.end] == m.text
    given = at.clean(PAGE, published=datetime.date(2016, 1, 10))
    assert given.published.source == "given" and given.published.start is None
    assert {m.text: m.value for m in given.dates}["شتنبر الماضي"] == "2015-09"


def test_clean_batch_equals_one_by_one():
    texts = [PAGE, BODY, "", "سطر واحد"] * 5
    one_by_one = [at.clean(t) for t in texts]
    for threads in (None, 1, 2):
        batch = at.clean_batch(texts, threads=threads)
        assert [c.text for c in batch] == [c.text for c in one_by_one]
        assert [[m.value for m in c.dates] for c in batch] == [[m.value for m in c.dates] for c in one_by_one]
    dated = at.clean_batch([PAGE, PAGE], published=[None, "2016-01-10"])
    assert dated[0].published.source == "byline"
    assert dated[1].published.date == datetime.date(2016, 1, 10)
    assert all(c.published.date == datetime.date(2015, 1, 1) for c in at.clean_batch([BODY, BODY], published="2015-01-01"))


def test_errors_are_python_exceptions():
    with pytest.raises(TypeError):
        at.normalize(42)
    with pytest.raises(ValueError, match="unknown preset"):
        at.normalize("نص", "fastest")
    with pytest.raises(TypeError, match="unexpected setting"):
        at.Normalizer(remove_tatweal=True)
    with pytest.raises(ValueError, match="2014-02-30"):
        at.find_dates("أمس", "2014-02-30")
    with pytest.raises(ValueError, match="no such day: 2014-02-30"):
        at.find_dates("أمس", _Day(2014, 2, 30))
    with pytest.raises(ValueError, match="day 29 does not exist in month 2 of 2015"):
        at.clean(PAGE, published="2015-02-29")
    with pytest.raises(ValueError, match="2 dates for 3 texts"):
        at.clean_batch(["a", "b", "c"], published=[None, None])
    # A lone surrogate cannot be UTF-8: refused, nothing done, the interpreter fine.
    with pytest.raises(UnicodeEncodeError):
        at.normalize("نص\ud800")
    assert at.normalize("نص") == "نص"


def test_real_tunisian_news():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the real-text test needs ../shared/corpus")
    records = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            records.append(json.loads(line))
            if len(records) == 300:
                break
    texts = [r["text"] for r in records]
    published = [_day_of(r.get("time")) for r in records]
    batch = at.clean_batch(texts, published=published)
    for text, day, cleaned in zip(texts, published, batch):
        single = at.clean(text, published=day)
        assert cleaned.text == single.text
        assert [m.value for m in cleaned.dates] == [m.value for m in single.dates]
        for m in cleaned.dates:
            assert text[m.start : m.end] == m.text
        for r in cleaned.removals:
            assert 0 <= r.start < r.end <= len(text)
    assert sum(len(c.dates) for c in batch) > 100
