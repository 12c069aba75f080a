"""Customs declarations: CN 22 up to the value limit (`CN22_LIMIT`), CN 23 above it, one per page.

The contents lines come from the items (description, quantity, net weight, value, HS code, origin);
the sender is the warehouse; the addressee is the Latin-script address.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

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
    wrap,
)
from fulfiller.reports.model import CustomsData, Paper

CATEGORIES = ("Gift", "Documents", "Commercial sample", "Returned goods", "Sale of goods", "Other")
CERTIFICATE = (
    "I certify that the particulars given in this customs declaration are correct and that this item does not "
    "contain any dangerous article or articles prohibited by legislation or by postal or customs regulations."
)


def _kg(grams: int) -> str:
    return f"{Decimal(grams) / 1000:.3f}"


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def _block(canvas: Canvas, x: float, y: float, width: float, title: str, lines: Iterable[str], s: float) -> float:
    draw_text(canvas, x, y, title, 7 * s, bold=True)
    y -= 11 * s
    for line in (part for part in lines if part):
        for piece in wrap(line, width, 9 * s):
            draw_text(canvas, x, y, piece, 9 * s)
            y -= 11 * s
    return y


def draw_declaration(canvas: Canvas, data: CustomsData, paper: Paper | str) -> None:
    width, height = page_size(paper)
    s = 0.72 if width < 400 else 1.0
    m = (0.2 if width < 400 else 0.5) * inch
    inner = width - 2 * m
    form = data.form
    y = height - m - 16 * s
    draw_text(canvas, m, y, "CUSTOMS DECLARATION", 14 * s, bold=True)
    draw_right(canvas, width - m, y, form.replace("CN", "CN "), 18 * s, bold=True)
    y -= 13 * s
    draw_text(canvas, m, y, "May be opened officially · Designated operator: ____________", 8 * s)
    y -= 8 * s
    canvas.setLineWidth(0.6)
    canvas.line(m, y, width - m, y)
    y -= 14 * s
    if form == "CN23" or width >= 400:
        column = (inner - 12 * s) / 2
        left = _block(
            canvas, m, y, column, "FROM (SENDER)", (*data.sender, data.sender_phone and f"Tel. {data.sender_phone}"), s
        )
        right = _block(canvas, m + column + 12 * s, y, column, "TO (ADDRESSEE)",
                       (*data.recipient, data.recipient_phone and f"Tel. {data.recipient_phone}"), s)  # fmt: skip
        y = min(left, right) - 6 * s
    else:
        y = _block(
            canvas, m, y, inner, "TO", (*data.recipient, data.recipient_phone and f"Tel. {data.recipient_phone}"), s
        )
        y -= 4 * s
    x = m
    box = 8 * s
    for category in CATEGORIES:
        label_width = 6 * s + box + len(category) * 4.6 * s
        if x + label_width > width - m:
            x = m
            y -= 13 * s
        canvas.rect(x, y - 1, box, box)
        if category == data.category:
            canvas.line(x, y - 1, x + box, y - 1 + box)
            canvas.line(x, y - 1 + box, x + box, y - 1)
        draw_text(canvas, x + box + 3 * s, y, category, 8 * s)
        x += label_width + 8 * s
    y -= 18 * s
    cols = [m, m + inner * 0.40, m + inner * 0.48, m + inner * 0.62, m + inner * 0.78, m + inner * 0.92]
    heads = ("Detailed description of contents", "Qty", "Net weight (kg)", f"Value ({data.currency})",
             "HS tariff no.", "Origin")  # fmt: skip
    for col, head in zip(cols, heads, strict=True):
        draw_text(canvas, col, y, fit(head, inner * 0.16 if col != m else inner * 0.38, 7 * s), 7 * s, bold=True)
    y -= 4 * s
    canvas.line(m, y, width - m, y)
    y -= 11 * s
    for line in data.lines:
        draw_text(canvas, cols[0], y, fit(line.description, inner * 0.38, 8.5 * s), 8.5 * s)
        draw_text(canvas, cols[1], y, str(line.quantity), 8.5 * s)
        draw_text(canvas, cols[2], y, _kg(line.net_weight_g), 8.5 * s)
        draw_text(canvas, cols[3], y, _money(line.value), 8.5 * s)
        draw_text(canvas, cols[4], y, line.hs_code, 8.5 * s)
        draw_text(canvas, cols[5], y, line.origin_country, 8.5 * s)
        y -= 11 * s
    canvas.line(m, y + 7 * s, width - m, y + 7 * s)
    y -= 4 * s
    draw_text(canvas, cols[0], y, "Total", 8.5 * s, bold=True)
    draw_text(canvas, cols[2], y, _kg(data.total_weight_g), 8.5 * s, bold=True)
    draw_text(canvas, cols[3], y, f"{_money(data.total_value)} {data.currency}", 8.5 * s, bold=True)
    y -= 18 * s
    if form == "CN23":
        for label in ("Importer's reference (if any)", "Licence no.", "Certificate no.", f"Invoice no. {data.code}",
                      "Postal charges / fees"):  # fmt: skip
            draw_text(canvas, m, y, f"{label}: ______________________", 8 * s)
            y -= 12 * s
        y -= 4 * s
    if data.comments:
        y = _block(canvas, m, y, inner, "COMMENTS", (data.comments,), s) - 4 * s
    for piece in wrap(CERTIFICATE, inner, 7 * s):
        draw_text(canvas, m, y, piece, 7 * s)
        y -= 9 * s
    y -= 14 * s
    draw_text(canvas, m, y, "Date and sender's signature: ______________________________", 8 * s)
    code128(canvas, data.code, m - 10, m + 10 * s, 28 * s, bar_width=1.0)
    draw_text(canvas, m, m, f"{data.code} · Backer #{data.backer_number}", 7 * s)


def declarations(
    items: Iterable[CustomsData],
    target: Target,
    paper: Paper | str = "A4",
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """One declaration (CN 22 or CN 23 as the value demands) per page; returns how many."""
    canvas = new_canvas(target, paper, "Customs declarations")
    count = 0
    for data in checked(items, total, progress, cancel):
        draw_declaration(canvas, data, paper)
        canvas.showPage()
        count += 1
    if count == 0:
        draw_text(canvas, 40, page_size(paper)[1] - 60, "No international parcels in this selection.", 12)
        canvas.showPage()
    canvas.save()
    return count
