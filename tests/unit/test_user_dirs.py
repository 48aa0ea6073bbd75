"""The suite never reads or writes the user's own folders (``tests/conftest.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_temp
from tui.paths import cache_dir
from tui.state import data_dir, export_dir, state_dir


def test_every_user_folder_is_in_the_runs_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    run = shared_temp(tmp_path_factory)
    assert "SPEECH_READER_HOME" not in os.environ
    for folder in (Path.home(), cache_dir(), state_dir(), data_dir(), export_dir()):
        assert folder.is_relative_to(run), folder


def test_a_process_a_test_starts_inherits_the_temporary_folders(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    code = (
        "from pathlib import Path; from tui.paths import cache_dir\n"
        "from tui.state import state_dir\n"
        "print(Path.home()); print(cache_dir()); print(state_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")[:3]
    run = shared_temp(tmp_path_factory)
    assert all(Path(line).is_relative_to(run) for line in out), out
