"""A notes file of several talks under ``#`` lines (``frontmatter.markdown_talks``; issue #14,
holdout12 c10): with no title, salutation or header line anywhere, unnumbered ``#`` lines each
over a list alone, and a group line over deeper ones (``## 一席`` over two ``###`` talks), each
list's ``#`` line is a talk's title and the group line is in no outline. Near misses: a talk's
own ``##`` sections over lists stay its outline — with no group among them, under a title, with
a paragraph of text in one, or numbered."""

from __future__ import annotations

import pytest

from tui.engine import parse_text

NOTES = "* 15岁那年，开始在一家餐厅工作，开始问自己为什么会在这里。\n* 回去以后报名烹饪学校。\n"
TEXT = "我们每个人都在走自己的人生旅途，但有时候走着走着，你就会发现我们自己已经迷路了。"


def _read(text: str) -> tuple[list[str | None], list[str]]:
    document = parse_text(text, "笔记.md")
    return (
        [s.title for s in document.speeches],
        [h.marker + h.title for s in document.speeches for h in s.headings],
    )


def test_talks_under_their_own_lines_and_a_group_line() -> None:
    text = (
        f"## 罗朗\n\n{NOTES}\n## 一席\n\n### 余世存 失格\n\n{NOTES}\n"
        f"### 全球化与重庆大厦\n\n{NOTES}  - 低端全球化\n    + 交易风险较大。\n\n"
        f"## 《30岁不是一个新的20岁》\n\n{NOTES}"
    )
    assert _read(text) == (
        ["罗朗", "余世存 失格", "全球化与重庆大厦", "30岁不是一个新的20岁"],
        [],
    )


def test_talks_whose_items_a_hard_wrap_and_a_page_seam_cut() -> None:
    wrapped = "* 15岁那年，开始在一家餐厅工作，\n开始问自己为什么会在这里。\n\n讲话稿精选汇编\u3000第 1 页\n\n* 回去以后。\n"
    text = (
        f"## 罗朗\n\n{wrapped}\n## 一席\n\n### 余世存 失格\n\n{NOTES}\n"
        f"### 全球化与重庆大厦\n\n{NOTES}\n## 《30岁不是一个新的20岁》\n\n{NOTES}"
    )
    titles, outline = _read(text)
    assert (titles, outline) == (
        ["罗朗", "余世存 失格", "全球化与重庆大厦", "30岁不是一个新的20岁"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "titles", "outline"),
    [
        (  # a talk's own sections over lists, no group line among them
            f"## 开场\n\n{NOTES}\n## 为什么学做菜\n\n{NOTES}\n## 手工的意义\n\n{NOTES}",
            [None],
            ["开场", "为什么学做菜", "手工的意义"],
        ),
        (  # the same with a group line, under the talk's # title
            f"# 罗朗的演讲\n\n## 开场\n\n{NOTES}\n## 经历\n\n### 美国\n\n{NOTES}\n"
            f"### 上海\n\n{NOTES}\n## 结语\n\n{NOTES}",
            ["罗朗的演讲"],
            ["开场", "经历", "美国", "上海", "结语"],
        ),
        (  # a paragraph of text under one of the lines
            f"## 开场\n\n{NOTES}\n## 经历\n\n### 美国\n\n{NOTES}\n{TEXT}\n\n### 上海\n\n{NOTES}\n"
            f"## 结语\n\n{NOTES}",
            [None],
            ["开场", "经历", "美国", "上海", "结语"],
        ),
        (  # numbered lines: a talk's outline
            f"## 一、开场\n\n{NOTES}\n## 二、经历\n\n### 美国\n\n{NOTES}\n### 上海\n\n{NOTES}",
            [None],
            ["一、开场", "二、经历", "美国", "上海"],
        ),
    ],
    ids=["no-group", "titled", "a-paragraph", "numbered"],
)
def test_a_talks_own_sections_over_lists_stay_its_outline(
    text: str, titles: list[str | None], outline: list[str]
) -> None:
    assert _read(text) == (titles, outline)
