"""Crossheads (issue #14, holdout32 p07: a news agency's summary of a report): under a report's
unnumbered part lines, lines of a clause or two with commas and no sentence mark, each on its
own between paragraphs of text, are a second rank of unnumbered headings when a part holds two
or more of them. Each row of the first group failed on the engine before the rule; the traps
hold a looser rule back (a quotation, a date and place line, a speaker's turn, a poem, a list,
one comma line per part, comma lines with no part lines over them)."""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline

TITLE = "某省人民政府工作报告（摘要）"
PARA = "　　省长在报告中指出，过去一年全省经济运行总体平稳，主要指标好于预期，发展质量稳步提升，人民生活持续改善。"
TALK = "　　他说，我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
PART_1 = "　　过去一年的主要工作"
PART_2 = "　　今年的目标任务"
CROSS_1 = "　　经济运行稳中有进，全年地区生产总值增长百分之五点二"
CROSS_2 = "　　改革开放持续深化，一批重大改革举措落地见效"
CROSS_3 = "　　扎实推进乡村振兴，加快建设农业强省和美丽乡村"
CROSS_4 = "　　持续保障改善民生，兜牢兜住基本民生底线"


def _text(*lines: str) -> str:
    return "\n\n".join((TITLE, *lines)) + "\n"


SUMMARY = [
    PARA,
    PART_1,
    PARA,
    CROSS_1,
    TALK,
    PARA,
    CROSS_2,
    TALK,
    "　　第一，深化国资国企改革。" + TALK[2:],
    "　　第二，优化营商环境。" + TALK[2:],
    PART_2,
    TALK,
    CROSS_3,
    TALK,
    CROSS_4,
    PARA,
]


def test_crossheads_are_a_second_rank_under_the_part_lines() -> None:
    assert one_speech_outline(_text(*SUMMARY)) == [
        (1, "过去一年的主要工作"),
        (2, "经济运行稳中有进，全年地区生产总值增长百分之五点二"),
        (2, "改革开放持续深化，一批重大改革举措落地见效"),
        (3, "第一，深化国资国企改革"),
        (3, "第二，优化营商环境"),
        (1, "今年的目标任务"),
        (2, "扎实推进乡村振兴，加快建设农业强省和美丽乡村"),
        (2, "持续保障改善民生，兜牢兜住基本民生底线"),
    ]


def test_crossheads_make_the_part_lines_headings_without_numbered_ones() -> None:
    # No numbered heading at all: the parts hold the crossheads, so they are the outline.
    lines = [line for line in SUMMARY if not line.startswith("　　第")]
    assert [level for level, _ in one_speech_outline(_text(*lines))] == [1, 2, 2, 1, 2, 2]


def test_one_part_with_two_crossheads_is_enough() -> None:
    lines = SUMMARY[:10] + [PART_2, TALK, CROSS_3.replace("，", ""), TALK]
    assert one_speech_outline(_text(*lines))[:3] == [
        (1, "过去一年的主要工作"),
        (2, "经济运行稳中有进，全年地区生产总值增长百分之五点二"),
        (2, "改革开放持续深化，一批重大改革举措落地见效"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "　　“发展是第一要务，人才是第一资源”",  # a quotation
        "　　二〇二四年一月，于省城",  # a date and place line
        "　　二〇二四年一月十日，北京",
        "　　主持人：下面，请省长作报告",  # a speaker's turn
        "　　注：本文有删节，标题为编者所加",  # a label
        "　　（图为省长作报告，记者摄）",  # a caption
        "　　1、2、3号文件，均已印发",  # a table row or a figure
        "　　经济运行稳中有进，发展质量稳步提升，",  # a sentence going on
        "　　经济运行稳中有进。发展质量稳步提升",  # a sentence mark inside
        "　　稳，进",  # too short
        "　　" + "经济运行稳中有进，" * 7 + "发展质量稳步提升",  # too long: a paragraph
    ],
)
def test_lines_that_are_no_crosshead(line: str) -> None:
    assert one_speech_outline(_text(*_around(line))) == [
        (1, "过去一年的主要工作"),
        (2, "改革开放持续深化，一批重大改革举措落地见效"),
        (1, "今年的目标任务"),
        (2, "扎实推进乡村振兴，加快建设农业强省和美丽乡村"),
        (2, "持续保障改善民生，兜牢兜住基本民生底线"),
    ]


def _around(line: str) -> list[str]:
    """A summary whose first part holds ``line`` and one crosshead, its second two."""
    return [
        PARA,
        PART_1,
        PARA,
        line,
        TALK,
        CROSS_2,
        TALK,
        PART_2,
        TALK,
        CROSS_3,
        TALK,
        CROSS_4,
        TALK,
    ]


def test_the_rule_catches_a_crosshead_in_the_trap_rows_place() -> None:
    # The trap rows' text with a real crosshead in the line's place: found (so each trap row
    # fails for its line, not for the text around it).
    assert one_speech_outline(_text(*_around(CROSS_1)))[1] == (2, CROSS_1.strip("　"))


def test_a_poem_or_a_list_of_comma_lines_is_no_crosshead() -> None:
    # Two comma lines one right after the other: a poem's lines, a list of items — neither
    # stands alone between paragraphs of text.
    lines = [PARA, PART_1, PARA, CROSS_1, CROSS_2, TALK, PART_2, TALK, CROSS_3, CROSS_4, TALK]
    assert one_speech_outline(_text(*lines)) == []


def test_a_comma_line_over_a_short_sentence_is_no_crosshead() -> None:
    # A crosshead heads the summary's paragraphs: a short sentence after the line is no text
    # it heads (a closing remark, a verse and its gloss).
    short = "　　这是我们必须坚持的根本原则。"
    lines = [PARA, PART_1, PARA, CROSS_1, short, CROSS_2, short, PART_2, TALK, CROSS_3, TALK]
    assert one_speech_outline(_text(*lines)) == []


def test_one_comma_line_per_part_is_text() -> None:
    # A slogan or a motto in each part, never two in one: the text's own lines.
    lines = [PARA, PART_1, PARA, CROSS_1, TALK, PART_2, TALK, CROSS_3, TALK]
    assert one_speech_outline(_text(*lines)) == []


def test_comma_lines_with_no_part_line_over_them_are_text() -> None:
    # Without unnumbered part lines opening the outline, comma lines between paragraphs are
    # a speech's own short paragraphs (a summing-up, a slogan), not headings.
    lines = [PARA, CROSS_1, TALK, CROSS_2, TALK, CROSS_3, TALK, CROSS_4, PARA]
    assert one_speech_outline(_text(*lines)) == []


def test_comma_lines_under_numbered_parts_are_text() -> None:
    lines = [
        PARA,
        "　　一、过去一年的主要工作",
        PARA,
        CROSS_1,
        TALK,
        CROSS_2,
        TALK,
        "　　二、今年的目标任务",
        TALK,
        CROSS_3,
        TALK,
        CROSS_4,
        TALK,
    ]
    assert one_speech_outline(_text(*lines)) == [
        (1, "一、过去一年的主要工作"),
        (1, "二、今年的目标任务"),
    ]
