"""Send a PDF made by the reports to a printer, through Qt's print dialog with a preview.

Each page is rendered at the printer's resolution onto a white image and painted onto the printer:
this works with every printer driver and headless, since reportlab, not Qt, laid the page out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from fulfiller.domain.errors import UserError


def load_pdf(path: Path, parent: QWidget | None = None) -> QPdfDocument:
    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise UserError(f"{path}: the PDF cannot be opened for printing.")
    return document


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page onto the printer; returns how many were sent."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("The printer could not be started.")
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            page = document.render(index, size)
            page_painter = QPainter(image)
            page_painter.drawImage(0, 0, page)
            page_painter.end()
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
        return document.pageCount()
    finally:
        painter.end()


def preview_and_print(path: Path, parent: QWidget) -> bool:
    """Show the print preview (with the printer choice) for a PDF; True if it was printed."""
    document = load_pdf(path, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print {file}").format(file=path.name))
    dialog.paintRequested.connect(lambda target: paint_pages(document, target))
    return bool(dialog.exec())
