"""What every stage of the engine shares about a cleaned line: ``Segment``, the sentence-end
test and the characters of spaces, sentence ends and numbered-heading starts.

``lines`` makes the segments and ``glued`` cuts the headings glued into them; ``roles``,
``noise``, ``backmatter``, ``reflow`` and the later stages read them. Kept apart from both
so that ``lines`` and ``glued`` need not import each other (``lines`` imports ``glued``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from tui.base import patterns

# Indentation and stray spacing at a line's start/end: ASCII and full-width spaces, tabs,
# NBSP, EN/EM and the other U+200x spaces, ideographic space, BOM, zero-width space.
SPACES = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\x0b\x0c"

SENTENCE_END = "。！？!?；;…：:"
CLOSERS = "”’」』）)》】〕"

L1_L2_STARTS = "一二三四五六七八九十（(壹贰叁参肆伍陆柒捌玖拾"
"""The first characters of an L1 or L2 numbered heading (一、 （一） 壹、): a quick test before
``match_marker`` is asked about a glued heading or a head at a gap."""

STEMS = "甲乙丙丁戊己庚辛壬癸"
"""The ten heavenly stems, numerals of the 甲、乙、 heading family."""


@dataclass(slots=True)
class Segment:
    """A cleaned piece of a source line (internal to the engine)."""

    line: int
    """1-based source line."""
    text: str
    """Cleaned text: no indentation, no ``>``/``#`` prefix, no trailing spaces."""
    indented: bool
    """The source line started with indentation (a paragraph start in indented files)."""
    noise: bool = False
    """Advertising, page headers and numbers, notes, markup, navigation."""
    back: bool = False
    """Back matter after a speech: notes, sources, routing lines, readers' comments."""
    glued: bool = False
    """A salutation cut off the text it was glued to (同志们：今天…)."""
    md: int = 0
    """The level of a Markdown ``#`` heading line (0: none)."""
    bold: bool = False
    """The line is bold, or starts with a bold sentence (Markdown ``**…**``)."""
    bullet: bool = False
    """The line is an item of a bulleted list (``- ``, ``* ``, ``+ ``, ``• `` before its text)."""
    run_in: int = 0
    """The number of a bare run-in heading (１兴修水利…) cut off the text before it (0: none)."""
    series: bool = False
    """A 一、 heading cut off the text it was glued to in a one-line text, whose 、 reads as an
    approximate number (一、二次政黨輪替…, like 一、二次 in 开了一、二次会) but whose series
    confirms it: 二、 and 三、 glued after sentence ends further on (``glued.split_glued``)."""
    lead: int = 0
    """The spaces that indent the source line before this text (its first piece only): a
    hard-wrapped line's length is its text's and its indent's."""
    parted: bool = False
    """An empty Markdown quote line (``>``) stands right above: the quote's paragraph ended
    there (>2、看不懂protobuf文件 | > | >答：…), whatever the line above ends with; or a blank
    line stands between this segment and a quote line above it (> 《某某日报》（…第 04 版） |
    (blank) | text): a blank line ends a Markdown block quote."""
    cut_words: bool = False
    """A short line repeated inside the text's sentences, each time between a line that stops
    inside a sentence and one that goes on with it (优化 | 法制 | 政策环境): the speech's words
    that a page's links or a wrap cut out, not a running header (``noise.mark_noise``)."""
    shown: int = 0
    """The 1-based line of the text as read where that is not the source's: a line
    ``spacedlines`` gave back to a one-line text whose line breaks became spaces (all of them on
    source line 1). 0: the source line is the line — and so for every piece a later pass cuts
    out of such a line (a new ``Segment``), which is no line of its own."""


_TRAILING_ASIDE = patterns.compile(
    r"(?:[（(][^（）()]{1,12}[）)]|[〔［\[][0-9０-９]{1,3}[〕］\]]|[\u2460-\u2473])$"
)
_ASIDE_ENDS = "）)〕］]" + "".join(map(chr, range(0x2460, 0x2474)))
"""The last characters of an aside or a note mark (``_TRAILING_ASIDE``)."""


_ASIDES_MAX = 3
"""Asides after a sentence's end that still leave it ended: （掌声）, or a recorder's and a
source note, （演培記）（見海刊二十一卷十期） under a talk of collected works."""


def cut_apart(seg: Segment, cut: int) -> list[Segment]:
    """``seg`` cut at ``cut``: its text before (a glued heading's title, keeping the segment's
    marks) and the rest, a paragraph of its own on the same source line — the cut every pass
    that ends a glued title makes (``peertitles``, ``sharedopeners``)."""
    return [replace(seg, text=seg.text[:cut]), Segment(seg.line, seg.text[cut:], True)]


def cut_at(seg: Segment, cuts: Sequence[int]) -> list[Segment]:
    """``seg`` cut at each of ``cuts`` (rising, each inside its text): the first piece keeps the
    segment's marks, each other piece a paragraph of its own on the same source line (the cut
    of ``cut_apart`` made several times: ``gluedparts``, ``gluedoccasions``); ``[seg]`` with
    no cut."""
    if not cuts:
        return [seg]
    text = seg.text
    rest = pairwise([*cuts, len(text)])
    return [
        replace(seg, text=text[: cuts[0]]),
        *(Segment(seg.line, text[a:b], True) for a, b in rest),
    ]


def is_sentence_end(text: str) -> bool:
    """Whether ``text`` ends a sentence (。！？；…： possibly followed by closing quotes, or by
    up to three asides such as （大笑） / （掌声） / （某某記）（見某刊某期）, or note marks: …。〔1〕,
    …。[2], …。①)."""
    if not text:
        return False
    last = text[-1]
    if last in SENTENCE_END:
        return True  # the common case, decided without the checks below
    end = len(text)
    for _ in range(_ASIDES_MAX):
        if text[end - 1] not in _ASIDE_ENDS or not (aside := _TRAILING_ASIDE.search(text, 0, end)):
            break
        end = aside.start()
        if end == 0:
            break
        if text[end - 1] in SENTENCE_END:
            return True
    stripped = text.rstrip(CLOSERS)
    if not stripped:
        return False
    return stripped[-1] in SENTENCE_END
