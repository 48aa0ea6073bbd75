"""The file tree's speech counts: the files in sight and a scroll away are counted, the
rest when the tree shows them, a batch of files a call on the background service, with
the engine's counts.

(How fast is for ``tests/bench/bench_folder.py``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import SPEECH_FILE, settle
from tui import jobs
from tui.app import make_app
from tui.engine import load_document
from tui.paths import bundled_corpus_dir
from tui.screens import folder_work
from tui.widgets.filetree import SpeechFileTree


@pytest.fixture
def counted_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[Path, int | None]:
    """A folder of speech files of different counts and a binary ".txt" (no count), each
    file's count as the engine parses it here; counting starts only when a test asks
    (not on ``COUNT_DELAY``)."""
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    for source in sorted(bundled_corpus_dir().glob("*.txt")):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "讲话短篇.txt").write_text(SPEECH_FILE, encoding="utf-8")
    # Last by name: not the file opened first.
    (folder / "龙乱码.txt").write_bytes(bytes(range(256)) * 8)
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    expected: dict[Path, int | None] = {}
    for path in sorted(folder.iterdir()):
        try:
            expected[path.resolve()] = len(load_document(path).speeches)
        except Exception:  # noqa: BLE001 - not a speech file: no count
            expected[path.resolve()] = None
    assert None in expected.values() and len(set(expected.values())) >= 4
    return expected


def _shown_counts(tree: SpeechFileTree, paths: list[Path]) -> dict[Path, int | None]:
    return {path: tree.speech_count(path) for path in paths}


async def test_the_folder_is_counted_in_batches_in_the_trees_order(
    counted_folder: dict[Path, int | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file gets the engine's count (the binary one none), sent ``COUNT_FILES`` a
    call to the background service in the tree's order, each file once."""
    monkeypatch.setattr(folder_work, "COUNT_FILES", 2)
    paths = list(counted_folder)
    app = make_app(paths[0].parent)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        background = app.background
        sent: list[list[Path]] = []
        submit = background.submit

        def recorded(fn: Any, *args: Any) -> Any:
            if fn is jobs.speech_counts:
                sent.append(list(args[0]))
            return submit(fn, *args)

        monkeypatch.setattr(background, "submit", recorded)
        screen.count_speeches()
        await settle(app, pilot)
        # Every file but the open one (counted when it was shown), 2 a call.
        tree = screen.filetree
        lines = [tree.get_node_at_line(line) for line in range(len(paths) + 1)]
        left = [
            node.data.path
            for node in lines
            if node and node.data and not node.allow_expand and node.data.path != screen.path
        ]
        assert len(left) == len(paths) - 1
        assert sent == [left[n : n + 2] for n in range(0, len(left), 2)]
        assert _shown_counts(tree, paths) == counted_folder
        screen.count_speeches()  # again: nothing is sent twice
        await settle(app, pilot)
        assert sum(sent, []) == left


async def test_the_files_in_sight_are_counted_first_and_the_rest_when_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a folder longer than the pane, the files in sight and ``COUNT_MARGIN`` lines
    below are counted, no other; scrolled to the end, the files there are counted (by
    themselves, once counting has started); the files in between never."""
    folder = tmp_path / "多"
    folder.mkdir()
    for number in range(90):
        (folder / f"讲话{number:03d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    monkeypatch.setattr(folder_work, "COUNT_MARGIN", 4)
    files = sorted(folder.iterdir())
    app = make_app(folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        height = tree.size.height
        assert 10 < height < 40  # the pane shows part of the folder

        def counted() -> set[Path]:
            return {path for path in files if tree.speech_count(path) is not None}

        def on_lines(lines: range) -> set[Path]:
            nodes = [tree.get_node_at_line(line) for line in lines]
            return {
                node.data.path for node in nodes if node and node.data and not node.allow_expand
            }

        assert counted() == {files[0]}  # the open file only
        screen.count_speeches()
        await settle(app, pilot)
        assert counted() == on_lines(range(height + 4))
        assert all(tree.speech_count(path) == 1 for path in counted())
        tree.scroll_end(animate=False)
        for _ in range(100):
            if tree.speech_count(files[-1]) is not None:
                break
            await pilot.pause(0.05)
        await settle(app, pilot)
        bottom = int(tree.scroll_offset.y)
        assert bottom > height + 4
        assert counted() == on_lines(range(height + 4)) | on_lines(
            range(bottom - 4, len(files) + 1)
        )
