"""The tail of a number a hard wrap cut is no heading (tui.engine.markers; issue #14,
engine36): holdout20 h01/h10 under ``--mess wrap`` and ``pdf`` — a link's address broken over
lines (…LP=9677 | 7)）。, …/65093 | 6)。) left a line opening with 7) or 6) right before a
closing bracket or a sentence's end, taken for a level-1 heading that pushed every ## section
a level down.

The first rows failed on the engine before the change; the trap rows pass on both and would
catch a looser rule (every 1) with little after it refused)."""

from __future__ import annotations

import pytest

from tui.engine.markers import match_marker
from tui.engine.parse import parse_text

BODY = "今天，这门语言仍然是最具有统治力的编程语言，长期占据排行榜的首位，拥有庞大的开发者群体。"


@pytest.mark.parametrize("text", ["7)）。", "6)。", "12.）", "3）」", "5)；"])
def test_a_number_s_tail_is_no_marker(text: str) -> None:
    assert match_marker(text) is None


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("6)", "6)"),  # a marker alone on its line, its title on the next
        ("1)引言", "1)"),
        ("1.总体要求", "1."),
        ("1、加强领导。", "1、"),
        ("3)“三个转变”", "3)"),  # an opening quote after it: a title in quotes
        ("（一）、加强领导", "（一）"),  # (other families keep what follows them)
    ],
)
def test_markers_with_little_after_them_stay_markers(text: str, marker: str) -> None:
    found = match_marker(text)
    assert found is not None and found.text == marker


def test_a_wrapped_link_s_tail_leaves_the_outline_as_it_is() -> None:
    text = (
        "# 主题演讲：语言的危与机\n\n"
        f"{BODY}（[数据来自 Oracle 的 W\nebCast](https://go.oracle.com/LP=9677\n7)）。\n\n"
        f"## 语言的危机\n\n{BODY}\n\n## 语言的变革\n\n{BODY}\n"
    )
    (speech,) = parse_text(text, "x.md").speeches
    assert [(h.level, h.marker + h.title) for h in speech.headings] == [
        (1, "语言的危机"),
        (1, "语言的变革"),
    ]


# --- a page's links to its other pages, cut into pieces by a PDF (regression b23 --as pdf) -----


@pytest.mark.parametrize(
    "text",
    [
        "上一页 1 2 3 4 下一页\n",
        "上一页  1\n2   3\n4   下一页\n",
        '4   下一页function turnpage(page){ document.all("div_currpage")\n',
    ],
)
def test_page_links_are_noise_not_headings(text: str) -> None:
    body = f"各位代表：\n{BODY}\n1 坚持稳中求进\n{BODY}\n2 扩大内需\n{BODY}\n"
    document = parse_text(f"政府工作报告\n{body}{text}{BODY}\n")
    (speech,) = document.speeches
    assert [h.marker + h.title for h in speech.headings] == ["1 坚持稳中求进", "2 扩大内需"]
    last_lines = text.rstrip("\n").split("\n")
    assert all(p.kind.name == "NOISE" for p in document.paragraphs if p.text.strip() in last_lines)


@pytest.mark.parametrize(
    "line", ["下一页，我们来看数据。", "下一页我们来看数据。", "上一页讲到了这个问题。"]
)
def test_a_sentence_about_a_slide_stays_text(line: str) -> None:
    document = parse_text(f"在全市工作会议上的讲话\n同志们：\n{BODY}\n{line}\n{BODY}\n")
    assert any(p.text == line and p.kind.name == "BODY" for p in document.paragraphs)


def test_a_long_run_of_digits_is_read_at_once() -> None:
    # (the page-link rule takes the numbers before 下一页 one run at a time, spaces between: a
    # pattern that let a run of digits split anywhere took seconds at 25 digits, years at 60)
    from tui.engine.noise import is_noise_text

    assert not is_noise_text("1" * 60 + "x")
    assert not is_noise_text("1 " * 60 + "x")
