"""Defects a demanding reader met in daily use (ui15): a deleted file that is not open kept
its "N篇" in the file tree; a £ typed on a UK keyboard was taken as Esc and 3; …"""

from __future__ import annotations

import os
from pathlib import Path

from textual._xterm_parser import XTermParser
from textual.events import Key

from tests.ui.conftest import sample_document, settle, until
from tests.ui.test_reader import ReaderApp
from tui.app import make_app
from tui.widgets.reader import ReaderView


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


def _keys_read(data: str) -> list[str]:
    """The keys Textual's input parser reads from the terminal's bytes ``data``."""
    parser = XTermParser()
    events = [*parser.feed(data), *parser.feed("")]
    return [event.key for event in events if isinstance(event, Key)]


def test_esc_and_a_digit_as_one_sequence_is_alt_digit_and_a_pound_sign_is_itself(
    speech_dir: Path,
) -> None:
    """Once the app is made, tmux's ``ESC 3`` (Esc typed just before 3) reads as alt+3 and
    a £ typed as £ (a UK keyboard) as £; Textual read both as £."""
    make_app(speech_dir / "甲讲话.txt")
    assert _keys_read("\x1b3") == ["alt+3"]
    assert _keys_read("\x1b3j") == ["alt+3", "j"]
    assert _keys_read("£") == ["pound_sign"]
    assert _keys_read("\x1b") == ["escape"]


async def test_a_pound_sign_is_not_esc_in_the_reader() -> None:
    """£ keeps a selection (Esc would drop it) and types no count; alt+3 is Esc and 3."""
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("v", "j", "pound_sign")
        assert reader.selection is not None and reader.count == 0
        await pilot.press("alt+3")
        assert reader.selection is None and reader.count == 3
