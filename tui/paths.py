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

    Read once a process, from what each entry of ``sys.path`` holds (``_installed``: the
    names of its ``NAME-VERSION.dist-info`` folders, its ``.egg-info`` folders and files,
    an egg's ``EGG-INFO``; a zip's directory), the first on the path as Python imports
    it; "-" for one not found. Not with ``importlib.metadata``: its import alone took
    86 ms and 2 MB more at the peak of an index build (bench_index.py 30 MB, 5 runs each:
    59-60 → 61 MB)."""
    wanted = {_distribution_key(name): name for name in TEXT_LIBRARIES}
    found: dict[str, str] = {}
    for entry in sys.path:
        if len(found) == len(wanted):
            break
        for key, version in _installed(entry or ".", wanted.keys() - found.keys()):
            found.setdefault(key, version)
    versions = [f"{wanted[key]} {found.get(key, '-')}" for key in wanted]
    versions.append(f"unicode {unicodedata.unidata_version}")
    return "\n".join(versions)


_INFO_SUFFIXES = (".dist-info", ".egg-info")


def _installed(entry: str, wanted: set[str]) -> list[tuple[str, str]]:
    """``(key, version)`` of the distributions in ``wanted`` that the ``sys.path`` entry
    ``entry`` holds: a folder's ``NAME-VERSION.dist-info`` and ``NAME-VERSION[-pyX.Y].egg-info``
    by their names, a ``NAME.egg-info`` (setuptools' develop mode) and an egg's own
    ``EGG-INFO`` by their ``PKG-INFO``; a zip (a zipped egg, libraries zipped for
    ``zipimport``) the same way in its directory. A folder is listed once; a file is read
    only for a library wanted whose name gives no version."""
    try:
        names = os.listdir(entry)
    except NotADirectoryError:
        return _installed_in_zip(entry, wanted)
    except OSError:
        return []
    found: list[tuple[str, str]] = []
    for name in names:
        if name == "EGG-INFO":  # an unzipped egg on the path
            info = _read_pkg_info(os.path.join(entry, name, "PKG-INFO"))
            key = _distribution_key(info.get("name", ""))
            if key in wanted and "version" in info:
                found.append((key, info["version"]))
            continue
        if not name.endswith(_INFO_SUFFIXES):
            continue
        distribution, _, rest = name.rpartition(".")[0].partition("-")
        key = _distribution_key(distribution)
        if key not in wanted:
            continue
        version = rest.split("-", 1)[0]
        if not version:  # NAME.egg-info: a folder, or a file, of PKG-INFO
            path = os.path.join(entry, name)
            inside = os.path.join(path, "PKG-INFO") if os.path.isdir(path) else path
            version = _read_pkg_info(inside).get("version", "")
        if version:
            found.append((key, version))
    return found


def _installed_in_zip(entry: str, wanted: set[str]) -> list[tuple[str, str]]:
    """``_installed`` for a zip file on ``sys.path`` (zipfile imported only then)."""
    import zipfile

    try:
        with zipfile.ZipFile(entry) as archive:
            found: list[tuple[str, str]] = []
            for member in archive.namelist():
                top, _, rest = member.partition("/")
                if top == "EGG-INFO" and rest == "PKG-INFO":
                    info = _pkg_info(archive.read(member).decode("utf-8", "replace"))
                    key = _distribution_key(info.get("name", ""))
                    if key in wanted and "version" in info:
                        found.append((key, info["version"]))
                elif top.endswith(_INFO_SUFFIXES) and rest in ("METADATA", "PKG-INFO"):
                    distribution, _, version = top.rpartition(".")[0].partition("-")
                    key = _distribution_key(distribution)
                    version = version.split("-", 1)[0]
                    if key in wanted and not version:
                        text = archive.read(member).decode("utf-8", "replace")
                        version = _pkg_info(text).get("version", "")
                    if key in wanted and version:
                        found.append((key, version))
            return found
    except (OSError, zipfile.BadZipFile):
        return []


def _read_pkg_info(path: str) -> dict[str, str]:
    """``Name`` and ``Version`` of a ``PKG-INFO`` file (empty if it cannot be read)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return _pkg_info(handle.read(16384))
    except OSError:
        return {}


def _pkg_info(text: str) -> dict[str, str]:
    """``name`` and ``version`` from the headers of metadata (``PKG-INFO``, ``METADATA``)."""
    info: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break  # (the headers end at the first blank line)
        field, colon, value = line.partition(":")
        if colon and field.lower() in ("name", "version"):
            info.setdefault(field.lower(), value.strip())
    return info


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
