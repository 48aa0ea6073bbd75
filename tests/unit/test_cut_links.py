"""Markdown links and images a hard wrap cut over lines (``tui/engine/cutlinks.py``): found by
the mess check (``--mess wrap``, holdout20's talks saved from a blog, ``tests/regression/MESS.md``).
Each trap fails without ``rejoin_cut_links``; the near misses pass with it and without it."""

from __future__ import annotations

from tests.regression.mess import wrap_line
from tests.unit.test_outline_traps import FILLER, _flat, hard_wrapped
from tui.engine.cutlinks import rejoin_cut_links

IMAGE = (
    "![现场图](https://cdn.nlark.com/yuque/0/2018/png/156645/"
    "1543544969503-0a284b24-0a6f-4ff2-9706-093c0cc5cf6b.png)"
)
LINK = (
    "[下载地址](https://gw.alipayobjects.com/os/basement_prod/"
    "75207926-cfd2-4543-839d-eebd301ca33f.pdf)"
)


def _cut(line: str, width: int = 38) -> str:
    """``line`` broken every ``width`` characters, as a PDF's text layer (``--mess wrap``)."""
    return "\n".join(wrap_line(line, width))


def _talk(*tail: str) -> str:
    """A Markdown talk of two numbered sections, hard-wrapped at 38, an image cut over lines in
    the first, then ``tail``."""
    body = hard_wrapped(FILLER * 3, width=38)
    return "\n".join(
        ["# 数据平面的演进", "", "## 一、背景", "", body, _cut(IMAGE), "", "## 二、实践", "", body]
        + list(tail)
    )


def test_a_download_head_over_a_cut_link_is_back_matter() -> None:
    """## PPT 下载 | [下载地址](https://gw.a | lipayobjects.com/… | ….pdf): the link cut over three
    lines was read as three lines of text under the head, which made it a section; with the link
    whole on its line the head is the talk's back matter, as in the unwrapped file."""
    text = _talk("## PPT 下载", "", _cut(LINK), "", _cut(IMAGE), "")
    assert _flat(text) == [(1, "一、背景"), (1, "二、实践")]


def test_a_link_inside_a_paragraph_stays_in_its_paragraph() -> None:
    """Near miss: a link cut inside a paragraph's text (its address with brackets of its own,
    …Thread_(computing)#M:N_(hybrid_threading)>)，请注意…) is left to the re-flow: no line is
    emptied inside the paragraph, and the address's #M:N_… piece is no heading."""
    sentence = (
        FILLER + "项目的目标是让 Java 支持额外的[N:M 线程模型](<https://en.wikipedia.org/wiki/"
        "Thread_(computing)#M:N_(hybrid_threading)>)，请注意是“额外支持”。" + FILLER
    )
    text = _talk(hard_wrapped(sentence, width=38))
    assert _flat(text) == [(1, "一、背景"), (1, "二、实践")]
    lines = text.split("\n")
    assert rejoin_cut_links(lines)[-8:] == lines[-8:]


def test_a_cut_image_line_is_put_back_on_its_first_line() -> None:
    lines = ["正文。", "", *_cut(IMAGE).split("\n"), "", "下文。"]
    got = rejoin_cut_links(lines)
    assert got[2] == IMAGE
    assert got[3:-2] == [""] * (len(lines) - 5)
    assert got[-2:] == ["", "下文。"]


def test_a_link_cut_in_its_words_is_put_back_too() -> None:
    """**SOFAStack 文档:** [http://www. | sofastack.tech/](http://www.sof | astack.tech/)."""
    lines = [
        "**SOFAStack 文档:**  [http://www.",
        "sofastack.tech/](http://www.sof",
        "astack.tech/)",
    ]
    assert rejoin_cut_links(lines) == [
        "**SOFAStack 文档:**  [http://www.sofastack.tech/](http://www.sofastack.tech/)",
        "",
        "",
    ]


def test_lines_with_no_cut_link_are_the_same_list() -> None:
    """Near miss: whole links, a [1] note mark at a line's end, a bracket with words after it."""
    lines = [
        IMAGE,
        "见注释[1",
        "]。",
        "[下载地址](https://a.b/c.pdf)",
        "一个[括号 | 里有空格](x y)",
    ]
    assert rejoin_cut_links(lines) is lines
