"""Where a Markdown ``#`` heading's title ends in a one-line text, its section run on after it.

A Markdown text whose line breaks were lost runs each ``## 标题`` into its section's first
sentence; ``mdmarks.inner_hash_headings`` cuts the line at its ``#`` marks and asks
``hash_title_end`` where each title ends: at a section opener (``titleends.SECTION_OPENER``), at a title said before ending
a sentence (``title_openings``, found in one pass for all the line's headings), at a tight
Chinese-Latin seam in a text that spaces them (``spaces_latin``, also asked where the lost line breaks of a one-line text
are found),
or at the last heading's one closing word (最后, 总结). Numbered headings glued after a
sentence end are ``glued``'s. Moved out of ``glued`` as it was (split100).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.base import patterns
from tui.engine.markers import match_marker
from tui.engine.titleends import (
    OPENING_MIN,
    RUN_ON_MIN,
    SECTION_OPENER,
    TITLE_MIN,
    time_alone,
)

# …的常见三个问题。## 常用架构：单体式架构目前很多…: where the title of a Markdown heading of a
# one-line text ends when no space marks the lost line break (``mdmarks.inner_hash_headings``).
_HASH_MARKS = patterns.compile(r"#{1,6}[ \t\u3000]+")
_HASH_CLAUSE_END = patterns.compile("[，,。！？!?；;]")
"""A clause's end in a Markdown heading's words: not its colon (常用架构：单体式架构 is one title)."""
_CLOSING_SECTION = patterns.compile(
    r"(?:结语|结束语|总结|最后)(?=[\u4e00-\u9fff])(?![与和及暨的部之一了])"
)
"""The one-word title of a text's closing section (### 最后, ## 总结, ## 结语) with its text run on
after it (最后糟糕的 2019 年过去了…; not 最后的话, 总结与展望)."""
_TIGHT_LATIN = patterns.compile(r"(?<=[\u4e00-\u9fff])[0-9A-Za-z]")
SPACED_LATIN_SEAM = patterns.compile(r"[\u4e00-\u9fff] [0-9A-Za-z]|[0-9A-Za-z] [\u4e00-\u9fff]")
TIGHT_LATIN_SEAM = patterns.compile(r"[\u4e00-\u9fff][0-9A-Za-z]|[0-9A-Za-z][\u4e00-\u9fff]")
SPACED_LATIN_MIN = 10
"""The fewest spaced Chinese-Latin seams (2019 年, AI 硬件) of a text that spaces them."""
TIGHT_LATIN_SHARE = 0.25
"""The largest share of tight seams (2019年) beside spaced ones in a text that spaces them (a PDF
of such a text loses the spaces where its lines broke: 23 spaced seams and 5 tight in holdout12
c09 read back from a PDF, 26 and 2 as written)."""
_ECHO_TITLE_MAX = 40
"""The longest title ``hash_title_end`` looks for in the text before it."""


def spaces_latin(text: str) -> bool:
    """Whether ``text`` sets a space between Chinese and Latin letters or digits (2019 年过去了,
    AI 硬件: ``SPACED_LATIN_MIN`` such seams or more, tight ones at most ``TIGHT_LATIN_SHARE`` of
    them), as Markdown writers' spacing tools do: a tight seam there (年度总结2019 年…) is where a
    line broke. (``spacedseams.mostly_spaces_latin`` asks the same with its own wider figures.)"""
    spaced = len(SPACED_LATIN_SEAM.findall(text))
    return (
        spaced >= SPACED_LATIN_MIN
        and len(TIGHT_LATIN_SEAM.findall(text)) <= TIGHT_LATIN_SHARE * spaced
    )


def title_start(piece: str) -> int | None:
    """Where the title of the Markdown heading ``piece`` (its ``#`` marks first) starts: after
    its marks and its numeral (### 3、构建…), or None for no marks."""
    marks = _HASH_MARKS.match(piece)
    if marks is None:
        return None
    start = marks.end()
    marker = match_marker(piece[start:])
    return start + marker.end if marker is not None else start


def title_openings(text: str, pieces: Iterable[str]) -> dict[str, list[int]]:
    """Where in ``text`` each opening of the titles of the Markdown headings ``pieces`` (their
    first ``TITLE_MIN`` characters, ``title_start``) stands, in order: what ``_said_before``
    reads, found in one pass over the text for all the headings of a one-line text. Searched
    for again before each heading, they made the parse quadratic: 8,000 ## headings in a
    1.14 MB line, 1.75 s of CPU (perf23). A place is kept only when the ``_ECHO_TITLE_MAX``
    characters from it and the one after them are not at an earlier place (a text repeated:
    the earlier place gives ``_said_before`` all that the later one would)."""
    openings: dict[str, list[int]] = {}
    for piece in pieces:
        start = title_start(piece)
        if start is not None and len(head := piece[start : start + TITLE_MIN]) == TITLE_MIN:
            openings[head] = []
    if openings:
        seen: set[str] = set()
        firsts = re.compile("[" + re.escape("".join({head[0] for head in openings})) + "]")
        for found in firsts.finditer(text):
            at = found.start()
            if (places := openings.get(text[at : at + TITLE_MIN])) is not None and (
                window := text[at : at + _ECHO_TITLE_MAX + 1]
            ) not in seen:
                seen.add(window)  # (the same words again say nothing new: their first place)
                places.append(at)
    return openings


def _said_before(
    piece: str, start: int, end: int, text: str, before: int, openings: dict[str, list[int]]
) -> int | None:
    """Where the longest title (``TITLE_MIN`` to ``_ECHO_TITLE_MAX`` characters of ``piece``
    from ``start``, short of the clause's ``end``) ends that ``text`` up to ``before`` says
    ending a sentence
    (…如何一步一步构建金融级容灾架构？ for 构建金融级容灾架构我们知道…), or None. Each place of the
    title's first characters there (``openings``, from ``title_openings``) is read once: asking
    for every length of title over the whole text took 2.65 s of CPU on a 0.47 MB line of 300
    such headings."""
    head = piece[start : start + TITLE_MIN]
    limit = min(end - start - 1, _ECHO_TITLE_MAX)
    if len(head) < TITLE_MIN or limit < TITLE_MIN:
        return None
    best = 0
    for at in openings.get(head, ()):
        if at >= before:
            break
        size = TITLE_MIN
        while size < limit and at + size < before and text[at + size] == piece[start + size]:
            size += 1
        if size > best and at + size < before and text[at + size] in _SAID_ENDS:
            best = size
    return start + best if best else None


_SAID_ENDS = frozenset("？。！?!")
"""The sentence ends after which a title said before counts (not a comma: said inside a sentence)."""


def hash_title_end(
    piece: str,
    text: str,
    before: int,
    openings: dict[str, list[int]],
    *,
    spaced: bool,
    last: bool,
) -> int | None:
    """Where the title of a Markdown heading cut out of a one-line text ends (``piece``: its
    ``#`` marks, its words and the section's text run on after them, no space between; ``text``:
    the whole line, the piece starting at ``before``), or None.

    A careful reader finds the lost line break where the section's first sentence starts: a
    time word or a year said of opens it (## 常用架构：单体式架构目前很多…，: ``SECTION_OPENER``,
    on the terms of ``title_apart``); the title was said before, ending a sentence (the talk's
    plan asked "如何一步一步构建金融级容灾架构？", then ### 3、构建金融级容灾架构我们知道…); in a text that
    spaces Chinese from Latin letters and digits (``spaces_latin``), a tight seam (### 3、事业18 年的
    计划…); the last heading of the text is its closing section's one word (### 最后糟糕的 2019 年…).
    The first such place counts; with none the title runs to its first sentence's end.
    ``openings``: ``title_openings`` of the line's headings."""
    start = title_start(piece)
    if start is None:
        return None
    stop = _HASH_CLAUSE_END.search(piece, start)
    end = stop.start() if stop is not None else len(piece)
    cuts: list[int] = []
    if last and (closing := _CLOSING_SECTION.match(piece, start)) is not None:
        cuts.append(closing.end())
    if spaced and (tight := _TIGHT_LATIN.search(piece, start + 2, end)) is not None:
        cuts.append(tight.start())
    if (said := _said_before(piece, start, end, text, before, openings)) is not None:
        cuts.append(said)
    if end - start >= RUN_ON_MIN and stop is not None and stop.group() in "，,":
        opener = SECTION_OPENER.search(piece, start + TITLE_MIN, end + 1)
        if opener is not None and (
            max(end, opener.end()) - opener.start() >= OPENING_MIN or time_alone(piece, opener, end)
        ):
            cuts.append(opener.start())
    return min(cuts) if cuts else None
