#!/usr/bin/env bash
# `make translations`: refresh the translation sources and compile them (docs/TRANSLATING.md).
#
# 1. scripts/extract_error_strings.py regenerates wallet/gui/error_strings.py (every error and
#    warning template, context "errors");
# 2. pyside6-lupdate reads every self.tr("...")/QT_TRANSLATE_NOOP in wallet/gui/*.py into
#    resources/translations/kapchyk_<lang>.ts, keeping what is already translated; new or
#    changed texts come in as type="unfinished" (strings no longer used are dropped);
# 3. pyside6-lrelease compiles each .ts into the .qm the app loads (committed, so neither the app
#    nor the tests need the Qt tools).
# Then fill the unfinished entries (Qt Linguist, or scripts/fill_translations.py) and run it again.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
DIR=resources/translations
LANGS=(ru ky)
declare -A TARGET=([ru]=ru_RU [ky]=ky_KG)

"$BIN/python" scripts/extract_error_strings.py
mkdir -p "$DIR"
for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none \
        -source-language en -target-language "${TARGET[$lang]}" \
        wallet/gui/*.py -ts "$DIR/kapchyk_$lang.ts"
    "$BIN/pyside6-lrelease" -silent "$DIR/kapchyk_$lang.ts" -qm "$DIR/kapchyk_$lang.qm"
done
"$BIN/python" scripts/fill_translations.py --status
