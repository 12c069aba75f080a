"""Packing lists: one order per page (more if its checklist is long), A4, US Letter or 4×6 in.

Each shows the order and backer numbers, a Code 128 and a QR code of the order's printable id
("FUL-<order id>"), the ship-to address in Latin script and as the backer wrote it, the kit checklist
with tick boxes and quantities, the notes and the campaign's thank-you line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from fulfiller.reports.draw import (
    Cancel,
    Progress,
    Target,
    checked,
    code128,
    draw_right,
    draw_text,
    fit,
    new_canvas,
    page_size,
    qr,
    tick_box,
    wrap,
)
from fulfiller.reports.model import PackingListData, PackLine, Paper


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    margin: float
    scale: float  # font sizes relative to A4
    narrow: bool  # a 4×6 in page: address blocks stacked, not side by side

    def size(self, points: float) -> float:
        return points * self.scale


def layout_for(paper: Paper | str) -> _Layout:
    width, height = page_size(paper)
    if width < 400:
        return _Layout(width, height, 0.18 * inch, 0.72, True)
    return _Layout(width, height, 0.55 * inch, 1.0, False)


def _header(canvas: Canvas, lay: _Layout, data: PackingListData, page: int) -> float:
    """Title, numbers and barcodes; returns the y below them."""
    m, w, top = lay.margin, lay.width, lay.height - lay.margin
    qr_size = lay.size(78)
    qr(canvas, data.code, w - m - qr_size, top - qr_size, qr_size)
    text_right = w - m - qr_size - lay.size(10)
    y = top - lay.size(16)
    draw_text(canvas, m, y, "PACKING LIST", lay.size(16), bold=True)
    if page > 1:
        draw_right(canvas, text_right, y, f"page {page}", lay.size(9))
    y -= lay.size(14)
    if data.campaign:
        draw_text(canvas, m, y, fit(data.campaign, text_right - m, lay.size(9)), lay.size(9))
        y -= lay.size(13)
    draw_text(canvas, m, y, f"Order {data.code}", lay.size(11), bold=True)
    draw_text(canvas, m + lay.size(130), y, f"Backer #{data.backer_number}", lay.size(11), bold=True)
    y -= lay.size(13)
    details = " · ".join(part for part in (data.tier, f"Warehouse {data.warehouse}" if data.warehouse else "") if part)
    if details:
        draw_text(canvas, m, y, fit(details, text_right - m, lay.size(9)), lay.size(9))
        y -= lay.size(8)
    bar_height = lay.size(34)
    y = min(y, top - qr_size) - bar_height - lay.size(6)
    code128(canvas, data.code, m, y, bar_height, bar_width=1.0 if lay.narrow else 1.3)
    return y - lay.size(12)


def _address_block(canvas: Canvas, x: float, y: float, width: float, title: str, lines: Iterable[str],
                   lay: _Layout) -> float:  # fmt: skip
    draw_text(canvas, x, y, title, lay.size(8), bold=True)
    y -= lay.size(14)
    first = True
    for line in lines:
        if not line:
            continue
        size = lay.size(12 if first else 11)
        for part in wrap(line, width, size, first):
            draw_text(canvas, x, y, part, size, bold=first)
            y -= size * 1.3
        first = False
    return y


def _addresses(canvas: Canvas, lay: _Layout, data: PackingListData, y: float) -> float:
    m, w = lay.margin, lay.width
    if lay.narrow or not data.shows_native:
        y = _address_block(canvas, m, y, w - 2 * m, "SHIP TO", data.latin_address, lay)
        if data.shows_native:
            y = _address_block(canvas, m, y - lay.size(4), w - 2 * m, "AS WRITTEN BY THE BACKER", data.native_address,
                               lay)  # fmt: skip
    else:
        column = (w - 2 * m - lay.size(16)) / 2
        left = _address_block(canvas, m, y, column, "SHIP TO", data.latin_address, lay)
        right = _address_block(canvas, m + column + lay.size(16), y, column, "AS WRITTEN BY THE BACKER",
                               data.native_address, lay)  # fmt: skip
        y = min(left, right)
    if data.phone:
        draw_text(canvas, m, y, f"Phone {data.phone}", lay.size(9))
        y -= lay.size(12)
    return y - lay.size(4)


def _columns(lay: _Layout) -> tuple[float, float, float, float, float]:
    """x of: tick box, quantity (right edge), SKU, item name, bin (right edge)."""
    m, w = lay.margin, lay.width
    if lay.narrow:
        return m, m + 40, m + 46, m + 46, w - m
    return m, m + 54, m + 62, m + 170, w - m


def _table_head(canvas: Canvas, lay: _Layout, y: float) -> float:
    box_x, qty_right, sku_x, name_x, bin_right = _columns(lay)
    size = lay.size(8)
    draw_text(canvas, box_x, y, "DONE", size, bold=True)
    draw_right(canvas, qty_right, y, "QTY", size, bold=True)
    draw_text(canvas, sku_x, y, "SKU / ITEM" if lay.narrow else "SKU", size, bold=True)
    if not lay.narrow:
        draw_text(canvas, name_x, y, "ITEM", size, bold=True)
    draw_right(canvas, bin_right, y, "BIN", size, bold=True)
    y -= lay.size(4)
    canvas.setLineWidth(0.6)
    canvas.line(lay.margin, y, lay.width - lay.margin, y)
    return y - lay.size(14)


def _line_height(lay: _Layout) -> float:
    return lay.size(34 if lay.narrow else 22)


def _table_row(canvas: Canvas, lay: _Layout, line: PackLine, y: float) -> None:
    box_x, qty_right, sku_x, name_x, bin_right = _columns(lay)
    size = lay.size(10)
    tick_box(canvas, box_x, y - lay.size(2), lay.size(11))
    draw_right(canvas, qty_right, y, f"{line.quantity} ×", lay.size(11), bold=True)
    label = f"{line.name} ({line.variant})" if line.variant else line.name
    if not line.is_stock:
        label += " — not from stock"
    bin_width = lay.size(50)
    if lay.narrow:
        draw_text(canvas, sku_x, y, fit(line.sku, bin_right - bin_width - sku_x, size), size, bold=True)
        draw_text(canvas, sku_x, y - size * 1.25, fit(label, bin_right - sku_x, size), size)
    else:
        draw_text(canvas, sku_x, y, fit(line.sku, name_x - sku_x - 6, lay.size(9)), lay.size(9), bold=True)
        draw_text(canvas, name_x, y, fit(label, bin_right - bin_width - name_x, size), size)
    if line.bin_location:
        draw_right(canvas, bin_right, y, line.bin_location, size)


def _footer_height(canvas_width: float, lay: _Layout, data: PackingListData) -> tuple[float, list[str], list[str]]:
    text_width = canvas_width - 2 * lay.margin
    notes = list(wrap(data.notes, text_width, lay.size(9))) if data.notes.strip() else []
    thanks = list(wrap(data.thank_you, text_width - lay.size(16), lay.size(11))) if data.thank_you.strip() else []
    height = lay.size(14)  # the order id at the foot of the page
    if notes:
        height += lay.size(14) + len(notes) * lay.size(12) + lay.size(6)
    if thanks:
        height += len(thanks) * lay.size(15) + lay.size(22)
    return height, notes, thanks


def _footer(canvas: Canvas, lay: _Layout, data: PackingListData, notes: list[str], thanks: list[str]) -> None:
    m, w = lay.margin, lay.width
    y = m
    draw_text(canvas, m, y, f"{data.code} · Backer #{data.backer_number}", lay.size(7))
    y += lay.size(14)
    if thanks:
        box_height = len(thanks) * lay.size(15) + lay.size(12)
        canvas.setLineWidth(0.6)
        canvas.roundRect(m, y, w - 2 * m, box_height, 4, stroke=1, fill=0)
        line_y = y + box_height - lay.size(6) - lay.size(11)
        for line in thanks:
            draw_text(canvas, m + lay.size(8), line_y, line, lay.size(11))
            line_y -= lay.size(15)
        y += box_height + lay.size(10)
    if notes:
        line_y = y + (len(notes) - 1) * lay.size(12)
        draw_text(canvas, m, line_y + lay.size(14), "NOTES", lay.size(8), bold=True)
        for line in notes:
            draw_text(canvas, m, line_y, line, lay.size(9))
            line_y -= lay.size(12)


def draw_packing_list(canvas: Canvas, data: PackingListData, paper: Paper | str) -> int:
    """Draw one order's packing list on the canvas (starting on its current page); returns pages used."""
    lay = layout_for(paper)
    footer, notes, thanks = _footer_height(lay.width, lay, data)
    lines = list(data.lines)
    row = _line_height(lay)
    chunks: list[list[PackLine]] = []
    page = 1
    while True:
        y = _header(canvas, lay, data, page)
        if page == 1:
            y = _addresses(canvas, lay, data, y)
        y = _table_head(canvas, lay, y)
        rest_room = int((y - lay.margin - lay.size(14)) // row)
        last_room = int((y - lay.margin - footer) // row)
        if len(lines) <= max(last_room, 0):
            chunks.append(lines)
            lines = []
        else:
            take = max(rest_room, 1)
            chunks.append(lines[:take])
            lines = lines[take:]
        for line in chunks[-1]:
            _table_row(canvas, lay, line, y)
            y -= row
        if not lines:
            _footer(canvas, lay, data, notes, thanks)
            return page
        draw_text(canvas, lay.margin, lay.margin, f"{data.code} · continued overleaf", lay.size(7))
        canvas.showPage()
        page += 1


def packing_lists(
    orders: Iterable[PackingListData],
    target: Target,
    paper: Paper | str = "A4",
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the packing lists of these orders, in the order given, into one PDF; returns the pages."""
    canvas = new_canvas(target, paper, "Packing lists")
    pages = done = 0
    for data in checked(orders, total, progress, cancel):
        pages += draw_packing_list(canvas, data, paper)
        canvas.showPage()
        done += 1
    if done == 0:
        draw_text(canvas, 72, page_size(paper)[1] - 72, "No orders match this selection.", 12)
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
