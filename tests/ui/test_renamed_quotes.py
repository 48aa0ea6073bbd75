"""A quote kept before its file was renamed: its place line named the new file, but its
citation still the old name (an untitled speech is cited by its file's name), in the
notebook and in what its c copies (until the same sentence was copied again). The
citation follows the file; the text kept stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import SPEECH_FILE, FakeClipboard, screen_text, settle
from tui.app import make_app
from tui.notebook import Notebook
from tui.screens.notebook import NotebookScreen


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_kept_quote_cites_its_file_s_new_name(
    tmp_path: Path, clipboard: FakeClipboard, language: str
) -> None:
    path = tmp_path / "营商讲话.txt"
    path.write_text(SPEECH_FILE.split("\n", 1)[1], encoding="utf-8")  # no title line
    renamed = (tmp_path / "全市营商环境大会讲话.txt").resolve()
    app = make_app(path, language=language)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("right_square_bracket", "j", "y")
        assert clipboard.copies[-1].endswith("——营商讲话，一、提高认识，增强优化营商环境的责任感")
        text = Notebook().entries()[0].text
        path.rename(renamed)
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.path == renamed
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, NotebookScreen)
        shown = screen_text(app)
        assert "——全市营商环境大会讲话，一、提高认识" in shown, shown
        assert "——营商讲话" not in shown, shown
        assert "全市营商环境大会讲话.txt" in shown, shown  # its place line
        await pilot.press("c")
        assert clipboard.copies[-1] == (
            f"{text}\n——全市营商环境大会讲话，一、提高认识，增强优化营商环境的责任感"
        )
        assert Notebook().entries()[0].text == text
