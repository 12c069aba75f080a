"""Words shown for stored values (statuses and the like), translatable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Keyed by the stored value; QT_TRANSLATE_NOOP lets lupdate find the words.
_PLEDGE = {
    "collected": QT_TRANSLATE_NOOP("Labels", "collected"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "dropped"),
    "errored": QT_TRANSLATE_NOOP("Labels", "errored"),
    "canceled": QT_TRANSLATE_NOOP("Labels", "canceled"),
    "refunded": QT_TRANSLATE_NOOP("Labels", "refunded"),
}
_SHIPMENT = {
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "ready": QT_TRANSLATE_NOOP("Labels", "ready"),
    "packed": QT_TRANSLATE_NOOP("Labels", "packed"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "shipped"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "delivered"),
    "at_label_tool": QT_TRANSLATE_NOOP("Labels", "at label tool"),
    "with_partner": QT_TRANSLATE_NOOP("Labels", "with partner"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "on hold"),
    "address_problem": QT_TRANSLATE_NOOP("Labels", "address problem"),
    "returned": QT_TRANSLATE_NOOP("Labels", "returned"),
    "lost": QT_TRANSLATE_NOOP("Labels", "lost"),
    "damaged": QT_TRANSLATE_NOOP("Labels", "damaged"),
}


_CLAIM = {
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "submitted"),
    "paid": QT_TRANSLATE_NOOP("Labels", "paid"),
    "refused": QT_TRANSLATE_NOOP("Labels", "refused"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
}

_MOVEMENT = {
    "received": QT_TRANSLATE_NOOP("Labels", "received"),
    "picked": QT_TRANSLATE_NOOP("Labels", "picked"),
    "packed": QT_TRANSLATE_NOOP("Labels", "packed"),
    "reshipped": QT_TRANSLATE_NOOP("Labels", "reshipped"),
    "adjusted": QT_TRANSLATE_NOOP("Labels", "count corrected"),
    "written_off": QT_TRANSLATE_NOOP("Labels", "written off"),
}


def _label(table: dict[str, str], value: str) -> str:
    return QCoreApplication.translate("Labels", table[value]) if value in table else value


def pledge_status(value: str) -> str:
    return _label(_PLEDGE, value)


def shipment_status(value: str) -> str:
    return _label(_SHIPMENT, value)


def claim_status(value: str) -> str:
    return _label(_CLAIM, value)


def movement_kind(value: str) -> str:
    return _label(_MOVEMENT, value)


_FORMATS = {
    "kickstarter-2013": QT_TRANSLATE_NOOP("Labels", "Kickstarter backer report (2013 layout)"),
    "kickstarter-2014": QT_TRANSLATE_NOOP("Labels", "Kickstarter backer report (2014 layout, tiers by minimum)"),
    "kickstarter-2018": QT_TRANSLATE_NOOP("Labels", "Kickstarter backer report (2018–2022 layout)"),
    "kickstarter-2023": QT_TRANSLATE_NOOP("Labels", "Kickstarter backer report (2023 layout)"),
    "indiegogo": QT_TRANSLATE_NOOP("Labels", "Indiegogo contributions"),
    "mapped:backerkit": QT_TRANSLATE_NOOP("Labels", "BackerKit export (preset)"),
    "mapped:pledgebox": QT_TRANSLATE_NOOP("Labels", "PledgeBox export (preset)"),
    "mapped:gamefound": QT_TRANSLATE_NOOP("Labels", "Gamefound export (preset)"),
}


def export_format(value: str) -> str:
    if value in _FORMATS:
        return _label(_FORMATS, value)
    if value.startswith("mapped:"):
        return QCoreApplication.translate("Labels", "column mapping “{name}”").format(
            name=value.removeprefix("mapped:")
        )
    return value


# The files written for other tools, keyed by the name of the registry in fulfiller.exporters.formats.
_ORDER_EXPORTS = {
    "shipstation": QT_TRANSLATE_NOOP("Labels", "ShipStation order import"),
    "pirateship": QT_TRANSLATE_NOOP("Labels", "Pirate Ship batch upload"),
    "usps": QT_TRANSLATE_NOOP("Labels", "USPS Click-N-Ship address book"),
    "partner-lines": QT_TRANSLATE_NOOP("Labels", "Partner file, a row per item"),
    "partner-skus": QT_TRANSLATE_NOOP("Labels", "Partner file, a column per SKU"),
}
_TRACKING_EXPORTS = {
    "kickstarter": QT_TRANSLATE_NOOP("Labels", "Kickstarter tracking template"),
    "backerkit": QT_TRANSLATE_NOOP("Labels", "BackerKit tracking upload"),
    "pledgebox": QT_TRANSLATE_NOOP("Labels", "PledgeBox tracking upload"),
    "indiegogo": QT_TRANSLATE_NOOP("Labels", "Indiegogo contributions file"),
}


def order_export(name: str) -> str:
    return _label(_ORDER_EXPORTS, name)


def tracking_export(name: str) -> str:
    return _label(_TRACKING_EXPORTS, name)
