import pytest

from fulfiller.domain.transliterate import is_latin, romanise


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Main Street 5",
        "Müller",
        "Łódź",
        "Ærøskøbing",
        "São Paulo",
        "Nguyễn Văn A",
        "Straße – 3",
        "İstanbul",
    ],
)
def test_latin_text_including_accents_is_latin(text: str) -> None:
    assert is_latin(text)
    assert romanise(text) == ""


@pytest.mark.parametrize(
    "text", ["北京市", "東京都", "서울", "Москва", "Αθήνα", "شارع", "רחוב", "ถนน", "मुंबई", "１２３", "Main 北"]
)
def test_other_scripts_and_full_width_forms_are_not_latin(text: str) -> None:
    assert not is_latin(text)


@pytest.mark.parametrize(
    ("script", "text", "latin"),
    [
        ("Chinese", "北京市朝阳区建国路88号", "Beijing Shi Chaoyang Qu Jianguo Lu 88 Hao"),
        ("Chinese", "广东省深圳市南山区科技园", "Guangdong Sheng Shenzhen Shi Nanshan Qu Kejiyuan"),
        ("Chinese", "重庆市渝中区", "Chongqing Shi Yuzhong Qu"),  # not anyascii's "ZhongQing"
        ("Chinese", "上海市浦东新区世纪大道100号", "Shanghai Shi Pudong Xinqu Shiji Dadao 100 Hao"),
        ("Traditional Chinese", "台北市信義區信義路五段7號", "Taibei Shi Xinyi Qu Xinyi Lu Wu Duan 7 Hao"),
        ("Korean", "서울특별시 강남구 테헤란로 152", "Seoulteugbyeolsi Gangnamgu Tehelanlo 152"),
        ("Japanese kana", "やまだ たろう", "Yamada Tarou"),
        (
            "Japanese kanji",
            "〒100-0005 東京都千代田区",
            "100-0005 Dong Jing Dou Qian Dai Tian Qu",
        ),  # read as Chinese
        ("Cyrillic", "ул. Тверская, д. 7", "ul. Tverskaya, d. 7"),
        ("Cyrillic", "Москва", "Moskva"),
        ("Greek", "Οδός Ερμού 10", "Odos Ermoy 10"),
        ("Arabic", "شارع الملك فهد", "Shr Lmlk Fhd"),  # no vowels: a person corrects it
        ("Hebrew", "רחוב הרצל 5", "Rhvv Hrtsl 5"),
        ("Thai", "ถนนสุขุมวิท", "Thnnsukhumwith"),
        ("Devanagari", "मुंबई", "Mumbi"),
        ("full-width Latin", "１２３ ＡＢＣ", "123 ABC"),
    ],
)
def test_romanise_each_script(script: str, text: str, latin: str) -> None:
    assert romanise(text) == latin
    assert latin.isascii()


@pytest.mark.parametrize(
    ("text", "latin"),
    [("张伟", "Zhang Wei"), ("王小明", "Wang Xiaoming"), ("欧阳修", "Ouyang Xiu"), ("김민준", "Gim Minjun"),
     ("Иван Петров", "Ivan Petrov"), ("山田 太郎", "Shantian Tailang"), ("יוסי כהן", "Yvsy Khhn")],
)  # fmt: skip
def test_romanise_names_keeps_family_and_given_name_apart(text: str, latin: str) -> None:
    assert romanise(text, is_name=True) == latin


def test_is_latin_reads_every_character_as_the_character_loop_did() -> None:
    # The one regular expression must agree with the rule it replaced, for every code point.
    extended = ((0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F))

    def printable(char: str) -> bool:
        code = ord(char)
        if code < 0x250 or any(low <= code <= high for low, high in extended):
            return True
        return not (char.isalnum() or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF)

    for code in range(0x80, 0x110000):
        char = chr(code)
        assert is_latin(f"é{char}x") is printable(char), hex(code)
