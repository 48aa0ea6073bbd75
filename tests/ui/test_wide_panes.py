"""The side panes on a wide terminal: the file tree was 26 cells and the outline 32 at any
width, while the reader's lines stop at ``READING_WIDTH`` cells (centred): at 200 columns
the tree cut file names short beside some 20 empty cells on each side of the text. Then
the tree was 16 % from 170 columns: 26 cells at 160 (25 for names) beside a reader with 2
cells more than its lines use, 32 at 200 beside a reader 28 cells over; now 18 % from 160
wherever the reader keeps its whole line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import settle, until_equal
from tui.app import make_app
from tui.widgets.reader import READING_WIDTH


def widths(app: object) -> tuple[int, int, int]:
    """(tree, outline, reader) widths in cells, as laid out."""
    screen = app.main_screen  # type: ignore[attr-defined]
    tree = screen.filetree.outer_size.width if screen.filetree.display else 0
    return tree, screen.outline.outer_size.width, screen.reader.outer_size.width


@pytest.mark.parametrize(
    ("columns", "tree", "outline"),
    [
        (120, 26, 32),  # as before, below WIDE
        (159, 26, 32),
        (160, 28, 32),
        (200, 36, 40),
        (250, 45, 50),
        (320, 45, 50),  # no wider past WIDEST
    ],
)
async def test_side_panes_use_a_wide_terminal(
    speech_dir: Path, columns: int, tree: int, outline: int
) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(columns, 40)) as pilot:
        await settle(app, pilot)
        assert widths(app)[:2] == (tree, outline)
        if columns >= 159:  # the reader keeps room for its whole measure
            reader = app.main_screen.reader
            assert reader.scrollable_content_region.width >= READING_WIDTH


async def test_panes_follow_a_resize_and_a_width_chosen_stays(speech_dir: Path) -> None:
    """Growing and shrinking the terminal moves the panes between the two sizes; a width
    set with > is the user's and stays through it."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        # The layout follows a resize after the styles of the new classes (a frame or
        # more): each width is waited for (``until_equal``), not read after one pause.
        await pilot.resize_terminal(200, 40)
        await settle(app, pilot)
        await until_equal(pilot, lambda: widths(app)[:2], (36, 40), "the panes at 200")
        await pilot.resize_terminal(150, 40)
        await settle(app, pilot)
        await until_equal(pilot, lambda: widths(app)[:2], (26, 32), "the panes at 150")
        await pilot.resize_terminal(200, 40)
        await settle(app, pilot)
        await until_equal(pilot, lambda: widths(app)[:2], (36, 40), "the panes at 200")
        await pilot.press("greater_than_sign")  # the reader has the focus: the outline
        await until_equal(pilot, lambda: widths(app)[1], 42, "the outline after >")
        await pilot.resize_terminal(250, 40)
        await settle(app, pilot)
        await until_equal(pilot, lambda: widths(app)[:2], (45, 42), "the panes at 250")


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_the_keyword_panel_keeps_the_reader_its_measure(speech_dir: Path) -> None:
    """The keyword panel's cells are not the side panes' to take: they grow only while the
    reader keeps its measure beside the panel (at 220 columns, not at 200)."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(220, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")
        await settle(app, pilot)
        await until_equal(pilot, lambda: widths(app)[:2], (39, 44), "the panes beside K")
        assert app.main_screen.reader.scrollable_content_region.width >= READING_WIDTH
        await pilot.resize_terminal(200, 40)
        await settle(app, pilot)
        # 18% and 20% would leave the reader 94 cells (it had 98 with 16%: its lines cut)
        await until_equal(pilot, lambda: widths(app)[:2], (26, 32), "the panes at 200")
        await pilot.press("K")  # the panel closed: the room is theirs again
        await settle(app, pilot)
        await until_equal(pilot, lambda: widths(app)[:2], (36, 40), "the panes, K closed")


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_the_outline_gives_way_to_the_keyword_panel_at_80_columns(
    speech_dir: Path,
) -> None:
    """At 80 columns K left the reader 27 cells (12 characters a line) between the outline
    and the panel (newuser16): the outline gives way while the panel is open, comes back
    when it closes; ctrl+o shows it over the panel and it stays; at 100 columns it stays."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        before = widths(app)[2]
        await pilot.press("K")
        await settle(app, pilot)
        await until_equal(pilot, lambda: screen.outline.display, False, "the outline beside K")
        assert widths(app)[2] >= before - 12  # the panel takes its 30 cells, not 30 + 24
        assert widths(app)[2] >= 40
        await pilot.press("K")
        await settle(app, pilot)
        await until_equal(pilot, lambda: screen.outline.display, True, "the outline, K closed")
        assert widths(app)[2] == before
        await pilot.press("K", "ctrl+o")  # chosen over the panel: it stays
        await settle(app, pilot)
        assert screen.outline.display
        await pilot.resize_terminal(90, 24)
        await settle(app, pilot)
        assert screen.outline.display
        await pilot.press("K")
        await pilot.resize_terminal(100, 30)
        await settle(app, pilot)
        await pilot.press("K")
        await settle(app, pilot)
        assert screen.keyword_panel.display and screen.outline.display
