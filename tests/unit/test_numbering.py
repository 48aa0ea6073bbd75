"""Word's automatic numbering: number formats, labels, counters, restarts (tui.formats.numbering)."""

from __future__ import annotations

import pytest
from lxml import etree

from tui.formats.numbering import Level, ListCounters, Numbering, format_number, render_label

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FORMAT_CASES = [
    ("decimal", 7, "7"),
    ("decimal", 120, "120"),
    ("chineseCounting", 1, "一"),
    ("chineseCounting", 9, "九"),
    ("chineseCounting", 10, "十"),
    ("chineseCounting", 11, "十一"),
    ("chineseCounting", 20, "二十"),
    ("chineseCounting", 99, "九十九"),
    ("chineseCounting", 100, "一〇〇"),
    ("chineseCounting", 105, "一〇五"),
    ("chineseCountingThousand", 3, "三"),
    ("chineseCountingThousand", 10, "十"),
    ("chineseCountingThousand", 15, "十五"),
    ("chineseCountingThousand", 21, "二十一"),
    ("chineseCountingThousand", 100, "一百"),
    ("chineseCountingThousand", 101, "一百零一"),
    ("chineseCountingThousand", 110, "一百一十"),
    ("chineseCountingThousand", 1005, "一千零五"),
    ("chineseCountingThousand", 10001, "一万零一"),
    ("japaneseCounting", 10, "十"),
    ("japaneseCounting", 11, "十一"),
    ("japaneseCounting", 100, "百"),
    ("japaneseCounting", 111, "百十一"),
    ("japaneseCounting", 1001, "千一"),
    ("chineseLegalSimplified", 12, "壹拾贰"),
    ("ideographTraditional", 1, "甲"),
    ("ideographTraditional", 10, "癸"),
    ("ideographTraditional", 11, "11"),
    ("decimalEnclosedCircle", 1, "①"),
    ("decimalEnclosedCircle", 20, "⑳"),
    ("decimalEnclosedCircle", 21, "21"),
    ("decimalFullWidth", 12, "１２"),
    ("decimalZero", 3, "03"),
    ("upperLetter", 1, "A"),
    ("upperLetter", 26, "Z"),
    ("upperLetter", 27, "AA"),
    ("lowerLetter", 28, "bb"),
    ("upperRoman", 4, "IV"),
    ("upperRoman", 1994, "MCMXCIV"),
    ("lowerRoman", 9, "ix"),
    ("none", 3, ""),
    ("someFutureFormat", 5, "5"),
]


@pytest.mark.parametrize(
    ("fmt", "value", "expected"), FORMAT_CASES, ids=[f"{c[0]}-{c[1]}" for c in FORMAT_CASES]
)
def test_format_number(fmt: str, value: int, expected: str) -> None:
    assert format_number(value, fmt) == expected


LABEL_CASES = [
    (Level("chineseCounting", "%1、", suffix="nothing"), {0: 3}, "三、"),
    (Level("chineseCounting", "%1、"), {0: 3}, "三、"),  # a tab after 、 adds nothing
    (Level("chineseCountingThousand", "（%2）"), {0: 1, 1: 2}, "（二）"),
    (Level("decimal", "%1."), {0: 4}, "4. "),  # the tab after "4." becomes a space
    (Level("decimal", "%1.", suffix="nothing"), {0: 4}, "4."),
    (Level("chineseCounting", "第%1，", suffix="nothing"), {0: 2}, "第二，"),
    (Level("decimal", "（%1）", suffix="space"), {0: 5}, "（5） "),
    (Level("decimalEnclosedCircle", "%1", suffix="nothing"), {0: 6}, "⑥"),
    (Level("bullet", "\uf0b7"), {0: 1}, ""),
    (Level("none", ""), {0: 1}, ""),
]


@pytest.mark.parametrize(
    ("level", "values", "expected"), LABEL_CASES, ids=[c[2] or "empty" for c in LABEL_CASES]
)
def test_render_label(level: Level, values: dict[int, int], expected: str) -> None:
    assert render_label(level, {0: level, 1: level}, values) == expected


def test_multi_level_label_uses_each_levels_format_unless_legal() -> None:
    levels = {
        0: Level("chineseCounting", "第%1章"),
        1: Level("decimal", "%1.%2", suffix="nothing"),
        2: Level("decimal", "%1.%2.%3", legal=True, suffix="nothing"),
    }
    assert render_label(levels[1], levels, {0: 2, 1: 3}) == "二.3"
    assert render_label(levels[2], levels, {0: 2, 1: 3, 2: 1}) == "2.3.1"


def _numbering(xml: str) -> Numbering:
    return Numbering.from_xml(
        etree.fromstring(f'<w:numbering xmlns:w="{W_NS}">{xml}</w:numbering>')
    )


ABSTRACT = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>
</w:lvlOverride></w:num>
"""

# (numId, ilvl) paragraphs in reading order -> the labels Word shows.
SEQUENCE_CASES = [
    (
        "levels nest and deeper levels restart",
        [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 0), ("1", 1), ("1", 2)],
        ["一、", "（一）", "（二）", "1.", "二、", "（一）", "1."],
    ),
    (
        "another num of the same list continues it",
        [("1", 0), ("1", 0), ("2", 0)],
        ["一、", "二、", "三、"],
    ),
    (
        "a start override restarts the list where its num is first used",
        [("1", 0), ("1", 0), ("3", 0), ("3", 0), ("1", 0)],
        ["一、", "二、", "一、", "二、", "三、"],
    ),
    ("start values", [("4", 0), ("4", 0)], ["3.", "4."]),
    (
        "lvlRestart 0: a level that never restarts",
        [("4", 0), ("4", 1), ("4", 1), ("4", 0), ("4", 1)],
        ["3.", "a)", "b)", "4.", "c)"],
    ),
    ("startOverride to 10", [("5", 0), ("5", 0)], ["10.", "11."]),
    ("a level replaced by lvlOverride", [("6", 0), ("6", 0)], ["I.", "II."]),
    ("a second level used before the first shows the first's start", [("1", 1)], ["（一）"]),
    ("an unknown list has no label", [("99", 0)], [None]),
]


@pytest.mark.parametrize(
    ("name", "paragraphs", "labels"), SEQUENCE_CASES, ids=[c[0] for c in SEQUENCE_CASES]
)
def test_counters(name: str, paragraphs: list[tuple[str, int]], labels: list[str | None]) -> None:
    counters = ListCounters(_numbering(ABSTRACT))
    assert [counters.label(num, level) for num, level in paragraphs] == labels


def test_restart_after_a_named_level() -> None:
    numbering = _numbering("""
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>""")
    counters = ListCounters(numbering)
    # Level 3 restarts only after level 1, not after level 2.
    sequence = [(0,), (1,), (2,), (1,), (2,), (0,), (2,)]
    assert [counters.label("1", s[0]) for s in sequence] == [
        "1",
        "1.1",
        "(1)",
        "1.2",
        "(2)",
        "2",
        "(1)",
    ]


def test_num_style_link_takes_the_levels_of_the_linked_list() -> None:
    numbering = _numbering("""
<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ChineseList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="ChineseList"/>
  <w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>""")
    numbering.resolve_links({"ChineseList": "2"})
    counters = ListCounters(numbering)
    assert [counters.label("1", 0), counters.label("1", 0)] == ["一、", "二、"]
