"""Address labels: 4×6 in thermal labels (one per page) or sheets of labels on A4 / US Letter.

The carrier reads the Latin-script address; the backer's own script may follow below, smaller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from fulfiller.reports.draw import (
    Cancel,
    Progress,
    Target,
    checked,
    code128,
    draw_text,
    fit,
    new_canvas,
    page_size,
    wrap,
)
from fulfiller.reports.model import LabelData, Paper


@dataclass(frozen=True)
class Sheet:
    """A sheet of labels: columns × rows of cells, with the page's margins and gaps between cells."""

    columns: int
    rows: int
    cell_width: float
    cell_height: float
    left: float
    top: float
    gap_x: float
    gap_y: float


# A4: 2 × 4 labels of 99.1 × 67.7 mm (the common 8-per-sheet shipping label).
# Letter: 2 × 5 labels of 4 × 2 in (the common 10-per-sheet shipping label).
SHEETS: dict[str, Sheet] = {
    "A4": Sheet(2, 4, 99.1 * mm, 67.7 * mm, 4.65 * mm, 13.1 * mm, 2.5 * mm, 0),
    "Letter": Sheet(2, 5, 4 * inch, 2 * inch, 0.16 * inch, 0.5 * inch, 0.19 * inch, 0),
}


def draw_label(canvas: Canvas, data: LabelData, x: float, y: float, width: float, height: float,
               native: bool = True) -> None:  # fmt: skip
    """One label in the box whose lower left corner is (x, y)."""
    scale = min(1.0, height / 432)  # 4×6 in is the full size
    big = max(scale, 0.55)
    pad = 10 * big
    left, right, top = x + pad, x + width - pad, y + height - pad
    inner = right - left
    line_y = top - 7 * big
    if data.sender:
        draw_text(canvas, left, line_y, fit("FROM: " + ", ".join(s for s in data.sender if s), inner, 7 * big), 7 * big)
        line_y -= 12 * big
        canvas.setLineWidth(0.5)
        canvas.line(left, line_y + 6 * big, right, line_y + 6 * big)
    line_y -= 10 * big
    draw_text(canvas, left, line_y, "SHIP TO", 7 * big, bold=True)
    line_y -= 15 * big
    size = 13 * big if height >= 300 else 10
    first = True
    for line in (part for part in data.latin_address if part):
        for piece in wrap(line, inner, size, first):
            draw_text(canvas, left, line_y, piece, size, bold=first)
            line_y -= size * 1.25
        first = False
    if data.phone:
        draw_text(canvas, left, line_y, f"Tel. {data.phone}", size * 0.8)
        line_y -= size * 1.1
    bar_height = 40 * big if height >= 300 else 22
    bottom = y + pad
    if native and data.native_address and tuple(data.native_address) != tuple(data.latin_address):
        small = size * 0.75
        room = line_y - (bottom + bar_height + 14 * big)
        native_lines = [piece for line in data.native_address if line for piece in wrap(line, inner, small)]
        if room > small * 1.2 * 2:
            line_y -= small * 0.3
            for piece in native_lines[: int(room // (small * 1.2))]:
                draw_text(canvas, left, line_y, piece, small)
                line_y -= small * 1.2
    code128(canvas, data.code, left - 10, bottom + 10 * big, bar_height, bar_width=1.2 if height >= 300 else 0.9)
    caption = f"{data.code} · Backer #{data.backer_number}" + (f" · {data.reference}" if data.reference else "")
    draw_text(canvas, left, bottom, fit(caption, inner, 7 * big), 7 * big)


def labels(
    items: Iterable[LabelData],
    target: Target,
    layout: Paper | str = "4x6",
    *,
    native: bool = True,
    total: int = 0,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the labels in the order given; returns the number of labels."""
    canvas = new_canvas(target, layout, "Address labels")
    width, height = page_size(layout)
    sheet = SHEETS.get(layout)
    count = 0
    for data in checked(items, total, progress, cancel):
        if sheet is None:
            draw_label(canvas, data, 0, 0, width, height, native)
            canvas.showPage()
        else:
            per_page = sheet.columns * sheet.rows
            slot = count % per_page
            if slot == 0 and count:
                canvas.showPage()
            column, row = slot % sheet.columns, slot // sheet.columns
            x = sheet.left + column * (sheet.cell_width + sheet.gap_x)
            y = height - sheet.top - (row + 1) * sheet.cell_height - row * sheet.gap_y
            draw_label(canvas, data, x, y, sheet.cell_width, sheet.cell_height, native)
        count += 1
    if count == 0:
        draw_text(canvas, 20, height - 40, "No orders match this selection.", 12)
    if sheet is not None or count == 0:
        canvas.showPage()
    canvas.save()
    return count
