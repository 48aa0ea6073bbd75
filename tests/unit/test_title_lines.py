"""Two title lines joined into one speech title (tui.engine.reflow): a long title broken over two
lines is one run of words; a whole title (…报告, …讲话) over its theme keeps a full-width space
between them, as the reader saw two lines (holdout23 n01: "1989年政府工作报告" over
"坚决贯彻治理整顿和深化改革的方针" was cited as one run-on title)."""

from __future__ import annotations

import pytest

from tui.engine.parse import parse_text

BODY = "今天我们召开这次会议，主要任务是总结工作、部署任务。" * 4


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            "1989年政府工作报告",
            "坚决贯彻治理整顿和深化改革的方针",
            "1989年政府工作报告\u3000坚决贯彻治理整顿和深化改革的方针",
        ),
        ("在全市经济工作会议上的讲话", "（摘要）", "在全市经济工作会议上的讲话（摘要）"),
        ("关于加强基层治理工作的报告", "的补充说明", "关于加强基层治理工作的报告的补充说明"),
    ],
)
def test_two_title_lines(first: str, second: str, title: str) -> None:
    text = f"{first}\n{second}\n——2018年1月5日在全市工作会议上\n同志们：\n{BODY}\n一、工作回顾\n{BODY}\n"
    (speech,) = parse_text(text).speeches
    assert speech.title == title
