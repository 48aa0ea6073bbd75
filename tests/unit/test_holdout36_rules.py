"""Rules found on holdout36 (issue #14): a part's label alone on its line (提纲壹： / 专题三 over
their 一、 questions), a spoken series whose items change shape (第二点， then 第三是), a
sequence word cut from its comma by a line break (or a blog's <!--more--> line between), and
其次 run into its sentence with no comma (其次在…方面，).

Each row that is no trap fails on the engine before the rule (checked), but the one marked
"also before"; the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
OPEN = "张某律师：主席、各位委员。我直接进入提纲说明如下："


def _outline(text: str, path: str = "") -> list[tuple[int, str]]:
    document = parse_text(text, path=path)
    return [(h.level, h.marker) for speech in document.speeches for h in speech.headings]


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- a part's label alone on its line (u04 提綱壹：…提綱肆：) ------------------------------------

PART_LABELS = [
    # (id, text, outline as (level, marker))
    (
        "a-part-label-over-its-questions",
        _lines(OPEN, "提纲壹：", "一、我国是否要采取这项制度？", TEXT, "二、要采取哪一种？", TEXT,
               "提纲贰：", "一、成效如何？", TEXT, "二、观感如何？", TEXT),
        [(1, "提纲壹："), (2, "一、"), (2, "二、"), (1, "提纲贰："), (2, "一、"), (2, "二、")],
    ),
    (
        "a-part-label-in-traditional-characters",
        _lines("張某律師：主席、各位委員。我直接進入提綱說明如下：", "提綱壹：", "一、我國是否要採取這項制度？",
               TEXT, "二、要採取哪一種？", TEXT, "提綱貳：", "一、成效如何？", TEXT, "二、觀感如何？", TEXT),
        [(1, "提綱壹："), (2, "一、"), (2, "二、"), (1, "提綱貳："), (2, "一、"), (2, "二、")],
    ),
    (
        "a-topic-label-without-a-colon",
        _lines("同志们：", TEXT, "专题一", "一、学习的情况", TEXT, "二、存在的问题", TEXT,
               "专题二", "一、下一步的打算", TEXT, "二、几点要求", TEXT),
        [(1, "专题一"), (2, "一、"), (2, "二、"), (1, "专题二"), (2, "一、"), (2, "二、")],
    ),
    (
        # (trap) the label with a sentence after it is a paragraph of text, not a part's line
        "trap-a-label-opening-a-sentence",
        _lines(OPEN, "提纲一：我们先讲来历。", TEXT, "一、我国是否要采取这项制度？", TEXT,
               "二、要采取哪一种？", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) labels listed in a sentence
        "trap-labels-listed-in-a-sentence",
        _lines("同志们：", "专题一、专题二和专题三都已学完，" + TEXT, "一、学习的情况", TEXT, "二、存在的问题",
               TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) a word that names no part, with a numeral and a colon alone on its line
        "trap-a-day-of-the-week-is-no-part",
        _lines("同志们：", TEXT, "星期一：", "一、学习的情况", TEXT, "二、存在的问题", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) the label word without a numeral
        "trap-a-label-word-without-a-numeral",
        _lines(OPEN, "提纲：", "一、我国是否要采取这项制度？", TEXT, "二、要采取哪一种？", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in PART_LABELS], ids=[row[0] for row in PART_LABELS]
)
def test_part_labels(text: str, outline: list[tuple[int, str]]) -> None:
    assert _outline(text) == outline


# --- a spoken series that changes shape (u03 第一，… | 第二點， | 第三是) ----------------------------

SHAPES = [
    (
        "the-first-inline-then-a-point-then-a-copula",
        _lines("某某检察官：主席、各位委员。我简单整理三个重点，第一，" + TEXT, TEXT, "第二点，" + TEXT, TEXT,
               "第三是关于人力的问题，" + TEXT, TEXT),
        [(1, "第二点，"), (1, "第三是")],
    ),
    (
        # (also before the rule: the two shapes each at a paragraph's start; kept so it stays)
        "points-and-copulas-at-paragraph-starts",
        _lines("同志们：", TEXT, "第一点，" + TEXT, "第二是要抓好落实，" + TEXT, "第三点，" + TEXT),
        [(1, "第一点，"), (1, "第二是"), (1, "第三点，")],
    ),
    (
        # (trap) a series said in one shape keeps it: 第二是 after 第一是 is no change of shape
        "trap-copulas-all-through",
        _lines("同志们：", TEXT, "第一是提高认识，" + TEXT, "第二是加强领导，" + TEXT, "第三是狠抓落实，" + TEXT),
        [(1, "第一是"), (1, "第二是"), (1, "第三是")],
    ),
    (
        # (trap) a 第二是 whose number does not step on from the 第N点 before it: a list of
        # its own (首先是… | 第二是…), not the points of the first question going on
        "trap-a-copula-that-does-not-step-on",
        _lines("同志们：", TEXT, "第一个问题，" + TEXT, "第一点，" + TEXT, "第二点，" + TEXT,
               "第二个问题，" + TEXT, "首先是形势的变化。" + TEXT, "第二是由于经验不够，" + TEXT, TEXT),
        [(1, "第一个问题，"), (2, "第一点，"), (2, "第二点，"), (1, "第二个问题，")],
    ),
    (
        # (trap) the points of a question stay under it: 问题 is a unit of its own
        "trap-points-under-questions",
        _lines("同志们：", TEXT, "第一个问题，" + TEXT, "第一点，" + TEXT, "第二是，" + TEXT,
               "第二个问题，" + TEXT, "第一点，" + TEXT, "第二点，" + TEXT),
        [(1, "第一个问题，"), (2, "第一点，"), (2, "第二是，"), (1, "第二个问题，"), (2, "第一点，"),
         (2, "第二点，")],
    ),
    (
        # (trap) 第二点 and 第三是 inside a paragraph: no heading
        "trap-ordinals-inside-a-paragraph",
        _lines("同志们：", "我讲三点，第一，" + TEXT + "第二点，" + TEXT + "第三是，" + TEXT, TEXT),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in SHAPES], ids=[row[0] for row in SHAPES]
)
def test_series_changing_shape(text: str, outline: list[tuple[int, str]]) -> None:
    assert _outline(text) == outline


# --- a sequence word cut from its comma (u02 首先 | <!--more--> | ，我是…) ----------------------

CUT_WORDS = [
    # (id, text, path, outline)
    (
        "a-blog-cut-between-the-word-and-its-comma",
        _lines("# 在教师节大会上的发言", "", TEXT, "", "首先", "<!--more-->", "，我是学校的一名学生，" + TEXT,
               "", "其次，" + TEXT, "", "第三，" + TEXT),
        "a.md",
        [(1, "首先，"), (1, "其次，"), (1, "第三，")],
    ),
    (
        "a-line-break-between-the-word-and-its-comma",
        _lines("同志们：", TEXT, "首先", "，我们要" + TEXT, "其次，" + TEXT, "最后，" + TEXT),
        "",
        [(1, "首先，"), (1, "其次，"), (1, "最后，")],
    ),
    (
        "a-page-number-between-the-word-and-its-comma",
        _lines("同志们：", TEXT, "首先", "- 2 -", "，我们要" + TEXT, "其次，" + TEXT, "最后，" + TEXT),
        "",
        [(1, "首先，"), (1, "其次，"), (1, "最后，")],
    ),
    (
        # (trap) the word alone over a line that does not go on with a comma
        "trap-a-word-alone-over-a-sentence",
        _lines("同志们：", TEXT, "首先", "我们要" + TEXT, "其次，" + TEXT, TEXT),
        "",
        [],
    ),
    (
        # (trap) a longer line: the word opens a phrase, not a marker
        "trap-a-longer-line-is-no-word-alone",
        _lines("同志们：", TEXT, "首先要做的", "，是学习。" + TEXT, "其次，" + TEXT, TEXT),
        "",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "path", "outline"), [row[1:] for row in CUT_WORDS], ids=[row[0] for row in CUT_WORDS]
)
def test_words_cut_from_their_comma(text: str, path: str, outline: list[tuple[int, str]]) -> None:
    assert _outline(text, path) == outline


# --- 其次 run into its sentence (u08 首先，在人才培养方面… | 其次在科学研究方面…) ------------------------

RUN_IN = [
    (
        "a-second-with-no-comma",
        _lines("同志们：", TEXT, "首先，在人才培养方面，" + TEXT, "其次在科学研究方面，" + TEXT, TEXT),
        [(1, "首先，"), (1, "其次")],
    ),
    (
        # (trap) no 首先 before it: no series
        "trap-a-second-alone",
        _lines("同志们：", TEXT, "其次在科学研究方面，" + TEXT, TEXT),
        [],
    ),
    (
        # (trap) 其次的… is "the lesser …", not the second item
        "trap-the-lesser",
        _lines("同志们：", TEXT, "首先，在人才培养方面，" + TEXT, "其次的问题也要看到，" + TEXT, TEXT),
        [],
    ),
    (
        # (trap) 再次感谢… (once more) opens a closing paragraph: no item, with or without a comma
        "trap-once-more",
        _lines("同志们：", TEXT, "首先，在人才培养方面，" + TEXT, "再次感谢大家，" + TEXT),
        [],
    ),
    (
        # (trap) inside a paragraph
        "trap-inside-a-paragraph",
        _lines("同志们：", "首先，在人才培养方面，" + TEXT + "其次在科学研究方面，" + TEXT, TEXT),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in RUN_IN], ids=[row[0] for row in RUN_IN]
)
def test_second_run_in(text: str, outline: list[tuple[int, str]]) -> None:
    assert _outline(text) == outline
