"""Shared fixtures for unit tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tui.formats import bounded, pdfbatch
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


@pytest.fixture
def pdf_children(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every PDFium child started, in turn: "kept" (``pdfbatch``'s, for many files) or
    "alone" (``pdfchild``'s one-file child). None is at rest when the test starts: a kept
    child an earlier test of this process left at rest (``pdfbatch.IDLE`` seconds) would
    take the test's first batch with no start counted."""
    pdfbatch.end_kept()
    started: list[str] = []
    start_python, run_python = bounded.start_python, bounded.run_python

    def kept(*arguments: object) -> object:
        started.append("kept")
        return start_python(*arguments)  # type: ignore[arg-type]

    def alone(*arguments: object) -> bounded.Outcome:
        started.append("alone")
        return run_python(*arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(bounded, "start_python", kept)
    monkeypatch.setattr(bounded, "run_python", alone)
    yield started
    pdfbatch.end_kept()


@pytest.fixture
def marked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Put first on ``sys.path`` a pypdfium2 that does ``how`` on marked PDFs
    (``format_fixtures.write_marked_crashing_pdfium``)."""

    def put(how: str) -> None:
        folder = ff.write_marked_crashing_pdfium(tmp_path / f"pdfium-{how}", how)
        monkeypatch.syspath_prepend(str(folder))

    return put
