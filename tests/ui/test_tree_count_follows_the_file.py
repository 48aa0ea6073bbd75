"""The file tree's speech count of the open file follows it when it turns binary, is
deleted or becomes text again (newuser13). (Notices under dialogs:
``test_notices_under_dialogs.py``; the index note's labelled percentage:
``test_index_note.py``.)"""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.conftest import settle
from tui import ui_text
from tui.app import make_app


async def test_the_tree_count_follows_a_file_turned_binary_or_deleted(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    text = path.read_text(encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        counted = tree.speech_count(path)
        assert counted is not None and counted >= 1
        # Turned binary: the reader says it cannot be shown; the tree's count goes with it.
        path.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 200)
        os.utime(path, ns=(1, 1))
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.reader.document is None and ui_text.CANNOT_SHOW() in screen.status.text
        assert tree.speech_count(path) is None
        # Text again: counted again.
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(2, 2))
        screen.check_file_changed()
        await settle(app, pilot)
        assert tree.speech_count(path) == counted
        # Deleted: no count left on its line.
        path.unlink()
        screen.check_file_changed()
        await settle(app, pilot)
        # (its last text stays in the reader, marked as gone: test_file_gone)
        assert screen.reader.document is not None and "文件不见了" in screen.status.text
        assert tree.speech_count(path) is None
