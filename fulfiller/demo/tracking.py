"""Which carrier takes each demo parcel, and tracking numbers in that carrier's real format."""

from __future__ import annotations

from fulfiller.demo.warehousing import ships_domestically


def carrier_for(warehouse_code: str, country_code: str, shipment_id: int) -> tuple[str, str, str]:
    """Carrier, service and a tracking number in that carrier's real format (with its check digit)."""
    serial = shipment_id * 2_654_435_761 + 97_531  # unique per shipment (below 10**7), not a counter
    domestic = ships_domestically(country_code)
    if warehouse_code == "US":
        if domestic:
            return "USPS", "Ground Advantage", usps_tracking_number(serial)
        return "UPS", "Worldwide Expedited", ups_tracking_number(serial)
    if warehouse_code == "EU":
        if country_code in ("GB", "CH", "NO"):
            return "UPS", "Standard", ups_tracking_number(serial)
        return "PostNL", "Packet Track & Trace", s10_tracking_number("LA", serial, "NL")
    if warehouse_code == "APAC":
        service = "Parcel Post" if domestic else "International Standard"
        return "Australia Post", service, s10_tracking_number("LX", serial, "AU")
    if domestic:
        return "SF Express", "Standard Express", f"SF{serial % 10**13:013d}"
    return "China Post", "ePacket", s10_tracking_number("LX", serial, "CN")


def s10_tracking_number(prefix: str, serial: int, country: str) -> str:
    """UPU S10: two letters, eight digits, a check digit, the country (e.g. LX123456785CN)."""
    digits = f"{serial % 10**8:08d}"
    total = sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{prefix}{digits}{check}{country}"


def ups_tracking_number(serial: int, *, shipper: str = "V8E412", service: str = "66") -> str:
    """UPS 1Z: shipper account, service, package number and a mod-10 check digit."""
    body = f"{shipper}{service}{serial % 10**7:07d}"
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return f"1Z{body}{(10 - total % 10) % 10}"


def usps_tracking_number(serial: int) -> str:
    """USPS IMpb: 22 digits starting 9400, with a mod-10 (3-1 weighted) check digit."""
    body = f"9400111{serial % 10**14:014d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"
