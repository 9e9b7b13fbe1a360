#!/usr/bin/env bash
# The project's test command (called by `make test` and `.ci/run`): lint, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# --dist load: no test uses xdist groups, and after a crashed worker loadgroup's scheduler was
# seen waiting forever with both workers idle
exec .venv/bin/python -m pytest -n 2 --dist load "$@"
