"""Rules from holdout32's misses (李富春's 1955 report on the first five-year plan, the 1978
report with unnumbered part titles; issue #14): an 一、 list the text announces with a colon
under a deeper item of a section numbered 三、 is that item's list, not the top series again;
a spoken series under one of a report's unnumbered part titles is that part's when the part
titles go on after it. Each row failed on the engine before these rules; the traps hold a
looser rule back."""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline

PARA = "　　我们国家的财力是不是有可能来适应这样的建设规模呢？我们答复这是可能的，这是有根据的。"


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# --- an 一、 list announced with a colon under a deeper item (holdout32 p03) ----------------

UNDER_AN_ITEM = [
    "　　三、第一个五年计划的若干问题",
    "　　（一）关于工业和运输业的基本建设问题",
    PARA,
    "　　第一，基本建设规模的大小问题。",
    PARA + "其所以可能，就是因为我们的革命已经为我们提供了以下的积累来源：",
    "　　一、我国人民已经推翻了帝国主义者在中国的统治，这样就提供了一个重要积累来源。",
    "　　二、我国人民推翻了封建主义，农民用劳动的所得改善了自己的生活。",
    "　　三、我国人民推翻了官僚资本主义，这也是我国建设的重要积累来源。",
    PARA,
    "　　第二，轻重工业投资的比重问题。",
    PARA,
    "　　（二）关于工业的生产问题",
    PARA,
]


def test_a_list_announced_under_a_deeper_item_is_that_items_list() -> None:
    assert one_speech_outline(_text(*UNDER_AN_ITEM)) == [
        (1, "三、第一个五年计划的若干问题"),
        (2, "（一）关于工业和运输业的基本建设问题"),
        (3, "第一，基本建设规模的大小问题"),
        (4, "一、我国人民已经推翻了帝国主义者在中国的统治，这样就提供了一个重要积累来源"),
        (4, "二、我国人民推翻了封建主义，农民用劳动的所得改善了自己的生活"),
        (4, "三、我国人民推翻了官僚资本主义，这也是我国建设的重要积累来源"),
        (3, "第二，轻重工业投资的比重问题"),
        (2, "（二）关于工业的生产问题"),
    ]


def test_a_list_announced_in_the_items_own_line_is_that_items_list() -> None:
    # 第二，…现在我提出以下几点： | 一、… : the item's own line announces the list.
    lines = UNDER_AN_ITEM[:9] + [
        "　　第二，关于农业的增产措施，现在我提出以下几点：",
        "　　一、开垦宜于耕种的荒地。" + PARA[2:],
        "　　二、兴修水利。" + PARA[2:],
        "　　第三，对农业生产的领导问题。",
        PARA,
    ]
    assert one_speech_outline(_text(*lines))[6:] == [
        (3, "第二，关于农业的增产措施，现在我提出以下几点："),
        (4, "一、开垦宜于耕种的荒地"),
        (4, "二、兴修水利"),
        (3, "第三，对农业生产的领导问题"),
    ]


@pytest.mark.parametrize(
    "before",
    [
        PARA,  # no announcing colon: the top series starting over (a new part of a talk)
        PARA + "下面再讲几点具体意见。",
    ],
)
def test_one_again_without_a_colon_under_a_deeper_item_stays_on_top(before: str) -> None:
    lines = UNDER_AN_ITEM[:4] + [before] + UNDER_AN_ITEM[5:8]
    got = one_speech_outline(_text(*lines))
    assert got[3][0] == 1 and got[3][1].startswith("一、"), got


# --- a demonstrative naming the figures just said sums up no list (holdout32 p03) -----------

SECTION_TEXT = (
    "　　第一个五年计划规定粮食增长百分之十七点六，棉花增长百分之二十五点四。{said}要达到这些指标，"
    "还必须作很大的努力。"
)


@pytest.mark.parametrize(
    ("said", "level"),
    [
        ("上述指标，虽然已经比原来的计划降低了一些，但仍然是很高的。", 3),  # the figures named
        ("以上是我们对农业的基本估计。", 2),  # a sentence summing up: the list above is done
        ("上述三条，就是农业增产的根据。", 2),
    ],
)
def test_a_series_after_a_demonstrative_nests_unless_it_sums_up(said: str, level: int) -> None:
    lines = [
        "　　三、第一个五年计划的若干问题",
        "　　（二）关于工业的生产问题",
        PARA,
        "　　（三）关于农业的增产问题",
        SECTION_TEXT.format(said=said),
        "　　我现在要说的是关于农业的合作化、对农业生产的领导这两个问题。",
        "　　第一，农业的合作化问题。",
        PARA,
        "　　第二，对农业生产的领导问题。",
        PARA,
    ]
    got = one_speech_outline(_text(*lines))
    assert got[3:] == [(level, "第一，农业的合作化问题"), (level, "第二，对农业生产的领导问题")]


# --- a spoken series under one of the unnumbered part titles (holdout32 p08) --------------


_TOPICS = "农业工业商业交通科学教育文化卫生体育外交国防民族宗教侨务法制"


def _para(n: int) -> str:
    """A paragraph of its own (one repeated, or differing by a number only, would read as a
    page's running line)."""
    topic = _TOPICS[2 * n : 2 * n + 2]
    return f"　　{topic}战线的同志们做了大量工作，{topic}事业有了很大发展，今后还要继续努力。"


PARTS_BEFORE = [
    "1978年政府工作报告",
    "团结起来，为建设社会主义的现代化强国而奋斗",
    "　　——1978年2月26日在第五届全国人民代表大会第一次会议上",
    "　　国务院总理华国锋",
    "　　各位代表！",
    _para(1),
    "　　三年来的斗争和新时期的总任务",
    _para(2),
    "　　把揭批“四人帮”的斗争进行到底",
    _para(3),
    "　　加快社会主义经济建设",
    _para(4) + "要把规划变为现实，我们还必须认真解决好一些关系到国民经济全局的问题。",
    "　　第一，全国动员，大办农业。",
    _para(5),
    "　　第二，加快发展基础工业，发挥工业的主导作用。",
    _para(6),
]


def test_a_series_under_a_part_title_when_the_part_titles_go_on_is_that_parts() -> None:
    lines = PARTS_BEFORE + [
        "　　繁荣社会主义科学教育文化事业",
        _para(7),
        "　　国际形势和我国对外政策",
        _para(8),
    ]
    assert one_speech_outline(_text(*lines)) == [
        (1, "三年来的斗争和新时期的总任务"),
        (1, "把揭批“四人帮”的斗争进行到底"),
        (1, "加快社会主义经济建设"),
        (2, "第一，全国动员，大办农业"),
        (2, "第二，加快发展基础工业，发挥工业的主导作用"),
        (1, "繁荣社会主义科学教育文化事业"),
        (1, "国际形势和我国对外政策"),
    ]


def test_a_series_running_to_the_closing_part_stays_beside_the_part_titles() -> None:
    # (感谢与承担 | 为年轻人打造一个更好的国家 | 第一、…第五、 | 结语: an address's own series)
    got = one_speech_outline(_text(*PARTS_BEFORE, "　　结语", _para(9)))
    assert (1, "第一，全国动员，大办农业") in got and (
        1,
        "第二，加快发展基础工业，发挥工业的主导作用",
    ) in got
