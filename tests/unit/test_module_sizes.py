"""A module of ``tui/`` over 500 lines says at its top why it is that long (issue 18:
modules a newcomer can find), in a sentence that starts "Why this module is"."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TUI = Path(__file__).resolve().parents[2] / "tui"
LIMIT = 500

LONG = sorted(
    path for path in TUI.rglob("*.py") if len(path.read_text(encoding="utf-8").splitlines()) > LIMIT
)


def test_some_modules_are_long() -> None:
    """(So that the test below checks something.)"""
    assert LONG


@pytest.mark.parametrize("path", LONG, ids=lambda path: str(path.relative_to(TUI.parent)))
def test_a_long_module_says_why(path: Path) -> None:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    assert "Why this module is" in " ".join(docstring.split()), (
        f"{path.name} has more than {LIMIT} lines: say why at its top"
    )
