"""A ``<br>`` inside a saved web page's heading (``<h1>``-``<h6>``, a bold line): the heading
set on two lines is one heading line. It was cut in two, 一、充分认识 a heading and 重要意义 a
paragraph of body text; the ``<h1>`` title "在全市…大会上的 讲话" had a space inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import formats
from tui.engine import Kind, load_document

BODY = "<p>同志们：今天我们召开会议，主要任务是部署工作，大家要认真抓好落实。</p>"


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "网页讲话.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


def _lines(path: Path) -> list[str]:
    return [line.strip("\u3000") for line in formats.extract(path).text.split("\n")]


def test_a_break_in_a_heading_element_is_one_heading(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        f"<h1>在全市优化营商环境大会上的<br>讲话</h1>{BODY}"
        f"<h2>一、充分认识<br/>重要意义</h2>{BODY}<h2>二、Open<br>Economy 发展</h2>{BODY}",
    )
    lines = _lines(path)
    assert "在全市优化营商环境大会上的讲话" in lines, lines
    assert "## 一、充分认识重要意义" in lines, lines
    assert "## 二、Open Economy 发展" in lines, lines  # (a space between two words)
    document = load_document(path)
    assert document.speeches[0].title == "在全市优化营商环境大会上的讲话"
    headings = [p.text for p in document.paragraphs if p.kind is Kind.HEADING]
    assert headings[:2] == ["一、充分认识重要意义", "二、Open Economy 发展"], headings
    assert not any(p.text == "重要意义" for p in document.paragraphs)


def test_a_break_in_a_bold_heading_line_is_one_heading(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        f"<h1>讲话</h1>{BODY}<p><strong>一、抓好<br>\n落实</strong></p>{BODY}"
        f"<p><b>二、强化<br>保障</b></p>{BODY}",
    )
    headings = [p.text for p in load_document(path).paragraphs if p.kind is Kind.HEADING]
    assert headings == ["一、抓好落实", "二、强化保障"], headings
    # A subtitle, a date alone, and a bold run of sentences keep their lines.
    path = _page(
        tmp_path,
        "<h1>坚持高质量发展<br>——在全市工作会议上的讲话<br>2024年3月1日</h1>"
        f"{BODY}<p><strong>第一句话说完了。<br>第二句话</strong></p>{BODY}",
    )
    lines = _lines(path)
    for line in ("坚持高质量发展", "——在全市工作会议上的讲话", "2024年3月1日"):
        assert line in lines, lines
    assert "第一句话说完了。" in lines and "第二句话" in lines, lines
    # The page's title: no date glued to it (…上的讲话2024年3月1日).
    title = formats.extract(path).title or ""
    assert title.startswith("坚持高质量发展") and title.endswith("在全市工作会议上的讲话"), title


@pytest.mark.parametrize(
    "date",
    [
        "2024年3月1日",
        "（2024年3月1日）",
        "二〇二四年三月一日",
        "（二〇二四年三月二十一日）",
        "２０２４年３月１日",
    ],
)
def test_a_date_on_its_own_line_in_the_h1_is_no_part_of_the_title(
    tmp_path: Path, date: str
) -> None:
    """The date a heading sets on its own line, in digits or in Chinese numerals, in
    brackets or not, keeps its line and stays out of the page's title (二〇二四年三月一日
    was glued to it: …上的讲话 二〇二四年三月一日)."""
    path = _page(tmp_path, f"<h1>坚持高质量发展<br>——在全市工作会议上的讲话<br>{date}</h1>{BODY}")
    assert date in _lines(path)
    title = formats.extract(path).title or ""
    assert title.startswith("坚持高质量发展") and title.endswith("在全市工作会议上的讲话"), title
