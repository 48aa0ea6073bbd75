"""The keyword panel leaves the reader its least width (``side_panes.READER_MIN``) in a
narrow terminal: it gives up cells of its own, down to ``KEYWORDS_MIN``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import app_on, until, until_equal
from tui.side_panes import KEYWORDS_MIN, KEYWORDS_WIDTH, READER_MIN

pytestmark = pytest.mark.usefixtures("jieba_cache", "keywords_on_a_thread")


@pytest.mark.parametrize(
    ("size", "panel"),
    [((50, 16), 50 - READER_MIN), ((44, 16), KEYWORDS_MIN), ((80, 24), KEYWORDS_WIDTH)],
)
async def test_the_keyword_panel_leaves_the_reader_its_room(
    speech_dir: Path, size: tuple[int, int], panel: int
) -> None:
    async with app_on(speech_dir / "甲讲话.txt", size=size) as (app, pilot):
        screen = app.main_screen
        await pilot.press("K")
        keywords = screen.keyword_panel
        await until_equal(pilot, lambda: keywords.outer_size.width, panel, "the panel's width")
        if size[0] - panel >= READER_MIN:
            assert screen.reader.outer_size.width >= READER_MIN
        # Each keyword on one line, its count beside it (in a narrower panel each count
        # wrapped onto a line of its own).
        options = keywords.options
        await until(pilot, lambda: options.option_count > 5, "the keywords listed")
        await until_equal(
            pilot, lambda: options.virtual_size.height, options.option_count, "one line a row"
        )
        await pilot.press("K")  # closed and opened again: the same width
        await pilot.press("K")
        await until_equal(
            pilot, lambda: keywords.outer_size.width, panel, "the panel's width again"
        )
