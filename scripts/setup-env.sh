# Sourced by the other scripts: system packages for Qt (Linux), then a virtual environment.
# Usage: source scripts/setup-env.sh [pip extras, e.g. "test"]
# After the first run nothing here touches the network: apt is skipped when the packages are there,
# and pip is skipped while the environment matches pyproject.toml (a stamp in .venv says so).
set -euo pipefail

FULFILLER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$FULFILLER_ROOT"

# What Qt needs on a bare Debian/Ubuntu: offscreen and a real X11 window.
QT_SYSTEM_PACKAGES=(
  python3-venv libglib2.0-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libcups2
)
APT_OPTIONS=(-o DPkg::Lock::Timeout=300)  # wait for another program's apt instead of failing at once

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
  $sudo apt-get "${APT_OPTIONS[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get "${APT_OPTIONS[@]}" install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# What the environment was installed from: the project's metadata and the Python.
metadata_hash() {
  { cat pyproject.toml; .venv/bin/python -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1
}

make_venv() {
  local extras="${1:-}"
  local python="${PYTHON:-python3}"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "Fulfiller needs Python 3.11 or newer (found: $("$python" --version 2>&1))" >&2; exit 1; }
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
  fi
  # The stamp: line 1 the metadata hash, line 2 the extras installed (the demo needs none, tests "test").
  local stamp=.venv/.fulfiller-installed hash had=""
  hash="$(metadata_hash)"
  if [ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$hash" ] && [ -x .venv/bin/fulfiller ]; then
    had="$(sed -n 2p "$stamp")"
    case ",$had," in *",$extras,"*) return 0 ;; esac  # the code itself is linked, not copied
    [ -z "$extras" ] && return 0
  fi
  local all
  all="$(printf '%s\n' ${had//,/ } $extras | sort -u | paste -sd, -)"
  .venv/bin/python -m pip install --quiet -e ".${all:+[$all]}"
  printf '%s\n%s\n' "$hash" "$all" > "$stamp"
}

install_system_packages
make_venv "${1:-}"
