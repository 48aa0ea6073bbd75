"""The corpus search's summary, broken over lines at a narrow width, never parts a number
from its word: at 80 columns it read "…（2" | "个文件尚未建立索引，已逐个搜索）。" (Textual
broke it at the space), and in English "(2" | "files not in the index…"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tests.ui.test_search_ui import corpus_search
from tui import ui_text
from tui.app import make_app
from tui.screens import main as main_module

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
