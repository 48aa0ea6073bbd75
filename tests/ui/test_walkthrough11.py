"""Daily-use defects found walking through the app as a new user (helper user11): the help
screen's key bar offers the command palette as the main screen's does, ..."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette

from tests.ui.conftest import screen_text, settle
from tui.app import make_app
from tui.screens.help import HelpScreen
from tui.widgets.keybar import KeyBar


async def test_help_key_bar_offers_the_command_palette_as_the_main_screens(
    speech_dir: Path,
) -> None:
    """The main screen's bar ends with "^p 命令面板"; the help's did not, though ctrl+p
    opens the palette over the help too."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        main_bar = app.main_screen.query_one(KeyBar)
        assert main_bar.palette_entry is not None
        assert screen_text(app).splitlines()[-1].rstrip().endswith("▏ ^p 命令面板")
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        bar = app.screen.query_one(KeyBar)
        assert bar.palette_entry == main_bar.palette_entry
        bottom = screen_text(app).splitlines()[-1]
        assert bottom.startswith(" esc 关闭 ") and bottom.rstrip().endswith("▏ ^p 命令面板")
        # A click on it opens the palette, as ctrl+p does.
        await pilot.click(KeyBar, offset=(bar.size.width - 4, 0))
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)
