"""A folder opened on the file tree's last line brings its files into view with it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import SPEECH_FILE, app_on, settle, until


async def test_a_folder_opened_at_the_pane_s_edge_shows_its_files(tmp_path: Path) -> None:
    """At 80x24 the tree holds about 20 rows: 大文件, last of 30 folders, scrolled to the
    pane's last line and opened with Enter showed nothing new (its three files under the
    pane's edge; seen in tmux on a library at 160x45). Now its files stand under it."""
    library = tmp_path / "资料库"
    for year in range(30):
        (library / f"{1990 + year}年").mkdir(parents=True)
    (library / "1990年" / "甲讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    big = library / "大文件"
    big.mkdir()
    for name in ("合集一.txt", "合集二.txt", "合集三.txt"):
        (big / name).write_text(SPEECH_FILE, encoding="utf-8")
    async with app_on(library, size=(120, 24)) as (app, pilot):
        tree = app.main_screen.filetree
        tree.focus()
        await pilot.press("end")
        node = tree.node_for_path(big.resolve())
        assert node is not None
        await until(pilot, lambda: tree.cursor_node is node, "the cursor on 大文件")
        height = tree.scrollable_content_region.height

        def in_view(line: int) -> bool:
            top = int(tree.scroll_offset.y)
            return top <= line < top + height

        assert in_view(node.line)
        await pilot.press("enter")
        await settle(app, pilot)
        await until(pilot, lambda: len(node.children) == 3, "its files listed")
        lines = [child.line for child in node.children]
        await until(pilot, lambda: all(map(in_view, lines)), f"rows {lines} in view")
        assert in_view(node.line)
        # Closed and opened again (listed already): the same.
        await pilot.press("up", "end")
        tree.scroll_to(y=0, animate=False)
        await pilot.pause()
        await pilot.press("enter")  # closes it
        tree.scroll_end(animate=False)
        await pilot.pause()
        await pilot.press("enter")  # opens it again
        lines = [child.line for child in node.children]
        await until(pilot, lambda: all(map(in_view, lines)), f"rows {lines} in view again")
