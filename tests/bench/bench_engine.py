"""Speed and memory of the speech engine on a 10 MB collection built from the corpus.

Run: ``python tests/bench/bench_engine.py [--mb 10] [--repeat 3]``. Not part of the test
suite: it prints figures, it asserts nothing. The collection is the corpus files repeated
until the size is reached (every copy a real file's text, with its titles, salutations,
noise and PDF breaks), written to a temporary file and loaded with ``load_document`` —
read + decode + clean + re-flow + split + outline, exactly what the reader does, and then
every paragraph's sentences (split lazily, on first use, in the app).

Targets (issue 2): ≥ 20 MB/s (≤ 0.5 s for 10 MB) and peak memory ≤ 10× the file size.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
import tracemalloc
from pathlib import Path

from tui.engine import load_document
from tui.paths import bundled_corpus_dir


def build_collection(megabytes: float) -> bytes:
    """The corpus files, UTF-8, repeated to at least ``megabytes`` MB."""
    texts = [p.read_text("utf-8") for p in sorted(bundled_corpus_dir().glob("*.txt"))]
    if not any(text.strip() for text in texts):
        raise SystemExit(f"no speech text to repeat in {bundled_corpus_dir()}")
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            parts.append(text.rstrip("\n") + "\n\n")
            size += len(parts[-1].encode("utf-8"))
    return "".join(parts).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="collection size in MB")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (best is shown)")
    args = parser.parse_args()

    data = build_collection(args.mb)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.txt"
        path.write_bytes(data)
        size_mb = len(data) / 1_000_000

        load_document(path)  # warm the regex caches and the page cache
        times, full_times = [], []
        for _ in range(args.repeat):
            gc.collect()
            start = time.perf_counter()
            document = load_document(path)
            loaded = time.perf_counter()
            for paragraph in document.paragraphs:
                paragraph.sentences  # noqa: B018 - sentences are split on first use
            times.append(loaded - start)
            full_times.append(time.perf_counter() - start)
            del document
        best, best_full = min(times), min(full_times)

        gc.collect()
        tracemalloc.start()
        document = load_document(path)
        for paragraph in document.paragraphs:
            paragraph.sentences  # noqa: B018
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    speeches = len(document.speeches)
    headings = sum(len(s.headings) for s in document.speeches)
    sentences = sum(len(p.sentences) for p in document.paragraphs)
    print(
        f"file: {size_mb:.1f} MB, {document.line_count} lines, {len(document.paragraphs)} paragraphs"
    )
    print(f"found: {speeches} speeches, {headings} headings, {sentences} sentences")
    print(
        f"load + clean + split + outline (what the reader waits for; sentences are split on "
        f"first use): best {best:.3f} s of {args.repeat} ({', '.join(f'{t:.3f}' for t in times)})"
        f" → {size_mb / best:.1f} MB/s"
    )
    print(
        f"the same + every paragraph's sentences: best {best_full:.3f} s "
        f"({', '.join(f'{t:.3f}' for t in full_times)}) → {size_mb / best_full:.1f} MB/s "
        f"(target ≥ 20 MB/s, ≤ 0.5 s for 10 MB)"
    )
    print(
        f"peak memory (tracemalloc): {peak / 1_000_000:.1f} MB = {peak / len(data):.1f}× the file "
        f"(target ≤ 10×)"
    )


if __name__ == "__main__":
    main()
