"""The corpus search's summary, broken over lines at a narrow width, never parts a number
from its word: at 80 columns it read "…（2" | "个文件尚未建立索引，已逐个搜索）。" (Textual
broke it at the space), and in English "(2" | "files not in the index…"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.ui.conftest import settle
from tests.ui.test_search_ui import corpus_search
from tui import ui_text
from tui.app import make_app
from tui.screens import main as main_module
from tui.screens.corpus_status import STATUS_LINES, fitted

NUMBER_PARTED = re.compile(r"\d$")
WORD_START = re.compile(r"^[^\W\d_]")


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_number_stays_with_its_word_at_every_width(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch, language: ui_text.Language
) -> None:
    monkeypatch.setattr(main_module.MainScreen, "update_index", lambda self: None)  # not yet
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.switch_language(language)
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        assert screen.result is not None and len(screen.result.scanned) == 2
        parted = []
        for columns in range(40, 100):
            await pilot.resize_terminal(columns, 30)
            await pilot.pause()
            screen.show_status()
            await pilot.pause()
            status = screen.status
            lines = [status.render_line(y).text.strip() for y in range(status.size.height)]
            assert any(
                ("2 个" if language == "zh" else "2 files") in line.replace("\xa0", " ")
                for line in lines
            ), (columns, lines)
            for line, after in zip(lines, lines[1:], strict=False):
                if NUMBER_PARTED.search(line) and WORD_START.search(after):
                    parted.append((columns, line, after))
                if after[:1] in "。，、）":
                    parted.append((columns, line, after))
        assert not parted, parted


LONG_NAMES = [f"第{n}份讲话稿的扫描件未识别文字_{'x' * 20}.txt" for n in range(4)]


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_summary_too_long_for_its_lines_ends_in_an_ellipsis(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch, language: ui_text.Language
) -> None:
    """Four empty files with long names, searched at 60 columns: the summary takes more
    than the status line's three lines. It is cut to them, its last line ending in "…",
    the text drawn whole up to there; the CSS cropped it before, the third file's name and
    the closing ）。 gone with nothing to tell (daily149, 60×20, a library of 3,131 files)."""
    monkeypatch.setattr(main_module.MainScreen, "update_index", lambda self: None)
    for name in LONG_NAMES:
        (speech_dir / name).write_bytes(b"")
    app = make_app(speech_dir / "甲讲话.txt", language=language)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        await pilot.pause()
        screen.show_status()
        await pilot.pause()
        status = screen.status
        written = str(status.render()).split("\n")
        assert len(written) == STATUS_LINES, written
        assert written[-1].endswith("…"), written
        assert all(cell_len(line) <= status.content_region.width for line in written), written
        drawn = [status.render_line(y).text.strip() for y in range(status.size.height)]
        assert drawn == [line.strip() for line in written], (drawn, written)


def test_fitted_keeps_the_later_parts_and_cuts_the_summary() -> None:
    summary = ["第一行", "第二行", "第三行", "第四行"]
    assert fitted([summary, ["［建立索引：5/9 个文件］"]], 20) == [
        "第一行",
        "第二行…",
        "［建立索引：5/9 个文件］",
    ]
    assert fitted([["一行"], ["进度"]], 20) == ["一行", "进度"]
    assert fitted([summary], 20) == ["第一行", "第二行", "第三行…"]
