"""Markdown's marks on a line: what they say about it, read before they are cleaned off.

A speech copied from the web or converted from Word often comes as Markdown, or with its
marks: ``## 标题`` (also ``##标题`` in a Markdown-like text), a bold lead sentence
(``**一、标题**``, ``**惟…方为“志士”。**南开…``), a block quote (``> …``), code fences,
links and images. ``line_markup`` reads a line's heading level and bold lead (hints on
``Segment`` that the later stages weigh; none inside a closed code fence: ``fenced_lines``);
``inner_hash_headings`` cuts a one-line Markdown text before each ``##`` inside it (where
the title ends: ``hashtitle``); ``set_in_heading_type`` tells a whole paragraph set in
heading type; ``is_markdown`` tells a Markdown file by its name. Taking the marks off a
line's text is ``cleanline``'s, not this module's. Moved out of ``lines`` as it was
(split109).
"""

from __future__ import annotations

import re

from tui.base import patterns
from tui.engine.hashtitle import hash_title_end, spaces_latin, title_openings
from tui.engine.markers import match_marker
from tui.engine.segment import SPACES

QUOTE_MARKS = ">＞"
"""The marks of a Markdown block quote (``> …``, also full-width)."""
# Markdown images and links: ![alt](url "title") is dropped, [text](url) keeps its text, so the
# reader shows no URL (a line that held only an image is left out, as a blank one is).
MD_IMAGE = patterns.compile(r'!\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"\n]*")?\)')
MD_LINK = patterns.compile(r'\[([^\]\n]+)\]\([^)\s]+(?:\s+"[^"\n]*")?\)')
MARKDOWN_SUFFIXES = (".md", ".markdown")
"""The names of Markdown files: their ``*``/``_`` italics and list bullets are Markdown's."""
BULLET = "• "
"""What a Markdown list item (``- ``, ``* ``, ``+ ``) shows before its text in the reader."""


def is_markdown(path: str) -> bool:
    """Whether the file at ``path`` is Markdown (by its name)."""
    return path.lower().endswith(MARKDOWN_SUFFIXES)


_MD_HEADING = patterns.compile(r"^(#{1,6})[ \t\u3000]+(?=\S)")
_MD_HEADING_TIGHT = patterns.compile(
    rf"^(#{{1,6}})(?=[^#{SPACES}0-9０-９])(?![^#{SPACES}]{{1,30}}#)"
)
"""``##标题`` with no space after the marks (a web copy or a converter dropped it), not a
number (``#1``) nor a hashtag (``#话题#``): a heading only in a Markdown-like text."""

MD_HEADING_LINE = patterns.compile(r"^[ \t\u3000>＞]*#{1,6}[ \t\u3000]+\S", re.MULTILINE)
"""A ``# 标题`` line (marks, a space, text) anywhere in a text: the text is Markdown-like."""
_SENTENCE_MARKS = "。！？!?"
_REOPENED = patterns.compile(r"(?<![。！？!?])\*\*\*\*")
"""A bold run closed and at once reopened (``****``), not right after a sentence mark."""


def fenced_lines(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines inside Markdown code fences (```…``` or ~~~…~~~, a
    fence closed by a later fence line, also one inside a Markdown quote, > ```): their ``#``
    and ``**`` are code or program output (``# github.com/…`` printed by a compiler), not
    headings. An unclosed last fence opens nothing."""
    fences = [
        number
        for number, raw in enumerate(lines, 1)
        if raw.lstrip(SPACES + QUOTE_MARKS)[:3] in ("```", "~~~")
    ]
    inside: set[int] = set()
    for opening, closing in zip(fences[::2], fences[1::2], strict=False):
        inside.update(range(opening + 1, closing))
    return inside


_CLOSING_PUNCTUATION = "，,。．；;：:、！!？?）)”’」』》】"
"""What no bold lead sentence starts with: after ``**`` it shows the mark closes a run."""


def tight_heading(raw: str) -> bool:
    """Whether ``raw`` is a ``##标题`` line (``_MD_HEADING_TIGHT``, also in a quote)."""
    text = raw.lstrip(SPACES + QUOTE_MARKS)
    return text[:1] == "#" and _MD_HEADING_TIGHT.match(text) is not None


def line_markup(raw: str, tight: bool = False) -> tuple[int, bool]:
    """(Markdown heading level, bold lead) of a raw line: ``## 标题`` → 2 (also ``##标题``
    when ``tight``: the text is Markdown-like); a line that is
    all bold (**一、标题**, also broken: **一、标题*) or starts with a bold sentence
    (**惟…方为“志士”。**南开…) → bold. Also inside a Markdown quote (``> ## 标题``,
    ``> **一、标题**``: a whole text copied as a quote keeps its headings)."""
    text = raw.lstrip(SPACES)
    if text[:1] in QUOTE_MARKS:
        text = text.lstrip(QUOTE_MARKS + SPACES)
    level = 0
    if text[:1] == "#" and (heading := _MD_HEADING.match(text)):
        level = len(heading.group(1))
        text = text[heading.end() :]
    elif (
        tight
        and text[:1] == "#"
        and (heading := _MD_HEADING_TIGHT.match(text))
        # (#二、关于明年工作 of a web copy: a numbered heading by its numbering, as before)
        and match_marker(text[heading.end() :].lstrip("*_")) is None
    ):
        level = len(heading.group(1))
        text = text[heading.end() :]
    if text[:2] not in ("**", "__"):
        return level, False
    # **第二个关键****词是补课。**: a bold run closed and reopened inside a sentence is one run;
    # **惟“守正”方能“创新”。****百年来，…**: closed after a sentence mark, the lead sentence ends.
    text = _REOPENED.sub("", text)
    delimiter = text[:2]
    close = text.find(delimiter, 2)
    if close < 0:
        inner, rest = text[2:].rstrip(SPACES + "*_"), ""
    else:
        inner, rest = text[2:close], text[close + 2 :].strip(SPACES + "*_")
    inner = inner.strip(SPACES)
    if inner[:1] in _CLOSING_PUNCTUATION:
        # **，是你们的支持…: the mark closing a bold run of the line above (a wrap put it at
        # this line's start), not one opening a lead sentence.
        return level, False
    # **…“拼”出来的**。川农大…: the bold closed just before its sentence's full stop.
    return level, bool(inner) and (
        not rest or inner[-1:] in _SENTENCE_MARKS or rest[:1] in _SENTENCE_MARKS
    )


def bold_mark_split(raw: str, following: str) -> bool:
    """Whether a hard wrap split a ``**`` in two between ``raw`` and the line after it: one
    ends with a lone ``*``, the other starts with one (**…开学典礼* | *，首先…)."""
    end, start = raw.rstrip(SPACES), following.lstrip(SPACES)
    return end[-1:] == "*" and end[-2:] != "**" and start[:1] == "*" and start[:2] != "**"


# …的常见三个问题。## 常用架构：单体式架构目前很多…: a Markdown heading mark inside a line (not
# after a letter or digit: C# 语言, &#); a single # (a piece's own title: …拭目以待。# ArchSummit
# 主题演讲：…) only right after a sentence end.
_INNER_HASH = patterns.compile(r"(?<=[^#\sA-Za-z0-9&])[ \t]*(?=#{2,6} )")
_SINGLE_HASH = patterns.compile(r"[。！？!?][ \t]*(?=# [^\s#])")
"""A single # after a sentence end, matched from the sentence end (a pattern that starts with its
characters is searched fast; one alternative more in ``_INNER_HASH`` doubled its cost)."""
_HASH_TITLE_END = patterns.compile("[。！？!?]")
_HASH_TITLE_GAP = patterns.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def inner_hash_headings(raw: str) -> list[str]:
    """A one-line Markdown text's line cut before each ``##``…``######`` heading mark inside
    it (…问题。## 认清形势 各级各部门要…。…), each heading apart from the text glued after it:
    the heading runs to a space between two Chinese characters (where its line broke), else to
    where ``hashtitle.hash_title_end`` finds its section's first sentence starting (## 常用架构：
    单体式架构目前很多…, ### 3、事业18 年的计划…), else to its first sentence's end — a title run on
    so is found in its place, as a glued numbered heading is. ``[]`` unless two marks or more
    are inside the line (one ``##`` in a sentence is no series of sections)."""
    cuts = [found.start() for found in _INNER_HASH.finditer(raw)]
    if "# " in raw:
        cuts = sorted({*cuts, *(found.start() + 1 for found in _SINGLE_HASH.finditer(raw))})
    if len(cuts) < 2:
        return []
    spaced = spaces_latin(raw)
    bounds = list(zip([0, *cuts], [*cuts, len(raw)], strict=True))
    openings = title_openings(raw, (raw[start:end].strip(SPACES) for start, end in bounds))
    parts: list[str] = []
    for start, end in bounds:
        piece = raw[start:end].strip(SPACES)
        if piece[:1] != "#":
            parts.append(piece)
            continue
        stop = _HASH_TITLE_END.search(piece)
        gap = _HASH_TITLE_GAP.search(piece, 0, stop.start() if stop else len(piece))
        if gap is not None:
            parts += [piece[: gap.start()], piece[gap.end() :]]  # (### 一、认清形势 各级…)
            continue
        cut = hash_title_end(piece, raw, start, openings, spaced=spaced, last=end == len(raw))
        if cut is None and match_marker(piece.lstrip("#" + SPACES)) is None:
            # (## 蚂蚁金服的架构：分布式架构微服务架构是…。…: an unnumbered heading is one by its
            # marks alone, which a whole section set in heading type loses: its first sentence)
            cut = stop.end() if stop else None
        parts += [piece] if cut is None else [piece[:cut], piece[cut:]]
    return [part for part in parts if part.strip(SPACES)]


MARKUP_PARAGRAPH_TAIL = 80
"""The most text a Markdown ``#`` line may hold after its first sentence: more is a paragraph
set in heading type."""
_FIRST_STOP = patterns.compile("[。！？]")


def set_in_heading_type(text: str) -> bool:
    """Whether a ``#`` line's text is a whole paragraph set in heading type (###### 尊敬的各位
    嘉宾，…大家早上好！欢迎莅临…: more than ``MARKUP_PARAGRAPH_TAIL`` characters after its first
    sentence) — neither a heading nor a title."""
    stop = _FIRST_STOP.search(text)
    return stop is not None and len(text) - stop.end() > MARKUP_PARAGRAPH_TAIL
