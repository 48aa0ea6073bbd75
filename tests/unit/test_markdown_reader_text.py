"""What the reader shows of a Markdown file's lists and italics (docs/headings.md §1).

A bulleted list item (``- ``, ``* ``, ``+ ``) keeps a bullet before its text, as Markdown
renders it; an ordered item keeps its number; ``*斜体*`` / ``_斜体_`` lose their marks, as
``**粗体**`` does. Plain-text files are read as they are. None of it changes the outline.
"""

from __future__ import annotations

import pytest

from tui.engine import Kind, parse_text

BODY = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"

LIST = f"# 总标题\n\n要点如下：\n\n- 第一项内容\n* 第二项内容\n+ 第三项内容\n\n{BODY}\n"


def _texts(text: str, path: str) -> list[str]:
    return [p.text for p in parse_text(text, path).paragraphs]


def test_bulleted_items_keep_a_bullet_in_markdown() -> None:
    texts = _texts(LIST, "x.md")
    assert texts[2:5] == ["• 第一项内容", "• 第二项内容", "• 第三项内容"]
    assert texts[1] == "要点如下："  # (no bullet where there was none)
    assert texts[5] == BODY


def test_bulleted_items_of_a_plain_text_file_are_read_as_before() -> None:
    texts = _texts(LIST, "x.txt")
    assert texts[2:5] == ["第一项内容", "第二项内容", "第三项内容"]


def test_ordered_items_keep_their_numbers() -> None:
    texts = _texts(f"# 总标题\n\n{BODY}\n\n1. 数字项\n2. 数字项二\n\n{BODY}\n", "x.md")
    assert "1. 数字项" in texts and "2. 数字项二" in texts


def test_each_bulleted_item_is_a_paragraph_of_its_own() -> None:
    # Items with no closing mark are not one sentence run over three lines: a list item
    # starts a block in Markdown.
    text = "# 总标题\n\n要点如下：\n\n- 第一项内容，提高认识\n- 第二项内容，加强领导\n* 第三项，_落实_\n"
    texts = _texts(text, "x.md")
    assert texts[2:] == ["• 第一项内容，提高认识", "• 第二项内容，加强领导", "• 第三项，落实"]


def test_a_wrapped_bulleted_item_keeps_one_bullet() -> None:
    texts = _texts(
        "# 总标题\n\n安排如下：\n\n- 第一项内容，很长的一句\n  接着上一行写完。\n", "x.md"
    )
    assert texts[2] == "• 第一项内容，很长的一句接着上一行写完。"


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("这是*斜体*的字。", "这是斜体的字。"),
        ("这是_斜体_的字。", "这是斜体的字。"),
        ("这是 _斜体_ 的字。", "这是 斜体 的字。"),
        ("***又粗又斜***的字。", "又粗又斜的字。"),
        ("这是*斜体*和**粗体**。", "这是斜体和粗体。"),
        ("变量 snake_case_name 照样。", "变量 snake_case_name 照样。"),
        ("乘号 3 * 4 * 5 照样。", "乘号 3 * 4 * 5 照样。"),
        ("转义的 \\*星号\\* 照样。", "转义的 \\*星号\\* 照样。"),
        ("只有一个*星号照样。", "只有一个*星号照样。"),
    ],
)
def test_markdown_italics_lose_their_marks(source: str, shown: str) -> None:
    texts = _texts(f"# 总标题\n\n{BODY}\n\n{source}\n", "x.md")
    assert texts[2] == shown


def test_plain_text_keeps_its_asterisks() -> None:
    # 20*年*月 placeholders and footnote stars in a .txt are characters, not Markdown.
    texts = _texts(f"{BODY}\n\n会议于20*年*月召开。\n", "x.txt")
    assert texts[1] == "会议于20*年*月召开。"


def test_an_italic_heading_title_loses_its_marks() -> None:
    document = parse_text(
        f"# 总标题\n\n## 一、*坚持*稳中求进\n\n{BODY}\n\n## 二、深化改革\n\n{BODY}\n", "x.md"
    )
    titles = [h.marker + h.title for s in document.speeches for h in s.headings]
    assert titles == ["一、坚持稳中求进", "二、深化改革"]


def test_bulleted_headings_show_their_marker_not_a_bullet() -> None:
    # Bulleted items that each lead their own text are headings (docs/headings.md §3).
    text = (
        f"# 总标题\n\n- 第一点，提高认识。\n\n{BODY}\n\n{BODY}\n\n"
        f"- 第二点，加强领导。\n\n{BODY}\n\n{BODY}\n"
    )
    document = parse_text(text, "x.md")
    headings = [p for p in document.paragraphs if p.kind is Kind.HEADING]
    assert [p.text[:3] for p in headings] == ["第一点", "第二点"]
    outline = [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]
    plain = parse_text(text, "x.txt")
    assert outline == [(h.level, h.marker + h.title) for s in plain.speeches for h in s.headings]
