"""Dialog text wrapped by the reader's Chinese line-break rules (禁则, ``tui.engine.wrap``).

Textual wraps text anywhere a line is full, so a dialog could start a line with "，" or
"。" and end one with "（". Two widgets wrap as the reader does:

* ``WrappedText``: a read-only block of text (a dialog's hint or message), wrapped with
  ``wrap_text`` to its width each time it is resized.
* ``KinsokuTextArea``: a ``TextArea`` whose soft wrap breaks lines where the reader would.
  The text itself is not changed (no line feed is added): what is selected and copied is
  the text as given, and an editable area stays editable.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual._wrap import compute_wrap_offsets
from textual.document._document import Location
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.events import Resize
from textual.expand_tabs import get_tab_widths
from textual.widgets import Static, TextArea

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


class KinsokuWrappedDocument(WrappedDocument):
    """Textual's wrapped view of a document, broken where the reader breaks lines.

    ``wrap`` is WrappedDocument's, with the reader's breaks (``kinsoku_offsets``) where
    Textual's own are computed; an edit (``wrap_range``) wraps the whole document again,
    which for the dialogs' few lines costs nothing worth a range's bookkeeping.
    """

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        self._width = width
        if tab_width:
            self._tab_width = tab_width
        wrap_offsets: list[list[int]] = []
        offset_to_line_info: list[tuple[int, int]] = []
        line_index_to_offsets: list[list[int]] = []
        tab_widths: list[list[int]] = []
        y_offset = 0
        for line_index, line in enumerate(self.document.lines):
            offsets = kinsoku_offsets(line, width, self._tab_width) if width else []
            tab_widths.append([cells for _, cells in get_tab_widths(line, self._tab_width)])
            wrap_offsets.append(offsets)
            line_index_to_offsets.append(list(range(y_offset, y_offset + len(offsets) + 1)))
            offset_to_line_info.extend((line_index, section) for section in range(len(offsets) + 1))
            y_offset += len(offsets) + 1
        self._wrap_offsets = wrap_offsets
        self._offset_to_line_info = offset_to_line_info
        self._line_index_to_offsets = line_index_to_offsets
        self._tab_width_cache = tab_widths

    def wrap_range(self, start: Location, old_end: Location, new_end: Location) -> None:
        self.wrap(self._width, self._tab_width)


class KinsokuTextArea(TextArea):
    """A ``TextArea`` (``soft_wrap`` on) wrapped by the reader's rules."""

    def _set_document(self, text: str, language: str | None) -> None:
        # TextArea makes its document here (at start and on load_text), then a
        # WrappedDocument and a navigator over it: both are made again over ours.
        super()._set_document(text, language)
        self.wrapped_document = KinsokuWrappedDocument(self.document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()


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
