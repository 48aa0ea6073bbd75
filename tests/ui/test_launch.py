"""The app as the command line starts it (``tui.cli.launch``): helper processes, first frame.

Run in a fresh interpreter, because ``launch`` forks its helpers only while no thread
runs (pytest's process has had Textual's threads).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui import background
from tui.engine import load_document
from tui.paths import bundled_corpus_dir

SCRIPT = """
import json, sys, time
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
import asyncio
from tui import background
from tui.screens.main import MainScreen

async def main():
    frames = []
    display = app._display
    def spy(screen, renderable):
        display(screen, renderable)
        if renderable is not None and isinstance(app.screen, MainScreen):
            s = app.screen
            frames.append([s.reader.document is not None, len(s.outline.root.children),
                           "rich._emoji_codes" in sys.modules])
    app._display = spy
    out = {"helpers": len(background.helper_pids())}
    async with app.run_test(size=(120, 36)) as pilot:
        while not frames:
            await pilot.pause(0.01)
        out["first_frame"] = frames[0]
        screen = app.screen
        panel = screen.keyword_panel
        for _ in range(600):
            if panel.current_keywords():
                break
            await pilot.pause(0.05)
        out["keywords"] = [k.term for k in panel.current_keywords()][:5]
        reader = screen.reader
        reader.wrap_all_now()
        for _ in range(600):
            if reader.text_layout.exact_blocks == len(reader.text_layout.blocks):
                break
            await pilot.pause(0.05)
        from tui.engine.wrap import wrap
        document = reader.document
        expected = [
            gap + len(wrap(document.paragraphs[i].text, reader.text_layout.width, first, 0) or [0])
            for block, i in enumerate(reader.text_layout.blocks)
            for first, gap in [(reader.text_layout.first_indent(block), reader.text_layout.spacing(block))]
        ]
        out["exact"] = reader.text_layout.row_counts == expected
        out["by_loader"] = reader.line_counter([(reader.text_layout.blocks[0], 0)], 40) is not None
        before = screen.reader.cursor
        await pilot.press("right_square_bracket")
        await pilot.pause()
        out["moved"] = screen.reader.cursor != before
        import gc
        out["gc"] = [gc.isenabled(), gc.get_freeze_count() > 10000]
        out["jieba_here"] = __import__("tui.engine.keywords").engine.keywords.is_ready()
    background.stop()
    out["after_stop"] = len(background.helper_pids())
    print(json.dumps(out, ensure_ascii=False))

asyncio.run(main())
"""


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_launched_app_shows_the_first_file_in_its_first_frame(tmp_path: Path) -> None:
    path = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"
    env = dict(os.environ, SPEECH_READER_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True,
        timeout=120, env=env,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    speeches = len(load_document(path).speeches)
    assert out["helpers"] == 2
    # The parse sent ahead at launch is shown before the first frame is drawn, and no label
    # went through rich's markup (whose emoji table alone took some 4 ms to import).
    assert out["first_frame"] == [True, speeches, False]
    assert "营商环境" in out["keywords"]  # computed in the analyst process ...
    assert out["jieba_here"] is False  # ... so jieba never loaded in the UI process
    assert out["moved"] is True
    assert out["gc"] == [True, True]  # held off until the first frame, start-up objects frozen
    assert out["exact"] is True and out["by_loader"] is True  # the whole-file wrap, done by the loader
    assert out["after_stop"] == 0


QUIT_EARLY = """
import json, sys, threading
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
import asyncio
from tui import background

out = {}

async def main():
    async with app.run_test(size=(120, 36)) as pilot:
        while app.screen.reader.document is None:
            await pilot.pause(0.01)
        panel = app.screen.keyword_panel
        out["busy"] = not panel.current_keywords()
        out["helpers"] = len(background.helper_pids())
        await pilot.press("q")
    out["left"] = background.helper_pids()

asyncio.run(main())  # returns once every worker thread has ended
out["threads"] = threading.active_count()
print(json.dumps(out))
"""


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_quitting_while_keywords_are_computed_ends_the_helpers(tmp_path: Path) -> None:
    """q while the analyst is busy: the helpers are stopped at once, the waiting worker
    thread gives up quietly (no traceback), and nothing is left running."""
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted(bundled_corpus_dir().glob("*.txt")))
    big = tmp_path / "合集.txt"
    big.write_text(corpus * 8, encoding="utf-8")
    env = dict(os.environ, SPEECH_READER_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", QUIT_EARLY, str(big)], capture_output=True, text=True,
        timeout=120, env=env,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["busy"] is True and out["helpers"] == 2  # quit before the keywords came
    assert out["left"] == [] and out["threads"] == 1
