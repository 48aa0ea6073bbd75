"""Library search: a query in every speech file under a folder, through the index where it is fresh.

Files in the index and unchanged since are searched there; the others are parsed and
scanned (``results.scan_file``) and listed as scanned.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tui.base import files
from tui.base.errors import SpeechFileError
from tui.engine.index.results import FileResult, SearchResult, scan_document, scan_file
from tui.engine.index.store import (
    BATCH_BYTES,
    INDEX_MAX_BYTES,
    Index,
    IndexUnavailable,
    index_path,
    indexed_as_is,
    storable,
    trouble_said,
)
from tui.engine.match import Query
from tui.engine.model import Document

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- library search

FIRST_CHECKED = 200
"""The first results list at most this many files: the best ranked of those counted so
far, each checked unchanged on disk (a stat each; 2,000 files took 30-60 ms). The others
come with the complete result."""


SETTLED_NS = 2_000_000_000
"""A folder's list is kept only when the folder had not changed for this long when it was
read (two changes within one tick of the file system's clock leave one mtime)."""


@dataclass(slots=True)
class _Listing:
    """A folder's speech files and sub-folders, as ``files.walk_speech_files`` finds them."""

    mtime_ns: int
    files: list[str]
    folders: list[str]
    not_regular: list[str]


_listings: dict[str, _Listing] = {}
"""Folder → its list, while its mtime says that no entry was added, removed or renamed."""

_all_indexed: set[tuple[str, str]] = set()
"""(index file, folder) whose last search found every speech file under it in the index
and unchanged: a search there that finds nothing in the index says so (``on_first``)
before it walks the folder again to check that (``search_library``)."""


def _listing(folder: str) -> _Listing | None:
    """``folder``'s list (kept from an earlier search when the folder has not changed)."""
    try:
        mtime = os.stat(folder).st_mtime_ns
        kept = _listings.get(folder)
        if kept is not None and kept.mtime_ns == mtime:
            return kept
        now = time.time_ns()
        report = files.WalkReport()
        own = [
            os.fspath(p) for p in files.walk_speech_files(folder, report=report, recursive=False)
        ]
        if report.unreadable_folders:
            return None
        with os.scandir(folder) as scan:
            folders = [
                entry.path
                for entry in sorted(scan, key=lambda entry: files.name_order(entry.name))
                if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
            ]
    except OSError:
        return None
    listing = _Listing(mtime, own, folders, report.not_regular)
    if now - mtime >= SETTLED_NS:
        _listings[folder] = listing
    else:
        _listings.pop(folder, None)
    return listing


def _stamps(
    root: str, walk: files.WalkReport, cancelled: Callable[[], bool] | None
) -> dict[str, files.FileStamp]:
    """The stamps of the speech files under ``root``, in ``files.walk_speech_files``'s order.

    Each folder's list is kept while its mtime is unchanged (walking 5,000 files in 12
    folders took 20-50 ms of the 50-70 of a search's walk and stat); every file is stat-ed.
    """
    found: dict[str, files.FileStamp] = {}
    if not os.path.isdir(root):
        for walked in files.walk_speech_files(root, report=walk, cancelled=cancelled):
            stamp = files.stamp_of(walked)
            if stamp is not None:
                found[os.fspath(walked)] = stamp
        return found
    folders = [root]
    while folders:
        if cancelled is not None and cancelled():
            break
        folder = folders.pop(0)
        listing = _listing(folder)
        if listing is None:
            walk.unreadable_folders.append(folder)
            continue
        walk.not_regular.extend(listing.not_regular)
        for path in listing.files:
            stamp = files.stamp_of(path)
            if stamp is not None:
                found[path] = stamp
            elif os.path.lexists(path):  # a link retargeted since the list was made
                walk.not_regular.append(path)
        folders[0:0] = listing.folders
    return found


def search_library(
    root: str | os.PathLike[str],
    query: Query,
    *,
    index: Index | None = None,
    use_index: bool = True,
    cancelled: Callable[[], bool] | None = None,
    on_scan: Callable[[int, int], None] | None = None,
    on_first: Callable[[SearchResult], None] | None = None,
    on_file: Callable[[str], None] | None = None,
    add_scanned: bool = False,
) -> SearchResult:
    """Every match of ``query`` in the speech files under ``root``, ranked.

    Files in the index and unchanged are searched there; the others (not indexed yet,
    changed since, or every file with ``use_index=False``) are parsed and scanned, and
    listed in ``scanned``. ``on_scan(done, total)`` is called as files are scanned, and
    ``on_file(path)`` as the scan of each one begins (a 41 MB file took minutes: the
    screen names it).

    ``on_first(result)`` is called at most once, with a result that is not ``complete``:
    after ``lookup.FIRST_SECONDS`` of counting in the index (the files counted so far),
    or when the index's count is done (every indexed file with hits), each file listed
    checked unchanged on disk; before the walk of the folder and the scan of the files
    not in the index. Its files' counts are exact; the result returned at the end has
    every file and the totals. When the index has no hit, ``on_first`` gets an empty
    result only if the last search of ``root`` through this index found every file in
    it (``_all_indexed``): the walk then checks that nothing changed since.

    With ``add_scanned`` the files scanned are put in the index as they were parsed for
    the scan (``added`` counts them), so the next search finds them there.
    """
    result = SearchResult(query)
    if query.empty:
        return result
    root_path = os.path.abspath(root)
    walk = files.WalkReport()
    found: dict[str, files.FileStamp] = {}
    # The walk (stat-ing every file: 70-160 ms for 5,000 files) runs while the index is
    # queried; when first results are wanted, only after them (it would hold them up).
    walker = threading.Thread(
        target=lambda: found.update(_stamps(root_path, walk, cancelled)),
        name="search-walk",
        daemon=True,
    )

    def walk_now() -> None:
        if walker.ident is None:
            walker.start()

    if on_first is None or not use_index:
        walk_now()
    indexed: list[FileResult] = []
    known: dict[str, tuple[int, int, int, bool]] = {}
    told = [False]

    def tell_first(listed: list[FileResult], nothing: bool = False) -> None:
        if on_first is None or told[0] or not (listed or nothing):
            return
        told[0] = True
        first = SearchResult(
            query, list(listed), complete=False, notice=result.notice, notice_en=result.notice_en
        )
        first.total = sum(f.total for f in first.files)
        first.rank()
        on_first(first)
        walk_now()

    def first_found(counted: list[FileResult]) -> None:
        # The walk has not started: the files listed are checked unchanged one by one.
        listed = sorted(counted, key=SearchResult.rank_key)[:FIRST_CHECKED]
        indexed_as = idx.stamps([f.path for f in listed])
        unchanged = []
        for file_result in listed:
            old = indexed_as.get(file_result.path)
            stamp = files.stamp_of(file_result.path)
            if old is not None and stamp is not None and old == (stamp.size, stamp.mtime_ns):
                unchanged.append(file_result)
        tell_first(unchanged)

    failed = False
    if use_index:
        own = index is None
        idx = index if index is not None else Index()
        checked = (os.fspath(idx.path), root_path)
        try:
            # The files under the root are looked up as the count reaches them, and
            # listed (``known``) after it: the first results do not wait for that list.
            indexed, known = idx.search_under(
                query, root_path, cancelled, None if on_first is None else first_found
            )
            if on_first is not None:
                # Counted before the first results were due: all of them come first,
                # before the walk (100-200 ms for 5,000 files) says what else to scan.
                first_found(indexed)
                # No hit, and the last walk found nothing to scan: "none", before this
                # walk (30 ms for 5,000 files) checks it.
                stopped = cancelled is not None and cancelled()
                tell_first([], nothing=not indexed and not stopped and checked in _all_indexed)
        except (sqlite3.Error, IndexUnavailable) as error:
            failed = True
            if isinstance(error, sqlite3.DatabaseError):
                idx._recover(error)
            else:
                log.warning("search index unusable, files searched: %r", error)
                zh, en = trouble_said(error)
                result.notice = f"搜索索引无法使用（{zh}），已直接搜索文件。"
                result.notice_en = (
                    f"The search index cannot be used ({en}); the files were searched."
                )
        finally:
            if idx.notice:
                result.notice, result.notice_en = idx.notice, idx.notice_en
            if own and (failed or not add_scanned):
                idx.close()
    walk_now()
    walker.join()
    result.not_regular.extend(walk.not_regular)
    result.unreadable_folders.extend(walk.unreadable_folders)
    to_scan: list[str] = list(found)
    if use_index and not failed:
        fresh: set[str] = set()
        to_scan = []
        for path, stamp in found.items():
            old = known.get(path)
            if indexed_as_is(old, stamp):
                if old[3]:
                    fresh.add(path)
                else:
                    result.skipped.append(path)
            else:
                to_scan.append(path)
        result.files.extend(f for f in indexed if f.path in fresh)
        result.searched += len(fresh)
        if to_scan or (cancelled is not None and cancelled()):
            _all_indexed.discard(checked)
        else:
            _all_indexed.add(checked)
    result.scanned = [] if not use_index else to_scan
    if to_scan:
        tell_first(result.files)
    adding = _Adder(idx, result) if use_index and add_scanned and not failed else None
    from tui.formats.pdfbatch import batch

    try:
        with batch():  # (the PDFs among them read by one kept PDFium process)
            for done, path in enumerate(to_scan, 1):
                if cancelled is not None and cancelled():
                    break
                try:
                    # refused unopened, as the reader does:
                    if found[path].size > files.MAX_FILE_BYTES:
                        raise files.too_large(path, found[path].size)
                    if on_file is not None:
                        on_file(path)
                    if adding is not None:
                        hit = adding.scan(path, found[path], query)
                    else:
                        hit = scan_file(path, query)
                except (OSError, SpeechFileError, ValueError):
                    result.skipped.append(path)
                    continue
                except Exception as error:  # noqa: BLE001 - one file's bug, not the search's
                    log.warning("could not search %s: %r", path, error)
                    result.skipped.append(path)
                    continue
                result.searched += 1
                if hit is not None:
                    result.files.append(hit)
                if on_scan is not None:
                    on_scan(done, len(to_scan))
    finally:
        if adding is not None:
            adding.flush()
            if own:
                idx.close()
    result.total = sum(f.total for f in result.files)
    result.rank()
    return result


class _Adder:
    """Puts the files a search parsed into the index, a batch at a time (as ``sync`` does)."""

    def __init__(self, index: Index, result: SearchResult) -> None:
        self.index = index
        self.result = result
        self.pending: list[tuple[str, files.FileStamp, Document | None]] = []
        self.bytes = 0
        self.broken = False

    def scan(self, path: str, stamp: files.FileStamp, query: Query) -> FileResult | None:
        """``scan_file``, keeping the parsed document to index it."""
        from tui.engine.doccache import cached_document

        document = cached_document(Path(path))
        if stamp.size <= INDEX_MAX_BYTES and storable(path):  # else never in it
            self.pending.append((path, stamp, document))
            self.bytes += stamp.size
            if self.bytes >= BATCH_BYTES:
                self.flush()
        return scan_document(document, query, path, reload=lambda: cached_document(Path(path)))

    def flush(self) -> None:
        batch, self.pending, self.bytes = self.pending, [], 0
        if not batch or self.broken:
            return
        try:
            self.index.add_documents(batch)
        except (sqlite3.Error, IndexUnavailable, UnicodeEncodeError) as error:
            self.broken = True  # a cache: the search itself is done
            log.warning("files searched not added to the index: %r", error)
            zh, en = trouble_said(error)
            if isinstance(error, UnicodeEncodeError):
                zh, en = "有的文字索引存不下", "the index cannot store some of the text"
            self.result.notice = f"已搜索的文件未能加入索引（{zh}）。"
            self.result.notice_en = f"The files searched could not be added to the index ({en})."
            return
        self.result.added += len(batch)


def clear_cache(path: Path | None = None) -> bool:
    """Delete the index; whether there was one."""
    target = path or index_path()
    existed = target.exists()
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{target}{suffix}")
    return existed
