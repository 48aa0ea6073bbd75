"""Chapter lines of lecture books over their own numbered sections.

A lecture book (讲义) cut into files sets its parts as short lines of their own: a part named
by its place in the book with its title (绪言　哲学中之唯心唯物论, 绪论：…, 上编　…) or an ordinal
and a short title (第一　哲学), and right under it the first of the part's numbered sections
(一 alone, or 一、宇宙之源起). The line is the chapter the sections belong to: a heading even
alone in its file, with the sections a level under it, as 第一章 is over its 一、. The later
sections of such a part may be labelled with the part's name and their numeral alone on a line
(绪言二 … 绪言十): those go on with the bare 一 the part's first section has.

Both are decided on the cleaned segments, before the framing roles (``parse``), as markers:
a chapter line gets the "part" family (``markers``: the top, 一、 under it), a labelled section
the "cn-bare" family with its numeral (a series with the bare 一).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.markers import Marker, chinese_number
from tui.engine.reflow import Para
from tui.engine.segment import Segment

_PART_NAMES = "绪言|绪论|导言|导论|引论|序论|总论|上编|中编|下编|上篇|中篇|下篇"
"""The names of a book's parts told by their place (the introduction, the first and last
parts), not by a number: a heading's word only with a title after it (``_NAMED_PART``) or a
numeral (``_LABELLED``)."""

_NAMED_PART = patterns.compile(
    rf"(?P<name>{_PART_NAMES})(?:[ \u3000\u00a0]+|[：:])(?=[\u4e00-\u9fff“《「『])"
    r"[^。！？!?；;，,]{1,30}$"
)
"""绪言　哲学中之唯心唯物论 / 绪论：社会学之对象: the part's name, a space or a colon, and a
short title with no sentence in it."""

_LABELLED = patterns.compile(rf"(?:{_PART_NAMES})(?P<n>[一二三四五六七八九十]{{1,3}})$")
"""绪言二 … 绪言十: a section of the part labelled by the part's name and its numeral, alone."""

_DI_SPACE_MAX = 20
"""The longest 第一　哲学 line taken for a chapter alone (a short title, as a book's part has)."""


def _next_text(segments: list[Segment], index: int) -> int | None:
    """The next segment after ``index`` with text (blank lines passed over)."""
    for after in range(index + 1, min(len(segments), index + 6)):
        if segments[after].text.strip():
            return after
    return None


def _opens_sections(marker: Marker | None, text: str) -> bool:
    """Whether a line opens a part's numbered sections: the first item of 一、 or of bare
    numerals (一 alone), or a labelled first section (绪言一)."""
    if marker is not None:
        return marker.number == 1 and marker.family in ("cn-dun", "cn-bare")
    labelled = _LABELLED.match(text)
    return labelled is not None and chinese_number(labelled.group("n")) == 1


def chapter_markers(segments: list[Segment], markers: list[Marker | None]) -> None:
    """Mark the chapter lines and labelled sections of a lecture book (module docstring) in
    ``markers``, in place."""
    labels = [
        index
        for index, seg in enumerate(segments)
        if markers[index] is None
        and seg.text[:1] in "绪导引序总上中下"
        and _LABELLED.match(seg.text)
    ]
    labelled: set[str] = set()  # the part names that label sections (绪言 of 绪言二)
    if len(labels) >= 2:  # (绪言二 alone is a word of a sentence cut by a line break, maybe)
        for index in labels:
            text = segments[index].text
            numeral = _LABELLED.match(text)
            assert numeral is not None
            markers[index] = Marker("cn-bare", chinese_number(numeral.group("n")), text, len(text))
            labelled.add(text[: numeral.start("n")])
    for index, seg in enumerate(segments):
        text = seg.text
        marker = markers[index]
        if marker is not None and marker.family != "di-space":
            continue
        if marker is None:
            if text[:1] not in "绪导引序总上中下":
                continue
            named = _NAMED_PART.match(text)
            if named is None:
                continue
            chapter = Marker("part", 0, named.group("name") + " ", named.end("name"))
        elif len(text) <= _DI_SPACE_MAX:
            chapter = Marker("part", marker.number, marker.text, marker.end)
        else:
            continue
        after = _next_text(segments, index)
        if (marker is None and chapter.text.rstrip() in labelled) or (
            after is not None and _opens_sections(markers[after], segments[after].text)
        ):
            while chapter.end < len(text) and text[chapter.end] in " \u3000\u00a0：:":
                chapter = Marker(chapter.family, chapter.number, chapter.text, chapter.end + 1)
            markers[index] = chapter


def without_contents_before_chapter(
    candidates: list[tuple[int, Marker]], paras: list[Para]
) -> list[tuple[int, Marker]]:
    """一、宇宙之源起 | 第一　哲学 | 一、宇宙之源起 …: heading lines right above a chapter line
    (one right under the other, nothing but noise between) that say again, in order, the
    first sections under it are the part's contents (or an edition's stand-in for a lost
    line), not outline: dropped, the sections under the chapter kept."""
    dropped: set[int] = set()
    for place, (_, marker) in enumerate(candidates):
        if marker.family != "part" or not place:
            continue
        run = place
        while run > 0 and _adjacent(paras, candidates[run - 1][0], candidates[run][0]):
            run -= 1
        before = candidates[run:place]
        after = candidates[place + 1 : place + 1 + len(before)]
        if (
            before
            and len(after) == len(before)
            and all(
                paras[a].text == paras[b].text and m.family == n.family
                for (a, m), (b, n) in zip(before, after, strict=True)
            )
        ):
            dropped.update(item for item, _ in before)
    if not dropped:
        return candidates
    return [item for item in candidates if item[0] not in dropped]


def _adjacent(paras: list[Para], first: int, second: int) -> bool:
    """Whether nothing but noise stands between paragraphs ``first`` and ``second``."""
    return all(paras[i].noise for i in range(first + 1, second))
