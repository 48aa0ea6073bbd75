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

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import textual.document._wrapped_document as wrapped_document
from rich.text import Text
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.events import Resize
from textual.widgets import Static, TextArea

from tui.engine.safetext import safe_text
from tui.engine.wrap import wrap, wrap_text

_textual_offsets = wrapped_document.compute_wrap_offsets


def kinsoku_offsets(
    text: str,
    width: int,
    tab_size: int,
    fold: bool = True,
    precomputed_tab_sections: list[tuple[str, int]] | None = None,
) -> list[int]:
    """Where ``text`` is broken into lines of ``width`` cells: the reader's breaks (the
    start of every line but the first), in the form of Textual's ``compute_wrap_offsets``.
    A line holding a tab is left to Textual (tab stops are its business)."""
    if "\t" in text or width <= 0:
        return _textual_offsets(text, width, tab_size, fold, precomputed_tab_sections)
    return [start for start, _ in wrap(text, width, 0, 0)[1:]]


@contextmanager
def _kinsoku_wrapping() -> Iterator[None]:
    # Textual's WrappedDocument calls the module's compute_wrap_offsets by name; it is
    # swapped for the reader's only while one of these documents wraps (on the UI thread,
    # synchronously: no other TextArea wraps meanwhile).
    wrapped_document.compute_wrap_offsets = kinsoku_offsets
    try:
        yield
    finally:
        wrapped_document.compute_wrap_offsets = _textual_offsets


class KinsokuWrappedDocument(WrappedDocument):
    """Textual's wrapped view of a document, broken where the reader breaks lines."""

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        with _kinsoku_wrapping():
            super().wrap(width, tab_width)

    def wrap_range(self, *args: Any, **kwargs: Any) -> None:
        with _kinsoku_wrapping():
            super().wrap_range(*args, **kwargs)


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

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        shown = wrap_text(self.text, width) if width > 0 else self.text
        self.update(Text(shown, style=self.plain_style, no_wrap=True, overflow="crop"))
