"""State that cannot be saved or read, told in English under ``--lang en``."""

from __future__ import annotations

import json
from pathlib import Path

from textual.message import Message

from tests.ui.conftest import settle, until
from tests.ui.test_quotes_ui import SIZE
from tests.ui.test_state_ui import titled
from tests.unit.test_ui_text import IDEOGRAPH
from tui import ui_text
from tui.app import make_app


async def test_a_state_that_cannot_be_saved_is_told_in_english(
    speech_dir: Path, isolated_home: Path
) -> None:
    isolated_home.mkdir()
    blocker = isolated_home / "state"
    blocker.write_text("x", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt", language="en")
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "m")

        def told() -> list[str]:
            # the file in the folder's place, once, naming what failed first: the bookmark,
            # or on a loaded machine the position timer's save that came before the keys
            return [
                message
                for what in ("bookmarks", "reading position")
                for message in titled(seen, f"Could not save the {what} or the rest")
            ]

        await until(pilot, lambda: bool(told()), "the blocked state told")
        assert told() in (
            [
                f"{blocker} is a file, not a folder: the {what} and all else the reader keeps "
                "under it cannot be saved. All works as usual in this run but is not kept after "
                "you quit; the same problem is not told again."
            ]
            for what in ("bookmarks", "reading position")
        ), told()
        await pilot.press("q")
    left = app.unsaved.current  # said again on the terminal at the end
    assert left in (
        {str(blocker): f"{blocker} is a file, not a folder: the {what} and the rest were not saved"}
        for what in ("bookmarks", "reading position")
    ), left
    assert not IDEOGRAPH.search(left[str(blocker)])


async def test_a_damaged_state_file_is_told_in_english(
    speech_dir: Path, isolated_home: Path
) -> None:
    """``speech-reader --lang en`` sets the language before the state is read (tui.cli.main)."""
    state = isolated_home / "state"
    state.mkdir(parents=True)
    (state / "bookmarks.json").write_text(json.dumps({"not": "a list"}), encoding="utf-8")
    ui_text.set_language("en")
    app = make_app(speech_dir / "甲讲话.txt", language="en")
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        (told,) = titled(seen, "A state file has a problem")
        (aside,) = state.glob("bookmarks.json.corrupt-*")
        assert told == (
            "bookmarks.json is damaged (should be a list, is an object); it was set aside as "
            f"{aside}, and the reader starts afresh."
        )
