"""The interface's language: chosen by --lang, SPEECH_READER_LANG or the last choice, and
switched at once from the command palette (key bars, panes, status, notices, dialogs)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from tests.ui.conftest import palette_lists, screen_text, settle
from tests.unit.test_ui_text import IDEOGRAPH
from tui import ui_text
from tui.app import SpeechReaderApp, make_app
from tui.session import Session
from tui.widgets.keybar import KeyBar, KeyHints


def bar_texts(app: SpeechReaderApp) -> list[str]:
    """What the current screen's key bar says, its palette key last."""
    bar = app.screen.query_one(KeyBar)
    texts = [description for _, _, description, _ in bar.entries]
    if bar.palette_entry is not None:
        texts.append(bar.palette_entry[2])
    return texts


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message of every notice the app gives from now on (through ``App.notify``)."""
    given: list[str] = []
    notify = App.notify

    def recorded(app: App[Any], message: str, **options: Any) -> None:
        given.append(message)
        notify(app, message, **options)

    monkeypatch.setattr(App, "notify", recorded)
    return given


async def switch_from_palette(app: SpeechReaderApp, pilot: Pilot[Any]) -> None:
    """ctrl+p, "language", Enter: the palette's language command."""
    await pilot.press("ctrl+p", *"language")
    await palette_lists(app, pilot, "language")
    await pilot.press("enter")
    await settle(app, pilot)


async def test_the_palette_switches_the_interface_at_once(
    speech_file: Path, isolated_home: Path, notices: list[str]
) -> None:
    """Chinese at first; the palette's command turns the key bar, the keyword pane's title,
    the status line of an untitled speech and the notices English without a restart, and
    remembers the choice; the same command turns it back."""
    app = make_app(speech_file)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")
        await settle(app, pilot)
        screen = app.main_screen
        assert ui_text.language() == "zh"
        assert {"退出", "帮助", "命令面板"} <= set(bar_texts(app))
        heading = screen.keyword_panel.heading
        assert IDEOGRAPH.search(str(heading.render()))

        await switch_from_palette(app, pilot)
        assert ui_text.language() == "en"
        texts = bar_texts(app)
        assert {"Quit", "Help", "Commands"} <= set(texts)
        assert not any(IDEOGRAPH.search(text) for text in texts), texts
        title = str(heading.render())
        assert title and not IDEOGRAPH.search(title), title  # the pane's title
        assert app.title == "Speech reader"
        assert "Interface language: English" in notices

        app.clear_notifications()
        notices.clear()
        await pilot.press("m")  # a notice of the main screen
        await settle(app, pilot)
        assert "Bookmark added" in notices

        # Remembered at once, in session.json (written atomically like the rest of it).
        assert app.session is not None
        stored = json.loads(app.session.paths[0].read_text(encoding="utf-8"))
        assert stored["language"] == "en"

        await switch_from_palette(app, pilot)
        assert ui_text.language() == "zh"
        assert {"退出", "帮助", "命令面板"} <= set(bar_texts(app))
        assert IDEOGRAPH.search(str(heading.render()))
        assert "界面语言：中文" in notices


async def test_a_dialog_switches_with_the_interface(speech_file: Path) -> None:
    """The bookmarks dialog open, the language switched over it: its title, its keys and
    its key hints change; a dialog opened afterwards is English from the start."""
    app = make_app(speech_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("m", "apostrophe")
        await settle(app, pilot)
        title = app.screen.query_one("#bookmarks-title", Static)
        assert str(title.render()) == "书签"
        assert "第" in screen_text(app)  # "第N行"
        await switch_from_palette(app, pilot)
        dialog = app.screen
        assert dialog.query_one("#bookmarks-title", Static) is title
        assert str(title.render()) == "Bookmarks"
        hints = dialog.query_one(KeyHints)
        hint_text = "\n".join(line.plain for line in hints.lines(200))
        assert "Go" in hint_text and "跳转" not in hint_text
        assert re.search(r"line \d+", screen_text(app))
        await pilot.press("escape", "ctrl+n")  # the notebook, opened in English
        await settle(app, pilot)
        assert str(app.screen.query_one("#notebook-title", Static).render()).startswith(
            "Notebook · "
        )


async def test_help_follows_the_language(speech_file: Path) -> None:
    """The help screen's groups, descriptions and the keys of other places in English; an
    open help screen is built again when the language is switched over it."""
    from tui.screens.help import HelpScreen

    app = make_app(speech_file, language="en")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for expected in ("General", "Quit", "Next sentence", "Keys"):
            assert expected in text, expected
        titles = [title for title, _ in app.screen.elsewhere]
        assert titles and not any(IDEOGRAPH.search(title) for title in titles), titles
        rows = [d for _, found in app.screen.elsewhere for _, d in found]
        assert rows and not any(IDEOGRAPH.search(d) for d in rows), rows
        await switch_from_palette(app, pilot)
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "通用" in text and "退出" in text


@pytest.mark.parametrize("how", ["flag", "environment", "stored"])
async def test_the_language_at_start(
    how: str, speech_file: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang en (remembered for the next start), SPEECH_READER_LANG=en, or English chosen
    last time: the first frame is English."""
    language = None
    if how == "flag":
        language = "en"
    elif how == "environment":
        monkeypatch.setenv(ui_text.ENVIRONMENT, "en")
    else:
        session = Session()
        session.set_language("en")
        session.save()
    app = make_app(speech_file, language=language)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert {"Quit", "Help"} <= set(bar_texts(app))
        await pilot.press("q")
    if how == "flag":
        assert app.session is not None
        stored = json.loads(app.session.paths[0].read_text(encoding="utf-8"))
        assert stored["language"] == "en"


async def test_the_flag_wins_over_the_stored_choice(speech_file: Path) -> None:
    session = Session()
    session.set_language("en")
    session.save()
    app = make_app(speech_file, language="zh")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert "退出" in bar_texts(app)


def shown_entries(app: SpeechReaderApp) -> int:
    """How many of the key bar's entries the bottom line shows (each whole)."""
    bar = app.screen.query_one(KeyBar)
    line = screen_text(app).splitlines()[-1]
    return sum(f" {shown} {description} " in line for _, shown, description, _ in bar.entries)


async def test_english_fits_at_80_by_24(speech_file: Path) -> None:
    """At 80×24 in English: the key bar keeps help and the palette key, draws only whole
    entries, and about as many as in Chinese (its short English); the bookmarks dialog's
    key hints are each shown whole."""
    chinese = make_app(speech_file)
    async with chinese.run_test(size=(80, 24)) as pilot:
        await settle(chinese, pilot)
        in_chinese = shown_entries(chinese)
    app = make_app(speech_file, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        bar = app.screen.query_one(KeyBar)
        line = screen_text(app).splitlines()[-1]
        assert "? Help" in line and "^p Commands" in line, line
        for _, shown, description, _ in bar.entries:
            # an entry is drawn whole or not at all
            assert f" {shown} {description} " in line or f" {shown} " not in line, line
        assert shown_entries(app) >= in_chinese - 1, (line, in_chinese)
        await pilot.press("m", "apostrophe")
        await settle(app, pilot)
        from tui.screens.bookmarks import BookmarksScreen

        assert isinstance(app.screen, BookmarksScreen), app.screen
        app.clear_notifications()  # "Bookmark added" would cover the dialog's corner
        await pilot.pause()
        text = screen_text(app)
        for _, description in app.screen.query_one(KeyHints).hints:
            assert ui_text.shown(description) in text, text


async def test_untitled_speeches_are_named_in_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Speeches without a title are "第2篇：…" in the outline and the status line, and
    "Speech 2: …" once switched to English."""
    from tests.documents import build_document
    from tui.engine.model import Document

    path = tmp_path / "讲话两篇.txt"
    path.write_text("占位", encoding="utf-8")
    document = build_document(
        [
            (None, [("body", "第一篇讲话的正文。"), ("h1", "一、要讲清楚。")]),
            (None, [("body", "第二篇讲话的正文。"), ("h1", "一、要做扎实。")]),
        ],
        path=str(path),
    )

    def load(_: object) -> Document:
        return document

    monkeypatch.setattr("tui.jobs.load", load)
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("right_curly_bracket")  # the second speech
        await settle(app, pilot)

        def outline_names() -> list[str]:
            return [str(node.label) for node in screen.outline.root.children]

        assert any("第2篇" in name for name in outline_names()), outline_names()
        assert "第2篇" in screen.status.text
        await switch_from_palette(app, pilot)
        assert any("Speech 2: " in name for name in outline_names()), outline_names()
        assert not any("第2篇" in name for name in outline_names())
        assert "Speech 2: " in screen.status.text, screen.status.text


async def test_a_file_that_cannot_be_shown_says_why_in_english(tmp_path: Path) -> None:
    """The engine's errors carry an English message: the reader shows it, and the status
    line says the file cannot be shown, in English."""
    bad = tmp_path / "损坏的文件.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    app = make_app(bad, language="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "This is not a text file" in text
        assert "这不是文本文件" not in text
        assert "cannot be shown" in app.main_screen.status.text
