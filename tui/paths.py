"""Where the bundled corpus and data files are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_corpus_dir() -> Path:
    """The folder of speech files that ships with the app.

    In a checkout that is ``corpus/`` beside the package; in an installed wheel the
    build copies it to ``tui/_corpus``.
    """
    installed = _PACKAGE / "_corpus"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "corpus"


def data_file(name: str) -> Path:
    """A data file shipped inside the package (dictionaries, stop words)."""
    return _PACKAGE / "data" / name
