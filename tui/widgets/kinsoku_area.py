"""``KinsokuTextArea``: a ``TextArea`` whose soft wrap breaks lines where the reader would
(``wrapped.kinsoku_offsets``). The text itself is not changed (no line feed is added): what
is selected and copied is the text as given, and an editable area stays editable. Apart
from ``tui.widgets.wrapped`` because it imports Textual's TextArea (its document classes and
tree-sitter), which only the quote dialogs need, not the first screen.
"""

from __future__ import annotations

from textual.document._document import Location
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.expand_tabs import get_tab_widths
from textual.widgets import TextArea

from tui.widgets.wrapped import kinsoku_offsets


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
