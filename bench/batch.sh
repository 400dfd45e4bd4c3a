#!/usr/bin/env bash
# The batch benchmark: a generated corpus of mixed ja/tl/en news pages as
# JSONL (BENCH_MB, default 110 MB, fixed seed), run through the release
# binary with one thread and with every core under /usr/bin/time -v
# (throughput of document text, peak memory), the same at a tenth of the
# size (peak memory must not grow with the input), and, on the same text
# (its first BASELINE_MB, default 2 MB), the pipeline in process against
# lingua's detect_multiple_languages_of alone and whatlang per line alone.
# For comparison, one thread also runs the five real pages of samples/pages,
# repeated to the corpus's size: real article paragraphs are
# longer than the generated pages' lines on average, and much of the work
# is per line.
#
# Usage: bench/batch.sh [WORKDIR]   (the corpus is written there, not committed)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
mkdir -p "$work"
mb=${BENCH_MB:-110}
baseline_mb=${BASELINE_MB:-2}
cores=$(nproc)

[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
cargo build --locked --release --bin langsift --example baselines 2>&1 | tail -n 1
bin=target/release/langsift

corpus="$work/corpus.jsonl"
[ -s "$corpus" ] || python3 bench/make_corpus.py "$corpus" "$mb"
small="$work/corpus-small.jsonl"
lines=$(wc -l < "$corpus")
head -n $((lines / 10)) "$corpus" > "$small"
seeds="$work/seeds.jsonl"
python3 - "$seeds" "$mb" <<'PY'
import json, pathlib, sys
out, size = sys.argv[1], int(float(sys.argv[2]) * 1_000_000)
pages = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("samples/pages").iterdir())]
with open(out, "w", encoding="utf-8") as f:
    n = 0
    while f.tell() < size:
        f.write(json.dumps({"id": f"seed-{n}", "text": pages[n % len(pages)]}, ensure_ascii=False) + "\n")
        n += 1
PY

# run NAME INPUT THREADS: prints "NAME text_MB wall_s cpu_s peak_MB"
run() {
  local name=$1 input=$2 threads=$3
  /usr/bin/time -v -o "$work/$name.time" "$bin" clean "$input" -j "$threads" \
    -o /dev/null --stats "$work/$name.stats.json" 2>/dev/null
  python3 - "$name" "$work/$name.time" "$work/$name.stats.json" <<'PY'
import json, re, sys
name, tfile, sfile = sys.argv[1:]
t = open(tfile).read()
def field(label):
    return re.search(re.escape(label) + r": (.*)", t).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
peak = int(field("Maximum resident set size (kbytes)")) / 1024
share = field("Percent of CPU this job got").rstrip("%")
s = json.load(open(sfile))
assert s["documents"]["in"] == s["documents"]["out"] + s["documents"]["failed"]
mb = s["bytes"]["in"] / 1e6
print(f"{name} {mb:.1f} {secs:.2f} {cpu:.2f} {peak:.0f} {s['documents']['in']} {share}")
PY
}

echo "== corpus: $(du -m "$corpus" | cut -f1) MB of JSONL, $lines pages; $cores cores"
{
  run j1 "$corpus" 1
  run "j$cores" "$corpus" "$cores"
  run "j$cores-tenth" "$small" "$cores"
  run seeds-j1 "$seeds" 1
} > "$work/runs.txt"
echo "== baselines on the first $baseline_mb MB of text (one thread each)"
./target/release/examples/baselines "$corpus" "$baseline_mb" 2>/dev/null | tee "$work/baselines.txt"

python3 - "$work/runs.txt" "$work/baselines.txt" "$small" "$seeds" <<'PY'
import json, sys
runs = [l.split() for l in open(sys.argv[1])]
base = {l.split()[0]: float(l.split()[1]) for l in open(sys.argv[2]) if "MB/s" in l}
print()
print(f"{'run':<14}{'text MB':>9}{'docs':>8}{'wall s':>8}{'MB/s':>7}{'CPU %':>7}{'MB/cpu-s':>10}{'peak MB':>9}")
rates = []
for name, mb, wall, cpu, peak, docs, share in runs:
    mb, wall, cpu = float(mb), float(wall), float(cpu)
    rates.append((mb / wall, mb / cpu))
    print(f"{name:<14}{mb:>9.1f}{int(docs):>8}{wall:>8.1f}{mb / wall:>7.2f}{share:>7}{mb / cpu:>10.2f}{peak:>9}")
print(f"wall-clock speed-up of {runs[1][0]} over j1: {rates[1][0] / rates[0][0]:.2f}x "
      f"(CPU % shows what the machine let each run have)")
print(f"work per MB, {runs[1][0]} against j1 (1.00 = no parallel overhead): {rates[0][1] / rates[1][1]:.2f}")
def bytes_per_line(path):
    lines = [l for rec in open(path, encoding="utf-8") for l in json.loads(rec)["text"].split("\n") if l.strip()]
    return sum(len(l.encode()) for l in lines) / len(lines)
print(f"bytes per non-blank line: generated pages {bytes_per_line(sys.argv[3]):.0f}, "
      f"the real pages {bytes_per_line(sys.argv[4]):.0f} (seeds-j1 is {rates[3][1] / rates[0][1]:.2f}x j1 per CPU-second)")
print("on the same text, per second of CPU time:")
print(f"  pipeline (in process) / lingua detect_multiple_languages_of: {base['pipeline'] / base['lingua_multiple']:.1f}x")
print(f"  pipeline (CLI -j1, whole corpus) / lingua detect_multiple_languages_of: {rates[0][1] / base['lingua_multiple']:.1f}x")
print(f"  whatlang per line / pipeline (in process): {base['whatlang_lines'] / base['pipeline']:.1f}x")
PY
