"""A file whose speeches have no heading says so in the outline: the pane showed the
speech's name alone over empty space, as if the outline were still coming (newuser26, a
blog post of one speech without 一、 or # headings)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import settle, until
from tui.app import make_app

PROSE = "今天召开大会，主要任务是部署全年工作。各级各部门要切实提高政治站位，抓好落实。\n"


def _lines(app: object) -> list[str]:
    outline = app.main_screen.outline  # type: ignore[attr-defined]
    return [outline.render_line(y).text.strip() for y in range(outline.size.height)]


async def test_a_speech_without_headings_says_so(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("在全市大会上的讲话\n同志们：\n" + PROSE * 3, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await until(pilot, lambda: "（没有编号标题）" in _lines(app), "the note drawn")
        assert any("在全市大会上的讲话" in line for line in _lines(app))
        app.switch_language("en")  # type: ignore[arg-type]
        await until(pilot, lambda: "(no numbered headings)" in _lines(app), "the note in English")


async def test_a_speech_with_headings_has_no_note(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(
        "在全市大会上的讲话\n同志们：\n" + PROSE + "一、提高认识\n" + PROSE, encoding="utf-8"
    )
    app = make_app(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await until(pilot, lambda: any("提高认识" in line for line in _lines(app)), "heading")
        assert "（没有编号标题）" not in _lines(app)
