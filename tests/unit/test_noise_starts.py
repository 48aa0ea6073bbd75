"""The first-character sets that spare ``is_noise_text`` its regexes hold every character a
match can start with (a character missing from a set would turn a noise line into text)."""

from __future__ import annotations

import re
import re._parser as sre  # (the regex parser: what a pattern's matches can start with)
from typing import Any

import pytest

from tui.engine import noise

_ANY = None
"""A pattern that can start with any character (no set can spare it)."""


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(the characters a match of the parsed ``items`` can start with, or _ANY; whether the
    items can match the empty string)."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            found.add(chr(arg))
            return found, False
        if op is sre.IN:
            for kind, value in arg:
                if kind is sre.LITERAL:
                    found.add(chr(value))
                elif kind is sre.RANGE:
                    found.update(chr(c) for c in range(value[0], value[1] + 1))
                else:  # (a category such as \\s, \\d, or a negated set)
                    return _ANY, False
            return found, False
        if op is sre.SUBPATTERN:
            inner, empty = _first(arg[-1])
        elif op is sre.BRANCH:
            inner, empty = set(), False
            for branch in arg[1]:
                chars, branch_empty = _first(branch)
                if chars is _ANY:
                    return _ANY, False
                inner |= chars
                empty = empty or branch_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, body = arg
            inner, empty = _first(body)
            empty = empty or low == 0
        else:
            return _ANY, False
        if inner is _ANY:
            return _ANY, False
        found |= inner
        if not empty:
            return found, False
    return found, True


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [(noise._NAVIGATION, noise._NAVIGATION_STARTS), (noise._NOTE, noise._NOTE_STARTS)],
    ids=["navigation", "note"],
)
def test_starts_cover_the_pattern(pattern: re.Pattern[str], starts: Any) -> None:
    chars, empty = _first(sre.parse(pattern.pattern))
    assert chars is not _ANY and not empty
    assert chars <= set(starts), sorted(chars - set(starts))


def test_the_first_set_finder_sees_a_missing_character() -> None:
    chars, _ = _first(sre.parse(r"^(?:上一篇|(?:发布)?时间|[…\.]*[（(]未完)"))
    assert chars == {"上", "发", "时", "…", ".", "（", "("}
