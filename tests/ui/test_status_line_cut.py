"""The status line at narrow widths: the innermost crumbs are kept and the outer ones left
out ("… › "), and a wide character is never split by the cut."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult

from tui.widgets.status import StatusLine

CRUMBS = (
    "济源讲话三篇",
    "Speech 1: 根据会议安排，下面，我重点讲…",
    "三、乘势而上，坚决打好高质量发展主动仗",
    "(六)致力于打造最佳营商环境。",
)


class OneLine(App[None]):
    def compose(self) -> ComposeResult:
        yield StatusLine()


@pytest.mark.parametrize("width", range(30, 61))
async def test_the_innermost_crumb_stays_and_no_wide_character_is_split(width: int) -> None:
    """At 40 columns in tmux (English, the help open over 济源讲话三篇) the line read
    "济源讲… › Speech… › 三、乘… › ( …  34%": the loop that leaves out the outer crumbs
    kept one too many, so the end was cut, the innermost crumb first, and by rich's
    truncate, which put a space where the wide 六 did not fit."""
    app = OneLine()
    async with app.run_test(size=(width, 3)) as pilot:
        status = app.query_one(StatusLine)
        status.update_status(CRUMBS, 34)
        await pilot.pause()
        line = status.render().plain
        left, right = line.rsplit("34%", 1)
        left = left.rstrip()
        assert right == "" and cell_len(line) <= status.content_region.width, (width, line)
        assert "(六)" in left, (width, line)  # the innermost crumb, not the outer ones
        assert " …" not in left, (width, line)  # no wide character replaced by a space
