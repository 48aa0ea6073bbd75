"""Text on a highlighted row reads well (≥ 4.5:1) in every theme, on every list and tree.

What is checked is what the app would write to the terminal: every cell of the screen
(the compositor's strips) drawn on the highlighted row's background of the list or tree
in question, dim text counted as Textual dims it (blended towards the background). In
the default dark theme a bookmark's dim line and time had 2.46:1 and the row's own text
3.78:1 (``tui/widgets/readable.py`` makes them readable). Themes in terminal colours
(ansi-*) are not checked: the terminal's palette decides their colours.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.color import ColorType
from textual.constants import DIM_FACTOR
from textual.widget import Widget
from textual.widgets import OptionList, Tree

from tests.ui.conftest import FakeClipboard, open_palette, screen_strips, settle
from tests.ui.test_keywords_ui import keywords_ready
from tests.ui.test_notebook_ui import copy_two
from tests.ui.test_quotes_ui import SIZE
from tui.app import SpeechReaderApp, make_app
from tui.contrast import MIN_CONTRAST, RGB, contrast_ratio

ROW_CLASSES = {OptionList: "option-list--option-highlighted", Tree: "tree--cursor"}


def _rgb(colour: Any) -> RGB | None:
    if colour is None or colour.type in (ColorType.DEFAULT, ColorType.STANDARD):
        return None
    r, g, b = colour.get_truecolor()
    return r, g, b


def highlighted_contrasts(app: SpeechReaderApp, widget: Widget) -> list[tuple[float, str]]:
    """(contrast, text) of every piece of text the screen draws on ``widget``'s highlighted
    row background."""
    row_class = next(name for kind, name in ROW_CLASSES.items() if isinstance(widget, kind))
    row_background = widget.get_component_rich_style(row_class).bgcolor
    assert row_background is not None
    found = []
    for line in screen_strips(app):
        for strip in line:
            for segment in strip:
                style = segment.style
                if segment.control or not segment.text.strip() or style is None:
                    continue
                if style.bgcolor != row_background or style.reverse:
                    continue
                fore, back = _rgb(style.color), _rgb(style.bgcolor)
                assert fore is not None and back is not None, (segment, app.theme)
                if style.dim:
                    fore = (
                        round(back[0] + (fore[0] - back[0]) * DIM_FACTOR),
                        round(back[1] + (fore[1] - back[1]) * DIM_FACTOR),
                        round(back[2] + (fore[2] - back[2]) * DIM_FACTOR),
                    )
                found.append((round(contrast_ratio(fore, back), 2), segment.text))
    return found


def colour_themes(app: SpeechReaderApp) -> list[str]:
    return sorted(name for name in app.available_themes if not name.startswith("ansi"))


async def check_every_theme(app: SpeechReaderApp, pilot: Any, widget: Widget) -> None:
    for theme in colour_themes(app):
        app.theme = theme
        await pilot.pause()
        widget.refresh()
        await pilot.pause()
        drawn = highlighted_contrasts(app, widget)
        assert drawn, f"no highlighted row drawn in {theme} ({type(widget).__name__})"
        poor = [(ratio, text) for ratio, text in drawn if ratio < MIN_CONTRAST]
        assert not poor, (theme, type(widget).__name__, poor)


async def test_bookmarks_and_notebook_rows(speech_file: Path, clipboard: FakeClipboard) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)  # two quotes, at two sentences
        await pilot.press("m")
        await pilot.press("apostrophe")
        await pilot.pause()
        await check_every_theme(app, pilot, app.screen.query_one(OptionList))
        await pilot.press("escape")
        await pilot.press("ctrl+n")
        await pilot.pause()
        await check_every_theme(app, pilot, app.screen.query_one(OptionList))


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_outline_file_tree_and_keyword_rows(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await check_every_theme(app, pilot, screen.outline)
        screen.filetree.focus()
        await pilot.pause()
        await check_every_theme(app, pilot, screen.filetree)
        await pilot.press("K")
        await keywords_ready(app, pilot)
        assert screen.keyword_panel.current_keywords()
        await check_every_theme(app, pilot, screen.keyword_panel.options)


@pytest.mark.parametrize("query", ["营商"])
async def test_command_palette_rows(speech_file: Path, query: str) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for theme in colour_themes(app):
            app.theme = theme
            await open_palette(pilot, query)
            for _ in range(50):
                await pilot.pause()
                if app.screen.query("CommandList.--visible"):
                    break
            await pilot.pause()
            palette_list = app.screen.query_one("CommandList", OptionList)
            drawn = highlighted_contrasts(app, palette_list)
            assert drawn, f"no highlighted row drawn in {theme}"
            poor = [(ratio, text) for ratio, text in drawn if ratio < MIN_CONTRAST]
            assert not poor, (theme, poor)
            await pilot.press("escape")
            await pilot.pause()
