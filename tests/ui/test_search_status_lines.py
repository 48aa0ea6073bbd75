"""The corpus search's status line too long for the screen puts each bracketed part on a
line of its own, whole: at 80 columns it wrapped inside one ("［建立索引：52/2229" |
"个文件］", seen in tmux while a 2,229-file library was indexed)."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.ui.conftest import settle, until
from tests.ui.test_index_note import held_indexing
from tests.ui.test_search_ui import corpus_search
from tui.app import make_app

__all__ = ["held_indexing"]  # (the fixture, used by name)

QUERY = "营商"


async def test_the_indexing_note_stays_whole_under_a_long_summary(
    speech_dir: Path, held_indexing: threading.Event
) -> None:
    """At 90 columns the summary of 营商 (with the files it scanned) and the note were
    one line broken inside the note: '…已逐个搜索）。　［建立索引：1/3022' | '个文件］'."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(90, 24)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        main.update_index()
        await until(pilot, lambda: main.index_progress() == (1, 3022), "the indexing under way")
        await settle(app, pilot, ("index_folder",))
        screen = await corpus_search(app, pilot)
        await pilot.press(*QUERY, "enter")
        await settle(app, pilot, ("index_folder",))
        status = screen.status

        def lines() -> list[str]:
            return [status.render_line(y).text.strip() for y in range(status.size.height)]

        await until(pilot, lambda: any("建立索引" in line for line in lines()), "the note")
        await pilot.pause()
        assert "［建立索引：1/3022 个文件］" in lines(), lines()
        assert QUERY.split()[0] in lines()[0], lines()
