#!/usr/bin/env bash
# Benchmarks print numbers; they are not tests and do not fail on speed.
# Every bench/bench_*.py runs: KDF cost, balance refresh (EVM, Tron), and bench_startup.py (first
# paint, balances shown, event-loop stalls; its child process is bench/startup_probe.py).
# KAPCHYK_BENCH_RUNS=N sets how many cold starts bench_startup.py measures (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
for b in bench/bench_*.py; do
  echo "== $b"
  .venv/bin/python "$b"
done
