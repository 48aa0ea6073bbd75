"""The reading position restored at a restart, on the path a real start takes.

``tui.cli.launch`` sends the first file's parse ahead before Textual starts; in a terminal
it is done by the time the main screen mounts, so the document is shown before the
first layout, while the reader has no size (a one-cell-wide layout). The first layout
with a size must put the cursor's sentence at the top, as a start whose parse comes later
does: it kept the sizeless layout's rows instead, and the view began rows (or screens)
away from the sentence.
"""

from __future__ import annotations

from concurrent.futures import wait
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tui.app import make_app
from tui.cli import launch
from tui.engine.files import stamp_of
from tui.paths import bundled_corpus_dir
from tui.screens.main import MainScreen

SPEECHES = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"
PLACE = (26, 2)
"""A sentence that is not its paragraph's first, a few screens into the file."""


async def _leave_at(path: Path, place: tuple[int, int]) -> None:
    """A first session: the cursor put on ``place``, then quit with q (which saves)."""
    app = make_app(path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.reader.move_cursor_to(*place)
        await pilot.pause()
        await pilot.press("q")


async def test_restored_sentence_starts_the_view_when_shown_before_the_first_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = SPEECHES.resolve()
    await _leave_at(path, PLACE)
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
        assert int(reader.scroll_offset.y) == first
        # A size change after that keeps the sentence where it is (the ordinary way).
        await pilot.resize_terminal(150, 45)
        await pilot.pause()
        first, _ = reader.text_layout.sentence_rows(PLACE)
        assert int(reader.scroll_offset.y) == first
