"""Where the bundled corpus and data files are, installed or in a checkout."""

from __future__ import annotations

import errno
import functools
import os
import re
import sys
import unicodedata
from pathlib import Path

APP_NAME = "speech-reader"
"""The app's name in the user's folders (``platformdirs``)."""

PACKAGE = Path(__file__).resolve().parent
"""The ``tui`` package's folder."""

STALE_SECONDS = 600
"""A temporary file in the cache folder older than this is a crashed or killed writer's and
is removed (a younger one may be another instance's write in progress): the helper's files
(``tui.services.remove_stale_temp_files``) and the stored documents' (``tui.engine.docstore``)."""


def cache_dir() -> Path:
    """Where caches live (jieba's dictionary, extracted texts, parsed documents, the search
    index): ``$SPEECH_READER_HOME/cache`` or the user cache."""
    home = os.environ.get("SPEECH_READER_HOME")
    if home:
        return Path(home) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME))


def bundled_corpus_dir() -> Path:
    """The folder of speech files that ships with the app.

    In a checkout that is ``corpus/`` beside the package; in an installed wheel the
    build copies it to ``tui/_corpus``.
    """
    installed = PACKAGE / "_corpus"
    if installed.is_dir():
        return installed
    return PACKAGE.parent / "corpus"


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
    return PACKAGE / "data" / name


TEXT_DATA = ("fold-t2s.txt", "surnames.txt")
"""Data files that shape a parsed document (``tui.engine.fold``'s table, ``framing``'s surnames)."""


def text_sources() -> list[Path]:
    """The files whose contents decide what a file parses to: every module of ``tui.base``,
    ``tui.engine`` (its index too) and ``tui.formats``, and ``TEXT_DATA``. What is kept
    between runs from a parse (the search index: ``engine_fingerprint``; stored documents:
    ``docstore.engine_stamp``) is valid only for these as they were."""
    sources: list[Path] = []
    for package in ("base", "engine", "formats"):
        sources.extend(sorted((PACKAGE / package).rglob("*.py")))
    sources.extend(data_file(name) for name in TEXT_DATA)
    return sources


TEXT_LIBRARIES = ("charset-normalizer", "lxml", "pypdfium2", "selectolax", "striprtf")
"""The installed distributions whose output is text a parse holds: the decoder's guess of
an encoding (charset-normalizer) and the format readers' libraries (Word, ODT and EPUB
through lxml, PDF, web pages, RTF)."""


@functools.cache
def text_libraries() -> str:
    """What else shapes a parse besides ``text_sources``: the versions of ``TEXT_LIBRARIES``
    installed and of the Unicode data (``safe_text``'s placeholders, the match's case
    folding). The search index (``engine_fingerprint``) and the stored documents
    (``docstore.engine_stamp``) both hold it, so an upgrade of pdfium re-reads a PDF in both.

    Read once a process, from the names of the ``NAME-VERSION.dist-info`` folders on
    ``sys.path`` (a listing of each folder; "-" for one not found that way), not with
    ``importlib.metadata``: its import alone took 86 ms and 2 MB more at the peak of
    an index build (bench_index.py 30 MB, 5 runs each: 59-60 → 61 MB)."""
    wanted = {_distribution_key(name): name for name in TEXT_LIBRARIES}
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                distribution, _, version = name[: -len(".dist-info")].partition("-")
                key = _distribution_key(distribution)
                if key in wanted and key not in found:  # (the first on the path is imported)
                    found[key] = version
    versions = [f"{wanted[key]} {found.get(key, '-')}" for key in wanted]
    versions.append(f"unicode {unicodedata.unidata_version}")
    return "\n".join(versions)


def _distribution_key(name: str) -> str:
    """A distribution's name as its ``.dist-info`` folder may spell it (PEP 503 normalised,
    ``-`` and ``.`` as ``_``): ``charset-normalizer`` and ``charset_normalizer`` alike."""
    return re.sub(r"[-_.]+", "_", name).lower()


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
