"""The reading positions and bookmarks of the main screen (``ReadingPlaces``, a base
class of ``MainScreen``).

The place in the open file (``_current_position``: the cursor's paragraph and sentence,
its line and first characters to find it again after edits, the find bar's match there)
remembered in the session and the session written (``save_session``, also at unmount;
``w``'s choice kept with it); ``m``, ``'`` and going to a bookmark, its sentences
underlined in the reader.

Not the session's file (``tui/session.py``), nor the bookmark list's screen
(``tui/screens/bookmarks.py``); when the session is written after a change
(``schedule_save``, ``SAVE_DELAY``) is the screen's (``tui/screens/main.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.timer import Timer
from textual.widget import AwaitMount

from tui import ui_text
from tui.highlights import Highlights
from tui.screens import find as find_features
from tui.screens.main_panes import PaneLayout
from tui.screens.unsaved import tell_problems, tell_saved, tell_unsaved
from tui.session_records import Bookmark, Position, resolve_position
from tui.ui_text import Msg
from tui.widgets.findbar import FindBar
from tui.widgets.outline import speech_name
from tui.widgets.reader_keys import NoiseShown, ReadingWidthChanged

FINGERPRINT = 40
"""Characters of the cursor paragraph stored to find it again after edits."""


class ReadingPlaces(PaneLayout):
    """Positions and bookmarks (see the module docstring)."""

    # Set by ``MainScreen.__init__`` (tui/screens/main.py), which says what each holds.
    _shown: Path | None
    _save_timer: Timer | None
    _hidden_mounts: tuple[AwaitMount, AwaitMount] | None
    complete: bool
    # The rest of a ``ReadingScreen`` (tui/screens/reading.py): this class and those built
    # on it hand themselves to ``tui.screens.find`` and ``quote_dialog``.
    find_bar: FindBar
    highlights: Highlights
    keyword_highlights: bool
    mark_match_on_load: bool
    mark_match_start: int | None

    if TYPE_CHECKING:  # defined by the classes built on this one

        def open_and_reveal(self, path: Path, position: Position | None = None) -> None: ...

        def reveal_match_at(self, position: Position) -> None: ...

        def action_show_notebook(self) -> None: ...

    def _current_position(self) -> Position | None:
        document = self.reader.document
        if document is None or self._shown is None or self._shown != self.path:
            return None
        paragraph, sentence = self.reader.cursor
        found = document.paragraphs[paragraph]
        view_row = self.reader.cursor_view_row
        match = self.reader.find.current_match
        at = match.start if match is not None and match.paragraph == paragraph else None
        return Position(paragraph, sentence, found.line, found.text[:FINGERPRINT], view_row, at)

    def _remember_position(self) -> None:
        position = self._current_position()
        if position is not None and self.path is not None:
            self.session.set_position(self.path, position)

    def save_session(self) -> None:
        """Write positions and the last file now."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._remember_position()
        if self._hidden_mounts is not None:  # (before, they are as the session has them)
            find_features.remember_reading_tools(self)
        if not self.session.unsaved:
            return
        try:
            self.session.save()
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_POSITION(), error)
        else:
            tell_saved(self.app, *self.session.paths)
        tell_problems(self.app, self.session.take_problems())

    def on_unmount(self) -> None:
        self.save_session()

    def on_reading_width_changed(self, event: ReadingWidthChanged) -> None:
        """``w``: kept for the next start, as the theme is."""
        event.stop()
        self.session.set_lines_capped(event.capped)
        self.schedule_save()

    def on_noise_shown(self, event: NoiseShown) -> None:
        """``z``: the outline's line for a file of noise alone follows (not kept: see
        ``ReaderKeys.action_toggle_noise``)."""
        event.stop()
        self.outline.set_noise_shown(event.shown)

    def action_toggle_bookmark(self) -> None:
        """Bookmark the current sentence, or remove its bookmark."""
        position = self._current_position()
        if position is None or self.path is None:
            return
        text = self.reader.sentence_text((position.paragraph, position.sentence))
        added = self.session.find_bookmark(self.path, position.paragraph, position.sentence) is None
        document = self.reader.document
        page = (document.page_of(position.line) if document is not None else None) or 0
        try:
            self.session.toggle_bookmark(
                self.path,
                position.paragraph,
                position.sentence,
                position.line,
                text,
                position.text,
                page,
                document.content_kind if document is not None else "",
            )
        except OSError as error:
            tell_unsaved(
                self.app, ui_text.UNSAVED_BOOKMARKS(), error
            )  # kept for this run, written with the next save
        else:
            tell_saved(self.app, self.session.paths[1])
        tell_problems(self.app, self.session.take_problems())
        self._mark_bookmarks()
        self.notify((ui_text.BOOKMARK_ADDED if added else ui_text.BOOKMARK_REMOVED)(), timeout=2)

    def _mark_bookmarks(self) -> None:
        """Underline the open file's bookmarked sentences in the reader."""
        document = self.reader.document
        if document is None or self.path is None:
            self.reader.set_bookmarks([])
            return
        self.reader.set_bookmarks(
            [
                resolve_position(document, b.paragraph, b.sentence, b.line, b.anchor)
                for b in self.session.bookmarks_in(self.path)
            ]
        )

    def action_show_bookmarks(self) -> None:
        """List bookmarks across files; jump to the chosen one."""
        from tui.screens.bookmarks import BookmarksScreen  # on first use

        self.session.reload_bookmarks()  # with those another running reader added
        tell_problems(self.app, self.session.take_problems())
        screen = BookmarksScreen(self.session.bookmarks(), self._bookmark_speech)

        def chosen(bookmark: Bookmark | None) -> None:
            for gone in screen.deleted:
                try:
                    self.session.remove_bookmark(gone)
                except OSError as error:
                    tell_unsaved(self.app, ui_text.UNSAVED_BOOKMARKS(), error)
                else:
                    tell_saved(self.app, self.session.paths[1])
            self._mark_bookmarks()
            if bookmark is not None:
                self.go_to_bookmark(bookmark)

        self.app.push_screen(screen, chosen)

    def _bookmark_speech(self, bookmark: Bookmark) -> str:
        """The name of the speech ``bookmark`` is in, when it is in the open collection
        (whole, not only its head); "" otherwise."""
        document = self.reader.document
        if (
            document is None
            or not self.complete
            or len(document.speeches) < 2
            or Path(bookmark.path) != self.path
        ):
            return ""
        paragraph, _ = resolve_position(
            document, bookmark.paragraph, bookmark.sentence, bookmark.line, bookmark.anchor
        )
        speech = document.speech_at(paragraph)
        return "" if speech is None else speech_name(speech, "", len(document.speeches))

    def go_to_bookmark(
        self, bookmark: Bookmark, missing: Msg = ui_text.BOOKMARK_FILE_MISSING
    ) -> None:
        """Open the bookmark's file if needed and put the cursor on it; ``missing`` says
        its file is gone (a kept quote's place is opened here too, and says so of the
        quote)."""
        position = Position(bookmark.paragraph, bookmark.sentence, bookmark.line, bookmark.anchor)
        path = Path(bookmark.path)
        document = self.reader.document
        if path == self.path and document is not None:
            start = resolve_position(
                document, position.paragraph, position.sentence, position.line, position.text
            )
            self.reader.move_cursor_to(*start, top=True)
        elif not path.exists():
            self.notify(missing(path=path), severity="error")
        else:
            self.open_and_reveal(path, position)
        self.reader.focus()
