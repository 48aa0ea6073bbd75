"""Folder benchmark (not a timed test): keys stay quick while a big folder is counted.

Run ``python tests/bench/bench_folder.py [--files 10000]``. It writes a folder of N small
speech files (the bundled corpus's smallest file, copied), opens the reader on it
headless (Textual's ``run_test``), and from the first text on (while the file tree lists
the folder, then while its speech counter works through it) it presses ``j`` and ``k``
and times each key to the first frame
that shows its result (frames are timed where Textual hands them to the driver,
``App._display``, as ``bench_ui.py`` does). It prints the key-to-frame median, 95th
percentile and worst (and the worst of the keys pressed while the tree was still being
listed), how many frames were drawn from the first key to the last key's frame, the longest event-loop step of the UI (a key that comes during a step waits
for its end) in the first second after the first text and later while keys are
pressed, the UI's steps of the listing (from the start until the tree is listed: their
median and their sum), when the speech counter was done with the files near the tree's
pane (files further away are counted when the tree shows them) and how many files have a
count, and the process's CPU time (with ``--hold S`` the app is left open until S seconds
after the first text, so that runs of different code cost the same span of time). Target (issue #17): keys within 50 ms while counting runs.

It also prints the CPU time of the UI's process after the first text, how many of the
folder's files are in the search index at the end and when the index's worker was seen
running and done, and the helper process's RSS (now and its peak) and CPU time, if one
runs; and the CPU of the UI's process and of the helper, apart, over a fixed window from
``--window`` seconds (10) after the first text to the end of ``--hold`` (with
``--add-every``: what the files that keep arriving cost once the keys and the first
counts are done). ``--after S`` starts the keys S seconds after the first text (``--after 3``: while
the folder is indexed); ``--until-indexed`` keeps the app open until the index's worker is
done (the helper's memory after indexing the whole folder). The script runs the same
against an older tree: copy it into that tree's ``tests/bench`` and run it there.

With ``--trace MS`` it also prints, for each key slower than MS ms, what it waited for:
the UI's steps, the garbage collector's runs (generation, the thread that ran it), the
speech counter's batches (from ``FolderWork._count``'s call to its counts, wherever they
were counted) and the index's files done meanwhile, and each thread's CPU time over the
key (Linux's ``/proc/self/task/*/schedstat``); and the full collections of the whole run,
every key's time (with when it was pressed, from the first key), and the CPU time of the
UI thread and of the process's other threads summed over all the keys (from each press to
its frame): the figure a loaded machine moves least. With it, what each of the UI's
event-loop steps of 2 ms or more ran (the callback, or the task and its coroutine) and its
CPU time; the parts of the UI's work of 1 ms or more in and around each slow key (frames,
layouts, each widget's drawing and how many lines, messages handled, the callbacks after a
frame, the file tree's listing batches and counts); the UI's longest steps while the keys
were pressed; and how long keys took from the press to the cursor's move and from the
move to the frame (the frame waits for Textual's frame timer).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchenv import scratch  # noqa: E402


def build(folder: Path, files: int) -> None:
    from tui.paths import bundled_corpus_dir

    smallest = min(bundled_corpus_dir().glob("*.txt"), key=lambda p: p.stat().st_size)
    data = smallest.read_bytes()
    for number in range(files):
        (folder / f"speech{number:05d}.txt").write_bytes(data)


def process_cpu() -> float:
    """CPU seconds of this process (the UI's; not its helper's) so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def helper_figures(app: Any) -> dict[str, float]:
    """The helper process's resident memory now and at its peak (MB) and its CPU seconds
    so far, from ``/proc`` (Linux); nothing when no helper runs. (multiprocessing's
    resource tracker, which the service also lists, is left out.)"""
    background = getattr(app, "background", None)
    pids = background.helper_pids() if background is not None else []
    tracker = None
    try:
        from tui.services import _tracker_pid

        tracker = _tracker_pid()
    except ImportError:
        pass
    for pid in pids:
        if pid == tracker:
            continue
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kb = {
            line.split(":")[0]: int(line.split()[1])
            for line in status.splitlines()
            if line.startswith(("VmRSS", "VmHWM"))
        }
        ticks = os.sysconf("SC_CLK_TCK")
        return {
            "helper_rss_mb": kb.get("VmRSS", 0) / 1024,
            "helper_peak_mb": kb.get("VmHWM", 0) / 1024,
            "helper_cpu_s": (int(fields[11]) + int(fields[12])) / ticks,
        }
    return {}


def indexed_files(folder: Path) -> int:
    """Files of ``folder`` in the search index now (read after the app's run)."""
    import sqlite3

    from tui.engine.index import index_path

    try:
        with contextlib.closing(sqlite3.connect(index_path())) as db:
            return sum(
                db.execute(
                    "SELECT count(*) FROM files WHERE path LIKE ?", (os.path.join(root, "") + "%",)
                ).fetchone()[0]
                for root in {str(folder), os.path.realpath(folder)}
            )
    except sqlite3.Error:
        return 0


def thread_run_ns() -> dict[str, int]:
    """Each thread's time on a CPU so far (ns, Linux's schedstat), by thread name."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    found: dict[str, int] = {}
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/schedstat") as stat:
                ran = int(stat.read().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        name = names.get(int(task), f"task {task}")
        found[name] = found.get(name, 0) + ran
    return found


class Trace:
    """With ``--trace MS``: what happened during each key slower than MS (the UI steps,
    the garbage collector's runs, the speech counter's batches and the index's files on
    other threads, and each thread's CPU time while the key waited)."""

    def __init__(self, slower_than_ms: float) -> None:
        self.slower = slower_than_ms / 1000
        self.collections: list[tuple[float, float, int, str]] = []
        self.batches: list[tuple[float, float, int]] = []
        self.presses: list[tuple[float, float, float, dict[str, int]]] = []
        self.indexed: list[int] = []
        """Files the index had done by each press's frame, less those by its press (the
        screen's ``index_progress``: the same for an index on a thread or in the helper)."""
        self._began = 0.0
        self.steps: dict[float, tuple[float, str]] = {}
        """The UI thread's CPU time and what ran (the callback, or the task and its
        coroutine) of each event-loop step of 2 ms or more, by the step's start."""
        self.timer_sleeps: list[tuple[float, float]] = []
        """Each sleep of the screen's update timer: when it began and until when it was
        to sleep (what a frame asked for meanwhile waits for)."""
        self.parts: list[tuple[float, float, float, str]] = []
        """Parts of the UI's work of 1 ms or more (start, wall, UI thread CPU, what):
        frames, layouts, messages handled, callbacks after a frame, the file tree's
        listing batches, builds and counts (``_wrap``)."""

    def step(self, handle: asyncio.events.Handle, began: float, took: float, cpu: float) -> None:
        callback = getattr(handle, "_callback", None)
        task = getattr(callback, "__self__", None)
        if isinstance(task, asyncio.Task):
            coro = task.get_coro()
            what = f"task {task.get_name()} {getattr(coro, '__qualname__', coro)}"
        else:
            what = getattr(callback, "__qualname__", repr(callback))
        self.steps[began] = (cpu, what)

    def _wrap(self, owner: type, name: str, what: Any) -> None:
        """Record each call of ``owner.name`` of 1 ms or more (``what(self, *args)``
        names it)."""
        original = getattr(owner, name)
        parts = self.parts

        def record(began: float, cpu: float, args: tuple[Any, ...]) -> None:
            took = time.perf_counter() - began
            if took >= 0.001:
                parts.append((began, took, time.thread_time() - cpu, what(*args)))

        if asyncio.iscoroutinefunction(original):

            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                began, cpu = time.perf_counter(), time.thread_time()
                try:
                    return await original(*args, **kwargs)
                finally:
                    record(began, cpu, args)

            setattr(owner, name, timed_async)
        else:

            def timed(*args: Any, **kwargs: Any) -> Any:
                began, cpu = time.perf_counter(), time.thread_time()
                try:
                    return original(*args, **kwargs)
                finally:
                    record(began, cpu, args)

            setattr(owner, name, timed)

    def _wrap_timer_sleeps(self) -> None:
        """Record the screen update timer's sleeps (Textual's ``Timer`` and, where the tree
        has it, ``tui.screens.frames.FrameTimer``)."""
        import importlib

        sleeps = self.timer_sleeps
        for name in ("textual.timer", "tui.screens.frames"):
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            original = module.sleep

            async def recorded(secs: float, original: Any = original) -> None:
                task = asyncio.current_task()
                if task is not None and task.get_name() == "screen_update":
                    now = time.perf_counter()
                    sleeps.append((now, now + secs))
                await original(secs)

            setattr(module, "sleep", recorded)  # noqa: B010 - a module function replaced

    def _wrap_ui(self) -> None:
        self._wrap_timer_sleeps()
        from textual.message_pump import MessagePump
        from textual.screen import Screen
        from textual.widget import Widget
        from textual.widgets import Tree

        from tui.widgets import filetree

        tree = filetree.SpeechFileTree
        self._wrap(Screen, "_on_timer_update", lambda screen: "frame (layout, draw, display)")
        self._wrap(Screen, "_refresh_layout", lambda screen, *_: "  layout")
        self._wrap(
            Screen, "_invoke_and_clear_callbacks", lambda screen: "callbacks after the frame"
        )
        self._wrap(
            MessagePump,
            "_dispatch_message",
            lambda pump, message, *_: f"{type(pump).__name__} handles {type(message).__name__}",
        )
        self._wrap(Tree, "_build", lambda tree, *_: f"{type(tree).__name__} builds its lines")
        self._wrap(
            Widget,
            "render_lines",
            lambda widget, crop: f"    {type(widget).__name__} draws {crop.height} lines",
        )
        for name in (
            "_add_batch",
            "_populate_node",
            "_append_lines",
            "set_speech_counts",
            "uncounted_near_view",
            "files_in_sight",
        ):
            if hasattr(tree, name):
                self._wrap(tree, name, lambda tree, *_, name=name: f"file tree {name}")

    def install(self) -> None:
        import gc

        from tui.screens import folder_work

        def collected(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                self._began = time.perf_counter()
            else:
                self.collections.append(
                    (
                        self._began,
                        time.perf_counter(),
                        info["generation"],
                        threading.current_thread().name,
                    )
                )

        gc.callbacks.append(collected)
        self._wrap_ui()
        # A batch from the counter's call to its counts (wherever they are counted: the
        # function sent to the helper cannot be wrapped here).
        counts = folder_work.FolderWork._count

        async def count(screen: Any, paths: list[Path], *rest: Any) -> None:
            began = time.perf_counter()
            try:
                await counts(screen, paths, *rest)
            finally:
                self.batches.append((began, time.perf_counter(), len(paths)))

        setattr(folder_work.FolderWork, "_count", count)  # noqa: B010 - a method replaced

    def _indexed_slow(self) -> list[int]:
        return [
            indexed
            for press, indexed in zip(self.presses, self.indexed, strict=True)
            if press[2] - press[0] > self.slower
        ]

    def report(self, steps: list[tuple[float, float]]) -> None:
        import gc

        first = self.presses[0][0] if self.presses else 0.0
        full = [(b, e - b, thread) for b, e, gen, thread in self.collections if gen == 2]
        print(
            f"  trace: {len(full)} full collections while the app ran: "
            + ", ".join(
                f"{1000 * took:.0f} ms on {thread} at {began - first:+.2f} s"
                for began, took, thread in full
            )
            + " (from the first key)"
        )
        print(
            f"  trace: {len(gc.get_objects(2))} objects in generation 2, {gc.get_freeze_count()} frozen"
        )
        began = time.perf_counter()
        cpu = time.thread_time()
        gc.collect()
        print(
            f"  trace: a full collection after the run {1000 * (time.perf_counter() - began):.1f} ms "
            f"({1000 * (time.thread_time() - cpu):.1f} ms CPU)"
        )
        main_ms = sum(ran.get("MainThread", 0) for *_, ran in self.presses) / 1e6
        other_ms = sum(
            ns for *_, ran in self.presses for name, ns in ran.items() if name != "MainThread"
        )
        print(
            f"  trace: CPU over all {len(self.presses)} keys (key to frame): UI thread "
            f"{main_ms:.0f} ms, the process's other threads {other_ms / 1e6:.0f} ms"
        )
        waits = []
        for _, moved, _, _ in self.presses:
            asleep = [until - moved for began, until in self.timer_sleeps if began <= moved < until]
            waits.append(max(asleep, default=0.0))
        waited = sorted(wait for wait in waits if wait > 0)
        print(
            f"  trace: {len(waited)} keys found the frame timer asleep after the cursor moved; "
            f"the sleep left (ms): median {1000 * statistics.median(waited or [0.0]):.1f}, "
            f"worst {1000 * max(waited, default=0.0):.1f}, sum {1000 * sum(waited):.0f}"
        )
        handled = sorted(moved - pressed for pressed, moved, _, _ in self.presses)
        drawn = sorted(framed - moved for _, moved, framed, _ in self.presses)
        if handled:
            print(
                f"  trace: press to cursor moved median {1000 * statistics.median(handled):.1f} "
                f"ms, worst {1000 * handled[-1]:.1f}; cursor moved to frame median "
                f"{1000 * statistics.median(drawn):.1f} ms, worst {1000 * drawn[-1]:.1f}"
            )
        print(
            "  trace: every key (ms, from its press, in order, each with the time after the "
            "first key): "
            + ", ".join(
                f"{1000 * (framed - pressed):.0f}@{pressed - first:.1f}"
                for pressed, _, framed, _ in self.presses
            )
        )
        if self.presses:
            keys_began, keys_ended = self.presses[0][0], self.presses[-1][2]
            during = sorted(
                (step for step in steps if keys_began <= step[0] <= keys_ended),
                key=lambda step: -step[1],
            )
            print(
                "  trace: the UI's longest steps during the keys (ms, its CPU, what): "
                + "; ".join(
                    f"{1000 * took:.1f} ({1000 * self.steps.get(began, (0.0, ''))[0]:.1f}) "
                    f"{self.steps.get(began, (0.0, '?'))[1]}"
                    for began, took in during[:8]
                )
            )
            by_cpu = sorted(
                (self.steps.get(began, (0.0, "?")) for began, _ in during),
                key=lambda step: -step[0],
            )
            print(
                "  trace: the UI's steps during the keys with the most CPU (ms, what): "
                + "; ".join(f"{1000 * cpu:.1f} {what}" for cpu, what in by_cpu[:5])
            )
        slow = [press for press in self.presses if press[2] - press[0] > self.slower]
        print(f"  trace: {len(slow)} keys over {1000 * self.slower:.0f} ms")
        for (pressed, moved, framed, threads), indexed in zip(
            slow, self._indexed_slow(), strict=True
        ):

            def ms(t: float, pressed: float = pressed) -> str:
                return f"{1000 * (t - pressed):+.1f}"

            print(f"  key at {ms(pressed)}: handled {ms(moved)}, frame {ms(framed)} ms")
            for began, took in steps:
                if began < framed and began + took > pressed:
                    cpu, what = self.steps.get(began, (0.0, "?"))
                    print(
                        f"    UI step {ms(began)} for {1000 * took:.1f} ms "
                        f"({1000 * cpu:.1f} ms CPU): {what}"
                    )
            for began, took, cpu, what in self.parts:
                if began < framed and began + took > pressed - 0.02:
                    print(
                        f"      part {ms(began)} for {1000 * took:.1f} ms "
                        f"({1000 * cpu:.1f} ms CPU): {what}"
                    )
            for began, ended, generation, thread in self.collections:
                if began < framed and ended > pressed and (generation or ended - began > 0.001):
                    print(
                        f"    gc gen {generation} on {thread} {ms(began)} "
                        f"for {1000 * (ended - began):.1f} ms"
                    )
            for began, ended, files in self.batches:
                if began < framed and ended > pressed:
                    print(f"    count batch of {files} {ms(began)}..{ms(ended)}")
            if indexed:
                print(f"    index: {indexed} files done meanwhile")
            busy = ", ".join(
                f"{name} {ns / 1e6:.1f}" for name, ns in threads.items() if ns > 500_000
            )
            print(f"    CPU ms by thread: {busy}")


async def measure(
    folder: Path,
    presses: int,
    hold: float = 0.0,
    trace: Trace | None = None,
    after: float = 0.0,
    until_indexed: bool = False,
    window_from: float = 10.0,
) -> dict[str, float]:
    from tui.app import make_app

    if trace is not None:
        trace.install()

    app = make_app(folder)
    frames: list[float] = []
    drawn = asyncio.Event()
    display = app._display  # the driver hand-off: where a real terminal gets the frame

    def spy(screen: object, renderable: object) -> None:
        display(screen, renderable)  # type: ignore[arg-type]
        if renderable is not None:
            frames.append(time.perf_counter())
            drawn.set()

    app._display = spy  # type: ignore[method-assign]
    # Every event-loop step of 2 ms or more (a step holds any key that comes meanwhile).
    steps: list[tuple[float, float]] = []
    run_step = asyncio.events.Handle._run

    def timed_step(handle: asyncio.events.Handle) -> None:
        began = time.perf_counter()
        cpu = time.thread_time()
        try:
            run_step(handle)
        finally:
            took = time.perf_counter() - began
            if took >= 0.002:
                steps.append((began, took))
                if trace is not None:
                    trace.step(handle, began, took, time.thread_time() - cpu)

    asyncio.events.Handle._run = timed_step  # type: ignore[method-assign, assignment]
    try:
        figures = await _measure(
            app,
            folder,
            presses,
            frames,
            drawn,
            steps,
            hold,
            trace,
            after,
            until_indexed,
            window_from,
        )
    finally:
        asyncio.events.Handle._run = run_step  # type: ignore[method-assign]
    if trace is not None:
        trace.report(steps)
    return figures


async def _measure(
    app: Any,
    folder: Path,
    presses: int,
    frames: list[float],
    drawn: asyncio.Event,
    steps: list[tuple[float, float]],
    hold: float,
    trace: Trace | None = None,
    after: float = 0.0,
    until_indexed: bool = False,
    window_from: float = 10.0,
) -> dict[str, float]:
    from textual import events

    start = time.perf_counter()
    latencies: list[float] = []
    phases: list[str] = []
    while_indexing: list[bool] = []
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.main_screen
        while screen.reader.document is None:
            await pilot.pause(0.05)
        opened = time.perf_counter()
        cpu_opened = process_cpu()
        tree = screen.filetree

        def index_done() -> int:
            progress = screen.index_progress()
            return progress[0] if progress else 0

        # The index's worker, seen running and then finished (checked at each pause).
        index_seen: list[float] = []
        index_ended: list[float] = []

        def watch_index() -> None:
            if screen.indexing:
                index_seen.append(time.perf_counter())
            elif index_seen and not index_ended:
                index_ended.append(time.perf_counter())

        # (the files built: with ``--add-every`` a tree that lists no new file is listed too)
        files = sum(1 for name in os.listdir(folder) if name.startswith("speech"))
        driver = app._driver
        assert driver is not None

        def listed() -> bool:
            # The tree has listed the folder (it adds the nodes in short batches, a batch
            # a frame) and the first counts have come in.
            return len(tree.root.children) >= files and any(
                tree.speech_count(node.data.path) for node in tree.root.children[:50] if node.data
            )

        # Keys are timed from the first text (or ``--after`` seconds later): while the tree
        # lists the folder, then while the speech counter works through it.
        counting_started: float | None = None
        while time.perf_counter() < opened + after:
            await pilot.pause(0.1)
            watch_index()
            if counting_started is None and listed():
                counting_started = time.perf_counter()
        unmoved = 0
        first_press, last_frame = float("inf"), 0.0
        moved: list[float] = []
        screen.reader.cursor_changed.subscribe(
            screen, lambda _: moved.append(time.perf_counter()), immediate=True
        )
        while len(latencies) < presses and unmoved < presses:
            if counting_started is None and listed():
                counting_started = time.perf_counter()
            phase = "counting" if counting_started is not None else "listing"
            indexing = screen.indexing
            key = "j" if len(latencies) % 2 == 0 else "k"
            count = len(moved)
            ran = thread_run_ns() if trace is not None else {}
            indexed_before = index_done()
            pressed = time.perf_counter()
            # As a terminal sends a key: at once, not after the app is idle (Pilot.press
            # waits for that, and while the tree lists a folder the app is never idle).
            event = events.Key(key, key)
            event.set_sender(app)
            driver.send_message(event)
            waited = time.perf_counter()
            while len(moved) == count and time.perf_counter() - waited < 5:
                await asyncio.sleep(0)
            if len(moved) == count:  # no move (k at the top while the file was replaced)
                unmoved += 1
                continue
            # The first frame handed to the driver after the cursor moved shows the move.
            while not frames or frames[-1] < moved[-1]:
                drawn.clear()
                await asyncio.wait_for(drawn.wait(), 10)
            framed = next(t for t in frames if t >= moved[-1])
            latencies.append(framed - pressed)
            first_press = min(first_press, pressed)
            last_frame = framed
            if trace is not None:
                now = thread_run_ns()
                ran = {name: now[name] - ran.get(name, 0) for name in now}
                trace.presses.append((pressed, moved[-1], framed, ran))
                trace.indexed.append(index_done() - indexed_before)
            phases.append(phase)
            while_indexing.append(indexing)
            watch_index()
            await asyncio.sleep(0.05)  # a reader's pace, not a key-repeat storm
        pressing = time.perf_counter() - opened
        keys_frames = sum(1 for t in frames if first_press <= t <= last_frame)
        await asyncio.sleep(0)  # what follows is a step of its own, not one of the keys'
        while counting_started is None:
            await pilot.pause(0.05)
            if listed():
                counting_started = time.perf_counter()
        # Until the speech counter has started and is done with the files near the tree's
        # pane (its worker's state, read each 0.2 s: asking the tree for 10,000 counts
        # took 300 ms of the UI thread a time), then each file's count is checked once.
        # (A counter that counted the whole folder, before 5 December 2026, is done once it
        # has been seen running and is no more: this script times that code too.)
        seen = False
        while True:
            running = any(w.group == "count" and not w.is_finished for w in screen.workers)
            seen = seen or running
            if (getattr(screen, "_count_tried", None) is not None or seen) and not running:
                break
            await pilot.pause(0.2)
            if time.perf_counter() - counting_started > 900:
                break
        counted = time.perf_counter() - counting_started
        files_counted = sum(1 for path in folder.iterdir() if tree.speech_count(path))
        # The app left open (``--hold``): what it costs the UI's process in that time; with
        # ``--until-indexed`` until the index's worker is done too (at most 900 s).
        watch_index()
        # The window's start (``--window``): the UI process's and the helper's CPU from
        # then on, when nothing but the folder's changes is left to do (keys and the
        # first counts done).
        window: tuple[float, float, float] | None = None
        while time.perf_counter() < opened + hold or (
            until_indexed
            and not index_ended
            and (screen.indexing or not index_seen)
            and time.perf_counter() < opened + 900
        ):
            if window is None and time.perf_counter() >= opened + window_from:
                window = (
                    time.perf_counter(),
                    process_cpu(),
                    helper_figures(app).get("helper_cpu_s", 0.0),
                )
            await pilot.pause(0.2)
            watch_index()
        held = time.perf_counter() - opened
        helpers = helper_figures(app)
        if window is not None:
            began, ui_cpu, helper_cpu = window
            helpers["window_s"] = time.perf_counter() - began
            helpers["window_from_s"] = began - opened
            helpers["window_ui_cpu_s"] = process_cpu() - ui_cpu
            helpers["window_helper_cpu_s"] = helpers.get("helper_cpu_s", 0.0) - helper_cpu
        in_index = indexed_files(folder)
    cpu = process_cpu()
    worst_at = latencies.index(max(latencies)) + 1
    during_listing = [t for t, phase in zip(latencies, phases, strict=True) if phase == "listing"]
    during_index = [t for t, busy in zip(latencies, while_indexing, strict=True) if busy]
    latencies.sort()
    first_second = [took for began, took in steps if opened <= began < opened + 1]
    later = [took for began, took in steps if opened + 1 <= began < opened + pressing]
    listing_ends = counting_started or opened
    while_listing = [took for began, took in steps if began < listing_ends]
    return {
        "step_listing_ms": 1000 * statistics.median(while_listing or [0.0]),
        "steps_listing": len(while_listing),
        "listing_ui_ms": 1000 * sum(while_listing),
        "step_first_s_ms": 1000 * max(first_second, default=0.0),
        "step_later_ms": 1000 * max(later, default=0.0),
        "keys_frames": keys_frames,
        "median_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))],
        "worst_ms": 1000 * latencies[-1],
        "worst_at": worst_at,
        "listing_presses": len(during_listing),
        "unmoved": unmoved,
        "listing_worst_ms": 1000 * max(during_listing, default=0.0),
        "index_presses": len(during_index),
        "index_median_ms": 1000 * statistics.median(during_index or [0.0]),
        "index_worst_ms": 1000 * max(during_index, default=0.0),
        "counting_s": counted,
        "files_counted": files_counted,
        "open_s": opened - start,
        "listed_s": (counting_started or opened) - opened,
        "cpu_s": cpu,
        "cpu_after_text_s": cpu - cpu_opened,
        "index_began_s": (index_seen[0] - opened) if index_seen else -1.0,
        "index_ended_s": (index_ended[0] - opened) if index_ended else -1.0,
        "in_index": in_index,
        **helpers,
        "held_s": held,
    }


async def measure_build(folder: Path, rounds: int = 20) -> dict[str, float]:
    """Median ms of one build of the listed tree's lines: Textual's ``Tree._build`` (every
    label measured) and ``SpeechFileTree._build`` (labels are fitted to the pane), in turns."""
    from textual.widgets import Tree

    from tui.app import make_app

    app = make_app(folder)
    times: dict[str, list[float]] = {"tree": [], "file tree": []}
    async with app.run_test(size=(160, 45)) as pilot:
        tree = app.main_screen.filetree
        while len(tree.root.children) < len(os.listdir(folder)) or getattr(tree, "listing", False):
            await pilot.pause(0.05)
        for _ in range(rounds):
            for name, build in (("tree", lambda: Tree._build(tree)), ("file tree", tree._build)):
                started = time.perf_counter()
                build()
                times[name].append(1000 * (time.perf_counter() - started))
    return {name: statistics.median(values) for name, values in times.items()}


async def measure_reload(folder: Path, rounds: int = 3) -> dict[str, Any]:
    """One relisting of the listed folder after a file was added to it (the 2 s check's
    ``check_listing_in_sight``, called at once), ``rounds`` times: the UI thread's CPU from
    the call until the new file is listed and the listing is done, its longest event-loop
    step, the wall time, and whether the cursor (on a file halfway down) and the
    scroll position were kept."""
    from tui.app import make_app

    app = make_app(folder)
    found: dict[str, Any] = {"cpu_ms": [], "step_ms": [], "wall_ms": [], "kept": []}
    steps: list[float] = []
    run_step = asyncio.events.Handle._run

    def timed_step(handle: asyncio.events.Handle) -> None:
        began = time.perf_counter()
        try:
            run_step(handle)
        finally:
            steps.append(time.perf_counter() - began)

    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.main_screen
        tree = screen.filetree
        while screen.reader.document is None or tree.listing or not tree.root.children:
            await pilot.pause(0.05)
        tree.focus()
        await pilot.pause()
        for round_ in range(rounds):
            tree.move_cursor(tree.root.children[len(tree.root.children) // 2])
            await pilot.pause(0.1)
            cursor = tree.cursor_node
            row = tree.cursor_line - int(tree.scroll_offset.y)
            new = folder / f"added{round_:03d}.txt"
            new.write_bytes(next(folder.glob("speech*.txt")).read_bytes())
            steps.clear()
            asyncio.events.Handle._run = timed_step  # type: ignore[method-assign, assignment]
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                screen.check_listing_in_sight()
                while new not in {c.data.path for c in tree.root.children if c.data} or (
                    tree.listing
                ):
                    await asyncio.sleep(0.001)
                    if time.perf_counter() - began > 60:
                        raise TimeoutError(f"{new.name} not listed in 60 s")
                await pilot.pause()
                found["cpu_ms"].append(1000 * (time.thread_time() - cpu))
                found["wall_ms"].append(1000 * (time.perf_counter() - began))
            finally:
                asyncio.events.Handle._run = run_step  # type: ignore[method-assign]
            found["step_ms"].append(1000 * max(steps, default=0.0))
            same = cursor is not None and tree.cursor_node is not None
            same = same and tree.cursor_node.data.path == cursor.data.path  # type: ignore[union-attr]
            kept_row = tree.cursor_line - int(tree.scroll_offset.y) == row
            found["kept"].append(
                f"cursor {'kept' if same else 'lost'}, row {'kept' if kept_row else 'moved'}"
            )
    return found


async def measure_idle(folder: Path, folders: int, seconds: float = 20.0) -> dict[str, Any]:
    """The process's CPU while the app is left alone ``seconds`` with ``folders`` open
    folders of 3 files each in the tree's sight (each 2 s check stats them), against the
    same span with the check made a no-op, in turns in one process; and the UI thread's
    time of one check called directly (median of 20)."""
    from tui.app import make_app
    from tui.screens.folder_work import FolderWork

    for number in range(folders):
        sub = folder / f"folder{number:03d}"
        sub.mkdir()
        for file in range(3):
            (sub / f"speech{file}.txt").write_bytes(next(folder.glob("*.txt")).read_bytes())
    app = make_app(folder)
    found: dict[str, Any] = {"with_check": [], "without": [], "one_check_ms": 0.0}
    async with app.run_test(size=(160, 45 + 4 * folders)) as pilot:
        screen = app.main_screen
        tree = screen.filetree
        while screen.reader.document is None or tree.listing:
            await pilot.pause(0.05)
        for node in list(tree.root.children):
            if node.allow_expand:
                node.expand()
        await tree.wait_listed()
        await pilot.pause(3)
        in_sight = len(tree.folders_in_sight())
        real = FolderWork.check_listing_in_sight
        for _ in range(2):
            for kind in ("with_check", "without"):
                if kind == "without":
                    FolderWork.check_listing_in_sight = lambda self: None  # type: ignore[method-assign, assignment, misc]
                cpu = process_cpu()
                await asyncio.sleep(seconds / 4)
                found[kind].append(1000 * (process_cpu() - cpu) / (seconds / 4))
                FolderWork.check_listing_in_sight = real  # type: ignore[method-assign]
        ui: list[float] = []
        for _ in range(20):
            began = time.thread_time()
            worker = screen.check_listing_in_sight()
            await worker.wait()
            ui.append(1000 * (time.thread_time() - began))
        found["one_check_ms"] = statistics.median(ui)
        found["in_sight"] = in_sight
    return found


def watch_adding(folder: Path, every: float) -> Any:
    """Another process that adds a speech file to ``folder`` every ``every`` seconds."""
    import subprocess

    code = (
        "import sys, time, pathlib\n"
        "folder = pathlib.Path(sys.argv[1]); every = float(sys.argv[2])\n"
        "data = next(folder.glob('speech*.txt')).read_bytes()\n"
        "n = 0\n"
        "while True:\n"
        "    time.sleep(every)\n"
        "    (folder / f'new{n:05d}.txt').write_bytes(data); n += 1\n"
    )
    return subprocess.Popen([sys.executable, "-c", code, str(folder), str(every)])


def measure_walk(folder: Path, rounds: int = 7) -> dict[str, list[float]]:
    """CPU ms (this thread's) of what the index worker does in the UI's process before any
    file is parsed, in turns: the automatic indexing's count of the files in a walk of its
    own and then the index's walk (``auto_index_refusal`` + ``Index.plan_sync``, as before
    7 December 2026), and the one walk that also counts (``plan_sync`` with ``limit``)."""
    from tui.engine.index import Index, scope

    times: dict[str, list[float]] = {"two walks": [], "one walk": []}
    with tempfile.TemporaryDirectory(prefix="bench-walk-") as tmp:
        with Index(Path(tmp) / "index.sqlite3") as index:
            for _ in range(rounds):
                began = time.thread_time()
                scope.auto_index_refusal(folder)
                index.plan_sync(folder)
                times["two walks"].append(1000 * (time.thread_time() - began))
                began = time.thread_time()
                index.plan_sync(folder, limit=scope.AUTO_INDEX_MAX_FILES)
                times["one walk"].append(1000 * (time.thread_time() - began))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument(
        "--hold",
        type=float,
        default=0.0,
        help="keep the app open until this many seconds after the first text (for the CPU figure)",
    )
    parser.add_argument(
        "--trace",
        type=float,
        default=0.0,
        help="print what happened during each key slower than this many ms",
    )
    parser.add_argument(
        "--after",
        type=float,
        default=0.0,
        help="start pressing keys this many seconds after the first text (say 3: while indexing)",
    )
    parser.add_argument(
        "--until-indexed",
        action="store_true",
        help="keep the app open until the folder's index is done (then the helper's memory)",
    )
    parser.add_argument(
        "--walk",
        action="store_true",
        help="time the index worker's walk of the folder (CPU) instead, in two ways in turns",
    )
    parser.add_argument(
        "--build", action="store_true", help="time one build of the listed tree's lines instead"
    )
    parser.add_argument(
        "--reload",
        action="store_true",
        help="time the tree's relisting of the folder after a file was added to it instead",
    )
    parser.add_argument(
        "--idle-folders",
        type=int,
        default=0,
        help="the idle CPU with this many open folders in sight instead (use with --files 1)",
    )
    parser.add_argument(
        "--window",
        type=float,
        default=10.0,
        help="the CPU of the UI process and of the helper from this many seconds after the "
        "first text until the end of --hold (when it ends later), printed apart",
    )
    parser.add_argument(
        "--add-every",
        type=float,
        default=0.0,
        help="another process adds a file to the folder every this many seconds (say 0.5)",
    )
    args = parser.parse_args()
    os.environ.setdefault("SPEECH_READER_HOME", str(scratch("bench-home-")))
    with tempfile.TemporaryDirectory(prefix="bench-folder-") as tmp:
        folder = Path(tmp)
        build(folder, args.files)
        if args.walk:
            walked = measure_walk(folder)
            print(f"{args.files} files: the index worker's walk, CPU ms, 7 rounds in turns")
            for name, values in walked.items():
                print(
                    f"  {name:10} median {statistics.median(values):.0f} "
                    f"({min(values):.0f}-{max(values):.0f})"
                )
            return
        if args.build:
            built = asyncio.run(measure_build(folder))
            print(f"{args.files} files listed: one build of the tree's lines, median of 20")
            for name, ms in built.items():
                print(f"  {name:10} {ms:.1f} ms")
            return
        if args.idle_folders:
            idle = asyncio.run(measure_idle(folder, args.idle_folders))
            print(
                f"{idle['in_sight']} folders in sight, idle: the process's CPU ms per second, "
                "2 rounds of 5 s in turns"
            )
            print("  with the 2 s check   " + ", ".join(f"{v:.1f}" for v in idle["with_check"]))
            print("  check made a no-op   " + ", ".join(f"{v:.1f}" for v in idle["without"]))
            print(f"  one check            {idle['one_check_ms']:.2f} ms of UI-thread CPU (median)")
            return
        if args.reload:
            reloaded = asyncio.run(measure_reload(folder))
            print(f"{args.files} files listed: one file added, the folder relisted, 3 rounds")
            for name in ("cpu_ms", "step_ms", "wall_ms"):
                print(f"  {name:8} " + ", ".join(f"{ms:.0f}" for ms in reloaded[name]))
            print("  " + "; ".join(reloaded["kept"]))
            return
        trace = Trace(args.trace) if args.trace else None
        adder = watch_adding(folder, args.add_every) if args.add_every else None
        try:
            figures = asyncio.run(
                measure(
                    folder,
                    args.presses,
                    args.hold,
                    trace,
                    args.after,
                    args.until_indexed,
                    args.window,
                )
            )
        finally:
            if adder is not None:
                adder.kill()
                adder.wait()
        # Before the folder is removed: under a heavy load removing 10,000 files took long
        # enough that a run ended by ``timeout`` had printed nothing.
        print_figures(args, figures)


def print_figures(args: argparse.Namespace, figures: dict[str, float]) -> None:
    print(f"{args.files} files, {args.presses} key presses while counting", flush=True)
    print(f"  open to first text    {figures['open_s']:.2f} s")
    print(f"  tree listed, counting {figures['listed_s']:.2f} s later")
    print(
        f"  key to frame          median {figures['median_ms']:.1f} ms, "
        f"p95 {figures['p95_ms']:.1f} ms, worst {figures['worst_ms']:.1f} ms "
        f"(press {figures['worst_at']:.0f}) (target 50)"
    )
    print(
        f"  frames while pressing {figures['keys_frames']:.0f} (from the first key to the last "
        "key's frame)"
    )
    print(
        f"  keys while listing    {figures['listing_presses']:.0f}, "
        f"worst {figures['listing_worst_ms']:.1f} ms"
    )
    print(
        f"  keys while indexing   {figures['index_presses']:.0f}, "
        f"median {figures['index_median_ms']:.1f} ms, worst {figures['index_worst_ms']:.1f} ms"
    )
    print(
        f"  longest UI step       {figures['step_first_s_ms']:.1f} ms in the first second "
        f"after the first text, {figures['step_later_ms']:.1f} ms later while keys were pressed"
    )
    print(
        f"  UI steps while listing {figures['steps_listing']:.0f} of 2 ms or more "
        f"(from the start), median {figures['step_listing_ms']:.1f} ms, "
        f"{figures['listing_ui_ms']:.0f} ms in all"
    )
    if figures["unmoved"]:
        print(f"  keys that moved nothing (not timed): {figures['unmoved']:.0f}")
    print(
        f"  counter done          {figures['counting_s']:.1f} s after the tree was listed "
        f"({figures['files_counted']:.0f} files have a count)"
    )
    print(
        f"  CPU of the UI process {figures['cpu_s']:.1f} s, {figures['cpu_after_text_s']:.1f} s "
        f"of it after the first text (the app open {figures['held_s']:.1f} s after it)"
    )
    if "window_s" in figures:
        span = figures["window_s"]
        print(
            f"  CPU in a fixed window from {figures['window_from_s']:.1f} s after the first "
            f"text, {span:.1f} s: UI process {figures['window_ui_cpu_s']:.2f} s "
            f"({1000 * figures['window_ui_cpu_s'] / span:.0f} ms/s), helper "
            f"{figures['window_helper_cpu_s']:.2f} s "
            f"({1000 * figures['window_helper_cpu_s'] / span:.0f} ms/s)"
        )
    began, ended = figures["index_began_s"], figures["index_ended_s"]
    print(
        f"  index                 {figures['in_index']:.0f} files of the folder in it at the end; "
        + (f"worker seen from {began:.1f} s after the first text" if began >= 0 else "not seen")
        + (f", done at {ended:.1f} s" if ended >= 0 else ", not done")
    )
    if "helper_rss_mb" in figures:
        print(
            f"  helper process        RSS {figures['helper_rss_mb']:.0f} MB at the end, "
            f"peak {figures['helper_peak_mb']:.0f} MB, CPU {figures['helper_cpu_s']:.1f} s"
        )
    else:
        print("  helper process        none")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
