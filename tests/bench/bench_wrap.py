"""Throughput of tui.engine.wrap on the bundled corpus: characters per second by width.

Run: ``python tests/bench/bench_wrap.py [--repeat N]``. Prints the one-off cost of the
width table, then for widths 40/80/120 the best of N passes over every paragraph of
every corpus file, and the cost of re-wrapping one screenful (a resize).

``--turns N [--against CHECKOUT]`` instead runs N rounds of fresh interpreters, one per
checkout in turns, each parsing the 10 MB collection (``bench_engine.build_collection``,
``--mb``) and timing (CPU, median of ``--repeat``) the wrap of every paragraph at 80 and at
158 columns (``wrap`` with the reader's first-line indent, no cache): what the reader does
to the whole file after a resize, and what a change to the line-break rules must show
beyond the noise of runs in turns.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tui.engine.wrap import cell_width, prepare, wrap

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_engine import build_collection  # noqa: E402
from benchenv import runs_in_turns  # noqa: E402

TURN = """
import gc, json, statistics, sys, time
from pathlib import Path
from tui.engine import load_document
from tui.engine.wrap import wrap
path, repeat = Path(sys.argv[1]), int(sys.argv[2])
texts = [paragraph.text for paragraph in load_document(path).paragraphs]
times = {}
for width in (80, 158):
    lines = sum(len(wrap(text, width)) for text in texts)  # warm: tables, run caches
    found = []
    for _ in range(repeat):
        gc.collect()
        cpu = time.process_time()
        for text in texts:
            wrap(text, width)
        found.append(time.process_time() - cpu)
    times[width] = {"cpu": statistics.median(found), "lines": lines}
times["chars"] = sum(map(len, texts))
print(json.dumps(times))
"""


def time_turns(rounds: int, repeat: int, megabytes: float, against: Path | None) -> None:
    """Every paragraph of the collection wrapped, CPU, fresh interpreters, checkouts in turns."""
    trees = {"this checkout": ROOT} | ({f"against {against}": against} if against else {})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.txt"
        path.write_bytes(build_collection(megabytes))
        times: dict[str, list[dict[str, Any]]] = runs_in_turns(
            ["-c", TURN, str(path)], trees, rounds, repeat
        )
    for name, found in times.items():
        chars = found[0]["chars"]
        for width in ("80", "158"):
            ms = [float(r[width]["cpu"]) * 1000 for r in found]
            lines = found[0][width]["lines"]
            print(
                f"{name}: wrap {chars} characters at {width} columns ({lines} lines), CPU, "
                f"{rounds} rounds (each the median of {repeat}): median "
                f"{statistics.median(ms):.1f} ms ({min(ms):.1f}-{max(ms):.1f}); "
                + ", ".join(f"{m:.1f}" for m in ms)
            )


def corpus_paragraphs() -> list[str]:
    """Every non-blank line of every corpus file, trimmed as the cleaner would."""
    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", errors="replace")
        for line in text.splitlines():
            line = line.strip(" \u3000\t")
            if line:
                paragraphs.append(line)
    return paragraphs


def best_of(repeat: int, func: object, *args: object) -> float:
    """The fastest of ``repeat`` timed calls (seconds)."""
    assert callable(func)
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        func(*args)
        best = min(best, time.perf_counter() - began)
    return best


def wrap_all(paragraphs: list[str], width: int) -> int:
    """Wrap every paragraph; return the number of display lines."""
    return sum(len(wrap(p, width)) for p in paragraphs)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--turns", type=int, default=0, help="the 10 MB wrap, in turns")
    parser.add_argument("--mb", type=float, default=10.0, help="with --turns: collection size")
    parser.add_argument("--against", type=Path, help="with --turns: another checkout, in turns")
    args = parser.parse_args()
    if args.turns:
        time_turns(args.turns, args.repeat, args.mb, args.against)
        return

    began = time.perf_counter()
    prepare()
    print(f"width table build (once per process): {1000 * (time.perf_counter() - began):.1f} ms")

    paragraphs = corpus_paragraphs()
    chars = sum(map(len, paragraphs))
    cells = sum(map(cell_width, paragraphs))
    print(f"corpus: {len(paragraphs)} paragraphs, {chars} characters, {cells} cells")

    seconds = best_of(args.repeat, lambda: [cell_width(p) for p in paragraphs])
    print(f"cell_width: {chars / seconds / 1e6:6.2f} M chars/s")
    for width in (40, 80, 120):
        lines = wrap_all(paragraphs, width)
        seconds = best_of(args.repeat, wrap_all, paragraphs, width)
        print(
            f"wrap width {width:3d}: {chars / seconds / 1e6:6.2f} M chars/s, "
            f"{lines} lines, {1000 * seconds:.1f} ms for the corpus"
        )

    # A resize re-wraps what is on screen: take the longest paragraphs as the worst screen.
    screen = sorted(paragraphs, key=len, reverse=True)[:50]
    seconds = best_of(args.repeat, wrap_all, screen, 100)
    print(f"re-wrap 50 longest paragraphs at width 100: {1000 * seconds:.2f} ms")

    # Projection for a 10 MB collection (~3 million characters).
    seconds = best_of(args.repeat, wrap_all, paragraphs, 80)
    print(f"projected full wrap of 3M chars at width 80: {3e6 / chars * seconds:.2f} s")


if __name__ == "__main__":
    main()
