"""Shared fixtures for unit tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.services import Background


@pytest.fixture
def service() -> Iterator[tuple[Background, list[str]]]:
    """A background service (helper process allowed) and the problems it told."""
    problems: list[str] = []
    made = Background(on_problem=problems.append)
    yield made, problems
    made.shutdown()


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state and cache folder of the test's own (``SPEECH_READER_HOME``), not made yet."""
    folder = tmp_path / "home"
    monkeypatch.setenv("SPEECH_READER_HOME", str(folder))
    return folder
