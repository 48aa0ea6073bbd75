"""A file renamed while it is open: the reader reads on under the new name, at the same
place. It said 文件已被删除或移走 and dropped the text, and the new name opened at the top."""

from __future__ import annotations

import os
from pathlib import Path

from textual.message import Message

from tests.ui.conftest import settle
from tests.ui.test_quotes_ui import notices
from tui.app import make_app


async def test_a_renamed_file_is_read_on_at_the_same_place(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    renamed = speech_dir / "甲讲话（定稿）.txt"
    app = make_app(path)
    seen: list[Message] = []
    async with app.run_test(size=(120, 36), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        await pilot.press("right_square_bracket", "right_square_bracket", "j")
        cursor = reader.cursor
        path.rename(renamed)
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.path == renamed.resolve()
        assert reader.document is not None and reader.cursor == cursor
        assert any("文件已改名为 甲讲话（定稿）.txt" in message for _, message in notices(seen))


async def test_a_deleted_file_is_not_taken_for_a_renamed_one(speech_dir: Path) -> None:
    """Only the same file (device and inode) under another name is taken for it: not
    another file of the folder, even one of the same size and time (files unpacked from
    an archive often are)."""
    path = speech_dir / "甲讲话.txt"
    twin = speech_dir / "乙讲话.txt"
    twin.write_bytes(path.read_bytes())
    stamp = path.stat()
    os.utime(twin, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        path.unlink()
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.path == path.resolve()
        assert screen.reader.document is None and "删除" in screen.reader.message
