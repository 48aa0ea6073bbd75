"""Chapter lines of lecture books over their own numbered sections.

A lecture book (讲义) cut into files sets its parts as short lines of their own: a part named
by its place in the book with its title (绪言　哲学中之唯心唯物论, 绪论：…, 上编　…) or an ordinal
and a short title (第一　哲学), and right under it the first of the part's numbered sections
(一 alone, or 一、宇宙之源起). The line is the chapter the sections belong to: a heading even
alone in its file, with the sections a level under it, as 第一章 is over its 一、. The later
sections of such a part may be labelled with the part's name and their numeral alone on a line
(绪言二 … 绪言十): those go on with the bare 一 the part's first section has.

A book's volume (第一编　总论, 上编　总论, 第二卷) right over its first chapter (第一章) or section is
the level above its chapters.

All are decided on the cleaned segments, before the framing roles (``parse``), as markers:
a chapter line gets the "part" family (``markers``: the top, 一、 under it), a labelled section
the "cn-bare" family with its numeral (a series with the bare 一), a volume the "volume" family
(``outline``: the top, the 第N章 parts and 一、 under it).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.markers import Marker, chinese_number
from tui.engine.para import Para
from tui.engine.segment import Segment

_PART_NAMES = "绪言|绪论|导言|导论|引论|序论|总论"
"""The names of a book's parts told by their place (the introduction, the first and last
parts), not by a number: a heading's word only with a title after it (``_NAMED_PART``) or a
numeral (``_LABELLED``)."""

_NAMED_PART = patterns.compile(
    rf"(?P<name>{_PART_NAMES})(?:[ \u3000\u00a0]+|[：:])(?=[\u4e00-\u9fff“《「『])"
    r"[^。！？!?；;，,]{1,30}$"
)
"""绪言　哲学中之唯心唯物论 / 绪论：社会学之对象: the part's name, a space or a colon, and a
short title with no sentence in it."""

_VOLUME = patterns.compile(
    r"(?P<name>第(?P<n>[一二三四五六七八九十]{1,3})[编卷]|(?P<place>[上中下])编)"
    r"(?:(?:[ \u3000\u00a0]+|[：:])(?=[\u4e00-\u9fff“《「『])[^。！？!?；;，,]{1,30})?$"
)
"""第一编　总论 / 上编　社会学之对象 / 第二卷 alone: a book's volume (编, 卷) with its short title or
none — the level above its chapters (第一章) and sections (一、). Not 第一篇：… — a collection's
piece is numbered so (第一篇：市政园林局政研工作总结 over the piece's 一、), a title, no volume."""
_PLACES = {"上": 1, "中": 2, "下": 3}

_LABELLED = patterns.compile(rf"(?:{_PART_NAMES})(?P<n>[一二三四五六七八九十]{{1,3}})$")
"""绪言二 … 绪言十: a section of the part labelled by the part's name and its numeral, alone."""

_FIRSTS = frozenset("绪导引序总第上中下")
"""The first characters of the lines this module marks (di-space markers start with 第)."""
_DI_SPACE_MAX = 20
"""The longest 第一　哲学 line taken for a chapter alone (a short title, as a book's part has)."""


def _next_text(segments: list[Segment], index: int) -> int | None:
    """The next segment after ``index`` with text (blank lines passed over)."""
    for after in range(index + 1, min(len(segments), index + 6)):
        if segments[after].text.strip():
            return after
    return None


def _opens_sections(marker: Marker | None, text: str, chapters: bool = False) -> bool:
    """Whether a line opens a part's numbered sections: the first item of 一、, （一）, 一 重工业…
    or of bare numerals (一 alone), or a labelled first section (绪言一); with ``chapters``,
    also a chapter's line (第一章, 第一讲, 第一部分: under a volume)."""
    if marker is not None:
        families = ("cn-dun", "cn-bare", "cn-space", "paren-cn", *(("part",) if chapters else ()))
        return marker.number == 1 and marker.family in families
    labelled = _LABELLED.match(text)
    return labelled is not None and chinese_number(labelled.group("n")) == 1


def chapter_markers(segments: list[Segment], markers: list[Marker | None]) -> None:
    """Mark the chapter lines and labelled sections of a lecture book (module docstring) in
    ``markers``, in place."""
    # (the lines that may be one: a single pass over the segments, the rest on these few)
    picked = [index for index, seg in enumerate(segments) if seg.text[:1] in _FIRSTS]
    labels = [
        index
        for index in picked
        if markers[index] is None and _LABELLED.match(segments[index].text)
    ]
    labelled: set[str] = set()  # the part names that label sections (绪言 of 绪言二)
    if len(labels) >= 2:  # (绪言二 alone is a word of a sentence cut by a line break, maybe)
        for index in labels:
            text = segments[index].text
            numeral = _LABELLED.match(text)
            assert numeral is not None
            markers[index] = Marker("cn-bare", chinese_number(numeral.group("n")), text, len(text))
            labelled.add(text[: numeral.start("n")])
    for index in picked:
        text = segments[index].text
        marker = markers[index]
        if marker is None and text[:1] in "第上中下" and (volume := _VOLUME.match(text)):
            after = _next_text(segments, index)
            if after is not None and _opens_sections(
                markers[after], segments[after].text, chapters=True
            ):
                name = volume.group("name")
                place = volume.group("place")
                number = _PLACES[place] if place else chinese_number(volume.group("n"))
                end = volume.end("name")
                while end < len(text) and text[end] in " \u3000\u00a0：:":
                    end += 1
                markers[index] = Marker(
                    "volume", number, name + (" " if end < len(text) else ""), end
                )
            continue
        if marker is not None and marker.family != "di-space":
            continue
        if marker is None:
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
