"""The interface's language: chosen by --lang, SPEECH_READER_LANG or the last choice, and
switched at once from the command palette (key bars, panes, status, notices, dialogs)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.ui.conftest import open_help, open_palette, palette_lists, screen_text, settle, until
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


async def switch_from_palette(app: SpeechReaderApp, pilot: Pilot[Any]) -> None:
    """ctrl+p, "language", Enter: the palette's language command."""
    await open_palette(pilot, "language")
    await palette_lists(app, pilot, "language")
    await pilot.press("enter")
    await settle(app, pilot)


@pytest.mark.usefixtures("keywords_on_a_thread")
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
        assert IDEOGRAPH.search(heading.text)

        await switch_from_palette(app, pilot)
        assert ui_text.language() == "en"
        texts = bar_texts(app)
        assert {"Quit", "Help", "Commands"} <= set(texts)
        assert not any(IDEOGRAPH.search(text) for text in texts), texts
        title = heading.text
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
        assert IDEOGRAPH.search(heading.text)
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
        help_screen = await open_help(pilot)
        text = screen_text(app)
        for expected in ("General", "Quit", "Next sentence", "Keys"):
            assert expected in text, expected
        titles = [title for title, _ in help_screen.elsewhere]
        assert titles and not any(IDEOGRAPH.search(title) for title in titles), titles
        # no place named by a class name ("ResultTree", a place keymap has no words for)
        assert not any(re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", t) for t in titles), titles
        assert ui_text.GROUP_CORPUS_RESULTS.en in titles, titles
        rows = [d for _, found in help_screen.elsewhere for _, d in found]
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


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_the_keyword_panels_keys_stand_two_apart_in_english(speech_file: Path) -> None:
    """At 80×24 in English the keyword panel's keys are drawn two spaces apart, as the
    footer draws them: one apart they read "⏎ Find a Highlight K Close", a phrase ("find a
    highlight") where three keys are meant (newuser23)."""
    app = make_app(speech_file, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")
        await settle(app, pilot)
        hints = app.screen.query_one("#keywords-help", KeyHints)
        assert hints.region.height == 1, hints.region
        line = screen_text(app).splitlines()[hints.region.y]
        assert "⏎ Find  a Highlight  K Close" in line, line


async def test_a_dialogs_keys_stand_two_apart_as_the_footers_do(speech_file: Path) -> None:
    """The bookmark list's keys, room to spare, are two spaces apart as the footer's are
    (they stood three apart: each entry's own space and one more)."""
    app = make_app(speech_file, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("m", "apostrophe")
        await settle(app, pilot)
        hints = app.screen.query_one("#bookmarks-keys", KeyHints)
        line = screen_text(app).splitlines()[hints.region.y]
        assert "⏎ Go  d Delete  u Undo  esc Close" in line, line


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

    monkeypatch.setattr("tui.jobs.opening.load", load)
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


async def test_a_dialogs_key_hints_are_drawn_again(speech_file: Path) -> None:
    """The notebook's key hints (drawn from their Chinese descriptions) are drawn again in
    English when the language is switched over the open dialog; with its export prompt
    open, the prompt's own keys likewise; back in Chinese the same."""
    app = make_app(speech_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert "⏎ 打开 " in screen_text(app)  # under the list, by its short name
        await switch_from_palette(app, pilot)
        text = screen_text(app)
        assert "⏎ Open " in text and "⏎ 打开" not in text, text
        assert "Notebook · 0 quotes" in text
        await pilot.press("e")
        await settle(app, pilot)
        text = screen_text(app)
        assert "⏎ Export" in text and "导出" not in text, text
        await switch_from_palette(app, pilot)
        text = screen_text(app)
        assert "⏎ 导出" in text and "⏎ Export" not in text, text


async def test_switching_over_the_corpus_search_results(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The language switched with the corpus search's results listed: the app goes on (the
    result tree had a ``relabel`` of its own, with arguments, and the switch crashed the
    reader), the status and the files' counts say it in English, the file names as they are."""
    from tests.ui.test_search_ui import corpus_search
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商")
        files = [str(node.label) for node in screen.results.root.children]
        assert files and all(re.search(r"（\d+ 处）$", label) for label in files), files
        await switch_from_palette(app, pilot)
        assert app.is_running and app.screen is screen
        english = [str(node.label) for node in screen.results.root.children]
        assert [re.sub(r" \(\d+\)$", "", label) for label in english] == [
            re.sub(r"（\d+ 处）$", "", label) for label in files
        ], english
        assert all(re.search(r" \(\d+\)$", label) for label in english), english
        status = str(screen.status.render())
        assert status.startswith("“营商”: ") and re.search(
            r" \d+ match(es)? in \d+ files?", status
        ), status


async def test_a_message_in_place_of_the_text_switches(tmp_path: Path) -> None:
    """What the reader shows instead of a text (a file that cannot be shown, a folder with
    no speeches) and the status line beside it are said again when the language is
    switched: they stay on screen as long as the file does."""
    bad = tmp_path / "损坏的文件.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    app = make_app(bad)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert "这不是文本文件" in screen_text(app) and "无法显示" in screen.status.text
        await switch_from_palette(app, pilot)
        text = screen_text(app)
        assert "This is not a text file" in text and "这不是文本文件" not in text
        assert "损坏的文件.txt" in text  # the file's name as it is
        assert "cannot be shown" in screen.status.text, screen.status.text
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    app = make_app(empty, language="zh")  # (English was stored by the switch above)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert "没有讲话稿" in app.main_screen.reader.message
        await switch_from_palette(app, pilot)
        message = app.main_screen.reader.message
        assert message.startswith("This folder (and its subfolders) holds no speeches"), message


async def test_the_copy_dialog_switches(
    speech_file: Path, no_system_clipboard: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog to copy by hand (no clipboard at all): its hint is said again in English
    when the language is switched over it; the text to copy stays exactly as it was."""
    from textual.widgets import TextArea

    from tui.screens.quote_dialog import QuoteDialog

    monkeypatch.setattr("tui.clipboard.osc52_sender", lambda app: lambda text: False)
    app = make_app(speech_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, QuoteDialog)
        quote = dialog.query_one(TextArea).text
        hint = dialog.query_one("#quote-dialog-hint")
        assert str(hint.render()).startswith("无法写入剪贴板")
        await switch_from_palette(app, pilot)
        assert app.screen is dialog
        said = str(hint.render())
        assert said.startswith("The clipboard cannot be written"), said
        assert "Esc closes" in said.replace("\n", " ")
        assert dialog.query_one(TextArea).text == quote


async def test_untitled_speeches_in_the_corpus_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speeches a search's hits are in: "第2篇：…" in Chinese, said again as "Speech 2:
    …" once switched; a search made in English names them so from the start."""
    import shutil

    from tests.ui.test_search_ui import corpus_search
    from tui.paths import bundled_corpus_dir
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)
    monkeypatch.setattr("tui.screens.corpus_hits.HITS_PER_FILE", 100)  # "… N more" too
    name = "济源讲话三篇.txt"
    shutil.copyfile(bundled_corpus_dir() / name, tmp_path / name)
    app = make_app(tmp_path / name)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        (file,) = screen.results.root.children
        file.expand()
        await settle(app, pilot)

        def speeches() -> list[str]:
            return [str(node.label) for node in file.children if node.data == "speech"]

        def labels() -> list[str]:
            """Every label under the file (speeches, sections, rows of hits)."""
            found, stack = [], list(file.children)
            while stack:
                node = stack.pop()
                found.append(str(node.label))
                stack.extend(node.children)
            return found

        assert "济源讲话三篇 第2篇：今天我们召开全市打造最佳营商环境…" in speeches(), speeches()
        assert any(re.search(r"（\d+ 处）$", label) for label in labels())  # a row of 2+ hits
        assert "……另有 55 处未列出" in labels()
        await switch_from_palette(app, pilot)
        assert "济源讲话三篇 Speech 2: 今天我们召开全市打造最佳营商环境…" in speeches()
        assert not any("篇" in label.replace("三篇", "") for label in speeches()), speeches()
        assert not any("处）" in label for label in labels()), labels()
        assert any(re.search(r"  \(\d+\)$", label) for label in labels())
        assert "… 55 more not listed" in labels()
        await pilot.press("ctrl+f")  # another search, in English
        screen.input.value = "营商"
        await pilot.press("enter")
        await settle(app, pilot)
        before = file
        (file,) = screen.results.root.children
        assert file is not before  # listed anew (its hits placed anew)
        file.expand()
        await settle(app, pilot)
        assert "济源讲话三篇 Speech 2: 今天我们召开全市打造最佳营商环境…" in speeches()


async def test_the_find_bars_count_switches(speech_file: Path) -> None:
    """The find bar's "无匹配" / "共 N 处" is said again when the language is switched."""
    app = make_app(speech_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"没有这个词", "enter")
        await settle(app, pilot)
        bar = app.main_screen.find_bar
        assert str(bar.status.render()) == "无匹配"
        await switch_from_palette(app, pilot)
        assert str(bar.status.render()) == "no match"


async def test_the_tree_counts_speeches_in_words_in_english(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file tree's speech count reads "1 speech", "12 speeches" in English (it was
    "12 sp.", an abbreviation, and "1 sp."); where the pane has no room for the word, "12
    sp." (the word would hide the count of most names in a 25-cell pane; the number alone
    read as anything); "12篇" in Chinese, switched at once."""
    from tui.screens import main as main_module

    # The screen's own counter never starts: the counts are the test's.
    monkeypatch.setattr(main_module, "COUNT_DELAY", 1e6)
    app = make_app(speech_dir / "甲讲话.txt", language="en")
    async with app.run_test(size=(250, 40)) as pilot:  # the tree 40 cells wide
        await settle(app, pilot)
        tree = app.main_screen.filetree

        def row(name: str) -> str:
            node = tree.node_for_path(speech_dir / name)
            assert node is not None
            return tree.render_line(node.line - int(tree.scroll_offset.y)).text.rstrip()

        tree.set_speech_counts({speech_dir / "甲讲话.txt": 1, speech_dir / "乙讲话.txt": 12})
        counted = re.compile(r"  \d+( \S+)?$")  # any count (the base's "12 sp." too)

        def drawn(name: str) -> Callable[[], bool]:
            return lambda: bool(counted.search(row(name)))

        for name in ("甲讲话.txt", "乙讲话.txt"):
            await until(pilot, drawn(name), name)
        assert row("甲讲话.txt").endswith("甲讲话.txt  1 speech")
        assert row("乙讲话.txt").endswith("乙讲话.txt  12 speeches")
        await pilot.resize_terminal(160, 40)  # 25 cells: no room for "  12 speeches"
        await until(pilot, lambda: tree.size.width < 30, "the tree narrower")
        await until(pilot, lambda: not row("乙讲话.txt").endswith("speeches"), "the short count")
        assert row("乙讲话.txt").endswith("乙讲话.txt  12 sp.")
        app.switch_language("zh")
        await until(pilot, lambda: row("乙讲话.txt").endswith("12篇"), "in Chinese")


async def test_a_narrow_english_tree_says_what_its_counts_count(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a tree 26-36 cells wide, English counts read "1 sp.", "12 sp." on every row (the
    number alone, "12", read as anything); from 36 cells of content, the words. At 24 a
    short name keeps its count without its .txt (as a cut name shows it), or the count
    gives way to the name, as any count does that leaves a name fewer than ``NAME_CELLS``:
    never a bare number."""
    from tui.screens import main as main_module
    from tui.widgets.filetree import WORDED_COUNT_WIDTH

    monkeypatch.setattr(main_module, "COUNT_DELAY", 1e6)  # the test's counts only
    app = make_app(speech_dir / "甲讲话.txt", language="en")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        tree.set_speech_counts({speech_dir / "甲讲话.txt": 1, speech_dir / "乙讲话.txt": 12})

        def row(name: str) -> str:
            node = tree.node_for_path(speech_dir / name)
            assert node is not None
            return tree.render_line(node.line - int(tree.scroll_offset.y)).text.rstrip()

        def tree_is(width: int) -> bool:
            return tree.outer_size.width == width

        for width in range(24, 37):
            tree.styles.width = width
            await until(pilot, partial(tree_is, width), f"the tree at {width}")
            inner = tree.scrollable_content_region.width
            worded = inner >= WORDED_COUNT_WIDTH
            ones, twelves = ("1 speech", "12 speeches") if worded else ("1 sp.", "12 sp.")
            for name, count in (("甲讲话.txt", ones), ("乙讲话.txt", twelves)):
                drawn = row(name)
                stem = name.removesuffix(".txt")  # (a name short of room shows no .txt)
                assert drawn.endswith((f"{name}  {count}", f"{stem}  {count}", name)), (
                    width,
                    drawn,
                )
                assert not re.search(r"\d$", drawn), (width, drawn)
                if width >= 26:  # 4 + 3 + 10 + 8 cells: "├── 📄 乙讲话.txt  12 sp." fits
                    assert drawn.endswith(count), (width, drawn)


@pytest.mark.parametrize(
    ("language", "told"),
    [("zh", "按 q 退出阅读器"), ("en", "Press q to quit the reader")],
)
async def test_ctrl_c_with_nothing_to_copy_says_how_to_quit_in_the_interface_s_language(
    speech_file: Path, notices: list[str], language: str, told: str
) -> None:
    """ctrl+c (a reflex to quit) with nothing selected gave Textual's notice, in English
    and written in markup the plain-text notices showed as written: "Press [b]ctrl+q[/b]
    to quit the app" (newuser21)."""
    app = make_app(speech_file, language=language)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+c")
        await until(pilot, lambda: bool(notices), "a notice", seconds=10)
        assert notices[-1].startswith(told) and "[b]" not in notices[-1], notices
