"""Hostile files of one short line repeated (一、 alone, date lines alone, one character a line)
are parsed in time linear in their lines (issue #18: a 10 MB file of such lines must not keep
the reader without an outline for minutes).

Timing is not asserted (a loaded machine): the parse's function calls are counted instead
(``sys.setprofile``: every Python function and every call into C, regular expressions
included), for a file of N lines of a shape and for one of 2N. A look-back over every earlier
line (a series, a title or a speech start tested against each candidate before it) makes the
count grow four times as fast as the lines; a linear parse doubles it.
``tests/bench/bench_shapes.py`` times the same shapes by size.

A loop that walks again over paragraphs an earlier pass left behind (noise, a speech
dropped) calls nothing for each: those shapes count the Python lines the parse runs
(``sys.settrace``) instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import cycle, islice
from types import FrameType
from typing import TYPE_CHECKING

import pytest

from tui.engine.parse import parse_text

if TYPE_CHECKING:
    from _typeshed import TraceFunction

_NUMERALS = "一二三四五六七八九十"
_DIGITS = "〇一二三四五六七八九"


def _numeral(n: int) -> str:
    """一 … 九十九 for 1 … 99."""
    tens, ones = divmod(n, 10)
    return (
        (_NUMERALS[tens - 1] if tens > 1 else "")
        + ("十" if tens else "")
        + (_NUMERALS[ones - 1] if ones else "")
    )


_CHARACTERS = "推行清洁生产，改善能源结构，控制污染物排放总量。加强环保执法，严肃查处违法行为。"

SHAPES: dict[str, Callable[[int], str]] = {
    "一、 alone": lambda n: "一、",
    "一、…九十九、 alone": lambda n: f"{_numeral(n % 99 + 1)}、",
    "（一） alone": lambda n: "（一）",
    "第一， alone": lambda n: "第一，",
    "一是 alone": lambda n: "一是",
    "dates": lambda n: f"{2000 + n % 25}年{n % 12 + 1}月{n % 28 + 1}日",
    "dates in Chinese numerals": lambda n: (
        "（"
        + "".join(_DIGITS[int(d)] for d in str(2000 + n % 25))
        + f"年{_numeral(n % 12 + 1)}月{_numeral(n % 28 + 1)}日）"
    ),
    "one character a line": lambda n: _CHARACTERS[n % len(_CHARACTERS)],
    "同志们： alone": lambda n: "同志们：",
    # noise by its words: each line looked through all the noise before it for text
    # (roles._text_around; 4,000 lines took 2.9 s)
    "来源： alone": lambda n: "来源：人民网",
}


def _calls(text: str) -> int:
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        parse_text(text, "shape.txt")
    finally:
        sys.setprofile(None)
    return count


def _text(shape: Callable[[int], str], lines: int) -> str:
    return "\n".join(islice((shape(n) for n in cycle(range(10_000))), lines)) + "\n"


LINES = 600


@pytest.mark.parametrize("name", list(SHAPES))
def test_calls_grow_as_the_lines(name: str) -> None:
    parse_text("一、开头\n同志们：\n今天开会。\n", "warm.txt")  # (imports, stored patterns)
    shape = SHAPES[name]
    small, large = _calls(_text(shape, LINES)), _calls(_text(shape, 2 * LINES))
    assert large / small < 2.3, (name, small, large)


def _lines_run(text: str) -> int:
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> TraceFunction:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def start(frame: FrameType, event: str, arg: object) -> TraceFunction:
        return local

    sys.settrace(start)
    try:
        parse_text(text, "shape.txt")
    finally:
        sys.settrace(None)
    return count


WALKED_AGAIN: dict[str, Callable[[int], str]] = {
    # each a speech opening with the one before's words, dropped as a web page's share text
    # (speeches._drop_repeated_opening walked every one dropped after it again: 25,000
    # lines took 210 s)
    "a short paragraph said again": lambda n: "同志们：今天的会议很重要，大家要认真学习领会。",
    # noise by its words: each line looked for the text above it over all the noise within
    # reach, nearby.TEXT_REACH lines (a dash line, a bare title, a title after a closing:
    # 4,000 lines of — 3 — took 2.2 s, of <p> 2.0 s)
    "— 3 — alone": lambda n: f"— {n % 99 + 1} —",
    "<p> alone": lambda n: "<p>",
    "返回顶部 alone": lambda n: "返回顶部",
}


@pytest.mark.parametrize("name", list(WALKED_AGAIN))
def test_lines_run_grow_as_the_lines(name: str) -> None:
    parse_text("一、开头\n同志们：\n今天开会。\n", "warm.txt")
    shape = WALKED_AGAIN[name]
    small, large = _lines_run(_text(shape, 300)), _lines_run(_text(shape, 600))
    assert large / small < 2.3, (name, small, large)
