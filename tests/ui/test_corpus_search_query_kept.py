"""ctrl+f after leaving the corpus search with Esc, no hit opened: the query typed comes back.

It came back empty (the find bar held no term): the query, typed again, and its results,
searched again (seen in tmux at 80x24, daily84)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import settle
from tests.ui.test_search_ui import corpus_search
from tui.app import make_app
from tui.screens.corpus_search import CorpusSearchScreen


async def test_the_query_left_with_esc_comes_back(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        search = await corpus_search(app, pilot, "营商环境")
        assert search.result is not None and search.result.files
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, CorpusSearchScreen)
        again = await corpus_search(app, pilot)
        assert again.input.value == "营商环境"
        await settle(app, pilot)
        assert again.result is not None and again.result.files  # (searched: its results)
        # Emptied and left: nothing comes back.
        await pilot.press("ctrl+f", "backspace")  # (the query focused, all selected)
        assert again.input.value == ""
        await pilot.press("escape")
        await settle(app, pilot)
        last = await corpus_search(app, pilot)
        assert last.input.value == ""
