"""Markdown ``#`` headings without numbering (issue #14; docs/headings.md §3).

A single top ``#`` line at a text's head is its speech title; the deeper ``#`` depths are
outline levels 1..4 in order of depth; a numbered ``#`` heading is decided by its numbering;
hashtags and ``#1`` are text. Word heading styles reach the engine as these lines, so a text
with ``## 标题`` lines must outline as the same text numbered 一、/（一）.
"""

from __future__ import annotations

import pytest

from tui.engine import Kind, parse_text

BODY = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"

# (id, text, speech titles, outline as (level, marker + title))
CASES = [
    (
        "the-brief-example",
        "# 总标题\n\n## 关于改革\n\n改革很重要。\n\n## 关于发展\n\n发展很重要。\n",
        ["总标题"],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    (
        "depths-in-order",
        f"# 总标题\n\n## 关于改革\n\n{BODY}\n\n### 深化国企改革\n\n{BODY}\n\n"
        f"#### 混合所有制\n\n{BODY}\n\n## 关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (2, "深化国企改革"), (3, "混合所有制"), (1, "关于发展")],
    ),
    (
        "a-skipped-depth-is-no-level",
        f"# 总标题\n\n## 关于改革\n\n{BODY}\n\n#### 深化国企改革\n\n{BODY}\n\n## 关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (2, "深化国企改革"), (1, "关于发展")],
    ),
    (
        "no-title-line-the-shallowest-depth-is-level-1",
        f"## 关于改革\n\n{BODY}\n\n### 深化国企改革\n\n{BODY}\n\n## 关于发展\n\n{BODY}\n",
        [None],
        [(1, "关于改革"), (2, "深化国企改革"), (1, "关于发展")],
    ),
    (
        "one-unnumbered-heading-alone-counts",
        f"# 总标题\n\n同志们：\n\n{BODY}\n\n## 结语\n\n{BODY}\n",
        ["总标题"],
        [(1, "结语")],
    ),
    (
        "numbering-decides-for-numbered-hash-lines",
        f"# 总标题\n\n## 一、关于改革\n\n{BODY}\n\n### 具体措施\n\n{BODY}\n\n## 二、关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "一、关于改革"), (2, "具体措施"), (1, "二、关于发展")],
    ),
    (
        "numbered-lines-under-an-unnumbered-hash-heading",
        f"# 总标题\n\n## 关于改革\n\n一、深化国企改革\n\n{BODY}\n\n二、放宽市场准入\n\n{BODY}\n\n"
        f"## 关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (2, "一、深化国企改革"), (2, "二、放宽市场准入"), (1, "关于发展")],
    ),
    (
        "a-deeper-hash-line-of-the-family-starting-over-at-1-is-its-list",
        f"# 总标题\n\n## 1.技术\n\n{BODY}\n\n#### 1.消息推送\n\n#### 2.即时通信\n\n"
        f"## 2.工作\n\n{BODY}\n\n### 3.团队\n\n#### 1.学习动力不强\n\n#### 2.工作态度不积极\n\n"
        f"{BODY}\n",
        ["总标题"],
        [
            (1, "1.技术"),
            (2, "1.消息推送"),
            (2, "2.即时通信"),
            (1, "2.工作"),
            (1, "3.团队"),
            (2, "1.学习动力不强"),
            (2, "2.工作态度不积极"),
        ],
    ),
    (
        "di-n-bufen-items-under-a-hash-heading-are-its-own",
        f"# 总标题\n\n## 1.技术\n\n{BODY}\n\n## 2.工作\n\n关于工作，今年可以分为三部分。\n\n"
        f"第一部分，开发，在略显局促的时间里，用紧凑的资源，把活干出来并且做到最好。{BODY}\n\n"
        f"第二部分，沟通/团队建设\n\n第三部分，技术支持/售后\n\n### 2.1感悟\n\n{BODY}\n",
        ["总标题"],
        [
            (1, "1.技术"),
            (1, "2.工作"),
            (2, "第一部分，开发，在略显局促的时间里，用紧凑的资源，把活干出来并且做到最好"),
            (2, "第二部分，沟通/团队建设"),
            (2, "第三部分，技术支持/售后"),
            (2, "2.1感悟"),
        ],
    ),
    (
        "a-dotted-number-extending-its-siblings-nests-under-it",
        f"# 总标题\n\n## 实践经验\n\n{BODY}\n\n### 5.1 分布式缓存\n\n{BODY}\n\n### 5.1.1 离线性能实测\n\n"
        f"{BODY}\n\n### 5.2 Writeback\n\n{BODY}\n\n### 5.10 结论\n\n{BODY}\n",
        ["总标题"],
        [
            (1, "实践经验"),
            (2, "5.1 分布式缓存"),
            (3, "5.1.1 离线性能实测"),
            (2, "5.2 Writeback"),
            (2, "5.10 结论"),
        ],
    ),
    (
        "a-tight-ordered-list-is-content-not-sections",
        f"# 总标题\n\n## 工作总结\n\n两期迭代工作：\n\n1. 前一期比较杂，涉及样式、接口等问题的修复\n"
        f"2. 后一期除了问题修复，还做了个加密工具\n\n{BODY}\n\n## 后续规划\n\n"
        f"1. 提高代码质量\n\n{BODY}\n\n2. 加强团队沟通\n\n{BODY}\n",
        ["总标题"],
        [(1, "工作总结"), (1, "后续规划"), (2, "1.提高代码质量"), (2, "2.加强团队沟通")],
    ),
    (
        # Markdown numbers a list whatever the source says: "1." on every item (lazy numbering)
        # renders as 1. 2. 3. — a list of the paragraph's content, as with 1. 2. 3.
        "a-lazily-numbered-ordered-list-is-content-not-sections",
        f"# 总标题\n\n## 工作总结\n\n一次转账要完成 3 个动作：\n\n1. 创建交易订单；\n1. 创建支付订单；\n"
        f"1. 账户扣钱；\n\n{BODY}\n\n## 后续规划\n\n{BODY}\n",
        ["总标题"],
        [(1, "工作总结"), (1, "后续规划")],
    ),
    (
        # A loose list (its items paragraphs of their own, blank lines between, no other text
        # between them) is a list too: the ways to take part that the sentence above announces.
        "a-loose-ordered-list-is-content-not-sections",
        f"# 总标题\n\n## 参与方式\n\n{BODY}\n\n大家可以通过这些方式参与到社区中来：\n\n"
        f"1. 您可以使用我们的组件给我们反馈，或者查看改进我们的文档。\n\n"
        f"2. 当然最好可以贡献代码，不管是改错别字还是修复问题。\n\n3. 也欢迎来参加我们的活动。\n\n"
        f"## 结语\n\n{BODY}\n",
        ["总标题"],
        [(1, "参与方式"), (1, "结语")],
    ),
    (
        "a-paragraph-set-as-the-only-top-hash-line-is-no-title",
        f"## 年度总结。2019 年过去了，2020 年迎面而来。{BODY}{BODY}\n\n### 关于工作\n\n{BODY}\n",
        [None],
        [(1, "关于工作")],
    ),
    (
        "bold-sentences-in-a-text-with-hash-headings-are-emphasis",
        f"# 总标题\n\n## 关于改革\n\n{BODY}\n\n**坑一：缓存不解决小文件延迟。** {BODY}\n\n"
        f"**坑二：缓存目录必须持久化。** {BODY}\n\n## 关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    (
        "bold-sentences-under-a-hash-title-alone-are-headings",
        f"# 总标题\n\n同学们：\n\n{BODY}\n\n**当以爱国奉公之担当引领青春航向。**\n\n{BODY}\n\n"
        f"**当以创新超越之勇气开拓人生新境。**\n\n{BODY}\n",
        ["总标题"],
        [(1, "当以爱国奉公之担当引领青春航向"), (1, "当以创新超越之勇气开拓人生新境")],
    ),
    (
        # Two keynotes in one file, each under its "# …主题演讲：标题" line: two talks, each titled.
        "top-lines-naming-keynotes-are-the-titles-of-separate-talks",
        f"# 某某大会主题演讲：云原生时代的机遇\n\n{BODY}\n\n## 机遇在哪里\n\n{BODY}\n\n"
        f"### 第一个机遇\n\n{BODY}\n\n# 某某峰会主题演讲：从历史看未来\n\n{BODY}\n\n"
        f"## 历史的经验\n\n{BODY}\n",
        ["某某大会主题演讲：云原生时代的机遇", "某某峰会主题演讲：从历史看未来"],
        [(1, "机遇在哪里"), (2, "第一个机遇"), (1, "历史的经验")],
    ),
    (
        # 首先，… under one ## heading and 其次，… under the next: the speaker moving on inside
        # each section, not a series of its own.
        "a-first-then-second-across-hash-sections-is-no-series",
        f"# 总标题\n\n## 背景\n\n首先，我们来看看当前的形势。{BODY}\n\n{BODY}\n\n## 方案\n\n"
        f"其次，我们再来看看方案的设计。{BODY}\n\n{BODY}\n",
        ["总标题"],
        [(1, "背景"), (1, "方案")],
    ),
    (
        "a-first-then-second-inside-one-hash-section-is-a-series",
        f"# 总标题\n\n## 背景\n\n{BODY}\n\n首先，要统一思想。{BODY}\n\n其次，要加强领导。{BODY}\n\n"
        f"## 方案\n\n{BODY}\n",
        ["总标题"],
        [(1, "背景"), (2, "首先，要统一思想"), (2, "其次，要加强领导"), (1, "方案")],
    ),
    (
        "several-top-lines-are-headings-not-a-title",
        f"# 关于改革\n\n{BODY}\n\n# 关于发展\n\n{BODY}\n",
        [None],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    (
        "a-top-line-after-text-is-a-heading",
        f"{BODY}\n\n# 关于改革\n\n{BODY}\n\n## 深化国企改革\n\n{BODY}\n",
        [None],
        [(1, "关于改革"), (2, "深化国企改革")],
    ),
    (
        "a-bold-summary-label-closes-its-section",
        f"# 总标题\n\n## 关于改革\n\n{BODY}\n\n**小结：**\n\n{BODY}\n\n## 关于发展\n\n{BODY}\n\n"
        f"### 深化国企改革\n\n{BODY}\n\n**本节小结**\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (2, "小结："), (1, "关于发展"), (2, "深化国企改革"), (3, "本节小结")],
    ),
    (
        "a-bold-label-that-is-no-summary-is-emphasis",
        f"# 总标题\n\n## 关于改革\n\n**讲稿：**\n\n{BODY}\n\n## 关于发展\n\n**讲稿：**\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    (
        "a-summary-label-over-a-list-is-no-heading",
        f"# 总标题\n\n## 关于改革\n\n{BODY}\n\n**小结：**\n\n- 改革\n- 发展\n\n## 关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    (
        "a-summary-label-without-hash-sections-is-no-heading",
        f"关于改革\n\n{BODY}\n\n**小结：**\n\n{BODY}\n\n**小结：**\n\n{BODY}\n",
        ["关于改革"],  # (the file's first line standing alone: its title)
        [],
    ),
    (
        "hashtags-and-numbers-are-text",
        f"#话题# 今天天气很好。\n\n{BODY}\n\n#1\n\n{BODY}\n\n#2\n\n{BODY}\n",
        [None],
        [],
    ),
]


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


@pytest.mark.parametrize(
    ("text", "titles", "outline"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_markdown_headings(
    text: str, titles: list[str | None], outline: list[tuple[int, str]]
) -> None:
    document = parse_text(text)
    assert [s.title for s in document.speeches] == titles
    assert _outline(text) == outline


@pytest.mark.parametrize(
    ("case", "want"),
    [
        (1, ["关于改革", "深化国企改革", "混合所有制", "关于发展"]),
        (5, ["一、关于改革", "具体措施", "二、关于发展"]),
    ],
    ids=["unnumbered", "numbered"],
)
def test_hash_marks_are_not_in_the_paragraph_text(case: int, want: list[str]) -> None:
    document = parse_text(CASES[case][1])
    shown = [p.text for p in document.paragraphs]
    assert not any("#" in text for text in shown), shown
    assert [p.text for p in document.paragraphs if p.kind is Kind.HEADING] == want
    assert [p.text for p in document.paragraphs if p.kind is Kind.TITLE] == ["总标题"]


# ##标题 with no space after the marks: (id, file name, text, speech titles, outline)
TIGHT_CASES = [
    (
        "markdown-file",
        "a.md",
        f"# 总标题\n\n##关于改革\n\n{BODY}\n\n###深化国企改革\n\n{BODY}\n\n##关于发展\n\n{BODY}\n",
        ["总标题"],
        [(1, "关于改革"), (2, "深化国企改革"), (1, "关于发展")],
    ),
    (
        "markdown-file-with-no-spaced-hash-line",
        "a.md",
        f"同志们：\n\n##关于改革\n\n{BODY}\n\n##关于发展\n\n{BODY}\n",
        [None],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    (
        "plain-text-with-spaced-hash-lines-too",
        "a.txt",
        f"同志们：\n\n## 关于改革\n\n{BODY}\n\n##关于发展\n\n{BODY}\n",
        [None],
        [(1, "关于改革"), (1, "关于发展")],
    ),
    # traps: a plain text with no # 标题 line; numbers, a bare ##, hashtags in a Markdown file
    (
        "plain-text-alone-is-text",
        "a.txt",
        f"同志们：\n\n##关于改革\n\n{BODY}\n\n##关于发展\n\n{BODY}\n",
        [None],
        [],
    ),
    (
        "numbers-bare-marks-and-hashtags-in-markdown-are-text",
        "a.md",
        f"# 总标题\n\n#1\n\n{BODY}\n\n##\n\n{BODY}\n\n#话题#\n\n{BODY}\n\n"
        f"##2024\n\n{BODY}\n\n#话题#今天天气很好\n\n{BODY}\n",
        ["总标题"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("path", "text", "titles", "outline"),
    [c[1:] for c in TIGHT_CASES],
    ids=[c[0] for c in TIGHT_CASES],
)
def test_hash_marks_without_a_space(
    path: str, text: str, titles: list[str | None], outline: list[tuple[int, str]]
) -> None:
    """``##标题``: a heading in a Markdown file or a text with ``# 标题`` lines, else text."""
    document = parse_text(text, path=path)
    assert [s.title for s in document.speeches] == titles
    assert [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings] == outline
    if not outline:
        assert not any(p.kind is Kind.HEADING for p in document.paragraphs)


def test_hashtags_keep_their_marks_in_the_text() -> None:
    shown = [p.text for p in parse_text(CASES[-1][1]).paragraphs]
    assert "#话题# 今天天气很好。" in shown and "#1" in shown


LINKED = (
    "# 2021 岁末总结\n\n"
    "![2021-2022](https://img.example.cn/a.jpg?src=http%3A%2F%2Fx&t=2)先来聊聊技术部分。\n\n"
    "## [关于技术](https://example.com/tech)\n\n"
    f'{BODY}详见[官网](https://example.com "官网首页")和[文档](https://example.com/doc)。\n\n'
    "![](https://img.example.cn/b.png)\n\n"
    f"## 关于团队\n\n{BODY}\n"
)


def test_links_show_their_text_and_images_no_url() -> None:
    """[text](url) keeps its text, ![alt](url) goes, in headings and paragraphs alike: the
    reader shows no URL; a line that held only an image is left out."""
    document = parse_text(LINKED)
    shown = [p.text for p in document.paragraphs]
    assert shown == [
        "2021 岁末总结",
        "先来聊聊技术部分。",
        "关于技术",
        f"{BODY}详见官网和文档。",
        "关于团队",
        BODY,
    ]
    assert _outline(LINKED) == [(1, "关于技术"), (1, "关于团队")]


# The same speech with Word heading styles (as ``#`` lines) and with official numbering.
STYLED = (
    "在全市工作会议上的讲话\n\n同志们：\n\n今天召开会议，我讲两点意见。\n\n"
    f"## 关于改革\n\n{BODY}\n\n### 深化国企改革\n\n{BODY}\n\n### 放宽市场准入\n\n{BODY}\n\n"
    f"## 关于发展\n\n{BODY}\n\n### 稳住工业\n\n{BODY}\n"
)
NUMBERED = (
    "在全市工作会议上的讲话\n\n同志们：\n\n今天召开会议，我讲两点意见。\n\n"
    f"一、关于改革\n\n{BODY}\n\n（一）深化国企改革\n\n{BODY}\n\n（二）放宽市场准入\n\n{BODY}\n\n"
    f"二、关于发展\n\n{BODY}\n\n（一）稳住工业\n\n{BODY}\n"
)


@pytest.mark.parametrize("depth", [1, 2], ids=["from-heading-1", "from-heading-2"])
def test_word_heading_styles_outline_as_the_numbered_text(depth: int) -> None:
    # Heading 1/2 as # / ## lines, or Heading 2/3 as ## / ### (a document whose Heading 1 is
    # not used): the depths, not their number of #, give the levels.
    styled = STYLED if depth == 2 else STYLED.replace("## ", "# ")
    numbered, marked = parse_text(NUMBERED), parse_text(styled)
    assert (
        [s.title for s in marked.speeches]
        == [s.title for s in numbered.speeches]
        == ["在全市工作会议上的讲话"]
    )
    want = [(h.level, h.title, h.line) for s in numbered.speeches for h in s.headings]
    got = [(h.level, h.title, h.line) for s in marked.speeches for h in s.headings]
    assert got == want
    assert [level for level, _, _ in got] == [1, 2, 2, 1, 2]


CUT = BODY[:26] + "\n" + BODY[26:]
"""``BODY`` broken in the middle of its sentence, as a PDF's or a web page's lines are."""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a byline quote, a blank line, the text: two paragraphs (in a text of cut lines)
            f"{CUT}\n\n> 《某某日报》（2026年03月10日 第 04 版）\n\n受委托，现作说明。{BODY}\n\n{CUT}\n",
            [BODY, "《某某日报》（2026年03月10日 第 04 版）", f"受委托，现作说明。{BODY}", BODY],
        ),
        (  # a byline quote with a comma in it
            f"> 本报记者 张三、李四\n\n受委托，现作说明。{BODY}\n",
            ["本报记者 张三、李四", f"受委托，现作说明。{BODY}"],
        ),
        (  # two quotes with a blank line between: two block quotes
            f"> 第一段引文说到这里，\n\n> 第二段引文\n\n{BODY}\n",
            ["第一段引文说到这里，", "第二段引文", BODY],
        ),
        (  # a quote broken over two quote lines: one paragraph
            f"> 第一段引文说到这里，\n> 接着说完。\n\n{BODY}\n",
            ["第一段引文说到这里，接着说完。", BODY],
        ),
        (  # a lazy continuation line right under a quote line: one paragraph
            f"> 第一段引文说到这里，\n接着说完。\n\n{BODY}\n",
            ["第一段引文说到这里，接着说完。", BODY],
        ),
        (  # without quote marks a line with no end mark still goes on across a blank line
            f"第一段说到这里，\n\n接着说完。\n\n{BODY}\n",
            ["第一段说到这里，接着说完。", BODY],
        ),
    ],
    ids=["byline", "byline-with-a-comma", "two-quotes", "quote-lines", "lazy-line", "no-quote"],
)
def test_a_blank_line_ends_a_quoted_paragraph(text: str, want: list[str]) -> None:
    """A Markdown block quote ends at a blank line, as a ``>``-only line ends its paragraph:
    the quoted byline is not joined to the text under it, whatever it ends with."""
    document = parse_text(f"{BODY}\n\n{text}")
    shown = [p.text for p in document.paragraphs if p.kind in (Kind.BODY, Kind.HEADING, Kind.FRONT)]
    assert shown == [BODY, *want]


FRONT_MATTER = (
    "---\n"
    "title: 在全市经济工作会议上的讲话\n"
    "date: 2026-03-06\n"
    'source_url: "https://example.com/a/1.html"\n'
    "toc:\n"
    "  - 一、认清形势\n"
    "  - 二、抓好落实\n"
    "---\n\n"
)


def test_yaml_front_matter_is_metadata_shown_line_by_line() -> None:
    """A Markdown file's YAML front matter shows each ``key: value`` line as its own dimmed
    paragraph (back matter: in no speech), never run together, never hidden (a link in it
    too), and feeds neither the speech's title nor its outline."""
    text = (
        FRONT_MATTER
        + f"# 坚定信心 真抓实干\n\n同志们：\n\n{BODY}\n\n## 一、认清形势\n\n{BODY}\n\n"
        + f"## 二、抓好落实\n\n{BODY}\n"
    )
    document = parse_text(text)
    meta = [p for p in document.paragraphs if p.line <= 8 and p.kind is not Kind.NOISE]
    assert [p.text for p in meta] == [
        "title: 在全市经济工作会议上的讲话",
        "date: 2026-03-06",
        'source_url: "https://example.com/a/1.html"',
        "toc:",
        "一、认清形势",
        "二、抓好落实",
    ]
    assert all(p.kind is Kind.BACK_MATTER and p.speech is None for p in meta)
    assert [p.kind for p in document.paragraphs if p.text == "---"] == [Kind.NOISE] * 2
    assert [s.title for s in document.speeches] == ["坚定信心 真抓实干"]  # (two parts: space kept)
    assert [(h.line, h.marker + h.title) for s in document.speeches for h in s.headings] == [
        (16, "一、认清形势"),
        (20, "二、抓好落实"),
    ]


def test_a_markdown_files_front_matter_list_keeps_its_bullets() -> None:
    """newuser24 F16: in a .md file the list under ``toc:`` read as two loose lines (its
    ``- `` gone, while a list in the text shows "• "); its items are shown as list items."""
    text = FRONT_MATTER + f"# 坚定信心 真抓实干\n\n同志们：\n\n{BODY}\n\n- 第一项\n- 第二项\n"
    document = parse_text(text, path="讲话.md")
    meta = [p.text for p in document.paragraphs if p.line <= 8 and p.kind is Kind.BACK_MATTER]
    assert meta[-3:] == ["toc:", "• 一、认清形势", "• 二、抓好落实"]
    assert [p.text for p in document.paragraphs][-2:] == ["• 第一项", "• 第二项"]


def test_yaml_front_matter_over_a_plain_text_gives_no_title() -> None:
    """Without a ``#`` title, the front matter's title: line still titles nothing."""
    document = parse_text(FRONT_MATTER + f"同志们：\n\n{BODY}\n\n一、认清形势\n\n{BODY}\n")
    assert [s.title for s in document.speeches] == [None]
    assert [h.line for s in document.speeches for h in s.headings] == [14]


@pytest.mark.parametrize(
    ("text", "outline"),
    [
        (  # a bulleted list announced by its paragraph, no text between the items: no headings
            f"# 总标题\n\n同志们：\n\n{BODY}\n\n做好今年的工作，要把握好几点：\n\n"
            f"- 第一点，提高认识；\n- 第二点，加强领导；\n- 第三点，狠抓落实。\n\n{BODY}\n\n"
            f"## 关于发展\n\n{BODY}\n",
            [(1, "关于发展")],
        ),
        (  # * bullets, 一是/二是 items, in a text without # headings
            f"同志们：\n\n{BODY}\n\n要做到：\n\n* 一是讲政治；\n* 二是顾大局；\n* 三是守规矩。\n\n"
            f"{BODY}\n\n{BODY}\n",
            [],
        ),
        (  # bulleted items that each lead their own section text: a heading series
            f"同志们：\n\n{BODY}\n\n- 第一点，提高认识。\n\n{BODY}{BODY}\n\n"
            f"- 第二点，加强领导。\n\n{BODY}{BODY}\n\n- 第三点，狠抓落实。\n\n{BODY}{BODY}\n",
            [(1, "第一点，提高认识"), (1, "第二点，加强领导"), (1, "第三点，狠抓落实")],
        ),
        (  # bulleted items that hold their own text after a first sentence: run-in headings
            f"同志们：\n\n{BODY}\n\n- 第一点，提高认识。{BODY}{BODY}\n"
            f"- 第二点，加强领导。{BODY}{BODY}\n- 第三点，狠抓落实。{BODY}{BODY}\n",
            [(1, "第一点，提高认识"), (1, "第二点，加强领导"), (1, "第三点，狠抓落实")],
        ),
        (  # in a text with # headings, adjacent bulleted items are a list however long each is
            f"# 总标题\n\n## 从云计算到云不可知\n\n{BODY}\n\n看看下面这段代码：\n\n"
            f"- 首先，这是一段操作缓存的代码。{BODY}\n- 其次，这是一段可运行的代码。{BODY}\n"
            f"- 最后，这是一段在生产环境容易受到挑战的代码？要不要启用连接池？{BODY}\n\n"
            f"{BODY}\n\n## 软件，架构与人\n\n{BODY}\n",
            [(1, "从云计算到云不可知"), (1, "软件，架构与人")],
        ),
    ],
    ids=[
        "announced-list",
        "star-list-plain",
        "items-with-sections",
        "items-with-own-text",
        "long-items-in-markdown",
    ],
)
def test_a_bulleted_list_in_the_flow_is_no_heading_series(
    text: str, outline: list[tuple[int, str]]
) -> None:
    """``- 第一点，…；`` items of a list (adjacent, one sentence each) are the content of the
    paragraph that announces them; bulleted items that each lead their own text are headings."""
    document = parse_text(text)
    got = [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]
    assert got == outline
    items = [p for p in document.paragraphs if p.text[:3] in ("第一点", "第二点", "第三点")]
    items += [p for p in document.paragraphs if p.text[:2] in ("一是", "二是", "三是")]
    items += [p for p in document.paragraphs if p.text[:3] in ("首先，", "其次，", "最后，")]
    assert len(items) == 3
    # (the items are shown as the text they are: body paragraphs, or headings)
    heading = any(title.startswith(("第一点", "一是", "首先")) for _, title in outline)
    assert [p.kind for p in items] == [Kind.HEADING if heading else Kind.BODY] * 3


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("我们要 **认真** 学习，落实到位。", "我们要认真学习，落实到位。"),
        ("我们要**认真**学习，落实到位。", "我们要认真学习，落实到位。"),
        ("我们要 __认真__ 学习，落实到位。", "我们要认真学习，落实到位。"),
        ("要用好 **AI** 技术，落实到位。", "要用好 AI 技术，落实到位。"),
        ("This is **bold** word, 落实到位。", "This is bold word, 落实到位。"),
        ("我们要 **认真**学习，落实到位。", "我们要认真学习，落实到位。"),
        ("我们要__认真__ 学习，落实到位。", "我们要认真学习，落实到位。"),
    ],
    ids=[
        *("spaced-cjk", "unspaced-cjk", "underscores", "latin-inside", "latin-outside"),
        *("space-before-only", "space-after-only"),
    ],
)
def test_bold_marks_inside_a_sentence_leave_no_spaces_between_chinese(line: str, want: str) -> None:
    """``**认真**`` inside a sentence: the marks vanish, and the spaces a writer set around them
    for Markdown go too between Chinese characters (a space next to Latin text stays)."""
    document = parse_text(f"同志们：\n\n{BODY}\n\n{line}\n\n{BODY}\n")
    assert [p.text for p in document.paragraphs if p.kind is Kind.BODY] == [BODY, want, BODY]
