"""Benchmark (not a test): jieba ready time, keywords of the largest corpus file, corpus search.

Run ``python tests/bench/bench_keywords.py [--mb 50]``. It prints:

* jieba ready time, cold: a fresh interpreter importing ``tui.engine.keywords`` and
  calling ``tokenizer()`` with an empty cache folder, then again with the cache made;
  and in the app: from interpreter start until the keyword panel says jieba is ready
  and until it lists the first speech's keywords (headless ``run_test``);
* keywords for the largest corpus file (folder IDF first, then the file's speeches);
* search over ``--mb`` megabytes of speeches (corpus files repeated into a temp
  folder): the complete list (every file holding the term, with its number of matches)
  cold (files read and decoded) and warm (cached texts); then what is done on demand:
  every match's offset and line in all files, and placing every hit of the first 20
  files in speeches and sections; and in the app: from starting the search on the
  ctrl+f screen to the first frame with every file listed (``CorpusSearchScreen.done``),
  three times cold and warm once the start-up work is done (each run right after the
  previous one, whose first files may still be being placed), with the first frame
  listing any file, and once right after launch while jieba loads.
  Target: complete list shown in at most 0.5 s.

``--big ROUNDS [--against CHECKOUT]`` measures only K on the 10 MB collection the UI
benchmark builds (``big_file_keywords``): from K to the reader's speech's keywords on
screen, to a speech moved to, and to every speech's, jieba cold and warm, in turns with
another checkout (e.g. a ``git archive`` of the commit before a change).

``--feed ROUNDS`` measures the keyword feed alone on that collection, without the app:
one service with its helper process (jieba warm), the document parsed here, and
``keyword_feed.prioritised_keywords`` from the call to every speech ranked, two ways in
turns: in speech order in 500,000-character messages (nothing early), and the reader a
third of the way in first, then 30,000-character messages; wall time and CPU time (this
process, the helper), medians and ranges, and the number of messages.

The apps are built by ``tui.cli.launch`` as the ``speech-reader`` command does, so jieba
runs in the background service's helper process as it does for users (once ``K`` asks
for keywords).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchenv import bench_env, run_json  # noqa: E402

from tui.engine import doccache as se  # noqa: E402
from tui.engine import keywords as kw  # noqa: E402
from tui.engine import load_document  # noqa: E402
from tui.engine.index import search_library  # noqa: E402
from tui.engine.match import parse_query  # noqa: E402
from tui.paths import bundled_corpus_dir  # noqa: E402

READY = (
    "import time; t = time.perf_counter()\n"
    "from tui.engine import keywords\n"
    "keywords.tokenizer()\n"
    "print(time.perf_counter() - t)\n"
)

APP_READY = """
import time, json, sys
t0 = time.perf_counter()
from tui.cli import launch  # as the command line
app = launch(None)
import asyncio
async def main():
    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        panel = app.main_screen.keyword_panel
        await pilot.press("K")  # keywords are computed once asked for
        while not panel.ready:
            await pilot.pause(0.01)
        result["ready"] = time.perf_counter() - t0
        while not panel.current_keywords():
            await pilot.pause(0.01)
        result["keywords"] = time.perf_counter() - t0
    print(json.dumps(result))
asyncio.run(main())
"""

APP_SEARCH = """
import time, json, sys
from pathlib import Path
from tui.cli import launch  # as the command line
root, term = Path(sys.argv[1]), sys.argv[2]
app = launch(root)
import asyncio
from tui.engine import doccache as se
from tui.screens.corpus_search import CorpusSearchScreen

async def main():
    frames = []
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None and isinstance(screen, CorpusSearchScreen):
            frames.append((time.perf_counter(), screen.done, screen.files))
    app._display = spy

    async def search():
        screen = CorpusSearchScreen(root)
        await app.push_screen(screen)
        await pilot.pause()
        start = time.perf_counter()
        screen.start(term)
        while not any(at >= start and done for at, done, _ in frames):
            await pilot.pause(0.005)
        shown = next(at for at, done, _ in frames if at >= start and done) - start
        first = next(at for at, _, files in frames if at >= start and files) - start
        files = len(screen.results.root.children)
        screen.action_close()
        await pilot.pause()
        return shown, first, files, screen.total

    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        while app.main_screen.reader.document is None:
            await pilot.pause(0.01)
        # At launch: jieba loads and the first keywords are computed meanwhile.
        await pilot.press("K")
        result["launch"], _, files, total = await search()
        panel = app.main_screen.keyword_panel
        for _ in range(600):
            busy = [w for w in app.workers if w.name != "_loader" and not w.is_finished]
            if not busy and panel.current_keywords():
                break
            await pilot.pause(0.1)
        for _ in range(3):
            se.clear_caches()
            for kind in ("cold", "warm"):
                shown, first, files, total = await search()
                result.setdefault(kind, []).append(shown)
                result.setdefault(kind + "_first", []).append(first)
    result.update(files=files, total=total)
    print(json.dumps(result))
asyncio.run(main())
"""


APP_BIG = """
import asyncio, json, sys, time
from pathlib import Path
from tui.cli import launch  # as the command line
path, warm = Path(sys.argv[1]), sys.argv[2] == "warm"
app = launch(path)
try:  # (one module, tui/jobs.py, in a checkout from before)
    from tui.jobs import keyword_feed
except ImportError:
    from tui import jobs as keyword_feed

async def main():
    frames = []  # (time, speech listed, whether it lists keywords, whether all are ranked)
    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.main_screen
        while screen.reader.document is None or not screen.complete:
            await pilot.pause(0.05)
        panel = screen.keyword_panel

        def listener(shown):
            if shown is screen:
                frames.append((time.perf_counter(), panel.speech, bool(panel.current_keywords()),
                               panel.computed))

        app.frame_listeners.append(listener)

        def shown(since, test):
            return next((at - since for at, *state in frames if at >= since and test(*state)), None)

        async def until_shown(since, test):
            while shown(since, test) is None:
                await pilot.pause(0.01)
            return shown(since, test)

        document = screen.reader.document
        total = len(document.speeches)
        reading = total // 3  # the speech the user reads: neither the first nor the last
        screen.jump_to_paragraph(document.speeches[reading].first)
        while panel.speech != reading:
            await pilot.pause(0.01)
        if warm:  # jieba loaded in the helper before K
            await asyncio.wrap_future(app.background.submit_process(keyword_feed.warm_keywords))
        await pilot.pause(0.3)
        start = time.perf_counter()
        await pilot.press("K")
        while not panel.ready:
            await pilot.pause(0.01)
        result["ready"] = time.perf_counter() - start
        result["current"] = await until_shown(start, lambda s, has, _: s == reading and has)
        # Then to a speech half the file away (neither counted nor in the first sample,
        # unless all are): its keywords on screen.
        sample = {total * i // 8 for i in range(8)}
        far = next(i for i in range(reading + total // 2, total) if i not in sample)
        moved = time.perf_counter()
        screen.reader.focus()
        screen.jump_to_paragraph(document.speeches[far].first)
        result["moved"] = await until_shown(moved, lambda s, has, _: s == far and has)
        result["all"] = await until_shown(start, lambda s, has, done: done)
        result["speeches"] = total
    print(json.dumps(result))
asyncio.run(main())
"""


def run_app(code: str, home: Path, *args: str, root: Path = ROOT) -> dict[str, Any]:
    """Run ``code`` (a headless app session) in a fresh interpreter; its JSON result."""
    return run_json(["-c", code, *args], bench_env(home, root), root)  # type: ignore[no-any-return]


def big_file_keywords(rounds: int, against: Path | None) -> None:
    """K on the 10 MB collection (``bench_ui.big_collection``), the reader a third of the
    way in: seconds from K to the frame listing that speech's keywords, then from a move
    half the file away to that speech's, and from K to the frame with every speech
    ranked; jieba cold (a new helper loads it, its dictionary cache made) and warm
    (loaded before K). With ``against`` (another checkout) every run is followed by the
    same run of that one, in turns; medians and ranges."""
    import statistics

    from bench_ui import big_collection

    trees = {"this checkout": ROOT}
    if against is not None:
        trees[f"against {against}"] = against.resolve()
    runs: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        homes = {name: Path(folder) / f"home-{n}" for n, name in enumerate(trees)}
        for name, root in trees.items():  # untimed: bytecode, jieba's cache, the docstore
            run_app(APP_BIG, homes[name], str(path), "warm", root=root)
        for _ in range(rounds):
            for kind in ("cold", "warm"):
                for name, root in trees.items():
                    found = run_app(APP_BIG, homes[name], str(path), kind, root=root)
                    runs.setdefault((name, kind), []).append(found)
                    print(f"  {name}, jieba {kind}: " + json.dumps(found), flush=True)

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"

    print(f"K on the 10 MB collection, {rounds} rounds in turns, median (range):")
    for (name, kind), kept in runs.items():
        print(
            f"  {name}, jieba {kind}: jieba ready {spread([r['ready'] for r in kept])}; "
            f"this speech's keywords on screen {spread([r['current'] for r in kept])}; "
            f"a speech moved to {spread([r['moved'] for r in kept])}; "
            f"every speech {spread([r['all'] for r in kept])}"
        )


def helper_cpu(pids: list[int]) -> float:
    """CPU seconds (user and system) the processes ``pids`` have used so far."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def feed_keywords(rounds: int) -> None:
    """``--feed``: the keyword feed two ways, in turns: in speech order in ``SEND_CHARS``
    messages (``helper_keywords``, nothing early: the way before the reader's speech came
    first), and the reader's speech first, then ``BATCH_CHARS`` messages. Wall time to
    every speech ranked, and the CPU time of this process and of the helper meanwhile."""
    import asyncio
    import statistics

    from bench_ui import big_collection

    from tui.jobs import keyword_feed, opening
    from tui.services import Background

    ways = ("in order", "reader first")
    times: dict[str, list[tuple[float, float, float]]] = {way: [] for way in ways}
    messages: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SPEECH_READER_HOME"] = str(Path(folder) / "home")
        path = big_collection(Path(folder))
        document = opening.load(path)
        reading = len(document.speeches) // 3
        background = Background()
        try:
            background.submit_process(keyword_feed.warm_keywords).result()
            pids = background.helper_pids()
            real_submit = background.submit_process
            sent: list[int] = []

            def submit(fn: Any, *args: Any) -> Any:
                if fn is keyword_feed.count_speech_texts:
                    sent.append(len(args[-1]))
                return real_submit(fn, *args)

            background.submit_process = submit  # type: ignore[method-assign]
            for _ in range(rounds):
                for way in ways:
                    first = way != "in order"
                    sent.clear()
                    start, cpu, helper = time.perf_counter(), time.process_time(), helper_cpu(pids)
                    asyncio.run(
                        keyword_feed.prioritised_keywords(
                            background,
                            path,
                            document,
                            20,
                            current=(lambda: reading) if first else None,
                            early=(lambda found, counted: None) if first else None,
                        )
                    )
                    found = (
                        time.perf_counter() - start,
                        time.process_time() - cpu,
                        helper_cpu(pids) - helper,
                    )
                    times[way].append(found)
                    messages[way] = len(sent)
                    print(f"  {way}: wall, CPU here, CPU helper: {found}", flush=True)
        finally:
            background.shutdown()

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"

    print(f"The keyword feed alone on the 10 MB collection, {rounds} rounds in turns:")
    for way, kept in times.items():
        print(
            f"  {way}, {messages[way]} messages: every speech ranked "
            f"{spread([k[0] for k in kept])}; CPU here {spread([k[1] for k in kept])}, "
            f"helper {spread([k[2] for k in kept])}"
        )


def compile_modules() -> None:
    """Fill ``PYCACHE`` (untimed) so no measured process compiles the app's modules."""
    code = "import tui.app, tui.engine.keywords, tui.engine.doccache, tui.screens.find, tui.screens.corpus_search"
    subprocess.run([sys.executable, "-c", code], env=bench_env(), cwd=ROOT, check=True)


def jieba_ready(home: Path) -> float:
    """Seconds from a fresh interpreter's import to a ready tokenizer."""
    env = bench_env(home)
    out = subprocess.run(
        [sys.executable, "-c", READY], capture_output=True, text=True, env=env, check=True
    )
    if out.stderr:
        print(f"  ! stderr not empty: {out.stderr[:200]!r}")
    return float(out.stdout.strip())


def build_tree(target: Path, megabytes: float) -> tuple[int, int]:
    """Copy corpus files round-robin into ``target`` (10 sub-folders) up to ``megabytes``."""
    sources = sorted(bundled_corpus_dir().glob("*.txt"))
    size = files = 0
    while size < megabytes * 1_000_000:
        source = sources[files % len(sources)]
        folder = target / f"batch{files % 10:02d}"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(source, folder / f"{files:05d}-{source.name}")
        size += source.stat().st_size
        files += 1
    return files, size


def main() -> int:
    """Run the three measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0, help="megabytes of speeches to search")
    parser.add_argument("--term", default="营商环境")
    parser.add_argument(
        "--big", type=int, metavar="ROUNDS", help="only K on the 10 MB collection, ROUNDS times"
    )
    parser.add_argument("--against", type=Path, help="(with --big) another checkout, in turns")
    parser.add_argument(
        "--feed", type=int, metavar="ROUNDS", help="only the keyword feed, two ways in turns"
    )
    args = parser.parse_args()
    compile_modules()
    if args.feed:
        feed_keywords(args.feed)
        return 0
    if args.big:
        big_file_keywords(args.big, args.against)
        return 0
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp) / "home"
        cold = jieba_ready(home)
        warm = jieba_ready(home)
        print(
            f"jieba ready (fresh process, import + init + domain dictionary): "
            f"cold {cold:.2f} s, with cache {warm:.2f} s"
        )
        launched = run_app(APP_READY, home)
        print(
            f"jieba ready after launching the app (bundled corpus, cache made; the load "
            f"starts when K asks for keywords, in the helper process): "
            f"{launched['ready']:.2f} s; "
            f"first keywords listed {launched['keywords']:.2f} s"
        )

        os.environ["SPEECH_READER_HOME"] = str(home)
        kw.tokenizer()
        largest = max(bundled_corpus_dir().glob("*.txt"), key=lambda p: p.stat().st_size)
        t = time.perf_counter()
        idf = kw.folder_idf(largest.parent)
        t_idf = time.perf_counter() - t
        t = time.perf_counter()
        document = load_document(largest)
        per_speech = kw.document_keywords(document, idf, 10)
        t_kw = time.perf_counter() - t
        t = time.perf_counter()
        kw.document_keywords(document, kw.folder_idf(largest.parent), 10)
        t_again = time.perf_counter() - t
        print(
            f"keywords of {largest.name} ({largest.stat().st_size / 1000:.0f} kB, "
            f"{len(document.speeches)} speeches): folder IDF {t_idf:.2f} s "
            f"({idf.speeches} speeches), parse + keywords {t_kw:.2f} s, again {t_again:.2f} s"
        )
        print("  first speech:", " ".join(f"{k.term}({k.count})" for k in per_speech[0]))

        tree = Path(temp) / "tree"
        tree.mkdir()
        files, size = build_tree(tree, args.mb)
        se.clear_caches()
        query = parse_query(args.term)
        t = time.perf_counter()
        results = search_library(tree, query, use_index=False)
        cold_search = time.perf_counter() - t
        total = results.total
        t = time.perf_counter()
        search_library(tree, query, use_index=False)
        warm_search = time.perf_counter() - t
        t = time.perf_counter()
        placed = sum(len(found.hits()) for found in results.files[:20])
        t_locate = time.perf_counter() - t
        print(
            f"search {args.term!r} over {size / 1e6:.1f} MB in {files} files, scanned without "
            f"the index: {total} hits in {len(results.files)} files; complete list cold "
            f"{cold_search:.2f} s, warm {warm_search:.2f} s (tests/bench/bench_index.py: with it)"
        )
        print(
            f"  placing {placed} hits of the first 20 files in speeches/sections: {t_locate:.2f} s"
        )
        shown = run_app(APP_SEARCH, home, str(tree), args.term)

        def runs(kind: str) -> str:
            return ", ".join(f"{value:.2f}" for value in shown[kind])

        print(
            f"  in the app (ctrl+f screen, to the frame with every file listed; "
            f"{int(shown['total'])} hits, {int(shown['files'])} files): cold {runs('cold')} s, "
            f"warm {runs('warm')} s (target <= 0.5 s); first files shown: cold "
            f"{runs('cold_first')} s, warm {runs('warm_first')} s; right after launch, while "
            f"jieba loads and computes keywords: {shown['launch']:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
