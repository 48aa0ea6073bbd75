"""Copying from the reader: y, v+j+y, Y, outline copies, every citation format, OSC 52, dialog.

The file's parse is the hand-built document of tests/unit/test_quotes.py (a titled speech
with two heading levels and a noise line, then an untitled speech), so the expected
texts do not move with the engine's heuristics. The clipboard is always faked.
"""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.drivers.headless_driver import HeadlessDriver
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import TextArea

from tests.ui.conftest import FakeClipboard, palette_lists, settle
from tests.unit.test_quotes import TITLE, UNTITLED
from tui.app import SpeechReaderApp, make_app
from tui.clipboard import Via
from tui.engine.quotes import CitationFormat
from tui.screens.quote_dialog import QuoteDialog
from tui.widgets.reader import ReaderView

SIZE = (120, 36)


def notices(messages: list[Message]) -> list[tuple[str, str]]:
    """(title, message) of every notification posted."""
    return [
        (m.notification.title, m.notification.message) for m in messages if isinstance(m, Notify)
    ]


async def start(app: SpeechReaderApp, pilot: Any, paragraph: int, sentence: int) -> None:
    await settle(app, pilot)
    app.main_screen.reader.move_cursor_to(paragraph, sentence)
    await pilot.pause()


# key presses at a position -> exact clipboard text, per format
Y_CASES = [
    (
        "y-sentence",
        (4, 1),
        ("y",),
        {
            CitationFormat.PLAIN: "优化营商环境就是解放生产力。",
            CitationFormat.CITED: f"优化营商环境就是解放生产力。\n——《{TITLE}》，一、提高认识，增强责任感",
            CitationFormat.MARKDOWN: f"> 优化营商环境就是解放生产力。\n\n——《{TITLE}》，一、提高认识，增强责任感",
        },
    ),
    (
        "v-j-y-selection-over-noise",
        (5, 1),
        ("v", "j", "y"),
        {
            CitationFormat.PLAIN: "当前，区域竞争日趋激烈。\n谁的营商环境好，谁就能赢得发展先机。",
            CitationFormat.CITED: "当前，区域竞争日趋激烈。\n谁的营商环境好，谁就能赢得发展先机。\n"
            f"——《{TITLE}》，一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要",
            CitationFormat.MARKDOWN: "> 当前，区域竞争日趋激烈。\n>\n> 谁的营商环境好，谁就能赢得发展先机。\n\n"
            f"——《{TITLE}》，一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要",
        },
    ),
    (
        "Y-paragraph",
        (4, 1),
        ("Y",),
        {
            CitationFormat.PLAIN: "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。",
            CitationFormat.CITED: "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。\n"
            f"——《{TITLE}》，一、提高认识，增强责任感",
            CitationFormat.MARKDOWN: "> 营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。\n\n"
            f"——《{TITLE}》，一、提高认识，增强责任感",
        },
    ),
    (
        "y-untitled-speech",
        (13, 0),
        ("y",),
        {
            CitationFormat.PLAIN: "项目建设总体态势较好。",
            CitationFormat.CITED: f"项目建设总体态势较好。\n——{UNTITLED}，一、拉高坐标",
            CitationFormat.MARKDOWN: f"> 项目建设总体态势较好。\n\n——{UNTITLED}，一、拉高坐标",
        },
    ),
    (
        "Y-untitled-speech",
        (11, 1),
        ("Y",),
        {
            CitationFormat.PLAIN: "今年以来，全市经济运行稳中向好。我们要再接再厉。",
            CitationFormat.CITED: f"今年以来，全市经济运行稳中向好。我们要再接再厉。\n——{UNTITLED}",
            CitationFormat.MARKDOWN: f"> 今年以来，全市经济运行稳中向好。我们要再接再厉。\n\n——{UNTITLED}",
        },
    ),
]

PARAMS = [
    pytest.param(position, keys, fmt, expected[fmt], id=f"{name}-{fmt.value}")
    for name, position, keys, expected in Y_CASES
    for fmt in CitationFormat
]


@pytest.mark.parametrize(("position", "keys", "fmt", "expected"), PARAMS)
async def test_reader_keys_copy_exact_text(
    speech_file: Path,
    clipboard: FakeClipboard,
    position: tuple[int, int],
    keys: tuple[str, ...],
    fmt: CitationFormat,
    expected: str,
) -> None:
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await start(app, pilot, *position)
        app.quotes.set_citation_format(fmt)
        await pilot.press(*keys)
        await pilot.pause()
        assert clipboard.copies == [expected]
        reader = app.main_screen.reader
        assert reader.selection is None  # y ends a selection
        titles = [title for title, _ in notices(seen)]
        assert "已复制到系统剪贴板" in titles


async def test_escape_cancels_selection_and_y_copies_sentence(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 5, 1)
        await pilot.press("v", "j")
        # The reader's own view of the selection is the quote's text (noise left out).
        reader = app.main_screen.reader
        assert (
            reader.selected_text()
            == "当前，区域竞争日趋激烈。\n谁的营商环境好，谁就能赢得发展先机。"
        )
        await pilot.press("escape", "y")
        await pilot.pause()
        assert clipboard.copies == [
            "谁的营商环境好，谁就能赢得发展先机。\n"
            f"——《{TITLE}》，一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要"
        ]


OUTLINE_CASES = [
    (
        "heading",
        "y",
        5,
        f"（一）优化营商环境是高质量发展的需要\n——《{TITLE}》，一、提高认识，增强责任感",
    ),
    (
        "section",
        "Y",
        3,
        "一、提高认识，增强责任感\n营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。\n"
        "（一）优化营商环境是高质量发展的需要。当前，区域竞争日趋激烈。\n"
        f"谁的营商环境好，谁就能赢得发展先机。企业最怕的是办事难。\n——《{TITLE}》",
    ),
    (
        "outline",
        "t",
        8,
        "一、提高认识，增强责任感\n  （一）优化营商环境是高质量发展的需要\n"
        f"二、突出重点，打造一流营商环境\n——《{TITLE}》",
    ),
    ("untitled-outline", "t", 12, f"一、拉高坐标\n——{UNTITLED}"),
    ("untitled-section", "Y", 12, f"一、拉高坐标\n项目建设总体态势较好。\n——{UNTITLED}"),
]


@pytest.mark.parametrize(
    ("name", "key", "paragraph", "expected"), OUTLINE_CASES, ids=[c[0] for c in OUTLINE_CASES]
)
async def test_outline_keys_copy_heading_section_and_outline(
    speech_file: Path, clipboard: FakeClipboard, name: str, key: str, paragraph: int, expected: str
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, paragraph, 0)  # the outline follows the reader to that heading
        screen = app.main_screen
        screen.outline.focus()
        await pilot.pause()
        node = screen.outline.cursor_node
        assert node is not None and getattr(node.data, "paragraph", None) == paragraph
        await pilot.press(key)
        await pilot.pause()
        assert clipboard.copies == [expected]


async def test_outline_markdown_format_is_a_nested_list(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 4, 0)
        app.quotes.set_citation_format(CitationFormat.MARKDOWN)
        app.main_screen.outline.focus()
        await pilot.press("t")
        await pilot.pause()
        assert clipboard.copies == [
            "- 一、提高认识，增强责任感\n  - （一）优化营商环境是高质量发展的需要\n"
            f"- 二、突出重点，打造一流营商环境\n\n——《{TITLE}》"
        ]


async def _palette(pilot: Any, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*query)
    await palette_lists(pilot.app, pilot, query)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_sets_format_kept_across_runs_and_copies_section(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 9, 0)
        await _palette(pilot, "引文格式：仅引文")
        assert app.quotes.citation_format is CitationFormat.PLAIN
        await _palette(pilot, "复制当前整节")
        assert clipboard.copies == ["二、突出重点，打造一流营商环境\n要全面推行一网通办。"]
        await _palette(pilot, "复制本篇提纲")
        assert clipboard.copies[-1] == (
            "一、提高认识，增强责任感\n  （一）优化营商环境是高质量发展的需要\n二、突出重点，打造一流营商环境"
        )
    settings = json.loads((isolated_home / "state" / "settings.json").read_text(encoding="utf-8"))
    assert settings["citation_format"] == "plain"
    again = make_app(speech_file)
    async with again.run_test(size=SIZE) as pilot:
        await start(again, pilot, 4, 1)
        await pilot.press("y")
        await pilot.pause()
        assert clipboard.copies[-1] == "优化营商环境就是解放生产力。"


async def test_palette_copies_any_heading_by_name(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 0, 0)
        await _palette(pilot, "复制标题：突出重点")
        assert clipboard.copies == [f"二、突出重点，打造一流营商环境\n——《{TITLE}》"]
        assert app.main_screen.reader.cursor == (0, 0)  # copying does not move the reader


async def test_no_pyperclip_mechanism_uses_osc52(
    speech_file: Path, no_system_clipboard: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = App.copy_to_clipboard

    def spy(self: App[Any], text: str) -> None:
        calls.append(text)
        original(self, text)

    monkeypatch.setattr(App, "copy_to_clipboard", spy)
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await start(app, pilot, 13, 0)
        # What reaches the terminal: ``run_test`` writes through Textual's HeadlessDriver.
        written: list[str] = []
        real_write = HeadlessDriver.write

        def record(driver: HeadlessDriver, data: str) -> None:
            written.append(data)
            real_write(driver, data)

        monkeypatch.setattr(HeadlessDriver, "write", record)
        await pilot.press("y")
        await pilot.pause()
        expected = f"项目建设总体态势较好。\n——{UNTITLED}，一、拉高坐标"
        assert calls == [expected]
        assert app.clipboard == expected
        payload = base64.b64encode(expected.encode("utf-8")).decode("ascii")
        assert f"\x1b]52;c;{payload}\a" in written
        assert any(
            title == f"已复制到{Via.TERMINAL.label}" and "项目建设总体态势较好" in message
            for title, message in notices(seen)
        )
        assert not isinstance(app.screen, QuoteDialog)


async def test_no_clipboard_at_all_shows_dialog_and_still_keeps_quote(
    speech_file: Path, no_system_clipboard: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.clipboard.osc52_sender", lambda app: lambda text: False)
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 4, 1)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, QuoteDialog)
        area = app.screen.query_one(TextArea)
        expected = f"优化营商环境就是解放生产力。\n——《{TITLE}》，一、提高认识，增强责任感"
        assert area.text == expected and area.read_only
        assert area.selected_text == expected  # all selected: ctrl+c / terminal copy at once
        assert "copy/paste mechanism" in str(app.screen.query_one("#quote-dialog-hint").render())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuoteDialog)
        assert [e.text for e in app.quotes.notebook.entries()] == ["优化营商环境就是解放生产力。"]


async def test_mouse_and_textarea_copies_go_through_the_system_clipboard(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        # What Screen.action_copy_text (ctrl+c on a mouse selection) and TextArea call.
        app.copy_to_clipboard("同志们")
        await pilot.pause()
        assert clipboard.copies == ["同志们"]
        assert ("已复制选中的文本到系统剪贴板", "同志们") in notices(seen)
        app.push_screen(QuoteDialog("甲乙丙", hint="看"))
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert clipboard.copies[-1] == "甲乙丙"


async def test_y_keeps_quote_in_notebook_with_place(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, 7, 1)
        await pilot.press("y")
        await pilot.pause()
        [entry] = app.quotes.notebook.entries()
        assert entry.text == "企业最怕的是办事难。"
        assert entry.file == str(speech_file.resolve())
        assert (entry.line, entry.paragraph, entry.sentence) == (8, 7, 1)
        assert entry.section == "一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要"
        assert entry.speech == TITLE and entry.time


def cell_point(reader: ReaderView, paragraph: int, char: int) -> tuple[int, int]:
    """Where character ``char`` of ``paragraph`` is drawn, relative to the reader widget."""
    block = reader.text_layout.block_of(paragraph)
    lines = reader.text_layout.lines_of(block)
    row = max(i for i, (start, _) in enumerate(lines) if start <= char)
    start, end = lines[row]
    assert reader.document is not None
    text = reader.document.paragraphs[paragraph].text
    x = 1 + reader.text_layout.line_pad(block, row) + cell_len(text[start:char])  # 1: padding
    y = reader.text_layout.text_row(block) + row - int(reader.scroll_offset.y)
    return x, y


async def drag(
    pilot: Any, reader: ReaderView, first: tuple[int, str], last: tuple[int, str]
) -> None:
    """Drag the mouse from the first character of ``first[1]`` in paragraph ``first[0]``
    to the last character of ``last[1]`` in paragraph ``last[0]``."""
    assert reader.document is not None
    paragraphs = reader.document.paragraphs
    start = paragraphs[first[0]].text.index(first[1])
    end = paragraphs[last[0]].text.index(last[1]) + len(last[1]) - 1
    await pilot.mouse_down(reader, offset=cell_point(reader, first[0], start))
    await pilot.hover(reader, offset=cell_point(reader, last[0], end))
    await pilot.mouse_up(reader, offset=cell_point(reader, last[0], end))
    await pilot.pause()


SECTION = "一、提高认识，增强责任感"
SUBSECTION = f"{SECTION} › （一）优化营商环境是高质量发展的需要"
MOUSE_CASES = [
    (
        "in-one-paragraph",
        (4, "优化营商"),
        (4, "生产力"),
        "ctrl+c",
        f"优化营商环境就是解放生产力\n——《{TITLE}》，{SECTION}",
    ),
    (
        "across-noise-with-y",
        (5, "当前"),
        (7, "发展先机"),
        "y",
        f"当前，区域竞争日趋激烈。\n谁的营商环境好，谁就能赢得发展先机\n——《{TITLE}》，{SUBSECTION}",
    ),
]


@pytest.mark.parametrize(
    ("name", "first", "last", "key", "expected"), MOUSE_CASES, ids=[case[0] for case in MOUSE_CASES]
)
async def test_mouse_selection_in_the_reader_copies_clean_cited_text(
    speech_file: Path,
    clipboard: FakeClipboard,
    name: str,
    first: tuple[int, str],
    last: tuple[int, str],
    key: str,
    expected: str,
) -> None:
    """Dragging over the reader selects text (drawn selected); ctrl+c or y copies it
    re-flowed and cited, keeps it in the notebook and ends the selection."""
    app = make_app(speech_file)
    async with app.run_test(size=(90, 36)) as pilot:  # narrow: paragraphs wrap
        await start(app, pilot, 0, 0)
        reader = app.main_screen.reader
        await drag(pilot, reader, first, last)
        selected = reader.mouse_selection
        assert selected is not None and selected[0][0] == first[0] and selected[1][0] == last[0]
        selection_style = app.screen.get_component_rich_style("screen--selection")
        drawn = [
            s
            for strip in reader.block_strips(reader.text_layout.block_of(first[0]))
            for s in strip
            if s.style is not None and s.style.bgcolor == selection_style.bgcolor
        ]
        assert drawn and "".join(s.text for s in drawn).startswith(first[1])
        await pilot.press(key)
        await pilot.pause()
        assert clipboard.copies == [expected]
        assert reader.mouse_selection is None and not app.screen.selections
        [entry] = app.quotes.notebook.entries()
        assert entry.text == expected.split("\n——")[0] and entry.line == first[0] + 1


async def test_escape_drops_a_mouse_selection(speech_file: Path, clipboard: FakeClipboard) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=(90, 36)) as pilot:
        await start(app, pilot, 0, 0)
        reader = app.main_screen.reader
        await drag(pilot, reader, (4, "优化"), (4, "生产力"))
        assert reader.mouse_selection is not None
        await pilot.press("escape")
        assert reader.mouse_selection is None and not app.screen.selections
        await pilot.press("y")  # the current sentence again, not the dropped selection
        await pilot.pause()
        assert clipboard.copies[-1].split("\n")[0] == reader.sentence_text(reader.cursor)


async def test_double_click_selects_the_sentence_and_triple_click_the_paragraph(
    speech_file: Path, clipboard: FakeClipboard
) -> None:
    """Not Textual's default (the whole file on a double click, every pane on a triple)."""
    app = make_app(speech_file)
    async with app.run_test(size=(90, 36)) as pilot:  # narrow: paragraphs wrap
        await start(app, pilot, 0, 0)
        reader = app.main_screen.reader
        assert reader.document is not None
        paragraphs = reader.document.paragraphs
        index = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i].text))
        paragraph = paragraphs[index]
        assert (
            len(paragraph.sentences) >= 2
            and len(reader.text_layout.lines_of(reader.text_layout.block_of(index))) >= 2
        )
        char = paragraph.sentences[1].start + 2  # inside the second sentence
        where = cell_point(reader, index, char)
        await pilot.click(reader, offset=where, times=2)
        await pilot.pause()
        assert reader.cursor == (index, 1)
        assert reader.mouse_selected_text() == reader.sentence_text((index, 1))
        assert list(app.screen.selections) == [reader]
        await pilot.click(reader, offset=where, times=3)
        await pilot.pause()
        assert reader.mouse_selected_text() == paragraph.text  # wraps over several lines
        assert list(app.screen.selections) == [reader]
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert clipboard.copies[-1].split("\n——")[0] == paragraph.text


async def test_y_names_the_speaker_of_a_real_title_block(
    tmp_path: Path, clipboard: FakeClipboard
) -> None:
    # 在庆祝中国共产党成立七十周年大会上的讲话 / （一九九一年七月一日） / 江　泽　民 (GBK)
    source = Path(__file__).resolve().parents[1] / "regression" / "texts"
    path = tmp_path / "七十周年讲话.txt"
    shutil.copyfile(source / "a19_jiangzemin_qiyi_1991_jianghua_gbk.txt", path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket", "j", "y")
        await pilot.pause()
        [copied] = clipboard.copies
        citation = copied.splitlines()[-1]
        assert citation.startswith("——江泽民《在庆祝中国共产党成立七十周年大会上的讲话")
        assert "，一、" in citation
