"""Interface text wrapped by the reader's Chinese line-break rules (禁则, ``tui.engine.wrap``).

Textual wraps text anywhere a line is full, so a dialog could start a line with "，" or
"。" and end one with "（". Here: ``wrap_ui_text`` and ``wrap_ui_label`` (a number kept with
its word), ``kinsoku_offsets`` (the reader's breaks in Textual's form), and ``WrappedText``,
a read-only block of text (a dialog's hint or message, a notice, the keyword panel's
heading) wrapped to its width each time it is resized. The editable ``KinsokuTextArea`` is
in ``tui.widgets.kinsoku_area``: it brings Textual's TextArea (its document classes and
tree-sitter), which the first screen does not need (this module is imported at start by
the notices and the keyword panel).
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text
from textual._wrap import compute_wrap_offsets
from textual.events import Resize
from textual.widgets import Static

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.wrap import cell_width, wrap

_PATH_OR_NAME = re.compile(
    r"[A-Za-z0-9_.\-~]*(?:/[\w.\-~]*[\w\-~])+/?"  # a path: /home/u/notebook-3.md, ~/讲话/
    r"|(?<![A-Za-z0-9_.\-])[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*\.[A-Za-z0-9]{1,8}(?![\w])"
)
"""A path (its names after a ``/`` may be Chinese: ~/讲话/摘录本-2.md) or a file name of
letters, digits, -, _ and . (notebook-3.md) in a text of the interface: broken only after
one of its ``/`` (daily149 saw "notebook-3." | "md" in a notice at 60 columns). A Chinese
name standing alone (第3号文件.txt) is not one: it breaks as Chinese text does, and a
list of them in a notice keeps its lines."""


def wrap_ui_text(text: str, width: int) -> str:
    """``text`` of the interface broken into lines of ``width`` cells by the reader's rules
    (``tui.engine.wrap``), a number never parted from the word after it ("（2" | "个文件…",
    "(2" | "files …" were: ``ui_text.glue_numbers``), a path or a file name broken only
    after one of its ``/`` (``_path_break``). The no-break spaces that hold numbers
    together are shown as the spaces they were (a text that has one of its own is
    wrapped as it is). The spaces a break hangs at a line's end are dropped."""
    glued = "\u00a0" in text
    lines: list[str] = []
    for line in text.split("\n") if glued else ui_text.glue_numbers(text).split("\n"):
        if not line:
            lines.append("")
            continue
        starts = _ui_breaks(line, max(1, width))
        ends = [*starts[1:], len(line)]
        lines.extend(
            line[start:end].rstrip(" \u3000") if end < len(line) else line[start:end]
            for start, end in zip(starts, ends, strict=True)
        )
    shown = "\n".join(lines)
    return shown if glued else shown.replace("\u00a0", " ")


def _ui_breaks(line: str, width: int) -> list[int]:
    """The start of each line ``line`` is broken into at ``width`` cells: the reader's
    breaks, one that falls inside a path or a file name moved (``_path_break``)."""
    spans = [match.span() for match in _PATH_OR_NAME.finditer(line)]
    starts = [0]
    start = 0
    while True:
        rest = line[start:]
        broken = wrap(rest, width, 0, 0)
        if len(broken) == 1:
            return starts
        end = start + broken[1][0]
        inside = next(((s, e) for s, e in spans if s < end < e), None)
        if inside is not None:
            end = _path_break(line, start, end, inside, width)
        starts.append(end)
        start = end


def _path_break(line: str, start: int, end: int, span: tuple[int, int], width: int) -> int:
    """Where the line from ``start`` breaks instead of at ``end``, inside the path or file
    name ``span``: after its last ``/`` on the line (not one alone on it); else before it,
    if it does not start the line; else (one name wider than the line) cut where the room
    ends, moved back after a ``-`` or ``_`` of the name, and never inside its extension or
    at its dot ("notebook-" | "3.md", not "notebook-3." | "md" or "notebook-3.m" | "d")."""
    name_start, name_end = span
    for index in range(end, max(start + 1, name_start), -1):
        if line[index - 1] == "/":
            return index
    if name_start > start:
        return name_start
    fit = start + 1
    while fit < name_end and cell_width(line[start : fit + 1]) <= width:
        fit += 1
    for index in range(fit, start + 1, -1):
        if line[index - 1] in "-_":
            return index
    dot = line.rfind(".", start, name_end)
    if dot - 1 > start and fit >= dot - 1:
        return dot - 1
    return fit


def wrap_ui_label(label: Text, width: int) -> Text:
    """``label`` (styled) broken into lines of ``width`` cells as ``wrap_ui_text`` breaks its
    text, its styles kept: for an option list's rows, which Textual broke at any space
    (a bookmark's "《在全市 2022" | "年优化营商环境…》"). A label that fits is as it is."""
    plain = label.plain
    if width <= 0 or "\n" in plain or cell_len(plain) <= width:
        return label
    glued = plain if "\u00a0" in plain else ui_text.glue_numbers(plain)  # (same length)
    lines = label.divide(kinsoku_offsets(glued, width, 8))
    for line in lines:
        line.rstrip()
    return Text("\n").join(lines)


def kinsoku_offsets(text: str, width: int, tab_width: int) -> list[int]:
    """Where ``text`` is broken into lines of ``width`` cells: the reader's breaks (the
    start of every line but the first), in the form of Textual's ``compute_wrap_offsets``.
    A line holding a tab is left to Textual (tab stops are its business)."""
    if "\t" in text or width <= 0:
        return compute_wrap_offsets(text, width, tab_width)
    return [start for start, _ in wrap(text, width, 0, 0)[1:]]


class WrappedText(Static):
    """Read-only text (made safe, line feeds kept), wrapped by the reader's rules to the
    widget's width; one style for all of it."""

    def __init__(self, text: str, *, style: str = "", id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, markup=False)
        self.text = safe_text(text, keep_breaks=True)
        self.plain_style = style

    def on_mount(self) -> None:
        self._wrap()

    def on_resize(self, event: Resize) -> None:
        self._wrap()

    def refresh_wrap(self) -> None:
        """Wrap ``text`` again (after it was changed: a language switch)."""
        self._wrap()

    def set_text(self, text: str) -> None:
        """Show ``text`` (made safe) instead, wrapped to the widget's width."""
        self.text = safe_text(text, keep_breaks=True)
        self._wrap()

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        shown = wrap_ui_text(self.text, width) if width > 0 else self.text
        self.update(Text(shown, style=self.plain_style, no_wrap=True, overflow="crop"))
