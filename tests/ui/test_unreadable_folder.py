"""A folder this process may not open is listed in the file tree, marked 无权限 / no access
as an unreadable file is, and opening it says why (it was left out of the tree: a user
who knew it was there found no trace of it)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message

from tests.ui.conftest import SPEECH_FILE, app_on, settle, until
from tests.ui.test_quotes_ui import notices
from tests.ui.test_tree_names import labels


async def test_a_folder_without_permission_is_listed_marked_and_says_why(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(The tests run as root, who may open any folder: the refusal is simulated.)"""
    locked = speech_dir / "丁组讲话"
    locked.mkdir()
    (locked / "内部讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    real_access = os.access
    refused = {"on": True}

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if refused["on"] and Path(path).name == locked.name:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    seen: list[Message] = []
    async with app_on(speech_dir / "甲讲话.txt", size=(120, 36), seen=seen) as (app, pilot):
        screen = app.main_screen
        tree = screen.filetree
        shown = labels(tree, speech_dir.resolve())
        marked = [label for label in shown if "丁组讲话" in label]
        assert len(marked) == 1 and marked[0].endswith("无权限"), shown
        assert not [label for label in shown if "无权限" in label and "丁组" not in label]
        node = tree.node_for_path(locked.resolve())
        assert node is not None
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")
        said = "没有权限打开文件夹“丁组讲话”，列不出其中的文件。"
        await until(pilot, lambda: any(said in text for _, text in notices(seen)), "told why")
        await settle(app, pilot)
        assert not node.is_expanded and not node.children
        app.switch_language("en")
        await settle(app, pilot)
        assert next(lab for lab in labels(tree, speech_dir.resolve()) if "丁" in lab).endswith(
            "no access"
        )
        await pilot.press("enter")
        said = "No permission to open the folder “丁组讲话”: its files cannot be listed."
        await until(pilot, lambda: any(said in text for _, text in notices(seen)), "told in en")
        # Its permissions back: it opens, its mark gone.
        refused["on"] = False
        await pilot.press("enter")
        await until(pilot, lambda: node.is_expanded and bool(node.children), "opened")
        assert "no access" not in next(
            lab for lab in labels(tree, speech_dir.resolve()) if "丁" in lab
        )


async def test_a_mark_follows_permissions_taken_while_the_reader_runs(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 无权限 mark was set when a folder was listed: a folder (or a file in it) whose
    permission was taken while the reader ran kept no mark, and the folder opened on its
    old listing. Opening it now asks again: the folder is marked and says why; opened
    again once allowed, the file in it taken meanwhile is marked, and unmarked when its
    permission comes back. (Run as root: the refusal is simulated.)"""
    folder = speech_dir / "丁组讲话"
    folder.mkdir()
    (folder / "内部讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    real_access = os.access
    refused: set[str] = set()

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if Path(path).name in refused:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    seen: list[Message] = []
    async with app_on(speech_dir / "甲讲话.txt", size=(120, 36), seen=seen) as (app, pilot):
        tree = app.main_screen.filetree
        node = tree.node_for_path(folder.resolve())
        assert node is not None

        def row(name: str, where: Path = speech_dir) -> str:
            return next(label for label in labels(tree, where.resolve()) if name in label)

        assert "无权限" not in row("丁组")
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")  # listed while allowed
        await until(pilot, lambda: node.is_expanded and bool(node.children), "opened")
        await pilot.press("enter")  # closed
        await until(pilot, lambda: not node.is_expanded, "closed")
        refused.add(folder.name)  # (chmod 000 while the reader runs)
        await pilot.press("enter")
        said = "没有权限打开文件夹“丁组讲话”，列不出其中的文件。"
        await until(pilot, lambda: any(said in text for _, text in notices(seen)), "told why")
        await settle(app, pilot)
        assert not node.is_expanded and row("丁组").endswith("无权限")
        refused.discard(folder.name)
        refused.add("内部讲话.txt")  # its folder given back, its file taken
        await pilot.press("enter")
        await until(pilot, lambda: node.is_expanded, "opened again")
        await until(pilot, lambda: row("内部", folder).endswith("无权限"), "the file marked")
        assert "无权限" not in row("丁组")
        refused.clear()
        await pilot.press("enter", "enter")  # closed and opened again
        await until(pilot, lambda: "无权限" not in row("内部", folder), "the file unmarked")
