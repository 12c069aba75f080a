from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from fulfiller.ui.pdf_printing import load_pdf, paint_pages


def test_batch_print_saves_a_pdf_of_the_selection(qtbot, window, tmp_path: Path) -> None:
    dialog = window.print_documents()
    qtbot.addWidget(dialog)
    dialog.warehouse.setCurrentIndex(
        next(i for i in range(dialog.warehouse.count()) if dialog.warehouse.itemText(i).startswith("EU"))
    )
    out = tmp_path / "eu.pdf"
    job = dialog.start("save", out)
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert out.exists() and "done" in dialog.status.text()
    pages = PdfReader(out).pages
    assert len(pages) >= 1
    assert "Warehouse EU" in pages[0].extract_text()


def test_print_selected_backers_from_the_backers_view(qtbot, window, tmp_path: Path) -> None:
    view = window.show_view("backers")
    view.table.selectRow(0)
    chosen = view.selected_order_ids()
    assert len(chosen) == 1
    dialog = window.print_documents(chosen)
    qtbot.addWidget(dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("labels"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("4x6"))
    out = tmp_path / "label.pdf"
    job = dialog.start("save", out)
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (288.0, 432.0)


def test_pages_reach_the_printer(qtbot, window, tmp_path: Path) -> None:
    dialog = window.print_documents()
    qtbot.addWidget(dialog)
    source = tmp_path / "lists.pdf"
    job = dialog.start("save", source)
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    document = load_pdf(source)
    assert paint_pages(document, printer) == document.pageCount() == len(PdfReader(source).pages)
    assert len(PdfReader(printed).pages) == document.pageCount()
