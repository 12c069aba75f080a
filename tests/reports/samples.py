"""Sample data for the report tests: an address in each script the documents must print."""

from __future__ import annotations

import io
from decimal import Decimal

from fulfiller.reports.model import CustomsData, CustomsLine, LabelData, PackingListData, PackLine

# script -> (native lines, Latin lines); the first native line is the name checked in the PDF text.
ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "latin": (("Zoë Müller-Łukasiewicz", "Rue Émile Zola 31", "31000 Toulouse", "France"), ()),
    "cyrillic": (
        ("Дмитрий Смирнов", "ул. Гагарина, д. 67", "Москва 101000", "Russia"),
        ("Dmitriy Smirnov", "ul. Gagarina, d. 67", "Moscow 101000", "RUSSIA"),
    ),
    "greek": (
        ("Ελένη Οικονόμου", "Αγίου Δημητρίου 35", "Θεσσαλονίκη 546 30", "Greece"),
        ("Eleni Oikonomou", "Agiou Dimitriou 35", "Thessaloniki 546 30", "GREECE"),
    ),
    "chinese": (
        ("王欣怡", "西湖区文三路100号", "杭州市 310000", "China"),
        ("Wang Xinyi", "100 Wensan Road, Xihu District", "Hangzhou 310000", "CHINA"),
    ),
    "japanese": (
        ("鈴木 花子", "博多駅前8-30-1", "福岡市博多区 812-0011", "Japan"),
        ("Suzuki Hanako", "8-30-1 Hakataekimae", "Fukuoka-shi Hakata-ku 812-0011", "JAPAN"),
    ),
    "korean": (
        ("최민준", "판교역로 93", "성남시 분당구 13529", "South Korea"),
        ("Choi Minjun", "93 Pangyoyeok-ro", "Bundang-gu, Seongnam-si 13529", "SOUTH KOREA"),
    ),
    "arabic": (
        ("نورة الغامدي", "طريق الملك فهد 35", "الدمام 32241", "Saudi Arabia"),
        ("Noura Al-Ghamdi", "35 King Fahd Road", "Dammam 32241", "SAUDI ARABIA"),
    ),
    "thai": (
        ("ธนพล ศรีสุข", "132 ถนนถลาง", "ภูเก็ต 83000", "Thailand"),
        ("Thanaphon Srisuk", "132 Thalang Road", "Mueang Phuket 83000", "THAILAND"),
    ),
    "hebrew": (
        ("נועה פרץ", "בן יהודה 66", "חיפה 3303", "Israel"),
        ("Noa Peretz", "66 Ben Yehuda St", "Haifa 3303", "ISRAEL"),
    ),
}

LINES = (
    PackLine("AUR-LAMP-WH", "Aurora Desk Lamp", "Matte White", 1, True, "A-01-1"),
    PackLine("AUR-CBL-150", "USB-C Cable", "1.5 m braided", 2, True, "A-03-3"),
    PackLine("AUR-CARD", "Hand-written thank-you card", "", 1, False, ""),
)
THANKS = "Thank you for backing Aurora! Every lamp was tested by hand before it left us."


def packing(order_id: int, script: str, lines: tuple[PackLine, ...] = LINES) -> PackingListData:
    native, latin = ADDRESSES[script]
    return PackingListData(
        order_id=order_id,
        backer_number=str(1000 + order_id),
        name=native[0],
        native_address=native,
        latin_address=latin or native,
        lines=lines,
        notes="Please leave at the door <no bell> & call",
        thank_you=THANKS,
        warehouse="EU",
        tier="Deluxe",
        campaign="Aurora",
        phone="+49 30 1234567",
    )


def label(order_id: int, script: str) -> LabelData:
    native, latin = ADDRESSES[script]
    return LabelData(order_id, str(1000 + order_id), latin or native, native, ("Aurora", "EU Rotterdam", "NETHERLANDS"))


def customs(order_id: int, units: int = 1) -> CustomsData:
    lines = (
        CustomsLine("Desk lamp (Matte White)", units, 1350 * units, Decimal("28.50") * units, "940521", "CN"),
        CustomsLine("USB-C cable", 2, 90, Decimal("2.20"), "854442", "CN"),
    )
    native, latin = ADDRESSES["japanese"]
    return CustomsData(order_id, str(1000 + order_id), ("Aurora", "EU Rotterdam", "NETHERLANDS"), latin, lines)


def text_of(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(io.BytesIO(pdf)).pages]


def render(pdf: bytes, page: int = 0, dpi: int = 200, grey: bool = False):  # noqa: ANN201 - a PIL image
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72, grayscale=grey).to_pil()
    finally:
        document.close()
    return image.convert("L") if grey else image


def barcodes(pdf: bytes, page: int = 0) -> dict[str, str]:
    import zxingcpp

    return {str(b.format): b.text for b in zxingcpp.read_barcodes(render(pdf, page))}
