"""Noise shown in place (``z``): the layout model's rules, table-tested without an app.

A paragraph the engine takes for noise (a page header, a page number, an advertising
line) is hidden by default; ``ReaderLayout.set_show_noise(True)`` makes it a block of its
own, in place, with no indent of its own and no spacing but a blank line from a title or
front matter above it (or from the text under it when it opens the file), the other
blocks' spacing as it was.
"""

from __future__ import annotations

import pytest

from tests.documents import build_document
from tui.engine.model import Document
from tui.reader_layout import INDENT_CELLS, ReaderLayout, index_blocks
from tui.reader_search import SearchMatches

# 0 title, 1 noise, 2 salutation, 3 body, 4 noise, 5 body, 6 h1, 7 body
# | 8 noise, 9 title, 10 body
DOCUMENT = build_document(
    [
        (
            "在第一次大会上的讲话",
            [
                ("noise", "— 1 —"),
                ("salutation", "同志们："),
                ("body", "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。"),
                ("noise", "第2页 共3页"),
                ("body", "我们要坚持问题导向！营商环境只有进行时。"),
                ("h1", "一、深化改革。"),
                ("body", "改革要落地。"),
            ],
        ),
        (None, [("noise", "广告：扫码关注")]),
        ("在第二次大会上的讲话", [("body", "优化营商环境，我们一起努力。")]),
    ]
)
NOISE = [1, 4, 8]

ALL_NOISE = build_document([(None, [("noise", "— 1 —"), ("noise", "www.example.com")])])


def laid_out(show_noise: bool, document: Document = DOCUMENT, width: int = 24) -> ReaderLayout:
    layout = ReaderLayout()
    layout.show_noise = show_noise
    layout.load(document, width)
    return layout


@pytest.mark.parametrize(
    ("show_noise", "blocks", "spacing", "first_indents"),
    [
        (
            False,
            [0, 2, 3, 5, 6, 7, 9, 10],
            [0, 1, 0, 0, 1, 0, 2, 1],
            [0, 0, 4, 4, 4, 4, 0, 4],
        ),
        (
            True,
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            # noise: the others' spacing as without it (the salutation still 1 after
            # the title, the body after the page number 0, the second speech's title 2
            # after the ad); of its own, only 1 under a title (the page number under
            # the first one, which sat right under it)
            [0, 1, 1, 0, 0, 0, 1, 0, 0, 2, 1],
            [0, 0, 0, 4, 0, 4, 4, 4, 0, 0, 4],
        ),
    ],
    ids=["hidden", "shown"],
)
def test_blocks_with_noise_hidden_and_shown(
    show_noise: bool, blocks: list[int], spacing: list[int], first_indents: list[int]
) -> None:
    index = index_blocks(DOCUMENT.paragraphs, show_noise)
    assert index.blocks == blocks
    assert index.spacing == spacing
    assert index.first_indents == [INDENT_CELLS if cells else 0 for cells in first_indents]
    assert index.headings == [6]


def test_the_speech_after_a_shown_noise_line_starts_at_its_title() -> None:
    """The second speech's first paragraph is an ad (8): ``}`` lands on its title (9)
    whether the ad is shown or not; its row is the second speech's, two blank lines above."""
    for show in (False, True):
        layout = laid_out(show)
        assert layout.speech_starts == [0, 9], show
    shown = laid_out(True)
    # The ad keeps no blank lines of its own: it sits right under the first speech.
    assert shown.spacing(shown.block_of(8)) == 0


def test_noise_is_counted_shown_or_not() -> None:
    assert laid_out(False).noise_paragraphs == len(NOISE)
    assert laid_out(True).noise_paragraphs == len(NOISE)
    assert [b for b in range(len(laid_out(True).blocks)) if laid_out(True).is_noise(b)] == [
        1,
        4,
        8,
    ]


@pytest.mark.parametrize(
    ("cursor", "shown_then_hidden"),
    [
        ((3, 1), (3, 1)),  # a body sentence stays where it is both ways
        ((7, 0), (7, 0)),
        ((4, 0), (5, 0)),  # on the page number when it goes: the next shown sentence
        ((8, 0), (9, 0)),  # on the ad before the second speech: its title
    ],
)
def test_the_cursor_keeps_its_sentence(
    cursor: tuple[int, int], shown_then_hidden: tuple[int, int]
) -> None:
    layout = laid_out(False)
    if cursor[0] not in NOISE:
        layout.cursor = cursor
    assert layout.set_show_noise(True)
    if cursor[0] in NOISE:
        layout.cursor = cursor  # a noise line can be the cursor's only when shown
    assert layout.cursor == cursor
    assert not layout.set_show_noise(True)  # nothing changed
    assert layout.set_show_noise(False)
    assert layout.cursor == shown_then_hidden


def test_a_keyboard_selection_survives_the_switch() -> None:
    layout = laid_out(False)
    layout.anchor, layout.cursor = (3, 0), (5, 1)
    layout.set_show_noise(True)
    assert layout.sentence_selection == ((3, 0), (5, 1))


def test_the_cursor_steps_onto_shown_noise_and_over_hidden_noise() -> None:
    hidden, shown = laid_out(False), laid_out(True)
    for layout in (hidden, shown):
        layout.cursor = (3, 1)
    assert hidden.neighbour(1) == (5, 0)
    assert shown.neighbour(1) == (4, 0)


def test_row_of_a_body_sentence_moves_by_the_noise_rows_above_only() -> None:
    """Shown noise adds its own line and nothing else but the blank line setting the page
    number under the title apart: the body after the second page number is one row lower
    per noise line above it (each fits one line at this width), and one more."""
    hidden, shown = laid_out(False), laid_out(True)
    for layout in (hidden, shown):
        layout.refine(0, 10_000)
    assert shown.sentence_rows((5, 0))[0] == hidden.sentence_rows((5, 0))[0] + 3
    assert shown.sentence_rows((0, 0)) == hidden.sentence_rows((0, 0))


@pytest.mark.parametrize(
    ("chars", "text"),
    [
        # across the page number: the page number left out
        (((3, 15), (5, 10)), "优化营商环境就是解放生产力。\n我们要坚持问题导向！"),
        (((4, 0), (4, 7)), "第2页 共3页"),
        (((1, 0), (2, 3)), "同志们"),
    ],
    ids=["across a page number", "the page number alone", "a header and text"],
)
def test_copied_text_leaves_shown_noise_out_of_a_quote(
    chars: tuple[tuple[int, int], tuple[int, int]], text: str
) -> None:
    assert laid_out(True).range_text(chars) == text


def test_an_all_noise_file_has_blocks_only_when_noise_is_shown() -> None:
    hidden = laid_out(False, ALL_NOISE)
    assert not hidden.shown
    assert hidden.noise_paragraphs == 2
    assert hidden.set_show_noise(True)
    assert hidden.shown
    assert hidden.blocks == [0, 1]
    assert hidden.cursor == (0, 0)
    assert hidden.set_show_noise(False)
    assert not hidden.shown


def test_shown_noise_is_searched_hidden_noise_is_not() -> None:
    for show, found in ((False, []), (True, [4])):
        layout = laid_out(show)
        matches = SearchMatches()
        matches.find(DOCUMENT, layout.blocks, "共3页")
        assert [m.paragraph for m in matches.matches] == found
