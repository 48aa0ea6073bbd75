"""The status line names the open file by its name without the ending — and with it when a
file of the same name and another ending is beside it: 讲话.docx and 讲话.pdf (a speech kept
as Word and as PDF, a common pair) were both "讲话" there, the tree's highlight the only
hint which one was open, and at 80x24, where the tree is hidden, none (newuser28, seen in
tmux on a folder of 重庆讲话.docx/.pdf/.epub/...)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import SPEECH_FILE, app_on, settle
from tests.unit import format_fixtures as ff
from tui.base.files import status_name


@pytest.mark.parametrize(
    ("beside", "named", "expected"),
    [
        ((), "讲话.txt", "讲话"),
        (("讲话.docx",), "讲话.txt", "讲话.txt"),
        (("讲话.pdf", "讲话.epub"), "讲话.docx", "讲话.docx"),
        (("讲话.MD",), "讲话.txt", "讲话.txt"),  # (an ending in capitals is listed too)
        (("讲话.txt",), "讲话.TXT", "讲话.TXT"),  # (two files where case counts)
        (("讲话.png", "讲话.txt.bak"), "讲话.txt", "讲话"),  # trap: not files the reader opens
        (("讲话二.docx",), "讲话.txt", "讲话"),  # trap: another name
    ],
)
def test_status_name(tmp_path: Path, beside: tuple[str, ...], named: str, expected: str) -> None:
    for name in beside:
        (tmp_path / name).write_text("x", encoding="utf-8")
    path = tmp_path / named
    path.write_text("x", encoding="utf-8")
    assert status_name(path) == expected


def test_a_folder_named_as_a_file_beside_it_is_no_file(tmp_path: Path) -> None:
    (tmp_path / "讲话.md").mkdir()
    path = tmp_path / "讲话.txt"
    path.write_text("x", encoding="utf-8")
    assert status_name(path) == "讲话"


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_status_line_tells_which_of_two_formats_is_open(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    lines = SPEECH_FILE.split("\n")
    text = tmp_path / "重庆讲话.txt"
    text.write_text(SPEECH_FILE, encoding="utf-8")
    word = ff.write_docx_typed(tmp_path / "重庆讲话.docx", lines)
    lone = tmp_path / "另一篇.txt"
    lone.write_text(SPEECH_FILE, encoding="utf-8")
    async with app_on(word, size) as (app, pilot):
        screen = app.main_screen
        assert screen.status.text.startswith("重庆讲话.docx › ")
        screen.open_and_reveal(text)
        await settle(app, pilot)
        assert screen.status.text.startswith("重庆讲话.txt › ")
        screen.open_and_reveal(lone)
        await settle(app, pilot)
        assert screen.status.text.startswith("另一篇 › ")


def test_a_second_name_of_the_same_file_is_no_other_file(tmp_path: Path) -> None:
    """As 讲话.TXT for 讲话.txt on a file system that ignores case: the file itself."""
    path = tmp_path / "讲话.txt"
    path.write_text("x", encoding="utf-8")
    (tmp_path / "讲话.md").hardlink_to(path)
    assert status_name(path) == "讲话"
