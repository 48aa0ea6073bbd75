"""A folder that held no speech file at start, the reader saying so: a file saved into it
later is opened (newuser28, seen in tmux at 120x30: the tree listed 新.txt while the
reader still said 这个文件夹（及其子文件夹）里没有讲话稿)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.conftest import SPEECH_FILE, app_on, settle, until


def _later(folder: Path) -> None:
    """Move the folder's time on (a file saved there within the same clock tick as the
    app's look would not change it, on a coarse file system)."""
    stamp = os.stat(folder).st_mtime_ns + 2_000_000_000
    os.utime(folder, ns=(stamp, stamp))


async def test_a_speech_file_saved_into_an_empty_folder_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "稿子"
    folder.mkdir()
    async with app_on(folder) as (app, pilot):
        screen = app.main_screen
        assert screen.path is None and screen.reader.document is None
        (folder / "新讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
        _later(folder)
        screen.check_file_changed()
        await until(pilot, lambda: screen.reader.document is not None, "the new file shown")
        await settle(app, pilot)
        assert screen.path == (folder / "新讲话.txt").resolve()
        assert screen.status.text.startswith("新讲话 › ")


async def test_a_file_the_reader_does_not_open_leaves_the_message(tmp_path: Path) -> None:
    """(Trap: the folder's time changed, but by a file that is no speech file.)"""
    folder = tmp_path / "稿子"
    folder.mkdir()
    async with app_on(folder) as (app, pilot):
        screen = app.main_screen
        (folder / "图片.png").write_bytes(b"\\x89PNG")
        _later(folder)
        screen.check_file_changed()
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert screen.path is None and screen.reader.document is None
        # A speech file saved after that is still found.
        (folder / "新讲话.md").write_text(SPEECH_FILE, encoding="utf-8")
        stamp = os.stat(folder).st_mtime_ns + 4_000_000_000
        os.utime(folder, ns=(stamp, stamp))
        screen.check_file_changed()
        await until(pilot, lambda: screen.reader.document is not None, "the new file shown")
        assert screen.path == (folder / "新讲话.md").resolve()
