"""The import wizard: choose a file, check its layout (or map its columns), preview the problems,
import with a progress bar and cancel, and read the summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message
from fulfiller.importers.mapping import ColumnMapping
from fulfiller.services.campaigns import CampaignInfo
from fulfiller.services.importing.mappings import format_choices, resolve_format, save_preset
from fulfiller.services.importing.preview import (
    MAPPABLE_FIELDS,
    ExportPreview,
    headers_of,
    preview_export,
    suggested_mapping,
)
from fulfiller.services.importing.run import ImportSummary, import_export
from fulfiller.ui import labels
from fulfiller.ui.messages import render, render_error
from fulfiller.ui.ops import IMPORTED, CampaignOps
from fulfiller.ui.tasks import BackgroundJob

EXPORT_FILTER = "Backer exports (*.csv *.tsv *.txt *.xlsx *.xls *.zip);;All files (*)"
ROW_COLOURS = {"error": "#fde2e1", "warning": "#fff4d6", "rejected": "#e8e8e8"}
UNKNOWN_LAYOUT = "import.unknown_layout"  # the code of the error for an export whose columns no layout matches


class ImportWizard(QWizard):
    def __init__(
        self,
        ops: CampaignOps,
        campaign: CampaignInfo,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.campaign = ops, campaign
        self.mapping: ColumnMapping | None = None
        self.preview: ExportPreview | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import backers into {campaign}").format(campaign=campaign.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(960, 640)
        self.file_page = ChooseFilePage(self, path)
        self.layout_page = LayoutPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.layout_page, self.preview_page, self.import_page, self.summary_page):
            self.addPage(page)

    @property
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def chosen_format(self) -> tuple[str, ColumnMapping | None]:
        chosen = self.file_page.format.currentData()
        return self.ops.read(lambda session: resolve_format(session, chosen))

    def reject(self) -> None:
        if self.import_page.job is not None and self.import_page.job.running:
            self.import_page.job.cancel()  # the import rolls back; the page reports it
            return
        super().reject()


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: Path | None) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the export"))
        self.setSubTitle(
            self.tr(
                "A Kickstarter backer report (CSV or zip), an Indiegogo contributions file, a pledge manager's export, or any CSV/TSV/XLSX."  # noqa: E501
            )
        )
        self.path = QLineEdit(str(path) if path else "", self)
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.format = QComboBox(self)
        for name in wizard.ops.read(format_choices):
            self.format.addItem(self.tr("Detect automatically") if name == "auto" else name, name)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("F&ormat:"), self.format)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the export"), self.path.text(), EXPORT_FILTER)
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and Path(text).is_file()


class LayoutPage(QWizardPage):
    """Shows what was recognised; for an unknown layout, a mapping of fields to the file's columns."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Layout and columns"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables = QListWidget(self)
        self.tables.setMaximumHeight(120)
        self.mapping_table = QTableWidget(0, 2, self)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().setVisible(False)
        self.edit_button = QPushButton(self.tr("&Edit column mapping…"), self)
        self.edit_button.clicked.connect(self._start_mapping)
        self.check_button = QPushButton(self.tr("&Check mapping"), self)
        self.check_button.clicked.connect(self._check_mapping)
        self.preset_name = QLineEdit(self)
        self.preset_name.setPlaceholderText(self.tr("optional: save this mapping as a preset named…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.preset_name, 1)
        buttons.addStretch(0)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tables)
        layout.addLayout(buttons)
        layout.addWidget(self.mapping_table, 4)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.preview = None
        wizard.mapping = None
        self._show_mapping(False)
        format_, mapping = wizard.chosen_format()
        self._load_preview(format_, mapping)

    def _load_preview(self, format_: str, mapping: ColumnMapping | None) -> None:
        wizard = self._wizard
        try:
            wizard.preview = preview_export(
                wizard.path, format=format_, mapping=mapping, default_currency=wizard.campaign.currency
            )
        except UserError as exc:
            wizard.preview = None
            self._show_problem(render_error(exc), needs_mapping=_needs_mapping(exc))
        else:
            wizard.mapping = mapping
            self._show_recognised(wizard.preview)
        self.completeChanged.emit()

    def _show_recognised(self, preview: ExportPreview) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Recognised as {format}: {rows} rows in {tables} table(s).").format(
                format=labels.export_format(preview.format), rows=f"{preview.total_rows:,}", tables=len(preview.tables)
            )
            + "".join(f"\n• {render(note)}" for note in preview.notes)
        )
        self.tables.clear()
        for name, rows, read_as in preview.tables:
            self.tables.addItem(f"{name} — {rows:,} rows — {render(read_as)}")

    def _show_problem(self, message: str, *, needs_mapping: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self.tables.clear()
        if needs_mapping and not self.mapping_table.isVisible():
            self._start_mapping()

    def _show_mapping(self, visible: bool) -> None:
        for widget in (self.mapping_table, self.check_button, self.preset_name):
            widget.setVisible(visible)

    def _start_mapping(self) -> None:
        wizard = self._wizard
        try:
            headers = headers_of(wizard.path)
            mapping = wizard.mapping or suggested_mapping(wizard.path, name="")
        except UserError as exc:
            self._show_problem(render_error(exc))
            return
        self.mapping_table.setRowCount(len(MAPPABLE_FIELDS))
        for row, field_name in enumerate(MAPPABLE_FIELDS):
            label = QTableWidgetItem(field_name.replace("address.", "address: ").replace("_", " "))
            label.setData(Qt.ItemDataRole.UserRole, field_name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, label)
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("(not in the file)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(field_name, ""))))
            self.mapping_table.setCellWidget(row, 1, combo)
        self._show_mapping(True)

    def current_mapping(self) -> ColumnMapping:
        columns = {}
        for row in range(self.mapping_table.rowCount()):
            header = self.mapping_table.cellWidget(row, 1).currentData()
            if header:
                columns[self.mapping_table.item(row, 0).data(Qt.ItemDataRole.UserRole)] = header
        name = self.preset_name.text().strip() or "custom"
        return ColumnMapping(name=name, columns=columns)

    def _check_mapping(self) -> None:
        mapping = self.current_mapping()
        self._load_preview(f"mapped:{mapping.name}", mapping)

    def isComplete(self) -> bool:
        return self._wizard.preview is not None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Backer #"),
                self.tr("Name"),
                self.tr("Country"),
                self.tr("City"),
                self.tr("Problems"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        shown = len(preview.rows)
        self.setSubTitle(
            self.tr("The first {shown} of {total} rows, as they will be imported. Nothing is written yet.").format(
                shown=shown, total=f"{preview.total_rows:,}"
            )
        )
        self.counts.setText(
            self.tr(
                "In these rows: {errors} with errors (they block shipping), {warnings} with warnings, {rejected} rejected."  # noqa: E501
            ).format(
                errors=preview.count("error"), warnings=preview.count("warning"), rejected=preview.count("rejected")
            )
        )
        self.table.setRowCount(shown)
        for row, item in enumerate(preview.rows):
            cells = (str(item.row), item.backer_number, item.name, item.country, item.city, item.messages)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.severity:
                    cell.setBackground(QBrush(QColor(ROW_COLOURS[item.severity])))
                self.table.setItem(row, column, cell)
        for column, width in enumerate((50, 80, 180, 60, 130)):
            self.table.setColumnWidth(column, width)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.job: BackgroundJob | None = None
        self.setTitle(self.tr("Importing"))
        self.setCommitPage(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self._wizard
        preview = wizard.preview
        assert preview is not None
        self.bar.setRange(0, max(preview.total_rows, 1))
        self.bar.setValue(0)
        self.status.setText(
            self.tr("Importing {rows} rows… The database changes only when all of them are in.").format(
                rows=f"{preview.total_rows:,}"
            )
        )
        format_, mapping = (
            (f"mapped:{wizard.mapping.name}", wizard.mapping) if wizard.mapping else wizard.chosen_format()
        )
        ops, path, campaign = wizard.ops, wizard.path, str(wizard.campaign.id)
        operator = ops.operator()
        self.job = ops.background(
            lambda progress, cancel: import_export(
                ops.db, path, campaign=campaign, format=format_, mapping=mapping, operator=operator,
                progress=progress, cancel=cancel,
            ),
            self,
            IMPORTED,
        )  # fmt: skip
        self.job.progressed.connect(lambda done, total: self.bar.setValue(done))
        self.job.done.connect(self._finished)
        self.job.error.connect(self._failed)
        self.cancel_button.setEnabled(True)
        self.job.start()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling… nothing will be changed."))

    def _finished(self, summary: ImportSummary) -> None:
        wizard = self._wizard
        wizard.summary = summary
        preset = wizard.layout_page.preset_name.text().strip()
        if preset and wizard.mapping is not None:
            mapping = wizard.mapping
            wizard.ops.write(
                self,
                self.tr("Save mapping"),
                lambda s: save_preset(s, mapping, operator=wizard.ops.operator()),
                IMPORTED,
            )
        self.bar.setValue(self.bar.maximum())
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Done."))
        self.completeChanged.emit()
        wizard.next()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.summary is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Summary"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Rejected rows:"), self))
        layout.addWidget(self.rejected, 1)

    def initializePage(self) -> None:
        s = self._wizard.summary
        assert s is not None
        lines = [
            self.tr("Import {batch} of {file}: {rows} rows.").format(batch=s.batch_id, file=s.file, rows=f"{s.rows:,}"),
            self.tr("Added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, rejected {rejected}.").format(  # noqa: E501
                added=f"{s.added:,}", updated=f"{s.updated:,}", unchanged=f"{s.unchanged:,}",
                conflicts=f"{s.conflicts:,}", rejected=f"{s.rejected:,}",
            ),
            self.tr("Orders with errors: {errors}; with warnings: {warnings}; possible duplicates: {duplicates}.").format(  # noqa: E501
                errors=f"{s.orders_with_errors:,}", warnings=f"{s.orders_with_warnings:,}",
                duplicates=f"{s.merge_suggestions:,}",
            ),
        ]  # fmt: skip
        if s.not_in_file:
            lines.append(
                self.tr("{n} orders imported before are not in this file; they were left as they are.").format(
                    n=s.not_in_file
                )
            )
        if s.suggestions_left_out:
            lines.append(
                self.tr(
                    "{grouped} orders look like another in {groups} groups, the largest of {largest}; {left} of "
                    "them are in groups too large to suggest one by one."
                ).format(
                    grouped=f"{s.orders_in_duplicate_groups:,}", groups=f"{s.duplicate_groups:,}",
                    largest=f"{s.largest_duplicate_group:,}", left=f"{s.suggestions_left_out:,}",
                )
            )  # fmt: skip
        if s.shipped_outside:
            lines.append(
                self.tr(
                    "{n} orders the file says were sent are recorded as shipped outside Fulfiller "
                    "(no tracking number, no stock taken)."
                ).format(n=f"{s.shipped_outside:,}")
            )
        if s.sent_left_unpacked:
            lines.append(
                self.tr(
                    "{n} orders the file says were sent have a parcel here still to pack; they were left as they are."
                ).format(n=f"{s.sent_left_unpacked:,}")
            )
        if s.sent_no_longer:
            lines.append(
                self.tr(
                    "{n} orders shipped outside Fulfiller are no longer marked sent in the file; they stay shipped."
                ).format(n=f"{s.sent_no_longer:,}")
            )
        self.text.setText("\n".join(lines))
        self.rejected.clear()
        for item in s.rejected_rows:
            self.rejected.addItem(item["message"])
        if not s.rejected_rows:
            self.rejected.addItem(self.tr("None."))


def _needs_mapping(exc: UserError) -> bool:
    """A layout Fulfiller does not know: the person maps its columns."""
    return UNKNOWN_LAYOUT in _codes(exc.message)


def _codes(said: Message) -> set[str]:
    """The codes of a message and of every message within it (a file's error frames its reason)."""
    found = {said.code}
    for value in said.params.values():
        if isinstance(value, Message):
            found |= _codes(value)
    return found
