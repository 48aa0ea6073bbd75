"""What the file tree's speech counter and the index worker take from the search index and
the helper process: counts of indexed, unchanged files from the index's stored outlines
(``tree_counts.settled_counts``, ``store.indexed_speech_counts``: no parse), and the index's
walk of the folder in the helper (``index_sync.plan_in_helper``)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.unit.test_index_helper import (  # noqa: F401 - ``home`` and ``to_helper`` are fixtures
    CORPUS,
    home,
    in_this_process,
    make_library,
    rows,
    to_helper,
)
from tui.base import files
from tui.base.files import stamp_of
from tui.engine import load_document
from tui.engine.index import Index
from tui.engine.index import store as index_store
from tui.jobs import index_sync, tree_counts
from tui.services import Background
from tui.ui_text import HELPER_DIED

THREE_SPEECHES = next(path for path in CORPUS if len(load_document(path).speeches) == 3)


def indexed_library(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    """``make_library``'s folder synced into a new index: (folder, index file, its files)."""
    library = make_library(tmp_path)
    index_file = tmp_path / "index.sqlite3"
    with Index(index_file) as index:
        assert index.sync(library).indexed == 11
    return library, index_file, sorted(library.rglob("*.txt"))


def test_indexed_files_are_counted_from_the_index_as_the_engine_counts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, index_file, paths = indexed_library(tmp_path)
    old_path = tree_counts.speech_counts(paths, 10**9)  # what the counter parsed before
    assert len({counted.speeches for counted in old_path if counted}) >= 3
    parsed = in_this_process(monkeypatch)
    settled, left = tree_counts.settled_counts(paths, 10**9, None, index_file)
    bad = library / "坏.txt"  # the index could not parse it: left to the counter (and its error)
    assert set(settled) == set(paths) - {bad} and left == {bad: bad.stat().st_size}
    assert [settled[path] for path in paths if path != bad] == [
        counted for path, counted in zip(paths, old_path, strict=True) if path != bad
    ]
    assert parsed == []


def test_a_name_that_is_not_utf8_leaves_the_others_counted_from_the_index(
    tmp_path: Path,
) -> None:
    """A name that is not UTF-8 (lone surrogates in Python) made SQLite's query raise
    UnicodeEncodeError, no sqlite3.Error: the whole batch failed, and every file beside it
    in the folder lost its count (safety85: 'could not count the speeches of
    [@click=app.quit].txt: UnicodeEncodeError(... bad\\udcff ...)' in the log)."""
    library, index_file, paths = indexed_library(tmp_path)
    odd = Path(os.fsdecode(os.fsencode(library) + b"/\xb2\xe2.txt"))
    with open(os.fsencode(odd), "wb") as handle:
        handle.write(THREE_SPEECHES.read_bytes())
    settled, left = tree_counts.settled_counts([*paths, odd], 10**9, None, index_file)
    assert set(settled) == set(paths) - {library / "坏.txt"}
    assert set(left) == {library / "坏.txt", odd}
    assert [counted.speeches for counted in tree_counts.speech_counts([odd], 10**9) if counted] == [
        3
    ]


def test_a_file_changed_since_it_was_indexed_is_left_to_be_counted(tmp_path: Path) -> None:
    library, index_file, paths = indexed_library(tmp_path)
    grown, touched = library / CORPUS[0].name, library / "sub" / f"副本{CORPUS[1].name}"
    grown.write_bytes(THREE_SPEECHES.read_bytes())
    stamp = stamp_of(touched)
    assert stamp is not None
    os.utime(touched, ns=(stamp.mtime_ns + 10**9, stamp.mtime_ns + 10**9))  # same size
    settled, left = tree_counts.settled_counts(paths, 10**9, None, index_file)
    assert {grown, touched, library / "坏.txt"} == set(paths) - set(settled)
    assert left == {path: path.stat().st_size for path in set(paths) - set(settled)}
    recounted = tree_counts.speech_counts([grown, touched], 10**9)
    assert [counted.speeches for counted in recounted if counted] == [
        3,
        len(load_document(touched).speeches),
    ]


def test_without_a_usable_index_only_the_stats_settle_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No index (none is made), or one of other text rules: nothing comes from it; a file
    unchanged since it was counted, gone or over the limit is settled by its stat."""
    library, index_file, paths = indexed_library(tmp_path)
    counted, big = paths[1], max(paths, key=lambda path: path.stat().st_size)
    known = {counted: stamp_of(counted)}
    asked = [counted, big, library / "没有.txt", paths[2]]
    expected = {
        counted: None,
        big: tree_counts.Counted(stamp_of(big), None, too_big=True),  # (its line says so)
        library / "没有.txt": tree_counts.Counted(None, None),
    }
    limit = big.stat().st_size - 1
    nowhere = tmp_path / "none" / "index.sqlite3"
    settled, left = tree_counts.settled_counts(asked, limit, known, nowhere)  # type: ignore[arg-type]
    assert settled == expected and left == {paths[2]: paths[2].stat().st_size}
    assert not nowhere.parent.exists()
    # With the index, the fourth file's count comes from it ...
    assert paths[2] in tree_counts.settled_counts(asked, limit, known, index_file)[0]  # type: ignore[arg-type]
    # ... unless the index was made by other rules (it is rebuilt when next written).
    monkeypatch.setattr(index_store, "engine_fingerprint", lambda: "other rules")
    assert tree_counts.settled_counts(asked, limit, known, index_file)[0] == expected  # type: ignore[arg-type]


def no_walk_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A walk of a folder in the test's own process fails (the helper's does not see this)."""

    def walk(*args: Any, **options: Any) -> Any:
        raise AssertionError("walked in the UI's process")

    monkeypatch.setattr(files, "walk_speech_files", walk)


def test_the_walk_in_the_helper_makes_the_index_the_walk_here_makes(
    tmp_path: Path,
    service: tuple[Background, list[str]],
    to_helper: None,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = make_library(tmp_path)
    os.mkfifo(library / "管道.txt")  # not a regular file: reported by the walk
    with Index(tmp_path / "thread.sqlite3") as index:
        expected = index.sync(library)
    background, problems = service
    no_walk_here(monkeypatch)
    with Index(tmp_path / "helper.sqlite3") as index:
        report = index_sync.index_in_helper(background, index, library, walk_there=True)
        assert (report.found, report.indexed, report.walk) == (11, 11, expected.walk)
        assert report.walk.not_regular == [str(library / "管道.txt")]
        (library / CORPUS[0].name).unlink()
        again = index_sync.index_in_helper(background, index, library, walk_there=True)
        assert (again.found, again.removed, again.unchanged, again.indexed) == (10, 1, 10, 0)
    monkeypatch.undo()  # (the walk here again, for the index to compare with)
    with Index(tmp_path / "thread.sqlite3") as index:
        index.sync(library)
    assert rows(tmp_path / "helper.sqlite3") == rows(tmp_path / "thread.sqlite3")
    assert background.helper_running and problems == []


def test_a_walk_in_the_helper_then_cancelled_sends_nothing(
    tmp_path: Path,
    service: tuple[Background, list[str]],
    to_helper: None,  # noqa: F811
) -> None:
    background, _ = service
    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(
            background, index, make_library(tmp_path), cancelled=lambda: True, walk_there=True
        )
        assert report.cancelled and report.indexed == 0 and index.stats()[0] == 0


def test_a_dead_helper_means_the_walk_on_a_thread_and_one_notice(
    tmp_path: Path,
    service: tuple[Background, list[str]],
    to_helper: None,  # noqa: F811
) -> None:
    library = make_library(tmp_path)
    background, problems = service
    os.kill(background.start_helper()[0], signal.SIGKILL)
    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(background, index, library, walk_there=True)
        assert (report.found, report.indexed) == (11, 11)
    assert problems == [HELPER_DIED()] and not background.helper_running
    with Index(tmp_path / "thread.sqlite3") as index:
        index.sync(library)
    assert rows(tmp_path / "index.sqlite3") == rows(tmp_path / "thread.sqlite3")


def test_a_helper_killed_after_its_walk_means_the_walk_again_on_a_thread(
    tmp_path: Path,
    service: tuple[Background, list[str]],
    to_helper: None,  # noqa: F811
) -> None:
    """The files to index that the helper's walk kept die with it: the next batch, on a
    thread now, has none (``PlanLost``), so the folder is walked again here and indexed
    in full, with one notice."""
    library = make_library(tmp_path)
    background, problems = service
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            os.kill(background.helper_pids()[0], signal.SIGKILL)

    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(background, index, library, progress, walk_there=True)
        assert index.stats()[0] == 11 and not report.cancelled
    assert problems == [HELPER_DIED()] and not background.helper_running
    assert seen[:2] == [(1, 11), (2, 11)] and seen[-1][0] == seen[-1][1] < 11
    with Index(tmp_path / "thread.sqlite3") as index:
        index.sync(library)
    assert rows(tmp_path / "index.sqlite3") == rows(tmp_path / "thread.sqlite3")
