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


async def test_the_outline_leads_an_undated_speech_with_its_number(tmp_path: Path) -> None:
    """A collection's untitled speeches are told apart by 第N篇 and their words: the outline
    pane (that file's) leaves the file's name out; the status line keeps it (its first
    crumb), and so does the palette, which lists speeches away from the file."""
    path = tmp_path / "讲话合集三十兆.txt"
    speeches = [f"同志们：\n第{n}次会议现在开始。\n一、形势\n形势很好。\n" for n in "一二三"]
    path.write_text("\n\n".join(speeches), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        await outline.wait_for_refresh()
        shown = [
            outline.render_label(node, Style(), Style()).plain
            for node in outline.built_nodes()
            if node.parent is outline.root
        ]
        assert len(shown) == 3, shown
        assert shown[1].startswith("▼ 第2篇："), shown
        assert not any("讲话合集三十兆" in line for line in shown), shown
        await open_palette(pilot, "第二次")
        listed = await palette_lists(app, pilot, "第二次")
        assert any(p.startswith("讲话合集三十兆 第2篇：") for p in listed), listed
