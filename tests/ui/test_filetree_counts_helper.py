"""Where the file tree's speech counts come from: the search index for files it holds as
they are, else a parse in the helper process (on a thread when the batch is small and no
helper runs, or when the helper died: then with one notice), and a batch dropped when its
worker is cancelled.

(How fast is for ``tests/bench/bench_folder.py``.)
"""

from __future__ import annotations

import os
import signal
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from tests.processes import wait_for_file
from tests.ui.conftest import settle, until
from tests.ui.test_filetree_counts import (  # noqa: F401 - ``counted_folder`` is a fixture
    THREE_SPEECHES,
    counted_folder,
    shown_counts,
)
from tui.app import make_app
from tui.engine.index import Index
from tui.formats import FormatKind
from tui.jobs import tree_counts
from tui.screens import folder_work
from tui.ui_text import HELPER_DIED
from tui.widgets.toasts import shown_notices


def parsed_here(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the counter parses in the test's (the UI's) process from now on."""
    parsed: list[Path] = []
    real = tree_counts.speeches_and_kind

    def count(path: Path) -> tuple[int, FormatKind]:
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    return parsed


async def test_a_big_batch_is_counted_in_the_helper_as_the_engine_counts(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(folder_work, "COUNT_HERE_BYTES", 0)
    parsed = parsed_here(monkeypatch)
    paths = list(counted_folder)
    app = make_app(paths[0].parent)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert not app.background.helper_running
        app.main_screen.count_speeches()
        await settle(app, pilot)
        assert shown_counts(app.main_screen.filetree, paths) == counted_folder
        assert app.background.helper_running
    assert parsed == []


async def test_a_small_batch_is_counted_on_a_thread_without_a_helper(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed = parsed_here(monkeypatch)
    paths = list(counted_folder)
    app = make_app(paths[0].parent)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.main_screen.count_speeches()
        await settle(app, pilot)
        assert shown_counts(app.main_screen.filetree, paths) == counted_folder
        assert not app.background.helper_running
        opened = app.main_screen.path
    assert sorted(parsed) == sorted(path for path in paths if path != opened)


async def test_files_indexed_as_they_are_are_counted_from_the_index(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the file changed since the folder was indexed and the one the index could not
    parse are parsed; every file shows the engine's count."""
    paths = list(counted_folder)
    folder = paths[0].parent
    with Index() as index:
        assert index.sync(folder).indexed == len(paths)
    changed = paths[2]
    changed.write_bytes(THREE_SPEECHES)
    expected = {**counted_folder, changed: 3}
    parsed = parsed_here(monkeypatch)
    app = make_app(folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.main_screen.count_speeches()
        await settle(app, pilot)
        assert shown_counts(app.main_screen.filetree, paths) == expected
    assert sorted(parsed) == sorted([changed, folder / "龙乱码.txt"])


async def test_a_dead_helper_means_counts_on_threads_and_one_notice(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(folder_work, "COUNT_FILES", 2)
    monkeypatch.setattr(folder_work, "COUNT_HERE_BYTES", 0)
    paths = list(counted_folder)
    app = make_app(paths[0].parent)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        os.kill(app.background.start_helper()[0], signal.SIGKILL)
        app.main_screen.count_speeches()
        await settle(app, pilot)
        assert shown_counts(app.main_screen.filetree, paths) == counted_folder
        assert not app.background.helper_running
        shown = [str(notice.message) for notice in shown_notices(app.screen)]
        assert shown.count(HELPER_DIED()) == 1


async def test_a_batch_waiting_for_the_helper_is_dropped_when_its_worker_is_cancelled(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The counter's worker is cancelled (a new count, quitting) while its batch waits
    behind other work in the helper: the batch never runs and shows nothing; the files are
    sent again by the next count."""
    monkeypatch.setattr(folder_work, "COUNT_HERE_BYTES", 0)
    paths = list(counted_folder)
    release, started = tmp_path / "release", tmp_path / "started"
    app = make_app(paths[0].parent)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(app, pilot)
            screen, tree = app.main_screen, app.main_screen.filetree
            background = app.background
            busy = background.submit_process(wait_for_file, str(release), str(started))
            await until(pilot, started.exists, "the helper busy")
            sent: list[Future[Any]] = []
            submit_process = background.submit_process

            def recorded(fn: Any, *args: Any) -> Future[Any]:
                future = submit_process(fn, *args)
                if fn is tree_counts.speech_counts:
                    sent.append(future)
                return future

            monkeypatch.setattr(background, "submit_process", recorded)
            screen.count_speeches()
            await until(pilot, lambda: len(sent) == 1, "the batch sent to the helper")
            for worker in screen.workers:
                if worker.group == "count":
                    worker.cancel()
            await until(pilot, sent[0].cancelled, "the sent batch cancelled")
            release.touch()
            busy.result(30)
            # The helper is one process taking its calls in order: once a call sent after
            # the cancelled batch is done, that batch has run or been dropped.
            submit_process(os.getpid).result(30)
            await settle(app, pilot)
            assert [tree.speech_count(path) for path in paths if path != screen.path] == [None] * (
                len(paths) - 1
            )
            screen.count_speeches()
            await settle(app, pilot)
            assert shown_counts(tree, paths) == counted_folder
    finally:
        release.touch()
