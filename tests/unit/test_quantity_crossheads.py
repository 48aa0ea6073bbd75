"""A crosshead that opens with a quantity (holdout34 s01: 1千萬劑，提前達標 | text…).

In a report whose lines are whole paragraphs, a short comma line standing on its own over a
long paragraph is a crosshead (``reflowcrossheads.lone_crossheads``, tests/unit/test_lone_crossheads.py);
one opening with a figure was left out, as a figure opens a date or the head of a sentence a
wrap cut. A figure followed by a magnitude (千, 万, 亿) and a comma later in the short line is a
quantity said as a headline: the crosshead's shape all the same. The trap fails without the
rule; the near miss (a date before the comma: a sentence's head) stays joined to the paragraph under it.
"""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

OPENING = "王院长大明：主席、各位委员先进，大家好："
PREAMBLE = "大明今日应邀就疫苗接种、整备、受害救济等相关事宜进行专案报告，并备质询，深感荣幸，以下谨提出报告。"
TEXT = "为让国人获得免疫力、降低染疫、重症与死亡风险，政府自去年起即与多家国际药厂洽谈采购，并同时支持国内厂商研发，以多元管道确保疫苗来源，如期如质到货。"
MORE = "除自行采购的国内外疫苗，国际援我疫苗也占举足轻重的地位，从今年六月至今，已有多国捐赠疫苗，政府也会持续督导各项配送作业，确保疫苗尽快施打到民众身上。"
WHOLE = "未来随着疫苗陆续到货，政府会以最高的效率，努力冲高第一剂接种率，同时也兼顾第二剂，有疫苗就施打。"


def _report(*lines: str) -> str:
    return "\n".join((OPENING, PREAMBLE, *lines)) + "\n"


def _lines(quantity: str) -> list[str]:
    return [
        "壹、疫苗整备",
        TEXT,
        "一年前即启动多元采购",
        TEXT,
        "友谊疫苗，剂剂都珍贵",
        MORE,
        quantity,
        TEXT,
        "贰、疫苗接种",
        MORE,
        "从「别人不打我率先」，到四个月内接种率过半",
        TEXT,
        "冲高第一剂也兼顾第二剂，接种率十月达七成",
        WHOLE,
        "参、结语",
        MORE,
    ]


def test_a_crosshead_opening_with_a_quantity_is_a_subtitle() -> None:
    assert one_speech_outline(_report(*_lines("1千万剂，提前达标"))) == [
        (1, "壹、疫苗整备"),
        (2, "一年前即启动多元采购"),
        (2, "友谊疫苗，剂剂都珍贵"),
        (2, "1千万剂，提前达标"),
        (1, "贰、疫苗接种"),
        (2, "从「别人不打我率先」，到四个月内接种率过半"),
        (2, "冲高第一剂也兼顾第二剂，接种率十月达七成"),
        (1, "参、结语"),
    ]


def test_a_comma_line_opening_with_a_date_is_a_sentences_head() -> None:
    text = _report(*_lines("2021年5月，疫苗陆续到货"))
    paragraphs = [p.text for p in parse_text(text).paragraphs]
    assert "2021年5月，疫苗陆续到货" not in paragraphs
    assert (1, "壹、疫苗整备") in one_speech_outline(text)
