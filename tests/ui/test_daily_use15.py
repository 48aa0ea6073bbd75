"""Defects a demanding reader met in daily use (ui15): a deleted file that is not open kept
its "N篇" in the file tree; …"""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.conftest import settle, until
from tui.app import make_app


async def test_a_file_deleted_while_another_is_open_loses_its_count(speech_dir: Path) -> None:
    """乙 counted in the tree, 甲 open; 乙 deleted: its "N篇" goes at the next look at the
    disk (``check_file_changed``, every 2 s), and a file changed in sight is counted again."""
    opened, other = speech_dir / "甲讲话.txt", speech_dir / "乙讲话.txt"
    app = make_app(opened)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        screen.count_speeches()
        await until(pilot, lambda: tree.speech_count(other) is not None, "乙 counted")
        counted = tree.speech_count(other)
        # Changed in sight (one speech more): counted again.
        text = other.read_text(encoding="utf-8")
        other.write_text(text + "\n\n" + text, encoding="utf-8")
        os.utime(other, ns=(5, 5))
        screen.check_file_changed()
        await until(pilot, lambda: tree.speech_count(other) != counted, "乙 counted again", 20)
        # Deleted: no count on its line.
        other.unlink()
        screen.check_file_changed()
        await until(pilot, lambda: tree.speech_count(other) is None, "乙's count gone", 20)
        assert tree.speech_count(opened) is not None  # the open file keeps its own
