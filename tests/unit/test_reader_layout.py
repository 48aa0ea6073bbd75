"""The reader's layout model and find state, without an app (issue #18: table-tested)."""

from __future__ import annotations

import pytest

from tests.documents import build_document
from tui.engine.model import Document
from tui.engine.wrap import wrap
from tui.reader_layout import INDENT_CELLS, ReaderLayout, index_blocks, sentences_of
from tui.reader_search import SearchMatches

# 0 title, 1 salutation, 2 h1, 3 body (3 sentences), 4 noise, 5 h2, 6 body | 7 title, 8 h1, 9 body
DOCUMENT = build_document(
    [
        (
            "在第一次大会上的讲话",
            [
                ("salutation", "同志们："),
                ("h1", "一、提高认识。"),
                (
                    "body",
                    "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。我们要坚持问题导向！",
                ),
                ("noise", "广告：扫码关注"),
                ("h2", "（一）深化改革。"),
                ("body", "营商环境只有进行时。"),
            ],
        ),
        (
            "在第二次大会上的讲话",
            [
                ("h1", "一、再讲一点。"),
                ("body", "优化营商环境，我们一起努力。"),
            ],
        ),
    ]
)


def laid_out(width: int = 20, document: Document = DOCUMENT) -> ReaderLayout:
    layout = ReaderLayout()
    layout.load(document)
    layout.set_width(width)
    return layout


def test_blocks_skip_noise_and_carry_spacing() -> None:
    index = index_blocks(DOCUMENT.paragraphs)
    assert index.blocks == [0, 1, 2, 3, 5, 6, 7, 8, 9]
    # title | salutation after a title: 1 | h1: 1 | body | h2 | body | new speech: 2 | ...
    assert index.spacing == [0, 1, 1, 0, 0, 0, 2, 1, 0]
    assert index.headings == [2, 5, 8]
    assert index.first_indents == [
        0,
        0,
        INDENT_CELLS,
        INDENT_CELLS,
        INDENT_CELLS,
        INDENT_CELLS,
        0,
        INDENT_CELLS,
        INDENT_CELLS,
    ]


def test_estimates_then_exact_counts() -> None:
    layout = laid_out(20)
    assert layout.exact_blocks == 0
    body = layout.block_of(3)
    lines = wrap(DOCUMENT.paragraphs[3].text, 20, INDENT_CELLS, 0)
    layout.ensure_exact(body)
    assert layout.is_exact(body)
    assert layout.row_counts[body] == layout.spacing(body) + len(lines)
    assert layout.block_row(body + 1) == layout.block_row(body) + layout.row_counts[body]
    assert layout.refine(0, 10_000) in (True, False)
    assert layout.exact_blocks == len(layout.blocks)
    assert layout.row_count == sum(layout.row_counts)


def test_worker_counts_are_taken_only_for_their_layout() -> None:
    layout = laid_out(20)
    job = layout.exact_counts()
    assert job is not None
    counts = job.run()
    assert counts is not None
    layout.set_width(30)  # a new layout: the old job's counts are stale
    assert not layout.apply_exact_counts(job.generation, counts)
    fresh = layout.exact_counts()
    assert fresh is not None and fresh.width == 30
    fresh_counts = fresh.run()
    assert fresh_counts is not None
    assert layout.apply_exact_counts(fresh.generation, fresh_counts)
    assert layout.exact_blocks == len(layout.blocks)
    assert job.run(lambda: True) is None  # cancelled


BLOCK_OF = [(0, 0), (3, 3), (4, 4), (5, 4), (9, 8), (99, 8)]


@pytest.mark.parametrize(("paragraph", "block"), BLOCK_OF, ids=[str(p) for p, _ in BLOCK_OF])
def test_block_of_snaps_hidden_paragraphs_forward(paragraph: int, block: int) -> None:
    assert laid_out().block_of(paragraph) == block


CLAMP = [((4, 0), (5, 0)), ((3, 9), (3, 2)), ((3, -1), (3, 0)), ((-5, 0), (0, 0))]


@pytest.mark.parametrize(("given", "want"), CLAMP, ids=[str(g) for g, _ in CLAMP])
def test_clamp(given: tuple[int, int], want: tuple[int, int]) -> None:
    assert laid_out().clamp(given) == want


def test_neighbour_steps_over_hidden_paragraphs_and_stops_at_the_ends() -> None:
    layout = laid_out()
    layout.cursor = (3, 2)
    assert layout.neighbour(1) == (5, 0)  # over the noise paragraph 4
    layout.cursor = (5, 0)
    assert layout.neighbour(-1) == (3, 2)
    layout.cursor = layout.first_sentence()
    assert layout.neighbour(-1) is None
    layout.cursor = layout.last_sentence()
    assert layout.neighbour(1) is None


JUMPS = [((0, 0), 1, 2), ((2, 0), 1, 5), ((5, 0), -1, 2), ((2, 0), -1, None), ((8, 0), 1, None)]


@pytest.mark.parametrize(("cursor", "direction", "want"), JUMPS, ids=[str(j) for j in JUMPS])
def test_jump_target(cursor: tuple[int, int], direction: int, want: int | None) -> None:
    layout = laid_out()
    layout.cursor = cursor
    assert layout.jump_target(layout.headings, direction) == want


def test_jump_back_inside_a_heading_goes_to_its_start_first() -> None:
    document = build_document([(None, [("h1", "一、第一句。第二句。"), ("h1", "二、再来。")])])
    layout = laid_out(40, document)
    layout.cursor = (0, 1)
    assert layout.jump_target(layout.headings, -1) == 0


def test_sentence_rows_and_first_sentence_from() -> None:
    layout = laid_out(12)
    layout.refine(0, 10_000)
    first, last = layout.sentence_rows((3, 0))
    assert layout.text_row(layout.block_of(3)) == first <= last
    assert layout.first_sentence_from(first) == (3, 0)
    assert layout.first_sentence_from(first + 1)[0] >= 3
    # past the end: the last sentence
    assert layout.first_sentence_from(layout.row_count + 5) == layout.last_sentence()


def test_point_at_and_offset_of_are_inverse() -> None:
    layout = laid_out(14)
    layout.refine(0, 10_000)
    text = DOCUMENT.paragraphs[3].text
    for char in range(len(text)):
        column, row = layout.offset_of(3, char)
        assert layout.point_at(row, column) == (3, char)


def test_titles_are_centred_body_lines_indented() -> None:
    layout = laid_out(40)
    title = layout.block_of(0)
    used = sum(2 for _ in DOCUMENT.paragraphs[0].text)
    assert layout.line_pad(title, 0) == (40 - used) // 2
    body = layout.block_of(3)
    assert layout.line_pad(body, 0) == INDENT_CELLS
    layout.set_width(12)
    assert len(layout.lines_of(body)) > 1 and layout.line_pad(body, 1) == 0


TITLE_LONG = "在全市 2022 年优化营商环境和招商引资大会上的讲话"


@pytest.mark.parametrize(
    ("title", "width", "lines"),
    [
        # one or two characters were left alone under a title a little too long (newuser21)
        (TITLE_LONG, 46, ["在全市 2022 年优化营商环", "境和招商引资大会上的讲话"]),
        ("在全市优化营商环境工作会议上的讲话", 30, ["在全市优化营商环境", "工作会议上的讲话"]),
        # as many lines as before, each as even as the breaks allow
        ("在全市优化营商环境工作会议上的讲话", 14, ["在全市优化营", "商环境工作会", "议上的讲话"]),
        ("在全市优化营商环境工作会议上的讲话", 80, ["在全市优化营商环境工作会议上的讲话"]),
    ],
)
def test_a_wrapped_title_s_lines_are_even(title: str, width: int, lines: list[str]) -> None:
    document = build_document([(title, [("body", "营商环境是企业生存发展的土壤。")])])
    layout = laid_out(width, document)
    block = layout.block_of(0)
    drawn = [title[start:end].rstrip(" ") for start, end in layout.lines_of(block)]
    assert drawn == lines
    assert len(drawn) == len(wrap(title, width, 0, 0))  # the rows counted do not change
    for row, line in enumerate(drawn):  # each still centred within the width
        used = sum(1 if ch.isascii() else 2 for ch in line)
        assert used <= width and layout.line_pad(block, row) == (width - used) // 2


def test_keyboard_and_mouse_selection_share_one_range() -> None:
    layout = laid_out()
    layout.cursor = (3, 1)
    layout.anchor = (3, 1)
    layout.cursor = (5, 0)
    sentences = sentences_of(DOCUMENT.paragraphs[3])
    assert layout.selected_range == ((3, sentences[1].start), (5, len("（一）深化改革。")))
    assert (
        layout.range_text(layout.selected_range)
        == "优化营商环境就是解放生产力。我们要坚持问题导向！\n（一）深化改革。"
    )
    assert layout.selected_span(5) == (0, len("（一）深化改革。"))
    assert layout.selected_span(6) is None
    layout.anchor = None
    layout.marked = ((2, 3), (3, 4))
    assert layout.selected_range == ((2, 3), (3, 4))
    assert layout.range_text(layout.marked) == "高认识。\n营商环境"
    assert layout.marked_span(2) == (3, len(DOCUMENT.paragraphs[2].text))
    assert layout.marked_span(3) == (0, 4)
    assert layout.marked_span(5) is None


def test_percent_read() -> None:
    layout = laid_out()
    layout.cursor = layout.first_sentence()
    assert 0 < layout.percent_read_to(None) < 20
    layout.cursor = layout.last_sentence()
    assert layout.percent_read_to(None) == 100
    assert ReaderLayout().percent_read_to(None) == 0


def test_percent_read_within_a_sentence_longer_than_the_view() -> None:
    """A text with no sentence end is one sentence: the percentage follows the view's last
    row through it instead of saying 100 from the first page."""
    text = "营商环境" * 500
    document = build_document([(None, [("body", text)])])
    layout = laid_out(20, document)
    layout.cursor = layout.first_sentence()
    assert layout.percent_read_to(None) == 100
    first, last = layout.sentence_rows(layout.cursor)
    seen = [layout.percent_read_to(row) for row in (first + 10, first + 100, last - 30, last)]
    assert 0 < seen[0] < seen[1] < seen[2] < 100 == seen[3]
    assert seen[0] == round(
        100 * (8 + 10 * 10) / 2000
    )  # 8 characters after the indent, then 10 a row


def test_char_at_finds_the_character_under_a_click() -> None:
    layout = laid_out(40)
    body = layout.block_of(3)
    row = layout.text_row(body)
    assert layout.char_at(row, INDENT_CELLS) == (3, 0)
    assert layout.char_at(row, INDENT_CELLS + 2) == (3, 1)  # wide characters: 2 cells each


def test_search_steps_wrap_and_count_by_section() -> None:
    find = SearchMatches()
    layout = laid_out()
    find.find(DOCUMENT, layout.blocks, "营商环境")
    assert [m.paragraph for m in find.matches] == [3, 3, 6, 9]
    assert find.status == (0, 4)
    match = find.step(DOCUMENT, (0, 0), 1)
    assert match is not None and match.paragraph == 3 and find.status == (1, 4)
    sentence = 0
    for _ in range(3):
        match = find.step(DOCUMENT, (match.paragraph, sentence), 1)
        assert match is not None
        assert not find.wrapped
        sentence = 1 if match.paragraph == 3 else 0
    match = find.step(DOCUMENT, (9, 0), 1)
    assert match is not None and match.paragraph == 3 and find.wrapped
    match = find.step(DOCUMENT, (3, 0), -1)
    assert match is not None and match.paragraph == 9 and find.wrapped
    assert find.counts_by_paragraph() == {3: 2, 6: 1, 9: 1}
    assert find.counts_by_heading(DOCUMENT) == {2: 3, 5: 1, 8: 1}
    assert find.counts_by_speech(DOCUMENT) == {0: 3, 1: 1}
    assert find.mark_in(6, 0, 10) and find.current_match == find.matches[2]
    find.find(DOCUMENT, layout.blocks, None)
    assert find.matches == [] and find.step(DOCUMENT, (0, 0), 1) is None


def test_search_within_one_speech_wraps_there() -> None:
    """The keyword panel's Enter looks in the cursor's speech only (not the next speech)."""
    find = SearchMatches()
    find.find(DOCUMENT, laid_out().blocks, "营商环境")
    speech = DOCUMENT.speeches[0]
    match = find.step(DOCUMENT, (6, 0), 1, within=(speech.first, speech.end))
    assert match is not None and match.paragraph == 3 and find.wrapped
    other = DOCUMENT.speeches[1]
    match = find.step(DOCUMENT, (0, 0), 1, within=(other.first, other.end))
    assert match is not None and match.paragraph == 9
    assert find.step(DOCUMENT, (0, 0), 1, within=(0, 2)) is None


def test_search_ignores_hidden_paragraphs_and_latin_case() -> None:
    document = build_document([(None, [("body", "Business first。"), ("noise", "business ad")])])
    layout = laid_out(40, document)
    find = SearchMatches()
    find.find(document, layout.blocks, "BUSINESS")
    assert [(m.paragraph, m.start) for m in find.matches] == [(0, 0)]


def test_find_reads_corpus_search_query_syntax() -> None:
    """``/`` reads a query as corpus search does: AND in a paragraph, "phrase", -word, 标题:."""
    document = build_document(
        [
            (
                "优化营商环境大会讲话",
                [
                    ("h1", "一、深化改革优化营商环境"),
                    ("body", "营商环境要改革。改革要深化。"),
                    ("body", "营商环境要优化，招商引资。"),
                    ("body", "digital economy and the economy"),
                ],
            ),
        ]
    )
    layout = laid_out(40, document)
    find = SearchMatches()

    def found(query: str) -> list[tuple[int, int, int]]:
        find.find(document, layout.blocks, query)
        return [(m.paragraph, m.start, m.end) for m in find.matches]

    # Both words, only where both are (the title and paragraph 3 have no 改革): each match marked.
    assert found("营商环境 改革") == [(1, 4, 6), (1, 8, 12), (2, 0, 4), (2, 5, 7), (2, 8, 10)]
    assert found("营商环境 -招商") == [(0, 2, 6), (1, 8, 12), (2, 0, 4)]
    assert found('"digital economy"') == [(4, 0, 15)]
    assert found("digital economy") == [(4, 0, 7), (4, 8, 15), (4, 24, 31)]
    assert found("标题:营商环境") == [(0, 2, 6), (1, 8, 12)]
    assert found("-营商环境") == []  # nothing to look for


def test_sentence_at_percent_is_where_percent_read_says_so() -> None:
    layout = laid_out()
    total = sum(len(DOCUMENT.paragraphs[block].text) for block in layout.blocks)
    assert layout.sentence_at_percent(0) == layout.first_sentence()
    assert layout.sentence_at_percent(100) == layout.last_sentence()
    for percent in range(1, 100, 7):
        layout.cursor = layout.sentence_at_percent(percent)
        # The sentence holding that character: read to its end, at least that far.
        assert layout.percent_read_to(None) >= percent
        paragraph, sentence = layout.cursor
        start = sentences_of(DOCUMENT.paragraphs[paragraph])[sentence].start
        before = sum(len(DOCUMENT.paragraphs[b].text) for b in layout.blocks if b < paragraph)
        assert 100 * (before + start) / total <= percent


def test_sentence_at_line_takes_the_next_shown_paragraph() -> None:
    layout = laid_out()
    paragraphs = DOCUMENT.paragraphs
    assert layout.sentence_at_line(paragraphs[3].line) == (3, 0)
    assert layout.sentence_at_line(paragraphs[4].line) == (5, 0)  # noise: hidden
    assert layout.sentence_at_line(1) == (0, 0)
    assert layout.sentence_at_line(10_000) == layout.last_sentence()


@pytest.mark.parametrize("direction", [1, -1])
def test_neighbour_with_a_count_lands_where_single_steps_do(direction: int) -> None:
    """``neighbour(direction, times)`` (a count like ``5j``, worked out a paragraph at a
    time) is ``times`` single steps, stopping at the last sentence there is that way."""
    layout = laid_out()
    starts = [(block, sentence) for block in layout.blocks for sentence in range(3)]
    for start in [layout.clamp(place) for place in starts]:
        for times in (1, 2, 3, 5, 8, 99_999):
            layout.cursor = start
            walked = None
            for _ in range(times):
                step = layout.neighbour(direction)
                if step is None:
                    break
                walked = layout.cursor = step
            layout.cursor = start
            assert layout.neighbour(direction, times) == walked, (start, times)


def test_a_list_item_wraps_under_its_text_past_the_bullet() -> None:
    """A list item's wrapped lines started at the margin under its bullet, so the item read
    as a bullet line and a new paragraph (newuser25, c10's • 15岁那年… at 120 columns): they
    go under its text, the bullet alone in the margin; lines, clicks and exact counts agree.
    A paragraph without a bullet wraps at the margin as before."""
    item = "• 15岁那年，开始在美国一家中国餐厅工作。开始问自己，为什么我会在这里？"
    plain = "15岁那年，开始在美国一家中国餐厅工作。开始问自己，为什么我会在这里？"
    document = build_document([("讲话", [("body", item), ("body", plain)])])
    layout = laid_out(24, document)
    listed, other = layout.block_of(1), layout.block_of(2)
    hang = INDENT_CELLS + 2  # "• " is two cells
    lines = layout.lines_of(listed)
    assert lines == wrap(item, 24, INDENT_CELLS, hang) and len(lines) > 2
    assert [layout.line_pad(listed, row) for row in range(3)] == [INDENT_CELLS, hang, hang]
    assert [layout.line_pad(other, row) for row in range(2)] == [INDENT_CELLS, 0]
    # A click on the second line's first cell of text is its first character.
    row = layout.text_row(listed) + 1
    assert layout.char_at(row, hang) == (1, lines[1][0])
    layout.ensure_exact(listed)
    assert layout.row_counts[listed] == layout.spacing(listed) + len(lines)
