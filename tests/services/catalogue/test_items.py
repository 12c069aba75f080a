"""The item catalogue: items added, checked, edited and removed, each change audited."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fulfiller.db.models import Item
from fulfiller.domain.errors import UserError
from fulfiller.services.catalogue.items import add_item, list_items, remove_item, update_item
from tests.services.catalogue.read_back import audit_entries
from tests.services.kit_campaign import Small


def test_items_are_added_checked_updated_and_removed_with_audit(small: Small) -> None:
    s = small.s
    item_id = add_item(
        s,
        small.campaign_id,
        operator="mei",
        sku="STICKER",
        name="Sticker",
        variant="Holo",
        weight_g="5",
        hs_code="4911.99",
        origin_country="China",
        customs_value="0,30",
    )
    view = next(i for i in list_items(s, small.campaign_id) if i.sku == "STICKER")
    assert (view.label, view.weight_g, view.hs_code, view.origin_country) == ("Sticker (Holo)", 5, "491199", "CN")
    assert view.customs_value == Decimal("0.30") and view.customs_currency == "USD" and view.is_stock
    with pytest.raises(UserError, match="already an item with SKU 'STICKER'"):
        add_item(s, small.campaign_id, operator="mei", sku="STICKER", name="Another")
    with pytest.raises(UserError, match="needs a name"):
        add_item(s, small.campaign_id, operator="mei", sku="NEW")
    with pytest.raises(UserError, match="hs code"):
        add_item(s, small.campaign_id, operator="mei", sku="NEW", name="New", hs_code="12")
    with pytest.raises(UserError, match="never float"):
        add_item(s, small.campaign_id, operator="mei", sku="NEW", name="New", customs_value=1.5)
    with pytest.raises(UserError, match="currency"):
        update_item(s, item_id, {"customs_currency": "XYZ"}, operator="mei")

    update_item(s, item_id, {"weight_g": 6, "spare_percent": "20", "name": "Sticker"}, operator="tom")
    fields = {e.field: (e.old_value, e.new_value, e.operator) for e in audit_entries(s, "item", item_id) if e.field}
    assert fields == {"weight_g": ("5", "6", "tom"), "spare_percent": (None, "20", "tom")}

    with pytest.raises(UserError, match="still in 4 kits"):
        remove_item(s, small.items["CABLE"], operator="tom")
    remove_item(s, item_id, operator="tom")
    assert s.get(Item, item_id) is None
