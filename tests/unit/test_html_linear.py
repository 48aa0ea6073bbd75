"""A saved page is read in work linear in its size: no element's whole text is worked out
again for each of its text nodes (1467374: a page of ``<p>``s one space apart asked the
whole ``<div>``'s text for every " " between them — 5.8 s at 360 KB, 24.4 s at 720 KB,
169 s at 1.4 MB, docs/performance-log.md).

Timing is not asserted (a loaded machine), and selectolax's ``text()`` is C, so it is counted
from outside: the parser ``html.page_parts`` builds is replaced by one whose nodes are
stand-ins that hand everything to the real nodes and add up the characters each ``text()``
call gives back — the work of working out texts. For a page of N paragraphs and one of
2N, that work doubles; an element's text worked out once a text node makes it grow four
times as fast as the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import selectolax.lexbor

from tui.formats import html

REAL_PARSER = selectolax.lexbor.LexborHTMLParser


class Counter:
    """Characters given back by ``text()`` calls, and the calls."""

    def __init__(self) -> None:
        self.chars = 0
        self.calls = 0


def wrapped(value: Any, counter: Counter) -> Any:
    """``value`` with every selectolax node in it (alone, in a list, from an iterator) a
    ``CountingNode``."""
    if isinstance(value, selectolax.lexbor.LexborNode):
        return CountingNode(value, counter)
    if isinstance(value, list):
        return [wrapped(item, counter) for item in value]
    if hasattr(value, "__next__"):
        return (wrapped(item, counter) for item in value)
    return value


class Handing:
    """Hands every attribute to ``real``, nodes given back wrapped."""

    def __init__(self, real: Any, counter: Counter) -> None:
        self.real = real
        self.counter = counter

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.real, name)
        if callable(value):
            return lambda *args, **kwargs: wrapped(value(*args, **kwargs), self.counter)
        return wrapped(value, self.counter)


class CountingNode(Handing):
    def text(self, *args: Any, **kwargs: Any) -> str:
        text = self.real.text(*args, **kwargs)
        self.counter.calls += 1
        self.counter.chars += len(text or "")
        return text


def text_work(monkeypatch: pytest.MonkeyPatch, page: str) -> tuple[int, int, list[str]]:
    """(characters ``text()`` gave back, its calls, the paragraphs) of reading ``page``."""
    counter = Counter()

    def parser(text: str) -> Handing:
        return Handing(REAL_PARSER(text), counter)

    with monkeypatch.context() as patched:
        patched.setattr(selectolax.lexbor, "LexborHTMLParser", parser)
        paragraphs, _ = html.page_parts(page)
    return counter.chars, counter.calls, paragraphs


PARAGRAPH = "各位代表，今年要把优化营商环境作为重点工作，持续用力、久久为功。"


def spaced_paragraphs(count: int) -> str:
    body = " ".join(f"<p>{PARAGRAPH}{n}</p>" for n in range(count))
    return f"<html><head><title>讲话</title></head><body><div>{body}</div></body></html>"


@pytest.mark.parametrize("count", [400])
def test_paragraphs_one_space_apart_cost_text_work_linear_in_the_page(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    chars, calls, paragraphs = text_work(monkeypatch, spaced_paragraphs(count))
    chars2, calls2, paragraphs2 = text_work(monkeypatch, spaced_paragraphs(2 * count))
    assert len([p for p in paragraphs if PARAGRAPH in p]) == count  # (the page is read)
    assert len([p for p in paragraphs2 if PARAGRAPH in p]) == 2 * count
    page_text = count * (len(PARAGRAPH) + 3)
    # Before 1467374: 400 paragraphs, the <div>'s whole text once for each of 399 spaces.
    assert chars2 < 2.5 * chars, (chars, chars2, calls, calls2)
    assert chars < 10 * page_text, (chars, page_text)


def test_the_stand_ins_count_what_the_real_nodes_give() -> None:
    """(The counting itself: the characters of each call, nodes from lists and iterators.)"""
    counter = Counter()
    tree = Handing(REAL_PARSER("<div><p>甲乙</p> <p>丙</p></div>"), counter)
    div = tree.css_first("div")
    assert div.text() == "甲乙 丙" and counter.chars == 4 and counter.calls == 1
    children: Iterator[Any] = div.iter()
    assert [child.text() for child in children] == ["甲乙", "丙"] and counter.chars == 7
    assert [node.text() for node in tree.css("p")] == ["甲乙", "丙"] and counter.calls == 5
