"""A course's lecture titles glued after sentence ends in a one-line text, cut out onto lines of their own.

A course printed lecture by lecture (第一讲…, 第二讲…) and joined with its line breaks lost runs each
lecture's title in after the last sentence of the lecture before: ``lectures_apart`` cuts them out
where the title ends its piece or a part's own name follows it (…帮助他。第一讲科学方法引论, 第十四讲结论
综合起来看…), and, for three or more lectures counting up from 第一讲 with none left out, where the title
runs straight into its text (``_run_on_lectures``: …分为六讲。第一讲从神话到神仙传考小说之名，…). The
roles pass then reads each cut-out lecture line as a talk's title (``roles``). Moved out of
``peertitles`` (glued144), which it shared only the cutting of titles with.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from tui.base import patterns
from tui.engine.markers import chinese_number
from tui.engine.segment import Segment
from tui.engine.titleends import CLAUSE_END, ECHO_RESTS_NEVER, TITLE_MIN

# …帮助他。第一讲科学方法引论 (its 一、 cut off after it) / …三集）第十四讲结论综合起来看…: a lecture's
# title glued after a sentence end in a one-line text — the title to the piece's end, or a part's
# own name (结论, 引言…) with the lecture's text run on after it.
_GLUED_LECTURE = patterns.compile(
    r"(?<=[。！？!?）)」”])第(?P<n>[一二三四五六七八九十]{1,3})讲"
    r"(?:(?P<name>结论|引言|绪论|导言|结束语)(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{2,12}$)"
)


def lectures_apart(segments: list[Segment]) -> list[Segment]:
    """The lectures' titles of a one-line text cut out onto lines of their own: two or more
    lecture titles glued after a sentence end (``_GLUED_LECTURE``), the first 第一讲 and the
    numbers going up (第一讲… and 第十四讲结论: an excerpt of a course may leave the lectures
    between out). A 第三讲 said inside a sentence (下次讲第三讲。) is no title; one lecture alone
    stays glued (its title may be the text's own words)."""
    if not any("讲" in seg.text for seg in segments):
        return segments
    found = [
        (index, match)
        for index, seg in enumerate(segments)
        if "讲" in seg.text
        for match in _GLUED_LECTURE.finditer(seg.text)
    ]
    numbers = [chinese_number(match.group("n")) for _, match in found]
    cuts: dict[int, list[int]] = {}
    if len(found) < 2 or numbers[0] != 1 or any(b <= a for a, b in pairwise(numbers)):
        cuts = _run_on_lectures(segments)
        if not cuts:
            return segments
    for index, match in found if not cuts else ():
        cuts.setdefault(index, []).append(match.start())
        if match.group("name"):
            cuts[index].append(match.end("name"))
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        if index not in cuts:
            out.append(seg)
            continue
        start = 0
        for cut in [*cuts[index], len(seg.text)]:
            piece = seg.text[start:cut]
            if piece:
                out.append(replace(seg, text=piece, indented=seg.indented or start > 0))
            start = cut
    return out


# …一共分为六讲。第一讲从神话到神仙传考小说之名，… / …讲了个大概。第五讲明小说之两大主潮上次已将…: a
# lecture's title glued after a sentence end with the lecture's text run on after it.
_RUN_ON_LECTURE = patterns.compile(
    r"[。！？!?）)」”](?P<at>第)(?P<n>[一二三四五六七八九十]{1,3})讲(?=[\u4e00-\u9fff“《])"
)
_RUN_ON_SERIES_MIN = 3
"""The fewest lectures in a row (第一讲, 第二讲, 第三讲…) for titles run into their text to be cut."""
_LECTURE_PARTS = ("引言", "绪论", "导言", "结论", "结束语")
_LECTURE_OPENS = patterns.compile(
    r"引言|绪论|导言|结论|结束语|今天|今日|上次|上回|前次|上一次|刚才|方才|诸位|各位"
)
"""What a lecture's text opens with after its title (今天讲…, 上次讲过…), or a part's own name."""
_LECTURE_TITLE_MAX = 16
"""The longest title of a lecture (as ``partlines.lecture_number`` reads one on its line)."""


def _run_on_lectures(segments: list[Segment]) -> dict[int, list[int]]:
    """Where to cut a course's lectures glued after sentence ends with their text run on after
    their titles: ``_RUN_ON_SERIES_MIN`` or more, numbered 第一讲, 第二讲… one after another with
    none left out, each title ended before its text's opening words (``_LECTURE_OPENS``: 上次讲过,
    今天) or a part's name (引言), else at its first clause's end when that is a title's length
    (``_LECTURE_TITLE_MAX``); ``{}`` when the series is not whole. 第一讲的时候 (a word of a
    sentence after it) is none."""
    found = [
        (index, match)
        for index, seg in enumerate(segments)
        if "讲" in seg.text
        for match in _RUN_ON_LECTURE.finditer(seg.text)
        if seg.text[match.end()] not in ECHO_RESTS_NEVER
    ]
    numbers = [chinese_number(match.group("n")) for _, match in found]
    if len(found) < _RUN_ON_SERIES_MIN or numbers != list(range(1, len(found) + 1)):
        return {}
    cuts: dict[int, list[int]] = {}
    for index, match in found:
        end = _lecture_title_end(segments[index].text, match.end())
        if end is not None:
            cuts.setdefault(index, []).extend((match.start("at"), end))
    return cuts


def _lecture_title_end(text: str, start: int) -> int | None:
    """Where the title of the lecture run on at ``start`` ends (see ``_run_on_lectures``): before
    its text's opening words, after a part's name, before the title's first character said again
    (清小说之四派及其末流 | 清代底小说…), at its first clause's end; a title of ``TITLE_MIN`` to
    ``_LECTURE_TITLE_MAX`` characters not ending on a joining word (…到了), else None."""
    reach = text[start : start + _LECTURE_TITLE_MAX + 1]
    stop = CLAUSE_END.search(reach)
    window = reach[: stop.start()] if stop else reach
    opens = _LECTURE_OPENS.search(window)
    ends = []
    if opens is not None and opens.start():
        ends.append(opens.start())
    elif opens is not None and opens.group() in _LECTURE_PARTS:
        ends.append(opens.end())  # (第一讲引言今天讲…: the part's own name)
    if (echo := window.find(window[:1], TITLE_MIN)) > 0:
        ends.append(echo)
    if stop is not None:
        ends.append(stop.start())
    for end in ends:
        if end >= TITLE_MIN - 2 and window[end - 1] not in ECHO_RESTS_NEVER:
            return start + end
    return None
