"""Which folders the reader indexes by itself (the background index's scope).

The reader indexes the folder it shows (its library) in the background. Opening one
file in ``/tmp`` made it index the whole of ``/tmp`` (15,932 files): so a folder is not
indexed by itself when it is the home folder, the file system's root or a temporary
folder, or when it holds more than ``AUTO_INDEX_MAX_FILES`` speech files. The user can
still ask for it (F5 in corpus search, or ``speech-reader index PATH``); a search of such
a folder scans its files. ``auto_index_refusal`` says why, in words for the status line.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from tui.base import files
from tui.base.errors import Said

AUTO_INDEX_MAX_FILES = 10_000
"""More speech files than this under a folder: it is not indexed unless the user asks."""


def _resolved(path: str | os.PathLike[str]) -> Path | None:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def _special_folders() -> dict[Path, Said]:
    """Folders never indexed by themselves, with what to call them."""
    named: dict[Path, Said] = {}
    temporary = Said("临时文件夹", "a temporary folder")
    for path, name in (
        ("/tmp", temporary),
        ("/var/tmp", temporary),
        (tempfile.gettempdir(), temporary),
        (Path.home(), Said("主文件夹", "the home folder")),
    ):
        resolved = _resolved(path)
        if resolved is not None:
            named.setdefault(resolved, name)
    return named


def auto_index_refusal(
    root: str | os.PathLike[str],
    limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """Why ``root`` is not indexed without the user asking ("" when it is; a ``Said``,
    its English with it).

    Counts at most ``limit + 1`` speech files (a walk that stops early); ``limit``
    defaults to ``AUTO_INDEX_MAX_FILES``.
    """
    limit = AUTO_INDEX_MAX_FILES if limit is None else limit
    said = place_refusal(root)
    if said:
        return said
    path = _resolved(root)
    if path is not None and path.is_dir():
        walked = files.walk_speech_files(path, cancelled=cancelled)
        if sum(1 for _ in islice(walked, limit + 1)) > limit:
            return too_many(limit)
    return ""


def place_refusal(root: str | os.PathLike[str]) -> str:
    """``auto_index_refusal`` without counting the files: why ``root`` is not indexed by
    itself for where it is ("" when it may be). The reader's index worker counts the files
    in the walk that finds what to index (``Index.plan_sync``'s ``limit``), not in a walk
    of its own."""
    path = _resolved(root)
    if path is None:
        return ""
    if path.parent == path:
        return Said(
            f"{path} 是根目录，不自动建立索引", f"{path} is a root folder, not indexed by itself"
        )
    special = _special_folders().get(path)
    if special is not None:
        return Said(
            f"{path} 是{special}，不自动建立索引", f"{path} is {special.en}, not indexed by itself"
        )
    return ""


def too_many(limit: int) -> str:
    """Why a folder of more than ``limit`` speech files is not indexed by itself."""
    return Said(
        f"文件夹内讲话稿超过 {limit} 个，不自动建立索引",
        f"the folder holds more than {limit} speech files, not indexed by itself",
    )
