"""The key bar where a walkthrough found it wrong: ``n``/``N`` after a find, the corpus
search's Enter, and the bookmarks and notebook dialogs (their own keys, not the main
screen's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.screen import Screen

from tests.ui.conftest import FakeClipboard, screen_text, settle
from tests.ui.test_search_ui import corpus_search
from tests.ui.test_walkthrough17 import described
from tui.app import make_app
from tui.engine.match import Hit
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.notebook import NotebookScreen
from tui.widgets.keybar import KeyBar


async def test_find_steps_are_in_the_key_bar_after_enter(speech_dir: Path) -> None:
    """After Enter in the find bar n / N worked but the bar did not list them."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)
        assert "下一处" not in described(bar)  # no search: not listed
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press(*"营商")
        await pilot.pause()
        # While typing, n types: the bar does not offer it as a step.
        assert "下一处" not in described(bar)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.reader.has_focus
        keys = {description: (key, enabled) for key, _, description, enabled in bar.entries}
        assert keys["下一处"] == ("n", True) and keys["上一处"] == ("N", True), keys
        bottom = screen_text(app).splitlines()[bar.region.y]
        assert " n 下一处 " in bottom and " N 上一处 " in bottom, bottom
        # The keys named work: n steps to the next match.
        before = screen.reader.cursor
        await pilot.press("n")
        await pilot.pause()
        assert screen.reader.cursor != before
        # Esc ends the search, and the bar drops them again.
        await pilot.press("escape")
        await settle(app, pilot)
        assert screen.reader.search_term is None
        assert "下一处" not in described(bar)


async def test_corpus_search_results_offer_enter_to_open(speech_dir: Path) -> None:
    """The results' status line said "Enter 打开" but the key bar had no ``⏎ 打开``, which
    the file tree's has: now it lists it while the results have the focus."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        bar = screen.query_one(KeyBar)
        assert "打开" not in described(bar)  # typing the query: Enter searches
        await pilot.press(*"一网通办", "enter")
        await settle(app, pilot)
        assert screen.results.has_focus and screen.located_nodes()
        opens = [entry for entry in bar.entries if entry[2] == "打开"]
        assert len(opens) == 1, described(bar)
        key, shown, _, enabled = opens[0]
        assert key == "enter" and enabled
        assert f" {shown} 打开 " in screen_text(app).splitlines()[bar.region.y]
        # The key it names opens the hit under the cursor, as before.
        hit = screen.located_nodes()[0]
        screen.results.move_cursor(hit)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.main_screen
        assert isinstance(hit.data, Hit)
        assert app.main_screen.path == Path(hit.data.path).resolve()


MAIN_KEYS = ("下一句", "下一页", "文件栏", "提纲栏", "书签列表")
"""Descriptions of main-screen keys that do nothing under a dialog."""


@pytest.mark.parametrize(
    ("opening", "dialog", "own"),
    [
        (("m", "apostrophe"), BookmarksScreen, ["关闭", "删除书签", "撤销删除"]),
        (("y", "ctrl+n"), NotebookScreen, ["关闭", "重新复制", "查看全文", "删除"]),
    ],
)
async def test_dialogs_have_their_own_key_bar(
    speech_dir: Path,
    clipboard: FakeClipboard,
    opening: tuple[str, ...],
    dialog: type[Screen[object]],
    own: list[str],
) -> None:
    """Under the bookmarks and notebook dialogs the dimmed bar still listed the main
    screen's keys; now the bottom line is the dialog's own bar, as the help's is."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(*opening)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, dialog)
        bottom = screen_text(app).splitlines()[-1]
        for main_key in MAIN_KEYS:
            assert main_key not in bottom, bottom
        for description in own:
            assert f" {description} " in bottom, bottom
        bar = screen.query_one(KeyBar)
        assert bar.region.y == app.size.height - 1
        assert described(bar)[: len(own)] == own, described(bar)
        # The first key it names (Esc: close) works.
        await pilot.press(bar.entries[0][0])
        await settle(app, pilot)
        assert app.screen is app.main_screen
