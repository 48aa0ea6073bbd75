"""Where the UI thread's CPU goes on the way to the first text (not a timed test).

``python tests/bench/trace_first.py [RUNS] [--against CHECKOUT]`` runs the app as
``bench_ui.py`` does (fresh interpreter, ``tui.cli.launch`` on the bundled corpus,
``run_test`` at 160x45, frames spied on in ``App._display``, a fresh state folder) and
times, on the UI thread (``time.thread_time``), the parts of the first text's frame that
Textual's and our functions spend: style application (``Stylesheet.apply``), the restyle
when a widget takes the focus, the outline's, the file tree's and the reader's drawing, the key bar's
bindings and drawing (its bindings signal and, since perf21, its entries worked out at
the draw, which the drawing's figure includes), ``MainScreen()`` and ``MainScreen.on_mount``; and the UI thread's
CPU from the end of ``launch`` and from interpreter start to that frame. With
``--against`` the runs alternate with another checkout's (functions missing there are
left out). Prints the medians (min-max) of each, per checkout. The figures of perf19
(docs/performance-log.md) come from this script; the wrappers add some CPU of their own,
so compare its figures with each other, not with ``bench_ui.py``'s.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from benchenv import CHILD_TOOLS, bench_env, run_json  # noqa: E402

TRACE = (
    CHILD_TOOLS
    + """
import time, json, sys
from tui.cli import launch
app = launch(None)
launched = time.thread_time()
import asyncio
from tui.screens.main import MainScreen
spent = {}
active = set()

def wrap(module, owner, name, what, prop=False):
    def make(original):
        def wrapper(*args, **kwargs):
            if what in active:  # nested calls count once
                return original(*args, **kwargs)
            active.add(what)
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                active.discard(what)
                spent[what] = spent.get(what, 0.0) + time.thread_time() - start
        return wrapper
    patch(module, owner, name, make, prop)

for entry in [
    ("textual.css.stylesheet", "Stylesheet", "apply", "style apply"),
    ("textual.widget", "Widget", "watch_has_focus", "focus restyle (Textual's)"),
    ("tui.widgets.outline", "OutlinePane", "render_lines", "outline's drawing"),
    ("tui.widgets.filetree", "SpeechFileTree", "render_lines", "file tree's drawing"),
    ("tui.widgets.reader", "ReaderView", "render_lines", "reader's drawing"),
    ("tui.widgets.keybar", "KeyBar", "render", "key bar's drawing"),
    ("tui.widgets.keybar", "KeyBar", "_bindings_changed", "key bar's bindings signal"),
    ("tui.widgets.keybar", "KeyBar", "_settle", "key bar's entries worked out"),
    ("textual.screen", "Screen", "active_bindings", "active_bindings", True),
    ("tui.screens.main", "MainScreen", "__init__", "MainScreen()"),
    ("tui.screens.main", "MainScreen", "on_mount", "MainScreen.on_mount"),
]:
    wrap(*entry)

async def main():
    drawn = asyncio.Event()
    result = {}
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if (renderable is not None and not result and isinstance(app.screen, MainScreen)
                and app.screen.reader.document is not None):
            result.update(spent)
            result["UI thread, launch -> first text"] = time.thread_time() - launched
            result["UI thread, start -> first text"] = time.thread_time()
            drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)):
        await asyncio.wait_for(drawn.wait(), 60)
    print(json.dumps(result))
asyncio.run(main())
"""
)


def main() -> None:
    args = sys.argv[1:]
    trees = {"this checkout": ROOT}
    if "--against" in args:
        at = args.index("--against")
        trees[f"against {args[at + 1]}"] = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    runs = int(args[0]) if args else 9
    for root in trees.values():  # bytecode written first
        run_json(["-c", TRACE], bench_env(root=root), root)
    found: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(runs):
        for name, root in trees.items():
            found[name].append(run_json(["-c", TRACE], bench_env(root=root), root))
    print(f"{runs} runs each, in turns (the machine may be shared); median (min-max), ms")
    for name, results in found.items():
        print(f"== {name}")
        for key in sorted({key for result in results for key in result}):
            values = [result.get(key, 0.0) * 1000 for result in results]
            print(f"  {key}: {statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})")


if __name__ == "__main__":
    main()
