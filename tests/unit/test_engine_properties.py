"""Property-based tests of the engine: random and mutated speech text never breaks it.

Whatever the text, ``parse_text`` must not raise; headings come in source order; every
heading's line lies inside its speech's line range; paragraphs keep source order and their
sentences cover their text.
"""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.engine import Document, Kind, parse_text
from tui.paths import bundled_corpus_dir

PIECES = [
    "同志们：",
    "各位代表：",
    "谢谢大家！",
    "在全市工作会议上的讲话",
    "（2022年1月1日）",
    "一、",
    "二、",
    "三、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "一是",
    "二是",
    "(三)",
    "一要",
    "二要",
    "第一，",
    "第二，",
    "首先，",
    "其次，",
    "最后，",
    "第一部分",
    "五、六十",
    "8.36",
    "2022年，",
    "——",
    "办公室课堂",
    "（说明：仅供学习）",
    "> ",
    "# ",
    "\u3000\u3000",
    " ",
    "\u00a0",
    "\u2028",
    "\u2002",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "。",
    "！",
    "？",
    "；",
    "……",
    "“",
    "”",
    "《",
    "》",
    "，",
    "、",
    "：",
    "营商环境",
    "高质量发展",
    "坚持问题导向",
    "要",
    "的",
    "是",
    "抓落实",
    "x",
    "*",
    # issue 14's families and framing
    "第一点，",
    "第二个问题，",
    "第二是，",
    "第一以",
    "一 ",
    "一\u3000",
    "1 ",
    "甲．",
    "**",
    "*",
    "## ",
    "引言",
    "结论",
    "一 一月十八日的讲话",
    "壬申十月在厦门讲",
    "第240章 ",
    "（一九五六年四月二十五日）",
    "各位代表！",
    "注释",
    "注　释",
    "〔1〕",
    "[2]",
    "①",
    "来源：新华社",
    "抄送：",
    "网友评论",
    "张三 2019-05-06 12:30：",
    "以下是演讲全文：",
    "<U+00A0>",
    "    ",
    "www.example.com",
]


@cache
def _corpus_texts() -> tuple[str, ...]:
    return tuple(path.read_text("utf-8") for path in sorted(bundled_corpus_dir().glob("*.txt")))


def check_invariants(document: Document) -> None:
    lines = [p.line for p in document.paragraphs]
    assert lines == sorted(lines)
    for paragraph in document.paragraphs:
        assert paragraph.line <= paragraph.end_line <= document.line_count
        assert paragraph.text
        if paragraph.kind is Kind.BACK_MATTER:
            assert paragraph.speech is None and paragraph.heading is None
        if paragraph.sentences:
            assert (
                "".join(paragraph.text[s.start : s.end] for s in paragraph.sentences)
                == paragraph.text
            )
    previous_line = 0
    for number, speech in enumerate(document.speeches):
        assert speech.index == number
        assert speech.title is None or speech.title.strip(), "a title is None or has words"
        assert speech.line <= speech.end_line
        assert 0 <= speech.first < speech.end <= len(document.paragraphs)
        for heading in speech.headings:
            assert heading.line >= previous_line, "headings out of source order"
            previous_line = heading.line
            assert speech.line <= heading.line <= speech.end_line
            assert speech.first <= heading.paragraph < speech.end
            assert document.paragraphs[heading.paragraph].kind is Kind.HEADING
            assert heading.level >= 1
        levels = [h.level for h in speech.headings]
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, "a level may only deepen one step at a time"
        if levels:
            assert levels[0] == 1


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=120))
def test_random_speech_pieces(pieces: list[str]) -> None:
    check_invariants(parse_text("".join(pieces)))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=0, max_value=4),
    st.lists(
        st.tuples(
            st.sampled_from(["delete", "insert", "newline", "join"]),
            st.floats(min_value=0, max_value=1),
            st.sampled_from(PIECES),
        ),
        max_size=25,
    ),
)
def test_mutated_corpus_files(which: int, edits: list[tuple[str, float, str]]) -> None:
    text = _corpus_texts()[which % len(_corpus_texts())]
    for action, where, piece in edits:
        at = int(where * len(text))
        if action == "delete":
            text = text[:at] + text[at + 1 + len(piece) :]
        elif action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "newline":
            text = text[:at] + "\n" + text[at:]
        else:
            newline = text.find("\n", at)
            if newline >= 0:
                text = text[:newline] + text[newline + 1 :]
    check_invariants(parse_text(text))


def test_corpus_files_hold_the_invariants() -> None:
    for text in _corpus_texts():
        check_invariants(parse_text(text))
