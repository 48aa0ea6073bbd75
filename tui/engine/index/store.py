"""The persistent index itself: the SQLite file, its schema, the incremental sync, placing hits.

See ``tui.engine.index`` for what the index holds and why its tokens are characters and
pairs of characters; the count of a query's candidates is ``lookup``'s. Why this module is about
650 lines: opening (with the checks that rebuild a stale or corrupt index), writing and
placing hits share one connection, one lock and one fingerprint of the text rules (the
count has a connection of its own, opened here).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeGuard

from tui.base import files
from tui.base.errors import SpeechFileError
from tui.engine.fold import search_fold
from tui.engine.index import lookup
from tui.engine.index.results import (
    FileResult,
    SyncReport,
    _document_rows,
    _outline_of,
    _place_rows,
    content_digest,
)
from tui.engine.match import Hit, Query
from tui.engine.model import Document
from tui.paths import PACKAGE, cache_dir, text_libraries, text_sources

log = logging.getLogger(__name__)

SCHEMA_VERSION = 7
"""5: paragraphs folded for search (``fold.search_fold``: tokens, pairs and ``folded``);
6: each file's ``digest`` (``results.content_digest``: copies of one text listed once);
7: each file's ``kind`` (``Document.content_kind``) and ``pages`` (a PDF's page starts, as
JSON): a hit is placed as the user finds it, a PDF's by its page (``FileResult.page_of``)."""
INDEX_NAME = "search-index.sqlite3"
BUSY_TIMEOUT_MS = 10_000
MMAP_BYTES = 1 << 30
"""Searches read the index through a memory map (about twice as fast to read candidates)."""
CACHE_KIB = 16_000
"""The page cache of a connection that searches (``PRAGMA cache_size``)."""
WRITE_CACHE_KIB = 2_000
"""The page cache while writing (``writing``; SQLite's default size): the pages a file's
rows filled stayed cached as long as the connection, and the reader's process keeps its
index open. The open 10 MB collection's rows written with ``CACHE_KIB`` raised the UI
process's resident size by about 30 MB (``tests/bench/trace_memory.py``), 16 of them this
cache and 10 the UTF-8 copies of its text (``_write_file``); with both changes the write
alone grew a process by 1.2 MB instead of 18.2, its CPU the same within the noise
(docs/performance-log.md, perf20)."""
INDEX_MAX_BYTES = 32_000_000
"""Files larger than this are not indexed in the background (a search scans them): parsing
a 120 MB file took a minute and 1.6 GB on a thread of the reader, and quitting waited for it."""
BATCH_BYTES = 2_000_000
"""``sync`` writes the files it parsed once they hold this many bytes …"""
BATCH_SECONDS = 0.5
"""… or after this many seconds, whichever comes first (each write one short transaction)."""


Progress = Callable[[int, int, str], None]
"""``progress(done, total, path)`` after each file."""


def index_path() -> Path:
    """Where the index lives: the user cache directory (``$SPEECH_READER_HOME/cache``)."""
    return cache_dir() / INDEX_NAME


def engine_fingerprint() -> str:
    """A digest of the text rules' source (``tui.paths.text_sources``) and of the versions
    of what they stand on (``text_libraries``): an index made by other rules is rebuilt,
    after an upgrade of a format's library too (a new pdfium may extract a page otherwise)."""
    digest = hashlib.sha1(str(SCHEMA_VERSION).encode())
    digest.update(text_libraries().encode())
    # SQLite's own version: its tokenizer's tables make the index's tokens
    digest.update(f"sqlite {sqlite3.sqlite_version}".encode())
    # every module, not a list of the ones that shape the text: a list went stale when the
    # rules moved into new modules (roles, reflow, noise…), and an index made by old rules
    # was then kept. An edit to an unrelated module costs one rebuild.
    for source in text_sources():
        with contextlib.suppress(OSError):
            digest.update(source.relative_to(PACKAGE).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()


TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Z* Cf Co Cs Cn'"
"""Every character but a control character (Unicode ``Cc``) is a token character, so a
token is exactly the characters it was written as (letters folded to lower case): a
space or a comma is part of a token (the default ``unicode61`` drops them), and
``remove_diacritics 0`` keeps accents and combining marks as written (with the default,
``é`` followed by U+0301 was the token ``e``; the match removes no accents either)."""

_EVERY_OTHER_PAIR = re.compile(r"..", re.DOTALL)


def tokens(text: str) -> str:
    """The ``fts`` column of ``text``: each character a token, one per line (a control
    character is none: it separates, so it is never looked up, ``lookup.narrowing``)."""
    return "\n".join(text)


def pairs(text: str) -> str:
    """The ``pairs`` column of ``text``: every two adjacent characters a token, one per line
    (``营商 商环 环境``, in no particular order: the table keeps no positions)."""
    return (
        "\n".join(_EVERY_OTHER_PAIR.findall(text))
        + "\n"
        + "\n".join(_EVERY_OTHER_PAIR.findall(text, 1))
    )


# ---------------------------------------------------------------- the index


class IndexUnavailable(Exception):
    """The index could not be opened or used (the caller scans instead)."""


_TROUBLES: tuple[tuple[str, str, str], ...] = (
    ("malformed", "索引文件内容已损坏", "the index file's content is damaged"),
    ("not a database", "索引文件内容已损坏", "the index file's content is damaged"),
    ("locked", "另一个程序正占用索引文件", "another program is using the index file"),
    ("busy", "另一个程序正占用索引文件", "another program is using the index file"),
    ("full", "磁盘已满", "the disk is full"),
    ("readonly", "索引文件不能写入", "the index file cannot be written"),
    ("read-only", "索引文件不能写入", "the index file cannot be written"),
    ("permission", "没有读写索引文件的权限", "no permission to read or write the index file"),
    ("unable to open", "无法打开索引文件", "the index file cannot be opened"),
    ("i/o error", "读写磁盘出错", "the disk could not be read or written"),
)
"""SQLite's (and the system's) words for what went wrong with the index, as the user is
told them (``trouble_said``): the first whose key the message holds."""


def trouble_said(error: BaseException) -> tuple[str, str]:
    """What went wrong with the index, in words a user understands (Chinese, English):
    not SQLite's English ("database disk image is malformed"), which the log keeps
    (the caller logs ``error``). ``IndexUnavailable`` is told by its cause."""
    if isinstance(error, IndexUnavailable) and error.__cause__ is not None:
        error = error.__cause__
    detail = str(error).lower()
    if isinstance(error, OSError) and error.strerror:
        detail = error.strerror.lower()
    for key, zh, en in _TROUBLES:
        if key in detail:
            return zh, en
    return "数据库出错，详情见日志", "a database error, told in the log"


class Index:
    """The persistent index: one SQLite connection, usable from any one thread at a time.

    Every public method holds the object's lock. Separate ``Index`` objects (a searching
    thread and an indexing thread, two running readers) share the file through WAL.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        self.notice = ""
        """Set when the index had to be rebuilt (for the user, in Chinese)."""
        self.notice_en = ""
        """``notice`` in English (the interface picks one: ``ui_text.pick``)."""
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._search_lock = threading.Lock()
        self._search_db: sqlite3.Connection | None = None
        """The connection that counts candidates (``search_indexed``): hits are placed
        through ``_db`` meanwhile, so the first results can be shown while counting goes on."""

    # -- opening

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._open_checked()
        except sqlite3.DatabaseError as error:
            self._delete_files()
            log.warning("search index %s deleted and built again: %r", self.path, error)
            zh, en = trouble_said(error)
            self.notice = f"搜索索引已损坏（{zh}），已删除并重建。"
            self.notice_en = f"The search index was damaged ({en}); it was deleted and built again."
            try:
                db = self._open_checked()
            except sqlite3.DatabaseError as again:
                raise IndexUnavailable(str(again)) from again
        self._db = db
        return db

    def _open_checked(self) -> sqlite3.Connection:
        db = self._connection()
        try:
            fingerprint = engine_fingerprint()
            has_meta = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
            if has_meta:
                meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
                if meta.get("schema") == str(SCHEMA_VERSION) and meta.get("engine") == fingerprint:
                    db.execute("SELECT count(*) FROM files").fetchone()
                    return db
                db.close()
                self._delete_files()
                self.notice = "搜索索引由旧版本建立，已清空，正在重新建立。"
                self.notice_en = (
                    "The search index was made by another version; it was emptied and is "
                    "being built again."
                )
                db = self._connection()
            self._create(db, fingerprint)
            return db
        except BaseException:
            db.close()
            raise

    def _connection(self) -> sqlite3.Connection:
        """A connection with the index's settings: WAL, a busy timeout, a memory map."""
        db = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _create(db: sqlite3.Connection, fingerprint: str) -> None:
        db.executescript(
            f"""
            BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS files(
                id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER,
                mtime_ns INTEGER, ok INTEGER, digest TEXT, outline TEXT, kind TEXT,
                pages TEXT);
            CREATE TABLE IF NOT EXISTS paras(
                id INTEGER PRIMARY KEY, file INTEGER NOT NULL, para INTEGER, line INTEGER,
                speech INTEGER, heading INTEGER, text TEXT, title TEXT, title_at INTEGER,
                folded TEXT);
            CREATE INDEX IF NOT EXISTS paras_file ON paras(file);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
                body, content='', detail='none', tokenize="{TOKENIZER}");
            CREATE VIRTUAL TABLE IF NOT EXISTS pairs USING fts5(
                body, content='', detail='none', tokenize="{TOKENIZER}");
            INSERT OR REPLACE INTO meta VALUES ('schema', '{SCHEMA_VERSION}'), ('engine', '{fingerprint}');
            COMMIT;
            """
        )

    def _delete_files(self) -> None:
        for db in (self._db, self._search_db):
            if db is not None:
                with contextlib.suppress(sqlite3.Error):
                    db.close()
        self._db = self._search_db = None
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.path}{suffix}")

    def _recover(self, error: sqlite3.DatabaseError) -> None:
        """A query failed on a damaged index: delete it (the next use rebuilds it)."""
        self._delete_files()
        log.warning("search index %s deleted, to be built again: %r", self.path, error)
        zh, en = trouble_said(error)
        self.notice = f"搜索索引已损坏（{zh}），已删除，将重新建立。"
        self.notice_en = f"The search index was damaged ({en}); it was deleted and is built again."

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
        with self._search_lock:  # (not inside ``_lock``: a search takes them the other way round)
            if self._search_db is not None:
                self._search_db.close()
                self._search_db = None

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what is indexed

    def known(self, root: str) -> dict[str, tuple[int, int, int, bool]]:
        """Files in the index under ``root``: path → (id, size, mtime_ns, parsed ok)."""
        with self._lock:
            return _known(self._connect(), root)

    def stamps(self, paths: list[str]) -> dict[str, tuple[int, int]]:
        """(size, mtime_ns) of these files as indexed (those in the index)."""
        with self._lock:
            rows = _file_rows(self._connect(), "path, size, mtime_ns", paths)
            return {path: (size, mtime) for path, size, mtime in rows}

    def stats(self) -> tuple[int, int]:
        """(files, paragraphs) in the whole index."""
        with self._lock:
            db = self._connect()
            return (
                db.execute("SELECT count(*) FROM files").fetchone()[0],
                db.execute("SELECT count(*) FROM paras").fetchone()[0],
            )

    # -- writing

    def _drop_rows(self, db: sqlite3.Connection, file_id: int) -> None:
        # The tokens deleted are those written: of the text as it was folded then (kept in
        # ``folded`` where it differs), not folded again (a contentless table's delete needs
        # the same tokens, and the fold's table is data that an update may change).
        rows = db.execute(
            "SELECT id, coalesce(folded, text) FROM paras WHERE file = ?", (file_id,)
        ).fetchall()
        db.executemany(
            "INSERT INTO fts(fts, rowid, body) VALUES('delete', ?, ?)",
            ((rid, tokens(text)) for rid, text in rows),
        )
        db.executemany(
            "INSERT INTO pairs(pairs, rowid, body) VALUES('delete', ?, ?)",
            ((rid, pairs(text)) for rid, text in rows),
        )
        db.execute("DELETE FROM paras WHERE file = ?", (file_id,))

    def remove(self, paths: Iterable[str]) -> int:
        """Drop these files from the index; how many were there."""
        removed = 0
        with self._lock:
            db = self._connect()
            for path in paths:
                db.execute("BEGIN IMMEDIATE")
                try:
                    row = db.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
                    if row is not None:
                        self._drop_rows(db, row[0])
                        db.execute("DELETE FROM files WHERE id = ?", (row[0],))
                        removed += 1
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
        return removed

    def add_document(self, path: str, stamp: files.FileStamp, document: Document | None) -> None:
        """Put ``path``'s paragraphs in the index (``document`` None: it could not be parsed)."""
        self.add_documents([(path, stamp, document)])

    def add_documents(self, batch: list[tuple[str, files.FileStamp, Document | None]]) -> None:
        """``add_document`` of several files in one transaction (a file whose name SQLite
        cannot store is left out: ``storable``)."""
        prepared = []
        for path, stamp, document in batch:
            if not storable(path):
                continue
            rows: list[tuple[Any, ...]] = []
            outline = digest = kind = pages = None
            if document is not None:
                kind = document.content_kind
                pages = json.dumps(list(document.pages)) if document.pages else None
                for index, line, speech, heading, text, title, title_at in _document_rows(document):
                    folded = search_fold(text)
                    rows.append(
                        (
                            index,
                            line,
                            speech,
                            int(heading),
                            text,
                            title,
                            title_at,
                            None if folded is text else folded,
                        )
                    )
                outline = json.dumps(
                    _outline_of(document, os.path.basename(path)), ensure_ascii=False
                )
                digest = content_digest(row[4] for row in rows)
            placed = (kind, pages)
            prepared.append((path, stamp, int(document is not None), outline, digest, placed, rows))
        with self._lock:
            db = self._connect()
            db.execute("BEGIN IMMEDIATE")
            try:
                for path, stamp, ok, outline, digest, placed, rows in prepared:
                    self._write_file(db, path, stamp, ok, outline, digest, placed, rows)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _write_file(
        self,
        db: sqlite3.Connection,
        path: str,
        stamp: files.FileStamp,
        ok: int,
        outline: str | None,
        digest: str | None,
        placed: tuple[str | None, str | None],
        rows: list[tuple[Any, ...]],
    ) -> None:
        """One file's row and its paragraphs' (``placed``: its ``kind`` and ``pages``)."""
        kind, pages = placed
        row = db.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
        if row is not None:
            file_id = row[0]
            self._drop_rows(db, file_id)
            db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, ok = ?, outline = ?, digest = ?, "
                "kind = ?, pages = ? WHERE id = ?",
                (stamp.size, stamp.mtime_ns, ok, outline, digest, kind, pages, file_id),
            )
        else:
            cursor = db.execute(
                "INSERT INTO files(path, size, mtime_ns, ok, outline, digest, kind, pages) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (path, stamp.size, stamp.mtime_ns, ok, outline, digest, kind, pages),
            )
            file_id = cursor.lastrowid
        if rows:
            first = (db.execute("SELECT max(id) FROM paras").fetchone()[0] or 0) + 1
            # The text bound as its UTF-8 bytes, read as text (``CAST``): a ``str`` bound
            # keeps its UTF-8 form, which the sqlite3 module asks Python for, as long as it
            # lives, and these are the paragraphs of the document the reader shows (the
            # open 10 MB collection: 10 MB more in the UI process, perf20).
            db.executemany(
                "INSERT INTO paras(id, file, para, line, speech, heading, text, title, title_at, "
                "folded) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?)",
                ((first + n, file_id, *r[:4], r[4].encode(), *r[5:]) for n, r in enumerate(rows)),
            )
            db.executemany(
                "INSERT INTO fts(rowid, body) VALUES (?, ?)",
                ((first + n, tokens(r[4] if r[7] is None else r[7])) for n, r in enumerate(rows)),
            )
            db.executemany(
                "INSERT INTO pairs(rowid, body) VALUES (?, ?)",
                ((first + n, pairs(r[4] if r[7] is None else r[7])) for n, r in enumerate(rows)),
            )

    def sync(
        self,
        root: str | os.PathLike[str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SyncReport:
        """Index the new and changed speech files under ``root``; drop the removed ones.

        Files are parsed one at a time and written a few at a time, each batch in its own
        short transaction, so a search (or another reader) can use the index meanwhile
        and a cancelled sync keeps what it did. (No memory map while writing: merging
        FTS5 segments would map the whole index into this process.) The two halves,
        ``plan_sync`` and ``index_files``, can run apart: the reader walks the folder in
        its own process and has the files parsed and written in its helper process
        (``tui.jobs.index_sync.index_in_helper``).
        """
        with self.writing():
            report, todo = self.plan_sync(root, cancelled)
            if not report.cancelled:
                self.index_files(todo, report, progress, cancelled)
            return report

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """No memory map and a small page cache (``WRITE_CACHE_KIB``) on this connection
        meanwhile (``sync``); lowering the cache's size frees the pages over it."""
        with self._lock:
            db = self._connect()
            db.execute("PRAGMA mmap_size=0")
            db.execute(f"PRAGMA cache_size=-{WRITE_CACHE_KIB}")
        try:
            yield
        finally:
            with self._lock:
                if self._db is not None:
                    self._db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
                    self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")

    def plan_sync(
        self,
        root: str | os.PathLike[str],
        cancelled: Callable[[], bool] | None = None,
        limit: int | None = None,
    ) -> tuple[SyncReport, list[tuple[str, files.FileStamp]]]:
        """``sync``'s first half, which parses nothing: walk ``root`` (a stat per file),
        drop the files that are gone from the index, and list the new and changed ones
        (path, stamp) for ``index_files``. ``report.cancelled`` when it was cancelled;
        ``report.over_limit`` (and nothing done) when the walk found more than ``limit``
        speech files (``scope.auto_index_refusal``'s count, in the same walk)."""
        report = SyncReport()
        root_path = os.path.abspath(root)
        found: dict[str, files.FileStamp] = {}
        for walked in files.walk_speech_files(root_path, report=report.walk, cancelled=cancelled):
            if not storable(os.fspath(walked)):
                report.odd_names.append(os.fspath(walked))
                continue
            stamp = files.stamp_of(walked)
            if stamp is not None:
                found[os.fspath(walked)] = stamp
                if limit is not None and len(found) > limit:
                    report.over_limit = True
                    return report, []
        if cancelled is not None and cancelled():
            report.cancelled = True
            return report, []
        report.found = len(found)
        known = self.known(root_path)
        gone = [path for path in known if path not in found]
        report.removed = self.remove(gone)
        todo = []
        for path, stamp in found.items():
            if indexed_as_is(known.get(path), stamp):
                report.unchanged += 1
                if not known[path][3]:  # still unreadable: told again, as the first time
                    report.failed.append(path)
            else:
                todo.append((path, stamp))
        return report, todo

    def index_files(
        self,
        todo: list[tuple[str, files.FileStamp]],
        report: SyncReport,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """``sync``'s second half: parse and write the files ``todo`` (``plan_sync``), with
        what happened added to ``report``. Returns how many of ``todo`` were done (all of
        them unless ``cancelled`` said so first: then ``report.cancelled``); what was done
        is written."""
        from tui.formats.pdfbatch import batch

        with batch():  # (the PDFs among them read by one kept PDFium process)
            return self._index_files(todo, report, progress, cancelled)

    def _index_files(
        self,
        todo: list[tuple[str, files.FileStamp]],
        report: SyncReport,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> int:
        from tui.engine import load_document
        from tui.engine.doccache import known_document

        pending: list[tuple[str, files.FileStamp, Document | None]] = []
        pending_bytes = 0
        started = time.monotonic()
        handled = 0
        for done, (path, stamp) in enumerate(todo, 1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            handled = done
            if files.MAX_FILE_BYTES >= stamp.size > INDEX_MAX_BYTES:
                report.too_big.append(path)
                continue
            document: Document | None
            try:
                if stamp.size > files.MAX_FILE_BYTES:  # refused unopened, as the reader does
                    raise files.too_large(path, stamp.size)
                # the reader's open file is parsed already: reuse it, not a second parse
                document = known_document(Path(path)) or load_document(path)
            except (OSError, SpeechFileError, ValueError):
                document = None
                report.failed.append(path)
            except Exception as error:  # noqa: BLE001 - one file's bug, not the batch's
                log.warning("could not index %s: %r", path, error)
                document = None
                report.failed.append(path)
            pending.append((path, stamp, document))
            pending_bytes += stamp.size
            # Small files are written a few at a time: one FTS5 segment per transaction,
            # and thousands of tiny segments would be merged over and over.
            if pending_bytes >= BATCH_BYTES or time.monotonic() - started >= BATCH_SECONDS:
                self._add_or_fail(pending, report)
                report.indexed += len(pending)
                pending, pending_bytes, started = [], 0, time.monotonic()
            report.bytes += stamp.size
            if progress is not None:
                progress(done, len(todo), path)
        if pending:
            self._add_or_fail(pending, report)
            report.indexed += len(pending)
        return handled

    def _add_or_fail(
        self, batch: list[tuple[str, files.FileStamp, Document | None]], report: SyncReport
    ) -> None:
        """``add_documents``; a file whose text SQLite cannot take is recorded as unreadable."""
        try:
            self.add_documents(batch)
        except UnicodeEncodeError:
            for path, stamp, document in batch:
                try:
                    self.add_documents([(path, stamp, document)])
                except UnicodeEncodeError:
                    self.add_documents([(path, stamp, None)])
                    report.failed.append(path)

    # -- searching

    def search_indexed(
        self,
        query: Query,
        fresh: dict[int, str] | str,
        cancelled: Callable[[], bool] | None = None,
        on_first: Callable[[list[FileResult]], None] | None = None,
    ) -> list[FileResult]:
        """Matches in the indexed files ``fresh`` (file id → path), unranked (``lookup.search_indexed``)."""
        with self._search_lock:
            return lookup.search_indexed(
                self.place_rows, self._searching(), query, fresh, cancelled, on_first
            )

    def search_under(
        self,
        query: Query,
        root: str,
        cancelled: Callable[[], bool] | None = None,
        on_first: Callable[[list[FileResult]], None] | None = None,
    ) -> tuple[list[FileResult], dict[str, tuple[int, int, int, bool]]]:
        """``search_indexed`` of the files under ``root`` and those files (``known``), read
        from one snapshot of the index: a file that another writer (the background
        indexing) adds meanwhile is in neither, so the caller scans it from disk. Read one
        after the other, it was in the list but not in the hits, and its hits were lost."""
        with self._search_lock:
            db = self._searching()
            db.execute("BEGIN")
            try:
                found = lookup.search_indexed(self.place_rows, db, query, root, cancelled, on_first)
                return found, _known(db, root)
            finally:
                db.execute("COMMIT")  # (a read: nothing to keep or undo)

    def _searching(self) -> sqlite3.Connection:
        """The search connection (the caller holds the search lock)."""
        if self._search_db is None:
            with self._lock:
                self._connect()  # (checked, rebuilt if need be)
                self._search_db = self._connection()
        return self._search_db

    def place_rows(
        self, file_id: int, path: str, rows: list[int], query: Query, limit: int
    ) -> list[Hit]:
        """The first ``limit`` hits of ``query`` in the paragraphs ``rows`` of one indexed file."""
        placed: list[Hit] = []
        with self._lock:
            db = self._connect()
            # The file may have been dropped since the count and its id (and its paragraphs'
            # ids) given to another file: then it has no hits to place, never that file's.
            outline_json = db.execute(
                "SELECT outline FROM files WHERE id = ? AND path = ?", (file_id, path)
            ).fetchone()
            if outline_json is None:
                return placed
            outline = json.loads(outline_json[0]) if outline_json and outline_json[0] else []
            for start in range(0, len(rows), 500):
                chunk = rows[start : start + 500]
                marks = ",".join("?" * len(chunk))
                # (of this file: dropped and indexed again, its old ids may be another's)
                found = db.execute(
                    "SELECT para, line, speech, heading, text, title, title_at FROM paras "  # noqa: S608
                    f"WHERE id IN ({marks}) AND file = ? ORDER BY id",
                    (*chunk, file_id),
                ).fetchall()
                placed.extend(_place_rows(path, outline, found, query, limit - len(placed)))
                if len(placed) >= limit:
                    break
        return placed


def storable(path: str) -> bool:
    """Whether SQLite can store ``path``: a name with bytes that are not UTF-8 (Python
    holds them as surrogates) cannot be, and such a file stays out of the index (a search
    scans it, as it scans a file too big to index)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def indexed_as_is(
    row: tuple[int, int, int, bool] | None, stamp: files.FileStamp
) -> TypeGuard[tuple[int, int, int, bool]]:
    """Whether a file's row of ``Index.known`` was indexed from the file as it is now
    (``stamp``: the same size and modification time)."""
    return row is not None and row[1] == stamp.size and row[2] == stamp.mtime_ns


def indexed_speech_counts(index_file: Path, stamps: dict[str, files.FileStamp]) -> dict[str, int]:
    """The speech count of each file of ``stamps`` (path → its stamp now) that the index at
    ``index_file`` holds as it is now (``indexed_as_is``) and could parse: its stored
    outline's speeches. Files not there, changed since, or not parsed (the counter
    parses them and says why) are left out, as is every file when the index was made by
    other text rules or another schema (it is rebuilt when next opened for writing).

    Read-only and without side effects (unlike ``Index``, which rebuilds a stale index):
    the file tree's speech counter asks this on a thread (``tui.jobs.tree_counts.settled_counts``)
    before it parses anything. A missing or unreadable index gives nothing."""
    found: dict[str, int] = {}
    if not stamps or not index_file.is_file():
        return found
    try:
        uri = f"{Path(os.path.abspath(index_file)).as_uri()}?mode=ro"
        db = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error:
        return found
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("schema") != str(SCHEMA_VERSION) or meta.get("engine") != engine_fingerprint():
            return found
        columns = "path, id, size, mtime_ns, ok, json_array_length(outline)"
        for path, file_id, size, mtime, ok, speeches in _file_rows(db, columns, list(stamps)):
            row = (file_id, size, mtime, bool(ok))
            if ok and speeches is not None and indexed_as_is(row, stamps[path]):
                found[path] = speeches
    except sqlite3.Error:
        return {}
    finally:
        db.close()
    return found


def _file_rows(db: sqlite3.Connection, columns: str, paths: list[str]) -> list[tuple[Any, ...]]:
    """``columns`` of the files table for those of ``paths`` in it (500 paths a query). A
    name the index cannot hold (``storable``) is not asked for: SQLite raised
    UnicodeEncodeError for it, and the whole batch of names failed with it."""
    paths = [path for path in paths if storable(path)]
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(paths), 500):
        chunk = paths[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.extend(
            db.execute(
                f"SELECT {columns} FROM files WHERE path IN ({marks})",  # noqa: S608
                chunk,
            ).fetchall()
        )
    return found


def _known(db: sqlite3.Connection, root: str) -> dict[str, tuple[int, int, int, bool]]:
    """Files in the index under ``root``: path → (id, size, mtime_ns, parsed ok)."""
    prefix = os.path.join(root, "")
    rows = db.execute(
        "SELECT path, id, size, mtime_ns, ok FROM files WHERE path = ? OR (path >= ? AND path < ?)",
        (root, prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)),
    ).fetchall()
    return {path: (fid, size, mtime, bool(ok)) for path, fid, size, mtime, ok in rows}
