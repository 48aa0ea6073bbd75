"""The ``speech-reader`` command itself (not a subcommand)."""

from __future__ import annotations

import pytest

from tui import __version__
from tui.cli import main


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([flag]) == 0
    assert capsys.readouterr().out.strip() == f"speech-reader {__version__}"


def test_a_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/folder/anywhere"]) == 2
    assert "找不到路径" in capsys.readouterr().err


def test_quitting_does_not_wait_for_a_busy_background_thread() -> None:
    """q waited for the parse a thread had begun (a minute for a 120 MB file)."""
    import subprocess
    import sys
    import time

    script = (
        "import threading, time\n"
        "from tui.cli import _leave\n"
        "threading.Thread(target=time.sleep, args=(60,)).start()\n"
        "print('saved', flush=True)\n"
        "raise SystemExit(_leave(0))\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and done.stdout == "saved\n"
    assert time.monotonic() - started < 20  # not the thread's 60 s
