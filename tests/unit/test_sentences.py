"""Sentence splitting: where sentences end, and that they always cover the text exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.model import Sentence
from tui.engine.sentences import split_sentences

# (id, text, expected sentences as text)
CASES: list[tuple[str, str, list[str]]] = [
    ("empty", "", []),
    ("one sentence", "我们要坚持稳中求进。", ["我们要坚持稳中求进。"]),
    ("full stop", "第一句。第二句。", ["第一句。", "第二句。"]),
    ("exclamation", "好！再来！", ["好！", "再来！"]),
    ("question", "为什么？因为要发展。", ["为什么？", "因为要发展。"]),
    (
        "semicolon",
        "一是抓落实；二是抓创新；三是抓队伍。",
        ["一是抓落实；", "二是抓创新；", "三是抓队伍。"],
    ),
    ("ascii marks", "Yes! Why? Because; so", ["Yes!", " Why?", " Because;", " so"]),
    ("halfwidth ideographic stop", "半角句号｡下一句", ["半角句号｡", "下一句"]),
    ("ellipsis pair", "等等……然后", ["等等……", "然后"]),
    ("single ellipsis", "等等…然后", ["等等…", "然后"]),
    ("midline ellipsis", "等等⋯⋯然后", ["等等⋯⋯", "然后"]),
    ("three dots", "wait... then", ["wait...", " then"]),
    ("many dots", "等等......然后", ["等等......", "然后"]),
    ("two dots are no end", "等等..然后", ["等等..然后"]),
    ("question exclamation", "真的吗？！是的。", ["真的吗？！", "是的。"]),
    ("double full stop", "完了。。下一句", ["完了。。", "下一句"]),
    ("ellipsis then stop", "还有很多……。下一句", ["还有很多……。", "下一句"]),
    ("ascii run", "What?!? ok", ["What?!?", " ok"]),
    ("closing quote", "他说：“要落实。”下一句", ["他说：“要落实。”", "下一句"]),
    ("exclamation quote", "大家喊：“好！”然后鼓掌。", ["大家喊：“好！”", "然后鼓掌。"]),
    ("ellipsis stop quote", "“还有……。”下一句", ["“还有……。”", "下一句"]),
    ("single quote", "‘对。’下一句", ["‘对。’", "下一句"]),
    ("corner brackets", "「好。」『行。』下", ["「好。」", "『行。』", "下"]),
    ("dot before parenthesis", "(see p.5.)下一句", ["(see p.5.)下一句"]),
    ("parenthesis after mark", "（见附件。）下一句。", ["（见附件。）", "下一句。"]),
    ("ascii parenthesis after mark", "(see below!) next", ["(see below!)", " next"]),
    ("quote then bracket", "（他说“好。”）下一句", ["（他说“好。”）", "下一句"]),
    ("lenticular and square", "【注意！】[ok?] 下", ["【注意！】", "[ok?]", " 下"]),
    ("closer then mark", "“好！”。下一句", ["“好！”。", "下一句"]),
    ("decimal", "增长8.36亿元。下一句", ["增长8.36亿元。", "下一句"]),
    ("decimals", "1.2万亩、3.5%和0.8个百分点。", ["1.2万亩、3.5%和0.8个百分点。"]),
    ("dot ends nothing", "Version 2.0. Next", ["Version 2.0. Next"]),
    ("dot then mark", "第1.项。下", ["第1.项。", "下"]),
    ("book title", "学习《论持久战。》很重要。下一句", ["学习《论持久战。》很重要。", "下一句"]),
    ("book title question", "《谁来养活中国？》一书。", ["《谁来养活中国？》一书。"]),
    ("book title ellipsis", "《从……到……》一文。下", ["《从……到……》一文。", "下"]),
    ("inner title", "《关于〈决定〉的说明。》全文。", ["《关于〈决定〉的说明。》全文。"]),
    ("unclosed book title", "《未闭合。下一句", ["《未闭合。", "下一句"]),
    ("title closed on the next line", "《上\n下。》后", ["《上\n下。》", "后"]),
    ("leading whitespace", "  第一句。  第二句。", ["  第一句。", "  第二句。"]),
    (
        "leading full-width spaces",
        "\u3000\u3000第一句。\u3000\u3000第二句",
        ["\u3000\u3000第一句。", "\u3000\u3000第二句"],
    ),
    ("trailing text", "第一句。没有句号的尾巴", ["第一句。", "没有句号的尾巴"]),
    ("no end mark", "没有句号", ["没有句号"]),
    ("trailing whitespace", "第一句。  ", ["第一句。  "]),
    ("only whitespace", "   ", ["   "]),
    ("starts with a mark", "。开头", ["。", "开头"]),
    ("only marks", "。！？", ["。！？"]),
    ("straight quotes closing", '他说："好。"然后走了。', ['他说："好。"', "然后走了。"]),
    ("straight quote opening", '好。"下一句。"', ["好。", '"下一句。"']),
    ("straight quotes twice", '"好。""坏。"', ['"好。"', '"坏。"']),
    ("newline inside", "第一行\n第二行。下", ["第一行\n第二行。", "下"]),
    # A terminal escape's leftovers once its ESC is taken out (decode.py): the ; inside them
    # ended a sentence, and y copied "[1;" alone (newuser22).
    (
        "escape leftovers",
        "[1;31m要坚持稳中求进[0m，推动发展。下一句。",
        ["[1;31m要坚持稳中求进[0m，推动发展。", "下一句。"],
    ),
    ("title escape leftover", "]0;title要优化营商环境。", ["]0;title要优化营商环境。"]),
    (
        "ascii semicolon before words",
        "居全省第2位;其中工业增长8%。",
        ["居全省第2位;", "其中工业增长8%。"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == expected
    _check_cover(text, sentences)


def test_returns_sentences() -> None:
    assert split_sentences("甲。乙") == (Sentence(0, 2), Sentence(2, 3))


def _check_cover(text: str, sentences: tuple[Sentence, ...]) -> None:
    """In order, non-empty, no gaps, no overlaps: joined they give back the text."""
    position = 0
    for sentence in sentences:
        assert sentence.start == position
        assert sentence.end > sentence.start
        position = sentence.end
    assert position == len(text)
    assert "".join(text[s.start : s.end] for s in sentences) == text


ALPHABET = [
    *"我们要坚持发展改革一二三年",
    *"。！？；…“”《》（）",
    *"0123456789.",
    *' \n\u3000!?;"’」)⋯',
]


@settings(deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_sentences_cover_the_text(text: str) -> None:
    sentences = split_sentences(text)
    _check_cover(text, sentences)
    assert bool(sentences) == bool(text)


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["发展", "8.36", "1.2万", "《书。》", "……", "...", "“好！”", "。", "？", " "]
        ),
        max_size=30,
    )
)
def test_no_split_inside_numbers_ellipses_or_titles(parts: list[str]) -> None:
    text = "".join(parts)
    cuts = {s.end for s in split_sentences(text)}
    _check_cover(text, split_sentences(text))
    position = 0
    for part in parts:
        # never inside a decimal, an ellipsis, a short book title or a quoted exclamation
        inner = set(range(position + 1, position + len(part)))
        if part not in {"。", "？", " "}:
            assert not cuts & inner, (text, part, position)
        position += len(part)
