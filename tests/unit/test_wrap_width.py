"""A text of whole-paragraph lines is not taken for one hard-wrapped at its headings' length
(issue #14, holdout34 s03: 2.报告择要重点说明 | (1)扩大治理范围，共创客庄荣景 | a paragraph of 100
characters on one line…). ``reflow`` looks for the width a text was wrapped at among the lines
that stop without a sentence mark; in a report whose only such lines are its headings and
crossheads of 14-19 characters, it found 18, and then ran every (1)…(4) line into the paragraph
under it as a title a wrap had broken. A wrap leaves no line longer than its width: where as
many lines of text run to twice the width or more as stop near it, there is no width.

The first row fails on the engine before the rule; the traps hold it back where a text is
wrapped: a few long lines only (a table row, an address left whole), and lines a little over
the width (a closing mark a wrap moved to the line's end)."""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

OPENING = "杨主任委员长镇：主席、各位委员、各位女士先生，大家好。"
PARAGRAPH = (
    "为将国家级台三线客庄浪漫大道跨域治理模式推展至六堆及台九线地区，行政院改组成立客庄治理平台，"
    "纳入高雄、屏东、花莲及台东，并以人文形塑、环境整备及产业发展等三个面向，整合相关资源共同推动相关工作。"
)
SECOND = (
    "为平衡区域发展，本会针对台九线客庄建设，除拟定花东客庄整体发展策略规划外，自一百零五年迄今，"
    "计补助六十六案，未来将透过跨部会合作持续推动，以带动地方产业发展并吸引青年返乡。"
)
HEADINGS = [
    "(1)扩大治理范围，共创客庄荣景",
    "(2)创生指导纲领，永续经营发展",
    "(3)导入数位工具，提升品牌价值",
    "(4)预算妥适活用，活化客庄建设",
    "(5)培育在地人才，深化客庄产业",
]


CROSSHEADS = ["活化客家文化馆舍，提升整体效能", "推动客庄产业升级，打造特色品牌"]
"""Crossheads with a comma under (2) and (4): with the headings, the lines of about 15 characters
that stop without a sentence mark (the page-cut test counts the comma lines)."""


def _whole_lines_report() -> str:
    lines = [OPENING, "1.冻结项目", PARAGRAPH, "2.报告择要重点说明", SECOND]
    for number, heading in enumerate(HEADINGS):
        lines += [heading, PARAGRAPH, SECOND]
        if number % 2:
            lines += [CROSSHEADS[number // 2], PARAGRAPH]
    lines += ["3.结语", SECOND]
    return "\n".join(lines) + "\n"


def test_headings_of_one_length_over_whole_paragraph_lines_stand_alone() -> None:
    assert one_speech_outline(_whole_lines_report()) == [
        (1, "1.冻结项目"),
        (1, "2.报告择要重点说明"),
        *((2, heading) for heading in HEADINGS),
        (1, "3.结语"),
    ]


# --- traps: texts wrapped at a width keep it ----------------------------------------------


def _wrapped(text: str, width: int) -> list[str]:
    return [text[start : start + width] for start in range(0, len(text), width)]


WRAPPED_HEADING = "一、坚持稳中求进工作总基调，统筹推进经济社会发展和疫情"
"""A heading line of 26 characters (the wrap width) whose title goes on in the next line."""
HEADING_REST = "防控工作"


def _wrapped_report(extra: list[str]) -> str:
    body = (PARAGRAPH + SECOND) * 2
    lines = [OPENING, *_wrapped(body, 26), WRAPPED_HEADING, HEADING_REST, *extra]
    lines += _wrapped(body, 26)
    lines += ["二、全面深化改革开放", *_wrapped(body, 26)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "extra",
    [
        # (a line or two left whole, far longer than the width, among many wrapped ones)
        [PARAGRAPH + SECOND],
        [PARAGRAPH, SECOND],
    ],
    ids=["one-long-line", "two-long-lines"],
)
def test_a_wrapped_text_with_a_few_long_lines_keeps_its_width(extra: list[str]) -> None:
    outline = one_speech_outline(_wrapped_report(extra))
    assert outline[0] == (1, WRAPPED_HEADING + HEADING_REST)


def test_lines_a_little_over_the_width_leave_it() -> None:
    # A wrap moves a closing mark to the line's end (…工作”。 at 26 where the width is 24): such
    # lines, as many as the full lines stopping inside a sentence, are no whole paragraphs.
    pieces = _wrapped((PARAGRAPH + SECOND) * 3, 24)[:-1]
    lines = [piece + "”。" if n % 2 else piece for n, piece in enumerate(pieces)]
    text = "\n".join([OPENING, *lines, WRAPPED_HEADING, HEADING_REST, *lines]) + "\n"
    assert one_speech_outline(text)[0] == (1, WRAPPED_HEADING + HEADING_REST)


def test_the_paragraphs_under_the_headings_are_whole() -> None:
    paragraphs = [p.text for p in parse_text(_whole_lines_report()).paragraphs]
    assert HEADINGS[0] in paragraphs
    assert paragraphs.count(PARAGRAPH) == len(HEADINGS) + 3  # (and under 1. and the crossheads)
