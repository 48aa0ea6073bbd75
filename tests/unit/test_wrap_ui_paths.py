"""A path or a file name in a text of the interface breaks only after a ``/`` (ui152:
daily149 saw a notice at 60 columns in English break "notebook-3." | "md")."""

from __future__ import annotations

import pytest

from tui.engine.wrap import cell_width
from tui.widgets.wrapped import wrap_ui_text

PATH = "/home/daily/speeches/notebook-3.md"
TEXTS = {
    "en": f"5 quotes exported to {PATH}.",
    "zh": "已导出 5 条摘录到 /home/daily/讲话稿/摘录本-3.md。",
}


def _breaks(text: str, wrapped: str) -> list[int]:
    """Where ``wrapped`` broke ``text``: the index in ``text`` of each line's start."""
    breaks, i = [], 0
    for ch in wrapped:
        if ch == "\n":
            while text[i] == " ":
                i += 1  # the spaces a break hangs are dropped
            breaks.append(i)
            continue
        assert text[i] == ch
        i += 1
    return breaks


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("width", range(14, 61))
def test_a_path_breaks_only_after_a_slash(language: str, width: int) -> None:
    text = TEXTS[language]
    wrapped = wrap_ui_text(text, width)
    assert all(cell_width(line) <= width for line in wrapped.split("\n")), wrapped
    first, last = text.index("/"), text.index(".md") + 3
    inside = [b for b in _breaks(text, wrapped) if first < b < last]
    assert all(text[b - 1] == "/" for b in inside), wrapped.split("\n")


@pytest.mark.parametrize("width", [10, 11, 12])
def test_a_name_wider_than_the_line_is_not_cut_at_its_dot(width: int) -> None:
    lines = wrap_ui_text(f"to {PATH}", width).split("\n")
    assert "notebook-3.md" not in lines
    assert lines[-2:] == ["notebook-", "3.md"], lines
