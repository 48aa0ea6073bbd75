"""A notice standing over a dialog's border keeps every Chinese character
(``tui.textual_fixes``; Textual issue 6357): the screen the app writes, full and partial."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.segment import Segment
from textual._compositor import ChopsUpdate, Compositor
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from tests.ui.conftest import drawn_lines, drawn_toasts, screen_text, settle
from tui import textual_fixes
from tui.app import make_app
from tui.screens.notebook import NotebookScreen

NOTICE = "摘录文件已经存在，导出会覆盖它。再按一次回车仍然导出，按退出键取消这次导出。"
SHIFTS = ("", "a", "ab")
"""Latin letters put before the notice: each moves its characters one cell, so a wide
character stands on the notebook's border column in one of them at least."""

ORIGINAL = textual_fixes.TEXTUAL_METHODS


async def _notices_over_border(
    app: App[Any], pilot: Pilot[Any]
) -> AsyncIterator[tuple[str, Widget]]:
    """Each shifted notice shown over the notebook in turn: (the screen's text, the toast)."""
    await settle(app, pilot)
    await pilot.press("ctrl+n")
    await settle(app, pilot)
    assert isinstance(app.screen, NotebookScreen)
    dialog = app.screen.query_one("NotebookScreen > Vertical").region
    for shift in SHIFTS:
        app.clear_notifications()
        app.notify(shift + NOTICE, timeout=60)
        # This notice's toast, not the last one's, still there until its removal runs.
        (toast,) = await drawn_toasts(app, pilot, 1, messages=[shift + NOTICE])
        # The toast covers the dialog's left or right border column.
        assert toast.region.x < dialog.right - 1 < toast.region.right or (
            toast.region.x < dialog.x < toast.region.right
        ), (toast.region, dialog)
        yield screen_text(app), toast


def _missing(text: str, toast: Widget) -> list[str]:
    return [line for line in drawn_lines(toast) if line not in text]


async def test_a_notice_over_a_dialog_border_keeps_every_character(speech_file: Path) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=(110, 36), notifications=True) as pilot:
        async for text, toast in _notices_over_border(app, pilot):
            assert _missing(text, toast) == []


async def test_textual_alone_loses_a_character_there(
    speech_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same notices with Textual's own compositor lose a character (so the test above
    can fail)."""
    app = make_app(speech_file)
    for name, method in ORIGINAL.items():
        monkeypatch.setattr(Compositor, name, method)
    async with app.run_test(size=(110, 36), notifications=True) as pilot:
        lost = [_missing(text, toast) async for text, toast in _notices_over_border(app, pilot)]
    assert any(lost), lost


CSI = re.compile(r"\x1b\[([0-9;]*)([A-Za-z])")


def _written(update: ChopsUpdate, rows: list[list[str]]) -> None:
    """Write a partial update's output (as the app sends it to the terminal) into
    ``rows`` of cells (a wide character's second cell is ""), as a terminal does: a wide
    character half overwritten is gone."""
    output = update.render_segments(Console(color_system="truecolor"))
    x = y = 0
    at = 0
    for match in [*CSI.finditer(output), None]:
        text = output[at : match.start() if match else len(output)]
        for char in text.replace("\n", ""):
            width = Segment(char).cell_length
            row = rows[y]
            for cell in range(x, x + width):
                if row[cell] == "":  # the second half of a wide character
                    row[cell - 1] = " "
                if cell + 1 < len(row) and row[cell + 1] == "" and row[cell] != "":
                    row[cell + 1] = " "
            row[x : x + width] = [char, ""][:width]
            x += width
        if match is None:
            break
        at = match.end()
        if match.group(2) == "H":
            y, x = (int(n) - 1 for n in match.group(1).split(";"))


def _cells(line: str) -> list[str]:
    return [
        cell for char in line for cell in ([char, ""] if Segment(char).cell_length == 2 else [char])
    ]


@pytest.mark.parametrize("fixed", [True, False])
async def test_a_partial_update_writes_a_notice_whole(
    speech_file: Path, monkeypatch: pytest.MonkeyPatch, fixed: bool
) -> None:
    """A redraw of a region that starts inside a notice and ends at the dialog's border
    under it: the screen after the partial update still holds the whole notice. Without
    the partial update's part of the fix (Textual's own with the chops' part), the
    undivided piece is cut at the border."""
    app = make_app(speech_file)
    if not fixed:
        monkeypatch.setattr(Compositor, "render_partial_update", ORIGINAL["render_partial_update"])
    async with app.run_test(size=(110, 36), notifications=True) as pilot:
        lost = []
        async for text, toast in _notices_over_border(app, pilot):
            rows = [_cells(line) for line in text.split("\n")]
            dialog = app.screen.query_one("NotebookScreen > Vertical").region
            left = toast.region.x + 3
            dirty = Region(left, toast.region.y, dialog.right - left, toast.region.height)
            compositor = app.screen._compositor
            compositor._dirty_regions.add(dirty)
            update = compositor.render_partial_update()
            assert isinstance(update, ChopsUpdate)
            _written(update, rows)
            lost.append(_missing("\n".join("".join(row) for row in rows), toast))
    if fixed:
        assert lost == [[]] * len(SHIFTS)
    else:
        assert any(lost), lost


def test_the_fix_refuses_a_changed_method(caplog: pytest.LogCaptureFixture) -> None:
    """A compositor whose method is not Textual 8.2.8's is left alone, with a warning."""

    class Changed(Compositor):
        def _render_chops(self, *args: Any) -> Any:  # type: ignore[override]
            return super()._render_chops(*args)

    assert "_render_chops" in textual_fixes.changed_methods(Changed)
    with caplog.at_level(logging.WARNING, logger="tui.textual_fixes"):
        assert textual_fixes.apply(Changed) is False
    assert Changed.__dict__["_render_chops"] is not textual_fixes._render_chops
    assert "render_partial_update" not in Changed.__dict__
    assert "6357" in caplog.text and "_render_chops" in caplog.text
    # Textual's own methods are accepted and replaced.
    same = type("Same", (Compositor,), dict(ORIGINAL))
    assert textual_fixes.changed_methods(same) == []
    assert textual_fixes.apply(same) is True
    assert same.__dict__["_render_chops"] is textual_fixes._render_chops


def test_the_app_applies_the_fix(speech_file: Path) -> None:
    make_app(speech_file)
    assert Compositor._render_chops is textual_fixes._render_chops
    assert Compositor.render_partial_update is textual_fixes._render_partial_update
