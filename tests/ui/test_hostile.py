"""A hostile folder in the app: names and contents never reach the terminal raw (issue #17).

Every surface that shows a file name or text of a file is checked twice: what the
widget holds (labels, prompts, messages) shows the visible placeholders of
``tui.base.safetext``, and what the whole screen renders (every strip the compositor
would write to the terminal, ``screen_text``) holds no ESC, C1, bidi or zero-width
character. Names such as ``[@click=app.quit]x.txt`` show literally.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyperclip
import pytest
from rich.style import Style
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.widgets import OptionList, TextArea

from tests.hostile import (
    BIDI,
    CLICK,
    CONTENTS,
    MARKUP,
    NAMES,
    NOT_UTF8,
    OSC52,
    SHOWN,
    make_hostile_folder,
    unsafe_in,
)
from tests.ui.conftest import open_palette, palette_lists, screen_text, settle, until
from tui.app import SpeechReaderApp, make_app
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.corpus_search import CorpusSearchScreen
from tui.screens.notebook import NotebookScreen
from tui.screens.quote_dialog import QuoteDialog
from tui.session import Session
from tui.widgets.toasts import shown_notices

SIZE = (160, 45)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return make_hostile_folder(tmp_path / "hostile")


@pytest.fixture(autouse=True)
def clipboard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    copies: list[str] = []

    def copy(text: str) -> None:
        copies.append(text)

    monkeypatch.setattr(pyperclip, "copy", copy)
    monkeypatch.setattr(pyperclip, "paste", lambda: copies[-1] if copies else "")
    return copies


def assert_screen_safe(app: App[Any]) -> str:
    text = screen_text(app)
    assert text.strip(), "nothing rendered"
    assert unsafe_in(text) == [], f"raw characters on screen: {unsafe_in(text)!r}"
    return text


async def open_name(app: SpeechReaderApp, pilot: Any, folder: Path, name: str) -> None:
    app.main_screen.open_file(folder / name)
    await settle(app, pilot)


async def test_file_tree_shows_every_hostile_name_as_placeholders(hostile: Path) -> None:
    app = make_app(hostile)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        labels = {
            node.data.path.name: str(node.label)
            for node in tree.root.children
            if node.data is not None
        }
        drawn = [tree.render_label(node, Style(), Style()).plain for node in tree.root.children]
        for name in NAMES:
            assert labels[name] == SHOWN[name]
        assert all(unsafe_in(label) == [] for label in drawn)
        text = assert_screen_safe(app)
        assert "[@click=app.quit]" in text and "[red]red" in text  # literal, not markup
        assert app.is_running


@pytest.mark.parametrize(
    "name", NAMES, ids=["osc52", "clear", "bidi", "zero-width", "click", "markup", "not-utf8"]
)
async def test_opening_a_hostile_name_status_outline_and_screen_are_safe(
    hostile: Path, name: str
) -> None:
    app = make_app(hostile / name)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is not None  # it opened
        # The outline is filled after the frame that shows the text (``show_document``'s
        # ``later``): waited for as an event, not by Pilot's idle wait, which a loaded
        # machine ends early (its idle step used little CPU: the process had no core).
        await screen.outline.wait_for_refresh()
        stem = SHOWN[name].rsplit(".", 1)[0]
        assert screen.status.crumbs[0] == stem
        outline = [str(node.label) for node in screen.outline.built_nodes()]
        assert outline[0].startswith(f"{stem}：")  # an untitled speech is named by the file
        assert all(unsafe_in(label) == [] for label in outline)
        assert unsafe_in(screen.sub_title or "") == []
        assert_screen_safe(app)


async def test_hostile_contents_outline_reader_and_palette(hostile: Path) -> None:
    app = make_app(hostile / CONTENTS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        document = screen.reader.document
        assert document is not None
        await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        outline = [str(node.label) for node in screen.outline.built_nodes()]
        assert "二、第二‹U+2066›部分‹U+2069›[@click=app.quit]" in outline
        text = assert_screen_safe(app)
        assert "‹U+202E›" in text and "‹U+200B›" in text  # shown, not obeyed or hidden
        # The palette: headings matched and shown literally, never as markup.
        await open_palette(pilot, "click")
        await palette_lists(app, pilot, "click")
        assert isinstance(app.screen, CommandPalette)
        prompts = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
        # The jump to the heading and the copy commands (复制标题/复制整节) alike.
        heading = [prompt for prompt in prompts if "二、第二" in prompt]
        assert len(heading) >= 3, prompts
        assert all("二、第二‹U+2066›部分‹U+2069›[@click=app.quit]" in prompt for prompt in heading)
        assert all(unsafe_in(prompt) == [] for prompt in prompts)
        assert_screen_safe(app)


async def test_quote_dialog_shows_text_made_safe(hostile: Path) -> None:
    app = make_app(hostile / CONTENTS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.push_screen(QuoteDialog("引文\x1b]52;c;aGk=\x07\u202e\n——《[red]x》", reason="\x1b[2J"))
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, QuoteDialog)
        assert dialog.query_one(TextArea).text == "引文␛]52;c;aGk=␇‹U+202E›\n——《[red]x》"
        assert_screen_safe(app)


async def test_palette_lists_hostile_file_names_literally(hostile: Path) -> None:
    app = make_app(hostile / CONTENTS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for query, want in (
            ("osc", SHOWN[OSC52]),
            ("click", CLICK),
            ("red", MARKUP),
            ("bidi", SHOWN[BIDI]),
            ("xb2", SHOWN[NOT_UTF8]),
        ):
            await pilot.press("ctrl+p")
            # Typed once the palette is open: keys sent before go to the screen below.
            await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
            await pilot.press(*query)
            await palette_lists(app, pilot, query)
            palette = app.screen
            assert isinstance(palette, CommandPalette)
            prompts = [str(option.prompt) for option in palette.query_one(CommandList).options]
            assert any(want in prompt for prompt in prompts), (query, prompts)
            assert all(unsafe_in(prompt) == [] for prompt in prompts)
            assert_screen_safe(app)
            await pilot.press("escape")
            # Closed before the next ctrl+p (a palette still open took the next query
            # after this one: "bidixb2").
            await until(pilot, lambda: not isinstance(app.screen, CommandPalette), "closed")
        assert app.is_running


async def test_reader_message_for_a_bad_file_with_a_hostile_name(hostile: Path) -> None:
    bad = hostile / "empty\x1b]52;c;aGk=\x07.txt"
    bad.write_bytes(b"")
    app = make_app(bad)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is None
        assert "empty␛]52;c;aGk=␇.txt" in screen.reader.message
        assert unsafe_in(screen.reader.message) == []
        assert screen.status.crumbs[0] == "empty␛]52;c;aGk=␇.txt"
        assert_screen_safe(app)


async def test_notices_are_safe_and_never_markup(hostile: Path) -> None:
    app = make_app(hostile / OSC52)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        # A bookmark whose file went away: the notice names the path.
        gone = hostile / "gone\x1b[2J\u202e[@click=app.quit].txt"
        gone.write_text("同志们：\n营商环境。\n", encoding="utf-8")
        screen.open_file(gone)
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        bookmark = screen.session.bookmarks()[0]
        await open_name(app, pilot, hostile, OSC52)
        gone.unlink()
        screen.go_to_bookmark(bookmark)
        await pilot.pause()
        app.notify("\x1b]52;c;aGk=\x07 [b]x[/b]", title="[red]\u202et")
        await pilot.pause()
        await pilot.pause()
        messages = [(n.title, n.message, n.markup) for n in shown_notices(app.screen)]
        assert any("gone␛[2J‹U+202E›[@click=app.quit].txt" in m for _, m, _ in messages), messages
        assert ("[red]‹U+202E›t", "␛]52;c;aGk=␇ [b]x[/b]", False) in messages
        assert all(not markup for _, _, markup in messages)
        assert_screen_safe(app)
        assert app.is_running


async def test_bookmarks_notebook_and_quote_dialog(
    hostile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(hostile / OSC52)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("m")  # a bookmark in the file with the OSC 52 name
        await pilot.press("y")  # a quote: its citation names the file (untitled speech)
        await settle(app, pilot)
        await pilot.press("apostrophe")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        prompts = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert any(SHOWN[OSC52] in prompt for prompt in prompts), prompts
        assert all(unsafe_in(prompt) == [] for prompt in prompts)
        assert_screen_safe(app)
        await pilot.press("escape")
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, NotebookScreen)
        prompts = [str(o.prompt) for o in app.screen.query_one(OptionList).options if o]
        assert any(SHOWN[OSC52] in prompt for prompt in prompts), prompts
        assert all(unsafe_in(prompt) == [] for prompt in prompts)
        assert_screen_safe(app)
        await pilot.press("t")  # the full quote in the dialog
        await settle(app, pilot)
        assert isinstance(app.screen, QuoteDialog)
        shown = app.screen.query_one(TextArea).text
        assert "osc52␛]52;c;aGFja2Vk␇" in shown and unsafe_in(shown) == []
        assert_screen_safe(app)
        assert screen is app.main_screen


async def test_corpus_search_names_and_snippets(hostile: Path) -> None:
    app = make_app(hostile / CONTENTS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f")
        # (typed once the query box has the focus: keys sent before go to the screen beneath)
        await until(
            pilot,
            lambda: isinstance(app.screen, CorpusSearchScreen) and app.screen.input.has_focus,
            "the search screen open, its query box focused",
        )
        await pilot.press(*"营商", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen) and screen.done
        files = [str(node.label) for node in screen.results.root.children]
        # The hostile names hold one text: one row, the others named in it as its copies.
        for name in NAMES:
            assert any(SHOWN[name] in label for label in files), (name, files)
        assert len(files) == 2 and all(unsafe_in(label) == [] for label in files)
        for node in screen.results.root.children:
            node.expand()
        await settle(app, pilot)
        labels = [str(node.label) for node in screen.located_nodes()]
        assert any("营商‹U+202E›环境" in label for label in labels), labels
        assert all(unsafe_in(label) == [] for label in labels)
        assert unsafe_in(str(screen.status.render())) == []
        assert_screen_safe(app)


async def test_a_name_that_is_not_utf8_opens_and_is_remembered(
    hostile: Path, isolated_home: Path
) -> None:
    path = hostile / NOT_UTF8
    app = make_app(hostile)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.main_screen.open_file(path)
        await settle(app, pilot)
        reader = app.main_screen.reader
        assert reader.document is not None
        reader.move_cursor_to(3, 0)
        await pilot.press("m")
        await pilot.press("q")  # saves the session on the way out
    assert app.return_code in (0, None)
    saved = (isolated_home / "state" / "session.json").read_text(encoding="utf-8")
    assert "\\udcb2\\udce2.txt" in saved  # written as escapes, read back as the same path
    session = Session()
    assert session.last_file == str(path.resolve())
    assert os.fsencode(session.last_file) == os.fsencode(hostile.resolve()) + b"/\xb2\xe2.txt"
    assert [b.path for b in session.bookmarks()] == [str(path.resolve())]
    again = make_app(hostile)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        screen = again.main_screen
        assert screen.path == path.resolve()
        assert screen.reader.cursor[0] == 3
        assert_screen_safe(again)


def test_no_source_hands_untrusted_text_to_a_markup_parser() -> None:
    """A guard for new code: the palette's ``Matcher.highlight`` and ``from_markup`` parse
    markup; labels go through ``tui.widgets.safelabel`` instead."""
    root = Path(__file__).resolve().parents[2] / "tui"
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(bad in line for bad in ("matcher.highlight(", "from_markup(", "markup=True"))
    ]
    assert found == []
