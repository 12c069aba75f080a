from pathlib import Path

import pytest
from pypdf import PdfReader

from fulfiller.domain.errors import UserError
from fulfiller.services.database import open_db
from fulfiller.services.documents import DOCUMENTS, PAPERS, documents_on, paper_for, print_document
from fulfiller.services.printing import PrintSelection


def test_4x6_is_for_labels_and_customs_forms_only() -> None:
    assert [d.name for d in documents_on("4x6")] == ["labels", "customs"]
    assert [d.name for d in documents_on("A4")] == list(DOCUMENTS)
    assert PAPERS == ("A4", "Letter", "4x6")


def test_each_document_defaults_to_a_paper_it_takes() -> None:
    for document in DOCUMENTS.values():
        assert paper_for(document, None) == document.default_paper in document.papers
    assert paper_for(DOCUMENTS["labels"], None) == "4x6"


@pytest.mark.parametrize(
    ("document", "paper", "message"),
    [
        ("packing-lists", "4x6", "4x6 is for address labels and customs declarations only; "
                                 "print packing lists on A4 or Letter."),
        ("pick-list", "4x6", "print pick list on A4 or Letter"),
        ("labels", "A3", "Unknown paper size 'A3'; use one of: A4, Letter, 4x6."),
    ],
)  # fmt: skip
def test_a_paper_the_document_does_not_take_is_refused(document: str, paper: str, message: str) -> None:
    with pytest.raises(UserError) as refused:
        paper_for(DOCUMENTS[document], paper)
    assert message in str(refused.value)


def test_print_document_prints_on_the_papers_of_the_registry(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_db_path)
    selection = PrintSelection(order_ids=(1, 2))
    with db.reading() as session:
        label = tmp_path / "label.pdf"
        assert print_document(session, 1, "labels", selection, label) == 2
        with pytest.raises(UserError, match="print packing lists on A4 or Letter"):
            print_document(session, 1, "packing-lists", selection, tmp_path / "lists.pdf", paper="4x6")
        with pytest.raises(UserError, match="Unknown document 'invoices'"):
            print_document(session, 1, "invoices", selection, tmp_path / "invoices.pdf")
    db.close()
    width, height = PdfReader(label).pages[0].mediabox.width, PdfReader(label).pages[0].mediabox.height
    assert (float(width), float(height)) == (288.0, 432.0)
    assert not (tmp_path / "lists.pdf").exists()
