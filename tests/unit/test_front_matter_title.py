"""A Markdown file's front matter is metadata: the speech's title is the text's own title
line, else the front matter's ``title:`` value, cleaned (``formats.front_matter_title``).
A lone ``title: 某某讲话`` line heading the file stood as the title itself, key and all, and
a YAML block of one key left the speech untitled, named by its first words (newuser26)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui.engine import load_document
from tui.formats import front_matter_title

TITLE = "在全省营商环境大会上的讲话"
BODY = (
    "同志们：\n\n今天我们召开大会，主要任务是部署营商环境工作。\n\n"
    "一、充分认识优化营商环境的重要意义\n\n营商环境是企业生存发展的土壤。\n"
)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (f"title: {TITLE}\n\n", 1),  # a lone line: its value is the title, on its line
        (f'title: "{TITLE}"\n\n', 1),
        (f"---\ntitle: {TITLE}\n---\n\n", 5),  # a block of one key: metadata, titled by it
        (f"---\ntitle: '{TITLE}'\ndate: 2024-03-05\n---\n\n", 6),
        (f"---\ntitle: 四川农业大学->{TITLE} | sicau.com.cn\n---\n\n", 5),  # a crawler's
        (f"title: {TITLE}\n\n# {TITLE}\n\n", 3),  # the text's own title follows
        (f"---\ntitle: 会议材料\n---\n\n# {TITLE}\n\n", 5),  # the text's own title wins
    ],
)
def test_the_speech_is_titled_by_its_text_or_its_front_matter(
    tmp_path: Path, head: str, line: int
) -> None:
    path = tmp_path / "讲话.md"
    path.write_text(head + BODY, encoding="utf-8")
    [speech] = load_document(path).speeches
    assert (speech.title, speech.line) == (TITLE, line)


def test_a_lone_title_line_keeps_the_line_numbers() -> None:
    text = f"title: {TITLE}\n\n{BODY}"
    kept, title = front_matter_title(text, "讲话.md")
    assert title == TITLE
    assert kept.split("\n") == [TITLE, *text.split("\n")[1:]]


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # no front matter
        f"标题：{TITLE}\n\n{BODY}",  # a line of text, not a key
        f"title: 讲话\n\n{BODY}",  # the file's own name: no title
        f"---\ndate: 2024-03-05\n---\n\n{BODY}",  # no title: key
    ],
)
def test_no_title_named(text: str) -> None:
    assert front_matter_title(text, "讲话.md") == (text, None)
