"""The find bar while no text is shown (a binary named .txt, seen in tmux after a corpus
search's hit; an empty file: test_search_ui) says there is no text to search: it said
"/ 一网通办 无匹配", and Enter "本文没有“一网通办”。", as if the term had been looked for in
a file that was never read (the reader says why). The next file shown is counted."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from textual.message import Message

from tests.ui.conftest import settle
from tests.ui.test_quotes_ui import notices
from tui import ui_text
from tui.app import make_app


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_find_bar_says_a_file_that_cannot_be_shown_has_no_text_to_search(
    speech_dir: Path, language: str
) -> None:
    binary = speech_dir / "二进制.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = make_app(speech_dir / "甲讲话.txt", language=language)
    seen: list[Message] = []
    async with app.run_test(size=(120, 36), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("slash", *"一网通办", "enter")
        await settle(app, pilot)
        counted = str(screen.find_bar.status.render())
        assert counted and counted != ui_text.FIND_NO_TEXT(), counted
        screen.open_file(binary)
        await settle(app, pilot)
        assert screen.reader.document is None and screen.find_bar.is_open
        none = {"zh": "没有可查找的文字", "en": "no text to search"}
        assert str(screen.find_bar.status.render()) == none[language]
        seen.clear()
        await pilot.press("slash", "enter")  # Enter: no "not in this file"
        await settle(app, pilot)
        assert [message for _, message in notices(seen)] == [none[language]]
        other: Literal["zh", "en"] = "en" if language == "zh" else "zh"
        app.switch_language(other)  # said again, in the other language
        await pilot.pause()
        assert str(screen.find_bar.status.render()) == none[other]
        screen.open_file(speech_dir / "乙讲话.txt")
        await settle(app, pilot)
        again = str(screen.find_bar.status.render())
        assert again and again not in none.values(), again
