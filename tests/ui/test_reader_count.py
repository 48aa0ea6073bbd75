"""A count typed before a movement key in the reader: ``3]``, ``5j``, ``2}``, ``50%``,
``120G``; shown on the status line while typed; dropped by Esc, by any other key (which
then does what it always does) and by the reader losing the focus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events

from tests.documents import build_document
from tests.ui.conftest import sample_document, settle, until
from tests.ui.test_reader import ReaderApp, cursor_rows, visible_positions
from tui import ui_text
from tui.app import make_app
from tui.engine.model import Kind
from tui.reader_layout import ReaderLayout
from tui.widgets.reader import ReaderView


def headings_of(app: ReaderApp) -> list[int]:
    return [i for i, p in enumerate(app.document.paragraphs) if p.kind is Kind.HEADING]


async def test_a_count_repeats_sentence_heading_and_speech_moves() -> None:
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(app.document)
        headings = headings_of(app)
        await pilot.press("5", "j")
        assert reader.cursor == order[5]
        assert reader.count == 0
        await pilot.press("2", "k")
        assert reader.cursor == order[3]
        await pilot.press("g", "3", "right_square_bracket")
        assert reader.cursor == (headings[2], 0)
        assert cursor_rows(reader)[0] == int(reader.scroll_offset.y)  # at the top, as ]
        await pilot.press("2", "left_square_bracket")
        assert reader.cursor == (headings[0], 0)
        await pilot.press("1", "2", "j")  # two digits: twelve
        assert reader.cursor == order[order.index((headings[0], 0)) + 12]
        await pilot.press("9", "9", "right_curly_bracket")  # as far as there is: one move
        assert reader.cursor == (app.document.speeches[1].first, 0)
        assert app.said == []  # it moved, so no "last speech" notice


async def test_a_count_is_one_move_and_stops_at_the_end() -> None:
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(app.document)
        await pilot.pause()
        app.moves.clear()
        await pilot.press("1", "0", "j")
        await pilot.pause()
        assert app.moves == [order[10]]  # not ten moves (ten outline and status updates)
        await pilot.press("9", "9", "9", "9", "j")
        assert reader.cursor == order[-1]
        await pilot.press("G", "3", "right_square_bracket")  # none further: said so
        assert app.said == [ui_text.LAST_HEADING()]


async def test_percent_and_line_with_a_count() -> None:
    app = ReaderApp(sample_document(sections=4, body=8))
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("5", "0", "percent_sign")
        assert 50 <= reader.percent_read <= 55
        assert cursor_rows(reader)[0] == int(reader.scroll_offset.y)
        await pilot.press("1", "0", "0", "percent_sign")
        assert reader.cursor == visible_positions(app.document)[-1]
        await pilot.press("percent_sign")  # without a count: a hint, no move
        assert reader.cursor == visible_positions(app.document)[-1]
        assert app.said[-1] == ui_text.PERCENT_NEEDS_COUNT()
        paragraphs = app.document.paragraphs
        target = next(i for i, p in enumerate(paragraphs) if p.kind is Kind.HEADING and i > 10)
        line = paragraphs[target].line
        await pilot.press(*str(line), "G")
        assert reader.cursor == (target, 0)
        await pilot.press("g")  # g and G without a count: the ends, as before
        assert reader.cursor == visible_positions(app.document)[0]
        await pilot.press(*str(line), "g")
        assert reader.cursor == (target, 0)


async def test_esc_and_other_keys_drop_the_count() -> None:
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(app.document)
        await pilot.press("0")  # a leading 0 is no count
        assert reader.count == 0
        await pilot.press("4")
        assert reader.count == 4
        await pilot.press("escape", "j")
        assert reader.count == 0 and reader.cursor == order[1]
        await pilot.press("5", "x", "j")  # a key bound to nothing: the count is gone too
        assert reader.count == 0 and reader.cursor == order[2]
        await pilot.press("k")
        await pilot.press("3", "v")  # v starts a selection, as always; the 3 is gone
        assert reader.selection is not None and reader.count == 0
        await pilot.press("j")
        assert reader.cursor == order[2]
        await pilot.press("escape", "escape")
        await pilot.press("7")
        reader.blur()
        await pilot.pause()
        assert reader.count == 0


async def test_the_count_shows_on_the_status_line_while_typed(speech_file: Path) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        status = app.main_screen.status
        before = status.text
        await pilot.press("1", "2")
        await pilot.pause()
        assert "计数 12" in status.text
        await pilot.press("escape")
        await pilot.pause()
        assert status.text == before
        await pilot.press("2", "right_square_bracket")
        await pilot.pause()
        assert "计数" not in status.text
        assert app.main_screen.reader.count == 0


async def test_digits_typed_fast_keep_their_order() -> None:
    # Keys sent without waiting between them, as a terminal delivers fast typing (Pilot's
    # press waits for the app to be idle after each key). A digit handled by its binding's
    # action, which runs after the key has bubbled up to the app, made "1 2 j" a 22.
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(app.document)
        for key in "12j":
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await until(pilot, lambda: reader.cursor != order[0], "the move")
        assert reader.cursor == order[12]


async def test_a_big_count_steps_a_paragraph_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """``99999j`` walked up to 99,999 sentences one by one on the UI thread; the target is
    worked out a paragraph at a time (at most one step a shown paragraph), landing where
    the one-by-one walk landed."""
    sentences = "".join(f"第{n}句。" for n in range(500))
    items = [("body", sentences) if i % 5 else ("noise", "广告：扫码关注") for i in range(24)]
    document = build_document([("大会讲话", items)])
    app = ReaderApp(document)
    steps: list[int] = []
    walk = ReaderLayout.neighbour

    def counted(layout: ReaderLayout, direction: int, times: int = 1) -> Any:
        steps.append(direction)
        return walk(layout, direction, times)

    monkeypatch.setattr(ReaderLayout, "neighbour", counted)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(document)
        assert len(order) > 9000
        blocks = len(reader.text_layout.blocks)
        at = 0
        for count, key in [
            (5000, "j"), (499, "j"), (1, "j"), (2999, "k"), (500, "j"), (1, "k"),
            (501, "k"), (99999, "j"), (1, "j"), (7777, "k"), (99999, "k"), (1, "k"),
        ]:  # fmt: skip
            await pilot.press(*str(count), key)
            at = max(0, min(len(order) - 1, at + (count if key == "j" else -count)))
            await until(pilot, lambda: reader.count == 0, "the count taken")
            assert reader.cursor == order[at], (count, key)
            assert len(steps) <= blocks, (count, key, len(steps))
            steps.clear()


@pytest.mark.parametrize(
    "keys",
    [
        # The app reads ESC 3 (what tmux sends for Esc typed just before 3) as alt+3
        # (``tui.textual_fixes.escape_digits_as_alt``), as terminals that say alt do; a real £ is no
        # Esc (tests/ui/test_tree_keys_clipboard_and_scrolling.py).
        {digit: f"alt+{digit}" for digit in "32504"},
    ],
)
async def test_esc_and_a_digit_as_one_key_are_esc_then_the_digit(keys: dict[str, str]) -> None:
    """tmux hands Esc followed at once by a digit over as one key: the digit was lost. The
    reader takes it as Esc (dropping a count, a selection or the search, or restoring a
    maximized pane, as Esc does) and then the digit."""
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(app.document)
        await pilot.press("4", keys["3"])  # Esc drops the 4; the 3 is typed
        assert reader.count == 3
        await pilot.press("j")
        assert reader.cursor == order[3]
        await pilot.press("v", "j", keys["2"])  # Esc drops the selection; then 2
        assert reader.selection is None and reader.count == 2
        await pilot.press("k")
        assert reader.cursor == order[2]
        reader.set_search("营商环境")
        await pilot.press(keys["5"])  # Esc ends the search; then 5
        assert reader.search_term is None and reader.count == 5
        await pilot.press("j")
        assert reader.cursor == order[7]
        await pilot.press("6", keys["0"])  # Esc drops the 6; a 0 alone is no count
        assert reader.count == 0
        await pilot.press("j")
        assert reader.cursor == order[8]
        app.screen.maximize(reader)
        await pilot.press(keys["4"])  # Esc restores the maximized pane first, as Textual's
        assert app.screen.maximized is None and reader.count == 4
