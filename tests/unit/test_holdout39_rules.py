"""Rules found on holdout39 (issue #14, a crawler's copies of 平潭综合实验区's report pages: nine
header lines, then the whole page on one line): a text whose characters are nearly all in one
or a few very long lines is a one-line text whatever short lines stand beside them, plain or
hard-wrapped again.

Each row that is no trap fails on the engine before the rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tests.regression.mess import wrap_line
from tui.engine import parse_text
from tui.engine.glued import one_line_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
HEADER = (
    "标题: 政府工作报告（2024）\n发布时间: 2024-01-22 23:08\n文号: \n发布机构: 某某管委会\n"
    "栏目: 政府工作报告\n原文链接: https://www.example.gov.cn/zwgk/t20240125_86483.htm\n"
    "本地目录: zwgk/zfgzbg/202401/86483\n页面链接与图片详见 links.tsv(同目录)\n"
    "==================== 正文 ====================\n"
)
LONG = TEXT * 40  # (1,600 characters: a line over glued.LONG_SEGMENT)


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for speech in document.speeches for h in speech.headings]


# --- one-line text: nearly all the text in at most three very long lines -----------------------

ONE_LINE = [
    # (id, text, one-line text?)
    ("three-lines", "讲话\n2024年1月18日\n" + TEXT * 3, True),
    ("a-crawler-header-over-one-long-line", HEADER + LONG, True),
    ("a-title-and-a-date-over-two-long-lines", "讲话\n2024年1月18日\n" + LONG + "\n" + LONG, True),
    (
        # (trap) an ordinary text with one long paragraph among its paragraphs: the long line
        # holds too little of the text
        "trap-one-long-paragraph-among-ordinary-ones",
        "讲话\n同志们：\n"
        + "\n".join([TEXT * 2] * 12)
        + "\n"
        + LONG
        + "\n"
        + "\n".join([TEXT] * 4),
        False,
    ),
    (
        # (trap) a text of many long paragraphs, all over the length: more than three of them
        "trap-many-long-paragraphs",
        "讲话\n" + "\n".join([LONG] * 5),
        False,
    ),
    (
        # (trap) a file of four short lines: no long line (lines.py counted three line ends and
        # took it for one-line text, glued.py four lines and did not)
        "trap-four-short-lines",
        "讲话\n2024年1月18日\n某某\n" + TEXT * 10,
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in ONE_LINE], ids=[row[0] for row in ONE_LINE]
)
def test_one_line_text(text: str, want: bool) -> None:
    assert one_line_text(text.split("\n")) is want


# A report whose page lost its paragraphs: its 一、 glued to its （一）, each （一） section's 一是
# items cut out only in a one-line text (a text with line breaks never cuts a glued 一是).
BODY = (
    "各位代表：现在，我代表管委会向大会报告工作。一、2023年工作回顾（一）坚持抓创新，加快建设创新型城市一是进一步夯实创新基础。"
    + TEXT * 5
    + "二是引进培育更多创新人才。"
    + TEXT * 5
    + "三是优化创新环境。"
    + TEXT * 4
    + "（二）坚持惠民生，提升人民生活质量一是加大民生投入。"
    + TEXT * 5
    + "二是提高社会保障水平。"
    + TEXT * 5
    + "三是办好民生实事。"
    + TEXT * 4
    + "二、2024年工作安排（一）丰富优质旅游供给。"
    + TEXT * 5
    + "（二）推进高水平开放。"
    + TEXT * 5
)
BODY_OUTLINE = [
    (1, "一、2023年工作回顾"),
    (2, "（一）坚持抓创新，加快建设创新型城市"),
    (3, "一是进一步夯实创新基础"),
    (3, "二是引进培育更多创新人才"),
    (3, "三是优化创新环境"),
    (2, "（二）坚持惠民生，提升人民生活质量"),
    (3, "一是加大民生投入"),
    (3, "二是提高社会保障水平"),
    (3, "三是办好民生实事"),
    (1, "二、2024年工作安排"),
    (2, "（一）丰富优质旅游供给"),
    (2, "（二）推进高水平开放"),
]


def test_a_one_line_page_under_a_crawlers_header_is_outlined() -> None:
    assert _outline(BODY) == BODY_OUTLINE  # (the page alone, as before)
    assert _outline(HEADER + BODY) == BODY_OUTLINE


def test_a_one_line_page_under_a_header_hard_wrapped_again_is_outlined() -> None:
    # (a header of lines with no space in them: a short line with a space may be short for it)
    header = HEADER.replace(": ", "：").replace(" ", "")
    lines = [piece for line in (header + BODY).split("\n") for piece in wrap_line(line, 30)]
    assert _outline("\n".join(lines)) == BODY_OUTLINE
