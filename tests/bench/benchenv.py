"""What the benchmark scripts share: scratch folders removed at exit, the environment of a
measured process, and running one and reading its JSON result.

The scripts run as ``python tests/bench/bench_X.py``, so this module is imported from the
scripts' own folder (``import benchenv``).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def scratch(prefix: str) -> Path:
    """A new temporary folder, removed when the script ends (benchmarks left hundreds)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


PYCACHE = scratch("bench-pycache-")
"""Bytecode of the app's modules, outside the checkout: imports count as installed."""


def bench_env(home: Path | None = None, root: Path = ROOT) -> dict[str, str]:
    """Environment of a measured process: its state folder (a fresh one by default), the
    checkout ``root`` to import, and bytecode kept in ``PYCACHE`` even under
    PYTHONDONTWRITEBYTECODE (an installed app has compiled modules, as Textual has here)."""
    env = dict(
        os.environ,
        SPEECH_READER_HOME=str(home if home is not None else scratch("bench-home-")),
        PYTHONPYCACHEPREFIX=str(PYCACHE),
        PYTHONPATH=str(root),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_json(
    args: list[str],
    env: dict[str, str],
    root: Path = ROOT,
    python: str = sys.executable,
    timeout: float = 600,
) -> Any:
    """Run ``python args…`` in ``root`` with ``env``; the JSON of its last line of output."""
    done = subprocess.run(
        [python, *args], cwd=root, env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode:
        raise SystemExit(f"benchmark process failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def runs_in_turns(command: list[str], trees: dict[str, Path], rounds: int, repeat: int) -> Any:
    """``python COMMAND… REPEAT`` in each checkout of ``trees`` (name → root), ``rounds``
    times in turns (the machine's speed drifts over minutes), after one untimed run each
    (bytecode and stored patterns written): each run's JSON, by checkout name."""
    for root in trees.values():
        run_json([*command, "1"], bench_env(root=root), root)
    found: dict[str, list[Any]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, root in trees.items():
            found[name].append(run_json([*command, str(repeat)], bench_env(root=root), root))
    return found


CHILD_TOOLS = '''
import asyncio, functools, importlib
from pathlib import Path

def patch(module, owner, name, make, prop=False):
    """Put ``make(original)`` in place of ``module[.owner].name`` (a property's getter when
    ``prop``); nothing when the measured checkout lacks it (an older base)."""
    try:
        target = importlib.import_module(module)
        if owner:
            target = getattr(target, owner)
        original = target.__dict__[name].fget if prop else getattr(target, name)
    except (ImportError, AttributeError, KeyError):
        return
    wrapper = functools.wraps(original)(make(original))  # (Textual counts a handler's parameters)
    setattr(target, name, property(wrapper) if prop else wrapper)

def status(pid, field):
    """A field of /proc/PID/status in MB (VmRSS, VmHWM), 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def marked(module, owner, name, what):
    """Mark ``what + " >"`` and ``" <"`` around each call of ``module[.owner].name`` (a
    coroutine function too), with the script's own ``mark``."""
    def make(original):
        if asyncio.iscoroutinefunction(original):
            async def wrapper(*args, **kwargs):
                mark(what + " >")
                try:
                    return await original(*args, **kwargs)
                finally:
                    mark(what + " <")
        else:
            def wrapper(*args, **kwargs):
                mark(what + " >")
                try:
                    return original(*args, **kwargs)
                finally:
                    mark(what + " <")
        return wrapper
    patch(module, owner, name, make)

async def keywords_shown(app, screen, pilot):
    """Press K and wait (up to two minutes) until the keywords are listed and no worker but
    the loader runs."""
    await pilot.press("K")
    for _ in range(1200):
        busy = [w for w in app.workers if w.name != "_loader" and not w.is_finished]
        if not busy and screen.keyword_panel.current_keywords():
            return
        await pilot.pause(0.1)
'''
"""Code the measured processes share, put at the head of a script run with ``python -c``:
``patch`` (wrap a function of the app or of Textual), ``marked`` (the script's ``mark``
around each call of one), ``status`` (a process's memory) and
``keywords_shown`` (K pressed and its work done). It runs in the measured checkout, so it
must work against older bases too."""
