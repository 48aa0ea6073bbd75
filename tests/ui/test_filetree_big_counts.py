"""Big collections get a speech count too (they never did: files over ``COUNT_LIMIT`` were
left without one, and the big files are the ones a user most wants to know the size of):
from the search index when it holds them, else each alone in the helper process, after
the smaller files' batches.

(``COUNT_LIMIT`` is made small here, so that the corpus's bigger files count as big; what
a big file costs is for ``tests/bench/bench_tree_counts.py``.)
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
    counted_folder,
    shown_counts,
)
from tui.app import make_app
from tui.engine.index import Index
from tui.jobs import tree_counts
from tui.screens import folder_work
from tui.screens.main import MainScreen

BIG = 50_000
"""``COUNT_LIMIT`` in these tests: 优化营商环境大会讲话合集.txt (138 KB) and 济源讲话三篇.txt
(61 KB) are big."""


def record_counts(monkeypatch: pytest.MonkeyPatch, background: Any) -> list[tuple[str, list[Path]]]:
    """The speech counter's calls from now on: ("thread" or "helper", the files)."""
    calls: list[tuple[str, list[Path]]] = []
    submit, submit_process = background.submit, background.submit_process

    def on_thread(fn: Any, *args: Any) -> Future[Any]:
        if fn is tree_counts.speech_counts:
            calls.append(("thread", list(args[0])))
        return submit(fn, *args)

    def in_helper(fn: Any, *args: Any) -> Future[Any]:
        if fn is tree_counts.speech_counts:
            calls.append(("helper", list(args[0])))
        return submit_process(fn, *args)

    monkeypatch.setattr(background, "submit", on_thread)
    monkeypatch.setattr(background, "submit_process", in_helper)
    return calls


async def test_a_big_file_is_counted_alone_in_the_helper_after_the_others(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(folder_work, "COUNT_LIMIT", BIG)
    paths = list(counted_folder)
    big = [path for path in paths if path.stat().st_size > BIG]
    assert len(big) == 2
    app = make_app(paths[0].parent)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        calls = record_counts(monkeypatch, app.background)
        app.main_screen.count_speeches()
        await settle(app, pilot)
        tree = app.main_screen.filetree
        opened = app.main_screen.path
        assert shown_counts(tree, paths) == counted_folder
        assert all(tree.speech_count(path) for path in big)
        sent_big = [files for _, files in calls if set(files) & set(big)]
        # Each alone, in the helper, after every batch of the smaller files.
        assert sorted(sent_big) == sorted([path] for path in big if path != opened), calls
        assert all(where == "helper" for where, files in calls if files in sent_big), calls
        last_small = max(i for i, (_, files) in enumerate(calls) if files not in sent_big)
        assert all(calls.index(("helper", files)) > last_small for files in sent_big), calls


async def test_a_big_file_the_index_holds_is_counted_without_a_parse(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(folder_work, "COUNT_LIMIT", BIG)
    paths = list(counted_folder)
    folder = paths[0].parent
    with Index() as index:
        index.sync(folder)
    big = [path for path in paths if path.stat().st_size > BIG]
    app = make_app(folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        calls = record_counts(monkeypatch, app.background)
        app.main_screen.count_speeches()
        await settle(app, pilot)
        tree = app.main_screen.filetree
        assert shown_counts(tree, paths) == counted_folder
        assert all(tree.speech_count(path) for path in big)
        assert not [files for _, files in calls if set(files) & set(big)], calls


async def test_a_big_file_waiting_for_the_helper_is_dropped_when_cancelled(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Quitting (the screen's workers cancelled) while a big file waits behind other work
    in the helper: it is taken out of the helper's queue and shows nothing; the next count
    counts it."""
    monkeypatch.setattr(folder_work, "COUNT_LIMIT", BIG)
    paths = list(counted_folder)
    release, started = tmp_path / "release", tmp_path / "started"
    app = make_app(paths[0].parent)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(app, pilot)
            screen, tree = app.main_screen, app.main_screen.filetree
            big = [p for p in paths if p.stat().st_size > BIG and p != screen.path]
            background = app.background
            busy = background.submit_process(wait_for_file, str(release), str(started))
            await until(pilot, started.exists, "the helper busy")
            sent: list[Future[Any]] = []
            submit_process = background.submit_process

            def recorded(fn: Any, *args: Any) -> Future[Any]:
                future = submit_process(fn, *args)
                if fn is tree_counts.speech_counts and set(args[0]) & set(big):
                    sent.append(future)
                return future

            monkeypatch.setattr(background, "submit_process", recorded)
            # The smaller files on threads meanwhile (not behind the busy helper).
            monkeypatch.setattr(folder_work, "COUNT_HERE_BYTES", 10**9)
            monkeypatch.setattr(type(background), "helper_running", property(lambda _: False))
            screen.count_speeches()
            await until(pilot, lambda: len(sent) == 1, "a big file sent to the helper")
            for worker in screen.workers:
                if worker.group == "count-big":
                    worker.cancel()
            await until(pilot, sent[0].cancelled, "the big file's call cancelled")
            release.touch()
            busy.result(30)
            submit_process(os.getpid).result(30)  # (the helper's queue passed the dropped call)
            await settle(app, pilot)
            assert all(tree.speech_count(path) is None for path in big)
            screen.count_speeches()
            await settle(app, pilot)
            assert shown_counts(tree, paths) == counted_folder
    finally:
        release.touch()


async def test_without_a_helper_a_big_file_is_not_parsed_in_the_reader(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The helper died (its work goes to the reader's threads): a big file gets no count
    rather than a parse that would hold the interface; the smaller files are counted.
    (Not indexed meanwhile: the index would give the big file's count without a parse.)"""
    monkeypatch.setattr(folder_work, "COUNT_LIMIT", BIG)
    monkeypatch.setattr(MainScreen, "update_index", lambda self, asked=False: None)
    paths = list(counted_folder)
    app = make_app(paths[0].parent)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        os.kill(app.background.start_helper()[0], signal.SIGKILL)
        app.background.submit_process(os.getpid)  # (work given to it finds it dead)
        await until(pilot, lambda: not app.background.helper_usable, "the helper gone")
        calls = record_counts(monkeypatch, app.background)
        screen.count_speeches()
        await settle(app, pilot)
        big = [p for p in paths if p.stat().st_size > BIG and p != screen.path]
        small = [p for p in paths if p.stat().st_size <= BIG]
        assert big and all(screen.filetree.speech_count(path) is None for path in big)
        assert {p: screen.filetree.speech_count(p) for p in small} == {
            p: counted_folder[p] for p in small
        }
        assert not [files for _, files in calls if set(files) & set(big)], calls


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_file_over_the_big_limit_says_why_it_has_no_count(
    counted_folder: dict[Path, int | None],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """A file over ``BIG_COUNT_LIMIT`` (32 MB; here ``BIG``) is not parsed for its count:
    its line says so in the count's place (it showed nothing, beside counted files), and
    opening it gives it its count."""
    monkeypatch.setattr(folder_work, "COUNT_LIMIT", BIG // 2)
    monkeypatch.setattr(folder_work, "BIG_COUNT_LIMIT", BIG)
    paths = list(counted_folder)
    big = [path for path in paths if path.stat().st_size > BIG]
    assert len(big) == 2
    app = make_app(paths[0].parent, language=language)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        screen.count_speeches()
        await settle(app, pilot)
        tree = screen.filetree
        opened = screen.path
        said = "大文件" if language == "zh" else "big"

        def label(path: Path) -> str:
            node = tree.node_for_path(path)
            assert node is not None
            return tree.render_label(node, tree.rich_style, tree.rich_style).plain

        unopened = [path for path in big if path != opened]
        assert unopened
        for path in unopened:
            assert tree.speech_count(path) is None
            assert said in label(path), label(path)
        small = [path for path in paths if path not in big and counted_folder[path]]
        assert small and all(said not in label(path) for path in small)
        screen.open_file(unopened[0])
        await settle(app, pilot)
        assert tree.speech_count(unopened[0]) == counted_folder[unopened[0]]
        assert said not in label(unopened[0])
