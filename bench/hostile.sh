#!/usr/bin/env bash
# Time and peak memory of the release binary on hostile inputs at two sizes,
# to show both grow linearly with input size (the tests only check that
# nothing panics and the invariants hold).
# Usage: bench/hostile.sh [SMALL_MB] [LARGE_MB]   (default 4 and 16; the
# tiny-lines input costs a few hundred bytes of memory per line, so mind
# the machine before going much larger)
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-4}
large=${2:-16}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
cargo build --release --locked -q
bin=target/release/langsift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen() { # KIND MB FILE
  python3 - "$1" "$2" "$3" <<'PY'
import sys
kind, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
size = mb * 1024 * 1024
en = "The minister arrived in Tokyo on Monday for talks on trade. "
ja = "大臣は月曜日に東京に到着し、貿易について協議した。"
tl = "Sinabi ng pangulo na tataas ang sahod ng mga manggagawa sa susunod na taon. "
if kind == "one_line":
    unit = (en + ja + tl).encode()
    data = unit * (size // len(unit) + 1)
elif kind == "tiny_lines":
    unit = "a\n1\nx\n。\n-\n日\nb c\n?\n".encode()
    data = unit * (size // len(unit) + 1)
elif kind == "long_word":
    data = (("a" * 10000 + " " + en + "\n") * (size // 10070 + 1)).encode()
elif kind == "combining":
    data = (("e" + "\u0301" * 10000 + " " + en + "\n") * (size // 20070 + 1)).encode()
elif kind == "pages":
    unit = ((en * 6 + "\n\n" + ja * 4 + "\n\n" + tl * 5 + "\n関連記事\n\nTeaser line.\n\n\n") ).encode()
    data = unit * (size // len(unit) + 1)
open(path, "wb").write(data[:size])
PY
}

printf '%-11s %8s %9s %9s %10s\n' input MB seconds MB/s peak_MB
for kind in pages one_line tiny_lines long_word combining; do
  for mb in "$small" "$large"; do
    f=$work/$kind-$mb.txt
    gen "$kind" "$mb" "$f"
    /usr/bin/time -f "%e %M" -o "$work/t" "$bin" clean "$f" > /dev/null
    read -r secs kb < "$work/t"
    awk -v k="$kind" -v mb="$mb" -v s="$secs" -v kb="$kb" \
      'BEGIN { printf "%-11s %8d %9.2f %9.2f %10.1f\n", k, mb, s, (s > 0 ? mb / s : 0), kb / 1024 }'
    rm -f "$f"
  done
done
