"""The whole app through make_app: panes, keys, outline, persistence, bookmarks, bad files."""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.style import Style
from textual import events
from textual.command import CommandPalette
from textual.widgets import Input, Tree

from tests.ui.conftest import (
    SPEECH_FILE,
    app_on,
    bad_file,
    build_document,
    file_changed,
    help_shown,
    open_help,
    open_palette,
    palette_lists,
    screen_text,
    settle,
    until,
    until_equal,
)
from tui import ui_text
from tui.app import SpeechReaderApp, make_app
from tui.base.files import SPEECH_SUFFIXES
from tui.engine import Kind, load_document
from tui.paths import bundled_corpus_dir
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.main import MainScreen
from tui.session import Session
from tui.widgets.filetree import SpeechFileTree
from tui.widgets.keybar import KeyBar
from tui.widgets.outline import OutlinePane
from tui.widgets.reader import ReaderView
from tui.widgets.toasts import shown_notices


def headings_of(path: Path) -> list[int]:
    document = load_document(path)
    return [i for i, p in enumerate(document.paragraphs) if p.kind is Kind.HEADING]


def test_make_app_roots() -> None:
    assert make_app(None).root == bundled_corpus_dir()
    folder = bundled_corpus_dir()
    first = sorted(folder.glob("*.txt"))[0]
    app = make_app(first)
    assert app.root == folder and app.start_file == first
    assert make_app(folder).start_file is None


async def test_opens_file_with_three_panes(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        assert screen.path == path.resolve()
        assert screen.reader.document is not None
        assert screen.reader.has_focus
        assert screen.filetree.display and screen.outline.display
        document = screen.reader.document
        roots = screen.outline.root.children
        assert len(roots) == len(document.speeches)
        # Every heading of the model is a node somewhere under the roots.
        labels: list[str] = []
        stack = list(roots)
        while stack:
            node = stack.pop()
            labels.append(str(node.label))
            stack.extend(node.children)
        for speech in document.speeches:
            for heading in speech.headings:
                assert any(heading.title[:6] in label for label in labels)
        assert path.stem in screen.status.text and "%" in screen.status.text


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_hidden_panes_are_mounted_after_the_first_frame_where_compose_put_them(
    speech_dir: Path,
) -> None:
    """The keyword panel and the find bar are not styled on the way to the first frame;
    once it is drawn they are in the screen as before, and work (K, /)."""
    app = make_app(speech_dir / "甲讲话.txt")
    first: list[list[str]] = []

    def spy(screen: Any) -> None:
        if not first and isinstance(screen, MainScreen):
            first.append([node.id or "" for node in screen.walk_children()])

    app.frame_listeners.append(spy)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert first and "keywords" not in first[0] and "find-bar" not in first[0]
        assert "reader" in first[0]

        def panes() -> list[str | None]:
            return [child.id for child in screen.query_one("#panes").children]

        # Mounted after the first frame: waited for (a state), then their order checked.
        await until(pilot, lambda: len(panes()) == 4, "the hidden panes mounted")
        assert panes() == ["filetree", "outline", "reader", "keywords"]
        assert [child.id for child in screen.children] == ["panes", "find-bar", "status", "keybar"]
        assert not screen.keyword_panel.display and not screen.find_bar.is_open
        await pilot.press("slash")
        assert screen.find_bar.is_open and screen.find_bar.input.has_focus
        await pilot.press("escape", "K")
        assert screen.keyword_panel.display


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_find_and_keywords_work_before_the_hidden_panes_were_mounted(
    speech_dir: Path, held_load: threading.Event
) -> None:
    """A key typed during start-up, while the first file is still being read: the hidden
    panes are mounted once it is shown, so / and K mount them themselves; the later mount
    finds them in place (one of each, where compose would have put them)."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot, held=("_load",))
        screen = app.main_screen
        assert screen.reader.document is None  # still loading
        assert screen.find_bar.parent is None and screen.keyword_panel.parent is None
        await pilot.press("slash")
        assert screen.find_bar.is_open and screen.find_bar.input.has_focus
        assert [child.id for child in screen.children] == ["panes", "find-bar", "status", "keybar"]
        await pilot.press("escape", "K")
        assert screen.keyword_panel.display and screen.keyword_panel.parent is not None
        held_load.set()
        # The load only (the keyword panel's worker, in the helper process, is not waited for).
        await asyncio.gather(*(w.wait() for w in app.workers if w.group == "load"))
        await pilot.pause()
        assert screen.reader.document is not None
        panes = [child.id for child in screen.query_one("#panes").children]
        assert panes == ["filetree", "outline", "reader", "keywords"]
        shown = [child.id for child in screen.children]
        assert shown[:4] == ["panes", "find-bar", "status", "keybar"]  # then toasts, if any
        assert shown.count("find-bar") == 1 and screen.keyword_panel.display


async def test_first_start_opens_first_file_and_tree_filters(speech_dir: Path) -> None:
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.path == (speech_dir / "乙讲话.txt").resolve()  # first by name
        tree = screen.filetree
        names = [node.data.path.name for node in tree.root.children if node.data is not None]
        assert sorted(names) == ["乙讲话.txt", "甲讲话.txt"]
        # Speech counts appear once known (the open file, then a delayed background count).
        screen.count_speeches()
        await settle(app, pilot)
        assert tree.speech_count(speech_dir / "乙讲话.txt") == len(screen.reader.document.speeches)  # type: ignore[union-attr]
        assert tree.speech_count(speech_dir / "甲讲话.txt") is not None
        node = tree.node_for_path(speech_dir / "甲讲话.txt")
        assert node is not None
        label = tree.render_label(node, tree.rich_style, tree.rich_style)
        assert label.plain.endswith("篇")


async def test_first_start_finds_speeches_in_sub_folders(tmp_path: Path) -> None:
    """A collection sorted into year folders opens its first file, not "no speeches"."""
    root = tmp_path / "讲话稿"
    for folder, name in ((".old", "甲.txt"), ("2022", "丙.txt"), ("2021", "乙.txt")):
        (root / folder).mkdir(parents=True)
        (root / folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    (root / "2021" / "notes.png").write_bytes(b"\x89PNG")
    app = make_app(root)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.main_screen.path == (root / "2021" / "乙.txt").resolve()
        assert app.main_screen.reader.document is not None
    empty = tmp_path / "空"
    (empty / "2023").mkdir(parents=True)
    app = make_app(empty)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.main_screen.path is None
        reader = app.main_screen.reader
        assert "没有讲话稿" in reader.message
        # It names every kind of file the reader opens, not only .txt / .md.
        assert all(suffix in reader.message for suffix in SPEECH_SUFFIXES)
        # Drawn in the theme's colours: in a light theme it was the terminal's own
        # light grey on black.
        app.theme = "textual-light"
        await pilot.pause()
        background = reader.rich_style.bgcolor
        row = next(y for y in range(reader.size.height) if reader.render_line(y).text.strip())
        assert all(
            segment.style and segment.style.bgcolor == background
            for segment in reader.render_line(row)
        )


async def test_long_names_are_cut_so_speech_counts_show(speech_dir: Path) -> None:
    """A name longer than the pane ends in "…" and keeps its count in view, also when the
    count arrives after the tree measured its lines; the tree never scrolls sideways."""
    long_name = "在全市优化营商环境暨招商引资工作大会上的讲话.txt"
    (speech_dir / long_name).write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        path = speech_dir / long_name
        node = tree.node_for_path(path)
        assert node is not None

        def row() -> str:
            return tree.render_line(node.line - int(tree.scroll_offset.y)).text

        # The app's own count first (else, arriving late under load, its "1篇" replaced the
        # test's 1234 on the row: check28's whole check), then a wide one, after the tree
        # measured its lines: each waited for on the row drawn, not for a time.
        app.main_screen.count_speeches()
        await until(pilot, lambda: tree.speech_count(path) == 1, "the file's count")
        await until(pilot, lambda: row().rstrip().endswith("1篇"), "its count drawn")
        tree.set_speech_count(path, 1234)
        await until(pilot, lambda: row().rstrip().endswith("1234篇"), "the wide count drawn")
        assert "在全市" in row() and "…" in row()
        assert tree.virtual_size.width <= tree.scrollable_content_region.width
        assert not tree.show_horizontal_scrollbar
        short = tree.node_for_path(speech_dir / "甲讲话.txt")
        assert short is not None
        assert "…" not in tree.render_label(short, tree.rich_style, tree.rich_style).plain


def test_a_cut_label_ends_at_the_last_character_that_fits() -> None:
    """At every width: the cut ends right after the last whole character that fits, then "…"
    (rich's ellipsis padded a half-fitting wide character with a space: "讲话 …")."""
    from rich.text import Text

    from tui.widgets.treestyle import cut_to_cells, cut_width

    name = "在全市优化营商环境暨招商引资ab工作大会上的讲话.txt"
    for cells in range(2, Text(name).cell_len + 3):
        shown = cut_to_cells(Text(name, style="bold"), cells).plain
        if Text(name).cell_len <= cells:
            assert shown == name
            continue
        head = shown.removesuffix("…")
        assert shown.endswith("…") and name.startswith(head) and not head.endswith(" ")
        assert Text(shown).cell_len in (cells - 1, cells)  # one cell short only at a wide char
        assert cut_width(name, cells) == Text(shown).cell_len
        following = name[len(head)]
        if following.isascii() and following.isalnum():  # a Latin word is cut before it
            word = re.match(r"[a-z]+", name[len(head) :])
            assert word and Text(head + word[0]).cell_len > cells - 1
        else:
            assert Text(head + following).cell_len > cells - 1  # the next character did not fit


NUMBERS = "一二三四五六七八"
WORDS_IN_TITLES = "在全市优化营商环境大会上的讲话\n\n　　同志们：\n　　今天召开大会。\n" + "".join(
    f"　　{numeral}、{'汉' * shift}推进 20222022202220222 年 COVID-19 工作。要抓紧抓实。\n"
    for shift, numeral in enumerate(NUMBERS)
)


async def test_an_outline_title_is_not_shortened_inside_a_latin_word_or_a_number(
    tmp_path: Path,
) -> None:
    """A title shortened with "…" kept the head of a word or number: "在全市 20…" read as
    another year, "COV…" as no word. It is cut before the word, unless nothing else is left
    (titles with the number at each offset: the pane cuts some of them inside it)."""
    path = tmp_path / "讲话.txt"
    path.write_text(WORDS_IN_TITLES, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        rows = [outline.render_line(row).text.rstrip() for row in range(len(NUMBERS) + 2)]
        cut = [row.split("…")[0].lstrip("├└│ ") for row in rows if "…" in row and "、" in row]
        assert len(cut) == len(NUMBERS), rows
        titles = WORDS_IN_TITLES.replace("　", "").replace("。要抓紧抓实。", "").split("\n")
        inside = [
            head
            for head in cut
            for title in titles
            if title.startswith(head) and head[-1].isalnum() and title[len(head)].isalnum()
        ]
        assert not inside, rows


@pytest.mark.parametrize("width", [120, 121])
async def test_tree_labels_are_cut_without_a_space_before_the_ellipsis(
    speech_dir: Path, width: int
) -> None:
    """Both pane widths' parities: one of them cuts the name inside a wide character."""
    long_name = "在全市优化营商环境暨招商引资工作大会上的讲话.txt"
    (speech_dir / long_name).write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(width, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        node = tree.node_for_path(speech_dir / long_name)
        assert node is not None
        # The file's own count first: one that came after the 12 below overwrote it (a
        # count can start after settle, when the tree's first frame shows the file).
        await until(
            pilot,
            lambda: tree.speech_count(speech_dir / long_name) is not None,
            "the long file counted",
        )
        tree.set_speech_count(speech_dir / long_name, 12)
        await pilot.pause()
        row = tree.render_line(node.line - int(tree.scroll_offset.y)).text
        assert "…" in row and " …" not in row and row.rstrip().endswith("12篇")
        head = row.split("…")[0].split("在全市", 1)[1]
        assert long_name.startswith("在全市" + head)


async def test_heading_keys_move_outline_and_status(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    heads = headings_of(path)
    app = make_app(path)
    async with app.run_test(size=(100, 14)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        assert reader.max_scroll_y > 0
        await pilot.press("right_square_bracket")
        assert reader.cursor == (heads[0], 0)
        assert reader.text_layout.sentence_rows(reader.cursor)[0] == int(reader.scroll_offset.y)
        node = screen.outline.cursor_node
        assert node is not None and node.data is not None
        assert getattr(node.data, "paragraph", None) == heads[0]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert reader.cursor == (heads[2], 0)
        document = reader.document
        assert document is not None
        for heading in document.section_path(heads[2]):
            assert heading.marker in screen.status.text
        await pilot.press("j", "j")
        node = screen.outline.cursor_node
        expected = max(h for h in heads if h <= reader.cursor[0])
        assert node is not None and getattr(node.data, "paragraph", None) == expected


async def test_status_names_an_untitled_speech_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "营商讲话 › 第2篇：… › 一、…", not the file name twice."""
    items = [
        ("salutation", "同志们："),
        ("h1", "一、抓项目。要抓好招商引资。"),
        ("body", "要抓好落实。"),
    ]
    document = build_document([(None, items), (None, items)])
    monkeypatch.setattr("tui.jobs.opening.load", lambda _: document)
    path = tmp_path / "营商讲话.txt"
    path.write_text("占位", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("right_curly_bracket", "right_square_bracket")
        text = app.main_screen.status.text
        assert text.startswith("营商讲话 › 第2篇：要抓好落实") and "一、抓项目" in text
        assert text.count("营商讲话") == 1


async def test_outline_enter_jumps_reader(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    heads = headings_of(path)
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        outline = screen.outline
        await outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        outline.focus()
        target = outline.node_for_paragraph(heads[-1])
        assert target is not None
        outline.move_cursor(target)
        await pilot.press("enter")
        await until_equal(pilot, lambda: screen.reader.cursor, (heads[-1], 0), "the jump")
        await pilot.wait_for_scheduled_animations()
        assert (
            screen.reader.text_layout.sentence_rows(screen.reader.cursor)[0]
            == int(screen.reader.scroll_offset.y)
            or screen.reader.scroll_offset.y == screen.reader.max_scroll_y
        )


async def test_tab_cycles_panes_and_toggles(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert isinstance(app.focused, ReaderView)

        def focused() -> type | None:
            return type(app.focused) if app.focused is not None else None

        # Each key's handling, waited for (a pause can end before it on a loaded machine).
        await pilot.press("tab")
        await until_equal(pilot, focused, SpeechFileTree, "focus after tab")
        await pilot.press("tab")
        await until_equal(pilot, focused, OutlinePane, "focus after tab")
        await pilot.press("shift+tab")
        await until_equal(pilot, focused, SpeechFileTree, "focus after shift+tab")
        await pilot.press("tab", "tab")
        await until_equal(pilot, focused, ReaderView, "focus after tab, tab")
        await pilot.press("ctrl+o")
        await until_equal(pilot, lambda: screen.outline.display, False, "outline after ctrl+o")
        await pilot.press("ctrl+o")
        await until_equal(pilot, lambda: screen.outline.display, True, "outline after ctrl+o")
        await pilot.press("ctrl+b")
        await until_equal(pilot, lambda: screen.filetree.display, False, "tree after ctrl+b")
        await pilot.press("ctrl+b")
        await until_equal(pilot, lambda: screen.filetree.display, True, "tree after ctrl+b")
        assert isinstance(app.focused, SpeechFileTree)
        width = screen.reader.text_layout.width
        await pilot.press("ctrl+b")
        # The reader takes the room once laid out again.
        await until(pilot, lambda: screen.reader.text_layout.width > width, "the reader wider")


async def test_narrow_terminal_hides_file_tree(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert not screen.filetree.display and screen.outline.display
        assert screen.reader.size.width >= 40
        await pilot.press("ctrl+b")
        assert screen.filetree.display
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        assert screen.filetree.display


async def test_help_lists_bindings(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        help_screen = await open_help(pilot)
        descriptions = {b.description for _, group in help_screen.groups for b in group}
        assert {"下一句", "下一标题", "下一篇", "文件栏", "提纲栏", "书签", "退出"} <= descriptions
        # The dialogs' keys and Textual's own keys of the trees (Enter, Space) were missing:
        elsewhere = {(title, d) for title, rows in help_screen.elsewhere for _, d in rows}
        wanted = {
            "删除书签",
            "撤销删除",
            "打开原处",
            "建立索引",
            "跳到这个标题",
            "展开/折叠文件夹",
        }
        assert wanted <= {d for _, d in elsewhere}
        # The tree's Enter is its own binding now (shown in the key bar), in the file group.
        files = dict(help_screen.groups)["文件"]
        assert ("enter", "打开") in {(b.key, b.description) for b in files}
        assert not {"下一句", "下一标题", "文件栏"} & {d for _, d in elsewhere}  # not twice
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await open_help(pilot, "f1")
        await pilot.press("f1")
        assert isinstance(app.screen, MainScreen)


async def test_position_and_last_file_are_restored(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    app = make_app(speech_dir)  # first start: opens 乙
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.main_screen.open_file(path)
        await settle(app, pilot)
        await pilot.press("j", "j", "j", "j", "j")
        where = app.main_screen.reader.cursor
        await pilot.press("q")
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.main_screen.path == path.resolve()
        assert app.main_screen.reader.cursor == where


async def test_bookmarks_toggle_list_and_jump(speech_dir: Path) -> None:
    first = speech_dir / "甲讲话.txt"
    app = make_app(first)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("j", "j", "j", "m")
        marked = screen.reader.cursor
        await pilot.press("j", "m", "m")  # add and remove again
        assert len(screen.session.bookmarks()) == 1
        screen.open_file(speech_dir / "乙讲话.txt")
        await settle(app, pilot)
        await pilot.press("apostrophe")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert screen.path == first.resolve() and screen.reader.cursor == marked
        await pilot.press("apostrophe", "d", "escape")
        assert screen.session.bookmarks() == []


@pytest.mark.parametrize(("kind", "expected"), [("binary", "文本"), ("empty", "空")])
async def test_bad_files_show_a_message(tmp_path: Path, kind: str, expected: str) -> None:
    path = bad_file(tmp_path, kind)
    async with app_on(path) as (app, pilot):
        reader = app.main_screen.reader
        assert reader.document is None and expected in reader.message
        assert path.name in reader.message
        await pilot.press("j", "right_square_bracket", "m")
        assert app.is_running


async def test_a_bad_files_message_fits_the_visible_reader(tmp_path: Path) -> None:
    """At 80x24 the reader's scrollbar took the last two cells of each message line
    (压缩[包], UTF-8 [编]码, user9): the message is wrapped to the width it can be seen in."""
    async with app_on(bad_file(tmp_path, "binary"), (80, 24)) as (app, pilot):
        reader = app.main_screen.reader
        assert reader.document is None and reader.message
        seen = reader.scrollable_content_region.width
        shown = "".join(reader.render_line(y).crop(0, seen).text for y in range(reader.size.height))
        assert "".join(reader.message.split()) in "".join(shown.split())


async def test_changed_file_reloads_at_same_line_and_vanished_file_is_reported(
    speech_dir: Path,
) -> None:
    path = speech_dir / "甲讲话.txt"
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        reader = screen.reader
        await pilot.press("right_square_bracket", "right_square_bracket")
        line = reader.cursor_line
        text = reader.sentence_text(reader.cursor)
        path.write_text("　　新加的第一行。\n\n" + SPEECH_FILE, encoding="utf-8")
        os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
        await file_changed(app, pilot)
        assert reader.sentence_text(reader.cursor) == text
        assert reader.cursor_line == line + 2
        path.unlink()
        await file_changed(app, pilot)
        # (the text stays, marked as gone: test_file_gone)
        assert reader.document is not None and "文件不见了" in screen.status.text
        path.write_text(SPEECH_FILE, encoding="utf-8")
        await file_changed(app, pilot)
        assert reader.document is not None


async def test_corrupt_state_is_reported_and_set_aside(
    speech_dir: Path, isolated_home: Path
) -> None:
    state = isolated_home / "state"
    state.mkdir(parents=True)
    (state / "session.json").write_text("{not json", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert any("损坏" in n.message for n in shown_notices(app.screen))
        assert app.main_screen.reader.document is not None
    assert list(state.glob("session.json.corrupt-*"))
    saved = json.loads((state / "session.json").read_text(encoding="utf-8"))
    assert saved["last_file"] == str((speech_dir / "甲讲话.txt").resolve())


async def test_palette_jumps_to_heading_and_opens_file(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    heads = headings_of(path)
    document = load_document(path)
    title = document.paragraphs[heads[-1]].heading.title  # type: ignore[union-attr]
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*title[:4])
        await palette_lists(app, pilot, title[:4])
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.reader.cursor == (heads[-1], 0)
        await pilot.press("ctrl+p")
        await pilot.press(*"乙讲")
        await palette_lists(app, pilot, "乙讲")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.path == (speech_dir / "乙讲话.txt").resolve()


async def test_palette_speaks_chinese_and_switches_theme(speech_dir: Path) -> None:
    """Textual's own palette entries, prompt and footer label are Chinese; 主题 still works."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        entry = app.main_screen.query_one(KeyBar).palette_entry
        assert entry is not None and entry[0] == "ctrl+p" and entry[2] == "命令面板"
        names = [command.title for command in app.get_system_commands(app.main_screen)]
        assert "切换主题" in names and "按键帮助" in names
        assert all(not name.isascii() for name in names)
        await pilot.press("ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).placeholder == ui_text.PALETTE_PLACEHOLDER.zh
        await pilot.press(*"切换主题")
        await palette_lists(app, pilot, "切换主题")
        await pilot.press("enter")
        await pilot.pause()
        themes = app.screen
        assert (
            isinstance(themes, CommandPalette)
            and themes.query_one(Input).placeholder == "搜索主题…"
        )
        before = app.theme
        await pilot.press(*"nord")
        await palette_lists(app, pilot, "nord")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme != before and "nord" in app.theme
        await open_palette(pilot, "按键帮助")
        await palette_lists(app, pilot, "按键帮助")
        await pilot.press("enter")
        await help_shown(pilot)  # ours, not Textual's English key panel


async def test_palette_no_matches_in_chinese(speech_dir: Path) -> None:
    """A search that finds nothing says so in Chinese (Textual's own line is English), in
    the main palette and the theme list; fails if Textual stops adding its no-matches
    option through ``add_option`` with the id tui/screens/palette.py relies on."""
    NO_MATCHES = ui_text.PALETTE_NO_MATCHES.zh

    async def shows(text: str) -> str:
        for _ in range(200):
            screen = screen_text(app)
            if text in screen:
                return screen
            await pilot.pause(0.05)
        raise AssertionError(f"the palette never said {text!r}: {screen}")

    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await open_palette(pilot, "qqqzzz")
        assert "No matches" not in await shows(NO_MATCHES)
        await pilot.press("escape")
        app.search_themes()
        await pilot.pause()
        await pilot.press(*"qqqzzz")
        assert "No matches" not in await shows("没有这个主题")


async def test_file_tree_selection_opens_file(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        node = tree.node_for_path(speech_dir / "乙讲话.txt")
        assert node is not None
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.path == (speech_dir / "乙讲话.txt").resolve()
        assert isinstance(screen.outline, Tree)


def test_app_class_is_what_cli_runs() -> None:
    assert isinstance(make_app(None), SpeechReaderApp)


async def test_outline_and_status_follow_the_cursor_in_the_same_frame() -> None:
    """The panes follow the reader synchronously (cursor_changed), not a message hop later.

    Nothing is awaited between the move and the checks, so no frame can come between:
    the frame that shows the reader's new cursor shows the outline and status with it.
    """
    path = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"
    app = make_app(path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        document = screen.reader.document
        assert document is not None
        seen: set[str] = set()
        for _ in range(12):
            screen.reader.action_next_heading()
            paragraph = screen.reader.cursor[0]
            heading = document.paragraphs[paragraph].heading
            assert heading is not None
            node = screen.outline.cursor_node
            assert node is not None and node.data is heading
            crumb = f"{heading.marker}{heading.title}"[:17]
            assert crumb in screen.status.text
            seen.add(crumb)
        assert len(seen) == 12


async def test_a_slow_load_says_the_file_is_being_opened(
    speech_dir: Path, held_load: threading.Event
) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        # the message comes LOADING_DELAY (0.15 s) into the load
        await until(pilot, lambda: bool(screen.reader.message), "the opening message")
        assert screen.reader.document is None
        assert "甲讲话.txt" in screen.reader.message and "正在打开" in screen.reader.message
        assert "正在打开" in screen.status.text
        held_load.set()
        await settle(app, pilot)
        assert screen.reader.document is not None and screen.reader.message == ""
        # the outline is filled a frame after the text (later=True)
        await until(pilot, lambda: bool(screen.outline.root.children), "the outline filled")


async def test_key_bar_follows_focus_and_a_click_presses_the_key(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)
        described = [entry[2] for entry in bar.entries]
        assert "下一标题" in described and "提纲栏" in described  # the reader's and the screen's
        screen.outline.focus()
        await pilot.pause()
        described = [entry[2] for entry in bar.entries]
        assert "复制提纲" in described and "下一标题" not in described
        screen.reader.focus()
        await pilot.pause()
        from rich.cells import cell_len

        line = bar.render().plain
        x = cell_len(line[: line.index("提纲栏")])
        assert screen.outline.display
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert not screen.outline.display  # the click pressed ctrl+o


@pytest.mark.parametrize("columns", [60, 80, 100, 160])
async def test_key_bar_shows_whole_entries_and_keeps_help(speech_dir: Path, columns: int) -> None:
    """At 80 columns the bar ended in a bare "m" (its 书签 cut off) and ? 帮助 and the
    palette's key were gone; now it shows only whole entries, in order, with 帮助 and the
    palette's key always there, and as many of the others as fit, two spaces apart (one
    apart only when that lists them all: at 60-100 columns every narrow bar stood one
    space apart, a key as near the description before it as its own)."""
    from tui.widgets.keybar import key_entry

    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(columns, 24)) as pilot:
        await settle(app, pilot)
        bar = app.main_screen.query_one(KeyBar)
        line = screen_text(app).splitlines()[bar.region.y]
        assert line.rstrip().endswith("^p 命令面板")
        entries = [(shown, said) for _, shown, said, _ in bar.entries]
        pieces = [key_entry(*entry, Style(), Style()).plain for entry in entries]
        tight = [key_entry(*entry, Style(), Style(), compact=True).plain for entry in entries]
        if line.startswith("".join(tight)):
            pieces = tight  # every entry fits one space apart: nothing is left out
        shown = [piece for piece in pieces if piece in line]
        assert pieces[entries.index(("?", "帮助"))] in shown and pieces[0] in shown
        # Whole entries only, in their order: the line is those entries, then the palette.
        assert line.startswith("".join(shown))
        rest = line[len("".join(shown)) :].strip()
        assert rest == "▏ ^p 命令面板", rest
        if columns >= 160 or pieces is tight:
            assert shown == pieces


async def test_outline_measures_labels_as_tree_draws_them() -> None:
    from textual.widgets import Tree

    app = make_app(bundled_corpus_dir() / "济源讲话三篇.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        await outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        outline.set_counts({}, {0: 12})  # a count in front of a label is measured too
        nodes = outline.built_nodes()
        assert len(nodes) > 20
        for node in nodes:
            assert outline.get_label_width(node) == Tree.get_label_width(outline, node)
        nodes[0].collapse()
        assert outline.get_label_width(nodes[0]) == Tree.get_label_width(outline, nodes[0])


async def test_a_long_heading_is_cut_with_an_ellipsis_on_screen_only(tmp_path: Path) -> None:
    from rich.style import Style

    title = "坚持问题导向，解放思想、对标先进，让一流的营商环境成为区域竞争力和高质量发展的新标识"
    path = tmp_path / "长标题.txt"
    path.write_text(
        f"同志们：\n一、{title}\n今天开会。\n二、抓落实\n明天开会。\n", encoding="utf-8"
    )
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        await outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        node = next(n for n in outline.built_nodes() if getattr(n.data, "marker", "") == "一、")
        assert node.data is not None and node.data.title == title  # the whole sentence is kept
        shown = outline.render_label(node, Style(), Style())
        room = outline.scrollable_content_region.width - outline.guide_depth  # one guide: ├
        assert shown.plain.endswith("…")
        assert shown.cell_len <= room
        assert outline.get_label_width(node) <= room
        short = next(n for n in outline.built_nodes() if getattr(n.data, "marker", "") == "二、")
        assert outline.render_label(short, Style(), Style()).plain == "二、抓落实"


async def test_outline_is_invalidated_once_per_batch_of_nodes() -> None:
    # Tree invalidates (and resets every node) on each add: adding a big collection's
    # speeches one by one was quadratic. The outline adds them as one batch.
    from tui.engine import parse_text

    speeches = "\n\n".join(
        f"在第{n}次会议上的讲话\n\n同志们：\n\n一、第一部分\n\n正文{n}。" for n in range(60)
    )
    document = parse_text(speeches)
    assert len(document.speeches) == 60
    app = make_app(bundled_corpus_dir() / "济源讲话三篇.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        before = outline.invalidations
        outline.show_document(document, "合集.txt")
        shown = outline.invalidations - before
        outline.node_for_paragraph(document.speeches[59].headings[0].paragraph)
        built = outline.invalidations - before - shown
        assert len(outline.root.children) == 60
        assert 1 <= shown <= 3  # clear() and the batch, not one per speech
        assert built == 1
        await pilot.pause()
        assert outline.node_for_paragraph(document.speeches[59].headings[0].paragraph) is not None


async def test_the_chosen_theme_is_restored_on_the_next_start(
    speech_dir: Path, isolated_home: Path
) -> None:
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        default = app.theme
    assert "theme" not in json.loads(
        (isolated_home / "state" / "session.json").read_text(encoding="utf-8")
    )
    chosen = next(name for name in app.available_themes if name != default)
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.theme = chosen  # as the palette's theme list does
        await pilot.pause()
    saved = json.loads((isolated_home / "state" / "session.json").read_text(encoding="utf-8"))
    assert saved["theme"] == chosen  # written at once, not only on quit
    app = make_app(speech_dir, Session())  # as the command line makes it
    assert app.theme == chosen  # before the first frame: no flash of the default
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.current_theme.name == chosen
    app = make_app(speech_dir)  # the session made with the main screen
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.current_theme.name == chosen


async def test_an_unknown_stored_theme_is_ignored(speech_dir: Path, isolated_home: Path) -> None:
    (isolated_home / "state").mkdir(parents=True, exist_ok=True)
    (isolated_home / "state" / "session.json").write_text(
        json.dumps({"last_file": None, "positions": {}, "theme": "没有这个主题"}), encoding="utf-8"
    )
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.theme in app.available_themes and app.theme != "没有这个主题"


async def test_j_and_k_move_in_the_outline_and_the_file_tree(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        for tree in (screen.outline, screen.filetree):
            tree.focus()
            # From the first line: the file tree's cursor starts on the open file, its last.
            tree.move_cursor_to_line(0)
            await until_equal(pilot, lambda: tree.cursor_line, 0, "the first line")  # noqa: B023
            await pilot.press("j")
            await until_equal(pilot, lambda: tree.cursor_line, 1, "j")  # noqa: B023
            await pilot.press("k")
            await until_equal(pilot, lambda: tree.cursor_line, 0, "k")  # noqa: B023


async def test_outline_follows_after_g_and_after_a_restart(tmp_path: Path) -> None:
    """The outline kept an old heading after g, and showed line 0 after a restart."""
    path = tmp_path / "合集.txt"
    path.write_text("关于营商环境的讲话合集\n\n" + SPEECH_FILE + SPEECH_FILE, encoding="utf-8")

    def expected(app: SpeechReaderApp) -> object:
        screen = app.main_screen
        return screen.outline.node_for_paragraph(screen.reader.cursor[0])

    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert outline.cursor_node is expected(app) and outline.cursor_line > 0
        await pilot.press("g")
        await pilot.pause()
        assert outline.cursor_line == 0
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        remembered = outline.cursor_line
        assert remembered > 0
    again = make_app(path)
    async with again.run_test(size=(140, 40)) as pilot:
        await settle(again, pilot)
        await pilot.pause()
        outline = again.main_screen.outline
        assert outline.cursor_node is expected(again)
        assert outline.cursor_line == remembered


async def test_side_panes_resize_with_less_and_greater_than(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen

        def outline() -> int:
            return screen.outline.outer_size.width

        def tree() -> int:
            return screen.filetree.outer_size.width

        # Each width is laid out a frame or more after the key: waited for, not read
        # after one pause.
        start = outline()
        await pilot.press("greater_than_sign")
        await until_equal(pilot, outline, start + 2, "the outline after >")
        await pilot.press("greater_than_sign")
        await until_equal(pilot, outline, start + 4, "the outline after > >")
        # Keys typed faster than the panes are laid out (a key held) lose no step: each
        # widens from the width chosen last, not from the one laid out.
        for _ in range(3):  # queued at once: no layout between them, as with a held key
            app.post_message(events.Key("greater_than_sign", ">"))
        await until_equal(pilot, outline, start + 10, "the outline after > > > typed at once")
        screen.filetree.focus()
        start = tree()
        await pilot.press("less_than_sign")
        await until_equal(pilot, tree, start - 2, "the file tree after <")
        for _ in range(40):
            await pilot.press("less_than_sign")
        await until_equal(pilot, tree, 16, "the file tree at its min-width in app.tcss")


async def test_the_bundled_corpus_has_a_name_for_people() -> None:
    """Installed, the corpus folder is tui/_corpus inside site-packages: not a name to show."""
    from tui.paths import BUNDLED_NAME

    app = make_app(None)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        label = app.main_screen.filetree.root.label
        assert str(label) == BUNDLED_NAME


async def test_a_big_file_shows_its_head_first_then_the_whole_at_the_same_place(
    tmp_path: Path, held_load: threading.Event
) -> None:
    """The first screen of a big file does not wait for the whole parse; the outline says
    it is still being built, and the whole document comes in at the cursor's place."""
    from tui.widgets.outline import BUILDING

    corpus = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(bundled_corpus_dir().glob("*.txt"))
    )
    path = tmp_path / "合集.txt"
    path.write_text(corpus * 4, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        while screen.reader.document is None:
            await pilot.pause(0.01)
        head = screen.reader.document
        whole = load_document(path)
        assert not screen.complete and len(head.paragraphs) < len(whole.paragraphs)
        while not screen.outline.root.children:  # the outline comes a frame after the text
            await pilot.pause(0.01)
        last = screen.outline.root.children[-1]
        assert str(last.label) == BUILDING.zh and last.data is None
        assert "%" not in screen.status.text  # how far through the whole is not known yet
        await pilot.press("right_square_bracket", "right_square_bracket", "j")
        paragraph, _ = screen.reader.cursor
        text = head.paragraphs[paragraph].text
        held_load.set()
        await settle(app, pilot)
        assert screen.complete and screen.reader.document is not head
        assert len(screen.reader.document.paragraphs) == len(whole.paragraphs)  # type: ignore[union-attr]
        assert screen.reader.document.paragraphs[screen.reader.cursor[0]].text == text  # type: ignore[union-attr]
        assert BUILDING.zh not in [str(node.label) for node in screen.outline.root.children]
        assert len(screen.outline.root.children) == len(whole.speeches)


async def test_a_background_problem_is_a_notice(speech_dir: Path) -> None:
    from textual.notifications import Notify

    seen: list[object] = []
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        app.background.on_problem("后台进程意外退出")  # type: ignore[misc]
        await pilot.pause()
    messages = [m.notification.message for m in seen if isinstance(m, Notify)]
    assert "后台进程意外退出" in messages


async def test_a_folder_that_cannot_be_read_is_told_once(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    """Unreadable sub-folders (and a FIFO named .txt) were silently missing from the tree."""
    (speech_dir / "锁住的").mkdir()
    os.mkfifo(speech_dir / "管道.txt")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:  # root reads every folder: a refusal is simulated
        if Path(path).name == "锁住的":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr("tui.screens.main.INDEX_DELAY", 3600.0)  # indexed below, twice
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        for _ in range(2):  # the index's walk finds the problems; they are told once a run
            app.main_screen.update_index()
            await settle(app, pilot)
        told = [m for m in notices if "无法读取" in m]
        assert len(told) == 1
        assert "1 个文件夹无法读取" in told[0] and "1 个不是普通文件" in told[0]


async def test_an_empty_folder_shows_only_the_keys_that_do_something(
    tmp_path: Path, speech_dir: Path
) -> None:
    # Nothing to read: no sentence, page, heading or speech keys, no bookmark or outline
    # key in the bar; the file pane, bookmarks list, help, quit and the palette stay.
    empty = tmp_path / "空"
    empty.mkdir()
    app = make_app(empty)
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(app, pilot)
        bar = app.main_screen.query_one(KeyBar)
        shown = {description for _, _, description, _ in bar.entries}
        assert shown == {"文件栏", "书签列表", "退出", "帮助"}
        assert bar.palette_entry is not None
        # The reading keys come back with a speech to read.
        app.main_screen.filetree.path = speech_dir
        app.main_screen.open_file(next(speech_dir.glob("*.txt")))
        await settle(app, pilot)
        shown = {description for _, _, description, _ in bar.entries}
        assert {"下一句", "下一页", "下一标题", "下一篇", "书签", "提纲栏"} <= shown


@pytest.mark.parametrize("columns", [200, 120, 80])
async def test_status_line_uses_the_width_it_has(columns: int) -> None:
    """The crumbs were cut to 24 and 18 characters whatever the width ("在全市 2022 年优化营商
    环境和招商引资大会…" on a 200-column terminal); now each is whole when the line has room,
    and only as short as the line needs otherwise, the percentage always shown."""
    app = make_app(bundled_corpus_dir() / "优化营商环境大会讲话合集.txt")
    async with app.run_test(size=(columns, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        for _ in range(3):
            screen.reader.action_next_heading()
        await pilot.pause()
        status = screen.status
        crumbs = status.crumbs
        assert len(crumbs) >= 3 and any(len(crumb) > 24 for crumb in crumbs)
        line = screen_text(app).splitlines()[status.region.y].strip()
        assert line.endswith(f"{status.percent}%")
        if columns == 200:  # only the one crumb too long for the line is cut, no more
            assert line.startswith(" › ".join(crumbs[:2])) and crumbs[-1] in line
            assert cell_len(line) == columns - 2
        else:
            assert "…" in line and crumbs[-1][:4] in line  # the innermost is kept
            assert cell_len(line) <= columns - 2


async def test_palette_lists_files_when_typing_outruns_the_folder_walk(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The palette's file names come from a walk of the folder on a thread, started when
    the palette opens. A key typed while it runs starts a search that the next key aborts;
    Textual then cancels the aborted search and with it whatever it awaited: the walk's
    wait, so the file names were never listed in that palette (the race finder at a 1-2 ms
    idle step: `test_hostile`'s "xb2", 1-3 of 20)."""
    walking = threading.Event()
    release = threading.Event()
    real_walk = MainScreen.speech_files

    def held_walk(screen: MainScreen, limit: int = 2000) -> list[Path]:
        walking.set()
        release.wait(10)
        return real_walk(screen, limit)

    monkeypatch.setattr(MainScreen, "speech_files", held_walk)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await open_palette(pilot)
        await asyncio.to_thread(walking.wait, 5)
        palette = app.screen
        await pilot.press("乙")  # its search waits for the walk ...
        await pilot.press("讲")  # ... and is aborted by this key's
        release.set()
        listed = await palette_lists(app, pilot, "乙讲")
        assert any("乙讲话.txt" in prompt for prompt in listed), listed
        assert app.screen is palette


async def test_the_outline_width_chosen_with_greater_than_is_kept_for_the_next_start(
    speech_dir: Path, isolated_home: Path
) -> None:
    """The outline's width set with ``<``/``>`` held at the next start, as ``w``'s line
    width is (it was the stylesheet's 32 again); in a narrower terminal the reader keeps
    its cells (``PANE_READER_MIN``), and the width chosen comes back when it widens."""
    from tui.screens.main import PANE_READER_MIN

    def outline(app: SpeechReaderApp) -> int:
        return app.main_screen.outline.outer_size.width

    app = make_app(speech_dir)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        start = outline(app)
        for _ in range(4):  # the reader has the focus: the outline
            await pilot.press("greater_than_sign")
        await until_equal(pilot, lambda: outline(app), start + 8, "the outline after > × 4")
    stored = json.loads((isolated_home / "state" / "session.json").read_text(encoding="utf-8"))
    assert stored["outline_width"] == start + 8
    app = make_app(speech_dir)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await until_equal(pilot, lambda: outline(app), start + 8, "the outline at the next start")
        await pilot.resize_terminal(60, 30)
        await settle(app, pilot)
        await until_equal(
            pilot, lambda: outline(app), 60 - PANE_READER_MIN, "the outline in 60 columns"
        )
        await pilot.resize_terminal(140, 40)
        await settle(app, pilot)
        await until_equal(pilot, lambda: outline(app), start + 8, "the outline at 140 again")
    app = make_app(speech_dir)
    async with app.run_test(size=(60, 30)) as pilot:  # started narrow: the reader its cells
        await settle(app, pilot)
        await until_equal(pilot, lambda: outline(app), 60 - PANE_READER_MIN, "started at 60")
    stored = json.loads((isolated_home / "state" / "session.json").read_text(encoding="utf-8"))
    assert stored["outline_width"] == start + 8  # the choice, not the room of one start


async def test_the_tree_width_chosen_with_greater_than_is_kept_for_the_next_start(
    speech_dir: Path, isolated_home: Path
) -> None:
    """The file tree's width set with ``<``/``>`` held at the next start, as the outline's
    is (it was the stylesheet's again); in a narrower terminal the reader keeps its cells
    (``PANE_READER_MIN``) beside the tree and the outline together (each was fitted alone:
    at 80 columns the tree kept its 32 beside the outline's 24, the reader 24), and the
    width chosen comes back when it widens."""
    from tui.screens.main import PANE_READER_MIN

    def tree(app: SpeechReaderApp) -> int:
        return app.main_screen.filetree.outer_size.width

    def focused(app: SpeechReaderApp) -> type | None:
        return type(app.focused) if app.focused is not None else None

    app = make_app(speech_dir)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        start, outline = tree(app), app.main_screen.outline.outer_size.width
        await pilot.press("tab")  # the reader's focus to the tree
        await until_equal(pilot, lambda: focused(app), SpeechFileTree, "focus after tab")
        for _ in range(3):
            await pilot.press("greater_than_sign")
        await until_equal(pilot, lambda: tree(app), start + 6, "the tree after > × 3")
    stored = json.loads((isolated_home / "state" / "session.json").read_text(encoding="utf-8"))
    assert stored["tree_width"] == start + 6 and "outline_width" not in stored
    app = make_app(speech_dir)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await until_equal(pilot, lambda: tree(app), start + 6, "the tree at the next start")
        assert app.main_screen.outline.outer_size.width == outline  # the outline's untouched
        await pilot.resize_terminal(80, 30)
        await settle(app, pilot)
        await pilot.press("ctrl+b")  # hidden below 120 columns: shown for good
        await until_equal(pilot, lambda: app.main_screen.filetree.display, True, "ctrl+b")
        # 32 + 24 (the slim outline) leave 24: the wider, the tree, gives the 6 cells.
        await until_equal(pilot, lambda: tree(app), 26, "the tree in 80 columns")
        slim = app.main_screen.outline.outer_size.width
        assert 80 - 26 - slim >= PANE_READER_MIN, slim
        assert app.main_screen.reader.outer_size.width >= PANE_READER_MIN
        await pilot.resize_terminal(140, 40)
        await settle(app, pilot)
        await until_equal(pilot, lambda: tree(app), start + 6, "the tree at 140 again")
    stored = json.loads((isolated_home / "state" / "session.json").read_text(encoding="utf-8"))
    assert stored["tree_width"] == start + 6  # the choice, not the room of one start


async def test_the_line_width_chosen_with_w_is_kept_for_the_next_start(
    speech_dir: Path, isolated_home: Path
) -> None:
    """w (lines as wide as the pane) held at the next start, as the theme is (newuser17:
    every start capped the lines again)."""
    from tui.widgets.reader import READING_WIDTH

    for pressed, expected in (("w", None), ("", None), ("w", READING_WIDTH)):
        app = make_app(speech_dir)
        async with app.run_test(size=(160, 36)) as pilot:
            await settle(app, pilot)
            reader = app.main_screen.reader
            if pressed:
                await pilot.press("w")
                await pilot.pause()
            assert reader.reading_width == expected
            if expected is None:  # laid out as wide as the pane, from the first frame on
                assert reader.text_layout.width == reader.scrollable_content_region.width
    assert (
        json.loads((isolated_home / "state" / "session.json").read_text(encoding="utf-8"))[
            "line_width"
        ]
        == "capped"
    )
    app = make_app(speech_dir)
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(app, pilot)
        assert app.main_screen.reader.reading_width == READING_WIDTH
        assert app.main_screen.reader.text_layout.width == READING_WIDTH
