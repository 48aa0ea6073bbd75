"""The notebook list never parts a number from its unit: "第49页" wrapped with 页 alone
on the next line (the citation and the quote's place, at the list's edge)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import OptionList

from tests.ui.conftest import SPEECH_FILE, settle
from tui.app import make_app
from tui.engine.quotes import Quote, QuoteKind
from tui.notebook import Notebook
from tui.screens.notebook import NotebookScreen

PARTED = re.compile(r"[0-9]\n[页行篇]")


async def test_page_numbers_stay_with_their_unit_at_every_width(tmp_path: Path) -> None:
    speech = tmp_path / "在全市优化营商环境大会上的讲话稿汇编.pdf"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    Notebook().add(
        Quote(
            text="营商环境是企业生存发展的土壤。",
            source="《在全市优化营商环境大会上的讲话》",
            section="一、提高认识，增强优化营商环境的责任感",
            speech="在全市优化营商环境大会上的讲话",
            file=str(speech),
            line=3,
            kind=QuoteKind.SENTENCE,
            page=49,
        )
    )
    app = make_app(tmp_path / "在全市优化营商环境大会上的讲话稿汇编.pdf")
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NotebookScreen)
        seen: set[str] = set()
        for columns in range(60, 121):
            await pilot.resize_terminal(columns, 40)
            await pilot.pause()
            options = app.screen.query_one(OptionList)
            prompt = str(options.get_option_at_index(0).prompt)
            seen.add(prompt)
            assert "第49页" in prompt.replace("\n", "")
            assert not PARTED.search(prompt), (columns, prompt)
        assert len(seen) > 10  # the list was wrapped again at many widths
