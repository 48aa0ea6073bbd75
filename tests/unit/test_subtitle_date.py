"""A speech's date from its "——" subtitle when no date line stands in its title block
(holdout23 n01: "——１９８９年３月２０日在第七届全国人民代表大会第二次会议上"): the citation of a
titled speech gives its date (docs/quotes.md), so a date the title block states must not be lost."""

from __future__ import annotations

import pytest

from tui.engine.parse import parse_text

BODY = "今天我们召开这次会议，主要任务是总结工作、部署任务。" * 4


@pytest.mark.parametrize(
    ("subtitle", "date"),
    [
        ("——１９８９年３月２０日在第七届全国人民代表大会第二次会议上", "１９８９年３月２０日"),
        ("——2018年1月5日在全市工作会议上", "2018年1月5日"),
        ("——一九五六年四月二十五日在中央政治局扩大会议上", "一九五六年四月二十五日"),
    ],
)
def test_the_date_that_opens_a_subtitle_is_the_speechs(subtitle: str, date: str) -> None:
    text = f"政府工作报告\n{subtitle}\n国务院总理某某\n各位代表：\n{BODY}\n一、工作回顾\n{BODY}\n"
    (speech,) = parse_text(text).speeches
    assert speech.date == date


def test_a_date_line_wins_over_the_subtitle() -> None:
    text = f"讲话\n——2018年1月5日在全市工作会议上\n（2018年1月6日）\n同志们：\n{BODY}\n"
    (speech,) = parse_text(text).speeches
    assert speech.date == "2018年1月6日"


@pytest.mark.parametrize(
    "subtitle",
    [
        "——在全市工作会议上的讲话",  # no date
        "——2018年全市工作会议讲话摘要",  # a year only
        "——写在2018年1月5日在全市工作会议上",  # the date does not open it
    ],
)
def test_no_date_where_the_subtitle_opens_with_none(subtitle: str) -> None:
    text = f"讲话\n{subtitle}\n同志们：\n{BODY}\n"
    (speech,) = parse_text(text).speeches
    assert speech.date is None
