"""Rules found on the weakest held-out sets (issue #14, engine81): in a one-line text that glues its
heading titles straight to their 一是 sections, a title ending with a full stop before 一是 was run in
and its series is its paragraph's list.

Each row that is no trap fails on the engine before its rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.markers import match_marker

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _outline(text: str) -> list[tuple[int, str]]:
    """(level, marker + title) of every heading, a title that ran on into ``TEXT`` cut there."""
    document = parse_text(text)
    return [
        (h.level, (h.marker + h.title).split(TEXT[:4])[0])
        for speech in document.speeches
        for h in speech.headings
    ]


def _items(*heads: str, sentences: int = 2) -> str:
    """A 一是 series: each head a sentence, then ``sentences`` sentences of its own."""
    numerals = "一二三四五"
    return "".join(f"{numerals[n]}是{head}。" + TEXT * sentences for n, head in enumerate(heads))


# --- a one-line report: run-in titles (。一是…) beside titles glued to their sections -------------


def _report(review_stop: str, plan_stop: str) -> str:
    """A one-line report (holdout11 b03's shape): part 一's （N） titles end with
    ``review_stop`` before their 一是 series, part 二's with ``plan_stop``."""
    return (
        "各位代表：现在，我代表市人民政府向大会作政府工作报告，请予审议。一、2011年工作回顾"
        + TEXT * 3
        + "（一）以规划纲要为统领，谋划新时期发展战略布局"
        + review_stop
        + _items("组织编制了规划纲要", "加快制定专项规划", sentences=1)
        + "（二）着眼于构建可持续的竞争优势，提升自主创新能力"
        + review_stop
        + _items("重大科技基础设施建设取得突破", "加快建设创新载体", sentences=1)
        + "二、2012年工作思路和重点"
        + TEXT * 2
        + "重点做好以下两个方面工作：（一）坚持抓创新，加快建设国家创新型城市"
        + plan_stop
        + _items("进一步夯实创新基础", "构建充满活力的创新生态体系", "引进培育更多创新人才")
        + "（二）坚持调结构，构建现代产业体系"
        + plan_stop
        + _items("做大做强战略性新兴产业", "提升现代服务业发展水平")
    )


PLAN = [
    (2, "（一）坚持抓创新，加快建设国家创新型城市"),
    (3, "一是进一步夯实创新基础"),
    (3, "二是构建充满活力的创新生态体系"),
    (3, "三是引进培育更多创新人才"),
    (2, "（二）坚持调结构，构建现代产业体系"),
    (3, "一是做大做强战略性新兴产业"),
    (3, "二是提升现代服务业发展水平"),
]
REVIEW_TITLES = [
    (2, "（一）以规划纲要为统领，谋划新时期发展战略布局"),
    (2, "（二）着眼于构建可持续的竞争优势，提升自主创新能力"),
]
REVIEW_ITEMS = [
    (3, "一是组织编制了规划纲要"),
    (3, "二是加快制定专项规划"),
    (3, "一是重大科技基础设施建设取得突破"),
    (3, "二是加快建设创新载体"),
]

LONG_FIRST = (
    "深入实施国企改革深化提升行动，细化形成七十二项具体举措，目前已完成大部分改革主体任务。"
)
RUN_IN = [
    # (id, part 一's stop, part 二's stop, the outline)
    (
        # part 二's titles glued to their 一是 with no mark (title lines that stood alone):
        # part 一's titles with their 。 were run in, and their series are paragraphs' lists
        "run-in-titles-beside-glued-ones",
        "。",
        "",
        [(1, "一、2011年工作回顾"), *REVIEW_TITLES, (1, "二、2012年工作思路和重点"), *PLAN],
    ),
    (
        # (near miss) every title ends with its stop: nothing shows how the text wrote titles
        # alone, and a series right after a title is its sections (holdout39 e03)
        "near-miss-every-title-with-its-stop",
        "。",
        "。",
        [
            (1, "一、2011年工作回顾"),
            REVIEW_TITLES[0],
            *REVIEW_ITEMS[:2],
            REVIEW_TITLES[1],
            *REVIEW_ITEMS[2:],
            (1, "二、2012年工作思路和重点"),
            *PLAN,
        ],
    ),
    (
        # (near miss) part 一's titles glued to their text's first long sentence (holdout39 e02's
        # （一）深层次深化改革提升深入实施…主体任务。一是…): that stop is the sentence's, not the title's
        "near-miss-a-title-glued-to-a-long-first-sentence",
        LONG_FIRST,
        "",
        [
            (1, "一、2011年工作回顾"),
            (2, REVIEW_TITLES[0][1] + LONG_FIRST[:-1]),
            *REVIEW_ITEMS[:2],
            (2, REVIEW_TITLES[1][1] + LONG_FIRST[:-1]),
            *REVIEW_ITEMS[2:],
            (1, "二、2012年工作思路和重点"),
            *PLAN,
        ],
    ),
]


@pytest.mark.parametrize(
    ("review", "plan", "want"), [row[1:] for row in RUN_IN], ids=[row[0] for row in RUN_IN]
)
def test_a_run_in_titles_series_beside_titles_glued_to_their_sections(
    review: str, plan: str, want: list[tuple[int, str]]
) -> None:
    assert _outline(_report(review, plan)) == want


# --- a report's parts named in its opening list, then alone on their lines (holdout32 p08) --------


def _parts_report(preview: str) -> str:
    """A report whose four parts stand alone on their lines without numbers, the third with a
    comma, ``preview`` its third paragraph."""
    return "\n".join(
        [
            "政府工作报告",
            "——2024年1月20日在市第十六届人民代表大会第三次会议上",
            "各位代表！",
            "现在，我代表市人民政府，向大会作政府工作报告，请予审议。",
            preview,
            "过去一年的主要工作",
            TEXT * 3,
            "今年的主要任务",
            TEXT * 2 + "我们要着重抓好以下工作。",
            "第一，全力推动经济回升向好。" + TEXT * 2,
            "第二，加快建设现代化产业体系。" + TEXT * 2,
            "加强政权建设，加强各族人民的大团结",
            TEXT * 3,
            "国际形势和我国对外政策",
            TEXT * 3,
        ]
    )


PARTS = [
    (1, "过去一年的主要工作"),
    (1, "今年的主要任务"),
    (2, "第一，全力推动经济回升向好"),
    (2, "第二，加快建设现代化产业体系"),
    (1, "加强政权建设，加强各族人民的大团结"),
    (1, "国际形势和我国对外政策"),
]
WITHOUT_THE_COMMA_LINE = [part for part in PARTS if "，加强" not in part[1]]
PREVIEWS = [
    # (id, the preview paragraph, the outline)
    (
        # the parts named in an inline list: the comma line is one of them
        "a-comma-line-the-list-of-parts-names",
        "报告分四个部分：一、过去一年的主要工作；二、今年的主要任务；"
        "三、加强政权建设，加强各族人民的大团结；四、国际形势和我国对外政策。",
        PARTS,
    ),
    (
        # (near miss) no list of parts: a comma line alone between paragraphs is no part line
        "near-miss-no-list-of-parts",
        TEXT * 2,
        WITHOUT_THE_COMMA_LINE,
    ),
    (
        # (near miss) the comma line's words said in a sentence, not as an item of a list
        "near-miss-the-words-said-in-a-sentence",
        "我们要加强政权建设，加强各族人民的大团结。" + TEXT,
        WITHOUT_THE_COMMA_LINE,
    ),
]


@pytest.mark.parametrize(
    ("preview", "want"), [row[1:] for row in PREVIEWS], ids=[row[0] for row in PREVIEWS]
)
def test_a_part_named_in_the_list_of_parts(preview: str, want: list[tuple[int, str]]) -> None:
    assert _outline(_parts_report(preview)) == want


# --- an explanation of the report's target figures after its closing (holdout11 b06) ------------


def _figures_annex(head: str, first: str = "一") -> str:
    """A report of two parts, its closing, then ``head`` over sections numbered from ``first``."""
    numerals = "一二三四五六"
    at = numerals.index(first)
    return "\n".join(
        [
            "各位代表：",
            "现在，我代表区人民政府向大会报告工作，请予审议。",
            "一、2014年工作回顾",
            TEXT * 3,
            "二、2015年工作安排",
            TEXT * 3,
            "各位代表，让我们凝心聚力、攻坚克难，为建设繁荣文明幸福的新城区而努力奋斗！",
            head,
            f"{numerals[at]}、本区生产总值",
            "预计2015年本区生产总值增长8%左右，主要来自金融、商贸和其他服务业。",
            f"{numerals[at + 1]}、固定资产投资",
            "预计2015年固定资产投资可完成100亿元左右，增长3%左右。",
        ]
    )


REPORT = [(1, "一、2014年工作回顾"), (1, "二、2015年工作安排")]
ANNEX = [
    # (id, the head, the first section's numeral, the outline)
    (
        # the figures explained, their sections numbered from 一 again: back matter
        "an-explanation-of-the-target-figures",
        "2015年主要指标测算说明",
        "一",
        REPORT,
    ),
    (
        "an-explanation-of-the-figures-named-otherwise",
        "主要预期指标解释",
        "一",
        REPORT,
    ),
    (
        # (near miss) the report's own numbering goes on under the line (三、 after 二、): the
        # line heads a passage of the speech, which goes on
        "near-miss-the-reports-numbering-goes-on",
        "2015年主要指标测算说明",
        "三",
        [*REPORT, (1, "三、本区生产总值"), (1, "四、固定资产投资")],
    ),
    (
        # (near miss) 关于…的说明 is a speech's genre, no appended explanation
        "near-miss-a-speech-explaining",
        "关于主要指标的说明",
        "一",
        [*REPORT, (1, "一、本区生产总值"), (1, "二、固定资产投资")],
    ),
]


@pytest.mark.parametrize(
    ("head", "first", "want"), [row[1:] for row in ANNEX], ids=[row[0] for row in ANNEX]
)
def test_an_explanation_of_the_target_figures_is_back_matter(
    head: str, first: str, want: list[tuple[int, str]]
) -> None:
    assert _outline(_figures_annex(head, first)) == want


# --- the second of a talk's parts previewed in a heading's text (holdout5 v04) -------------------


def _lecture(preview: str) -> str:
    """A talk of three numbered parts; the third's text says ``preview``, opens its first part
    unnumbered, and its second with 第二要… on a line of its own."""
    return "\n".join(
        [
            "读书",
            "今天我想同诸位谈谈读书，分三层来说。",
            "（1）要读何书。",
            TEXT * 2,
            "（2）读书的功用。",
            TEXT * 2,
            "（3）读书的方法。",
            "我的第一句话是很平常的，就是说，" + preview,
            "现在先说什么叫“精”。" + TEXT,
            "精读要做到三件事，例如：",
            "（1）字典，辞典，参考书等工具要完备。",
            "（2）要作文法上的分析。",
            "（3）有时要比较参考。",
            TEXT * 2,
            "第二要讲什么叫“博”。",
            TEXT * 2,
            "第一，为预备参考资料计。",
            TEXT * 2,
            "第二，为做人计。",
            TEXT * 2,
        ]
    )


LECTURE_PARTS = [
    (1, "（1）要读何书"),
    (1, "（2）读书的功用"),
    (1, "（3）读书的方法"),
    (2, "（1）字典，辞典，参考书等工具要完备"),
    (2, "（2）要作文法上的分析"),
    (2, "（3）有时要比较参考"),
]
PREVIEWED = [
    # (id, the preview sentence, the outline)
    (
        # the parts named after a colon, first and second: 第二要 opens the second, under （3）
        "the-second-of-the-parts-the-text-previewed",
        "读书有两个要素：第一要精；第二要博。",
        [
            *LECTURE_PARTS,
            (2, "第二要讲什么叫“博”"),
            (3, "第一，为预备参考资料计"),
            (3, "第二，为做人计"),
        ],
    ),
    (
        # (near miss) no preview: a lone 第二要 whose 第一要 was never said is prose
        "near-miss-no-preview",
        "读书有两个要素，一是精，二是博。",
        None,
    ),
    (
        # (near miss) the parts said in a sentence, no colon before them
        "near-miss-no-colon",
        "读书有两个要素，第一要精，第二要博。",
        None,
    ),
]


@pytest.mark.parametrize(
    ("preview", "want"), [row[1:] for row in PREVIEWED], ids=[row[0] for row in PREVIEWED]
)
def test_the_second_of_the_parts_a_heading_previewed(
    preview: str, want: list[tuple[int, str]] | None
) -> None:
    got = _outline(_lecture(preview))
    if want is None:  # (a near miss: whatever the rest, no 第二要 heading)
        assert not any("第二要" in title for _, title in got)
    else:
        assert got == want


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("第二要讲什么叫“博”。", "第二要"),  # 第N要 run into its point: the series 第一要 … 第二要
        ("第一要坚定理想信念。", "第一要"),
        ("第一要务是发展。", None),  # (near miss) 要务, 要义, 要素: words, not the series
        ("第一要义是发展。", None),
        ("第一要素是人。", None),
    ],
)
def test_the_di_yao_series(text: str, words: str | None) -> None:
    marker = match_marker(text)
    assert (marker.text if marker is not None else None) == words


# --- 例一/例二 examples under a lecture outline's points (holdout26 p03) ---------------------------


def _outline_notes(first: str, second: str, *, one_line: bool) -> str:
    """A lecture outline: two points, the first holding examples ``first`` and ``second``,
    written one a line or joined into one line (the line breaks a web scrape dropped)."""
    lines = [
        "科学研究的方法",
        "一、每一种科学的发达，全靠方法的进步。" + TEXT,
        "试举一二个简单的例子。",
        first + TEXT,
        second + TEXT,
        "二、方法的进步又往往与器械的进步有密切的关系。" + TEXT * 2,
        "三、科学的进步是逐渐继长增高的。" + TEXT * 2,
    ]
    return "".join(lines[1:]) * 3 if one_line else "\n".join(lines)


EXAMPLES = [
    # (id, first example, second, one-line text?, the example entries)
    (
        "examples-one-a-line",
        "例一解剖学：希腊人解剖动物，为一进步。",
        "例二生理学：古代生理学到高伦而集大成。",
        False,
        [(2, "例一解剖学：希腊人解剖动物，为一进步"), (2, "例二生理学：古代生理学到高伦而集大成")],
    ),
    (
        # the same joined into one line: each cut out after its sentence end
        "examples-in-a-one-line-text",
        "例一《诗经》“终风且暴”，旧说“终风”，“终日风也”。",
        "例二《尚书·洪范》“无偏无颇，遵王之义”。",
        True,
        [
            (2, "例一《诗经》“终风且暴”，旧说“终风”，“终日风也”"),
            (2, "例二《尚书·洪范》“无偏无颇，遵王之义”"),
        ]
        * 3,
    ),
    (
        # (near miss) 例一， with a comma: an example told in the talk (holdout5 v01's
        # 例一，白话说“我骗谁？”…), no heading
        "near-miss-examples-told-with-a-comma",
        "例一，白话说“我骗谁？”古文要说“吾谁欺？”",
        "例二，《论语》阳货欲见孔子一章。",
        False,
        [],
    ),
    (
        # (near miss) a lone 例一: no series
        "near-miss-one-example",
        "例一解剖学：希腊人解剖动物，为一进步。",
        "另一个例子是生理学。",
        False,
        [],
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "one_line", "want"),
    [row[1:] for row in EXAMPLES],
    ids=[row[0] for row in EXAMPLES],
)
def test_examples_under_a_lectures_points(
    first: str, second: str, one_line: bool, want: list[tuple[int, str]]
) -> None:
    got = _outline(_outline_notes(first, second, one_line=one_line))
    assert [(level, title) for level, title in got if title.startswith("例")] == want


# --- a news summary naming its parts: its other unnumbered lines are crossheads (holdout32 p07) ---


def _summary(second: str, third: str) -> str:
    """A news agency's summary of a report: three unnumbered part lines, the second and third
    followed by ``second`` and ``third``; comma crossheads, and an unnumbered line with no comma
    over a 第一，第二， list in the first part."""
    said = iter(f"周总理在报告的这一段第{n}次说，" + TEXT for n in range(1, 9))
    body = [
        "五年来，我国各族人民取得了伟大的成就。" + TEXT,
        "国民经济的成就和今后的建设任务",
        "周恩来总理在报告中首先指出，" + TEXT,
        "调整国民经济的任务已经基本完成，国民经济已经全面好转",
        next(said),
        "这几年取得的巨大成就，是坚决执行自力更生方针的结果",
        next(said),
        "今后发展国民经济中应当注意的几个问题",
        "在报告了明年的任务以后，周总理说，为了加快建设，必须注意以下的问题。",
        "第一，正确处理农业、轻工业、重工业的关系。" + TEXT,
        "第二，正确处理自力更生同国际合作的关系。" + TEXT,
        "社会主义革命和人民民主统一战线",
        second + TEXT,
        "我国城乡正在进行的社会主义教育运动，有着伟大的革命意义",
        next(said),
        "国际形势和我国对外工作",
        third + TEXT,
        "全世界各大洲的人民联合起来，结成最广泛的统一战线",
        next(said),
    ]
    # (paragraphs indented as the summary's are: each line a paragraph of its own)
    return "\n".join(
        [
            "政府工作报告（摘要）",
            "——1964年12月21日在第三届全国人民代表大会第一次会议上",
            "",
            "国务院总理周恩来",
            *("\u3000\u3000" + line for line in body),
        ]
    )


SUMMARY = [
    (1, "国民经济的成就和今后的建设任务"),
    (2, "调整国民经济的任务已经基本完成，国民经济已经全面好转"),
    (2, "这几年取得的巨大成就，是坚决执行自力更生方针的结果"),
    (2, "今后发展国民经济中应当注意的几个问题"),
    (3, "第一，正确处理农业、轻工业、重工业的关系"),
    (3, "第二，正确处理自力更生同国际合作的关系"),
    (1, "社会主义革命和人民民主统一战线"),
    (2, "我国城乡正在进行的社会主义教育运动，有着伟大的革命意义"),
    (1, "国际形势和我国对外工作"),
    (2, "全世界各大洲的人民联合起来，结成最广泛的统一战线"),
]


def test_a_line_the_summary_names_no_part_is_a_crosshead() -> None:
    # the second and third parts named by the paragraph after them: the line with no comma
    # in the first part is one of its crossheads, its 第一，第二， under it
    got = _outline(
        _summary(
            "周恩来总理报告的第二部分是关于社会主义革命和人民民主统一战线。",
            "周恩来总理报告的第三部分是关于国际形势和我国对外工作。",
        )
    )
    assert got == SUMMARY


def test_one_part_named_changes_nothing() -> None:
    # (near miss) one part line named only: the unnumbered lines are all part lines as before
    got = _outline(
        _summary("周恩来总理报告的第二部分是关于社会主义革命和人民民主统一战线。", "周总理接着说，")
    )
    assert (1, "今后发展国民经济中应当注意的几个问题") in got


# --- a spoken list said whole in one sentence is no heading --------------------------------------


def _talk(*paragraphs: str) -> str:
    return "\n".join(["在全市工作会议上的讲话", "同志们：", TEXT, *paragraphs, TEXT])


@pytest.mark.parametrize(
    "sentence",
    [
        "一是坚定信念，二是勇于担当，三是廉洁自律。",
        "一要坚定信念，二要勇于担当，三要廉洁自律。",
        "第一是坚定信念，第二是勇于担当，第三是廉洁自律。",
        "第一点坚定信念，第二点勇于担当，第三点廉洁自律。",
        "第一要坚定信念，第二要勇于担当，第三要廉洁自律。",
    ],
)
def test_a_spoken_list_in_one_sentence_is_no_heading(sentence: str) -> None:
    # (as 第一，坚定信念，第二，勇于担当。 and 一、讲政治；二、顾大局。 already were)
    assert _outline(_talk(sentence + TEXT)) == []


def test_spoken_items_a_paragraph_each_stay_headings() -> None:
    # (near miss) each item opens its own paragraph, its sentence holding no next item
    got = _outline(_talk("一要坚定信念。" + TEXT, "二要勇于担当。" + TEXT, "三要廉洁自律。" + TEXT))
    assert got == [(1, "一要坚定信念"), (1, "二要勇于担当"), (1, "三要廉洁自律")]
