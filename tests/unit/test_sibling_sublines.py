"""Sub-headings under a deeper numbering, told by their siblings (holdout34 s03, a 立法院 report:
2.報告擇要重點說明 | (1)… | (2)… | 「客庄地方創生移居計畫」精進作為 | text | … | 調整地方創生出國體驗見學期程 |
110年度規劃前往日本地方創生場域，打算赴日本進行取經。).

Three rules (``tui/engine/sublines.py``): a short line over a short finished sentence stands alone
where two lines or more of the text already stand alone as crossheads over long paragraphs
(``sibling_crossheads``; else it is the head of the sentence under it); the unnumbered lines are the
subtitles of the sections of the numbering right above them ((1)…(4) under 2.), when two of those
sections hold two or more (``holder_family``); a quoted name may hold figures and close the line
(推辦「369客庄產業數位升級計畫」, ``names_read_as_words``, ``closes_own_quote``). The trap fails on the
base engine; each near miss is a look-alike the rules leave alone.
"""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

OPENING = "王主任委员大明：主席、各位委员，大家好。今天我们向大家提出报告，请各位委员支持本会预算解冻，以下谨就各项业务的推动情形提出报告。"
LONG = "为吸引创造性人才移居客庄地区，本会订定补助计画，提供移居者生活及创业所需的协助，并结合地方政府及在地团体的资源，推动青年返乡，活络客庄的产业与生活。"
MORE = "为协助客家文化重点发展区的事业提升服务能量或扩充营运规模，本会与金融机构合作办理优惠贷款，由本会负担部分利息，减轻业者的负担，已有多家业者获得核贷。"


def _report(*lines: str) -> str:
    return "\n".join((OPENING, *lines)) + "\n"


def _lines(
    first: str = "精进「客庄移居计画」作为",
    second: str = "提升「优惠贷款」核贷数",
    third: str = "调整出国见学期程",
) -> list[str]:
    return [
        "1.冻结项目",
        MORE[:-1] + "，俟提出专案报告后，始得动支。【决议：(二)】",
        "2.报告重点说明",
        LONG,
        "(1)扩大治理范围，共创客庄荣景",
        LONG,
        MORE[:-1] + "，俟提出书面报告后，始得动支。【决议：(三)】",
        "(2)创生指导纲领，永续经营发展",
        MORE,
        first,
        LONG,
        second,
        MORE,
        third,
        "今年规划前往日本取经。",
        "(3)导入数位工具，提升品牌价值",
        "导入数位工具协助在地产业数位升级。",
        "推办「369产业数位升级计画」",
        LONG,
        "原特色品牌转型并标示公告",
        "经本会审查登录之商品计1,035件。",
        "3.结语",
        MORE,
    ]


def test_subtitles_under_a_deeper_numbering_told_by_their_siblings() -> None:
    assert one_speech_outline(_report(*_lines())) == [
        (1, "1.冻结项目"),
        (1, "2.报告重点说明"),
        (2, "(1)扩大治理范围，共创客庄荣景"),
        (2, "(2)创生指导纲领，永续经营发展"),
        (3, "精进「客庄移居计画」作为"),
        (3, "提升「优惠贷款」核贷数"),
        (3, "调整出国见学期程"),
        (2, "(3)导入数位工具，提升品牌价值"),
        (3, "推办「369产业数位升级计画」"),
        (3, "原特色品牌转型并标示公告"),
        (1, "3.结语"),
    ]


def test_a_short_line_over_a_short_sentence_without_siblings_goes_on() -> None:
    # (near miss) one line only stands alone over a long paragraph: no layout of sub-headings,
    # so a short line over a short sentence is that sentence's head.
    text = _report(*_lines(first=LONG[:40] + "。"))
    paragraphs = [p.text for p in parse_text(text).paragraphs]
    assert "调整出国见学期程" not in paragraphs


def test_a_line_ending_on_a_pronoun_is_a_sentences_head_beside_siblings() -> None:
    # (near miss) 在这一年来我们 | 持续推动相关工作。: the sentence goes on, siblings or not.
    text = _report(*_lines(third="在这一年来本会同仁们"))
    paragraphs = [p.text for p in parse_text(text).paragraphs]
    assert "在这一年来本会同仁们" not in paragraphs


def test_lines_in_one_deeper_section_only_are_text() -> None:
    # (near miss) (3) holds no such lines: one section with subtitles is no layout of them.
    lines = [
        line
        for line in _lines()
        if line not in ("推办「369产业数位升级计画」", "原特色品牌转型并标示公告")
    ]
    assert one_speech_outline(_report(*lines)) == [
        (1, "1.冻结项目"),
        (1, "2.报告重点说明"),
        (2, "(1)扩大治理范围，共创客庄荣景"),
        (2, "(2)创生指导纲领，永续经营发展"),
        (2, "(3)导入数位工具，提升品牌价值"),
        (1, "3.结语"),
    ]


SECTION_FOUR = [
    "(4)预算妥适活用，活化客庄建设",
    "改善环境营造计画补助执行：",
    LONG,
    "辅导地方政府活化文化馆舍，提升整体效能",
    "这部分相关效能已在提升当中。",
    "火车头园区建置计画：",
    MORE,
]


def _with_section_four(lines: list[str], four: list[str]) -> list[str]:
    end = lines.index("3.结语")
    return [*lines[:end], *four, *lines[end:]]


def test_labels_and_a_comma_line_join_subtitled_sections() -> None:
    # (trap) a label ending with a colon (right under the heading, or after text) and a comma
    # line over a short sentence are sub-headings where the sections are subtitled without them.
    outline = one_speech_outline(_report(*_with_section_four(_lines(), SECTION_FOUR)))
    assert outline[-5:] == [
        (2, "(4)预算妥适活用，活化客庄建设"),
        (3, "改善环境营造计画补助执行："),
        (3, "辅导地方政府活化文化馆舍，提升整体效能"),
        (3, "火车头园区建置计画："),
        (1, "3.结语"),
    ]


def test_a_lead_in_ending_with_a_colon_is_text() -> None:
    # (near miss) …主要有以下几点： leads into a list or a paragraph: no label of a part.
    four = [line.replace("火车头园区建置计画：", "主要做法有以下几点：") for line in SECTION_FOUR]
    outline = one_speech_outline(_report(*_with_section_four(_lines(), four)))
    assert (3, "主要做法有以下几点：") not in outline


def test_labels_without_subtitled_sections_are_text() -> None:
    # (near miss) with (3)'s lines gone no two sections are subtitled: the labels stay text.
    lines = [
        line
        for line in _lines()
        if line not in ("推办「369产业数位升级计画」", "原特色品牌转型并标示公告")
    ]
    outline = one_speech_outline(_report(*_with_section_four(lines, SECTION_FOUR)))
    assert [title for level, title in outline if level == 3] == []
