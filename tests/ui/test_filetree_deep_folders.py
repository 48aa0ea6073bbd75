"""The file tree in a deep library (year/unit/type folders): names stay readable four to
six folders down, at 160 and at 80 columns. Before, at depth 4 the pane showed "📄 20" or
no name at all: the guides took 16 of its 25 cells and the count the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.ui.conftest import SPEECH_FILE, screen_text, settle, until
from tests.ui.test_tree_names import labels
from tui.app import make_app

NAME = "2024年全市经济工作会议上的讲话.txt"


def library(root: Path) -> tuple[Path, Path, list[Path]]:
    """A file four folders down and one six down, and the folders between."""
    four = root / "2024" / "市政府办公室" / "工作报告"
    six = four / "上半年" / "一季度"  # (the tree's root is depth 0)
    six.mkdir(parents=True)
    (four / NAME).write_text(SPEECH_FILE, encoding="utf-8")
    (six / NAME).write_text(SPEECH_FILE, encoding="utf-8")
    (root / "首页.txt").write_text(SPEECH_FILE, encoding="utf-8")
    folders = [root / "2024", root / "2024" / "市政府办公室", four]
    folders += [four / "上半年", six]
    return four / NAME, six / NAME, folders


@pytest.mark.parametrize("columns", [160, 80])
async def test_names_four_and_six_deep_are_readable(tmp_path: Path, columns: int) -> None:
    four, six, folders = library(tmp_path)
    app = make_app(tmp_path / "首页.txt")
    async with app.run_test(size=(columns, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        if not tree.display:  # (hidden at 80 columns until ctrl+b)
            await pilot.press("ctrl+b")
        tree.focus()
        for folder in folders:
            node = tree.node_for_path(folder)
            assert node is not None, folder
            node.expand()
            await settle(app, pilot)
        app.main_screen.filetree.set_speech_counts({four: 12, six: 3})
        await until(pilot, lambda: tree.speech_count(six) == 3, "counts recorded")
        await pilot.pause()
        room = tree.scrollable_content_region.width
        for path in (four, six):
            label = labels(tree, path.parent)[-1]
            name = label.split(" ", 1)[1]
            # The head of the name (its year, "2024…" six deep) is shown, cut with "…", and the count is kept
            # (daily74: the count is what the tree tells; the name is on the status line).
            assert name.startswith("2024"), (columns, label)
            assert name.endswith(("…  12篇", "…  3篇", "讲话  12篇", "讲话  3篇")), label
        # On screen too: every file line shows the head of its name, within the pane.
        text = screen_text(app)
        assert text.count("📄 2024") == 2, text
        assert all(cell_len(labels(tree, path.parent)[-1]) <= room for path in (four, six))


async def test_marked_kinds_show_no_extension(tmp_path: Path) -> None:
    """.odt and .rtf kept their extension beside the "W" marker, .docx (cut) did not."""
    for name in ("报告.docx", "报告甲.odt", "报告乙.rtf", "报告丙.pdf", "讲话.txt"):
        (tmp_path / name).write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(tmp_path / "讲话.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        shown = labels(app.main_screen.filetree, tmp_path)
        names = [label.split(" ", 1)[1] for label in shown]
        for marked in ("报告 W", "报告甲 W", "报告乙 W", "报告丙 PDF"):
            assert any(name.startswith(marked) for name in names), names
        assert not any(ext in label for label in shown for ext in (".docx", ".odt", ".rtf"))
        assert any(name.startswith("讲话.txt") for name in names), names
