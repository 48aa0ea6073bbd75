"""A compilation of talks joined by nothing opens a talk at each occasion line glued between two
talks (issue #14, "One-line texts"; regression a10 …不逾数行。癸酉在泉州承天寺讲吾人因…, a12, a13,
a14 — the talks read as one speech).

The trap rows fail on the engine before ``gluedoccasions`` and the one-line allowance of
``speeches._run_on_talk`` (one speech), each checked with its change left out; the near-miss rows
(words telling what was said there, 讲经 / 讲了; an occasion-like run in a text with no compilation
line; an occasion's words inside a sentence) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.gluedoccasions import web_chapters_apart
from tui.engine.segment import Segment

COLLECTION = "第7章 弘一法师在各地讲法汇集(2)"
TALK_A = (
    "我今讲本师释迦牟尼佛在因地中为法舍身的几段故事给诸位听，现在先引涅槃经一段来说。"
    "过去无量劫时候，释迦牟尼佛在雪山中修菩萨行，一心求法，不惜身命。"
    "罗刹以婆罗门既然诚恳地允许，便把后半偈说给他听。婆罗门得闻了后半偈，真觉心满意足。"
    "还有一段故事，也是涅槃经上说的。诸位听了这几段故事，应当发心求法，不可懈怠。"
    "再讲一段故事，出于贤愚经。释迦牟尼佛在因地时候，有一次身为国王，因厌恶终其身居于王位，"
    "不能得闻佛法，遂发心舍弃王位，四出求法。诸位应知求法之难，当生珍重之心。"
)
TALK_B = (
    "吾人因多生以来之夙习，及以今生自幼所受环境之熏染，而自然现于身口者，名曰习惯。"
    "习惯有善有不善，今且言其不善者。常人对于不善之习惯，而略称之曰习气。"
    "今欲改正其习惯，须先了知其为不善，然后乃能改之。余于三年前，曾自立改过之法，"
    "每日记其所犯之过，以期渐次改正。今且举其数条，以供诸君参考焉。"
    "食不言，现时中等以上各寺院，皆有此制，故改正甚易。不非时食，此亦寺院所通行者。"
    "衣服朴素整齐，宜着布衣，勿着绸缎等物。不出游，常人每于课余之时，出外游览，此宜改正。"
)
TALK_C = (
    "今值旧历新年，请观厦门全市之中，充满新气象，甚为欢喜。常人于新年时，彼此晤面，皆云恭喜。"
    "所以贺其将来之幸福也。余谓恭喜二字，当含有二义，一是贺其得福，一是望其修福。"
    "诸君既已闻此，愿于新年之始，发心修福，以期将来之幸福无量也。此即余之所厚望焉。"
    "修福之法甚多，今且略说数种。一是惜福，二是习劳，三是持戒，四是自尊。"
    "诸君若能依此实行，则所谓恭喜者，乃为真实之恭喜矣。愿诸君共勉之。"
    "惜福者，衣食住行，皆宜俭约，不可浪费。"
)


# (a text over 500 characters on one line is one that lost its line breaks: ``lines.segment_lines``)


def _talks(text: str) -> list[str]:
    document = parse_text(text)
    return [document.paragraphs[speech.first].text[:12] for speech in document.speeches]


OCCASIONS = [
    # (id, the occasion over the second talk, the one over the third)
    ("trap-cyclic-year", "癸酉在泉州承天寺讲", "癸酉正月在厦门妙释寺讲"),
    ("trap-month-and-day", "戊寅年六月十九日在漳州七宝寺讲", "戊寅十月六日在安海金墩宗祠讲"),
    ("trap-written-year", "一九二六年在厦门大学周会上讲", "一九二七年一月在中山大学讲"),
]


@pytest.mark.parametrize(
    ("second", "third"), [row[1:] for row in OCCASIONS], ids=[row[0] for row in OCCASIONS]
)
def test_each_glued_occasion_opens_a_talk(second: str, third: str) -> None:
    talks = _talks(COLLECTION + TALK_A + second + TALK_B + third + TALK_C)
    assert talks == [COLLECTION[:12], second[:12], third[:12]]  # (the compilation's line, as
    # on its own line: over the first talk)


NOT_OCCASIONS = [
    # (id, the text: no occasion opens a talk in it)
    (
        "the-words-tell-what-was-said",
        COLLECTION + TALK_A + "癸酉在泉州承天寺讲经，听者甚众。" + TALK_B + TALK_C,
    ),
    ("said-there-before", COLLECTION + TALK_A + "戊寅十月在安海讲了三日。" + TALK_B + TALK_C),
    ("no-compilation-line", TALK_A + "癸酉在泉州承天寺讲" + TALK_B + TALK_C),
    ("inside-a-sentence", COLLECTION + TALK_A + "余于癸酉在泉州承天寺讲" + TALK_B + TALK_C),
]


@pytest.mark.parametrize(
    "text", [row[1] for row in NOT_OCCASIONS], ids=[row[0] for row in NOT_OCCASIONS]
)
def test_occasion_words_inside_a_talk_open_none(text: str) -> None:
    assert len(parse_text(text).speeches) == 1


SECTION = (
    "本院将持续推动各项改革，落实各项政策，加强与各界沟通，回应民众期待，"
    "务求在兼顾财政稳健的前提下，推动经济稳定成长，照顾弱势群体。"
)


def _report(opening: str) -> str:
    return (
        opening
        + "今天应邀列席贵院报告，至感荣幸。"
        + "壹、国内外经济情势"
        + SECTION * 2
        + "贰、施政重点"
        + SECTION * 2
        + "叁、结语"
        + SECTION
        + "以上报告，敬请指教。"
    )


FIRST = _report("赖院长清德：（9时22分）主席、各位委员。")


TURNS = [
    # (id, what comes between the first report's end and the second report's 壹、)
    ("trap-turn-tag-with-its-time", "朱主计长泽民：（9时45分）主席、各位委员。"),
    (
        "trap-a-further-report-said",
        "后续，我再报告中央政府前瞻基础建设计划第2期特别预算部分。今天承蒙贵院安排报告。",
    ),
]


@pytest.mark.parametrize("between", [row[1] for row in TURNS], ids=[row[0] for row in TURNS])
def test_a_turn_or_report_glued_after_a_sentence_opens_a_speech(between: str) -> None:
    """(trap) a gazette's turn tag, or a sentence saying a further report follows, glued after the
    first report's last sentence: a second speech, as on lines of their own (holdout22 m01/m05,
    holdout25 n01)."""
    assert len(parse_text(FIRST + _report(between)).speeches) == 2


NOT_TURNS = [
    # (id, what comes between: no second speech)
    ("a-tag-with-no-time", "张委员三：主席、各位委员。"),
    ("a-further-report-with-no-numbering-after", "后续，我再报告一下执行情况。" + SECTION * 3),
]


@pytest.mark.parametrize(
    "between", [row[1] for row in NOT_TURNS], ids=[row[0] for row in NOT_TURNS]
)
def test_words_of_a_turn_inside_a_report_open_none(between: str) -> None:
    text = FIRST.replace("以上报告，敬请指教。", "以上报告，敬请指教。" + between)
    assert len(parse_text(text).speeches) == 1


WEB_TALK = (
    "今天，我能够到你们这学校来，实在很荣幸。你们的学校，名叫中山中学，这名字是很好的。"
    "我们应当记住中山先生的遗教，努力做事，不要空谈。诸君年纪还轻，前途正远，望大家好好用功。"
)
WATERMARK = "otxt.ｎｅｔ［t.xt小，说［天堂｝"


def _web(numbers: tuple[int, ...]) -> str:
    titles = (
        "在厦门平民学校成立会上的讲演",
        "少读中国书做好事之徒——一九二六年在厦门大学周会上的讲演",
        "在厦门中山中学的讲演",
    )
    return "".join(
        f"第{number}章 {title}{WEB_TALK * 2}{WATERMARK}"
        for number, title in zip(numbers, titles, strict=True)
    )


def test_a_web_compilations_chapters_glued_open_its_talks() -> None:
    """(trap) 第243章 …的讲演今天，… / …天堂第244章 …: a web compilation's chapters numbered one
    after another, run into the talks and the site's watermark: three talks, titled (regression
    a04)."""
    titles = [speech.title for speech in parse_text(_web((243, 244, 245))).speeches]
    assert titles == [
        "在厦门平民学校成立会上的讲演",
        "少读中国书做好事之徒",
        "在厦门中山中学的讲演",
    ]


def test_chapter_numbers_not_in_a_row_are_no_web_compilation() -> None:
    """(near miss) 第3章 …第12章 …第40章: chapters cited out of order are no compilation's lines."""
    assert len(parse_text(_web((3, 12, 40))).speeches) == 1


def test_a_later_segment_opening_with_its_chapters_keeps_its_marks() -> None:
    """A segment of chapter lines that is not the text's first and whose first chapter starts
    it keeps its own marks (its line as read, its indent): only the pieces cut out after it are
    paragraphs of their own (the pass took ``first`` from the pieces of every segment before)."""
    before = Segment(1, "中华民国十五年厦门演讲集", False)
    chapters = Segment(2, _web((243, 244, 245)), False, shown=4)
    pieces = web_chapters_apart([before, chapters])
    assert pieces[0] == before
    assert (pieces[1].line, pieces[1].shown, pieces[1].indented) == (2, 4, False)
    assert pieces[1].text == "第243章 在厦门平民学校成立会上的讲演"
    assert all(piece.indented and not piece.shown for piece in pieces[2:])


def _written(title: str) -> str:
    return (
        title
        + "壹、前言107年10月21日，一列火车于车站附近出轨，造成多人伤亡。"
        + SECTION * 2
        + "贰、改善措施"
        + SECTION * 2
    )


REPORT_TITLES = [
    # (id, the second report, glued after the first report's last sentence)
    (
        "trap-a-written-report-and-its-salutation",
        _report("司法院书面报告：主席、各位委员、各位先进："),
    ),
    (
        "trap-a-report-title-over-its-first-part",
        _written("「1021普悠玛事故等东部交通运输问题」专案报告"),
    ),
    ("trap-a-case-s-label-and-title", _written("第三案台北医院护理之家火灾后续处理情形")),
]


@pytest.mark.parametrize(
    "second", [row[1] for row in REPORT_TITLES], ids=[row[0] for row in REPORT_TITLES]
)
def test_a_report_s_title_glued_after_a_sentence_opens_a_speech(second: str) -> None:
    """(trap) …谢谢大家。「…」专案报告壹、前言107年… / …请参阅书面报告。司法院书面报告：主席、… /
    …消费者权益。第三案台北医院…情形壹、背景说明…: the title of a report handed in or of the next
    case, right before its 壹、 or its salutation, stood on a line of its own (holdout22 m03,
    holdout25 n05/n08, holdout33 r05)."""
    document = parse_text(FIRST + second)
    assert len(document.speeches) == 2
    first = document.speeches[1].headings[0].title
    assert first == "前言" or first.startswith("国内外经济情势")  # (前言 ends its one-word title)


NOT_REPORT_TITLES = [
    # (id, what comes after the first report's last sentence: no second speech)
    ("a-report-s-attachments", "详见书面报告：附件一至附件三。" + SECTION * 3),
    ("the-chair-after-a-report-s-name", "本院专案报告：主席裁示后再议。" + SECTION * 3),
]


@pytest.mark.parametrize(
    "after", [row[1] for row in NOT_REPORT_TITLES], ids=[row[0] for row in NOT_REPORT_TITLES]
)
def test_a_report_s_name_inside_a_sentence_opens_none(after: str) -> None:
    assert len(parse_text(FIRST + after).speeches) == 1
