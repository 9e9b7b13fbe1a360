#!/usr/bin/env bash
# Benchmarks print numbers; they are not tests and do not fail on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
for b in bench/bench_*.py; do
  echo "== $b"
  .venv/bin/python "$b"
done
