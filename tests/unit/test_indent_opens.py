"""An indent opens a paragraph in a hard-wrapped text whose paragraphs start indented (issue
#14, holdout32 p07 under ``--mess wrap``, ``wrap30``, ``pdf``: 　　调整国民经济的任务已经基本完成，
国民经济已经全面好转，并将进入一个新的发展时期 | 　　周总理在讲到…). ``reflow`` joins a line that fills
the width and stops without a sentence mark to the next (a wrap broke its sentence); a crosshead
that happened to fill the width was run so into the paragraph under it, though that paragraph's
first line is indented and no wrapped line of the text is. Now, where most lines after a
paragraph's short last line are indented and hardly any after a full line stopping inside a
sentence, an indented line opens a paragraph.

The first rows fail on the engine before the rule; the traps hold it back where an indent
says nothing of paragraphs: most paragraphs start flush (an indented line is a stray), wrapped
lines are indented too (an extraction's stray indents), or a margin opens every line of a PDF's
text, where sentences go on over it (holdout3 t12 under ``--mess wrap`` and ``--as pdf``: 三、's
title goes on into the margined line under it, and the text's paragraphs were cut at every margin
by a looser rule)."""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline
from tests.regression.mess import wrap_line
from tui.engine.parse import parse_text

WIDTH = 30
INDENT = "\u3000\u3000"
SENTENCES = [
    "周总理在讲到国民经济的成就的时候指出，我国的国民经济，经过一九五八年到一九六〇年的大发展，"
    "从一九六一年起，进入一个调整、巩固、充实、提高的时期。现在调整工作已经基本完成。",
    "周总理说，几年以前，我国的国民经济在取得巨大发展的同时，曾经遇到了相当严重的困难，"
    "我们依靠自己的力量，克服了这些困难，整个国民经济已经全面好转，并且将要进入一个新的发展时期。",
    "在过去几年中，我们根据总路线的基本精神，初步地总结了经验，制定了以农业为基础、以工业为主导的"
    "发展国民经济的总方针，并且在各个方面采取了一系列的具体政策和措施，取得了显著的成绩。",
]
PAIRS = [(0, 1), (1, 2), (2, 0), (0, 2), (1, 0), (2, 1)]
CROSSHEAD = "调整国民经济的任务已经基本完成，国民经济已经全面好转起来"
"""A crosshead of 28 characters: with its indent it fills the width of 30."""


def _wrap(text: str, indent: str = INDENT, stray: int = 0) -> list[str]:
    """``text`` as a hard wrap at ``WIDTH`` gives it, the first line after ``indent`` (counted in
    the width); with ``stray``, every ``stray``-th line after it indented too."""
    lines: list[str] = []
    start = 0
    while start < len(text):
        lead = indent if not lines else INDENT if stray and len(lines) % stray == 0 else ""
        lines.append(lead + text[start : start + WIDTH - len(lead)])
        start += WIDTH - len(lead)
    return lines


def _paragraph(number: int) -> str:
    """Two sentences of ``SENTENCES``, each pair another: a paragraph of five or six wrapped
    lines, its last line its own (a short line said twice is a running header)."""
    first, second = PAIRS[number]
    return SENTENCES[first] + SENTENCES[second]


def _text(indent: str = INDENT, stray: int = 0, after: str = INDENT) -> str:
    """Six paragraphs (their first lines after ``indent``; ``stray``: see ``_wrap``), the
    crosshead after the third (after ``indent`` too), the paragraph under it opened with
    ``after``."""
    lines = ["关于政府工作的报告", ""]
    for number in range(6):
        lines += _wrap(_paragraph(number), after if number == 3 else indent, stray)
        if number == 2:
            lines.append(indent + CROSSHEAD)
    return "\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_text(text).paragraphs]


def test_a_crosshead_filling_the_width_stands_over_the_indented_paragraph() -> None:
    paragraphs = _paragraphs(_text())
    assert CROSSHEAD in paragraphs
    assert _paragraph(3) in paragraphs


def test_paragraphs_still_go_on_over_their_flush_wrapped_lines() -> None:
    paragraphs = _paragraphs(_text())
    assert all(_paragraph(number) in paragraphs for number in range(6))


# --- traps: an indent that says nothing of paragraphs --------------------------------------


def test_where_paragraphs_start_flush_an_indented_line_goes_on() -> None:
    # Paragraphs flush but the one under the crosshead (a stray indent): the full line above
    # it goes on into it, as before.
    paragraphs = _paragraphs(_text(indent="", after=INDENT))
    assert CROSSHEAD not in paragraphs


def test_where_wrapped_lines_are_indented_too_an_indent_opens_nothing() -> None:
    # Every third wrapped line indented as well (an extraction's stray indents): an indent
    # does not tell a paragraph's start, the full line goes on as before.
    paragraphs = _paragraphs(_text(stray=3))
    assert CROSSHEAD not in paragraphs


ITEMS = [
    "一、凡他党党员之加入国民党者，各该党应训令其党员明了国民党的基础为总理所创造之三民主义，"
    "对于总理及三民主义，不得加以怀疑及批评。",
    "二、凡他党党员之加入国民党者，各该党应将其加入国民党的党员名册交国民党中央执行委员会主席保存。",
    "三、凡他党党员之加入国民党者，在国民党高级党部（中央党部、省党部、特别市党部）"
    "任执行委员时，其额数不得超过各该党部执行委员总数三分之一。",
    "四、凡他党党员之加入国民党者，不得充任国民党中央机关之部长。",
]


@pytest.mark.parametrize("blank", ["", None], ids=["blank-after-each-line", "lines-together"])
def test_a_margin_on_every_line_opens_nothing(blank: str | None) -> None:
    # A PDF's text: every line of 36 characters after a margin of four spaces (a blank line
    # after each, or none: read back from a PDF), then wrapped at 30 (the margin on the first
    # piece only, as ``--mess wrap`` leaves it). 三、's sentence goes on into the margined line
    # under it (holdout3 t12 under ``--mess wrap`` and ``--as pdf``).
    lines = ["关于国民党整理党务案的报告", ""]
    for paragraph in [*(_paragraph(number) for number in range(3)), *ITEMS]:
        for start in range(0, len(paragraph), 36):
            lines += wrap_line("    " + paragraph[start : start + 36], WIDTH)
            if blank is not None:
                lines.append(blank)
    text = "\n".join(lines) + "\n"
    assert (1, ITEMS[2].removesuffix("。")) in one_speech_outline(text)
    # (and no paragraph of text ends inside a sentence: it goes on over the margins)
    assert all(paragraph.endswith("。") for paragraph in _paragraphs(text)[1:])
