"""The file tree's speech counts: the files in sight and a scroll away are counted, the
rest when the tree shows them, a batch of files a call on the background service, with
the engine's counts.

(How fast is for ``tests/bench/bench_folder.py``.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from rich.style import Style
from textual.message import Message

from tests.ui.conftest import SPEECH_FILE, settle, until
from tui import ui_text
from tui.app import make_app
from tui.engine import load_document
from tui.formats import FormatKind
from tui.jobs import tree_counts
from tui.paths import bundled_corpus_dir
from tui.screens import folder_work
from tui.widgets.filetree import SpeechFileTree

COUNTING = frozenset(("count", "count-in-sight"))
"""The groups of the workers that count speeches; not "count-check", the 2 s poll that looks
at counted files (it matched ``startswith("count")`` whenever a test ran longer than 2 s)."""


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


def shown_counts(tree: SpeechFileTree, paths: list[Path]) -> dict[Path, int | None]:
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
            if fn is tree_counts.speech_counts:
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
        assert shown_counts(tree, paths) == counted_folder
        screen.count_speeches()  # again: nothing is sent twice
        await settle(app, pilot)
        assert sum(sent, []) == left


async def test_the_files_in_sight_are_counted_first_and_the_rest_when_shown(
    long_folder: list[Path],
) -> None:
    """In a folder longer than the pane, the files in sight and ``COUNT_MARGIN`` lines
    below are counted, no other; scrolled to the end, the files there are counted (by
    themselves, once counting has started); the files in between never."""
    files = long_folder
    app = make_app(files[0].parent)
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
        await until(pilot, lambda: tree.speech_count(files[-1]) is not None, "the last counted")
        await settle(app, pilot)
        bottom = int(tree.scroll_offset.y)
        assert bottom > height + 4
        assert counted() == on_lines(range(height + 4)) | on_lines(
            range(bottom - 4, len(files) + 1)
        )


@pytest.fixture
def long_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """90 one-speech files, more than the tree's pane shows; counting starts only when a
    test asks, and counts ``COUNT_MARGIN`` (4) lines beyond the pane."""
    return _folder_of(tmp_path, monkeypatch, 90)


def _folder_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int) -> list[Path]:
    """``count`` one-speech files in a new folder, sorted; counting waits for the test."""
    folder = tmp_path / "多"
    folder.mkdir()
    for number in range(count):
        (folder / f"讲话{number:03d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    monkeypatch.setattr(folder_work, "COUNT_MARGIN", 4)
    return sorted(path.resolve() for path in folder.iterdir())


THREE_SPEECHES = (bundled_corpus_dir() / "济源讲话三篇.txt").read_bytes()
"""A speech file of three speeches (each file of ``long_folder`` holds one)."""


async def test_files_scrolled_into_sight_do_not_wait_for_the_batch_being_counted(
    long_folder: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a batch of files near the top is being counted (held here), the files that
    come into sight at the end get their counts: they are not left for after it."""
    import threading

    held = threading.Event()
    real_count = tree_counts.speeches_and_kind

    def count(path: Path) -> tuple[int, FormatKind]:
        if path == long_folder[5]:
            held.wait(30)
        return real_count(path)

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    app = make_app(long_folder[0].parent)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(app, pilot)
            screen = app.main_screen
            tree = screen.filetree
            screen.count_speeches()
            await until(
                pilot,
                lambda: tree.speech_count(long_folder[4]) is None,
                "the first batch still uncounted",
            )
            tree.scroll_end(animate=False)
            await until(
                pilot,
                lambda: tree.speech_count(long_folder[-1]) == 1,
                "the files in sight at the end counted",
            )
            assert tree.speech_count(long_folder[5]) is None  # its batch is still held
            held.set()
            await settle(app, pilot)
            assert tree.speech_count(long_folder[5]) == 1
    finally:
        held.set()


class ViewChanges:
    """A ``message_hook`` that sees each ``SpeechFileTree.ViewChanged`` at every node it
    reaches (the tree, its ancestors, the screen): ``scrolled`` waits until the screen
    handled one posted after a scroll, instead of a fixed time."""

    def __init__(self) -> None:
        self.dispatched: list[Message] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, SpeechFileTree.ViewChanged):
            self.dispatched.append(message)

    def screen_told(self, tree: SpeechFileTree, since: int) -> bool:
        """Whether a ViewChanged reached the tree's screen after ``dispatched[:since]``.
        The hook runs right before the screen's handler, which runs to its end before the
        test's next step (no await in it)."""
        at_screen = tree.ancestors_with_self.index(tree.screen) + 1
        seen = self.dispatched
        return any(
            sum(1 for earlier in seen[: n + 1] if earlier is message) == at_screen
            for n, message in enumerate(seen)
            if n >= since
        )

    async def scrolled(
        self, pilot: Any, tree: SpeechFileTree, scroll: Callable[[], object]
    ) -> None:
        """Scroll, and wait until the screen handled the tree's ViewChanged."""
        since = len(self.dispatched)
        scroll()
        await until(pilot, lambda: self.screen_told(tree, since), "self.screen_told(tree, since)")


@asynccontextmanager
async def counted_app(
    folder: Path, views: ViewChanges | None = None
) -> AsyncIterator[tuple[Any, Any, SpeechFileTree]]:
    """The reader on ``folder`` once the files in sight are counted: app, pilot, tree."""
    app = make_app(folder)
    async with app.run_test(size=(120, 36), message_hook=views) as pilot:
        await settle(app, pilot)
        app.main_screen.count_speeches()
        await settle(app, pilot)
        yield app, pilot, app.main_screen.filetree


async def test_a_count_is_redone_when_the_file_changed_and_comes_into_sight_again(
    long_folder: list[Path],
) -> None:
    """A counted file that changes on disk shows its new count once the tree shows it
    again; the unchanged files in sight are not parsed again."""
    views = ViewChanges()
    async with counted_app(long_folder[0].parent, views) as (app, pilot, tree):
        changed = long_folder[3]
        assert tree.speech_count(changed) == 1
        changed.write_bytes(THREE_SPEECHES)
        sent: list[list[Path]] = []
        submit = app.background.submit

        def recorded(fn: Any, *args: Any) -> Any:
            if fn is tree_counts.speech_counts:
                known = args[2] if len(args) > 2 else {}
                sent.append([path for path in args[0] if path not in known])
            return submit(fn, *args)

        app.background.submit = recorded  # type: ignore[method-assign, assignment]
        # The screen looks at the end (the file out of sight), then at the top again.
        await views.scrolled(pilot, tree, lambda: tree.scroll_end(animate=False))
        await settle(app, pilot)
        assert tree.speech_count(changed) == 1  # not in sight: not looked at
        tree.scroll_home(animate=False)
        await until(
            pilot, lambda: tree.speech_count(changed) == 3, "tree.speech_count(changed) == 3"
        )
        await settle(app, pilot)
        assert changed not in sum(sent, [])  # it was sent with its stamp, as were the others


async def test_a_failed_count_is_retried_once_and_then_shows_no_count(
    long_folder: list[Path], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A count that fails is tried again ``COUNT_RETRY_SECONDS`` later (a passing failure:
    the count shows then); a file that cannot be counted is tried twice in all and shows
    no count, not the count it had before it changed."""
    monkeypatch.setattr(folder_work, "COUNT_RETRY_SECONDS", 0.2, raising=False)
    # The folder is not indexed in this test: a count is then always a parse through
    # ``speeches_and_kind``. The index, made ``INDEX_DELAY`` after the first file and again
    # as files change, counts a file it holds as it is without a parse: under load it
    # took in the changed file (three speeches) before the screen counted it again, and
    # the tree showed its 3 where this test waited for the failed count's None (check24,
    # check28; newuser26: 5 of 8 runs at once, the changed file tried once).
    monkeypatch.setattr("tui.screens.main.INDEX_DELAY", 3600.0)
    flaky, broken, changing = long_folder[2], long_folder[3], long_folder[4]
    tries: dict[Path, int] = {}
    real_count = tree_counts.speeches_and_kind
    broke = [False]

    def count(path: Path) -> tuple[int, FormatKind]:
        tries[path] = tries.get(path, 0) + 1
        if (path == flaky and tries[path] == 1) or path == broken:
            raise OSError("Input/output error")
        if path == changing and broke[0]:
            raise OSError("Input/output error")
        return real_count(path)

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    views = ViewChanges()
    async with counted_app(long_folder[0].parent, views) as (app, pilot, tree):
        assert tree.speech_count(long_folder[1]) == 1
        assert tree.speech_count(changing) == 1
        await until(pilot, lambda: tree.speech_count(flaky) == 1, "tree.speech_count(flaky) == 1")
        await until(pilot, lambda: tries.get(broken) == 2, "tries.get(broken) == 2")
        await settle(app, pilot)
        assert tree.speech_count(broken) is None and tries[flaky] == 2
        # A counted file changes and can no longer be counted: its old count goes.
        broke[0] = True
        changing.write_bytes(THREE_SPEECHES)
        # Each scroll waits until the screen handled it: a scroll home read before the
        # scroll to the end was handled never showed the file leaving sight.
        await views.scrolled(pilot, tree, lambda: tree.scroll_end(animate=False))
        await settle(app, pilot)
        await views.scrolled(pilot, tree, lambda: tree.scroll_home(animate=False))
        await until(
            pilot,
            lambda: tree.speech_count(changing) is None,
            "tree.speech_count(changing) is None",
        )
        await until(pilot, lambda: tries.get(changing) == 3, "tries.get(changing) == 3")
        await settle(app, pilot)
        # No third try: no retry is due (a retry comes only from its timer) and no count
        # runs (the files in sight are all tried).
        assert app.main_screen.counts_to_retry == frozenset()
        assert not [w for w in app.main_screen.workers if w.group in COUNTING]
        assert tries[broken] == 2 and tries[changing] == 3
        assert tree.speech_count(changing) is None
    assert any(str(broken) in record.getMessage() for record in caplog.records)


async def test_files_a_scroll_only_passed_by_are_not_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the counter's batch and a batch of files in sight are both being counted,
    the tree scrolls on twice: nothing more is sent until the batch in sight is done,
    then only the files in sight at the end; the files in sight only in between never."""
    import threading

    files = _folder_of(tmp_path, monkeypatch, 200)
    folder = files[0].parent
    first_batch, in_sight_batch = threading.Event(), threading.Event()
    real_count = tree_counts.speeches_and_kind
    app = make_app(folder)
    views = ViewChanges()
    try:
        async with app.run_test(size=(120, 36), message_hook=views) as pilot:
            await settle(app, pilot)
            screen = app.main_screen
            tree = screen.filetree
            height = tree.size.height
            held = {files[5]: first_batch, files[height + 10]: in_sight_batch}

            def count(path: Path) -> tuple[int, FormatKind]:
                if path in held:
                    held[path].wait(30)
                return real_count(path)

            monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
            sent: list[list[Path]] = []
            submit = app.background.submit

            def recorded(fn: Any, *args: Any) -> Any:
                if fn is tree_counts.speech_counts:
                    sent.append(list(args[0]))
                return submit(fn, *args)

            app.background.submit = recorded  # type: ignore[method-assign, assignment]

            def on_lines(top: int) -> set[Path]:
                nodes = [tree.get_node_at_line(line) for line in range(top, top + height)]
                return {n.data.path for n in nodes if n and n.data and not n.allow_expand}

            screen.count_speeches()
            await until(pilot, lambda: len(sent) == 1, "len(sent) == 1")
            tree.scroll_to(y=height + 8, animate=False)
            await until(pilot, lambda: len(sent) == 2, "len(sent) == 2")
            passed_by = on_lines(100) - on_lines(height + 8)
            await views.scrolled(pilot, tree, lambda: tree.scroll_to(y=100, animate=False))
            await views.scrolled(pilot, tree, lambda: tree.scroll_end(animate=False))
            # Both batches still held: nothing more sent, and no counter started to send
            # more (the screen starts one, if at all, in its handler).
            assert len(sent) == 2
            counting = [w for w in screen.workers if w.group in COUNTING]
            assert len(counting) == 2 and not any(w.is_finished for w in counting)
            end = int(tree.scroll_offset.y)
            passed_by -= on_lines(end)
            assert len(passed_by) > 10
            in_sight_batch.set()
            await until(
                pilot,
                lambda: tree.speech_count(files[-1]) == 1,
                "tree.speech_count(files[-1]) == 1",
            )
            first_batch.set()
            await settle(app, pilot)
            assert not passed_by & set(sum(sent, []))
            assert on_lines(end) <= set(sum(sent, []))
    finally:
        first_batch.set()
        in_sight_batch.set()


async def test_a_changed_file_scrolled_away_and_back_before_the_counter_looks_is_counted_again(
    long_folder: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a busy machine the counter may not look between a scroll away and the scroll
    back: the file still came into sight again, and its change on disk is counted (it
    kept its old count when only the counter's looks told what left sight)."""
    views = ViewChanges()
    async with counted_app(long_folder[0].parent, views) as (app, pilot, tree):
        changed = long_folder[3]
        assert tree.speech_count(changed) == 1
        changed.write_bytes(THREE_SPEECHES)
        screen = app.main_screen
        looks = type(screen)._next_to_count
        held = [True]

        def next_to_count(self: Any, margin: int) -> Any:
            return ([], {}) if held[0] else looks(self, margin)

        monkeypatch.setattr(type(screen), "_next_to_count", next_to_count)
        # Nor does the open file's poll look at the files in sight meanwhile.
        monkeypatch.setattr(type(screen), "check_counts_in_sight", lambda self: None)
        await views.scrolled(pilot, tree, lambda: tree.scroll_end(animate=False))
        await settle(app, pilot)
        held[0] = False  # the counter looks again only once the file is back in sight
        await views.scrolled(pilot, tree, lambda: tree.scroll_home(animate=False))
        await until(
            pilot, lambda: tree.speech_count(changed) == 3, "tree.speech_count(changed) == 3"
        )


async def test_a_batch_that_fails_as_a_whole_costs_only_the_failing_files_count(
    long_folder: list[Path], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A batch whose count fails as a whole (as when the helper process dies on one of
    its files) is counted again one file at a time: the files beside the culprit get
    their counts, the culprit shows none and is logged."""
    monkeypatch.setattr("tui.screens.main.INDEX_DELAY", 3600.0)
    monkeypatch.setattr(folder_work, "COUNT_RETRY_SECONDS", 0.2, raising=False)
    culprit = long_folder[3]
    real_counts = tree_counts.speech_counts

    def counts(paths: list[Path], *args: Any) -> list[tree_counts.Counted | None]:
        if culprit in paths:
            raise EOFError("the helper died")  # the whole batch's answer lost
        return real_counts(paths, *args)

    monkeypatch.setattr(tree_counts, "speech_counts", counts)
    async with counted_app(long_folder[0].parent) as (app, pilot, tree):
        await settle(app, pilot)
        assert [tree.speech_count(path) for path in long_folder[1:6]] == [1, 1, None, 1, 1]
        # Tried again (``COUNT_RETRY_SECONDS`` later), it fails again and says so: it
        # looked not counted yet.
        await until(pilot, lambda: "无法计数" in tree_label(tree, culprit), "the culprit marked")
    assert any("the helper died" in record.getMessage() for record in caplog.records)


def tree_label(tree: SpeechFileTree, path: Path) -> str:
    """The line the tree draws for the listed file ``path``, as text."""
    node = tree.node_for_path(path)
    assert node is not None, path
    return tree.render_label(node, Style(), Style()).plain


async def test_a_file_that_cannot_be_counted_says_so(
    counted_folder: dict[Path, int | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose speeches could not be counted (a binary ".txt", one whose count failed
    twice) showed nothing in the count's place, as a file not counted yet does: it says
    无法计数 now, with where to see why; a count that failed once and is tried again
    shows no mark meanwhile, nor after its retry counts it."""
    monkeypatch.setattr(folder_work, "COUNT_RETRY_SECONDS", 0.2, raising=False)
    monkeypatch.setattr("tui.screens.main.INDEX_DELAY", 3600.0)
    paths = list(counted_folder)
    binary = next(path for path, count in counted_folder.items() if count is None)
    flaky, broken = [path for path, count in counted_folder.items() if count == 1][:2]
    tries: dict[Path, int] = {}
    real_count = tree_counts.speeches_and_kind

    def count(path: Path) -> tuple[int, FormatKind]:
        tries[path] = tries.get(path, 0) + 1
        if (path == flaky and tries[path] == 1) or path == broken:
            raise OSError("Input/output error")
        return real_count(path)

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    async with counted_app(paths[0].parent) as (app, pilot, tree):
        await until(pilot, lambda: tries.get(broken) == 2, "two tries of the broken file")
        await until(pilot, lambda: tree.speech_count(flaky) == 1, "the flaky file counted")
        await settle(app, pilot)
        # (the pane at 120 columns is too narrow for the worded mark: "无法计数")
        assert tree_label(tree, binary).endswith("  无法计数"), tree_label(tree, binary)
        assert tree_label(tree, broken).endswith("  无法计数"), tree_label(tree, broken)
        assert tree_label(tree, flaky).endswith("  1篇"), tree_label(tree, flaky)
        counted = [path for path in paths if path not in (binary, flaky, broken)]
        assert not [path for path in counted if "无法计数" in tree_label(tree, path)]
        ui_text.set_language("en")
        assert tree_label(tree, binary).endswith("  no count"), tree_label(tree, binary)


async def test_an_empty_file_is_listed_as_empty(tmp_path: Path) -> None:
    """A file of 0 bytes said 无法计数 (no count: open it for why) beside a binary file's
    same mark; its line says 空文件 (empty), counted or opened, and the binary's is kept."""
    folder = tmp_path / "讲话"
    folder.mkdir()
    speech, empty, binary = folder / "甲讲话.txt", folder / "空的.txt", folder / "坏的.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02PK\x00" * 50)
    async with counted_app(folder) as (app, pilot, tree):
        await until(pilot, lambda: "无法计数" in tree_label(tree, binary), "the binary marked")
        await until(pilot, lambda: tree_label(tree, empty).endswith("  空文件"), "empty marked")
        app.main_screen.open_and_reveal(empty)
        await settle(app, pilot)
        assert "文件是空的" in app.main_screen.reader.message
        assert tree_label(tree, empty).endswith("  空文件"), tree_label(tree, empty)
        app.main_screen.open_and_reveal(binary)
        await settle(app, pilot)
        assert tree_label(tree, binary).endswith("  无法计数"), tree_label(tree, binary)
        ui_text.set_language("en")
        assert tree_label(tree, empty).endswith("  empty"), tree_label(tree, empty)
