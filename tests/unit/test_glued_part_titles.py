"""A report joined by nothing keeps its unnumbered part titles over its 一、 sections, and its
speech opens at a salutation glued into the page's header (issue #14, "One-line texts"; holdout35
t07 2015年工作回顾2015年，…, holdout9 z07/z09 and holdout13 d01 a header run into 各位代表：, holdout8
y08 2003年工作回顾刚刚过去的一年，… — the part titles lost and every section one level too high).

The trap rows fail on the engine before ``gluedparts`` (no part title) and before
``titlerun.salutation_in_header`` (no speech opening, so no unnumbered heading either), each
checked with its pass left out; the near-miss rows (a year-titled run its part does not restate,
a sentence's subject, words of address inside a sentence after the speech opened) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

SECTION = (
    "我们坚持稳中求进，各项工作取得了新的进展，经济运行总体平稳，人民生活继续改善，"
    "社会大局保持稳定。"
)
OPENING = "各位代表：现在，我代表区政府向大会报告工作，请予审议。"


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


def _report(first: str, second: str) -> str:
    return (
        OPENING
        + first
        + SECTION * 2
        + "一、经济保持较快增长。"
        + SECTION * 3
        + "二、民生持续改善。"
        + SECTION * 3
        + second
        + SECTION * 2
        + "一、着力稳增长。"
        + SECTION * 3
        + "二、着力惠民生。"
        + SECTION * 3
    )


PARTS = [
    # (id, the first part's title glued to its text, the second's, the two titles)
    (
        "trap-year-said-again",
        "2015年工作回顾2015年，我们在市委市政府的正确领导下，全力以赴抓改革、促发展。",
        "2016年主要工作任务2016年是“十三五”开局之年。",
        ("2015年工作回顾", "2016年主要工作任务"),
    ),
    (
        "trap-quoted-term-said-again",
        "“十四五”时期工作回顾“十四五”时期是极不寻常、极不平凡的五年。",
        "“十五五”时期的主要目标任务“十五五”时期是夯实基础、全面发力的关键时期。",
        ("“十四五”时期工作回顾", "“十五五”时期的主要目标任务"),
    ),
    (
        "trap-the-year-named-by-a-time-word",
        "2003年工作回顾刚刚过去的一年，是我省发展进程中很不寻常的一年。",
        "2004年主要工作及措施今年是实现“十五”计划的关键一年。",
        ("2003年工作回顾", "2004年主要工作及措施"),
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "titles"), [row[1:] for row in PARTS], ids=[row[0] for row in PARTS]
)
def test_part_titles_said_again_are_the_top_level(
    first: str, second: str, titles: tuple[str, str]
) -> None:
    outline = _outline(_report(first, second))
    assert [title for level, title in outline if level == 1] == list(titles)
    assert [title for level, title in outline if level == 2] == [
        "一、经济保持较快增长",
        "二、民生持续改善",
        "一、着力稳增长",
        "二、着力惠民生",
    ]


NOT_PARTS = [
    # (id, a run after a sentence end that is no part title)
    (
        "year-titled-run-not-said-again",
        "2015年工作回顾光明新区在市委市政府的正确领导下，全力以赴抓改革、促发展。",
    ),
    ("a-sentence-subject", "这些措施是必要的，也是及时的，各区要抓紧落实。"),
    ("the-words-inside-a-sentence", "今年政府工作的任务相当繁重，我们肩负的责任重大。"),
]


@pytest.mark.parametrize("first", [row[1] for row in NOT_PARTS], ids=[row[0] for row in NOT_PARTS])
def test_runs_not_said_again_are_no_part_titles(first: str) -> None:
    outline = _outline(_report(first, "今年是关键一年。"))
    assert all(level == 1 for level, _ in outline)
    assert not any("工作回顾" in title or "措施" in title for _, title in outline)


HEADER = (
    "下载打印全屏收藏【字号：加大还原减小】2026年某某自治区政府工作报告"
    "——2026年2月4日在某某自治区第十四届人民代表大会第五次会议上来源：某某日报"
    "时间：2026-02-12自治区人民政府主席张三作政府工作报告。本报记者 李四 摄"
)


def test_salutation_glued_into_the_page_header_opens_the_speech() -> None:
    """(trap) the header runs into 各位代表：; the part titles under it are headings only once the
    speech opens there."""
    text = HEADER + _report(
        "“十四五”时期工作回顾“十四五”时期是极不寻常、极不平凡的五年。",
        "“十五五”时期的主要目标任务“十五五”时期是夯实基础、全面发力的关键时期。",
    )
    outline = _outline(text)
    assert [title for level, title in outline if level == 1] == [
        "“十四五”时期工作回顾",
        "“十五五”时期的主要目标任务",
    ]


def _turn(opening: str, before_colon: str) -> str:
    return (
        opening
        + "今天應邀就本部業管條例之修正草案提出報告，至感榮幸！"
        + "對於有關槍枝氾濫造成的治安顧慮，提出這麼多修正案，真的很感謝委員的支持。"
        + "有關行政院所提修正草案及大院委員所提相關修正草案，謹將本部意見說明如下，"
        + before_colon
        + "壹、有關行政院所提修正草案，說明如下："
        + "一、茲因現行查獲之違法槍枝多屬非制式槍枝，對人民生命及財產法益之危害實與制式槍枝無異，"
        + "故無區分之必要。"
        + "二、此外，因國內部分廠商意圖規避關於模擬槍之要件，製造類似真槍之玩具槍商品，應予規範。"
        + "貳、有關委員所提修正草案，說明如下："
        + "一、本部敬表贊同，惟文字宜再斟酌，以臻周延。"
        + "二、本部建議維持現行規定，以維法制之安定。"
        + "本部將持續蒐集各界意見，審慎研議相關配套措施，以兼顧治安維護與人民權益之保障。" * 6
    )


ADDRESSED_INSIDE = [
    # (id, the turn's opening, the words before 壹、) — each near miss fails with its guard left out
    ("addressed-already", "徐部長國勇：主席、各位委員。", "以利各位委員參考："),
    ("after-a-verb", "徐部長國勇：主席。", "供各位委員參考："),
]


@pytest.mark.parametrize(
    ("opening", "before_colon"),
    [row[1:] for row in ADDRESSED_INSIDE],
    ids=[row[0] for row in ADDRESSED_INSIDE],
)
def test_words_of_address_inside_a_sentence_open_no_speech(opening: str, before_colon: str) -> None:
    """(near miss) 徐部長國勇：主席、各位委員。… 以利各位委員參考： / …供各位委員參考： — words of address
    after the speech opened, or after a verb, are a sentence's: no salutation, no second speech."""
    speeches = parse_text(_turn(opening, before_colon)).speeches
    assert [speech.salutation for speech in speeches] == [None]
