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


# --- a subtitle that closes with its date (issue #14, title blocks) ------------------------

OPENING = "同志们：\n今天我们开会。\n一、总体要求\n要做好工作。\n二、主要任务\n要抓落实。\n"


@pytest.mark.parametrize(
    ("block", "date"),
    [
        ("——在全市经济工作会议上的讲话（2024年2月20日）", "2024年2月20日"),
        ("——在全市经济工作会议上的讲话（二〇二四年二月二十日）", "二〇二四年二月二十日"),
        ("——在全市经济工作会议上的讲话〔2024年2月20日〕", "2024年2月20日"),
        ("——张三同志在全市经济工作会议上的讲话（2024年2月20日）", "2024年2月20日"),
        ("——国务院总理 李强在全国经济工作会议上的讲话（2024年2月20日）", "2024年2月20日"),
        # a single dash (holdout8 y08, a province's 2004 report) and the box-drawing one
        ("—在全市经济工作会议上的讲话（2024年2月20日）", "2024年2月20日"),
        ("—在河北省第十届人民代表大会第二次会议上（二〇〇四年一月八日）", "二〇〇四年一月八日"),
        ("──在全市经济工作会议上的讲话（2024年2月20日）", "2024年2月20日"),
    ],
)
def test_the_date_that_closes_a_subtitle_is_the_speechs(block: str, date: str) -> None:
    text = f"关于经济工作的报告\n{block}\n\n{OPENING}"
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date) == ("关于经济工作的报告", date)
    # the subtitle stays a line of its own, not run into the title above it
    assert block in [para.text for para in parse_text(text).paragraphs]


def test_a_subtitle_with_its_date_under_a_title_broken_over_two_lines() -> None:
    text = (
        "关于加强和改进新时代\n基层治理工作的报告\n"
        f"——在全市基层治理工作会议上的讲话（2024年3月5日）\n{OPENING}"
    )
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date) == ("关于加强和改进新时代基层治理工作的报告", "2024年3月5日")


def test_a_date_line_wins_over_the_date_closing_the_subtitle() -> None:
    text = f"关于经济工作的报告\n——在全市经济工作会议上的讲话（2024年2月20日）\n（2024年2月21日）\n{OPENING}"
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date) == ("关于经济工作的报告", "2024年2月21日")


@pytest.mark.parametrize(
    "block",
    [
        "——写在全市经济工作会议召开之际（2024年2月20日）",  # an article's: says no 在 where
        "——《人民日报》社论（1980年1月1日）",  # an epigraph's source, no occasion
        "——在全市经济工作会议上的讲话（摘要）",  # a note in the brackets, no date
        "——在全市经济工作会议上的讲话（2024年）",  # a year only
    ],
)
def test_no_date_from_a_subtitle_closing_with_none(block: str) -> None:
    (speech,) = parse_text(f"关于经济工作的报告\n{block}\n{OPENING}").speeches
    assert (speech.title, speech.date) == ("关于经济工作的报告", None)


@pytest.mark.parametrize(
    "lines",
    [
        # a quotation's attribution under a sentence of the speech
        "“要把工作做实。”\n——张三同志在全市经济工作会议上（2024年2月20日）\n我们要继续努力，把工作做实做细。",
        # list items opening with a single dash
        "要求是：\n—在会议上讲清楚任务（2024年2月20日）；\n—在会后抓好落实（2024年3月1日）\n"
        "我们要继续努力，把工作做实做细。",
    ],
)
def test_a_dash_line_inside_the_speech_gives_no_date(lines: str) -> None:
    text = f"关于经济工作的报告\n同志们：\n今天我们开会。\n{lines}\n{OPENING[5:]}"
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date) == ("关于经济工作的报告", None)


def test_a_title_and_its_subtitle_on_one_line_stay_one_title() -> None:
    line = "1988年政府工作报告——1988年3月25日在第七届全国人民代表大会第一次会议上"
    (speech,) = parse_text(f"{line}\n国务院代总理 某某\n各位代表：\n{BODY}\n").speeches
    assert speech.title == line
