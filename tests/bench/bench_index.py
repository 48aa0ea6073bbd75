"""Benchmark (not a test; prints, asserts nothing): the persistent search index.

Generates a library of ``--files`` files / ``--mb`` megabytes from the bundled corpus
with variations (paragraphs shuffled across speeches, numbers and place names changed,
words of random Chinese characters sprinkled in so that rare words exist) in a
temporary folder, then measures:

* the full build (``Index.sync``) in a child process: MB/s and its peak RSS;
* an incremental update after 10 files changed;
* query latency p50/p95 for 1-, 2- and 4-character words drawn from the text, quoted
  phrases and AND queries: the index query alone (``Index.search_indexed``) and the
  whole library search (``search_library``: walking and stat-ing every file too);
* a few very common words (the worst cases: hundreds of thousands of hits);
* how long the UI thread can be kept from running while a thread indexes (the longest
  gap between 5 ms ticks of the main thread), and how late a 20 ms timer of the app
  (headless, keys pressed meanwhile) fires while its background worker indexes;
* the index's size on disk.

    python tests/bench/bench_index.py            # 5,000 files, 500 MB
    python tests/bench/bench_index.py --mb 50 --files 500
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tui.paths import bundled_corpus_dir  # noqa: E402

CITIES = [
    "郑州",
    "洛阳",
    "开封",
    "济源",
    "重庆",
    "成都",
    "武汉",
    "长沙",
    "南昌",
    "合肥",
    "杭州",
    "苏州",
]
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def corpus_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(bundled_corpus_dir().glob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if len(line) >= 20:
                paragraphs.append(line)
    return paragraphs


def generate(folder: Path, files: int, megabytes: float, seed: int = 7) -> int:
    """Write the library; its size in bytes."""
    rng = random.Random(seed)
    paragraphs = corpus_paragraphs()
    chars = sorted({c for p in paragraphs for c in p if "\u4e00" <= c <= "\u9fff"})
    rare = ["".join(rng.choice(chars) for _ in range(rng.choice((2, 3, 4)))) for _ in range(3000)]
    per_file = int(megabytes * 1e6 / files)
    total = 0
    for number in range(files):
        sub = folder / f"{number // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        city = rng.choice(CITIES)
        parts = [f"在{city}市第{number}次优化营商环境工作会议上的讲话", "同志们："]
        size = sum(len(p.encode()) + 1 for p in parts)
        heading = 0
        while size < per_file:
            if rng.random() < 0.05:
                heading += 1
                text = f"{'一二三四五六七八九十'[heading % 10]}、{rng.choice(paragraphs)[:18]}"
            else:
                text = rng.choice(paragraphs)
                text = re.sub(r"\d+", lambda m: str(rng.randint(1, 2030)), text)
                text = text.replace("xx", city).replace("XX", city)
                if rng.random() < 0.3:
                    cut = rng.randrange(len(text))
                    text = text[:cut] + rng.choice(rare) + text[cut:]
            parts.append(text)
            size += len(text.encode()) + 1
        data = "\n".join(parts) + "\n"
        (sub / f"讲话{number:05d}.txt").write_text(data, encoding="utf-8")
        total += len(data.encode())
    return total


def build_child(library: str, index_file: str) -> None:
    """The build, in its own process (so its peak RSS is its own)."""
    import resource

    from tui.engine.index import Index

    started = time.perf_counter()
    with Index(Path(index_file)) as index:
        report = index.sync(library)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "bytes": report.bytes,
                "files": report.indexed,
                "peak_rss": peak,
                "failed": len(report.failed),
            }
        )
    )


FIRST_FILES = 3
"""The corpus search screen opens the first 3 files by itself …"""
FIRST_HITS = 40
"""… and a screen shows about 40 lines."""


def first_page(found: list[Any]) -> None:
    """Place the hits the first screen shows (as the corpus search screen does)."""
    for file_result in found[:FIRST_FILES]:
        file_result.hits(FIRST_HITS)


def timed(search: Callable[..., Any]) -> tuple[float, float, list[Any]]:
    """(ms to the first page, ms to the exact totals, files) of ``search(on_first=...)``.

    The first page is the first results' (``on_first``) with their first hits placed, or,
    when the search finished before it had any, the complete result's.
    """
    first: list[float] = []
    started = time.perf_counter()

    def on_first(partial: Any) -> None:
        files = getattr(partial, "files", partial)
        ranked = sorted(files, key=lambda f: (f.heading_hits == 0, -f.total, f.path))
        first_page(ranked)
        first.append(time.perf_counter() - started)

    found = search(on_first=on_first)
    found = getattr(found, "files", found)
    if not first:
        first_page(sorted(found, key=lambda f: (f.heading_hits == 0, -f.total, f.path)))
    done = time.perf_counter() - started
    return (first[0] if first else done) * 1000, done * 1000, found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def sample_words(library: Path, rng: random.Random) -> dict[str, list[str]]:
    """Words of 1, 2 and 4 characters: distinct ones drawn uniformly from a sample of the text."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(library.rglob("*.txt"))[:50])
    runs = _CJK.findall(text)
    grams: dict[int, set[str]] = {1: set(), 2: set(), 4: set()}
    for run in runs:
        for size, seen in grams.items():
            for at in range(0, len(run) - size + 1):
                seen.add(run[at : at + size])
    return {f"{size}-char": rng.sample(sorted(seen), 30) for size, seen in grams.items()}


TICK = 0.02


async def app_while_indexing(library: Path, home: Path) -> list[float]:
    """Gaps between the ticks of a 20 ms timer in the app while its index worker runs."""
    os.environ["SPEECH_READER_HOME"] = str(home)
    from tui.app import make_app
    from tui.screens import main as main_module

    main_module.INDEX_DELAY = 3600.0  # indexed when this says so
    app = make_app(library)
    gaps: list[float] = []
    async with app.run_test(size=(160, 45)) as pilot:
        main = app.main_screen
        while main.reader.document is None:
            await pilot.pause(0.01)
        # The app's own start first (keywords, jieba, wrapping in threads: no helper
        # processes here), so that what is measured is the indexing.
        for _ in range(600):
            if not [w for w in app.workers if w.name != "_loader" and not w.is_finished]:
                break
            await pilot.pause(0.1)
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        main.update_index()
        timer = main.set_interval(TICK, tick)
        while any(w.group == "index" and not w.is_finished for w in main.workers):
            await pilot.press("j")
            await pilot.pause(0.05)
        timer.stop()
    return gaps[1:]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--mb", type=float, default=500.0)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument(
        "--index", type=Path, help="build the index here and keep it (default: a temporary file)"
    )
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="with --keep and --index of an earlier run: measure the queries only",
    )
    parser.add_argument(
        "--slowest", type=int, default=0, help="print the N slowest queries' figures of each kind"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="measure each query N times (index and search in turns) and take its median "
        "(a loaded machine's outliers)",
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        build_child(*args.child)
        return

    from tui.engine.index import Index, search_library
    from tui.engine.match import parse_query

    temp = Path(tempfile.mkdtemp(prefix="bench-index-"))
    os.environ["SPEECH_READER_HOME"] = str(temp / "home")
    library = args.keep or temp / "library"
    try:
        started = time.perf_counter()
        if library.exists() and any(library.rglob("*.txt")):
            size = sum(p.stat().st_size for p in library.rglob("*.txt"))
        else:
            size = generate(library, args.files, args.mb)
        files = sum(1 for _ in library.rglob("*.txt"))
        print(
            f"library: {files} files, {size / 1e6:.0f} MB (generated in {time.perf_counter() - started:.0f} s)"
        )

        index_file = args.index or temp / "index.sqlite3"
        if not args.queries_only:
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(library), str(index_file)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            build = json.loads(done.stdout.strip().splitlines()[-1])
            disk = sum(
                os.path.getsize(p)
                for p in (str(index_file), f"{index_file}-wal")
                if os.path.exists(p)
            )
            print(
                f"full build: {build['files']} files, {build['bytes'] / 1e6:.0f} MB in {build['seconds']:.0f} s "
                f"= {build['bytes'] / 1e6 / build['seconds']:.1f} MB/s; peak RSS {build['peak_rss'] / 1e6:.0f} MB "
                f"(target <= 300 MB); index on disk {disk / 1e6:.0f} MB "
                f"({disk / max(size, 1):.2f}× the library)"
            )

        index = Index(index_file)
        rng = random.Random(11)
        changed = rng.sample(sorted(library.rglob("*.txt")), 10)
        for path in changed:
            with path.open("a", encoding="utf-8") as handle:
                handle.write("要当好服务企业的店小二，持续优化营商环境。\n")
        started = time.perf_counter()
        report = index.sync(library)
        print(
            f"incremental update after 10 files changed: {report.indexed} re-indexed, "
            f"{report.unchanged} unchanged in {time.perf_counter() - started:.2f} s"
        )

        known = index.known(os.path.abspath(library))
        fresh = {entry[0]: path for path, entry in known.items() if entry[3]}
        words = sample_words(library, rng)
        groups: dict[str, list[str]] = dict(words)
        groups["phrase"] = [
            '"优化营商环境"',
            '"店小二"',
            '"放管服改革"',
            '"市场主体"',
            '"一网通办"',
            '"招商引资"',
            '"工作 会议"',
            '"营商环境 建设"',
        ]
        groups["AND"] = [
            "营商 改革",
            "店小二 服务",
            "放管服 审批",
            "市场主体 活力",
            "招商 项目 落地",
            "一网通办 政务",
            "营商环境 -招商",
            "标题:营商",
        ]
        print(f"\nquery latency over {len(fresh)} indexed files (ms; target <= 50 in process).")
        print(
            "  first = what the user waits for: the first results (files counted exactly so far, ranked)"
        )
        print(
            f"  plus the first {FIRST_HITS} hits placed in each of the first {FIRST_FILES} files (the screen's"
        )
        print("  first page); exact = every file counted (the totals, shown when ready).")
        print(
            "  'index' is the index query alone; 'search' is search_library (walking and stat-ing every file too)."
        )
        print(
            f"  {'queries':<9} {'index first p50':>15} {'p95':>6} {'exact p50':>9} {'p95':>6}   "
            f"{'search first p50':>16} {'p95':>6} {'exact p50':>9} {'p95':>6}   {'hits p50':>8} {'max':>7}"
        )
        for name, queries in groups.items():
            figures: dict[str, list[float]] = {"if": [], "ie": [], "sf": [], "se": []}
            hits: list[int] = []
            each: list[tuple[float, str]] = []
            for text in queries:
                query = parse_query(text)
                runs: dict[str, list[float]] = {key: [] for key in figures}
                for _ in range(args.repeat):
                    first, exact, found = timed(
                        functools.partial(index.search_indexed, query, fresh)
                    )
                    runs["if"].append(first)
                    runs["ie"].append(exact)
                    first, exact, _ = timed(
                        functools.partial(search_library, library, query, index=index)
                    )
                    runs["sf"].append(first)
                    runs["se"].append(exact)
                for key, values in runs.items():
                    figures[key].append(statistics.median(values))
                hits.append(sum(f.total for f in found))
                each.append((max(figures["sf"][-1], figures["if"][-1]), text))
            row = "   ".join(
                f"{statistics.median(figures[a]):15.1f} {percentile(figures[a], 0.95):6.1f} "
                f"{statistics.median(figures[b]):9.1f} {percentile(figures[b], 0.95):6.1f}"
                for a, b in (("if", "ie"), ("sf", "se"))
            )
            print(f"  {name:<9} {row}   {int(statistics.median(hits)):8d} {max(hits):7d}")
            for at in sorted(range(len(each)), key=lambda n: -each[n][0])[: args.slowest]:
                print(
                    f"    {each[at][1]!r}: index first {figures['if'][at]:.1f}, exact {figures['ie'][at]:.1f}; "
                    f"search first {figures['sf'][at]:.1f}, exact {figures['se'][at]:.1f}; {hits[at]} hits"
                )
        print("\nvery common words (every hit counted; first page as above):")
        for text in ("的", "发展", "营商环境", "企业 服务"):
            query = parse_query(text)
            first, exact, _ = timed(functools.partial(search_library, library, query, index=index))
            result = search_library(library, query, index=index)
            print(
                f"  {text:<8} {result.total:>9} hits in {len(result.files)} files: first page {first:.0f} ms, "
                f"exact totals {exact:.0f} ms"
            )
        index.close()
        if args.queries_only:
            return

        # The UI thread while a thread indexes: the longest gap between 5 ms ticks.
        sub = temp / "responsive"
        shutil.copytree(library / "00", sub / "00")
        gaps: list[float] = []
        stop = threading.Event()

        def work() -> None:
            with Index(temp / "responsive.sqlite3") as other:
                other.sync(sub)
            stop.set()

        thread = threading.Thread(target=work)
        last = time.perf_counter()
        thread.start()
        while not stop.is_set():
            time.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
        thread.join()
        print(
            f"\nwhile a thread indexes {sum(1 for _ in sub.rglob('*.txt'))} files: main-thread tick gaps "
            f"p50 {statistics.median(gaps) * 1000:.1f} ms, p99 {percentile(gaps, 0.99) * 1000:.1f} ms, "
            f"max {max(gaps) * 1000:.1f} ms (a frame must stay <= 50 ms)"
        )
        gaps = asyncio.run(app_while_indexing(sub, temp / "app-home"))
        late = [gap - TICK for gap in gaps]
        print(
            f"the app while it indexes those files in the background (a 20 ms timer, 'j' pressed "
            f"every 50 ms): {len(gaps)} ticks, late by p50 {statistics.median(late) * 1000:.1f} ms, "
            f"p99 {percentile(late, 0.99) * 1000:.1f} ms, max {max(late) * 1000:.1f} ms"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(temp, ignore_errors=True)
        else:
            shutil.rmtree(temp / "home", ignore_errors=True)
            for leftover in temp.glob("*.sqlite3*"):
                leftover.unlink()


if __name__ == "__main__":
    main()
