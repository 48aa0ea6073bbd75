"""A running page header with its page number glued on that repeats the speech's title (issue
#14, a leftover the engine69 brief named: regression a17, 梁启超's 在中国公学之演说, whose two pages
carry 在中国公学之演说１８５ and 在中国公学之演说３８５ — both were left as paragraphs of its text).

Rule (noise.mark_noise): a line of words with a page number glued on before or after it is a
running header when its words show on three lines or more — the numbered lines, and the title
they repeat standing alone without a number (a header candidate: 16 characters at most, no
sentence mark) counted as one of them. Before, only the numbered lines were counted.

The first row fails on the engine before the rule (checked); each trap keeps one condition's
looser form out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.model import Kind

TITLE = "在中国公学之演说"
TEXT = "鄙人对于校中任事诸人皆为道义交，可谓精神上久已结合一致，惟自己未曾稍尽义务为可愧耳。"


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _noise(text: str) -> list[str]:
    return [p.text for p in parse_text(text).paragraphs if p.kind is Kind.NOISE]


ROWS = [
    # (id, text, lines read as noise)
    (
        "two-numbered-headers-repeating-the-title",
        _text(
            TITLE,
            "",
            TEXT,
            "",
            "-- 596",
            "",
            TITLE + "１８５",
            "",
            TEXT,
            "",
            "-- 598",
            "",
            TITLE + "３８５",
            "",
            TEXT,
        ),
        ["-- 596", TITLE + "１８５", "-- 598", TITLE + "３８５"],
    ),
    (
        # (trap) the title and one numbered line (a table of contents' entry): two lines only
        "trap-one-numbered-line",
        _text(TITLE, "", TEXT, "", TITLE + "１８５", "", TEXT),
        [],
    ),
    (
        # (trap) two numbered lines of other words than the title's: two lines only
        "trap-numbered-lines-of-other-words",
        _text(TITLE, "", TEXT, "", "梁启超文集１８５", "", TEXT, "", "梁启超文集３８５", "", TEXT),
        [],
    ),
]


@pytest.mark.parametrize(("text", "noise"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_numbered_headers(text: str, noise: list[str]) -> None:
    assert _noise(text) == noise
