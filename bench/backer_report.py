"""A Kickstarter backer report shaped like a real large campaign's, for the import benchmark.

Seeded: the same arguments write the same file, byte for byte. The 2023 layout (Backing Minimum,
Bonus Support, one column per add-on holding a quantity, Fulfillment Status), and what a real campaign
brings besides the happy path:

- 47 countries weighted as a campaign's backers come (the demo's places: cities, states, streets,
  units, phone patterns and currencies), postal codes varied inside each city's district, house
  numbers into the thousands, phones written the ways people type them;
- names and addresses in the script people write them in: Latin with diacritics, Cyrillic, Greek,
  Chinese (simplified and traditional), Japanese kanji and kana, Korean, Arabic, Hebrew, Thai and
  Devanagari, with a share of backers of those countries writing in Latin letters instead;
- amounts in each backer's currency (symbols and codes as Kickstarter writes them), add-ons, bonus
  support, pledges spread over the campaign's month, survey timestamps and answers;
- rows with problems the import flags, about 7 % (`PROBLEM_RATES`), and a few true duplicates: the same
  person backing twice (same e-mail and address), or once more under another e-mail.

Names beyond the demo's are pools here, each native spelling beside how its owner writes it in Latin
letters, so a backer of Japan or Russia can write either way.
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from pathlib import Path

import phonenumbers
from anyascii import anyascii

from fulfiller.demo.people import COUNTRY_WEIGHTS
from fulfiller.demo.places import City, CountrySample, countries

ADD_ONS = (  # platform id, title, price in USD
    ("10750435", "Aurora Shade Set", 19),
    ("10750436", "Spare Bulb Pack", 9),
    ("10750437", "Wall Mount", 15),
    ("10750438", "Gift Box", 6),
)
ADD_ON_TAKEN = (0.22, 0.15, 0.10, 0.12)  # share of backers taking each
TIERS = (  # title, reward id, minimum in USD, share of backers
    ("Early Bird Lamp", "8123", 59, 0.15),
    ("Aurora Lamp", "8124", 69, 0.50),
    ("Aurora Duo", "8125", 129, 0.25),
    ("Collector's Edition", "8126", 249, 0.08),
    ("", "", 0, 0.01),  # no reward: a pledge of support, no survey, no address
)
SURVEY = ("Lamp finish", "Plug type", "How did you hear about us?")
HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount",
    "Reward Title", "Backing Minimum", "Reward ID", "Bonus Support", "Pledge Amount", "Pledged At",
    "Fulfillment Status", "Pledged Status", "Notes", *(f"[Addon: {pid}] {title}" for pid, title, _ in ADD_ONS),
    "Billing State/Province", "Billing Country", "Survey Response", "Shipping Name", "Shipping Address 1",
    "Shipping Address 2", "Shipping City", "Shipping State", "Shipping Postal Code", "Shipping Country Name",
    "Shipping Country Code", "Shipping Phone Number", "Shipping Delivery Notes", *SURVEY,
]  # fmt: skip

# Share of rows given each problem the import flags (the rest of the ~7 % are no-reward pledges
# without an address, surveys not answered, and long lines the places have anyway).
PROBLEM_RATES = {
    "phone_missing": 0.015,
    "phone_fake": 0.003,
    "phone_short": 0.002,
    "phone_excel": 0.001,
    "postal_missing": 0.006,
    "postal_bad": 0.003,
    "postal_lost_zero": 0.003,
    "postal_not_used": 0.001,
    "street_missing": 0.003,
    "city_missing": 0.002,
    "line_too_long": 0.008,
    "initials_only": 0.003,
    "name_is_email": 0.0005,
    "state_misspelt": 0.002,
    "state_wrong": 0.001,
    "email_invalid": 0.001,
    "no_survey": 0.006,
}
PO_BOX_RATE = 0.003  # of countries where people use them: the import does not flag them
SAME_PERSON_AGAIN = 0.0015  # a backer pledging twice: same e-mail, name and address
SAME_PERSON_OTHER_EMAIL = 0.0005
NATIVE_SHARE = {"Hans": 0.8, "Hant": 0.75, "Jpan": 0.7, "Kore": 0.7, "Cyrl": 0.6, "Grek": 0.6, "Hebr": 0.5,
                "Arab": 0.4, "Thai": 0.6, "Deva": 0.3}  # fmt: skip
CAMPAIGN_START = datetime(2023, 3, 7, 15, 0)
SURVEY_START = datetime(2023, 5, 2, 9, 0)


def _pairs(native: str, latin: str) -> tuple[tuple[str, str], ...]:
    """Parallel space-separated lists ("_" stands for a space inside one entry)."""
    a, b = native.split(), latin.split()
    assert len(a) == len(b), (a, b)
    return tuple((x.replace("_", " "), y.replace("_", " ")) for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class NamePool:
    """Given names (male, female) and family names, each (native, Latin); how a full name is written."""

    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str], ...]
    family_female: tuple[tuple[str, str], ...] = ()
    family_first: bool = False  # in the native script
    separator: str = " "
    second_given: bool = False  # Chinese and Korean given names of two characters drawn apart
    middle: tuple[tuple[str, str], ...] = ()  # patronymics, fathers' names: sometimes written


_HAN_GIVEN = _pairs(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 华 玉 萍 红 "
    "鹏 辉 建 文 志 宇 浩 欣 怡 梓 涵 子 轩 晨 博",
    "wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu xia ping gang hua yu ping hong "
    "peng hui jian wen zhi yu hao xin yi zi han zi xuan chen bo",
)
_HANT_GIVEN = _pairs(
    "志 偉 家 明 俊 傑 建 宏 淑 芬 美 玲 雅 婷 怡 君 冠 宇 承 翰 柏 嘉 欣 詠",
    "chih wei chia ming chun chieh chien hung shu fen mei ling ya ting yi chun kuan yu cheng han po chia hsin yung",
)
POOLS: dict[str, NamePool] = {
    "CN": NamePool(
        _HAN_GIVEN,
        _HAN_GIVEN,
        _pairs(
            "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 欧阳",
            "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie "
            "Song Tang Ouyang",
        ),
        family_first=True,
        separator="",
        second_given=True,
    ),
    "TW": NamePool(
        _HANT_GIVEN,
        _HANT_GIVEN,
        _pairs(
            "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪",
            "Chen Lin Huang Chang Li Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung",
        ),
        family_first=True,
        separator="",
        second_given=True,
    ),
    "HK": NamePool(
        _pairs("志 偉 家 明 俊 傑 建 宏 淑 芬 美 玲", "Chi Wai Ka Ming Chun Kit Kin Wang Suk Fan Mei Ling"),
        _pairs("雅 婷 詠 欣 嘉 怡 凱 琳 綺 雯", "Nga Ting Wing Yan Ka Yi Hoi Lam Yee Man"),
        _pairs(
            "陳 林 黃 張 李 吳 劉 蔡 楊 許 鄭 謝 郭 何",
            "Chan Lam Wong Cheung Lee Ng Lau Choi Yeung Hui Cheng Tse Kwok Ho",
        ),
        family_first=True,
        separator="",
        second_given=True,
    ),
    "JP": NamePool(
        _pairs(
            "翔太 大輔 健太 拓也 直樹 蓮 悠真 陽翔 大和 太郎 ゆうき ひろし 翔",
            "Shota Daisuke Kenta Takuya Naoki Ren Yuma Haruto Yamato Taro Yuki Hiroshi Sho",
        ),
        _pairs(
            "陽菜 結衣 さくら 美咲 あおい ひなた 花子 葵 芽依 ゆい まりこ 恵子",
            "Hina Yui Sakura Misaki Aoi Hinata Hanako Aoi Mei Yui Mariko Keiko",
        ),
        _pairs(
            "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 "
            "サトウ タナカ スズキ",
            "Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
            "Yamaguchi Matsumoto Inoue Kimura Hayashi Saito Shimizu Sato Tanaka Suzuki",
        ),
        family_first=True,
    ),
    "KR": NamePool(
        _pairs("민 서 준 도 윤 지 현 우 성 호 재 진", "Min Seo Jun Do Yun Ji Hyun Woo Sung Ho Jae Jin"),
        _pairs("서 지 예 은 하 수 영 유 연 혜 민 아", "Seo Ji Ye Eun Ha Su Young Yu Yeon Hye Min A"),
        _pairs(
            "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권",
            "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon",
        ),
        family_first=True,
        separator="",
        second_given=True,
    ),
    "RU": NamePool(
        _pairs(
            "Александр Дмитрий Сергей Андрей Алексей Иван Михаил Николай Павел Артём",
            "Alexander Dmitry Sergey Andrey Alexey Ivan Mikhail Nikolay Pavel Artyom",
        ),
        _pairs(
            "Анна Мария Елена Ольга Наталья Татьяна Екатерина Юлия Ирина Светлана",
            "Anna Maria Elena Olga Natalya Tatyana Ekaterina Yulia Irina Svetlana",
        ),
        _pairs(
            "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
            "Лебедев Козлов",
            "Ivanov Smirnov Kuznetsov Popov Vasilyev Petrov Sokolov Mikhailov Novikov Fyodorov "
            "Morozov Volkov Lebedev Kozlov",
        ),
        _pairs(
            "Иванова Смирнова Кузнецова Попова Васильева Петрова Соколова Михайлова Новикова Фёдорова Морозова "
            "Волкова Лебедева Козлова",
            "Ivanova Smirnova Kuznetsova Popova Vasilyeva Petrova Sokolova Mikhailova "
            "Novikova Fyodorova Morozova Volkova Lebedeva Kozlova",
        ),
        middle=_pairs(
            "Александрович Сергеевич Дмитриевич Андреевич Иванович Михайлович",
            "Aleksandrovich Sergeyevich Dmitriyevich Andreyevich Ivanovich Mikhailovich",
        ),
    ),
    "UA": NamePool(
        _pairs(
            "Олександр Андрій Богдан Дмитро Тарас Максим Іван Сергій",
            "Oleksandr Andriy Bohdan Dmytro Taras Maksym Ivan Serhiy",
        ),
        _pairs(
            "Олена Оксана Наталія Ірина Юлія Катерина Марія Тетяна",
            "Olena Oksana Nataliia Iryna Yuliia Kateryna Mariia Tetiana",
        ),
        _pairs(
            "Шевченко Бондаренко Коваленко Ткаченко Кравченко Олійник Мельник Бойко Коваль Поліщук Лисенко Руденко",
            "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Oliinyk Melnyk Boiko Koval Polishchuk Lysenko "
            "Rudenko",
        ),
    ),
    "GR": NamePool(
        _pairs(
            "Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Παναγιώτης Χρήστος Αλέξανδρος",
            "Giorgos Nikos Dimitris Kostas Giannis Panagiotis Christos Alexandros",
        ),
        _pairs(
            "Μαρία Ελένη Κατερίνα Σοφία Αικατερίνη Γεωργία Δέσποινα Αναστασία",
            "Maria Eleni Katerina Sofia Aikaterini Georgia Despoina Anastasia",
        ),
        _pairs(
            "Παπαδόπουλος Παπαδάκης Οικονόμου Γεωργίου Νικολάου Βασιλείου Καραγιάννης Ιωάννου Μακρής",
            "Papadopoulos Papadakis Oikonomou Georgiou Nikolaou Vasileiou Karagiannis Ioannou Makris",
        ),
        _pairs(
            "Παπαδοπούλου Παπαδάκη Οικονόμου Γεωργίου Νικολάου Βασιλείου Καραγιάννη Ιωάννου Μακρή",
            "Papadopoulou Papadaki Oikonomou Georgiou Nikolaou Vasileiou Karagianni Ioannou Makri",
        ),
    ),
    "IL": NamePool(
        _pairs(
            "יוסי דוד נועם איתי אורי דניאל משה אבי עומר יונתן",
            "Yossi David Noam Itai Uri Daniel Moshe Avi Omer Yonatan",
        ),
        _pairs("נועה מיכל שירה תמר יעל רונית מאיה הילה", "Noa Michal Shira Tamar Yael Ronit Maya Hila"),
        _pairs(
            "כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן שפירא גולן אזולאי רוזן",
            "Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Shapira Golan Azoulay Rosen",
        ),
    ),
    "TH": NamePool(
        _pairs("สมชาย ธนพล กิตติพงษ์ อนุชา วีระ ณัฐวุฒิ", "Somchai Thanaphon Kittipong Anucha Weera Nattawut"),
        _pairs("สมหญิง นภา กาญจนา ปิยะนุช สุดารัตน์ วรรณา", "Somying Napa Kanchana Piyanut Sudarat Wanna"),
        _pairs(
            "ใจดี ศรีสุข วงศ์สวัสดิ์ สุขสวัสดิ์ แก้วมณี ทองดี บุญมา ประเสริฐ รัตนพันธ์ สมบูรณ์",
            "Jaidee Srisuk Wongsawat Suksawat Kaewmanee Thongdee Boonma Prasert Rattanaphan Somboon",
        ),
    ),
    "IN-Deva": NamePool(
        _pairs("राहुल अर्जुन विक्रम अमित सुरेश राजेश", "Rahul Arjun Vikram Amit Suresh Rajesh"),
        _pairs("प्रिया अनीता सुनीता पूजा नेहा कविता", "Priya Anita Sunita Pooja Neha Kavita"),
        _pairs(
            "शर्मा वर्मा गुप्ता सिंह पटेल कुमार यादव जोशी मिश्रा अग्रवाल",
            "Sharma Verma Gupta Singh Patel Kumar Yadav Joshi Mishra Agarwal",
        ),
    ),
}
_ARABIC_MALE = _pairs(
    "محمد أحمد عبدالله خالد عمر علي يوسف سعيد راشد حسن إبراهيم فهد",
    "Mohammed Ahmed Abdullah Khaled Omar Ali Youssef Saeed Rashid Hassan Ibrahim Fahad",
)
_ARABIC_FEMALE = _pairs("فاطمة عائشة مريم نورة سارة ليلى هند ريم", "Fatima Aisha Maryam Noura Sara Layla Hind Reem")
_ARABIC_FAMILY = {
    "SA": (
        "العتيبي القحطاني الغامدي الشمري الدوسري الحربي الزهراني المطيري",
        "Al-Otaibi Al-Qahtani Al-Ghamdi Al-Shammari Al-Dosari Al-Harbi Al-Zahrani Al-Mutairi",
    ),
    "EG": (
        "حسن إبراهيم مصطفى عبد_الرحمن سليمان فاروق منصور السيد",
        "Hassan Ibrahim Mostafa Abdelrahman Soliman Farouk Mansour El-Sayed",
    ),
    "AE": (
        "المنصوري الكعبي الشامسي المزروعي الظاهري النعيمي",
        "Al_Mansoori Al_Kaabi Al_Shamsi Al_Mazrouei Al_Dhaheri Al_Nuaimi",
    ),
}
for _code, (_native, _latin) in _ARABIC_FAMILY.items():
    POOLS[_code] = NamePool(_ARABIC_MALE, _ARABIC_FEMALE, _pairs(_native, _latin), middle=_ARABIC_MALE)

# India in Devanagari: a share of Indian backers write so (states as the address data spells them in Hindi).
DEVANAGARI_CITIES = (
    City("मुंबई", "महाराष्ट्र", "400001", "Mumbai", "Maharashtra"),
    City("नई दिल्ली", "दिल्ली", "110001", "New Delhi", "Delhi"),
    City("पुणे", "महाराष्ट्र", "411001", "Pune", "Maharashtra"),
    City("जयपुर", "राजस्थान", "302001", "Jaipur", "Rajasthan"),
    City("लखनऊ", "उत्तर प्रदेश", "226001", "Lucknow", "Uttar Pradesh"),
)
DEVANAGARI_STREETS = ("{n}, महात्मा गांधी मार्ग", "{n}, स्टेशन रोड", "मकान नं. {n}, सेक्टर {b}")
DEVANAGARI_LATIN_STREETS = ("{n}, Mahatma Gandhi Marg", "{n}, Station Road", "House No. {n}, Sector {b}")
# More names for Latin-script countries: campaigns draw backers of every origin.
WORLD_GIVEN = (
    "Alex", "Sam", "Chris", "Maria", "Anna", "Laura", "Daniel", "Thomas", "Sarah", "Julia", "Peter", "Paul", "Nina",
    "Eva", "Mark", "Lisa", "Adam", "Sophie", "Lucas", "Emma", "Max", "Leo", "Mia", "Zoë", "Renée", "Åsa", "Øystein",
    "Łucja", "Şebnem", "Priya", "Kenji", "Ana", "Mateo",
)  # fmt: skip
US_CITIES = tuple(City(*place) for place in (  # more of the largest country's places: name, state, ZIP
    ("Los Angeles", "CA", "90012"), ("San Diego", "CA", "92101"), ("Denver", "CO", "80202"),
    ("Portland", "OR", "97205"), ("Minneapolis", "MN", "55401"), ("Atlanta", "GA", "30303"),
    ("Miami", "FL", "33130"), ("Philadelphia", "PA", "19103"), ("Phoenix", "AZ", "85004"),
    ("Columbus", "OH", "43215"), ("Madison", "WI", "53703"), ("Ann Arbor", "MI", "48104"),
    ("Raleigh", "NC", "27601"), ("Salt Lake City", "UT", "84111"), ("Nashville", "TN", "37203"),
    ("Burlington", "VT", "05401"), ("Honolulu", "HI", "96813"), ("Anchorage", "AK", "99501"),
    ("New Orleans", "LA", "70112"), ("Pittsburgh", "PA", "15222"), ("Jersey City", "NJ", "07302"),
))  # fmt: skip
US_STREETS = (
    "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Park Pl", "Lake Rd",
    "Hill St", "Sunset Blvd", "Highland Ave", "Lincoln Way", "Jefferson St", "Franklin Ave", "Broadway", "Market St",
    "Spring St", "River Rd", "Walnut St", "Chestnut St", "Madison Ave", "Adams St", "Forest Dr", "Meadow Ln",
    "Martin Luther King Jr Blvd",
)  # fmt: skip
PO_BOX_COUNTRIES = frozenset({"US", "CA", "AU", "NZ", "ZA", "GB", "IE"})
STATE_CHECKED = frozenset({"US", "CA", "AU", "MX", "BR", "JP", "CN", "IT", "ES", "IN", "MY", "ID"})

CURRENCY_RATES = {"USD": "1", "CAD": "1.35", "MXN": "18", "GBP": "0.8", "EUR": "0.92", "CHF": "0.9",
                  "SEK": "10.5", "NOK": "10.5", "DKK": "6.9", "PLN": "4.2", "SGD": "1.35", "HKD": "7.8",
                  "JPY": "135", "AUD": "1.5", "NZD": "1.62"}  # fmt: skip
CURRENCY_MARKS = {"USD": "$", "CAD": "CA$ ", "MXN": "MX$ ", "GBP": "£", "EUR": "€", "CHF": "CHF ", "SEK": "SEK ",
                  "NOK": "NOK ", "DKK": "DKK ", "PLN": "PLN ", "SGD": "S$ ", "HKD": "HK$ ", "JPY": "¥",
                  "AUD": "AU$ ", "NZD": "NZ$ "}  # fmt: skip
SHIPPING_USD = {"US": 10, "CA": 18, "GB": 14, "AU": 22, "NZ": 22, "JP": 16, "CN": 16, "KR": 16, "TW": 16, "HK": 16}
EU = frozenset(("IE", "FR", "DE", "NL", "BE", "ES", "PT", "IT", "AT", "FI", "PL", "CZ", "HU", "GR", "DK", "SE"))
EMAIL_DOMAINS = {"DE": ("web.de", "gmx.de", "t-online.de"), "FR": ("orange.fr", "free.fr", "laposte.net"),
                 "GB": ("btinternet.com", "sky.com"), "JP": ("yahoo.co.jp", "docomo.ne.jp"),
                 "CN": ("qq.com", "163.com", "126.com"), "KR": ("naver.com", "daum.net"),
                 "RU": ("yandex.ru", "mail.ru"), "IT": ("libero.it",), "NL": ("ziggo.nl",), "BR": ("uol.com.br",),
                 "TW": ("yahoo.com.tw",)}  # fmt: skip
WORLD_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com")
RELAY = "privaterelay.appleid.com"
HEARD = ("Kickstarter", "Kickstarter", "A friend", "Instagram", "Reddit", "YouTube", "Newsletter", "Facebook")
HEARD_FREE = ("My sister sent me the link", "Saw it at Essen Spiel", "a podcast (can't remember which)",
              "友達から", "Из рассылки", "Über einen Blog")  # fmt: skip
FINISHES = ("Brass", "Matte Black", "Matte Black", "White", "Copper")
PLUGS = {"US": "US (Type A/B)", "CA": "US (Type A/B)", "MX": "US (Type A/B)", "JP": "US (Type A/B)",
         "GB": "UK (Type G)", "IE": "UK (Type G)", "HK": "UK (Type G)", "SG": "UK (Type G)", "MY": "UK (Type G)",
         "AU": "AU (Type I)", "NZ": "AU (Type I)", "CN": "AU (Type I)"}  # fmt: skip
DELIVERY_NOTES = ("Leave at the front door", "Please ring twice", "Bitte beim Nachbarn abgeben",
                  "配達前に電話してください", "Оставьте у двери", "Gate code 4821",
                  "Gate code 1907\nBlue door at the back", "请放快递柜")  # fmt: skip
NOTES = ("Upgraded from Early Bird", "Wants it before Christmas", "Ask about colour swap")


@dataclass
class Backer:
    """What is kept of a backer to make a duplicate of them later."""

    name: str
    email: str
    address: list[str]  # name, line1, line2, city, state, postal code, country name, code, phone
    country: CountrySample


@dataclass(frozen=True)
class Person:
    name: str  # as written on the parcel
    latin_given: str  # for the e-mail address
    latin_family: str


@dataclass
class Place:
    """One shipping address as the backer typed it."""

    line1: str
    line2: str
    city: str
    state: str
    postal_code: str
    phone: str


class _Report:
    """Draws every row from one random stream: the same seed, the same file."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.countries = countries()
        self.cum_weights = list(accumulate(COUNTRY_WEIGHTS.get(c.code, 0.3) for c in self.countries))
        latin = [c.names for c in self.countries if c.is_latin]
        self.latin_families = [family for names in latin for family in names.family]
        self.latin_given = ([g for names in latin for g in names.male], [g for names in latin for g in names.female])
        self.number = 0
        self.emails: set[str] = set()
        self.recent: list[Backer] = []  # clean backers, to pledge again
        self.facts: Counter[str] = Counter()

    # --- one row -------------------------------------------------------------------------------

    def row(self) -> list[str]:
        rng = self.rng
        self.number += 1 + (rng.randint(1, 3) if rng.random() < 0.04 else 0)  # cancelled pledges leave gaps
        number = str(self.number)
        uid = str((self.number * 2_654_435_761 + 12_345) % 10**10)  # unique: the factor is prime to 10
        title, reward_id, minimum_usd = self._tier()
        again = rng.random()
        if self.recent and again < SAME_PERSON_AGAIN + SAME_PERSON_OTHER_EMAIL:
            return self._pledged_again(number, uid, title, reward_id, minimum_usd, again < SAME_PERSON_AGAIN)
        country = rng.choices(self.countries, cum_weights=self.cum_weights)[0]
        native = rng.random() < NATIVE_SHARE.get("Deva" if country.code == "IN" else country.script, 0)
        person = self._person(country, native)
        email = self._email(person, country)
        place = self._place(country, native)
        address = [person.name, place.line1, place.line2, place.city, place.state, place.postal_code,
                   country.country_names[0], country.code, place.phone]  # fmt: skip
        if not title:  # no reward: no survey, no address
            self.facts["no_reward"] += 1
            address = [""] * len(address)
        elif (problem := self._problem(country, native)) is not None:
            email = self._spoil(problem, country, address, email)
            self.facts[problem] += 1
        else:
            self._remember(Backer(person.name, email, address, country))
        return self._cells(number, uid, person.name, email, country, title, reward_id, minimum_usd, address)

    def _pledged_again(
        self, number: str, uid: str, title: str, reward_id: str, minimum_usd: int, same_email: bool
    ) -> list[str]:
        earlier = self.rng.choice(self.recent)
        email = (
            earlier.email
            if same_email
            else self._email(Person(earlier.name, *_email_names(earlier.email)), earlier.country)
        )
        self.facts["same_person_again" if same_email else "same_person_other_email"] += 1
        title, reward_id, minimum_usd = (title, reward_id, minimum_usd) if title else TIERS[1][:3]
        return self._cells(
            number, uid, earlier.name, email, earlier.country, title, reward_id, minimum_usd, list(earlier.address)
        )

    def _remember(self, backer: Backer) -> None:
        if len(self.recent) < 5_000:
            self.recent.append(backer)
        else:
            self.recent[self.rng.randrange(5_000)] = backer

    def _cells(
        self, number: str, uid: str, name: str, email: str, country: CountrySample, title: str, reward_id: str,
        minimum_usd: int, address: list[str],
    ) -> list[str]:  # fmt: skip
        rng = self.rng
        currency = CURRENCY_MARKS.get(country.currency) and country.currency or "USD"
        add_ons = [_quantity(rng) if rng.random() < share else 0 for share in ADD_ON_TAKEN] if title else [0] * 4
        bonus_usd = rng.choice((5, 5, 10, 10, 20, 25, 50)) if rng.random() < 0.12 else 0
        shipping_usd = _shipping_usd(country.code) if title else 0
        minimum, shipping, bonus = (_local(usd, currency) for usd in (minimum_usd, shipping_usd, bonus_usd))
        extras = sum(_local(price, currency) * count for (_, _, price), count in zip(ADD_ONS, add_ons, strict=True))
        pledge = minimum + shipping + bonus + extras if title else _local(rng.choice((1, 5, 10, 25)), currency)
        answered = bool(address[1] or address[3])
        billing_state = address[4] if country.code in ("US", "CA", "AU") and address[4].isascii() else ""
        return [
            number, uid, name, email, country.code if title else "", _money(shipping, currency), title,
            _money(minimum, currency) if title else "", reward_id, _money(bonus, currency), _money(pledge, currency),
            self._pledged_at(), "Unfulfilled", self._status(), rng.choice(NOTES) if rng.random() < 0.005 else "",
            *(str(count) if count else "" for count in add_ons),
            billing_state, country.code if rng.random() < 0.99 else rng.choice(("US", "GB", "DE")),
            self._survey_at() if answered else "", *address[:8], address[8],
            rng.choice(DELIVERY_NOTES) if answered and rng.random() < 0.04 else "",
            *(self._survey(country.code) if answered else ("", "", "")),
        ]  # fmt: skip

    # --- who and where -------------------------------------------------------------------------

    def _tier(self) -> tuple[str, str, int]:
        title, reward_id, minimum, _ = self.rng.choices(TIERS, cum_weights=_TIER_WEIGHTS)[0]
        return title, reward_id, minimum

    def _person(self, country: CountrySample, native: bool) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        pool = POOLS.get("IN-Deva" if country.code == "IN" and native else country.code)
        if pool is None:
            return self._latin_person(country, female)
        given = rng.choice(pool.female if female else pool.male)
        if pool.second_given and rng.random() < 0.85:
            second = rng.choice(pool.female if female else pool.male)
            given = (given[0] + second[0], _joined_syllables(country.code, given[1], second[1]))
        elif pool.second_given:
            given = (given[0], given[1].capitalize())
        families = pool.family_female if female and pool.family_female else pool.family
        family = rng.choice(families)
        middle = rng.choice(pool.middle) if pool.middle and rng.random() < 0.35 else None
        if middle and country.code in ("RU",):
            middle = (middle[0][:-2] + "на", middle[1][:-2] + "na") if female else middle
        if native:
            parts = [family[0], given[0]] if pool.family_first else [given[0], family[0]]
            if middle:
                parts = [family[0], given[0], middle[0]] if country.code == "RU" else [given[0], middle[0], family[0]]
            separator = pool.separator if country.code != "JP" else rng.choice((" ", " ", "", "\u3000"))
            name = separator.join(parts)
        else:
            order = [family[1], given[1]] if pool.family_first and rng.random() < 0.5 else [given[1], family[1]]
            name = " ".join(order)
        return Person(name, given[1], family[1])

    def _latin_person(self, country: CountrySample, female: bool) -> Person:
        rng = self.rng
        names = country.names
        given = rng.choice(names.female if female else names.male)
        if rng.random() < 0.35:  # campaigns draw backers of every origin
            given = rng.choice(WORLD_GIVEN if rng.random() < 0.3 else self.latin_given[female])
        index = rng.randrange(len(names.family))
        family = (names.family_female if female and names.family_female else names.family)[index]
        if rng.random() < 0.35:
            family = rng.choice(self.latin_families)
        if country.code in ("US", "CA", "AU", "GB", "NZ") and rng.random() < 0.12:
            given = f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        parts = (family, given) if country.family_name_first else (given, family)
        return Person(country.name_separator.join(parts), anyascii(given), anyascii(family))

    def _email(self, person: Person, country: CountrySample) -> str:
        rng = self.rng
        if rng.random() < 0.02:  # Apple's "Hide my e-mail"
            return f"{''.join(rng.choices('abcdefghijkmnpqrstuvwxyz23456789', k=10))}@{RELAY}"
        given, family = (_email_part(n) or "backer" for n in (person.latin_given, person.latin_family))
        domain = rng.choice(WORLD_DOMAINS + EMAIL_DOMAINS.get(country.code, ()))
        shapes = (f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{family}.{given}", given)
        local = rng.choice(shapes)
        while True:
            email = f"{local}{rng.randint(1, 9999) if rng.random() < 0.6 else ''}@{domain}"
            if email not in self.emails:
                self.emails.add(email)
                return email
            local = f"{local}{rng.randint(0, 9)}"

    def _place(self, country: CountrySample, native: bool) -> Place:
        rng = self.rng
        numbers = {"n": _house_number(rng, country.code), "a": rng.randint(1, 9), "b": rng.randint(1, 30),
                   "c": rng.randint(1, 20)}  # fmt: skip
        latin = not native and not country.is_latin
        if country.code == "IN" and native:
            city = rng.choice(DEVANAGARI_CITIES)
            streets, latin_streets, units, latin_units = DEVANAGARI_STREETS, DEVANAGARI_LATIN_STREETS, (), ()
        else:
            city = rng.choice(US_CITIES) if country.code == "US" and rng.random() < 0.7 else rng.choice(country.cities)
            streets, latin_streets = (
                (city.streets, city.latin_streets) if city.streets else (country.streets, country.latin_streets)
            )
            units, latin_units = country.units, country.latin_units
        if country.code == "US" and rng.random() < 0.6:
            line1 = f"{numbers['n']} {rng.choice(US_STREETS)}"
        else:
            line1 = _fill(rng, latin_streets if latin and latin_streets else streets, numbers)
        line2 = _fill(rng, latin_units if latin and latin_units else units, numbers) if rng.random() < 0.3 else ""
        if country.code in PO_BOX_COUNTRIES and rng.random() < PO_BOX_RATE:
            line1, line2 = rng.choice(("PO Box", "P.O. Box", "Post Office Box")) + f" {rng.randint(1, 9999)}", ""
            self.facts["po_box"] += 1
        city_name = (city.latin_name or anyascii(city.name)) if latin else city.name
        state = (city.latin_state or anyascii(city.state)) if latin else city.state
        postal = _vary_postal(city.postal_code, rng)
        return Place(line1, line2, city_name, state, postal, self._phone(country))

    def _cities(self, country: CountrySample) -> tuple[City, ...]:
        return country.cities + US_CITIES if country.code == "US" else country.cities

    def _phone(self, country: CountrySample) -> str:
        rng = self.rng
        pattern = country.phone_pattern
        while True:
            digits = iter(str(rng.randrange(10)) for _ in range(pattern.count("#")))
            text = f"{country.phone_prefix} {''.join(next(digits) if c == '#' else c for c in pattern)}"
            if "555" not in text.replace("-", "").replace(" ", "")[2:8]:  # North America's films' numbers
                break
        shape = rng.random()
        if shape < 0.2:
            return "+" + "".join(c for c in text if c.isdigit())
        if shape < 0.5:
            number = phonenumbers.parse(text, None)
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return text

    # --- problems ------------------------------------------------------------------------------

    def _problem(self, country: CountrySample, native: bool) -> str | None:
        """About one row in sixteen gets one of the problems, drawn among those its country can have."""
        rng = self.rng
        if rng.random() >= _PROBLEM_TOTAL:
            return None
        kinds = [kind for kind in PROBLEM_RATES if _applies(kind, country, native)]
        return rng.choices(kinds, weights=[PROBLEM_RATES[k] for k in kinds])[0]

    def _spoil(self, problem: str, country: CountrySample, address: list[str], email: str) -> str:
        """Spoil the address (name, line1, line2, city, state, postal, country, code, phone) as people do."""
        rng = self.rng
        if problem == "phone_missing":
            address[8] = rng.choice(("", "", "", "n/a", "-"))
        elif problem == "phone_fake":
            address[8] = rng.choice(("555-555-1212", "0000000000", "1234567890", "+1 555 555 5555"))
        elif problem == "phone_short":
            address[8] = address[8][: len(address[8]) // 2]
        elif problem == "phone_excel":
            address[8] = f"{rng.randint(1, 9)}.{rng.randint(10000, 99999)}E+{rng.randint(9, 11)}"
        elif problem == "postal_missing":
            address[5] = ""
        elif problem == "postal_bad":
            postal = address[5]
            address[5] = postal + str(rng.randint(0, 9)) if rng.random() < 0.5 else postal.replace("0", "O", 1)
            if address[5] == postal:
                address[5] = postal + "X"
        elif problem == "postal_lost_zero":
            city = rng.choice([c for c in self._cities(country) if c.postal_code.startswith("0")])
            address[3:6] = city.name, city.state, _vary_postal(city.postal_code, rng).lstrip("0")
        elif problem == "postal_not_used":
            address[5] = rng.choice(("000000", "00000", "999077", "0000"))
        elif problem == "street_missing":
            address[1] = address[2] = ""
        elif problem == "city_missing":
            address[3] = ""
        elif problem == "line_too_long":
            extras = ["Building C, rear entrance", "Apartment 12B, third floor", "c/o Reception desk"]
            rng.shuffle(extras)
            line = address[1]
            while len(line) <= 35:  # everything typed into Address 1
                line = f"{line}, {extras.pop()}"
            address[1], address[2] = line, ""
        elif problem == "initials_only":
            address[0] = rng.choice(("J. S.", "A.B.", "M K", "JS", "T. R."))
        elif problem == "name_is_email":
            address[0] = email
        elif problem == "state_misspelt":
            address[4] = rng.choice(_MISSPELT_STATES[country.code])
        elif problem == "state_wrong":
            address[4] = rng.choice(("NY", "TX", "CA", "FL"))
            address[5] = "59801" if address[4] != "MT" else "10001"  # Montana's ZIP in another state
        elif problem == "email_invalid":
            email = email.replace("@", " at ", 1) if rng.random() < 0.3 else email.rsplit(".", 1)[0]
        elif problem == "no_survey":
            address[:] = [""] * len(address)
        return email

    # --- the rest of the row -------------------------------------------------------------------

    def _pledged_at(self) -> str:
        rng = self.rng
        share, month = rng.random(), 30 * 24 * 60
        minutes = (
            rng.randrange(2880)
            if share < 0.35
            else month - rng.randrange(2880)
            if share < 0.5
            else rng.randrange(month)
        )
        return f"{CAMPAIGN_START + timedelta(minutes=minutes):%Y/%m/%d, %H:%M}"

    def _survey_at(self) -> str:
        minutes = int(self.rng.expovariate(1 / (5 * 24 * 60))) % (40 * 24 * 60)
        return f"{SURVEY_START + timedelta(minutes=minutes):%Y/%m/%d, %H:%M}"

    def _status(self) -> str:
        draw = self.rng.random()
        return "collected" if draw < 0.97 else "dropped" if draw < 0.985 else "errored" if draw < 0.995 else "canceled"

    def _survey(self, code: str) -> tuple[str, str, str]:
        rng = self.rng
        heard = rng.choice(HEARD_FREE) if rng.random() < 0.03 else rng.choice(HEARD)
        return rng.choice(FINISHES), PLUGS.get(code, "EU (Type C/F)"), heard


_TIER_WEIGHTS = list(accumulate(share for *_, share in TIERS))
_PROBLEM_TOTAL = sum(PROBLEM_RATES.values())
_MISSPELT_STATES = {
    "US": ("Califronia", "Texsa", "Massachusets", "Nwe York", "Washingotn", "Illinios", "Pennsilvania"),
    "CA": ("Ontaroi", "Brtish Columbia", "Qeubec", "Albreta"),
    "AU": ("New South Wale", "Victoira", "Queensalnd"),
}
_NEEDS_POSTAL = frozenset((
    "US", "CA", "GB", "DE", "FR", "NL", "BE", "ES", "PT", "IT", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "CZ", "AU",
    "JP", "CN", "KR", "BR", "IN", "TW", "MX",
))  # fmt: skip
_ZERO_LED = frozenset(("US", "DE", "IT", "ES", "FI", "MX", "TR"))


def _applies(kind: str, country: CountrySample, native: bool) -> bool:
    if kind in ("postal_missing", "postal_bad"):
        return country.code in _NEEDS_POSTAL
    if kind == "postal_lost_zero":
        return country.code in _ZERO_LED
    if kind == "postal_not_used":
        return not country.uses_postal_codes
    if kind == "state_misspelt":
        return country.code in _MISSPELT_STATES
    if kind == "state_wrong":
        return country.code == "US"
    if kind == "initials_only":
        return country.is_latin or not native
    return True


def _quantity(rng: random.Random) -> int:
    draw = rng.random()
    return 1 if draw < 0.8 else 2 if draw < 0.95 else 3


def _shipping_usd(code: str) -> int:
    if code in SHIPPING_USD:
        return SHIPPING_USD[code]
    return 15 if code in EU else 25


def _local(usd: int, currency: str) -> Decimal:
    """A price in the backer's currency, rounded as a campaign page shows it (yen to the hundred)."""
    amount = Decimal(usd) * Decimal(CURRENCY_RATES[currency])
    step = Decimal(100) if currency == "JPY" else Decimal(1)
    return (amount / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def _money(amount: Decimal, currency: str) -> str:
    text = f"{amount:,.0f}" if currency == "JPY" else f"{amount:,.2f}"
    return CURRENCY_MARKS[currency] + text


def _house_number(rng: random.Random, code: str) -> int:
    if code in ("US", "CA", "AU", "NZ"):
        return int(10 ** rng.uniform(0, 4.2))  # 1 to ~16,000, small ones commoner
    return rng.randint(1, 200) if rng.random() < 0.8 else rng.randint(1, 2_000)


def _fill(rng: random.Random, patterns: tuple[str, ...], numbers: dict[str, int]) -> str:
    return rng.choice(patterns).format(**numbers) if patterns else ""


def _vary_postal(code: str, rng: random.Random) -> str:
    """Another postal code of the same district: the last digits redrawn (two of a run of five or more, else
    one), and the letters after them ("N1 9GU" -> "N1 4TB", "1012 JS" -> "1017 HX")."""
    end = max((i for i, c in enumerate(code) if c.isdigit()), default=-1) + 1
    if not end:
        return code
    start = end
    while start > 0 and code[start - 1].isdigit():
        start -= 1
    keep = end - (2 if end - start >= 5 else 1)
    digits = "".join(str(rng.randrange(10)) for _ in range(end - keep))
    letters = "".join(rng.choice(_POSTAL_LETTERS) if c.isalpha() else c for c in code[end:])
    while letters.strip() in ("SA", "SD", "SS"):  # the Netherlands never hands these out
        letters = "".join(rng.choice(_POSTAL_LETTERS) if c.isalpha() else c for c in code[end:])
    return code[:keep] + digits + letters


_POSTAL_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # those British inward codes use


def _joined_syllables(code: str, first: str, second: str) -> str:
    if code == "TW":
        return f"{first.capitalize()}-{second.lower()}"
    if code == "HK":
        return f"{first.capitalize()} {second.capitalize()}"
    return (first + second).capitalize()


def _email_part(name: str) -> str:
    return "".join(c for c in anyascii(name).lower() if c.isalnum())


def _email_names(email: str) -> tuple[str, str]:
    local = email.split("@")[0]
    given, _, family = local.partition(".")
    return given.rstrip("0123456789") or "b", family.rstrip("0123456789") or "x"


def write_report(path: Path, rows: int, seed: int = 3) -> dict[str, int]:
    """Write the report; what was planted in it, by kind (problems, duplicates, P.O. boxes)."""
    report = _Report(seed)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for _ in range(rows):
            writer.writerow(report.row())
    return dict(sorted(report.facts.items()))
