"""Throughput of the Python package against the Arabic normalizers Python users have, in
one process over the Tunisian news corpus, and of `clean_batch` against the
`arabic-text` command's corpus mode on the same records.

    pip install ./python camel-tools pyarabic arabic-norm arabic-normalize
    cargo build --release --features cli
    python python/bench.py [../shared/corpus/news-tn-jawharafm.jsonl]

A package that is not installed is left out of the table. Each figure is the best of
three runs, in MB of UTF-8 text per second; the ratio column divides ours by the row's.
"""

import json
import pathlib
import subprocess
import sys
import time

import arabic_text

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".." / "shared" / "corpus" / "news-tn-jawharafm.jsonl"


def best(run, repeat=3):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main():
    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} texts, {size:.1f} MB of UTF-8\n")

    search = arabic_text.Normalizer("search")
    rows = [
        ("arabic_text Normalizer('search').normalize_batch (every core)", lambda: search.normalize_batch(texts)),
        ("arabic_text Normalizer('search').normalize, one by one (one core)", lambda: [search.normalize(t) for t in texts]),
    ]
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )

        def camel():
            return [
                normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(normalize_unicode(t)))))
                for t in texts
            ]

        rows.append(("CAMeL Tools normalize_unicode + dediac_ar + alef, alef maksura, teh marbuta", camel))
    except ImportError:
        pass
    try:
        import pyarabic.araby as araby

        rows.append(
            (
                "PyArabic strip_tashkeel + strip_tatweel + normalize_hamza",
                lambda: [araby.normalize_hamza(araby.strip_tatweel(araby.strip_tashkeel(t))) for t in texts],
            )
        )
    except ImportError:
        pass
    try:
        import arabic_norm

        rows.append(("arabic-norm normalize_batch (Rust, every core)", lambda: arabic_norm.normalize_batch(texts)))
    except ImportError:
        pass
    try:
        import arabic_normalize

        rows.append(("arabic-normalize normalize (Rust), one by one", lambda: [arabic_normalize.normalize(t) for t in texts]))
    except ImportError:
        pass

    results = [(name, size / best(run)) for name, run in rows]
    ours = results[0][1]
    print("| normalizer | MB/s | arabic_text batch is |")
    print("|---|--:|--:|")
    for name, rate in results:
        print(f"| {name} | {rate:.1f} | {ours / rate:.1f}× |")

    command = ROOT / "target" / "release" / "arabic-text"
    clean_rate = size / best(lambda: arabic_text.clean_batch(texts))
    print(f"\n| cleaning | MB/s |\n|---|--:|\n| arabic_text.clean_batch (every core) | {clean_rate:.1f} |")
    if command.exists():
        def run_command():
            with CORPUS.open("rb") as source:
                subprocess.run([str(command), "clean", "--jsonl", "text"], stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

        command_rate = size / best(run_command)
        print(f"| the arabic-text command, clean --jsonl text (every core) | {command_rate:.1f} |")
        print(f"\nclean_batch runs at {100 * clean_rate / command_rate:.0f}% of the command's throughput")


if __name__ == "__main__":
    main()
