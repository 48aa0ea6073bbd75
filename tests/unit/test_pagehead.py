"""A web page's header at a one-line text's start, cut into its whole phrases
(``tui.engine.pagehead.page_header_parts``, issue #14: one-line texts lose their title)."""

from __future__ import annotations

import pytest

from tui.engine.pagehead import page_header_parts

_TITLE = (
    "1998年政府工作报告 ——1998年3月5日在第九届全国人民代表大会第一次会议上 各位代表：本届政府……"
)


@pytest.mark.parametrize(
    ("parts", "header", "rest"),
    [
        (
            [
                "<!-- --> <!-- -->   当前位置： 首页>> 中国概况   1998年国务院政府工作报告 "
                "中央政府门户网站\u3000www.gov.cn",
                "2006年02月16日 14时43分",
                f"来源：新华社 【字体：大 中 小】 {_TITLE}",
            ],
            [
                "<!-- -->",
                "<!-- -->",
                "当前位置： 首页>> 中国概况",
                "1998年国务院政府工作报告 中央政府门户网站\u3000www.gov.cn",
                "2006年02月16日 14时43分",
                "来源：新华社",
                "【字体：大 中 小】",
            ],
            [_TITLE],
        ),
        (
            [f"<!----><!---->当前位置： 首页>> 中国概况 来源：新华社【字体：大 中 小】{_TITLE}"],
            [
                "<!---->",
                "<!---->",
                "当前位置： 首页>> 中国概况",
                "来源：新华社",
                "【字体：大 中 小】",
            ],
            [_TITLE],
        ),
        (
            [
                "新华社北京３月１８日电政府工作报告——2013年3月5日在第十二届全国人民代表大会第一次会议上"
            ],
            ["新华社北京３月１８日电"],
            ["政府工作报告——2013年3月5日在第十二届全国人民代表大会第一次会议上"],
        ),
        (
            ["（新华社北京２００９年３月１４日电） 政府工作报告"],
            ["（新华社北京２００９年３月１４日电）"],
            ["政府工作报告"],
        ),
    ],
    ids=[
        "gov-cn-page-in-parts",
        "no-separator",
        "dateline-glued-to-the-title",
        "bracketed-dateline",
    ],
)
def test_a_page_header_is_cut_into_its_phrases(
    parts: list[str], header: list[str], rest: list[str]
) -> None:
    assert page_header_parts(parts) == (header, rest)


@pytest.mark.parametrize(
    "text",
    [
        "当前位置：我们的工作处在爬坡过坎的关键阶段，大家要认清形势。",
        "来源：群众的期盼就是我们工作的方向。",
        "新华社北京3月17日电讯稿研讨会上的讲话 同志们：",
        "新华社社长在某某分社成立十周年座谈会上的讲话 同志们：",
        "2019年03月16日 来源：县政府办 在全县安全生产工作会议上的讲话",
        "首页>> 中国概况>> 中国简况在全县安全生产工作会议上的讲话 同志们：",
        "--- 以上内容仅作参考 --- 在全县安全生产工作会议上的讲话 同志们：",
        "--- title: 在全县安全生产工作会议上的讲话 同志们：今天召开会议。",
    ],
    ids=[
        "breadcrumb-label-opening-a-sentence",
        "field-label-opening-a-sentence",
        "dateline-words-going-on-in-a-word",
        "title-beginning-with-the-agency",
        "a-date-is-no-opening-phrase",
        "breadcrumb-run-into-the-title",
        "a-rule-before-words-is-no-front-matter",
        "front-matter-never-closed",
    ],
)
def test_words_of_a_header_that_are_no_whole_phrase_cut_nothing(text: str) -> None:
    assert page_header_parts([text]) == ([], [text])


def test_a_one_line_text_s_yaml_front_matter_gets_its_lines_back() -> None:
    """--- title: "…" source: "…" tags: - a --- # 标题 正文: the block's lines as the file had them
    (one ``key: value`` a line, a list item a line), the # heading that spells the title after it."""
    text = '--- title: "2023-某某大学毕业典礼" source: "x.example" tags: - 讲话 --- # 2023-某某大学毕业典礼 谢谢大家。'
    assert page_header_parts([text]) == (
        [
            "---",
            'title: "2023-某某大学毕业典礼"',
            'source: "x.example"',
            "tags:",
            "- 讲话",
            "---",
            "# 2023-某某大学毕业典礼",
        ],
        ["谢谢大家。"],
    )
