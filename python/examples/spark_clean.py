"""Clean a corpus of JSON Lines on Apache Spark with arabic_text.clean_batch.

Each record's text column is cleaned (repeats removed, text normalized), and the job adds
the cleaned text, the dates as an array of structs (value, kind, text, code-point span) and
the publication date with its source; with --published, each record's own publication date
comes from that column (ISO 8601 with or without a time, or dd/mm/yyyy) and is the
reference for its relative dates. The same job runs on a laptop and on a cluster:

    spark-submit --master 'local[*]' python/examples/spark_clean.py \\
        news.jsonl cleaned/ --text text --published time

The package must be installed on every executor (`pip install ./python`, or a wheel
shipped with --py-files / an environment archive).
"""

import argparse
import re
from typing import Iterator, Optional

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import types as T

import arabic_text

DATE = T.StructType(
    [
        T.StructField("value", T.StringType()),
        T.StructField("kind", T.StringType()),
        T.StructField("text", T.StringType()),
        T.StructField("char_start", T.LongType()),
        T.StructField("char_end", T.LongType()),
    ]
)

ADDED = [
    T.StructField("clean_text", T.StringType()),
    T.StructField("dates", T.ArrayType(DATE)),
    T.StructField("published", T.StringType()),
    T.StructField("published_source", T.StringType()),
]


def day_of(value) -> Optional[str]:
    """A publication date as an ISO day: `2017-01-20T21:43:00+01:00`, `2017-01-20`,
    `19/06/2016` (a time may follow); None for anything else."""
    if not isinstance(value, str):
        return None
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    found = re.match(r"(\d{2})/(\d{2})/(\d{4})", value)
    return f"{found[3]}-{found[2]}-{found[1]}" if found else None


def clean_batches(
    batches: Iterator[pd.DataFrame], text: str, published: Optional[str]
) -> Iterator[pd.DataFrame]:
    """`mapInPandas`'s function: each batch of records cleaned with one call, on every
    core of the executor."""
    for frame in batches:
        texts = frame[text].fillna("").astype(str).tolist()
        days = [day_of(v) for v in frame[published]] if published else None
        try:
            cleaned = arabic_text.clean_batch(texts, published=days)
        except ValueError:
            # A day that does not exist in one record: clean the batch one by one, that
            # record without its date.
            cleaned = []
            for i, t in enumerate(texts):
                try:
                    cleaned.append(arabic_text.clean(t, published=days[i] if days else None))
                except ValueError:
                    cleaned.append(arabic_text.clean(t))
        frame = frame.copy()
        frame["clean_text"] = [c.text for c in cleaned]
        frame["dates"] = [
            [
                {
                    "value": m.value,
                    "kind": m.kind,
                    "text": m.text,
                    "char_start": m.start,
                    "char_end": m.end,
                }
                for m in c.dates
            ]
            for c in cleaned
        ]
        frame["published"] = [c.published.date.isoformat() if c.published else None for c in cleaned]
        frame["published_source"] = [c.published.source if c.published else None for c in cleaned]
        yield frame


def clean_frame(frame: DataFrame, text: str = "text", published: Optional[str] = None) -> DataFrame:
    """`frame` with `clean_text`, `dates`, `published` and `published_source` added."""
    schema = T.StructType(frame.schema.fields + ADDED)
    return frame.mapInPandas(lambda batches: clean_batches(batches, text, published), schema)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines, one record a line")
    parser.add_argument("output", help="the directory of the cleaned JSON Lines")
    parser.add_argument("--text", default="text", help="the column to clean")
    parser.add_argument("--published", help="the column of each record's publication date")
    args = parser.parse_args()
    spark = SparkSession.builder.appName("arabic-text clean").getOrCreate()
    frame = spark.read.json(args.input)
    clean_frame(frame, args.text, args.published).write.mode("overwrite").json(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
