"""UI benchmark (not a timed test): first screen, 10 MB outline, ``]`` to frame, peak memory.

Run ``python tests/bench/bench_ui.py``. Every figure comes from fresh subprocesses that
run the app headless with Textual's ``run_test`` (the Pilot), so imports count (from
compiled bytecode, as installed; see ``run``). Frames
are timed where Textual hands a composited frame to the driver (``App._display``, which
the headless driver then drops), with the state the frame shows. The benchmark waits for
those frames on an event the spy sets, not by polling the app: a pilot pausing every 2 ms
(as this script did before) runs on the app's own thread and took the GIL from the thread
receiving a 10 MB document, which arrived 60-80 ms later than with nothing polling, as
in the real app.

* first screen: from interpreter start to the first frame of the main screen (panes,
  the reader possibly still loading) and to the first frame that shows the first file's
  text, for the bundled corpus, against the first frame of a bare Textual app that
  shows one line; median of 5 runs each, taken in turns. Target: the text frame within
  1.5× the bare app.
* 10 MB outline: from interpreter start to the first frame whose outline holds the
  speeches of a 10 MB collection (the corpus repeated into one file); median of 3 runs.
  Target: 1 s.
* ``]`` to frame: from the key press to the first frame that shows all of its result
  (reader cursor, outline cursor and status line as they end up), median of 30 presses;
  also the time of the action plus rendering the reader's lines alone. Target: 50 ms.
* peak memory: ``ru_maxrss`` of the 10 MB session after its background work (keywords
  of every speech, exact wrap of the whole file) has finished, plus the peaks (VmHWM) of
  ``tui.background``'s helper processes. Target: 300 MB.

The app is built by ``tui.cli.launch``, as the ``speech-reader`` command does: helper
processes are forked and the first file's parse submitted before Textual is imported.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import time, json
t0 = time.perf_counter()
import asyncio
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("讲话稿")
async def main():
    app = Bare()
    frames = []
    drawn = asyncio.Event()
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            frames.append(time.perf_counter())
            drawn.set()
    app._display = spy
    async with app.run_test(size=(160, 45)) as pilot:
        await asyncio.wait_for(drawn.wait(), 60)
        print(json.dumps({"first": frames[0] - t0}))
asyncio.run(main())
"""

READER = """
import time, json, sys, resource, statistics
t0 = time.perf_counter()
from pathlib import Path
from tui.cli import launch  # as the command line: helper processes first, then Textual
path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
app = launch(path)
import asyncio
from tui import background
from tui.screens.main import MainScreen
from textual.geometry import Region

async def main():
    frames = []  # (time, what the frame shows)

    def state():
        screen = app.screen
        if not isinstance(screen, MainScreen):
            return None
        reader = screen.reader
        return (reader.document is not None, bool(screen.outline.root.children),
                reader.cursor, screen.outline.cursor_line, screen.status.text)

    drawn = asyncio.Event()  # set on every frame: waiting polls nothing
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            frames.append((time.perf_counter(), state()))
            drawn.set()
    app._display = spy

    async def first_frame(test, since=0.0, timeout=60.0):
        deadline = time.perf_counter() + timeout
        while True:
            for at, shown in frames:
                if at >= since and shown is not None and test(shown):
                    return at
            drawn.clear()
            await asyncio.wait_for(drawn.wait(), max(0.0, deadline - time.perf_counter()))

    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        result["first"] = await first_frame(lambda s: True) - t0
        result["text"] = await first_frame(lambda s: s[0]) - t0
        result["outline"] = await first_frame(lambda s: s[1]) - t0
        screen = app.screen
        reader = screen.reader
        await pilot.pause()
        latencies, renders = [], []
        region = Region(0, 0, reader.size.width, reader.size.height)
        for _ in range(30):
            before = state()
            start = time.perf_counter()
            await pilot.press("right_square_bracket")
            await pilot.pause()
            final = state()
            if final == before:
                continue  # the last heading: nothing to draw
            latencies.append(await first_frame(lambda s: s == final, since=start) - start)
            start = time.perf_counter()
            reader.action_next_heading()
            reader.render_lines(region)
            renders.append(time.perf_counter() - start)
            await pilot.pause()
        result["frame"] = statistics.median(latencies)
        result["frame_max"] = max(latencies)
        result["render"] = statistics.median(renders)
        result["paragraphs"] = len(reader.document.paragraphs) if reader.document else 0
        result["speeches"] = len(reader.document.speeches) if reader.document else 0
        # Peak memory once the background work is done (keywords, exact wrap).
        for _ in range(600):
            busy = [w for w in app.workers if w.name != "_loader" and not w.is_finished]
            if not busy and screen.keyword_panel.current_keywords():
                break
            await pilot.pause(0.1)
        result["idle"] = time.perf_counter() - t0
        helpers = 0.0
        for pid in background.helper_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    helpers += int(line.split()[1]) / 1024
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["helpers_mb"] = helpers
    print(json.dumps(result))
asyncio.run(main())
"""


PYCACHE = tempfile.mkdtemp(prefix="bench-pycache-")
"""Bytecode of the app's modules, kept outside the checkout (see ``run``)."""


def run(code: str, *args: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter with a fresh state folder; its JSON result.

    Bytecode is written (to ``PYCACHE``) even when the environment says
    ``PYTHONDONTWRITEBYTECODE``: an installed app has compiled modules, as Textual has
    here, so the comparison with the bare app is fair. ``main`` makes one untimed run
    first to fill the cache.
    """
    env = dict(os.environ, SPEECH_READER_HOME=tempfile.mkdtemp(prefix="bench-home-"),
               PYTHONPYCACHEPREFIX=PYCACHE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if done.returncode:
        raise SystemExit(f"benchmark process failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def big_collection(folder: Path, size: int = 10_000_000) -> Path:
    """The bundled corpus repeated to ``size`` bytes, as one file."""
    corpus = sorted((ROOT / "corpus").glob("*.txt"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in corpus) + "\n"
    data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")[:size]
    path = folder / "合集10MB.txt"
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return path


def main() -> None:
    run(BARE), run(READER)  # untimed: compiles the modules into PYCACHE
    # Taken in turns: this machine's speed drifts over minutes, and five bare runs then
    # five reader runs compared two different speeds.
    bare_runs: list[float] = []
    corpus_runs: list[dict[str, float]] = []
    for _ in range(5):
        bare_runs.append(run(BARE)["first"])
        corpus_runs.append(run(READER))
    bare = statistics.median(bare_runs)
    panes = statistics.median(r["first"] for r in corpus_runs)
    text = statistics.median(r["text"] for r in corpus_runs)
    print(f"first screen, bundled corpus: text shown {text * 1000:.0f} ms (ratio {text / bare:.2f}, "
          f"target <= 1.5), panes {panes * 1000:.0f} ms (ratio {panes / bare:.2f}); "
          f"bare Textual app {bare * 1000:.0f} ms")
    print("  runs (bare / text shown, ms): "
          + ", ".join(f"{b * 1000:.0f} / {r['text'] * 1000:.0f}" for b, r in zip(bare_runs, corpus_runs, strict=True)))
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        size_mb = path.stat().st_size / 1e6
        runs = [run(READER, str(path)) for _ in range(3)]
    outline = statistics.median(r["outline"] for r in runs)
    frame = statistics.median(r["frame"] for r in runs)
    frame_max = max(r["frame_max"] for r in runs)
    render = statistics.median(r["render"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    helpers = max(r["helpers_mb"] for r in runs)
    idle = statistics.median(r["idle"] for r in runs)
    print(f"10 MB collection ({size_mb:.0f} MB, {int(runs[0]['speeches'])} speeches, "
          f"{int(runs[0]['paragraphs'])} paragraphs): outline shown {outline * 1000:.0f} ms "
          f"after launch (target <= 1000); runs: "
          + ", ".join(f"{r['outline'] * 1000:.0f}" for r in runs) + " ms")
    print(f"']' to the frame showing it: median {frame * 1000:.1f} ms, worst {frame_max * 1000:.1f} ms "
          f"(target <= 50); action + reader render alone {render * 1000:.1f} ms")
    print(f"peak memory after keywords and exact wrap finished ({idle:.1f} s after launch): "
          f"{rss + helpers:.0f} MB in all (target <= 300): UI process {rss:.0f} MB (ru_maxrss), "
          f"helper processes {helpers:.0f} MB (sum of their VmHWM)")


if __name__ == "__main__":
    main()
