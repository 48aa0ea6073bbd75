"""The bookmarks screen: a modal list of bookmarks across files; choose one to jump there.

``d`` deletes the highlighted bookmark and ``u`` puts the last one deleted back; the
deletions are made in the session when the screen closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui import ui_text
from tui.base.safetext import safe_path, safe_text
from tui.formats import placed_by_line
from tui.session_records import Bookmark
from tui.widgets.keybar import KeyBar, KeyHints
from tui.widgets.wrapped import wrap_ui_label

HINTS = (
    ("enter", ui_text.KEY_JUMP.zh),
    ("d", ui_text.KEY_DELETE.zh),
    ("u", ui_text.KEY_UNDO.zh),
    ("escape", ui_text.KEY_CLOSE.zh),
)
"""The keys the list names under it (as the footer shows keys)."""


def _place(bookmark: Bookmark) -> str:
    """Where ``bookmark`` is, as the list says it: a PDF's page (its line is one of the
    extracted text, which no PDF viewer shows; the notebook and the citation name the page
    too); a plain text's (.txt, .md) line; nothing for a Word, web-page or e-book file
    (.docx, .html, .epub…), named by the file alone as the notebook places its quotes
    (``Entry.place``): the line of its extracted text is none the program that shows it
    shows (the list said ``讲话.html  第9行``: newuser28, seen in tmux). By what the file
    held when it was bookmarked (``Bookmark.content``), else by its name
    (``formats.placed_by_line``)."""
    if bookmark.page > 0:
        return ui_text.AT_PAGE(page=bookmark.page)
    if not placed_by_line(bookmark.path, bookmark.content):
        return ""
    return ui_text.AT_LINE(line=bookmark.line)


def _in_speech(title: str) -> str:
    """The speech a bookmark is in, named in 《》 (“” in English), the title's own marks of
    that kind one level in (〈〉, ‘’), as a citation nests them (newuser21: 《学习《条例》
    的讲话》, and in English “…“奋进年”…”)."""
    outer, inner = ui_text.pick("《》", "“”"), ui_text.pick("〈〉", "‘’")
    return ui_text.IN_SPEECH(title=title.translate(str.maketrans(outer, inner)))


def _names_it(speech: str, text: str) -> bool:
    """Whether the bookmarked line is the speech's own title, which the list already names
    (a bookmark on a title line showed 《在全区…讲话》  在全区…讲话: newuser24 F12)."""
    line = "".join(text.split())
    return bool(line) and "".join(speech.split()).startswith(line)


class BookmarksScreen(ModalScreen[Bookmark | None]):
    """Lists bookmarks (newest first); Enter jumps, d deletes, Esc closes."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_BOOKMARKS.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", ui_text.KEY_CLOSE.zh),
        Binding("d,delete", "delete", ui_text.KEY_DELETE_BOOKMARK.zh),
        Binding("u", "undo", ui_text.KEY_UNDO.zh),
    ]

    DEFAULT_CSS = """
    BookmarksScreen { align: center middle; }
    BookmarksScreen > Vertical {
        width: 90; max-width: 95%; height: 80%;
        border: thick $primary; background: $surface;
    }
    BookmarksScreen #bookmarks-list { height: 1fr; border: none; }
    BookmarksScreen #bookmarks-title { padding: 0 1; text-style: bold; }
    BookmarksScreen #bookmarks-keys { padding-right: 1; }
    """

    def __init__(
        self, bookmarks: list[Bookmark], speech_of: Callable[[Bookmark], str] | None = None
    ) -> None:
        super().__init__()
        self.bookmarks = list(bookmarks)
        self._speech_of = speech_of or (lambda bookmark: "")
        """The name of the speech a bookmark is in ("" when not known): in a collection of
        1,386 speeches the file name and a line number did not say which one (newuser18)."""
        self.deleted: list[Bookmark] = []
        """Bookmarks the user deleted here (the caller removes them from the session)."""
        self._places: list[int] = []
        """Where each deleted bookmark was in the list (``u`` puts it back there)."""
        self._wrapped_at = 0
        """The width the rows were broken to (``wrap_ui_label``; 0: not yet)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(ui_text.BOOKMARKS_TITLE(), id="bookmarks-title")
            yield OptionList(*self._options(), id="bookmarks-list")
            yield KeyHints(HINTS, id="bookmarks-keys")
        # Its own key bar over the main screen's (whose keys do nothing here), as the help
        # has: the palette's key alone, the others under the list (``key_bar_named_here``).
        yield KeyBar(id="bookmarks-keybar")

    def key_bar_named_here(self) -> bool:
        """The keys are named once, under the list, the key bar naming the palette's alone:
        at 160x45 it named ⏎ esc d u a second time (issue #18), as the notebook's did."""
        return True

    def relabel(self) -> None:
        """The title and the list in the language chosen now."""
        self.query_one("#bookmarks-title", Static).update(ui_text.BOOKMARKS_TITLE())
        self._refresh(self.query_one(OptionList).highlighted or 0)

    def _options(self) -> list[Option]:
        if not self.bookmarks:
            return [Option(Text(ui_text.BOOKMARKS_NONE(), style="italic"), disabled=True)]
        options = []
        for bookmark in self.bookmarks:
            speech = self._speech_of(bookmark)
            label = Text.assemble(  # the name and text made safe (safe_text), never markup
                (safe_path(Path(bookmark.path).name), "bold"),
                (f"  {place}  " if (place := _place(bookmark)) else "  ", "dim"),
                (f"{_in_speech(safe_text(speech))}  " if speech else "", "italic"),
                "" if _names_it(speech, bookmark.text) else safe_text(bookmark.text),
                (f"  {safe_text(bookmark.created)}", "dim"),
            )
            options.append(Option(wrap_ui_label(label, self._wrap_width())))
        return options

    def _wrap_width(self) -> int:
        """Cells an option's lines may take (0 before the list is laid out: not wrapped)."""
        if not self.is_mounted:
            return 0
        options = self.query_one(OptionList)
        width = options.scrollable_content_region.width
        padding = options.get_component_styles("option-list--option").padding.width
        return max(0, width - padding)

    def on_resize(self) -> None:
        # Each row is broken by the reader's rules to the list's width: again for a new one.
        if self.is_mounted and self._wrap_width() != self._wrapped_at:
            self._refresh(self.query_one(OptionList).highlighted or 0)

    def on_mount(self) -> None:
        self.call_after_refresh(self.on_resize)

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
        self.notify(ui_text.BOOKMARK_DELETED(), timeout=4, markup=False)

    def action_undo(self) -> None:
        """Put the last deleted bookmark back."""
        if not self.deleted:
            self.notify(ui_text.NOTHING_TO_UNDO(), timeout=2, markup=False)
            return
        index = self._places.pop()
        self.bookmarks.insert(index, self.deleted.pop())
        self._refresh(index)

    def _refresh(self, index: int) -> None:
        options = self.query_one(OptionList)
        self._wrapped_at = self._wrap_width()
        options.clear_options()
        options.add_options(self._options())
        if self.bookmarks:
            options.highlighted = min(index, len(self.bookmarks) - 1)
