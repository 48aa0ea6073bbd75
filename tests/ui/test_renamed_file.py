"""A file renamed while it is open: the reader reads on under the new name, at the same
place. It said 文件已被删除或移走 and dropped the text, and the new name opened at the top."""

from __future__ import annotations

import os
import threading
import traceback
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message
from textual.pilot import Pilot

from tests.ui.conftest import app_on, file_changed, settle
from tests.ui.test_quotes_ui import notices
from tui.app import SpeechReaderApp, make_app
from tui.base.files import stamp_of


async def test_a_renamed_file_is_read_on_at_the_same_place(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    renamed = speech_dir / "甲讲话（定稿）.txt"
    seen: list[Message] = []
    async with app_on(path, seen=seen) as (app, pilot):
        screen = app.main_screen
        reader = screen.reader
        await pilot.press("right_square_bracket", "right_square_bracket", "j")
        cursor = reader.cursor
        path.rename(renamed)
        await file_changed(app, pilot)
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
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        path.unlink()
        await file_changed(app, pilot)
        assert screen.path == path.resolve()
        assert screen.reader.document is not None and "文件不见了" in screen.status.text


def _in_resolve() -> bool:
    """Whether the ``stat`` being made is ``Path.resolve``'s."""
    return any(
        frame.name == "resolve" and frame.filename.endswith("pathlib.py")
        for frame in traceback.extract_stack()
    )


async def test_opening_a_file_stats_it_once(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its stamp (changed since?) and its identity (renamed?) come from one ``stat``
    (``stamp_of``): opening it took a second one for the identity. (Resolving its path,
    which pathlib does with a ``stat`` of its own on some Pythons, is not counted.)"""
    path = (speech_dir / "乙讲话.txt").resolve()
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        stats: list[object] = []
        stat = os.stat

        def counted(target: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            if (
                threading.current_thread() is threading.main_thread()
                and Path(target) == path
                and not _in_resolve()
            ):
                stats.append(target)
            return stat(target, *args, **kwargs)

        monkeypatch.setattr(os, "stat", counted)
        app.main_screen.open_file(path)
        monkeypatch.undo()
        assert len(stats) == 1
        await settle(app, pilot)
        stamp = stamp_of(path)
        assert stamp is not None and stamp.identity == (path.stat().st_dev, path.stat().st_ino)
        assert app.main_screen.path == path and app.main_screen.reader.document is not None


async def stepped_to_a_match(app: SpeechReaderApp, pilot: Pilot[None]) -> tuple[int, int]:
    """营商 found and ``n`` pressed: the find bar's (current, total), a match current."""
    await pilot.press("slash", *"营商", "enter", "n")
    await settle(app, pilot)
    current, total = app.main_screen.reader.search_status
    assert 0 < current < total
    return current, total


async def test_a_renamed_file_keeps_the_current_match(speech_dir: Path) -> None:
    """The find bar said "3/5" on the match stepped to, then "共 5 处" once the open file
    was renamed (seen in tmux over a library of 2,832 files: 1/3 became 共 3 处): the file
    reopened under its new name at the cursor, its current match dropped, n stepping on
    from the sentence rather than the match. The match is current again, the very one."""
    path = speech_dir / "甲讲话.txt"
    renamed = speech_dir / "甲讲话（定稿）.txt"
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        reader = screen.reader
        current, total = await stepped_to_a_match(app, pilot)
        said = str(screen.find_bar.status.render())
        path.rename(renamed)
        await file_changed(app, pilot)
        assert screen.path == renamed.resolve()
        assert reader.search_status == (current, total)
        assert str(screen.find_bar.status.render()) == said == f"{current}/{total}"


@pytest.mark.parametrize("change", ["edited", "gone and back"])
async def test_a_file_shown_again_keeps_the_current_match(speech_dir: Path, change: str) -> None:
    """The same for the open file changed on disk (a line added at its end) and for one
    moved away and back (seen in tmux: its folder renamed and renamed back, "2/27" became
    "27 matches")."""
    path = speech_dir / "甲讲话.txt"
    away = speech_dir.parent / "别处.txt"  # out of its folder: gone, not renamed
    async with app_on(path) as (app, pilot):
        screen = app.main_screen
        reader = screen.reader
        current, total = await stepped_to_a_match(app, pilot)
        if change == "edited":
            with path.open("a", encoding="utf-8") as handle:
                handle.write("\n谢谢大家。\n")
        else:
            path.rename(away)
            await file_changed(app, pilot)
            assert screen.status.warning  # 文件不见了
            away.rename(path)
        await file_changed(app, pilot)
        assert reader.document is not None and not screen.status.warning
        assert reader.search_status == (current, total)
