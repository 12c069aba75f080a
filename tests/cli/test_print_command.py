from pathlib import Path

import pytest
from pypdf import PdfReader

from fulfiller.cli import main
from fulfiller.domain.errors import UserError
from fulfiller.services.documents import DOCUMENTS, paper_for


def test_print_writes_each_document(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for document, extra in (
        ("packing-lists", ["--warehouse", "EU"]),
        ("pick-list", []),
        ("labels", ["--paper", "A4"]),
        ("customs", []),
    ):
        out = tmp_path / f"{document}.pdf"
        assert main(["print", document, "--db", str(demo_db_path), "--out", str(out), *extra]) == 0
        assert capsys.readouterr().out.startswith("Wrote ")
        assert len(PdfReader(out).pages) >= 1


def test_print_selects_by_backer_number(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "two.pdf"
    assert main(["print", "packing-lists", "--db", str(demo_db_path), "--out", str(out), "--orders", "1,2"]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Backer #1" in text and "Backer #2" in text and "Backer #3" not in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--warehouse", "XX"], "No warehouse 'XX'"),
        (["--tier", "Platinum"], "No reward tier 'Platinum'"),
        (["--country", "Atlantis"], "not a country"),
        (["--status", "happy"], "Unknown pledge status"),
        (["--orders", "999999"], "No order with backer number 999999"),
        (["--paper", "A3"], "Unknown paper size"),
    ],
)
def test_print_refuses_a_bad_selection(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["print", "packing-lists", "--db", str(demo_db_path), "--out", str(out), *options]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_print_offers_the_registered_documents(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "invoices", "--out", "x.pdf"])
    assert exit_info.value.code == 2
    assert f"choose from {', '.join(repr(name) for name in DOCUMENTS)}" in capsys.readouterr().err


def test_4x6_is_refused_for_packing_lists_by_the_registry_rule(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lists.pdf"
    argv = ["print", "packing-lists", "--paper", "4x6", "--db", str(demo_db_path), "--out", str(out)]
    assert main(argv) == 1
    with pytest.raises(UserError) as rule:
        paper_for(DOCUMENTS["packing-lists"], "4x6")
    assert capsys.readouterr().err == f"fulfiller: error: {rule.value}\n"
    assert "A4 or Letter" in str(rule.value) and not out.exists()


def test_4x6_is_taken_for_labels(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "labels.pdf"
    argv = ["print", "labels", "--paper", "4x6", "--orders", "1,2", "--db", str(demo_db_path), "--out", str(out)]
    assert main(argv) == 0
    assert capsys.readouterr().out == f"Wrote 2 labels to {out}.\n"
    page = PdfReader(out).pages[0].mediabox
    assert (float(page.width), float(page.height)) == (288.0, 432.0)  # 4 × 6 in
