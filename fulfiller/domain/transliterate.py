"""Propose a Latin-script version of an address for carriers that print no other script.

Letter-by-letter transliteration (anyascii) is only a proposal: it reads Japanese kanji as Chinese
and drops the vowels of Arabic and Hebrew, so a person confirms every one. Chinese is given spaced
words (address units such as 市 "Shi" and 路 "Lu" stand apart) rather than anyascii's run-together
"BeiJingShiChaoYangQu". Accented Latin ("Müller", "Łódź") is left alone: carriers take it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_RUNS = re.compile(
    rf"(?P<han>[{_HAN}]+)|(?P<hangul>[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+)"
    r"|(?P<kana>[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+)"
)
_SYLLABLES = re.compile(r"[A-Z][a-z]*|[^A-Z]+")
# Units of a Chinese (and a few of a Japanese) address: each becomes a word of its own.
_ADDRESS_UNITS = frozenset({
    "省", "市", "区", "區", "县", "縣", "镇", "鎮", "乡", "鄉", "村", "路", "街", "道", "号",
    "號", "巷", "弄", "楼", "樓", "室", "栋", "棟", "座", "层", "層", "県", "里", "段",
    "大道", "单元", "單元", "小区", "小區", "新区", "新區", "自治区", "自治區", "丁目", "番地",
})  # fmt: skip
# Place words anyascii reads with the wrong one of a character's readings.
_HAN_WORDS = {
    "重庆": "Chongqing", "重慶": "Chongqing", "长沙": "Changsha", "長沙": "Changsha",
    "长春": "Changchun", "長春": "Changchun", "长安": "Chang'an", "長安": "Chang'an",
    "厦门": "Xiamen", "廈門": "Xiamen", "西藏": "Xizang", "蚌埠": "Bengbu", "六安": "Lu'an",
    "番禺": "Panyu", "成都": "Chengdu", "首都": "Shoudu", "银行": "Yinhang", "銀行": "Yinhang",
    "大厦": "Dasha", "大廈": "Dasha",
}  # fmt: skip
_COMPOUND_SURNAMES = frozenset({
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官",
    "东方", "東方", "皇甫", "令狐", "慕容", "司徒", "夏侯",
})  # fmt: skip


# A letter or digit of another script, or full-width and CJK punctuation: what Latin-only carriers cannot print.
_NOT_LATIN = re.compile(
    r"(?:(?![\x00-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f])[^\W_])|[\u3000-\u303f\uff00-\uffef]"
)


def is_latin(text: str) -> bool:
    """True when a carrier can print the text as it is: Latin letters (accents too), digits, punctuation."""
    # Below U+0250 everything is Latin: found by a scan in C before the search, which tries more per character.
    return text.isascii() or max(text) < "\u0250" or _NOT_LATIN.search(text) is None


def _han_word(syllables: list[str]) -> str:
    """Up to three syllables read as one word ("Chaoyang"); longer runs stay apart, unsure where words end."""
    if len(syllables) <= 3:
        return "".join(syllables).capitalize()
    return " ".join(syllable.capitalize() for syllable in syllables)


def _han_words(run: str) -> list[str]:
    """Words of a Chinese run: known words whole, address units apart, the rest grouped."""
    words: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(run):
        pair = run[index : index + 2]
        if pair in _HAN_WORDS:
            current.append(_HAN_WORDS[pair])
            index += 2
            continue
        triple = run[index : index + 3]
        unit = triple if triple in _ADDRESS_UNITS else pair if pair in _ADDRESS_UNITS else run[index]
        if unit in _ADDRESS_UNITS:
            if current:
                words.append(_han_word(current))
                current = []
            words.append(anyascii(unit).capitalize())
            index += len(unit)
            continue
        current.append(anyascii(run[index]))
        index += 1
    if current:
        words.append(_han_word(current))
    return words


# The Chinese runs of addresses (streets, districts) recur while the house numbers beside them differ.
@lru_cache(maxsize=16384)
def _han_phrase(run: str) -> str:
    return " ".join(_han_words(run))


def _han_name(run: str) -> str:
    """A Chinese name, family name first and apart: 张伟 → "Zhang Wei", 欧阳修 → "Ouyang Xiu"."""
    split = 2 if run[:2] in _COMPOUND_SURNAMES else 1
    family, given = anyascii(run[:split]), anyascii(run[split:])
    return f"{family.capitalize()} {given.capitalize()}".strip()


def _hangul(run: str, *, is_name: bool) -> str:
    syllables = _SYLLABLES.findall(anyascii(run))
    if is_name and 2 <= len(syllables) <= 4:
        return f"{syllables[0]} {''.join(syllables[1:]).capitalize()}"  # 김민준 → "Gim Minjun"
    return "".join(syllables).capitalize()


def _other_scripts(text: str) -> str:
    """Cyrillic, Greek, Arabic, Hebrew, Thai ...: anyascii, capitalised where the script has no case."""
    if text.isascii():
        return text.replace("`", "")  # house numbers between Chinese words: nothing to do
    latin = anyascii(text).replace("`", "")
    caseless = any(c.isalpha() and c.lower() == c.upper() and not c.isascii() for c in text)
    if caseless:
        latin = " ".join(word[:1].upper() + word[1:] for word in latin.split(" "))
    return latin


@lru_cache(maxsize=16384)
def romanise(text: str, is_name: bool = False) -> str:
    """A Latin-script proposal for one field ("" when it is Latin already)."""
    if is_latin(text):
        return ""
    text = text.replace("〒", "")  # the Japanese postal mark, which anyascii turns into "@"
    pieces: list[str] = []
    position = 0
    for match in _RUNS.finditer(text):
        pieces.append(_other_scripts(text[position : match.start()]))
        run = match.group()
        if match.lastgroup == "han":
            whole_name = is_name and 2 <= len(run) <= 4 and run == text.strip()
            pieces.append(_han_name(run) if whole_name else _han_phrase(run))
        elif match.lastgroup == "hangul":
            pieces.append(_hangul(run, is_name=is_name))
        else:
            pieces.append(anyascii(run).capitalize())
        position = match.end()
    pieces.append(_other_scripts(text[position:]))
    joined = " ".join(" ".join(pieces).split())
    return joined.replace(" ,", ",").replace(" .", ".").replace("( ", "(").replace(" )", ")")
