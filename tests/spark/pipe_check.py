#!/usr/bin/env python3
"""The Spark check: langsift as an `RDD.pipe` stage, for real.

Starts PySpark in local mode, pipes a few thousand JSONL documents (from the
repository's sample and test pages, some mixed-language, some empty, some
boilerplate only) through `langsift clean - --input-format jsonl --format
documents` in several partitions, and checks that every input id comes back
exactly once, each with its meta. Prints one PASS or FAIL line; exits non-zero
on failure.

Usage: pipe_check.py PATH/TO/langsift [DOCUMENTS]
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def texts():
    pages = sorted((ROOT / "samples/pages").glob("*.txt"))
    pages += sorted((ROOT / "tests/data/clean/dev").glob("*.txt"))
    out = [p.read_text(encoding="utf-8") for p in pages]
    out += ["東京で会議が開かれた。\nThe meeting ended at noon.\n", "", "拒否\n"]
    return out


def main():
    binary = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster("local[2]").setAppName("langsift-pipe-check")
    conf = conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    conf = conf.set("spark.driver.host", "127.0.0.1")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        pool = texts()
        records = [
            json.dumps({"id": f"doc-{i}", "text": pool[i % len(pool)], "shard": i % 7}, ensure_ascii=False)
            for i in range(n)
        ]
        command = f"{binary} clean - --input-format jsonl --format documents"
        out = sc.parallelize(records, 8).pipe(command, checkCode=True).collect()
    finally:
        sc.stop()

    problems = []
    counts = {}
    for line in out:
        doc = json.loads(line)
        counts[doc["id"]] = counts.get(doc["id"], 0) + 1
        i = int(doc["id"].split("-")[1])
        if doc.get("meta", {}).get("shard") != i % 7:
            problems.append(f"{doc['id']}: meta not passed through")
    want = {f"doc-{i}" for i in range(n)}
    missing = want - counts.keys()
    extra = counts.keys() - want
    twice = [k for k, c in counts.items() if c > 1]
    if missing:
        problems.append(f"{len(missing)} ids missing, e.g. {sorted(missing)[:3]}")
    if extra:
        problems.append(f"{len(extra)} unknown ids, e.g. {sorted(extra)[:3]}")
    if twice:
        problems.append(f"{len(twice)} ids more than once, e.g. {twice[:3]}")
    if problems:
        print(f"spark pipe check: FAIL ({len(out)} records for {n} documents): " + "; ".join(problems[:5]))
        sys.exit(1)
    print(f"spark pipe check: PASS ({n} documents through RDD.pipe, each back exactly once)")


if __name__ == "__main__":
    main()
