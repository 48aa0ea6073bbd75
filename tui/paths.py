"""Where the bundled corpus and data files are, installed or in a checkout."""

from __future__ import annotations

import errno
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


def expand_user(path: str | Path, *, strict: bool = False) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded, as a shell does.

    Where there is no such home folder (``~nosuchuser/x``, or no home at all)
    ``Path.expanduser`` raises ``RuntimeError``; here the path is taken as it is written
    (it then names no file, which the caller reports), or, with ``strict`` (a path to
    write to, which must not become a folder called ``~nosuchuser``), ``FileNotFoundError``.
    """
    try:
        return Path(path).expanduser()
    except RuntimeError:
        if strict:
            raise FileNotFoundError(
                errno.ENOENT, "找不到用户目录 / no such home folder", str(path)
            ) from None
        return Path(path)


def data_file(name: str) -> Path:
    """A data file shipped inside the package (dictionaries, stop words)."""
    return _PACKAGE / "data" / name


BUNDLED_NAME = "内置讲话稿"
"""What the bundled corpus folder is called on screen (installed, it is ``tui/_corpus``
somewhere in site-packages: neither name means anything to a reader)."""


def is_bundled_corpus(path: Path) -> bool:
    """Whether ``path`` is the bundled corpus folder."""
    try:
        return path.resolve() == bundled_corpus_dir().resolve()
    except OSError:
        return False


def display_folder(path: Path) -> str:
    """A folder's name as the user should see it: the bundled corpus by its own name."""
    if is_bundled_corpus(path):
        return BUNDLED_NAME
    return path.name or str(path)


def display_location(path: Path) -> str:
    """A folder in full as the user should see it: the bundled corpus by its own name,
    any other by its path (not made safe: callers pass it through ``safe_text``)."""
    return BUNDLED_NAME if is_bundled_corpus(path) else str(path)
