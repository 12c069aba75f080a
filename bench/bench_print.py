"""10,000 packing lists in one PDF, against reportlab drawing the same strings and barcodes on a
plain canvas, side by side in one run (target: Fulfiller within 2× the baseline).

The baseline gets everything Fulfiller works out for free: each string's font is chosen before the
clock starts (one font per string, no per-character runs), long texts come pre-wrapped, positions
are fixed, and the QR code is drawn the same cheap way (modules as one path; reportlab's
QrCodeWidget costs ~10× more per code and is reported separately). Addresses cycle through nine
scripts with a house number per order, so the caches see realistic variety.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

ORDERS = int(os.environ.get("FULFILLER_BENCH_PRINT_ORDERS", "10000"))
ROUNDS = 1
TARGET_RATIO = 2.0


def _orders(count: int) -> list[object]:
    from dataclasses import replace

    from tests.reports.samples import ADDRESSES, packing

    scripts = list(ADDRESSES)
    found = []
    for n in range(count):
        data = packing(n + 1, scripts[n % len(scripts)])
        native = list(data.native_address)
        native[1] = f"{native[1]} {n % 97 + 1}"
        latin = list(data.latin_address)
        latin[1] = f"{latin[1]} {n % 97 + 1}"
        found.append(replace(data, backer_number=str(10_000 + n), native_address=tuple(native),
                             latin_address=tuple(latin)))  # fmt: skip
    return found


def _baseline_pages(orders: list[object]) -> list[list[tuple[str, float, float, float, str]]]:
    """Per order, the (font, size, x, y, text) of every string the packing list shows, prepared in advance."""
    from fulfiller.reports.draw import wrap
    from fulfiller.reports.fonts import SANS, SANS_BOLD, runs, visual

    def op(text: str, size: float, x: float, y: float, bold: bool = False) -> tuple[str, float, float, float, str]:
        font = runs(text, bold)[0][0] if text else (SANS_BOLD if bold else SANS)
        return (font, size, x, y, visual(text))

    pages = []
    for d in orders:
        ops = [
            op("PACKING LIST", 16, 40, 800, True),
            op(d.campaign, 9, 40, 786),
            op(f"Order {d.code}", 11, 40, 773, True),
            op(f"Backer #{d.backer_number}", 11, 170, 773, True),
            op(f"{d.tier} · Warehouse {d.warehouse}", 9, 40, 760),
        ]
        y = 680.0
        for x, title, lines in ((40, "SHIP TO", d.latin_address), (300, "AS WRITTEN BY THE BACKER", d.native_address)):
            ops.append(op(title, 8, x, y, True))
            ops.extend(op(line, 12 if i == 0 else 11, x, y - 14 - 15 * i, i == 0) for i, line in enumerate(lines))
        ops.append(op(f"Phone {d.phone}", 9, 40, 600))
        ops.extend(
            op(h, 8, x, 580, True) for h, x in (("DONE", 40), ("QTY", 80), ("SKU", 102), ("ITEM", 210), ("BIN", 540))
        )
        for i, line in enumerate(d.lines):
            y = 560 - 22 * i
            label = f"{line.name} ({line.variant})" if line.variant else line.name
            ops += [op(f"{line.quantity} ×", 11, 80, y, True), op(line.sku, 9, 102, y, True), op(label, 10, 210, y),
                    op(line.bin_location, 10, 540, y)]  # fmt: skip
        ops.append(op("NOTES", 8, 40, 120, True))
        ops.extend(op(t, 9, 40, 108 - 12 * i) for i, t in enumerate(wrap(d.notes, 515, 9)))
        ops.extend(op(t, 11, 48, 70 - 15 * i) for i, t in enumerate(wrap(d.thank_you, 500, 11)))
        ops.append(op(f"{d.code} · Backer #{d.backer_number}", 7, 40, 40))
        pages.append(ops)
    return pages


def _baseline(pages: list[list[tuple[str, float, float, float, str]]], codes: list[str], path: Path) -> None:
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from fulfiller.reports.draw import qr

    canvas = Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    for ops, code in zip(pages, codes, strict=True):
        for font, size, x, y, text in ops:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
        for i in range(len(ops) // 20):  # the tick boxes
            canvas.rect(40, 558 - 22 * i, 11, 11)
        canvas.roundRect(40, 50, 515, 40, 4)
        canvas.line(40, 576, 555, 576)
        qr(canvas, code, 477, 726, 78)
        Code128(code, barHeight=34, barWidth=1.3, quiet=True, humanReadable=False).drawOn(canvas, 40, 690)
        canvas.showPage()
    canvas.save()


def _fulfiller(orders: list[object], path: Path) -> int:
    from fulfiller.reports.packing_list import packing_lists

    return packing_lists(orders, path, "A4")


def _clear_caches() -> None:
    from fulfiller.reports import draw, fonts

    for cached in (fonts.runs, fonts.visual, fonts.text_width, draw.wrap):
        cached.cache_clear()
    fonts._char_font.clear()


def _widget_qr_ms(codes: list[str]) -> float:
    """What one QR code costs drawn with reportlab's QrCodeWidget (for comparison only)."""
    import io

    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    start = time.perf_counter()
    for code in codes:
        widget = QrCodeWidget(code)
        left, bottom, right, top = widget.getBounds()
        drawing = Drawing(78, 78, transform=[78 / (right - left), 0, 0, 78 / (top - bottom), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, 0, 0)
    return (time.perf_counter() - start) / len(codes) * 1000


def run() -> dict[str, object]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from fulfiller.reports.fonts import register_fonts

    register_fonts()
    orders = _orders(ORDERS)
    codes = [d.code for d in orders]
    baseline_s: list[float] = []
    fulfiller_s: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.pdf"
        _fulfiller(orders[:20], warm)
        _baseline(_baseline_pages(orders[:20]), codes[:20], warm)
        sizes: dict[str, int] = {}
        for _ in range(ROUNDS):
            pages = _baseline_pages(orders)
            path = Path(folder) / "baseline.pdf"
            start = time.perf_counter()
            _baseline(pages, codes, path)
            baseline_s.append(time.perf_counter() - start)
            sizes["baseline_bytes"] = path.stat().st_size
            _clear_caches()
            path = Path(folder) / "fulfiller.pdf"
            start = time.perf_counter()
            page_count = _fulfiller(orders, path)
            fulfiller_s.append(time.perf_counter() - start)
            sizes["fulfiller_bytes"] = path.stat().st_size
    baseline, fulfiller = statistics.median(baseline_s), statistics.median(fulfiller_s)
    return {
        "orders": ORDERS,
        "pages": page_count,
        "baseline_s": round(baseline, 2),
        "fulfiller_s": round(fulfiller, 2),
        "ratio": round(fulfiller / baseline, 2),
        "target_ratio": TARGET_RATIO,
        "within_target": fulfiller / baseline <= TARGET_RATIO,
        "fulfiller_ms_per_order": round(fulfiller / ORDERS * 1000, 2),
        "qr_widget_ms_per_code": round(_widget_qr_ms(codes[:50]), 2),
        **sizes,
    }
