"""The folder of the open file renamed while it is open (or a folder above it, or the
tree's root): the reader reads on at the same place under the new path, the bookmarks,
kept quotes and reading places of the folder's files follow, and the tree shows the new
name with the file selected. It said 文件不见了, the tree listing the renamed folder
closed (seen in tmux). A folder deleted is said to be gone, the text kept."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message
from textual.pilot import Pilot

from tests.ui.conftest import (
    SPEECH_FILE,
    FakeClipboard,
    cursor_on,
    file_changed,
    settle,
    until,
)
from tests.ui.test_quotes_ui import notices
from tui import folder_listing
from tui.app import SpeechReaderApp, make_app
from tui.notebook import Notebook
from tui.screens.main import MainScreen
from tui.session_records import Position


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """资料/2024年/上半年/{甲讲话,乙讲话}.txt and 资料/总结讲话.txt."""
    root = tmp_path / "资料"
    folder = root / "2024年" / "上半年"
    folder.mkdir(parents=True)
    (folder / "甲讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "乙讲话.txt").write_text(SPEECH_FILE.replace("三点", "几点"), encoding="utf-8")
    (root / "总结讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    return root


@asynccontextmanager
async def reading(
    app: SpeechReaderApp, path: Path
) -> AsyncIterator[tuple[Pilot[Any], MainScreen, list[Message]]]:
    """``app`` running at 160x45, settled, ``path`` open and selected in the tree; with every
    message handled since it started (for ``notices``)."""
    seen: list[Message] = []
    async with app.run_test(size=(160, 45), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        screen.open_and_reveal(path)
        await settle(app, pilot)
        yield pilot, screen, seen


RENAMES = {
    "its folder": ("2024年/上半年", "2024年/上半年（定稿）"),
    "the folder above": ("2024年", "2024年度"),
    "the tree's root": ("", "2024年/上半年（定稿）"),  # (opened on the file: its folder)
}


@pytest.mark.parametrize("renamed", list(RENAMES))
async def test_a_renamed_folder_is_read_on_with_its_marks(
    library: Path, clipboard: FakeClipboard, renamed: str
) -> None:
    old_part, new_part = RENAMES[renamed]
    path = (library / "2024年" / "上半年" / "甲讲话.txt").resolve()
    sibling = path.with_name("乙讲话.txt")
    if renamed == "the tree's root":
        old, new = path.parent, path.parent.with_name("上半年（定稿）")
        app = make_app(path)
    else:
        old, new = library / old_part, library / new_part
        app = make_app(library)
    moved = new / path.relative_to(old)
    async with reading(app, path) as (pilot, screen, seen):
        await pilot.press("right_square_bracket", "j", "m", "y")
        screen.session.set_position(sibling, Position(2, 0, 3, "", 0))
        cursor = screen.reader.cursor
        assert len(clipboard.copies) == 1
        old.rename(new)
        await file_changed(app, pilot)
        assert screen.path == moved
        assert screen.reader.document is not None and screen.reader.cursor == cursor
        assert not screen.status.warning
        said = f"文件夹 {old.name} 已改名为 {new.name}，接着读。"
        assert said in [message for _, message in notices(seen)]
        assert [b.path for b in screen.session.bookmarks()] == [str(moved)]
        quoted = [entry.file for entry in Notebook().entries()]
        assert quoted == [str(moved)]
        place = screen.session.position(new / sibling.relative_to(old))
        assert place is not None and (place.paragraph, place.line) == (2, 3)
        tree = screen.filetree
        await until(pilot, lambda: tree.cursor_node is not None, "the tree's cursor")
        node = tree.cursor_node
        assert node is not None and node.data is not None and node.data.path == moved
        folder = node.parent
        assert folder is not None and folder.data is not None
        assert folder.data.path == moved.parent
        assert str(folder.label).endswith(moved.parent.name)
        await pilot.press("k", "apostrophe")  # away from it, then the bookmark list
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.path == moved and screen.reader.cursor == cursor
        assert not [m for _, m in notices(seen) if "找不到" in m]


@pytest.mark.parametrize("how", ["deleted", "moved elsewhere"])
async def test_a_folder_gone_is_said_to_be_gone_and_the_text_kept(library: Path, how: str) -> None:
    """Its folder deleted (rm -r), or moved out of the tree: the status line says the
    folder is gone, not the file, the notice that it is nowhere in the tree (deleted or
    moved out of it: "deleted or moved" left the user to wonder where), and the text stays; the folder back, the file opens
    again, selected in the tree as after a rename. (Before: 文件不见了, the file said to be
    deleted or moved; then, back, its folder listed closed, the tree's cursor elsewhere.)"""
    folder = library / "2024年" / "上半年"
    path = (folder / "甲讲话.txt").resolve()
    text = path.read_bytes()
    # A folder beside it: 2024年 stays listed with it when 上半年 is gone (the tree then
    # took 上半年's absence as final, and did not select the file when it was back).
    (library / "2024年" / "下半年").mkdir()
    (library / "2024年" / "下半年" / "丙讲话.txt").write_bytes(text)
    app = make_app(library)
    async with reading(app, path) as (pilot, screen, seen):
        away = library.parent / "别处"
        if how == "deleted":
            shutil.rmtree(folder)
        else:
            folder.rename(away)
        tree = screen.filetree

        await until(pilot, lambda: cursor_on(tree, path), "the file selected in the tree")
        await file_changed(app, pilot)
        assert screen.path == path and screen.reader.document is not None
        assert screen.status.warning == "文件夹不见了"
        await until(pilot, lambda: not cursor_on(tree, path), "the gone folder's lines taken out")
        said = [message for _, message in notices(seen)]
        assert any("所在的文件夹 上半年 已被删除或移走" in message for message in said)
        # Looked for in the tree and not found: said plainly (moved out of 资料, or deleted).
        assert any(
            "在 资料 里没有找到它，可能被删除了，或移到了 资料 以外" in message for message in said
        )
        if how == "deleted":
            folder.mkdir()
            path.write_bytes(text)
        else:
            away.rename(folder)
        await file_changed(app, pilot)
        assert screen.path == path and not screen.status.warning
        await until(pilot, lambda: cursor_on(tree, path), "the file selected again", seconds=10)
        node = tree.cursor_node
        assert node is not None and node.parent is not None and node.parent.is_expanded


async def test_a_folder_moved_into_another_folder_of_the_tree_is_followed(
    library: Path, clipboard: FakeClipboard
) -> None:
    """``mv 2024年/上半年 2025年/上半年定稿``: the same file (device and inode) at the same
    place under another folder of the tree is read on there, its marks with it, and the
    tree selects it in its new place (it said the folder was deleted or moved)."""
    old = library / "2024年" / "上半年"
    path = (old / "甲讲话.txt").resolve()
    (library / "2025年" / "旧").mkdir(parents=True)
    (library / "2025年" / "旧" / "丙讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    new = library / "2025年" / "上半年定稿"
    moved = (new / "甲讲话.txt").resolve()
    app = make_app(library)
    async with reading(app, path) as (pilot, screen, seen):
        await pilot.press("right_square_bracket", "j", "m")
        cursor = screen.reader.cursor
        old.rename(new)
        await file_changed(app, pilot)
        assert screen.path == moved and screen.reader.cursor == cursor
        assert not screen.status.warning
        said = [message for _, message in notices(seen)]
        assert "文件夹 上半年 已移到 2025年/上半年定稿，接着读。" in said
        assert not [m for m in said if "已被删除或移走" in m]
        assert [b.path for b in screen.session.bookmarks()] == [str(moved)]
        tree = screen.filetree

        await until(pilot, lambda: cursor_on(tree, moved), "the file selected in its new place")

        def listed() -> set[Path]:
            nodes, paths = list(tree.root.children), set()
            while nodes:
                node = nodes.pop()
                nodes.extend(node.children)
                if node.data is not None:
                    paths.add(node.data.path)
            return paths

        await until(pilot, lambda: old not in listed(), "the old folder's line gone", seconds=10)
        assert new in listed()


@pytest.mark.parametrize(
    ("folder", "said"),
    [
        # mv 上半年 上半年（定稿）: renamed beside itself (it was said to be gone with its folder)
        (
            "2024年/上半年（定稿）",
            "文件夹 上半年 已改名为 上半年（定稿），文件也改名为 甲讲话定稿.txt，接着读。",
        ),
        # mv 2024年/上半年 2025年/上半年定稿: moved elsewhere in the tree (said to be nowhere in 资料)
        (
            "2025年/上半年定稿",
            "文件夹 上半年 已移到 2025年/上半年定稿，文件也改名为 甲讲话定稿.txt，接着读。",
        ),
    ],
    ids=["renamed", "moved elsewhere"],
)
async def test_a_folder_and_the_open_file_in_it_renamed_at_once_are_followed(
    library: Path, clipboard: FakeClipboard, folder: str, said: str
) -> None:
    """The folder renamed or moved, then ``mv <folder>/甲讲话.txt 甲讲话定稿.txt``, between two
    looks: the same file (device and inode) under the folder's new path, renamed too, is read
    on at the same place, its bookmark and quote with it."""
    old = library / "2024年" / "上半年"
    path = (old / "甲讲话.txt").resolve()
    new = library / folder
    new.parent.mkdir(exist_ok=True)
    moved = (new / "甲讲话定稿.txt").resolve()
    app = make_app(library)
    async with reading(app, path) as (pilot, screen, seen):
        await pilot.press("right_square_bracket", "j", "m", "y")
        cursor = screen.reader.cursor
        old.rename(new)
        (new / "甲讲话.txt").rename(moved)
        await file_changed(app, pilot)
        assert screen.path == moved
        assert screen.reader.document is not None and screen.reader.cursor == cursor
        assert not screen.status.warning
        messages = [message for _, message in notices(seen)]
        assert said in messages
        assert not [m for m in messages if "已被删除或移走" in m]
        assert [b.path for b in screen.session.bookmarks()] == [str(moved)]
        assert [entry.file for entry in Notebook().entries()] == [str(moved)]
        tree = screen.filetree
        await until(pilot, lambda: cursor_on(tree, moved), "the file selected under its new name")


@pytest.mark.parametrize("why", ["too many folders", "no identity"])
async def test_a_folder_gone_not_looked_for_everywhere_is_not_said_to_be_nowhere(
    library: Path, monkeypatch: pytest.MonkeyPatch, why: str
) -> None:
    """Its folder moved out of the tree, but the look through 资料 stopped at its bound
    (``MOVED_LOOKS``, here 1: 资料 alone, 2024年 left unseen), or none was made (the
    file's device and inode unknown): the notice says the search stopped, or was not
    made, where it said the folder was nowhere in 资料; ctrl+r, the file still gone,
    says the same again."""
    folder = library / "2024年" / "上半年"
    path = (folder / "甲讲话.txt").resolve()
    app = make_app(library)
    async with reading(app, path) as (pilot, screen, seen):
        if why == "too many folders":
            monkeypatch.setattr(folder_listing, "MOVED_LOOKS", 1)
            expected = "在 资料 里找了 1 个文件夹后停下了（文件夹太多），没有找到它，它也可能在没找过的文件夹里"
        else:
            screen._identity = None  # (as when it could not be read at opening)
            expected = "无法辨认这个文件（打开时没能读到它的文件信息），所以没有在 资料 里找它"
        folder.rename(library.parent / "别处")
        await file_changed(app, pilot)
        assert screen.status.warning == "文件夹不见了"
        said = [message for _, message in notices(seen)]
        assert [m for m in said if expected in m and "甲讲话.txt 所在的文件夹 上半年" in m]
        assert not [m for m in said if "在 资料 里没有找到它" in m]
        seen.clear()
        await pilot.press("ctrl+r")
        await until(pilot, lambda: any(expected in m for _, m in notices(seen)), "said again")


async def test_a_folder_gone_and_back_elsewhere_in_the_tree_is_found_at_ctrl_r(
    library: Path,
) -> None:
    """Its folder moved out of the tree (said to be nowhere in 资料), then into another
    folder of it: ctrl+r looks for it again and reads on there, where it only said again
    that the folder was gone (the old place alone was watched: "gone" for good)."""
    folder = library / "2024年" / "上半年"
    path = (folder / "甲讲话.txt").resolve()
    (library / "2025年").mkdir()
    away, new = library.parent / "别处", library / "2025年" / "上半年"
    app = make_app(library)
    async with reading(app, path) as (pilot, screen, seen):
        await pilot.press("right_square_bracket", "j")
        cursor = screen.reader.cursor
        folder.rename(away)
        await file_changed(app, pilot)
        assert screen.status.warning == "文件夹不见了"
        away.rename(new)
        await pilot.press("ctrl+r")
        moved = (new / "甲讲话.txt").resolve()
        await until(pilot, lambda: screen.path == moved, "read on in its new place")
        await settle(app, pilot)
        assert screen.reader.cursor == cursor and not screen.status.warning
        said = [message for _, message in notices(seen)]
        assert "文件夹 上半年 已移到 2025年/上半年，接着读。" in said


async def test_a_renamed_folder_s_quotes_follow_in_one_write(
    library: Path, clipboard: FakeClipboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quotes of two files of a renamed folder: the notebook written once for both (a
    write a file: one failing half-way left the folder's quotes half moved)."""
    old = library / "2024年" / "上半年"
    first, second = (old / "甲讲话.txt").resolve(), (old / "乙讲话.txt").resolve()
    new = library / "2024年" / "上半年（定稿）"
    app = make_app(library)
    async with reading(app, second) as (pilot, screen, _):
        await pilot.press("right_square_bracket", "j", "y")
        screen.open_and_reveal(first)
        await settle(app, pilot)
        await pilot.press("right_square_bracket", "j", "y")
        assert sorted(entry.file for entry in Notebook().entries()) == sorted(
            [str(first), str(second)]
        )
        writes: list[int] = []
        write = Notebook._write

        def counted(self: Notebook, change: Any) -> None:
            writes.append(1)
            write(self, change)

        monkeypatch.setattr(Notebook, "_write", counted)
        old.rename(new)
        await file_changed(app, pilot)
        assert screen.path == (new / "甲讲话.txt").resolve()
        assert len(writes) == 1
        assert sorted(entry.file for entry in Notebook().entries()) == sorted(
            str(new / path.name) for path in (first, second)
        )


async def test_a_folder_listing_under_way_when_the_root_is_renamed_is_read_again(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file saved into the root, and the root renamed while the tree reads it on its
    thread: the listing read the old path (gone) and the new file was never listed; it
    is read again under the new path."""
    from tui.folder_listing import listing_change
    from tui.widgets import filetree_watch

    monkeypatch.setattr("tui.screens.main.POLL_SECONDS", 3600.0)  # (no 2 s look to mend it)
    app = make_app(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        renamed = library.with_name("资料（新）")
        calls: list[Path] = []

        def renaming(folder: Path, *args: Any) -> Any:
            calls.append(folder)
            if len(calls) == 1:  # the root renamed, and followed, while it is read
                library.rename(renamed)
                app.call_from_thread(tree.move_root, renamed)
            return listing_change(folder, *args)

        monkeypatch.setattr(filetree_watch, "listing_change", renaming)
        (library / "新讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
        tree.relist(library.resolve(), None)

        def listed() -> list[str]:
            return [c.data.path.name for c in tree.root.children if c.data is not None]

        await until(pilot, lambda: "新讲话.txt" in listed(), "the new file listed", seconds=10)
        node = tree.node_for_path(renamed.resolve() / "新讲话.txt")
        assert node is not None
        assert calls[-1] == renamed.resolve()
