"""A long reading session does not grow: what a file opened or a dialog closed leaves
behind is freed (docs/performance-log.md, "A long session").

The app froze every object alive (``gc.freeze``) after each file's parse and each document
shown; a frozen object is never collected, so one alive at a freeze and later dropped in a
cycle (the previous document in the finished worker that showed it, the drawn lines of a
cleared cache, a closed help screen's widgets) stayed until the process ended: about 2.3 MB
for each file opened, the same again when the same files were opened again. Now the app
freezes only at its start (the first document shown, the folder listed).
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tui.app import make_app
from tui.screens.help import HelpScreen


async def test_opening_the_same_files_again_keeps_nothing_more_and_frees_closed_dialogs(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (no folder work meanwhile)
    first, second = speech_dir / "甲讲话.txt", speech_dir / "乙讲话.txt"
    app = make_app(first)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        for path in (second, first):  # (a first round: what the start makes once)
            screen.open_and_reveal(path)
            await settle(app, pilot)
        frozen = gc.get_freeze_count()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        closed = weakref.ref(help_screen)
        del help_screen
        await pilot.press("escape")
        await settle(app, pilot)
        for path in (second, first, second):
            screen.open_and_reveal(path)
            await settle(app, pilot)
        assert screen.reader.document is not None
        assert gc.get_freeze_count() <= frozen  # (frozen objects freed meanwhile: fewer)
        gc.collect()
        assert closed() is None
