#!/usr/bin/env bash
# Install Fulfiller with its test tools, then run the linters, the layering check and the tests.
source "$(dirname "$0")/setup-env.sh" test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== layering (import-linter)"
.venv/bin/lint-imports
echo "== tests"
.venv/bin/python -m pytest "$@"
