"""The file tree lists a big folder a batch per frame, in order, complete, folders
expandable; counts reach the files listed late; lines are built without measuring labels.

(How fast is for ``tests/bench/bench_folder.py``; these check that the batched listing
shows the same tree as listing at once.)
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Tree
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tests.ui.conftest import SPEECH_FILE, settle, until
from tui import folder_listing
from tui.app import make_app
from tui.screens import main as main_module
from tui.widgets import filetree, filetree_counts, filetree_listing


@pytest.fixture
def big_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "多"
    folder.mkdir()
    for number in range(23):
        (folder / f"讲话{number:02d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "子文件夹").mkdir()
    (folder / "子文件夹" / "讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "图片.png").write_bytes(b"\x89PNG")
    return folder


@pytest.fixture(autouse=True)
def counts_only_from_the_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen's speech counter never starts (its ``COUNT_DELAY`` timer would fire
    mid-test on a slow run, and a real count, "1篇", changes the lines these tests draw);
    counts come from the tests (``set_speech_count``)."""
    monkeypatch.setattr(main_module, "COUNT_DELAY", 1e6)


def record_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of nodes each listing batch adds to the root, in order, as they come."""
    batches: list[int] = []
    real_add = filetree.SpeechFileTree._add_batch

    def add_batch(tree: filetree.SpeechFileTree, node_id: int) -> None:
        before = len(tree.root.children)
        real_add(tree, node_id)
        batches.append(len(tree.root.children) - before)

    monkeypatch.setattr(filetree.SpeechFileTree, "_add_batch", add_batch)
    return batches


async def test_a_folder_is_listed_in_batches_complete_and_in_order(
    big_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filetree_listing, "ADD_BATCH", 5)
    monkeypatch.setattr(
        filetree_listing, "ADD_SECONDS", 60.0
    )  # batches by count, on a busy box too
    batches = record_batches(monkeypatch)
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        assert not tree.listing
        assert batches == [5, 5, 5, 5, 4]  # 24 entries: the folder, then 23 files
        names = [node.data.path.name for node in tree.root.children if node.data]
        assert names == ["子文件夹"] + [f"讲话{n:02d}.txt" for n in range(23)]
        assert [node.allow_expand for node in tree.root.children] == [True] + [False] * 23
        # Lines are built for every node, the tree as wide as its pane (labels are fitted).
        assert tree.last_line == 24  # the root and its 24 children
        assert tree.virtual_size.width == tree.scrollable_content_region.width
        # A count reaches a file listed in the last batch and redraws its line.
        last = big_folder / "讲话22.txt"
        tree.set_speech_count(last, 7)
        await pilot.pause()
        node = tree.node_for_path(last)
        assert node is not None
        assert tree.render_line(node.line - int(tree.scroll_offset.y)).text.rstrip().endswith("7篇")


async def test_numbered_files_are_listed_in_number_order(tmp_path: Path) -> None:
    # A folder of their own: the app's state folder (``isolated_home``, tmp_path/home) is
    # written once the app runs, and a test slower than the screen's poll (``POLL_SECONDS``)
    # listed it first (seen at load 13-21).
    folder = tmp_path / "speeches"
    folder.mkdir()
    for number in (10, 2, 1, 11):
        (folder / f"第{number}讲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "附件").mkdir()
    (folder / "附件" / "a.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder / "第1讲.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        names = [node.data.path.name for node in tree.root.children if node.data]
        assert names == ["附件", "第1讲.txt", "第2讲.txt", "第10讲.txt", "第11讲.txt"]


async def test_a_new_root_stops_the_old_listing(
    big_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filetree_listing, "ADD_BATCH", 2)
    # Only the first batch goes in: the rest of the listing stays pending.
    monkeypatch.setattr(filetree.SpeechFileTree, "_add_listed", lambda tree: None)
    other = tmp_path / "少"
    other.mkdir()
    (other / "一篇讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        assert len(tree.root.children) == 2 and tree.listing
        tree.path = other
        await settle(app, pilot)
        names = [node.data.path.name for node in tree.root.children if node.data]
        assert names == ["一篇讲话.txt"] and not tree.listing


@pytest.mark.parametrize("height", [60, 12])
async def test_lines_appended_while_listing_are_those_a_build_makes(
    big_folder: Path, monkeypatch: pytest.MonkeyPatch, height: int
) -> None:
    # A batch's lines are appended to the tree's (not built again); the line that was
    # last gets a guide that goes on, and the scroll bar covers every line (at height 12
    # the tree scrolls: the later batches change only the scroll bar's size).
    monkeypatch.setattr(filetree_listing, "ADD_BATCH", 5)
    monkeypatch.setattr(filetree_listing, "ADD_SECONDS", 60.0)
    # Each batch after the frame that drew the one before, however slow the machine: with
    # no frame within ``FRAME_WAIT`` (a hidden tree draws none) a batch goes in before
    # the tree's lines are built, and is not appended (seen under load: [10, 15, 20]).
    monkeypatch.setattr(filetree_listing, "FRAME_WAIT", 60.0)
    appended: list[int] = []
    bar_behind: list[int] = []
    real_append = filetree.SpeechFileTree._append_lines

    def append_lines(tree: filetree.SpeechFileTree, node: object, first: int) -> None:
        appended.append(first)
        real_append(tree, node, first)  # type: ignore[arg-type]
        # At once, not at the next layout: the scroll bar knows of every line.
        bar = tree.vertical_scrollbar
        if tree.show_vertical_scrollbar and bar.window_virtual_size != tree.last_line + 1:
            bar_behind.append(first)

    monkeypatch.setattr(filetree.SpeechFileTree, "_append_lines", append_lines)
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, height)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        assert appended == [5, 10, 15, 20]  # every batch after the first
        assert bar_behind == []
        lines = [(tuple(line.path), line.last) for line in tree._tree_lines]
        assert len(lines) == 25
        assert tree.vertical_scrollbar.window_virtual_size == 25 or height == 60
        assert tree.max_scroll_y == max(0, 25 - tree.scrollable_content_region.height)
        tree.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        shown = range(int(tree.scroll_offset.y), 25)
        drawn = [tree.render_line(y - int(tree.scroll_offset.y)).text for y in shown]
        assert drawn[-1].rstrip().endswith("讲话22.txt")
        tree._invalidate()
        tree._build()
        assert [(tuple(line.path), line.last) for line in tree._tree_lines] == lines
        assert [tree.render_line(y - int(tree.scroll_offset.y)).text for y in shown] == drawn


async def test_the_lines_built_are_those_textual_s_own_tree_builds(big_folder: Path) -> None:
    """A pin for the private names the file tree's own line building uses, for which
    Textual 8 has no public way (``SpeechFileTree._build`` / ``_append_lines``: the line
    cache ``_tree_lines_cached`` of ``_TreeLine(path, last)``, each node's line set in
    ``_line``): the lines it builds, a sub-folder open and the cursor on it, are those
    Textual's own ``Tree._build`` makes of the same nodes — each line's nodes and
    whether it is its folder's last, every node's line, the cursor's line. A Textual that
    builds its lines otherwise fails here rather than drawing a wrong tree. (The lines
    appended while a folder is listed are checked against a build in the test above.)"""
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        tree.reveal(big_folder / "子文件夹" / "讲话.txt")
        await until(pilot, lambda: tree.cursor_node is not None and tree.cursor_line > 0, "cursor")
        await settle(app, pilot)

        Shape = list[tuple[tuple[TreeNode[DirEntry], ...], bool, TreeNode[DirEntry]]]

        def built() -> tuple[Shape, list[int], int]:
            lines = tree._tree_lines_cached
            assert lines is not None
            shape = [(tuple(line.path), line.last, line.node) for line in lines]
            return shape, [line.node.line for line in lines], tree.cursor_line

        tree._invalidate()
        tree._build()
        ours = built()
        tree._invalidate()
        Tree._build(tree)
        assert built() == ours
        paths = [node.data.path if node.data else None for _, _, node in ours[0]]
        assert big_folder / "子文件夹" / "讲话.txt" in paths
        assert ours[2] == paths.index(big_folder / "子文件夹" / "讲话.txt")


async def test_a_count_for_a_line_out_of_sight_shows_when_it_is_scrolled_to(
    big_folder: Path,
) -> None:
    # Only visible lines are redrawn when counts come in; a line drawn before, now out
    # of sight, must not come back from the line cache without its count.
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 12)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        last = big_folder / "讲话22.txt"
        tree.scroll_end(animate=False, immediate=True)

        def bottom() -> str:
            return tree.render_line(tree.scrollable_content_region.height - 1).text.rstrip()

        # The last line drawn once the scroll landed (a state, not one Pilot pause).
        await until(pilot, lambda: bottom().endswith("讲话22.txt"), "the last file at the bottom")
        tree.scroll_home(animate=False, immediate=True)
        await pilot.pause()
        tree.set_speech_count(last, 4)
        tree.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert bottom().endswith("4篇")


async def test_a_batch_ends_when_its_time_is_up(
    big_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With no time for a batch, each adds one node (the one it started with): a slow or
    # busy machine lists in more, shorter batches, never a longer one.
    monkeypatch.setattr(filetree_listing, "ADD_SECONDS", 0.0)
    batches = record_batches(monkeypatch)
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        assert batches == [1] * 24
        names = [node.data.path.name for node in tree.root.children if node.data]
        assert names == ["子文件夹"] + [f"讲话{n:02d}.txt" for n in range(23)]


async def test_a_resize_builds_the_lines_once_fitted_to_the_new_width(
    big_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tree invalidates its lines on a resize itself (``Tree._on_resize``): the file tree
    does it once, not a second time in a handler of its own, and its lines fit the new
    width."""
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        invalidated: list[int] = []
        resized: list[int] = []
        real_invalidate = filetree.SpeechFileTree._invalidate
        real_resize = Tree._on_resize

        def invalidate(self: filetree.SpeechFileTree) -> None:
            invalidated.append(self.size.width)
            real_invalidate(self)

        def on_resize(self: filetree.SpeechFileTree, event: object) -> None:
            resized.append(self.size.width)
            real_resize(self, event)  # type: ignore[arg-type]

        monkeypatch.setattr(filetree.SpeechFileTree, "_invalidate", invalidate)
        # (On Tree itself: Textual calls the handler each class of the MRO defines.)
        monkeypatch.setattr(Tree, "_on_resize", on_resize)
        width = tree.size.width
        tree.styles.width = width + 10  # as ``>`` widens the pane
        await until(pilot, lambda: tree.size.width > width and bool(resized), "the pane widened")
        await settle(app, pilot)
        assert tree.size.width > width
        assert resized and len(invalidated) == len(resized)
        assert tree.virtual_size.width == tree.scrollable_content_region.width


async def test_new_counts_redraw_a_few_lines_in_sight_a_frame(
    big_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A batch of counts for the whole pane is drawn COUNT_LINES lines a frame (one frame
    # drawing every line held a key that came meanwhile); every line in sight gets its
    # count, each drawn once.
    monkeypatch.setattr(filetree_counts, "COUNT_LINES", 3)
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 14)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        in_sight = tree.files_in_sight()
        assert len(in_sight) > 6
        refreshed: list[int] = []
        refresh_line = tree._refresh_line

        def record(line: int) -> None:
            refreshed.append(line)
            refresh_line(line)

        monkeypatch.setattr(tree, "_refresh_line", record)
        tree.set_speech_counts({path: 90 + n for n, path in enumerate(in_sight)})
        assert len(refreshed) == 3  # the rest after the next frames
        for _ in range(len(in_sight)):
            await pilot.pause()
        lines = [node.line for path in in_sight if (node := tree.node_for_path(path))]
        assert sorted(refreshed) == sorted(lines)
        top = int(tree.scroll_offset.y)
        for n, line in enumerate(lines):
            assert tree.render_line(line - top).text.rstrip().endswith(f"{90 + n}篇")


async def test_keys_are_answered_while_the_tree_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One node a frame: the listing takes 200 frames. A key sent as a terminal sends it
    # (not Pilot.press, which waits for an idle app) moves the reader's cursor while the
    # tree is still listing: it waits for a batch, not for the listing.
    monkeypatch.setattr(filetree_listing, "ADD_BATCH", 1)
    for number in range(200):
        (tmp_path / f"讲话{number:03d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(tmp_path / "讲话000.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        while screen.reader.document is None:
            await pilot.pause(0.02)
        tree = screen.filetree
        assert tree.listing
        before = screen.reader.cursor
        moved = asyncio.Event()
        screen.reader.cursor_changed.subscribe(screen, lambda _: moved.set(), immediate=True)
        key = events.Key("j", "j")
        key.set_sender(app)
        app.post_message(key)  # queued as the driver queues a key: no wait for an idle app
        await asyncio.wait_for(moved.wait(), timeout=5)
        assert screen.reader.cursor != before
        assert tree.listing and len(tree.root.children) < 200


async def test_entries_removed_leave_the_map_of_listed_paths(big_folder: Path) -> None:
    """The tree's map of listed paths (``listed_count``; the way of ``reveal`` and of the
    counts to a node) loses every entry removed from the tree, and what was under it: a
    deleted file listed again (``relist``), and a sub-folder's file under a folder
    reloaded (``reload_node``)."""
    app = make_app(big_folder / "讲话00.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        nested = big_folder / "子文件夹" / "讲话.txt"

        def nodes() -> int:
            stack, count = list(tree.root.children), 0
            while stack:
                node = stack.pop()
                stack.extend(node.children)
                count += 1
            return count

        tree.reveal(nested)
        await until(pilot, lambda: tree.node_for_path(nested) is not None, "nested listed")
        await settle(app, pilot)
        assert (tree.listed_count, nodes()) == (25, 25)  # 23 files, the folder, its file
        gone = big_folder / "讲话05.txt"
        gone.unlink()
        tree.relist(big_folder, folder_listing.folder_time(big_folder))
        await until(pilot, lambda: tree.node_for_path(gone) is None, "the deleted file dropped")
        await settle(app, pilot)
        assert (tree.listed_count, nodes()) == (24, 24)
        nested.unlink()
        await tree.reload_node(tree.root)
        await settle(app, pilot)
        assert tree.node_for_path(big_folder / "子文件夹") is not None
        assert (tree.listed_count, nodes()) == (23, 23)


def test_listing_change_asks_about_new_entries_only(tmp_path: Path) -> None:
    """``listing_change`` (the 2 s check's relisting, on a thread) finds the entries gone
    and the new ones with the listed entry each goes before, in the tree's order (folders
    first, numbers by value), and asks the file system about the new names only: a
    10,000-file folder was stat-ed entry by entry every 2 s while files kept arriving
    (performance-log.md, folder21). A listed entry whose kind changed (a file that is now
    a folder) is gone and new."""
    folder = tmp_path / "到达"
    folder.mkdir()
    for name in ("讲话2.txt", "讲话10.txt", "讲话30.txt", "变.txt", "旧.txt"):
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "b夹").mkdir()
    listed = [(folder / "b夹", True)] + [
        (folder / name, False)
        for name in ("变.txt", "旧.txt", "讲话2.txt", "讲话10.txt", "讲话30.txt")
    ]
    (folder / "旧.txt").unlink()
    (folder / "变.txt").unlink()
    (folder / "变.txt").mkdir()  # the same name, now a folder
    for name in ("讲话3.txt", "讲话20.txt", "讲话40.txt", "甲.txt"):
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "a夹").mkdir()
    (folder / "c夹").mkdir()
    (folder / "图片.png").write_bytes(b"\x89PNG")  # no speech file: not listed
    (folder / ".隐藏.txt").write_text(SPEECH_FILE, encoding="utf-8")  # hidden: not listed
    asked: list[str] = []

    def is_dir(path: Path) -> bool:
        asked.append(path.name)
        return path.is_dir()

    change = folder_listing.listing_change(folder, listed, is_dir)
    assert change is not None
    gone, added = change
    assert [path.name for path in gone] == ["变.txt", "旧.txt"]
    assert [
        (path.name, is_folder, before and before.name) for path, is_folder, before in added
    ] == [
        ("a夹", True, "b夹"),
        ("c夹", True, "讲话2.txt"),
        ("变.txt", True, "讲话2.txt"),
        ("甲.txt", False, "讲话2.txt"),
        ("讲话3.txt", False, "讲话10.txt"),
        ("讲话20.txt", False, "讲话30.txt"),
        ("讲话40.txt", False, None),
    ]
    # Only the new names (not the five listed files still there).
    assert sorted(asked) == sorted(
        ["a夹", "c夹", "变.txt", "甲.txt", "讲话3.txt", "讲话20.txt", "讲话40.txt"]
    )
    assert folder_listing.listing_change(tmp_path / "无", [], is_dir) is None


async def test_a_file_renamed_in_the_tree_takes_its_place_in_the_order(tmp_path: Path) -> None:
    """``rename_listed`` (the open file renamed beside itself) moves the line to the new
    name's place, the cursor on it: it kept the old name's place, and ``listing_change``
    places new entries by bisection in an order it assumes, so a file added later was
    listed out of order too (讲话6 above 讲话5 here, beside the renamed 讲话9) (newuser19)."""
    folder = tmp_path / "改名"
    folder.mkdir()
    for name in ("讲话1.txt", "讲话3.txt", "讲话5.txt"):
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder / "讲话3.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree

        def names() -> list[str]:
            return [child.data.path.name for child in tree.root.children if child.data]

        assert names() == ["讲话1.txt", "讲话3.txt", "讲话5.txt"]
        tree.move_cursor(tree.node_for_path(folder / "讲话3.txt"))
        await pilot.pause()
        (folder / "讲话3.txt").rename(folder / "讲话9.txt")
        tree.rename_listed(folder / "讲话3.txt", folder / "讲话9.txt")
        await pilot.pause()
        assert names() == ["讲话1.txt", "讲话5.txt", "讲话9.txt"]
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.path.name == "讲话9.txt"
        for name in ("讲话2.txt", "讲话6.txt"):
            (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
        tree.relist(folder, folder_listing.folder_time(folder))
        await until(pilot, lambda: len(names()) == 5, "the new files listed")
        assert names() == ["讲话1.txt", "讲话2.txt", "讲话5.txt", "讲话6.txt", "讲话9.txt"]
