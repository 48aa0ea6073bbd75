"""The query of the index: candidate paragraphs from FTS5, counted exactly with the one match.

FTS5 only narrows (see ``tui.engine.index``); every candidate paragraph is read and
counted with ``tui.engine.match`` (3–5 µs each), so a common word (hundreds of
thousands of candidates in a big library) takes far longer than the 50 ms a user should
wait for the first results. So the count runs in rowid order, and a file's paragraphs
have consecutive rowids (``Index._write_file`` writes them so): once the candidates have
moved past a file, its count is final. After ``FIRST_SECONDS`` the files finished so far
are handed to ``on_first`` — the first screen, exact for every file it lists — and
counting goes on to the exact totals of every file, which the call returns.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from typing import Any

from tui.engine.fold import search_fold
from tui.engine.index.results import FileResult, title_counter
from tui.engine.match import Hit, Query

_Indexed = tuple[str, str, str, tuple[int, ...] | None]
"""An indexed file's path, digest, kind and pages (``FileResult``'s)."""

Place = Callable[[int, str, list[int], Query, int], list[Hit]]
"""Places hits: ``(file id, path, candidate rows, query, limit)`` → the first ``limit``
hits (``Index.place_rows``, which reads the rows through the index's other connection)."""

FIRST_SECONDS = 0.02
"""After this long, the files counted so far are handed over as the first results."""
FETCH_ROWS = 256
"""Candidates read at a time (the clock and cancellation are checked between reads)."""


def narrowing(term: str) -> list[str]:
    """The tokens a paragraph holding ``term`` holds: the character of a one-character term
    (in ``fts``), the distinct pairs of adjacent characters of a longer one (in ``pairs``).

    Only what the tokenizer keeps whole: a pair with a control character in it (a
    separator, ``store.TOKENIZER``) is left out, a control character alone gives none.
    """
    if len(term) == 1:
        return [] if unicodedata.category(term) == "Cc" else [term]
    found = {term[at : at + 2] for at in range(len(term) - 1)}
    return sorted(pair for pair in found if not any(unicodedata.category(c) == "Cc" for c in pair))


def fts_expression(query: Query) -> tuple[str, str] | None:
    """``(table, FTS5 query)`` narrowing to the paragraphs that may match ``query`` (None:
    cannot narrow): every narrowing token of its terms of two or more characters in
    ``pairs`` when it has any such, else of its one-character terms in ``fts``.

    A one-character term beside longer ones is left to the count (it narrows little).
    Only narrows: a headings-only query narrows by the paragraph (a title is part of it).
    """
    longer: list[str] = []
    single: list[str] = []
    for term in query.terms:
        # (The index holds the folded text's tokens: ``store``.)
        (longer if len(term) > 1 else single).extend(narrowing(search_fold(term)))
    table, found = ("pairs", longer) if longer else ("fts", single)
    if not found:
        return None
    unique = sorted(set(found))
    return table, " AND ".join('"' + token.replace('"', '""') + '"' for token in unique)


def search_indexed(
    place: Place,
    db: sqlite3.Connection,
    query: Query,
    fresh: dict[int, str] | str,
    cancelled: Callable[[], bool] | None = None,
    on_first: Callable[[list[FileResult]], None] | None = None,
) -> list[FileResult]:
    """Matches in the indexed files ``fresh`` (file id → path), unranked; [] when cancelled.

    ``fresh`` may be a folder (or file) instead: every file indexed under it that parsed,
    looked up as the candidates reach it (no list of the files to make first).

    ``on_first(files)`` is called at most once, when counting has taken ``FIRST_SECONDS``
    and some files are finished, with those files (their counts exact). The caller holds
    the index's search lock (hits are placed through its other connection meanwhile, by
    ``place``).
    """
    if query.empty or not fresh:
        return []
    expression = fts_expression(query)
    # A paragraph's text as search reads it (``fold.search_fold``) is kept apart when it
    # differs; a title is folded as it is counted (titles are few).
    column = "p.title" if query.headings_only else "coalesce(p.folded, p.text)"
    # Without case to fold, candidates are counted in their UTF-8 bytes (read as bytes:
    # no decoding, about a quarter less time per candidate).
    byte_count = None if query.headings_only else query.byte_counter()
    count: Callable[[Any], int] = byte_count if byte_count is not None else query.counter()
    in_title = title_counter(query)
    titled = " AND p.title IS NOT NULL" if query.headings_only else ""
    if byte_count is not None:
        db.text_factory = bytes
    per_file: dict[int, list[Any]] = {}
    finished: list[int] = []
    """Files with hits whose candidates have all been counted, in rowid order."""
    path_of = _paths_under(db, fresh) if isinstance(fresh, str) else _given(db, fresh)
    paths: dict[int, _Indexed] = {}
    """File id → its path, ``digest`` (``results.content_digest``), kind and pages."""

    def result(file_id: int) -> FileResult:
        total, heads, rows = per_file[file_id]
        path, digest, kind, pages = paths[file_id]
        return FileResult(
            path,
            total,
            heads,
            True,
            lambda limit: place(file_id, path, rows, query, limit),
            digest,
            kind=kind,
            pages=pages,
        )

    started = time.perf_counter()
    told = on_first is None
    try:
        if expression is None:
            cursor = db.execute(
                f"SELECT p.id, p.file, p.heading, {column}, p.title FROM paras p "  # noqa: S608
                f"WHERE 1{titled} ORDER BY p.id"
            )
        else:
            # FTS5 gives its rowids in ascending order: each file's candidates come together.
            table, match = expression
            cursor = db.execute(
                f"SELECT p.id, p.file, p.heading, {column}, p.title FROM {table} "  # noqa: S608
                f"JOIN paras p ON p.id = {table}.rowid WHERE {table} MATCH ?{titled}",
                (match,),
            )
        current = -1
        current_path: _Indexed | None = None
        while True:
            batch = cursor.fetchmany(FETCH_ROWS)
            if not batch:
                break
            if cancelled is not None and cancelled():
                return []
            for rid, file_id, heading, text, title in batch:
                if file_id != current:
                    if current in per_file:
                        finished.append(current)
                    current = file_id
                    current_path = path_of(file_id)
                    if current_path is not None:
                        paths[file_id] = current_path
                if text is None or current_path is None:
                    continue
                found = count(text)
                if not found:
                    continue
                entry = per_file.get(file_id)
                if entry is None:
                    entry = per_file[file_id] = [0, 0, []]
                entry[0] += found
                if query.headings_only:
                    entry[1] += found
                elif heading and title is not None:
                    # the hits in the heading's own words, not in a run-in heading's text
                    entry[1] += in_title(
                        title.decode("utf-8", "replace") if isinstance(title, bytes) else title
                    )
                entry[2].append(rid)
            if not told and finished and time.perf_counter() - started >= FIRST_SECONDS:
                told = True
                assert on_first is not None
                on_first([result(file_id) for file_id in finished])
    finally:
        db.text_factory = str
    return [result(file_id) for file_id in per_file]


_FILE_ROW = "SELECT path, ok, digest, kind, pages FROM files WHERE id = ?"


def _indexed(row: tuple[Any, ...] | None) -> _Indexed | None:
    """``_FILE_ROW``'s row read (as text or as bytes: ``search_indexed`` reads bytes), or
    None when there is none or the file did not parse."""
    if row is None or not row[1]:
        return None
    path, digest, kind, pages = (
        value.decode("utf-8") if isinstance(value, bytes) else value or ""
        for value in (row[0], row[2], row[3], row[4])
    )
    starts = tuple(int(line) for line in json.loads(pages)) if pages else None
    return path, digest, kind, starts


def _given(db: sqlite3.Connection, fresh: dict[int, str]) -> Callable[[int], _Indexed | None]:
    """``_paths_under`` of the files ``fresh`` (file id → path), no digest (never merged)."""

    def path_of(file_id: int) -> _Indexed | None:
        path = fresh.get(file_id)
        if path is None:
            return None
        found = _indexed(db.execute(_FILE_ROW, (file_id,)).fetchone())
        return (path, "", *found[2:]) if found is not None else (path, "", "", None)

    return path_of


def _paths_under(db: sqlite3.Connection, root: str) -> Callable[[int], _Indexed | None]:
    """A file id's path, digest, kind and pages when it is ``root`` or under it and
    parsed, else None."""
    prefix = os.path.join(root, "")

    def path_of(file_id: int) -> _Indexed | None:
        found = _indexed(db.execute(_FILE_ROW, (file_id,)).fetchone())
        if found is None:
            return None
        path = found[0]
        return found if path == root or path.startswith(prefix) else None

    return path_of
