#!/usr/bin/env bash
# Screenshots for the README (docs/screenshots/*.png) and the user guide
# (docs/guide/screenshots/<lang>/*.png, one set per language), taken from the real app in a virtual X
# screen (Xvfb) with Qt's xcb platform, on a local devnet with the demo wallet.
# Needs the system packages of scripts/system-deps.sh (xvfb, xauth, Qt's xcb libraries, fonts).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: run 'make setup'" >&2; exit 1; }
export QT_QPA_PLATFORM=xcb
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset WAYLAND_DISPLAY QT_SCALE_FACTOR QT_QPA_PLATFORMTHEME
shoot() {
  xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" .venv/bin/python scripts/screenshots.py "$@"
}
if [ $# -gt 0 ]; then
  shoot "$@"
  exit
fi
shoot  # the README's, in English
for lang in en ru ky; do  # the user guide's, each in its language (docs/guide/)
  shoot --language "$lang" --out "docs/guide/screenshots/$lang"
done
