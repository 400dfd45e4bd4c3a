#!/usr/bin/env python3
"""Generate the batch benchmark corpus: JSONL news pages, deterministic.

Each page is assembled, with a fixed seed, from the labelled lines of the
pages in the repository (samples/pages and tests/data/clean/{dev,test}):
header boilerplate (navigation, cookie banners, share bars...), a title and
article paragraphs in a main language (ja, tl or en) with some paragraphs
and some mixed lines in another, then related-article blocks and footer
boilerplate. Records are {"id", "text", "url", "fetched"}.

Usage: make_corpus.py OUT.jsonl [MEGABYTES] [SEED]
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    (ROOT / "samples/seeds.gold.tsv", ROOT / "samples/pages"),
    (ROOT / "tests/data/clean/dev.gold.tsv", ROOT / "tests/data/clean/dev"),
    (ROOT / "tests/data/clean/test.gold.tsv", ROOT / "tests/data/clean/test"),
]


def pools():
    body = {"en": [], "ja": [], "tl": []}
    titles = {"en": [], "ja": [], "tl": []}
    boiler = []
    for gold, pages in SETS:
        lines_of = {}
        for row in gold.read_text(encoding="utf-8").splitlines():
            if row.startswith("#") or not row.strip():
                continue
            cols = row.split("\t")
            name, n, label, lang, role = cols[0], int(cols[1]), cols[2], cols[3], cols[4]
            if name not in lines_of:
                lines_of[name] = (pages / name).read_text(encoding="utf-8").split("\n")
            text = lines_of[name][n - 1].strip()
            if not text:
                continue
            if label == "keep" and lang in body:
                (titles if role == "title" else body)[lang].append(text)
            elif label == "drop":
                boiler.append(text)
    return body, titles, boiler


def page(rng, body, titles, boiler):
    main = rng.choice(["en", "ja", "tl"])
    others = [l for l in body if l != main]
    out = [rng.choice(boiler) for _ in range(rng.randint(3, 9))]
    out.append("")
    out.append(rng.choice(titles[main] or body[main]))
    out.append("")
    for _ in range(rng.randint(5, 16)):
        r = rng.random()
        if r < 0.12:
            para = rng.choice(body[rng.choice(others)])
        elif r < 0.18:
            para = rng.choice(body[main]) + " " + rng.choice(body[rng.choice(others)])
        else:
            para = rng.choice(body[main])
        out.append(para)
        out.append("")
    out.extend(rng.choice(boiler) for _ in range(rng.randint(4, 12)))
    return main, "\n".join(out) + "\n"


def main():
    out = Path(sys.argv[1])
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 110
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261121)
    body, titles, boiler = pools()
    target = int(megabytes * 1_000_000)
    written = 0
    n = 0
    with out.open("w", encoding="utf-8") as f:
        while written < target:
            lang, text = page(rng, body, titles, boiler)
            rec = {
                "id": f"doc-{n:07d}",
                "text": text,
                "url": f"https://news.example/{lang}/{n}",
                "fetched": "2026-11-01",
            }
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{out}: {n} pages, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
