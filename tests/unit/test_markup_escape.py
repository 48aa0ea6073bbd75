"""``tui.widgets.safelabel.markup``: text from files given to Textual as markup (the palette's
help line) reads back as the text, made safe, whatever brackets it holds — a tag cut short by
"…" included (Textual's own ``escape`` left ``[/r…`` unescaped, and the palette's worker
failed on it)."""

from __future__ import annotations

import pytest
from textual.content import Content

from tui.base.safetext import safe_text
from tui.widgets.safelabel import markup


@pytest.mark.parametrize(
    "text",
    [
        "一、第一部分[red]营商[/r…",  # a closing tag cut short
        "contents：[/r",  # the same at the end
        "[/]",  # Textual's auto-closing tag
        "讲话[b",  # an opening bracket with no end
        "x[/red]y",
        "[@click=app.quit]",  # an action link
        "back\\[red]x",  # a backslash before a bracket
        "结尾\\",  # a backslash at the end
        "名字\x1b[31m红\x07",  # control characters: made visible by safe_text
    ],
)
def test_markup_reads_back_as_the_safe_text(text: str) -> None:
    assert Content.from_markup(markup(text)).plain == safe_text(text)
