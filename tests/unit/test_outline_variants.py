"""The variants a real text shows of each heading family (docs/headings.md §3), row by row.

A generalisation probe (2026-12-05): for the families the trap table covers with one
spelling, the spellings real texts also use — full-width or ASCII punctuation after the
numeral, a space or none, numbers beyond ten, a series starting at 二 because its 一 is in
the preamble, indentation by full-width spaces or ``>``, the heading's text run on after its
。 — each in the same small speech, so a family that holds in one spelling and not in
another shows here. The texts are generated, not copied from any corpus.
"""

from __future__ import annotations

import pytest

from tests.unit.test_outline_traps import FILLER, hard_wrapped
from tui.engine import parse_text

TITLES = ("提高思想认识", "加强组织领导", "狠抓工作落实")
CN = "一二三四五六七八九十"


def _speech(lines: list[str], intro: str = "今天召开会议，我讲三点意见。") -> str:
    out = ["同志们：", intro]
    for line in lines:
        out += [line, FILLER]
    return "\n".join(out) + "\n"


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    assert len(document.speeches) == 1, [s.line for s in document.speeches]
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


def _series(marker: str, numerals: str | list[str] = CN, suffix: str = "") -> list[str]:
    """The three TITLES numbered ``marker`` (``{}`` is the numeral), each with ``suffix``."""
    return [marker.format(numerals[i]) + title + suffix for i, title in enumerate(TITLES)]


# (id, heading marker with {} for the numeral, numerals, the marker as the outline shows it)
MARKERS = [
    ("dun", "{}、", CN, "{}、"),
    ("dun-fullwidth-dot", "{}．", CN, "{}．"),
    ("dun-ascii-dot", "{}.", CN, "{}."),
    ("dun-then-space", "{}、 ", CN, "{}、"),
    ("dun-then-ideographic-space", "{}．\u3000", CN, "{}．"),
    ("dun-ocr-space-before", "{} 、", CN, "{}、"),
    ("cn-comma", "{}，", CN, "{}，"),
    ("cn-ascii-comma", "{},", CN, "{},"),
    ("cn-ascii-space", "{} ", CN, "{} "),
    ("cn-ideographic-space", "{}\u3000", CN, "{} "),
    ("cn-two-ascii-spaces", "{}  ", CN, "{} "),
    ("cn-nbsp", "{}\u00a0", CN, "{} "),
    ("cn-two-ideographic-spaces", "{}\u3000\u3000", CN, "{} "),
    ("cn-three-ideographic-spaces", "{}\u3000\u3000\u3000", CN, "{} "),
    ("paren-fullwidth", "（{}）", CN, "（{}）"),
    ("paren-ascii", "({})", CN, "({})"),
    ("paren-mixed-open", "（{})", CN, "（{})"),
    ("paren-mixed-close", "({}）", CN, "({}）"),
    ("paren-ocr-spaces", "（ {} ）", CN, "（{}）"),
    ("paren-two-ideographic-spaces", "（{}）\u3000\u3000", CN, "（{}）"),
    ("lenticular", "【{}】", CN, "【{}】"),
    ("tortoise-shell", "〔{}〕", CN, "〔{}〕"),
    ("square-bracket", "[{}]", CN, "[{}]"),
    ("fullwidth-square-bracket", "［{}］", CN, "［{}］"),
    ("enclosed", "{}", "㈠㈡㈢", "{}"),
    ("arabic-dun", "{}、", "123", "{}、"),
    ("arabic-comma", "{}，", "123", "{}，"),
    ("arabic-dot", "{}.", "123", "{}."),
    ("arabic-fullwidth-dot", "{}．", "123", "{}．"),
    ("arabic-dot-ideographic-space", "{}．\u3000", "123", "{}．"),
    ("arabic-bracket", "{}）", "123", "{}）"),
    ("arabic-two-ideographic-spaces", "{}\u3000\u3000", "123", "{} "),
    ("arabic-ascii-bracket", "{})", "123", "{})"),
    ("arabic-tortoise-shell", "〔{}〕", "123", "〔{}〕"),
    ("arabic-square-bracket", "[{}]", "123", "[{}]"),
    ("arabic-fullwidth-square-bracket", "［{}］", "123", "［{}］"),
    ("decimal", "1.{} ", "123", "1.{} "),
    ("decimal-no-space", "2.{}", "123", "2.{}"),
    ("decimal-fullwidth-dot", "1．{}\u3000", "123", "1．{} "),
    ("decimal-three-parts", "1.1.{} ", "123", "1.1.{} "),
    ("fullwidth-digit-dun", "{}、", "１２３", "{}、"),
    ("fullwidth-digit-dot", "{}．", "１２３", "{}．"),
    ("di-comma", "第{}，", CN, "第{}，"),
    ("di-ascii-comma", "第{},", CN, "第{},"),
    ("di-dun", "第{}、", CN, "第{}、"),
    ("di-colon", "第{}：", CN, "第{}："),
    ("di-ascii-colon", "第{}:", CN, "第{}:"),
    ("di-shi", "第{}是", CN, "第{}是"),
    ("di-tiao-comma", "第{}条，", CN, "第{}条，"),
    ("di-tiao-dun", "第{}条、", CN, "第{}条、"),
    ("part-ideographic-space", "第{}部分\u3000", CN, "第{}部分 "),
    ("part-ascii-space", "第{}部分 ", CN, "第{}部分 "),
    ("part-dun", "第{}部分、", CN, "第{}部分、"),
    ("part-two-ideographic-spaces", "第{}部分\u3000\u3000", CN, "第{}部分 "),
    ("part-colon", "第{}部分：", CN, "第{}部分："),
    ("lecture-colon", "第{}讲：", CN, "第{}讲："),
    ("section-space", "第{}节\u3000", CN, "第{}节 "),
]


@pytest.mark.parametrize(
    ("marker", "numerals", "shown"),
    [row[1:] for row in MARKERS],
    ids=[row[0] for row in MARKERS],
)
def test_a_heading_line_in_each_spelling(marker: str, numerals: str, shown: str) -> None:
    want = [(1, shown.format(numerals[i]) + title) for i, title in enumerate(TITLES)]
    assert _outline(_speech(_series(marker, numerals))) == want


RUN_IN = ["{}．", "第{}，", "{}是", "{}要", "（{}）", "{}，"]


@pytest.mark.parametrize("marker", RUN_IN)
def test_a_heading_with_its_text_after_its_full_stop(marker: str) -> None:
    want = [(1, marker.format(CN[i]) + title) for i, title in enumerate(TITLES)]
    assert _outline(_speech(_series(marker, suffix="。" + FILLER))) == want


def test_an_arabic_heading_with_its_text_after_its_full_stop() -> None:
    want = [(1, f"{i + 1}.{title}") for i, title in enumerate(TITLES)]
    assert _outline(_speech(_series("{}.", "123", "。" + FILLER))) == want


@pytest.mark.parametrize("marker", ["{}、", "（{}）", "第{}，"])
def test_numbers_beyond_ten(marker: str) -> None:
    numerals = [*CN, "十一", "十二", "十三"]
    lines = [marker.format(n) + f"第{n}项任务要落实" for n in numerals]
    want = [(1, line) for line in lines]
    assert _outline(_speech(lines, "今天召开会议，我讲十三点意见。")) == want


@pytest.mark.parametrize("marker", ["{}、", "（{}）", "第{}，", "{}是", "{}要"])
def test_a_series_starting_at_two_because_its_one_is_in_the_preamble(marker: str) -> None:
    first, second, third = (marker.format(n) for n in "一二三")
    text = (
        f"同志们：\n今天召开会议，我讲三点意见。{first}提高思想认识。{FILLER}\n"
        f"{second}加强组织领导。{FILLER}\n{third}狠抓工作落实。{FILLER}\n"
    )
    assert _outline(text) == [(1, second + "加强组织领导"), (1, third + "狠抓工作落实")]


@pytest.mark.parametrize(
    "indent",
    ["\u3000\u3000", "  ", "\t", "> ", "＞", ">\u3000\u3000", "\u3000> "],
    ids=[
        "ideographic",
        "spaces",
        "tab",
        "quote",
        "fullwidth-quote",
        "quote-ideographic",
        "space-quote",
    ],
)
def test_an_indented_heading(indent: str) -> None:
    want = [(1, f"{CN[i]}、{title}") for i, title in enumerate(TITLES)]
    assert _outline(_speech([indent + line for line in _series("{}、")])) == want


def test_a_bare_numeral_set_off_from_its_sections_first_sentence_keeps_no_title() -> None:
    """一　　今天，…。: after the wide gap comes a paragraph, not a title (gap 1's limit)."""
    lines = [f"{n}\u3000\u3000{FILLER}" for n in "一二三"]
    assert _outline(_speech(lines)) == [(1, "一"), (1, "二"), (1, "三")]


def test_decimal_levels_nest_under_their_whole_number() -> None:
    lines = ["1 总体要求", "1.1 提高思想认识", "1.2 加强组织领导", "2 重点任务"]
    lines += ["2.1 狠抓工作落实", "2.1.1 细化分工", "2.1.2 压实责任"]
    want = [(1, "1 总体要求"), (2, "1.1 提高思想认识"), (2, "1.2 加强组织领导"), (1, "2 重点任务")]
    want += [(2, "2.1 狠抓工作落实"), (3, "2.1.1 细化分工"), (3, "2.1.2 压实责任")]
    assert _outline(_speech(lines)) == want


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("一、提高思想认识和", "工作水平"),
        ("一、加快推进农业农村现代", "化建设"),
        ("一、深化改革与", "扩大开放"),
    ],
    ids=["ends-with-he", "rest-starts-with-hua", "ends-with-yu"],
)
@pytest.mark.parametrize("blank", ["", "\n"], ids=["next-line", "blank-line-between"])
def test_a_heading_line_broken_inside_its_title(first: str, rest: str, blank: str) -> None:
    """A PDF or web line break inside a short title: the next line is the rest of the title."""
    text = f"同志们：\n今天召开会议，我讲两点意见。\n{first}\n{blank}{rest}\n{FILLER}\n"
    text += f"二、加强组织领导\n{FILLER}\n"
    assert _outline(text) == [(1, first + rest), (1, "二、加强组织领导")]


def test_a_heading_line_ending_on_a_noun_keeps_the_short_line_under_it_apart() -> None:
    """一、总体要求 | 指导思想 | text: the short line is no rest of the title (gap 2's limit)."""
    text = f"同志们：\n今天召开会议，我讲两点意见。\n一、总体要求\n指导思想\n{FILLER}\n"
    text += f"二、加强组织领导\n{FILLER}\n"
    assert _outline(text)[0] == (1, "一、总体要求")


def test_mixed_punctuation_in_one_series() -> None:
    lines = ["一、提高思想认识", "二．加强组织领导", "三.狠抓工作落实"]
    assert _outline(_speech(lines)) == [(1, line) for line in lines]


def test_a_ladder_of_two_levels_under_each_section() -> None:
    lines = [
        "一、提高思想认识",
        "（一）加强学习。",
        "（二）深入调研。",
        "二、加强组织领导",
        "1．健全机制。",
        "2．压实责任。",
    ]
    want = [(1, "一、提高思想认识"), (2, "（一）加强学习"), (2, "（二）深入调研")]
    want += [(1, "二、加强组织领导"), (2, "1．健全机制"), (2, "2．压实责任")]
    assert _outline(_speech(lines)) == want


def test_a_year_written_with_ling_opening_a_paragraph_is_no_heading() -> None:
    lines = ["一、提高思想认识", "二〇二〇年，我们将继续推进改革。", "二、加强组织领导"]
    assert _outline(_speech(lines)) == [(1, "一、提高思想认识"), (1, "二、加强组织领导")]


@pytest.mark.parametrize(
    "template",
    [
        "**{n}、{t}**",
        "**{n}、**{t}",
        "**{n}、{t}。**" + FILLER,
        "__{n}、{t}__",
        "**{n}、{t}**。" + FILLER,
    ],
    ids=["bold-line", "bold-marker", "bold-lead-sentence", "underscore-bold", "bold-before-stop"],
)
def test_a_markdown_bold_heading(template: str) -> None:
    lines = [template.format(n=CN[i], t=title) for i, title in enumerate(TITLES)]
    assert _outline(_speech(lines)) == [(1, f"{CN[i]}、{t}") for i, t in enumerate(TITLES)]


def test_a_wrapped_heading_in_a_hard_wrapped_text_at_several_widths() -> None:
    """A title-only heading longer than the width is wrapped like the text (bf24a52)."""
    heading = "一、坚持不懈推进全面从严治党向纵深发展，不断提高党的建设质量"
    for width in (18, 22, 26, 28):
        text = hard_wrapped(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。",
            heading,
            FILLER * 3,
            "二、加强组织领导",
            FILLER * 3,
            width=width,
        )
        assert _outline(text) == [(1, heading), (1, "二、加强组织领导")], width
