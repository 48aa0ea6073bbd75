"""Snapshots of the layout with Chinese text at 120×36 and 80×24.

The document is built by hand (tests/ui/conftest.py), not parsed, so the pictures show
the UI and do not change when the engine's heuristics do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.ui.conftest import sample_document, settle
from tui.app import SpeechReaderApp, make_app
from tui.engine.model import Document


@pytest.fixture
def fixed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder "speeches" with one file whose parse is the fixed sample document."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    path = folder / "营商环境讲话.txt"
    path.write_text("占位", encoding="utf-8")
    document = sample_document(sections=3, body=4)

    def load(_: Any) -> Document:
        return document

    monkeypatch.setattr("tui.jobs.load", load)
    return path


async def _ready(pilot: Pilot[Any]) -> None:
    """Wait for the load, then make every line count exact now (not on the 0.3 s timer),
    so the scrollbar is the same in every run."""
    await settle(pilot.app, pilot)
    app = pilot.app
    assert isinstance(app, SpeechReaderApp)
    reader = app.main_screen.reader
    reader.wrap_all_now()
    await settle(pilot.app, pilot)


def test_wide_layout_after_heading_jumps(snap_compare: Any, fixed_file: Path) -> None:
    """Three panes at 120×36: the second heading at the top, outline and status following it."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "j")
        await _ready(pilot)

    assert snap_compare(make_app(fixed_file), terminal_size=(120, 36), run_before=run_before)


def test_narrow_layout_hides_file_tree(snap_compare: Any, fixed_file: Path) -> None:
    """At 80×24 the file tree hides itself; outline and reader share the width."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await pilot.press("right_curly_bracket")
        await _ready(pilot)

    assert snap_compare(make_app(fixed_file), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare: Any, fixed_file: Path) -> None:
    """The help screen lists the keys, generated from the bindings."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(fixed_file), terminal_size=(100, 36), run_before=run_before)
