"""A main title set on two lines as a couplet over its ——subtitle (issue #14, a leftover the
engine69 brief named): 凝心聚力谋发展 | 奋力开创新局面 | ——在…上的讲话 was titled 奋力开创新局面, its
first line left as a line of text above the speech.

The rule (titleblock.couplet_above, partlines.parallel_lines): the line right above a title line that
has its ——subtitle right under it is the title's first half when the two lines are parallel
phrases — each 4-12 Chinese characters and nothing else, of the same length, the upper not
ending with a joining word nor opening with 关于/在, the lower not starting with a suffix nor
ending with the word that names the speech — and the upper line is no unit's name, no heading,
date or other title line, and stands at the head of a block (the file's first text, or under a
speech's end). The halves are joined with a space, as a reader sees two phrases.

The first rows fail on the engine before the rule (checked); each trap keeps one condition's
looser form out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.partlines import parallel_lines

SUBTITLE = "——在全市经济工作会议上的讲话"
BODY = ("同志们：", "今天召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。")


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _titles(text: str) -> list[str | None]:
    return [speech.title for speech in parse_text(text).speeches]


ROWS = [
    # (id, text, titles of the speeches)
    (
        "a-couplet-over-its-subtitle",
        _text("凝心聚力谋发展", "奋力开创新局面", SUBTITLE, "（2016年12月28日）", "张三", *BODY),
        ["凝心聚力谋发展 奋力开创新局面"],
    ),
    (
        "a-couplet-of-eight-under-a-speech-that-ended",
        _text(
            "坚定信心真抓实干",
            *BODY[1:],
            "谢谢大家！",
            "",
            "凝心聚力再创佳绩",
            "奋力谱写崭新篇章",
            SUBTITLE,
            *BODY,
        ),
        ["坚定信心真抓实干", "凝心聚力再创佳绩 奋力谱写崭新篇章"],
    ),
    (
        # (trap) a blank line parts the upper line from the title: no half of it
        "trap-a-blank-line-between",
        _text("凝心聚力谋发展", "", "奋力开创新局面", SUBTITLE, *BODY),
        ["奋力开创新局面"],
    ),
    (
        # (trap) no subtitle under the title line: a title found otherwise (a date under it)
        # takes no line from above
        "trap-no-subtitle-under-the-title",
        _text("凝心聚力谋发展", "奋力开创新局面", "（2016年12月28日）", *BODY),
        ["奋力开创新局面"],
    ),
    (
        # (trap) a site's name over the title: not the same length
        "trap-lines-of-other-lengths",
        _text("中国共产党新闻网", "奋力开创新局面", SUBTITLE, *BODY),
        ["奋力开创新局面"],
    ),
    (
        # (trap) a line with more than Chinese characters in it
        "trap-a-line-with-digits",
        _text("第12期特刊号", "奋力开创新局面", SUBTITLE, *BODY),
        ["奋力开创新局面"],
    ),
    (
        # (trap) a unit's name of the same length over the title
        "trap-a-unit-name",
        _text("绍兴市人民政府", "奋力开创新局面", SUBTITLE, *BODY),
        ["奋力开创新局面"],
    ),
    (
        # (trap) the upper line is a line of text that has not ended (no block's head)
        "trap-under-text-that-goes-on",
        _text("前面一段话讲到这里还没有讲完", "凝心聚力谋发展", "奋力开创新局面", SUBTITLE, *BODY),
        ["奋力开创新局面"],
    ),
    (
        # (trap) a date line of the same length above the title
        "trap-a-date-line-above",
        _text("二零一六年十二月", "奋力开创崭新局面", SUBTITLE, *BODY),
        ["奋力开创崭新局面"],
    ),
]


@pytest.mark.parametrize(
    ("text", "titles"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_couplet_titles(text: str, titles: list[str | None]) -> None:
    assert _titles(text) == titles


@pytest.mark.parametrize(
    ("upper", "lower", "parallel"),
    [
        ("凝心聚力谋发展", "奋力开创新局面", True),
        ("关于加强和改进", "新时代基层治理", False),  # 关于 opens a title broken in two
        ("在全市经济工作", "会议上讲话精神", False),  # 在 opens one too
        ("加强和改进新的", "基层治理的工作", False),  # the upper line ends with a joining word
        ("全面加强新时代", "的基层治理工作", False),  # the lower line starts with a suffix
        ("全面加强基层治", "理工作体系报告", False),  # the lower line ends with 报告
        ("凝心聚力谋发展", "奋力开创新局面！", False),  # a mark in the lower line
        ("凝心聚力", "奋力开创新局面", False),  # lengths differ
    ],
)
def test_parallel_lines(upper: str, lower: str, parallel: bool) -> None:
    assert parallel_lines(upper, lower) is parallel
