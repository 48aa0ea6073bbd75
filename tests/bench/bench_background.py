"""Where background work should run: a thread of the UI's process, or the helper process.

Run ``python tests/bench/bench_background.py [ROUNDS] [--against CHECKOUT] [VARIANT ...]``. Each variant runs in a fresh
interpreter, in turns (variant 1, 2, 3 … then again), ROUNDS times (default 5); the
figures are medians with their spread (min–max) over the rounds.

The UI is stood for by an asyncio loop that every 10 ms runs a fixed piece of Python
work (about 1 ms alone, calibrated first), as a frame does. Measured while the
background work runs:

* **lag**: how late a tick starts (the loop waits for the GIL);
* **frame**: how long the fixed piece takes (it shares the GIL with the work);
* **done**: when the work's result is in the UI's process.

Variants:

* ``parse-thread``: ``load_document`` of a 10 MB collection on a thread.
* ``parse-thread-0.5ms``: the same with ``sys.setswitchinterval(0.0005)`` (what the app
  set before: is it worth keeping?).
* ``parse-process``: the same in a started ``spawn`` helper (parser imported), the
  document pickled back (what a process costs: transfer and unpickling, in the UI's
  process, holding the GIL).
* ``keywords-thread``: jieba's start and the keywords of the 10 MB file on a thread
  (measured for the first ``WINDOW`` seconds; the whole takes some 18 s of CPU).
* ``keywords-process``: the same in the helper (``tui.services.Background``).
* ``keywords-process-nice0``: the same with the helper set back to the UI's priority
  (``tui.services.HELPER_NICENESS`` not applied: is the niceness worth keeping? Raising a
  process's priority again needs the right to, e.g. root).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_ui import big_collection  # noqa: E402
from benchenv import bench_env, run_json  # noqa: E402

WINDOW = 6.0
"""Seconds of keyword work measured."""

CHILD = r"""
import asyncio, json, os, sys, time, statistics
from pathlib import Path
variant, path = sys.argv[1], Path(sys.argv[2])
WINDOW = float(sys.argv[3])

def piece():
    total = 0
    for i in range(N):
        total += i * i
    return total

N = 1000
start = time.perf_counter(); piece(); alone = time.perf_counter() - start
N = max(1, int(N * 0.001 / alone))  # about 1 ms alone
def timed():
    start = time.perf_counter()
    piece()
    return time.perf_counter() - start
alone = min(timed() for _ in range(20))

try:  # the jobs' modules (one module, tui/jobs.py, in a checkout from before)
    from tui.jobs import keyword_feed, opening, tree_counts
except ImportError:
    from tui import jobs as keyword_feed
    opening = tree_counts = keyword_feed
from tui.services import Background
background = Background(processes="process" in variant)  # keywords-thread: all on threads
if variant.endswith("0.5ms"):
    sys.setswitchinterval(0.0005)
if "process" in variant:
    pids = background.start_helper()
    if variant.endswith("nice0"):
        for pid in pids:
            os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0))
    if variant.startswith("parse"):
        background.submit_process(tree_counts.speeches_and_kind, path.parent / "small.txt").result()

async def main():
    lags, frames = [], []
    t0 = time.perf_counter()
    if variant.startswith("parse"):
        submit = background.submit_process if "process" in variant else background.submit
        future = submit(opening.load, path)
    else:
        document = opening.load(path)
        t0 = time.perf_counter()
        if hasattr(keyword_feed, "helper_keywords"):  # the UI sends the speeches' texts
            future = asyncio.ensure_future(keyword_feed.helper_keywords(background, path, document, 20))
        else:  # before: the helper parsed the file again
            submit = background.submit_process if "process" in variant else background.submit
            future = submit(keyword_feed.document_keywords, path, keyword_feed.identity(document), 20)
    done = None
    while True:
        due = time.perf_counter() + 0.010
        await asyncio.sleep(0.010)
        now = time.perf_counter()
        lags.append(now - due)
        start = time.perf_counter()
        piece()
        frames.append(time.perf_counter() - start)
        if done is None and future.done():
            future.result()
            done = now - t0
            if variant.startswith("parse"):
                break
        if now - t0 > WINDOW and not variant.startswith("parse"):
            break
    def q(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(p * len(values)))]
    print(json.dumps({"lag_p50": q(lags, .5), "lag_p95": q(lags, .95), "lag_max": max(lags),
                      "frame_p50": q(frames, .5), "frame_p95": q(frames, .95), "frame_max": max(frames),
                      "alone": alone, "done": done}), flush=True)
    os._exit(0)  # do not wait for the rest of the keywords

asyncio.run(main())
"""

VARIANTS = [
    "parse-thread",
    "parse-thread-0.5ms",
    "parse-process",
    "keywords-thread",
    "keywords-process",
    "keywords-process-nice0",
]


def run(variant: str, path: Path, root: Path = ROOT) -> dict[str, float]:
    """One fresh process running ``variant``; its figures. The state folder is the same for
    every run (jieba's dictionary cache is built once, not measured)."""
    home = Path(tempfile.gettempdir()) / "bench-background-home"
    args = ["-c", CHILD, variant, str(path), str(WINDOW)]
    return run_json(args, bench_env(home, root), root, timeout=300)  # type: ignore[no-any-return]


def main() -> None:
    """``bench_background.py [ROUNDS] [--against CHECKOUT] [VARIANT ...]``: every variant
    (or those named), ROUNDS times in turns; with another checkout (the code before a
    change), each run of this one is followed by the same run of that one."""
    args = sys.argv[1:]
    trees = {"": ROOT}
    if "--against" in args:
        at = args.index("--against")
        trees["against " + args[at + 1] + ": "] = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    rounds = int(args.pop(0)) if args and args[0].isdigit() else 5
    variants = [v for v in VARIANTS if not args or v in args]
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        (Path(folder) / "small.txt").write_text("一、标题\n\n正文。\n", encoding="utf-8")
        run("keywords-process", path)  # untimed: jieba's dictionary cache is written
        results = {(t, v): [] for t in trees for v in variants}  # type: ignore[var-annotated]
        for _ in range(rounds):
            for variant in variants:
                for name, root in trees.items():
                    results[name, variant].append(run(variant, path, root))
    print(f"{rounds} rounds in turns; median (min-max) in ms; the machine may be shared")
    for (name, variant), runs in results.items():

        def show(key: str, runs: list[dict[str, float]] = runs) -> str:
            values = [r[key] * 1000 for r in runs if r[key] is not None]
            if not values:
                return "-"
            return f"{statistics.median(values):.0f} ({min(values):.0f}-{max(values):.0f})"

        print(
            f"{name}{variant:20} lag p50 {show('lag_p50')}, p95 {show('lag_p95')}, max {show('lag_max')}; "
            f"1 ms frame p50 {show('frame_p50')}, p95 {show('frame_p95')}, max {show('frame_max')}; "
            f"result in UI {show('done')}"
        )


if __name__ == "__main__":
    main()
