from fulfiller.domain.clean_addresses import CLEAN_FIELDS, clean_addresses
from fulfiller.domain.columns import RowProblems
from fulfiller.domain.records import RawAddress

FIELDS = ("name", "company", "line1", "line2", "line3", "city", "state", "postal_code", "country", "phone",
          "delivery_notes")  # fmt: skip


def _columns(*addresses: RawAddress) -> dict[str, list[str]]:
    return {name: [getattr(address, name) for address in addresses] for name in FIELDS}


def _clean(*addresses: RawAddress) -> tuple[list[dict[str, str]], RowProblems]:
    problems = RowProblems()
    columns = clean_addresses(_columns(*addresses), problems)
    assert list(columns) == list(CLEAN_FIELDS)
    return [{name: columns[name][row] for name in CLEAN_FIELDS} for row in range(len(addresses))], problems


def test_a_latin_proposal_only_for_the_fields_not_in_latin_script() -> None:
    (chinese, german), _ = _clean(
        RawAddress(name="张伟", line1="建国路88号", line2="Unit 5", city="北京市", state="Beijing", country="CN"),
        RawAddress(name="Jürgen Müller", line1="Straße des 17. Juni 1", city="Łódź", country="PL"),
    )
    assert (chinese["latin_name"], chinese["latin_line1"], chinese["latin_city"]) == (
        "Zhang Wei",
        "Jianguo Lu 88 Hao",
        "Beijing Shi",
    )
    assert (chinese["latin_line2"], chinese["latin_state"]) == ("", "")
    assert {german[name] for name in CLEAN_FIELDS if name.startswith("latin_")} == {""}


def test_cells_are_tidied_and_the_country_resolved() -> None:
    (address,), _ = _clean(
        RawAddress(name=" Jane  Doe", line1="1  Main St ", city="\u00a0Boston", state="MA", postal_code="02134",
                   country=" USA ", phone="(617) 392-0202", delivery_notes=" Ring  twice \r\n at the back ")
    )  # fmt: skip
    assert (address["name"], address["line1"], address["city"]) == ("Jane Doe", "1 Main St", "Boston")
    assert (address["country_code"], address["country_as_given"], address["phone"]) == ("US", "USA", "+16173920202")
    assert address["delivery_notes"] == "Ring twice\nat the back"


def test_a_row_with_no_address_has_that_one_problem_and_its_neighbours_theirs() -> None:
    rows, problems = _clean(
        RawAddress(name="Jane Doe", phone=""),
        RawAddress(name="J. S.", line1="", city="", state="MA", postal_code="2134", country="US", phone=""),
        RawAddress(name="Kim Lee", line1="Ring 1", city="Berlin", postal_code="10115", country="DE", phone=""),
    )
    assert [p.code for p in problems.of(0)] == ["address_missing"]  # no name or phone checks on top
    assert [(p.code, p.field) for p in problems.of(1)] == [
        ("required_field_missing", "city"),
        ("required_field_missing", "line1"),
        ("postal_code_lost_zero", "postal_code"),
        ("name_initials_only", "name"),
        ("phone_missing", "phone"),
    ]
    assert [p.code for p in problems.of(2)] == ["phone_missing"]  # Germany needs no state
    assert rows[1]["postal_code"] == "2134"  # problems are named, the value kept as given
