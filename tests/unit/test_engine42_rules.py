"""Rules found on the misses of holdout5, 12, 20, 22, 25 and 28 (issue #14, engine42): lists of
one shape side by side, figures set in heading type, lists of one item, ….

Each row is a small text written for the test and the outline a careful reader expects as
``(level, marker + title)``; each rule's rows fail on the engine before it (checked), and
the trap rows (``trap-``) keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


def _report(*lines: str) -> str:
    """A report: a salutation, then ``lines`` one a paragraph."""
    return "各位委员：\n" + "\n".join(lines) + "\n"


CASES = [
    # (id, text, outline)
    (
        # Two ；-lists of one family side by side, each after its own label: two lists, not a
        # preview of the sections and the sections.
        "two-semicolon-lists-side-by-side-are-both-lists",
        _report(
            "一、歲出部分",
            TEXT,
            "(一)一般行政",
            TEXT,
            "(二)調查業務",
            "事故調查業務包括：",
            "(1)處理事故之通報與調查；",
            "(2)辦理人員專業教育訓練；",
            "(3)相關機關之聯繫與合作。",
            "調查能量建立包括：",
            "(1)資訊作業系統維護；",
            "(2)事故趨勢分析；",
            "(3)實驗室設備提升。",
            "計編列518萬元。",
        ),
        [
            (1, "一、歲出部分"),
            (2, "(一)一般行政"),
            (2, "(二)調查業務"),
            (3, "(1)處理事故之通報與調查"),
            (3, "(2)辦理人員專業教育訓練"),
            (3, "(3)相關機關之聯繫與合作"),
            (3, "(1)資訊作業系統維護"),
            (3, "(2)事故趨勢分析"),
            (3, "(3)實驗室設備提升"),
        ],
    ),
    (
        # (trap) a ；-preview followed by the sections it announces, each with its text: the
        # preview is no outline
        "trap-a-semicolon-preview-before-its-sections-stays-a-preview",
        _report(
            "今年重点抓好三项工作：",
            "（一）加强领导；",
            "（二）完善制度；",
            "（三）狠抓落实。",
            "（一）加强领导。",
            TEXT,
            "（二）完善制度。",
            TEXT,
            "（三）狠抓落实。",
            TEXT,
        ),
        [(1, "（一）加强领导"), (1, "（二）完善制度"), (1, "（三）狠抓落实")],
    ),
    (
        # (trap) so with a lead ending in a colon between the preview and the sections
        "trap-a-semicolon-preview-then-a-lead-then-its-sections-stays-a-preview",
        _report(
            "今年重点抓好三项工作：",
            "（一）加强领导；",
            "（二）完善制度；",
            "（三）狠抓落实。",
            "具体分述如下：",
            "（一）加强领导。",
            TEXT,
            "（二）完善制度。",
            TEXT,
            "（三）狠抓落实。",
            TEXT,
        ),
        [(1, "（一）加强领导"), (1, "（二）完善制度"), (1, "（三）狠抓落实")],
    ),
]


def _markdown(*lines: str) -> str:
    """A Markdown summary under its ``#`` title, ``lines`` one a paragraph."""
    return "# 2021 岁末总结\n\n" + "\n\n".join(lines) + "\n"


CASES += [
    (
        # Statistics set in heading type, one right under the other with no text between:
        # label：figure lines, not sections.
        "figures-set-in-heading-type-are-no-headings",
        _markdown(
            "## 1.技术",
            "先来看看基础的代码提交数据。",
            "### 前端代码行数： 1013666行  代码量=10个抖音",
            "### 后台代码行数：20000行  代码量=1个中小型项目",
            "### 页面设计： 300个页面  页面量=1个QQ",
            "接着来聊聊今年的技术感受，给我印象比较深刻的有：",
            "### 极光推送",
            TEXT,
            "## 2.工作",
            TEXT,
        ),
        [(1, "1.技术"), (2, "极光推送"), (1, "2.工作")],
    ),
    (
        # (trap) label：figure headings each over text of their own are sections
        "trap-label-and-figure-headings-over-their-own-text-stay",
        _markdown(
            "## 阶段一：2019年",
            TEXT,
            "## 阶段二：2020年",
            TEXT,
        ),
        [(1, "阶段一：2019年"), (1, "阶段二：2020年")],
    ),
    (
        # (trap) headings one right under the other that are no figures stay headings
        "trap-title-only-headings-one-under-the-other-stay",
        _markdown(
            "## 1.技术",
            "### 方案：自研推送",
            "### 方案：第三方推送",
            TEXT,
        ),
        [(1, "1.技术"), (2, "方案：自研推送"), (2, "方案：第三方推送")],
    ),
]

CASES += [
    (
        # A 1、 with no 2、 after it, a list under the next section starting at 1、 again:
        # the writer's numbering of one problem, no list.
        "a-list-of-one-is-no-list",
        _markdown(
            "## 第四阶段",
            "### 问题与解决方法",
            "1、上传代码时出现很多小问题，报很多错误。",
            "答：网上教程很多，基本上可以解决大部分问题。",
            "## 第五阶段",
            "### 问题与解决方法",
            "1、没有很好理解websocket协议。",
            "答：通过网上资料自己学习。",
            "2、什么是kafka。",
            "答：通过模仿别人的代码去理解学习。",
        ),
        [
            (1, "第四阶段"),
            (2, "问题与解决方法"),
            (1, "第五阶段"),
            (2, "问题与解决方法"),
            (3, "1、没有很好理解websocket协议"),
            (3, "2、什么是kafka"),
        ],
    ),
    (
        # (trap) a lone 1. under 一、 with a section numbered 2 (二、) before the next 1.: kept
        # (its 2 may be written in another numbering)
        "trap-a-lone-item-one-before-a-second-section-stays",
        _report(
            "一、总体要求",
            "1.提高思想认识。",
            TEXT,
            "二、主要任务",
            "1.加强组织领导。",
            TEXT,
            "2.完善工作机制。",
            TEXT,
        ),
        [
            (1, "一、总体要求"),
            (2, "1.提高思想认识"),
            (1, "二、主要任务"),
            (2, "1.加强组织领导"),
            (2, "2.完善工作机制"),
        ],
    ),
    (
        # (trap) a numbered # section over its own list that starts at 1 again stays
        "trap-a-numbered-markdown-section-over-its-list-stays",
        _markdown("## 1.技术", TEXT, "#### 1.极光推送", TEXT, "#### 2.即时通信", TEXT),
        [(1, "1.技术"), (2, "1.极光推送"), (2, "2.即时通信")],
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outline(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want
