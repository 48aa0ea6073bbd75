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
        # (trap) the last 1. of a speech, nothing of its numbering after it, stays
        "trap-a-last-item-one-with-nothing-after-it-stays",
        _report("一、总体要求", TEXT, "二、重点工作", "1. 抓项目。", TEXT),
        [(1, "一、总体要求"), (1, "二、重点工作"), (2, "1.抓项目")],
    ),
    (
        # (trap) a numbered # section over its own list that starts at 1 again stays
        "trap-a-numbered-markdown-section-over-its-list-stays",
        _markdown("## 1.技术", TEXT, "#### 1.极光推送", TEXT, "#### 2.即时通信", TEXT),
        [(1, "1.技术"), (2, "1.极光推送"), (2, "2.即时通信")],
    ),
]

LONG = "用户接入这个模式时，最重要的是考虑如何将自己的业务模型拆成两个阶段来实现。"
CASES += [
    (
        # In a text of # sections, a bold label of its own ending with a colon over text is a
        # sub-heading of the section open above it; so is a bold question.
        "a-bold-label-over-text-is-a-sub-heading-of-its-section",
        _markdown(
            "## 一、分布式事务",
            TEXT,
            "### 2.3.2 TCC 模式",
            TEXT,
            "**业务模型分 2 阶段设计：**",
            LONG,
            "## 二、总结",
            TEXT,
        ),
        [
            (1, "一、分布式事务"),
            (2, "2.3.2 TCC 模式"),
            (3, "业务模型分 2 阶段设计："),
            (1, "二、总结"),
        ],
    ),
    (
        "a-bold-question-over-text-is-a-sub-heading-of-its-section",
        _markdown(
            "## 1、背景",
            TEXT,
            "**为什么众多大厂纷纷投入研发数据平面呢？**",
            "**我个人认为新生技术栈、微服务快速发展等契机对数据平面提出了多重挑战。**",
            TEXT,
            "## 2、架构",
            TEXT,
        ),
        [(1, "1、背景"), (2, "为什么众多大厂纷纷投入研发数据平面呢？"), (1, "2、架构")],
    ),
    (
        # (trap) a bold label over a list announces the list
        "trap-a-bold-label-over-a-list-is-no-heading",
        _markdown(
            "## 背景",
            TEXT,
            "**注意定义中的三个关键：**",
            "1. 基于 k8s",
            "2. 请求驱动",
            "## 方案",
            TEXT,
        ),
        [(1, "背景"), (1, "方案")],
    ),
    (
        # (trap) a bold label over a picture is its caption (the image line is no line of text)
        "trap-a-bold-label-over-a-picture-is-a-caption",
        _markdown(
            "## 背景",
            TEXT,
            "**测试查询设备路由接口：**\n![](/imag/1.png)\n" + LONG,
            "## 方案",
            TEXT,
        ),
        [(1, "背景"), (1, "方案")],
    ),
    (
        # (trap) a bold question with its paragraph going on in the next line (no blank line:
        # Markdown's one paragraph) is the paragraph's bold lead sentence
        "trap-a-bold-question-going-on-in-the-next-line-is-a-lead-sentence",
        _markdown("## 背景", TEXT, "**为什么这里用对象接口而不是挂载?**\n" + LONG, "## 方案", TEXT),
        [(1, "背景"), (1, "方案")],
    ),
    (
        # (trap) a bold label said over several sections is a tag of the layout
        "trap-a-bold-label-said-again-is-a-tag",
        _markdown("## 背景", "**演讲稿全文：**", LONG, "## 方案", "**演讲稿全文：**", LONG),
        [(1, "背景"), (1, "方案")],
    ),
    (
        # (trap) without # sections a bold line is a bold sentence's rule, not this one
        "trap-a-bold-label-without-hash-sections-is-no-heading",
        "关于改革的几点思考\n\n" + TEXT + "\n\n**业务模型分 2 阶段设计：**\n\n" + LONG + "\n",
        [],
    ),
]

PUA = "\ue5d0"  # a private-use glyph: a numeral the source's conversion could not map


def _parts(*heads: str) -> str:
    """A report of numbered parts, each over a paragraph of text."""
    return "主席、各位委員：\n" + "".join(f"{head}\n{TEXT}\n" for head in heads)


CASES += [
    (
        # 壹、 貳、 <glyph>、 肆、: the glyph fills the gap, the third part
        "an-unmapped-numeral-filling-the-gap-is-its-item",
        _parts("壹、推動政策", "貳、參與區域經濟整合", PUA + "、捍衛國家主權", "肆、團結壯大臺灣"),
        [
            (1, "壹、推動政策"),
            (1, "貳、參與區域經濟整合"),
            (1, PUA + "、捍衛國家主權"),
            (1, "肆、團結壯大臺灣"),
        ],
    ),
    (
        "an-unmapped-numeral-in-a-series-of-one-two-three",
        _parts("一、总体要求", "二、主要任务", PUA + "、保障措施", "四、组织领导"),
        [(1, "一、总体要求"), (1, "二、主要任务"), (1, PUA + "、保障措施"), (1, "四、组织领导")],
    ),
    (
        # (trap) no gap for it (二、 follows 一、): no heading
        "trap-an-unmapped-glyph-where-no-number-is-missing-is-text",
        _parts("一、总体要求", PUA + "、保障措施", "二、主要任务"),
        [(1, "一、总体要求"), (1, "二、主要任务")],
    ),
    (
        # (trap) a gap of two numbers: which one it is, nothing tells
        "trap-an-unmapped-glyph-in-a-gap-of-two-is-text",
        _parts("一、总体要求", PUA + "、保障措施", "四、组织领导"),
        [(1, "一、总体要求"), (1, "四、组织领导")],
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outline(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A ；-list whose items no later heading says again, then another list of its family
        # starting over at 1.: both are lists (holdout26 p03, 胡适's five steps of a method,
        # dropped as a preview on the base)
        (
            _report(
                "方法有三步：",
                "1.问题的发生；",
                "2.疑难的认定；",
                "3.假设几个可能的解答。",
                TEXT,
                "例如古书的考证：",
                "1.《礼记·表记》的韵。",
                TEXT,
                "2.《诗经》的韵。",
                TEXT,
            ),
            [
                (1, "1.问题的发生"),
                (1, "2.疑难的认定"),
                (1, "3.假设几个可能的解答"),
                (1, "1.《礼记·表记》的韵"),
                (1, "2.《诗经》的韵"),
            ],
        ),
        # (trap) a ；-list said again by the headings after it is still a preview
        (
            _report(
                "方法有三步：",
                "1.问题的发生；",
                "2.疑难的认定；",
                "3.假设几个可能的解答。",
                "1.问题的发生。",
                TEXT,
                "2.疑难的认定。",
                TEXT,
                "3.假设几个可能的解答。",
                TEXT,
            ),
            [(1, "1.问题的发生"), (1, "2.疑难的认定"), (1, "3.假设几个可能的解答")],
        ),
    ],
)
def test_a_semicolon_list_is_a_preview_only_when_said_again(
    text: str, want: list[tuple[int, str]]
) -> None:
    assert _outline(text) == want
