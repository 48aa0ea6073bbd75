"""Marks the engine looks for in the whole text before it looks for them line by line
(``lines.segment_lines``: a converter's ``<U+00A0>``, a Markdown link's ``](``, a code fence's
``````` or ``~~~``): a text holding one is cleaned as if every line were searched (perf22
looks for one character of each first; these fail if a test lets such a text through)."""

from __future__ import annotations

import pytest

from tui.engine import parse_text

BODY = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _texts(text: str, path: str = "x.txt") -> list[str]:
    return [p.text for p in parse_text(text, path).paragraphs]


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("<U+00A0><U+00A0><U+00A0><U+00A0>" + BODY, BODY),  # a space written out
        ("<U+3000><U+3000>" + BODY, BODY),
        ("详见[通知原文](http://example.cn/a.html)。" + BODY, "详见通知原文。" + BODY),
        ("![图片](http://example.cn/a.png)" + BODY, BODY),
    ],
)
def test_a_mark_anywhere_in_the_text_is_cleaned(line: str, shown: str) -> None:
    assert _texts(f"{BODY}\n\n{line}\n\n{BODY}\n")[1] == shown


@pytest.mark.parametrize("fence", ["```", "~~~"])
def test_a_hash_line_inside_a_code_fence_is_no_heading(fence: str) -> None:
    text = f"# 总标题\n\n## 一、正文\n\n{BODY}\n\n{fence}\n## 代码注释\n{fence}\n\n{BODY}\n"
    document = parse_text(text, "x.md")
    titles = [heading.title for speech in document.speeches for heading in speech.headings]
    assert "代码注释" not in titles and any("正文" in title for title in titles)
