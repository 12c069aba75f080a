import pytest

from fulfiller.exporters.spreadsheet import escape_cell, escape_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+SUM(A1:A9)", "'+SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("+1+1", "'+1+1"),
        # Phone numbers carry nothing a spreadsheet could run; label tools must get them as they are.
        ("+65 9158 6463", "+65 9158 6463"),
        ("+1 (415) 555-0100", "+1 (415) 555-0100"),
        ("Hauptstraße 1", "Hauptstraße 1"),
    ],
)
def test_formula_injection_is_escaped_but_phones_are_kept(text: str, expected: str) -> None:
    assert escape_text(text) == expected


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        escape_cell(1.5)
