"""``z`` in a long text with a search open: the noise shown is folded for search on a
thread (the folding kept lacked it), and the search's current match is kept through it."""

from __future__ import annotations

from tests.documents import TRADITIONAL, build_document
from tests.ui.conftest import until
from tests.ui.test_reader import ReaderApp
from tui.engine.model import Document
from tui.reader_search import FOLD_LATER_CHARS
from tui.widgets.reader import ReaderView

LINES = [line for line in TRADITIONAL.splitlines() if line]


def long_with_noise() -> Document:
    """A traditional text longer than ``FOLD_LATER_CHARS`` (folded off the UI thread), a
    page header among its paragraphs."""
    line = "".join(LINES[1:]) * 3
    copies = FOLD_LATER_CHARS // len(line) + 50
    half = [("body", line)] * (copies // 2)
    document = build_document([("大會講話", [*half, ("noise", "關於講話的彙編"), *half])])
    assert sum(len(p.text) for p in document.paragraphs) > FOLD_LATER_CHARS
    return document


async def test_z_keeps_the_current_match_while_the_shown_noise_is_folded() -> None:
    document = long_with_noise()
    total = sum(p.text.count("關於") for p in document.paragraphs)
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        reader.set_search("关于")
        await until(pilot, lambda: not reader.search_pending, "the matches found")
        assert reader.search_status == (0, total - 1)  # the header's hidden
        for _ in range(3):
            assert reader.search_next()
        await pilot.pause()
        current, _ = reader.search_status
        assert current == 3
        match = reader.find.current_match
        assert match is not None
        await pilot.press("z")
        await until(pilot, lambda: not reader.search_pending, "the matches found again")
        assert reader.search_status == (current, total)  # the header's found, the match kept
        assert reader.find.current_match == match
        await pilot.press("z")
        await until(pilot, lambda: not reader.search_pending, "found again, hidden")
        assert reader.search_status == (current, total - 1)


async def test_z_while_the_text_is_being_folded_finds_the_shown_noise_too() -> None:
    """``z`` pressed while the first search's folding is under way: that folding lacks the
    noise now shown; it is folded again with it."""
    document = long_with_noise()
    total = sum(p.text.count("關於") for p in document.paragraphs)
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        reader.set_search("关于")
        assert reader.search_pending
        reader.set_show_noise(True)
        await until(pilot, lambda: not reader.search_pending, "the matches found")
        assert reader.search_status == (0, total)
