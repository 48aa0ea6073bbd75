"""The find bar's match counts in the outline: right-aligned, so that titles stand in line."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import app_on, until
from tui.engine.model import Heading
from tui.widgets.outline import OutlinePane


def speech(tmp_path: Path) -> Path:
    """A speech whose first heading's section says 营商 13 times, the second's 5 times."""
    lines = ["在全市工作会议上的讲话", "", "同志们：", "", "　　一、抓好第一件事", ""]
    lines += [f"　　第{n}条，我们要把营商环境放在心上。" for n in range(13)]
    lines += ["", "　　二、抓好第二件事", ""]
    lines += [f"　　第{n}条，营商环境是生产力。" for n in range(5)]
    path = tmp_path / "讲话.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def test_counts_of_two_widths_leave_the_titles_in_line(tmp_path: Path) -> None:
    async with app_on(speech(tmp_path), size=(100, 30)) as (app, pilot):
        screen = app.main_screen
        await pilot.press("slash", *"营商")
        await until(pilot, lambda: screen.reader.search_status[1] == 18, "18 matches")
        outline = screen.outline
        heads = [n for n in outline.built_nodes() if isinstance(n.data, Heading)]
        await until(
            pilot,
            lambda: [OutlinePane.count_in_label(n.label) for n in heads] == [13, 5],
            "the counts 13 and 5",
        )
        columns = set()
        for node in heads:
            assert isinstance(node.data, Heading)
            row = outline.render_line(node.line - int(outline.scroll_offset.y)).text
            columns.add(row.index(node.data.marker))
        assert len(columns) == 1, columns  # 一、 under 二、
