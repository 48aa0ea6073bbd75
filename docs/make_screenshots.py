"""Make the SVG screenshots of docs/ (README and guide) from the app itself.

Run from the repository root, in the project's virtual environment::

    python docs/make_screenshots.py            # every picture
    python docs/make_screenshots.py main find  # some of them

Each picture runs the real app (``tui.app.make_app``, as the command line does) headless
with Textual's Pilot at a fixed terminal size, presses the keys a user would, waits
for the app's workers (loading, jieba, keywords, search) and saves
``docs/images/NAME.svg`` with ``App.save_screenshot``. The app reads a copy of the
bundled corpus in a new temporary folder of its own (``$TMPDIR/speech-reader-demo-XXXX/讲话稿``,
removed at the end; two runs at once never share one) so no checkout path shows, keeps
its state in a fresh ``SPEECH_READER_HOME`` there, and never
touches the real clipboard (pyperclip is replaced by a stand-in). Re-run it after a
change that shows on screen (layout, keys, the engine's outline) and commit the SVGs
with the change.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
FOLDER_NAME = "讲话稿"
"""The demo folder's name, the one part of its path the pictures show."""
COLLECTION = "优化营商环境大会讲话合集.txt"
SHORT = "全市招商引资工作会议讲话.txt"
BROKEN = "扫描件（无法识别）.txt"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def prepare_demo(demo: Path) -> Path:
    """In the empty folder ``demo``: a copy of the corpus plus one unreadable file (the
    folder returned), and a state folder."""
    from tui.paths import bundled_corpus_dir

    folder = demo / FOLDER_NAME
    shutil.copytree(bundled_corpus_dir(), folder)
    (folder / BROKEN).write_bytes(b"%PDF-1.4\x00\x00\x01\x02binary\x00" * 40)
    home = demo / "home"
    home.mkdir(parents=True)
    os.environ["SPEECH_READER_HOME"] = str(home)
    return folder


class FakeClipboard:
    """pyperclip.copy/paste stand-ins: the screenshots never touch the user's clipboard."""

    def __init__(self) -> None:
        self.text = ""

    def copy(self, text: str) -> None:
        self.text = text

    def paste(self) -> str:
        return self.text


async def settle(pilot: Any, rounds: int = 8) -> None:
    """Wait until the app's finite workers are done (not DirectoryTree's endless loader)."""
    app = pilot.app
    for _ in range(rounds):
        busy = [w for w in app.workers if w.name != "_loader" and not w.is_finished]
        if not busy:
            break
        await app.workers.wait_for_complete(busy)
        await pilot.pause()
    await pilot.pause(0.2)


async def keywords_ready(pilot: Any) -> None:
    """Wait for the keywords asked for (jieba loads in the helper process first)."""
    for _ in range(300):
        if pilot.app.main_screen.keyword_panel.current_keywords():
            break
        await pilot.pause(0.1)
    await settle(pilot)


async def type_text(pilot: Any, text: str) -> None:
    """Type ``text`` into the focused input, one character at a time."""
    for character in text:
        await pilot.press(character)


Script = Callable[[Any], Awaitable[None]]


async def shot_main(pilot: Any) -> None:
    """The three panes on a collection: second heading of the second speech."""
    await pilot.press("right_curly_bracket")
    await settle(pilot)
    await pilot.press("right_square_bracket", "right_square_bracket", "j", "j")
    await settle(pilot)


async def shot_narrow(pilot: Any) -> None:
    """At 80×24 the file tree hides itself."""
    await pilot.press("right_square_bracket", "j")
    await settle(pilot)


async def shot_outline(pilot: Any) -> None:
    """The outline pane focused: a heading chosen with Enter, the reader moved there."""
    await pilot.press("right_square_bracket", "right_square_bracket")
    await settle(pilot)
    pilot.app.main_screen.outline.focus()
    await pilot.press("down", "down", "enter")
    await settle(pilot)


async def shot_keywords(pilot: Any) -> None:
    """The keyword panel (K) and the top keywords highlighted (h)."""
    await pilot.press("right_square_bracket")
    await pilot.press("K")
    await keywords_ready(pilot)
    await pilot.press("h")
    await settle(pilot)


async def shot_find(pilot: Any) -> None:
    """``/`` with a term: every match highlighted, n/N with a count, counts on the outline."""
    await pilot.press("slash")
    await type_text(pilot, "营商环境")
    await pilot.press("enter", "n")
    await settle(pilot)


async def shot_search(pilot: Any) -> None:
    """ctrl+f: a term across every file of the folder, grouped by file › speech › section."""
    await pilot.press("ctrl+f")
    await pilot.pause()
    await type_text(pilot, "放管服")
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("down", "down")
    await settle(pilot)


async def shot_quote(pilot: Any) -> None:
    """``y`` copies the current sentence with its source; the notice says how."""
    await pilot.press("right_square_bracket", "j", "j")
    await settle(pilot)
    await pilot.press("y")
    await pilot.pause(0.3)


async def shot_notebook(pilot: Any) -> None:
    """The notebook (ctrl+n) after a few copies."""
    await pilot.press("right_square_bracket", "j", "y")
    await pilot.press("right_square_bracket", "right_square_bracket", "j", "j", "v", "j", "y")
    await pilot.press("right_curly_bracket", "j", "Y")
    await settle(pilot)
    app = pilot.app
    app.clear_notifications()
    await pilot.press("ctrl+n")
    await settle(pilot)


async def shot_bad_file(pilot: Any) -> None:
    """A file that is not text: a message in the reader, the app goes on."""
    await settle(pilot)
    app = pilot.app
    app.clear_notifications()


async def shot_help(pilot: Any) -> None:
    """The help screen (?), generated from the bindings."""
    await pilot.press("question_mark")
    await settle(pilot)


SHOTS: dict[str, tuple[str, tuple[int, int], Script]] = {
    "main": (COLLECTION, (120, 36), shot_main),
    "narrow": (COLLECTION, (80, 24), shot_narrow),
    "outline": (COLLECTION, (120, 36), shot_outline),
    "keywords": (SHORT, (120, 36), shot_keywords),
    "find": (SHORT, (120, 36), shot_find),
    "search": (COLLECTION, (120, 36), shot_search),
    "quote": (SHORT, (120, 36), shot_quote),
    "notebook": (SHORT, (120, 36), shot_notebook),
    "bad-file": (BROKEN, (120, 30), shot_bad_file),
    "help": (COLLECTION, (120, 40), shot_help),
}
"""Name → (file opened, terminal size, what to do before the picture)."""


async def take(name: str, folder: Path) -> Path:
    """Run the app on a file of ``folder`` for one picture; save it as docs/images/NAME.svg."""
    from tui.app import make_app

    file_name, size, script = SHOTS[name]
    app = make_app(folder / file_name)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await script(pilot)
        IMAGES.mkdir(parents=True, exist_ok=True)
        app.title = "讲话稿阅读器"
        saved = app.save_screenshot(filename=f"{name}.svg", path=str(IMAGES))
    return Path(saved)


def main(argv: list[str]) -> int:
    """Make the pictures named in ``argv`` (all when none)."""
    names = argv or list(SHOTS)
    unknown = [n for n in names if n not in SHOTS]
    if unknown:
        print(
            f"unknown picture(s): {', '.join(unknown)}; known: {', '.join(SHOTS)}", file=sys.stderr
        )
        return 2
    import pyperclip

    fake = FakeClipboard()
    pyperclip.copy = fake.copy
    pyperclip.paste = fake.paste
    with tempfile.TemporaryDirectory(prefix="speech-reader-demo-") as made:
        demo = Path(made)
        folder = prepare_demo(demo)
        for name in names:
            # A fresh state folder per picture, so one picture's position is not the next one's.
            home = demo / "home" / name
            home.mkdir(parents=True, exist_ok=True)
            os.environ["SPEECH_READER_HOME"] = str(home)
            path = asyncio.run(take(name, folder))
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
