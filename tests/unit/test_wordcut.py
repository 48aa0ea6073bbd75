"""Where text may be cut: one rule (``wordcut.splits_word``) for a search snippet's context,
a label shortened on screen and a heading cut in a section path.

Two copies of it disagreed before: ``treestyle.word_start`` (labels, section titles) and
``match._inside`` (snippets). The rows marked "labels" cut inside the word before, the rows
marked "snippets" cut inside it in a snippet; each is one word now, because each is one
word to a reader (``Müller``, ``13.9%`` and ``1,000`` say something else cut; ``news.cn``
and ``U.S`` are one name).
"""

from __future__ import annotations

import pytest
from rich.text import Text

from tui.engine.match import boundary_near, quarter_left, snippet_of
from tui.engine.quotes import cut_title
from tui.engine.wordcut import splits_word, word_start
from tui.widgets.treestyle import cut_to_cells

# (text, where a cut is tried, whether it splits a word)
SPLITS = [
    ("在全市2022年", 4, True),  # digits
    ("COVID-19疫情", 6, True),  # hyphen between a letter and a digit
    ("COVID-19疫情", 5, True),
    ("COVID-19疫情", 8, False),  # beside a Chinese character
    ("讲话稿", 1, False),
    ("don't", 3, True),
    ("don’t", 3, True),  # labels: a curly apostrophe
    ("self‐reliance", 5, True),  # labels: U+2010 hyphen
    ("对Müller说", 3, True),  # labels: a letter outside ASCII
    ("Москва会议", 2, True),  # labels
    ("增长13.9%，", 6, True),  # labels: a percent sign after its number
    ("增长１３％，", 4, True),
    ("共1,000人", 2, True),  # labels: a comma between digits
    ("共1,000人", 3, True),
    ("甲,乙", 1, False),  # a comma between words is no part of them
    ("a,b", 1, False),
    ("见news.cn网", 5, True),  # snippets: a point between letters
    ("美U.S.政策", 3, True),  # snippets
    ("美U.S.政策", 5, False),  # the point after the last letter ends the word
    ("增长８．３６个", 3, True),  # snippets: a full-width point between digits
    ("8.36", 1, True),
    ("e\u0301", 1, True),  # labels: a combining mark after its letter
    ("👍\u200d", 1, True),
    ("", 0, False),
    ("ab", 0, False),
    ("ab", 2, False),
]


@pytest.mark.parametrize(("text", "at", "splits"), SPLITS, ids=[f"{t}@{a}" for t, a, _ in SPLITS])
def test_a_cut_splits_a_word_a_number_or_a_character(text: str, at: int, splits: bool) -> None:
    assert splits_word(text, at) is splits


@pytest.mark.parametrize(
    ("text", "cut", "start"),
    [
        ("在全市 2022 年", 6, 4),
        ("对 Müller 说", 4, 2),  # labels: cut at 3 before ("对 M")
        ("增长 13.9% 以上", 7, 3),  # labels: cut at 7 before ("增长 13.9")
        ("共 1,000 人", 4, 2),  # labels: cut at 3 before ("共 1,")
        ("见 news.cn 网", 5, 2),  # snippets cut inside
        ("2022", 2, 2),  # the word is all there is: cut inside it
        ("   2022", 5, 5),  # (blank before it counts as nothing)
        ("讲话稿", 2, 2),
    ],
)
def test_a_cut_moves_to_the_start_of_the_word_it_splits(text: str, cut: int, start: int) -> None:
    assert word_start(text, cut) == start


@pytest.mark.parametrize(
    ("label", "cells", "shown"),
    [
        ("对 Müller 说的话", 7, "对…"),  # labels: "对 Mü…"
        ("增长 13.9% 以上", 10, "增长…"),  # labels: "增长 13.9…"
        ("共 1,000 人参加", 6, "共…"),  # labels: "共 1,…"
        ("见 news.cn 网", 7, "见…"),
        ("讲话稿精选汇编", 7, "讲话稿…"),
        # only an icon or marks before the word: nothing is left, cut inside it
        ("📄 cmse-press-conference.html", 12, "📄 cmse-pre…"),  # was "📄…"
        ("（ nuclear-explain-p1.docx", 12, "（ nuclear-…"),  # was "（…"
        ("讲 nuclear-explain-p1.docx", 12, "讲…"),  # a character is left: go back
        # "_" joins a file name's parts: the tree showed "📄 r01_…" with most of its room left
        ("📄 r01_caiqingxiang_2020_fawubu.txt", 16, "📄 r01_caiqingx…"),
        # a colon, comma or opening mark left last points to nothing (newuser24 F15: an
        # untitled speech's root read "t01_shenzhen_zfgzbg_2016：…")
        ("t01_shenzhen_2016：各位代表…", 20, "t01_shenzhen_2016…"),
        ("关于《监察法》的说明", 8, "关于…"),
        ("第一条，为了深化改革", 10, "第一条…"),
        ("：各位代表", 4, "：…"),  # nothing else left: kept
    ],
)
def test_a_label_is_cut_before_the_word(label: str, cells: int, shown: str) -> None:
    assert cut_to_cells(Text(label), cells).plain == shown


def test_a_snippet_keeps_a_dotted_name_and_a_full_width_number_whole() -> None:
    """Snippets cut "news.cn" after its point and "８．３６" after its point before."""
    text = "一二三四五六七八九十" * 2 + "见news.cn" + "甲乙丙丁" * 5 + "甲乙" + "店小二"
    start = text.index("店小二")  # 24 characters before it: "cn" and what follows
    snippet, _, _ = snippet_of(text, start, start + 3)
    assert snippet == "…" + "甲乙丙丁" * 5 + "甲乙店小二"
    text = "店小二" + "甲乙丙丁" * 5 + "增长８．３６个百分点"  # 24 after it: "增长８．"
    snippet, _, _ = snippet_of(text, 0, 3)
    assert snippet == "店小二" + "甲乙丙丁" * 5 + "增长…"


def test_a_comma_inside_a_number_ends_no_clause_of_a_snippet() -> None:
    """The context started after the comma of "912,345.678" (a clause end in its outer
    half), then skipped the rest of the number: "…点甲乙…" for "增长912,345.678点甲乙…"."""
    text = "一二三四五六七八九十" * 3 + "增长912,345.678点" + "甲乙丙丁" * 3 + "店小二"
    start = text.index("店小二")
    snippet, _, _ = snippet_of(text, start, start + 3)
    assert "增长912,345.678点" in snippet
    text = "店小二" + "甲乙丙丁" * 3 + "增长912,345.678点" + "一二三四五六七八九十" * 3
    snippet, _, _ = snippet_of(text, 0, 3)
    assert snippet == "店小二" + "甲乙丙丁" * 3 + "增长912,345.678点一二三…"  # (was "…增长…")
    # (a real clause end there still ends the snippet: 增长，…)
    text = "一二三四五六七八九十" * 3 + "增长，345678点" + "甲乙丙丁" * 3 + "店小二"
    start = text.index("店小二")
    assert snippet_of(text, start, start + 3)[0].startswith("…345678点")


def test_a_heading_in_a_section_path_is_cut_before_a_word() -> None:
    """``quotes.cut_title`` cut at 40 characters wherever they fell (its only screen, corpus
    search, had a copy with the word rule: ``cut_heading``, now this one)."""
    title = "二、抓好 ChatGPT、DeepSeek 等 large language model 应用"
    assert cut_title(title) == "二、抓好 ChatGPT、DeepSeek 等 large language…"
    chinese = "一、统一思想、提高认识，切实增强优化营商环境的责任感使命感紧迫感和使命担当的自觉性"
    assert cut_title(chinese) == chinese[:40] + "…"
    assert cut_title("讲话") == "讲话"


@pytest.mark.parametrize(
    ("text", "term", "shown"),
    [
        # newuser25: "…关程序要求（草案…" (相关 cut) — now from the opening bracket
        (
            "完善相关程序要求（草案第三十条至第三十二条）。三是明确监察机关和审计机关在各自职责范围内",
            "监察",
            "…（草案第三十条至第三十二条）。三是明确监察机关和审计机关在各自职责范围内",
        ),
        # no clause end in the context: it starts after 的 (…步加强… before: 进一步 cut)
        (
            "要求进一步加强和改进国家监察委员会的派驻监督工作推动全面从严治党向纵深发展",
            "从严治党",
            "…派驻监督工作推动全面从严治党向纵深发展",
        ),
        # and ends after 的 (…重要举… before)
        (
            "营商环境建设是全市上下认真学习贯彻党的二十大精神的重要举措和具体行动所在要求",
            "营商环境",
            "营商环境建设是全市上下认真学习贯彻党的二十大精神的…",
        ),
    ],
)
def test_a_snippet_is_not_cut_inside_a_chinese_word(text: str, term: str, shown: str) -> None:
    """A snippet whose context holds no clause end in its outer half starts or ends at a
    mark, 的 or a clause end nearer the match (``match.word_boundary``), not between any two
    characters: corpus search showed "…察委员会", "…认真学习贯…" (newuser25)."""
    start = text.index(term)
    snippet, s0, s1 = snippet_of(text, start, start + len(term))
    assert snippet == shown
    assert snippet[s0:s1] == term


@pytest.mark.parametrize(
    ("text", "cut", "limit", "moved"),
    [
        ("体力衰弱，全面发展", 7, 2, 5),  # back to the comma
        ("体力衰弱，全面发展", 7, 6, 7),  # the comma past the limit: where it falls
        ("体力衰弱，全面发展", 3, 6, 5),  # on to it (a snippet's start)
        ("体力衰弱的缘故", 6, 0, 5),  # after 的
    ],
)
def test_one_rule_moves_a_cut_to_the_nearest_boundary_within_its_limit(
    text: str, cut: int, limit: int, moved: int
) -> None:
    """Snippets and corpus-search rows cut to a pane back off to a word boundary by one
    function and one bound (newuser26: the rows had a rule of their own, a quarter of the
    room back from the cut, where a snippet keeps a quarter of its context)."""
    assert boundary_near(text, cut, limit) == moved


def test_the_bound_keeps_a_quarter_of_the_span_after_the_match() -> None:
    text = "学生" + "一二三四五六七八九十" * 2
    # 20 characters (40 cells) between the match's end and the cut: 10 cells kept.
    assert quarter_left(text, 2, 22) == 7
    assert quarter_left(text, 22, 2) == 17
