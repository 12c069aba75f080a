import pytest

from fulfiller.domain.enums import Severity
from fulfiller.domain.names import check_name


@pytest.mark.parametrize(
    "name",
    ["John Smith", "J. Smith", "O'Brien", "Anne-Marie Dubois", "Smith, J.", "Jürgen Müller", "Łukasz Nowak",
     "Li", "LI", "WU", "Ng", "KIM", "王伟", "김민준", "山田 太郎", "Иван Петров", "محمد علي", "Mary  Ann "],
)  # fmt: skip
def test_real_names_pass(name: str) -> None:
    assert check_name(name) == []


@pytest.mark.parametrize("name", ["", "   ", "...", "-"])
def test_missing_name_is_an_error(name: str) -> None:
    problems = check_name(name)
    assert [(p.code, p.severity, p.field) for p in problems] == [("name_missing", Severity.ERROR, "name")]


@pytest.mark.parametrize("name", ["J. S.", "JS", "A.B.", "J S", "J", "J.S", "AJ", "JRR", " j. s. "])
def test_initials_only_is_an_error_customs_would_raise(name: str) -> None:
    problems = check_name(name)
    expected = [("name_initials_only", Severity.ERROR, "name")]
    assert [(p.code, p.severity, p.field) for p in problems] == expected
    assert "customs" in problems[0].message


def test_an_email_as_name_is_a_warning() -> None:
    problems = check_name("john.smith@example.com")
    assert [(p.code, p.severity) for p in problems] == [("name_is_email", Severity.WARNING)]
    assert "'john.smith@example.com'" in problems[0].message


@pytest.mark.parametrize("name", ["12345", "0049 30 1234567", "42"])
def test_digits_as_name_is_a_warning(name: str) -> None:
    assert [(p.code, p.severity) for p in check_name(name)] == [("name_is_number", Severity.WARNING)]


@pytest.mark.parametrize("name", ["Backer12 Example", "Flat 3 Kim Lee", "Anna 2", "山田123", "J. 5"])
def test_names_with_digits_and_letters_pass(name: str) -> None:
    assert check_name(name) == []


@pytest.mark.parametrize("name", ["١٢٣", "½ 3", "12.5"])
def test_any_kind_of_digits_alone_is_a_number(name: str) -> None:
    assert [p.code for p in check_name(name)] == ["name_is_number"]
