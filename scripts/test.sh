#!/usr/bin/env bash
# Install Fulfiller with its test tools, then run the linter and the tests (the layering check among them).
source "$(dirname "$0")/setup-env.sh" test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== tests"
.venv/bin/python -m pytest "$@"
