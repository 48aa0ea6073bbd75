"""Speech files on disk: which names are speeches, walking a folder, stamps, reading bytes.

One of each, for the whole app: the file tree, the first file opened, the palette's file
list, corpus search, the folder keyword statistics and the speech counter all ask this
module. It never follows anything that is not a regular file: a FIFO or a device named
``*.txt`` (reading one blocks or never ends) or a link to ``/dev/zero`` is skipped and
counted, and a folder that cannot be read is reported, not silently left out.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tui.base import patterns
from tui.base.errors import TooLargeError, UnreadableFileError

SUFFIX_ORDER: tuple[str, ...] = (
    ".txt",
    ".md",
    ".docx",
    ".doc",
    ".wps",
    ".pdf",
    ".html",
    ".htm",
    ".mhtml",
    ".mht",
    ".epub",
    ".rtf",
    ".odt",
)
"""The file name endings of the files the reader opens, in the order a user is told them."""

SPEECH_SUFFIXES: frozenset[str] = frozenset(SUFFIX_ORDER)
"""File name endings of the files the reader opens (lower case). Word, PDF and web pages
are read by ``tui.formats`` (by content: a PDF named .txt is read as a PDF too)."""

MAX_FILE_BYTES = 200_000_000
"""Files larger than this are refused without reading them (``TooLargeError``)."""


_DIGIT_RUN = patterns.compile(r"(\d+)")


def name_order(name: str) -> tuple[tuple[tuple[str, int], ...], str]:
    """The sort key of a file or folder name as a person orders them: runs of digits by
    their value (``第2讲`` before ``第10讲``, full-width digits too), letters without
    regard to case; the name itself breaks ties (``f01`` and ``f1``)."""
    parts = _DIGIT_RUN.split(name.casefold())
    numbers = [int(run) for run in parts[1::2]] + [-1]
    return tuple(zip(parts[0::2], numbers, strict=True)), name


def is_speech_name(name: str) -> bool:
    """Whether a file called ``name`` is listed: a speech suffix, not hidden."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in SPEECH_SUFFIXES


def status_name(path: Path) -> str:
    """How the status line names an open file: its name without the ending, or the whole
    name when another file the reader opens has the same name and another ending beside it
    (讲话.docx beside 讲话.pdf, or 讲话.TXT: both were 讲话 there, the tree's highlight the
    only hint which was open — and at 80 columns the tree is hidden). A ``stat`` for each
    ending in lower and upper case, once when the file is shown; a name that is the file
    itself (a file system that ignores case) is no other file."""
    try:
        own = path.stat()
    except OSError:
        return path.stem
    for ending in SUFFIX_ORDER:
        for other in (ending, ending.upper()):
            if other == path.suffix:
                continue
            try:
                found = path.with_suffix(other).stat()
            except (OSError, ValueError):
                continue
            if stat.S_ISREG(found.st_mode) and (found.st_dev, found.st_ino) != (
                own.st_dev,
                own.st_ino,
            ):
                return path.name
    return path.stem


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What tells that a file changed: its modification time and size; and, from the same
    ``stat``, which file it is (not part of the stamp: equal stamps are equal whatever
    their ``identity``)."""

    mtime_ns: int
    size: int
    identity: tuple[int, int] | None = field(default=None, compare=False)
    """(device, inode): the same file under another name has the same (``renamed_file``)."""


def stamp_of(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of a regular file (links followed), or None when it is gone or not one."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return FileStamp(info.st_mtime_ns, info.st_size, (info.st_dev, info.st_ino))


def renamed_file(path: Path, identity: tuple[int, int]) -> Path | None:
    """The file beside where ``path`` was that is the same file (``identity``: its stamp's,
    taken when it was opened), if any."""
    try:
        entries = [entry for entry in path.parent.iterdir() if entry != path]
    except OSError:
        return None
    for entry in entries:
        stamp = stamp_of(entry)
        if stamp is not None and stamp.identity == identity:
            return entry
    return None


def is_readable_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a regular file (links followed) that this process may read."""
    return stamp_of(path) is not None and os.access(path, os.R_OK)


@dataclass(slots=True)
class WalkReport:
    """What a walk passed over, for one message to the user (worded in the interface's
    language by its reader: the folder's notice, ``speech-reader index``)."""

    not_regular: list[str] = field(default_factory=list)
    """Speech-named entries that are no regular file: FIFOs, devices, sockets, broken links."""
    unreadable_folders: list[str] = field(default_factory=list)
    """Folders whose list could not be read (permissions, I/O)."""


def walk_speech_files(
    root: str | os.PathLike[str],
    *,
    report: WalkReport | None = None,
    cancelled: Callable[[], bool] | None = None,
    recursive: bool = True,
    breadth_first: bool = False,
) -> Iterator[Path]:
    """Speech files under ``root``, by name (``name_order``), a folder's own files before
    its sub-folders.

    Sub-folders are walked depth first (the order of a file tree), or level by level
    with ``breadth_first``; ``recursive=False`` lists ``root``'s own files only.

    Hidden files and folders are skipped; links to folders are not followed (no loops);
    links to regular files are listed. ``root`` may be a file: then it alone is yielded
    (if it is a regular file). Entries with a speech name that are not regular files, and
    folders that cannot be read, go into ``report``. ``cancelled`` is asked between
    folders: a walk over ten thousand files stops as soon as it says so.
    """
    root_path = Path(root)
    if not root_path.is_dir():
        if stamp_of(root_path) is not None:
            yield root_path
        elif report is not None and root_path.exists():
            report.not_regular.append(os.fspath(root_path))
        return
    folders = [root_path]
    while folders:
        if cancelled is not None and cancelled():
            return
        folder = folders.pop(0)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: name_order(entry.name))
        except OSError:
            if report is not None:
                report.unreadable_folders.append(os.fspath(folder))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(Path(entry.path))
                    continue
                if not is_speech_name(entry.name):
                    continue
                if entry.is_file():  # follows links: a link to /dev/zero is no file
                    yield Path(entry.path)
                elif report is not None:
                    report.not_regular.append(entry.path)
            except OSError:
                if report is not None:
                    report.not_regular.append(entry.path)
        if recursive and breadth_first:
            folders.extend(subfolders)
        elif recursive:
            folders[0:0] = subfolders


def read_file_bytes(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, refusing anything else without blocking on it.

    The file is opened non-blocking and checked with ``fstat`` on the open descriptor, so
    a FIFO or a device (even one swapped in after a check) is refused, never read.

    Raises:
        UnreadableFileError: missing, a folder, not a regular file, no permission, I/O.
        TooLargeError: larger than ``limit`` bytes (not read; one that grows past it
            while read is read one byte past it, no further).
    """
    name = os.fspath(path)
    shown = os.path.basename(name) or name
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (FileNotFoundError, NotADirectoryError) as error:
        raise UnreadableFileError(
            name,
            f"找不到文件“{shown}”（可能已被移动或删除）。",
            f"File not found: “{shown}” (moved or deleted?).",
        ) from error
    except IsADirectoryError as error:
        raise _folder_error(name, shown) from error
    except PermissionError as error:
        raise UnreadableFileError(
            name, f"没有权限读取“{shown}”。", f"No permission to read “{shown}”."
        ) from error
    except OSError as error:
        # A socket cannot be opened at all (ENXIO): told as a FIFO or a device is, not in
        # the system's English words.
        raise (no_file_there(name) or _io_error(name, shown, error)) from error
    try:
        info = os.fstat(fd)
        unfit = _no_regular_file(name, shown, info.st_mode)
        if unfit is not None:
            raise unfit
        if info.st_size > limit:
            raise too_large(name, info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = _read_bounded(handle, info.st_size, limit)
            if data is None:  # it grew past the limit while being read
                raise too_large(name, max(os.fstat(handle.fileno()).st_size, limit + 1), limit)
    except OSError as error:
        raise _io_error(name, shown, error) from error
    finally:
        if fd >= 0:
            os.close(fd)
    return data


GROWTH_CHUNK = 1_000_000
"""Bytes read at a time past the size ``fstat`` gave (a file growing while read)."""


def _read_bounded(handle: BinaryIO, size: int, limit: int) -> bytes | None:
    """The bytes of ``handle``, a file ``size`` bytes long when it was opened, or None
    once more than ``limit`` were read: a file that grows while read (a log written to)
    is stopped one byte past the limit, not read to its end first.

    First ``read(size + 1)``, the one byte more telling that it grew: not
    ``read(limit + 1)``, which asks for a buffer that big up front (200 MB for every file
    read: the engine's peak memory went from 4x to 20x a 10 MB file); then
    ``GROWTH_CHUNK`` at a time."""
    first = handle.read(size + 1)
    chunks = [first]
    total = len(first)
    while total <= limit and len(chunks[-1]) > 0 and total > size:
        more = handle.read(min(GROWTH_CHUNK, limit + 1 - total))
        chunks.append(more)
        total += len(more)
    if total > limit:
        return None
    return first if len(chunks) == 1 else b"".join(chunks)


def too_large(path: str, size: int, limit: int = MAX_FILE_BYTES) -> TooLargeError:
    """The error for a file of ``size`` bytes, over ``limit``."""
    shown = os.path.basename(path) or path
    return TooLargeError(
        path,
        f"“{shown}”太大（{size / 1_000_000:.0f} MB），超过了 {limit // 1_000_000} MB 的上限。"
        "讲话稿很少有这么大：它可能不是讲话稿，或是许多文件合在了一起；请把它拆成几个文件再打开。",
        f"“{shown}” is too large ({size / 1_000_000:.0f} MB; the limit is "
        f"{limit // 1_000_000} MB). Split it into several files.",
    )


def no_file_there(path: str | os.PathLike[str]) -> UnreadableFileError | None:
    """Why ``path``, which has no stamp (``stamp_of``), is no file to read while something
    is there: a folder, or no regular file (a FIFO or a device swapped in for the file), in
    ``read_file_bytes``'s words; None when nothing is there (gone). A ``stat``, never an
    ``open``."""
    name = os.fspath(path)
    shown = os.path.basename(name) or name
    try:
        info = os.stat(name)
    except (OSError, ValueError):
        return None
    return _no_regular_file(name, shown, info.st_mode)


def _no_regular_file(name: str, shown: str, mode: int) -> UnreadableFileError | None:
    """The error for a file of ``mode`` that is a folder or no regular file (a FIFO, a
    device), or None for a regular file: ``read_file_bytes``' and ``no_file_there``'s."""
    if stat.S_ISDIR(mode):
        return _folder_error(name, shown)
    if not stat.S_ISREG(mode):
        return UnreadableFileError(
            name,
            f"“{shown}”不是普通文件（可能是设备或管道），无法读取。",
            f"“{shown}” is not a regular file (a device or a pipe?), so it cannot be read.",
        )
    return None


def _folder_error(name: str, shown: str) -> UnreadableFileError:
    return UnreadableFileError(
        name,
        f"“{shown}”是一个文件夹，不是文件。请选择文件夹里的讲话稿文件（.txt、.docx、.pdf 等）。",
        f"“{shown}” is a folder, not a file. Pick a speech file inside it (.txt, .docx, .pdf …).",
    )


_IO_REASONS: dict[int, tuple[str, str]] = {
    errno.ELOOP: (
        "它是循环的符号链接（链接指向自身，或几个链接互相指向）",
        "it is a loop of symbolic links (a link that points to itself, or links that point"
        " to each other)",
    ),
    errno.EIO: (
        "读写出错（输入输出错误；磁盘、U 盘或网络盘可能有问题）",
        "a read error (input/output error: the disk, USB stick or network drive may be failing)",
    ),
    errno.ENAMETOOLONG: ("文件名或路径太长", "its name or path is too long"),
    errno.ESTALE: (
        "网络盘上的文件已失效（可能在别处被移动或删除），请重新打开",
        "the file on the network drive is stale (moved or deleted elsewhere?): open it again",
    ),
}
"""Reasons a file could not be read, in words a user understands: the system's own
(``strerror``, English) only for the rare errors not listed."""


def _io_error(name: str, shown: str, error: OSError) -> UnreadableFileError:
    reason = error.strerror or str(error)
    zh, en = _IO_REASONS.get(error.errno or 0, (reason, reason))
    return UnreadableFileError(
        name, f"读取“{shown}”时出错：{zh}。", f"Could not read “{shown}”: {en}."
    )
