"""The messages of the modules below the UI (state files, the clipboard, the notebook, the
session) in the interface's language: English under ``--lang en``, the Chinese as before."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyperclip
import pytest

from tests.unit.test_state import refuse_setting_aside
from tests.unit.test_ui_text import IDEOGRAPH
from tui import ui_text
from tui.clipboard import ClipboardCheckFailed, Via, system_copy
from tui.notebook import check_settings, export_problem
from tui.notebook_records import check_notebook
from tui.session import Session
from tui.session_records import check_session
from tui.state import JsonStore, LockBusy, Unsaved, Unusable, WriteFailed, describe, parse


@pytest.fixture(autouse=True)
def in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    ui_text.set_language("en")
    yield
    ui_text.set_language(ui_text.DEFAULT)


def english_only(text: str) -> str:
    """``text``, checked to hold no Chinese (the file names these tests use are ASCII)."""
    assert not IDEOGRAPH.search(text), text
    return text


def both(call: Any) -> tuple[str, str]:
    """``call()`` in English, then in Chinese (the language set back to English after)."""
    english = call()
    ui_text.set_language("zh")
    try:
        return english, call()
    finally:
        ui_text.set_language("en")


# ---------------------------------------------------------------------- why a write failed


@pytest.mark.parametrize(
    ("code", "english", "chinese"),
    [
        (errno.ENOSPC, "the disk is full", "磁盘空间已满"),
        (errno.EACCES, "no permission to write", "没有写入权限"),
        (errno.EPERM, "no permission to write", "没有写入权限"),
        (errno.EROFS, "the file system is read-only", "文件系统是只读的"),
        (
            errno.ENOTDIR,
            "a file stands where a folder should be on the path",
            "路径上有一个文件占了文件夹的位置",
        ),
        (
            errno.EEXIST,
            "a file stands where a folder should be on the path",
            "路径上有一个文件占了文件夹的位置",
        ),
        (errno.ENOENT, "the folder does not exist", "文件夹不存在"),
        (errno.EISDIR, "a folder has that name", "同名的是一个文件夹"),
        (errno.EIO, "a read or write error (input/output error)", "读写出错（输入输出错误）"),
    ],
)
def test_write_failure_reasons(code: int, english: str, chinese: str) -> None:
    error = OSError(code, os.strerror(code))
    assert both(lambda: describe(error)) == (english, chinese)


def test_an_unknown_errno_is_the_systems_own_words() -> None:
    assert describe(OSError(errno.EBUSY, "Device or resource busy")) == "Device or resource busy"


def test_a_failed_write_names_the_file_and_the_reason(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(WriteFailed) as failed:
        JsonStore(blocker / "bookmarks.json", []).save([])
    assert str(failed.value) == (
        f"{blocker / 'bookmarks.json'} (a file stands where a folder should be on the path)"
    )
    busy = LockBusy(tmp_path / "session.json")
    assert (
        english_only(busy.reason)
        == "another running reader keeps this file busy; it is saved later"
    )


def test_unsaved_notice_in_english(tmp_path: Path) -> None:
    session = tmp_path / "session.json"
    unsaved = Unsaved()
    full = WriteFailed.from_error(session, OSError(errno.ENOSPC, "No space left on device"))
    told = unsaved.failed(ui_text.UNSAVED_POSITION(), full)
    assert told == (
        f"The reading position could not be saved to {session}: the disk is full. It works as "
        "usual in this run but is not kept after you quit; the same problem is not told again."
    )
    assert unsaved.current == {
        str(session): f"The reading position could not be saved to {session}: the disk is full"
    }
    other = Unsaved()
    message = other.failed(ui_text.UNSAVED_THEME(), PermissionError(errno.EACCES, "denied"))
    assert message is not None and message.startswith(
        "The theme could not be saved to no permission to write."
    )


# ---------------------------------------------------------------------- what is wrong in a file


def read_problem(path: Path, content: str | bytes, default: Any = None) -> str:
    """What a store reports after reading ``content`` at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    store = JsonStore(path, [] if default is None else default)
    store.load()
    problem = store.take_problem()
    assert problem is not None
    return english_only(problem)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON, wrong at line 1, column 2)"),
        ("[1, NaN]", "holds the invalid number NaN"),
        ("[1e999]", "holds a number out of range: 1e999"),
        (b"\xff\xfe[]", "not UTF-8 text"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": 1}', "should be a list, is an object"),
        ('"text"', "should be a list, is a string"),
        ("true", "should be a list, is true or false"),
        ("null", "should be a list, is null"),
    ],
    ids=["json", "nan", "range", "utf8", "deep", "object", "string", "bool", "null"],
)
def test_a_damaged_file_is_set_aside_in_english(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    path = tmp_path / "bookmarks.json"
    problem = read_problem(path, content)
    (aside,) = tmp_path.glob("bookmarks.json.corrupt-*")
    assert problem.startswith(f"bookmarks.json is damaged ({reason}")
    assert problem.endswith(f"; it was set aside as {aside}, and the reader starts afresh.")


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json"
    path.mkdir()
    store = JsonStore(path, [])
    store.load()
    problem = english_only(store.take_problem() or "")
    assert problem.startswith(
        "bookmarks.json is damaged (a folder has that name); it was set aside"
    )


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text("[]", encoding="utf-8")

    def refuse(self: Path, *args: Any, **kwargs: Any) -> str:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "read_text", refuse)
    store = JsonStore(path, [])
    store.load()
    monkeypatch.undo()
    problem = english_only(store.take_problem() or "")
    assert "(cannot be read: no permission to write)" in problem


def test_a_damaged_file_that_cannot_be_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_setting_aside(monkeypatch)
    path = tmp_path / "bookmarks.json"
    problem = read_problem(path, '"a string"')
    assert problem == (
        "bookmarks.json is damaged (should be a list, is a string) and could not be set aside; "
        f"it is left as it is, and {path} is not written in this run."
    )
    with pytest.raises(WriteFailed) as failed:
        JsonStore(path, []).update(lambda value: value + [1])
    assert failed.value.reason == (
        "its content is bad but it could not be set aside (no permission to write); "
        "not written, so as not to overwrite it"
    )


BOOKMARK = {"path": "/a.txt", "paragraph": 1, "sentence": 0, "line": 2, "text": "x"}


def test_bad_bookmarks_are_left_out_in_english(tmp_path: Path) -> None:
    content = json.dumps([{**BOOKMARK, "paragraph": "2"}, BOOKMARK, 5, {"path": "/b.txt"}])
    (tmp_path / "bookmarks.json").write_text(content, encoding="utf-8")
    session = Session(tmp_path)
    (problem,) = session.problems
    (aside,) = tmp_path.glob("bookmarks.json.corrupt-*")
    assert english_only(problem) == (
        "bookmarks.json holds entries in the wrong form (3 places, such as bookmark 1: "
        "paragraph should be an integer, is a string), left out; the original was set aside "
        f"as {aside}, and the rest is used as usual."
    )
    assert len(session.bookmarks()) == 1


def test_bad_entries_that_cannot_be_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_setting_aside(monkeypatch)
    (tmp_path / "bookmarks.json").write_text(json.dumps([5, BOOKMARK]), encoding="utf-8")
    (problem,) = Session(tmp_path).problems
    assert english_only(problem) == (
        "bookmarks.json holds entries in the wrong form (1 place: bookmark 1: should be an "
        "object, is an integer), left out; the file could not be set aside, so it is left "
        "as it is and not written in this run."
    )


def test_record_checks_of_the_session_and_the_notebook() -> None:
    _, dropped = check_session(
        {"theme": 3, "last_file": [], "positions": {"/a.txt": {"paragraph": 1.5}}}
    )
    assert dropped == [
        "last_file should be a string, is a list",
        "theme should be a string, is an integer",
        "the reading position of /a.txt: sentence is missing",
    ]
    _, dropped = check_session({"positions": []})
    assert dropped == ["positions should be an object, is a list"]
    with pytest.raises(Unusable, match="^quotes should be a list, is an object$"):
        check_notebook({"quotes": {}})
    _, dropped = check_notebook({"quotes": [{"text": 1}]})
    assert dropped and dropped[0].startswith("quote 1: ")
    english_only(dropped[0])
    _, dropped = check_settings({"citation_format": 1.5})
    assert dropped == ["citation_format should be a string, is a decimal number"]
    ui_text.set_language("zh")
    _, dropped = check_session({"theme": 3, "positions": []})
    assert dropped == ["theme 应为字符串，实为整数", "positions 应为对象，实为列表"]
    assert check_notebook({"quotes": [5]})[1] == ["第 1 条摘录：应为对象，实为整数"]


def test_parse_refusals_in_both_languages() -> None:
    def refusal(text: str) -> str:
        with pytest.raises(ValueError) as refused:
            parse(text)
        return str(refused.value)

    assert both(lambda: refusal("[Infinity]")) == (
        "holds the invalid number Infinity",
        "含有非法数值 Infinity",
    )


# ---------------------------------------------------------------------- the notebook's export


def test_export_refusals(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("", encoding="utf-8")
    assert both(lambda: export_problem(target, [])) == (
        f"{target} exists; exporting overwrites it",
        f"{target} 已存在，导出会覆盖它",
    )
    speeches = tmp_path / "speeches"
    speeches.mkdir()
    among = export_problem(speeches / "notes.md", [], roots=[speeches])
    assert among == f"{speeches} holds speeches; the exported file would be listed among them"


# ---------------------------------------------------------------------- the clipboard


def test_clipboard_failure_reasons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pyperclip, "copy", lambda text: None)
    monkeypatch.setattr(pyperclip, "paste", lambda: "")
    with pytest.raises(ClipboardCheckFailed, match="^the system clipboard did not take the text$"):
        system_copy("text")

    def no_paste() -> str:
        raise pyperclip.PyperclipException("no xclip")

    monkeypatch.setattr(pyperclip, "paste", no_paste)
    with pytest.raises(ClipboardCheckFailed) as failed:
        system_copy("text")
    assert str(failed.value) == "the clipboard cannot be read back: no xclip"
    ui_text.set_language("zh")
    with pytest.raises(ClipboardCheckFailed, match="^无法读回剪贴板：no xclip$"):
        system_copy("text")


def test_the_ways_of_copying_are_named_in_the_language() -> None:
    assert both(lambda: Via.TERMINAL.label) == (
        "terminal's clipboard (OSC 52)",
        "终端剪贴板 OSC 52",
    )
    assert both(lambda: Via.SYSTEM.label) == ("system clipboard", "系统剪贴板")
    assert both(lambda: Via.NONE.label) == ("no clipboard", "无可用剪贴板")


def test_highlights_reasons_in_english_and_chinese_unchanged() -> None:
    from tui.highlights import check_highlights

    with pytest.raises(Unusable) as caught:
        check_highlights({"terms": 3})
    assert english_only(str(caught.value)) == "terms should be a list, is an integer"
    english, chinese = both(lambda: check_highlights({"terms": ["甲", 1]})[1][0])
    assert english_only(english) == "highlight word 2 should be a string, is an integer"
    assert chinese == "第 2 个高亮词应为字符串，实为整数"
    ui_text.set_language("zh")
    with pytest.raises(Unusable) as caught:
        check_highlights({"terms": 3})
    assert str(caught.value) == "terms 应为列表，实为整数"
