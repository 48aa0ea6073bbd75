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

from rich.cells import cell_len
from rich.text import Text
from textual._wrap import compute_wrap_offsets
from textual.events import Resize
from textual.widgets import Static

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.wrap import wrap, wrap_text


def wrap_ui_text(text: str, width: int) -> str:
    """``text`` of the interface broken into lines of ``width`` cells by the reader's rules
    (``wrap_text``), a number never parted from the word after it ("（2" | "个文件…",
    "(2" | "files …" were: ``ui_text.glue_numbers``). The no-break spaces that hold them
    together are shown as the spaces they were (a text that has one of its own is
    wrapped as it is)."""
    if "\u00a0" in text:
        return wrap_text(text, width)
    return wrap_text(ui_text.glue_numbers(text), width).replace("\u00a0", " ")


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
