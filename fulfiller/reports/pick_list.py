"""Pick lists: the total of each SKU a batch needs, in bin order, for one walk through the shelves."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from fulfiller.reports.draw import Target, draw_right, draw_text, fit, new_canvas, page_size, tick_box
from fulfiller.reports.model import Paper, PickLine, PickListData

ROW = 20.0


def _bin_key(line: PickLine) -> tuple[int, str, str]:
    return (0 if line.bin_location else 1, line.bin_location, line.sku)  # lines with no bin come last


def _head(canvas: Canvas, data: PickListData, width: float, height: float, margin: float, page: int) -> float:
    y = height - margin - 16
    draw_text(canvas, margin, y, "PICK LIST", 16, bold=True)
    draw_right(canvas, width - margin, y, f"page {page}", 9)
    y -= 16
    draw_text(canvas, margin, y, fit(f"Warehouse {data.warehouse}" + (f" · {data.campaign}" if data.campaign else ""),
                                     width - 2 * margin, 10), 10)  # fmt: skip
    y -= 13
    span = f" (backers {data.first_order} … {data.last_order})" if data.first_order else ""
    when = f" · printed {data.printed_at}" if data.printed_at else ""
    draw_text(canvas, margin, y, f"{data.orders:,} order(s){span}{when}", 9)
    y -= 22
    size = 8
    draw_text(canvas, margin, y, "PICKED", size, bold=True)
    draw_text(canvas, margin + 48, y, "BIN", size, bold=True)
    draw_text(canvas, margin + 130, y, "SKU", size, bold=True)
    draw_text(canvas, margin + 250, y, "ITEM", size, bold=True)
    draw_right(canvas, width - margin, y, "TOTAL QTY", size, bold=True)
    y -= 5
    canvas.setLineWidth(0.6)
    canvas.line(margin, y, width - margin, y)
    return y - 16


def draw_pick_list(canvas: Canvas, data: PickListData, paper: Paper | str) -> int:
    width, height = page_size(paper)
    margin = 0.5 * inch
    page = 1
    y = _head(canvas, data, width, height, margin, page)
    lines = sorted(data.lines, key=_bin_key)
    for line in lines:
        if y < margin + 30:
            canvas.showPage()
            page += 1
            y = _head(canvas, data, width, height, margin, page)
        tick_box(canvas, margin + 4, y - 2, 11)
        draw_text(canvas, margin + 48, y, line.bin_location or "—", 11, bold=True)
        draw_text(canvas, margin + 130, y, fit(line.sku, 115, 9), 9, bold=True)
        label = f"{line.name} ({line.variant})" if line.variant else line.name
        if not line.is_stock:
            label += " — not from stock"
        draw_text(canvas, margin + 250, y, fit(label, width - 2 * margin - 250 - 60, 10), 10)
        draw_right(canvas, width - margin, y, f"{line.quantity:,}", 12, bold=True)
        y -= ROW
    total = sum(line.quantity for line in lines)
    canvas.line(margin, y + ROW - 6, width - margin, y + ROW - 6)
    draw_right(canvas, width - margin, y, f"{len(lines)} SKU(s), {total:,} unit(s)", 9)
    return page


def pick_lists(batches: Iterable[PickListData], target: Target, paper: Paper | str = "A4") -> int:
    """One pick list per warehouse of the batch, each starting on a new page; returns the pages."""
    canvas = new_canvas(target, paper, "Pick list")
    pages = 0
    for data in batches:
        pages += draw_pick_list(canvas, data, paper)
        canvas.showPage()
    if pages == 0:
        draw_text(canvas, 72, page_size(paper)[1] - 72, "No orders match this selection.", 12)
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
