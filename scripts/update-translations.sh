#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them for the app.
#
#   scripts/update-translations.sh        # every resources/translations/mentee_desktop_<lang>.ts
#   scripts/update-translations.sh fr     # also start a new French translation
#
# pyside6-lupdate reads every tr() / QCoreApplication.translate() / QT_TRANSLATE_NOOP() in
# mentee_desktop/ and merges new and changed texts into each .ts (new ones are left
# "unfinished" for a translator; texts no longer in the code are kept as "vanished", so their
# translation comes back if the text does). pyside6-lrelease then compiles each .ts into the
# .qm the app loads at start; both files are committed. tests/test_i18n.py fails when the
# code has a text the German .ts lacks, a message is untranslated, or the .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/.."

folder=resources/translations
mkdir -p "$folder"
for lang in "$@"; do
    ts="$folder/mentee_desktop_$lang.ts"
    [ -e "$ts" ] || pyside6-lupdate -silent -source-language en -target-language "$lang" \
        mentee_desktop/__init__.py -ts "$ts"
done

sources=()
while IFS= read -r file; do
    sources+=("$file")
done < <(find mentee_desktop -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
[ -e "$folder/mentee_desktop_en.ts" ] || pyside6-lupdate -silent -pluralonly -source-language en \
    -target-language en mentee_desktop/__init__.py -ts "$folder/mentee_desktop_en.ts"
shopt -s nullglob
catalogues=("$folder"/mentee_desktop_*.ts)
if [ ${#catalogues[@]} -eq 0 ]; then
    echo "no $folder/mentee_desktop_<lang>.ts yet; name a language to start one, e.g. $0 de" >&2
    exit 1
fi
for ts in "${catalogues[@]}"; do
    # English is the source language: its catalogue only holds the plural forms of the
    # "%n item(s)" texts, so English reads "1 item" and "3 items" as well
    only=()
    [ "$ts" = "$folder/mentee_desktop_en.ts" ] && only=(-pluralonly)
    pyside6-lupdate -silent -locations relative "${only[@]}" "${sources[@]}" -ts "$ts"
    pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
    echo "updated $ts and ${ts%.ts}.qm"
done
