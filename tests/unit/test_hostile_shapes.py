"""Hostile shapes of text keep the parse linear (perf23, ``tests/bench/bench_shapes.py``).

No timing: each test counts what the costly step reads (characters of the text, segments of
the file) for a text of one shape at two sizes, the second twice the first, and asserts the
count stays within the text's size or about doubles. A step that reads the text before each
line again, as these did, reads four times as much (quadratic); the same text twice as big
cannot hide that in noise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import cycle
from typing import Any

import pytest

import tui.engine.mdmarks
import tui.engine.outline
import tui.engine.parse
from tui.engine.parse import parse_text
from tui.paths import bundled_corpus_dir


def _paragraphs() -> list[str]:
    """The bundled corpus's paragraphs of prose (real text, repeated by the shapes)."""
    lines = (
        line.strip()
        for path in sorted(bundled_corpus_dir().glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
    )
    return [line for line in lines if len(line) >= 60 and line[-1] in "。！？"]


PARAGRAPHS = _paragraphs()
TITLES = sorted(
    {re.sub(r"[^\u4e00-\u9fff]", "", p)[at : at + 12] for p in PARAGRAPHS for at in (4, 30)}
)
"""Twelve Han characters from two places of each paragraph: many different heading titles."""
PROSE = max(PARAGRAPHS, key=len)
"""The longest paragraph: text going on (more than 200 characters)."""


class ReadCounted(str):
    """A text that counts the characters read from it by index or ``find``."""

    read = 0

    def __getitem__(self, key: Any) -> str:
        got = super().__getitem__(key)
        ReadCounted.read += len(got)
        return got

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        start = 0 if start is None else start
        ReadCounted.read += (len(self) if end is None else min(end, len(self))) - start
        return super().find(sub, start, end)


def _growth(count: Callable[[int], int], small: int) -> float:
    """How much more ``count`` is for twice as much text of a shape."""
    first = count(small)
    assert first > 0
    return count(2 * small) / first


def test_one_line_markdown_headings_read_the_text_before_them_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (…。## 标题正文…。## …: each ## heading's title is looked for in the text before it,
    # ending a sentence; searched for again over all that text for each heading, 8,000
    # headings in a 1.14 MB line took 1.75 s)
    assert len(TITLES) >= 200
    real = tui.engine.mdmarks.hash_title_end

    def counted(piece: str, text: str, *args: Any, **kwargs: Any) -> int | None:
        return real(piece, ReadCounted(text), *args, **kwargs)

    monkeypatch.setattr(tui.engine.mdmarks, "hash_title_end", counted)

    for headings in (100, 200):
        paragraphs = cycle(PARAGRAPHS)
        text = "".join(f"## {title}{next(paragraphs)}" for title in TITLES[:headings])
        ReadCounted.read = 0
        document = parse_text(text, "one-line.md")
        assert sum(len(speech.headings) for speech in document.speeches) >= headings // 2
        # (what the titles' openings in the text say is read once: a few characters at each
        # place; read again for each heading, 100 headings read the 26,000 characters 50 times)
        assert ReadCounted.read < len(text)


class SegmentsCounted(list):  # type: ignore[type-arg]
    """A list of segments that counts the segments read from it by index or slice."""

    read = 0

    def __getitem__(self, key: Any) -> Any:
        got = super().__getitem__(key)
        SegmentsCounted.read += len(got) if isinstance(key, slice) else 1
        return got


@pytest.mark.parametrize(
    "shape",
    [
        # a speech's notes, [1] …, one after another, its text going on after them: each
        # note could start a note list
        lambda n, par: f"[{n % 300 + 1}] {par}",
        # a web page's articles, each with its source and editor's lines
        lambda n, par: f"{par}\n来源：新华网\n责任编辑：张{n % 9}",
    ],
    ids=["notes", "sources"],
)
def test_back_matter_reads_each_speech_once(
    monkeypatch: pytest.MonkeyPatch, shape: Callable[[int, str], str]
) -> None:
    # (each line that may start back matter read every line after it to the speech's end: a
    # speech of 1 MB of notes took 1.2 s)
    real = tui.engine.parse.mark_back_matter

    def counted(segments: list[Any], framed: set[int]) -> None:
        real(SegmentsCounted(segments), framed)

    monkeypatch.setattr(tui.engine.parse, "mark_back_matter", counted)

    def count(lines: int) -> int:
        paragraphs = cycle(PARAGRAPHS)
        body = "\n".join(shape(n, next(paragraphs)) for n in range(lines))
        SegmentsCounted.read = 0
        parse_text(f"同志们：\n{PARAGRAPHS[0]}\n{body}\n{PROSE}\n", "speech.txt")
        return SegmentsCounted.read

    assert _growth(count, 300) < 2.6


class ReadCountedDict(dict):  # type: ignore[type-arg]
    """A paragraph → text map that counts the texts read from it."""

    read = 0

    def get(self, key: Any, default: Any = None) -> Any:
        ReadCountedDict.read += 1
        return super().get(key, default)


@pytest.mark.parametrize(
    "shape",
    [
        # # | ## | ### title lines, text after every third: short heading lines one after
        # another, each run a contents list the headings after it may say again
        lambda n, title, par: (
            f"{'#' * (n % 3 + 1)} {title[: 8 + n % 5]}" + (f"\n{par}" if n % 3 == 2 else "")
        ),
        # a ## heading over each paragraph
        lambda n, title, par: f"## {title[: 8 + n % 5]}\n{par}",
    ],
    ids=["heading lines", "sections"],
)
def test_outline_reads_the_headings_after_each_once(
    monkeypatch: pytest.MonkeyPatch, shape: Callable[[int, str, str], str]
) -> None:
    # (what is ahead of each heading, whether a list's lines are said again later, a restart's
    # numbering after it: each read all the headings after it, or all before it; 11,000
    # heading lines, 0.5 MB, took 20 s under cProfile)
    real_plain, real_previews = tui.engine.outline.plain_series, tui.engine.outline.drop_previews
    monkeypatch.setattr(
        tui.engine.outline,
        "plain_series",
        lambda items, members=None: SegmentsCounted(real_plain(items, members)),
    )
    monkeypatch.setattr(
        tui.engine.outline,
        "drop_previews",
        lambda items, texts, order=None: real_previews(items, ReadCountedDict(texts), order),
    )

    def count(headings: int) -> tuple[int, int]:
        titles, paragraphs = cycle(TITLES), cycle(PARAGRAPHS)
        text = "\n".join(shape(n, next(titles), next(paragraphs)) for n in range(headings))
        SegmentsCounted.read = ReadCountedDict.read = 0
        document = parse_text(text + "\n", "headings.md")
        assert sum(len(speech.headings) for speech in document.speeches) >= headings // 2
        return SegmentsCounted.read, ReadCountedDict.read

    (items, texts), (items_twice, texts_twice) = count(300), count(600)
    assert items_twice / items < 2.6  # (the headings read)
    # (their texts read by drop_previews: a hundred reads or so is no growth to speak of)
    assert texts <= 100 or texts_twice / texts < 2.6


class SplitCounted(str):
    """A text that counts the characters it splits into lines."""

    split_read = 0

    def split(self, sep: Any = None, maxsplit: Any = -1) -> list[str]:  # type: ignore[override]
        SplitCounted.split_read += len(self)
        return super().split(sep, maxsplit)


def test_bold_lead_labels_read_the_text_and_the_segments_after_them_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (**第N个问题是怎么回事？** over its paragraph, in a text of # sections: whether text
    # follows each such label split the whole text into lines again and copied every segment
    # after it; 8,000 labels, 2 MB, took 2.4 s, perf24)
    real = tui.engine.parse.split_glued_occasions
    monkeypatch.setattr(
        tui.engine.parse, "split_glued_occasions", lambda segments: SegmentsCounted(real(segments))
    )

    def count(labels: int) -> tuple[int, int]:
        paragraphs = cycle(PARAGRAPHS)
        body = "\n\n".join(
            f"**{title}是怎么回事？**\n\n{next(paragraphs)}" for title in TITLES[:labels]
        )
        text = SplitCounted(f"# 标题\n\n## 第一部分\n\n{body}\n")
        SplitCounted.split_read = SegmentsCounted.read = 0
        document = parse_text(text, "labels.md")
        assert sum(len(speech.headings) for speech in document.speeches) >= labels * 9 // 10
        assert SplitCounted.split_read <= 2 * len(text)  # (the lines split once, not per label)
        return SegmentsCounted.read, len(text)

    (read, size), (read_twice, size_twice) = count(150), count(300)
    assert read_twice / read < 2.6 * size_twice / size / 2


def test_headings_read_the_paragraphs_after_them_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (whether a # heading leads text copied all the speech's paragraphs after it to look at
    # the first: 22,581 heading lines, 1 MB, 1.5 s; 2 MB 4.0 s against 2.7 after the change)
    real = tui.engine.parse.assemble_document

    def counted(paras: list[Any], *args: Any) -> Any:
        return real(SegmentsCounted(paras), *args)

    monkeypatch.setattr(tui.engine.parse, "assemble_document", counted)

    def count(headings: int) -> int:
        titles, paragraphs = cycle(TITLES), cycle(PARAGRAPHS)
        text = "\n".join(f"# {next(titles)}\n{next(paragraphs)}" for _ in range(headings))
        SegmentsCounted.read = 0
        document = parse_text(text + "\n", "headings.md")
        assert sum(len(speech.headings) for speech in document.speeches) >= headings // 2
        return SegmentsCounted.read

    assert _growth(count, 300) < 2.6
