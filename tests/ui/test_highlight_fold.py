"""Highlight terms (``A``, ``h``) read traditional and simplified characters alike, as find
does: the user's 关于 lights up 關於 in a traditional text, on the file's own characters,
and the other way round; the keyword panel stars a keyword in either spelling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.style import Style

from tests.documents import BOTH_SPELLINGS, TRADITIONAL
from tests.ui.conftest import drawn_in, settle, until
from tui.app import make_app
from tui.engine.keywords import Keyword
from tui.widgets.keywords import keyword_labels


def lit(reader: Any, style: str) -> list[str]:
    """Runs of characters the reader draws in the colours of ``style`` (its background if it
    has one, else its foreground), in text order (a run wrapped onto the next line is one:
    the padding between its lines is passed over)."""
    parsed = Style.parse(style)
    return drawn_in(reader, {parsed.bgcolor or parsed.color})


@pytest.mark.parametrize(
    ("name", "text", "term", "shown"),
    BOTH_SPELLINGS,
)
async def test_user_term_lights_up_the_other_spelling(
    tmp_path: Path, name: str, text: str, term: str, shown: str
) -> None:
    """The user's highlight term (kept with ``A`` after a find) in one spelling, the file
    in the other: every occurrence is drawn in the term's colour, the file's characters."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press(*term, "enter")
        await settle(app, pilot)
        await pilot.press("A", "escape")  # keep it as a highlight term, end the search
        await until(pilot, lambda: term in screen.reader.highlight_terms, "the term kept")
        await until(pilot, lambda: screen.reader.search_term is None, "the search ended")
        await pilot.press("g")  # the cursor (drawn over a term) on the salutation, no term
        await until(pilot, lambda: screen.reader.cursor == (0, 0), "the cursor at the start")
        style = screen.reader.highlight_terms[term]
        assert lit(screen.reader, style) == [shown] * text.count(shown)


async def test_two_spellings_of_one_term_take_the_later_style(tmp_path: Path) -> None:
    """A keyword 關於 (``h``) and the user's 关于 are one word: the user's colour wins, as
    it does for the same spelling (``apply_highlights`` gives the user's terms last)."""
    path = tmp_path / "繁.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        reader.set_highlight_terms({"關於": "bold #00ff00", "关于": "bold #ff0000"})
        await pilot.pause()
        assert lit(reader, "bold #00ff00") == []
        assert lit(reader, "bold #ff0000") == ["關於"] * TRADITIONAL.count("關於")


def test_keyword_panel_stars_a_keyword_in_the_other_spelling() -> None:
    listed = [Keyword("關於", 4, 2.0), Keyword("營商環境", 3, 1.5), Keyword("講話", 2, 1.0)]
    labels = keyword_labels(listed, {"关于", "讲话"})
    assert [label.plain.endswith(" ★") for label in labels] == [True, False, True]
