"""The find bar of the reader.

``FindBar`` is the Input docked under the reader for ``/``: it posts ``Changed(term)``
as the user types, ``Submitted(term)`` on Enter and ``Closed()`` on Esc; the screen
shows the match count with ``set_status``, or ``set_searching`` while a long text's
first search is under way.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from tui import ui_text
from tui.reader_search import words_apart


class FindBar(Horizontal):
    """Incremental search in the open file, docked under the reader."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_FIND.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", ui_text.KEY_CLEAR_FIND.zh),
    ]

    def key_bar_leading(self) -> tuple[tuple[str, str], ...]:
        """Enter first in the key bar while the term is typed (``KeyBar``): it goes to the
        next match, as the prompt says (the input binds it, hidden from the bar)."""
        return (("enter", ui_text.KEY_FIND_NEXT.zh),)

    DEFAULT_CSS = """
    FindBar { height: 1; display: none; background: $boost; }
    FindBar.-open { display: block; }
    FindBar > #find-prompt { width: auto; padding: 0 1; color: $text-accent; text-style: bold; }
    FindBar > #find-input { width: 1fr; border: none; height: 1; padding: 0; }
    FindBar > #find-status { width: auto; min-width: 10; padding: 0 1; content-align: right middle; }
    """

    class Changed(Message):
        """The term changed (every keystroke)."""

        def __init__(self, term: str) -> None:
            super().__init__()
            self.term = term

    class Submitted(Message):
        """Enter: go to the next match."""

        def __init__(self, term: str) -> None:
            super().__init__()
            self.term = term

    class Closed(Message):
        """Esc: clear the search."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.input = Input(
            placeholder=ui_text.FIND_PLACEHOLDER(),
            id="find-input",
        )
        self.status = Label("", id="find-status")
        self._counted: tuple[int, int, bool] | None = (0, 0, True)
        """The last ``set_status`` (current, total, text), said again by ``relabel``; None:
        it says the search is under way (``set_searching``)."""

    def relabel(self) -> None:
        """The placeholder and the count in the language chosen now."""
        self.input.placeholder = ui_text.FIND_PLACEHOLDER()
        if self.is_open:
            if self._counted is None:
                self.set_searching()
            else:
                current, total, text = self._counted
                self.set_status(current, total, text=text)

    def compose(self) -> ComposeResult:
        yield Label("/", id="find-prompt")
        yield self.input
        yield self.status

    @property
    def is_open(self) -> bool:
        """Whether the bar is shown."""
        return self.has_class("-open")

    @property
    def term(self) -> str:
        """The term typed."""
        return self.input.value.strip()

    def open(self, term: str | None = None, focus: bool = True) -> None:
        """Show the bar, optionally with ``term`` in it. Its screen gets ``-find-bar-open``:
        notices stand a row higher, clear of the bar (``KinsokuToastRack``)."""
        self.add_class("-open")
        self._mark_screen()
        if term is not None and term != self.input.value:
            with self.input.prevent(Input.Changed):
                self.input.value = term
                self.input.cursor_position = len(term)
        if focus and self.is_attached:
            # At once, not after the keys already waiting (``focus`` is called later): ``/``
            # is a priority binding, so the keys typed right after it come to the bar.
            self.screen.set_focus(self.input)
        elif focus:
            self.input.focus()

    def on_mount(self) -> None:
        self._mark_screen()

    def _mark_screen(self) -> None:
        """``-find-bar-open`` on the bar's screen while the bar is open. The bar is mounted
        after the first whole document is shown (``MainScreen._mount_hidden``): opened before
        (a corpus-search hit chosen while a big file's head is shown), it has no screen yet,
        and its screen is marked when it is mounted."""
        if self.is_attached:
            self.screen.set_class(self.is_open, "-find-bar-open")

    def close(self) -> None:
        """Hide and empty the bar."""
        self.remove_class("-open")
        self._mark_screen()
        with self.input.prevent(Input.Changed):
            self.input.value = ""
        self.status.update("")

    def set_status(self, current: int, total: int, *, text: bool = True) -> None:
        """Show "current/total", "共 N 处" before stepping, or that nothing matched; and,
        when spaces set the term's words apart (``优化 营商``: each word is found and
        marked, not the phrase), that they do and that quotes make a phrase. ``text``
        False: no text is shown (a file empty, unreadable or binary: the reader says why),
        and the bar says there is none to search — 无匹配 told the user the term was not
        in a text that was never searched."""
        self._counted = (current, total, text)
        if not self.term:
            said = ""
        elif not text:
            said = ui_text.FIND_NO_TEXT()
        elif total == 0:
            said = ui_text.FIND_NO_MATCH()
        elif current:
            said = f"{current}/{total}"
        else:
            said = ui_text.FIND_COUNT(total=total)
        if said and text and (apart := words_apart(self.term)):
            said += ui_text.FIND_WORDS_APART(count=apart)
        self.status.update(said)

    def set_searching(self) -> None:
        """Say that the matches are being found (a long text's first search folds the text
        off the UI thread first)."""
        self._counted = None
        self.status.update(ui_text.FIND_SEARCHING() if self.term else "")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value.strip()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value.strip()))

    def action_close(self) -> None:
        """Clear the search and hide the bar."""
        self.post_message(self.Closed())
