"""Library search over files: encodings, hidden and nested files, limits, unreadable files,
cancelling, and the cache of parsed documents."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tui.base.files import walk_speech_files
from tui.engine import doccache as se
from tui.engine import index as ix
from tui.engine.match import parse_query

SPEECH = """在全市优化营商环境大会上的讲话
同志们：
一、提高认识
营商环境是生产力。我们要优化营商环境。
（一）深化放管服改革
要全面推行一网通办。营商环境只有进行时。
二、狠抓落实
各级各部门要抓好落实。
"""


@pytest.fixture(autouse=True)
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    se.clear_caches()


def names(result: ix.SearchResult, root: Path) -> list[str]:
    return sorted(Path(f.path).relative_to(root.resolve()).as_posix() for f in result.files)


@pytest.mark.parametrize("use_index", [False, True], ids=["scan", "index"])
def test_encodings_hidden_and_nested_files(tmp_path: Path, use_index: bool) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.txt").write_text(SPEECH, encoding="utf-8")
    # (a text of its own: a copy of a.txt would be listed with it, test_search_copies.py)
    gbk = SPEECH + "附件：略。\n"
    (root / "b.txt").write_bytes(gbk.replace("\n", "\r\n").encode("gb18030"))
    (root / "sub").mkdir()
    (root / "sub" / "c.md").write_text("\ufeff营商环境是生产力。\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("营商环境", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("营商环境", encoding="utf-8")
    (root / "d.png").write_text("营商环境", encoding="utf-8")
    if use_index:
        with ix.Index() as index:
            index.sync(root)
    result = ix.search_library(root, parse_query("营商环境"), use_index=use_index)
    assert names(result, root) == ["a.txt", "b.txt", "sub/c.md"]
    by_name = {Path(f.path).name: f for f in result.files}
    assert by_name["a.txt"].total == by_name["b.txt"].total == 4
    lines = [[h.line for h in by_name[n].hits()] for n in ("a.txt", "b.txt")]
    assert lines[0] == lines[1] == [1, 4, 4, 6]  # CRLF counted once
    hits = by_name["a.txt"].hits()
    assert hits[1].sentence != hits[2].sentence  # two sentences of one paragraph
    assert hits[3].section[-1].endswith("深化放管服改革")
    first = by_name["c.md"].hits()[0]
    assert first.start == 0  # the BOM is not a character of the text


def test_the_cache_notices_changed_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("同志们：\n营商环境很重要。\n", encoding="utf-8")
    assert ix.search_library(tmp_path, parse_query("营商环境"), use_index=False).total == 1
    path.write_text("同志们：\n营商环境，营商环境很重要。\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert ix.search_library(tmp_path, parse_query("营商环境"), use_index=False).total == 2


def test_a_cancelled_search_stops(tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("同志们：\n营商环境很重要。\n", encoding="utf-8")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    result = ix.search_library(
        tmp_path, parse_query("营商环境"), use_index=False, cancelled=cancelled
    )
    assert len(result.files) < 3


def test_a_file_over_the_size_limit_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.base import files
    from tui.engine import TooLargeError

    (tmp_path / "small.txt").write_text("同志们：\n营商环境。\n", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_text("营商环境。\n" * 200, encoding="utf-8")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 500)
    opened: list[str] = []
    real_open = os.open

    def spy(file: str | Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    for use_index in (False, True):
        if use_index:
            with ix.Index() as index:
                report = index.sync(tmp_path)
            assert [Path(p).name for p in report.failed] == ["huge.txt"]
        result = ix.search_library(tmp_path, parse_query("营商"), use_index=use_index)
        assert [Path(f.path).name for f in result.files] == ["small.txt"]
        assert [Path(p).name for p in result.skipped] == ["huge.txt"]
    assert str(huge) not in opened  # never read into memory
    with pytest.raises(TooLargeError):
        se.cached_document(huge)


def test_files_that_cannot_be_searched_are_reported(tmp_path: Path) -> None:
    (tmp_path / "好.txt").write_text("同志们：\n营商环境。\n", encoding="utf-8")
    (tmp_path / "图片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = ix.search_library(tmp_path, parse_query("营商"), use_index=False)
    assert [Path(f.path).name for f in result.files] == ["好.txt"]
    assert [Path(path).name for path in result.skipped] == ["图片.txt"]


def test_documents_are_cached_by_stamp(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("同志们：\r\n营商环境\r\n", encoding="utf-8")
    assert se.cached_document(path) is se.cached_document(path)
    path.write_text("同志们：\n放管服\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert "放管服" in se.cached_document(path).paragraphs[-1].text
    assert [p.name for p in walk_speech_files(tmp_path)] == ["a.txt"]
