"""The main screen's index worker (``FolderWork.index_folder``): the folder's files are
parsed in the helper process, not in the UI's; its progress reaches the status line; a
helper that dies leaves the index complete, with one notice."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pool_race import late_items
from tests.ui.conftest import settle
from tui.app import make_app
from tui.base import files
from tui.engine import load_document
from tui.engine.index import Index
from tui.engine.index.results import SyncReport
from tui.jobs import index_sync
from tui.paths import bundled_corpus_dir
from tui.screens import main as main_module
from tui.services import Background
from tui.ui_text import HELPER_DIED
from tui.widgets.toasts import shown_notices

CORPUS = sorted(bundled_corpus_dir().glob("*.txt"))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The corpus's five files, every one sent to the helper (a batch a file), the index
    started only when the test asks, and no speech counts (they parse files here)."""
    library = tmp_path / "lib"
    library.mkdir()
    for path in CORPUS:
        shutil.copy(path, library / path.name)
    monkeypatch.setattr(index_sync, "INDEX_HERE_BYTES", 0)
    monkeypatch.setattr(index_sync, "INDEX_BATCH_SECONDS", 0.0)
    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)
    monkeypatch.setattr(main_module, "COUNT_DELAY", 3600.0)
    return library


def parsed_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files parsed in the test's (the UI's) process from now on."""
    parsed: list[str] = []

    def load(path: str | Path) -> object:
        parsed.append(os.path.basename(path))
        return load_document(path)

    monkeypatch.setattr("tui.engine.load_document", load)
    return parsed


def record_walks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders walked whole (``files.walk_speech_files``) from now on."""
    walked: list[Path] = []
    real = files.walk_speech_files

    def walk(root: str | os.PathLike[str], **options: Any) -> Iterator[Path]:
        walked.append(Path(root))
        return real(root, **options)

    monkeypatch.setattr(files, "walk_speech_files", walk)
    return walked


def record_progress(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int] | None]:
    """Every value the index worker gives the screen's ``_index_progress`` from now on."""
    told: list[tuple[int, int] | None] = []

    def keep(screen: object, value: tuple[int, int] | None) -> None:
        told.append(value)

    prop = property(lambda screen: told[-1] if told else None, keep)
    monkeypatch.setattr(main_module.MainScreen, "_index_progress", prop, raising=False)
    return told


def at_progress(monkeypatch: pytest.MonkeyPatch, act: Callable[[Background, int], None]) -> None:
    """``act(service, done)`` on the index worker's thread each time it tells its progress
    (after a batch is done, before the next is given), from now on."""
    real = index_sync.index_in_helper

    def index_in_helper(
        service: Background,
        index: Index,
        root: Path,
        progress: Callable[[int, int], None] | None = None,
        **rest: Any,
    ) -> SyncReport:
        def told(done: int, total: int) -> None:
            act(service, done)
            if progress is not None:
                progress(done, total)

        return real(service, index, root, told, **rest)

    monkeypatch.setattr(index_sync, "index_in_helper", index_in_helper)


async def test_the_folder_is_indexed_in_the_helper_with_progress(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = folder / CORPUS[0].name
    parsed = parsed_here(monkeypatch)
    progress = record_progress(monkeypatch)
    app = make_app(opened)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        walks = record_walks(monkeypatch)
        main.update_index()
        await settle(app, pilot)
        with Index() as index:
            assert index.stats()[0] == 5
        assert app.background.helper_running
        # One walk of the folder: it also counts the files against the automatic
        # indexing's limit (no walk of its own for that).
        assert walks == [folder]
        assert not main.indexing and main.index_progress() is None
    # The UI's process parsed the open file (to show it) and nothing else.
    assert parsed == [opened.name]
    # Told after the open file (written from the reader's document) and after each batch.
    assert progress == [None, *[(done, 5) for done in range(1, 6)], None]


async def test_a_helper_killed_while_indexing_leaves_the_index_complete_and_one_notice(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(folder / CORPUS[0].name)
    killed: list[int] = []

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        main = app.main_screen

        def kill(service: Background, done: int) -> None:
            if done == 2 and not killed:
                killed.extend(service.helper_pids()[:1])
                os.kill(killed[0], signal.SIGKILL)

        at_progress(monkeypatch, kill)
        main.update_index()
        await settle(app, pilot)
        with Index() as index:
            assert index.stats()[0] == 5
        assert killed and not app.background.helper_running
        shown = [str(n.message) for n in shown_notices(app.screen)]
        assert shown.count(HELPER_DIED()) == 1


async def test_a_helper_dying_as_a_batch_is_given_leaves_the_index_complete(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper dies between the pool's check and its taking of the batch (CPython
    3.11's race, ``tests/pool_race.py``): the batch is not lost, so the worker does not
    wait forever (the test and the app's quit hung so once)."""
    late = late_items(monkeypatch)
    try:
        app = make_app(folder / CORPUS[0].name)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)

            def kill_with_the_next_batch(service: Background, done: int) -> None:
                if done == 2:
                    late.pid = service.helper_pids()[0]

            at_progress(monkeypatch, kill_with_the_next_batch)
            app.main_screen.update_index()
            await asyncio.wait_for(settle(app, pilot), 60)  # (a lost batch: 2 of 5 files then)
            with Index() as index:
                assert index.stats()[0] == 5
            assert late.pool._broken and not app.background.helper_running
            shown = [str(n.message) for n in shown_notices(app.screen)]
            assert shown.count(HELPER_DIED()) == 1
    finally:
        late.release()  # (without the fix: the worker still waits for the lost batch)
