"""UI benchmark (not a timed test): first screen, 10 MB outline, ``]`` to frame, memory.

Run ``python tests/bench/bench_ui.py``. Every figure comes from fresh subprocesses that
run the app headless with Textual's ``run_test`` (the Pilot), so imports count (from
compiled bytecode, as installed; see ``run``). Frames
are timed where Textual hands a composited frame to the driver (``App._display``, which
the headless driver then drops), with the state the frame shows. The benchmark waits for
those frames on an event the spy sets, not by polling the app: a pilot pausing every 2 ms
(as this script did before) runs on the app's own thread and took the GIL from the thread
receiving a 10 MB document, which arrived 60-80 ms later than with nothing polling, as
in the real app.

* first screen: from interpreter start to the first frame of the main screen (panes,
  the reader possibly still loading) and to the first frame that shows the first file's
  text, for the bundled corpus, against the first frame of a bare Textual app that
  shows one line; median of 5 runs each, taken in turns. Target: the text frame within
  1.2× the bare app. The same for a 10 MB collection (the corpus repeated into one
  file): its first text must not wait for the whole file. Also the process's CPU time by
  then, and the UI thread's CPU from the end of ``launch`` to that frame (the bare app:
  from the end of its imports): what composing, styling and drawing the first screen
  cost, which other processes on a shared machine barely move; the UI thread's CPU from
  interpreter start to that frame (imports, ``launch``, the first frame: what the first
  text waits for once the head's parse, on another thread, is done); and the cyclic garbage
  collector's CPU by then (its runs timed by ``gc.callbacks``), the bare app's too. The
  outline may come in a later frame (the 10 MB outline below waits for it).
* 10 MB outline: from interpreter start to the first frame whose outline holds all the
  speeches of the 10 MB collection (the whole file parsed); median of 3 runs.
  Target: 1 s. Also the process's CPU time by then, the part of it the cyclic garbage
  collector took (its runs timed by ``gc.callbacks``, on the thread each ran on), and the
  UI thread's CPU by then (from interpreter start: imports, launch and every frame; the
  whole file's parse runs on another thread). ``trace_outline.py`` shows where it goes.
* ``]`` to frame: from the key press to the first frame that shows all of its result
  (reader cursor, outline cursor and status line's crumbs and percentage as they end
  up; not the line's note of the folder's indexing, which its own timer sets whenever it
  runs: a press once waited 2 s for that note's frame), median of 30 presses;
  also the time of the action plus rendering the reader's lines alone. Target: 50 ms.
* a log viewer on the same 10 MB file (``--toolong PYTHON``): Toolong, a Textual log
  viewer that shows a file's lines unwrapped, timed the same way (fresh interpreter,
  ``run_test`` at 160x45, frames spied on in ``App._display``): its first frame that
  shows lines of the file, and its first frame once it has scanned the whole file (its
  scan progress bar removed: every line reachable). PYTHON is an interpreter of a
  separate virtualenv with Toolong (``python -m venv /tmp/toolong && /tmp/toolong/bin/pip
  install toolong``): Toolong pins an old Textual (0.58) and must not go into the
  project's environment. Target: our full outline no later than its full display.
* the 10 MB file opened again: the same runs with a state folder in which the file was
  opened once before (to idle), first text and full outline (what one run keeps for the
  next counts here: ``tui.engine.docstore``).
* memory at the first screen: the UI process's ``ru_maxrss`` when the first text frame
  of the 10 MB collection is drawn, plus the resident size of helper processes then.
  Target: 150 MB.
* peak memory: ``ru_maxrss`` of the 10 MB session after ``K`` asked for the keywords and
  its background work (keywords of every speech, exact wrap of the whole file) has
  finished, plus the peaks (VmHWM) of the helper processes. Target: 250 MB.

The app is built by ``tui.cli.launch``, as the ``speech-reader`` command does. The
script runs against whatever ``tui`` the checkout at ``ROOT`` holds (it finds the helper
processes through ``app.background`` or, in older versions, ``tui.background``), so the
same script measures a version before and after a change.
"""

from __future__ import annotations

import inspect
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from benchenv import CHILD_TOOLS, bench_env, run_json  # noqa: E402

GC_TIMER = """
gc_cpu = [0.0, 0.0]  # the cyclic garbage collector's CPU time so far, the start of this run
def gc_timer(phase, info):
    # (the collector runs on the thread that allocates, one run at a time: that thread's CPU)
    if phase == "start":
        gc_cpu[1] = time.thread_time()
    else:
        gc_cpu[0] += time.thread_time() - gc_cpu[1]
gc.callbacks.append(gc_timer)
"""
"""The start of the bare app's and the reader's scripts: the collector's runs timed."""

BARE = (
    """
import time, json, gc
t0 = time.perf_counter()
"""
    + GC_TIMER
    + """
import asyncio
from textual.app import App
from textual.widgets import Static
imported = time.thread_time()
class Bare(App):
    def compose(self):
        yield Static("讲话稿")
async def main():
    app = Bare()
    frames = []
    drawn = asyncio.Event()
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            frames.append((time.perf_counter(), time.process_time(), time.thread_time() - imported, gc_cpu[0], time.thread_time()))
            drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)) as pilot:
        await asyncio.wait_for(drawn.wait(), 60)
        print(json.dumps({"first": frames[0][0] - t0, "cpu": frames[0][1], "ui_frame": frames[0][2], "gc": frames[0][3], "ui_text": frames[0][4]}))
asyncio.run(main())
"""
)

TOOLONG = """
import time, json, sys
t0 = time.perf_counter()
import asyncio
from toolong.ui import UI
async def main():
    app = UI([sys.argv[1]])
    frames = []  # (time, lines known, scan finished)
    drawn = asyncio.Event()
    display = app._display
    def state():
        lines = app.screen.query("LogLines")
        if not lines:
            return (0, False)
        return (lines.first().line_count, not app.screen.query("ScanProgressBar"))
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            # (the process's CPU, all threads, as the reader's figure "CPU time by then")
            frames.append((time.perf_counter(), *state(), time.process_time()))
            drawn.set()
    app._display = spy
    async def first_frame(test):
        while True:
            for at, count, done, cpu in frames:
                if test(count, done):
                    return at, count, cpu
            drawn.clear()
            await asyncio.wait_for(drawn.wait(), 60)
    async with app.run_test(size=(160, 45)) as pilot:
        text, _, _ = await first_frame(lambda count, done: count > 0)
        full, count, cpu = await first_frame(lambda count, done: count > 0 and done)
    print(json.dumps({"text": text - t0, "full": full - t0, "lines": count, "cpu_full": cpu}))
asyncio.run(main())
"""

READER = (
    """
import time, json, os, sys, resource, statistics, threading, gc
t0 = time.perf_counter()
"""
    + GC_TIMER
    + CHILD_TOOLS
    + """
from pathlib import Path
from tui.cli import launch  # as the command line: the first file's parse first, then Textual
path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
app = launch(path)
launched = time.thread_time()  # the UI thread's CPU from here to the first text frame:
# composing, styling and drawing the first screen (the imports and the head's parse before)
import asyncio
from tui.screens.main import MainScreen
from textual.geometry import Region

def helper_pids():
    service = getattr(app, "background", None)
    if service is not None:
        return service.helper_pids()
    from tui import background  # before tui.services
    return background.helper_pids()

def helper_memory(field):
    return sum(status(pid, field) for pid in helper_pids())

async def main():
    frames = []  # (time, what the frame shows)

    def state():
        screen = app.screen
        if not isinstance(screen, MainScreen):
            return None
        reader = screen.reader
        whole = getattr(screen, "complete", True)  # False while only the head is shown
        return (reader.document is not None, bool(screen.outline.root.children) and whole,
                reader.cursor, screen.outline.cursor_line,
                # The status line's crumbs and percentage, not its text: that holds the
                # folder indexing's note, set by a timer of its own whenever it likes, and
                # a frame that shows the key's result may come before the note changes.
                screen.status.crumbs, screen.status.percent)

    drawn = asyncio.Event()  # set on every frame: waiting polls nothing
    display = app._display
    memory = {}
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            shown = state()
            frames.append((time.perf_counter(), shown))
            if shown is not None and shown[0] and not memory:
                memory["cpu"] = time.process_time()
                memory["ui_frame"] = time.thread_time() - launched
                memory["ui_text"] = time.thread_time()  # the UI thread's, from its start
                memory["gc_text"] = gc_cpu[0]
                memory["ui"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                memory["helpers"] = helper_memory("VmRSS")
            if shown is not None and shown[1] and "cpu_outline" not in memory:
                memory["cpu_outline"] = time.process_time()
                memory["ui_outline"] = time.thread_time()  # the UI thread's, from its start
                memory["gc_outline"] = gc_cpu[0]
            drawn.set()
    app._display = spy

    async def first_frame(test, since=0.0, timeout=60.0):
        deadline = time.perf_counter() + timeout
        while True:
            for at, shown in frames:
                if at >= since and shown is not None and test(shown):
                    return at
            drawn.clear()
            await asyncio.wait_for(drawn.wait(), max(0.0, deadline - time.perf_counter()))

    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        result["first"] = await first_frame(lambda s: True) - t0
        result["text"] = await first_frame(lambda s: s[0]) - t0
        result["outline"] = await first_frame(lambda s: s[1]) - t0
        if os.environ.get("BENCH_OUTLINE_ONLY"):  # (a reopening: the first frames only)
            result.update(cpu_outline=memory["cpu_outline"], ui_outline=memory["ui_outline"],
                          cpu_text=memory["cpu"], ui_frame=memory["ui_frame"],
                          gc_text=memory["gc_text"], gc_outline=memory["gc_outline"],
                          ui_text=memory["ui_text"])
            print(json.dumps(result))
            return
        # From here on, the memory of the UI process and its helpers together, sampled.
        together, stop = [0.0], threading.Event()
        def sample():
            while not stop.wait(0.05):
                ui = Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]
                together[0] = max(together[0], int(ui) / 1024 + helper_memory("VmRSS"))
        threading.Thread(target=sample, daemon=True).start()
        screen = app.screen
        reader = screen.reader
        await pilot.pause()
        latencies, renders = [], []
        region = Region(0, 0, reader.size.width, reader.size.height)
        for _ in range(30):
            before = state()
            start = time.perf_counter()
            await pilot.press("right_square_bracket")
            await pilot.pause()
            final = state()
            if final == before:
                continue  # the last heading: nothing to draw
            latencies.append(await first_frame(lambda s: s == final, since=start) - start)
            start = time.perf_counter()
            reader.action_next_heading()
            reader.render_lines(region)
            renders.append(time.perf_counter() - start)
            await pilot.pause()
        result["frame"] = statistics.median(latencies)
        result["frame_max"] = max(latencies)
        result["render"] = statistics.median(renders)
        result["paragraphs"] = len(reader.document.paragraphs) if reader.document else 0
        result["speeches"] = len(reader.document.speeches) if reader.document else 0
        result["first_rss_mb"] = memory["ui"]
        result["first_helpers_mb"] = memory["helpers"]
        result["cpu_text"] = memory["cpu"]
        result["ui_frame"] = memory["ui_frame"]
        result["ui_text"] = memory["ui_text"]
        result["gc_text"] = memory["gc_text"]
        result["cpu_outline"] = memory["cpu_outline"]
        result["gc_outline"] = memory["gc_outline"]
        result["ui_outline"] = memory["ui_outline"]
        # Peak memory once the background work is done (keywords asked for, exact wrap).
        await keywords_shown(app, screen, pilot)
        result["idle"] = time.perf_counter() - t0
        helpers = helper_memory("VmHWM")
        stop.set()
        result["together_mb"] = together[0]
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["helpers_mb"] = helpers
    print(json.dumps(result))
asyncio.run(main())
"""
)


def run(
    code: str,
    *args: str,
    root: Path = ROOT,
    python: str = sys.executable,
    home: Path | None = None,
    outline_only: bool = False,
) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter with a fresh state folder; its JSON result.

    Bytecode is written (to ``benchenv.PYCACHE``) even when the environment says
    ``PYTHONDONTWRITEBYTECODE``: an installed app has compiled modules, as Textual has
    here, so the comparison with the bare app is fair. ``main`` makes one untimed run
    first to fill the cache.
    """
    env = bench_env(home, root)
    if outline_only:
        env["BENCH_OUTLINE_ONLY"] = "1"
    return run_json(["-c", code, *args], env, root, python)  # type: ignore[no-any-return]


def big_collection(folder: Path, size: int = 10_000_000) -> Path:
    """The bundled corpus repeated to ``size`` bytes, as one file."""
    corpus = sorted((ROOT / "corpus").glob("*.txt"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in corpus) + "\n"
    data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")[:size]
    path = folder / "合集10MB.txt"
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return path


def _spread(values: list[float]) -> str:
    """Median (min-max) in ms."""
    return (
        f"{statistics.median(values) * 1000:.0f} ms "
        f"({min(values) * 1000:.0f}-{max(values) * 1000:.0f})"
    )


def _ui_frame(runs: list[dict[str, float]], bare_runs: list[dict[str, float]]) -> str:
    """The UI thread's CPU from the end of ``launch`` (the bare app: of its imports) to the
    first text frame, the part a first screen's widgets cost; other threads not counted;
    and the cyclic garbage collector's CPU from interpreter start to that frame."""
    if "ui_frame" not in runs[0]:
        return "  UI thread's CPU for the first frame: not measured"
    collector = ""
    if "gc_text" in runs[0] and "gc" in bare_runs[0]:
        collector = (
            f"\n  the garbage collector's CPU by then: {_spread([r['gc_text'] for r in runs])}, "
            f"bare app {_spread([r['gc'] for r in bare_runs])}"
        )
    whole = ""
    if "ui_text" in runs[0] and "ui_text" in bare_runs[0]:
        # What the first text waits for once the head's parse (another thread) is done:
        # interpreter start, imports, launch and the first frame; noisier than the frame's
        # part alone, steadier than the process's CPU (perf19).
        whole = (
            f"\n  UI thread's CPU from interpreter start to that frame (imports, launch, first "
            f"frame): {_spread([r['ui_text'] for r in runs])}, bare app "
            f"{_spread([r['ui_text'] for r in bare_runs])}"
        )
    return (
        f"  UI thread's CPU from launch to that frame (compose, styles, drawing): "
        f"{_spread([r['ui_frame'] for r in runs])}, bare app after its imports "
        f"{_spread([r['ui_frame'] for r in bare_runs])}" + whole + collector
    )


def report(
    name: str,
    bare_runs: list[dict[str, float]],
    corpus_runs: list[dict[str, float]],
    big_runs: list[dict[str, float]],
    size_mb: float,
    toolong_runs: list[dict[str, float]],
) -> None:
    bare = statistics.median(r["first"] for r in bare_runs)
    text = statistics.median(r["text"] for r in corpus_runs)
    big_text = statistics.median(r["text"] for r in big_runs)
    print(
        f"== {name}: {len(corpus_runs)} corpus runs, {len(big_runs)} 10 MB runs; median (min-max)"
    )
    print(
        f"first text, bundled corpus: {_spread([r['text'] for r in corpus_runs])}, "
        f"ratio {text / bare:.2f} (target <= 1.2); panes {_spread([r['first'] for r in corpus_runs])}"
    )
    cpu, bare_cpu = (
        statistics.median(r[key] for r in runs)
        for key, runs in (("cpu_text", corpus_runs), ("cpu", bare_runs))
    )
    print(
        f"  CPU time of the process by then (all its threads; less sensitive to a shared "
        f"machine): {_spread([r['cpu_text'] for r in corpus_runs])}, bare app "
        f"{_spread([r['cpu'] for r in bare_runs])}, ratio {cpu / bare_cpu:.2f}"
    )
    print(_ui_frame(corpus_runs, bare_runs))
    print(
        f"first text, 10 MB collection ({size_mb:.0f} MB, {int(big_runs[0]['speeches'])} speeches, "
        f"{int(big_runs[0]['paragraphs'])} paragraphs): {_spread([r['text'] for r in big_runs])}, "
        f"ratio {big_text / bare:.2f}"
    )
    print(
        f"10 MB full outline shown after launch: {_spread([r['outline'] for r in big_runs])} "
        f"(target <= 1000); CPU time of the process by then "
        f"{_spread([r['cpu_outline'] for r in big_runs])}, of which the garbage collector "
        f"{_spread([r['gc_outline'] for r in big_runs])}"
    )
    if "ui_outline" in big_runs[0]:
        print(
            f"  the UI thread's CPU by then (interpreter start, imports, every frame): "
            f"{_spread([r['ui_outline'] for r in big_runs])}"
        )
    if toolong_runs:
        print(
            f"Toolong on the same file ({int(toolong_runs[0]['lines'])} lines): first lines "
            f"{_spread([r['text'] for r in toolong_runs])}, whole file scanned "
            f"{_spread([r['full'] for r in toolong_runs])} (target: our full outline no later); "
            f"CPU time of its process by then {_spread([r['cpu_full'] for r in toolong_runs])}"
        )
    frame = statistics.median(r["frame"] for r in big_runs)
    print(
        f"']' to the frame showing it: median {frame * 1000:.1f} ms, worst "
        f"{max(r['frame_max'] for r in big_runs) * 1000:.1f} ms (target <= 50); runs "
        + ", ".join(f"{r['frame'] * 1000:.1f}" for r in big_runs)
        + f"; action + reader render alone {statistics.median(r['render'] for r in big_runs) * 1000:.1f} ms"
    )
    first = [r["first_rss_mb"] + r["first_helpers_mb"] for r in big_runs]
    print(
        f"memory at the first text frame: {statistics.median(first):.0f} MB in all "
        f"({min(first):.0f}-{max(first):.0f}; target <= 150): UI process "
        f"{statistics.median(r['first_rss_mb'] for r in big_runs):.0f} MB, helpers "
        f"{statistics.median(r['first_helpers_mb'] for r in big_runs):.0f} MB"
    )
    peak = [r["rss_mb"] + r["helpers_mb"] for r in big_runs]
    print(
        f"peak memory with keywords shown: {statistics.median(peak):.0f} MB in all "
        f"({min(peak):.0f}-{max(peak):.0f}; target <= 250): UI process "
        f"{statistics.median(r['rss_mb'] for r in big_runs):.0f} MB (ru_maxrss), helpers "
        f"{statistics.median(r['helpers_mb'] for r in big_runs):.0f} MB (VmHWM); idle "
        f"{statistics.median(r['idle'] for r in big_runs):.1f} s after launch"
    )
    together = [r["together_mb"] for r in big_runs]
    print(
        f"  the same, sampled together every 50 ms from the full outline on (peaks that do not "
        f"coincide are not added up): {statistics.median(together):.0f} MB "
        f"({min(together):.0f}-{max(together):.0f})"
    )


def report_screens(
    name: str,
    bare_runs: list[dict[str, float]],
    corpus_runs: list[dict[str, float]],
    big_runs: list[dict[str, float]],
) -> None:
    """``--screens``: the first text and the whole first screen (the outline filled), of the
    corpus and of the 10 MB collection, against the bare app's first paint."""
    bare = statistics.median(r["first"] for r in bare_runs)
    bare_cpu = statistics.median(r["cpu"] for r in bare_runs)
    print(f"== {name}: {len(corpus_runs)} runs each; median (min-max)")
    for what, runs in (("bundled corpus", corpus_runs), ("10 MB collection", big_runs)):
        text = statistics.median(r["text"] for r in runs)
        cpu = statistics.median(r["cpu_text"] for r in runs)
        print(
            f"first text, {what}: {_spread([r['text'] for r in runs])}, ratio "
            f"{text / bare:.2f}; process CPU by then {_spread([r['cpu_text'] for r in runs])}, "
            f"ratio {cpu / bare_cpu:.2f}"
        )
        print(_ui_frame(runs, bare_runs))
        collector = ""
        if "gc_outline" in runs[0]:
            collector = (
                f", of which the garbage collector {_spread([r['gc_outline'] for r in runs])}"
            )
        print(
            f"  whole screen (outline filled): {_spread([r['outline'] for r in runs])}; "
            f"process CPU by then {_spread([r['cpu_outline'] for r in runs])}{collector}"
        )


def main() -> None:
    """``bench_ui.py [ROUNDS] [--against CHECKOUT] [--no-big | --screens | --reopened]
    [--big-rounds N] [--toolong PYTHON]``: with another checkout (e.g. the version before a change, from ``git worktree
    add`` or ``git archive``), every run of this one is followed by the same run of that one,
    so both see the same machine; with ``--toolong``, Toolong (run by PYTHON) opens the 10 MB
    file in each 10 MB round too. The 10 MB file is opened in the first 3 rounds only (its
    runs are slow), or in the first N with ``--big-rounds N``. ``--screens``: the first
    screens only (first text and the outline filled), of the corpus and of the 10 MB file in
    every round (quick: the runs end there). ``--reopened``: only the 10 MB file opened
    again, in every round (after one untimed opening per checkout)."""
    args = sys.argv[1:]
    if {"-h", "--help"} & set(args):
        print(inspect.cleandoc(main.__doc__ or ""))
        return
    trees = {"this checkout": ROOT}
    if "--against" in args:
        at = args.index("--against")
        trees["against " + args[at + 1]] = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    toolong = None
    if "--toolong" in args:
        at = args.index("--toolong")
        toolong = args[at + 1]
        del args[at : at + 2]
    big_rounds = 3
    if "--big-rounds" in args:
        at = args.index("--big-rounds")
        big_rounds = int(args[at + 1])
        del args[at : at + 2]
    big = "--no-big" not in args  # --no-big: the first screens only (quicker)
    # --screens: every run ends at its whole first screen (the outline filled): the corpus
    # and the 10 MB file in every round, no keys, no keywords, no reopening, no Toolong.
    screens = "--screens" in args
    # --reopened: the 10 MB file opened again only, in every round (each checkout's state
    # folder filled by one untimed opening first): what a change to the reopening costs.
    reopened_only = "--reopened" in args
    args = [arg for arg in args if arg not in ("--no-big", "--screens", "--reopened")]
    rounds = int(args[0]) if args else 5
    for root in trees.values():
        run(BARE, root=root), run(READER, root=root)  # untimed: compiles the modules into PYCACHE
    toolong_runs: list[dict[str, float]] = []
    # Taken in turns: this machine's speed drifts over minutes, and five bare runs then
    # five reader runs compared two different speeds.
    bare_runs: list[dict[str, float]] = []
    corpus_runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    big_runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    reopen_runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        size_mb = path.stat().st_size / 1e6
        if big and toolong:
            run(TOOLONG, str(path), python=toolong)  # untimed, as above
        # A state folder per checkout in which the 10 MB file was opened once (to idle),
        # for its reopenings (what an earlier run keeps, e.g. tui.engine.docstore).
        homes = {name: Path(folder) / f"home-{number}" for number, name in enumerate(trees)}
        if big and not screens:
            for name, root in trees.items():
                run(READER, str(path), root=root, home=homes[name])
        for index in range(rounds):
            if reopened_only:
                for name, root in trees.items():
                    reopen_runs[name].append(
                        run(READER, str(path), root=root, home=homes[name], outline_only=True)
                    )
                continue
            bare_runs.append(run(BARE))
            for name, root in trees.items():
                corpus_runs[name].append(run(READER, root=root, outline_only=screens))
            if screens:
                for name, root in trees.items():
                    big_runs[name].append(run(READER, str(path), root=root, outline_only=True))
            elif big and index < big_rounds:
                for name, root in trees.items():
                    big_runs[name].append(run(READER, str(path), root=root))
                for name, root in trees.items():
                    reopen_runs[name].append(
                        run(READER, str(path), root=root, home=homes[name], outline_only=True)
                    )
                if toolong:
                    toolong_runs.append(run(TOOLONG, str(path), python=toolong))
    if reopened_only:
        print(f"{rounds} rounds taken in turns (the machine may be shared)")
        for name in trees:
            reopened = reopen_runs[name]
            print(
                f"== {name}: 10 MB file opened again: first text "
                f"{_spread([r['text'] for r in reopened])}, full outline "
                f"{_spread([r['outline'] for r in reopened])}; CPU by then: process "
                f"{_spread([r['cpu_outline'] for r in reopened])}, UI thread "
                f"{_spread([r['ui_outline'] for r in reopened])}; UI thread from launch to "
                f"the first text {_spread([r['ui_frame'] for r in reopened])}; runs "
                + ", ".join(f"{r['ui_outline'] * 1000:.0f}" for r in reopened)
            )
        return
    print(
        f"{rounds} rounds taken in turns (the machine may be shared); "
        f"bare Textual app first paint: {_spread([r['first'] for r in bare_runs])}"
    )
    for name in trees:
        if screens:
            report_screens(name, bare_runs, corpus_runs[name], big_runs[name])
            continue
        if not big:
            runs = corpus_runs[name]
            print(
                f"== {name}: first text, bundled corpus: {_spread([r['text'] for r in runs])}, "
                f"ratio {statistics.median(r['text'] for r in runs) / statistics.median(r['first'] for r in bare_runs):.2f}; "
                f"CPU time by then {_spread([r['cpu_text'] for r in runs])}, ratio "
                f"{statistics.median(r['cpu_text'] for r in runs) / statistics.median(r['cpu'] for r in bare_runs):.2f}"
            )
            print(_ui_frame(runs, bare_runs))
            continue
        report(name, bare_runs, corpus_runs[name], big_runs[name], size_mb, toolong_runs)
        reopened = reopen_runs[name]
        print(
            f"10 MB file opened again (the same state folder): first text "
            f"{_spread([r['text'] for r in reopened])}, full outline "
            f"{_spread([r['outline'] for r in reopened])}; CPU by then: process "
            f"{_spread([r['cpu_outline'] for r in reopened])}, UI thread "
            f"{_spread([r['ui_outline'] for r in reopened])}"
        )


if __name__ == "__main__":
    main()
