#!/usr/bin/env bash
# Builds the one-folder Linux bundle (dist/kapchyk/) with PyInstaller and smoke-tests it:
# `kapchyk --version`, `kapchyk --json networks` and the GUI painting its window offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/kapchyk.spec
bundle=dist/kapchyk
"$bundle/kapchyk" --version
for lang in ru ky; do  # the compiled translations the GUI loads
    test -s "$bundle/_internal/wallet/resources/translations/kapchyk_$lang.qm"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# (the output is read whole: `| grep -q` would close the pipe early and, under pipefail, fail)
networks=$("$bundle/kapchyk" --data-dir "$tmp" --json networks)
grep -q '"KGST"' <<<"$networks"
QT_QPA_PLATFORM=offscreen "$bundle/kapchyk-gui" --data-dir "$tmp" --smoke-test
echo "bundle OK: $(du -sh "$bundle" | cut -f1) in $bundle"
