"""The bookmarks screen: a modal list of bookmarks across files; choose one to jump there.

``d`` deletes the highlighted bookmark and ``u`` puts the last one deleted back; the
deletions are made in the session when the screen closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.engine.safetext import safe_path, safe_text
from tui.session import Bookmark
from tui.widgets.keybar import KeyHints

HINTS = (("enter", "跳转"), ("d", "删除"), ("u", "撤销删除"), ("escape", "关闭"))
"""The keys the list names under it (as the footer shows keys)."""


class BookmarksScreen(ModalScreen[Bookmark | None]):
    """Lists bookmarks (newest first); Enter jumps, d deletes, Esc closes."""

    HELP_GROUP: ClassVar[str] = "书签"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "关闭"),
        Binding("d,delete", "delete", "删除书签"),
        Binding("u", "undo", "撤销删除"),
    ]

    DEFAULT_CSS = """
    BookmarksScreen { align: center middle; }
    BookmarksScreen > Vertical {
        width: 90; max-width: 95%; height: 80%;
        border: thick $primary; background: $surface;
    }
    BookmarksScreen #bookmarks-list { height: 1fr; border: none; }
    BookmarksScreen #bookmarks-title { padding: 0 1; text-style: bold; }
    """

    def __init__(self, bookmarks: list[Bookmark]) -> None:
        super().__init__()
        self.bookmarks = list(bookmarks)
        self.deleted: list[Bookmark] = []
        """Bookmarks the user deleted here (the caller removes them from the session)."""
        self._places: list[int] = []
        """Where each deleted bookmark was in the list (``u`` puts it back there)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("书签", id="bookmarks-title")
            yield OptionList(*self._options(), id="bookmarks-list")
            yield KeyHints(HINTS, id="bookmarks-keys")

    def _options(self) -> list[Option]:
        if not self.bookmarks:
            return [Option(Text("还没有书签。在阅读区按 m 添加。", style="italic"), disabled=True)]
        options = []
        for bookmark in self.bookmarks:
            label = Text.assemble(  # the name and text made safe (safe_text), never markup
                (safe_path(Path(bookmark.path).name), "bold"),
                (f"  第{bookmark.line}行  ", "dim"),
                safe_text(bookmark.text),
                (f"  {safe_text(bookmark.created)}", "dim"),
            )
            options.append(Option(label))
        return options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.bookmarks:
            self.dismiss(self.bookmarks[event.option_index])

    def action_close(self) -> None:
        """Close without jumping."""
        self.dismiss(None)

    def action_delete(self) -> None:
        """Delete the highlighted bookmark."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None or not self.bookmarks:
            return
        self.deleted.append(self.bookmarks.pop(index))
        self._places.append(index)
        self._refresh(index)
        self.notify("已删除 1 个书签，按 u 撤销。", timeout=4, markup=False)

    def action_undo(self) -> None:
        """Put the last deleted bookmark back."""
        if not self.deleted:
            self.notify("没有可撤销的删除。", timeout=2, markup=False)
            return
        index = self._places.pop()
        self.bookmarks.insert(index, self.deleted.pop())
        self._refresh(index)

    def _refresh(self, index: int) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options())
        if self.bookmarks:
            options.highlighted = min(index, len(self.bookmarks) - 1)
