"""Where text may be cut without splitting a word: the one rule (``splits_word``) of a
search snippet's context (``match.snippet_bounds``), a label shortened on screen
(``tui.widgets.treestyle``) and a heading cut in a section path (``quotes.cut_title``).

A module of its own, not part of ``match``: the trees cut labels from the first frame on,
and ``match`` (its dataclasses and query pattern: 3 ms to import from bytecode here) is not
otherwise on the start-up path.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

_JOINERS = frozenset("\u200d\ufe0e\ufe0f")
"""Zero-width joiner and variation selectors: they belong to the character before them."""


def _ideograph(char: str) -> bool:
    """A Chinese/Japanese/Korean character: a word of its own, a snippet may cut beside it."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or code >= 0x20000
    )


_WORD_JOINERS = "-'\u2019\u2010_"
"""Characters that join two parts of one word (``COVID-19``, ``don't``, a file's name
``r01_caiqingxiang_2020``: cut before its part after ``_``, the tree showed ``r01_…`` with
most of its room left)."""
_POINTS = ".\uff0e"
"""Points inside a number or a word (``8.36``, ``８．３６``, ``U.S``, ``news.cn``)."""
_PERCENT = "%\uff05\u2030"
"""Signs that belong to the number before them (``13.9%``, ``１３％``, ``5‰``)."""


def _wordish(char: str) -> bool:
    """Part of a Latin (or other alphabetic) word or of a number, full-width ones too."""
    return char.isalnum() and not _ideograph(char)


def _mark(char: str) -> bool:
    """A character that belongs to the one before it (combining mark, joiner, selector)."""
    return char in _JOINERS or unicodedata.combining(char) > 0 or 0xDC00 <= ord(char) <= 0xDFFF


def _joined(text: str, at: int, signs: str, test: Callable[[str], bool]) -> bool:
    """Whether ``text[at]`` is one of ``signs`` with a character that passes ``test`` on
    each side."""
    return (
        0 < at < len(text) - 1 and text[at] in signs and test(text[at - 1]) and test(text[at + 1])
    )


def splits_word(text: str, at: int) -> bool:
    """Whether a cut between ``text[at - 1]`` and ``text[at]`` splits a word, a number or a
    character: the one rule of where a snippet's context (``snippet_bounds``), a label on
    screen (``tui.widgets.treestyle``) or a heading in a section path (``quotes.cut_title``)
    may be cut.

    Inside: letters and digits of a Latin (or Greek, Cyrillic…) word or number, full-width
    ones too (``COVID``, ``Müller``, ``２０２２``); a point between them (``8.36``, ``８．３６``,
    ``U.S``, ``news.cn``), a comma between digits (``1,000``), a hyphen or an apostrophe
    between them (``COVID-19``, ``don't``, ``don’t``), an underscore (``r01_2020``), a percent sign after them (``13.9%``),
    a combining mark, joiner or variation selector after its character, the two halves of a
    surrogate pair. A Chinese character is a word of its own: a cut beside it splits nothing.
    """
    if at <= 0 or at >= len(text):
        return False
    before, after = text[at - 1], text[at]
    if _mark(after) or 0xD800 <= ord(before) <= 0xDBFF:
        return True
    if _wordish(before) and _wordish(after):
        return True
    if after in _PERCENT and _wordish(before):
        return True
    return any(
        _joined(text, sign, signs, test)
        for sign in (at, at - 1)
        for signs, test in (
            (_POINTS, _wordish),
            (",", str.isdigit),
            (_WORD_JOINERS, _wordish),
        )
    )


def word_start(text: str, cut: int) -> int:
    """``cut``, or where the word it splits (``splits_word``) begins when that leaves some
    of ``text`` before it (a label "在全市 20…" read as another year; a label that is one
    long word is cut inside it rather than shown as "…" alone). Only a letter, a digit or a
    Chinese character counts as some of ``text``: blanks, an icon or a mark before the word
    do not (a file's label "📄 cmse-press-conference.html" showed as "📄…")."""
    if not splits_word(text, cut):
        return cut
    start = cut - 1
    while start > 0 and splits_word(text, start):
        start -= 1
    return start if any(char.isalnum() for char in text[:start]) else cut
