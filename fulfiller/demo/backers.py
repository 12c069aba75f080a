"""One demo backer after another, with their order, address and problem, from one random stream."""

from __future__ import annotations

import random

from fulfiller.db.models import Order
from fulfiller.demo.catalogue import Catalogue
from fulfiller.demo.people import People
from fulfiller.demo.places import CountrySample
from fulfiller.demo.pledges import Pledges
from fulfiller.demo.problems import SPREADSHEET_POSTAL_CODE, Problems
from fulfiller.demo.rows import ChunkRows, Ids
from fulfiller.demo.warehousing import WAREHOUSE_FOR_COUNTRY, Demand
from fulfiller.domain.enums import PledgeStatus


class Backers:
    """Draws in a fixed order from one generator, so the same seed makes the same demo."""

    def __init__(self, rng: random.Random, catalogue: Catalogue, ids: Ids, total: int, seed: int) -> None:
        self.ids = ids
        self.demand = Demand(catalogue)
        self._people = People(rng, ids, catalogue, seed)
        self._problems = Problems(rng, ids)
        self._pledges = Pledges(rng, ids, catalogue, total)

    def rows_for(self, start: int, end: int) -> ChunkRows:
        rows = ChunkRows()
        for index in range(start, end):
            self._add_backer(index, rows)
        return rows

    def _add_backer(self, index: int, rows: ChunkRows) -> None:
        country = self._people.country(index)
        person = self._people.person(country)
        number = self._people.next_backer_number(index)
        order_id = self.ids.take(Order)
        problem_code = self._problems.pick(country)
        backer = self._people.backer_row(person, number)
        address = self._people.address_row(
            order_id, country, person, zero_led_postal_code=problem_code == SPREADSHEET_POSTAL_CODE
        )
        if problem_code is not None:
            problem = self._problems.plant(problem_code, country, backer, address, person)
            rows.problems.append(self._problems.row(order_id, problem))
        self._problems.remember(country, number, backer, address)
        rows.backers.append(backer)
        rows.addresses.append(address)
        self._add_order(index, order_id, backer["id"], number, country, rows)

    def _add_order(
        self,
        index: int,
        order_id: int,
        backer_id: int,
        number: str,
        country: CountrySample,
        rows: ChunkRows,
    ) -> None:
        """The pledge and its add-ons; a paid one counts towards the stock the warehouse receives."""
        reward = self._pledges.reward(index)
        warehouse_code = WAREHOUSE_FOR_COUNTRY[country.code]
        order = self._pledges.order_row(index, order_id, backer_id, number, country, warehouse_code, reward)
        rows.orders.append(order)
        rows.order_add_ons.extend(self._pledges.add_on_rows(order_id, reward))
        if order["status"] is PledgeStatus.COLLECTED:
            self.demand.add(order["warehouse_id"], self._pledges.kit(reward))
