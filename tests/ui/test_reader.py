"""ReaderView as a unit: cursor keys, scrolling, jumps, selection, search, highlights, resize."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.message import Message

from tests.ui.conftest import build_document, sample_document, settle, until
from tui.engine.model import Document, Heading, Kind, Paragraph
from tui.engine.parse import load_document
from tui.widgets.reader import ReaderView, index_blocks, sentences_of

CORPUS_FILES = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))


class ReaderApp(App[None]):
    """Just a reader, loaded with a hand-built document."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.moves: list[tuple[int, int]] = []
        self.said: list[str] = []

    def notify(self, message: str, *args: Any, **kwargs: Any) -> None:
        self.said.append(message)
        super().notify(message, *args, **kwargs)

    def compose(self) -> ComposeResult:
        yield ReaderView()

    def on_mount(self) -> None:
        reader = self.query_one(ReaderView)
        reader.load(self.document)
        reader.focus()

    def on_reader_view_cursor_moved(self, event: ReaderView.CursorMoved) -> None:
        self.moves.append((event.paragraph, event.sentence))


def visible_positions(document: Document) -> list[tuple[int, int]]:
    """Every (paragraph, sentence) the reader can visit, in order."""
    return [
        (i, s)
        for i, p in enumerate(document.paragraphs)
        if p.kind is not Kind.NOISE
        for s in range(len(sentences_of(p)))
    ]


def rendered_text(reader: ReaderView) -> list[str]:
    """The visible lines as plain text."""
    return [reader.render_line(y).text for y in range(reader.size.height)]


def cursor_rows(reader: ReaderView) -> tuple[int, int]:
    return reader.text_layout.sentence_rows(reader.cursor)


def assert_cursor_visible(reader: ReaderView) -> None:
    first, last = cursor_rows(reader)
    top = int(reader.scroll_offset.y)
    assert top <= first and last < top + reader.size.height


async def test_j_and_k_walk_every_sentence_and_skip_noise() -> None:
    document = sample_document()
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(document)
        assert reader.cursor == order[0]
        for expected in order[1:12]:
            await pilot.press("j")
            assert reader.cursor == expected
            assert_cursor_visible(reader)
        await pilot.press("down", "k", "up")
        assert reader.cursor == order[10]
        assert app.moves[-1] == order[10]
        assert all(document.paragraphs[p].kind is not Kind.NOISE for p, _ in app.moves)


async def test_cursor_keeps_visible_while_walking_to_the_end() -> None:
    document = sample_document(sections=2, body=2)
    app = ReaderApp(document)
    async with app.run_test(size=(50, 12)) as pilot:
        reader = app.query_one(ReaderView)
        order = visible_positions(document)
        for _ in range(len(order) + 3):
            await pilot.press("j")
        assert reader.cursor == order[-1]
        assert_cursor_visible(reader)
        assert reader.scroll_offset.y > 0
        assert reader.percent_read == 100


async def test_headings_land_at_the_top() -> None:
    document = sample_document()
    headings = [i for i, p in enumerate(document.paragraphs) if p.kind is Kind.HEADING]
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        for expected in headings[:5]:
            await pilot.press("right_square_bracket")
            assert reader.cursor == (expected, 0)
            assert cursor_rows(reader)[0] == int(reader.scroll_offset.y)
            assert document.paragraphs[expected].text[:4] in rendered_text(reader)[0]
        await pilot.press("left_square_bracket")
        assert reader.cursor == (headings[3], 0)
        assert cursor_rows(reader)[0] == int(reader.scroll_offset.y)


async def test_speech_jumps() -> None:
    document = sample_document()
    second = document.speeches[1].first
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("right_curly_bracket")
        assert reader.cursor == (second, 0)
        assert cursor_rows(reader)[0] == int(reader.scroll_offset.y)
        assert "第2次大会" in "".join(rendered_text(reader)[:2])
        await pilot.press("right_curly_bracket")
        assert reader.cursor == (second, 0)  # no third speech: stays
        await pilot.press("j", "left_curly_bracket")
        assert reader.cursor == (second, 0)  # inside speech 2: back to its start
        await pilot.press("left_curly_bracket")
        assert reader.cursor == (0, 0)
        assert reader.scroll_offset.y == 0


async def test_paging_and_file_ends() -> None:
    document = sample_document(sections=4, body=8)
    app = ReaderApp(document)
    async with app.run_test(size=(40, 15)) as pilot:
        reader = app.query_one(ReaderView)
        height = reader.size.height
        await pilot.press("space")
        assert reader.scroll_offset.y == height - 1
        assert_cursor_visible(reader)
        await pilot.press("pagedown")
        assert reader.scroll_offset.y == 2 * (height - 1)
        await pilot.press("b")
        assert reader.scroll_offset.y == height - 1
        assert_cursor_visible(reader)
        await pilot.press("G")
        assert reader.cursor == visible_positions(document)[-1]
        assert reader.scroll_offset.y == reader.max_scroll_y > 0
        await pilot.press("pageup")
        assert reader.scroll_offset.y == reader.max_scroll_y - (height - 1)
        await pilot.press("g")
        assert reader.cursor == visible_positions(document)[0]
        assert reader.scroll_offset.y == 0
        await pilot.press("end")
        await pilot.press("home")
        assert reader.cursor == visible_positions(document)[0]


async def test_click_puts_cursor_on_that_sentence() -> None:
    document = sample_document()
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("j", "j", "j")
        target = reader.cursor
        first, _ = cursor_rows(reader)
        await pilot.press("g")
        # Click the second cell of the line where the target sentence starts.
        lines = reader.text_layout.lines_of(reader.text_layout.block_of(target[0]))
        sentence = sentences_of(document.paragraphs[target[0]])[target[1]]
        row_start = [s for s, _ in lines if s <= sentence.start][-1]
        x = 1 + reader.text_layout.line_pad(reader.text_layout.block_of(target[0]), 0) * (
            row_start == 0
        )
        x += sum(2 for _ in range(row_start, sentence.start))  # CJK text: 2 cells each
        await pilot.click(ReaderView, offset=(x + 1, first))
        assert reader.cursor == target


async def test_selection_extends_and_cancels() -> None:
    document = sample_document()
    order = visible_positions(document)
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("j", "j", "j")
        assert reader.selection is None
        await pilot.press("v", "j", "j")
        assert reader.selection == (order[3], order[5])
        await pilot.press("k", "k", "k", "k")
        assert reader.selection == (order[1], order[3])
        text = reader.selected_text()
        assert reader.sentence_text(order[1]) in text and reader.sentence_text(order[3]) in text
        # The selection is drawn: its style appears in the rendered lines.
        style = reader.get_component_rich_style("reader--selection")
        assert any(
            segment.style is not None and segment.style.bgcolor == style.bgcolor
            for y in range(reader.size.height)
            for segment in reader.render_line(y)
        )
        await pilot.press("escape")
        assert reader.selection is None


async def test_search_moves_between_matches_and_counts_by_heading() -> None:
    document = sample_document(sections=3, body=4)
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        reader.set_search("细分")
        await pilot.pause()
        h2 = [
            i
            for i, p in enumerate(document.paragraphs)
            if p.heading is not None and p.heading.level == 2
        ]
        assert reader.search_status == (0, len(h2))
        assert reader.search_next()
        assert reader.cursor == (h2[0], 0) and reader.search_status == (1, len(h2))
        assert reader.search_next()
        assert reader.cursor == (h2[1], 0) and reader.search_status == (2, len(h2))
        assert reader.search_previous()
        assert reader.search_status == (1, len(h2))
        assert reader.search_previous()  # wraps to the last match
        assert reader.cursor == (h2[-1], 0) and reader.search_status == (len(h2), len(h2))
        h1 = [
            i
            for i, p in enumerate(document.paragraphs)
            if p.heading is not None and p.heading.level == 1
        ]
        counts = reader.match_counts_by_heading()
        assert counts == {**{p: 1 for p in h1}, **{p: 1 for p in h2}}
        assert reader.match_counts_by_speech() == {0: 3, 1: 3}
        reader.set_search(None)
        assert reader.search_status == (0, 0) and not reader.search_next()


async def test_search_is_case_insensitive_and_starts_from_cursor() -> None:
    document = build_document(
        [(None, [("body", "第一句。ABC 在这里。"), ("body", "再来一次abc。结束。")])]
    )
    app = ReaderApp(document)
    async with app.run_test(size=(60, 10)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("j", "j")  # on paragraph 1, sentence 0 (contains abc)
        reader.set_search("Abc")
        assert reader.search_status == (0, 2)
        assert reader.search_next()  # next after the cursor sentence: wraps to the first
        assert reader.cursor == (0, 1)


async def test_highlight_terms_are_drawn() -> None:
    document = sample_document()
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        reader.set_highlight_terms({"生产力": "bold #ff0000"})
        await pilot.pause()
        hits = [
            segment
            for y in range(reader.size.height)
            for segment in reader.render_line(y)
            if "生产力" in segment.text
            or (
                segment.style is not None
                and segment.style.color is not None
                and segment.style.color.name == "#ff0000"
            )
        ]
        assert hits and all(
            s.style is not None and s.style.bold
            for s in hits
            if s.style is not None and s.style.color is not None and s.style.color.name == "#ff0000"
        )
        reader.set_highlight_terms({})
        await pilot.pause()
        assert not any(
            segment.style is not None
            and segment.style.color is not None
            and segment.style.color.name == "#ff0000"
            for y in range(reader.size.height)
            for segment in reader.render_line(y)
        )


def styles_by_char(reader: ReaderView, paragraph: int) -> list[Any]:
    """The Rich style of each character of a one-line ``paragraph``, in text order."""
    drawn = [
        (ch, segment.style)
        for strip in reader.block_strips(reader.text_layout.block_of(paragraph))
        for segment in strip
        for ch in segment.text
    ]
    assert reader.document is not None
    text = reader.document.paragraphs[paragraph].text
    start = "".join(ch for ch, _ in drawn).index(text)
    return [style for _, style in drawn[start : start + len(text)]]


async def test_run_in_heading_styles_only_its_title() -> None:
    """ "（一）标题。正文…" in one paragraph: the title reads as a heading, the rest as body."""
    document = build_document(
        [
            (
                "在大会上的讲话",
                [
                    ("h1", "一、提高认识。营商环境是土壤。"),
                    ("h2", "（一）抓好落实"),
                    ("body", "我们要坚持问题导向。"),
                ],
            )
        ]
    )
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        reader = app.query_one(ReaderView)
        reader.move_cursor_to(3)  # keep the cursor off the headings
        heading_style = reader.get_component_rich_style("reader--heading-1")
        styles = styles_by_char(reader, 1)
        title = len("一、提高认识。")  # the stop after the title belongs to it
        assert all(s.bold and s.color == heading_style.color for s in styles[:title])
        assert not any(s.bold or s.color == heading_style.color for s in styles[title:])
        assert all(s.bold for s in styles_by_char(reader, 2))  # a heading that is the whole line


async def test_lines_fit_the_width_indent_and_noise_hidden() -> None:
    document = sample_document()
    app = ReaderApp(document)
    async with app.run_test(size=(31, 30)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.pause()
        lines = rendered_text(reader)
        assert all(cell_len(line) <= reader.size.width for line in lines)
        body = next(line for line in lines if "营商环境是企业" in line)
        assert body.startswith(" " * 4)  # two full-width spaces' worth of indent
        assert not any("广告" in line for y in range(200) for line in [reader.render_line(y).text])
        title_line = lines[0]
        assert title_line.strip().startswith("在第1次") and title_line.startswith("  ")
        # Moving onto a noise paragraph snaps to the next visible one.
        noise = next(i for i, p in enumerate(document.paragraphs) if p.kind is Kind.NOISE)
        reader.move_cursor_to(noise)
        assert reader.cursor == (noise + 1, 0)


async def test_resize_keeps_cursor_paragraph_in_place() -> None:
    document = sample_document(sections=4, body=8)
    app = ReaderApp(document)
    async with app.run_test(size=(70, 20)) as pilot:
        reader = app.query_one(ReaderView)
        for _ in range(25):
            await pilot.press("j")
        paragraph = reader.cursor[0]
        block = reader.text_layout.block_of(paragraph)
        row_before = reader.text_layout.text_row(block) - int(reader.scroll_offset.y)
        await pilot.resize_terminal(45, 20)
        await until(pilot, lambda: reader.text_layout.width < 45, "the layout at the new width")
        block = reader.text_layout.block_of(paragraph)
        row_after = reader.text_layout.text_row(block) - int(reader.scroll_offset.y)
        assert reader.cursor[0] == paragraph
        assert row_after == row_before
        assert all(cell_len(line) <= reader.size.width for line in rendered_text(reader))


async def test_big_document_wraps_only_what_is_seen_first() -> None:
    document = sample_document(sections=9, body=400)
    app = ReaderApp(document)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.query_one(ReaderView)
        exact_at_start = reader.text_layout.exact_blocks
        assert exact_at_start < 60 < len(reader.text_layout.blocks)
        reader.wrap_all_now()  # (not waiting for the timer)
        await settle(app, pilot)  # the background pass makes every count exact
        assert reader.text_layout.exact_blocks == len(reader.text_layout.blocks)
        await pilot.press("G")
        assert_cursor_visible(reader)


async def test_background_wrap_runs_once_per_layout() -> None:
    """Asking for the exact pass again (or its timer firing) never cancels the running one."""
    app = ReaderApp(sample_document(sections=9, body=400))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.query_one(ReaderView)
        reader.wrap_all_now()
        reader.wrap_all_now()
        passes = [w for w in app.workers if w.name == "_wrap_all"]
        assert len(passes) == 1
        await passes[0].wait()  # raised WorkerCancelled when a second pass replaced it
        assert reader.text_layout.exact_blocks == len(reader.text_layout.blocks)
        await pilot.resize_terminal(70, 24)
        await until(
            pilot,
            lambda: reader.text_layout.width == reader.scrollable_content_region.width <= 70,
            "the layout at the new width",
        )
        reader.wrap_all_now()  # a new layout gets its own pass
        await settle(app, pilot)
        assert (
            reader.text_layout.exact_blocks == len(reader.text_layout.blocks)
            and reader.text_layout.width == reader.scrollable_content_region.width
        )


async def test_background_wrap_is_not_described_by_its_document() -> None:
    """The pass's worker is not named after its arguments: their repr is the whole document
    (a 10 MB file made a 25 MB string on the UI thread at every layout)."""
    document = sample_document(sections=9, body=400)
    app = ReaderApp(document)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.query_one(ReaderView)
        reader.wrap_all_now()
        passes = [w for w in app.workers if w.name == "_wrap_all"]
        assert len(passes) == 1
        assert len(passes[0].description) < 100
        assert document.paragraphs[-1].text not in passes[0].description
        await settle(app, pilot)


async def test_messages_replace_the_document() -> None:
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        reader.show_message("文件是空的。")
        await pilot.pause()
        assert reader.document is None
        assert any("文件是空的。" in line for line in rendered_text(reader))
        await pilot.press("j", "space", "right_square_bracket", "v")  # nothing to do, no crash
        assert reader.selection is None


def test_cursor_moved_is_a_message() -> None:
    assert issubclass(ReaderView.CursorMoved, Message)


def _index_rule_by_rule(paragraphs: tuple[Paragraph, ...]) -> tuple[list[int], ...]:
    """The reader's block facts as it computed them before ``index_blocks`` (one
    comprehension per fact), kept as the reference for the one-pass version."""
    blocks = [i for i, p in enumerate(paragraphs) if p.kind is not Kind.NOISE and p.text]
    estimates = [
        (len(paragraphs[i].text.encode("utf-8", "surrogatepass")) + len(paragraphs[i].text)) // 2
        for i in blocks
    ]
    first_indents = [
        4
        if paragraphs[i].kind in (Kind.BODY, Kind.HEADING)
        or (paragraphs[i].kind is Kind.FRONT and len(paragraphs[i].text) > 40)
        else 0
        for i in blocks
    ]
    chars_before = [0, *accumulate(len(paragraphs[i].text) for i in blocks)]
    spacing: list[int] = []
    previous: Paragraph | None = None
    for index in blocks:
        paragraph = paragraphs[index]
        gap = 0
        if previous is not None:
            if paragraph.speech != previous.speech:
                gap = 2
            elif paragraph.kind is Kind.TITLE or previous.kind in (Kind.TITLE, Kind.FRONT):
                gap = 1
            elif (
                paragraph.kind is Kind.HEADING
                and paragraph.heading is not None
                and paragraph.heading.level == 1
            ):
                gap = 1
        spacing.append(gap)
        previous = paragraph
    headings = [i for i in blocks if paragraphs[i].kind is Kind.HEADING]
    return blocks, estimates, first_indents, chars_before, spacing, headings


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_block_index_matches_the_rules_on_the_corpus(path: Path) -> None:
    paragraphs = load_document(path).paragraphs
    assert tuple(index_blocks(paragraphs)) == _index_rule_by_rule(paragraphs)


def test_block_index_spacing_indent_and_hidden_paragraphs() -> None:
    front_long = "前言" * 21  # 42 characters: indented like body text
    paragraphs = (
        Paragraph("讲话汇编", 1, 1, Kind.FRONT, None),
        Paragraph(front_long, 2, 2, Kind.FRONT, None),
        Paragraph("第1页", 3, 3, Kind.NOISE, None),
        Paragraph("在会上的讲话", 4, 4, Kind.TITLE, 0),
        Paragraph("同志们：", 5, 5, Kind.SALUTATION, 0),
        Paragraph(
            "一、总体要求", 6, 6, Kind.HEADING, 0, Heading(1, "一、", "总体要求", 6, 5, "cn-dun", 1)
        ),
        Paragraph(
            "（一）目标", 7, 7, Kind.HEADING, 0, Heading(2, "（一）", "目标", 7, 6, "paren-cn", 1)
        ),
        Paragraph("正文ab", 8, 8, Kind.BODY, 0),
        Paragraph("", 9, 9, Kind.BODY, 0),
        Paragraph("第二篇正文", 10, 10, Kind.BODY, 1),
    )
    index = index_blocks(paragraphs)
    assert index.blocks == [0, 1, 3, 4, 5, 6, 7, 9]  # noise and empty text hidden
    assert index.spacing == [
        0,
        1,
        2,
        1,
        1,
        0,
        0,
        2,
    ]  # after front/title, before 一级; 2: new speech
    assert index.first_indents == [0, 4, 0, 0, 4, 4, 4, 4]  # short front, title, salutation: none
    assert index.estimates[6] == 2 * 2 + 2  # two CJK characters, two ASCII
    assert index.chars_before[-1] == sum(len(paragraphs[i].text) for i in index.blocks)
    assert index.headings == [5, 6]
    assert tuple(index) == _index_rule_by_rule(paragraphs)


LONG_SENTENCE = "营商环境" * 400 + "。"  # one sentence of 1,600 characters: ~40 rows at 60 columns


async def test_paging_goes_through_a_sentence_longer_than_the_screen() -> None:
    """Space moved the view back to the long sentence's start (stuck), or skipped it."""
    document = build_document(
        [
            (
                None,
                [
                    ("body", "开头一句。"),
                    ("body", LONG_SENTENCE),
                    ("body", "结尾一句。"),
                ],
            )
        ]
    )
    app = ReaderApp(document)
    async with app.run_test(size=(60, 12)) as pilot:
        reader = app.query_one(ReaderView)
        seen: set[int] = set()
        tops = []
        for _ in range(80):
            top = int(reader.scroll_offset.y)
            tops.append(top)
            seen.update(range(top, top + reader.size.height))
            if reader.cursor == (2, 0):
                break
            await pilot.press("space")
        assert reader.cursor == (2, 0)
        assert tops == sorted(tops) and len(set(tops)) == len(tops)  # always forward
        block = reader.text_layout.block_of(1)
        first = reader.text_layout.text_row(block)
        rows = range(first, first + len(reader.text_layout.lines_of(block)))
        assert set(rows) <= seen  # no line of the long sentence was skipped


async def test_half_page_and_line_scrolling() -> None:
    document = sample_document(sections=6, body=10)
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("ctrl+d")
        assert int(reader.scroll_offset.y) == reader.size.height // 2
        assert_cursor_visible(reader)
        await pilot.press("ctrl+e", "ctrl+e")
        assert int(reader.scroll_offset.y) == reader.size.height // 2 + 2
        await pilot.press("ctrl+y")
        assert int(reader.scroll_offset.y) == reader.size.height // 2 + 1
        await pilot.press("ctrl+u")
        assert int(reader.scroll_offset.y) == 1
        assert_cursor_visible(reader)


async def test_ends_of_headings_and_speeches_say_so() -> None:
    document = sample_document()
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("left_square_bracket", "left_curly_bracket")
        assert "已是第一个标题。" in app.said and "已是第一篇。" in app.said
        await pilot.press("G", "right_square_bracket", "right_curly_bracket")
        assert "已是最后一个标题。" in app.said and "已是最后一篇。" in app.said
        assert reader.cursor == reader.text_layout.last_sentence()


ONE_SPEECH_UNDER_FRONT_MATTER = """---
title: 在全省营商环境大会上的讲话
date: 2024-03-05
---

同志们：

今天我们召开大会，主要任务是部署营商环境工作。

一、充分认识优化营商环境的重要意义

营商环境是企业生存发展的土壤。
"""


async def test_next_speech_in_a_one_speech_file_says_so_at_once() -> None:
    """``}`` in a file of one speech said nothing at its first press when the cursor
    started above the speech (on the file's front matter, shown as metadata): it went to
    the speech's start, already on the screen. Now it says the file has one speech, as
    ``99`` Enter in the outline does, at each press."""
    from tui.engine.parse import parse_text

    document = parse_text(ONE_SPEECH_UNDER_FRONT_MATTER, "讲话.md")
    assert len(document.speeches) == 1
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        assert reader.cursor[0] < document.speeches[0].first
        await pilot.press("right_curly_bracket")
        assert app.said == ["这个文件只有 1 篇，已到第 1 篇。"]
        await pilot.press("right_curly_bracket")
        assert app.said[-1] == "这个文件只有 1 篇，已到第 1 篇。"


async def test_n_keeps_a_line_of_context_around_the_match() -> None:
    """A match used to land on the last row of the view."""
    items = [("body", f"第{i}段没有那个词。") for i in range(40)]
    items[30] = ("body", "这里有营商环境。")
    document = build_document([(None, items)])
    app = ReaderApp(document)
    async with app.run_test(size=(60, 12)) as pilot:
        reader = app.query_one(ReaderView)
        reader.set_search("营商环境")
        assert reader.search_next()
        await pilot.pause()
        row = reader.text_layout.row_of_char(30, 2)
        top = int(reader.scroll_offset.y)
        assert top + 1 <= row <= top + reader.size.height - 2
        reader.set_search("第0段")
        assert reader.search_next()  # back at the top: wraps
        assert reader.search_wrapped


async def test_bookmarked_sentences_are_underlined() -> None:
    document = build_document([(None, [("body", "第一句。第二句。第三句。")])])
    app = ReaderApp(document)
    async with app.run_test(size=(60, 10)):
        reader = app.query_one(ReaderView)
        reader.set_bookmarks([(0, 1)])
        underlined = "".join(
            s.text
            for strip in reader.block_strips(0)
            for s in strip
            if s.style is not None and s.style.underline
        )
        assert underlined == "第二句。"
        reader.set_bookmarks([])
        assert not any(
            s.style is not None and s.style.underline
            for strip in reader.block_strips(0)
            for s in strip
        )


async def test_a_long_message_is_wrapped_not_cut() -> None:
    message = (
        "坏文件.txt\n\n"
        + "这个文件不是文本（可能是图片、压缩包或 Word 文档），无法作为讲话稿打开。请选择 .txt 文件。"
        * 2
    )
    app = ReaderApp(build_document([(None, [("body", "一句。")])]))
    async with app.run_test(size=(30, 20)) as pilot:
        reader = app.query_one(ReaderView)
        reader.show_message(message)
        await pilot.pause()
        shown = "".join(line.strip() for line in rendered_text(reader))
        assert shown.replace(" ", "") == message.replace("\n", "").replace(" ", "")


async def test_reading_width_is_capped_and_centred_on_a_wide_terminal() -> None:
    from tui.widgets.reader import READING_WIDTH

    document = build_document([(None, [("body", "营商环境是企业生存发展的土壤。" * 20)])])
    app = ReaderApp(document)
    async with app.run_test(size=(200, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.pause()
        assert reader.text_layout.width == READING_WIDTH
        lines = [line for line in rendered_text(reader) if line.strip()]
        margin = (reader.scrollable_content_region.width - READING_WIDTH) // 2
        assert margin > 20
        assert all(line[:margin].strip() == "" for line in lines)
        assert all(cell_len(line.strip()) <= READING_WIDTH for line in lines)
        # a click on the second sentence finds it through the margin (4: the indent)
        await pilot.click(ReaderView, offset=(1 + margin + 4 + 32, 0))
        assert reader.cursor == (0, 1)
        await pilot.press("w")
        assert reader.reading_width is None
        assert reader.text_layout.width == reader.scrollable_content_region.width


async def test_percent_read_moves_through_one_sentence_longer_than_the_screen() -> None:
    """A text with no sentence end (user9's 540 KB file) is one sentence: the status
    line's percentage said 100 from its first page; it follows the pages now."""
    document = build_document([(None, [("body", "营商环境" * 2000)])])
    app = ReaderApp(document)
    async with app.run_test(size=(40, 15)) as pilot:
        reader = app.query_one(ReaderView)
        seen = [reader.percent_read]
        for _ in range(3):
            await pilot.press("space")
            seen.append(reader.percent_read)
        assert 0 < seen[0] < seen[1] < seen[2] < seen[3] < 100, seen
        while reader.scroll_offset.y < reader.max_scroll_y:
            await pilot.press("space")
        assert reader.percent_read == 100
        await pilot.press("g")
        assert reader.scroll_offset.y == 0 and reader.percent_read == seen[0]
        await pilot.press("G")  # the end of the text, not the top of its last sentence
        assert reader.scroll_offset.y == reader.max_scroll_y and reader.percent_read == 100


async def test_a_wrapped_title_is_drawn_in_even_lines_not_a_lone_character() -> None:
    """A title a little too long for the reader left 话 alone on the line under it, centred
    (newuser21, beside the keyword panel at 80 columns): its lines are now as even as the
    breaks allow, the same number of them, and a click on the second still lands in it."""
    title = "在全市优化营商环境工作会议上的讲话"
    document = build_document([(title, [("body", "营商环境是企业生存发展的土壤。")])])
    app = ReaderApp(document)
    async with app.run_test(size=(33, 12)) as pilot:  # 32 cells of text and the scroll bar
        reader = app.query_one(ReaderView)
        await until(pilot, lambda: reader.size.width > 0, "the reader laid out")
        lines = [line.strip() for line in rendered_text(reader)[:2]]
        assert lines == ["在全市优化营商环境", "工作会议上的讲话"], rendered_text(reader)
        await pilot.press("j")
        await until(pilot, lambda: reader.cursor[0] != 0, "j to the body")
        x = rendered_text(reader)[1].index("工")  # (after the centring spaces: 1 cell each)
        await pilot.click(ReaderView, offset=(x + 1, 1))
        await until(pilot, lambda: reader.cursor == (0, 0), "clicked back on the title")
