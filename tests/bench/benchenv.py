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
