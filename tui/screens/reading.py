"""What the main screen's helpers use of it: ``ReadingScreen``, the main screen as a type.

``tui.screens.main`` routes keys and messages to helper modules (``find``: the find bar,
keywords, highlights and corpus search; ``quote_dialog``: copying; ``notebook``: the
notebook), which act on the main screen's panes. They name the screen by this protocol,
not by ``MainScreen``: ``main`` imports them, so importing ``main`` back made the four
modules one import cycle. ``MainScreen`` matches it structurally (mypy checks each place
that hands it over); it is ``runtime_checkable``, so ``isinstance`` tells it apart from a
dialog at run time (the palette's copy commands act only over the main screen).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel
    from textual.selection import Selection
    from textual.widget import Widget

    from tui.highlights import Highlights
    from tui.session import Session
    from tui.session_records import Bookmark, Position
    from tui.ui_text import Msg
    from tui.widgets.findbar import FindBar
    from tui.widgets.keywords import KeywordPanel
    from tui.widgets.outline import OutlinePane
    from tui.widgets.reader import ReaderView


@runtime_checkable
class ReadingScreen(Protocol):
    """The main screen as its helpers see it (``tui.screens.main.MainScreen`` is one)."""

    root: Path
    path: Path | None
    reader: ReaderView
    outline: OutlinePane
    find_bar: FindBar
    keyword_panel: KeywordPanel
    highlights: Highlights
    session: Session
    keyword_highlights: bool
    mark_match_on_load: bool
    mark_match_start: int | None
    index_refused: str
    selections: dict[Widget, Selection]

    @property
    def app(self) -> App[Any]: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...

    def clear_selection(self) -> None: ...

    def index_progress(self) -> tuple[int, int] | None: ...

    def update_index(self, asked: bool = False) -> None: ...

    def apply_tree_display(self) -> None: ...

    def schedule_save(self) -> None: ...

    def open_and_reveal(self, path: Path, position: Position | None = None) -> None: ...
    def reveal_match_at(self, position: Position) -> None: ...

    def go_to_bookmark(self, bookmark: Bookmark, missing: Msg = ...) -> None: ...

    def action_show_notebook(self) -> None: ...
