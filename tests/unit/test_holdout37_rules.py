"""Rules found on holdout37 (issue #14, saved web pages of speeches): an appendix caption
(附：…解读) inside a report whose own series goes on after it; a numeral + 抓 series (一抓…十抓);
a spoken series after another whose items were a paragraph each, text between (一是… after 十抓);
a saved page's byline (文章来源：…作者：…发布时间：…) between the page's title and the body's; the
stages of a plan, 第一阶段为… / 第二阶段是…, as a series; 首先是… run into its sentence as the first of
a 首先 series; a line of a paragraph wrapped at 30 characters that ends as a title does (…座谈会上的讲话)
read as prose.

Each row that is no trap fails on the engine before the rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.model import Document, Kind

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker) for speech in document.speeches for h in speech.headings]


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- an appendix caption inside a report (x08 附：横纵向课程结构具体含义及内容解读) -----------

CAPTIONS = [
    # (id, text, outline as (level, marker))
    (
        "a-caption-whose-detail-the-report-follows-with-its-next-section",
        _lines("各位专家：", TEXT, "一、学校简况", "（一）办学历史", TEXT, "（二）课程体系", TEXT,
               "附：课程结构具体含义及内容解读", "1.横向结构：立身、立行课程", "（1）立身课程。" + TEXT,
               "（2）立行课程。" + TEXT, "（三）学科建设", TEXT, "二、努力方向", TEXT),
        [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "1."), (4, "（1）"), (4, "（2）"), (2, "（三）"),
         (1, "二、")],
    ),
    (
        "a-caption-the-report-goes-on-after-with-its-next-part",
        _lines("各位专家：", TEXT, "一、学校简况", TEXT, "二、课程体系", TEXT,
               "附：三大主题活动内容", "一是抱定宗旨主题教育活动。" + TEXT, "二是追梦守志主题教育活动。" + TEXT,
               "三、努力方向", TEXT),
        [(1, "一、"), (1, "二、"), (2, "一是"), (2, "二是"), (1, "三、")],
    ),
    (
        # (trap) an attachment after the speech whose own 一、 series runs past the speech's
        # last number: its 三、 is no going on, its 一、 came first
        "trap-an-attachment-numbered-past-the-speech",
        _lines("同志们：", "一、我们要坚持什么", TEXT, "二、我们要改变什么", TEXT,
               "附：某某公司干部管理办法", "一、总则", TEXT, "二、任用", TEXT, "三、监督", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) an attachment numbered from 1 in a series the speech never used
        "trap-an-attachment-in-a-series-of-its-own",
        _lines("同志们：", "一、我们要坚持什么", TEXT, "二、我们要改变什么", TEXT,
               "附：某某公司干部管理办法", "（一）总则", TEXT, "（二）任用", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in CAPTIONS], ids=[row[0] for row in CAPTIONS]
)
def test_appendix_captions(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- a numeral + 抓 series (x02 一抓组织领导…十抓服务保障) ---------------------------------------

ZHUA = [
    (
        "a-zhua-series-one-paragraph-each",
        _lines("同志们：", TEXT, "我们着力“三抓”推进工作：", "一抓组织领导，保障方案实施。" + TEXT,
               "二抓领学先学，锤炼引领能力。" + TEXT, "三抓基层基础，强化堡垒作用。" + TEXT, TEXT),
        [(1, "一抓"), (1, "二抓"), (1, "三抓")],
    ),
    (
        "a-zhua-series-under-a-section",
        _lines("同志们：", "一、过去一年的工作", TEXT, "一抓组织领导，保障方案实施。" + TEXT,
               "二抓领学先学，锤炼引领能力。" + TEXT, "二、今年的任务", TEXT),
        [(1, "一、"), (2, "一抓"), (2, "二抓"), (1, "二、")],
    ),
    (
        # (trap) 一抓到底 opening a paragraph: the verb and its complement, no item
        "trap-yi-zhua-dao-di-opening-a-paragraph",
        _lines("同志们：", TEXT, "一抓到底，久久为功，这是我们的经验。" + TEXT, TEXT),
        [],
    ),
    (
        # (trap) 一抓就灵 opening a paragraph
        "trap-yi-zhua-jiu-ling-opening-a-paragraph",
        _lines("同志们：", TEXT, "一抓就灵，一放就乱，这是多年的体会。" + TEXT, TEXT),
        [],
    ),
    (
        # (trap) the whole series said inside one paragraph stays text
        "trap-a-zhua-series-inside-a-paragraph",
        _lines("同志们：", TEXT, "我们着力“三抓”：", "一抓组织领导，保障方案实施。" + TEXT
               + "二抓领学先学，锤炼引领能力。" + TEXT, TEXT),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [row[1:] for row in ZHUA], ids=[row[0] for row in ZHUA])
def test_zhua_series(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- a spoken series after another one, a paragraph an item (x02 一是… after 十抓, 一要… after 五是)

ONE = "一抓组织领导，保障方案实施。" + TEXT
TWO = "二抓领学先学，锤炼引领能力。" + TEXT
RESULT = "主题教育取得了明显成效。" + TEXT
SHI = ("一是提升了理论修养。" + TEXT, "二是提高了政治觉悟。" + TEXT)

BESIDE = [
    (
        "runs-of-points-one-after-another",
        _lines("同志们：", TEXT, ONE, TWO, RESULT, *SHI, TEXT, "我们还要念好“两字真经”：",
               "一要抓牢“领”字，突出示范性。" + TEXT, "二要把稳“广”字，突出全覆盖。" + TEXT, TEXT),
        [(1, "一抓"), (1, "二抓"), (1, "一是"), (1, "二是"), (1, "一要"), (1, "二要")],
    ),
    (
        "runs-of-points-under-a-section",
        _lines("同志们：", "一、过去一年的工作", TEXT, ONE, TWO, RESULT, *SHI, "二、今年的任务", TEXT),
        [(1, "一、"), (2, "一抓"), (2, "二抓"), (2, "一是"), (2, "二是"), (1, "二、")],
    ),
    (
        # (trap) the items before have text of their own: the new series is the last item's
        "trap-items-with-text-paragraphs",
        _lines("同志们：", TEXT, "第一，组织领导。" + TEXT, TEXT, "第二，领学先学。" + TEXT, RESULT, *SHI,
               TEXT),
        [(1, "第一，"), (1, "第二，"), (2, "一是"), (2, "二是")],
    ),
    (
        # (trap) no text between the last item and the new series
        "trap-no-text-between",
        _lines("同志们：", TEXT, ONE, TWO, *SHI, TEXT),
        [(1, "一抓"), (1, "二抓"), (2, "一是"), (2, "二是")],
    ),
    (
        # (trap) items that are titles alone: the text after the last is that item's
        "trap-items-that-are-titles-alone",
        _lines("同志们：", TEXT, "第一，组织领导", "第二，领学先学", RESULT, *SHI, TEXT),
        [(1, "第一，"), (1, "第二，"), (2, "一是"), (2, "二是")],
    ),
    (
        # (trap) a run of numbered paragraphs of the official ladder before: the new series is
        # its last item's
        "trap-a-ladder-run-before",
        _lines("同志们：", TEXT, "（一）组织领导。" + TEXT, "（二）领学先学。" + TEXT, RESULT, *SHI, TEXT),
        [(1, "（一）"), (1, "（二）"), (2, "一是"), (2, "二是")],
    ),
    (
        # (trap) sequence words after the run: no spoken series of numbered points
        "trap-sequence-words-after-the-run",
        _lines("同志们：", TEXT, ONE, TWO, RESULT, "首先，提升了理论修养。" + TEXT,
               "其次，提高了政治觉悟。" + TEXT, TEXT),
        [(1, "一抓"), (1, "二抓"), (2, "首先，"), (2, "其次，")],
    ),
    (
        # (trap) a single item before: no run of points
        "trap-one-item-before",
        _lines("同志们：", TEXT, ONE, RESULT, *SHI, TEXT),
        [(1, "一抓"), (2, "一是"), (2, "二是")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in BESIDE], ids=[row[0] for row in BESIDE]
)
def test_a_run_of_points_after_another(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- a saved page's title and byline over the body's own title block (x01-x03) ---------------

BYLINE = "文章来源：本站原创作者：王琛发布时间：2020年06月20日点击数：次"
BODY = (
    "考虑到疫情发展的不确定性，今天的毕业典礼我们只能以这种方式举行，请大家理解。",
    "高中毕业，就如完成了一次长征壮举，我为你们每一个同学感到骄傲！" + TEXT,
    TEXT,
    TEXT,
)


def _speeches(text: str) -> Document:
    return parse_text(text)


def test_a_page_title_and_byline_over_the_body_title_block_are_one_speech() -> None:
    page = _lines("校长专栏", "走向远方——在2020届高三学生毕业典礼上的讲话", BYLINE, "走向远方",
                  "——在2020届高三学生毕业典礼上的讲话", "王琛", "2020年6月20日", "同学们、老师们：", *BODY)  # fmt: skip
    document = _speeches(page)
    assert len(document.speeches) == 1
    assert document.speeches[0].speaker == "王琛"
    assert document.speeches[0].date == "2020年6月20日"


def test_a_title_over_a_paragraph_of_prose_then_a_titled_speech_stays_two() -> None:
    # (trap) a paragraph of prose under the first title is text: the next title opens a speech
    page = _lines("走向远方——在2020届高三学生毕业典礼上的讲话",
                  "这是一篇毕业典礼上的讲话，我们在这里全文刊登，供同学们学习参考。", "走向远方",
                  "——在2020届高三学生毕业典礼上的讲话", "同学们、老师们：", *BODY)  # fmt: skip
    assert len(_speeches(page).speeches) == 2


# --- the stages of a plan (x07 第一阶段为…第六阶段为…) ---------------------------------------------

STAGES = [
    (
        "stages-of-a-plan-under-a-point",
        _lines("各位家长：", "1.关于孩子的成长。" + TEXT, "2.关于高中三年的学习安排。" + TEXT,
               "第一阶段为现在开始至第一学期期中考（大约3个月时间）。" + TEXT,
               "第二阶段为第一学期期中考至高一学年结束。" + TEXT, "第三阶段是高二学年。" + TEXT, TEXT),
        [(1, "1."), (1, "2."), (2, "第一阶段为"), (2, "第二阶段为"), (2, "第三阶段是")],
    ),
    (
        # (trap) one stage alone opening a paragraph: no series
        "trap-one-stage-alone",
        _lines("各位家长：", "1.关于孩子的成长。" + TEXT, "2.关于高中三年的学习安排。" + TEXT,
               "第一阶段为期三个月，主要是适应高中生活。" + TEXT, TEXT),
        [(1, "1."), (1, "2.")],
    ),
    (
        # (trap) 第一阶段 with no 为/是 after it
        "trap-a-stage-without-its-copula",
        _lines("各位家长：", "1.关于孩子的成长。" + TEXT, "2.关于高中三年的学习安排。" + TEXT,
               "第一阶段的工作主要是适应高中生活。" + TEXT, "第二阶段的工作重在选考。" + TEXT, TEXT),
        [(1, "1."), (1, "2.")],
    ),
    (
        # x08 第一条主线是：… / 第二条主线是：… (engine55): 第N条, a noun, 是 and a colon
        "lines-of-work-named-with-a-colon",
        _lines("各位专家：", "一、队伍建设", TEXT, "第一条主线是：立足12字方针，优化队伍。" + TEXT,
               "第二条主线是：通过“四大工程”内培教师。" + TEXT, "二、课程建设", TEXT),
        [(1, "一、"), (2, "第一条主线是："), (2, "第二条主线是："), (1, "二、")],
    ),
    (
        # (trap) 第N条 + a noun + 是 with no colon: sentences of the text
        "trap-lines-of-work-said-in-sentences",
        _lines("各位专家：", "一、队伍建设", TEXT, "第一条措施是加强领导。" + TEXT,
               "第二条措施是完善制度。" + TEXT, "二、课程建设", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) one line of work alone: no series
        "trap-one-line-of-work-alone",
        _lines("各位专家：", "一、队伍建设", TEXT, "第一条主线是：立足12字方针，优化队伍。" + TEXT,
               "二、课程建设", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in STAGES], ids=[row[0] for row in STAGES]
)
def test_stages_of_a_plan(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- 首先是… at a paragraph's start (x04 首先是德育…, 其次是环境…; the greeting 首先，请允许我…) ------

FIRST = "首先是德育和知识教学的割裂问题。" + TEXT
SECOND = "其次是环境改变对孩子的影响。" + TEXT
GREETING = "首先，请允许我代表学校对大家的到来表示热烈的欢迎！" + TEXT

RUN_IN_FIRST = [
    (
        "shouxian-shi-and-qici-shi-under-a-section",
        _lines("各位家长：", "一、近一年的工作", TEXT, "二、如何看待我们的孩子", TEXT, FIRST, SECOND,
               "三、下一步的计划", TEXT),
        [(1, "一、"), (1, "二、"), (2, "首先"), (2, "其次"), (1, "三、")],
    ),
    (
        "a-greeting-shouxian-before-the-sections-pairs-with-nothing",
        _lines("各位家长：", GREETING, "一、近一年的工作", TEXT, "二、如何看待我们的孩子", TEXT, FIRST,
               SECOND, "三、下一步的计划", TEXT),
        [(1, "一、"), (1, "二、"), (2, "首先"), (2, "其次"), (1, "三、")],
    ),
    (
        # (trap) 首先是… with no 其次 after it: no series
        "trap-a-lone-shouxian-shi",
        _lines("各位家长：", "一、近一年的工作", TEXT, FIRST, TEXT, "二、如何看待我们的孩子", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in RUN_IN_FIRST], ids=[row[0] for row in RUN_IN_FIRST]
)
def test_shouxian_shi_run_in(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- several reports on one page, each titled and signed (x05 2020年度述职述廉报告 | 蒋明) ----------

REPORT = (
    "一年来，我牢记肩上责任，更好履职尽责。" + TEXT,
    "一、履行岗位职责情况",
    TEXT * 2,
    "二、存在问题",
    TEXT,
)


def _signed(*tail: str) -> list[tuple[str | None, str | None]]:
    document = parse_text(_lines(*tail))
    return [(speech.title, speech.speaker) for speech in document.speeches]


def test_reports_each_titled_and_signed_by_name_are_speeches_of_their_own() -> None:
    assert _signed("学校班子成员年度述职报告", BYLINE, "2020年度述职述廉报告", "孙洪亮", *REPORT,
                   "2020年度述职述廉报告", "蒋明", *REPORT, "2020年度述职述廉报告", "俞奇弘",
                   "回顾过去的一年，是在紧张忙碌中度过的。" + TEXT, *REPORT[1:]) == [
        ("学校班子成员年度述职报告", "孙洪亮"), ("2020年度述职述廉报告", "蒋明"),
        ("2020年度述职述廉报告", "俞奇弘"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "tail",
    [
        # (trap) the report's end signed: a date, no text, under the name
        pytest.param(("以上是我的述职报告", "孙洪亮", "2021年2月4日"), id="signed-at-the-end"),
        # (trap) names over names, no text: a list of the reports read at the meeting
        pytest.param(("年度述职述廉报告", "孙洪亮", "年度述职述廉报告", "蒋明", "年度述职述廉报告", "俞奇弘",
                      *REPORT), id="a-list-of-reports"),
        # (trap) a line naming a report under a line that goes on (a sentence a wrap broke)
        pytest.param(("下面我代表班子作", "年度述职述廉报告", "孙洪亮", *REPORT), id="after-an-open-line"),
        # (trap) a caption that names no speech over a person's name: a case inside the report
        pytest.param(("典型案例", "张建国", "张建国，男，1975年出生，现任某村党支部书记。" + TEXT),
                     id="a-case-named-by-a-person"),
        # (trap) a line with a comma, naming a report: a sentence of the text
        pytest.param(("下面，请听取述职报告", "孙洪亮", *REPORT), id="a-sentence-naming-a-report"),
    ],
)  # fmt: skip
def test_a_line_naming_a_report_inside_a_speech_opens_none(tail: tuple[str, ...]) -> None:
    assert len(_signed("2020年度述职述廉报告", "孙洪亮", *REPORT, *tail)) == 1


def test_a_line_naming_a_report_over_a_heading_leaves_the_heading() -> None:
    # (trap) a report's name with no person's name under it: its heading stays the outline's
    text = _lines(
        "2020年度述职述廉报告", "孙洪亮", *REPORT, "年度述职述廉报告", "三、整改措施", TEXT
    )
    assert _outline(text) == [(1, "一、"), (1, "二、"), (1, "三、")]


# --- a wrapped line of prose that ends as a title does (x05 under --mess wrap30) ------------------

ABOVE = "　　深入学习党的十九届五中全会精神和“十四五”规划《建议》，深刻"
TITLE_LIKE = "领会习近平总书记在教育文化卫生体育领域专家代表座谈会上的讲话"
BELOW = "精神，牢固树立政治意识、大局意识、核心意识、看齐意识，用正确"
WRAPPED_TEXT = (
    "　　一年来，本人紧紧围绕学校中心工作，积极协助校长做好分管工作，",
    "较好地完成了各项工作目标任务，着重指导并带领总务处做好后勤服",
    "务、财务室做好经费预算和使用等工作。",
)


def _speech_titles(*lines: str) -> list[str | None]:
    return [speech.title for speech in parse_text(_lines(*lines)).speeches]


def test_a_wrapped_line_ending_as_a_title_does_is_prose() -> None:
    assert _speech_titles("2020年度述职述廉报告", "孙洪亮", *WRAPPED_TEXT, "　　一、加强学习", ABOVE,
                     TITLE_LIKE, BELOW, "的理论来指导自己的工作。", *WRAPPED_TEXT) == [
        "2020年度述职述廉报告"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "middle",
    [
        # (trap) the line above ends its sentence: the title starts a speech under the text
        pytest.param(("　　深入学习党的十九届五中全会精神和“十四五”规划《建议》。",
                      TITLE_LIKE, BELOW), id="above-ends-a-sentence"),
        # (trap) the line above holds no prose mark: a title's first line over its second
        pytest.param(("　　深入学习贯彻党的十九届五中全会精神奋力推进教育现代化新征程",
                      TITLE_LIKE, BELOW), id="above-no-prose"),
        # (trap) the title shorter than the wrapped line above it
        pytest.param((ABOVE, "在全校教职工大会上的讲话", BELOW), id="shorter-than-above"),
        # (trap) the text under it starts a paragraph of its own (indented)
        pytest.param((ABOVE, TITLE_LIKE, "　　" + BELOW), id="below-indented"),
        # (trap) a blank line under it: the text under it is no line of its paragraph
        pytest.param((ABOVE, TITLE_LIKE, "", BELOW), id="blank-below"),
    ],
)  # fmt: skip
def test_a_title_under_a_wrapped_line_stays_a_title(middle: tuple[str, ...]) -> None:
    speeches = _speech_titles("2020年度述职述廉报告", "孙洪亮", *WRAPPED_TEXT, *middle,
                         "的理论来指导自己的工作。", *WRAPPED_TEXT)  # fmt: skip
    assert len(speeches) == 2, speeches


# --- reports each signed at its end, one after another (the end's name and date, then a title) --

END = "以上是我的述职报告，请批评指正。"


def _report(first: str) -> tuple[str, ...]:
    return (first + TEXT, "一、履行岗位职责情况", TEXT * 2, "二、存在问题", TEXT * 3, END)


SIGNED_AT_END = [
    # (id, lines, the speeches' titles)
    (
        "name-and-date-under-each-report",
        ("2020年度述职述廉报告", *_report("一年来，我牢记肩上责任。"), "孙洪亮", "2021年2月4日",
         "2020年度述职述廉报告", *_report("回顾过去的一年，是在紧张忙碌中度过的。"), "蒋明", "2021年2月4日",
         "2020年度述职述廉报告", *_report("一年来，本人紧紧围绕学校中心工作。"), "俞奇弘", "2021年2月4日"),
        ["2020年度述职述廉报告"] * 3,
    ),
    (
        "name-alone-under-a-report",
        ("学校副校长2020年度述职报告", *_report("一年来，我牢记肩上责任。"), "孙洪亮",
         "学校办公室主任2020年度述职报告", *_report("回顾过去的一年，是在紧张忙碌中度过的。"), "蒋明"),
        ["学校副校长2020年度述职报告", "学校办公室主任2020年度述职报告"],
    ),
    (
        # (trap) a title with its date over a line naming the talk: the title's block, no
        # signature (no name over the date)
        "trap-a-dated-title-over-its-subtitle",
        ("2020年度述职述廉报告", *_report("一年来，我牢记肩上责任。"), "坚持立德树人办好人民满意的教育",
         "2021年2月4日", "在全县教育工作会议上的讲话", *_report("回顾过去的一年，是在紧张忙碌中度过的。")),
        ["2020年度述职述廉报告", "坚持立德树人办好人民满意的教育"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "want"), [row[1:] for row in SIGNED_AT_END], ids=[row[0] for row in SIGNED_AT_END]
)
def test_reports_signed_at_their_end(lines: tuple[str, ...], want: list[str]) -> None:
    assert _speech_titles(*lines) == want


@pytest.mark.parametrize(
    "under",
    [
        # (trap) a report's end signed with text, no line naming a speech, under it
        pytest.param(_report("回顾过去的一年，是在紧张忙碌中度过的。"), id="text"),
        # (trap) a line naming a report with a colon: an appendix's caption, no report's title
        pytest.param(("附：2020年度述职述廉情况报告", *_report("回顾过去的一年，是在紧张忙碌中度过的。")),
                     id="a-caption-with-a-colon"),
    ],
)  # fmt: skip
def test_what_is_under_a_signature_is_no_title(under: tuple[str, ...]) -> None:
    titles = _speech_titles("2020年度述职述廉报告", *_report("一年来，我牢记肩上责任。"), "孙洪亮",
                            "2021年2月4日", *under)  # fmt: skip
    assert not any(title and title.startswith(under[0][:2]) for title in titles), titles


# --- a saved page's title spelt again under its page data: the speech's title block (x02, x06, x08)

TITLE_AGAIN = [
    # (id, the page's title, the lines under its page data, how many of them are the title block)
    (
        "a-title-and-its-subtitle",
        "竖直脊梁 立定脚跟 心怀梦想 勇敢前行——2019学年第一学期开学典礼讲话",
        ("竖直脊梁 立定脚跟 心怀梦想 勇敢前行", "——2019学年第一学期开学典礼讲话",
         "各位嘉宾、家长、老师们、同学们，大家好！", TEXT),
        2,
    ),
    (
        "a-title-over-two-lines-and-its-subtitle",
        "不忘初心担使命 传承博雅谱新篇 奋力开创高水平发展新局面——在主题教育总结大会上的讲话",
        ("不忘初心担使命传承博雅谱新篇", "奋力开创高水平发展新局面", "——在主题教育总结大会上的讲话",
         "同志们：", TEXT),
        3,
    ),
    (
        "a-report-title-and-its-subtitle",
        "博雅通达 求真力行——某某中学创建省现代化学校工作汇报",
        ("博雅通达求真力行", "——某某中学创建省现代化学校工作汇报", "各位专家：", TEXT),
        2,
    ),
    (
        # (trap) the page's title begun again but not spelt whole: a line of text
        "trap-part-of-the-title",
        "竖直脊梁 立定脚跟 心怀梦想 勇敢前行——2019学年第一学期开学典礼讲话",
        ("竖直脊梁 立定脚跟", TEXT, TEXT),
        0,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "under", "block"),
    [row[1:] for row in TITLE_AGAIN],
    ids=[row[0] for row in TITLE_AGAIN],
)
def test_a_page_title_spelt_again_under_its_page_data_is_the_title_block(
    title: str, under: tuple[str, ...], block: int
) -> None:
    document = parse_text(_lines("校长专栏", title, BYLINE, *under))
    # (the block's lines are lines 4 to 3 + block; title lines run into one paragraph)
    kinds = {p.line: p.kind for p in document.paragraphs if p.line > 3}
    assert {kinds[line] for line in kinds if line < 4 + block} <= {Kind.TITLE}
    assert kinds[4 + block] is not Kind.TITLE and (block or kinds[4] is Kind.BODY)
    assert len(document.speeches) == 1


def test_a_line_spelt_again_under_a_line_of_text_is_text() -> None:
    # (trap) the line above is no page data: a line said again in the text is no title
    document = parse_text(
        _lines("同志们：", TEXT, "坚持就是胜利", "这句话我们说了很多遍", "坚持就是胜利", TEXT)
    )
    assert Kind.TITLE not in [p.kind for p in document.paragraphs if p.text == "坚持就是胜利"]


# --- a day and place line in brackets under a title block (x02 （1月13日下午4点，行政楼会议室四）) -------

DAY_LINES = [
    # (id, the line under the title, the speech's date: None when the line is no block line)
    ("a-day-its-hour-and-place", "（1月13日下午4点，行政楼会议室四）", "1月13日"),
    ("a-day-alone", "（9月1日）", "9月1日"),
    ("a-day-in-chinese-numerals", "（十二月五日上午，学校报告厅）", "十二月五日"),
    # (trap) no brackets, no day, a sentence
    ("trap-no-brackets", "1月13日下午4点，行政楼会议室四", None),
    ("trap-no-day", "（下午4点，行政楼会议室四）", None),
    ("trap-a-sentence", "（1月13日下午4点开会。）", None),
]


@pytest.mark.parametrize(
    ("line", "date"), [row[1:] for row in DAY_LINES], ids=[row[0] for row in DAY_LINES]
)
def test_a_day_line_in_brackets_under_a_title_block(line: str, date: str | None) -> None:
    document = parse_text(_lines("在主题教育总结大会上的讲话", line, "同志们：", TEXT, TEXT))
    assert document.speeches[0].date == date
    kind = next(p.kind for p in document.paragraphs if p.line == 2)
    assert (kind is Kind.TITLE) is (date is not None)


def test_a_day_line_in_brackets_inside_the_text_is_text() -> None:
    # (trap) under a paragraph of text: no title block's line
    document = parse_text(
        _lines("在主题教育总结大会上的讲话", "同志们：", TEXT, "（1月13日下午）", TEXT)
    )
    assert document.speeches[0].date is None
    assert next(p.kind for p in document.paragraphs if p.line == 4) is Kind.BODY


# --- a speaker of two posts joined by 、 over 同志们： (x02 绍兴一中党委书记、校长王琛) ----------------

TWO_POSTS = [
    # (id, the line over the salutation, the speech's speaker)
    ("two-posts-and-a-name", "绍兴一中党委书记、校长王琛", "绍兴一中党委书记、校长王琛"),
    ("two-posts-and-a-name-apart", "党委书记、校长 王琛", "党委书记、校长 王琛"),
    # (trap) two posts and nobody named: a salutation's first line, broken before its end
    ("trap-two-posts-no-name", "王书记、李校长", None),
]


@pytest.mark.parametrize(
    ("line", "speaker"), [row[1:] for row in TWO_POSTS], ids=[row[0] for row in TWO_POSTS]
)
def test_a_speaker_of_two_posts_over_the_salutation(line: str, speaker: str | None) -> None:
    document = parse_text(
        _lines(
            "在主题教育总结大会上的讲话", "（2020年1月13日）", line, "同志们、老师们：", TEXT, TEXT
        )
    )
    assert document.speeches[0].speaker == speaker
    assert (document.speeches[0].salutation == "同志们、老师们：") is (speaker is not None)


# --- a list of addressees opened by 各位 or 尊敬的, the others named plainly (x08 各位专家、领导：,
# x06 各位嘉宾、家长、老师们、同学们，大家好！) ------------------------------------------------------

TITLE_BLOCK = ("博雅通达 求真力行", "——绍兴市第一中学创建省现代化学校工作汇报")
ADDRESSEES = [
    # (id, the lines of the file, the speech's salutation)
    ("plain-addressees-after-gewei", (*TITLE_BLOCK, "各位专家、领导："), "各位专家、领导："),
    (
        "plain-addressees-after-zunjingde",
        (*TITLE_BLOCK, "尊敬的评委、嘉宾："),
        "尊敬的评委、嘉宾：",
    ),
    ("at-the-files-start", ("各位专家、领导：",), "各位专家、领导："),
    (
        "closed-by-the-greeting-under-the-title-block",
        (*TITLE_BLOCK, "各位嘉宾、家长、老师们、同学们，大家好！"),
        "各位嘉宾、家长、老师们、同学们，大家好！",
    ),
    # (trap) a sentence opening with 各位
    ("trap-a-sentence-opening-with-gewei", (*TITLE_BLOCK, "各位同志要认真学习。"), None),
    # (trap) a list ending with a colon not opened by 各位 or 尊敬的
    ("trap-a-list-not-opened-by-gewei", (*TITLE_BLOCK, "重点抓好教育、卫生、文化："), None),
    # (trap) a later part too long to be a name: a sentence's subject before its colon
    (
        "trap-a-part-that-is-a-sentence",
        (*TITLE_BLOCK, "各位代表、委员提出的意见和建议："),
        None,
    ),
    # (trap) a clause after a comma, no name opened by 各位 again: a sentence
    ("trap-a-clause-after-a-comma", (*TITLE_BLOCK, "各位老师，我们要做到："), None),
    # (trap) a first part too long to be a name
    ("trap-a-long-first-part", (*TITLE_BLOCK, "各位要认真学习文件、讲话："), None),
    # (trap) an exclamation that is no greeting to them all
    ("trap-an-exclamation-no-greeting", (*TITLE_BLOCK, "各位专家、领导，请多指导！"), None),
    # (trap) the greeting in the speech's text, under a paragraph, no title block above it
    (
        "trap-the-greeting-under-text",
        (*TITLE_BLOCK, "同志们：", TEXT, "各位嘉宾、家长，大家好！"),
        "同志们：",
    ),
]


@pytest.mark.parametrize(
    ("lines", "salutation"), [row[1:] for row in ADDRESSEES], ids=[row[0] for row in ADDRESSEES]
)
def test_a_list_of_addressees_named_plainly(lines: tuple[str, ...], salutation: str | None) -> None:
    document = parse_text(_lines(*lines, TEXT, TEXT))
    assert [speech.salutation for speech in document.speeches] == [salutation]
    kinds = {p.text: p.kind for p in document.paragraphs}
    assert (kinds[lines[-1]] is Kind.SALUTATION) is (lines[-1] == salutation)


def test_a_heading_opening_with_gewei_stays_a_heading() -> None:
    # (trap) 一、各位代表的意见: a heading, no salutation
    document = parse_text(
        _lines("同志们：", TEXT, "一、各位代表的意见", TEXT, "二、下一步工作", TEXT)
    )
    assert [h.marker for h in document.speeches[0].headings] == ["一、", "二、"]
    assert document.speeches[0].salutation == "同志们："


# --- a title a wrap broke after its dash (x02 in --mess wrap/pdf: …新局面—— | 在…上的讲话) -------

DASHED = "不忘初心担使命 传承博雅谱新篇 奋力开创新局面——"
WHOLE = "不忘初心担使命 传承博雅谱新篇 奋力开创新局面——在主题教育总结大会上的讲话"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a title line ending with its dash, its subtitle's words right under it
        ((DASHED, "在主题教育总结大会上的讲话", "同志们："), WHOLE),
        # (trap) a blank line between: no wrap broke it
        ((DASHED, "", "在主题教育总结大会上的讲话", "同志们："), "在主题教育总结大会上的讲话"),
    ],
    ids=["broken-after-its-dash", "trap-a-blank-line-between"],
)
def test_a_title_broken_after_its_dash(lines: tuple[str, ...], title: str) -> None:
    assert parse_text(_lines(*lines, TEXT, TEXT)).speeches[0].title == title


def test_a_page_title_broken_after_its_dash_is_spelt_again_under_its_page_data() -> None:
    page = _lines(DASHED, "在主题教育总结大会上的讲话", BYLINE, "不忘初心担使命 传承博雅谱新篇",
                  "奋力开创新局面", "——在主题教育总结大会上的讲话", "同志们：", TEXT, TEXT)  # fmt: skip
    document = parse_text(page)
    assert [s.title for s in document.speeches] == [WHOLE]
    kinds = {p.text: p.kind for p in document.paragraphs}
    assert kinds["——在主题教育总结大会上的讲话"] is Kind.TITLE
    assert kinds["不忘初心担使命 传承博雅谱新篇 奋力开创新局面"] is Kind.TITLE


# --- a field line as long as the wrap width over an indented line (x02 in --mess wrap) ---------


def _wrapped(text: str, width: int, indent: str) -> list[str]:
    return [
        indent + text[:width],
        *(text[at : at + width] for at in range(width, len(text), width)),
    ]


@pytest.mark.parametrize(
    ("cut", "stands"),
    [(0, True), (1, True)],
    ids=["an-indented-line-under-it-opens-a-paragraph", "trap-its-last-word-wrapped-flush"],
)
def test_a_field_line_at_the_wrap_width(cut: int, stands: bool) -> None:
    # (a text wrapped at the byline's width, its paragraphs opened by 　　 and going on flush: the
    # indented title line under the byline is no value of it; in the trap a wrap broke the
    # byline's last word onto a flush line, its value going on)
    width = len(BYLINE) - cut
    byline = _wrapped(BYLINE, width, "\u3000\u3000")
    body = [
        line
        for paragraph in (TEXT * 3, TEXT * 2, TEXT * 3)
        for line in _wrapped(paragraph, width, "\u3000\u3000")
    ]
    page = _lines("走向远方——在2020届高三学生毕业典礼上的讲话", *byline, "\u3000\u3000走向远方",
                  "\u3000\u3000——在2020届高三学生毕业典礼上的讲话", "\u3000\u3000同学们：", *body)  # fmt: skip
    texts = [p.text for p in parse_text(page).paragraphs]
    assert BYLINE in texts
    assert ("走向远方" in texts) is stands
