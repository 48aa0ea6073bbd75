"""Daily-use defects of issue #17's walkthrough: the key bar in each place (the help
screen's own keys, the file tree's Enter, a maximized pane that says how to get back), and
a file opened from the palette shown in the file tree."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import (
    SPEECH_FILE,
    cursor_in_view,
    open_help,
    open_palette,
    palette_lists,
    screen_text,
    settle,
    until_cursor_on,
)
from tui.app import make_app
from tui.screens.help import HelpScreen
from tui.widgets.filetree_listing import ADD_BATCH
from tui.widgets.keybar import KeyBar


def described(bar: KeyBar) -> list[str]:
    return [description for _, _, description, _ in bar.entries]


async def test_help_screen_shows_its_own_keys_not_the_main_screens(speech_dir: Path) -> None:
    """Under the help the bar listed the main screen's keys (下一句, 书签 …), which do
    nothing there; now the bottom line is the help's bar: close, scroll, page."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        help_screen = await open_help(pilot)
        bottom = screen_text(app).splitlines()[-1]
        assert "关闭" in bottom and "滚动" in bottom and "翻页" in bottom, bottom
        for main_key in ("下一句", "书签", "提纲栏", "文件栏"):
            assert main_key not in bottom, bottom
        bar = help_screen.query_one(KeyBar)
        assert described(bar)[:3] == ["关闭", "滚动", "翻页"]
        # The keys the bar names work: the list scrolls, and Esc closes it.
        scroll = help_screen.query_one("VerticalScroll")
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
            await open_palette(pilot, "最大化")
            await palette_lists(app, pilot, "最大化")
            await pilot.press("enter")
            await settle(app, pilot)
            assert screen.maximized is screen.reader
            lines = screen_text(app).splitlines()
            assert bar.display and bar.region.y == len(lines) - 1
            assert lines[-1].startswith(" esc 还原窗格 "), lines[-1]
            assert described(bar)[0] == "还原窗格" and "下一句" in described(bar)
            # The keys on the hidden layout are off: not offered, and ^b changes nothing.
            assert not {"文件栏", "提纲栏"} & set(described(bar))
            await pilot.press("ctrl+b", "ctrl+o")
            await settle(app, pilot)
            assert screen.maximized is screen.reader
            if round_ == 0:
                await pilot.press("escape")
            else:
                await pilot.click(KeyBar, offset=(2, 0))
            await settle(app, pilot)
            assert screen.maximized is None
            assert "还原窗格" not in described(bar)
            assert screen.filetree.display and screen.outline.display


async def test_file_opened_from_the_palette_is_shown_in_the_tree(speech_dir: Path) -> None:
    """A file two folders down, opened from ctrl+p, was neither shown nor marked in the
    tree; now its folders are expanded, the cursor is on it and it is in view."""
    deep = speech_dir / "二〇二四" / "春季"
    deep.mkdir(parents=True)
    target = (deep / "丙讲话.txt").resolve()
    target.write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        assert tree.node_for_path(target) is None  # its folder was never opened
        await open_palette(pilot, "丙讲话")
        await palette_lists(app, pilot, "丙讲话")
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.path == target
        await until_cursor_on(pilot, tree, target)
        node = tree.cursor_node
        assert node is not None and node.parent is not None
        assert node.parent.is_expanded and node.parent.parent is not None
        assert node.parent.parent.is_expanded
        assert cursor_in_view(tree)


async def test_reveal_in_a_big_folder_waits_for_the_listing_without_holding_the_app(
    speech_dir: Path,
) -> None:
    """The tree lists a big folder in batches; the file sought is in a late batch. The
    reveal returns at once (the folder is far from listed then), and the cursor gets to
    the file, in view, once its batch is added."""
    big = speech_dir / "大文件夹"
    big.mkdir()
    count = ADD_BATCH * 3
    for number in range(count):
        (big / f"第{number}讲.txt").write_text("占位", encoding="utf-8")
    target = (big / f"第{count - 1}讲.txt").resolve()  # last in name order
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        before = tree.listed_count
        tree.reveal(target)
        assert tree.listed_count < before + count  # not listed yet: nothing waited for it
        await until_cursor_on(pilot, tree, target)
        assert tree.listed_count >= before + count
        await pilot.pause()
        assert cursor_in_view(tree) and tree.scroll_y > 0
        # A path outside the tree is left alone (the cursor stays).
        tree.reveal(speech_dir.parent / "别处.txt")
        await settle(app, pilot)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.path == target
