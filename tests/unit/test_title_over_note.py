"""A file's bare title line over the edition's note on where the piece was printed, the note
wrapped over two lines and no blank line between (engine41): the title is the speech's. On the
engine before, the line under the title was the note's first half (no paragraph of text, or a
source line) and the speech was untitled. Trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "今天我看见这么多朋友来听我说话，觉得非常感动，无论什么人，都会感动的。\n我们要讲的是第二件事情，请大家注意听，谢谢。\n"

ROWS = [
    (
        "a-source-note-wrapped-in-brackets",
        "读书与救国\n（原载《东方杂志》第二十一卷\n第3期）\n" + TEXT,
        "读书与救国",
    ),
    (
        "a-source-note-on-one-line",
        "读书与救国\n（原载《东方杂志》第二十一卷第3期）\n" + TEXT,
        "读书与救国",
    ),
    (
        "a-publication-note-wrapped",
        "读书与救国\n本篇最初发表于一九二四年《东方杂志》\n第3期。\n" + TEXT,
        "读书与救国",
    ),
    (
        "blank-lines-between",
        "读书与救国\n\n（原载《东方杂志》第二十一卷\n第3期）\n\n" + TEXT,
        "读书与救国",
    ),
    # (traps) a name is no title; a line with a comma is a sentence's head; a note with no
    # text under it; a note that is no note on where the piece was printed
    ("trap-a-name", "胡适\n（原载《东方杂志》第二十一卷\n第3期）\n" + TEXT, None),
    ("trap-a-comma", "读书，与救国\n（原载《东方杂志》第二十一卷\n第3期）\n" + TEXT, None),
    ("trap-no-text-under-the-note", "读书与救国\n（原载《东方杂志》第二十一卷\n第3期）\n", None),
    ("trap-no-note", "读书与救国\n（一个说明\n第3期）\n" + TEXT, None),
]


@pytest.mark.parametrize(("text", "title"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_title_over_a_wrapped_note(text: str, title: str | None) -> None:
    speeches = parse_text(text, "读书与救国.txt").speeches
    assert (speeches[0].title if speeches else None) == title
