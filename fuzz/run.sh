#!/usr/bin/env bash
# Run every fuzz target for a set time (default 600 s each), seeded from the
# sample pages. Needs cargo-fuzz (`cargo install cargo-fuzz`); uses
# RUSTC_BOOTSTRAP=1 because the machine has only a stable toolchain.
# Usage: fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(RUSTC_BOOTSTRAP=1 cargo fuzz list)
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/$t
  mkdir -p "$corpus"
  case $t in
    pipeline_bytes) cp samples/pages/*.txt "$corpus"/ ;;
    jsonl_input) [ -d fuzz/seeds/jsonl ] && cp fuzz/seeds/jsonl/* "$corpus"/ ;;
  esac
  echo "== fuzzing $t for ${secs}s"
  # Safe Rust needs no AddressSanitizer; without it the target runs several
  # times faster.
  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none "$t" "$corpus" -- -max_total_time="$secs" -rss_limit_mb=2048 -max_len=16384 2>&1 \
    | tee "fuzz/$t.log" | grep -E "^#[0-9]+.*(pulse|DONE)|ERROR|SUMMARY|Done" || true
  tail -n 3 "fuzz/$t.log"
done
