"""The cleaning of one piece of a line: its prefix, Markdown emphasis and junk taken off.

``clean_piece`` gives a piece's text with its indentation, quote marks, list bullet, ``#``
marks and a page number glued before it stripped (and whether it was indented or bulleted),
its bold and, in a Markdown file, italic marks removed, and its ASCII junk scraps dropped
(``strip_junk``, also used by ``noise``). It removes characters only: where a line is cut into
pieces, and what its marks say (a ``#`` level, a bold lead), is decided before, by ``lines``
and ``mdmarks``. Moved out of ``lines`` as it was (split109).
"""

from __future__ import annotations

import re

from tui.base import patterns
from tui.engine.segment import SPACES

_LEADING = patterns.compile(
    rf"^[{SPACES}]*(?:(?:>|＞|#{{1,6}}(?![#0-9０-９])(?![^#{SPACES}]{{1,30}}#)"
    rf"|[*+•](?=[{SPACES}]+[^{SPACES}])"
    rf"|-(?=[{SPACES}]+[^{SPACES}])(?![{SPACES}]+[0-9０-９]+[{SPACES}]*(?:[-—–]|$)))[{SPACES}]*)*"
)
"""Indentation, quote marks, list bullets and Markdown ``#`` marks before a line's text.
``#`` also without a space (``#二、…`` of a web copy), but not a hashtag (``#话题#``) or a
number (``#1``): those are the line's text. A bullet before a number is one too (``* 1998年，…``),
but not the dash of a page number (``- 12 -``, ``- 3``)."""
# Markdown emphasis copied from web pages: **一、坚持问题导向**.
_EMPHASIS = patterns.compile(r"\*\*|__")


# ASCII scraps separated by spaces, e.g. "8 H) l- y* X6 s b' n+ F)".
_JUNK = patterns.compile(r"(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])")
# What every ``_JUNK`` match holds: the end of one scrap and the next three. A line without
# it has no junk; this pattern starts with a plain character class, which the regex engine
# scans for quickly (``_JUNK`` starts with a look-behind, so it is tried at every character).
# ``strip_junk``'s 22,390 calls in the 10 MB collection's parse took 8.7 ms (8.2–9.0) of
# CPU with its three tests (three spaces, this hint, a search before the substitution),
# 103.1 ms (100.8–105.0) with ``_JUNK.sub`` alone (``tests/bench/bench_calls.py``, 7 rounds
# in turns, arch16).
_JUNK_HINT = patterns.compile(r"[!-~][ \t]+[!-~]{1,2}[ \t]+[!-~]{1,2}[ \t]+[!-~]")
_JUNK_SYMBOLS = patterns.compile(r"[!-/:-@\[-`{-~]")


_PREFIX_STARTS = frozenset(SPACES + ">＞#-*+•—–")
_BULLETS = "-*+•"
# A page number glued in front of the text: "- 3 -二、重点任务".
_PAGE_PREFIX = patterns.compile(r"^[-—–]\s*\d{1,4}\s*[-—–]\s*(?=\S)")
CJK = "\u3400-\u9fff，。、：；！？“”（）《》"
"""Chinese characters and full-width punctuation: what stands on both sides of the spaces an
OCR puts between characters, or a writer around a bold run."""
_SPACED_EMPHASIS = patterns.compile(
    rf"(?<=[{CJK}]) +(?=(?:\*\*|__)[{CJK}])|(?<=[{CJK}](?:\*\*|__)) +(?=[{CJK}])"
)
"""A space between a Chinese character and a bold mark that opens or closes on another."""


def clean_piece(raw: str, emphasis: bool = True, italic: bool = False) -> tuple[str, bool, bool]:
    """(cleaned text, indented, bulleted) of a piece of a line.

    ``emphasis``: whether the piece may hold ``*`` or ``_`` (False when the whole text has
    none: then no piece is searched for ``**``/``__``; cleaning only removes characters).
    ``italic``: the piece is from a Markdown file, whose ``*斜体*`` / ``_斜体_`` marks go too.
    """
    if raw[:1] in _PREFIX_STARTS:
        match = _LEADING.match(raw)
        assert match is not None
        prefix = match.group()
        # (``marks``: the prefix's >, # or bullet; none in a plain indent, most lines' prefix,
        # which then needs neither the bullets' test nor the quote's)
        marks = prefix.strip(SPACES)
        indented = (
            "\u3000" in prefix
            or "\t" in prefix
            or prefix.count(" ") >= 2
            or (
                marks != ""
                and prefix.rstrip(SPACES).endswith((">", "＞", "#"))
                and prefix[-1:] in SPACES
            )
        )
        text = raw[match.end() :].rstrip(SPACES)
        bullet = marks != "" and any(mark in prefix for mark in _BULLETS)
        if raw[:1] in "-—–" and (page := _PAGE_PREFIX.match(raw)) and match.end() < page.end():
            text = raw[page.end() :].rstrip(SPACES)
    else:
        indented = bullet = False
        text = raw.rstrip(SPACES)
    # Junk scraps are dropped from a line; a line of nothing else stays (as noise).
    text = strip_junk(text).rstrip(SPACES) or text
    # The one-character searches first: ``clean_piece``'s 15,750 calls in the 10 MB collection's
    # parse took 19.1 ms (18.7–19.9) of CPU with them, 56.9 ms (56.1–58.6) without
    # (``tests/bench/bench_calls.py``, 7 rounds in turns, arch16).
    if emphasis and ("*" in text or "_" in text):
        if " **" in text or "** " in text or " __" in text or "__ " in text:
            # 要 **认真** 学习: the spaces a writer puts around a bold run so that Markdown
            # renders it go with the marks; between Chinese characters no space is left.
            # (Every match has a space beside a mark, looked for first: the expression, a
            # look-behind first, is tried at every character — 1,008 calls of the varied
            # 10 MB collection's parse 12.0 ms, with these tests 1.6, perfengine30.)
            text = _SPACED_EMPHASIS.sub("", text)
        if "**" in text:
            # **一、标题** and the broken runs Word→Markdown leaves: **一、标题* / *一、标题**.
            text = text.replace("**", "").strip(SPACES)
            if italic and "*" in text:  # (***又粗又斜*** is *又粗又斜* now: italic, not broken)
                text = _ITALIC.sub(r"\1\2", text)
            if text[:1] == "*" or text[-1:] == "*":
                text = text.strip("*" + SPACES)
        if "__" in text and len(_EMPHASIS.findall(text)) % 2 == 0:
            text = _EMPHASIS.sub("", text).strip(SPACES)
        if italic and ("*" in text or "_" in text):
            text = _ITALIC.sub(r"\1\2", text)
    return text, indented, bullet


_ITALIC = patterns.compile(
    r"(?<![*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)"
    r"|(?<![A-Za-z0-9_\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![A-Za-z0-9_])"
)
"""Markdown italics: ``*斜体*`` anywhere, ``_斜体_`` not inside a Latin word (``snake_case``)."""


def strip_junk(text: str) -> str:
    if text.count(" ") < 3 or _JUNK_HINT.search(text) is None:
        return text

    def replace(match: re.Match[str]) -> str:
        scraps = match.group()
        letters = sum(ch.isalpha() for ch in scraps)
        return "" if letters >= 2 and _JUNK_SYMBOLS.search(scraps) else scraps

    return _JUNK.sub(replace, text) if _JUNK.search(text) else text
