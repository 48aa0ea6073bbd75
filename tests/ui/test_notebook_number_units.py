"""The notebook list never parts a number from its unit: "第49页" wrapped with 页 alone
on the next line (the citation and the quote's place, at the list's edge)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.ui.conftest import SPEECH_FILE, settle, until
from tui.app import make_app
from tui.engine.quotes import Quote, QuoteKind
from tui.notebook import Notebook
from tui.screens.notebook import NotebookScreen

PARTED = re.compile(r"[0-9]\n[页行篇]")
TIME_PARTED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\s*\n\s*[0-9]{2}:[0-9]{2}")
"""A quote's date on one line, its time on the next (newuser23 at 80×24)."""


async def notebook_open(pilot: Pilot[Any]) -> None:
    """ctrl+n, and the notebook waited for, laid out (a pause can end before it is pushed)."""
    await pilot.press("ctrl+n")

    def laid_out() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, NotebookScreen) and screen.query_one(OptionList).size.width > 0

    await until(pilot, laid_out, "the notebook laid out")


async def resized(pilot: Pilot[Any], columns: int, rows: int) -> None:
    """The terminal made ``columns`` × ``rows`` and the notebook laid out at that size (its
    list wrapped again in the same handling): the app takes a resize on a timer, and a
    pause on a loaded machine ended before it, so the list read was the last width's."""
    await pilot.resize_terminal(columns, rows)
    await until(pilot, lambda: pilot.app.screen.size == (columns, rows), f"laid out at {columns}")


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
    # 20 rows: the prompt is wrapped to the list's width alone, and each of the 61 widths
    # lays out and draws the whole screen (about 30 ms of CPU more at 40 rows).
    async with app.run_test(size=(80, 20)) as pilot:
        await settle(app, pilot)
        await notebook_open(pilot)
        assert isinstance(app.screen, NotebookScreen)
        seen: set[str] = set()
        for columns in range(60, 121):
            await resized(pilot, columns, 20)
            options = app.screen.query_one(OptionList)
            prompt = str(options.get_option_at_index(0).prompt)
            seen.add(prompt)
            assert "第49页" in prompt.replace("\n", "")
            assert not PARTED.search(prompt), (columns, prompt)
            assert not TIME_PARTED.search(prompt), (columns, prompt)
        assert len(seen) > 10  # the list was wrapped again at many widths


QUOTE = "营商环境是企业生存发展的土壤，要抓好招商引资。"


async def test_the_list_is_wrapped_to_its_width_however_narrow(tmp_path: Path) -> None:
    """Under 10 cells the list was wrapped at a 76-cell guess and Textual broke the lines
    again anywhere (by its own rules, not the reader's): each line now fits the option's
    room (two cells at least: a wide character), the quote's characters in order, at every
    width."""
    from rich.cells import cell_len

    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    Notebook().add(
        Quote(
            text=QUOTE,
            source="《讲话》",
            section="一、提高认识",
            speech="讲话",
            file=str(speech),
            line=3,
            kind=QuoteKind.SENTENCE,
        )
    )
    app = make_app(speech)
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(app, pilot)
        await notebook_open(pilot)
        assert isinstance(app.screen, NotebookScreen)
        rooms: set[int] = set()
        for columns in range(30, 7, -1):
            await resized(pilot, columns, 30)
            options = app.screen.query_one(OptionList)
            padding = options.get_component_styles("option-list--option").padding.width
            room = options.scrollable_content_region.width - padding
            rooms.add(room)
            lines = str(options.get_option_at_index(0).prompt).split("\n")
            assert all(cell_len(line) <= max(room, 2) for line in lines), (columns, room, lines)
            text = "".join(lines).replace("…", "")
            assert text.startswith(QUOTE[: len(text.split("——")[0])]), (columns, lines)
        assert min(rooms) <= 2 and max(rooms) > 10  # (the narrow widths were reached)


def cells(row: str, start: int, end: int) -> str:
    """The characters of a screen row drawn in cells ``start`` to ``end``."""
    from rich.cells import cell_len

    taken, at = [], 0
    for character in row:
        if start <= at and at + cell_len(character) <= end:
            taken.append(character)
        at += cell_len(character)
    return "".join(taken)


async def test_the_title_is_wrapped_by_the_reader_s_rules_however_narrow(tmp_path: Path) -> None:
    """The title (摘录本 · 1 条) is drawn as the reader's rules wrap it to its room, at
    every width: Textual wrapped it by its own (at 10 columns "摘录本" above "· 1 条", a
    middle dot at a line's start)."""
    from tests.ui.conftest import screen_text
    from tui.engine.wrap import wrap_text

    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    Notebook().add(Quote("要抓落实。", "《讲话》", "", "讲话", str(speech), 3, QuoteKind.SENTENCE))
    app = make_app(speech)
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(app, pilot)
        await notebook_open(pilot)
        wrapped: set[str] = set()
        for columns in range(30, 7, -1):
            await resized(pilot, columns, 30)
            title = app.screen.query_one("#notebook-title")
            region = title.content_region
            rows = screen_text(app).splitlines()[region.y : region.bottom]
            drawn = [cells(row, region.x, region.right).rstrip() for row in rows]
            expected = wrap_text("摘录本 · 1 条", region.width).split("\n")
            assert drawn == [line.rstrip() for line in expected], (columns, drawn)
            wrapped.add("\n".join(drawn))
        assert len(wrapped) >= 3  # one, two and more lines were seen


async def test_the_notebook_s_keys_stand_on_one_line_at_100_columns(tmp_path: Path) -> None:
    """Its eleven keys took two lines at 100 columns (one line of 109 cells where 93 were
    free): one space apart when short of room, as the footer's, and their short names,
    in both languages; every key still beside what it does."""
    from textual.binding import Binding

    from tests.ui.conftest import screen_text
    from tui import ui_text
    from tui.screens.notebook import HINTS
    from tui.widgets.keybar import KeyHints

    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    for language in ("zh", "en"):
        app = make_app(speech, language=language)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(app, pilot)
            await notebook_open(pilot)
            keys = app.screen.query_one("#notebook-keys", KeyHints)
            assert keys.size.height == 1, language
            row = screen_text(app).splitlines()[keys.region.y]
            for bound, action in HINTS:
                shown = app.get_key_display(Binding(bound, ""))
                assert f" {shown} {ui_text.shown(action, short=True)}" in row, (language, row)
