"""The app's background service: a thread pool, and one helper process for heavy work.

One ``Background`` is made per run of the reader (``tui.cli.launch`` or ``make_app``) and
owned by the app, which shuts it down on quit. Work is submitted as a plain function and
comes back as a ``concurrent.futures.Future``; widgets wait for it in Textual workers
(``await asyncio.wrap_future(...)``), so results reach the UI thread through the
framework. Nothing here imports Textual.

* ``submit(fn, *args)`` runs ``fn`` on a thread of the pool: reading and parsing files,
  counting speeches, wrapping. Parsing holds the GIL, but the first screen is parsed
  from a prefix of the file (``tui.engine.prefix``) and the rest costs less in a thread
  than sending a big document between processes (``tests/bench/bench_background.py``).
* ``submit_process(fn, *args)`` runs ``fn`` in the helper process: jieba's start, the
  keywords of a big file (some 18 s of CPU for 10 MB) and the parsing of a folder's files
  for the search index (``tui.jobs.index_sync.index_in_helper``) would take that time from the UI
  thread too. ``fn`` and its arguments must pickle; the helper is a ``spawn``
  ``ProcessPoolExecutor`` of one process, started on first use (the same on every
  platform and in tests), with a lowered CPU priority. It ends with its parent: a thread
  in it polls the parent's pid (``_watch_parent``), so a ``kill -9`` of the app leaves no
  helper behind. If the helper dies, the caller's work is done again on a thread and
  ``on_problem`` is told once; later process work runs on threads too. No wait on the
  helper can last forever: work the pool may have lost as its process died (CPython 3.11's
  ``submit`` races the pool's own clean-up) is done again on a thread, and ``shutdown``
  cancels every future of work still in the helper (docs/architecture.md, "When the
  helper dies").

The module also owns the process's cyclic garbage collector while work that makes many
long-lived objects runs (``collector_held``: the start in ``tui.cli.launch``, a file's parse
in ``tui.jobs``), so that holds taken on different threads never undo each other.

Failures are never swallowed: a function's exception is the future's exception, and
the service's own trouble (a dead helper, stale temporary files it could not remove)
goes to ``on_problem`` (the app shows it as a notice and logs it).

Why this module is over 500 lines: the helper's life (start, death, work given back to
threads, shutdown) is one state machine on ``Background``'s lock; split, each part would
reach into the others' state.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, ParamSpec, TypeVar

from tui.paths import STALE_SECONDS

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
P = ParamSpec("P")

log = logging.getLogger(__name__)

THREADS = 4
"""Threads of the pool: a load, a count, a wrap and a search can wait at the same time."""
HELPER_NICENESS = 10
"""How much lower the helper's CPU priority is: its work never competes with the UI."""
PARENT_POLL_SECONDS = 0.25
"""How often the helper checks that the app still runs."""
TEMP_PATTERNS = (".freq.*", "tmp*")
"""Temporary files the helper writes in the cache folder (``tui.engine.keywords``: our
pickle of jieba's dictionary, jieba's own cache) before renaming them into place."""


_holds = 0
"""How many ``collector_held`` blocks are running now (on any thread)."""
_held_from_on = False
"""Whether the collector was on when the first of them began (then the last turns it on)."""
_holds_lock = threading.Lock()


@contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cyclic garbage collector off for the block, on any thread.

    The collector is process-wide: a hold taken by the UI thread (``tui.cli.launch``) and one
    taken by a thread parsing a file (``tui.jobs``) count together; the collector is turned
    on again when the last of them ends, and only if it was on when the first began. Work
    done meanwhile makes objects that live on (modules, a document) or that reference
    counting frees; each collection walked them again (figures in docs/performance-log.md,
    first8 and perf9).
    """
    global _holds, _held_from_on
    with _holds_lock:
        if _holds == 0:
            _held_from_on = gc.isenabled()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _holds_lock:
            _holds -= 1
            if _holds == 0 and _held_from_on:
                gc.enable()


def droppable_at_quit(fn: Callable[P, T]) -> Callable[P, T]:
    """Mark ``fn`` as work the app may drop mid-way when it quits: it writes nothing (a
    parse, a count), so the process need not wait for it (``Background.busy_threads``,
    ``tui.cli.leave``). Work not marked (storing a document, removing files) is waited for.
    """
    fn.droppable_at_quit = True  # type: ignore[attr-defined]
    return fn


def _watch_parent(parent: int) -> None:
    """In the helper: end this process as soon as ``parent`` is no longer its parent.

    On Linux and macOS an orphan is adopted by another process, so ``getppid`` changes.
    (Not ``PR_SET_PDEATHSIG``: it fires when the *thread* that started the process ends,
    and the pool starts it from a short-lived thread.) On Windows ``getppid`` keeps the
    dead parent's id: there the helper ends when its task is done and the pool's pipe
    is gone.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(0)


def _helper_start(parent: int) -> None:  # pragma: no cover - runs in the helper process
    """The helper's initializer: quiet, low priority, tied to the app's life."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # nothing may reach the terminal the UI draws on
        os.dup2(null, fd)
    try:
        os.nice(HELPER_NICENESS)
    except (AttributeError, OSError):
        pass  # no niceness on this platform: the work runs as it is
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-parent").start()


def _pid() -> int:
    return os.getpid()


class Background:
    """A thread pool and a lazily started helper process, shut down together.

    Args:
        processes: whether ``submit_process`` may use a helper process (False: threads).
        on_problem: called (from any thread) with a message for the user when the
            service has trouble; the app sets it to show a notice.
    """

    def __init__(
        self, processes: bool = True, on_problem: Callable[[str], None] | None = None
    ) -> None:
        self.on_problem = on_problem
        self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="background")
        self._use_processes = processes
        self._processes: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._ahead: dict[object, Future[Any]] = {}
        self._sent: dict[Future[Any], _Sent] = {}
        """The work in the helper now, by the pool's future, until it is settled (once)."""
        self._dropping: set[int] = set()
        """Threads (``threading.get_ident``) running work marked ``droppable_at_quit``."""

    # ------------------------------------------------------------------ submitting

    def submit(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """``fn(*args, **kwargs)`` on a thread of the pool.

        After ``shutdown`` the future comes back cancelled: a worker waiting for it
        ends as cancelled (the app is quitting), not with an error.
        """
        try:
            if getattr(fn, "droppable_at_quit", False):
                return self._threads.submit(partial(self._droppable, fn, *args, **kwargs))
            return self._threads.submit(fn, *args, **kwargs)
        except RuntimeError:  # shut down
            return _cancelled()

    def _droppable(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, **kwargs)``, its thread known meanwhile as one quitting may leave."""
        me = threading.get_ident()
        with self._lock:
            self._dropping.add(me)
        try:
            return fn(*args, **kwargs)
        finally:
            with self._lock:
                self._dropping.discard(me)

    def busy_threads(self) -> list[threading.Thread]:
        """The threads the process must wait for before it exits: every thread alive
        but daemons, the caller's, and the pool's threads running work marked
        ``droppable_at_quit`` (a parse of a big file: seconds the GIL is held, and its
        result is not wanted any more)."""
        with self._lock:
            dropping = set(self._dropping)
        me = threading.current_thread()
        return [
            thread
            for thread in threading.enumerate()
            if thread is not me
            and not thread.daemon
            and thread.is_alive()
            and thread.ident not in dropping
        ]

    def submit_process(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """``fn(*args)`` in the helper process (on a thread if there is none or it died).

        ``fn`` must be a module-level function and ``args`` must pickle. The first call
        starts the helper on a thread of the pool, not the caller's: importing
        multiprocessing and starting two processes took 25-40 ms, a frame's worth.
        """
        if self._closed or not self._use_processes:
            return self.submit(fn, *args)
        outer: Future[T] = Future()
        if self._processes is None:
            _chain(self.submit(self._send, fn, args, outer), outer, values=False)
        else:
            self._send(fn, args, outer)
        return outer

    def _send(self, fn: Callable[..., T], args: tuple[Any, ...], outer: Future[T]) -> None:
        """Give ``fn(*args)`` to the helper; ``outer`` completes with its result."""
        pool = self._process_pool()
        if pool is None:
            _chain(self.submit(fn, *args), outer)
            return
        try:
            inner = pool.submit(fn, *args)
        except RuntimeError as error:  # broken or shut down meanwhile
            if not self._closed:
                self._helper_failed(pool, error)
            _chain(self.submit(fn, *args), outer)
            return
        with self._lock:
            self._sent[inner] = _Sent(pool, outer, fn, args)
        inner.add_done_callback(self._settle)
        # A caller that gives up (a cancelled worker) takes the work out of the queue.
        outer.add_done_callback(lambda done: inner.cancel() if done.cancelled() else None)
        if _broken(pool) and not inner.done():
            # The helper died as this was given: on Python 3.11 the pool's manager thread
            # may have failed its work and stopped before ``submit`` added this, whose
            # future would then never complete (played on purpose in tests/pool_race.py).
            self._helper_failed(pool, RuntimeError("the helper process died"))

    def _settle(self, done: Future[Any]) -> None:
        """Pass the helper's result on, or do the work again on a thread if it died."""
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            sent = self._sent.pop(done, None)
        if sent is None:
            return  # settled already (the helper died: done again on a thread)
        if sent.outer.done():
            return  # the caller gave up
        if done.cancelled():
            if self._closed:
                sent.outer.cancel()
            else:  # dropped from the queue of a helper that died: on a thread then
                self._on_thread(sent)
            return
        error = done.exception()
        if isinstance(error, BrokenProcessPool):
            if self._closed:  # ``shutdown`` killed it: given up, as when still queued
                sent.outer.cancel()
            else:
                self._helper_failed(sent.pool, error)
                self._on_thread(sent)
            return
        _chain(done, sent.outer)

    def _on_thread(self, sent: _Sent) -> None:
        """Do ``sent``'s work on a thread instead; its caller's future gets the result."""
        _chain(self.submit(sent.fn, *sent.args), sent.outer)

    def _process_pool(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._closed or not self._use_processes:
                return None
            if self._processes is None:
                try:
                    self._processes = _start_pool()
                except (OSError, ImportError, ValueError) as error:
                    self._use_processes = False
                    from tui import ui_text  # (loaded by then; the helper never gets here)

                    self._report(ui_text.HELPER_NOT_STARTED(error=error))
                    return None
            return self._processes

    def _helper_failed(self, pool: ProcessPoolExecutor, error: BaseException) -> None:
        """The helper died: say so once, and run process work on threads from now on."""
        with self._lock:
            if self._processes is not pool:
                return  # told already
            self._processes = None
            self._use_processes = False
        log.warning("helper process died: %s", error)
        _kill_workers(pool)
        pool.shutdown(wait=False, cancel_futures=True)
        # Work the pool may never complete (``_send``) is done again on threads now; a
        # future the pool completes later finds it settled.
        for sent in self._take_sent(pool):
            if not sent.outer.done():
                self._on_thread(sent)
        from tui import ui_text

        self._report(ui_text.HELPER_DIED())

    def _take_sent(self, pool: ProcessPoolExecutor | None = None) -> list[_Sent]:
        """Forget the work given to ``pool`` (to any pool with None) not settled yet."""
        with self._lock:
            taken = [
                inner for inner, sent in self._sent.items() if pool is None or sent.pool is pool
            ]
            return [self._sent.pop(inner) for inner in taken]

    def _report(self, message: str) -> None:
        log.warning("%s", message)
        if self.on_problem is not None:
            self.on_problem(message)

    # ------------------------------------------------------------------ work sent ahead

    def submit_ahead(
        self, key: object, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs
    ) -> None:
        """Start ``fn`` on a thread now; ``take_ahead(key)`` gives its future later (once)."""
        self._ahead[key] = self.submit(fn, *args, **kwargs)

    def take_ahead(self, key: object) -> Future[Any] | None:
        """The future of the work sent ahead under ``key``, if any (then forgotten)."""
        return self._ahead.pop(key, None)

    # ------------------------------------------------------------------ life

    @property
    def helper_usable(self) -> bool:
        """Whether ``submit_process`` work goes to a helper process, not to threads."""
        return self._use_processes and not self._closed

    @property
    def helper_running(self) -> bool:
        """Whether the helper process has been started and is in use."""
        return self._processes is not None

    def helper_pids(self) -> list[int]:
        """Process ids of the helper process (and of multiprocessing's resource tracker,
        which it starts), for tests and benchmarks."""
        pool = self._processes
        if pool is None:
            return []
        # The pool's processes are only reachable through a private attribute (a Python
        # without it fails here: docs/architecture.md, "Private names in use").
        processes = pool._processes or {}
        pids = [pid for pid, process in list(processes.items()) if process.is_alive()]
        tracker = _tracker_pid()
        return pids + ([tracker] if tracker is not None else [])

    def start_helper(self) -> list[int]:
        """Start the helper process now (else it starts on first use); its pids."""
        pool = self._process_pool()
        if pool is not None:
            pool.submit(_pid).result()
        return self.helper_pids()

    def shutdown(self) -> None:
        """Stop everything now: queued work is dropped, the helper is killed mid-task, and
        the future of work given to it is cancelled at once (a caller waiting on it ends).

        A function already running on a thread runs to its end; ``tui.cli.leave`` waits
        for it (at most ``QUIT_GRACE``) unless it is marked ``droppable_at_quit`` (a
        parse: ``busy_threads``), and then exits without it.
        """
        with self._lock:
            self._closed = True
            pool, self._processes = self._processes, None
        self._ahead.clear()
        if pool is not None:
            _kill_workers(pool)
            pool.shutdown(wait=False, cancel_futures=True)
        # No caller waits on the helper after this, even for a future its pool never
        # completes (a helper dead as the work was given: ``_send``).
        for sent in self._take_sent():
            sent.outer.cancel()
        self._threads.shutdown(wait=False, cancel_futures=True)


class _Sent(NamedTuple):
    """Work given to the helper: its pool, the caller's future, and the call."""

    pool: ProcessPoolExecutor
    outer: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]


def _broken(pool: ProcessPoolExecutor) -> bool:
    """Whether the pool knows its process died (only its private ``_broken`` says so; a
    Python without it fails here, not quietly: docs/architecture.md, "Private names in
    use")."""
    return bool(pool._broken)


def _start_pool() -> ProcessPoolExecutor:
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import resource_tracker

    # multiprocessing's resource tracker (a process of its own, which ends when this one
    # does) is given sys.stderr, which Textual has replaced by an object without a file
    # descriptor: it gets /dev/null, so nothing it says reaches the terminal either.
    if sys.platform != "win32":
        stderr = sys.stderr
        with open(os.devnull, "w") as null:
            sys.stderr = null
            try:
                resource_tracker.ensure_running()
            finally:
                sys.stderr = stderr
    # spawn: a fresh interpreter, the same on Linux, macOS and Windows; never a fork of
    # a process with threads running.
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        1, mp_context=context, initializer=_helper_start, initargs=(os.getpid(),)
    )


def _tracker_pid() -> int | None:
    """multiprocessing's resource tracker process, if it was started."""
    import sys

    tracker = sys.modules.get("multiprocessing.resource_tracker")
    pid = getattr(getattr(tracker, "_resource_tracker", None), "_pid", None)
    return pid if isinstance(pid, int) else None


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's processes now, even mid-task (``shutdown`` waits for the task).

    Python 3.14 has ``kill_workers``; before, the processes are only reachable through
    the pool's ``_processes``.
    """
    kill = getattr(pool, "kill_workers", None)
    if kill is not None:
        kill()
        return
    for process in list((pool._processes or {}).values()):
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):
            pass  # gone already


def _cancelled() -> Future[Any]:
    future: Future[Any] = Future()
    future.cancel()
    return future


def _chain(source: Future[Any], target: Future[T], values: bool = True) -> None:
    """Complete ``target`` as ``source`` completes (with ``values=False`` only when
    ``source`` is cancelled or fails: its value is not ``target``'s)."""

    def done(finished: Future[Any]) -> None:
        if target.done():
            return
        if finished.cancelled():
            target.cancel()
            return
        error = finished.exception()
        if error is not None:
            target.set_exception(error)
        elif values:
            target.set_result(finished.result())

    source.add_done_callback(done)


def remove_stale_temp_files(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temporary files an earlier run left in ``folder`` (killed mid-write).

    Only files named as the helper names its temporary files (``TEMP_PATTERNS``) and
    older than ``STALE_SECONDS`` (a file younger may be another instance's write in
    progress). Returns what was removed.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = [entry for pattern in TEMP_PATTERNS for entry in folder.glob(pattern)]
    except OSError:
        return removed
    for entry in entries:
        try:
            if entry.is_file() and now - entry.stat().st_mtime > STALE_SECONDS:
                entry.unlink()
                removed.append(entry)
        except OSError as error:
            log.warning("could not remove %s: %s", entry, error)
    return removed
