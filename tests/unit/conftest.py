"""Shared fixtures for unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tui.services import Background


@pytest.fixture
def service() -> Iterator[tuple[Background, list[str]]]:
    """A background service (helper process allowed) and the problems it told."""
    problems: list[str] = []
    made = Background(on_problem=problems.append)
    yield made, problems
    made.shutdown()
