"""The trees' base style is worked out once per paint (``treestyle.StylePerPaint``), and a
paint after a theme change draws in the new theme's colours.

Textual's ``Tree`` asked for ``rich_style`` (a walk over the widget's ancestors, blending
their backgrounds) on every line it drew: 43 times a tree in the first frame, most of the
lines blank (docs/performance.md, perf19).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.dom import DOMNode
from textual.geometry import Region
from textual.strip import Strip

from tests.ui.conftest import settle, until
from tui.app import make_app

TEXTUAL_RICH_STYLE = DOMNode.rich_style
"""Textual's own property (before a test counts its calls)."""


def drawn(tree: Any) -> list[Strip]:
    """Every line of ``tree`` as its ``render_lines`` draws them for a frame (all of them
    marked for drawing again first: Textual keeps the lines of the last frame)."""
    tree.refresh()
    return list(tree.render_lines(Region(0, 0, tree.size.width, tree.size.height)))


def fresh_style(tree: Any) -> Any:
    """The tree's base style as Textual works it out now (no paint under way)."""
    return TEXTUAL_RICH_STYLE.fget(tree)  # type: ignore[attr-defined]


async def test_each_tree_asks_its_base_style_once_a_paint(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(speech_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        for tree in (screen.filetree, screen.outline):
            asked: list[object] = []

            def counted(node: DOMNode, seen: list[object] = asked) -> Any:
                seen.append(node)
                return TEXTUAL_RICH_STYLE.fget(node)  # type: ignore[attr-defined]

            with monkeypatch.context() as patch:
                patch.setattr(DOMNode, "rich_style", property(counted))
                lines = drawn(tree)
            assert len(lines) == tree.size.height > 20
            # Textual's Tree asked once a line (a tree's 38 lines here: 38 times).
            assert sum(node is tree for node in asked) == 1, (tree.id, len(asked))


async def test_a_paint_after_a_theme_change_has_the_new_colours(speech_dir: Path) -> None:
    app = make_app(speech_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        before = {tree.id: fresh_style(tree) for tree in (screen.filetree, screen.outline)}
        for tree in (screen.filetree, screen.outline):
            # The last line is blank in both trees (a folder of two files; a short outline).
            assert drawn(tree)[-1].text.strip() == ""
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await until(
            pilot,
            lambda: all(fresh_style(t) != before[t.id] for t in (screen.filetree, screen.outline)),
            "the trees styled in the new theme",
        )
        for tree in (screen.filetree, screen.outline):
            style = fresh_style(tree)
            blank = drawn(tree)[-1]
            assert {segment.style.bgcolor for segment in blank if segment.style} == {
                style.bgcolor
            }, tree.id
            assert style.bgcolor != before[tree.id].bgcolor, tree.id
