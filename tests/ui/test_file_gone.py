"""A file that vanishes while it is open (a sync tool replaces files by deleting them
first): the reader keeps its last text to read, copy and bookmark, the status line says
文件不见了 until it comes back, and then it opens again where the user got to. It used to
clear the reader (文件已被删除或移走) until the file came back (newuser25)."""

from __future__ import annotations

import os
from pathlib import Path

from textual.message import Message

from tests.ui.conftest import SPEECH_FILE, app_on, file_changed, settle, until
from tests.ui.test_quotes_ui import notices


async def test_a_vanished_file_is_read_on_marked_as_gone_until_it_returns(
    speech_dir: Path,
) -> None:
    path = speech_dir / "甲讲话.txt"
    kept = path.read_bytes()
    seen: list[Message] = []
    async with app_on(path, seen=seen) as (app, pilot):
        screen = app.main_screen
        reader = screen.reader
        await pilot.press("right_square_bracket", "right_square_bracket")
        document, cursor = reader.document, reader.cursor
        assert "文件不见了" not in screen.status.text
        path.unlink()
        await file_changed(app, pilot)
        assert reader.document is document and reader.cursor == cursor
        assert screen.status.text.startswith("甲讲话 › ")  # (where the cursor is, as before)
        assert "文件不见了" in screen.status.text
        told = [message for _, message in notices(seen) if "已被删除或移走" in message]
        assert len(told) == 1 and "仍显示它消失前的内容" in told[0]
        # Reading on: the status line still says so, the place is followed.
        await pilot.press("j", "j")
        moved = reader.cursor
        assert moved != cursor and "文件不见了" in screen.status.text
        await file_changed(app, pilot)  # (nothing new: nothing said again)
        assert len([m for _, m in notices(seen) if "已被删除或移走" in m]) == 1
        # Back: reopened at the place read to, the mark gone.
        path.write_bytes(kept)
        await file_changed(app, pilot)
        assert reader.document is not None and reader.document is not document
        assert reader.cursor == moved
        assert "文件不见了" not in screen.status.text


async def test_the_mark_of_a_vanished_file_is_in_the_language_chosen(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    async with app_on(path, (80, 24)) as (app, pilot):
        screen = app.main_screen
        path.unlink()
        await file_changed(app, pilot)
        assert screen.reader.document is not None and "文件不见了" in screen.status.text
        await pilot.press("j")
        assert "文件不见了" in screen.status.text
        app.switch_language("en")
        await settle(app, pilot)
        assert "file gone" in screen.status.text
        # At 80 columns the crumbs are cut, not the mark.
        drawn = "".join(seg.text for seg in screen.status.render_line(0))
        assert "file gone" in drawn


async def test_a_vanished_file_that_comes_back_unshowable_is_no_longer_called_gone(
    speech_dir: Path,
) -> None:
    # Seen in tmux (hostile61): a file deleted while open, then written again empty (0
    # bytes) — the reader said 文件是空的（0 字节）, the status line still 文件不见了.
    path = speech_dir / "甲讲话.txt"
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        path.unlink()
        await file_changed(app, pilot)
        assert "文件不见了" in screen.status.text
        path.write_bytes(b"")
        await file_changed(app, pilot)
        assert screen.reader.document is None
        assert "文件不见了" not in screen.status.text and "无法显示" in screen.status.text
        assert "文件不见了" not in "".join(seg.text for seg in screen.status.render_line(0))


async def test_a_fifo_swapped_in_for_the_open_file_is_said_to_be_no_regular_file(
    speech_dir: Path,
) -> None:
    # It was called gone (文件不见了, 已被删除或移走) while a pipe stood under its name.
    path = speech_dir / "甲讲话.txt"
    kept = path.read_bytes()
    seen: list[Message] = []
    async with app_on(path, seen=seen) as (app, pilot):
        screen = app.main_screen
        document = screen.reader.document
        path.unlink()
        os.mkfifo(path)
        await file_changed(app, pilot)
        assert screen.reader.document is document  # (its text stays, as for a file gone)
        assert "不是普通文件" in screen.status.text and "文件不见了" not in screen.status.text
        told = [message for _, message in notices(seen) if "不是普通文件" in message]
        assert len(told) == 1 and "“甲讲话.txt”不是普通文件（可能是设备或管道）" in told[0]
        assert "仍显示它之前的内容" in told[0]
        assert not [m for _, m in notices(seen) if "已被删除或移走" in m]
        app.switch_language("en")
        await settle(app, pilot)
        assert "not a regular file" in screen.status.text
        # A regular file again: opened again, the mark gone.
        path.unlink()
        path.write_bytes(kept)
        await file_changed(app, pilot)
        assert screen.reader.document is not None and screen.reader.document is not document
        assert "not a regular file" not in screen.status.text


async def test_a_fifo_swapped_in_while_no_text_is_shown_says_why(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    path.write_bytes(b"")  # (empty: no text shown, a message)
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        assert screen.reader.document is None
        path.unlink()
        os.mkfifo(path)
        await file_changed(app, pilot)
        assert screen.reader.document is None
        assert "“甲讲话.txt”不是普通文件（可能是设备或管道）" in screen.reader.message
        assert "已被删除或移走" not in screen.reader.message
        assert "不是普通文件" in screen.status.text and "文件不见了" not in screen.status.text


async def test_the_only_file_of_its_folder_deleted_and_put_back(tmp_path: Path) -> None:
    """A folder of one speech file, open: deleted, the tree lists nothing and the text
    stays, marked gone; put back (a sync tool's delete and write), it is listed again
    and opened again at the place read to."""
    folder = tmp_path / "一篇"
    folder.mkdir()
    path = folder / "讲话.txt"
    path.write_text(SPEECH_FILE, encoding="utf-8")
    kept = path.read_bytes()
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        reader, tree = screen.reader, screen.filetree

        def listed() -> list[str]:
            return [node.data.path.name for node in tree.root.children if node.data is not None]

        await until(pilot, lambda: listed() == ["讲话.txt"], "the file listed")
        await pilot.press("right_square_bracket", "j")
        document, cursor = reader.document, reader.cursor
        path.unlink()
        await file_changed(app, pilot)
        await until(pilot, lambda: listed() == [], "the file no longer listed")
        assert reader.document is document and reader.cursor == cursor
        assert "文件不见了" in screen.status.text
        path.write_bytes(kept)
        await file_changed(app, pilot)
        await until(pilot, lambda: listed() == ["讲话.txt"], "the file listed again")
        assert reader.document is not None and reader.document is not document
        assert reader.cursor == cursor
        assert "文件不见了" not in screen.status.text
        assert screen.path == path.resolve()
