"""No test file is lost: pytest collects only the folders in ``testpaths`` (pyproject.toml),
so a test file put anywhere else under tests/ would silently never run."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

import pytest


def lost_test_files(root: Path, testpaths: list[str], patterns: list[str]) -> list[str]:
    """The files under ``root``/tests that pytest would take for test modules (by the
    ``python_files`` patterns) and that lie outside every ``testpaths`` folder."""
    collected = [(root / folder).resolve() for folder in testpaths]
    lost = []
    for path in sorted((root / "tests").rglob("*.py")):
        if not any(fnmatch(path.name, pattern) for pattern in patterns):
            continue
        if not any(path.resolve().is_relative_to(folder) for folder in collected):
            lost.append(path.relative_to(root).as_posix())
    return lost


def test_every_test_file_is_in_a_collected_folder(request: pytest.FixtureRequest) -> None:
    config = request.config
    testpaths = list(config.getini("testpaths"))
    patterns = list(config.getini("python_files"))
    assert testpaths and patterns
    assert lost_test_files(config.rootpath, testpaths, patterns) == []


def test_a_test_file_outside_the_collected_folders_is_found(tmp_path: Path) -> None:
    """The check itself: a file beside the collected folders, or in a folder of its own,
    is reported; files under the collected folders and helpers are not."""
    for name in (
        "tests/unit/test_kept.py",
        "tests/ui/deep/test_deep.py",
        "tests/documents.py",
        "tests/test_lost.py",
        "tests/integration/check_test.py",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("def test_x():\n    assert True\n", encoding="utf-8")
    lost = lost_test_files(tmp_path, ["tests/unit", "tests/ui"], ["test_*.py", "*_test.py"])
    assert lost == ["tests/integration/check_test.py", "tests/test_lost.py"]
