#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them into the package.
# Translate new strings in resources/translations/*.ts (Qt Linguist: .venv/bin/pyside6-linguist) and run again.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/extract_messages.py  # the services' messages, where lupdate finds them
sources=$(find fulfiller/ui -name '*.py' | sort)
for ts in resources/translations/fulfiller_*.ts; do
  lang=$(basename "$ts" .ts); lang=${lang#fulfiller_}
  .venv/bin/pyside6-lupdate -no-obsolete -locations none $sources -ts "$ts" -target-language "$lang"
  .venv/bin/pyside6-lrelease "$ts" -qm "fulfiller/ui/i18n/fulfiller_${lang}.qm"
done
