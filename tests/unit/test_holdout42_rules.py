"""Rules found on holdout42 (issue #14): a 1. series whose first item is glued right after the
title of a heading in a one-line text (…（三）重点工作1.党建引领，…。2.…) is that heading's
sections, as a glued 一是 series opening a heading's section is (g08, a crawler's copy of a
平潭 bureau's work summary); a job advert under ## 加入我们 after a talk's close is back matter
(g07, a company's write-up of a keynote: ``tests/unit/test_outline_traps.py`` has its rows).

Each row that is no trap fails on the engine before the rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for speech in document.speeches for h in speech.headings]


def _report(plan: str) -> str:
    """A one-line work summary: 一、 with （一）（二）, then 二、 whose （一） holds ``plan``."""
    return (
        "现将相关情况总结如下：一、主要成效（一）政务服务能力显著提升。"
        + TEXT * 6
        + "（二）营商环境持续优化。"
        + TEXT * 6
        + "二、2023年工作计划（一）总体目标。"
        + TEXT * 3
        + "（二）重点工作"
        + plan
    )


PLAN = (
    "1.党建引领，塑造审批系统文化。"
    + TEXT * 2
    + "2.优化机制，加大整合融合力度。"
    + TEXT * 2
    + "3.数字赋能，引领改革创新发展。"
    + TEXT * 2
)

SHI_PLAN = (
    "1.党建引领，塑造审批系统文化。"
    + TEXT * 2
    + "2.优化机制，加大整合融合力度。一是固化扁平化的管理模式。"
    + TEXT
    + "二是进一步优化内设机构职能。"
    + TEXT
    + "3.数字赋能，引领改革创新发展。"
    + TEXT * 2
)

ROWS = [
    (
        # (g08) 1. glued right after the heading's title, 2. and 3. after sentence ends
        "a-1-series-glued-after-a-headings-title",
        _report(PLAN),
        [
            (2, "（二）重点工作"),
            (3, "1.党建引领，塑造审批系统文化"),
            (3, "2.优化机制，加大整合融合力度"),
            (3, "3.数字赋能，引领改革创新发展"),
        ],
        [],
    ),
    (
        # (g08) an 一是 series of two-sentence items right after a glued 1. item's title: that
        # item's sections, as under a glued （N） heading's title
        "a-shi-series-under-a-glued-1-items-title",
        _report(SHI_PLAN),
        [
            (2, "（二）重点工作"),
            (3, "1.党建引领，塑造审批系统文化"),
            (3, "2.优化机制，加大整合融合力度"),
            (4, "一是固化扁平化的管理模式"),
            (4, "二是进一步优化内设机构职能"),
            (3, "3.数字赋能，引领改革创新发展"),
        ],
        [],
    ),
    (
        # (trap) under the 1. item, the series follows a sentence of text: a list in the paragraph
        "trap-a-shi-list-after-a-sentence-under-a-1-item",
        _report(
            SHI_PLAN.replace("力度。一是", "力度。要抓好两件事。一是").replace(
                TEXT + "二是", "二是"
            )
        ),
        [
            (2, "（二）重点工作"),
            (3, "1.党建引领，塑造审批系统文化"),
            (3, "2.优化机制，加大整合融合力度"),
            (3, "3.数字赋能，引领改革创新发展"),
        ],
        ["一是", "二是"],
    ),
    (
        # (trap) the list said in a paragraph after the heading's own sentence: it stays inline
        "trap-a-1-list-after-the-headings-sentence",
        _report("。要做到三条。1.讲政治。2.顾大局。3.守纪律。" + TEXT * 3),
        [(2, "（二）重点工作")],
        ["1.讲政治", "2.顾大局"],
    ),
    (
        # (trap) 1.5亿: a number after the heading's title, no item
        "trap-a-decimal-after-the-headings-title",
        _report("1.5亿元投资全部到位。" + TEXT * 3 + "2.各项指标全面完成。" + TEXT * 3),
        [(2, "（二）重点工作1.5亿元投资全部到位")],
        ["2.各项指标全面完成"],
    ),
]


@pytest.mark.parametrize(
    ("text", "want", "absent"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_a_one_line_plan(text: str, want: list[tuple[int, str]], absent: list[str]) -> None:
    got = _outline(text)
    plan = got[got.index((1, "二、2023年工作计划")) + 2 :]  # (after 二、 and its （一）)
    assert plan == want, got
    for words in absent:
        assert not any(title.startswith(words) for _, title in got), got
