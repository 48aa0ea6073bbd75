"""The app with state it cannot write or read well: no crash, one notice per kind, nothing lost.

Tests run as root (permission bits are ignored): the state folder is made unwritable by
a file where the folder should be.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual.message import Message
from textual.widgets import OptionList

from tests.ui.conftest import FakeClipboard, settle
from tests.ui.test_notebook_ui import copy_two, export_prompt, listed
from tests.ui.test_quotes_ui import SIZE, notices, start
from tui.app import make_app
from tui.notebook import Notebook
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.main import MainScreen

FIRST = "优化营商环境就是解放生产力。"
SECOND = "要全面推行一网通办。"


def titled(seen: list[Message], title: str) -> list[str]:
    return [message for heading, message in notices(seen) if heading == title]


def blocked(seen: list[Message]) -> list[str]:
    """The notices saying a file stands where the state folder should be."""
    return [
        message
        for what in ("书签", "阅读位置")
        for message in titled(seen, f"无法保存{what}等内容")
    ]


async def test_unwritable_state_never_crashes_and_is_told_once(
    speech_dir: Path, isolated_home: Path
) -> None:
    isolated_home.mkdir()
    blocker = isolated_home / "state"
    blocker.write_text("一个文件占了状态文件夹的位置", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("j", "m", "j", "m", "m")  # add, add, remove: each write fails
        assert len(screen.session.bookmarks()) == 1  # kept for this run
        # the file in the folder's place, once, naming what failed first: the bookmark, or
        # on a loaded machine the position timer's save that came before the keys
        told = blocked(seen)
        assert told in (
            [
                f"{blocker} 是一个文件，不是文件夹：阅读器放在它下面的{what}等内容都无法保存。"
                "本次运行中照常可用，但退出后不会保留；同样的问题不再重复提示。"
            ]
            for what in ("书签", "阅读位置")
        ), told
        app.theme = next(name for name in app.available_themes if name != app.theme)
        app.theme = next(name for name in app.available_themes if name != app.theme)
        for _ in range(5):  # the position timer, every second
            await pilot.press("j")
            screen.save_session()
        await pilot.pause()
        # session.json (theme, positions) and bookmarks.json fail for the one cause: told once
        told = [message for title, message in notices(seen) if title.startswith("无法保存")]
        assert len(told) == 1, told
        await pilot.press("apostrophe")
        assert isinstance(app.screen, BookmarksScreen) and len(app.screen.bookmarks) == 1
        await pilot.press("d", "escape")
        await pilot.pause()
        assert screen.session.bookmarks() == []
        assert len(blocked(seen)) == 1
        blocker.unlink()  # fixed while running: the next save writes what was pending
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("q")
    assert app.unsaved.current == {}
    stored = json.loads((blocker / "session.json").read_text(encoding="utf-8"))
    assert stored["theme"] == app.theme and stored["last_file"].endswith("甲讲话.txt")
    assert len(json.loads((blocker / "bookmarks.json").read_text(encoding="utf-8"))) == 1


async def test_quitting_with_unwritable_state_leaves_the_message_for_the_terminal(
    speech_dir: Path, isolated_home: Path
) -> None:
    isolated_home.mkdir()
    (isolated_home / "state").write_text("x", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "q")
    assert app.unsaved.current == {
        str(isolated_home / "state"): f"{isolated_home / 'state'} 是一个文件，不是文件夹："
        "阅读位置等内容没有保存"
    }


async def test_bad_state_files_are_set_aside_at_start(
    speech_dir: Path, isolated_home: Path
) -> None:
    state = isolated_home / "state"
    state.mkdir(parents=True)
    path = str((speech_dir / "甲讲话.txt").resolve())
    good = {"path": path, "paragraph": 3, "sentence": 0, "line": 4, "text": "好。"}
    marks = [{**good, "paragraph": "2", "text": 5}, good]  # crashed the bookmark list
    (state / "bookmarks.json").write_text(json.dumps(marks), encoding="utf-8")
    (state / "session.json").write_text(  # crashed every start
        '{"last_file": "%s", "positions": {"%s": {"paragraph": Infinity, "sentence": 0, "line": 1}}}'
        % (path, path),
        encoding="utf-8",
    )
    app = make_app(speech_dir)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        told = titled(seen, "状态文件有问题")
        assert len(told) == 2
        assert "session.json 已损坏" in told[0] and "Infinity" in told[0]
        assert "bookmarks.json 中有内容格式不对" in told[1]
        await pilot.press("apostrophe")
        assert isinstance(app.screen, BookmarksScreen)
        assert [b.text for b in app.screen.bookmarks] == ["好。"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen) and app.main_screen.reader.cursor == (3, 0)
    assert len(list(state.glob("session.json.corrupt-*"))) == 1
    assert len(list(state.glob("bookmarks.json.corrupt-*"))) == 1


async def test_notebook_delete_can_be_undone(speech_file: Path, clipboard: FakeClipboard) -> None:
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "d")
        await pilot.pause()
        assert listed(app) == [FIRST] and len(Notebook()) == 1
        assert ("", "已删除 1 条摘录，按 u 撤销。") in notices(seen)
        await pilot.press("u")
        await pilot.pause()
        assert listed(app) == [SECOND, FIRST]
        assert [e.text for e in Notebook().entries()] == [SECOND, FIRST]
        assert app.screen.query_one(OptionList).highlighted == 0  # on the quote put back
        await pilot.press("u")
        await pilot.pause()
        assert ("", "没有可撤销的删除。") in notices(seen)


async def test_the_same_quote_is_not_kept_twice(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await start(app, pilot, 4, 1)
        await pilot.press("y", "y")
        await pilot.pause()
        assert len(clipboard.copies) == 2  # copied both times
        assert [e.text for e in Notebook().entries()] == [FIRST]
        copied = [message for title, message in notices(seen) if title.startswith("已复制")]
        assert "已有这条" not in copied[0] and "摘录本中已有这条，未重复收入" in copied[1]


async def test_unwritable_notebook_is_told_once_and_keeps_the_quotes(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    isolated_home.mkdir(exist_ok=True)
    (isolated_home / "data").write_text("x", encoding="utf-8")
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await copy_two(app, pilot)
        assert len(titled(seen, "无法保存摘录本等内容")) == 1
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert listed(app) == [SECOND, FIRST]


async def test_export_asks_before_overwriting_and_defaults_away_from_speeches(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        prompt = await export_prompt(app, pilot)
        assert Path(prompt.value) == isolated_home / "exports" / "摘录本.md"
        among = speech_file.parent / "摘录本.md"
        prompt.value = str(among)
        await pilot.press("enter")
        await pilot.pause()
        assert not among.exists()
        asked = titled(seen, "确认导出")
        assert len(asked) == 1 and "讲话稿所在的文件夹" in asked[0]
        target = isolated_home / "摘录.md"
        target.write_text("原有的笔记", encoding="utf-8")
        prompt.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "原有的笔记"
        assert "已存在" in titled(seen, "确认导出")[-1]
        await pilot.press("enter")  # the same path again: the user means it
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("# 摘录本\n")
        assert len(titled(seen, "导出完成")) == 1


async def test_bookmark_delete_can_be_undone(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("j", "m", "j", "m")
        await pilot.press("apostrophe", "d")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen) and len(app.screen.bookmarks) == 1
        await pilot.press("u")
        await pilot.pause()
        assert [b.paragraph for b in app.screen.bookmarks] == [
            b.paragraph for b in screen.session.bookmarks()
        ]
        await pilot.press("d", "down", "d", "u", "escape")
        await pilot.pause()
        assert len(screen.session.bookmarks()) == 1
    assert app.session is not None
    assert len(json.loads(app.session.paths[1].read_text(encoding="utf-8"))) == 1
