"""The ``speech-reader`` command itself (not a subcommand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import unsafe_in
from tui import __version__, ui_text
from tui.cli import CRASHED, main


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([flag]) == 0
    assert capsys.readouterr().out.strip() == f"speech-reader {__version__}"


def test_a_missing_path_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ui_text.ENVIRONMENT, raising=False)
    assert main(["/no/such/folder/anywhere"]) == 2
    err = capsys.readouterr().err
    assert "找不到路径" in err and "no such file" not in err


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_the_command_line_speaks_the_language_chosen(
    how: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang en or SPEECH_READER_LANG=en: the reader's own messages are English."""
    monkeypatch.delenv(ui_text.ENVIRONMENT, raising=False)
    argv = ["/no/such/folder/anywhere"]
    if how == "flag":
        argv = ["--lang", "en", *argv]
    else:
        monkeypatch.setenv(ui_text.ENVIRONMENT, "en")
    try:
        assert main(argv) == 2
    finally:
        ui_text.set_language(ui_text.DEFAULT)
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "找不到路径" not in err


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_quitting_does_not_wait_for_a_busy_background_thread() -> None:
    """q waited for the parse a thread had begun (a minute for a 120 MB file)."""
    import subprocess
    import sys
    import time

    script = (
        "import threading, time\n"
        "from tui.cli import leave\n"
        "threading.Thread(target=time.sleep, args=(60,)).start()\n"
        "print('saved', flush=True)\n"
        "raise SystemExit(leave(0))\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and done.stdout == "saved\n"
    assert time.monotonic() - started < 20  # not the thread's 60 s


def test_quitting_leaves_a_parse_but_waits_for_a_write(tmp_path: Path) -> None:
    """``leave`` with the background service: work marked ``droppable_at_quit`` (a parse)
    is not waited for, even with a minute's grace; other work (a write) is."""
    import subprocess
    import sys
    import time

    script = (
        "import sys, threading\n"
        "from pathlib import Path\n"
        "import tui.cli as cli\n"
        "from tui.services import Background, droppable_at_quit\n"
        "cli.QUIT_GRACE = 60\n"
        "never, go, running = threading.Event(), threading.Event(), threading.Event()\n"
        "@droppable_at_quit\n"
        "def parse():\n"
        "    running.set()\n"
        "    never.wait()\n"
        "def write():\n"
        "    go.wait()\n"
        "    Path(sys.argv[1]).write_text('kept')\n"
        "background = Background(processes=False)\n"
        "background.submit(parse)\n"
        "background.submit(write)\n"
        "running.wait()\n"
        "background.shutdown()\n"
        "go.set()\n"
        "raise SystemExit(cli.leave(0, background))\n"
    )
    target = tmp_path / "written.txt"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=50
    )
    assert done.returncode == 0, done.stderr
    assert target.read_text() == "kept"
    assert time.monotonic() - started < 30  # not the grace's 60 s


def test_a_subcommand_that_crashes_exits_crashed_with_the_log_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A subcommand's crash printed a raw traceback and exited 1, which for ``search`` means
    "nothing found" (seen with ``index`` on a folder holding a name that is not UTF-8)."""
    from tui.commands import outline

    def boom(args: object) -> int:
        raise RuntimeError("boom \x1b]52;c;aGk=\x07 \u202e")

    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(outline, "run", boom)
    assert main(["outline", str(tmp_path)]) == CRASHED != 1
    err = capsys.readouterr().err
    logs = list((tmp_path / "home" / "state").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    assert "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")
    assert "Traceback" not in err and unsafe_in(err) == []
