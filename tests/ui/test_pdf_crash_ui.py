"""A PDF that crashes PDFium in the app: the reader says what happened in the reader pane
and keeps running (PDFium reads in a bounded child process, tui/formats/pdfchild.py). The
crash is real: a stand-in for pypdfium2 first on ``sys.path`` aborts the process that
reads the PDF (``format_fixtures.write_crashing_pdfium``); before, that was the app's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tests.unit import format_fixtures as ff
from tui.app import make_app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals")


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_pdf_that_crashes_pdfium_is_told_and_the_app_runs_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    pdf = ff.write_pdf(folder / "甲讲话.pdf")
    text = ff.write_text(folder / "乙讲话.txt")
    monkeypatch.syspath_prepend(str(ff.write_crashing_pdfium(tmp_path / "pdfium", "abort")))
    for name in [name for name in sys.modules if name.split(".")[0] == "pypdfium2"]:
        monkeypatch.delitem(sys.modules, name)
    app = make_app(pdf, language=language)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is None
        if language == "zh":
            said = "无法读取“甲讲话.pdf”：PDF 解析库（PDFium）读它时崩溃了（信号 SIGABRT）。"
        else:
            said = "the PDF library (PDFium) crashed (signal SIGABRT) reading it."
        assert said in " ".join(screen.reader.message.split()), screen.reader.message
        screen.open_file(text)  # (the app is still there, and reads the next file)
        await settle(app, pilot)
        assert screen.reader.document is not None
        assert screen.reader.document.speeches[0].title == ff.TITLE


async def test_a_remembered_refusal_is_read_again_on_ctrl_r(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF PDFium crashed on is remembered and not read again until it changes; the
    message says how to read it again anyway (Ctrl+R, or the palette's 重新读取此文件), and
    Ctrl+R does: here PDFium works the second time (the stand-in taken away)."""
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    pdf = ff.write_pdf(folder / "甲讲话.pdf")
    crashing = str(ff.write_crashing_pdfium(tmp_path / "pdfium", "abort"))
    monkeypatch.syspath_prepend(crashing)
    for name in [name for name in sys.modules if name.split(".")[0] == "pypdfium2"]:
        monkeypatch.delitem(sys.modules, name)
    app = make_app(pdf)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is None
        said = " ".join(screen.reader.message.split())
        assert "读它时崩溃了（信号 SIGABRT）" in said, said
        assert "可以按 Ctrl+R，或在命令面板（Ctrl+P）里选“重新读取此文件”" in said, said
        sys.path.remove(crashing)  # (PDFium reads it now: a busy machine no longer busy)
        screen.open_file(pdf)  # (opened again: remembered, PDFium not run)
        await settle(app, pilot)
        assert screen.reader.document is None
        assert "这次没有再读" in " ".join(screen.reader.message.split())
        commands = [command.title for command in app.get_system_commands(screen)]
        assert "重新读取此文件" in commands  # (the palette's way, as Ctrl+R's)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert screen.reader.document is not None, screen.reader.message
        assert screen.reader.document.speeches[0].title == ff.TITLE
