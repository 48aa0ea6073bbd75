"""A folder as the file tree lists it, read on a thread: what changed since it was listed
(``listing_change``: the entries gone, the new ones and where each goes), its time
(``folder_time``, for the 2 s check), the entries this process may not read
(``unreadable_files``, ``unreadable_folders``), the tree's order of an entry
(``entry_order``: folders first, then names as a person orders them) and the folder of the
open file renamed beside itself (``renamed_folder``) or moved elsewhere in the tree
(``moved_folder``), the file renamed with it or not.

No Textual: the tree (``tui.widgets.filetree``) and the main screen call these on their
threads and apply the answers to the tree's nodes themselves.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from tui.base.files import name_order, stamp_of
from tui.startup import is_speech_candidate


def unreadable_files(paths: Iterable[Path]) -> set[Path]:
    """Of ``paths`` (files), those this process may not read (on a listing thread)."""
    return {path for path in paths if not os.access(path, os.R_OK)}


def unreadable_folders(paths: Iterable[Path]) -> set[Path]:
    """Of ``paths`` (folders), those this process may not list or enter (on a listing
    thread)."""
    return {path for path in paths if not os.access(path, os.R_OK | os.X_OK)}


def renamed_folder(path: Path, identity: tuple[int, int]) -> tuple[Path, Path, Path] | None:
    """The folder (``path``'s, or one above it) renamed beside itself, when ``path`` (a file
    gone, ``identity`` its device and inode) is under the new folder name at the same
    place: ``(old folder, new folder, the file now)``. The file there under its own name
    first (a stat in each folder beside the missing one); else renamed too, both at once
    as a sync tool or a script of renames does (the same device and inode in a listing of
    the file's folder under each folder beside the missing one, a stat only for a match).
    None when ``path``'s folder is still there (the file itself was renamed or deleted),
    or no folder beside the missing one holds the same file at the same place (the
    folder was deleted, or moved elsewhere: ``moved_folder``). On a thread."""
    missing = folder_gone(path)
    if missing is None:
        return None
    rest = path.relative_to(missing)
    try:
        with os.scandir(missing.parent) as entries:
            folders = sorted(Path(entry.path) for entry in entries if entry.is_dir())
    except OSError:
        return None
    folders = [folder for folder in folders if folder != missing]
    for folder in folders:
        stamp = stamp_of(folder / rest)
        if stamp is not None and stamp.identity == identity:
            return missing, folder, folder / rest
    for folder in folders:
        try:
            with os.scandir(folder / rest.parent) as entries:
                same = [Path(e.path) for e in entries if e.inode() == identity[1]]
        except OSError:
            continue
        for found in same:
            stamp = stamp_of(found)
            if stamp is not None and stamp.identity == identity:
                return missing, folder, found
    return None


MOVED_LOOKS = 2_000
"""How many folders under the tree's root ``moved_folder`` looks in, at most (a stat and
a listing each, on a thread): past that it stops, and says so (``MovedLook.stopped``)."""


class MovedLook(NamedTuple):
    """What ``moved_folder`` found, and how far it looked."""

    found: tuple[Path, Path, Path] | None
    """``(old folder, new folder, the file now)``: the file under the new folder at the
    same place, renamed or not; None when not found."""
    stopped: bool = False
    """Whether it stopped at ``MOVED_LOOKS`` folders with some left unseen: not found is
    then not "nowhere in the root"."""


class RootLook(Enum):
    """How far the tree's root was looked through for the open file's folder gone (the
    message says which: only ``ALL`` makes "nowhere in the root" true)."""

    ALL = "all"
    """Every folder under it (``moved_folder`` found nothing and did not stop)."""
    STOPPED = "stopped"
    """``moved_folder`` stopped at ``MOVED_LOOKS`` folders, others left unseen."""
    NONE = "none"
    """Not looked through: the file's device and inode were not known to match."""


def moved_folder(path: Path, identity: tuple[int, int], root: Path) -> MovedLook:
    """The folder (``path``'s, or one above it, under ``root``) moved to another folder
    under ``root`` (``mv a/x b/x``, renamed or not), when ``path`` (a file gone,
    ``identity`` its device and inode) is there at the same place: under the same name,
    or renamed in the same folder (a script of renames, a sync tool: both at once, told
    by the inode of the listings it reads anyway, a stat only for a match). Not found
    when ``path``'s folder is still there, the folder gone is ``root`` or above it, or
    none of the first ``MOVED_LOOKS`` folders under ``root`` (nearest first) holds the
    same file at that place (deleted, or moved out of the tree; ``stopped`` when there
    were more folders to look in). On a thread."""
    missing = folder_gone(path)
    if missing is None or missing == root or not missing.is_relative_to(root):
        return MovedLook(None)
    rest = path.relative_to(missing)
    between = rest.parent.parts  # (the folders from the one moved down to the file's)
    waiting, looked = deque([root]), 0
    while waiting:
        if looked == MOVED_LOOKS:
            return MovedLook(None, stopped=True)
        folder = waiting.popleft()
        looked += 1
        found: list[Path] = []
        same: list[Path] = []  # (files of the inode gone: the file renamed, maybe)
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        found.append(Path(entry.path))
                    elif entry.inode() == identity[1]:
                        same.append(Path(entry.path))
        except OSError:
            continue
        for candidate in found:
            stamp = stamp_of(candidate / rest)
            if stamp is not None and stamp.identity == identity:
                return MovedLook((missing, candidate, candidate / rest))
        for file in same:
            moved = _moved_with_file(file, between, identity, missing, root)
            if moved is not None:
                return MovedLook(moved)
        waiting.extend(sorted(found))
    return MovedLook(None)


def _moved_with_file(
    file: Path, between: tuple[str, ...], identity: tuple[int, int], missing: Path, root: Path
) -> tuple[Path, Path, Path] | None:
    """``(missing, the folder it is now, file)`` when ``file`` (listed with the inode of
    the file gone) is that file (``identity``) under a folder of ``root`` at the place the
    file had under ``missing`` (the same folders ``between``), else None."""
    new = file.parent
    for name in reversed(between):
        if new.name != name:
            return None
        new = new.parent
    if new == missing or new == root or not new.is_relative_to(root):
        return None
    stamp = stamp_of(file)
    return (missing, new, file) if stamp is not None and stamp.identity == identity else None


def folder_gone(path: Path) -> Path | None:
    """The highest folder above ``path`` that is gone, when ``path``'s own folder is (it
    was deleted, or moved elsewhere), else None."""
    gone = None
    folder = path.parent
    while folder != folder.parent and not os.path.isdir(folder):
        gone, folder = folder, folder.parent
    return gone


def folder_time(path: Path) -> int | None:
    """``path``'s modification time in ns (None if it cannot be read)."""
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def listing_change(
    folder: Path, listed: list[tuple[Path, bool]], is_dir: Callable[[Path], bool]
) -> tuple[list[Path], list[tuple[Path, bool, Path | None]]] | None:
    """On a thread: how ``folder``'s speech files and folders differ from ``listed`` (its
    entries in the tree's order, folders first, then by ``name_order``, each with whether
    it is listed as a folder): the listed ones gone, and each new one with whether it is a
    folder and the listed entry it goes before (None: at the end), in the order to add
    them; None if it cannot be read.

    One reading of the folder's names (``os.scandir``); only a new name is asked whether
    it is a speech file or a folder (``is_speech_candidate``, ``is_dir``: stats), and
    only the new entries' sort keys are made, each placed among the listed ones by
    bisection. A listed entry still there stays unless its kind changed (a folder
    that is now a file, a file that is now a folder or no regular file), told by the
    listing's own file types (a stat only for a link). Before, every entry of a
    10,000-file folder was stat-ed three times and all were sorted again: 184 ms of CPU
    (161-215) a relisting with 4 new files, now 8.6 ms (8.1-28.6) (3 x 9 calls in turns);
    the UI process's CPU while a file arrived every 0.5 s 132 ms/s (130-148) -> 46 ms/s
    (44-51) (``bench_folder.py --add-every 0.5 --hold 30``, 5 rounds in turns, load 9-20;
    performance-log.md, folder21). (Paths are hashed here, not on the UI thread: 10,000
    of them took 60 ms or more there.)

    A listed file that became unreadable under the same name stays listed (Enter says why
    it cannot be read), as it did before folder21 unless something else in the folder
    changed: a ``chmod`` leaves the folder's time alone, so no 2 s check lists the folder
    again for it (a new file this process may not read is listed too, marked 无权限 by
    ``_relist``). Asking each kept file (``os.access``) here doubled a relisting of 10,000 files:
    median 10.8-12.9 ms -> 21.4-22.0 ms of CPU (15 runs each, load 10; newuser19), every
    2 s while files arrive: not cheap, not done."""
    try:
        with os.scandir(folder) as entries:
            now = {entry.name: entry for entry in entries}
    except OSError:
        return None
    gone: list[Path] = []
    kept: list[tuple[Path, bool]] = []
    for path, was_dir in listed:
        entry = now.get(path.name)
        if entry is not None and _same_kind(entry, was_dir):
            kept.append((path, was_dir))
            del now[path.name]
        else:
            gone.append(path)  # (a name whose kind changed is new too: still in ``now``)
    new = [folder / name for name in now]
    found = [(path, is_dir(path)) for path in new if is_speech_candidate(path)]
    found.sort(key=entry_order)
    added = [(path, folder_too, _following(kept, (path, folder_too))) for path, folder_too in found]
    return gone, added


def entry_order(entry: tuple[Path, bool]) -> tuple[bool, tuple[tuple[tuple[str, int], ...], str]]:
    """The tree's order of an entry (path, whether a folder): folders first, then names as
    a person orders them."""
    return not entry[1], name_order(entry[0].name)


def _following(kept: list[tuple[Path, bool]], entry: tuple[Path, bool]) -> Path | None:
    """The first of ``kept`` (in the tree's order) that ``entry`` goes before, if any."""
    at = bisect_right(kept, entry_order(entry), key=entry_order)
    return kept[at][0] if at < len(kept) else None


def _same_kind(entry: os.DirEntry[str], was_dir: bool) -> bool:
    """Whether a listed entry is still of the kind it was listed as (a folder, or a regular
    file, links followed)."""
    try:
        return entry.is_dir() if was_dir else entry.is_file()
    except OSError:
        return False
