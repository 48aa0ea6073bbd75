"""PDFs read in a batch (the file tree's counts, the index) go to one kept PDFium process
(tui/formats/pdfbatch.py), every bound still a file's own: a crash, a time, CPU or memory
limit on one file is that file's refusal, and the next file goes to a fresh process. The
crashes are real: a stand-in for pypdfium2 first on ``sys.path`` that is the real one
but for PDFs marked to crash it (``format_fixtures.write_marked_crashing_pdfium``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import processes
from tests.unit import format_fixtures as ff
from tests.unit.test_bounded_reap import recorded
from tui import formats
from tui.base.errors import SpeechFileError
from tui.formats import pdfbatch, pdfchild

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and resource limits")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_kept_left() -> Iterator[None]:
    """No kept child at rest before a test (an earlier test of the worker may have left
    one) or after it."""
    pdfbatch.end_kept()
    yield
    pdfbatch.end_kept()


def counts(children: list[str]) -> dict[str, int]:
    """How many kept children and one-file children were started."""
    return {"kept": children.count("kept"), "alone": children.count("alone")}


def speeches(folder: Path, count: int) -> list[Path]:
    return [
        ff.write_pdf(folder / f"讲话{number}.pdf", [f"第{number}份", *ff.speech_lines()])
        for number in range(count)
    ]


def read_all(paths: list[Path]) -> list[str | SpeechFileError]:
    """Each file's text or its refusal, read in one batch."""
    found: list[str | SpeechFileError] = []
    with pdfbatch.batch():
        for path in paths:
            try:
                found.append(formats.extract(path).text)
            except SpeechFileError as error:
                found.append(error)
    return found


def test_a_batch_reads_its_pdfs_in_one_process(tmp_path: Path, pdf_children: list[str]) -> None:
    paths = speeches(tmp_path, 4)
    found = read_all(paths)
    for number, text in enumerate(found):
        assert isinstance(text, str) and f"第{number}份" in text and ff.TITLE in text
    assert counts(pdf_children) == {"kept": 1, "alone": 0}  # (before: a process a PDF)
    assert formats.extract(paths[0]).text == found[0]  # (the same as a file read alone)
    assert counts(pdf_children) == {"kept": 1, "alone": 1}


def test_a_crash_is_the_files_own_and_the_next_file_goes_to_a_fresh_process(
    tmp_path: Path, pdf_children: list[str], marked: Callable[[str], None]
) -> None:
    marked("abort")
    paths = speeches(tmp_path, 4)
    ff.mark_crashing(paths[1])
    found = read_all(paths)
    assert isinstance(found[0], str) and isinstance(found[2], str) and isinstance(found[3], str)
    error = found[1]
    assert isinstance(error, SpeechFileError)
    assert (
        "无法读取“讲话1.pdf”：PDF 解析库（PDFium）读它时崩溃了（信号 SIGABRT）。" in error.message
    )
    # Crashed in a process that had read another file: read again alone (it crashes
    # alone too), then a fresh kept process for the files after it.
    assert counts(pdf_children) == {"kept": 2, "alone": 1}


def test_a_crash_on_a_processs_first_file_is_not_tried_again(
    tmp_path: Path, pdf_children: list[str], marked: Callable[[str], None]
) -> None:
    marked("segfault")
    paths = speeches(tmp_path, 2)
    ff.mark_crashing(paths[0])
    found = read_all(paths)
    assert isinstance(found[0], SpeechFileError) and "崩溃了（信号 SIGSEGV）" in found[0].message
    assert isinstance(found[1], str)
    assert counts(pdf_children) == {"kept": 2, "alone": 0}


def test_the_time_limit_is_each_files(
    tmp_path: Path,
    pdf_children: list[str],
    marked: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdfchild, "TIMEOUT", 2)
    marked("spin")
    paths = speeches(tmp_path, 3)
    ff.mark_crashing(paths[1])
    started = time.monotonic()
    found = read_all(paths)
    assert time.monotonic() - started < 15
    assert isinstance(found[1], SpeechFileError)
    assert "读它时超过 2 秒仍未读完，已被停止" in found[1].message
    assert isinstance(found[0], str) and isinstance(found[2], str)
    assert counts(pdf_children) == {"kept": 2, "alone": 0}  # (a time limit is not paid twice)


def test_the_cpu_limit_is_each_files(
    tmp_path: Path,
    pdf_children: list[str],
    marked: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """RLIMIT_CPU counts a process's life: the kept child gives each file its own seconds."""
    monkeypatch.setattr(pdfchild, "CPU_LIMIT", 1)
    monkeypatch.setattr(pdfchild, "TIMEOUT", 30)
    marked("spin")
    paths = speeches(tmp_path, 3)
    ff.mark_crashing(paths[2])
    started = time.monotonic()
    found = read_all(paths)
    assert time.monotonic() - started < 25
    assert isinstance(found[2], SpeechFileError)
    assert "读它时超出了内存或时间的上限，已被停止" in found[2].message
    assert isinstance(found[0], str) and isinstance(found[1], str)
    assert counts(pdf_children) == {"kept": 1, "alone": 0}


def test_files_before_do_not_use_up_a_files_cpu_seconds(
    tmp_path: Path,
    pdf_children: list[str],
    marked: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three files of 0.7 s of CPU each under a limit of 1 s a file: all read by one
    process (a limit counted over the process's life stopped the second)."""
    monkeypatch.setattr(pdfchild, "CPU_LIMIT", 1)
    marked("burn")
    paths = [ff.mark_crashing(path) for path in speeches(tmp_path, 3)]
    found = read_all(paths)
    assert all(isinstance(text, str) for text in found), found
    assert counts(pdf_children) == {"kept": 1, "alone": 0}


def test_what_pdfium_writes_to_the_output_is_no_part_of_an_answer(
    tmp_path: Path, pdf_children: list[str], marked: Callable[[str], None]
) -> None:
    """A line PDFium writes to the process's output goes to its error output: the answers
    stay whole, in a batch and alone (before: "gave no readable answer")."""
    marked("noise")
    paths = [ff.mark_crashing(path) for path in speeches(tmp_path, 2)]
    found = read_all(paths)
    assert all(isinstance(text, str) for text in found), found
    assert formats.extract(paths[0]).text == found[0]
    assert counts(pdf_children) == {"kept": 1, "alone": 1}


def test_past_the_memory_limit_in_a_used_process_the_file_is_read_again_alone(
    tmp_path: Path,
    pdf_children: list[str],
    marked: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdfchild, "MEMORY_LIMIT", 500_000_000)
    marked("memory")
    paths = speeches(tmp_path, 3)
    ff.mark_crashing(paths[1])
    found = read_all(paths)
    assert isinstance(found[1], SpeechFileError)
    assert "读它时超出了内存或时间的上限，已被停止" in found[1].message
    assert isinstance(found[0], str) and isinstance(found[2], str)
    assert counts(pdf_children) == {"kept": 2, "alone": 1}


def test_a_kept_process_at_rest_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfbatch, "IDLE", 0.2)
    read_all(speeches(tmp_path, 1))
    (pid,) = pdfbatch.resting()
    assert processes.poll(lambda: processes.gone(pid) and not pdfbatch.resting())


WHOSE = """
import os, sys
from pathlib import Path
from tui import formats
from tui.formats import pdfbatch
with pdfbatch.batch():
    formats.extract(sys.argv[1])
(pid,) = pdfbatch.resting()
print(pid, flush=True)
if sys.argv[2] == "wait":
    sys.stdin.read()
"""


@pytest.mark.parametrize("end", ["exit", "killed"])
def test_no_pdfium_process_outlives_the_reader(tmp_path: Path, end: str) -> None:
    """At the reader's exit the kept child at rest is ended; killed (no exit handler), its
    child reads the end of its input and ends."""
    path = ff.write_pdf(tmp_path / "讲话.pdf")
    reader = subprocess.Popen(
        [sys.executable, "-c", WHOSE, str(path), "wait" if end == "killed" else "exit"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert reader.stdout is not None
    pid = int(reader.stdout.readline())
    if end == "killed":
        assert not processes.gone(pid)
        reader.send_signal(signal.SIGKILL)
    reader.wait(60)
    assert processes.poll(lambda: processes.gone(pid))
    assert reader.stdin is not None
    reader.stdin.close()
    reader.stdout.close()


def test_a_search_scan_and_a_folders_keywords_read_their_pdfs_in_one_process(
    tmp_path: Path, pdf_children: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other readers of a whole folder: the search's scan of files not in the index,
    and the folder's word weights for keywords (``keywords.folder_idf``)."""
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    from tui.engine.index.library import search_library
    from tui.engine.keywords import folder_idf
    from tui.engine.match import parse_query

    speeches(folder, 3)
    result = search_library(folder, parse_query("第1份"), use_index=False)
    assert result.searched == 3 and result.total == 1
    assert counts(pdf_children) == {"kept": 1, "alone": 0}
    pdfbatch.end_kept()
    from tui.formats import cache

    for entry in cache.folder().glob("*.json"):
        entry.unlink()  # (read again, not from the extraction cache)
    folder_idf(folder)
    assert counts(pdf_children) == {"kept": 2, "alone": 0}


def test_a_kept_process_that_died_at_rest_has_its_session_killed_before_it_is_reaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kept process found ended when the next batch would take it is not reaped by the
    look (``poll`` reaped it, and ``close`` then skipped the group kill, which a reaped
    number may no longer own: what it started would outlive it); its group is killed,
    then it is reaped (misc78's report)."""
    paths = speeches(tmp_path, 2)
    read_all(paths[:1])
    (pid,) = pdfbatch.resting()
    os.kill(pid, signal.SIGKILL)  # (ended at rest, by itself as far as the reader knows)
    assert processes.poll(lambda: processes.gone(pid))
    events = recorded(monkeypatch)
    found = read_all(paths[1:])
    assert isinstance(found[0], str) and "第1份" in found[0]
    assert [event for event in events if event[1] == pid] == [("kill", pid), ("reap", pid)]
