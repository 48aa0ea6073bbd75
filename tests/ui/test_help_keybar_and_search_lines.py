"""Daily-use defects found walking through the app as a new user (helper user11): the help
screen's key bar offers the command palette as the main screen's does, and the corpus
search's result lines fit a narrow pane with the match in sight."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette

from tests.ui.conftest import hits_placed, open_help, screen_text, settle
from tui.app import make_app
from tui.digit_keys import DIGITS_SHOWN
from tui.engine.match import Hit
from tui.keyref import render
from tui.screens.corpus_search import CorpusSearchScreen
from tui.widgets.keybar import KeyBar


async def test_help_key_bar_offers_the_command_palette_as_the_main_screens(
    speech_dir: Path,
) -> None:
    """The main screen's bar ends with "^p 命令面板"; the help's did not, though ctrl+p
    opens the palette over the help too."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        main_bar = app.main_screen.query_one(KeyBar)
        assert main_bar.palette_entry is not None
        assert screen_text(app).splitlines()[-1].rstrip().endswith("▏ ^p 命令面板")
        bar = (await open_help(pilot)).query_one(KeyBar)
        assert bar.palette_entry == main_bar.palette_entry
        bottom = screen_text(app).splitlines()[-1]
        assert bottom.startswith(" esc 关闭 ") and bottom.rstrip().endswith("▏ ^p 命令面板")
        # A click on it opens the palette, as ctrl+p does.
        await pilot.click(KeyBar, offset=(bar.size.width - 4, 0))
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)


TERM = "一网通办事项清单"


async def test_corpus_search_lines_fit_the_pane_with_the_match_in_sight(speech_dir: Path) -> None:
    """At 80 columns the result lines ran past the pane: cut at its edge mid-word, no "…",
    the tree scrolled sideways, and a match late in its snippet was out of sight. Now
    each line is cut to the pane with "…", and a hit's match stays in sight."""
    long_heading = "一、坚持问题导向，深化改革创新，全面提升政务服务效能和企业群众满意度"
    before = "各级各部门要进一步统一思想提高认识切实增强责任感和紧迫感" * 2
    after = "管理并且定期向社会公开办理情况接受企业和群众的监督评议" * 2
    (speech_dir / "丙讲话.txt").write_text(
        f"同志们：\n{long_heading}\n{before}{TERM}{after}。\n", encoding="utf-8"
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f", *TERM, "enter")
        await settle(app, pilot)
        search = app.screen
        assert isinstance(search, CorpusSearchScreen)
        await hits_placed(app, pilot, search)
        tree = search.results
        region = tree.scrollable_content_region
        assert tree.virtual_size.width <= region.width  # nothing to scroll sideways to
        rows = screen_text(app).splitlines()
        hits = 0
        top = round(tree.scroll_y)
        for number in range(region.height):
            node = tree.get_node_at_line(top + number)
            if node is None:
                break
            shown = rows[region.y + number][region.x : region.right].rstrip()
            if isinstance(node.data, Hit):
                hits += 1
                assert TERM in shown, shown
        assert hits == 1


async def test_the_help_shows_the_count_keys_as_one_range(speech_dir: Path) -> None:
    """The count's keys were "1 / 2 / 3 / 4 / 5 / 6 / 7 / 8 / 9 / 0": at 80 columns they took
    two lines of the help's key column, "9 / 0" under the rest beside the second half of
    the description (newuser24). Now "0–9", on one line with what it does, in the
    reader's and the outline's rows; docs/keys.md the same."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_help(pilot)
        await pilot.press("end")
        seen = ""
        for _ in range(30):  # page through the list, from its end to its start
            seen += screen_text(app)
            await pilot.press("pageup")
            await pilot.pause()
        assert "1 / 2" not in seen and "9 / 0" not in seen
        rows = [line for line in seen.splitlines() if f"{DIGITS_SHOWN}  " in line]
        assert any("计数" in row for row in rows) and any("篇" in row for row in rows), rows
    assert "| `0–9` |" in render() and "`1` / `2`" not in render()
