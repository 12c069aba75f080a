"""Small, realistic backer exports of every format Fulfiller reads, and every kind of bad file.

Each `make_*` function writes one file into a folder and returns its path, so tests build what they
need in a temporary folder and no binary blob is committed. The same backers appear in every format
(non-Latin addresses, a Namibian "NA", a postal code Excel cut to "2134", a phone turned into
"9.25082E+11", empty phones), so tests can compare formats with each other.

    python tests/importers/make_fixtures.py resources/samples   # rewrite the shipped sample files
"""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Backer:
    number: int
    name: str
    email: str
    line1: str
    line2: str
    city: str
    state: str
    postal_code: str
    country_code: str
    country_name: str
    phone: str
    tier: str = "base"  # a key of TIERS
    status: str = "collected"

    @property
    def uid(self) -> str:
        return str(1_204_000_000 + self.number * 37)


@dataclass(frozen=True)
class Tier:
    title: str
    minimum_usd: str
    minimum_sek: str
    reward_id: str


TIERS = {
    "base": Tier("Base Game", "59.00", "590.00", "9034411"),
    "deluxe": Tier("Expansion + Base Game", "89.00", "1,000.00", "9034412"),
    "collector": Tier("Collector's Edition", "149.00", "1,490.00", "9034413"),
    "none": Tier("", "", "", ""),
}

# Kickstarter numbers backers in pledge order and skips cancelled pledges, hence the gaps.
BACKERS: tuple[Backer, ...] = (
    Backer(1, "Emily Carter", "emily.carter@example.com", "12 Elm Street", "", "Springfield", "MA", "02134",
           "US", "United States", "+1 413 555 0142"),
    Backer(2, "Jürgen Weiß", "juergen@example.de", "Hauptstraße 5", "Hinterhaus", "Berlin", "", "10115", "DE",
           "Germany", "+49 30 1234567", tier="deluxe"),
    Backer(4, "张伟", "zhang.wei@example.cn", "南山区科技园南区B座1201", "", "深圳市", "广东省", "518057",
           "CN",
           "China", "+86 138 0013 8000", tier="deluxe"),
    Backer(5, "山田太郎", "taro@example.jp", "神南1-2-3", "渋谷マンション101", "渋谷区", "東京都",
           "150-0041", "JP",
           "Japan", "+81 3-1234-5678"),
    Backer(7, "김민수", "minsu@example.kr", "테헤란로 152", "", "강남구", "서울특별시", "06236", "KR",
           "South Korea", "+82 2 1234 5678", tier="collector"),
    Backer(8, "Иван Петров", "ivan@example.ru", "ул. Ленина, д. 5, кв. 12", "", "Москва", "", "101000", "RU",
           "Russia", "+7 495 123-45-67"),
    Backer(9, "محمد العلي", "m.alali@example.sa", "شارع الملك فهد 4021", "", "الرياض", "", "12211", "SA",
           "Saudi Arabia", "+966 11 234 5678"),
    Backer(11, "Amélie Dupont", "amelie@example.fr", "12 rue de la Paix", "", "Paris", "", "75002", "FR",
           "France", "", tier="deluxe"),
    Backer(12, "Tjipe Haufiku", "tjipe@example.na", "14 Independence Ave", "", "Windhoek", "Khomas", "", "NA",
           "Namibia", "+264 61 123 456"),
    Backer(13, "Åsa Lindström", "asa@example.se", "Vasagatan 7", "", "Göteborg", "", "411 05", "SE", "Sweden",
           "+46 31 123 45 67", tier="collector"),
    Backer(15, "Chan Tai Man", "taiman@example.hk", "Flat 12B, Tower 2", "8 Harbour Road", "Wan Chai", "", "",
           "HK", "Hong Kong", "+852 2123 4567"),
    Backer(16, "Michael Brown", "mbrown@example.com", "45 Oak Avenue", "Apt 3", "Boston", "MA", "2134", "US",
           "United States", "9.25082E+11"),
    Backer(17, "João Gonçalves", "joao@example.br", "Av. Paulista, 1578", "Conj. 42", "São Paulo", "SP",
           "01310-200", "BR", "Brazil", "+55 11 91234-5678"),
    Backer(18, "Siobhán O'Connor", "siobhan@example.ie", "3 Main Street", "", "Ballymore", "Co. Westmeath",
           "",
           "IE", "Ireland", "", status="dropped"),
    Backer(20, "Liam Tremblay", "liam@example.ca", "1234 rue Sainte-Catherine O", "", "Montréal", "QC",
           "H3G 1P1", "CA", "Canada", "+1 514 555 0199", tier="deluxe"),
    Backer(21, "Olivia Smith", "olivia@example.au", "Level 5, 1 Martin Place", "", "Sydney", "NSW", "2000",
           "AU", "Australia", "+61 2 9123 4567"),
    Backer(23, "王芳", "wang.fang@example.cn", "朝阳区建国路88号SOHO现代城5号楼", "", "北京市", "北京市",
           "100022",
           "CN", "China", "", tier="collector"),
    Backer(24, "Noah Müller", "noah@example.ch", "Bahnhofstrasse 1", "", "Zürich", "ZH", "8001", "CH",
           "Switzerland", "+41 44 123 45 67"),
    Backer(26, "Sofia Rossi", "sofia@example.it", "Via Roma 10", "", "Milano", "MI", "20121", "IT", "Italy",
           "+39 02 1234 5678", tier="deluxe"),
    Backer(27, "Harper Lee", "harper@example.com", "PO Box 77", "", "Anchorage", "AK", "99501", "US",
           "United States", ""),
)  # fmt: skip

WESTERN = tuple(b for b in BACKERS if all(ch < "\u0250" for ch in b.name + b.line1 + b.line2 + b.city))
GBK_SAFE = tuple(b for b in BACKERS if b.country_code == "CN" or b.name.isascii())


def _pledge_amount(tier: Tier, currency: str = "USD") -> str:
    minimum = tier.minimum_sek if currency == "SEK" else tier.minimum_usd
    return f"{currency} {minimum}" if currency == "SEK" else f"${minimum} USD"


# --- Writers --------------------------------------------------------------------------------------------


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    bom: bool = False,
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


# --- Kickstarter -------------------------------------------------------------------------------------------

KS2013_HEADERS = [
    "Backer Id", "Backer Name", "Email", "Shipping", "Pledge Amount", "Rewards Sent?", "Pledged At",
    "Pledged Status", "Notes", "Survey Response", "Shipping Name", "Shipping Address 1", "Shipping Address 2",
    "Shipping City", "Shipping State", "Shipping Postal Code", "Shipping Country",
]  # fmt: skip

# The report of about 2014: the reward named only by its minimum, the backer by "Backer Id".
KS2014_HEADERS = [
    "Backer Id", "Backer Name", "Email", "Shipping Country", "Shipping Amount", "Reward Minimum", "Pledge Amount",
    "Pledged At", "Rewards Sent?", "Pledged Status", "Notes", "Survey Response", "Shipping Name",
    "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping State", "Shipping Postal Code",
    "Shipping Country Name", "Shipping Country Code", "Shipping Phone Number", "Shipping Delivery Notes",
]  # fmt: skip
# Backers whose reward the creator had shipped before the campaign moved to Fulfiller.
KS2014_SENT = {1: "Sent", 5: "Sent", 13: "Sent", 21: "Sent"}

KS2018_HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount",
    "Reward Title", "Reward Minimum", "Reward ID", "Pledge Amount", "Pledged At", "Rewards Sent?",
    "Pledged Status", "Notes", "Billing State/Province", "Billing Country", "Survey Response",
    "Shipping Name", "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping State",
    "Shipping Postal Code", "Shipping Country Name", "Shipping Country Code", "Shipping Phone Number",
    "Shipping Delivery Notes",
]  # fmt: skip
KS2018_SURVEY = ["Which colour would you like?", "T-shirt size?"]

ADD_ONS = [("10750435", "Flitt Locust Pendant"), ("10750413", "Extra Dice Set")]
ITEMS = ["Base Game", "Expansion Box"]
LATE_PLEDGE = ["Late Pledge", "Amount Due", "Amount Paid", "Pledge Over Time"]
KS2023_HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount",
    "Reward Title", "Backing Minimum", "Reward ID", "Bonus Support", "Pledge Amount", "Pledged At",
    "Fulfillment Status", "Pledged Status", "Notes",
    *(f"[Addon: {addon_id}] {title}" for addon_id, title in ADD_ONS), *ITEMS, *LATE_PLEDGE,
    "Billing State/Province", "Billing Country", "Survey Response", "Shipping Name", "Shipping Address 1",
    "Shipping Address 2", "Shipping City", "Shipping State", "Shipping Postal Code", "Shipping Country Name",
    "Shipping Country Code", "Shipping Phone Number", "Shipping Delivery Notes", "Engraving text",
]  # fmt: skip


def ks2013_row(b: Backer) -> list[str]:
    tier = TIERS[b.tier]
    return [
        str(4_000_000 + b.number), b.name, b.email, "$4.00 USD", _pledge_amount(tier), "",
        "2013/10/11, 13:42",
        b.status, "", "2013/11/02, 09:15", b.name, b.line1, b.line2, b.city, b.state, b.postal_code,
        b.country_name,
    ]  # fmt: skip


def ks2014_row(b: Backer) -> list[str]:
    tier = TIERS[b.tier]
    shipping = 0 if b.country_code == "US" else 12
    pledge = f"${Decimal(tier.minimum_usd) + shipping:.2f} USD"
    return [
        str(7_000_000 + b.number * 13), b.name, b.email, b.country_code, f"${shipping}.00 USD",
        f"${tier.minimum_usd} USD", pledge, "2014/06/12, 18:05", KS2014_SENT.get(b.number, ""), b.status,
        "Gift, please wrap" if b.number == 2 else "", "2014/08/01, 09:30", b.name, b.line1, b.line2, b.city,
        b.state, b.postal_code, b.country_name, b.country_code, b.phone,
        "Leave at the door" if b.number == 1 else "",
    ]  # fmt: skip


def ks2018_row(b: Backer, currency: str = "SEK") -> list[str]:
    tier = TIERS[b.tier]
    notes = "Gift, please wrap" if b.number == 2 else ""
    shipping = "SEK 120.00" if currency == "SEK" else "$12.00 USD"
    return [
        str(b.number), b.uid, b.name, b.email, b.country_code, shipping, tier.title,
        _pledge_amount(tier, currency), tier.reward_id, _pledge_amount(tier, currency),
        "2018/03/28, 10:27", "",
        b.status, notes, "", b.country_code, "2018/05/02, 18:03", b.name, b.line1, b.line2, b.city, b.state,
        b.postal_code, b.country_name, b.country_code, b.phone, "Leave at the door" if b.number == 1 else "",
        "Red" if b.number % 2 else "Blue", "L" if b.number % 3 else "M",
    ]  # fmt: skip


def ks2023_row(b: Backer) -> list[str]:
    tier = TIERS[b.tier]
    pendant = "1" if b.number % 2 else "0"
    dice = "2" if b.tier == "collector" else ""
    base = "1"
    expansion = "1" if b.tier in ("deluxe", "collector") else "0"
    late = b.number == 27
    return [
        str(b.number), b.uid, b.name, b.email, b.country_code, "$12.00 USD", tier.title,
        f"${tier.minimum_usd} USD", tier.reward_id, "$5.00 USD" if b.number == 4 else "",
        _pledge_amount(tier),
        "2023/10/25, 22:01", "Unfulfilled", b.status, "", pendant, dice, base, expansion,
        "true" if late else "false", "$10.00 USD" if late else "", "$61.00 USD" if late else "",
        "false", "", b.country_code, "2023/11/20, 08:00", b.name, b.line1, b.line2, b.city, b.state,
        b.postal_code, b.country_name, b.country_code, b.phone, "", "For Mum" if b.number == 5 else "",
    ]  # fmt: skip


def make_kickstarter_2013(folder: Path, name: str = "kickstarter-2013.csv") -> Path:
    return write_csv(folder / name, KS2013_HEADERS, [ks2013_row(b) for b in BACKERS])


def make_kickstarter_2014(folder: Path, name: str = "kickstarter-2014.csv") -> Path:
    """The report of about 2014 (the older layout): tiers only by their minimum, some rewards sent already."""
    return write_csv(folder / name, KS2014_HEADERS, [ks2014_row(b) for b in BACKERS], bom=True)


def make_kickstarter_2014_zip(folder: Path, name: str = "kickstarter-2014-by-tier.zip") -> Path:
    """The same report as a zip of one file per tier, each named after its tier ("Base Game - $59.csv")."""
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for key, tier in TIERS.items():
            if key == "none":
                continue
            rows = [ks2014_row(b) for b in BACKERS if b.tier == key]
            member = f"{tier.title} - ${tier.minimum_usd.removesuffix('.00')}.csv"
            _add_member(archive, member, _csv_bytes(KS2014_HEADERS, rows, bom=True))
    return path


def make_kickstarter_2018(folder: Path, name: str = "kickstarter-2018.csv", **options: object) -> Path:
    """The 2018-2022 report with survey columns and a BOM; `options` go to write_csv."""
    settings = {"bom": True, **options}
    rows = [ks2018_row(b) for b in _backers_for(settings.get("encoding", "utf-8"))]
    return write_csv(folder / name, KS2018_HEADERS + KS2018_SURVEY, rows, **settings)  # type: ignore[arg-type]


def make_kickstarter_2023(folder: Path, name: str = "kickstarter-2023.csv") -> Path:
    return write_csv(folder / name, KS2023_HEADERS, [ks2023_row(b) for b in BACKERS], bom=True)


def _backers_for(encoding: object) -> tuple[Backer, ...]:
    if encoding == "cp1252":
        return WESTERN
    if encoding == "gbk":
        return GBK_SAFE
    return BACKERS


TIER_FILES = {
    "base": "59.00 USD Base Game - Oct 25 10pm.csv",
    "deluxe": "89.00 USD Expansion + Base Game - Oct 25 10pm.csv",
    "collector": "149.00 USD Collector's Edition - Oct 25 10pm.csv",
}
NO_REWARD_FILE = "No reward - Oct 25 10pm.csv"
NO_REWARD_HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Pledge Amount", "Pledged At", "Pledged Status",
    "Notes", "Billing State/Province", "Billing Country",
]  # fmt: skip
NO_REWARD_BACKERS = (
    Backer(3, "Grace Hopper", "grace@example.com", "", "", "", "", "", "US", "", "", tier="none"),
    Backer(10, "Léa Martin", "lea@example.fr", "", "", "", "", "", "FR", "", "", tier="none"),
)


def make_kickstarter_zip(folder: Path, name: str = "kickstarter-backers.zip") -> Path:
    """The zip export: one CSV per reward tier (no Reward Title column), plus the no-reward file."""
    tier_headers = [h for h in KS2018_HEADERS if h not in ("Reward Title", "Reward Minimum", "Reward ID")]
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for tier_key, file_name in TIER_FILES.items():
            rows = []
            for b in BACKERS:
                if b.tier == tier_key:
                    full = dict(zip(KS2018_HEADERS + KS2018_SURVEY, ks2018_row(b, "USD"), strict=True))
                    rows.append([full[h] for h in tier_headers])
            _add_member(archive, file_name, _csv_bytes(tier_headers, rows, bom=True))
        no_reward = [
            [
                str(b.number),
                b.uid,
                b.name,
                b.email,
                "$1.00 USD",
                "2023/10/25, 21:00",
                "collected",
                "",
                "",
                "US",
            ]
            for b in NO_REWARD_BACKERS
        ]
        _add_member(archive, NO_REWARD_FILE, _csv_bytes(NO_REWARD_HEADERS, no_reward, bom=True))
    return path


def _add_member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    # A fixed date keeps the sample zip byte-for-byte the same each time it is written.
    info = zipfile.ZipInfo(name, date_time=(2023, 10, 25, 22, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.flag_bits |= 0x800  # names are UTF-8
    archive.writestr(info, data)


def _csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]], *, bom: bool = False) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8")


# --- Indiegogo ------------------------------------------------------------------------------------------

INDIEGOGO_HEADERS = [
    "Order No.", "Pledge ID", "Referrer ID", "Fulfillment Status", "Funding Date", "Payment Method",
    "Appearance", "Name", "Email", "Amount", "Shipping Fees", "Platform Fee", "Transaction Fee", "Perk ID",
    "Perk", "Shipping Name", "Shipping Phone Number", "Shipping Address", "Shipping Address 2",
    "Shipping City", "Shipping State/Province", "Shipping Zip/Postal Code", "Shipping Country", "Carrier",
    "Tracking Number",
    "Item Name", "Item SKU", "Option 1", "Option 2", "Option 3",
    "Item Name", "Item SKU", "Option 1", "Option 2", "Option 3",
]  # fmt: skip


def indiegogo_row(b: Backer) -> list[str]:
    tier = TIERS[b.tier]
    second = ["Travel Case", "CASE-01", "Grey", "", ""] if b.tier != "base" else ["", "", "", "", ""]
    tracking = ["UPS", "1Z999AA10123456784"] if b.number == 1 else ["", ""]
    return [
        str(23_000_000 + b.number), str(9_100_000 + b.number), "", "Unfulfilled", "2019-05-12 14:03:22 -0700",
        "Credit Card", "Visible", b.name, b.email, f"${tier.minimum_usd}", "$15.00", "$2.95", "$1.77",
        str(700 + list(TIERS).index(b.tier)), tier.title, b.name, b.phone, b.line1, b.line2, b.city, b.state,
        b.postal_code, b.country_name, *tracking,
        "Aurora Lamp", "AUR-01", "Black" if b.number % 2 else "White",
        "EU plug" if b.country_code == "DE" else "",
        "", *second,
    ]  # fmt: skip


def make_indiegogo(folder: Path, name: str = "indiegogo-contributions.csv") -> Path:
    return write_csv(folder / name, INDIEGOGO_HEADERS, [indiegogo_row(b) for b in BACKERS])


# --- Pledge managers (headers are not published: plausible ones) -----------------------------------------

BACKERKIT_HEADERS = [
    "Backer Number", "Email", "Name", "Reward", "Pledge Amount", "Shipping Name", "Shipping Address 1",
    "Shipping Address 2", "Shipping City", "Shipping State", "Shipping Postal Code", "Shipping Country",
    "Shipping Phone Number", "Notes", "Tracking Number",
]  # fmt: skip


def make_backerkit(folder: Path, name: str = "backerkit-orders.csv") -> Path:
    rows = [
        [str(b.number), b.email, b.name, TIERS[b.tier].title, f"${TIERS[b.tier].minimum_usd}", b.name,
         b.line1,
         b.line2, b.city, b.state, b.postal_code, b.country_code, b.phone, "", ""]
        for b in BACKERS
    ]  # fmt: skip
    return write_csv(folder / name, BACKERKIT_HEADERS, rows)


PLEDGEBOX_HEADERS = [
    "PBID", "Backer ID", "Email", "Name", "Reward", "Order Status", "Recipient", "Address 1", "Address 2",
    "City", "State/Province", "Zip Code", "Country", "Phone", "Courier Code", "Tracking Code",
    "Partial Shipped",
]  # fmt: skip


def make_pledgebox(folder: Path, name: str = "pledgebox-export.csv") -> Path:
    rows = [
        [f"PB{800_000 + b.number}", str(b.number), b.email, b.name, TIERS[b.tier].title,
         "Locked" if b.status == "collected" else "Refunded", b.name, b.line1, b.line2, b.city, b.state,
         b.postal_code, b.country_name, b.phone, "", "", ""]
        for b in BACKERS
    ]  # fmt: skip
    return write_csv(folder / name, PLEDGEBOX_HEADERS, rows)


GAMEFOUND_HEADERS = [
    "OrderPublicID", "Backer number", "Backer name", "E-mail", "Reward title", "Bonus support",
    "Pledge amount",
    "Currency", "Full name", "Address line 1", "Address line 2", "City", "Region", "Postcode", "Country",
    "Phone number",
]  # fmt: skip


def make_gamefound(folder: Path, name: str = "gamefound-orders.csv") -> Path:
    rows = [
        [f"GF-{5000 + b.number}", str(b.number), b.name, b.email, TIERS[b.tier].title, "0.00",
         TIERS[b.tier].minimum_usd, "USD", b.name, b.line1, b.line2, b.city, b.state, b.postal_code,
         b.country_code, b.phone]
        for b in BACKERS
    ]  # fmt: skip
    return write_csv(folder / name, GAMEFOUND_HEADERS, rows)


# --- The same data in other encodings, delimiters and as a workbook ---------------------------------------


def make_utf16_tab(folder: Path) -> Path:
    """Excel's "Unicode Text": tab-separated UTF-16LE with a BOM."""
    rows = [ks2018_row(b) for b in BACKERS]
    text = io.StringIO(newline="")
    csv.writer(text, delimiter="\t", lineterminator="\r\n").writerows([KS2018_HEADERS + KS2018_SURVEY, *rows])
    path = folder / "kickstarter-unicode-text.txt"
    path.write_bytes(b"\xff\xfe" + text.getvalue().encode("utf-16-le"))
    return path


def make_cp1252(folder: Path) -> Path:
    return make_kickstarter_2018(folder, "kickstarter-windows-1252.csv", encoding="cp1252", bom=False)


def make_gbk(folder: Path) -> Path:
    return make_kickstarter_2018(folder, "kickstarter-gbk.csv", encoding="gbk", bom=False)


def make_semicolon(folder: Path) -> Path:
    return make_kickstarter_2018(folder, "kickstarter-semicolon.csv", delimiter=";")


def make_xlsx(folder: Path, name: str = "kickstarter-2018.xlsx") -> Path:
    """The 2018 report saved from Excel: a notes sheet first, the backers on the second (larger) sheet;
    the postal code and phone columns hold numbers where Excel made them numbers."""
    from openpyxl import Workbook

    workbook = Workbook()
    notes = workbook.active
    notes.title = "Read me"
    notes.append(["Exported for the warehouse"])
    sheet = workbook.create_sheet("Backers")
    sheet.append(KS2018_HEADERS + KS2018_SURVEY)
    for b in BACKERS:
        row: list[object] = list(ks2018_row(b))
        if b.number == 16:
            row[KS2018_HEADERS.index("Shipping Postal Code")] = 2134  # what Excel leaves of "02134"
        sheet.append(row)
    path = folder / name
    workbook.save(path)
    return path


def make_ods(folder: Path, rows: Sequence[Sequence[str]], name: str = "orders.ods") -> Path:
    """A LibreOffice Calc sheet of text cells, written by hand: the smallest file Calc would open."""
    from xml.sax.saxutils import escape

    def cell(value: str) -> str:
        text = f"<text:p>{escape(value)}</text:p>"
        return f'<table:table-cell office:value-type="string">{text}</table:table-cell>'

    body = "".join(f"<table:table-row>{''.join(cell(v) for v in row)}</table:table-row>" for row in rows)
    office = "urn:oasis:names:tc:opendocument:xmlns"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}:office:1.0" '
        f'xmlns:table="{office}:table:1.0" xmlns:text="{office}:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Orders">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{office}:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    path = folder / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


# --- Bad files ------------------------------------------------------------------------------------------


def make_empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def make_header_only(folder: Path) -> Path:
    return write_csv(folder / "header-only.csv", KS2018_HEADERS, [])


def make_png(folder: Path) -> Path:
    path = folder / "backers.csv"  # a picture renamed by mistake
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")
    return path


def make_sqlite(folder: Path) -> Path:
    path = folder / "campaign.csv"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE backers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO backers (name) VALUES ('Emily')")
    connection.commit()
    connection.close()
    return path


def make_binary_noise(folder: Path) -> Path:
    path = folder / "noise.csv"
    path.write_bytes(bytes(range(256)) * 8)
    return path


def make_truncated(folder: Path) -> Path:
    """The download stopped inside a quoted cell of row 5."""
    data = make_kickstarter_2018(folder, "truncated.csv").read_bytes()
    lines = data.split(b"\r\n")
    cut = b"\r\n".join(lines[:4]) + b"\r\n" + lines[4][:60] + b',"Leave it with the neighb'
    path = folder / "truncated.csv"
    path.write_bytes(cut)
    return path


def make_damaged_zip(folder: Path) -> Path:
    data = make_kickstarter_zip(folder, "damaged.zip").read_bytes()
    path = folder / "damaged.zip"
    path.write_bytes(data[: len(data) // 2])  # a download cut in half: no central directory
    return path


def make_corrupt_member_zip(folder: Path) -> Path:
    """The central directory is whole but a member's compressed bytes are damaged (bad CRC)."""
    path = make_kickstarter_zip(folder, "corrupt-member.zip")
    data = bytearray(path.read_bytes())
    start = data.index(b"PK\x03\x04") + 30 + len(TIER_FILES["base"].encode()) + 20
    data[start : start + 40] = bytes(40)
    path.write_bytes(bytes(data))
    return path


def make_zip_without_csv(folder: Path) -> Path:
    path = folder / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.md", "no backers here")
        archive.writestr("photo.png", b"\x89PNG\r\n\x1a\n")
    return path


def make_broken_xlsx(folder: Path) -> Path:
    path = folder / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook>this is not a workbook")
    return path


def make_unknown_layout(folder: Path) -> Path:
    return write_csv(folder / "inventory.csv", ["SKU", "Description", "On hand"], [["AUR-01", "Lamp", "20"]])


def make_missing_id_column(folder: Path) -> Path:
    """A 2018 report whose Backer Number column was deleted in a spreadsheet (Backer UID remains)."""
    headers = [h for h in KS2018_HEADERS if h != "Backer Number"]
    keep = [i for i, h in enumerate(KS2018_HEADERS) if h != "Backer Number"]
    rows = [[ks2018_row(b)[i] for i in keep] for b in BACKERS]
    return write_csv(folder / "no-backer-number.csv", headers, rows)


def make_missing_country(folder: Path) -> Path:
    """A 2013 report whose Shipping Country column was deleted: addresses without a country."""
    headers = [h for h in KS2013_HEADERS if h != "Shipping Country"]
    rows = [ks2013_row(b)[:-1] for b in BACKERS]
    return write_csv(folder / "no-country.csv", headers, rows)


def make_bad_reward_minimum(folder: Path) -> Path:
    """A 2014 report whose Reward Minimum on row 4 was overwritten in a spreadsheet: the tier is unknowable."""
    rows = [ks2014_row(b) for b in BACKERS]
    rows[2][KS2014_HEADERS.index("Reward Minimum")] = "fifty-nine"
    return write_csv(folder / "bad-minimum.csv", KS2014_HEADERS, rows)


def make_bad_rewards_sent(folder: Path) -> Path:
    """A 2014 report saying "maybe" in Rewards Sent? on row 6."""
    rows = [ks2014_row(b) for b in BACKERS]
    rows[4][KS2014_HEADERS.index("Rewards Sent?")] = "maybe"
    return write_csv(folder / "bad-sent.csv", KS2014_HEADERS, rows)


def make_ragged_rows(folder: Path) -> Path:
    """Rows 3 (short), 5 (long) and 7 (no backer number) are bad; a blank line sits at row 9."""
    headers = KS2018_HEADERS + KS2018_SURVEY
    rows = [ks2018_row(b) for b in BACKERS[:9]]
    rows[1] = rows[1][:-3]
    rows[3] = [*rows[3], "surprise"]
    rows[5] = ["", *rows[5][1:]]
    rows[7] = []
    return write_csv(folder / "ragged.csv", headers, rows)


GOOD: dict[str, Callable[[Path], Path]] = {
    "kickstarter-2013": make_kickstarter_2013,
    "kickstarter-2014": make_kickstarter_2014,
    "kickstarter-2014-zip": make_kickstarter_2014_zip,
    "kickstarter-2018": make_kickstarter_2018,
    "kickstarter-2023": make_kickstarter_2023,
    "kickstarter-zip": make_kickstarter_zip,
    "indiegogo": make_indiegogo,
    "backerkit": make_backerkit,
    "pledgebox": make_pledgebox,
    "gamefound": make_gamefound,
    "utf16-tab": make_utf16_tab,
    "cp1252": make_cp1252,
    "gbk": make_gbk,
    "semicolon": make_semicolon,
    "xlsx": make_xlsx,
}


def write_samples(folder: Path) -> list[Path]:
    """The sample files shipped in resources/samples for users to try."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        make_kickstarter_2023(folder, "kickstarter-2023-backer-report.csv"),
        make_kickstarter_2014(folder, "kickstarter-older-layout-backer-report.csv"),
        make_kickstarter_zip(folder, "kickstarter-backer-report-by-tier.zip"),
        make_indiegogo(folder, "indiegogo-contributions.csv"),
        make_pledgebox(folder, "pledgebox-orders.csv"),
    ]


if __name__ == "__main__":
    for written in write_samples(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/samples")):
        print(written)
