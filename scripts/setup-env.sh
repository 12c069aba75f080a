# Sourced by the other scripts: system packages for Qt (Linux), then a virtual environment.
# Usage: source scripts/setup-env.sh [pip extras, e.g. "test"]
set -euo pipefail

FULFILLER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$FULFILLER_ROOT"

# What Qt needs on a bare Debian/Ubuntu: offscreen and a real X11 window.
QT_SYSTEM_PACKAGES=(
  python3-venv libglib2.0-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libcups2
)

install_system_packages() {
  [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${QT_SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages for Qt: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {
  local extras="${1:-}"
  local python="${PYTHON:-python3}"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "Fulfiller needs Python 3.11 or newer (found: $("$python" --version 2>&1))" >&2; exit 1; }
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  if [ -n "$extras" ]; then
    .venv/bin/python -m pip install --quiet -e ".[$extras]"
  else
    .venv/bin/python -m pip install --quiet -e .
  fi
}

install_system_packages
make_venv "${1:-}"
