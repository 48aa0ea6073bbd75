"""Settings shared by every test folder: hypothesis profiles, and no test touching the
user's own folders.

CI must never turn red by chance, so property tests are derandomized by default (the same
examples on every run, found from the test's own source). For a wider, random search on
your machine: ``HYPOTHESIS_PROFILE=wide python -m pytest tests/unit/test_engine_properties.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

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

IDLE_STEP_VARIABLE = "SPEECH_READER_TEST_IDLE_STEP"
"""A race finder: ``SPEECH_READER_TEST_IDLE_STEP=0.002 python -m pytest -n auto`` makes
Pilot's idle wait (``textual._wait.wait_for_idle``, behind ``press`` and ``pause``) step
2 ms instead of 20 ms, so a test that reads the app after one pause, where it should wait
for a state (``until``, ``settle``, ``wait_for_refresh``), fails as it would on a loaded
machine. Two such runs found 16 (docs/performance.md, "How long the check takes")."""
if os.environ.get(IDLE_STEP_VARIABLE):
    import textual._wait

    textual._wait.SLEEP_GRANULARITY = float(os.environ[IDLE_STEP_VARIABLE])


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one test process more than the cores this run may use.

    A UI test spends most of its time waiting with the CPU idle (Pilot's pauses wait for
    the app to go idle in steps of 20 ms, and helper processes start and answer): with
    as many workers as cores, two cores ran about 40 % busy. ``PYTEST_XDIST_AUTO_NUM_WORKERS``
    still decides when set. Figures: docs/performance.md, "How long the check takes".
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cores = os.cpu_count() or 1
    return cores + 1


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
