from fulfiller.domain.columns import RowProblems, any_contains, line, lines, per_distinct, tidied
from fulfiller.domain.enums import Severity
from fulfiller.domain.records import Problem

CELLS = ["  Jane   Doe ", "", "\u00a0Boston\t", "a\nb", "   ", "Flat 3\u3000B"]


def test_tidied_is_line_of_every_cell() -> None:
    assert tidied(CELLS) == [line(cell) for cell in CELLS] == ["Jane Doe", "", "Boston", "a b", "", "Flat 3 B"]


def test_tidied_finds_every_untidy_cell_among_tidy_ones() -> None:
    # Tidy columns are returned as they are: any one cell that is not must still be tidied.
    tidy = ["Jane Doe", "", "Flat 3 B", "東京都 千代田区"]
    assert tidied(tidy) == tidy
    for untidy in [" a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u3000b", " ", "a\x85b", "a\x00 b", "\n"]:
        for at in range(len(tidy) + 1):
            column = [*tidy[:at], untidy, *tidy[at:]]
            assert tidied(column) == [line(cell) for cell in column], (untidy, at)


def test_lines_keeps_line_breaks_and_tidies_each_line() -> None:
    assert lines("  first  line \r\n second line  \r\r") == "first line\nsecond line"
    assert lines(" one  line ") == "one line" and lines("") == ""


def test_per_distinct_works_once_per_value_and_keeps_the_rows_order() -> None:
    calls: list[str] = []

    def work(value: str) -> str:
        calls.append(value)
        return value.upper()

    column = ["de", "fr", "de", "de", "", "fr"]
    assert per_distinct(column, work) == ["DE", "FR", "DE", "DE", "", "FR"]
    assert sorted(calls) == ["", "de", "fr"]
    assert per_distinct(iter([("a", 1), ("a", 1)]), lambda key: key[1]) == [1, 1]  # any iterable of keys
    unique = [str(n) for n in range(10)]
    assert per_distinct(unique, work) == [value.upper() for value in unique]  # mostly different: no grouping
    assert per_distinct(["x"] * 5, work) == ["X"] * 5


def test_any_contains_searches_every_cell_but_not_across_two() -> None:
    assert any_contains(["12", "9.2E+11"], "E+", "e+")
    assert not any_contains(["1E", "+2"], "E+")  # the joined cells never make a match between them
    assert not any_contains([], "E+")


def test_row_problems_keep_each_rows_order_of_checks() -> None:
    first, second, third = (Problem(code, Severity.WARNING, "", code) for code in ("a", "b", "c"))
    problems = RowProblems()
    problems.add_each([(), (first,), ()])  # one check over every row
    problems.add(1, [second])  # the next check
    problems.add(0, [])
    problems.add(2, (third,))
    assert (problems.of(0), problems.of(1), problems.of(2)) == ([], [first, second], [third])
    assert sorted(problems.found) == [1, 2]
    problems.of(1).append(third)  # a row's list is its own copy
    assert problems.of(1) == [first, second]
