"""Throughput of tui.engine.wrap on the bundled corpus: characters per second by width.

Run: ``python tests/bench/bench_wrap.py [--repeat N]``. Prints the one-off cost of the
width table, then for widths 40/80/120 the best of N passes over every paragraph of
every corpus file, and the cost of re-wrapping one screenful (a resize).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tui.engine.wrap import cell_width, prepare, wrap

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


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
    args = parser.parse_args()

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
