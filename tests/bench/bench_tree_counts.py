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
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[2.0, 5.0, 10.0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per size")
    parser.add_argument("--repeat", type=int, default=2, help="counts after the first")
    parser.add_argument("--root", type=Path, default=benchenv.ROOT, help="the checkout")
    args = parser.parse_args()
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
