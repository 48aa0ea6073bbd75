"""Where the 10 MB collection's full outline waits (not a timed test): one timeline per run.

``python tests/bench/trace_outline.py [RUNS] [--against CHECKOUT]`` runs the app as
``bench_ui.py`` does (fresh interpreter, ``tui.cli.launch``, ``run_test`` at 160x45, frames
spied on in ``App._display``, a fresh state folder) on the 10 MB collection and prints, for
every frame from the first text to the full outline: its time from interpreter start, the
UI thread's CPU spent since the previous frame, and what that CPU went to (wrapped functions,
``thread_time`` on the UI thread: whole-screen layouts, ``_show_document``, the reader's
``load``, the outline's fill and drawing, the scroll bars); and when the whole file's parse
(``tui.jobs.opening.load``) started and ended, with its thread's CPU. With ``--against`` the runs
alternate with another checkout's (functions missing there are left out). Then, for each
checkout, the medians of: full outline (wall), process CPU and UI thread CPU by then, the
parse's start after the first text, and the UI thread's CPU from the first text to the full
outline by function.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_ui import big_collection  # noqa: E402
from benchenv import CHILD_TOOLS, bench_env, run_json  # noqa: E402

TRACE = (
    """
import time, json, sys, threading, os
t0 = time.perf_counter()
"""
    + CHILD_TOOLS
    + """
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
import asyncio
from tui.screens.main import MainScreen
ui_thread = threading.get_ident()
spent = {}   # what -> [UI thread CPU, calls] since the last frame
active = []  # the wrapped calls running on the UI thread (nested calls count once)

def wrap(module, owner, name, what):
    def make(original):
        def wrapper(*args, **kwargs):
            if threading.get_ident() != ui_thread or what in active:
                return original(*args, **kwargs)
            active.append(what)
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                active.remove(what)
                entry = spent.setdefault(what, [0.0, 0])
                entry[0] += time.thread_time() - start
                entry[1] += 1
        return wrapper
    patch(module, owner, name, make)

WRAPPED = [
    ("textual.screen", "Screen", "_refresh_layout", "layout"),
    ("tui.screens.main", "MainScreen", "_show_document", "show_document"),
    ("tui.widgets.reader", "ReaderView", "load", "reader.load"),
    ("tui.widgets.outline", "OutlinePane", "_fill", "outline.fill"),
    ("tui.widgets.outline", "OutlinePane", "render_lines", "outline.render_lines"),
    ("tui.widgets.reader", "ReaderView", "render_lines", "reader.render_lines"),
    ("textual.scrollbar", "ScrollBar", "render", "scrollbar.render"),
    ("tui.widgets.filetree", "SpeechFileTree", "render_lines", "filetree.render_lines"),
    ("textual._compositor", "Compositor", "render_update", "compositor.render_update"),
    ("textual._compositor", "Compositor", "render_full_update", "compositor.render_full"),
    ("textual.widgets._tree", "Tree", "_build", "tree._build"),
    ("tui.reader_layout", "ReaderLayout", "load", "layout.load"),
    ("tui.reader_layout", "ReaderLayout", "set_width", "layout.set_width"),
    ("tui.widgets.outline", "OutlinePane", "show_document", "outline.show_document"),
    ("tui.screens.main", None, "resolve_position", "resolve_position"),
    ("tui.widgets.status", "StatusLine", "update_status", "status.update_status"),
    ("textual._compositor", "Compositor", "reflow", "compositor.reflow"),
]
for entry in WRAPPED:
    wrap(*entry)

parse = {}
try:  # where the whole document is loaded (tui/jobs.py in a checkout from before)
    from tui.jobs import opening as loading
except ImportError:
    from tui import jobs as loading
original_load = loading.load
def traced_load(path):
    mark("opening.load >")
    parse.setdefault("start", time.perf_counter() - t0)
    cpu = time.thread_time()
    try:
        return original_load(path)
    finally:
        parse.setdefault("end", time.perf_counter() - t0)
        parse.setdefault("cpu", time.thread_time() - cpu)
        mark("opening.load <")
loading.load = traced_load

# --events: a timeline of marks (wall time, process CPU, the thread), so that the time when
# no thread ran (waits between the steps) shows as wall time less CPU between two marks.
events = []
def mark(what):
    events.append((what, time.perf_counter() - t0, time.process_time(), threading.current_thread().name))
if os.environ.get("TRACE_EVENTS") == "1":
    for entry in [
        ("tui.engine", None, "load_document", "engine.load_document"),
        ("tui.engine.doccache", None, "remember_document", "remember_document"),
        ("tui.screens.main", "MainScreen", "_swap_in_whole", "swap_in_whole"),
        ("tui.screens.main", "MainScreen", "_show_document", "show_document"),
        ("textual.screen", "Screen", "_refresh_layout", "layout"),
        ("textual._compositor", "Compositor", "render_update", "render_update"),
        ("textual._compositor", "Compositor", "render_full_update", "render_full"),
    ]:
        marked(*entry)
    import gc
    gc.callbacks.append(lambda phase, info: mark(f"gc{info['generation']} {'>' if phase == 'start' else '<'}"))
PROFILE = os.environ.get("TRACE_PROFILE") == "1"
import cProfile
profiler = cProfile.Profile(time.thread_time) if PROFILE else None  # CPU time: the machine may be shared
async def main():
    frames = []
    drawn = asyncio.Event()
    display = app._display
    state = {"text": False, "outline": False}
    def spy(screen, renderable):
        display(screen, renderable)
        mark("frame written" if renderable is not None else "display (nothing)")
        if renderable is None or not isinstance(app.screen, MainScreen):
            return
        s = app.screen
        text = s.reader.document is not None
        outline = bool(s.outline.root.children) and getattr(s, "complete", True)
        frames.append({"at": time.perf_counter() - t0, "ui": time.thread_time(),
                       "cpu": time.process_time(), "text": text, "outline": outline,
                       "spent": {k: v[:] for k, v in spent.items()}})
        spent.clear()
        if PROFILE and profiler is not None:
            if text and not outline:
                profiler.enable()
            else:
                profiler.disable()
        drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)) as pilot:
        while not (frames and frames[-1]["outline"]):
            drawn.clear()
            await asyncio.wait_for(drawn.wait(), 60)
    if profiler is not None:
        import pstats
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(60)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(40)
        pstats.Stats(profiler, stream=sys.stderr).print_callers("get_theme|_cursor_colours")
    print(json.dumps({"frames": frames, "parse": parse, "events": events}))
asyncio.run(main())
"""
)


def summary(result: dict) -> dict[str, float]:
    """The figures of one run: full outline, CPU by then, the parse's start, per function."""
    frames = result["frames"]
    text = next(i for i, f in enumerate(frames) if f["text"])
    full = next(i for i, f in enumerate(frames) if f["outline"])
    figures = {
        "text": frames[text]["at"],
        "outline": frames[full]["at"],
        "cpu_outline": frames[full]["cpu"],
        "ui_outline": frames[full]["ui"],
        "ui_between": frames[full]["ui"] - frames[text]["ui"],
        "frames_between": full - text,
        "parse_start": result["parse"].get("start", 0.0) - frames[text]["at"],
        "parse_cpu": result["parse"].get("cpu", 0.0),
        "parse_end_to_outline": frames[full]["at"] - result["parse"].get("end", 0.0),
    }
    for frame in frames[text + 1 : full + 1]:
        for what, (cpu, _calls) in frame["spent"].items():
            figures["fn " + what] = figures.get("fn " + what, 0.0) + cpu
    return figures


def timeline(result: dict) -> None:
    frames = result["frames"]
    text = next(i for i, f in enumerate(frames) if f["text"])
    parse = result["parse"]
    print(
        f"  parse: start {parse.get('start', 0) * 1000:.0f} ms, end {parse.get('end', 0) * 1000:.0f} ms, "
        f"its thread's CPU {parse.get('cpu', 0) * 1000:.0f} ms"
    )
    previous = frames[text - 1]["ui"] if text else 0.0
    for frame in frames[text:]:
        parts = ", ".join(
            f"{what} {cpu * 1000:.1f}/{calls}"
            for what, (cpu, calls) in sorted(frame["spent"].items(), key=lambda kv: -kv[1][0])
        )
        mark = "T" if frame["text"] else " "
        mark += "O" if frame["outline"] else " "
        print(
            f"  {mark} {frame['at'] * 1000:7.1f} ms  UI +{(frame['ui'] - previous) * 1000:5.1f} ms  {parts}"
        )
        previous = frame["ui"]
        if frame["outline"]:
            break


def event_timeline(result: dict) -> None:
    """``--events``: every mark from the first text frame to the full outline's frame:
    time from interpreter start, wall and process CPU since the mark before, and the wall
    time no thread of the process spent on the CPU then (wall less CPU, when positive)."""
    frames = result["frames"]
    text = next(f for f in frames if f["text"])["at"]
    full = next(f for f in frames if f["outline"])["at"]
    previous = None
    idle = 0.0
    for what, at, cpu, thread in result["events"]:
        if at < text - 0.0005 or at > full + 0.0005:
            continue
        if previous is not None:
            wall, spent = at - previous[0], cpu - previous[1]
            idle += max(0.0, wall - spent)
            print(
                f"  {at * 1000:7.1f} ms  +{wall * 1000:6.1f} wall  +{spent * 1000:6.1f} CPU"
                f"  {max(0.0, wall - spent) * 1000:5.1f} idle  {thread[:16]:16}  {what}"
            )
        else:
            print(f"  {at * 1000:7.1f} ms  {'':44}{thread[:16]:16}  {what}")
        previous = (at, cpu)
    print(
        f"  first text to full outline: wall {(full - text) * 1000:.1f} ms, idle {idle * 1000:.1f} ms"
    )


def profile(root: Path = ROOT) -> None:
    """``--profile``: one run, cProfile of the UI thread from the first text to the full
    outline (printed to stderr)."""
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        env = dict(bench_env(root=root), TRACE_PROFILE="1")
        run_json(["-c", TRACE, str(path)], env, root)  # compiles
        done = subprocess.run(
            [sys.executable, "-c", TRACE, str(path)],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
        )
        print(done.stderr)


def main() -> None:
    args = sys.argv[1:]
    if "--profile" in args:
        profile()
        return
    trees = {"this checkout": ROOT}
    if "--against" in args:
        at = args.index("--against")
        trees["against " + args[at + 1]] = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    quiet = "--quiet" in args
    events = "--events" in args
    args = [a for a in args if a not in ("--quiet", "--events")]
    runs = int(args[0]) if args else 3
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        for root in trees.values():
            run_json(["-c", TRACE, str(path)], bench_env(root=root), root)  # compiles
        for _ in range(runs):
            for name, root in trees.items():
                env = dict(bench_env(root=root), TRACE_EVENTS="1" if events else "0")
                result = run_json(["-c", TRACE, str(path)], env, root)
                if not quiet:
                    print(f"-- {name}")
                    timeline(result)
                if events:
                    event_timeline(result)
                results[name].append(summary(result))
    for name, figures in results.items():
        print(f"== {name}: median (min-max) of {runs} runs")
        keys = sorted({k for f in figures for k in f}, key=lambda k: (k.startswith("fn "), k))
        for key in keys:
            values = [f.get(key, 0.0) for f in figures]
            scale = 1 if key == "frames_between" else 1000
            print(
                f"  {key}: {statistics.median(values) * scale:.1f} "
                f"({min(values) * scale:.1f}-{max(values) * scale:.1f})"
            )


if __name__ == "__main__":
    main()
