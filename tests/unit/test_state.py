"""State on disk: write failures, checked content, set-aside files, unknown fields, merging, the lock.

Tests run as root, which ignores permission bits: a folder that cannot be written is made
by putting a file where the folder should be, or by making ``os.replace`` fail.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.engine.quotes import Quote, QuoteKind
from tui.highlights import Highlights
from tui.notebook import Notebook, load_citation_format, notebook_markdown, save_citation_format
from tui.session import Session
from tui.session_records import Position, normalise
from tui.state import JsonStore, LockBusy, Unsaved, WriteFailed, atomic_write_text, file_lock

pytestmark = pytest.mark.usefixtures("own_home")
"""Every test with a state and cache folder of its own (``conftest.own_home``)."""


def quote(text: str, source: str = "《题》") -> Quote:
    return Quote(text, source, "", "题", "/speeches/a.txt", 3, QuoteKind.SENTENCE, 2, 0)


def aside_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


# ---------------------------------------------------------------------- writes that fail


def test_a_file_where_the_state_folder_should_be(own_home: Path) -> None:
    own_home.mkdir()
    blocker = own_home / "state"
    blocker.write_text("not a folder", encoding="utf-8")
    session = Session()  # reading finds nothing: no problem to report, no crash
    assert session.problems == [] and session.bookmarks() == []
    with pytest.raises(WriteFailed) as failed:
        session.toggle_bookmark("/speeches/a.txt", 2, 0, 5, "一句话。")
    assert str(failed.value) == f"{blocker / 'bookmarks.json'}（路径上有一个文件占了文件夹的位置）"
    assert [b.text for b in session.bookmarks()] == ["一句话。"]  # kept for this run
    session.set_position("/speeches/a.txt", Position(2, 0, 5))
    with pytest.raises(WriteFailed):
        session.save()
    assert session.unsaved
    blocker.unlink()  # the user fixes it: the next save writes everything still pending
    session.save()
    assert not session.unsaved
    again = Session()
    assert [b.text for b in again.bookmarks()] == ["一句话。"]
    assert again.position("/speeches/a.txt") == Position(2, 0, 5)


def test_every_store_says_which_file_could_not_be_written(own_home: Path) -> None:
    own_home.mkdir()
    (own_home / "state").write_text("x", encoding="utf-8")
    (own_home / "data").write_text("x", encoding="utf-8")
    notebook = Notebook()
    with pytest.raises(WriteFailed, match="quotes.json"):
        notebook.add(quote("要抓落实。"))
    with pytest.raises(WriteFailed, match="settings.json"):
        from tui.engine.quotes import CitationFormat

        save_citation_format(CitationFormat.PLAIN)
    highlights = Highlights()
    with pytest.raises(WriteFailed, match="highlights.json"):
        highlights.add("营商环境")
    assert highlights.terms() == ["营商环境"]  # in use for this run all the same


def test_quotes_that_could_not_be_written_are_kept_and_written_later(own_home: Path) -> None:
    own_home.mkdir()
    blocker = own_home / "data"
    blocker.write_text("x", encoding="utf-8")
    notebook = Notebook()
    with pytest.raises(WriteFailed):
        notebook.keep(quote("甲。"))
    with pytest.raises(WriteFailed):
        notebook.keep(quote("乙。"))
    with pytest.raises(WriteFailed):
        notebook.keep(quote("甲。"))  # the same again: not twice
    assert [e.text for e in notebook.reload()] == ["乙。", "甲。"]  # in use for this run
    blocker.unlink()
    notebook.keep(quote("丙。"))
    assert [e.text for e in Notebook().entries()] == ["丙。", "乙。", "甲。"]


@pytest.mark.parametrize(
    ("where", "error", "reason"),
    [
        ("os.replace", OSError(errno.ENOSPC, "No space left on device"), "磁盘空间已满"),
        ("tempfile.mkstemp", PermissionError(errno.EACCES, "Permission denied"), "没有写入权限"),
        ("os.fsync", OSError(errno.EROFS, "Read-only file system"), "文件系统是只读的"),
    ],
    ids=["full", "permission", "read-only"],
)
def test_write_errors_name_the_file_not_the_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: OSError, reason: str
) -> None:
    target = tmp_path / "out" / "quotes.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    module, name = where.split(".")

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(f"{module}.{name}", fail)
    with pytest.raises(WriteFailed) as failed:
        atomic_write_text(target, "new")
    assert str(failed.value) == f"{target}（{reason}）"
    assert ".tmp" not in str(failed.value) and failed.value.errno == error.errno
    monkeypatch.undo()
    assert [p.name for p in target.parent.iterdir()] == ["quotes.json"]  # no temporary left
    assert target.read_text(encoding="utf-8") == "old"


def test_unsaved_tells_each_file_and_cause_once_until_it_is_written_again(tmp_path: Path) -> None:
    unsaved = Unsaved()
    session = tmp_path / "session.json"
    full = WriteFailed(session, "磁盘空间已满", errno.ENOSPC)
    first = unsaved.failed("阅读位置", full)
    assert first == (
        f"阅读位置无法保存到 {session}：磁盘空间已满。本次运行中照常可用，但退出后不会保留；"
        "同样的问题不再重复提示。"
    )
    assert [unsaved.failed("阅读位置", full) for _ in range(5)] == [None] * 5  # not every second
    assert unsaved.failed("主题", full) is None  # the same file, the same cause
    assert unsaved.failed("主题", WriteFailed(session, "没有写入权限", errno.EACCES)) is not None
    marks = WriteFailed(tmp_path / "bookmarks.json", "磁盘空间已满", errno.ENOSPC)
    assert unsaved.failed("书签", marks) is not None  # another file: told
    assert unsaved.current.keys() == {str(session), str(marks.path)}
    unsaved.saved(session)
    assert unsaved.current.keys() == {str(marks.path)}
    assert unsaved.failed("阅读位置", full) is not None  # written meanwhile: tell again


def test_a_file_where_the_folder_should_be_is_told_once_for_every_file_under_it(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.write_text("x", encoding="utf-8")
    unsaved = Unsaved()
    for what, name in (("阅读位置", "state/session.json"), ("书签", "state/bookmarks.json")):
        error = WriteFailed(home / name, "路径上有一个文件占了文件夹的位置", errno.ENOTDIR)
        said = unsaved.failed(what, error)
        assert (said is not None) == (what == "阅读位置"), said
    notebook = WriteFailed(home / "data" / "quotes.json", "…", errno.EEXIST)
    assert unsaved.failed("摘录本", notebook) is None  # the same file in the way
    assert unsaved.current == {str(home): f"{home} 是一个文件，不是文件夹：阅读位置等内容没有保存"}
    home.unlink()
    unsaved.saved(home / "state" / "session.json")  # written: the file in the way is gone
    assert unsaved.current == {}
    gone = WriteFailed(tmp_path / "state" / "bookmarks.json", "…", errno.EEXIST)
    said = unsaved.failed("书签", gone)  # nothing in the way any more: told by its file
    assert said is not None and said.startswith("书签无法保存到")


def test_undecodable_file_names_are_written_as_escapes(tmp_path: Path) -> None:
    name = os.fsdecode(b"/speeches/\xff\xfe.txt")  # surrogate escapes: not valid UTF-8
    session = Session(tmp_path)
    session.set_position(name, Position(1, 0, 2))
    session.set_last_file(name)
    session.save()
    assert Session(tmp_path).position(name) == Position(1, 0, 2)


# ---------------------------------------------------------------------- checked content

BOOKMARK = {"path": "/speeches/a.txt", "paragraph": 2, "sentence": 0, "line": 5, "text": "好。"}
GOOD_POSITION = {"paragraph": 1, "sentence": 0, "line": 2}


def problems_of_session(home: Path) -> list[str]:
    return Session().problems


def problems_of_settings(home: Path) -> list[str]:
    _, problem = load_citation_format()
    return [problem] if problem else []


def problems_of_notebook(home: Path) -> list[str]:
    problem = Notebook().take_problem()
    return [problem] if problem else []


def problems_of_highlights(home: Path) -> list[str]:
    problem = Highlights().take_problem()
    return [problem] if problem else []


# (id, folder, file, content, reader, what must still be usable, whole file set aside)
CONTENT_CASES: list[
    tuple[str, str, str, str, Callable[[Path], list[str]], Callable[[], bool], bool]
] = [
    (
        "bookmarks-a-string",
        "state",
        "bookmarks.json",
        '"这不是列表"',
        problems_of_session,
        lambda: Session().bookmarks() == [],
        True,
    ),
    (
        "bookmarks-an-object",
        "state",
        "bookmarks.json",
        '{"path": "/a.txt"}',
        problems_of_session,
        lambda: Session().bookmarks() == [],
        True,
    ),
    (
        "bookmark-index-a-string",
        "state",
        "bookmarks.json",
        json.dumps([{**BOOKMARK, "paragraph": "2"}, BOOKMARK]),
        problems_of_session,
        lambda: [b.paragraph for b in Session().bookmarks()] == [2],
        False,
    ),
    (
        "bookmark-index-true",
        "state",
        "bookmarks.json",
        json.dumps([BOOKMARK, {**BOOKMARK, "sentence": True}]),
        problems_of_session,
        lambda: len(Session().bookmarks()) == 1,
        False,
    ),
    (
        "session-infinity",
        "state",
        "session.json",
        '{"last_file": "/a.txt", "positions": {"/a.txt": {"paragraph": Infinity, "sentence": 0, "line": 1}}}',
        problems_of_session,
        lambda: Session().last_file is None,
        True,
    ),
    (
        "session-nan",
        "state",
        "session.json",
        "NaN",
        problems_of_session,
        lambda: Session().last_file is None,
        True,
    ),
    (
        "session-huge-number",
        "state",
        "session.json",
        '{"positions": {"/a.txt": {"paragraph": 1e999, "sentence": 0, "line": 1}}}',
        problems_of_session,
        lambda: Session().position("/a.txt") is None,
        True,
    ),
    (
        "session-a-list",
        "state",
        "session.json",
        "[]",
        problems_of_session,
        lambda: Session().last_file is None,
        True,
    ),
    (
        "session-deep",
        "state",
        "session.json",
        "[" * 100_000,
        problems_of_session,
        lambda: Session().last_file is None,
        True,
    ),
    (
        "position-index-a-string",
        "state",
        "session.json",
        json.dumps(
            {
                "last_file": "/b.txt",
                "positions": {
                    "/a.txt": {"paragraph": "3", "sentence": 0, "line": 1},
                    "/b.txt": GOOD_POSITION,
                },
            }
        ),
        problems_of_session,
        lambda: (
            Session().position("/a.txt") is None
            and Session().position("/b.txt") == Position(1, 0, 2)
            and Session().last_file == "/b.txt"
        ),
        False,
    ),
    (
        "positions-a-list",
        "state",
        "session.json",
        '{"last_file": "/b.txt", "positions": []}',
        problems_of_session,
        lambda: Session().last_file == "/b.txt",
        False,
    ),
    (
        "last-file-a-number",
        "state",
        "session.json",
        json.dumps({"last_file": 3, "positions": {"/b.txt": GOOD_POSITION}}),
        problems_of_session,
        lambda: Session().position("/b.txt") == Position(1, 0, 2),
        False,
    ),
    (
        "settings-format-a-number",
        "state",
        "settings.json",
        '{"citation_format": 3, "theme": "x"}',
        problems_of_settings,
        lambda: load_citation_format() == (load_citation_format()[0], None),
        False,
    ),
    (
        "settings-a-list",
        "state",
        "settings.json",
        '["plain"]',
        problems_of_settings,
        lambda: load_citation_format()[1] is None,
        True,
    ),
    (
        "quotes-a-string",
        "data",
        "quotes.json",
        '{"version": 1, "quotes": "很多"}',
        problems_of_notebook,
        lambda: len(Notebook()) == 0,
        True,
    ),
    (
        "quote-line-a-string",
        "data",
        "quotes.json",
        json.dumps(
            {"version": 1, "quotes": [{"text": "甲。", "line": "7"}, {"text": "乙。", "line": 7}]}
        ),
        problems_of_notebook,
        lambda: [e.text for e in Notebook().entries()] == ["乙。"],
        False,
    ),
    (
        "highlights-terms-a-string",
        "data",
        "highlights.json",
        '{"terms": "营商"}',
        problems_of_highlights,
        lambda: Highlights().terms() == [],
        True,
    ),
    (
        "highlight-a-number",
        "data",
        "highlights.json",
        '{"terms": [1, "营商"]}',
        problems_of_highlights,
        lambda: Highlights().terms() == ["营商"],
        False,
    ),
]


@pytest.mark.parametrize(
    ("folder", "name", "content", "read", "usable", "whole"),
    [case[1:] for case in CONTENT_CASES],
    ids=[case[0] for case in CONTENT_CASES],
)
def test_bad_content_is_set_aside_with_a_notice_and_nothing_lost(
    own_home: Path,
    folder: str,
    name: str,
    content: str,
    read: Callable[[Path], list[str]],
    usable: Callable[[], bool],
    whole: bool,
) -> None:
    path = own_home / folder / name
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    problems = read(own_home)
    assert len(problems) == 1 and name in problems[0]
    aside = aside_of(path)
    assert len(aside) == 1 and aside[0].name in problems[0]
    assert aside[0].read_text(encoding="utf-8") == content  # the original, byte for byte
    if whole:
        assert "已损坏" in problems[0] and not path.exists()
    else:
        assert "格式不对" in problems[0] and "其余内容照常使用" in problems[0]
        json.loads(path.read_text(encoding="utf-8"))  # the cleaned file, written back
    assert read(own_home) == []  # reported once: the next start is clean
    assert usable()


@pytest.mark.parametrize(
    ("folder", "name", "content", "read"),
    [
        ("state", "bookmarks.json", "[]", problems_of_session),
        ("state", "session.json", "{}", problems_of_session),
        ("state", "settings.json", "{}", problems_of_settings),
        ("data", "quotes.json", '{"version": 1, "quotes": []}', problems_of_notebook),
        ("data", "highlights.json", '{"terms": []}', problems_of_highlights),
    ],
)
def test_a_state_file_too_large_is_set_aside_unread(
    own_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    folder: str,
    name: str,
    content: str,
    read: Callable[[Path], list[str]],
) -> None:
    """A state file of hundreds of MB (good JSON or not) was read and parsed whole: 350 MB
    took 4 s and 825 MB of memory (safety85). Over the limit (made small here) it is set
    aside unread and told, as a bad file is: nothing lost."""
    from tui import state

    monkeypatch.setattr(state, "STATE_MAX_BYTES", 1000, raising=False)
    path = own_home / folder / name
    path.parent.mkdir(parents=True)
    big = content + " " * 2000  # good JSON, just too large
    path.write_text(big, encoding="utf-8")
    problems = read(own_home)
    assert len(problems) == 1 and name in problems[0]
    # One level of brackets: it read "已损坏（太大（0 MB，…），未读取）".
    assert (
        f"{name} 已损坏（文件有 0 MB，而阅读器自己的文件不会超过 0 MB，未读取），已另存为"
        in problems[0]
    )
    (aside,) = aside_of(path)
    assert aside.read_text(encoding="utf-8") == big and not path.exists()
    assert read(own_home) == []


def refuse_setting_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Renaming a state file to ``NAME.corrupt-…`` fails (other renames work)."""
    real = os.replace

    def refuse(source: Any, target: Any) -> None:
        if ".corrupt-" in str(target):
            raise PermissionError(errno.EACCES, "Permission denied")
        real(source, target)

    monkeypatch.setattr(os, "replace", refuse)


def test_a_bad_file_that_cannot_be_set_aside_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text('"a string"', encoding="utf-8")
    refuse_setting_aside(monkeypatch)
    session = Session(tmp_path)
    assert "无法另存" in session.problems[0]
    with pytest.raises(WriteFailed, match="为免覆盖而不写入"):
        session.toggle_bookmark("/a.txt", 1, 0, 1, "句。")
    with pytest.raises(WriteFailed, match="为免覆盖而不写入"):
        session.toggle_bookmark("/a.txt", 2, 0, 1, "句。")
    assert path.read_text(encoding="utf-8") == '"a string"'
    assert len(session.problems) == 1  # read again for each write, reported once


# ---------------------------------------------------------------------- unknown fields


def test_unknown_fields_of_bookmarks_and_session_survive_a_rewrite(tmp_path: Path) -> None:
    (tmp_path / "bookmarks.json").write_text(
        json.dumps([{**BOOKMARK, "colour": "红"}]), encoding="utf-8"
    )
    session_file = tmp_path / "session.json"
    session_file.write_text(
        json.dumps(
            {
                "last_file": None,
                "future": {"panes": [1, 2]},
                "positions": {normalise("/a.txt"): {**GOOD_POSITION, "column": 5}},
            }
        ),
        encoding="utf-8",
    )
    session = Session(tmp_path)
    session.toggle_bookmark("/speeches/b.txt", 1, 0, 1, "另一句。")
    session.set_position("/a.txt", Position(4, 1, 9))
    session.set_theme("nord")
    session.save()
    marks = json.loads((tmp_path / "bookmarks.json").read_text(encoding="utf-8"))
    assert marks[0] == {**BOOKMARK, "colour": "红"} and len(marks) == 2
    stored = json.loads(session_file.read_text(encoding="utf-8"))
    assert stored["future"] == {"panes": [1, 2]} and stored["theme"] == "nord"
    assert stored["positions"][normalise("/a.txt")] == {
        "paragraph": 4,
        "sentence": 1,
        "line": 9,
        "text": "",
        "view_row": 0,
        "column": 5,
    }


def test_unknown_fields_of_quotes_survive_add_delete_and_undo(own_home: Path) -> None:
    path = own_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True)
    old = {
        "id": "a1",
        "text": "甲。",
        "source": "《题》",
        "time": "2024-01-01T08:00:00+08:00",
        "tags": ["营商"],
        "stars": 3,
        "extra": "a newer field that happens to be called extra",
    }
    later = {"id": "b2", "text": "乙。", "source": "《题》", "time": "2024-03-01T08:00:00+08:00"}
    path.write_text(
        json.dumps({"version": 1, "owner": "新版本", "quotes": [old, later]}), encoding="utf-8"
    )
    notebook = Notebook()
    notebook.add(quote("丙。"))
    entry = next(e for e in notebook.entries() if e.id == "a1")
    assert entry.extra == {"tags": ["营商"], "stars": 3, "extra": old["extra"]}
    assert notebook.remove("a1") and [e.id for e in Notebook().entries()][-1] == "b2"
    assert notebook.restore(entry)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["owner"] == "新版本"
    assert (
        stored["quotes"][0]
        == entry.to_json()
        == {  # back in its place, every field
            **old,
            "citation": "——《题》",
            "section": "",
            "speech": "",
            "file": "",
            "line": 0,
            "kind": "",
            "paragraph": 0,
            "sentence": 0,
            "anchor": "",
            "page": 0,
        }
    )
    assert [q["id"] for q in stored["quotes"]][:2] == ["a1", "b2"]


def test_unknown_keys_of_highlights_survive(own_home: Path) -> None:
    path = own_home / "data" / "highlights.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"terms": ["甲"], "colours": {"甲": "red"}}', encoding="utf-8")
    Highlights().add("乙")
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "terms": ["甲", "乙"],
        "colours": {"甲": "red"},
    }


# ---------------------------------------------------------------------- merging, the lock


def test_two_sessions_in_one_process_keep_each_others_changes(tmp_path: Path) -> None:
    one, two = Session(tmp_path), Session(tmp_path)
    one.toggle_bookmark("/a.txt", 1, 0, 1, "甲。")
    two.toggle_bookmark("/b.txt", 1, 0, 1, "乙。")
    assert {b.text for b in two.bookmarks()} == {"甲。", "乙。"}  # sees the other's after its write
    one.reload_bookmarks()
    assert {b.text for b in one.bookmarks()} == {"甲。", "乙。"}  # reading shows the other's too
    one.toggle_bookmark("/a.txt", 1, 0, 1, "甲。")  # removed by place
    assert [b.text for b in Session(tmp_path).bookmarks()] == ["乙。"]
    one.set_position("/a.txt", Position(1, 0, 1))
    two.set_position("/b.txt", Position(2, 0, 2))
    two.set_position("/a.txt", Position(3, 0, 3))
    one.save()
    two.save()  # the last writer wins per file
    again = Session(tmp_path)
    assert again.position("/a.txt") == Position(3, 0, 3) and again.position("/b.txt") == Position(
        2, 0, 2
    )


def test_two_notebooks_delete_and_add_at_once(own_home: Path) -> None:
    one, two = Notebook(), Notebook()
    first = one.add(quote("甲。"))
    two.add(quote("乙。"))
    assert one.remove(first.id)
    assert [e.text for e in two.reload()] == ["乙。"]


def test_the_same_quote_is_kept_once(own_home: Path) -> None:
    notebook = Notebook()
    first, added = notebook.keep(quote("要抓落实。"))
    again, added_again = notebook.keep(quote("要抓落实。"))
    assert added and not added_again and again == first and len(Notebook()) == 1
    # the same words from the same file, cited otherwise (by another version): the same
    # quote, its citation as it is now (newuser19: kept twice, as formats19 cut ".txt")
    same, added_cited_otherwise = notebook.keep(quote("要抓落实。", "《另一篇》"))
    assert not added_cited_otherwise and same.id == first.id and len(Notebook()) == 1
    assert Notebook().entries()[0].citation == "——《另一篇》"
    other_file = replace(quote("要抓落实。"), file="/speeches/b.txt")
    assert notebook.keep(other_file)[1] and len(Notebook()) == 2


def test_the_lock_is_exclusive_and_a_busy_lock_leaves_the_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.state.LOCK_TIMEOUT", 0.05)
    target = tmp_path / "quotes.json"
    store = JsonStore(target, {"quotes": []})
    store.save({"quotes": ["theirs"]})
    with file_lock(target) as held:
        assert held and (tmp_path / "quotes.json.lock").exists()
        with pytest.raises(LockBusy), file_lock(target):
            pass  # another holder past the timeout
        with pytest.raises(LockBusy) as busy:
            store.update(lambda value: {"quotes": [*value["quotes"], "ours"]})
        assert "另一个正在运行的阅读器" in str(busy.value) and str(target) in str(busy.value)
        assert json.loads(target.read_text(encoding="utf-8")) == {"quotes": ["theirs"]}  # untouched
    with file_lock(target) as again:
        assert again  # released when the block ended
    assert store.update(lambda value: {"quotes": [*value["quotes"], "ours"]}) == {
        "quotes": ["theirs", "ours"]
    }


def test_a_position_not_written_for_a_busy_lock_is_written_by_the_next_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.state.LOCK_TIMEOUT", 0.05)
    other = Session(tmp_path)
    other.set_position("/b.txt", Position(3, 0, 4))
    other.save()
    session = Session(tmp_path)
    session.set_position("/a.txt", Position(1, 0, 2))
    with file_lock(tmp_path / "session.json"), pytest.raises(WriteFailed):
        session.save()
    assert session.unsaved
    session.save()
    assert not session.unsaved
    fresh = Session(tmp_path)
    assert fresh.position("/a.txt") == Position(1, 0, 2) and fresh.position("/b.txt") == Position(
        3, 0, 4
    )


# ---------------------------------------------------------------------- any content at all

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
_FIELDS = [
    "path",
    "paragraph",
    "sentence",
    "line",
    "text",
    "created",
    "anchor",
    "id",
    "source",
    "file",
    "time",
    "kind",
    "last_file",
    "theme",
    "positions",
    "quotes",
    "terms",
    "citation_format",
    "version",
]


_RECORD = st.dictionaries(st.sampled_from(_FIELDS), _JSON, max_size=8)
_CONTENT = st.one_of(
    _JSON,
    _RECORD,
    st.lists(_RECORD, max_size=4),
    st.fixed_dictionaries({"positions": st.dictionaries(st.text(max_size=4), _RECORD, max_size=3)}),
    st.fixed_dictionaries({"quotes": st.lists(_RECORD, max_size=4)}),
    st.fixed_dictionaries({"terms": st.lists(_JSON, max_size=4)}),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=_CONTENT,
    name=st.sampled_from(
        [
            "state/session.json",
            "state/bookmarks.json",
            "state/settings.json",
            "data/quotes.json",
            "data/highlights.json",
        ]
    ),
)
def test_any_json_in_any_state_file_never_crashes_and_is_never_lost(
    content: Any, name: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        path = home / name
        path.parent.mkdir(parents=True)
        original = json.dumps(content, ensure_ascii=False)
        path.write_text(original, encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("SPEECH_READER_HOME", folder)
            session = Session()
            for mark in session.bookmarks():
                assert isinstance(mark.text, str) and isinstance(mark.paragraph, int)
                session.bookmarks_in(mark.path)
            assert session.last_file is None or isinstance(session.last_file, str)
            assert session.theme is None or isinstance(session.theme, str)
            for key in (
                content.get("positions", {})
                if isinstance(content, dict) and isinstance(content.get("positions"), dict)
                else []
            ):
                session.position(key)
            load_citation_format()
            notebook = Notebook()
            notebook_markdown(notebook.entries())
            assert all(isinstance(term, str) for term in Highlights().terms())
            aside = aside_of(path)
            # Read: the file is as it was, or set aside as it was (a cleaned copy may replace it).
            if aside:
                assert [p.read_text(encoding="utf-8") for p in aside] == [original]
            else:
                assert path.read_text(encoding="utf-8") == original
            session.toggle_bookmark("/a.txt", 1, 0, 1, "句。")
            session.set_position("/a.txt", Position(1, 0, 1))
            session.save()
            notebook.add(quote("句。"))
            save_citation_format(load_citation_format()[0])
            Highlights().toggle("词")


def test_a_stored_position_under_a_key_with_a_null_byte_is_no_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """{"positions": {"\\x00": {}}} in session.json (found by the property test above):
    the key cannot be resolved by the system; looking it up gives no position."""
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "session.json").write_text(
        json.dumps({"positions": {"\x00": {}, "a\x00b.txt": {}}}), encoding="utf-8"
    )
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path))
    session = Session()
    assert session.position("\x00") is None
    assert session.position("a\x00b.txt") is None


def test_without_fcntl_the_write_goes_on_with_the_atomic_write_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    target = tmp_path / "bookmarks.json"
    with file_lock(target) as held:
        assert not held
    session = Session(tmp_path)
    session.toggle_bookmark("/a.txt", 1, 0, 1, "句。")
    assert (
        len(Session(tmp_path).bookmarks()) == 1 and not (tmp_path / "bookmarks.json.lock").exists()
    )
