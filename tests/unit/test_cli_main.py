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
