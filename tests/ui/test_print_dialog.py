from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from fulfiller.services.documents import DOCUMENTS
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


def _data(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemData(i) for i in range(combo.count())]


def _choose(combo, value: str) -> None:  # noqa: ANN001
    combo.setCurrentIndex(combo.findData(value))


def test_the_dialog_lists_the_registered_documents(qtbot, window) -> None:
    dialog = window.print_documents()
    qtbot.addWidget(dialog)
    assert _data(dialog.document) == list(DOCUMENTS)
    labels = [dialog.document.itemText(i) for i in range(dialog.document.count())]
    assert all(labels) and len(set(labels)) == len(labels)


def test_the_paper_list_follows_the_document(qtbot, window) -> None:
    dialog = window.print_documents()
    qtbot.addWidget(dialog)
    _choose(dialog.document, "packing-lists")
    assert _data(dialog.paper) == list(DOCUMENTS["packing-lists"].papers) and "4x6" not in _data(dialog.paper)
    assert dialog.paper.currentData() == "A4"
    _choose(dialog.document, "labels")
    assert "4x6" in _data(dialog.paper) and dialog.paper.currentData() == "4x6"
    _choose(dialog.document, "customs")
    assert dialog.paper.currentData() == DOCUMENTS["customs"].default_paper


def test_a_chosen_paper_stays_while_the_document_takes_it(qtbot, window) -> None:
    dialog = window.print_documents()
    qtbot.addWidget(dialog)
    _choose(dialog.document, "labels")
    _choose(dialog.paper, "Letter")
    _choose(dialog.document, "pick-list")
    assert dialog.paper.currentData() == "Letter"
    _choose(dialog.document, "customs")
    _choose(dialog.paper, "4x6")
    _choose(dialog.document, "packing-lists")  # takes no 4x6: its own default, said on screen
    assert dialog.paper.currentData() == "A4" and "4x6" not in _data(dialog.paper)
