"""A list of a higher official rung announced inside an item of a lower one (issue #14,
holdout30 p08 and holdout32 p04): where a speech's top series is a lower rung of the ladder
(（1）（2）（3）, or （四）（五）), a list of a higher rung (（一）…, 一、…) that the open item's
text announces with a colon is that item's list, under it — not a new top level over the
series open. And a list so announced whose items stand one right after the other (一、…； |
二、…； | 三、…。) is a run of points said at once: a spoken series the text announces after it
stands beside it, not under its last item.

Each row fails on the engine before the rule; each trap fails without one condition of it."""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline

PARA = "　　这种生活的理想是很好的，但是他们自己也承认这是一种很难实行的理想。"


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _outline(*lines: str) -> list[tuple[int, str]]:
    return one_speech_outline(_text(*lines))


# --- a higher rung announced under a lower top ---------------------------------------------

LOWER_TOP = [
    "　　（1）假的个人主义——就是为我主义。他的性质是只顾自己的利益，不管群众的利益。",
    PARA,
    "　　（2）真的个人主义——就是个性主义。他的特性有两种：一是独立思想，二是个人对于自己思想信仰的结果要负完全责任。",
    PARA,
    "　　（3）独善的个人主义。他的共同性质是不满意于现社会，却又无可如何，只想跳出这个社会去寻一种超出现社会的理想生活。",
]
HIGHER_LIST = [
    "　　（一）宗教家的极乐国。如佛家的净土，犹太人的伊甸园，都属于这一派。",
    "　　（二）神仙生活。神仙的生活也是一种悬想的超出现社会的生活。",
    "　　（三）山林隐逸的生活。前两种是完全出世的，他们的理想生活是出世的。",
]


def test_a_higher_rung_announced_in_the_last_item_is_its_list() -> None:
    got = _outline(*LOWER_TOP, PARA + "这种独善的个人主义，在中国古代共有三种：", *HIGHER_LIST)
    assert got == [
        (1, "（1）假的个人主义——就是为我主义"),
        (1, "（2）真的个人主义——就是个性主义"),
        (1, "（3）独善的个人主义"),
        (2, "（一）宗教家的极乐国"),
        (2, "（二）神仙生活"),
        (2, "（三）山林隐逸的生活"),
    ]


def test_a_higher_rung_not_announced_is_the_new_top() -> None:
    # No colon: the ladder's higher rung opens the next part, over the series before it.
    got = _outline(*LOWER_TOP, PARA + "这种独善的个人主义，在中国古代有好几种。", *HIGHER_LIST)
    assert [level for level, _ in got] == [1, 1, 1, 1, 1, 1]


def test_a_higher_rung_announced_under_an_open_higher_top_keeps_the_ladder() -> None:
    # 一、 is open above （1）（2）: （一） takes the ladder's place under 一、, over the （1）
    # list, even announced with a colon.
    got = _outline(
        "　　一、关于新生活的意义",
        PARA,
        *LOWER_TOP[:4],
        PARA + "这种独善的个人主义，在中国古代共有三种：",
        *HIGHER_LIST,
    )
    assert got[0] == (1, "一、关于新生活的意义")
    assert [level for level, _ in got[3:]] == [2, 2, 2], got


# --- a run of points announced at once, then a spoken series ------------------------------

MARKET = [
    "　　（四）关于对资本主义工商业的社会主义改造问题",
    PARA,
    "　　（五）关于保证市场的稳定问题",
    "　　保证市场的稳定，是完成第一个五年计划的必要条件。"
    "第一个五年计划草案关于保证市场稳定的措施是这样规定的：",
    "　　一、继续保持财政收支的平衡，增加财政和物资的后备力量；",
    "　　二、随着工业农业的生产的发展，相应地发展城乡和内外的物资交流；",
    "　　三、对供应不足的某些主要的工业农业产品，逐步地实施计划收购和计划供应的政策。",
]
POINTS = [
    PARA + "我们把这些好处概括为如下几点：",
    "　　第一，支援工业建设和国防建设。这就是说，保证城市、集镇和工矿区的粮食供应。",
    "　　第二，使粮食的买卖不受投机商人的操纵。这就是说，避免生产者和消费者受剥削。",
]


def test_a_points_list_said_at_once_is_closed_for_the_next_spoken_series() -> None:
    assert _outline(*MARKET, *POINTS) == [
        (1, "（四）关于对资本主义工商业的社会主义改造问题"),
        (1, "（五）关于保证市场的稳定问题"),
        (2, "一、继续保持财政收支的平衡，增加财政和物资的后备力量"),
        (2, "二、随着工业农业的生产的发展，相应地发展城乡和内外的物资交流"),
        (2, "三、对供应不足的某些主要的工业农业产品，逐步地实施计划收购和计划供应的政策"),
        (2, "第一，支援工业建设和国防建设"),
        (2, "第二，使粮食的买卖不受投机商人的操纵"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # Text between the items: sections, each holding its talk — the series after the
        # last one is its own.
        [*MARKET[:5], PARA, MARKET[5], PARA, MARKET[6]],
        # Not announced: the items may be section titles with their text below.
        [
            "　　一、总体要求",
            PARA,
            "　　（一）继续保持财政收支的平衡，增加财政和物资的后备力量。",
            "　　（二）随着工业农业的生产的发展，相应地发展城乡和内外的物资交流。",
            "　　（三）对供应不足的某些主要的工业农业产品，逐步实施计划收购的政策。",
        ],
    ],
    ids=["text-between-the-items", "no-announcing-colon"],
)
def test_a_spoken_series_after_sections_is_the_last_sections(lines: list[str]) -> None:
    got = _outline(*lines, *POINTS)
    last = max(level for level, text in got if not text.startswith("第"))
    assert [level for level, text in got if text.startswith("第")] == [last + 1, last + 1], got
