"""The reading position restored at a restart, on the path a real start takes.

``tui.cli.launch`` sends the first file's parse ahead before Textual starts; in a terminal
it is done by the time the main screen mounts, so the document is shown before the
first layout, while the reader has no size (a one-cell-wide layout). The first layout
with a size must put the cursor's sentence at the top, as a start whose parse comes later
does: it kept the sizeless layout's rows instead, and the view began rows (or screens)
away from the sentence. And the view is restored as it was left: the sentence on the row
of the view it was on (``Position.view_row``), not moved to the top.
"""

from __future__ import annotations

from concurrent.futures import wait
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tui.app import make_app
from tui.base.files import stamp_of
from tui.cli import launch
from tui.paths import bundled_corpus_dir
from tui.screens.main import MainScreen

SPEECHES = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"
PLACE = (26, 2)
"""A sentence that is not its paragraph's first, a few screens into the file."""


async def _leave_at(path: Path, place: tuple[int, int]) -> tuple[int, list[str]]:
    """A first session: the cursor put on ``place``, then quit with q (which saves).
    Returns the cursor sentence's row in the view and the reader's lines as left."""
    app = make_app(path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.reader.move_cursor_to(*place)
        await pilot.pause()
        left = (screen.reader.cursor_view_row, _reader_lines(screen))
        await pilot.press("q")
    return left


def _reader_lines(screen: MainScreen) -> list[str]:
    reader = screen.reader
    return [strip.text for strip in reader.render_lines(reader.region.reset_offset)]


async def test_restored_sentence_starts_the_view_when_shown_before_the_first_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = SPEECHES.resolve()
    view_row, _ = await _leave_at(path, PLACE)
    assert view_row > 0  # scrolled into view from below: not at the top
    app = launch(path)
    # As in a terminal: the parse sent ahead is done before the screen mounts.
    key = (path, stamp_of(path))
    ahead = app.background.take_ahead(key)
    assert ahead is not None
    wait([ahead], timeout=60)
    monkeypatch.setattr(app.background, "take_ahead", lambda asked: ahead if asked == key else None)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await settle(app, pilot)
        reader = screen.reader
        assert reader.text_layout.cursor == PLACE
        first, _ = reader.text_layout.sentence_rows(PLACE)
        assert first > reader.size.height  # a few screens in: not the file's top
        assert int(reader.scroll_offset.y) == first - view_row
        # A size change after that keeps the sentence about where it is (the ordinary
        # way: the top paragraph's row is kept, and the lines between re-wrap).
        await pilot.resize_terminal(150, 45)
        await pilot.pause()
        first, _ = reader.text_layout.sentence_rows(PLACE)
        row = first - int(reader.scroll_offset.y)
        assert 0 <= row < reader.size.height and abs(row - view_row) <= 3


async def test_the_view_is_restored_as_it_was_left() -> None:
    """The same lines on screen after a restart at the same size: the cursor's sentence
    on the row it was on, the lines above it too (it used to jump to the top row)."""
    path = SPEECHES.resolve()
    view_row, lines = await _leave_at(path, PLACE)
    assert view_row > 0
    app = make_app(path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.reader.text_layout.cursor == PLACE
        assert screen.reader.cursor_view_row == view_row
        assert _reader_lines(screen) == lines
