"""The key bar in each place (issue #17's walkthrough): the help screen's own keys, the file
tree's Enter, and a maximized pane that says how to get back."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import palette_lists, screen_text, settle
from tui.app import make_app
from tui.screens.help import HelpScreen
from tui.widgets.keybar import KeyBar


def described(bar: KeyBar) -> list[str]:
    return [description for _, _, description, _ in bar.entries]


async def test_help_screen_shows_its_own_keys_not_the_main_screens(speech_dir: Path) -> None:
    """Under the help the bar listed the main screen's keys (下一句, 书签 …), which do
    nothing there; now the bottom line is the help's bar: close, scroll, page."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        bottom = screen_text(app).splitlines()[-1]
        assert "关闭" in bottom and "滚动" in bottom and "翻页" in bottom, bottom
        for main_key in ("下一句", "书签", "提纲栏", "文件栏"):
            assert main_key not in bottom, bottom
        bar = app.screen.query_one(KeyBar)
        assert described(bar)[:3] == ["关闭", "滚动", "翻页"]
        # The keys the bar names work: the list scrolls, and Esc closes it.
        scroll = app.screen.query_one("VerticalScroll")
        assert scroll.scroll_y == 0
        await pilot.press("down")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y > 2
        await pilot.press("end")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("home")
        await pilot.pause()
        assert scroll.scroll_y == 0
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, HelpScreen)


async def test_file_tree_offers_enter_to_open(speech_dir: Path) -> None:
    """With the file tree focused the bar had no "⏎ 打开" (the tree's Enter opens a file)."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)
        assert "打开" not in described(bar)  # the reader's keys
        screen.filetree.focus()
        await pilot.pause()
        opens = [entry for entry in bar.entries if entry[2] == "打开"]
        assert len(opens) == 1, described(bar)
        entry = opens[0]
        assert entry[0] == "enter" and entry[3]
        assert f" {entry[1]} 打开 " in screen_text(app).splitlines()[bar.region.y]
        # The key it names opens the file under the cursor.
        tree = screen.filetree
        other = (speech_dir / "乙讲话.txt").resolve()
        node = tree.node_for_path(other)
        assert node is not None
        tree.move_cursor(node)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.path == other


async def test_maximized_pane_says_how_to_get_back(speech_dir: Path) -> None:
    """Maximized from the palette, the reader hid the status line and the key bar, and
    nothing said how to get the panes back; now the key bar stays, beginning with Esc 还原窗格,
    and Esc (or a click on it) restores the panes."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)
        assert "还原窗格" not in described(bar)
        for round_ in range(2):
            await pilot.press("ctrl+p", *"最大化")
            await palette_lists(app, pilot, "最大化")
            await pilot.press("enter")
            await settle(app, pilot)
            assert screen.maximized is screen.reader
            lines = screen_text(app).splitlines()
            assert bar.display and bar.region.y == len(lines) - 1
            assert lines[-1].startswith(" esc 还原窗格 "), lines[-1]
            assert described(bar)[0] == "还原窗格" and "下一句" in described(bar)
            if round_ == 0:
                await pilot.press("escape")
            else:
                await pilot.click(KeyBar, offset=(2, 0))
            await settle(app, pilot)
            assert screen.maximized is None
            assert "还原窗格" not in described(bar)
            assert screen.filetree.display and screen.outline.display
