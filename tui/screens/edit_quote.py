"""The notebook's editing box (``r`` in the notebook): a quote's text, editable.

``EditQuoteDialog`` gives the text back on ctrl+s (the notebook writes it with
``Notebook.edit``: the quote's source and place stay) and None on Esc; an emptied text is
refused (``d`` deletes a quote). A changed text is discarded at the second Esc: the first
says it is not saved (newuser21: Esc by reflex threw an edit away without a word).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import TextArea

from tui import ui_text
from tui.base.safetext import safe_text
from tui.widgets.keybar import KeyBar
from tui.widgets.kinsoku_area import KinsokuTextArea
from tui.widgets.wrapped import WrappedText


class EditQuoteDialog(ModalScreen[str | None]):
    """A quote's text in an editable box: ctrl+s gives the text back, Esc gives None.

    Shown made safe, as every text from a file is (a quote's text was made safe when it
    was read: the same characters come back).
    """

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_EDIT_QUOTE.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", ui_text.KEY_SAVE.zh),
        Binding("escape", "discard", ui_text.KEY_DISCARD.zh),
    ]
    DEFAULT_CSS = """
    EditQuoteDialog { align: center middle; }
    EditQuoteDialog > Vertical {
        width: 80%; max-width: 100; height: 70%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    EditQuoteDialog #edit-quote-hint { width: 100%; margin: 0 0 1 0; }
    EditQuoteDialog TextArea { height: 1fr; }
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = safe_text(text, keep_breaks=True)
        self._warned = False
        """Whether Esc said the changed text is not saved (the next Esc discards it)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield WrappedText(ui_text.EDIT_QUOTE_HINT(), id="edit-quote-hint")
            yield KinsokuTextArea(self.text, soft_wrap=True, id="edit-quote-text")
        yield KeyBar(id="edit-quote-keybar")

    def on_mount(self) -> None:
        """The text focused, read from its first line: the cursor after its end, where a
        word is added (it stood before the first character), when the whole text is in
        sight; on its first character when the text is longer than the box (the cursor at
        the end scrolled a long quote to its last lines, its start out of sight above)."""
        area = self.query_one(TextArea)
        area.focus()
        # Once laid out: placed before the box had its width, the text was wrapped at none
        # and scrolled to the cursor, its first lines out of sight above.
        self.call_after_refresh(self._place_cursor)

    def _place_cursor(self) -> None:
        area = self.query_one(TextArea)
        if area.virtual_size.height > area.scrollable_content_region.height:
            area.move_cursor((0, 0))
            area.scroll_home(animate=False, immediate=True)
        else:
            area.move_cursor(area.document.end)

    def relabel(self) -> None:
        """The hint in the language chosen now."""
        hint = self.query_one("#edit-quote-hint", WrappedText)
        hint.text = ui_text.EDIT_QUOTE_HINT()
        hint.refresh_wrap()

    def action_save(self) -> None:
        """Keep the text as edited (an unchanged one changes nothing)."""
        text = self.query_one(TextArea).text.strip()
        if not text:
            self.notify(ui_text.NOTEBOOK_EDIT_EMPTY(), severity="warning", markup=False)
            return
        self.dismiss(text if text != self.text.strip() else None)

    def action_discard(self) -> None:
        """Close without changing the quote (a changed text: at the second Esc).

        The first Esc on a changed text says it is not saved."""
        if not self._warned and self.query_one(TextArea).text.strip() != self.text.strip():
            self._warned = True
            self.notify(ui_text.EDIT_DISCARD_AGAIN(), severity="warning", markup=False)
            return
        self.dismiss(None)
