"""The words of a spoken series (第一， / 第N点 / 第N是 / 一是 / 一要 / 第二步) and where a list
began in the text before its items: a 第N个X item's family by its unit (``unit_family``; 第N是
numbering on from 第N点, ``shape_changes``), the first items said in the text, in order or after
a colon (``said_in_order``, ``announced_first``, ``steps_begun``, ``first_said`` — the last for
the ladder's （二）/二、 too), a list announced with its count (``COUNTED_LIST``).

What it does not decide: whether those items are headings or at which level (``outline``
reads these answers as it keeps its stack). Reads marker texts and paragraph texts only.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.markers import Marker

_UNIT_NOISE = patterns.compile(r"[第个的话，,、：:．.。—\s]|[一二三四五六七八九十百零〇两]")


def unit_family(marker_text: str) -> str:
    """The family of a 第N个X item, told apart by its unit X: 第一个问题 and 第一点 are two
    series (the points of a question sit under it), 第一个观点 and 第二点 one (a point is a
    point). ``di-unit`` for 点/观点, ``di-unit:X`` for any other unit."""
    unit = _UNIT_NOISE.sub("", marker_text)
    return "di-unit" if unit in ("", "点", "观点") else "di-unit:" + unit


_COPULA = "di-unit:是"
"""The family of a bare 第N是 (第三是关于…): ``unit_family`` tells it from 第N点."""


def shape_changes(items: list[tuple[int, Marker]]) -> frozenset[int]:
    """The 第N是 items that number on from the 第N点 item before them among the two shapes
    (第二点， | … | 第三是关于…): a speaker's series said in two shapes, one series
    (``di-unit``). A 第N是 whose number does not step on from the 第N点 before it (a 第二是
    after 第一点 … 第二点 of another part, 首先是… | 第二是…) stays a series of its own."""
    ordinals = [
        (index, marker.number, family)
        for index, marker in items
        if marker.family == "di-unit"
        and (family := unit_family(marker.text)) in ("di-unit", _COPULA)
    ]
    return frozenset(
        index
        for (_, before, shape), (index, number, family) in zip(ordinals, ordinals[1:], strict=False)
        if family == _COPULA and shape == "di-unit" and number == before + 1
    )


_FIRST_WORD = {
    "di": "第一",
    "di-unit": "第一",
    "shi": "一是",
    "yao": "一要",
    "yue": "一曰",
    "zhua": "一抓",
}


def spoken(family: str) -> bool:
    """A spoken series' family on the stack (第一， / 第一个问题 / 一是 / 一要)."""
    return family.split(":")[0] in _FIRST_WORD


def announced_first(text: str, family: str) -> bool:
    """Whether ``text`` (the paragraphs before a second spoken item) announces a list with
    its first item right after a colon (有两段话应该简单说明：第一，… / 请大家考虑：第一是…):
    the later items that start their own lines are then headings (docs/headings.md)."""
    word = _FIRST_WORD.get(family)
    if word is None:
        return False
    words = (word, "其一") if family == "di" else (word,)  # (…两点：其一，… | 其二，…)
    return any("：" + w in text or ":" + w in text for w in words)


_CN_NUMBERS = "一二三四五六七八九"

COUNTED_LIST = patterns.compile(
    "[两二三四五六七八九十几]+(?:个)?(?:点|条|个方面|方面|个问题|件事|句话)[^。！？!?：:]{0,6}[：:]"
)
"""A list announced with its count (这可以分四点来讲： / 讲三个方面：), as a heading's own
paragraph may open the list its later items continue on their own lines."""

_FIRST_STEP = patterns.compile("(?:^|[，,。！？!?：:；;])第一步[，,]")
"""第一步， said as a clause of its own in the text (…治学，第一步，我们所需要的是工具…)."""


def steps_begun(items: list[tuple[int, Marker]], leading: dict[int, str]) -> frozenset[int]:
    """The 第二步 items (``di-kind``) whose 第一步， was said in the text since the candidate
    before (…治学，第一步，我们所需要的是工具。 | 第二步就是习惯的养成。): the series began in
    the text, and its later items that start their own lines are headings."""
    return frozenset(
        index
        for index, marker in items
        if marker.family == "di-kind"
        and marker.number == 2
        and marker.text.startswith("第二步")
        and _FIRST_STEP.search(leading.get(index, "")) is not None
    )


_OPENS_SENTENCE = frozenset("。！？!?：:；;")


def said_in_order(text: str, marker: Marker) -> bool:
    """Whether ``text`` (the paragraphs since the candidate before a 第N， item) says every
    earlier item of its list in order, each opening a sentence or following a colon or a
    semicolon (…为什么呢？第一，… / …略分三类：第一，…。…第二，…): the list began in the text,
    and its later items that start their own lines are headings (the convention of
    docs/headings.md)."""
    if not 2 <= marker.number <= len(_CN_NUMBERS):
        return False
    if marker.family == "di-unit":
        return _units_said_in_order(text, marker)
    if marker.family != "di":
        return False
    at = 0
    for number in range(1, marker.number):
        word = "第" + _CN_NUMBERS[number - 1]
        while True:
            at = text.find(word, at)
            if at < 0:
                return False
            at += len(word)
            if text[at : at + 1] in ("，", ",", "、") and (
                at == len(word) or text[at - len(word) - 1] in _OPENS_SENTENCE
            ):
                break
    return True


def _units_said_in_order(text: str, marker: Marker) -> bool:
    """``said_in_order`` for 第N是 / 第N点 / 第N个方向 (``di-unit``): every earlier item, with
    the same unit, opens a sentence of ``text`` (…我们有三个重要的方向。第一是加速发展…。 |
    第二是… | 第三是…: the list began in the announcing paragraph)."""
    numeral = _CN_NUMBERS[marker.number - 1]
    if not marker.text.startswith("第" + numeral):
        return False
    unit = marker.text[2:].rstrip("，,、：:．.。 \u3000")
    if not unit:
        return False
    at = 0
    for number in range(1, marker.number):
        word = "第" + _CN_NUMBERS[number - 1] + unit
        while True:
            at = text.find(word, at)
            if at < 0:
                return False
            if at == 0 or text[at - 1] in _OPENS_SENTENCE:
                at += len(word)
                break
            at += len(word)
    return True


FIRST_OF = str.maketrans("二2２bｂBＢ", "一1１aａAＡ")


def first_said(marker: Marker, text: str) -> bool:
    """Whether the first item of ``marker``'s list (a second item: （二） → （一）, 二、 → 一、)
    is announced in ``text`` right after a colon (…下列的决定：（一）), or after the gap that
    ends a run-in head's title (二、顯著的心理作用　　一、善的心理作用；…)."""
    first = marker.text.translate(FIRST_OF)
    return first != marker.text and (
        "：" + first in text
        or ":" + first in text
        # (二、顯著的心理作用　　一、善的心理作用；…: after its head's title and the gap)
        or "\u3000\u3000" + first in text
    )
