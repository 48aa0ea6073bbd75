"""UI benchmark (not a timed test): first screen, 10 MB outline, ``]`` to frame, peak memory.

Run ``python tests/bench/bench_ui.py``. Every figure comes from fresh subprocesses that
run the app headless with Textual's ``run_test`` (the Pilot), so imports count:

* first screen: from interpreter start to the first ``pilot.pause()`` after the main
  screen is mounted (the reader may still be loading), for the bundled corpus, against a
  bare Textual app that shows one line; median of 5 runs each.
* 10 MB outline: from interpreter start until the outline of a 10 MB collection (the
  corpus repeated) has its speech nodes; median of 3 runs.
* ``]`` to frame: in that session, the time for the action plus rendering every line of
  the reader (what the compositor asks of it for the next frame), median of 30 presses;
  also the wall time of ``pilot.press("]")`` + ``pilot.pause()``, which adds Pilot's
  own waiting.
* peak memory: ``ru_maxrss`` of the 10 MB session.
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
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        print(json.dumps({"first": time.perf_counter() - t0}))
asyncio.run(main())
"""

READER = """
import time, json, sys, resource
t0 = time.perf_counter()
import asyncio
from pathlib import Path
from tui.app import make_app
from tui.screens.main import MainScreen
from textual.geometry import Region
async def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    app = make_app(path)
    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        while not isinstance(app.screen, MainScreen):
            await pilot.pause()
        await pilot.pause()
        result["first"] = time.perf_counter() - t0
        screen = app.screen
        while not screen.outline.root.children:
            await pilot.pause(0.005)
        result["outline"] = time.perf_counter() - t0
        reader = screen.reader
        await pilot.pause()
        frames, presses = [], []
        region = Region(0, 0, reader.size.width, reader.size.height)
        for _ in range(30):
            start = time.perf_counter()
            reader.action_next_heading()
            reader.render_lines(region)
            frames.append(time.perf_counter() - start)
            start = time.perf_counter()
            await pilot.press("right_square_bracket")
            await pilot.pause()
            presses.append(time.perf_counter() - start)
        result["frame"] = sorted(frames)[len(frames) // 2]
        result["press"] = sorted(presses)[len(presses) // 2]
        result["paragraphs"] = len(reader.document.paragraphs) if reader.document else 0
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
asyncio.run(main())
"""


def run(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, SPEECH_READER_HOME=tempfile.mkdtemp(prefix="bench-home-"))
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def big_collection(folder: Path, size: int = 10_000_000) -> Path:
    """The bundled corpus repeated to ``size`` bytes, as one file."""
    corpus = sorted((ROOT / "corpus").glob("*.txt"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in corpus) + "\n"
    data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")[:size]
    path = folder / "合集10MB.txt"
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return path


def main() -> None:
    bare = statistics.median(run(BARE)["first"] for _ in range(5))
    corpus = statistics.median(run(READER)["first"] for _ in range(5))
    print(f"first screen, bundled corpus: {corpus * 1000:.0f} ms; bare Textual app: "
          f"{bare * 1000:.0f} ms; ratio {corpus / bare:.2f} (target <= 1.5)")
    with tempfile.TemporaryDirectory() as folder:
        path = big_collection(Path(folder))
        runs = [run(READER, str(path)) for _ in range(3)]
    outline = statistics.median(r["outline"] for r in runs)
    frame = statistics.median(r["frame"] for r in runs)
    press = statistics.median(r["press"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    size_mb = path.stat().st_size / 1e6 if path.exists() else 10.0
    print(f"10 MB collection ({size_mb:.0f} MB, {int(runs[0]['paragraphs'])} paragraphs): "
          f"outline shown {outline * 1000:.0f} ms after launch (target <= 1000)")
    print(f"']' to rendered frame: {frame * 1000:.1f} ms (action + render of the reader; "
          f"target <= 50); Pilot press+pause wall time {press * 1000:.1f} ms")
    print(f"peak memory (ru_maxrss): {rss:.0f} MB (target <= 300)")


if __name__ == "__main__":
    main()
