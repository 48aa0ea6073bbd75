"""A saved page's heading element keeps the spaces its writer typed between a title's phrases
(issue #14, holdout37 x06/x07: ``<h2>竖直脊梁 立定脚跟 心怀梦想 勇敢前行——…</h2>`` read as
竖直脊梁立定脚跟心怀梦想勇敢前行——…): spaces typed inside one line of ``<h1>``–``<h6>`` are
one space, where elsewhere a space between Chinese characters is the source's line wrap and
goes. A run holding a line break is still a wrap; a letter-spaced title (关 于 …) still
closes up in the engine's title (``partlines.clean_title``). So is an inline element holding
only a space typed on one line (holdout37 x02 ``不忘初心担使命<span> </span>传承博雅谱新篇``), in
any paragraph; and a title block's lines joined into one title paragraph keep the phrases
apart when the first line's phrases are set apart by spaces (``reflowseams.title_seam``).

Each row that is no trap fails before the rule (checked); each trap keeps out a looser rule.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.formats.html import extract_html

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _page(body: str) -> str:
    return f"<html><body>{body}<p>同志们：</p><p>{TEXT}</p><p>{TEXT}</p></body></html>"


def _lines(body: str) -> list[str]:
    text = extract_html(_page(body).encode(), "page.html").text
    return [line.strip("\u3000 #") for line in text.split("\n") if line.strip()]


def _titles(body: str) -> list[str | None]:
    text = extract_html(_page(body).encode(), "page.html").text
    return [speech.title for speech in parse_text(text).speeches]


ROWS = [
    # (id, the page's body, its first line as extracted, the speech's title)
    (
        "phrases-in-a-page-title",
        "<h2>竖直脊梁 立定脚跟 心怀梦想 勇敢前行——2019学年第一学期开学典礼讲话</h2>",
        "竖直脊梁 立定脚跟 心怀梦想 勇敢前行——2019学年第一学期开学典礼讲话",
        "竖直脊梁 立定脚跟 心怀梦想 勇敢前行——2019学年第一学期开学典礼讲话",
    ),
    (
        # (three spaces typed, inside a <strong>: one space, not a paragraph break)
        "a-run-of-spaces-is-one",
        "<h1><span><strong>家校合力   携手共赢</strong></span></h1><p>——新高一家长会上的讲话稿</p>",
        "家校合力 携手共赢",
        "家校合力 携手共赢",
    ),
    (
        # (trap) the source wraps the heading's line: a line break is no separator
        "trap-a-wrapped-heading",
        "<h2>在全市安全生产工作会议\n   上的讲话</h2>",
        "在全市安全生产工作会议上的讲话",
        "在全市安全生产工作会议上的讲话",
    ),
    (
        # a span holding only a space between two phrases, in a paragraph (nbsp as the page has it)
        "a-span-holding-only-a-space",
        "<p><span>不忘初心担使命</span><span>\u00a0</span><span>传承博雅谱新篇</span></p>",
        "不忘初心担使命 传承博雅谱新篇",
        "不忘初心担使命 传承博雅谱新篇",
    ),
    (
        # (trap) the source's line break between two spans: a wrap
        "trap-a-line-break-between-spans",
        "<p><span>不忘初心担使命</span>\n<span>传承博雅谱新篇</span></p>",
        "不忘初心担使命传承博雅谱新篇",
        "不忘初心担使命传承博雅谱新篇",
    ),
    (
        # (trap) a span holding only a line break: a wrap
        "trap-a-span-holding-a-line-break",
        "<p><span>不忘初心担使命</span><span>\n</span><span>传承博雅谱新篇</span></p>",
        "不忘初心担使命传承博雅谱新篇",
        "不忘初心担使命传承博雅谱新篇",
    ),
    (
        # (trap) a space between two inline elements, in a paragraph: no element of its own
        "trap-a-space-between-inline-elements",
        "<p><b>不忘初心担使命</b> <b>传承博雅谱新篇</b></p>",
        "不忘初心担使命传承博雅谱新篇",
        "不忘初心担使命传承博雅谱新篇",
    ),
    (
        # (trap) the same inside a span: the span holds more than the space
        "trap-a-space-inside-a-span-between-inline-elements",
        "<p><span><b>不忘初心担使命</b> <b>传承博雅谱新篇</b></span></p>",
        "不忘初心担使命传承博雅谱新篇",
        "不忘初心担使命传承博雅谱新篇",
    ),
    (
        # (trap) a table cell holding only a space: an empty cell, the row joined as before
        "trap-an-empty-table-cell",
        "<table><tr><td>不忘初心担使命</td><td> </td><td>传承博雅谱新篇</td></tr></table>",
        "不忘初心担使命传承博雅谱新篇",
        "不忘初心担使命传承博雅谱新篇",
    ),
    (
        # (trap) a space inside a span's text, in a paragraph: a wrap, as for the paragraph below
        "trap-a-space-inside-a-spans-text",
        "<p><span>不忘初心担使命 传承博雅谱新篇</span></p>",
        "不忘初心担使命传承博雅谱新篇",
        "不忘初心担使命传承博雅谱新篇",
    ),
    (
        # (trap) a letter-spaced title closes up in the engine's title
        "trap-letter-spaced-title",
        "<h2>关 于 加 强 作 风 建 设 的 讲 话</h2>",
        "关 于 加 强 作 风 建 设 的 讲 话",
        "关于加强作风建设的讲话",
    ),
    (
        # (trap) a paragraph is no heading element: a space between Chinese is a wrap there
        "trap-a-paragraph",
        "<h2>在干部大会上的讲话</h2><p>今天 我们召开干部大会</p>",
        "在干部大会上的讲话",
        "在干部大会上的讲话",
    ),
]


@pytest.mark.parametrize(
    ("body", "line", "title"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_page_title_spaces(body: str, line: str, title: str) -> None:
    assert _lines(body)[0] == line
    assert _titles(body)[0] == title


def test_a_paragraph_keeps_no_space_between_chinese() -> None:
    # (the trap above: the paragraph's own line)
    assert "今天我们召开干部大会" in _lines(
        "<h2>在干部大会上的讲话</h2><p>今天 我们召开干部大会</p>"
    )


BYLINE = "文章来源：本站原创作者：王琛发布时间：2021年01月13日点击数：次"


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # the page's title block over three lines, its first line's phrases set apart
        ("不忘初心担使命 传承博雅谱新篇", "奋力开创新局面", "不忘初心担使命 传承博雅谱新篇 奋力开创新局面"),
        # (trap) a space between unequal runs is a PDF wrap: the title joined closes up (a
        # space at the seam would be one between runs of 5 and 6, kept with the wrap's)
        ("不忘初心担使命传承 博雅谱新篇", "奋力开创新局", "不忘初心担使命传承博雅谱新篇奋力开创新局"),
    ],
    ids=["phrases-set-apart", "trap-a-wrap-space"],
)  # fmt: skip
def test_a_title_block_joined_keeps_its_phrases_apart(first: str, second: str, joined: str) -> None:
    page = "\n".join(
        ["## " + first.replace(" ", "") + second + "——在主题教育总结大会上的讲话", BYLINE,
         first, second, "——在主题教育总结大会上的讲话", "同志们：", TEXT, TEXT]
    )  # fmt: skip
    titles = [p.text for p in parse_text(page + "\n").paragraphs if p.kind.value == "title"]
    assert joined in titles
