"""Speech N from the outline: digits typed in the outline pane, then Enter (or ``}``), go
to that speech (a teacher in a collection of hundreds), shown on the status line while
typed as the reader's count is; Esc drops them."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import drawn_toasts, settle, until, until_equal
from tui import ui_text
from tui.app import make_app
from tui.widgets.toasts import shown_notices


def collection(tmp_path: Path, speeches: int = 30) -> Path:
    path = tmp_path / "讲话合集.txt"
    parts = [
        f"同志们：\n今天是第{n}次会议。\n一、形势\n形势很好。\n" for n in range(1, speeches + 1)
    ]
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


async def test_digits_then_enter_in_the_outline_go_to_that_speech(tmp_path: Path) -> None:
    app = make_app(collection(tmp_path))
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        document = screen.reader.document
        assert document is not None and len(document.speeches) == 30
        # The outline is filled a frame after the document (digits before that are not a
        # speech number: a fresh clone's full check once saw the status line never count
        # 23), and focus() takes effect through call_later.
        await until(pilot, lambda: screen.outline.last_line >= 29, "the outline filled")
        screen.outline.focus()
        await until(pilot, lambda: screen.outline.has_focus, "the outline focused")
        await pilot.press("2", "3")
        await until(pilot, lambda: "计数 23" in screen.status.text, "the number on the status line")

        def speech() -> int | None:
            found = document.speech_at(screen.reader.cursor[0])
            return None if found is None else found.index + 1

        await pilot.press("enter")
        await until_equal(pilot, speech, 23, "the reader's speech after 23 Enter")
        assert screen.status.count == 0
        await pilot.press("7", "right_curly_bracket")
        await until_equal(pilot, speech, 7, "the reader's speech after 7}")
        # Esc drops the number: Enter then jumps to the outline's cursor as always.
        await pilot.press("1", "2", "escape")
        await until(pilot, lambda: screen.outline.count == 0, "the number dropped")
        assert screen.status.count == 0 and speech() == 7
        await pilot.press("9", "9", "enter")  # more than there are: the last
        await until_equal(pilot, speech, 30, "the reader's speech after 99 Enter")
        # and says how many there are (in a one-speech file it seemed to do nothing)
        await drawn_toasts(app, pilot, 1, messages=[ui_text.ONLY_SPEECHES(count=30)])


async def test_a_number_beyond_a_one_speech_file_says_so(tmp_path: Path) -> None:
    """newuser24 F8: ``16`` Enter in a law's outline (one speech) moved nothing and said
    nothing; a number within the file's speeches says nothing."""
    app = make_app(collection(tmp_path, speeches=1))
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await until(pilot, lambda: screen.outline.last_line >= 0, "the outline filled")
        screen.outline.focus()
        await until(pilot, lambda: screen.outline.has_focus, "the outline focused")
        await pilot.press("1", "enter")
        await settle(app, pilot)
        assert not shown_notices(app.screen)
        await pilot.press("1", "6", "enter")
        await drawn_toasts(app, pilot, 1, messages=[ui_text.ONLY_SPEECHES(count=1)])
        assert "只有 1 篇" in ui_text.ONLY_SPEECHES(count=1)
