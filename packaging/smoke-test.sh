#!/usr/bin/env bash
# Use a built Fulfiller as a person would, offscreen: a demo campaign, the window up to the campaign,
# an import of each sample export, packing lists, a label sheet and customs forms, a ShipStation file.
#
#   bash packaging/smoke-test.sh dist/fulfiller            # the one-folder app
#   bash packaging/smoke-test.sh /tmp/payload/opt/fulfiller  # a .deb's payload (dpkg-deb -x)
#
# Everything happens in a temporary folder; the first failing step stops the test with its output.
set -euo pipefail

APP=${1:?usage: smoke-test.sh APP_FOLDER}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="$APP/fulfiller-cli"
[[ -x $CLI ]] || { echo "smoke-test.sh: no fulfiller-cli in $APP" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen FULFILLER_DATA_DIR="$work/data" FULFILLER_OPERATOR="smoke test"
db="$work/demo.sqlite"

step() { printf '  %-46s' "$1"; }
run() {
    if ! "$@" >"$work/out.txt" 2>&1; then
        echo "FAILED"; echo "  command: $*"; sed 's/^/    /' "$work/out.txt" | tail -n 40; exit 1
    fi
    echo "ok"
}
pdf() {  # a complete PDF with at least one page
    head -c 5 "$1" | grep -q '%PDF-' && tail -c 1024 "$1" | grep -q '%%EOF' && grep -aq '/Type */Page\b' "$1" \
        || { echo "FAILED: $1 is not a complete PDF"; exit 1; }
}

echo "Smoke test of $APP"
step "version";                run "$CLI" --version
step "demo campaign";          run "$CLI" demo --db "$db" --backers 300
step "window shows it";        run "$CLI" gui --db "$db" --check
grep -q "Window shown" "$work/out.txt" || { echo "the window did not say it was shown"; exit 1; }
for sample in "$ROOT"/resources/samples/*; do
    step "import $(basename "$sample")"
    run "$CLI" import "$sample" --db "$work/imports-$(basename "$sample").sqlite" --json
done
step "packing lists";          run "$CLI" print packing-lists --db "$db" --out "$work/packing.pdf"
pdf "$work/packing.pdf"
step "label sheet (A4)";       run "$CLI" print labels --paper A4 --db "$db" --out "$work/labels.pdf"
pdf "$work/labels.pdf"
step "customs forms";          run "$CLI" print customs --db "$db" --out "$work/customs.pdf"
pdf "$work/customs.pdf"
step "ShipStation file";       run "$CLI" export orders --format shipstation --db "$db" --out "$work/shipstation.csv"
[[ $(wc -l <"$work/shipstation.csv") -gt 1 ]] || { echo "FAILED: the ShipStation file has no orders"; exit 1; }
step "log written";            run test -s "$work/data/fulfiller.log"
echo "Smoke test passed"
