"""A PDF that crashes PDFium (abort, segmentation fault) or takes it past a limit is one
file refused with what happened: PDFium reads each PDF in a bounded child process
(tui/formats/pdfchild.py), never in the reader's. The crash is real — a stand-in for
pypdfium2 first on ``sys.path`` (``format_fixtures.write_crashing_pdfium``) aborts the
process that opens the PDF — so the same tests ended the process that read the PDF
before."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tests.unit.test_cli_english import run_process
from tui import formats
from tui.base.errors import SpeechFileError
from tui.formats import pdfchild

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and resource limits")

ROOT = Path(__file__).resolve().parents[2]


Crashing = Callable[[str], Path]


@pytest.fixture
def crashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Crashing:
    """Put a pypdfium2 that does ``how`` first on this process's ``sys.path`` (the one in
    ``sys.modules`` taken out: a process that imports PDFium gets this one)."""

    def put(how: str) -> Path:
        folder = ff.write_crashing_pdfium(tmp_path / f"pdfium-{how}", how)
        monkeypatch.syspath_prepend(str(folder))
        for name in [name for name in sys.modules if name.split(".")[0] == "pypdfium2"]:
            monkeypatch.delitem(sys.modules, name)
        return folder

    return put


def refused(path: Path) -> tuple[SpeechFileError, float]:
    started = time.monotonic()
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    return caught.value, time.monotonic() - started


@pytest.mark.parametrize(
    ("how", "zh", "en"),
    [
        ("abort", "崩溃了（信号 SIGABRT）", "crashed (signal SIGABRT)"),
        ("segfault", "崩溃了（信号 SIGSEGV）", "crashed (signal SIGSEGV)"),
    ],
)
def test_a_pdf_that_crashes_pdfium_is_refused_and_the_reader_runs_on(
    tmp_path: Path, crashing: Crashing, how: str, zh: str, en: str
) -> None:
    path = ff.write_pdf(tmp_path / "讲话.pdf")
    crashing(how)
    error, _ = refused(path)  # (before: this process ended here, by the signal)
    assert f"无法读取“讲话.pdf”：PDF 解析库（PDFium）读它时{zh}。" in error.message
    assert "阅读器不受影响" in error.message
    assert f"Cannot read “讲话.pdf”: the PDF library (PDFium) {en} reading it." in (
        error.message_en
    )
    assert formats.read_source(ff.write_text(tmp_path / "甲.txt")).text  # (still here)


def test_pdfium_past_its_memory_limit_is_stopped(
    tmp_path: Path, crashing: Crashing, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 GB asked for under a 500 MB address space: MemoryError, the child's MEMORY_EXIT.
    monkeypatch.setattr(pdfchild, "MEMORY_LIMIT", 500_000_000)
    path = ff.write_pdf(tmp_path / "讲话.pdf")
    crashing("memory")
    error, _ = refused(path)
    assert "读它时超出了内存或时间的上限，已被停止" in error.message
    assert "went past its memory or time limit and was stopped" in error.message_en


def test_pdfium_past_its_cpu_limit_is_stopped(
    tmp_path: Path, crashing: Crashing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdfchild, "CPU_LIMIT", 1)
    monkeypatch.setattr(pdfchild, "TIMEOUT", 30)
    path = ff.write_pdf(tmp_path / "讲话.pdf")
    crashing("spin")
    error, seconds = refused(path)
    assert seconds < 25
    assert "读它时超出了内存或时间的上限，已被停止" in error.message


def test_pdfium_past_its_time_limit_is_killed(
    tmp_path: Path, crashing: Crashing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdfchild, "TIMEOUT", 2)
    path = ff.write_pdf(tmp_path / "讲话.pdf")
    crashing("spin")
    error, seconds = refused(path)
    assert seconds < 10
    assert "读它时超过 2 秒仍未读完，已被停止" in error.message
    assert "took over 2 s and was stopped" in error.message_en


def test_pdfium_is_never_loaded_in_the_readers_process(tmp_path: Path) -> None:
    """Whatever reads a PDF (the open file, the index, the counts, the command line, a
    helper's work done again on a thread when the helper died): the text comes, and
    PDFium was never loaded where it was asked for."""
    path = ff.write_pdf(tmp_path / "讲话.pdf")
    code = (
        "import sys\n"
        "from tui.formats import extract\n"
        "assert ff.TITLE in extract(sys.argv[1]).text\n"
        "print(sorted(name for name in sys.modules if name.startswith('pypdfium2')))\n"
    ).replace("ff.TITLE", repr(ff.TITLE))
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_encrypted_and_damaged_pdfs_are_said_as_before(tmp_path: Path) -> None:
    """PDFium's own refusals cross from the child as the errors they were."""
    error, _ = refused(ff.write_encrypted_pdf(tmp_path / "密.pdf"))
    assert "是加密的 PDF 文件" in error.message
    damaged = tmp_path / "坏.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    error, _ = refused(damaged)
    assert "无法读取“坏.pdf”：它不是有效的 PDF 文件，或文件已损坏。" in error.message


def run_cli(home: Path, pdfium: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """``python -m tui ARGV`` in a process of its own, the stand-in PDFium first on its path."""
    return run_process(home, *argv, PYTHONPATH=os.pathsep.join([str(pdfium), str(ROOT)]))


def test_the_command_line_says_pdfium_crashed_and_goes_on(tmp_path: Path) -> None:
    """``speech-reader outline`` of a PDF that crashes PDFium says so (before: the process
    ended by SIGABRT, nothing said); ``search`` over a folder holding it finds the text
    file beside it (the index reads the PDF too)."""
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    pdf = ff.write_pdf(folder / "乙讲话.pdf")
    ff.write_text(folder / "甲讲话.txt")
    pdfium = ff.write_crashing_pdfium(tmp_path / "pdfium", "abort")
    home = tmp_path / "home"
    done = run_cli(home, pdfium, "outline", str(pdf))
    assert done.returncode > 0, (done.returncode, done.stderr)
    assert "PDF 解析库（PDFium）读它时崩溃了（信号 SIGABRT）" in done.stderr
    done = run_cli(home, pdfium, "search", "营商环境", str(folder))
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert "甲讲话.txt" in done.stdout


@pytest.mark.parametrize("stdout", [b"{broken", b"[1, 2]", b"\xff\xfe"])
def test_a_child_that_ends_well_with_a_broken_answer_is_told_so(
    monkeypatch: pytest.MonkeyPatch, stdout: bytes
) -> None:
    """A child that exits 0 but whose answer is not the JSON object asked for is told as a
    broken answer (it was told as "exit status 0", as if the child had failed)."""
    from tui.formats import bounded

    monkeypatch.setattr(bounded, "run_python", lambda *_: bounded.Outcome(0, stdout, b""))
    with pytest.raises(SpeechFileError) as caught:
        pdfchild.page_texts(b"%PDF-1.4\n", "/tmp/甲.pdf")
    assert "PDF 解析库（PDFium）读它时没有给出可读的结果。" in caught.value.message
    assert "退出码" not in caught.value.message
