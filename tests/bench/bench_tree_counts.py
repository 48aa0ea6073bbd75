"""What a speech count costs the file tree's counter for a big file (not a timed test).

The tree counts a file by parsing it (``tui.jobs.tree_counts.speech_counts``) in the helper
process; files over ``folder_work.COUNT_LIMIT`` (2 MB) were never counted, so the big
collections a user cares most about showed no "N篇". This measures, for collections of 2, 5
and 10 MB built from the bundled corpus (``bench_engine.build_collection``), what counting one
costs a fresh process as the helper is: the wall and CPU time of the count (the first one
in the process, with the parser's imports, and the best of the later ones) and the process's
peak resident memory. The UI process does none of it: it gets the count (a few bytes).

    python tests/bench/bench_tree_counts.py [--mb 2 5 10] [--rounds 3]

Each size is counted in ``--rounds`` fresh processes (the median and range are printed).

    python tests/bench/bench_tree_counts.py --lag 5

instead measures the UI process while the tree counts a folder with 3, 5 and 10 MB
collections (and the corpus's small files), the index kept out: the longest gaps of a
5 ms ticker on the app's event loop from the count's start until the three big counts are
shown ("big"), against the same folder with the big files left uncounted as before
("small", 8 s), in turns, ``--lag`` rounds of each.
"""

from __future__ import annotations

import argparse
import atexit
import json
import statistics
import sys
from pathlib import Path

import benchenv
from bench_engine import build_collection

CHILD = """
import json, resource, sys, time
from pathlib import Path
path, repeat = Path(sys.argv[1]), int(sys.argv[2])
began, cpu = time.perf_counter(), time.process_time()
from tui.jobs.tree_counts import speech_counts
(first,) = speech_counts([path], 10**12)
first_s, first_cpu = time.perf_counter() - began, time.process_time() - cpu
later = []
for _ in range(repeat):
    began = time.perf_counter()
    speech_counts([path], 10**12)
    later.append(time.perf_counter() - began)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"speeches": first.speeches, "first_s": first_s, "first_cpu_s": first_cpu,
                  "later_s": min(later) if later else first_s, "peak_mb": peak}))
"""


LAG_CHILD = """
import asyncio, json, sys, time
from pathlib import Path


def main() -> None:
    from tui.app import make_app
    from tui.screens import folder_work
    import tui.screens.main as main_screen

    folder, big = Path(sys.argv[1]), sys.argv[2] == "big"
    if not big:
        folder_work.BIG_COUNT_LIMIT = folder_work.COUNT_LIMIT  # (as before: no big count)
    main_screen.MainScreen.update_index = lambda self, asked=False: None
    main_screen.COUNT_DELAY = 1e6
    paths = sorted(folder.rglob("合集*MB.txt"))

    async def run() -> dict:
        app = make_app(folder / "济源讲话三篇.txt")
        async with app.run_test(size=(160, 45)) as pilot:
            await pilot.pause(2)
            tree = app.main_screen.filetree
            tree.node_for_path(folder / "大文件").expand()
            await pilot.pause(1)
            app.background.start_helper()
            await pilot.pause(2)
            gaps, stop = [], []

            async def tick() -> None:
                last = time.perf_counter()
                while not stop:
                    await asyncio.sleep(0.005)
                    now = time.perf_counter()
                    gaps.append(now - last)
                    last = now

            ticker = asyncio.ensure_future(tick())
            began = time.perf_counter()
            app.main_screen.count_speeches()
            while time.perf_counter() - began < 8:
                if big and all(tree.speech_count(path) for path in paths):
                    break
                await asyncio.sleep(0.05)
            took = time.perf_counter() - began
            stop.append(True)
            await ticker
            gaps.sort()
            return {
                "counted": [tree.speech_count(path) for path in paths],
                "took_s": round(took, 2),
                "top_ms": [round(gap * 1000, 1) for gap in gaps[-3:]],
            }

    print(json.dumps(asyncio.run(run())))


if __name__ == "__main__":
    main()
"""


def lag(rounds: int, root: Path) -> None:
    """``--lag``: the UI's event loop while big files are counted, against before."""
    from tui.paths import bundled_corpus_dir

    folder = benchenv.scratch("bench-tree-lag-")
    (folder / "大文件").mkdir()
    for source in bundled_corpus_dir().glob("*.txt"):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "合集3MB.txt").write_bytes(build_collection(3))
    for megabytes in (5, 10):
        (folder / "大文件" / f"合集{megabytes}MB.txt").write_bytes(build_collection(megabytes))
    script = folder.parent / f"{folder.name}-lag_child.py"  # (not a speech file)
    script.write_text(LAG_CHILD, encoding="utf-8")
    atexit.register(script.unlink, True)
    for _ in range(rounds):
        for mode in ("big", "small"):
            found = benchenv.run_json(
                [str(script), str(folder), mode], benchenv.bench_env(root=root), root
            )
            print(mode, json.dumps(found), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[2.0, 5.0, 10.0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per size")
    parser.add_argument("--repeat", type=int, default=2, help="counts after the first")
    parser.add_argument("--root", type=Path, default=benchenv.ROOT, help="the checkout")
    parser.add_argument("--lag", type=int, default=0, help="rounds of the UI's loop lag")
    args = parser.parse_args()
    if args.lag:
        lag(args.lag, args.root)
        return
    folder = benchenv.scratch("bench-tree-counts-")
    env = benchenv.bench_env(root=args.root)
    found = {}
    for megabytes in args.mb:
        path = folder / f"合集{megabytes:g}MB.txt"
        path.write_bytes(build_collection(megabytes))
        benchenv.run_json(["-c", CHILD, str(path), "0"], env, args.root)  # (bytecode written)
        runs = [
            benchenv.run_json(["-c", CHILD, str(path), str(args.repeat)], env, args.root)
            for _ in range(args.rounds)
        ]
        found[megabytes] = runs
        size = path.stat().st_size / 1_000_000

        def spread(key: str, runs: list[dict[str, float]] = runs) -> str:
            values = [run[key] for run in runs]
            return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"

        print(
            f"{size:5.1f} MB, {runs[0]['speeches']} speeches: first count {spread('first_s')} s"
            f" (CPU {spread('first_cpu_s')} s), later {spread('later_s')} s,"
            f" peak RSS {spread('peak_mb')} MB",
            file=sys.stderr,
        )
    print(json.dumps({str(mb): runs for mb, runs in found.items()}))


if __name__ == "__main__":
    main()
