"""Ctrl+R (重新读取此文件) on a big plain-text file whose text is shown.

The whole file is read again on the background service; meanwhile its old text stayed
on screen only for the first 0.15 s: then "正在读取…" replaced it, outline and all (a
10 MB collection: a second of blank panes in tmux, daily84). Now the text stays, the
reader keeps working on it, and the file read again is shown at the place the user has
reached meanwhile, not the one it had when Ctrl+R was pressed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from textual.message import Message

from tests.documents import corpus_collection
from tests.ui.conftest import app_on, file_changed, settle, until
from tests.ui.test_quotes_ui import notices
from tui.app import make_app
from tui.engine.model import Kind


async def test_the_text_stays_and_the_place_reached_is_kept(
    tmp_path: Path, held_load: threading.Event
) -> None:
    big = corpus_collection(tmp_path, 2)
    held_load.set()
    app = make_app(big)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        old = reader.document
        assert old is not None and screen.complete
        body = [i for i, p in enumerate(old.paragraphs) if p.kind is Kind.BODY]
        deep = body[len(body) * 2 // 3]  # past the head's bytes
        reader.focus()
        reader.move_cursor_to(deep, 0, top=True)
        await pilot.pause()
        start = reader.cursor
        with big.open("a", encoding="utf-8") as handle:
            handle.write("\n附：本文件已更新。\n")  # changed on disk: read again, not the kept copy
        held_load.clear()  # the whole file's reading waits
        await pilot.press("ctrl+r")
        await until(
            pilot,
            lambda: any(w.description == "load a file" and w.is_running for w in app.workers),
            "the file is being read again",
        )
        await pilot.press("down", "down")  # the user reads on meanwhile
        await until(pilot, lambda: reader.cursor > start, "the cursor moved on", 10)
        reached = reader.cursor
        reached_text = reader.sentence_text(reached)
        assert reader.document is old, reader.message  # the old text, not "正在读取…"
        held_load.set()
        await settle(app, pilot)
        assert reader.document is not None and reader.document is not old
        assert reader.document.paragraphs[-1].text.endswith("本文件已更新。")
        assert reader.cursor == reached
        assert reader.sentence_text(reader.cursor) == reached_text


async def test_ctrl_r_on_a_file_gone_keeps_its_text_and_says_so(speech_dir: Path) -> None:
    """The open file vanished: its text stays to read, marked 文件不见了. Ctrl+R replaced
    that text by the error of a file that cannot be read, lost until the file came back;
    now the text stays and the reader says again that the file is gone."""
    path = speech_dir / "甲讲话.txt"
    kept = path.read_bytes()
    seen: list[Message] = []
    async with app_on(path, seen=seen) as (app, pilot):
        screen = app.main_screen
        reader = screen.reader
        await pilot.press("right_square_bracket", "j")
        document, cursor = reader.document, reader.cursor
        path.unlink()
        await file_changed(app, pilot)
        assert reader.document is document and "文件不见了" in screen.status.text
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert reader.document is document, reader.message
        assert reader.cursor == cursor and "文件不见了" in screen.status.text
        told = [message for _, message in notices(seen) if "已被删除或移走" in message]
        assert len(told) == 2, told  # (said when it went, and again at ctrl+r)
        path.write_bytes(kept)  # back: ctrl+r reads it, at the same place
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert reader.document is not document and reader.cursor == cursor
        assert "文件不见了" not in screen.status.text
