"""Items of a series in a hard-wrapped text (issue #14, holdout35 t07 under ``--mess wrap30`` and
``--as pdf``; holdout11 b11 and the first held-out set's h08 under ``--mess wrap`` and ``pdf``).

A wrap puts any word at a line's start, an item of a series too. ``reflow`` keeps such a line
in its paragraph where the series runs inside the paragraph, and joins a heading line that fills
the width to the line under it.

**An indented item under a heading that fills the width**: where an indent opens a paragraph
(``test_indent_opens``), an indented 一是… opens one even when its series runs inline (its 二是
inside a line below): a heading line as wide as the wrapped lines (六、…建设廉洁高效新区) stood
over it and ran on into it, the inline series' rule taking the indented 一是 for one a wrap put
first on a line.

The first row fails on the engine before the rule; the traps fail without one of its
conditions.
"""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

WIDTH = 30
INDENT = "\u3000\u3000"
FILLER = (
    "全年新增就业岗位一万二千个，城镇登记失业率控制在百分之二以内，"
    "居民人均可支配收入增长百分之八点五，社会保障水平稳步提高，"
    "公共服务设施建设加快推进，群众获得感和幸福感不断增强，"
    "城市管理水平持续提升，生态环境质量明显改善，"
)


def fit(lead: str, length: int, end: str = "。") -> str:
    """``lead`` filled with ``FILLER`` to ``length`` characters, the last of them ``end`` (a
    comma before it made a word)."""
    text = (lead + FILLER * 4)[: length - 1]
    return (text[:-1] + "化" if text[-1] == "，" else text) + end


def wrapped(text: str, indent: str = "") -> list[str]:
    """``text`` hard-wrapped at ``WIDTH``, ``indent`` before its first line (not counted)."""
    lines = [text[start : start + WIDTH] for start in range(0, len(text), WIDTH)]
    return [indent + lines[0], *lines[1:]]


def document(*blocks: list[str], blank: bool = False) -> str:
    """A report's title and salutation, then ``blocks`` of lines (a blank line between them
    with ``blank``)."""
    lines = ["关于全区工作的报告", "", "各位代表："]
    for block in blocks:
        if blank:
            lines.append("")
        lines += block
    return "\n".join(lines) + "\n"


def paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_text(text).paragraphs]


def titles(text: str) -> list[str]:
    return [title for _, title in one_speech_outline(text)]


def body(number: int, indent: str = INDENT) -> list[str]:
    """Three paragraphs of plain text (their last lines short, each of its own length: a short
    line said twice is a running header), ``number`` to tell them apart."""
    return [
        line
        for part in range(3)
        for line in wrapped(
            fit(f"第{number}部分第{part + 1}段。", 64 + 3 * part + 9 * number), indent
        )
    ]


HEADING = "一、经济运行稳中有进，产业基础进一步优化"

# --- 2. an indented item under a heading that fills the width --------------------------------

WIDE = "六、坚持以法治政府建设为保障，全面提升政府治理效能和服务水平"
"""A heading of 30 characters, as wide as the wrapped lines; no sentence mark."""
INLINE = fit("一是主动开展行政执法标准化建设。", 45) + fit("二是深入推进政务服务改革。", 70)
"""A paragraph opening with 一是 that holds 二是 inside its second line."""


def wide_text(indent: str = INDENT, first: str = INDENT) -> str:
    """Paragraphs opened with ``indent``, the heading too; ``INLINE`` under it with ``first``."""
    return document(body(1, indent), [indent + WIDE], wrapped(INLINE, first), body(2, indent))


def test_an_indented_item_under_a_full_heading_line_opens_its_paragraph() -> None:
    assert len(WIDE) == WIDTH
    text = wide_text()
    assert "\n" + INLINE[WIDTH : 2 * WIDTH] + "\n" in text  # (its 二是 inside the line)
    assert WIDE in paragraphs(text)
    assert INLINE in paragraphs(text)
    assert titles(text) == [WIDE]


def test_where_paragraphs_start_flush_the_full_heading_line_goes_on() -> None:
    # An indent says nothing of paragraphs here (only this one is indented): the heading line
    # that fills the width goes on into the line under it, as before.
    text = wide_text(indent="")
    assert WIDE + INLINE in paragraphs(text)


def test_a_flush_first_item_a_wrap_put_at_a_line_start_goes_on() -> None:
    # In the same indented text, the inline series' 一是 a wrap put first on a flush line under
    # a full line of text (…百分之八点五。 | 一是…) goes on in the paragraph: no wrap indents.
    lead = fit("全年主要目标任务圆满完成。", 60)
    text = document(body(1), [INDENT + HEADING], wrapped(lead + INLINE, INDENT), body(2))
    assert "\n" + INLINE[:WIDTH] + "\n" in text
    assert lead + INLINE in paragraphs(text)
    assert titles(text) == [HEADING]
