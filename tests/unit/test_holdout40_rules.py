"""Rules found on holdout40's plain misses (issue #14): a spoken series after the rest of the
work is named in one breath (此外，…等工作也取得较好成效。) stands beside the last item of the
list above, not under it (e09's 八个亮点).

Each row fails on the engine before the rule (checked); the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "全区上下凝心聚力、攻坚克难，各项工作取得了新的进展，经济社会保持了平稳健康的发展态势。"


def _report(*lines: str) -> str:
    return "\n\n".join(("2016年区政府工作报告", "一、2015年工作回顾", TEXT, *lines)) + "\n"


SECTIONS = (
    "（一）经济发展实现“三个提升”。",
    TEXT * 2,
    "（二）政府自身建设实现“三个更进一步”。",
    "依法行政更进一步。" + TEXT,
    "服务效能更进一步。" + TEXT,
)
HIGHLIGHTS = (
    "一是被确定为全国第二批生态文明先行示范区建设单位。",
    "二是港区集装箱吞吐量达1216万标箱，增长4.2%。",
    "三是轨道交通8号线一期工程正式动工。",
)
OTHERS_TOO = [
    (
        "a-series-after-the-rest-named-in-one-breath-stands-beside-the-last-item",
        _report(*SECTIONS, "此外，国防动员、双拥、侨务、档案等工作也取得较好成效。",
                "一年来，辖区发展呈现“三个亮点”：", *HIGHLIGHTS, "二、2016年工作思路", TEXT),
        [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "一是"), (2, "二是"), (2, "三是"), (1, "二、")],
    ),
    (
        # (trap) 此外 with a further task of the item, no 等…也: the series is the item's own
        "trap-a-further-task-after-besides-keeps-the-series-under-the-item",
        _report(*SECTIONS, "此外，还要继续整治公职人员“四风”问题，巩固提升作风建设成果。",
                "一年来，作风建设呈现“三个亮点”：", *HIGHLIGHTS, "二、2016年工作思路", TEXT),
        [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "一是"), (3, "二是"), (3, "三是"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in OTHERS_TOO], ids=[row[0] for row in OTHERS_TOO]
)
def test_a_list_done_with_the_rest_named(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    assert [(h.level, h.marker.strip()) for s in speeches for h in s.headings] == outline


# --- a closing list announced to the audience (e03's 三点希望) ------------------------------------

PARTS = (
    "一、坚持改革创新，推动教育事业科学发展",
    TEXT,
    "二、突出工作重点，提升教育质量",
    "（一）以加强师德建设为重点，提高教师队伍素质。",
    "1．规范教师执教行为。" + TEXT,
    "2．完善绩效工资实施。" + TEXT,
)


def _talk(*lines: str) -> str:
    return "\n\n".join(("在全市教育工作会议上的讲话", "同志们：", TEXT, *lines)) + "\n"


HOPES = (
    "一是要进一步树立大局意识。" + TEXT,
    "二是要进一步树立责任意识。" + TEXT,
    "三是要进一步树立前列意识。" + TEXT,
)
CLOSING_HOPES = [
    (
        "a-closing-list-announced-to-the-audience-is-the-speech-s-coda",
        _talk(*PARTS, "同志们，教育是一项关系千家万户的大事业。在此，我向大家提三点希望：", *HOPES),
        [(1, "一、"), (1, "二、"), (2, "（一）"), (3, "1．"), (3, "2．"),
         (1, "一是"), (1, "二是"), (1, "三是")],
    ),
    (
        # (trap) not said to the audience: the list stays where the open item puts it
        "trap-a-closing-list-not-addressed-stays-under-the-open-section",
        _talk(*PARTS, "教育是一项关系千家万户的大事业。在此，我向大家提三点希望：", *HOPES),
        [(1, "一、"), (1, "二、"), (2, "（一）"), (3, "1．"), (3, "2．"),
         (3, "一是"), (3, "二是"), (3, "三是")],
    ),
    (
        # (trap) addressed, but a part follows: the list is that section's, not the coda
        "trap-an-addressed-list-with-a-part-after-it-stays-in-its-section",
        _talk(*PARTS, "同志们，教育是一项关系千家万户的大事业。在此，我向大家提三点希望：", *HOPES,
                "三、加强组织领导", TEXT),
        [(1, "一、"), (1, "二、"), (2, "（一）"), (3, "1．"), (3, "2．"),
         (3, "一是"), (3, "二是"), (3, "三是"), (1, "三、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in CLOSING_HOPES], ids=[row[0] for row in CLOSING_HOPES]
)
def test_a_closing_list_said_to_the_audience(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    assert [(h.level, h.marker.strip()) for s in speeches for h in s.headings] == outline


# --- a spoken point said again (e07's 第三点 twice) ------------------------------------------------

SAID = "我觉得这件事情对我们每一个同学来说都非常的重要，大家一定要认真的想一想。"


def _transcript(*lines: str) -> str:
    return "\n\n".join(("# 在主题班会上跟大家做的分享", SAID, *lines)) + "\n"


INNER = (
    "他们的精神力量就来源于我刚才讲的三点。",
    "第一，要做全球前五的车厂。",
    SAID,
    "第二，要敢于跟最强的对手挑战。",
    SAID,
    "第三，一百项唯一第一。",
    SAID,
)
POINTS = (
    "第一点，要有高目标。",
    SAID,
    "第二点，要学会学习。",
    SAID,
    "第三点，要广交朋友。",
    SAID,
    *INNER,
    "所以这是我想跟大家分享的第一点，就是高目标。",
    SAID,
)
POINT_AGAIN = [
    (
        # (the near-miss, said again right after its item with the series going on — 第二是 | 第二点 |
        # 第四点, a slip in the numbering at its level — is test_outline_traps'
        # di-point-series-with-a-repeated-and-a-skipped-number)
        "a-spoken-point-said-again-after-a-list-under-it-is-a-point-under-it",
        _transcript(*POINTS, "第三点，我还更想跟大家分享的是什么呢？", SAID),
        [(1, "第一点，"), (1, "第二点，"), (1, "第三点，"), (2, "第一，"), (2, "第二，"), (2, "第三，"),
         (2, "第三点，")],
    ),
    (
        # (trap) a numbered section said again (三、 twice) is no spoken point: it keeps its level
        "trap-a-section-number-said-again-keeps-its-level",
        _transcript("一、要有高目标", SAID, "二、要学会学习", SAID, "三、要广交朋友", SAID, *INNER,
                    "三、我还更想跟大家分享什么", SAID),
        [(1, "一、"), (1, "二、"), (1, "三、"), (2, "第一，"), (2, "第二，"), (2, "第三，"), (1, "三、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in POINT_AGAIN], ids=[row[0] for row in POINT_AGAIN]
)
def test_a_spoken_point_said_again(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    assert [(h.level, h.marker.strip()) for s in speeches for h in s.headings] == outline
