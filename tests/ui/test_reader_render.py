"""The reader's segment renderer draws exactly what the rich ``Text`` renderer drew.

``ReaderView.render_block`` cuts segments straight from a paragraph's text. The reference
here is the renderer it replaced (a rich ``Text`` with one ``stylize`` per layer, sliced per
wrapped line and rendered), kept as it was: every block of every bundled corpus file, at
three widths, with a cursor, highlight terms, a search with a current match, a selection
and a mouse selection laid over one another, must come out segment for segment the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.strip import Strip

from tests.ui.conftest import build_document, until
from tui.engine.model import Document
from tui.engine.parse import load_document
from tui.widgets.reader import ReaderView, sentences_of, style_runs, styled_end

CORPUS = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))

TERMS = {
    "营商环境": "bold red",
    "营商": "underline",  # a prefix of the longer term: the longer one wins
    "环境": "italic #00ff00",
    "发展": "on blue",
    "企业": "bold",
    "改革": "reverse",
}
SEARCH = "优化"  # overlaps the terms


def reference_block(
    reader: ReaderView,
    block: int,
    cursor: int,
    selection: tuple[int, int] | None,
    search_current: int,
    mouse: tuple[int, int] | None,
) -> list[Strip]:
    """``render_block`` written with a rich ``Text``: the layers stylized in order."""
    assert reader.document is not None
    index = reader.text_layout.blocks[block]
    paragraph = reader.document.paragraphs[index]
    base = reader.rich_style
    width = reader.size.width
    text = Text(paragraph.text, end="")
    text.stylize(base)
    text.stylize(reader.paragraph_style(paragraph), 0, styled_end(paragraph))
    terms = reader.highlight_terms
    if terms:
        pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
        for found in pattern.finditer(paragraph.text):
            text.stylize(Style.parse(terms[found.group()]), found.start(), found.end())
    matches = reader.find.in_paragraph(index)
    if matches:
        search_style = reader.get_component_rich_style("reader--search")
        current_style = reader.get_component_rich_style("reader--search-current")
        for match in matches:
            style = current_style if match.start == search_current else search_style
            text.stylize(style, match.start, match.end)
    if selection is not None:
        text.stylize(reader.get_component_rich_style("reader--selection"), *selection)
    if mouse is not None:
        text.stylize(reader.screen.get_component_rich_style("screen--selection"), *mouse)
    if cursor >= 0:
        sentence = sentences_of(paragraph)[cursor]
        name = "reader--cursor" if selection is None else "reader--cursor-selected"
        text.stylize(reader.get_component_rich_style(name), sentence.start, sentence.end)
        for match in matches:  # the current match is drawn again above the cursor
            if match.start == search_current:
                text.stylize(
                    reader.get_component_rich_style("reader--search-current"),
                    match.start,
                    match.end,
                )
    strips = [Strip.blank(width, base)] * reader.text_layout.spacing(block)
    console = reader.app.console
    lines = reader.text_layout.lines_of(block)
    for row, (start, end) in enumerate(lines):
        pad = reader.text_layout.line_pad(block, row)
        segments: list[Segment] = []
        if pad:
            segments.append(Segment(" " * pad, base))
        segments.extend(text[start:end].render(console))
        strips.append(Strip(segments).extend_cell_length(width, base).crop(0, width))
    return strips


def layers_for(
    reader: ReaderView, block: int
) -> tuple[int, tuple[int, int] | None, int, tuple[int, int] | None]:
    """A varied, overlapping mix of cursor, selection, current match and mouse per block."""
    assert reader.document is not None
    index = reader.text_layout.blocks[block]
    paragraph = reader.document.paragraphs[index]
    sentences = sentences_of(paragraph)
    length = len(paragraph.text)
    cursor = (block // 2) % len(sentences) if block % 3 else -1
    selection: tuple[int, int] | None = None
    if block % 4 == 1:
        selection = (sentences[0].start, sentences[-1].end)
    elif block % 4 == 2:
        last = sentences[min(1, len(sentences) - 1)]
        selection = (sentences[0].start + 1, last.end)
    elif block % 4 == 3:
        selection = (length // 3, length // 3)  # empty: drawn as nothing
    matches = reader.find.in_paragraph(index)
    search_current = matches[block % len(matches)].start if matches and block % 2 else -1
    mouse: tuple[int, int] | None = None
    if block % 5 == 0:
        mouse = (length // 4, max(length // 4, length - 3))
    elif block % 5 == 1:
        mouse = (0, length + 5)  # past the end, as a selection to the end can be
    return cursor, selection, search_current, mouse


class ReaderApp(App[None]):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document

    def compose(self) -> ComposeResult:
        yield ReaderView()

    def on_mount(self) -> None:
        reader = self.query_one(ReaderView)
        reader.load(self.document)
        reader.set_highlight_terms(TERMS)
        reader.set_search(SEARCH)


async def resize(pilot: Pilot[None], reader: ReaderView, size: tuple[int, int]) -> None:
    """Resize the terminal to ``size`` and wait until the reader is laid out for it (two
    cells narrower: its padding), not for Pilot's idle wait, which a loaded machine ends
    before the resize has reached the reader."""
    await pilot.resize_terminal(*size)
    await until(pilot, lambda: reader.size.width == size[0] - 2, f"the reader at {size}")


def assert_blocks_match(reader: ReaderView) -> int:
    """Every block drawn both ways; the number of lines compared."""
    lines = 0
    for block in range(len(reader.text_layout.blocks)):
        layers = layers_for(reader, block)
        expected = reference_block(reader, block, *layers)
        got = reader.render_block(block, *layers)
        assert got == expected, (block, reader.text_layout.blocks[block], layers)
        width = reader.size.width
        assert [strip.cell_length for strip in got] == [width] * len(got)
        assert [strip.text for strip in got] == [strip.text for strip in expected]
        lines += len(got)
    return lines


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
async def test_segments_equal_the_rich_text_renderer_on_the_corpus(path: Path) -> None:
    app = ReaderApp(load_document(path))
    async with app.run_test(size=(42, 20)) as pilot:
        reader = app.query_one(ReaderView)
        for size in ((42, 20), (82, 30), (159, 45)):  # reader widths 40, 80, 157
            await resize(pilot, reader, size)
            reader.render_lines(reader.region.reset_offset)  # lays out for the new width
            assert assert_blocks_match(reader) > len(reader.text_layout.blocks)


async def test_render_line_equals_the_reference_while_scrolling() -> None:
    """Whole frames through ``render_lines``: strips, offsets for the mouse and all."""
    app = ReaderApp(load_document(CORPUS[0]))
    async with app.run_test(size=(84, 30)) as pilot:
        reader = app.query_one(ReaderView)
        reader.action_select()
        for _ in range(4):
            reader.action_cursor_down()
        reader.search_next()
        await pilot.pause()
        for _ in range(6):
            reader.render_lines(reader.region.reset_offset)
            top = int(reader.scroll_offset.y)
            for y in range(reader.size.height):
                line = top + y
                got = reader.render_line(y)
                if line >= reader.text_layout.row_count:
                    continue
                block = reader.text_layout.block_at(line)
                index = reader.text_layout.blocks[block]
                cursor = reader.cursor[1] if reader.cursor[0] == index else -1
                current = -1
                if reader.find.current is not None:
                    match = reader.find.matches[reader.find.current]
                    current = match.start if match.paragraph == index else -1
                strips = reference_block(
                    reader,
                    block,
                    cursor,
                    reader.text_layout.selected_span(index),
                    current,
                    reader.text_layout.marked_span(index),
                )
                expected = strips[line - reader.text_layout.block_row(block)].apply_offsets(0, line)
                assert got == expected
                assert [s.style.meta["offset"] for s in got if s.style] == [
                    s.style.meta["offset"] for s in expected if s.style
                ]
            reader.action_page_down()
            await pilot.pause()


async def test_edge_paragraphs_match_the_reference() -> None:
    """Latin words, a term at the very start and end, a lone character, wide centring."""
    document = build_document(
        [
            (
                "营商环境",
                [
                    ("body", "营商环境"),
                    (
                        "body",
                        "环境好。优化优化优化。Business environment 营商环境 matters! 企业发展",
                    ),
                    ("h1", "一、营商环境。优化营商环境，发展企业。"),
                    ("salutation", "同志们："),
                    ("body", "企"),
                    ("body", "家庭👨‍👩‍👧营商环境❤️优化，á优化营商。"),  # joiners, VS16
                ],
            ),
        ]
    )
    app = ReaderApp(document)
    async with app.run_test(size=(24, 20)) as pilot:
        reader = app.query_one(ReaderView)
        for size in ((24, 20), (11, 20), (60, 20)):
            await resize(pilot, reader, size)
            reader.render_lines(reader.region.reset_offset)
            assert_blocks_match(reader)
        reader.set_highlight_terms({})
        reader.set_search(None)
        assert_blocks_match(reader)


def test_style_runs_stack_in_span_order() -> None:
    red, bold, blue = Style(color="red"), Style(bold=True), Style(bgcolor="blue")
    starts, styles = style_runs([(0, 6, red), (2, 4, bold), (3, 8, blue)], 10)
    assert starts == [0, 2, 3, 4, 6, 8, 10]
    assert styles == [red, red + bold, red + bold + blue, red + blue, blue, None]
    assert style_runs([], 3) == ([0, 3], [None])
    starts, styles = style_runs([(1, 2, red), (2, 3, red)], 3)  # touching: still two runs
    assert starts == [0, 1, 2, 3] and styles == [None, red, red]


async def test_control_codes_are_not_drawn_and_spans_stay_on_their_text() -> None:
    """rich's Text dropped \\b, \\f … and so shifted spans; the segments drop them in place."""
    document = build_document([(None, [("body", "今天\x08召开大会。营商\x0c环境很好。")])])
    app = ReaderApp(document)
    async with app.run_test(size=(40, 10)):
        reader = app.query_one(ReaderView)
        strips = reader.render_block(0, 1, None, -1, None)
        drawn = "".join(strip.text for strip in strips)
        assert "\x08" not in drawn and "\x0c" not in drawn
        assert "今天召开大会。营商环境很好。" in drawn
        cursor = reader.get_component_rich_style("reader--cursor")
        under_cursor = "".join(
            s.text
            for strip in strips
            for s in strip
            if s.style
            and s.style.bgcolor == ((reader.rich_style + cursor).bgcolor)
            and s.text.strip()
        )
        assert under_cursor == "营商环境很好。"


async def test_the_current_match_shows_inside_the_cursor_sentence() -> None:
    """The cursor's background no longer hides the current match (issue #17)."""
    document = build_document([(None, [("body", "优化营商环境是关键。营商环境要更好。")])])
    app = ReaderApp(document)
    async with app.run_test(size=(60, 10)) as pilot:
        reader = app.query_one(ReaderView)
        reader.set_highlight_terms({})
        reader.set_search("营商环境")
        assert reader.search_next()
        await pilot.pause()
        assert reader.cursor == (0, 1)  # the match after the cursor's sentence, in the cursor
        current = reader.rich_style + reader.get_component_rich_style("reader--search-current")
        strips = reader.block_strips(0)
        drawn = "".join(
            s.text
            for strip in strips
            for s in strip
            if s.style is not None and s.style.bgcolor == current.bgcolor
        )
        assert drawn == "营商环境"


async def test_heading_colours_read_well_in_every_theme() -> None:
    """Every level ≥ 4.5:1 against the reader's background, and four different colours."""
    from textual.color import Color

    from tui.contrast import MIN_CONTRAST, contrast_ratio

    app = ReaderApp(build_document([(None, [("h1", "一、标题。")])]))
    async with app.run_test(size=(40, 10)) as pilot:
        reader = app.query_one(ReaderView)
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            background = reader.rich_style.bgcolor
            assert background is not None
            back = tuple(background.get_truecolor())
            colours = [Color.parse(reader.heading_colour(level)).rgb for level in range(1, 5)]
            for level, colour in enumerate(colours, 1):
                assert contrast_ratio(colour, back) >= MIN_CONTRAST, (theme, level)  # type: ignore[arg-type]
            assert len(set(colours)) == 4, theme
            paragraph = reader.document.paragraphs[0]  # type: ignore[union-attr]
            drawn = reader.paragraph_style(paragraph).color
            assert drawn is not None and drawn.get_truecolor() == colours[0], theme


async def test_a_paragraph_of_many_rows_is_drawn_only_where_it_is_shown() -> None:
    """A paragraph of a great many rows (a 20 MB file of one line) was drawn whole for each
    frame and each cursor move in it: 150,000 strips, 4 s a time with the interface frozen
    (safety85). Now the rows shown are drawn, and they are what the whole drawing gave."""
    text = "营商环境是企业发展的土壤，优化营商环境就是解放生产力。" * 500
    app = ReaderApp(build_document([(None, [("body", text)])]))
    async with app.run_test(size=(40, 12)) as pilot:
        reader = app.query_one(ReaderView)
        await until(pilot, lambda: len(reader._strip_cache) > 0, "the first frame drawn")
        strips = reader.block_strips(0)  # the frame's own (the same key: no new drawing)
        assert len(strips) > 600
        assert getattr(strips, "drawn", len(strips)) <= 2 * reader.size.height
        layers = layers_for(reader, 0)
        got = reader.render_block(0, *layers)
        assert list(got) == reference_block(reader, 0, *layers)
        assert list(got[-3:]) == list(got)[-3:] and got[-1] == list(got)[-1]
