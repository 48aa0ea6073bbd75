"""One engine function's share of a parse: the calls it gets, recorded and replayed.

Run: ``python tests/bench/bench_calls.py MODULE:FUNCTION [--turns 7] [--repeat 5]
[--against CHECKOUT] [--lost-breaks] [--varied]``, e.g. ``tui.engine.noise:is_noise_text``. Not part
of the test suite: it prints figures, it asserts nothing.

What a trick inside one function buys is a few milliseconds of a 350 ms parse, below the
noise of ``bench_engine.py --turns``; this times the function alone, on the calls the parse
really makes. Each round runs a fresh interpreter per checkout (this one, and ``--against``
in turns): it wraps the function wherever a ``tui`` module holds it, parses the 10 MB
collection of ``bench_engine.py`` once to record every call, and replays the recorded calls
``--repeat`` times (CPU, median). It also prints how many calls there were and a hash of
their results, which must be the same in both checkouts for the comparison to hold.
``--lost-breaks``: the five corpus files with their line breaks taken out, each parsed,
instead of the collection (what ``gluedmarks.glued_markers`` and the one-line rules see).
``--varied``: ``bench_engine.py --varied``'s collection instead (the regression and held-out
texts, each once: every line new, traditional pieces among simplified ones).
``--without CHARS``: the collection with those characters taken out (e.g. ``'*_#>'``: a
text with no Markdown marks, which the engine's whole-text tests skip line by line).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from tui.paths import bundled_corpus_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_engine import build_collection, build_varied  # noqa: E402
from benchenv import runs_in_turns  # noqa: E402

TURN = """
import gc, hashlib, importlib, json, statistics, sys, time
from pathlib import Path
from tui.engine import load_document
spec, path, repeat = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
module_name, name = spec.split(":")
function = getattr(importlib.import_module(module_name), name)
calls = []
def recording(*args, **kwargs):
    calls.append((args, kwargs))
    return function(*args, **kwargs)
held = [(module, key) for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("tui")
        for key, value in list(vars(module).items()) if value is function]
for module, key in held:
    setattr(module, key, recording)
for one in sorted(path.iterdir()) if path.is_dir() else [path]:
    load_document(one)
for module, key in held:
    setattr(module, key, function)
results = [function(*args, **kwargs) for args, kwargs in calls]
times = []
for _ in range(repeat):
    gc.collect()
    cpu = time.process_time()
    for args, kwargs in calls:
        function(*args, **kwargs)
    times.append(time.process_time() - cpu)
print(json.dumps({"cpu": statistics.median(times), "calls": len(calls),
                  "results": hashlib.sha1(repr(results).encode()).hexdigest()[:12]}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("function", help="MODULE:FUNCTION, e.g. tui.engine.cleanline:strip_junk")
    parser.add_argument("--turns", type=int, default=7, help="rounds of fresh interpreters")
    parser.add_argument("--repeat", type=int, default=5, help="replays in each interpreter")
    parser.add_argument("--against", type=Path, help="another checkout, run in turns")
    parser.add_argument("--lost-breaks", action="store_true", help="one-line corpus files")
    parser.add_argument("--without", default="", help="characters taken out of the collection")
    parser.add_argument("--varied", action="store_true", help="the regression and held-out texts")
    args = parser.parse_args()
    trees = {"this checkout": ROOT} | (
        {f"against {args.against}": args.against} if args.against else {}
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-calls-"))
    try:
        if args.lost_breaks:
            path = folder / "lost-breaks"
            path.mkdir()
            for one in sorted(bundled_corpus_dir().glob("*.txt")):
                (path / one.name).write_text(one.read_text("utf-8").replace("\n", ""), "utf-8")
        else:
            path = folder / "collection.txt"
            text = (build_varied if args.varied else build_collection)(10.0).decode("utf-8")
            path.write_bytes(text.translate({ord(c): None for c in args.without}).encode())
        command = ["-c", TURN, args.function, str(path)]
        found = runs_in_turns(command, trees, args.turns, args.repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for name, runs in found.items():
        ms = [float(run["cpu"]) * 1000 for run in runs]
        print(
            f"{name}: {args.function}, {runs[0]['calls']} calls (results {runs[0]['results']}), "
            f"CPU, {args.turns} rounds (each the median of {args.repeat}): median "
            f"{statistics.median(ms):.2f} ms ({min(ms):.2f}-{max(ms):.2f}); "
            + ", ".join(f"{m:.2f}" for m in ms)
        )


if __name__ == "__main__":
    main()
