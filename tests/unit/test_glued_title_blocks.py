"""A collection of reports joined into one line: each report's title block inside the run (a
title, its ——subtitle, the speaker, the salutation) starts a speech, and the reports keep their
headings (issue #14, "One-line texts"; corpus b08 two copies of the 1991 plan report and
holdout23 n05, 朱镕基's 1999 and 2001 reports, joined by nothing: one speech, and n05's 35
headings all lost once its second title block was cut out).

The first trap row fails on the engine before ``titlerun._glued_title_block`` (then in
``lines``) took a dashed title block after the text's start (one speech); the second before
``keptparagraphs.kept_paragraphs`` left the title blocks' pieces out of the paragraphs a one-line
text kept (no heading: each report's items were read as the list of a kept paragraph). The
near-miss rows (a dashed subtitle quoted in a sentence, a single report) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

SECTION = (
    "过去一年，我们坚持稳中求进，各项工作取得了新的进展，经济运行总体平稳，人民生活继续改善。"
    "同时也要看到，前进道路上还有不少困难和问题，需要我们认真加以解决。"
)


def _report(year: int, session: str) -> str:
    return (
        f"{year}年政府工作报告"
        f"——{year}年3月5日在第九届全国人民代表大会第{session}次会议上"
        "国务院总理朱镕基"
        "各位代表："
        "现在，我代表国务院，向大会作政府工作报告，请予审议。"
        f"一、{year - 1}年工作回顾。"
        + SECTION * 3
        + "（一）农业生产稳定发展。"
        + SECTION * 2
        + "（二）工业生产稳步增长。"
        + SECTION * 2
        + f"二、{year}年的主要任务。"
        + SECTION * 3
        + "（一）继续扩大国内需求。"
        + SECTION * 2
        + "（二）深化国有企业改革。"
        + SECTION * 2
        + "各位代表，让我们团结一致，为完成今年的各项任务而努力奋斗！"
    )


def _speeches(text: str) -> list[tuple[str | None, list[str]]]:
    return [(s.title, [h.marker + h.title for h in s.headings]) for s in parse_text(text).speeches]


def test_second_title_block_starts_a_speech() -> None:
    speeches = _speeches(_report(1999, "二") + _report(2001, "四"))
    assert [title for title, _ in speeches] == ["1999年政府工作报告", "2001年政府工作报告"]


def test_reports_keep_their_headings() -> None:
    speeches = _speeches(_report(1999, "二") + _report(2001, "四"))
    assert [headings for _, headings in speeches] == [
        [
            "一、1998年工作回顾",
            "（一）农业生产稳定发展",
            "（二）工业生产稳步增长",
            "二、1999年的主要任务",
            "（一）继续扩大国内需求",
            "（二）深化国有企业改革",
        ],
        [
            "一、2000年工作回顾",
            "（一）农业生产稳定发展",
            "（二）工业生产稳步增长",
            "二、2001年的主要任务",
            "（一）继续扩大国内需求",
            "（二）深化国有企业改革",
        ],
    ]


def test_single_report_is_one_speech() -> None:
    speeches = _speeches(_report(1999, "二"))
    assert [title for title, _ in speeches] == ["1999年政府工作报告"]
    assert len(speeches[0][1]) == 6


def test_dashed_subtitle_quoted_in_a_sentence_stays_text() -> None:
    """正如…——1999年3月5日在…会议上——所说，… — no salutation after it: no new speech."""
    text = (
        _report(1999, "二")
        + "正如报告——1999年3月5日在第九届全国人民代表大会第二次会议上——所说，"
        + SECTION * 3
    )
    assert [title for title, _ in _speeches(text)] == ["1999年政府工作报告"]


TOOL_BAR = "下载打印全屏收藏【字号：加大还原减小】"


def _page(province: str, date: str, governor: str) -> str:
    """A province's report as its web page gives it, joined by nothing (holdout24 p03)."""
    return (
        TOOL_BAR
        + f"2026年{province}政府工作报告"
        + f"——2026年{date}在{province}第十四届人民代表大会第四次会议上"
        + f"来源：{province}日报时间：2026-02-09省长 {governor}"
        + "各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。"
        + "一、2025年工作回顾。"
        + SECTION * 3
        + "二、2026年重点工作。"
        + SECTION * 3
        + "相关报道："
    )


def test_a_second_page_s_title_block_after_its_tool_bar_starts_a_speech() -> None:
    """(trap) …相关报道：下载打印全屏收藏【字号：加大还原减小】2026年江苏省政府工作报告——…会议上来源：…:
    two reports' pages joined, the second's title block glued after its font-size control —
    a speech of its own (fails before ``gluedoccasions.title_blocks_after_toolbar``: one speech)."""
    speeches = _speeches(_page("河南省", "1月26日", "王凯") + _page("江苏省", "2月3日", "刘小涛"))
    assert [title for title, _ in speeches] == [
        "2026年河南省政府工作报告",
        "2026年江苏省政府工作报告",
    ]
    assert [len(headings) for _, headings in speeches] == [2, 2]


def test_a_page_s_own_header_and_a_bare_tool_bar_stay() -> None:
    """(near miss) the first page's header, before any sentence, is the header's own
    (``salutation_in_header``: its headings kept); a tool bar with no title block after it
    (…【字号：加大还原减小】会议开得很好…) opens nothing."""
    text = _page("河南省", "1月26日", "王凯") + TOOL_BAR + "会议开得很好，大家都很满意。" + SECTION
    speeches = _speeches(text)
    assert [title for title, _ in speeches] == ["2026年河南省政府工作报告"]
    assert len(speeches[0][1]) == 2


INAUGURAL = (
    "這是一個光榮的時刻，也是一個莊嚴而充滿希望的時刻。感謝遠道而來的各位嘉賓，以及全世界關心台灣的朋友。"
    "我們要以更大的決心，推動政府改造，提升行政效率，讓人民享有更好的生活。"
    "我們也要持續推動兩岸和平發展，維護區域安全與穩定，為下一代開創更寬廣的未來。"
    "讓我們共同努力，向土地感恩、向人民致敬。敬祝全國同胞和各位嘉賓健康愉快！"
)


def test_a_title_naming_the_speech_over_a_long_salutation_starts_a_speech() -> None:
    """(trap) …健康愉快！2004 陳水扁總統就職演說各位友邦元首、使節及代表團、各位貴賓、親愛的國人同胞：
    感謝…: a title naming the speech (演說, no 在…) over a salutation of more than 20 characters, at
    the start and after a finished speech (holdout21 h02): each opens a speech."""
    text = (
        "2000 陳水扁總統就職演說各位友邦元首、各位貴賓、各位親愛的海內外同胞："
        + INAUGURAL
        + "2004 陳水扁總統就職演說各位友邦元首、使節及代表團、各位貴賓、親愛的國人同胞："
        + INAUGURAL * 2
    )
    titles = [title for title, _ in _speeches(text)]
    assert titles == ["2000 陳水扁總統就職演說", "2004 陳水扁總統就職演說"]


@pytest.mark.parametrize(
    "sentence",
    [
        "這次的就職演說各位貴賓都很關心：政府改造要怎麼做？",
        "就職演說各位貴賓都很關心：政府改造要怎麼做？",
    ],
)
def test_a_speech_word_and_an_address_inside_a_speech_open_none(sentence: str) -> None:
    """(near miss) …萬歲！這次的就職演說各位貴賓都很關心：…: the speech word and 各位 inside a
    sentence ending with a colon, no list of those addressed."""
    text = (
        "2000 陳水扁總統就職演說各位友邦元首、各位貴賓、各位親愛的海內外同胞："
        + INAUGURAL
        + sentence
        + INAUGURAL * 2
    )
    assert len(_speeches(text)) == 1
