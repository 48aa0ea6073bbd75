"""Where the peak memory with keywords shown comes from (not a timed test): one timeline a run.

``python tests/bench/trace_memory.py [RUNS] [--against CHECKOUT]`` runs the app as
``bench_ui.py``'s 10 MB run does (fresh interpreter, ``tui.cli.launch``, ``run_test`` at
160x45, a fresh state folder), to the full outline, then ``K`` until every speech's keywords
are shown and no worker runs. A thread samples every 20 ms the UI process's resident size
(``VmRSS``) and the helper's, and marks say what ran then: the whole file's parse, its
show, the exact wrap of every block, the document stored for the next run
(``keep_document``), ``K``, jieba's start in the helper, the keyword messages. Printed: each
process's peak (``VmHWM``; the UI's ``ru_maxrss``), the largest sampled sum of both, and a
timeline of the samples where either process grew by 2 MB or more, with the marks since
the sample before. With ``--against`` the runs alternate with another checkout's (the
functions it lacks are not marked) and the peaks' medians are compared.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_ui import big_collection  # noqa: E402
from benchenv import CHILD_TOOLS, bench_env, run_json  # noqa: E402

TRACE = (
    """
import time, json, sys, threading, resource
t0 = time.perf_counter()
"""
    + CHILD_TOOLS
    + """
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
from tui.screens.main import MainScreen

marks = []  # (time, what, the UI process's VmRSS then)
def mark(what):
    marks.append((time.perf_counter() - t0, what, status("self", "VmRSS")))

for entry in [
    ("tui.jobs.opening", None, "load", "parse"),
    ("tui.jobs.opening", None, "keep_document", "store"),
    ("tui.screens.main", "MainScreen", "_show_document", "show"),
    ("tui.reader_layout", "ExactCountJob", "run", "exact wrap"),
    ("tui.jobs.keyword_feed", None, "speech_texts", "speech texts"),
    ("tui.engine.index.store", "Index", "add_documents", "index: write"),
    ("tui.engine.index.store", "Index", "writing", "index: writing"),
]:
    marked(*entry)

service = app.background
original_submit = service.submit_process
def submit_process(fn, *args, **kwargs):
    mark("to helper: " + getattr(fn, "__name__", "?"))
    future = original_submit(fn, *args, **kwargs)
    name = getattr(fn, "__name__", "?")
    future.add_done_callback(lambda _f: mark("from helper: " + name))
    return future
service.submit_process = submit_process

samples = []  # (time, UI VmRSS, helpers' VmRSS)
stop = threading.Event()
def sample():
    while not stop.wait(0.02):
        helpers = sum(status(pid, "VmRSS") for pid in service.helper_pids())
        samples.append((time.perf_counter() - t0, status("self", "VmRSS"), helpers))
threading.Thread(target=sample, daemon=True).start()

async def main():
    drawn = asyncio.Event()
    display = app._display
    full = {}
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is None or not isinstance(app.screen, MainScreen):
            return
        s = app.screen
        if "at" not in full and s.reader.document is not None and s.outline.root.children and getattr(s, "complete", True):
            full["at"] = time.perf_counter() - t0
            mark("full outline frame")
        drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)) as pilot:
        while "at" not in full:
            drawn.clear()
            await asyncio.wait_for(drawn.wait(), 60)
        screen = app.screen
        await pilot.pause(4.0)  # the document stored (3 s after it is shown), the exact wrap
        mark("K")
        await keywords_shown(app, screen, pilot)
        mark("keywords shown, idle")
        helpers = {pid: status(pid, "VmHWM") for pid in service.helper_pids()}
        stop.set()
    print(json.dumps({
        "marks": marks, "samples": samples, "helpers_hwm": sum(helpers.values()),
        "ui_hwm": status("self", "VmHWM"),
        "ui_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
asyncio.run(main())
"""
)


def report(result: dict, quiet: bool) -> dict[str, float]:
    samples = result["samples"]
    together = max(ui + helper for _, ui, helper in samples)
    at_together = next(t for t, ui, helper in samples if ui + helper == together)
    ui_peak = max(samples, key=lambda s: s[1])
    helper_peak = max(samples, key=lambda s: s[2])
    figures = {
        "UI VmHWM": result["ui_hwm"],
        "UI ru_maxrss": result["ui_maxrss"],
        "helper VmHWM": result["helpers_hwm"],
        "sum of the two peaks": result["ui_maxrss"] + result["helpers_hwm"],
        "sampled together, max": together,
    }
    if quiet:
        return figures
    print(
        f"  UI peak sampled {ui_peak[1]:.0f} MB at {ui_peak[0]:.2f} s (VmHWM {result['ui_hwm']:.0f}); "
        f"helper peak sampled {helper_peak[2]:.0f} MB at {helper_peak[0]:.2f} s "
        f"(VmHWM {result['helpers_hwm']:.0f}); together {together:.0f} MB at {at_together:.2f} s"
    )
    marks = result["marks"]
    previous = (0.0, 0.0, 0.0)
    shown = 0
    for at, ui, helper in samples:
        if (
            ui - previous[1] >= 2
            or helper - previous[2] >= 2
            or (at, ui, helper) in (ui_peak, helper_peak)
        ):
            since = [what for when, what, _ in marks if previous[0] < when <= at]
            print(
                f"  {at:6.2f} s  UI {ui:6.1f} MB ({ui - previous[1]:+5.1f})  helper {helper:6.1f} MB "
                f"({helper - previous[2]:+5.1f})  {'; '.join(since)[:110]}"
            )
            shown += 1
        previous = (at, ui, helper)
    for when, what, ui in marks:
        print(f"  mark {when:6.2f} s  UI {ui:6.1f} MB  {what}")
    return figures


def main() -> None:
    args = sys.argv[1:]
    trees = {"this checkout": ROOT}
    if "--against" in args:
        at = args.index("--against")
        trees["against " + args[at + 1]] = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    quiet = "--quiet" in args
    args = [a for a in args if a != "--quiet"]
    runs = int(args[0]) if args else 1
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        for _ in range(runs):
            for name, root in trees.items():
                result = run_json(["-c", TRACE, str(path)], bench_env(root=root), root)
                if not quiet:
                    print(f"-- {name}")
                results[name].append(report(result, quiet))
    for name, figures in results.items():
        print(f"== {name}: median (min-max) of {runs} runs, MB")
        for key in figures[0]:
            values = [f[key] for f in figures]
            print(f"  {key}: {statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})")


if __name__ == "__main__":
    main()
