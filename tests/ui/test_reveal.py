"""A file opened elsewhere than in the file tree is shown in it (its folders expanded, the
cursor on it, in view), whichever way it was opened: the command palette
(``test_keybar_help_maximize_and_reveal.py``), a bookmark, the notebook or a corpus-search
hit; and a folder listing that ends after the reveal leaves the cursor where the reveal put
it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerCancelled

from tests.ui.conftest import (
    SPEECH_FILE,
    FakeClipboard,
    cursor_in_view,
    cursor_on,
    hits_placed,
    settle,
    until,
    until_cursor_on,
    until_equal,
)
from tui.app import SpeechReaderApp, make_app
from tui.engine.match import Hit
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.corpus_search import CorpusSearchScreen
from tui.screens.notebook import NotebookScreen
from tui.widgets.filetree import SpeechFileTree
from tui.widgets.filetree_listing import ADD_BATCH

UNIQUE = "丙地独有的春耕备耕工作"


@pytest.fixture
def deep_file(speech_dir: Path) -> Path:
    """丙讲话.txt two folders down (二〇二四/春季), with a sentence no other file has."""
    deep = speech_dir / "二〇二四" / "春季"
    deep.mkdir(parents=True)
    target = (deep / "丙讲话.txt").resolve()
    target.write_text(SPEECH_FILE.replace("同志们：", f"同志们：\n　　{UNIQUE}要抓紧。"), "utf-8")
    return target


async def assert_revealed(app: SpeechReaderApp, pilot: Pilot[Any], target: Path) -> None:
    """The main screen shows ``target`` and the tree's cursor is on it, its folders
    expanded, in view."""
    screen = app.main_screen
    assert screen.path == target
    tree = screen.filetree
    await until_cursor_on(pilot, tree, target)
    node = tree.cursor_node
    assert node is not None
    parent = node.parent
    while parent is not None:
        assert parent.is_expanded
        parent = parent.parent
    assert cursor_in_view(tree)


@pytest.mark.parametrize(
    ("keep", "listing", "shown"),
    [("m", "apostrophe", BookmarksScreen), ("y", "ctrl+n", NotebookScreen)],
    ids=["bookmark", "notebook"],
)
async def test_file_opened_from_a_bookmark_or_the_notebook_is_shown_in_the_tree(
    speech_dir: Path,
    deep_file: Path,
    clipboard: FakeClipboard,
    keep: str,
    listing: str,
    shown: type[Screen[Any]],
) -> None:
    """A bookmark (m, then ') or a kept quote (y, then ctrl+n) in a file two folders
    down, chosen with Enter while another file is open."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        screen.open_file(deep_file)  # (as a test may: not revealed)
        await settle(app, pilot)
        await pilot.press("j", keep)
        await settle(app, pilot)
        screen.open_file(speech_dir / "甲讲话.txt")
        await settle(app, pilot)
        assert screen.filetree.node_for_path(deep_file) is None  # its folder was never opened
        await pilot.press(listing)
        assert isinstance(app.screen, shown)
        await pilot.press("enter")
        await settle(app, pilot)
        await assert_revealed(app, pilot, deep_file)


async def test_file_opened_from_corpus_search_is_shown_in_the_tree(
    speech_dir: Path, deep_file: Path
) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert app.main_screen.filetree.node_for_path(deep_file) is None
        await pilot.press("ctrl+f", *UNIQUE, "enter")
        await settle(app, pilot)
        search = app.screen
        assert isinstance(search, CorpusSearchScreen)
        await hits_placed(app, pilot, search)
        hits = [node for node in search.located_nodes() if isinstance(node.data, Hit)]
        assert len(hits) == 1
        search.results.focus()
        search.results.move_cursor(hits[0])
        await pilot.press("enter")
        await settle(app, pilot)
        await assert_revealed(app, pilot, deep_file)
        assert UNIQUE in app.main_screen.reader.sentence_text(app.main_screen.reader.cursor)


async def revealed_within(app: SpeechReaderApp, path: Path, seconds: float = 5) -> bool:
    """Whether the file tree's reveal (its ``filetree-reveal`` worker) ended within
    ``seconds`` with the cursor on ``path``: waited for on the worker, not by polling, and
    not with ``Pilot.pause``, which waits for every widget's messages (the tree's wait for
    its held listing)."""
    tree = app.main_screen.filetree
    for worker in [w for w in app.workers if w.group == "filetree-reveal"]:
        try:
            await asyncio.wait_for(worker.wait(), seconds)
        except WorkerCancelled:
            continue  # an earlier reveal, replaced by the newer one
        except TimeoutError:
            return False
    return cursor_on(tree, path)


def held_listing(
    monkeypatch: pytest.MonkeyPatch, folder: Path
) -> tuple[threading.Event, threading.Event]:
    """The tree's listing of ``folder`` waits (on its thread) until the second event is
    set, at most 10 s; the first is set when it starts waiting."""
    started, release = threading.Event(), threading.Event()
    real = SpeechFileTree.filter_paths

    def held(self: SpeechFileTree, paths: Iterable[Path]) -> Iterable[Path]:
        listed = list(paths)
        if listed and listed[0].parent == folder:
            started.set()
            release.wait(10)
        return real(self, listed)

    monkeypatch.setattr(SpeechFileTree, "filter_paths", held)
    return started, release


@pytest.mark.parametrize("at_end", [False, True], ids=["files-after-it", "last-in-tree"])
async def test_a_folder_listed_after_a_reveal_leaves_the_cursor_on_the_revealed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_end: bool
) -> None:
    """The user opens a big folder in the tree (the cursor on it) and, while it is being
    listed, opens another file from a bookmark. When the folder is the tree's last entry,
    DirectoryTree put the cursor back where it was when the listing began (on the
    folder); when files follow it, its lines pushed the revealed file out of sight."""
    root = (tmp_path / "讲话").resolve()
    big = root / "2 大文件夹"
    big.mkdir(parents=True)
    count = ADD_BATCH * 3
    for number in range(count):
        (big / f"第{number}讲.txt").write_text("占位", encoding="utf-8")
    small = root / "1 小文件夹"
    small.mkdir()
    other = small / "丙讲话.txt"
    other.write_text(SPEECH_FILE, encoding="utf-8")
    if not at_end:
        (root / "丁讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
        other = root / "丁讲话.txt"
    started, release = held_listing(monkeypatch, big)
    app = make_app(root)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        opened = tree.node_for_path(small)
        assert opened is not None
        opened.expand()  # listed now: the reveal below waits for no listing
        await settle(app, pilot)
        folder = tree.node_for_path(big)
        assert folder is not None
        tree.focus()
        tree.move_cursor(folder)
        # Enter on the folder: its listing starts, and waits. (Not pilot.press, which waits
        # for every widget to be idle, and the tree's messages wait for its listing.)
        tree.action_open_entry()
        assert await asyncio.to_thread(started.wait, 5)
        screen.open_and_reveal(other)
        assert await revealed_within(app, other), "the reveal waited for the listing"
        release.set()
        await settle(app, pilot)
        assert tree.listed_count >= count
        assert folder.is_expanded
        await pilot.pause()
        node = tree.cursor_node
        assert node is not None and node.data is not None
        assert node.data.path == other
        assert cursor_in_view(tree)


async def test_the_first_file_is_shown_in_the_tree_at_start(
    speech_dir: Path, deep_file: Path
) -> None:
    """At start the tree's cursor was on its root, not on the file shown (the last one
    read, or the one named on the command line): Enter there closed the whole tree."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await assert_revealed(app, pilot, (speech_dir / "甲讲话.txt").resolve())
        app.main_screen.open_file(deep_file)
        await settle(app, pilot)
        app.main_screen.save_session()
    again = make_app(speech_dir)  # the folder: the last file read is opened
    async with again.run_test(size=(120, 30)) as pilot:
        await settle(again, pilot)
        await assert_revealed(again, pilot, deep_file)


async def test_a_file_revealed_in_a_hidden_tree_is_in_view_when_the_tree_is_shown(
    speech_dir: Path,
) -> None:
    """Under 100 columns the tree hides itself; a file revealed meanwhile is in view
    when ctrl+b shows the tree."""
    big = speech_dir / "大文件夹"
    big.mkdir()
    for number in range(300):
        (big / f"第{number}讲.txt").write_text("占位", encoding="utf-8")
    target = (big / "第250讲.txt").resolve()
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        assert not tree.display
        screen.open_and_reveal(target)
        await until_cursor_on(pilot, tree, target)
        await settle(app, pilot)
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        # Shown, laid out, then scrolled to the file (after the refresh its size comes in).
        await until(pilot, lambda: tree.scrollable_content_region.height > 0, "the tree laid out")
        assert tree.display
        await until_equal(pilot, lambda: cursor_in_view(tree), True, "the revealed file in view")


async def test_the_first_file_revealed_leaves_the_root_in_sight(tmp_path: Path) -> None:
    """The first file can be revealed before the tree's first layout: a tree without a
    height scrolled the file's line to its top, and the root's line stayed out of sight."""
    folder = tmp_path / "多"
    folder.mkdir()
    for number in range(90):
        (folder / f"讲话{number:03d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        await until_cursor_on(pilot, tree, (folder / "讲话000.txt").resolve())
        assert tree.scroll_y == 0 and cursor_in_view(tree)
