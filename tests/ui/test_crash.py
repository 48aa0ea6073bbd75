"""A crash of the app exits non-zero and names a log file holding the traceback (issue #17).

Textual catches an unhandled exception, draws its traceback and ends the app; the
process used to exit 0 all the same. ``tui.cli.main`` now writes the traceback to
``crash-*.log`` under the state folder and exits with ``tui.cli.CRASHED``. Run in a fresh
interpreter through ``python -m tui``'s own ``main``, as a user runs it (headless: no
terminal in the test).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.hostile import OSC52, make_hostile_folder
from tui.cli import CRASHED

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from tui.app import SpeechReaderApp
from tui.screens.main import MainScreen

def boom(self):
    raise RuntimeError("boom in on_mount \\x1b]52;c;aGk=\\x07 \\u202e" + str(self.start_file))

MainScreen.on_mount = boom
run = SpeechReaderApp.run
SpeechReaderApp.run = lambda self, **kw: run(self, headless=True, **kw)
from tui.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def run_app(tmp_path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPEECH_READER_HOME": str(tmp_path / "home")}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        timeout=120,
        check=False,
    )


def test_a_crash_exits_non_zero_with_the_log_path(tmp_path: Path) -> None:
    folder = make_hostile_folder(tmp_path / "hostile")
    done = run_app(tmp_path, folder / OSC52)
    assert done.returncode == CRASHED != 0, done.stderr[-2000:]
    logs = list((tmp_path / "home" / "state").glob("crash-*.log"))
    assert len(logs) == 1
    log = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: boom in on_mount" in log
    assert str(logs[0]) in done.stderr
    # Textual's traceback and the message alike: the exception's text shows as placeholders.
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr
    assert "boom in on_mount ␛]52;c;aGk=" in done.stderr and "‹U+202E›" in done.stderr


def test_the_log_goes_to_the_temporary_folder_when_the_state_folder_cannot_be_written(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "state").write_text("a file where the folder should be", encoding="utf-8")
    folder = make_hostile_folder(tmp_path / "hostile")
    done = run_app(tmp_path, folder / OSC52)
    assert done.returncode == CRASHED, done.stderr[-2000:]
    named = [line for line in done.stderr.splitlines() if "crash-" in line]
    assert named, done.stderr[-2000:]
    path = Path(named[-1].rsplit(" ", 1)[-1])
    assert path.exists() and "boom in on_mount" in path.read_text(encoding="utf-8")
    path.unlink()
