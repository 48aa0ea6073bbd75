"""At 80x24 the outline is the left pane, and a file with no text (empty, binary, all
noise) or one gone left it empty beside the reader's message, as if the outline were still
coming (newuser27): it says why in one dim line, in the language chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import app_on, bad_file, settle, until


def _lines(app: object) -> list[str]:
    outline = app.main_screen.outline  # type: ignore[attr-defined]
    return [outline.render_line(y).text.strip() for y in range(outline.size.height)]


@pytest.mark.parametrize(
    ("kind", "zh", "en"),
    [
        ("empty", "（无法显示，没有提纲）", "(cannot be shown)"),
        ("binary", "（无法显示，没有提纲）", "(cannot be shown)"),
        ("all-noise", "（没有可显示的正文）", "(no text to show)"),
    ],
)
async def test_the_outline_of_a_file_with_no_text_says_why(
    tmp_path: Path, kind: str, zh: str, en: str
) -> None:
    if kind == "all-noise":
        path = tmp_path / "纪要.docx"
        path.write_bytes(b"PK\n")
    else:
        path = bad_file(tmp_path, kind)
    async with app_on(path, (80, 24)) as (app, pilot):
        outline = app.main_screen.outline
        assert outline.display and outline.size.width > 0  # the left pane at 80x24
        await until(pilot, lambda: zh in _lines(app), f"{zh} drawn")
        app.switch_language("en")  # type: ignore[arg-type]
        await until(pilot, lambda: en in _lines(app), f"{en} drawn")


async def test_a_file_with_text_after_one_without_has_no_note(tmp_path: Path) -> None:
    empty = bad_file(tmp_path, "empty")
    speech = tmp_path / "讲话.txt"
    speech.write_text(
        "在全市大会上的讲话\n同志们：\n一、提高认识\n今天召开大会，部署全年工作。\n",
        encoding="utf-8",
    )
    async with app_on(empty, (80, 24)) as (app, pilot):
        await until(pilot, lambda: "（无法显示，没有提纲）" in _lines(app), "the note")
        app.main_screen.open_file(speech)
        await settle(app, pilot)
        await until(pilot, lambda: any("提高认识" in line for line in _lines(app)), "heading")
        assert not any("无法显示" in line for line in _lines(app))


async def test_the_outline_of_a_file_gone_says_so(tmp_path: Path) -> None:
    """A file with nothing shown (empty) deleted meanwhile: the reader says it is gone."""
    path = bad_file(tmp_path, "empty")
    async with app_on(path, (80, 24)) as (app, pilot):
        await until(pilot, lambda: "（无法显示，没有提纲）" in _lines(app), "the first note")
        path.unlink()
        await until(pilot, lambda: "（文件不见了）" in _lines(app), "the note of a file gone")
        assert "无法显示" not in "".join(_lines(app))
