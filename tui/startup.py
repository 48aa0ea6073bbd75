"""Which file the reader opens first: known before Textual is imported.

Pure Python (no Textual), so the command line can decide it first thing and have
the background service parse that file while the UI starts. ``MainScreen`` asks the same
function, so both always agree.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from pathlib import Path

from tui.base.files import is_readable_file, is_speech_name, stamp_of, walk_speech_files
from tui.paths import bundled_corpus_dir, expand_user
from tui.session import Session

FIRST_FILE_SCAN = 500
"""Folders looked into to find a file to open when nothing was open before."""

FIRST_FILE_TRIES = 12
"""Files tried in turn on a first start when the folder's first cannot be shown (a scanned
PDF, a damaged .docx, a binary): the reader opens on the first it can show."""


def is_speech_candidate(path: Path) -> bool:
    """Whether the file pane lists ``path``: visible folders (not a link back to a folder it
    is in) and speech files.

    A speech file must be a regular file (links followed): a FIFO or a device with a
    speech name is not listed (reading it would block or never end). One this process may
    not read is listed (the tree marks it, ``SpeechFileTree.filter_paths``; opening it says
    没有权限读取…): it was left out, and a user looking for a file they know is there found
    no trace of it. A folder it may not open is listed so too (expanding it says
    没有权限打开文件夹…).
    """
    if path.name.startswith("."):
        return False
    try:
        if path.is_dir():
            return not _links_back(path)
    except OSError:
        return False
    return is_speech_name(path.name) and stamp_of(path) is not None


def _links_back(path: Path) -> bool:
    """Whether ``path`` is a link to a folder it is in (``回上级 -> ..``): listed, it could
    be expanded inside itself for ever (the folder walkers do not follow links to folders
    at all)."""
    if not path.is_symlink():
        return False
    target, folder = path.resolve(), path.parent.resolve()
    return target == folder or target in folder.parents


def _readable_speech_files(root: Path, limit: int) -> Iterator[Path]:
    """The readable speech files under ``root``: the folder's own files first (by name),
    then its sub-folders breadth first, at most ``limit`` folders looked into."""
    folders = 0

    def enough() -> bool:
        nonlocal folders
        folders += 1
        return folders > limit

    for path in walk_speech_files(root, breadth_first=True, cancelled=enough):
        if os.access(path, os.R_OK):
            yield path


def first_speech_file(root: Path, limit: int = FIRST_FILE_SCAN) -> Path | None:
    """The first speech file under ``root``, for a first start with no history.

    The folder's own files first (by name), then its sub-folders breadth first (a
    collection sorted into 2021/, 2022/ … still opens), hidden and unreadable ones
    skipped; at most ``limit`` folders are looked into.
    """
    return next(_readable_speech_files(root, limit), None)


def next_speech_file(
    root: Path, tried: Collection[Path], limit: int = FIRST_FILE_SCAN
) -> Path | None:
    """The first speech file under ``root`` in ``first_speech_file``'s order that is not
    in ``tried`` (resolved paths), while fewer than ``FIRST_FILE_TRIES`` were tried: the
    one to open on a first start when those before it could not be shown."""
    if len(tried) >= FIRST_FILE_TRIES:
        return None
    resolved = (path.resolve() for path in _readable_speech_files(root, limit))
    return next((path for path in resolved if path not in tried), None)


def remembered_file(root: Path, session: Session) -> Path | None:
    """The file read last under ``root`` (``Session.folder_files``, the last one of all
    first), if it still exists and is readable; else None (the folder's first file opens).

    A reader started on a folder restores a file from inside it, also when another folder
    (or the bundled corpus, which starts when no path is given) was read in since; so does
    the bundled corpus (it restored any file once, and the tree said 内置讲话稿 beside
    another folder's file). A file inside ``root`` read in a sub-folder counts: the last
    of them is the one.
    """
    root = root.resolve()
    found = _last_under(root, session)
    if found is None:
        return None
    path = Path(found)
    if not is_readable_file(path) or not _inside(path, root):
        return None
    return path


def _inside(path: Path, root: Path) -> bool:
    return root == path.parent or root in path.parents


def _last_under(root: Path, session: Session) -> str | None:
    """The path of the file read last under ``root`` (resolved), from what the session
    remembers: the last file of all when it is under ``root`` (also when an older version,
    which knew no folders, wrote it last), else the newest folder's under ``root``."""
    last = session.last_file
    if last is not None and _inside(Path(last), root):
        return last
    under = os.path.join(str(root), "")
    for folder, file in reversed(session.folder_files.items()):
        if folder == str(root) or folder.startswith(under):
            return file
    return None


def root_and_file(path: Path | None) -> tuple[Path, Path | None]:
    """The file tree's root and the file asked for, from the command line's path.

    No path: the bundled corpus; a folder: the tree rooted there; a file: that file
    with the tree at its folder.
    """
    if path is None:
        return bundled_corpus_dir(), None
    path = expand_user(path)
    if path.is_dir():
        return path, None
    return path.parent, path


def initial_file(root: Path, start_file: Path | None, session: Session) -> Path | None:
    """The file to open at start: the one asked for, the last one, or the folder's first."""
    if start_file is not None:
        return start_file.resolve()
    found = remembered_file(root, session) or first_speech_file(root.resolve())
    return found.resolve() if found is not None else None


def picked_first(root: Path, start_file: Path | None, session: Session) -> bool:
    """Whether the file opened at start is the folder's first (nothing asked for, nothing
    open last time): then one that cannot be shown is passed over (``next_speech_file``)."""
    return start_file is None and remembered_file(root, session) is None
