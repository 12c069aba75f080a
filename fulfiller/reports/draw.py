"""Drawing on a reportlab canvas: multi-script text, wrapping, barcodes, page sizes and targets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from fulfiller.domain.progress import Cancel, Progress, report, stop_if_cancelled
from fulfiller.reports.fonts import register_fonts, runs, text_width
from fulfiller.reports.model import Paper

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER, "4x6": (4 * inch, 6 * inch)}
Target = str | Path | BinaryIO


def page_size(paper: Paper | str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[paper]
    except KeyError:
        raise ValueError(f"Unknown paper {paper!r}: use one of {', '.join(PAGE_SIZES)}.") from None


def new_canvas(target: Target, paper: Paper | str, title: str) -> Canvas:
    register_fonts()
    out = str(target) if isinstance(target, Path) else target
    canvas = Canvas(out, pagesize=page_size(paper), pageCompression=1, invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor("Fulfiller")
    canvas.setCreator("Fulfiller")
    return canvas


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw one line at (x, y) with a font per run; returns its width."""
    if not text:
        return 0.0
    parts = runs(text, bold)
    obj = canvas.beginText(x, y)
    for font, part in parts:
        obj.setFont(font, size)
        obj.textOut(part)
    canvas.drawText(obj)
    return text_width(text, size, bold)


def draw_right(canvas: Canvas, x_right: float, y: float, text: str, size: float, bold: bool = False) -> None:
    draw_text(canvas, x_right - text_width(text, size, bold), y, text, size, bold)


@lru_cache(maxsize=4096)
def wrap(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """The text in lines no wider than `width`: broken at spaces, or between characters where a
    word is too long (Chinese and Japanese have no spaces). Newlines in the text are kept."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
                current = ""
            while word and text_width(word, size, bold) > width:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return tuple(lines)


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """The text cut with an ellipsis so that it fits on one line."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"


def code128(canvas: Canvas, value: str, x: float, y: float, height: float, bar_width: float = 1.2) -> float:
    """A Code 128 barcode with its lower left corner at (x, y); returns its width."""
    barcode = Code128(value, barHeight=height, barWidth=bar_width, quiet=True, humanReadable=False)
    barcode.drawOn(canvas, x, y)
    return float(barcode.width)


def qr_modules(value: str) -> list[list[bool]]:
    """The QR code's modules (error correction M). The mask pattern is fixed rather than searched:
    any of the eight is valid, and the search (reportlab's QrCodeWidget) costs ~10× the encoding."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    return code.modules


def qr(canvas: Canvas, value: str, x: float, y: float, size: float, border: int = 2) -> None:
    """A QR code `size` points square (with a quiet zone of `border` modules inside it) at (x, y),
    drawn as one filled path of horizontal runs."""
    modules = qr_modules(value)
    count = len(modules)
    box = size / (count + 2 * border)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        top = y + size - (row_index + border + 1) * box
        column = 0
        for dark, group in groupby(row):
            length = len(list(group))
            if dark:
                path.rect(x + (column + border) * box, top, length * box, box)
            column += length
    canvas.drawPath(path, stroke=0, fill=1)


def tick_box(canvas: Canvas, x: float, y: float, size: float) -> None:
    canvas.rect(x, y, size, size, stroke=1, fill=0)


def check(progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    stop_if_cancelled(cancel, "Printing")
    report(progress, done, total)


Item = TypeVar("Item")
CHECK_EVERY = 25  # documents drawn between two looks at cancel and progress


def checked(items: Iterable[Item], total: int, progress: Progress | None, cancel: Cancel | None) -> Iterator[Item]:
    """The items in turn; after every CHECK_EVERY of them, and after the last, cancel is looked at and
    progress reported (`check`)."""
    done = 0
    for done, item in enumerate(items, start=1):
        yield item
        if done % CHECK_EVERY == 0:
            check(progress, cancel, done, total)
    check(progress, cancel, done, total)
