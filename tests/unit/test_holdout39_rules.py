"""Rules found on holdout39 (issue #14, a crawler's copies of 平潭综合实验区's report pages: nine
header lines, then the whole page on one line): a text whose characters are nearly all in one
or a few very long lines is a one-line text whatever short lines stand beside them, plain or
hard-wrapped again; a glued 一是 series of two-sentence items that opens a heading's section is
that heading's sections when two or more sections of the text open so.

Each row that is no trap fails on the engine before the rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tests.regression.mess import wrap_line
from tui.engine import parse_text
from tui.engine.glued import one_line_text
from tui.engine.model import Kind

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


# --- a glued 一是 series of two-sentence items that opens a heading's section -------------------


def _report(first: str, second: str) -> str:
    """A one-line report of two （N） sections, ``first`` and ``second`` their text."""
    return (
        "各位代表：现在，我代表管委会向大会报告工作。一、2024年工作情况（一）深化改革提升"
        + first
        + "（二）加强国资监管"
        + second
        + "二、2025年工作计划（一）全方位深化改革。"
        + TEXT * 6
        + "（二）多举措激发企业活力。"
        + TEXT * 6
    )


def _items(*heads: str, sentences: int = 1) -> str:
    """A 一是 series: each head a sentence, then ``sentences`` sentences of its own."""
    numerals = "一二三四五"
    return "".join(f"{numerals[n]}是{head}。" + TEXT * sentences for n, head in enumerate(heads))


SECTIONS = [
    # (id, the text, the 一是 items found)
    (
        # right after each title, no mark between (e02's （二）全链条从严加强国资监管一是…)
        "series-opening-two-sections",
        _report(
            _items("优化投资布局", "优化重组整合", "优化混合所有制改革"),
            _items("强化综合监督", "推行差异化考核", "完善风险防控体系"),
        ),
        ["一是优化投资布局", "二是优化重组整合", "三是优化混合所有制改革",
         "一是强化综合监督", "二是推行差异化考核", "三是完善风险防控体系"],
    ),
    (
        # one section only opens with such a series: each item begins a sentence (the lead's
        # decision on issue #14: a sentence-initial series of a one-line text is its outline;
        # this row was a trap before it)
        "one-section-only",
        _report(_items("优化投资布局", "优化重组整合", "优化混合所有制改革"), "。" + TEXT * 6),
        ["一是优化投资布局", "二是优化重组整合", "三是优化混合所有制改革"],
    ),
    (
        # after each title's full stop (holdout11 b03's （三）着眼于…能力。一是…, whose gold keeps
        # them inline: a trap before the lead's decision)
        "after-the-titles-full-stops",
        _report(
            "。" + _items("优化投资布局", "优化重组整合", "优化混合所有制改革"),
            "。" + _items("强化综合监督", "推行差异化考核", "完善风险防控体系"),
        ),
        ["一是优化投资布局", "二是优化重组整合", "三是优化混合所有制改革",
         "一是强化综合监督", "二是推行差异化考核", "三是完善风险防控体系"],
    ),
    (
        # (trap) two series in the text, neither near a heading (…担当精神。一是…): each item
        # begins a sentence, but the first follows a sentence of text, no heading's (holdout8 y04,
        # holdout24 p02 keep such series inline)
        "trap-series-after-ordinary-sentences",
        "各位代表：现在，我代表管委会向大会报告工作。"
        + TEXT * 3
        + "全县上下展现出了强烈的担当精神。"
        + _items("大气污染防治攻坚战", "房地产市场管控攻坚战", "交通秩序整治攻坚战")
        + TEXT * 3
        + "各部门形成了合力。"
        + _items("强化综合监督", "推行差异化考核", "完善风险防控体系")
        + TEXT * 12,
        [],
    ),
    (
        # items of one sentence each right after the titles (e08's （二）强化规范性文件管理，落实行政
        # 应诉工作 一是…。二是…。: a trap before the lead's decision)
        "one-sentence-items-under-the-titles",
        _report(
            _items("发展质量还不高", "财政收支矛盾突出", "营商环境需要改善", sentences=0)
            + TEXT * 4,
            _items("强化综合监督", "推行差异化考核", "完善风险防控体系", sentences=0)
            + TEXT * 4,
        ),
        ["一是发展质量还不高", "二是财政收支矛盾突出", "三是营商环境需要改善",
         "一是强化综合监督", "二是推行差异化考核", "三是完善风险防控体系"],
    ),
    (
        # (trap) items of one sentence each after a sentence of text (e06's 存在一定问题。一是…。
        # 二是…。三是…。): a list in a paragraph
        "trap-one-sentence-items-after-text",
        _report(
            "。" + TEXT + "但也存在一定问题。"
            + _items("发展质量还不高", "财政收支矛盾突出", "营商环境需要改善", sentences=0)
            + TEXT * 4,
            "。" + TEXT * 4,
        ),
        [],
    ),
    (
        # items of two sentences after a heading's title run on into its first sentence (e02's
        # （一）全方位深化改革攻坚深入推动…任务。一是…)
        "two-sentence-items-after-a-headings-long-first-sentence",
        _report(
            "深入实施国企改革深化提升行动，细化形成七十二项具体举措，目前已完成大部分改革主体任务。"
            + _items("优化投资布局", "优化重组整合", "优化混合所有制改革"),
            "。" + TEXT * 4,
        ),
        ["一是优化投资布局", "二是优化重组整合", "三是优化混合所有制改革"],
    ),
    (
        # (trap) items of one sentence each after a heading's title run on into its first
        # sentence (holdout13 d04's （一）关于总则草案第一章…主要规定了…。一是…（草案第二条）。二是…)
        "trap-one-sentence-items-after-a-headings-long-first-sentence",
        _report(
            "深入实施国企改革深化提升行动，细化形成七十二项具体举措，目前已完成大部分改革主体任务。"
            + _items("优化投资布局", "优化重组整合", "优化混合所有制改革", sentences=0)
            + TEXT * 4,
            "。" + TEXT * 4,
        ),
        [],
    ),
    (
        # (trap) items after semicolons: an inline list (问题和困难：一是…；二是…)
        "trap-items-after-semicolons",
        _report(
            "。" + TEXT + "问题和困难：一是发展质量还不高；二是财政收支矛盾突出；三是营商环境需要改善。"
            + TEXT * 4,
            "。" + TEXT * 4,
        ),
        [],
    ),
    (
        # (trap) a series announced by a colon right after the title
        "trap-series-after-a-colon",
        _report(
            "主要做法：" + _items("优化投资布局", "优化重组整合", "优化混合所有制改革"),
            "主要做法：" + _items("强化综合监督", "推行差异化考核", "完善风险防控体系"),
        ),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in SECTIONS], ids=[row[0] for row in SECTIONS]
)
def test_a_series_opening_sections(text: str, want: list[str]) -> None:
    assert [title for _, title in _outline(text) if title[1:2] == "是"] == want


# --- a note in brackets after a sentence end and a space (e08's （责任处室：…）) --------------------


def _plan(gap: str) -> str:
    """A one-line plan whose （N） items each end with a note of the office in charge, the first
    note after ``gap`` (what the page kept of a paragraph's end) and a sentence end."""
    return (
        "各位同志：现将工作计划报告如下。三、下一步工作计划（一）大力开展干部职工法治教育学习，增强依法行政的自觉性。"
        + TEXT * 3
        + gap
        + "（责任处室：各处室）（二）巩固完善法治建设的基础性工作，健全配套制度。"
        + TEXT * 3
        + "（责任处室：办公室）（三）深化“放管服”改革，提升服务效能。"
        + TEXT * 3
        + "（责任处室：法规安全处）"
    )


def test_a_heading_after_a_note_set_off_by_a_space_is_cut_out() -> None:
    for gap in ("", " "):  # (right after the 。 as before; after a space too)
        titles = [title for _, title in _outline(_plan(gap))]
        assert "（二）巩固完善法治建设的基础性工作，健全配套制度" in titles, gap


def test_a_bracket_after_a_space_inside_a_sentence_is_no_note() -> None:
    # (trap) the space follows no sentence end: the bracket is inside the sentence
    text = _plan(" ").replace(
        "确保取得实效。 （责任处室：各处室）", "确保取得实效 （责任处室：各处室）"
    )
    assert "确保取得实效 （" in text
    titles = [title for _, title in _outline(text)]
    assert not any(title.startswith("（二）") for title in titles)


# --- a short title run on into a clause that is a year alone (二、2025年工作计划2025年，…) ------------


def _two_parts(second: str) -> str:
    """A one-line report: 一、 with its text, then 二、 glued as ``second`` and its sentence."""
    return (
        "各位代表：现在，我代表管委会向大会报告工作。一、2024年工作情况。"
        + TEXT * 6
        + second
        + "我们将按照部署安排，继续深化国资国企改革，提升企业核心竞争力。"
        + TEXT * 6
    )


YEAR_CLAUSES = [
    # (id, 二、 and what runs on after it, the title of 二、)
    ("a-year-after-a-title-with-its-year", "二、2025年工作计划2025年，", "二、2025年工作计划"),
    (
        "a-year-after-a-title-without-one",
        "二、多维度突出核心功能2024年，",
        "二、多维度突出核心功能",
    ),
    (
        # (trap) a verb that takes a time as its object: the year is the title's
        "trap-after-a-time-verb",
        "二、认真回顾2023年，",
        "二、认真回顾2023年，我们将按照部署安排，继续深化国资国企改革，提升企业核心竞争力",
    ),
    (
        # (trap) fewer than four characters of title before the year
        "trap-the-year-right-after-the-marker",
        "二、谋2025年，",
        "二、谋2025年，我们将按照部署安排，继续深化国资国企改革，提升企业核心竞争力",
    ),
    (
        # (trap) the year is not its clause's whole (words go on after it before the comma)
        "trap-a-year-inside-the-clause",
        "二、全面部署2025年工作，",
        "二、全面部署2025年工作，我们将按照部署安排，继续深化国资国企改革，提升企业核心竞争力",
    ),
]


@pytest.mark.parametrize(
    ("second", "want"), [row[1:] for row in YEAR_CLAUSES], ids=[row[0] for row in YEAR_CLAUSES]
)
def test_a_short_title_ends_before_a_year_alone(second: str, want: str) -> None:
    titles = [title for _, title in _outline(_two_parts(second))]
    assert titles[:1] == ["一、2024年工作情况"]
    assert want in titles, titles


# --- a year's report part run on into its text (二、2025年工作思路深入贯彻…; engine87, e04 e05) -----

RUN_ON = "我们将按照部署安排，继续深化国资国企改革，提升企业核心竞争力"
PART_NAMES = [
    # (id, 二、 and what runs on after it, the title of 二、) — written before the rule was run
    (
        # e05: the part's name (a year, 工作, 思路) then the section's first sentence, no time word
        "a-year-work-plan-then-its-text",
        "二、2025年工作思路深入贯彻落实上级决策部署，",
        "二、2025年工作思路",
    ),
    (
        # e04: the year's 工作总结 is the report's name, no verb: 过去一年 opens the section
        "a-year-work-summary-then-last-year",
        "二、2024年市场监管工作总结过去一年，",
        "二、2024年市场监管工作总结",
    ),
    (
        "a-year-work-review-then-its-text",
        "二、2024年工作回顾全区上下团结奋斗，",
        "二、2024年工作回顾",
    ),
    (
        # (trap) the part's name goes on with 和: the title's own words
        "trap-the-name-goes-on",
        "二、2025年工作思路和目标任务全面明确，",
        "二、2025年工作思路和目标任务全面明确，" + RUN_ON,
    ),
    (
        # (trap) 总结 a verb: 认真总结过去一年 is the title's words, as before
        "trap-a-verb-before-the-time",
        "二、认真总结过去一年，",
        "二、认真总结过去一年，" + RUN_ON,
    ),
    (
        # (trap) no year right after the marker: 明确2025年工作思路… is one title
        "trap-no-year-first",
        "二、明确2025年工作思路深入贯彻落实上级决策部署，",
        "二、明确2025年工作思路深入贯彻落实上级决策部署，" + RUN_ON,
    ),
]


@pytest.mark.parametrize(
    ("second", "want"), [row[1:] for row in PART_NAMES], ids=[row[0] for row in PART_NAMES]
)
def test_a_years_part_name_ends_its_title(second: str, want: str) -> None:
    titles = [title for _, title in _outline(_two_parts(second))]
    assert titles[:1] == ["一、2024年工作情况"]
    assert want in titles, titles


# --- a title run on into a frame clause (二、存在问题在看到成绩的同时，…; engine73, e08) ----------

FRAME_CLAUSES = [
    # (id, 二、 and what runs on after it, the title of 二、)
    ("a-short-title-then-at-the-same-time", "二、存在问题在看到成绩的同时，", "二、存在问题"),
    ("a-short-title-then-in-a-frame", "二、主要做法在实际工作中，", "二、主要做法"),
    (
        # (title and clause of 15 characters or more: the section opener's frame)
        "a-long-title-then-at-the-same-time",
        "二、存在的主要问题和不足在看到成绩的同时，",
        "二、存在的主要问题和不足",
    ),
    (
        # (trap) fewer than four characters of title before the frame: the title's own words
        "trap-the-frame-right-after-the-marker",
        "二、坚持在发展中，",
        "二、坚持在发展中，" + RUN_ON,
    ),
    (
        # (trap) 在于 opens no frame (no 上, 中 or 同时 before the comma)
        "trap-no-frame",
        "二、存在问题在于认识，",
        "二、存在问题在于认识，" + RUN_ON,
    ),
]


@pytest.mark.parametrize(
    ("second", "want"), [row[1:] for row in FRAME_CLAUSES], ids=[row[0] for row in FRAME_CLAUSES]
)
def test_a_title_ends_before_a_frame_clause(second: str, want: str) -> None:
    titles = [title for _, title in _outline(_two_parts(second))]
    assert titles[:1] == ["一、2024年工作情况"]
    assert want in titles, titles


# --- a saved page's field lines (标题: … / 文号: / 发布机构: …): furniture, each its own line -------

FIELDS = [
    # (id, first line of the text, page furniture?)
    ("a-title-field", "标题: 政府工作报告（2024）", True),
    ("a-title-field-full-width", "标题：政府工作报告（2024）", True),
    ("an-empty-field", "文号:", True),
    ("an-issuer-field", "发布机构: 某某管委会", True),
    ("a-column-field", "栏目: 政府工作报告", True),
    ("a-folder-field", "本地目录: zwgk/zfgzbg/202401/86483", True),
    # (trap) no field's name: a requirement and its list, a note, a time
    ("trap-a-requirement", "要求: 一是提高认识", False),
    ("trap-a-note", "注: 以上数据为初步统计", False),
    ("trap-a-time", "上午10:30开始", False),
    # (trap) a field's name that goes on before the colon
    ("trap-a-name-that-goes-on", "标题党现象: 要坚决纠正", False),
    # (trap) a sentence after the name and colon
    ("trap-a-sentence-after-the-name", "标题：要简洁明了，让人一看就懂。", False),
]


@pytest.mark.parametrize(
    ("line", "furniture"), [row[1:] for row in FIELDS], ids=[row[0] for row in FIELDS]
)
def test_a_saved_pages_field_line_is_furniture(line: str, furniture: bool) -> None:
    text = "\n".join((line, "同志们：", TEXT, "一、充分肯定成绩", TEXT)) + "\n"
    first = parse_text(text).paragraphs[0]
    assert first.text == line.strip()
    assert (first.kind is Kind.NOISE) is furniture


def test_a_saved_pages_field_lines_are_never_joined_nor_a_title() -> None:
    fields = ["标题: 政府工作报告（2024）", "文号:", "发布机构: 某某管委会", "栏目: 政府工作报告"]
    document = parse_text("\n".join([*fields, "同志们：", TEXT, "一、充分肯定成绩", TEXT]) + "\n")
    paragraphs = document.paragraphs
    assert [p.text for p in paragraphs[:4]] == fields
    assert all(p.kind is Kind.NOISE for p in paragraphs[:4])
    assert [speech.title for speech in document.speeches] == [None]


# --- a web article's line of page data (文章来源：…作者：…点击数：…): furniture, no seam ---------

PAGE_DATA = [
    # (id, first line of the text, page furniture?)
    ("a-page-data-line", "文章来源：本站原创作者：佚名发布时间：2018年09月05日点击数：次", True),
    ("a-page-data-line-no-source", "文章来源：作者：发布时间：2021年02月04日点击数：次", True),
    ("an-information-source", "信息来源：市教育局", True),
    ("a-hit-count", "点击数：1024", True),
    ("an-update-time", "更新时间：2020-06-20 10:30", True),
    # (trap) a page-data name in a sentence: the name not first, a sentence after the colon,
    # no colon after the name
    ("trap-hits-in-a-sentence", "网站的点击数：逐年上升", False),
    ("trap-hits-then-a-sentence", "点击数：只是一个参考，不能唯一看它。", False),
    ("trap-a-source-in-a-sentence", "来源于基层的经验要总结推广", False),
    ("trap-an-update-without-a-colon", "更新时间观念是第一位的", False),
]


@pytest.mark.parametrize(
    ("line", "furniture"), [row[1:] for row in PAGE_DATA], ids=[row[0] for row in PAGE_DATA]
)
def test_a_web_articles_page_data_line_is_furniture(line: str, furniture: bool) -> None:
    title = "在全市教育工作会议上的讲话"
    text = "\n".join((title, line, "同志们：", TEXT, "一、充分肯定成绩", TEXT)) + "\n"
    under = parse_text(text).paragraphs[1]
    assert under.text == line.strip()
    assert (under.kind is Kind.NOISE) is furniture


PAGE = "文章来源：本站原创作者：佚名发布时间：2018年09月05日点击数：次"


def test_a_title_over_a_page_data_line_is_not_joined_to_the_line_under_it() -> None:
    page = "文章来源：本站原创作者：佚名发布时间：2018年09月05日点击数：次"
    lines = [
        "某某书记在2018年干部培训开学典礼上的讲话",
        page,
        "在2018年干部培训开学典礼上的讲话提纲",
    ]
    document = parse_text("\n".join([*lines, "（2018年9月3日）", "同志们：", TEXT, TEXT]) + "\n")
    assert [p.text for p in document.paragraphs[:3]] == lines
    assert document.paragraphs[1].kind is Kind.NOISE
    assert [speech.title for speech in document.speeches] == [lines[0]]


COLUMN_LABELS = [
    # (id, the line above the title, the line under the title, a column label?)
    ("a-column-label", "领导关怀", PAGE, True),
    ("another-column-label", "校长专栏", PAGE, True),
    # (trap) no page data under the title; a label too long, with punctuation, with a marker
    ("trap-no-page-data-under-the-title", "领导关怀", "（2018年9月3日）", False),
    ("trap-a-longer-line", "绍兴市第一中学校长专栏", PAGE, False),
    ("trap-punctuation", "注意：", PAGE, False),
    ("trap-a-heading", "一、总则", PAGE, False),
]


@pytest.mark.parametrize(
    ("above", "under", "label"),
    [row[1:] for row in COLUMN_LABELS],
    ids=[row[0] for row in COLUMN_LABELS],
)
def test_a_web_articles_column_label_over_its_title_is_furniture(
    above: str, under: str, label: bool
) -> None:
    title = "某某书记在2018年干部培训开学典礼上的讲话"
    lines = [above, title, under, "在2018年干部培训开学典礼上的讲话提纲", "同志们："]
    document = parse_text("\n".join([*lines, TEXT, "一、充分肯定成绩", TEXT]) + "\n")
    first = document.paragraphs[0]
    assert first.text == above
    assert (first.kind is Kind.NOISE) is label
    if label:
        assert [speech.title for speech in document.speeches] == [title]


# --- a crawler's marker lines (==== 正文 ====, 页面链接与图片详见 links.tsv): furniture too ------

MARKERS = [
    # (id, first line of the text, page furniture?)
    ("a-ruled-label", "==================== 正文 ====================", True),
    ("a-ruled-label-of-dashes", "---- 附件 ----", True),
    ("a-ruled-label-no-spaces", "=====正文开始=====", True),
    ("a-pointer-to-the-pages-links", "页面链接与图片详见 links.tsv(同目录)", True),
    ("a-pointer-to-the-pages-images", "图片见 images.csv", True),
    # (trap) a heading set off by rules: its marker
    ("trap-a-heading-between-rules", "==== 一、总体要求 ====", False),
    # (trap) rules of two marks, a sentence or a long line between the rules
    ("trap-short-rules", "-- 正文 --", False),
    ("trap-a-sentence-between-rules", "==== 抓落实，求实效 ====", False),
    ("trap-a-long-line-between-rules", "==== 各级党组织要切实担负起主体责任 ====", False),
    # (trap) a pointer with no file's name, a file named in a sentence
    ("trap-a-pointer-to-an-annex", "具体安排详见附件1", False),
    ("trap-a-file-in-a-sentence", "具体安排详见 notice.txt，请各单位认真落实。", False),
]


@pytest.mark.parametrize(
    ("line", "furniture"), [row[1:] for row in MARKERS], ids=[row[0] for row in MARKERS]
)
def test_a_crawlers_marker_line_is_furniture(line: str, furniture: bool) -> None:
    text = "\n".join((line, "同志们：", TEXT, "一、充分肯定成绩", TEXT)) + "\n"
    first = parse_text(text).paragraphs[0]
    assert first.text == line.strip()
    assert (first.kind is Kind.NOISE) is furniture


def test_a_crawlers_marker_lines_are_not_glued_to_a_one_line_page() -> None:
    paragraphs = parse_text(HEADER + BODY).paragraphs
    texts = [p.text for p in paragraphs if p.line in (8, 9)]
    assert texts == ["页面链接与图片详见 links.tsv(同目录)", HEADER.split("\n")[8]]
    assert all(p.kind is Kind.NOISE for p in paragraphs if p.line in (8, 9))
    assert not any("正文" in p.text for p in paragraphs if p.line > 9 and p.kind is not Kind.NOISE)


# --- a field line broken by a hard wrap: its value goes on on the next line --------------------

LONG_TITLE = (
    "标题：某某局关于2024年度工作总结和2025年工作计划的报告"  # (33 characters: wrapped at 30)
)
SPEECH = "同志们：\n" + "\n".join(
    [TEXT * 3, "一、充分肯定成绩", TEXT * 3, "二、明确目标任务", TEXT * 3]
)


FULL = "标题：某某局关于2024年度工作总结和2025年工作安排意见"  # (30 characters)
SHORT = "栏目：某某局年度工作计划与总结报告"  # (17 characters)
FOLDER = "本地目录：zwgk/zfgzbg/202401/86483_某某局年度工作"  # (36 characters: 30 and 6)
ONE_LINE_HEADER = HEADER.replace(": ", "：").replace(" ", "")  # (no spaces: see above)


def _wrapped(text: str, width: int = 30) -> str:
    return "\n".join(piece for line in text.split("\n") for piece in wrap_line(line, width))


PAGE_LINE = "文章来源：本站原创作者：王琛发布时间：2020年10月29日点击数：次"
WRAPPED_FIELDS = [
    # (id, text, the first paragraphs' texts and whether each is furniture)
    (
        "a-field-over-a-wrapped-speech",
        _wrapped(LONG_TITLE + "\n发布机构：某某局\n" + SPEECH),
        [(LONG_TITLE, True), ("发布机构：某某局", True), ("同志们：", False)],
    ),
    (
        # a web article's line of page data (35 characters) under its title
        "a-page-data-line-over-a-wrapped-speech",
        _wrapped("在全市教育工作会议上的讲话\n" + PAGE_LINE + "\n" + SPEECH),
        [(PAGE_LINE, True), ("同志们：", False)],
    ),
    (
        "a-field-over-a-one-line-page-wrapped-again",
        _wrapped(
            HEADER.replace(": ", "：")
            .replace(" ", "")
            .replace("标题：政府工作报告（2024）", LONG_TITLE)
            + BODY
        ),
        [(LONG_TITLE, True), ("发布时间：2024-01-2223:08", True)],
    ),
    (
        # (trap) a field line as long as the width whose value ends there: the next field
        # is a line of its own
        "trap-a-full-field-before-another-field",
        _wrapped(FULL + "\n发布机构：某某局\n" + SPEECH),
        [(FULL, True), ("发布机构：某某局", True)],
    ),
    (
        "trap-a-full-field-before-another-field-over-a-one-line-page",
        _wrapped(ONE_LINE_HEADER.replace("标题：政府工作报告（2024）", FULL) + BODY),
        [(FULL, True), ("发布时间：2024-01-2223:08", True)],
    ),
    (
        # (trap) a field line shorter than the width: the line under it is no part of it
        "trap-a-short-field-over-a-wrapped-speech",
        _wrapped(SHORT + "\n" + SPEECH),
        [(SHORT, True), ("同志们：", False)],
    ),
    (
        # (trap) a field's value ends on a line shorter than the width: the next line of
        # the header is no part of it (a short field line alone is a page seam, kept aside)
        "trap-a-field-ending-short-over-a-one-line-page",
        _wrapped(ONE_LINE_HEADER.replace("本地目录：zwgk/zfgzbg/202401/86483", FOLDER) + BODY),
        [(FOLDER, True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in WRAPPED_FIELDS], ids=[row[0] for row in WRAPPED_FIELDS]
)
def test_a_field_line_broken_by_a_wrap_is_one_line(text: str, want: list[tuple[str, bool]]) -> None:
    paragraphs = parse_text(text).paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith(want[0][0][:8]))
    paragraphs = paragraphs[start : start + len(want)]
    assert [(p.text, p.kind is Kind.NOISE) for p in paragraphs] == want


# --- a glued title runs to its first sentence's end (issue #14: never cut after a fixed number of
# characters while the sentence goes on), even where parallel titles close with two
# four-character words and a short sentence follows ((一)乘势而上、用足政策，改革创新锐意进取奋力抢先机。…;
# e06 e07: engine87 cut them after the closing clause's first 8 characters, which the lead left
# out for that rule) ------------------------------------------------------------------------------

LEADS = [
    ("乘势而上、用足政策，改革创新锐意进取", "奋力抢先机。"),
    ("夯基筑台、蓄势赋能，产业结构向优升级", "传统产业平稳增长。"),
    ("深化试验、联通内外，开放优势充分彰显", "对台融合纵深推进。"),
]


def _leads(rows: list[tuple[str, str]]) -> str:
    """A one-line report: 一、 over （一）… each glued to a short lead sentence, then its text."""
    numerals = "一二三四五"
    return (
        "各位代表：现在，我代表管委会向大会报告工作。一、2024年工作回顾"
        + "".join(
            f"（{numerals[n]}）{title}{lead}" + TEXT * 6 for n, (title, lead) in enumerate(rows)
        )
        + "二、2025年工作安排（一）稳住经济大盘。"
        + TEXT * 6
    )


@pytest.mark.parametrize(
    "rows",
    [
        # three parallel titles, each closed by two four-character words and a short sentence
        LEADS,
        # (trap) only two such siblings: too few to show the parallel shape
        LEADS[:2],
        # (trap) one sibling's title ends its sentence alone (its last clause eight characters):
        # the titles are sentences, no lead is glued to them
        [LEADS[0], ("夯基筑台、蓄势赋能，产业结构向优升级", "。"), LEADS[2]],
        # (trap) a last clause of more than eighteen characters: a long title, no short lead
        [
            *LEADS[:2],
            ("深化试验、联通内外，开放优势充分彰显", "对台融合纵深推进两岸交流全面加强。"),
        ],
        # (trap) e05: parallel titles of two parts, their second a frame (在…上) of thirteen
        # characters: whole titles, no lead glued to them
        [
            ("强化项目带动，在提升产业竞争力上", "多元赋能。"),
            ("突出赓续传承，在提升文化影响力上", "久久为功。"),
            ("深化融合创新，在提升品牌集聚力上", "寻求突破。"),
        ],
    ],
    ids=[
        "three-parallel-titles",
        "trap-two-siblings",
        "trap-a-title-alone",
        "trap-a-long-clause",
        "trap-two-part-titles",
    ],
)
def test_titles_not_parallel_keep_their_sentence(rows: list[tuple[str, str]]) -> None:
    titles = [title for _, title in _outline(_leads(rows))]
    assert titles[1] == "（一）" + rows[0][0] + rows[0][1].rstrip("。"), titles


def test_a_one_line_report_under_field_lines_starts_after_them() -> None:
    # e06's shape: a one-line report under a header of field lines (标题: … 本地目录: …), its
    # parallel titles each glued to a short sentence. The header's lines are noise and the
    # speech starts after them. (engine87 had cut those titles after 8 characters and the
    # cut-out headings, 21-23 characters, were then taken for the text's wrap width, joining
    # the header's lines; that cut was left out, and with it the wrap-width change it needed.)
    rows = [
        ("乘势而上、用足政策，改革创新锐意进取", "奋力抢先机。"),
        ("夯基筑台、蓄势赋能，产业结构向优升级", "传统产业平稳增长。"),
        ("深化试验、联通内外，开放优势充分彰显", "对台融合纵深推进。"),
        ("统筹兼顾、均衡发力，城乡发展齐头并进", "城市功能加速完善。"),
        ("尽力而为、量力而行，民生福祉更加殷实", "公共服务更加便利。"),
        ("抓实教育、提振作风，政府效能全面提高", "深学细悟强党性。"),
    ]
    numerals = "一二三四五六"
    body = "".join(
        f"（{numerals[n]}）{title}{lead}" + TEXT * (6 + n) for n, (title, lead) in enumerate(rows)
    )
    header = HEADER.replace(
        "标题: 政府工作报告（2024）",
        "标题: 平潭综合实验区海坛片区管理局2024年度工作总结及2025年工作思路",
    )
    document = parse_text(
        header + "各位代表：现在，我代表管委会向大会报告工作。一、2024年工作回顾" + body
    )
    assert [speech.line for speech in document.speeches] == [10]
    noise = [p.line for p in document.paragraphs if p.kind is Kind.NOISE]
    assert noise == list(range(1, 10)), noise
