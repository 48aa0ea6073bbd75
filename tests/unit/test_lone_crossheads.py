"""Crossheads with commas on lines of their own in a report whose lines are whole paragraphs
(issue #14, holdout34 s01, s02: 壹、… | 执行前瞻计画，加速5G建设进程 | text…). ``reflow`` used to
join such a line to the paragraph under it (a comma: a sentence going on), and ``plain_series``
kept comma lines only under unnumbered part lines. Now a short line with no sentence mark
stands alone where the text's long lines are whole paragraphs and a long paragraph follows it,
and comma lines are subtitles of numbered sections when two sections or more open with one and
hold two or more. The first group failed on the engine before the rules; the traps hold a
looser rule back (lines cut at a width, comma lines after a section's own text, a short
paragraph under the line).

Later (engine73, holdout34 s01): a comma line over a whole paragraph shorter than ``_LONG_LINE``
that ends a sentence (…接種率10月達7成 | a paragraph of 57 characters) stands alone too, and a
numbered section's subtitles may mix shapes — unpunctuated lines, comma lines, two matched halves
— counted together, where one at least has no punctuation."""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

OPENING = "王主任委员大明：主席、各位委员，大家好："
PREAMBLE = "今日大明很荣幸，应邀率同行政团队到贵委员会进行业务概况报告，并备质询，深感荣幸，以下谨就本会各项业务的推动情形提出报告。"
TEXT = "为加速我国数位基础建设，本会规划多项前瞻基础建设计画，其中编列相关经费补助业者建设偏远地区网路，预计于明年底前全数完成建置作业，以缩短城乡数位落差。"
MORE = "本会也将透过相关计画，鼓励电信业者采用国产设备，并持续督导各项建设的执行进度，确保计画如期如质完成，让民众享有更优质的通讯服务与网路环境。"
CROSS = [
    "执行前瞻计画，加速网路建设进程",
    "办理频谱整备，确保频谱和谐共用",
    "检讨批发价格管制机制，促进市场竞争",
    "强化广播电视争议处理，健全产业发展",
]


def _report(*lines: str) -> str:
    return "\n".join((OPENING, PREAMBLE, *lines)) + "\n"


REPORT = [
    "壹、推动数位基础建设，缩短偏乡数位落差",
    CROSS[0],
    TEXT,
    MORE,
    CROSS[1],
    TEXT,
    "贰、维护通传市场秩序，健全通传产业发展",
    CROSS[2],
    TEXT,
    CROSS[3],
    MORE,
    "参、结语",
    MORE,
]


def test_comma_crossheads_opening_numbered_sections_are_their_subtitles() -> None:
    assert one_speech_outline(_report(*REPORT)) == [
        (1, "壹、推动数位基础建设，缩短偏乡数位落差"),
        (2, CROSS[0]),
        (2, CROSS[1]),
        (1, "贰、维护通传市场秩序，健全通传产业发展"),
        (2, CROSS[2]),
        (2, CROSS[3]),
        (1, "参、结语"),
    ]


def test_a_comma_line_standing_alone_is_a_paragraph_of_its_own() -> None:
    # (reflow alone: one section, so no heading, but the line is not run into the text)
    lines = ["壹、推动数位基础建设", TEXT, MORE, CROSS[1], TEXT, MORE]
    paragraphs = [p.text for p in parse_text(_report(*lines)).paragraphs]
    assert CROSS[1] in paragraphs
    assert TEXT in paragraphs


# --- traps --------------------------------------------------------------------------------


def test_comma_lines_after_each_sections_own_text_are_text() -> None:
    # No section opens with a comma line: they are the sections' short paragraphs.
    lines = [
        "壹、推动数位基础建设，缩短偏乡数位落差",
        TEXT,
        CROSS[0],
        TEXT,
        CROSS[1],
        MORE,
        "贰、维护通传市场秩序，健全通传产业发展",
        TEXT,
        CROSS[2],
        TEXT,
        CROSS[3],
        MORE,
    ]
    assert one_speech_outline(_report(*lines)) == [
        (1, "壹、推动数位基础建设，缩短偏乡数位落差"),
        (1, "贰、维护通传市场秩序，健全通传产业发展"),
    ]


def test_one_section_opening_with_comma_lines_is_not_enough() -> None:
    lines = [
        *REPORT[:6],
        "贰、维护通传市场秩序，健全通传产业发展",
        TEXT,
        CROSS[2],
        TEXT,
        CROSS[3],
        MORE,
    ]
    assert [level for level, _ in one_speech_outline(_report(*lines))] == [1, 1]


def test_a_short_line_in_a_text_whose_long_lines_stop_anywhere_goes_on() -> None:
    # A PDF's page cuts: the long lines (of all lengths: no width) stop inside their
    # sentences, so a short comma line after a finished one is the head of the next sentence.
    lines: list[str] = []
    for cut in (60, 64, 68, 62, 66):
        lines += [TEXT[:cut], TEXT[cut:]]
    lines += ["在这一年来，我们", TEXT]
    paragraphs = [p.text for p in parse_text(_report(*lines)).paragraphs]
    assert "在这一年来，我们" not in paragraphs


def test_a_short_line_over_a_short_paragraph_goes_on() -> None:
    # The line after is no long paragraph: 在这一年来， | 我们持续推动相关工作。 is one sentence.
    lines = [
        TEXT,
        MORE,
        TEXT,
        MORE,
        TEXT,
        "在这一年来，我们",
        "持续推动相关工作，获得各界肯定。",
        MORE,
    ]
    paragraphs = [p.text for p in parse_text(_report(*lines)).paragraphs]
    assert "在这一年来，我们" not in paragraphs


# --- subtitles of mixed shapes (engine73, holdout34 s01) ---------------------------------------

WHOLE = "未来随着疫苗陆续到货，政府会以最高的效率，努力冲高第一剂接种率，同时也兼顾第二剂，有疫苗就施打。"
"""A whole paragraph of 48 characters: shorter than ``reflowcrossheads.LONG_LINE``, ending a sentence."""
MIXED = [
    "壹、疫苗整备",
    TEXT,
    "一年前即启动多元采购",  # (no punctuation at all)
    TEXT,
    "友谊疫苗，剂剂都珍贵",  # (two matched halves)
    MORE,
    "民间热心，造福国人",
    TEXT,
    "贰、疫苗接种",
    MORE,
    "从「别人不打我率先」，到四个月内接种率过半",  # (comma lines after the section's own text)
    TEXT,
    "冲高第一剂也兼顾第二剂，接种率十月达七成",
    WHOLE,
    "参、结语",
    MORE,
]


def test_a_comma_line_over_a_whole_paragraph_of_one_sentence_stands_alone() -> None:
    lines = ["壹、推动数位基础建设", TEXT, MORE, TEXT, MORE, CROSS[1], WHOLE, MORE]
    paragraphs = [p.text for p in parse_text(_report(*lines)).paragraphs]
    assert CROSS[1] in paragraphs
    assert WHOLE in paragraphs


def test_subtitles_of_mixed_shapes_are_the_sections_subtitles() -> None:
    assert one_speech_outline(_report(*MIXED)) == [
        (1, "壹、疫苗整备"),
        (2, "一年前即启动多元采购"),
        (2, "友谊疫苗，剂剂都珍贵"),
        (2, "民间热心，造福国人"),
        (1, "贰、疫苗接种"),
        (2, "从「别人不打我率先」，到四个月内接种率过半"),
        (2, "冲高第一剂也兼顾第二剂，接种率十月达七成"),
        (1, "参、结语"),
    ]


# --- traps --------------------------------------------------------------------------------


def test_a_comma_line_over_a_paragraph_that_goes_on_is_joined() -> None:
    # The line under it is longer than a short line but ends no sentence: a sentence goes on.
    goes_on = WHOLE[:-1] + "，并且"
    lines = ["壹、推动数位基础建设", TEXT, MORE, TEXT, MORE, CROSS[1], goes_on, MORE]
    paragraphs = [p.text for p in parse_text(_report(*lines)).paragraphs]
    assert CROSS[1] not in paragraphs


def test_mixed_shapes_with_no_unpunctuated_line_are_text() -> None:
    # The same layout with every subtitle a comma line: each section's short paragraphs.
    lines = [
        ("疫苗采购，一年前即启动" if line == "一年前即启动多元采购" else line) for line in MIXED
    ]
    assert one_speech_outline(_report(*lines)) == [
        (1, "壹、疫苗整备"),
        (2, "友谊疫苗，剂剂都珍贵"),
        (2, "民间热心，造福国人"),
        (1, "贰、疫苗接种"),
        (1, "参、结语"),
    ]


def test_mixed_shapes_in_one_section_only_are_text() -> None:
    lines = [line for line in MIXED if not line.startswith(("从「", "冲高"))]
    assert one_speech_outline(_report(*lines)) == [
        (1, "壹、疫苗整备"),
        (2, "友谊疫苗，剂剂都珍贵"),
        (2, "民间热心，造福国人"),
        (1, "贰、疫苗接种"),
        (1, "参、结语"),
    ]
