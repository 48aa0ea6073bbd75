"""While the keywords of a big file are computed (many seconds), the keyword panel says of
how many speeches and for how long, and the reader answers keys meanwhile: "关键词计算中…"
alone, for many seconds, looked stuck."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import SPEECH_FILE, settle, until
from tui.app import make_app
from tui.jobs import keyword_feed
from tui.ui_text import Language
from tui.widgets import keywords as keywords_module

WAITED = re.compile(r"已用 (\d+) 秒，不影响阅读$")
"""The heading's second line while the keywords are computed (``ui_text.KEYWORDS_WAITED``)."""


@pytest.fixture
def held_keywords(monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """The keywords' computing (``keyword_feed.prioritised_keywords``) waits until the event
    is set, then finds none: what the panel shows meanwhile, with no jieba at all. No time
    limit: a test that fails before setting it ends its app, which cancels the worker (a
    20 s limit ran out on a loaded machine, and the computing "failed" in the test's log)."""
    release = asyncio.Event()

    async def held(*args: Any, **kwargs: Any) -> list[list[Any]]:
        await release.wait()
        return []

    monkeypatch.setattr(keyword_feed, "prioritised_keywords", held)
    monkeypatch.setattr(keywords_module, "WAIT_TICK", 0.1, raising=False)
    return release


async def test_the_panel_says_what_it_waits_for_and_the_reader_answers(
    tmp_path: Path, held_keywords: asyncio.Event
) -> None:
    second = SPEECH_FILE.replace("全市优化营商环境大会", "全区作风建设会议")
    third = SPEECH_FILE.replace("全市优化营商环境大会", "全县项目建设推进会")
    path = tmp_path / "三篇.txt"
    path.write_text(SPEECH_FILE + second + third, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        panel = screen.keyword_panel
        assert screen.reader.document is not None and len(screen.reader.document.speeches) == 3
        panel.ready = True  # jieba is loaded (the computing of the keywords is held)
        await pilot.press("K")
        await until(pilot, lambda: panel.wanted and panel.display, "the panel shown")

        def heading() -> str:
            return panel.heading.text

        def waited() -> int:
            """The seconds the heading says were waited (0 before the first)."""
            said = WAITED.search(heading())
            return int(said.group(1)) if said else 0

        await until(pilot, lambda: "3 篇讲话" in heading(), "the heading says of what")
        assert heading().startswith("正在计算全文 3 篇讲话的关键词…")
        # Read one pause at a time, the heading is seen when the pause ends: on a loaded
        # machine a pause took over a second (the app redraws the heading every tick), so
        # "已用 1 秒" could come and go unseen. Any count is the count; it must grow.
        await until(pilot, lambda: waited() >= 1, "the wait counted")
        first = waited()
        assert heading().endswith(f"已用 {first} 秒，不影响阅读")
        # The reader answers keys meanwhile.
        screen.reader.focus()
        before = screen.reader.cursor
        await pilot.press("down")
        await until(pilot, lambda: screen.reader.cursor != before, "the reader's cursor moved")
        await until(pilot, lambda: waited() > first, "the wait counted on")
        app.switch_language("en")
        await until(pilot, lambda: "speeches" in heading(), "the heading in English")
        assert heading().startswith("Finding the keywords of all 3 speeches…")
        held_keywords.set()
        await until(pilot, lambda: panel.computed or "speeches" not in heading(), "done")
        await pilot.pause(0.3)  # (a tick after the end would say the wait again)
        assert "so far" not in heading() and "speeches" not in heading(), heading()


@pytest.mark.parametrize("columns", [80, 100, 160])
async def test_the_heading_keeps_a_number_with_its_word(
    tmp_path: Path, held_keywords: asyncio.Event, columns: int
) -> None:
    """In the keyword panel at 80x24 the heading read "正在计算全文 6" | "篇讲话的关键词…"
    (Textual broke it at the space after the number): broken by the reader's rules now,
    a number stays with its word, in both languages."""
    speeches = [SPEECH_FILE.replace("全市优化营商环境大会", f"第{n}次会议") for n in range(6)]
    path = tmp_path / "六篇.txt"
    path.write_text("".join(speeches), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(columns, 24)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        panel = screen.keyword_panel
        assert screen.reader.document is not None and len(screen.reader.document.speeches) == 6
        panel.ready = True
        await pilot.press("K")

        def rows() -> list[str]:
            heading = panel.heading
            return [heading.render_line(y).text.rstrip() for y in range(heading.size.height)]

        parted = []
        said: list[tuple[Language, str]] = [("zh", "篇讲话的关键词"), ("en", "speeches")]
        for language, word in said:
            app.switch_language(language)

            def shown_in_full(word: str = word) -> bool:
                return word in "".join(rows())

            await until(pilot, shown_in_full, "the heading said")
            shown = rows()
            assert any("6" in row for row in shown), shown
            parted += [
                (language, a, b) for a, b in zip(shown, shown[1:], strict=False) if a.endswith("6")
            ]
        assert not parted, parted
        held_keywords.set()
