"""Spaces in a one-line text whose line breaks became spaces that are no paragraph's end.

``spacedlines`` gives such a text its lines back at its spaces; three kinds of space are read
here (oneline145, the bundled 合集 joined by spaces: 348 body paragraphs where the file with its
lines has 151). A space beside Latin letters or digits in a text that spaces most of them from
Chinese (``mostly_spaces_latin``: a collection whose talks space some and not others) and a
space inside a book title's marks (``inside_book_title``) stay inside their line; a space at the
source's page seam, inside a paragraph's sentence (``page_seam``), is cut but its second piece
goes on the paragraph, flush, not as a paragraph's start. A Markdown list's marks and a path's
arrows say where a line starts (``list_space``).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.framing import TITLE_PIECE_STARTS_NEVER
from tui.engine.hashtitle import (
    SPACED_LATIN_MIN,
    SPACED_LATIN_SEAM,
    TIGHT_LATIN_SEAM,
    TIGHT_LATIN_SHARE,
)
from tui.engine.markers import match_marker

_STOPS = frozenset("。！？!?；;")
"""What ends a sentence (none stands inside a book title a space is kept in)."""


_MOSTLY_SPACED_MIN = 20
"""The fewest spaced Chinese-Latin seams of a text that spaces most of them (below)."""
_MOSTLY_TIGHT_SHARE = 0.5
"""A text with ``_MOSTLY_SPACED_MIN`` spaced Chinese-Latin seams or more (品质 xx 的, 2022 年) and
tight ones at most ``_MOSTLY_TIGHT_SHARE`` of them spaces its Latin and digits by its writers'
habit, though not everywhere (``spaces_latin`` asks for a quarter at most): a collection of
talks, some spacing them and some not (the bundled 合集: 633 spaced, 205 tight). A lost line
break at such a seam is rarer than the writer's space: the space is kept."""


def mostly_spaces_latin(line: str) -> bool:
    """Whether ``line`` spaces its Chinese-Latin seams as ``hashtitle.spaces_latin`` asks (its
    patterns and figures), or most of them (``_MOSTLY_SPACED_MIN``): each pattern counted once
    over the line (a 1.2 MB one-line text: asked as ``spaces_latin(line) or …``, the two passes
    over it again cost 60 ms)."""
    spaced = len(SPACED_LATIN_SEAM.findall(line))
    if spaced < SPACED_LATIN_MIN:
        return False
    tight = len(TIGHT_LATIN_SEAM.findall(line))
    return tight <= TIGHT_LATIN_SHARE * spaced or (
        spaced >= _MOSTLY_SPACED_MIN and tight <= _MOSTLY_TIGHT_SHARE * spaced
    )


_BOOK_TITLE_SPAN = 40
"""The farthest a book title's closing mark (》) is looked for after a space inside it."""


def inside_book_title(line: str, part: str, end: int) -> bool:
    """Whether the space before ``line[end]`` stands inside a book title's marks: ``part`` (the
    line so far) opened 《 and did not close it, and 》 closes it within ``_BOOK_TITLE_SPAN``
    characters, no 《 or sentence end before it (《党中央 国务院关于…的意见》: a writer's space
    between two issuers; no line of a text whose lines are paragraphs ends inside a title)."""
    close = line.find("》", end, end + _BOOK_TITLE_SPAN)
    if close < 0:
        return False  # (most spaces: asked first, the part's 《 is not looked for)
    opened = part.rfind("《")
    if opened < 0 or part.find("》", opened) >= 0:
        return False
    inner = line[end:close]
    return "《" not in inner and not any(ch in _STOPS for ch in inner)


_BULLETS = frozenset("*-+")
"""A Markdown bullet (``* ``, ``- ``, ``+ `` before its item's text)."""
_ARROWS = ("->", "→", "=>", "-->")
"""Arrows between the steps of a path or a flow (资讯管理 -> 标签配置): spaced inside a line."""
_LIST_NUMBER = patterns.compile("[0-9]{1,2}\\. (?=[\u4e00-\u9fff])")
"""A Markdown ordered list's number, its space and its Chinese text (2. 当没有流量…)."""


def list_space(line: str, part: str, before: str, end: int) -> bool | None:
    """What a Markdown list's marks or a path's arrows say of the space before ``line[end]``
    (``part``: the line so far, ``before``: the character before the space): True, it stays in
    its line — after a bullet (* 15岁那年，…), beside an arrow (融创平台 -> 资讯管理); False, it
    ends a line — before a bullet after no letter or digit (…很近的. * 回美国后，…; not 2019 -
    2020), before a list's number after a word (…的pod 2. 当没有流量…; not after a bold lead-in,
    **注意以下三个关键：** 1. …, which the list stays with); None, neither."""
    if part in _BULLETS:
        return True
    if line[end] in _BULLETS and line[end + 1 : end + 2] == " " and not before.isalnum():
        return False
    if line.startswith(_ARROWS, end) or part.endswith(_ARROWS):
        return True
    if _LIST_NUMBER.match(line, end) is not None and before.isalpha():
        return False
    return None


_SENTENCE_END = patterns.compile("[。！？!?]")
_QUOTE_CLOSERS = "”’」』"
_CLAUSE = patterns.compile("[，,；;]")
_SEAM_PARAGRAPH_MIN = 60
"""The fewest characters of a line with clauses but no sentence end that is a paragraph's cut at
a page seam when the line after it opens with a suffix no line starts with (一年来，广大企业家立足
xx、…为 xx 的发展作出 | 了重要贡献。: 145 characters). Not on its length alone: a summary's
crossheads run to 60 and 90 characters in clauses (holdout32 p07: 毛主席几年来发表的…, 63)."""


def page_seam(left: str, right: str) -> bool:
    """Whether the space between two lines given back (``left``, then ``right``) is a page seam
    of the source the text was joined from, no line's end: ``left`` is a paragraph (a sentence
    ends in it; or it runs over ``_SEAM_PARAGRAPH_MIN`` characters in clauses and ``right``
    opens with a suffix, 了 的 们…) that stops mid-sentence, on a Chinese character or a comma
    (or a quote closed after one), and ``right`` goes on with a Chinese character (or, after a
    closed quote, another quote: …“多测合一” | “区域评估”等…), no heading's marker
    (…这里，我针对招商引资和营商环境亟待解 | 决的突出矛盾，…). A title holds no sentence end; a
    paragraph's line ends with its sentence. The line after such a seam is given back flush,
    its paragraph's line, not indented as a paragraph's start."""
    said = left.rstrip(_QUOTE_CLOSERS)
    last, first = said[-1:], right[:1]
    return (
        ("\u4e00" <= last <= "\u9fff" or last in "，、")
        and ("\u4e00" <= first <= "\u9fff" or (first == "“" and said != left))
        and (
            _SENTENCE_END.search(left) is not None
            or (
                len(left) > _SEAM_PARAGRAPH_MIN
                and _CLAUSE.search(left) is not None
                and first in TITLE_PIECE_STARTS_NEVER
            )
        )
        and match_marker(right) is None
    )
