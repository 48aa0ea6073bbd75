"""The key bar where a walkthrough found it wrong: ``n``/``N`` after a find, the corpus
search's Enter, and the bookmarks and notebook dialogs (their own keys, not the main
screen's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList

from tests.ui.conftest import FakeClipboard, hits_placed, screen_text, settle, until
from tests.ui.test_keybar_help_maximize_and_reveal import described
from tests.ui.test_notebook_ui import export_prompt
from tests.ui.test_quotes_ui import SIZE
from tests.ui.test_search_ui import corpus_search
from tui import ui_text
from tui.app import make_app
from tui.engine.match import Hit
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.notebook import NotebookScreen
from tui.screens.quote_dialog import QuoteDialog
from tui.ui_text import Language
from tui.widgets.keybar import KeyBar, KeyHints
from tui.widgets.outline import node_paragraph


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
        # While typing, n types: the bar does not offer it as a step; Enter steps (it
        # goes to the next match, as the prompt says), and the bar lists it.
        assert "n" not in [key for key, _, _, _ in bar.entries]
        assert bar.entries[0][:1] + bar.entries[0][2:] == ("enter", "下一处", True)
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


async def test_find_steps_leave_the_key_bar_when_the_find_found_nothing(
    speech_dir: Path,
) -> None:
    """A find that found nothing here still had the key bar offer n 下一处 and N 上一处
    beside its 无匹配 (newuser21): they come with the first match and go with the last."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press(*"营商环竟", "enter")
        await settle(app, pilot)
        assert screen.reader.search_term == "营商环竟" and screen.reader.search_status[1] == 0
        assert screen.reader.has_focus and "下一处" not in described(bar), described(bar)
        # A term found: listed again.
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press(*"营商", "enter")
        await settle(app, pilot)
        assert screen.reader.search_status[1] > 0 and "下一处" in described(bar)


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
        await hits_placed(app, pilot, screen)  # placed after the search is done
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


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_corpus_search_keeps_back_and_quit_at_80_columns(
    speech_dir: Path, language: Language
) -> None:
    """On a row that folds the bar lists Enter and space first; at 80 columns that pushed
    ``q 退出`` out (the bar ran out of room). Esc and q stay now; ``^f`` goes first."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.switch_language(language)
        screen = await corpus_search(app, pilot, "营商")
        assert screen.results.has_focus
        screen.results.move_cursor(screen.results.root.children[0])  # a file's row: it folds
        bar = screen.query_one(KeyBar)
        await until(pilot, lambda: any(key == "space" for key, *_ in bar.entries), "space")
        await pilot.pause()
        line = screen_text(app).splitlines()[bar.region.y]
        for key, shown, description, _ in bar.entries:
            if key in ("escape", "q", "question_mark", "enter", "space"):
                assert f" {shown} {description} " in line, (key, line)
        assert line.rstrip().endswith(ui_text.KEY_PALETTE())


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_main_screen_keeps_quit_at_80_columns(speech_dir: Path, language: Language) -> None:
    """At 80 columns the reader's keys before it pushed ``q 退出`` out of the main screen's
    bar; q stays now, whole, with help and the palette key (a reader's key goes first)."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.switch_language(language)
        screen = app.main_screen
        assert screen.reader.has_focus
        bar = screen.query_one(KeyBar)
        await pilot.pause()
        line = screen_text(app).splitlines()[bar.region.y]
        shown = {key: (display, description) for key, display, description, _ in bar.entries}
        for key in ("q", "question_mark"):
            display, description = shown[key]
            assert f" {display} {description} " in line, (key, line)
        assert f" q {ui_text.KEY_QUIT()} " in line, line
        assert line.rstrip().endswith(ui_text.KEY_PALETTE())


MAIN_KEYS = ("下一句", "下一页", "文件栏", "提纲栏", "书签列表")
"""Descriptions of main-screen keys that do nothing under a dialog."""


@pytest.mark.parametrize(
    ("opening", "dialog", "own"),
    [
        (("m", "apostrophe"), BookmarksScreen, ["跳转", "删除", "撤销删除", "关闭"]),
        (
            ("y", "ctrl+n"),
            NotebookScreen,
            [
                "打开原处",
                "重新复制",
                "查看全文",
                "修改",
                "删除",
                "撤销删除",
                "上移",
                "下移",
                "复制全部",
                "导出",
                "关闭",
            ],
        ),
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
    screen's keys; now the bottom line is the dialog's own bar, as the help's is, naming
    the palette's key alone: the dialog's keys are named once, under its list
    (``KeyHints``), beginning with Enter (jump / open at its place), which the list binds
    hidden from any bar."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(*opening)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, dialog)
        rows = screen_text(app).splitlines()
        bottom, above = rows[-1], "\n".join(rows[:-1])
        for main_key in MAIN_KEYS:
            assert main_key not in bottom, bottom
        hints = screen.query_one(KeyHints).hints
        assert [what for _, what in hints] == own, hints
        for key, what in hints:
            shown = app.get_key_display(Binding(key, ""))
            spaced = f" {shown} {ui_text.shown(what, bar=True)} "  # two spaces apart
            close = f" {shown} {ui_text.shown(what, short=True)}"  # one space apart
            assert spaced in above or close in above, (key, above)
            assert what not in bottom, bottom
        bar = screen.query_one(KeyBar)
        assert bar.region.y == app.size.height - 1
        assert bar.entries == () and bottom.rstrip().endswith(ui_text.KEY_PALETTE())
        assert hints[0][0] == "enter"
        # The first key it names (Enter: jump or open) works.
        await pilot.press(hints[0][0])
        await settle(app, pilot)
        assert app.screen is app.main_screen


def bar_keys(screen: Screen[Any]) -> list[tuple[str, str]]:
    """(key, description) of each entry of ``screen``'s own key bar."""
    return [(key, description) for key, _, description, _ in screen.query_one(KeyBar).entries]


def hinted(screen: Screen[Any]) -> list[tuple[str, str]]:
    """The keys the notebook names under its list (or its export prompt)."""
    return list(screen.query_one("#notebook-keys", KeyHints).hints)


async def test_export_prompt_lists_its_own_keys(
    speech_file: Path, clipboard: FakeClipboard, tmp_path: Path
) -> None:
    """While the export path was typed, the keys under the list still named the list's
    (c 重新复制, d 删除 …, which type letters there) and neither the bar nor they named
    Enter, which exports. Now both say ⏎ 导出 and Esc 返回 (Esc goes back to the list, not
    closes); once the export is questioned, ⏎ 仍然导出; a changed path asks anew."""
    taken = tmp_path / "已有.md"
    taken.write_text("旧的", encoding="utf-8")
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        prompt = await export_prompt(app, pilot)
        screen = app.screen
        assert isinstance(screen, NotebookScreen)
        export = [("enter", "导出"), ("escape", "返回")]
        assert hinted(screen) == export
        assert bar_keys(screen) == []  # named once, under the list
        text = screen_text(app)
        assert " ⏎ 导出 " in text
        assert "重新复制" not in text and "查看全文" not in text, text
        prompt.value = str(taken)
        await pilot.press("enter")
        await pilot.pause()
        assert taken.read_text(encoding="utf-8") == "旧的"  # asked, not written
        assert hinted(screen) == [("enter", "仍然导出"), ("escape", "返回")]
        assert " ⏎ 仍然导出 " in screen_text(app)
        prompt.value = str(tmp_path / "新的.md")  # another path: a new question
        await pilot.pause()
        assert hinted(screen) == export
        prompt.value = str(taken)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the key named: writes all the same
        await pilot.pause()
        assert taken.read_text(encoding="utf-8") != "旧的"
        assert hinted(screen)[0] == ("enter", "打开原处")
        assert ("c", "重新复制") in hinted(screen)
        # Esc in the prompt goes back to the list, as the hints say.
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.query_one(OptionList).has_focus
        assert hinted(screen)[0] == ("enter", "打开原处") and ("escape", "关闭") in hinted(screen)
        assert bar_keys(screen) == []


async def test_quote_dialog_has_its_own_key_bar(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """The quote dialog (t in the notebook, or when no clipboard works) showed the
    notebook's bar dimmed under it, keys that do nothing there; now its own: ctrl+c copies
    the text (the text box binds it, hidden from the bar), Esc closes."""
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await export_prompt(app, pilot)
        await pilot.press("escape", "t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, QuoteDialog)
        assert bar_keys(dialog) == [("ctrl+c", "复制"), ("escape", "关闭")]
        bar = dialog.query_one(KeyBar)
        assert bar.region.y == app.size.height - 1
        bottom = screen_text(app).splitlines()[-1]
        assert " 复制 " in bottom and " esc 关闭 " in bottom, bottom
        assert "重新复制" not in bottom and "查看全文" not in bottom, bottom
        before = len(clipboard.copies)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert clipboard.copies[before:] == [dialog.text]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NotebookScreen)


async def test_the_outline_bar_lists_enter_which_jumps(speech_dir: Path) -> None:
    """In the outline j/k move the cursor and Enter jumps to the heading in the reader;
    the bar listed y/Y/t but not Enter. Now it begins with ⏎ 跳转."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        screen.outline.focus()
        await pilot.pause()
        bar = screen.query_one(KeyBar)
        assert bar_keys(screen)[0] == ("enter", "跳转")
        assert f" {bar.entries[0][1]} 跳转 " in screen_text(app).splitlines()[-1]
        await pilot.press("j", "j")
        node = screen.outline.cursor_node
        assert node is not None and node.data is not None
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.reader.cursor[0] == node_paragraph(node.data) != 0


async def test_the_bar_lists_y_and_escape_while_selecting(
    speech_dir: Path, clipboard: FakeClipboard
) -> None:
    """v starts a selection; y copies it and Esc drops it, but the bar went on listing the
    reading keys alone. Now it begins with y 复制 and esc while sentences are selected."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert bar_keys(screen)[0][0] != "y"
        await pilot.press("v", "j")
        await pilot.pause()
        assert bar_keys(screen)[:2] == [("y", "复制"), ("escape", "取消选择 / 结束查找")]
        assert " y 复制 " in screen_text(app).splitlines()[-1]
        await pilot.press("escape")
        await pilot.pause()
        assert screen.reader.selection is None
        assert bar_keys(screen)[0][0] != "y"
        await pilot.press("v", "j", "y")  # the key it names copies the selection
        await pilot.pause()
        assert clipboard.copies and screen.reader.selection is None
        assert bar_keys(screen)[0][0] != "y"


def bar_line(app: Any) -> str:
    """The bottom line of the screen in front: its key bar as drawn."""
    return screen_text(app).splitlines()[-1]


async def test_the_find_steps_are_the_last_keys_to_go_at_120_columns(speech_dir: Path) -> None:
    """At 120×35 with a search on, the bar listed n/N after the screen's other keys and had
    no room left for them (nor for ' 书签列表 without a search): the entries stand one
    space apart when short of room, and the keys of what the user does now stay until the
    others are gone (^o … go first; q and ? stay)."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        assert " ' 书签列表 " in bar_line(app)  # no search: every key of the bar fits
        await pilot.press("slash", *"营商", "enter")
        await settle(app, pilot)
        assert app.main_screen.reader.has_focus and app.main_screen.reader.search_term
        line = bar_line(app)
        for shown in (" n 下一处 ", " N 上一处 ", " q 退出 ", " ? 帮助 ", " ↑ 上一句 "):
            assert shown in line, (shown, line)
        assert "书签列表" not in line  # an other key gave way for them
        assert line.rstrip().endswith(ui_text.KEY_PALETTE())
        app.switch_language("en")  # longer words, fewer keys: still n and N
        await pilot.pause()
        line = bar_line(app)
        bar = app.screen.query_one(KeyBar)
        said = {display: text for _, display, text, _ in bar.entries}
        for key in ("n", "N", "q", "?"):
            assert f" {key} {said[key]}" in line, (key, line)


@pytest.mark.parametrize("size", [(80, 24), (120, 35), (160, 45)])
@pytest.mark.parametrize(
    ("opening", "dialog"),
    [(("y", "ctrl+n"), NotebookScreen), (("m", "apostrophe"), BookmarksScreen)],
)
async def test_dialogs_name_their_keys_once_at_every_size(
    speech_file: Path,
    clipboard: FakeClipboard,
    size: tuple[int, int],
    opening: tuple[str, ...],
    dialog: type[Screen[object]],
) -> None:
    """The notebook and the bookmark list named their keys twice: under their list and
    again in the key bar at the bottom (issue #18; the notebook at 80x24 was mended
    first, at 30 rows and more it still did, and the bookmark list at every size). They
    are named under the list alone (all of them, e 导出 at 120 columns too), the bar
    naming the palette's key only."""
    app = make_app(speech_file)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press(*opening)
        await settle(app, pilot)
        assert isinstance(app.screen, dialog)
        rows = screen_text(app).splitlines()
        above = "\n".join(rows[:-1])
        assert "esc" in above and " d " in above and " u " in above, (size, above)
        if dialog is NotebookScreen:
            assert " e " in above, (size, above)
        assert "esc" not in rows[-1] and " d " not in rows[-1], (size, rows[-1])
        assert rows[-1].rstrip().endswith(ui_text.KEY_PALETTE()), (size, rows[-1])


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize(
    ("opening", "dialog"),
    [(("ctrl+n",), NotebookScreen), (("apostrophe",), BookmarksScreen)],
)
async def test_a_dialogs_keys_keep_a_free_cell_before_its_border(
    speech_file: Path, language: Language, opening: tuple[str, ...], dialog: type[Screen[object]]
) -> None:
    """Every line of a dialog's keys leaves its last cell free, as its first is (the
    entries begin with a space): at 60x20 in English the notebook's first line ran to its
    border, "u Undo  K Up█", where the title's and the list's lines keep a cell of
    padding. Each width from 44 to 100 columns, the dialog resized while open."""
    app = make_app(speech_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.switch_language(language)
        await pilot.press(*opening)
        await settle(app, pilot)
        assert isinstance(app.screen, dialog)
        hints = app.screen.query_one(KeyHints)
        for width in range(44, 101):
            await pilot.resize_terminal(width, 20)
            await pilot.pause()
            free = hints.region.width - 1  # (its first cell is an entry's space)
            lines = hints.lines(hints.content_region.width)
            assert all(line.cell_len <= free for line in lines), (width, [str(x) for x in lines])
