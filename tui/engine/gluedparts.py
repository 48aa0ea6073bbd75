"""A report's unnumbered part titles glued between sentences, cut out where the part restates them.

A report that lost its line breaks runs the title of each of its parts — a line of its own with no
numeral, above the part's 一、 二、 sections — into the sentence before and the one after:
…请予审议。2015年工作回顾2015年，光明新区管委会… / …予以解决。“十五五”时期主要目标和2026年重点
工作“十五五”时期是…. Nothing marks the title but where it stands and how it is said: it follows a
sentence end, holds no clause mark, ends with the words a report names its parts with (回顾, 安排,
任务, 工作, 情况, …) and its part opens by saying the title's first words again — its year
(2015年 … 2015年，, or 今年 / 刚刚过去的一年 for it), its quoted term (“十三五”… “十三五”期间) or
its first four Han characters. Without that restatement a run such as 这些措施是… or
今年政府工作的任务相当繁重 is a sentence's subject, not a title, and stays (``part_titles_apart``, run by ``glued.split_glued`` on a text
that lost its line breaks).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.markers import match_marker
from tui.engine.segment import Segment, cut_at

_STOP = patterns.compile(
    "[。！？!?][”’」』]?(?=[^，。！？!?；;：:,（()）《》〈〉—…·　 \t]{1,30}?"
    "(?:回顾|安排|任务|工作|情况|建议|总结|措施|目标|思路|成就|部署))"
)
"""A sentence end (with its closing quote) a part title may follow: part words (``_PART_ENDS``)
within ``_TITLE_MAX`` characters after it with no clause mark between (``_title_end`` reads the
rest; most of a report's 。 have none, and are passed over by the expression alone: the glued
sets' 76,293 calls of ``_title_end`` fell to the candidates)."""
_TITLE_MIN = 4
_TITLE_MAX = 30
"""The shortest and longest part title (characters)."""
_NOT_IN_TITLE = frozenset("，。！？!?；;：:,（()）《》〈〉—…·　 \t")
"""What no part title holds: a clause mark, a bracket, a dash, a space."""
_PART_ENDS = patterns.compile("(?:回顾|安排|任务|工作|情况|建议|总结|措施|目标|思路|成就|部署)+")
"""The words a report names its parts with, at a title's end (工作回顾, 主要目标任务)."""
_GOES_ON = frozenset("的和及与、并等之中上下里时者人员")
"""What a title's last word is not followed by: the run goes on (工作的基本总结, 目标和…)."""
_OPENER = patterns.compile("[0-9]{4}年|[〇○零一二三四五六七八九]{4}年|“[^”，。]{1,10}”")
"""A year or a quoted term opening a title, said again by its part's first words."""
_YEAR_SAID = ("今年", "去年", "明年", "刚刚过去的一年", "过去的一年", "过去一年", "一年来")
"""The words a part titled by its year may open with instead of the year (2003年工作回顾 |
刚刚过去的一年，… / 2004年主要工作及措施 | 今年是…)."""
_HAN_OPENER = 4
"""How many Han characters of a title's start its part says again when no year or quoted
term opens it."""


def part_titles_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` with each unnumbered part title glued between two sentences cut out onto a
    segment of its own (see the module's note)."""
    out: list[Segment] = []
    for seg in segments:
        text = seg.text
        if len(text) < 2 * _TITLE_MIN or not _PART_ENDS.search(text):
            out.append(seg)
            continue
        cuts: list[int] = []
        for stop in _STOP.finditer(text):
            at = stop.end()
            end = _title_end(text, at)
            if end is not None:
                cuts += (at, end)
        out += cut_at(seg, cuts)
    return [seg for seg in out if seg.text]


def _title_end(text: str, at: int) -> int | None:
    """Where the part title starting at ``at`` (after a sentence end) ends, if one starts there:
    a run of ``_TITLE_MIN`` to ``_TITLE_MAX`` characters with no clause mark, ending with part
    words (``_PART_ENDS``) not followed by more of the run (``_GOES_ON``), whose next words say
    its opener again; ``None`` for a sentence, a numbered heading or a run the part does not
    restate."""
    window = text[at : at + _TITLE_MAX + 1]
    for index, char in enumerate(window):
        if char in _NOT_IN_TITLE:
            window = window[:index]
            break
    if len(window) <= _TITLE_MIN or not _PART_ENDS.search(window):
        return None
    opened = _OPENER.match(text, at)
    said: tuple[str, ...] = ()
    if opened is not None:
        opener = opened.group()
        said = _YEAR_SAID if opener[-1] == "年" else ()
    else:
        opener = text[at : at + _HAN_OPENER]
        if not all("\u4e00" <= char <= "\u9fff" for char in opener):
            return None
    if match_marker(window) is not None:
        return None
    for words in _PART_ENDS.finditer(window):
        end = at + words.end()
        if end - at < max(_TITLE_MIN, len(opener) + 2) or text[end : end + 1] in _GOES_ON:
            continue
        if text.startswith(opener, end) or (said and text.startswith(said, end)):
            return end
    return None
