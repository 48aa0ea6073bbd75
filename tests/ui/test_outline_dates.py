"""The outline pane and the palette name an untitled speech by its date first: at normal
widths the pane cut the date off the end of "开会：今天我们开会。…（2024年3月5日）". The
pane leaves the file's name and 第N篇 out of a dated speech's name (the pane is that
file's, in order), so the first words fit beside the date."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style

from tests.ui.conftest import open_palette, palette_lists, settle
from tests.unit.test_untitled_dates import DATE, UNTITLED
from tui.app import make_app


async def test_the_outline_shows_an_untitled_speechs_date_whole(tmp_path: Path) -> None:
    path = tmp_path / "全市工作会议讲话合集.txt"
    second = "2024年4月8日\n\n同志们：\n这次会议很重要。\n一、形势\n形势很好。\n"
    path.write_text(f"{UNTITLED}\n\n{second}", encoding="utf-8")
    app = make_app(path)
    # 130 columns: the outline at its usual 32 cells beside the tree (below 100 it narrows
    # to 24, where the date still shows whole but fewer first words fit)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        await outline.wait_for_refresh()  # the fill comes after a frame
        shown = [
            outline.render_label(node, Style(), Style()).plain
            for node in outline.built_nodes()
            if node.parent is outline.root
        ]
        assert len(shown) == 2, shown
        assert shown[0].startswith(f"▼ {DATE}：今天我们开会"), shown
        assert shown[1].startswith("▼ 2024年4月8日：这次会议很重"), shown
        await open_palette(pilot, "今天")
        listed = await palette_lists(app, pilot, "今天")
        assert any(
            p.startswith(f"{DATE} 全市工作会议讲话合集 第1篇：今天我们开会。…\n") for p in listed
        ), listed
