"""The Spark example on `local[2]`: a few hundred records of the Tunisian corpus (or
records written here when ../shared is absent) cleaned in a DataFrame, each with its own
publication date, against `clean_batch` run directly."""

import json
import os
import pathlib
import sys

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark is installed by .ci/run")

import arabic_text  # noqa: E402

EXAMPLE = pathlib.Path(__file__).resolve().parents[1] / "examples" / "spark_clean.py"
sys.path.insert(0, str(EXAMPLE.parent))
import spark_clean  # noqa: E402

CORPUS = pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "news-tn-jawharafm.jsonl"

BODY = "وأكد المسؤول أن البرنامج انطلق في شتنبر الماضي وسيستمر إلى غاية 30 جوان المقبل.\n"


def records(count: int) -> list:
    if CORPUS.exists():
        out = []
        with CORPUS.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                out.append({"docno": record["docno"], "time": record.get("time"), "text": record["text"]})
                if len(out) == count:
                    break
        return out
    return [
        {"docno": f"doc-{i}", "time": f"2016-{1 + i % 12:02d}-15T10:00:00", "text": f"عنوان {i}\nكشـ24\n{BODY}{BODY}"}
        for i in range(count)
    ]


def test_the_spark_job_gives_what_clean_batch_gives(tmp_path):
    os.environ["PYSPARK_PYTHON"] = sys.executable
    rows = records(300)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    spark = pyspark.sql.SparkSession.builder.master("local[2]").appName("test").getOrCreate()
    # The job's module goes to the executors as it would on a cluster.
    spark.sparkContext.addPyFile(str(EXAMPLE))
    try:
        frame = spark.read.json(str(source))
        out = {r["docno"]: r for r in spark_clean.clean_frame(frame, "text", "time").collect()}
    finally:
        spark.stop()
    assert len(out) == len(rows)
    expected = arabic_text.clean_batch(
        [r["text"] for r in rows], published=[spark_clean.day_of(r["time"]) for r in rows]
    )
    for row, cleaned in zip(rows, expected):
        got = out[row["docno"]]
        assert got["clean_text"] == cleaned.text
        assert [(d["value"], d["kind"], d["char_start"], d["char_end"]) for d in got["dates"]] == [
            (m.value, m.kind, m.start, m.end) for m in cleaned.dates
        ]
        for d in got["dates"]:
            assert row["text"][d["char_start"] : d["char_end"]] == d["text"]
        assert got["published"] == (cleaned.published.date.isoformat() if cleaned.published else None)
    assert sum(len(r["dates"]) for r in out.values()) > 100
