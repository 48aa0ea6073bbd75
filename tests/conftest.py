"""Settings shared by every test folder: hypothesis profiles, and no test touching the
user's own folders.

CI must never turn red by chance, so property tests are derandomized by default (the same
examples on every run, found from the test's own source). For a wider, random search on
your machine: ``HYPOTHESIS_PROFILE=wide python -m pytest tests/unit/test_engine_properties.py``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "wide",
    derandomize=False,
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def fixed_local_constants() -> None:
    """In a derandomized profile, Hypothesis's "local constants" are those of every source
    file of ``tui``, worked out once per process, not those of the ``tui`` modules the
    process happens to have imported so far.

    Hypothesis mixes into the values it draws the literals of the project's own modules
    (``providers._get_local_constants``: each module in ``sys.modules`` that is not a test
    or a library), and looks again each time a module was imported since. A UI test
    imports screens and widgets lazily, so what a property test drew depended on which
    tests the same worker ran before it, which ``--dist worksteal`` decides as the run
    goes: derandomized, the same test still drew other examples from run to run (a test
    file drawing ``st.text()``: 627 local constants and one set of 200 examples alone,
    1528 and another set after a test that imported ``tui.app``). With every file of
    ``tui`` scanned, the examples depend on the test's source, Hypothesis's version and
    ``tui``'s source only. The ``wide`` profile keeps Hypothesis's own behaviour."""
    import importlib.util
    import types

    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import constants_from_module

    if not hasattr(providers, "_get_local_constants"):  # Hypothesis's private function
        raise RuntimeError("hypothesis' _get_local_constants is gone: see fixed_local_constants")
    spec = importlib.util.find_spec("tui")
    folders = list(spec.submodule_search_locations or []) if spec else []
    scanned: list[Any] = []

    def local_constants() -> Any:
        if not scanned:
            found = providers._local_constants
            for path in sorted(p for folder in folders for p in Path(folder).rglob("*.py")):
                module = types.ModuleType(path.stem)
                module.__file__ = str(path)
                found = found | constants_from_module(module)  # sorted sets, as Hypothesis's
            providers.CONSTANTS_CACHE.cache.clear()
            scanned.append(found)
        return scanned[0]

    providers._get_local_constants = local_constants


if settings().derandomize:  # the profile loaded above
    fixed_local_constants()

IDLE_STEP = 0.01
"""Pilot's idle wait in every test steps 10 ms instead of Textual's 20 ms.

Pilot's ``press`` and ``pause`` and the snapshot plug-in end in Textual's idle wait
(``textual._wait.wait_for_idle``), which sleeps in steps of ``SLEEP_GRANULARITY`` until
one step used under 1 ms of the process's CPU: most of the UI tests' time is these steps.
The tests wait for states (``settle``, ``until``, ``until_equal``, ``wait_for_refresh``),
not for a step's length; the race finder below (steps of 1-2 ms) found the tests that did
not, until two whole runs of ``tests/ui`` in a row passed at 2 ms. Figures:
docs/performance.md, "How long the check takes"."""

IDLE_STEP_VARIABLE = "SPEECH_READER_TEST_IDLE_STEP"
"""A race finder: ``SPEECH_READER_TEST_IDLE_STEP=0.002 python -m pytest -n auto tests/ui``
makes the idle step 2 ms, so a test that reads the app after one pause, where it should
wait for a state, fails as it would on a loaded machine (docs/performance.md, "How long
the check takes")."""

import textual._wait  # noqa: E402 - after the constants that say why

if not hasattr(textual._wait, "SLEEP_GRANULARITY"):  # Textual's private constant
    raise RuntimeError("textual._wait.SLEEP_GRANULARITY is gone: see IDLE_STEP")
textual._wait.SLEEP_GRANULARITY = float(os.environ.get(IDLE_STEP_VARIABLE) or IDLE_STEP)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one test process more than the cores this run may use.

    A UI test spends most of its time waiting with the CPU idle (Pilot's pauses wait for
    the app to go idle in steps of 10 ms, ``IDLE_STEP``, and helper processes start and
    answer): with as many workers as cores, two cores ran about 40 % busy. ``PYTEST_XDIST_AUTO_NUM_WORKERS``
    still decides when set. Figures: docs/performance.md, "How long the check takes".
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cores = os.cpu_count() or 1
    return cores + 1


COLLECTOR_THRESHOLDS = (10_000, 10, 10)
"""The cyclic garbage collector's thresholds in a test process (Python's: 700, 10, 10).

Textual's frames make many container objects (strips, segments, styles): with 700 the
three test processes of a run made about 81,000 young collections and 6,600 middle ones
(each walking what the young ones had kept), 35 s of their 520 s of CPU in the collector.
At 10,000 there are about 7 times fewer of each. Only when cycles are freed changes
(reference counting frees the rest at once); the app's own processes (``python -m
tui``, its helper) keep Python's thresholds.

Set when this module is imported, before the tests are collected (collecting makes
objects that all live on). Figures: docs/performance.md, "How long the check takes"
(check28)."""

gc.set_threshold(*COLLECTOR_THRESHOLDS)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What is alive once the tests are collected (the test items, the modules imported)
    lives until the process ends: it is put out of the collector's sight
    (``gc.freeze``), as ``tui.cli.launch`` does with the app's start, so that each full
    collection walks what the tests made since, not every collected test again. No test's
    assertions depend on when a cycle is freed; the tests of the app's own holds and
    freezes (``test_jobs``, ``test_services``, ``test_launch``) compare with what was
    frozen before them."""
    gc.collect()
    gc.freeze()


USER_DIRS = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")
"""User folders (besides the cache and HOME) each test process gets a temporary one of."""


def shared_temp(factory: pytest.TempPathFactory) -> Path:
    """The run's temporary folder, the same for every xdist worker of the run (each worker's
    own ``getbasetemp()`` is a ``popen-gwN`` folder inside it)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session", autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every user folder of the run points into the run's temporary folder: HOME and the
    XDG folders (the app's state, data and cache, and what helpers such as LibreOffice keep
    there), and ``SPEECH_READER_HOME`` is unset, so a test that sets no home of its own
    (and every process it starts) writes there, never in the user's ``~/.cache`` or
    ``~/.local``. The cache folder is one for the whole run, shared by the xdist workers:
    jieba's dictionary cache (``keywords.FREQ_CACHE``) and the extracted-text cache are
    written to a temporary file and renamed into place, so a worker reads a whole file
    or none, and the dictionary is built once per run, not once per worker. Yields the
    worker's fake HOME.
    """
    own = tmp_path_factory.getbasetemp() / "user"
    cache = shared_temp(tmp_path_factory) / "user-cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SPEECH_READER_HOME", raising=False)
        patch.setenv("HOME", str(own / "home"))
        patch.setenv("XDG_CACHE_HOME", str(cache))
        for name in USER_DIRS:
            patch.setenv(name, str(own / name.lower()))
        for folder in (own / "home", cache, *(own / n.lower() for n in USER_DIRS)):
            folder.mkdir(parents=True, exist_ok=True)
        yield own / "home"


@pytest.fixture(autouse=True)
def chinese_interface() -> Iterator[None]:
    """Every test starts with the interface in its default language (Chinese), whatever
    the test before it in the same worker chose: ``ui_text``'s language is one global,
    and a test that switched to English and did not switch back made a later test's
    Chinese assertion fail by the order the workers happened to run them in."""
    from tui import ui_text

    ui_text.set_language(ui_text.DEFAULT)
    yield
    ui_text.set_language(ui_text.DEFAULT)


@pytest.fixture(scope="session")
def shared_jieba_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where this run keeps the first jieba dictionary cache a test built (one folder for
    every xdist worker of the run)."""
    folder = shared_temp(tmp_path_factory) / "jieba-cache"
    folder.mkdir(exist_ok=True)
    return folder


@contextlib.contextmanager
def jieba_cache_shared(cache: Path, shared: Path) -> Iterator[None]:
    """For a test whose process (a helper, or ``speech-reader keywords`` run as a process)
    loads jieba with ``cache`` as its cache folder (``SPEECH_READER_HOME``/cache): the
    folder starts with the jieba dictionary cache (``keywords.FREQ_CACHE``) an earlier
    such test of this run built, if any, so the process reads it (0.5 s) instead of
    building it (1.5 s of CPU); the first one built is shared (in ``shared``) for the
    next. Only the cache is shared; that it is built and used is tested in
    ``tests/unit/test_keywords.py``."""
    from tui.engine.keywords import FREQ_CACHE

    shared_file = shared / FREQ_CACHE
    if shared_file.exists():
        cache.mkdir(parents=True, exist_ok=True)
        # Linked: the app replaces the cache by a rename, never writes into it.
        os.link(shared_file, cache / FREQ_CACHE)
    yield
    built = cache / FREQ_CACHE
    if built.exists() and not shared_file.exists():
        # The app writes the cache whole and renames it into place, so ``built`` is
        # complete; another worker may have shared its own in the meantime.
        with contextlib.suppress(FileExistsError):
            os.link(built, shared_file)


class Watchdog:
    """pytest-timeout's ``thread`` method with one thread per test process instead of one
    per test.

    pytest-timeout starts a ``threading.Timer`` for each test and, when the test ends,
    cancels it and joins it: the test process waits for that thread to be scheduled and
    end, 2-5 ms of wall time and about 0.3 ms of CPU a test (the machine's load makes it
    longer), for each of the run's tests. Here one daemon thread
    watches a deadline that each test sets and clears (``pytest_timeout_set_timer`` and
    ``pytest_timeout_cancel_timer``, the hooks pytest-timeout leaves for this); past it,
    it calls pytest-timeout's own ``timeout_timer``, which prints every thread's stack
    and ends the process as the plug-in's own timer does (under ``-n``, xdist reports the
    worker crashed in that test). The ``signal`` method is left to pytest-timeout.
    Figures: docs/performance.md, "How long the check takes" (speed71)."""

    def __init__(self) -> None:
        self.armed: tuple[float, Any, Any] | None = None
        self.thread: threading.Thread | None = None
        self.changed = threading.Event()
        """Set when a test's limit is armed: the watching thread looks at it at once (a
        test's own limit may be shorter than the deadline it waits for)."""

    def arm(self, item: pytest.Item, settings: Any) -> None:
        self.armed = (time.monotonic() + settings.timeout, item, settings)
        self.changed.set()
        if self.thread is None:
            self.thread = threading.Thread(target=self.watch, name="test watchdog", daemon=True)
            self.thread.start()

    def disarm(self) -> None:
        self.armed = None

    def watch(self) -> None:
        import pytest_timeout

        while True:
            self.changed.clear()
            armed = self.armed  # (read after the clear: an arm since sets it again)
            if armed is None:
                self.changed.wait()
            elif (left := armed[0] - time.monotonic()) > 0:
                self.changed.wait(left)
            elif self.armed is armed:  # still the same test's limit
                # Ends the process, unless a debugger is attached (then the test goes on).
                pytest_timeout.timeout_timer(armed[1], armed[2])
                if self.armed is armed:
                    self.armed = None


WATCHDOG = Watchdog()


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """A test's time limit by ``WATCHDOG`` (the ``thread`` method only)."""
    if settings.method != "thread":
        return None  # pytest-timeout's own
    WATCHDOG.arm(item, settings)
    return True


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_cancel_timer(item: pytest.Item) -> bool | None:
    """The limit set by ``pytest_timeout_set_timer`` cleared; pytest-timeout's own, if it
    set one, cancelled by pytest-timeout."""
    WATCHDOG.disarm()
    return None if hasattr(item, "cancel_timeout") else True


CPU_LOG_VARIABLE = "SPEECH_READER_TEST_CPU"
"""A measure of where the tests' CPU goes: ``SPEECH_READER_TEST_CPU=DIR bash .ci/check`` (or
``python -m pytest …``) makes each test process write ``DIR/<worker>.tsv``, a line per test
(its id, then the CPU seconds of the process and of the children it waited for, then the wall
seconds: set-up, call and teardown together) and a last line ``#process`` (the process's CPU
before its first test, and in all). Unset, nothing is measured. Figures: docs/performance.md,
"How long the check takes"."""


def cpu_seconds() -> float:
    """This process's CPU (user + system) with that of the children it waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


if os.environ.get(CPU_LOG_VARIABLE):
    CPU_LOG: list[str] = []
    """A line per test, kept until the session ends."""
    CPU_AT_FIRST_TEST: list[float] = []

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
        """Each test's CPU and wall time, set-up and teardown included."""
        cpu, wall = cpu_seconds(), time.perf_counter()
        if not CPU_AT_FIRST_TEST:
            CPU_AT_FIRST_TEST.append(cpu)
        yield
        CPU_LOG.append(
            f"{item.nodeid}\t{cpu_seconds() - cpu:.4f}\t{time.perf_counter() - wall:.4f}"
        )

    def pytest_sessionfinish(session: pytest.Session) -> None:
        """This process's lines, written once its tests are done."""
        if not CPU_LOG:
            return
        folder = Path(os.environ[CPU_LOG_VARIABLE])
        folder.mkdir(parents=True, exist_ok=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        end = f"#process\t{CPU_AT_FIRST_TEST[0]:.4f}\t{cpu_seconds():.4f}"
        (folder / f"{worker}.tsv").write_text("\n".join([*CPU_LOG, end]) + "\n", "utf-8")
