"""The property tests draw the same examples on every run of the check (tests/conftest.py)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.internal.conjecture import providers

PROBE = "后来导入的模块里的字"
"""A literal of 20 characters or fewer (Hypothesis keeps no longer ones) no source of tui holds."""


@pytest.mark.skipif(
    os.environ.get("HYPOTHESIS_PROFILE", "ci") != "ci", reason="another profile chosen"
)
def test_the_default_profile_is_derandomized_and_keeps_no_examples() -> None:
    assert settings().derandomize
    assert settings().database is None


@pytest.mark.skipif(not settings().derandomize, reason="a random profile chosen")
def test_a_module_imported_later_does_not_change_what_hypothesis_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UI test imports screens and widgets lazily: what a later property test draws must
    not depend on it (``fixed_local_constants``)."""
    before = providers._get_local_constants()
    (tmp_path / "later_local_module.py").write_text(f"WORDS = {PROBE!r}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "later_local_module", raising=False)  # gone after
    importlib.import_module("later_local_module")
    after = providers._get_local_constants()
    assert PROBE not in after.strings
    assert list(after) == list(before)
    assert "同志" in after.strings  # tui's own literals are there, whether imported or not
