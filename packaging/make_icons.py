"""Rasterise packaging/icons/fulfiller.svg into the icons the installers need.

    python packaging/make_icons.py          # from the repository root, with the project's venv

Writes, next to the SVG:
  fulfiller.png   256 x 256, for Linux (hicolor theme, .deb) and the README
  fulfiller.ico   16-256 px, for the Windows executables and the Inno Setup installer
  fulfiller.icns  16-1024 px (PNG entries), for the macOS bundle (untested on a Mac)
and copies the SVG to fulfiller/ui/assets/fulfiller.svg, the window icon, so the two never drift.

Only PySide6-Essentials is needed (QtSvg renders, QtGui encodes PNG); it runs headless with the
offscreen platform. The ICO and ICNS containers are written here with the standard library, because
Qt's image writers store a single image per file.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ICONS = HERE / "icons"
SVG = ICONS / "fulfiller.svg"
WINDOW_ICON = HERE.parent / "fulfiller" / "ui" / "assets" / "fulfiller.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 64  # smaller entries are BMP (DIB) for the oldest readers, larger ones PNG (Vista+)
# ICNS entry types that hold PNG data (macOS 10.7+): type -> pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP (DIB) icon entry: header, bottom-up BGRA rows, then the 1-bit AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is stored as B, G, R, A bytes on little-endian machines (all Qt targets here).
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    if sys.byteorder != "little":  # pragma: no cover
        rows = [b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    pixels = b"".join(reversed(rows))
    mask_stride = ((size + 31) // 32) * 4
    mask_rows = []
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(size):
            if row[x * 4 + 3] == 0:  # fully transparent: masked out
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    return header + pixels + b"".join(mask_rows)


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    """Small entries as 32-bit BMP, large ones PNG-compressed, as Windows' own icons are made."""
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= ICO_PNG_FROM else dib_bytes(images[s]) for s in sizes]
    out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
    offset = 6 + 16 * len(sizes)
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    for blob in blobs:
        out += blob
    path.write_bytes(bytes(out))


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def check(path: Path, expected: set[int]) -> None:
    """Read the file back with Qt's own ICO/ICNS plugins as a sanity check."""
    reader = QImageReader(str(path))
    found = set()
    for index in range(max(reader.imageCount(), 1)):
        reader.jumpToImage(index)
        image = reader.read()
        if image.isNull():
            raise RuntimeError(f"{path.name}: entry {index} unreadable: {reader.errorString()}")
        found.add(image.width())
    if expected - found:
        raise RuntimeError(f"{path.name}: sizes {sorted(expected - found)} missing (found {sorted(found)})")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    needed = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render(renderer, size) for size in needed}
    pngs = {size: png_bytes(img) for size, img in images.items()}

    (ICONS / "fulfiller.png").write_bytes(pngs[256])
    write_ico(ICONS / "fulfiller.ico", {s: images[s] for s in ICO_SIZES})
    write_icns(ICONS / "fulfiller.icns", pngs)
    check(ICONS / "fulfiller.ico", set(ICO_SIZES))
    if "icns" in {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}:
        check(ICONS / "fulfiller.icns", {16, 32, 64, 128, 256, 512, 1024})

    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, WINDOW_ICON)
    for name in ("fulfiller.png", "fulfiller.ico", "fulfiller.icns"):
        print(f"{name}: {(ICONS / name).stat().st_size:,} bytes")
    print(f"copied the SVG to {WINDOW_ICON.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
