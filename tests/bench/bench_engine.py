"""Speed and memory of the speech engine on a 10 MB collection built from the corpus.

Run: ``python tests/bench/bench_engine.py [--mb 10] [--repeat 3]``. Not part of the test
suite: it prints figures, it asserts nothing. The collection is the corpus files repeated
until the size is reached (every copy a real file's text, with its titles, salutations,
noise and PDF breaks), written to a temporary file and loaded with ``load_document`` —
read + decode + clean + re-flow + split + outline, exactly what the reader does, and then
every paragraph's sentences (split lazily, on first use, in the app).

Targets (issue 2): ≥ 20 MB/s (≤ 0.5 s for 10 MB) and peak memory ≤ 10× the file size.

``--turns N [--against CHECKOUT]`` instead runs N rounds of fresh interpreters, one per
checkout in turns, each timing (CPU, median of ``--repeat``) the decoding of the collection's
bytes (``tui.base.decode.decode``), its whole parse (``load_document``), every paragraph's
sentences (``split_sentences``), a find of 发展 in every paragraph (``term_finder``, as
the find bar and a scan match) and the document read back from the store of parsed
documents (``tui.engine.docstore.stored_document``, what a reopened big file waits for):
what a change of one of them must show beyond the noise of runs in turns. ``--traditional``: the collection in
traditional characters (``bench_fold.py``'s), so the parse folds and unfolds it.
``--varied`` (with or without ``--turns``): the collection made of the regression and held-out
texts (``tests/regression``, ``tests/holdout*``: some 340 different real texts of every shape the
engine is measured on, ~10.5 MB) instead of the six corpus files repeated — every line new, as in
a user's own collection, where the repeated corpus asks the same few hundred lines again and again.

``--imports N`` instead times the parser's import (``import tui.engine.parse``, what the
first file's parse waits for at every start) in N fresh interpreters, with the bytecode
and the stored patterns (``tui.base.patterns``) written by an untimed first run, as an
installed app has them; ``--against CHECKOUT`` times that checkout's import in turns.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from tui.engine import load_document
from tui.paths import bundled_corpus_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from benchenv import bench_env, run_json, runs_in_turns  # noqa: E402

IMPORT = """
import json, time
import tui.engine.model  # (the UI imports the model before the parser: not counted)
wall, cpu = time.perf_counter(), time.process_time()
import tui.engine.parse
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def time_imports(runs: int, against: Path | None) -> None:
    """The parser's import in fresh interpreters, in turns with ``against`` if given."""
    trees = {"this checkout": ROOT} | ({f"against {against}": against} if against else {})
    for root in trees.values():
        run_json(["-c", IMPORT], bench_env(root=root), root)  # untimed: bytecode, patterns
    times: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(runs):
        for name, root in trees.items():
            times[name].append(run_json(["-c", IMPORT], bench_env(root=root), root))
    for name, found in times.items():
        cpu = [r["cpu"] * 1000 for r in found]
        wall = [r["wall"] * 1000 for r in found]
        print(
            f"{name}: import tui.engine.parse, {runs} fresh interpreters: CPU median "
            f"{statistics.median(cpu):.1f} ms ({min(cpu):.1f}-{max(cpu):.1f}), wall "
            f"{statistics.median(wall):.1f} ms ({min(wall):.1f}-{max(wall):.1f})"
        )


TURN = """
import gc, json, statistics, sys, tempfile, time
from pathlib import Path
from tui.base.decode import decode
from tui.base.files import stamp_of
from tui.engine import docstore, load_document, split_sentences
from tui.engine.match import term_finder
path, repeat = Path(sys.argv[1]), int(sys.argv[2])
data = path.read_bytes()
document = load_document(path)  # warm: regex caches, width tables, the page cache
texts = [paragraph.text for paragraph in document.paragraphs]
store = Path(tempfile.mkdtemp())
docstore.store_document(store, path, stamp_of(path), document)
times = {"decode": [], "parse": [], "sentences": [], "find": [], "read back": []}
for _ in range(repeat):
    gc.collect()
    cpu = time.process_time()
    decode(data)
    times["decode"].append(time.process_time() - cpu)
    gc.collect()
    cpu = time.process_time()
    load_document(path)
    times["parse"].append(time.process_time() - cpu)
    gc.collect()
    cpu = time.process_time()
    for text in texts:
        split_sentences(text)
    times["sentences"].append(time.process_time() - cpu)
    gc.collect()
    cpu = time.process_time()
    finder = term_finder("发展")
    for text in texts:
        for _span in finder(text):
            pass
    times["find"].append(time.process_time() - cpu)
    gc.collect()
    cpu = time.process_time()
    assert docstore.stored_document(store, path, stamp_of(path)) is not None
    times["read back"].append(time.process_time() - cpu)
for entry in store.iterdir():
    entry.unlink()
store.rmdir()
print(json.dumps({key: statistics.median(found) for key, found in times.items()}))
"""


def time_turns(
    rounds: int,
    repeat: int,
    megabytes: float,
    against: Path | None,
    traditional: bool = False,
    varied: bool = False,
) -> None:
    """Decoding and parsing the collection, CPU, in fresh interpreters, checkouts in turns."""
    trees = {"this checkout": ROOT} | ({f"against {against}": against} if against else {})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.txt"
        data = build_varied(megabytes) if varied else build_collection(megabytes)
        if traditional:
            from bench_fold import to_traditional

            data = to_traditional(data.decode("utf-8")).encode("utf-8")
        path.write_bytes(data)
        times: dict[str, list[dict[str, float]]] = runs_in_turns(
            ["-c", TURN, str(path)], trees, rounds, repeat
        )
    for name, found in times.items():
        for key in ("decode", "parse", "sentences", "find", "read back"):
            ms = [r[key] * 1000 for r in found]
            print(
                f"{name}: {key}, CPU, {rounds} rounds (each the median of {repeat}): median "
                f"{statistics.median(ms):.1f} ms ({min(ms):.1f}-{max(ms):.1f}); "
                + ", ".join(f"{m:.1f}" for m in ms)
            )


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


def build_varied(megabytes: float) -> bytes:
    """The regression and held-out texts (UTF-8, else GB18030; line ends as LF), each once,
    by name, to at least ``megabytes`` MB (again from the first when they run out)."""
    files = sorted(ROOT.glob("tests/regression/texts/*")) + sorted(
        ROOT.glob("tests/holdout*/texts/*")
    )
    texts: list[str] = []
    for path in files:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")
        texts.append(text.replace("\r\n", "\n").rstrip("\n") + "\n\n")
    if not texts:
        raise SystemExit("no regression or held-out texts under tests/")
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            parts.append(text)
            size += len(text.encode("utf-8"))
            if size >= target:
                break
    return "".join(parts).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="collection size in MB")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (best is shown)")
    parser.add_argument("--imports", type=int, default=0, help="time the parser's import instead")
    parser.add_argument("--turns", type=int, default=0, help="decode and parse, in turns")
    parser.add_argument(
        "--against", type=Path, help="with --imports or --turns: another checkout, in turns"
    )
    parser.add_argument(
        "--traditional",
        action="store_true",
        help="with --turns: the collection in traditional characters (bench_fold.py's)",
    )
    parser.add_argument(
        "--varied",
        action="store_true",
        help="the regression and held-out texts, each once, instead of the corpus repeated",
    )
    args = parser.parse_args()
    if args.turns:
        time_turns(args.turns, args.repeat, args.mb, args.against, args.traditional, args.varied)
        return
    if args.imports:
        time_imports(args.imports, args.against)
        return

    data = build_varied(args.mb) if args.varied else build_collection(args.mb)
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
