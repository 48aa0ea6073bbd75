"""Heading enumerators (一、 （一） 1. （1） 一是 一要 第一， 首先，…) found at a paragraph's start.

This module only answers "does this text start with an enumerator, and which one"; whether
the enumerator is an outline heading (series, nesting, levels) is decided in ``outline``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十"

# Ladder families follow GB/T 9704 (一、 > （一） > 1. > （1） > ①): their rank says how they
# nest when a speech uses several. Rhetorical families (一是, 一要, 第一，, 首先，) have no rank:
# where they sit is decided per speech by the order they appear in.
LADDER_RANK = {"cn-dun": 1, "paren-cn": 2, "arabic": 3, "paren-arabic": 4, "circled": 5}
"""Family key → depth in the official ladder."""

_SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "然后": 3, "最后": 99}

_MARKER = re.compile(
    rf"""
      (?P<cn>(?P<cn_n>[{_CN}]{{1,3}})\s?(?:[、]|[．.](?![0-9０-９])))
    | (?P<pcn>[（(【]\s?(?P<pcn_n>[{_CN}]{{1,3}})\s?[）)】])
    | (?P<ccn>[\u3220-\u3229])
    | (?P<par>[（(]\s?(?P<par_n>[0-9０-９]{{1,2}})\s?[）)])
    | (?P<ar>(?P<ar_n>[0-9０-９]{{1,2}})\s?(?:[.．、。](?![0-9０-９])|[)）](?![0-9０-９])))
    | (?P<circ>[\u2460-\u2473])
    | (?P<shi>(?P<shi_n>[{_CN}]{{1,3}})是)
    | (?P<yao>(?P<yao_n>[{_CN}]{{1,3}})要)
    | (?P<di>第(?P<di_n>[{_CN}]{{1,3}})[，,、：:])
    | (?P<part>第(?P<part_n>[{_CN}]{{1,3}})(?:部分|章|讲))
    | (?P<seq>(?P<seq_w>首先|其次|再次|再者|最后)[，,：:])
    """,
    re.VERBOSE,
)

# 五、六十公里 / 二、三十年 / 四、五期工程: a numeral, 顿号, another numeral and a unit is an
# approximate number, not a heading.
_APPROXIMATE = re.compile(
    rf"([{_CN}两])(?:[{_CN}百千万亿期年个次天月层种名位家项条批周岁倍成届季产级类线等轮档星号]|、)"
)
_STARTS = frozenset(
    _CN + "（(【0123456789０１２３４５６７８９第首其再最—-“\""
    + "".join(map(chr, range(0x3220, 0x322A)))
    + "".join(map(chr, range(0x2460, 0x2474)))
)
"""Characters a marker can start with (a cheap test before the regular expression)."""
_SINGLE = frozenset(
    "".join(map(chr, range(0x3220, 0x322A))) + "".join(map(chr, range(0x2460, 0x2474)))
)
"""Markers of one character (㈠, ①): anything may follow them."""
_SECOND = frozenset(
    _CN + "0123456789０１２３４５６７８９、是要 \u3000.．。)）先次者后—-"
)
"""What may follow the first character of a longer marker."""
# ——第一，开宗明义: a dash in front of a marker is decoration.
_DASHES = re.compile(r"^(?:——|—|--)\s*")
# 一是一、二是二 and 一要…二要… used as a phrase inside the first clause are rare enough; the
# look-alikes that do start paragraphs are 第一个阶段， (prose) and 第一要务 (no comma: no match).
_FAMILY_OF_GROUP = {
    "cn": "cn-dun",
    "pcn": "paren-cn",
    "ccn": "paren-cn",
    "par": "paren-arabic",
    "ar": "arabic",
    "circ": "circled",
    "shi": "shi",
    "yao": "yao",
    "di": "di",
    "part": "part",
    "seq": "sequence",
}
_NUMERAL_GROUP = {
    "cn": "cn_n", "pcn": "pcn_n", "shi": "shi_n", "yao": "yao_n", "di": "di_n", "part": "part_n"
}
"""The group holding the Chinese numeral, for the families numbered by one."""


class Marker(NamedTuple):
    """An enumerator at the start of a text.

    A named tuple: a 10 MB file has some 7,000 of them, and a tuple is built fastest.
    """

    family: str
    """Family key: "cn-dun", "paren-cn", "arabic", "paren-arabic", "circled", "shi", "yao",
    "di", "part" (第一部分) or "sequence" (首先/其次/…)."""
    number: int
    """Its value: 一 → 1, （三） → 3, 其次 → 2; 最后 → 99 until its series numbers it."""
    text: str
    """The enumerator as written, e.g. "（一）", "(三)", "1.", "第一，", "一是"."""
    end: int
    """Offset in the text where the heading's title starts (spaces after the marker skipped)."""


@cache  # called on one to three numerals 一…十: at most 1,110 different texts
def chinese_number(text: str) -> int:
    """The value of a Chinese numeral up to 九十九 (一 → 1, 十一 → 11, 二十三 → 23); 0 if not one."""
    if not text:
        return 0
    if "十" not in text:
        return _CN_DIGITS.get(text, 0) if len(text) == 1 else 0
    tens, _, units = text.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return 0
    value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10
    if tens and not _CN_DIGITS.get(tens):
        return 0
    if units:
        unit = _CN_DIGITS.get(units, 0)
        if not unit:
            return 0
        value += unit
    return value


def _arabic(text: str) -> int:
    return int(text.translate(_FULLWIDTH_DIGITS))


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def match_marker(text: str) -> Marker | None:
    """The enumerator ``text`` starts with, or None.

    Look-alikes are refused here: approximate numbers (五、六十公里), decimals (8.36 亿),
    numerals that do not parse, and markers with nothing after them but digits.
    """
    if not text:
        return None
    first = text[0]  # (indexing makes a new string each time: once)
    if first not in _STARTS:
        return None
    if first not in _SINGLE and text[1:2] not in _SECOND and first not in "“\"":
        return None
    offset = 0
    dashed = False
    if first in "“\"" and len(text) > 2 and text[1] in _STARTS:
        offset = 1  # “一、深刻认识重要性” — a heading printed in quotes
    elif first in "—-":
        dash = _DASHES.match(text)
        if dash is None:
            return None
        offset, dashed = dash.end(), True
    match = _MARKER.match(text, offset)
    if match is None or (dashed and match.lastgroup in ("cn", "ar", "circ")):
        return None
    group = match.lastgroup
    assert group is not None
    family = _FAMILY_OF_GROUP[group]
    numeral = _NUMERAL_GROUP.get(group)
    if numeral is not None:  # the common case: 一、 （一） 一是 一要 第一，
        number = chinese_number(match.group(numeral))
    elif group == "ccn":
        number = ord(match.group("ccn")) - 0x3220 + 1
    elif group == "circ":
        number = ord(match.group("circ")) - 0x2460 + 1
    elif group in ("par", "ar"):
        number = _arabic(match.group(group + "_n"))
    else:  # "seq"
        number = _SEQUENCE_WORDS[match.group("seq_w")]
    if number <= 0 or (family not in ("sequence",) and number > 40):
        return None
    end = match.end()
    if group == "cn":
        # 五、六十公里 / 一、二季度 / 一、二、三级: the next numeral right after the 顿号 makes
        # an approximate number or a list; 一、一年来的工作 / 三、三年行动 are headings.
        approximate = _APPROXIMATE.match(text, end, end + 2)
        if approximate and chinese_number(approximate.group(1).replace("两", "二")) == number + 1:
            return None
    if group == "ar" and number == 0:
        return None
    marker_text = "".join(match.group().split())  # 一 、 as OCR spaced it: 一、
    while end < len(text) and (text[end].isspace() or text[end] in "\u200b\ufeff"):
        end += 1
    return Marker(family, number, marker_text, end)
