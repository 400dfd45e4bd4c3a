#!/usr/bin/env bash
# Work per byte, counted by callgrind instead of timed: the instructions of
# one thread on the batch corpus's first N2 pages less those of its first N1
# pages, so that start-up (compiling the rules, loading the models) is left
# out. The count does not depend on what else the machine is doing, so two
# builds can be compared on a machine whose speed drifts, where wall time
# cannot. It is not exact: the reading thread and the worker interleave
# differently from run to run, and two runs of one binary have differed by
# about 0.1% in instructions and 2 to 4% in simulated cache misses. Two runs
# at once need two WORKDIRs: each writes its page slices there.
#
# With CACHE_SIM=1 it also simulates the caches, with the last level set to
# a 512 KB, 8-way L2 (the development machine's, per core; change LL below
# for another machine): misses there go to the shared L3 and cost what the
# instruction count does not show (the rule prefilter's automaton and the
# regexes' lazy DFAs are such costs). About twice as slow.
#
# Usage: bench/work.sh [WORKDIR] [BINARY...]
#   WORKDIR   holds corpus.jsonl, bench/batch.sh's corpus (made if missing)
#   BINARY    default: target/release/langsift, built first; give two or
#             more to compare builds on the same pages
# Environment: N1, N2 (pages, default 2000 and 4000), BENCH_MB (the corpus's
# size if it must be made, default 110), CACHE_SIM=1, LL (default
# 524288,8,64: size, ways, line bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
shift || true
bins=("$@")
n1=${N1:-2000}
n2=${N2:-4000}
mkdir -p "$work"
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
if [ ${#bins[@]} -eq 0 ]; then
  cargo build --locked --release --bin langsift 2>&1 | tail -n 1
  bins=(target/release/langsift)
fi
corpus="$work/corpus.jsonl"
[ -s "$corpus" ] || python3 bench/make_corpus.py "$corpus" "${BENCH_MB:-110}"
head -n "$n1" "$corpus" > "$work/work-$n1.jsonl"
head -n "$n2" "$corpus" > "$work/work-$n2.jsonl"
# The document text between the two: what the difference in work is for.
mb=$(python3 - "$work/work-$n1.jsonl" "$work/work-$n2.jsonl" <<'PY'
import json, sys
size = lambda p: sum(len(json.loads(l)["text"].encode()) for l in open(p, encoding="utf-8"))
print(f"{(size(sys.argv[2]) - size(sys.argv[1])) / 1e6:.4f}")
PY
)
sim=()
[ "${CACHE_SIM:-0}" = 1 ] && sim=(--cache-sim=yes "--LL=${LL:-524288,8,64}")

# count BINARY INPUT: prints "instructions [L1d-misses L2d-misses L2i-misses]"
count() {
  valgrind --tool=callgrind "${sim[@]}" --callgrind-out-file=/dev/null \
    "$1" clean "$2" -j1 -o /dev/null 2>&1 | python3 -c '
import re, sys
t = sys.stdin.read()
def total(label):
    m = re.search(r"==\d+== " + label + r":\s+([\d,]+)", t)
    return m.group(1).replace(",", "") if m else "-"
print(total("I\\s+refs"), total("D1\\s+misses"), total("LLd\\s+misses"), total("LLi\\s+misses"))
'
}

echo "== pages $n1 to $n2 of $corpus: $mb MB of document text, one thread"
for bin in "${bins[@]}"; do
  read -r -a one < <(count "$bin" "$work/work-$n1.jsonl")
  read -r -a two < <(count "$bin" "$work/work-$n2.jsonl")
  python3 - "$bin" "$mb" "${one[@]}" "${two[@]}" <<'PY'
import sys
bin, mb, *counts = sys.argv[1:]
mb = float(mb)
one, two = counts[:4], counts[4:]
work = int(two[0]) - int(one[0])
line = f"{bin}: {work / 1e6:,.1f} million instructions, {work / (mb * 1e6):.1f} per byte"
if "-" not in one + two:
    per_kb = [(int(b) - int(a)) / (mb * 1e3) for a, b in zip(one[1:], two[1:])]
    line += "; misses per KB: L1 data {:.1f}, L2 data {:.1f}, L2 instructions {:.1f}".format(*per_kb)
print(line)
PY
done
