from dataclasses import dataclass

import pytest

from fulfiller.domain.errors import UserError
from fulfiller.domain.registry import Registry


@dataclass(frozen=True)
class Thing:
    name: str
    label: str


def test_entries_keep_their_order_and_are_found_by_name() -> None:
    things = Registry("thing", [Thing("b", "Bee"), Thing("a", "Ant")])
    assert things.names() == ("b", "a") and list(things) == ["b", "a"]
    assert things.named("a").label == "Ant"
    assert "c" not in things


def test_an_unknown_name_is_refused_with_the_names_there_are() -> None:
    things = Registry("thing", [Thing("b", "Bee"), Thing("a", "Ant")])
    with pytest.raises(UserError, match=r"^Unknown thing 'c'; use one of: b, a\.$"):
        things.named("c")


def test_two_entries_of_one_name_are_a_mistake() -> None:
    with pytest.raises(ValueError, match="Two entries named 'a'"):
        Registry("thing", [Thing("a", "Ant"), Thing("a", "Aphid")])
