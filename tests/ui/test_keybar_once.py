"""The key bar works its entries out from the screen's bindings once per change it
shows, not once per signal: before the first frame it was asked four times (perf19's
trace), and each focus change asks again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.screen import Screen

from tests.ui.conftest import settle
from tests.ui.test_keybar_help_maximize_and_reveal import described
from tui.app import make_app
from tui.widgets.keybar import KeyBar


async def test_three_binding_changes_work_the_bar_out_once(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)
        before = described(bar)
        asked: list[int] = []
        bindings = Screen.active_bindings

        def counted(self: Screen[Any]) -> Any:
            asked.append(1)
            return bindings.fget(self)  # type: ignore[attr-defined]

        monkeypatch.setattr(Screen, "active_bindings", property(counted))
        for _ in range(3):  # as mount, the maximized watcher and a focus change do
            screen.bindings_updated_signal.publish(screen)
        await pilot.pause()
        assert len(asked) == 1
        # Still what the focused reader's keys are, worked out when read.
        assert described(bar) == before
        screen.set_focus(screen.outline)
        await pilot.pause()
        assert described(bar) != before
