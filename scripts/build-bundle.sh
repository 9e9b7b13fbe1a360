#!/usr/bin/env bash
# Builds the one-folder Linux bundle (dist/kapchyk/) with PyInstaller and smoke-tests it:
# `kapchyk --version`, `kapchyk --json networks`, the GUI painting its window offscreen, and the
# GUI with no display saying so in one line.
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
# with no display: one plain line naming the cause and a non-zero exit, not Qt's plugin text
if said=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        "$bundle/kapchyk-gui" --data-dir "$tmp" 2>&1); then
    echo "kapchyk-gui started with no display" >&2; exit 1
fi
grep -q "^kapchyk-gui: no display found" <<<"$said" && [ "$(wc -l <<<"$said")" -eq 1 ] || {
    echo "kapchyk-gui with no display said: $said" >&2; exit 1; }
echo "bundle OK: $(du -sh "$bundle" | cut -f1) in $bundle"
