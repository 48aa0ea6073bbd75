"""The status line at narrow widths: the innermost crumbs are kept and the outer ones left
out ("… › "), and a wide character is never split by the cut."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult

from tests.ui.conftest import settle
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


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("width", [40, 42, 45])
async def test_an_untitled_speech_keeps_its_number(language: str, width: int) -> None:
    """济源讲话三篇 at 40x14 in English, at 60 %: the line read "… › Speech… › 二、聚… ›
    一要把…", speeches 1 and 2 alike; the number is never cut now, as the innermost
    heading's marker is not."""
    from tui.app import make_app
    from tui.paths import bundled_corpus_dir

    app = make_app(bundled_corpus_dir() / "济源讲话三篇.txt", language=language)
    async with app.run_test(size=(width, 14)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("6", "0", "percent_sign")
        await pilot.pause()
        document = screen.reader.document
        assert document is not None
        speech = document.speech_at(screen.reader.cursor[0])
        assert speech is not None and not speech.title and speech.index == 1
        line = screen.status.render().plain
        assert ("Speech 2" if language == "en" else "第2篇") in line, (width, line)
        assert cell_len(line) <= screen.status.content_region.width, (width, line)


@pytest.mark.parametrize(
    ("crumbs", "heads", "room", "wanted"),
    [
        (("甲", "Speech 2: 各位同志，今天", "二、聚焦重点"), ("", "Speech 2"), 30, "Speech 2…"),
        (("甲", "Speech 12: 各位同志", "二、聚焦"), ("", "Speech 12"), 26, "Speech 12…"),
        (("甲", "2018年3月5日 第2篇：各位同志"), ("", "2018年3月5日 第2篇"), 24, "第2篇…"),
        (("甲", "Speech 2"), ("", "Speech 2"), 14, "Speech 2"),  # whole: no "…"
        (("甲", "Speech 2: 各位同志，今天"), (), 13, "Speech…"),  # no head: cut as before
    ],
)
def test_a_crumb_is_not_cut_inside_its_head(
    crumbs: tuple[str, ...], heads: tuple[str, ...], room: int, wanted: str
) -> None:
    from tui.widgets.status import fit_crumbs

    fitted = fit_crumbs(crumbs, room, heads)
    assert fitted[1].endswith(wanted), fitted


@pytest.mark.parametrize("width", range(54, 81))
async def test_the_crumbs_kept_take_the_room_the_left_out_ones_leave(width: int) -> None:
    """At 60 columns in English while the index was built ("Indexing for search
    163/3131 │ read 6%") the line read "… › 二、当…": the innermost crumb stayed cut to
    its share of the three, 8 cells, with 18 cells of room. Now the crumbs kept are fitted
    to the room left: the line is as wide as it may be, or the innermost crumb whole.
    (From 54 columns: narrower, the note leaves under 12 cells, too few for any crumb.)"""
    app = OneLine()
    async with app.run_test(size=(width, 3)) as pilot:
        status = app.query_one(StatusLine)
        status.update_status(CRUMBS, 6)
        status.note = "Indexing for search 163/3131"
        await pilot.pause()
        line = status.render().plain
        left = line.rsplit("Indexing", 1)[0].rstrip()
        right = line[len(left) :].lstrip()
        room = status.content_region.width - cell_len(right) - 2
        assert cell_len(left) <= room, (width, line)
        if left.endswith("…"):
            # each crumb kept cut to one cap: up to a cell less each, and a wide character
            # that did not fit, a cell more
            assert cell_len(left) >= room - 2 * left.count("›"), (width, line)
        else:
            assert left.endswith(CRUMBS[-1]), (width, line)
