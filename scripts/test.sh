#!/usr/bin/env bash
# Install Fulfiller with its test tools, then run the linter, the dead-code check and the tests (the layering
# check among them).
source "$(dirname "$0")/setup-env.sh" test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== dead code"  # what nothing reaches; names only a framework calls are in vulture_allowlist.py
.venv/bin/vulture fulfiller vulture_allowlist.py --min-confidence 60 \
  --exclude fulfiller/db/migrations,fulfiller/ui/service_messages.py
echo "== tests"
.venv/bin/python -m pytest "$@"
