"""The search index's note on the status line at 30-60 columns (ui152): below about 54
columns in English "Indexing for search 163/3131 │ read 6%" was wider than the line and
never cut. Now it fits, cut with "…" (no wide character split), its counts kept."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult

from tui import ui_text
from tui.ui_text import Language
from tui.widgets.status import StatusLine

CRUMBS = ("济源讲话三篇", "三、乘势而上，坚决打好高质量发展主动仗")


class OneLine(App[None]):
    def compose(self) -> ComposeResult:
        yield StatusLine()


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("width", range(30, 61))
async def test_the_note_fits_and_keeps_its_counts(language: Language, width: int) -> None:
    before = ui_text.language()
    ui_text.set_language(language)
    try:
        app = OneLine()
        async with app.run_test(size=(width, 3)) as pilot:
            status = app.query_one(StatusLine)
            status.update_status(CRUMBS, 6)
            status.note = ui_text.INDEX_NOTE(done=163, total=3131)
            await pilot.pause()
            line = status.render().plain
            room = status.content_region.width
            note = status.note
            read = ui_text.READ_PERCENT(percent=6)
    finally:
        ui_text.set_language(before)
    assert cell_len(line) <= room, (width, line)
    assert line.endswith(f"163/3131 │ {read}"), (width, line)
    words = note.rsplit(" ", 1)[0]
    rest = line[: -len(f" 163/3131 │ {read}")]
    cut = [words[:k].rstrip() + "…" for k in range(len(words))]
    assert rest.endswith(words) or any(rest.endswith(head) for head in cut), (width, line)
    if width >= 44:
        assert rest.endswith(words), (width, line)  # 44 columns: the whole note fits
