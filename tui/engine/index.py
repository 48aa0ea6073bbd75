"""The persistent full-text index of a speech library, and library search.

The index is a cache (SQLite with FTS5, in ``cache_dir()/search-index.sqlite3``) of every
searched paragraph (``match.searchable``) of every speech file it was asked to index,
as the engine cleans and re-flows it (``tui.engine.load_document``, so every format the
reader opens is covered).

Tokens: FTS5 cannot find any substring of a Chinese text by itself (its trigram
tokenizer misses 1- and 2-character words; word segmentation misses the parts of a
word). So the indexed column holds the paragraph with a space after every character:
with the ``unicode61`` tokenizer every letter or digit — each Chinese character, each
Latin letter — is a token, and punctuation falls away. A query term becomes the phrase
of its characters (``"营 商 环 境"``). The index only narrows: the phrase also matches
across punctuation (``营商，环境``) and ignores accents, so every candidate paragraph is
checked with the one definition of a match (``tui.engine.match``), which alone decides
what counts. Latin letters are single tokens too (not words), so ``conom`` finds
``economy`` exactly as the reader's ``/`` does.

Rows know their file, paragraph index, source line, speech and whether they are an
outline title; each file's row keeps its speeches' labels and outlines, so a hit is
placed in file › speech › section without parsing the file again.

Files are found by the one folder walker (``files.walk_speech_files``) and known by their
stamp (``files.stamp_of``: size and mtime): ``sync`` indexes new and changed files one
at a time, each in its own short transaction, and drops removed ones. A file not
indexed yet (or changed since) is searched by parsing it, and the result says so.

Safety: WAL and a busy timeout, so two running readers share the file. An index from
another schema or another version of the text rules, or one that SQLite finds corrupt,
is deleted and rebuilt, with a ``notice`` for the user; it never raises to the caller
(a search then scans the files).

Why this module is long (about 800 lines): the schema, the incremental sync, the query
plan (phrases, AND, exclusions, titles only), the exact counting on the cleaned text and
the scan of files not indexed yet share one connection and one fingerprint of the text
rules; they are tested together in ``tests/unit/test_index.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.engine import files
from tui.engine.errors import SpeechFileError
from tui.engine.match import (
    Hit,
    Query,
    paragraph_title,
    searchable,
    sentence_at,
    snippet_of,
)
from tui.engine.model import Document
from tui.engine.sentences import split_sentences

SCHEMA_VERSION = 2
INDEX_NAME = "search-index.sqlite3"
BUSY_TIMEOUT_MS = 10_000
MMAP_BYTES = 1 << 30
"""Searches read the index through a memory map (about twice as fast to read candidates)."""
INDEX_MAX_BYTES = 32_000_000
"""Files larger than this are not indexed in the background (a search scans them): parsing
a 120 MB file took a minute and 1.6 GB on a thread of the reader, and quitting waited for it."""
BATCH_BYTES = 2_000_000
"""``sync`` writes the files it parsed once they hold this many bytes …"""
BATCH_SECONDS = 0.5
"""… or after this many seconds, whichever comes first (each write one short transaction)."""
MAX_HITS_PER_FILE = 2000
"""Hits placed per file by default (``FileResult.total`` always has the real number)."""

_ENGINE_SOURCES = ("parse.py", "lines.py", "framing.py", "markers.py", "outline.py",
                   "decode.py", "model.py", "match.py")

Progress = Callable[[int, int, str], None]
"""``progress(done, total, path)`` after each file."""


def index_path() -> Path:
    """Where the index lives: the user cache directory (``$SPEECH_READER_HOME/cache``)."""
    from tui.engine.keywords import cache_dir

    return cache_dir() / INDEX_NAME


def engine_fingerprint() -> str:
    """A digest of the text rules' source: an index made by other rules is rebuilt."""
    digest = hashlib.sha1(str(SCHEMA_VERSION).encode())
    here = Path(__file__).parent
    sources = [here / name for name in _ENGINE_SOURCES]
    formats = here.parent / "formats"
    if formats.is_dir():
        sources.extend(sorted(formats.glob("*.py")))
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()


def tokens(text: str) -> str:
    """The indexed form of ``text``: every character followed by a space (each letter or digit a token)."""
    return " ".join(text)


def fts_phrase(term: str) -> str | None:
    """The FTS5 phrase of ``term``'s characters; None when it has no letter or digit to look up."""
    if not any(c.isalnum() for c in term):
        return None
    return '"' + " ".join(term).replace('"', '""') + '"'


def fts_expression(query: Query) -> str | None:
    """The FTS5 query that narrows to paragraphs that may match ``query`` (None: cannot narrow).

    Only narrows: a headings-only query narrows by the paragraph (a title is part of it).
    """
    phrases = [p for p in (fts_phrase(term) for term in query.terms) if p is not None]
    if not phrases:
        return None
    return " AND ".join(f"({p})" for p in phrases)


# ---------------------------------------------------------------- results


@dataclass(slots=True)
class FileResult:
    """The matches of a query in one file: counted; placed (``hits``) on demand."""

    path: str
    total: int
    """Number of hits."""
    heading_hits: int
    """Hits in speech titles and headings."""
    indexed: bool
    """Found through the index (False: the file was parsed and scanned)."""
    _place: Callable[[int], list[Hit]] = field(repr=False, default=lambda limit: [])

    def hits(self, limit: int = MAX_HITS_PER_FILE) -> list[Hit]:
        """The first ``limit`` hits in document order, placed in speeches and sections."""
        return self._place(limit)


@dataclass(slots=True)
class SearchResult:
    """Library search: files ranked (title hits first, then by hits), totals, what was scanned."""

    query: Query
    files: list[FileResult] = field(default_factory=list)
    total: int = 0
    searched: int = 0
    """Files searched (indexed or scanned)."""
    scanned: list[str] = field(default_factory=list)
    """Files not (yet) in the index, searched by parsing them."""
    skipped: list[str] = field(default_factory=list)
    """Files that could not be read or parsed."""
    notice: str = ""
    """Something the user should know (the index was rebuilt or could not be used)."""

    def rank(self) -> None:
        self.files.sort(key=lambda f: (f.heading_hits == 0, -f.total, f.path))


@dataclass(slots=True)
class SyncReport:
    """What ``sync`` did."""

    found: int = 0
    """Speech files under the root."""
    indexed: int = 0
    """Files (re)indexed now."""
    removed: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    bytes: int = 0
    """Bytes of the files indexed now."""
    cancelled: bool = False
    walk: files.WalkReport = field(default_factory=files.WalkReport)
    too_big: list[str] = field(default_factory=list)
    """Files over ``INDEX_MAX_BYTES``: left out of the index (a search scans them)."""


# ---------------------------------------------------------------- placing hits


def _outline_of(document: Document, name: str) -> list[Any]:
    """Speeches as ``[label, [[paragraph, level, marker+title], ...]]`` (JSON for the files table)."""
    total = len(document.speeches)
    return [
        [speech.label(name, total), [[h.paragraph, h.level, f"{h.marker}{h.title}"] for h in speech.headings]]
        for speech in document.speeches
    ]


def _section(outline: list[Any], speech: int | None, paragraph: int) -> tuple[str, tuple[str, ...]]:
    if speech is None or speech >= len(outline):
        return "", ()
    label, headings = outline[speech]
    path: list[tuple[int, str]] = []
    for at, level, title in headings:
        if at > paragraph:
            break
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, title))
    return label, tuple(title for _, title in path)


def _place_rows(
    path: str,
    outline: list[Any],
    rows: Iterable[tuple[int, int, int | None, bool, str, str | None, int]],
    query: Query,
    limit: int,
) -> list[Hit]:
    """Hits of ``rows`` ``(paragraph, line, speech, heading, text, title, title_at)``."""
    matcher = query.matcher()
    placed: list[Hit] = []
    for paragraph, line, speech, heading, text, title, title_at in rows:
        if query.headings_only:
            if title is None:
                continue
            found = matcher(title)
            spans = [(s + title_at, e + title_at, n) for s, e, n in found] if found else None
        else:
            spans = matcher(text)
        if not spans:
            continue
        label, section = _section(outline, speech, paragraph)
        sentences = split_sentences(text)
        for start, end, number in spans:
            snippet, s0, s1 = snippet_of(text, start, end)
            placed.append(Hit(path, paragraph, start, end, query.terms[number], line, speech,
                              label, section, snippet, s0, s1, bool(heading),
                              sentence_at(sentences, start)))
            if len(placed) >= limit:
                return placed
    return placed


def _document_rows(document: Document) -> Iterator[tuple[int, int, int | None, bool, str, str | None, int]]:
    for index, paragraph in enumerate(document.paragraphs):
        if not searchable(paragraph):
            continue
        title = paragraph_title(paragraph)
        yield (index, paragraph.line, paragraph.speech, title is not None, paragraph.text,
               title[0] if title else None, title[1] if title else 0)


def scan_document(
    document: Document,
    query: Query,
    path: str = "",
    reload: Callable[[], Document] | None = None,
) -> FileResult | None:
    """The matches of ``query`` in a parsed document (no index): None when there is none.

    With ``reload``, the result does not keep the document: its hits are placed in the
    document ``reload`` returns (a scan of thousands of files keeps none of them).
    """
    path = path or document.path
    count = query.counter()
    total = heading_hits = 0
    for _, _, _, heading, text, title, _ in _document_rows(document):
        if query.headings_only:
            if title is None:
                continue
            found = count(title)
        else:
            found = count(text)
        total += found
        if heading:
            heading_hits += found
    if not total:
        return None
    kept = document if reload is None else None  # (the result does not hold it otherwise)

    def place(limit: int) -> list[Hit]:
        placed = reload() if reload is not None else kept
        assert placed is not None
        outline = _outline_of(placed, os.path.basename(path))
        return _place_rows(path, outline, _document_rows(placed), query, limit)

    return FileResult(path, total, heading_hits, False, place)


def scan_file(path: str, query: Query) -> FileResult | None:
    """``scan_document`` of a file (parsed, cached by stamp). Raises OSError/SpeechFileError."""
    from tui.engine.search import cached_document

    return scan_document(cached_document(Path(path)), query, path,
                         reload=lambda: cached_document(Path(path)))


# ---------------------------------------------------------------- the index


class IndexUnavailable(Exception):
    """The index could not be opened or used (the caller scans instead)."""


class Index:
    """The persistent index: one SQLite connection, usable from any one thread at a time.

    Every public method holds the object's lock. Separate ``Index`` objects (a searching
    thread and an indexing thread, two running readers) share the file through WAL.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        self.notice = ""
        """Set when the index had to be rebuilt (for the user)."""
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None

    # -- opening

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._open_checked()
        except sqlite3.DatabaseError as error:
            self._delete_files()
            self.notice = f"搜索索引已损坏（{error}），已删除并重建。"
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
                self.notice = "搜索索引来自旧版本，已重建。"
                db = self._connection()
            self._create(db, fingerprint)
            return db
        except BaseException:
            db.close()
            raise

    def _connection(self) -> sqlite3.Connection:
        """A connection with the index's settings: WAL, a busy timeout, a memory map."""
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA cache_size=-16000")
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
                mtime_ns INTEGER, ok INTEGER, outline TEXT);
            CREATE TABLE IF NOT EXISTS paras(
                id INTEGER PRIMARY KEY, file INTEGER NOT NULL, para INTEGER, line INTEGER,
                speech INTEGER, heading INTEGER, text TEXT, title TEXT, title_at INTEGER);
            CREATE INDEX IF NOT EXISTS paras_file ON paras(file);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
                body, content='', tokenize='unicode61');
            INSERT OR REPLACE INTO meta VALUES ('schema', '{SCHEMA_VERSION}'), ('engine', '{fingerprint}');
            COMMIT;
            """
        )

    def _delete_files(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.path}{suffix}")

    def _recover(self, error: sqlite3.DatabaseError) -> None:
        """A query failed on a damaged index: delete it (the next use rebuilds it)."""
        self._delete_files()
        self.notice = f"搜索索引已损坏（{error}），已删除，将重新建立。"

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what is indexed

    def known(self, root: str) -> dict[str, tuple[int, int, int, bool]]:
        """Files in the index under ``root``: path → (id, size, mtime_ns, parsed ok)."""
        with self._lock:
            db = self._connect()
            prefix = os.path.join(root, "")
            rows = db.execute(
                "SELECT path, id, size, mtime_ns, ok FROM files WHERE path = ? OR "
                "(path >= ? AND path < ?)",
                (root, prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)),
            ).fetchall()
        return {path: (fid, size, mtime, bool(ok)) for path, fid, size, mtime, ok in rows}

    def stats(self) -> tuple[int, int]:
        """(files, paragraphs) in the whole index."""
        with self._lock:
            db = self._connect()
            return (db.execute("SELECT count(*) FROM files").fetchone()[0],
                    db.execute("SELECT count(*) FROM paras").fetchone()[0])

    # -- writing

    def _drop_rows(self, db: sqlite3.Connection, file_id: int) -> None:
        rows = db.execute("SELECT id, text FROM paras WHERE file = ?", (file_id,)).fetchall()
        db.executemany(
            "INSERT INTO fts(fts, rowid, body) VALUES('delete', ?, ?)",
            ((rid, tokens(text)) for rid, text in rows),
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
        """``add_document`` of several files in one transaction."""
        prepared = []
        for path, stamp, document in batch:
            rows: list[tuple[Any, ...]] = []
            outline = None
            if document is not None:
                for index, line, speech, heading, text, title, title_at in _document_rows(document):
                    rows.append((index, line, speech, int(heading), text, title, title_at))
                outline = json.dumps(_outline_of(document, os.path.basename(path)), ensure_ascii=False)
            prepared.append((path, stamp, int(document is not None), outline, rows))
        with self._lock:
            db = self._connect()
            db.execute("BEGIN IMMEDIATE")
            try:
                for path, stamp, ok, outline, rows in prepared:
                    self._write_file(db, path, stamp, ok, outline, rows)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _write_file(self, db: sqlite3.Connection, path: str, stamp: files.FileStamp, ok: int,
                    outline: str | None, rows: list[tuple[Any, ...]]) -> None:
        row = db.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
        if row is not None:
            file_id = row[0]
            self._drop_rows(db, file_id)
            db.execute("UPDATE files SET size = ?, mtime_ns = ?, ok = ?, outline = ? WHERE id = ?",
                       (stamp.size, stamp.mtime_ns, ok, outline, file_id))
        else:
            cursor = db.execute(
                "INSERT INTO files(path, size, mtime_ns, ok, outline) VALUES (?, ?, ?, ?, ?)",
                (path, stamp.size, stamp.mtime_ns, ok, outline),
            )
            file_id = cursor.lastrowid
        if rows:
            first = (db.execute("SELECT max(id) FROM paras").fetchone()[0] or 0) + 1
            db.executemany(
                "INSERT INTO paras(id, file, para, line, speech, heading, text, title, title_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((first + n, file_id, *r) for n, r in enumerate(rows)),
            )
            db.executemany(
                "INSERT INTO fts(rowid, body) VALUES (?, ?)",
                ((first + n, tokens(r[4])) for n, r in enumerate(rows)),
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
        FTS5 segments would map the whole index into this process.)
        """
        with self._lock:
            self._connect().execute("PRAGMA mmap_size=0")
        try:
            return self._sync(root, progress, cancelled)
        finally:
            with self._lock:
                if self._db is not None:
                    self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")

    def _sync(
        self,
        root: str | os.PathLike[str],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> SyncReport:
        from tui.engine import load_document

        report = SyncReport()
        root_path = os.path.abspath(root)
        found: dict[str, files.FileStamp] = {}
        for walked in files.walk_speech_files(root_path, report=report.walk, cancelled=cancelled):
            stamp = files.stamp_of(walked)
            if stamp is not None:
                found[os.fspath(walked)] = stamp
        if cancelled is not None and cancelled():
            report.cancelled = True
            return report
        report.found = len(found)
        known = self.known(root_path)
        gone = [path for path in known if path not in found]
        report.removed = self.remove(gone)
        todo = []
        for path, stamp in found.items():
            old = known.get(path)
            if old is not None and old[1] == stamp.size and old[2] == stamp.mtime_ns:
                report.unchanged += 1
            else:
                todo.append((path, stamp))
        pending: list[tuple[str, files.FileStamp, Document | None]] = []
        pending_bytes = 0
        started = time.monotonic()
        for done, (path, stamp) in enumerate(todo, 1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if files.MAX_FILE_BYTES >= stamp.size > INDEX_MAX_BYTES:
                report.too_big.append(path)
                continue
            document: Document | None
            try:
                if stamp.size > files.MAX_FILE_BYTES:  # refused unopened, as the reader does
                    raise files.too_large(path, stamp.size)
                document = load_document(path)
            except (OSError, SpeechFileError, ValueError):
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
        return report

    def _add_or_fail(self, batch: list[tuple[str, files.FileStamp, Document | None]],
                     report: SyncReport) -> None:
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
        fresh: dict[int, str],
        cancelled: Callable[[], bool] | None = None,
    ) -> list[FileResult]:
        """Matches in the indexed files ``fresh`` (file id → path), unranked."""
        if query.empty or not fresh:
            return []
        expression = fts_expression(query)
        column = "title" if query.headings_only else "text"
        # Without case to fold, candidates are counted in their UTF-8 bytes (read as bytes:
        # no decoding, about a quarter less time per candidate).
        byte_count = query.byte_counter()
        count: Callable[[Any], int] = byte_count if byte_count is not None else query.counter()
        with self._lock:
            db = self._connect()
            titled = " AND title IS NOT NULL" if query.headings_only else ""
            if byte_count is not None:
                db.text_factory = bytes
            try:
                if expression is None:
                    cursor = db.execute(f"SELECT id, file, heading, {column} FROM paras WHERE 1{titled}")  # noqa: S608
                else:
                    cursor = db.execute(
                        f"SELECT id, file, heading, {column} FROM paras "  # noqa: S608
                        f"WHERE id IN (SELECT rowid FROM fts WHERE fts MATCH ?){titled}", (expression,)
                    )
                per_file: dict[int, list[Any]] = {}
                while True:
                    batch = cursor.fetchmany(4096)
                    if not batch:
                        break
                    if cancelled is not None and cancelled():
                        return []
                    for rid, file_id, heading, text in batch:
                        if text is None or file_id not in fresh:
                            continue
                        found = count(text)
                        if not found:
                            continue
                        entry = per_file.get(file_id)
                        if entry is None:
                            entry = per_file[file_id] = [0, 0, []]
                        entry[0] += found
                        if heading:
                            entry[1] += found
                        entry[2].append(rid)
            finally:
                db.text_factory = str
        return [
            FileResult(fresh[file_id], total, heads, True, self._placer(file_id, fresh[file_id], rows, query))
            for file_id, (total, heads, rows) in per_file.items()
        ]

    def _placer(self, file_id: int, path: str, rows: list[int], query: Query) -> Callable[[int], list[Hit]]:
        def place(limit: int) -> list[Hit]:
            placed: list[Hit] = []
            with self._lock:
                db = self._connect()
                outline_json = db.execute("SELECT outline FROM files WHERE id = ?", (file_id,)).fetchone()
                outline = json.loads(outline_json[0]) if outline_json and outline_json[0] else []
                for start in range(0, len(rows), 500):
                    chunk = rows[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    found = db.execute(
                        "SELECT para, line, speech, heading, text, title, title_at FROM paras "  # noqa: S608
                        f"WHERE id IN ({marks}) ORDER BY id", chunk
                    ).fetchall()
                    placed.extend(_place_rows(path, outline, found, query, limit - len(placed)))
                    if len(placed) >= limit:
                        break
            return placed

        return place


# ---------------------------------------------------------------- library search


def _stamps(root: str, walk: files.WalkReport, cancelled: Callable[[], bool] | None) -> dict[str, files.FileStamp]:
    found: dict[str, files.FileStamp] = {}
    for path in files.walk_speech_files(root, report=walk, cancelled=cancelled):
        stamp = files.stamp_of(path)
        if stamp is not None:
            found[os.fspath(path)] = stamp
    return found


def search_library(
    root: str | os.PathLike[str],
    query: Query,
    *,
    index: Index | None = None,
    use_index: bool = True,
    cancelled: Callable[[], bool] | None = None,
    on_scan: Callable[[int, int], None] | None = None,
) -> SearchResult:
    """Every match of ``query`` in the speech files under ``root``, ranked.

    Files in the index and unchanged are searched there; the others (not indexed yet,
    changed since, or every file with ``use_index=False``) are parsed and scanned, and
    listed in ``scanned``. ``on_scan(done, total)`` is called as files are scanned.
    """
    result = SearchResult(query)
    if query.empty:
        return result
    root_path = os.path.abspath(root)
    walk = files.WalkReport()
    found: dict[str, files.FileStamp] = {}
    # The walk (stat-ing every file: tens of milliseconds for thousands of files, mostly
    # in system calls, without the GIL) runs while the index is queried.
    walker = threading.Thread(target=lambda: found.update(_stamps(root_path, walk, cancelled)),
                              name="search-walk", daemon=True)
    walker.start()
    indexed: list[FileResult] = []
    known: dict[str, tuple[int, int, int, bool]] = {}
    failed = False
    if use_index:
        own = index is None
        idx = index if index is not None else Index()
        try:
            known = idx.known(root_path)
            candidates = {entry[0]: path for path, entry in known.items() if entry[3]}
            indexed = idx.search_indexed(query, candidates, cancelled)
        except (sqlite3.Error, IndexUnavailable) as error:
            failed = True
            if isinstance(error, sqlite3.DatabaseError):
                idx._recover(error)
            else:
                result.notice = f"搜索索引无法使用（{error}），已直接搜索文件。"
        finally:
            if idx.notice:
                result.notice = idx.notice
            if own:
                idx.close()
    walker.join()
    result.skipped.extend(walk.not_regular)
    to_scan: list[str] = list(found)
    if use_index and not failed:
        fresh: set[str] = set()
        to_scan = []
        for path, stamp in found.items():
            old = known.get(path)
            if old is not None and old[1] == stamp.size and old[2] == stamp.mtime_ns:
                if old[3]:
                    fresh.add(path)
                else:
                    result.skipped.append(path)
            else:
                to_scan.append(path)
        result.files.extend(f for f in indexed if f.path in fresh)
        result.searched += len(fresh)
    result.scanned = [] if not use_index else to_scan
    for done, path in enumerate(to_scan, 1):
        if cancelled is not None and cancelled():
            break
        try:
            if found[path].size > files.MAX_FILE_BYTES:  # refused unopened, as the reader does
                raise files.too_large(path, found[path].size)
            hit = scan_file(path, query)
        except (OSError, SpeechFileError, ValueError):
            result.skipped.append(path)
            continue
        result.searched += 1
        if hit is not None:
            result.files.append(hit)
        if on_scan is not None:
            on_scan(done, len(to_scan))
    result.total = sum(f.total for f in result.files)
    result.rank()
    return result


def clear_cache(path: Path | None = None) -> bool:
    """Delete the index; whether there was one."""
    target = path or index_path()
    existed = target.exists()
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{target}{suffix}")
    return existed
