"""Where the CPU goes from interpreter start to the first text, by phase (not a timed test).

``python tests/bench/trace_start.py [RUNS] [--against CHECKOUT]`` answers "what does the
first text cost beyond a bare Textual app's first paint?" in CPU time, which the load of
other processes moves far less than wall time. Until the first text the process is bound
by one interpreter lock: the UI thread and the thread that parses the file's first screen
(``tui.cli.launch`` sends it ahead) take turns, so the first text comes about when the sum
of their CPU is spent (``bench_ui.py``: its wall time and its process CPU agree within a
few ms on a quiet machine). Each phase below is one thread's CPU (``time.thread_time``);
the process's own is ``process CPU``.

Each run is a fresh interpreter (imports count, from bytecode kept outside the checkout as
``bench_ui.py`` does; ``unset PYTHONDONTWRITEBYTECODE`` first), the bundled corpus
launched as ``bench_ui.py`` does (``tui.cli.launch``, ``run_test`` at 160x45, a fresh
state folder), up to the first frame that shows text. To tell its phases apart, the
modules ``launch`` imports are imported before it is called, in its order, under the
collector hold it uses (``services.collector_held``; ``launch``'s own hold and its freeze
nest in it):

* ``tui.cli``: the script's ``from tui.cli import launch`` (with the standard library it
  pulls in before Textual does);
* ``start modules``: the background service, the session and its state files, the
  start-up rules (what ``launch`` imports before sending the parse ahead);
* ``Textual``: ``textual.app`` and ``textual.widgets``, what the bare app imports;
* ``our UI modules``: ``tui.app`` once Textual is in (the main screen, the panes, the
  palette's providers …);
* ``launch``: ``launch`` itself, its modules already imported (the session read, the
  first file worked out, the parse sent ahead, ``make_app``: the App, its stored
  stylesheet);
* ``first frame``: the UI thread from the end of ``launch`` to the first text frame
  (compose, styles, drawing: ``trace_first.py`` splits it);
* on the parsing thread: ``engine import`` (``tui.engine.parse``, ``tui.engine.prefix``)
  and ``first screen's parse`` (``tui.jobs.opening.first_screen`` once they are in).

Moving the imports before ``launch`` moves the parse's thread later in wall time: in the
app's own order it runs during Textual's import and is done before the main screen is
composed, so the first frame already shows the text (``bench_ui.py``: the UI thread's CPU
from ``launch`` to the first text, 39-47 ms, one frame). Here it would overlap the first
frame instead, and when it lost that race the UI thread drew the main screen three or four
times with the reader still loading before the text came (the ``first frame`` phase 64-77 ms
against 40 ms when it won: a mix of the two). So the script waits, after ``launch``, for the
parse sent ahead to end (the UI thread blocked, using no CPU) before the app runs, as the
app's own order has it: the CPU of each phase is what this script is for; ``bench_ui.py``
gives the wall time.

The bare app (``bench_ui.BARE``'s app) is measured the same way in every round:
``Textual`` (its imports) and ``first frame`` (from there to its first paint).

With ``--modules`` it prints instead what each of our modules' import costs once Textual
is in: the modules the app holds at its first text frame and a bare app does not, imported
in that order after ``textual.app`` and ``textual.widgets`` in one thread, each import's
CPU without the imports it makes (as ``python -X importtime`` splits them, but CPU, not
wall time: importlib's ``_find_and_load`` timed), summed by area; and the CPU our
dataclasses take to be made (``dataclasses._process_class``).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from benchenv import bench_env, run_json  # noqa: E402

PHASES = """
import time
phases = {"interpreter start": time.thread_time()}
import json, sys, threading
def phase(name, began):
    phases[name] = phases.get(name, 0.0) + time.thread_time() - began
began = time.thread_time()
from tui.cli import launch
phase("tui.cli", began)
import importlib
import tui.services as services  # (a checkout from 6 December 2026 on: the service, its hold)
submit_ahead = services.Background.submit_ahead
parsed = threading.Event()  # the parse sent ahead has ended (the first frame waits for it)
def timed_ahead(self, key, fn, *args, **kwargs):
    def job(*args, **kwargs):
        began = time.thread_time()
        import tui.engine.parse, tui.engine.prefix
        phase("engine import (parsing thread)", began)
        began = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            phase("first screen's parse (parsing thread)", began)
            parsed.set()
    return submit_ahead(self, key, job, *args, **kwargs)
services.Background.submit_ahead = timed_ahead
with services.collector_held():  # (launch's own hold, its freeze at the end, nest in it)
    began = time.thread_time()
    for name in ("tui.base.files", "tui.jobs.opening", "tui.session", "tui.startup"):
        try:
            importlib.import_module(name)
        except ImportError:  # (an older checkout without one of them)
            pass
    phase("start modules", began)
    began = time.thread_time()
    import textual.app, textual.widgets
    from textual.widgets import Static
    phase("Textual", began)
    began = time.thread_time()
    import tui.app
    phase("our UI modules", began)
    began = time.thread_time()
    app = launch(None)
    phase("launch", began)
parsed.wait(60)  # as in the app's own order (above): the first frame shows the text
launched = time.thread_time()
import asyncio
from tui.screens.main import MainScreen
async def main():
    drawn = asyncio.Event()
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if (renderable is not None and not drawn.is_set() and isinstance(app.screen, MainScreen)
                and app.screen.reader.document is not None):
            phase("first frame", launched)
            phases["UI thread, all"] = time.thread_time()
            phases["UI thread, other"] = phases["UI thread, all"] - sum(
                value for key, value in phases.items() if "thread" not in key)
            phases["process CPU"] = time.process_time()
            drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)):
        await asyncio.wait_for(drawn.wait(), 60)
    print(json.dumps(phases))
asyncio.run(main())
"""

BARE = """
import time
phases = {"interpreter start": time.thread_time()}
import json
began = time.thread_time()
import asyncio
import textual.app, textual.widgets
from textual.app import App
from textual.widgets import Static
phases["Textual"] = time.thread_time() - began
imported = time.thread_time()
class Bare(App):
    def compose(self):
        yield Static("讲话稿")
async def main():
    app = Bare()
    drawn = asyncio.Event()
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None and not drawn.is_set():
            phases["first frame"] = time.thread_time() - imported
            phases["UI thread, all"] = time.thread_time()
            phases["UI thread, other"] = phases["UI thread, all"] - sum(
                value for key, value in phases.items() if "thread" not in key)
            phases["process CPU"] = time.process_time()
            drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)):
        await asyncio.wait_for(drawn.wait(), 60)
    print(json.dumps(phases))
asyncio.run(main())
"""

MODULE_LIST = PHASES.replace(
    "    print(json.dumps(phases))", "    print(json.dumps(list(sys.modules)))"
)
BARE_MODULE_LIST = BARE.replace(
    "    print(json.dumps(phases))", "    import sys; print(json.dumps(list(sys.modules)))"
)

IMPORTS = """
import json, sys, time, dataclasses
import _frozen_importlib
made = [0.0, 0]
process_class = dataclasses._process_class
def timed_class(cls, *args, **kwargs):
    began = time.thread_time()
    try:
        return process_class(cls, *args, **kwargs)
    finally:
        if cls.__module__.startswith("tui"):
            made[0] += time.thread_time() - began
            made[1] += 1
dataclasses._process_class = timed_class
own = {}  # each module's import CPU, what it imports left out
inner = []
find_and_load = _frozen_importlib._find_and_load  # (looked up by name at every import)
def timed_import(name, import_):
    began = time.thread_time()
    inner.append(0.0)
    try:
        return find_and_load(name, import_)
    finally:
        spent = time.thread_time() - began
        own[name] = own.get(name, 0.0) + spent - inner.pop()
        if inner:
            inner[-1] += spent
import textual.app, textual.widgets
from textual.widgets import Static
_frozen_importlib._find_and_load = timed_import
for name in json.loads(sys.argv[1]):
    if name not in sys.modules:
        try:
            __import__(name)
        except ImportError:
            pass
print(json.dumps({"dataclasses": made[0], "count": made[1], "own": own}))
"""

AREAS = (
    (("tui.engine", "tui.formats"), "the engine (tui.engine, tui.formats)"),
    (("tui.widgets",), "widgets (tui.widgets)"),
    (("tui.screens",), "screens (tui.screens)"),
    (("tui.app",), "tui.app"),
    (("tui.ui_text",), "ui_text"),
    (("tui",), "start, state, layout, base (the rest of tui)"),
    (("textual",), "Textual modules a bare app does not need by its first paint"),
)
"""Areas our modules' import is summed by, the first that holds a module."""


def _area(module: str) -> str:
    for packages, area in AREAS:
        if any(module == package or module.startswith(package + ".") for package in packages):
            return area
    return "standard library and others"


def _module_costs(root: Path, rounds: int) -> None:
    """Our modules' import by area, once Textual is in (``--modules``)."""
    import subprocess

    env = bench_env(root=root)
    listed = run_json(["-c", MODULE_LIST], env, root)
    bare = run_json(["-c", BARE_MODULE_LIST], env, root)
    wanted = [name for name in listed if name not in set(bare)]
    by_area: dict[str, list[float]] = {}
    by_module: dict[str, list[float]] = {}
    made: list[tuple[float, int]] = []
    for turn in range(rounds + 1):  # (the first, untimed, writes the bytecode)
        done = subprocess.run(
            [sys.executable, "-c", IMPORTS, json.dumps(wanted)],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        if not turn:
            continue
        result = json.loads(done.stdout.strip().splitlines()[-1])
        made.append((result["dataclasses"], result["count"]))
        sums: dict[str, float] = {}
        for name, seconds in result["own"].items():
            if name in set(wanted):
                sums[_area(name)] = sums.get(_area(name), 0.0) + seconds * 1000
                by_module.setdefault(name, []).append(seconds * 1000)
        for area, value in sums.items():
            by_area.setdefault(area, []).append(value)
    print(f"== {root}: our modules' import once Textual is in, {rounds} runs, CPU ms")
    totals = [sum(values[i] for values in by_area.values()) for i in range(rounds)]
    for area, values in sorted(by_area.items(), key=lambda item: -statistics.median(item[1])):
        print(f"  {area}: {_spread(values)}")
    print(f"  all: {_spread(totals)}")
    print(
        f"  of it, making our {made[0][1]} dataclasses: "
        f"{_spread([seconds * 1000 for seconds, _ in made])}"
    )
    print("  the 15 dearest modules (their own import, not what they import):")
    dearest = sorted(by_module.items(), key=lambda item: -statistics.median(item[1]))[:15]
    for name, values in dearest:
        print(f"    {name}: {_spread(values)}")


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


def main() -> None:
    args = sys.argv[1:]
    trees = {"this checkout": ROOT}
    if "--against" in args:
        at = args.index("--against")
        trees[f"against {args[at + 1]}"] = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    modules = "--modules" in args
    args = [arg for arg in args if arg != "--modules"]
    runs = int(args[0]) if args else 9
    if modules:
        for root in trees.values():
            _module_costs(root, runs)
        return
    for root in trees.values():  # bytecode and stored patterns written first
        run_json(["-c", PHASES], bench_env(root=root), root)
    found: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    found["bare Textual app"] = []
    for _ in range(runs):
        for name, root in trees.items():
            found[name].append(run_json(["-c", PHASES], bench_env(root=root), root))
        found["bare Textual app"].append(run_json(["-c", BARE], bench_env(), ROOT))
    print(f"{runs} runs each, in turns (the machine may be shared); CPU, median (min-max), ms")
    bare = statistics.median(result["process CPU"] for result in found["bare Textual app"])
    for name, results in found.items():
        print(f"== {name}")
        for key in results[0]:
            print(f"  {key}: {_spread([result.get(key, 0.0) * 1000 for result in results])}")
        ratio = statistics.median(result["process CPU"] for result in results) / bare
        print(f"  process CPU against the bare app's: {ratio:.2f} (the target: 1.2)")


if __name__ == "__main__":
    main()
