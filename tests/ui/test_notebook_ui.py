"""The notebook screen (ctrl+n): newest first, re-copy, open at place, delete, export, restart, corruption."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyperclip
import pytest
from textual.message import Message
from textual.widgets import Input, OptionList, TextArea

from tests.ui.conftest import FakeClipboard, screen_text, settle, until
from tests.ui.test_quotes_ui import SIZE, notices, start
from tests.unit.test_quotes import TITLE
from tui.app import make_app
from tui.engine.quotes import CitationFormat
from tui.notebook import Notebook, notebook_markdown
from tui.screens.edit_quote import EditQuoteDialog
from tui.screens.notebook import NotebookScreen
from tui.screens.quote_dialog import QuoteDialog

FIRST = "优化营商环境就是解放生产力。"
SECOND = "要全面推行一网通办。"


async def copy_two(app: Any, pilot: Any) -> None:
    """y on two sentences: FIRST then SECOND."""
    await start(app, pilot, 4, 1)
    await pilot.press("y")
    app.main_screen.reader.move_cursor_to(9, 0)
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()


async def export_prompt(app: Any, pilot: Any) -> Input:
    """Two sentences copied (``copy_two``), the notebook opened and ``e`` pressed: the
    prompt for the export path."""
    await copy_two(app, pilot)
    await pilot.press("ctrl+n", "e")
    await pilot.pause()
    return app.screen.query_one("#notebook-export", Input)


def listed(app: Any) -> list[str]:
    screen = app.screen
    assert isinstance(screen, NotebookScreen)
    return [entry.text for entry in screen.entries]


async def test_lists_newest_first_and_survives_restart(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert listed(app) == [SECOND, FIRST]
        assert app.screen.query_one(OptionList).option_count == 2
    again = make_app(speech_file)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert listed(again) == [SECOND, FIRST]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(again.screen, NotebookScreen)


async def test_recopy_uses_current_format_and_adds_nothing(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        app.quotes.set_citation_format(CitationFormat.MARKDOWN)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("down", "c")
        await pilot.pause()
        assert clipboard.copies[-1] == f"> {FIRST}\n\n——《{TITLE}》，一、提高认识，增强责任感"
        assert len(Notebook()) == 2
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, QuoteDialog)
        assert app.screen.query_one(TextArea).text == clipboard.copies[-1]


async def test_open_at_place_moves_reader(speech_file: Path, clipboard: FakeClipboard) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        app.main_screen.reader.move_cursor_to(13, 0)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, NotebookScreen)
        assert app.main_screen.reader.cursor == (4, 1)
        assert app.main_screen.reader.has_focus


async def test_open_at_place_opens_the_other_file(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    other = speech_file.with_name("另一篇.txt")
    other.write_text("占位", encoding="utf-8")
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 7, 1)
        await pilot.press("y")
        app.main_screen.open_file(other)
        await settle(app, pilot)
        assert app.main_screen.path == other.resolve()
        await pilot.press("ctrl+n", "enter")
        await settle(app, pilot)
        assert app.main_screen.path == speech_file.resolve()
        assert app.main_screen.reader.cursor == (7, 1)


async def test_open_at_place_of_a_quote_whose_file_is_gone_says_so_of_the_quote(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """Enter on a quote whose file was deleted since: the notice speaks of the quote (it
    said 找不到书签所在的文件, of a bookmark the user never made; seen in tmux)."""
    other = speech_file.with_name("另一篇.txt")
    other.write_text("占位", encoding="utf-8")
    seen: list[Message] = []
    app = make_app(speech_file)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await start(app, pilot, 7, 1)
        await pilot.press("y")
        app.main_screen.open_file(other)
        await settle(app, pilot)
        speech_file.unlink()
        await pilot.press("ctrl+n", "enter")
        await settle(app, pilot)
        assert app.main_screen.path == other.resolve()
        said = [message for _, message in notices(seen)]
        assert f"找不到这条摘录所在的文件：{speech_file.resolve()}" in said
        assert not [message for message in said if "书签" in message]


async def test_delete_is_written_at_once(speech_file: Path, clipboard: FakeClipboard) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "d")
        await pilot.pause()
        assert listed(app) == [FIRST]
        assert [e.text for e in Notebook().entries()] == [FIRST]
        await pilot.press("d")
        await pilot.pause()
        assert listed(app) == [] and len(Notebook()) == 0
        assert app.screen.query_one(OptionList).option_count == 1  # the "empty" line


async def test_export_to_markdown(
    speech_file: Path, clipboard: FakeClipboard, tmp_path: Path
) -> None:
    target = tmp_path / "导出" / "摘录.md"
    target.parent.mkdir()
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        prompt = await export_prompt(app, pilot)
        assert prompt.has_focus and prompt.value.endswith("摘录本.md")
        prompt.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == notebook_markdown(Notebook().entries())
        assert isinstance(app.screen, NotebookScreen)  # still open, list focused again
        assert app.screen.query_one(OptionList).has_focus


async def test_the_export_proposes_an_english_name_in_english(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """English: notebook.md (it was 摘录本.md); switched while the notebook is open, the
    name proposed follows, a path typed stays."""
    app = make_app(speech_file, language="en")
    async with app.run_test(size=SIZE) as pilot:
        prompt = await export_prompt(app, pilot)
        assert Path(prompt.value).name == "notebook.md"
        app.switch_language("zh")
        await pilot.pause()
        assert Path(prompt.value).name == "摘录本.md"
        prompt.value = "/tmp/草稿/摘录.md"
        app.switch_language("en")
        await pilot.pause()
        assert prompt.value == "/tmp/草稿/摘录.md"


async def test_export_into_a_missing_folder_asks_first(
    speech_file: Path, clipboard: FakeClipboard, tmp_path: Path
) -> None:
    """A typo in the folder made it silently; now the first Enter says the folder does not
    exist and writes nothing, a second Enter makes it and exports; the default folder
    (``export_dir()``, absent on a fresh system) is made without asking."""
    from tui.state import export_dir

    target = tmp_path / "Documnets" / "摘录.md"
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        prompt = await export_prompt(app, pilot)
        default = Path(prompt.value)
        prompt.value = str(target)
        seen.clear()
        await pilot.press("enter")
        await pilot.pause()
        assert not target.parent.exists()
        ((title, message),) = notices(seen)
        assert title == "确认导出" and f"文件夹 {target.parent} 不存在" in message
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == notebook_markdown(Notebook().entries())
        assert default.parent == export_dir() and not default.parent.exists()
        await pilot.press("e")
        prompt.value = str(default)
        await pilot.press("enter")
        await pilot.pause()
        assert default.read_text(encoding="utf-8") == notebook_markdown(Notebook().entries())


async def test_corrupt_notebook_is_reported_and_set_aside(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    path = isolated_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "quotes": [{"text": "半', encoding="utf-8")
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert listed(app) == []
        reported = [message for title, message in notices(seen) if title == "摘录本文件有问题"]
        assert len(reported) == 1 and "quotes.json 已损坏" in reported[0]
        aside = [p for p in path.parent.iterdir() if p.name.startswith("quotes.json.corrupt-")]
        assert len(aside) == 1 and aside[0].name in reported[0]
        await pilot.press("escape")
        await start(app, pilot, 4, 1)
        await pilot.press("y")
        await pilot.pause()
    assert [q["text"] for q in json.loads(path.read_text(encoding="utf-8"))["quotes"]] == [FIRST]


@pytest.mark.parametrize("key", ["escape", "q"])
async def test_empty_notebook_shows_hint(speech_file: Path, key: str) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        assert "摘录本是空的" in str(options.get_option_at_index(0).prompt)
        await pilot.press(key)
        await pilot.pause()
        assert not isinstance(app.screen, NotebookScreen)


@pytest.mark.parametrize("width", [80, 64, 52])
async def test_keys_never_parted_from_their_action(
    speech_file: Path, clipboard: FakeClipboard, width: int
) -> None:
    """The notebook's and the bookmark list's keys, at any width: each key on the same line
    as what it does, shown as the footer shows keys (Rich wrapped the old title at its
    spaces: "u" at one line's end, "撤销删除" at the next's start); one space apart when
    they do not fit on one line, as the footer's, by their short names (newuser19)."""
    from textual.binding import Binding

    from tui import ui_text
    from tui.screens import bookmarks, notebook

    app = make_app(speech_file)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        for key, hints in (("ctrl+n", notebook.HINTS), ("apostrophe", bookmarks.HINTS)):
            await pilot.press(key)
            await pilot.pause()
            lines = screen_text(app).splitlines()
            for bound, action in hints:
                key = app.get_key_display(Binding(bound, ""))
                spaced = f" {key} {ui_text.shown(action, bar=True)} "  # two spaces apart
                close = f" {key} {ui_text.shown(action, short=True)}"  # one space apart
                assert any(spaced in line or close in line for line in lines), (key, lines)
            await pilot.press("escape")
            await pilot.pause()


async def test_a_long_quote_shows_its_first_lines_only(
    tmp_path: Path, clipboard: FakeClipboard
) -> None:
    """A quoted paragraph with no line feed filled the list (20 lines of one entry): the
    list counted lines before wrapping them. Now an entry shows LINES wrapped lines, the
    last ending in "…", then its citation and place; t still shows it whole."""
    from rich.cells import cell_len

    from tui.screens.notebook import LINES

    long = "优化营商环境就是解放生产力、提升竞争力，" * 30 + "我们要持续用力。"
    path = tmp_path / "长段落.txt"
    path.write_text(f"在全市大会上的讲话\n同志们：\n{long}\n谢谢大家。\n", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        document = app.main_screen.reader.document
        assert document is not None
        paragraph = next(i for i, p in enumerate(document.paragraphs) if "持续用力" in p.text)
        app.main_screen.reader.move_cursor_to(paragraph, 0)
        await pilot.press("Y", "ctrl+n")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        lines = str(options.get_option_at_index(0).prompt).split("\n")
        width = options.scrollable_content_region.width
        assert len(lines) == LINES + 2, lines  # the text's first lines, citation, place
        assert lines[LINES - 1].endswith("…") and "讲话" in lines[LINES]
        assert all(cell_len(line) <= width for line in lines[:LINES])
        assert "".join(lines[:LINES]).rstrip("…") in clipboard.paste().replace("\n", "")


async def test_quotes_reordered_with_j_and_k_stay_so(
    speech_file: Path, clipboard: FakeClipboard, tmp_path: Path
) -> None:
    """J/K (shift+↓/↑) move the highlighted quote, written at once: a restart and the
    export keep the order (newuser17: a speech is drafted in its own order); an undone
    delete goes back where it was listed."""
    target = tmp_path / "稿子.md"
    seen: list[Message] = []
    app = make_app(speech_file)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "J")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert listed(app) == [FIRST, SECOND] and options.highlighted == 1  # it moved along
        assert [e.text for e in Notebook().entries()] == [FIRST, SECOND]
        await pilot.press("J")  # last already: says so, changes nothing
        await pilot.pause()
        assert listed(app) == [FIRST, SECOND]
        assert ("", "这条摘录已在最后。") in notices(seen)
        await pilot.press("shift+up", "shift+down")
        await pilot.pause()
        assert listed(app) == [FIRST, SECOND] and options.highlighted == 1
        await pilot.press("d", "u")
        await pilot.pause()
        assert listed(app) == [FIRST, SECOND]  # back below FIRST, not on top by its time
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#notebook-export", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    exported = target.read_text(encoding="utf-8")
    assert "共 2 条，按摘录本中排好的顺序。" in exported
    assert exported.index(f"> {FIRST}") < exported.index(f"> {SECOND}")
    again = make_app(speech_file)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert listed(again) == [FIRST, SECOND]


async def test_a_quote_edited_with_r_keeps_its_source(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """r opens the quote's text for editing (newuser17: a paragraph cut to the sentence
    the draft needs); ctrl+s keeps it on disk with its citation and place, a re-copy
    copies it so; Esc leaves it as it was (a changed text at the second Esc, the first
    saying it is not saved); an emptied text is refused."""
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "down", "r")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        assert area.has_focus and area.text == FIRST
        await pilot.press("end", "backspace", "z", "q", "ctrl+s")  # q typed, not quitting
        await pilot.pause()
        assert isinstance(app.screen, NotebookScreen)
        assert listed(app) == [SECOND, "优化营商环境就是解放生产力zq"]
        assert app.screen.query_one(OptionList).highlighted == 1
        # marked as changed in the list (newuser19: it looked like the speech's words)
        assert "第5行 · " in screen_text(app) and screen_text(app).count("（有改动）") == 1
        kept = Notebook().entries()[1]
        assert kept.text == "优化营商环境就是解放生产力zq"
        assert kept.citation == f"——《{TITLE}》，一、提高认识，增强责任感"
        assert (kept.paragraph, kept.sentence) == (4, 1)
        await pilot.press("c")
        await pilot.pause()
        assert clipboard.copies[-1].startswith("优化营商环境就是解放生产力zq\n——《")
        await pilot.press("r", "home", "x", "escape")  # changed: not discarded at once
        await pilot.pause()
        assert isinstance(app.screen, EditQuoteDialog)  # (newuser21: lost without a word)
        assert app.screen.query_one(TextArea).text.startswith("x优化")
        await pilot.press("escape")  # the second Esc discards it
        await pilot.pause()
        assert isinstance(app.screen, NotebookScreen)
        assert listed(app)[1] == "优化营商环境就是解放生产力zq"
        await pilot.press("r", "escape")  # unchanged: one Esc closes
        await pilot.pause()
        assert isinstance(app.screen, NotebookScreen)
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "  \n"
        await pilot.press("ctrl+s")  # empty: refused, the box stays open
        await pilot.pause()
        assert isinstance(app.screen, EditQuoteDialog)
        assert Notebook().entries()[1].text == "优化营商环境就是解放生产力zq"


async def test_the_edit_box_opens_with_the_cursor_after_the_text(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """r put the cursor before the quote's first character: a word typed to finish the
    quote went in front of it. It is after the last one now."""
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "down", "r")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        await until(pilot, lambda: area.cursor_location == area.document.end, "cursor at end")
        assert area.has_focus
        await pilot.press("z")
        assert area.text == FIRST + "z"


async def test_the_notebook_opens_where_it_was_left(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """A quote opened at its place (or the list closed on it): ctrl+n highlights it again,
    not the first one (newuser17: working down a long list)."""
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "down", "enter")
        await settle(app, pilot)
        assert app.main_screen.reader.cursor == (4, 1)
        await pilot.press("ctrl+n")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 1 and listed(app)[1] == FIRST
        await pilot.press("up", "escape", "ctrl+n")
        await pilot.pause()
        assert app.screen.query_one(OptionList).highlighted == 0
        await pilot.press("down")
        await pilot.pause()
    # and after a restart (newuser19: the place lasted one run), with the notebook left
    # open at quit
    again = make_app(speech_file)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert again.screen.query_one(OptionList).highlighted == 1


async def test_the_notebook_s_place_is_on_disk_without_a_quit(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    """A quote highlighted in the notebook is written to session.json soon after, as a
    reading position is, not at the next save (newuser21: closing the terminal right
    after moving in the notebook, with no quit to save it, lost the place)."""
    stored = isolated_home / "state" / "session.json"

    def on_disk() -> object:
        if not stored.exists():
            return None
        return json.loads(stored.read_text(encoding="utf-8")).get("notebook_entry")

    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n")
        session = app.main_screen.session
        # the saves the copies and the opening asked for are done: none left to carry it
        await until(pilot, lambda: not session.unsaved, "the session saved")
        await pilot.press("down")
        await pilot.pause()
        second = Notebook().entries()[1].id
        await until(pilot, lambda: on_disk() == second, "the place written", seconds=10)
        assert isinstance(app.screen, NotebookScreen)  # still open: no quit, no close


async def test_a_copies_every_quote_in_the_list_s_order_for_a_draft(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """a copies the whole notebook, each quote with its citation, in the order of the list
    (newuser17: the draft took the quotes one by one with c, or from a Markdown file with
    paths and times between them); nothing new is kept."""
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "J", "a")
        await pilot.pause()
        copied = clipboard.copies[-1]
        first, second = copied.split("\n\n")
        assert first == f"{FIRST}\n——《{TITLE}》，一、提高认识，增强责任感"
        assert second.startswith(f"{SECOND}\n——《{TITLE}》")
        assert len(Notebook()) == 2


async def test_a_without_any_clipboard_offers_every_quote_to_copy_by_hand(
    speech_file: Path, clipboard: FakeClipboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """a where nothing can copy (no system clipboard, no OSC 52): the dialog holds every
    quote, as y's does for one, and nothing new is kept."""
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await copy_two(app, pilot)

        def refuse(text: str) -> None:
            raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

        monkeypatch.setattr(pyperclip, "copy", refuse)
        monkeypatch.setattr("tui.clipboard.osc52_sender", lambda app: lambda text: False)
        await pilot.press("ctrl+n", "a")
        await pilot.pause()
        assert isinstance(app.screen, QuoteDialog)
        text = app.screen.query_one(TextArea).text
        assert text.split("\n\n")[0].startswith(SECOND) and FIRST in text
        assert len(Notebook()) == 2


async def test_a_word_files_quote_is_listed_without_a_line_of_its_extracted_text(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    """The notebook listed a .docx quote at "讲话.docx 第4行", a line Word does not show;
    it names the file alone now (the citation above says title and heading); a .txt
    quote keeps its line."""
    shown = await notebook_of(isolated_home, speech_file, "/文档/讲话.docx", "/文档/讲话.txt")
    assert "讲话.docx · 2026-12-05" in shown and "讲话.docx 第4行" not in shown, shown
    assert "讲话.txt 第4行 · 2026-12-05" in shown, shown


async def notebook_of(home: Path, speech_file: Path, *files: str) -> str:
    """The notebook's screen, opened over ``speech_file``, when it holds a quote (要抓落实。,
    line 4) from each of ``files``, kept by a version that recorded no ``content``."""
    data = home / "data"
    data.mkdir(parents=True, exist_ok=True)
    base = {"text": "要抓落实。", "source": "《题》", "line": 4, "time": "2026-12-05T13:38:00"}
    records = [{**base, "file": file} for file in files]
    (data / "quotes.json").write_text(
        json.dumps({"quotes": records}, ensure_ascii=False), encoding="utf-8"
    )
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, NotebookScreen)
        return screen_text(app)


async def test_the_notebook_opens_on_the_quote_copied_last(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """Left on an older quote, the notebook opened there again after a new copy: the quote
    just copied stood above it out of sight, and r edited the older one (seen in tmux at
    80x24: the bookmark list, then y, then ctrl+n). It opens on the quote copied last, new
    or kept before."""
    app = make_app(speech_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await copy_two(app, pilot)
        await pilot.press("ctrl+n", "down", "escape")
        await pilot.pause()
        app.main_screen.reader.move_cursor_to(2, 0)
        await pilot.pause()
        await pilot.press("y", "ctrl+n")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        (newest,) = {entry.text for entry in Notebook().entries()} - {FIRST, SECOND}
        assert options.highlighted == 0 and listed(app)[0] == newest
        assert options.scroll_offset.y == 0
        await pilot.press("escape")
        app.main_screen.reader.move_cursor_to(4, 1)  # FIRST again: kept before, not added
        await pilot.pause()
        await pilot.press("y", "ctrl+n")
        await pilot.pause()
        assert listed(app)[app.screen.query_one(OptionList).highlighted or 0] == FIRST
        assert len(listed(app)) == 3
