"""Files that cannot be shown, and a file renamed while open, in a big mixed library: a
folder whose first file (by name, or the one open last time) is a scanned PDF or a damaged
.docx is still counted and indexed; under such a file the panes offer no copy or jump keys;
bookmarks and quotes follow a rename; the opening message never covers a file shown
meanwhile. (Found by a policy analyst's day with a 3,000-file library.)"""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message

from tests.ui.conftest import SPEECH_FILE, FakeClipboard, settle, until
from tests.ui.test_quotes_ui import notices
from tests.ui.test_tree_names import labels
from tests.unit import format_fixtures as ff
from tui.app import make_app
from tui.engine.index import Index
from tui.notebook import Notebook
from tui.screens import main as main_module
from tui.widgets.keybar import KeyBar


@pytest.fixture
def scanned_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder whose first file by name is a scanned PDF (no text layer), then a damaged
    .docx, then a speech; counting and indexing start without delay once they may."""
    folder = tmp_path / "资料"
    folder.mkdir()
    ff.write_scanned_pdf(folder / "01扫描件.pdf")
    (folder / "02损坏.docx").write_bytes(b"PK\x03\x04 not a zip" * 10)
    (folder / "03讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    monkeypatch.setattr(main_module, "COUNT_DELAY", 0.01)
    monkeypatch.setattr(main_module, "INDEX_DELAY", 0.01)
    return folder


@pytest.mark.parametrize("first", ["01扫描件.pdf", "02损坏.docx"])
async def test_a_first_file_that_cannot_be_shown_still_starts_counting_and_indexing(
    scanned_first: Path, first: str
) -> None:
    """The app opened on the folder shows why its first file cannot be read, and the
    folder is counted ("1篇" on the speech) and indexed all the same (before, neither
    happened until a readable file was opened)."""
    speech = scanned_first / "03讲话.txt"
    app = make_app(scanned_first / first)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.path == scanned_first / first
        assert first in screen.reader.message
        await until(pilot, lambda: screen.filetree.speech_count(speech) == 1, "speech counted")
        await until(pilot, lambda: not screen.indexing and screen.folder_work_started, "indexed")
        await settle(app, pilot)
        with Index() as index:
            assert index.stats()[0] == 3  # every file (those two as unreadable)


async def test_under_a_file_that_cannot_be_shown_the_panes_offer_no_copy_or_jump(
    scanned_first: Path, clipboard: FakeClipboard
) -> None:
    """Under the scanned PDF's message the file tree listed "y 复制阅读区的句子" and the
    empty outline "⏎ 跳转  y 复制标题  Y 复制整节  t 复制提纲", keys that did nothing; now
    neither lists them (as the reader's keys are off), and they come back with a text."""
    app = make_app(scanned_first / "01扫描件.pdf")
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        bar = screen.query_one(KeyBar)

        def described() -> list[str]:
            return [entry[2] for entry in bar.entries]

        screen.filetree.focus()
        await pilot.pause()
        assert "打开" in described() and "复制阅读区的句子" not in described()
        screen.outline.focus()
        await pilot.pause()
        for gone in ("跳转", "复制标题", "复制整节", "复制提纲"):
            assert gone not in described()
        await pilot.press("y", "Y", "t")
        assert clipboard.copies == []
        screen.open_file(scanned_first / "03讲话.txt")
        await settle(app, pilot)
        await until(pilot, lambda: "复制提纲" in described(), "the outline's keys back")
        assert "跳转" in described()
        screen.filetree.focus()
        await until(pilot, lambda: "复制阅读区的句子" in described(), "the tree's y back")


async def test_bookmarks_and_quotes_follow_a_file_renamed_while_open(
    speech_dir: Path, clipboard: FakeClipboard
) -> None:
    """A bookmark and a kept quote in 甲讲话.txt, then the file renamed while open: the
    reader read on under the new name, but the bookmark list still named the old file and
    its Enter said 找不到书签所在的文件 (the notebook's Enter too). Now both name the new one."""
    path = speech_dir / "甲讲话.txt"
    renamed = (speech_dir / "甲讲话（定稿）.txt").resolve()
    app = make_app(path)
    seen: list[Message] = []
    async with app.run_test(size=(120, 36), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("right_square_bracket", "j", "m", "y")
        cursor = screen.reader.cursor
        assert len(clipboard.copies) == 1
        path.rename(renamed)
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.path == renamed
        assert [b.path for b in screen.session.bookmarks()] == [str(renamed)]
        quoted = [e.file for e in Notebook().entries() if Path(e.file).parent == renamed.parent]
        assert quoted == [str(renamed)]
        await pilot.press("k", "apostrophe")  # away from it, then the bookmark list
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.path == renamed and screen.reader.cursor == cursor
        assert not [m for _, m in notices(seen) if "找不到" in m]


async def test_the_opening_message_never_covers_a_file_shown_meanwhile(
    speech_dir: Path, held_load: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen in tmux under load: a PDF opened from the palette stayed at "正在读取 PDF 的文字层…"
    with nothing running, its text shown and then covered. The "opening…" timer queues its
    call (``call_next``); when the file was shown after that and before the queued call
    ran, stopping the timer did not stop the call. Here the screen's queue is held while
    the timer fires, the file is shown, then the queue runs on: the text must stay."""
    monkeypatch.setattr(main_module, "LOADING_DELAY", 0.001)
    other = speech_dir / "乙讲话.txt"
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        held_load.set()
        await settle(app, pilot)
        held_load.clear()
        screen = app.main_screen
        queued = asyncio.Event()
        real_call_next = screen.call_next

        def call_next(callback: Any, *args: Any, **kwargs: Any) -> None:
            queued.set()
            real_call_next(callback, *args, **kwargs)

        monkeypatch.setattr(screen, "call_next", call_next)
        shown = asyncio.Event()

        def titled(title: str | None) -> None:
            if title == other.name:
                shown.set()

        # A watcher of a reactive is called as it is set, not through the screen's queue.
        screen.watch(screen, "sub_title", titled)
        go_on = asyncio.Event()
        real_call_next(go_on.wait)  # the screen's queue waits behind this
        screen.open_file(other)
        await _happened(queued, "the opening timer fired (its call queued)")
        held_load.set()
        await _happened(shown, "乙 shown (its name the title)")
        assert screen.reader.document is not None
        go_on.set()
        await settle(app, pilot)
        assert screen.path == other.resolve()
        assert screen.reader.document is not None and screen.reader.message == ""


async def _happened(event: asyncio.Event, what: str, seconds: float = 20) -> None:
    """Wait for ``event``, set in the event loop (by a watcher, a wrapped call), for a test
    that holds the screen's message queue: ``until``'s ``pilot.pause`` first waits for the
    app, the screen and every widget on it to handle a callback it queues behind their
    messages (Textual's ``Pilot._wait_for_screen``), which the held screen does not do
    until the test lets it go (30 s, then ``WaitForScreenTimeout``)."""
    try:
        await asyncio.wait_for(event.wait(), seconds)
    except TimeoutError:
        raise AssertionError(f"never happened in {seconds} s: {what}") from None


async def test_a_file_without_permission_is_listed_marked_and_says_why(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the user may not read was left out of the file tree: one they knew was
    there was not, with no word why. Now it is listed, marked 无权限, and opening it says
    没有权限读取…. (The tests run as root, who reads any file: the refusal is simulated.)"""
    locked = speech_dir / "丙讲话.txt"
    locked.write_text(SPEECH_FILE, encoding="utf-8")
    locked.chmod(0)
    real_access, real_open = os.access, os.open

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if Path(path).name == locked.name:
            return False
        return real_access(path, mode, *args, **kwargs)

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == locked.name:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", refusing_open)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        shown = labels(tree, speech_dir.resolve())
        marked = [label for label in shown if "丙讲话" in label]
        assert len(marked) == 1 and "无权限" in marked[0], shown
        assert not [label for label in shown if "无权限" in label and "丙讲话" not in label]
        screen.open_file(locked)
        await settle(app, pilot)
        assert screen.reader.document is None
        assert "没有权限读取“丙讲话.txt”" in screen.reader.message
        app.switch_language("en")
        await settle(app, pilot)
        assert "no access" in next(lab for lab in labels(tree, speech_dir.resolve()) if "丙" in lab)
        assert "No permission to read “丙讲话.txt”" in screen.reader.message
        # Readable again (its permissions changed): opened, its mark goes.
        monkeypatch.setattr(os, "access", real_access)
        monkeypatch.setattr(os, "open", real_open)
        screen.open_file(speech_dir / "甲讲话.txt")
        await settle(app, pilot)
        screen.open_file(locked)
        await settle(app, pilot)
        assert screen.reader.document is not None
        assert "no access" not in next(
            lab for lab in labels(tree, speech_dir.resolve()) if "丙" in lab
        )
