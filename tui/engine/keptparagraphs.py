"""How many paragraphs a one-line text still marks (``kept_paragraphs``): the segments that
share their source line with another — a line cut at its paragraphs' 　　 indents — less the
lines of the title blocks cut out of the run (a title, its ——subtitle, the speaker, the
salutation). ``glued`` reads a series glued inside such a paragraph as its list when the text
kept ``KEPT_PARAGRAPHS`` or more. Moved out of ``glued`` when the title blocks were left out
(oneline105: a collection of two reports joined into one line has ten such pieces).
"""

from __future__ import annotations

from collections import Counter

from tui.engine import addresslines
from tui.engine.gluedmarks import SENTENCE_STOP
from tui.engine.segment import Segment

KEPT_PARAGRAPHS = 10
"""The fewest paragraphs a one-line text must still mark (by their 　　 indents) for a series
glued inside one of them after a colon to be read as that paragraph's list."""


def kept_paragraphs(segments: list[Segment]) -> int:
    """The paragraphs a one-line text still marks: its segments that share their source line
    with another (a line cut at its paragraphs' indents), not the short lines beside it (a
    title line, a crawler's header of nine lines), nor the lines of a title block cut out of
    the run (``_title_block_lines``: a collection of two reports glued into one line has ten
    pieces and no kept paragraph)."""
    per_line = Counter(seg.line for seg in segments)
    shared = sum(count for count in per_line.values() if count > 1)
    if shared < KEPT_PARAGRAPHS:
        return shared  # (most texts: decided without looking for title blocks)
    return shared - _title_block_lines(segments, per_line)


_TITLE_LINE_MAX = 80
"""The longest line of a title block (a title, its ——subtitle, a speaker's line)."""


def _title_block_lines(segments: list[Segment], per_line: Counter[int]) -> int:
    """How many of the segments sharing a source line are a title block's: a salutation
    (各位代表：) and the short lines right above it on its line with no sentence end in them
    (1999年政府工作报告 | ——1999年3月5日在…会议上 | 国务院总理朱镕基)."""
    count = 0
    for index, seg in enumerate(segments):
        if per_line[seg.line] < 2 or not addresslines.is_salutation(seg.text):
            continue
        count += 1
        above = index - 1
        while (
            above >= 0
            and segments[above].line == seg.line
            and len(segments[above].text) <= _TITLE_LINE_MAX
            and SENTENCE_STOP.search(segments[above].text) is None
            and not addresslines.is_salutation(segments[above].text)
        ):
            count += 1
            above -= 1
    return count
