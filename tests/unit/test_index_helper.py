"""The folder's search index built in the helper process (``tui.jobs.index_sync.index_in_helper``):
the same index as ``Index.sync`` on a thread, progress and cancellation between batches,
the reader's open file written without a parse, small folders kept out of the helper,
and the work moved to threads (with one notice) when the helper dies."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.documents import build_document
from tui.base.files import stamp_of
from tui.engine import load_document
from tui.engine.doccache import clear_caches, remember_document
from tui.engine.index import Index, clear_cache, search_library
from tui.engine.index.results import SyncReport
from tui.engine.match import parse_query
from tui.jobs import index_sync
from tui.paths import bundled_corpus_dir
from tui.services import Background
from tui.ui_text import HELPER_DIED

CORPUS = sorted(bundled_corpus_dir().glob("*.txt"))
TERMS = ("营商环境", "标题:营商", '"优化营商环境" -招商')
TABLES = (
    "SELECT path, size, mtime_ns, ok, outline FROM files ORDER BY path",
    "SELECT f.path, p.para, p.line, p.speech, p.heading, p.text, p.title, p.title_at "
    "FROM paras p JOIN files f ON f.id = p.file ORDER BY f.path, p.para",
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def to_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file goes to the helper (none is small enough to be parsed by the caller),
    one file a call (a batch's time is spent after its first file)."""
    monkeypatch.setattr(index_sync, "INDEX_HERE_BYTES", 0)
    monkeypatch.setattr(index_sync, "INDEX_BATCH_SECONDS", 0.0)


def make_library(tmp_path: Path) -> Path:
    """The corpus twice (once in a sub-folder) and a file that is not text: 11 speech
    files, one of them unreadable as a speech."""
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORPUS:
        shutil.copy(path, folder / path.name)
        (folder / "sub").mkdir(exist_ok=True)
        shutil.copy(path, folder / "sub" / f"副本{path.name}")
    (folder / "坏.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    return folder


def rows(index_file: Path) -> list[list[tuple[object, ...]]]:
    with sqlite3.connect(index_file) as db:
        return [db.execute(query).fetchall() for query in TABLES]


def in_this_process(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed in the test's own process from now on (the helper's are not)."""
    parsed: list[str] = []

    def load(path: str | Path) -> object:
        parsed.append(os.fspath(path))
        return load_document(path)

    monkeypatch.setattr("tui.engine.load_document", load)
    return parsed


def test_the_helper_makes_the_index_sync_makes(
    tmp_path: Path,
    service: tuple[Background, list[str]],
    to_helper: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = make_library(tmp_path)
    with Index(tmp_path / "thread.sqlite3") as index:
        expected = index.sync(library)
    background, problems = service
    parsed = in_this_process(monkeypatch)
    seen: list[tuple[int, int]] = []
    with Index(tmp_path / "helper.sqlite3") as index:
        report = index_sync.index_in_helper(background, index, library, lambda *p: seen.append(p))
        searches = [search_library(library, parse_query(term), index=index) for term in TERMS]
    assert parsed == []  # every file was parsed in the helper
    assert background.helper_running and problems == []
    assert rows(tmp_path / "helper.sqlite3") == rows(tmp_path / "thread.sqlite3")
    assert (report.found, report.indexed, report.bytes) == (11, 11, expected.bytes)
    assert report.failed == expected.failed == [str(library / "坏.txt")]
    # Progress after each call: one file each here, up to all of them.
    assert seen == [(done, 11) for done in range(1, 12)]
    with Index(tmp_path / "thread.sqlite3") as index:
        for found, term in zip(searches, TERMS, strict=True):
            again = search_library(library, parse_query(term), index=index)
            assert found.scanned == again.scanned == []
            assert found.total == again.total > 0
            assert [(f.path, f.total, f.heading_hits) for f in found.files] == [
                (f.path, f.total, f.heading_hits) for f in again.files
            ]
            assert [h.paragraph for h in found.files[0].hits()] == [
                h.paragraph for h in again.files[0].hits()
            ]


def test_a_batch_ends_when_its_time_is_up_after_one_file_at_least(tmp_path: Path) -> None:
    todo = [(os.fspath(path), stamp_of(path)) for path in CORPUS]
    index_file = os.fspath(tmp_path / "index.sqlite3")
    done, report = index_sync.index_batch(index_file, todo, 0.0)  # type: ignore[arg-type]
    assert done == 1 and report.indexed == 1 and not report.cancelled
    done, report = index_sync.index_batch(index_file, todo[1:], 60.0)  # type: ignore[arg-type]
    assert done == 4 and report.indexed == 4
    with Index(Path(index_file)) as index:
        assert index.stats()[0] == 5
    # The index deleted meanwhile (speech-reader index --clear): the next batch writes
    # into the new file, not into the deleted one its kept connection still had open.
    clear_cache(Path(index_file))
    assert index_sync.index_batch(index_file, todo[:2], 60.0)[0] == 2  # type: ignore[arg-type]
    with Index(Path(index_file)) as index:
        assert index.stats()[0] == 2


def test_cancelled_between_batches_keeps_what_was_done_and_a_later_run_ends_it(
    tmp_path: Path, service: tuple[Background, list[str]], to_helper: None
) -> None:
    library = make_library(tmp_path)
    background, _ = service
    seen: list[tuple[int, int]] = []
    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(
            background, index, library, lambda *p: seen.append(p), cancelled=lambda: len(seen) >= 3
        )
        assert report.cancelled and seen == [(1, 11), (2, 11), (3, 11)]
        assert report.indexed == 3 and index.stats()[0] == 3
        again = index_sync.index_in_helper(background, index, library)
        assert not again.cancelled and (again.unchanged, again.indexed) == (3, 8)
        assert index.stats()[0] == 11


def test_a_walk_cancelled_sends_nothing(
    tmp_path: Path, service: tuple[Background, list[str]], to_helper: None
) -> None:
    background, _ = service
    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(
            background, index, make_library(tmp_path), cancelled=lambda: True
        )
        assert report.cancelled and report.found == 0 and index.stats()[0] == 0
    assert not background.helper_running


def test_the_open_file_is_written_from_its_document_and_a_small_rest_parsed_here(
    tmp_path: Path, service: tuple[Background, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library = make_library(tmp_path)
    opened = library / CORPUS[0].name
    # What the reader parsed (here a stand-in, to tell it from a parse of the file).
    remember_document(opened, build_document([(None, [("body", "读者打开的文档。")])]))
    monkeypatch.setattr(index_sync, "INDEX_HERE_BYTES", 100_000)  # not the rest: it is bigger
    parsed = in_this_process(monkeypatch)
    background, _ = service
    seen: list[tuple[int, int]] = []
    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(
            background, index, library, lambda *p: seen.append(p), opened=opened
        )
        assert report.indexed == 11 and index.stats()[0] == 11
        found = search_library(library, parse_query("读者打开的文档"), index=index)
        assert [(f.path, f.indexed) for f in found.files] == [(os.fspath(opened), True)]
    assert parsed == [] and seen[0] == (1, 11) and seen[-1] == (11, 11)
    assert background.helper_running

    # A small folder: parsed on the caller's thread, file by file, no helper started.
    small = tmp_path / "small"
    small.mkdir()
    for path in CORPUS:
        shutil.copy(path, small / path.name)
    monkeypatch.setattr(index_sync, "INDEX_HERE_BYTES", 500_000)
    quiet = Background()
    seen.clear()
    try:
        with Index(tmp_path / "small.sqlite3") as index:
            assert (
                index_sync.index_in_helper(quiet, index, small, lambda *p: seen.append(p)).indexed
                == 5
            )
        assert sorted(parsed) == sorted(os.fspath(small / p.name) for p in CORPUS)
        assert seen == [(done, 5) for done in range(1, 6)] and not quiet.helper_running
    finally:
        quiet.shutdown()


def test_a_helper_killed_while_indexing_means_one_notice_and_the_rest_on_threads(
    tmp_path: Path, service: tuple[Background, list[str]], to_helper: None
) -> None:
    library = make_library(tmp_path)
    background, problems = service
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            os.kill(background.helper_pids()[0], signal.SIGKILL)

    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(background, index, library, progress)
        assert not report.cancelled and report.indexed == 11 and index.stats()[0] == 11
    assert problems == [HELPER_DIED()] and not background.helper_running
    assert seen[-1] == (11, 11)
    with Index(tmp_path / "thread.sqlite3") as index:
        index.sync(library)
    assert rows(tmp_path / "index.sqlite3") == rows(tmp_path / "thread.sqlite3")


def test_sync_is_its_two_halves(tmp_path: Path) -> None:
    library = make_library(tmp_path)
    with Index(tmp_path / "index.sqlite3") as index:
        report, todo = index.plan_sync(library)
        assert (report.found, len(todo)) == (11, 11) and report.indexed == 0
        assert index.index_files(todo[:4], report) == 4 and index.stats()[0] == 4
        Path(todo[0][0]).unlink()
        again, todo = index.plan_sync(library)
        assert (again.found, again.removed, again.unchanged, len(todo)) == (10, 1, 3, 7)
        assert index.index_files(todo, SyncReport(), cancelled=lambda: True) == 0


def test_a_folder_over_the_limit_is_left_alone_after_one_walk(
    tmp_path: Path, service: tuple[Background, list[str]], to_helper: None
) -> None:
    library = make_library(tmp_path)
    background, _ = service
    with Index(tmp_path / "index.sqlite3") as index:
        report = index_sync.index_in_helper(background, index, library, limit=10)
        assert report.over_limit and (report.found, report.indexed) == (0, 0)
        assert index.stats()[0] == 0 and not background.helper_running
        report = index_sync.index_in_helper(background, index, library, limit=11)
        assert not report.over_limit and report.indexed == 11
        # Over the limit later: what is in the index stays (nothing is dropped either).
        shutil.copy(CORPUS[0], library / "再一份.txt")
        assert index_sync.index_in_helper(background, index, library, limit=11).over_limit
        assert index.stats()[0] == 11
