#!/usr/bin/env bash
# Install Fulfiller and open it on the demo campaign (created on first run).
source "$(dirname "$0")/setup-env.sh" ""  # no extras (not this script's own arguments)
exec .venv/bin/fulfiller demo --open "$@"
