"""Batch printing: choose the document, the orders and the paper; make the PDF off the GUI thread,
then save it or print it with a preview."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.enums import PledgeStatus
from fulfiller.services.backers import filter_choices
from fulfiller.services.database import Database
from fulfiller.services.documents import DOCUMENTS, Document, print_document
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.services.printing import PrintSelection
from fulfiller.ui.pdf_printing import preview_and_print
from fulfiller.ui.tasks import BackgroundJob


class PrintDialog(QDialog):
    def __init__(
        self,
        db: Database,
        campaign_id: int,
        parent: QWidget | None = None,
        order_ids: tuple[int, ...] | None = None,
        *,
        papers: Mapping[str, str] | None = None,
        warehouse: str = "",
    ) -> None:
        """`papers`: the station's paper per document name (Settings); `warehouse`: its warehouse code."""
        super().__init__(parent)
        self._db, self._campaign_id, self.order_ids = db, campaign_id, order_ids
        self._preferred = dict(papers or {})
        self.job: BackgroundJob | None = None
        self.pdf: Path | None = None
        self._then: str = ""
        self.setWindowTitle(self.tr("Print"))
        with db.reading() as session:
            choices = filter_choices(session, campaign_id)
            warehouses = list_warehouses(session, campaign_id)
        self.document = QComboBox(self)
        names = self._document_names()
        for document in DOCUMENTS.values():
            self.document.addItem(names.get(document.name, document.label), document.name)
        self.tier = QComboBox(self)
        self.tier.addItem(self.tr("All rewards"), None)
        for tier_id, title in choices.tiers:
            self.tier.addItem(title, tier_id)
        self.warehouse = QComboBox(self)
        self.warehouse.addItem(self.tr("All warehouses"), None)
        for w in warehouses:
            self.warehouse.addItem(f"{w.code} — {w.name}", w.id)
            if w.code == warehouse:
                self.warehouse.setCurrentIndex(self.warehouse.count() - 1)
        self.country = QComboBox(self)
        self.country.addItem(self.tr("All countries"), None)
        for code in choices.countries:
            self.country.addItem(code, code)
        self.problem_free = QCheckBox(self.tr("Leave out orders with address errors"), self)
        self.problem_free.setChecked(True)
        self.paper = QComboBox(self)
        self._papers_of: Document | None = None
        self._offer_papers()
        self.document.currentIndexChanged.connect(self._offer_papers)
        self.native = QCheckBox(self.tr("Labels: the backer's own script below the Latin address"), self)
        self.native.setChecked(True)
        self.status = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(self.choose_save)
        self.print_button.clicked.connect(lambda: self.start("print"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        if order_ids:
            form.addRow(QLabel(self.tr("{n} selected backers").format(n=len(order_ids)), self))
        else:
            form.addRow(self.tr("&Reward:"), self.tier)
            form.addRow(self.tr("&Warehouse:"), self.warehouse)
            form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.problem_free)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow(self.native)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _document_names(self) -> dict[str, str]:
        """The window's words for the documents of the registry (whose labels are English)."""
        return {
            "packing-lists": self.tr("Packing lists"),
            "pick-list": self.tr("Pick list"),
            "labels": self.tr("Address labels"),
            "customs": self.tr("Customs declarations (CN22/CN23)"),
        }

    def _paper_names(self) -> dict[str, str]:
        return {"A4": self.tr("A4"), "Letter": self.tr("Letter"), "4x6": self.tr("4×6 in (label printer)")}

    def _offer_papers(self) -> None:
        """Only the papers the chosen document takes. A paper the person chose stays while the document takes
        it; one that was only the last document's default gives way to this document's default."""
        document = DOCUMENTS[self.document.currentData()]
        current = self.paper.currentData()
        chosen = current if self._papers_of is None or current != self._default_paper(self._papers_of) else None
        names = self._paper_names()
        self.paper.clear()
        for paper in document.papers:
            self.paper.addItem(names.get(paper, paper), paper)
        self.paper.setCurrentIndex(
            self.paper.findData(chosen if chosen in document.papers else self._default_paper(document))
        )
        self._papers_of = document

    def _default_paper(self, document: Document) -> str:
        """The station's paper for this document where it takes it, else the document's own default."""
        preferred = self._preferred.get(document.name)
        return preferred if preferred in document.papers else document.default_paper

    def selection(self) -> PrintSelection:
        return PrintSelection(
            tier_id=None if self.order_ids else self.tier.currentData(),
            warehouse_id=None if self.order_ids else self.warehouse.currentData(),
            country=None if self.order_ids else self.country.currentData(),
            status=PledgeStatus.COLLECTED,
            problem_free_only=self.problem_free.isChecked(),
            order_ids=self.order_ids,
        )

    def choose_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.document.currentData()}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.start("save", Path(name))

    def start(self, then: str, target: Path | None = None) -> BackgroundJob:
        document, paper, native = self.document.currentData(), self.paper.currentData(), self.native.isChecked()
        selection, db, campaign_id = self.selection(), self._db, self._campaign_id
        self.pdf = target or Path(tempfile.mkdtemp(prefix="fulfiller-print-")) / f"{document}.pdf"
        self._then, pdf = then, self.pdf

        def job(progress, cancel):  # noqa: ANN001, ANN202 - the job protocol of ui.tasks
            with db.reading() as session:
                return print_document(session, campaign_id, document, selection, pdf, paper=paper, native=native,
                                      progress=progress, cancel=cancel)  # fmt: skip

        self.job = BackgroundJob(job, self)
        self.job.progressed.connect(self._progress)
        self.job.done.connect(self._finished)
        self.job.error.connect(self._failed)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Making the PDF…"))
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        return self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _reset_buttons(self) -> None:
        self.bar.hide()
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _finished(self, count: int) -> None:
        self._reset_buttons()
        self.status.setText(self.tr("{count} done: {file}").format(count=count, file=self.pdf))
        if self._then == "print" and self.pdf is not None and count:
            preview_and_print(self.pdf, self)
            shutil.rmtree(self.pdf.parent, ignore_errors=True)

    def _failed(self, message: str) -> None:
        self._reset_buttons()
        self.status.setText(message)
        if self.job is not None and not self.job.cancelled.is_set():
            QMessageBox.warning(self, self.windowTitle(), message)

    def _cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        else:
            self.reject()
