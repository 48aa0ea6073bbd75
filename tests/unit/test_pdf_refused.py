"""A PDF that crashed PDFium, timed out or went past a limit is remembered by its file
stamp (``formats.cache.refusal``): opening it again, counting or indexing its folder again
does not run PDFium on it again, and the message says it was refused before and why; a
changed file is tried again. Where no reader runs (the command line) the message does not
say "the reader is not affected". The crashes are real (a stand-in pypdfium2 that
crashes on PDFs marked for it, ``format_fixtures.write_marked_crashing_pdfium``)."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tests.unit.test_cli_english import run_process
from tui import formats
from tui.base.errors import SpeechFileError
from tui.base.files import MAX_FILE_BYTES
from tui.formats import bounded, pdfbatch, pdfchild
from tui.formats.errors import ReaderCrashedError
from tui.jobs.tree_counts import speech_counts

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and resource limits")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("SPEECH_READER_HOME", str(home))
    yield home
    pdfbatch.end_kept()


def refusal(path: Path) -> SpeechFileError:
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    return caught.value


def test_a_crash_is_remembered_until_the_file_changes(
    tmp_path: Path, pdf_children: list[str], marked: Callable[[str], None]
) -> None:
    marked("abort")
    path = ff.mark_crashing(ff.write_pdf(tmp_path / "讲话.pdf"))
    first = refusal(path)
    assert "无法读取“讲话.pdf”：PDF 解析库（PDFium）读它时崩溃了（信号 SIGABRT）。" in first.message
    assert pdf_children == ["alone"]
    again = refusal(path)  # (before: PDFium ran and crashed again)
    assert pdf_children == ["alone"]
    assert (
        "无法读取“讲话.pdf”：之前 PDF 解析库（PDFium）读它时崩溃了（信号 SIGABRT），"
        "这次没有再读（文件改动后会重新读）。" in again.message
    )
    assert "阅读器不受影响" in again.message
    assert (
        "the PDF library (PDFium) crashed (signal SIGABRT) reading it before, so it is not"
        " read again (it will be once the file changes)." in again.message_en
    )
    ff.mark_crashing(path)  # (changed: a new stamp)
    refusal(path)
    assert pdf_children == ["alone", "alone"]
    ff.write_pdf(path)  # (mended)
    assert ff.TITLE in formats.read_source(path).text


def test_a_time_limit_is_paid_once(
    tmp_path: Path,
    pdf_children: list[str],
    marked: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdfchild, "TIMEOUT", 2)
    marked("spin")
    path = ff.mark_crashing(ff.write_pdf(tmp_path / "讲话.pdf"))
    assert "读它时超过 2 秒仍未读完，已被停止" in refusal(path).message
    again = refusal(path)
    assert (
        "之前 PDF 解析库（PDFium）读它时超过 2 秒仍未读完，已被停止，这次没有再读" in again.message
    )
    assert pdf_children == ["alone"]


def test_counting_a_folder_again_runs_pdfium_on_no_refused_pdf(
    tmp_path: Path, pdf_children: list[str], marked: Callable[[str], None]
) -> None:
    marked("abort")
    good = ff.write_pdf(tmp_path / "甲.pdf")
    bad = ff.mark_crashing(ff.write_pdf(tmp_path / "乙.pdf"))
    counts = speech_counts([good, bad], MAX_FILE_BYTES)
    assert counts[0] is not None and counts[0].speeches
    assert counts[1] is not None and counts[1].speeches is None
    assert pdf_children == ["kept", "alone"]  # (乙 crashed a child that had read 甲: alone)
    pdfbatch.end_kept()
    counts = speech_counts([good, bad], MAX_FILE_BYTES)
    assert counts[1] is not None and counts[1].speeches is None
    assert pdf_children == ["kept", "alone"]  # (甲 from the extraction cache, 乙 remembered)


def test_a_child_that_could_not_start_is_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ff.write_pdf(tmp_path / "讲话.pdf")

    def cannot(*_: object) -> bounded.Outcome:
        raise OSError("no processes left")

    with monkeypatch.context() as patch:
        patch.setattr(bounded, "run_python", cannot)
        assert "读它时无法启动" in refusal(path).message
    assert ff.TITLE in formats.read_source(path).text


def test_the_refusal_crosses_from_the_helper_whole() -> None:
    error = ReaderCrashedError(
        "/tmp/甲.pdf", "崩溃了（信号 SIGABRT）", "crashed (signal SIGABRT)", True
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.message_en, copy.how, copy.how.en, copy.before, copy.lasting) == (
        error.message,
        error.message_en,
        error.how,
        error.how.en,
        True,
        True,
    )
    assert copy.without_reader() == error.without_reader()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_command_line_does_not_speak_of_a_reader(tmp_path: Path, language: str) -> None:
    """``speech-reader outline`` has no reader to be unaffected: it says PDFium read the
    file apart and other files are read as usual; the second time, that it was refused
    before (PDFium not run again)."""
    pdf = ff.mark_crashing(ff.write_pdf(tmp_path / "乙讲话.pdf"))
    pdfium = ff.write_marked_crashing_pdfium(tmp_path / "pdfium", "abort")
    home = tmp_path / "cli-home"
    path = os.pathsep.join([str(pdfium), str(ROOT)])
    runs = [
        run_process(home, "outline", "--lang", language, str(pdf), PYTHONPATH=path)
        for _ in range(2)
    ]
    for done in runs:
        assert done.returncode == 2, (done.returncode, done.stderr)
        assert "阅读器" not in done.stderr and "reader is not affected" not in done.stderr
    if language == "zh":
        assert "读它时崩溃了（信号 SIGABRT）。" in runs[0].stderr
        assert "PDFium 在单独的进程里读它，别的文件照常读取。" in runs[0].stderr
        assert (
            "之前 PDF 解析库（PDFium）读它时崩溃了（信号 SIGABRT），这次没有再读" in runs[1].stderr
        )
    else:
        assert "crashed (signal SIGABRT) reading it." in runs[0].stderr
        assert "PDFium reads it in a process of its own, and other files are read as usual." in (
            runs[0].stderr
        )
        assert "reading it before, so it is not read again" in runs[1].stderr


def test_a_refusal_forgotten_is_read_again(
    tmp_path: Path, pdf_children: list[str], marked: Callable[[str], None]
) -> None:
    """``forget_refusals`` (the reader's 重新读取此文件, ``--read-again``): the file is read
    again, crashes (signals) too; only the files under the path given are forgotten."""
    from tui.formats import cache

    marked("abort")
    (tmp_path / "讲话").mkdir()
    (tmp_path / "讲话2").mkdir()
    path = ff.mark_crashing(ff.write_pdf(tmp_path / "讲话" / "甲.pdf"))
    other = ff.mark_crashing(ff.write_pdf(tmp_path / "讲话2" / "乙.pdf"))
    refusal(path)
    refusal(other)
    assert pdf_children == ["alone", "alone"]
    assert cache.forget_refusals(str(tmp_path / "讲话")) == 1  # (not 讲话2's: a prefix)
    again = refusal(path)
    assert pdf_children == ["alone", "alone", "alone"]  # (PDFium ran on it again)
    assert "这次没有再读" not in again.message
    assert "这次没有再读" in refusal(other).message
    assert cache.forget_refusals(str(path)) == 1  # (a file itself)
    assert cache.forget_refusals() == 1  # (every file: 乙)
    refusal(other)
    assert pdf_children == ["alone"] * 4


def test_the_read_again_option_forgets_before_the_reader_starts(
    tmp_path: Path,
    pdf_children: list[str],
    marked: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tui import cli
    from tui.base.files import stamp_of
    from tui.formats import cache

    marked("abort")
    path = ff.mark_crashing(ff.write_pdf(tmp_path / "讲话.pdf"))
    refusal(path)
    stamp = stamp_of(path)
    assert stamp is not None and cache.refusal(str(path), stamp) is not None
    seen: list[object] = []

    class Started(Exception):
        pass

    def launch(*arguments: object) -> None:
        seen.append(cache.refusal(str(path), stamp))
        raise Started

    monkeypatch.setattr(cli, "launch", launch)
    monkeypatch.setattr(cli, "keep_a_log", lambda: None)
    with pytest.raises(Started):
        cli.main(["--read-again", str(path)])
    assert seen == [None]


def test_the_command_line_says_how_to_read_it_again(tmp_path: Path) -> None:
    pdf = ff.mark_crashing(ff.write_pdf(tmp_path / "乙 讲话.pdf"))
    pdfium = ff.write_marked_crashing_pdfium(tmp_path / "pdfium", "abort")
    home = tmp_path / "cli-home"
    path = os.pathsep.join([str(pdfium), str(ROOT)])
    done = run_process(home, "outline", str(pdf), PYTHONPATH=path)
    assert done.returncode == 2, done.stderr
    assert f"运行：speech-reader --read-again '{pdf}'" in done.stderr, done.stderr
