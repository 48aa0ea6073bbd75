"""The reader's pure painting helpers: which part of a paragraph takes its own style,
and how stacked span styles cut a paragraph into runs (as rich's ``Text.render`` does).

Pure functions of rich ``Style`` values (no widget): ``tui.widgets.reader`` paints with
them, and the tests check them against rich's own rendering (``test_reader_render.py``).
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Sequence
from typing import overload

from rich.style import Style
from textual.strip import Strip

from tui.base import patterns
from tui.engine.model import Kind, Paragraph

__all__ = ["CONTROL_CODES", "EAGER_ROWS", "RowsOnDemand", "style_runs", "styled_end"]

_HEADING_STOPS = frozenset("。：:；;！!？?．.")


def styled_end(paragraph: Paragraph) -> int:
    """Where the paragraph's own style (heading, title …) ends in its text.

    A heading paragraph often runs on into body text ("（一）坚决整治拖欠问题。政府拖欠…"):
    only the marker, the title and the stop after it get the heading style, the rest
    reads as body text. Other kinds are styled whole.
    """
    heading = paragraph.heading
    text = paragraph.text
    if paragraph.kind is not Kind.HEADING or heading is None:
        return len(text)
    lead = heading.marker + heading.title
    if lead and text.startswith(lead):
        end = len(lead)
    elif paragraph.sentences:
        end = paragraph.sentences[0].end  # the title was cleaned differently: its sentence
    else:
        return len(text)
    while end < len(text) and text[end] in _HEADING_STOPS:
        end += 1
    return end


CONTROL_CODES = patterns.compile("[\x07\x08\x0b\x0c\r]")
"""Control codes rich's ``Text`` drops (``strip_control_codes``): never sent to the terminal."""

_STYLE_SUMS: dict[tuple[Style, ...], Style] = {}
"""Sums of stacked span styles (``Style`` addition is costly), shared by every reader."""
_STYLE_SUMS_SIZE = 4096


def style_runs(
    spans: list[tuple[int, int, Style]], length: int
) -> tuple[list[int], list[Style | None]]:
    """Cut ``[0, length)`` into runs at every span edge, as rich's ``Text.render`` does.

    ``spans`` are ``(start, end, style)``, non-empty, inside the text, in the order they
    were laid on. Returns the runs' starts (with ``length`` after the last) and styles:
    the sum of the styles of the spans over the run in span order, None where no span is.
    """
    events = sorted(
        [(start, False, i) for i, (start, _, _) in enumerate(spans)]
        + [(end, True, i) for i, (_, end, _) in enumerate(spans)]
    )
    starts: list[int] = []
    styles: list[Style | None] = []
    active: list[int] = []
    at = 0
    for offset, leaving, i in events:
        if offset > at:
            starts.append(at)
            styles.append(_style_sum(tuple([spans[j][2] for j in active])) if active else None)
            at = offset
        if leaving:
            active.remove(i)
        else:
            insort(active, i)
    if at < length:
        starts.append(at)
        styles.append(None)
    starts.append(length)
    return starts, styles


def _style_sum(layers: tuple[Style, ...]) -> Style:
    """``layers`` added up left to right (as rich combines a Text's spans), cached."""
    total = _STYLE_SUMS.get(layers)
    if total is None:
        total = Style.null()
        for style in layers:
            total = total + style
        if len(_STYLE_SUMS) >= _STYLE_SUMS_SIZE:
            _STYLE_SUMS.clear()
        _STYLE_SUMS[layers] = total
    return total


EAGER_ROWS = 400
"""Rows of one paragraph drawn at once; a longer paragraph's rows are drawn as they are
shown (``RowsOnDemand``)."""


class RowsOnDemand(Sequence[Strip]):
    """A paragraph's strips drawn one row at a time, when a row is first asked for.

    A paragraph of a great many rows (a 20 MB file of one line: 150,000 rows at 160
    columns) was drawn whole for every frame that showed any of it and again at each
    cursor move in it, 4 s a time on a quiet machine, the interface frozen meanwhile
    (safety85). ``spacing``: the blank strips above the text; ``draw(row)``: the strip of
    text row ``row``."""

    def __init__(self, spacing: list[Strip], rows: int, draw: Callable[[int], Strip]) -> None:
        self._spacing = spacing
        self._rows = rows
        self._draw = draw
        self._drawn: dict[int, Strip] = {}

    def __len__(self) -> int:
        return len(self._spacing) + self._rows

    @overload
    def __getitem__(self, index: int) -> Strip: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Strip]: ...

    def __getitem__(self, index: int | slice) -> Strip | Sequence[Strip]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self._spacing):
            return self._spacing[index]
        strip = self._drawn.get(index)
        if strip is None:
            strip = self._drawn[index] = self._draw(index - len(self._spacing))
        return strip

    @property
    def drawn(self) -> int:
        """Text rows drawn so far."""
        return len(self._drawn)
