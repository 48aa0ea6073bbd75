"""tui.services: the background service's threads, helper process, fallback and clean-up."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import CancelledError
from pathlib import Path

import pytest

from tests.pool_race import late_items
from tests.processes import gone, poll, wait_for_file
from tui import services, ui_text
from tui.base.files import stamp_of
from tui.engine import BinaryFileError, SpeechFileError, TooLargeError, load_document
from tui.engine.keywords import Keyword
from tui.engine.model import Document
from tui.formats import FormatKind
from tui.jobs import keyword_feed, opening, tree_counts
from tui.paths import STALE_SECONDS, bundled_corpus_dir
from tui.services import (
    HELPER_NICENESS,
    Background,
    collector_held,
    remove_stale_temp_files,
)
from tui.ui_text import HELPER_DIED

CORPUS = sorted(bundled_corpus_dir().glob("*.txt"))
ROOT = Path(__file__).resolve().parents[2]


def test_engine_errors_survive_pickling() -> None:
    error = BinaryFileError("/x/a.txt", "这不是文本文件。", "This is not a text file.")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is BinaryFileError and isinstance(back, SpeechFileError)
    assert (back.path, back.message, back.message_en, str(back)) == (
        "/x/a.txt",
        "这不是文本文件。",
        "This is not a text file.",
        "这不是文本文件。",
    )
    assert type(pickle.loads(pickle.dumps(TooLargeError("p", "m", "e")))) is TooLargeError


def test_threads_give_results_and_errors(
    service: tuple[Background, list[str]], tmp_path: Path
) -> None:
    background, problems = service
    path = CORPUS[0]
    assert background.submit(tree_counts.speeches_and_kind, path).result(30) == (
        len(load_document(path).speeches),
        "text",
    )
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(BinaryFileError):
        background.submit(opening.load, binary).result(30)
    assert background.submit(threading.get_ident).result(30) != threading.get_ident()
    assert problems == [] and not background.helper_running  # no process for thread work


def test_speech_counts_equal_the_engines(tmp_path: Path) -> None:
    """A batch of files counted gives each file's count as the engine parses it, in order,
    with the file's stamp; a file that is not a speech file, is gone or is over the size
    limit gives no count, and the files after it are counted."""
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    big = max(CORPUS, key=lambda path: path.stat().st_size)
    limit = big.stat().st_size - 1
    paths = [CORPUS[0], binary, tmp_path / "gone.txt", *CORPUS[1:]]
    expected = [
        len(load_document(path).speeches) if path in CORPUS and path != big else None
        for path in paths
    ]
    assert len(set(expected)) >= 3  # files of different counts (and None)
    found = tree_counts.speech_counts(paths, limit)
    assert [counted.speeches if counted else "?" for counted in found] == expected
    assert [counted.stamp if counted else "?" for counted in found] == [
        stamp_of(path) for path in paths
    ]
    assert not any(counted.error for counted in found if counted)


def test_an_unchanged_file_is_not_counted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose stamp is the one given in ``known`` gives None and is not parsed; one
    whose stamp differs is counted again."""
    counted: list[Path] = []
    real_count = tree_counts.speeches_and_kind

    def count(path: Path) -> tuple[int, FormatKind]:
        counted.append(path)
        return real_count(path)

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    changed = tmp_path / "changed.txt"
    changed.write_bytes(CORPUS[1].read_bytes())
    old = stamp_of(changed)
    assert old is not None
    changed.write_bytes(CORPUS[1].read_bytes() + "\n再补一段。\n".encode())
    known = {CORPUS[0]: stamp_of(CORPUS[0]), changed: old}
    found = tree_counts.speech_counts([CORPUS[0], changed], 10**9, known)  # type: ignore[arg-type]
    assert found[0] is None and counted == [changed]
    assert found[1] is not None and found[1].stamp == stamp_of(changed) != old
    assert found[1].speeches == len(load_document(changed).speeches)


def test_a_failed_count_gives_its_message_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def count(path: Path) -> tuple[int, FormatKind]:
        if path == CORPUS[0]:
            raise MemoryError("too big")
        return len(load_document(path).speeches), "text"

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    failed, counted = tree_counts.speech_counts([CORPUS[0], CORPUS[1]], 10**9)
    assert failed == tree_counts.Counted(stamp_of(CORPUS[0]), None, "MemoryError('too big')")
    assert counted == tree_counts.Counted(
        stamp_of(CORPUS[1]), len(load_document(CORPUS[1]).speeches)
    )


def test_work_sent_ahead_is_taken_once(service: tuple[Background, list[str]]) -> None:
    background, _ = service
    background.submit_ahead("first", opening.first_screen, CORPUS[0])
    future = background.take_ahead("first")
    assert future is not None and background.take_ahead("first") is None
    document, complete = future.result(30)
    assert complete and len(document.paragraphs) == len(load_document(CORPUS[0]).paragraphs)


def test_after_shutdown_work_comes_back_cancelled() -> None:
    background = Background()
    background.shutdown()
    for future in (background.submit(len, "ab"), background.submit_process(len, "ab")):
        with pytest.raises(CancelledError):
            future.result(5)


def test_process_work_runs_in_a_quiet_low_priority_helper(
    service: tuple[Background, list[str]],
) -> None:
    background, problems = service
    pids = background.start_helper()
    assert pids and os.getpid() not in pids
    helper = background.submit_process(os.getpid).result(60)
    assert helper in pids
    assert os.getpriority(os.PRIO_PROCESS, helper) == min(
        19, os.getpriority(os.PRIO_PROCESS, 0) + HELPER_NICENESS
    )
    # Engine errors cross as themselves.
    with pytest.raises(SpeechFileError):
        background.submit_process(opening.load, Path("/nonexistent/讲话.txt")).result(60)
    assert problems == []


def test_keywords_from_the_helper_match_the_thread(
    service: tuple[Background, list[str]], tmp_path: Path
) -> None:
    """The helper gets the speeches' texts from the UI in several messages and ranks them
    as the engine does in one process."""
    from tui.engine import keywords

    background, problems = service
    path = tmp_path / CORPUS[0].name
    path.write_bytes(CORPUS[0].read_bytes())
    (tmp_path / CORPUS[1].name).write_bytes(CORPUS[1].read_bytes())  # in the folder IDF
    document = opening.load(path)
    expected = keywords.document_keywords(document, keywords.folder_idf(path.parent), 10)
    assert len(keyword_feed.text_batches(_speech_texts(path, document))) == 1
    found = asyncio.run(keyword_feed.helper_keywords(background, path, document, 10))
    assert found == expected and problems == [] and background.helper_running


def _speech_texts(path: Path, document: Document) -> list[list[str]]:
    return keyword_feed.speech_texts(path, document)[1]


@pytest.fixture
def batched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Document, list[list[Keyword]]]:
    """A speech file alone in its folder, parsed as the reader does, its texts sent one
    speech a batch; and its keywords as the engine ranks a copy of it in this process
    (nothing of the copy is cached for the file)."""
    from tui.engine import keywords

    path = tmp_path / CORPUS[0].name
    path.write_bytes(CORPUS[0].read_bytes())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy = elsewhere / path.name
    copy.write_bytes(path.read_bytes())
    expected = keywords.document_keywords(load_document(copy), keywords.folder_idf(elsewhere), 10)
    document = opening.load(path)
    monkeypatch.setattr(keyword_feed, "SEND_CHARS", 10)
    assert (
        len(keyword_feed.text_batches(_speech_texts(path, document))) == len(document.speeches) > 1
    )
    return path, document, expected


def _keywords_on_threads(path: Path, document: Document) -> list[list[Keyword]]:
    background = Background(processes=False)
    try:
        return asyncio.run(keyword_feed.helper_keywords(background, path, document, 10))
    finally:
        background.shutdown()


def test_keywords_are_ranked_from_the_texts_sent_without_parsing_the_file(
    batched: tuple[Path, Document, list[list[Keyword]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On threads (as after the helper died), with texts sent in many batches: the file is
    not parsed for its keywords, and the counts stand for it in the folder IDF."""
    path, document, expected = batched

    def no_parse(path: Path) -> Document:
        raise AssertionError(f"parsed {path}")

    monkeypatch.setattr("tui.engine.load_document", no_parse)
    assert _keywords_on_threads(path, document) == expected


def test_counts_lost_between_two_messages_are_sent_again(
    batched: tuple[Path, Document, list[list[Keyword]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the helper dies between two batches, its counts are gone: the texts are sent
    again from the first (then on a thread) and the keywords are the same."""
    path, document, expected = batched
    real_count = keyword_feed.count_speech_texts
    calls: list[int] = []

    def count(request: str, first: int, texts: list[list[str]], speeches: list[int]) -> int:
        calls.append(first)
        if len(calls) == 2:  # what the helper had counted died with it
            raise keyword_feed.CountsLost(request)
        return real_count(request, first, texts, speeches)

    monkeypatch.setattr(keyword_feed, "count_speech_texts", count)
    assert _keywords_on_threads(path, document) == expected
    speeches = len(document.speeches)
    assert calls == [0, 1, *range(speeches)]  # lost at the second batch, then all again
    with pytest.raises(keyword_feed.CountsLost):  # lost twice: an error the panel shows
        keyword_feed.count_speech_texts("another", 1, [["营商环境"]], [1])


def test_without_processes_process_work_runs_on_a_thread() -> None:
    background = Background(processes=False)
    try:
        assert background.submit_process(os.getpid).result(30) == os.getpid()
        assert background.helper_pids() == []
    finally:
        background.shutdown()


def test_a_helper_killed_mid_task_means_one_notice_and_the_work_on_a_thread(
    service: tuple[Background, list[str]], tmp_path: Path
) -> None:
    background, problems = service
    pid = background.start_helper()[0]
    release, started = tmp_path / "release", tmp_path / "started"
    future = background.submit_process(wait_for_file, str(release), str(started))
    queued = background.submit_process(os.getpid)  # waits behind it
    assert poll(started.exists, 60)  # the helper is inside the task
    started.unlink()
    os.kill(pid, signal.SIGKILL)
    assert poll(started.exists, 30)  # ... and it starts again on a thread
    release.touch()
    assert future.result(30) == os.getpid()
    assert queued.result(30) == os.getpid()  # the queued work too
    assert problems == [HELPER_DIED()]
    # From now on process work runs on threads, without another notice.
    assert background.submit_process(os.getpid).result(30) == os.getpid()
    assert problems == [HELPER_DIED()] and not background.helper_running


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_work_sent_as_the_helper_dies_is_done_on_a_thread_not_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The work given to a pool whose manager thread has already given up on the dead
    helper (CPython 3.11: its future would never complete) is done on a thread, with one
    notice (``tests/pool_race.py``)."""
    late = late_items(monkeypatch)
    problems: list[str] = []
    background = Background(on_problem=problems.append)
    try:
        late.pid = background.start_helper()[0]
        future = background.submit_process(os.getpid)
        assert future.result(30) == os.getpid()  # (without a way out: TimeoutError)
        assert problems == [HELPER_DIED()] and not background.helper_running
    finally:
        background.shutdown()


def test_shutdown_kills_a_busy_helper(tmp_path: Path) -> None:
    problems: list[str] = []
    background = Background(on_problem=problems.append)
    pids = background.start_helper()
    started = tmp_path / "started"
    future = background.submit_process(wait_for_file, str(tmp_path / "never"), str(started))
    assert poll(started.exists, 60)
    background.shutdown()
    # Given up at once, not when the pool sees its process dead (nor never, if the pool
    # lost it: tests/pool_race.py): a caller waiting on it is free to end.
    assert future.cancelled()
    assert poll(lambda: all(gone(pid) for pid in pids[:1]), 10)
    assert problems == []  # quitting is no failure to report


PARENT = """
import os, sys, time
from tui.services import Background
background = Background()
pids = background.start_helper()
background.submit_process(time.sleep, 600)
print(" ".join(map(str, pids)), flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and /proc")
def test_helpers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    env = dict(os.environ, SPEECH_READER_HOME=str(tmp_path / "home"))
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    try:
        assert parent.stdout is not None
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert pids and all(not gone(pid) for pid in pids)
    finally:
        parent.kill()  # kill -9: no clean-up code runs in it
        parent.wait(10)
    assert poll(lambda: all(gone(pid) for pid in pids), 10), [
        Path(f"/proc/{pid}/cmdline").read_bytes() for pid in pids if not gone(pid)
    ]


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    old, young = tmp_path / ".freq.abc123", tmp_path / "tmpxyz"
    keep = tmp_path / "jieba-freq.pickle"
    for path in (old, young, keep):
        path.write_bytes(b"x")
    past = time.time() - STALE_SECONDS - 60
    os.utime(old, (past, past))
    os.utime(keep, (past, past))
    assert remove_stale_temp_files(tmp_path) == [old]
    assert not old.exists() and young.exists() and keep.exists()  # young: maybe another run's


def test_jobs_run_in_a_fresh_interpreter_without_textual(tmp_path: Path) -> None:
    """What the helper imports to run a job never loads Textual or rich."""
    code = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from tui.jobs import keyword_feed, opening, tree_counts
        document, complete = opening.first_screen(Path({str(CORPUS[0])!r}))
        print(json.dumps([complete, "textual" in sys.modules, "rich" in sys.modules]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env=dict(os.environ, SPEECH_READER_HOME=str(tmp_path)),
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [True, False, False]


def test_collector_holds_on_two_threads_end_with_the_last() -> None:
    """The collector is process-wide: a hold ending on one thread while another thread's
    runs leaves it off; the last turns it on, and only if it was on before."""
    assert gc.isenabled()
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with collector_held():
            entered.set()
            release.wait(10)

    other = threading.Thread(target=hold)
    other.start()
    try:
        assert entered.wait(10)
        with collector_held():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other thread still holds it
    finally:
        release.set()
        other.join(10)
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_held():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_the_helpers_notices_are_in_the_interface_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In English a helper that died or could not start is told in English: the notice
    was Chinese in either language, under the English title "Background work"."""
    ui_text.set_language("en")
    try:
        problems: list[str] = []
        background = Background(on_problem=problems.append)
        try:
            os.kill(background.start_helper()[0], signal.SIGKILL)
            assert background.submit_process(os.getpid).result(30) == os.getpid()
        finally:
            background.shutdown()
        assert problems == [
            "The background process ended unexpectedly; keywords and the rest are worked "
            "out in the reader itself now (perhaps more slowly)."
        ]

        def no_pool() -> None:
            raise OSError("no processes here")

        monkeypatch.setattr(services, "_start_pool", no_pool)
        problems.clear()
        background = Background(on_problem=problems.append)
        try:
            assert background.submit_process(os.getpid).result(30) == os.getpid()
        finally:
            background.shutdown()
        assert problems == [
            "The background process could not be started (no processes here); the work is "
            "done in the reader itself."
        ]
    finally:
        ui_text.set_language(ui_text.DEFAULT)
