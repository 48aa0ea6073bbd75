"""The persistent full-text index of a speech library, and library search.

The index is a cache (SQLite with FTS5, in ``cache_dir()/search-index.sqlite3``) of every
searched paragraph (``match.searchable``) of every speech file it was asked to index,
as the engine cleans and re-flows it (``tui.engine.load_document``, so every format the
reader opens is covered).

Tokens: FTS5 cannot find any substring of a Chinese text by itself (its trigram
tokenizer misses 1- and 2-character words; word segmentation misses the parts of a
word). So two FTS5 tables hold each paragraph's characters (``fts``) and its pairs of
adjacent characters (``pairs``: ``营商 商环 环境``) as tokens, one per line, with a
tokenizer for which every character but a control character is a token character
(``store.TOKENIZER``: a space or a comma is a character like any other, or ``"工作 会议"``
would have every 工作会议 as a candidate). Neither keeps positions (``detail=none``): a
term of two or more characters narrows to the paragraphs holding all its pairs, a
one-character term to those holding it. Tokens are those of the paragraph's text as
search reads it (``fold.search_fold``: traditional characters folded to simplified ones,
one for one), and a paragraph with anything to fold keeps that text too (``folded``),
which the count reads. The index only narrows: its tokens fold case
and pairs are not a phrase, so every candidate paragraph is checked with the one
definition of a match (``tui.engine.match``), which alone decides what counts. Latin
letters are characters too (not words), so ``conom`` finds ``economy`` exactly as the
reader's ``/`` does.

Rows know their file, paragraph index, source line, speech and whether they are an
outline title; each file's row keeps its speeches' labels and outlines, so a hit is
placed in file › speech › section without parsing the file again. Each file's row keeps a
digest of its searched text too (``results.content_digest``): a search lists a text found
at several paths (a copy, a .txt and a .docx of one speech) once, the others in its
``also_at`` (``SearchResult.rank``).

Files are found by the one folder walker (``files.walk_speech_files``) and known by their
stamp (``files.stamp_of``: size and mtime): ``sync`` indexes new and changed files one
at a time, each in its own short transaction, and drops removed ones. A file not
indexed yet (or changed since) is searched by parsing it, and the result says so.

Safety: WAL and a busy timeout, so two running readers share the file. An index from
another schema or another version of the text rules, or one that SQLite finds corrupt,
is deleted and rebuilt, with a ``notice`` for the user; it never raises to the caller
(a search then scans the files).

Modules: ``store`` (the SQLite file, schema, sync and the query of the index),
``results`` (what a search found, placing hits, scanning a parsed file) and ``library``
(``search_library``: the index where fresh, else a scan). This package re-exports what
callers use; they are tested together in ``tests/unit/test_index.py``.
"""

from tui.engine.index.library import clear_cache, search_library
from tui.engine.index.lookup import fts_expression, narrowing
from tui.engine.index.results import (
    MAX_HITS_PER_FILE,
    FileResult,
    SearchResult,
    SyncReport,
    scan_document,
    scan_file,
)
from tui.engine.index.store import (
    INDEX_MAX_BYTES,
    SCHEMA_VERSION,
    Index,
    IndexUnavailable,
    engine_fingerprint,
    index_path,
    pairs,
    tokens,
)

__all__ = [
    "INDEX_MAX_BYTES",
    "MAX_HITS_PER_FILE",
    "SCHEMA_VERSION",
    "FileResult",
    "Index",
    "IndexUnavailable",
    "SearchResult",
    "SyncReport",
    "clear_cache",
    "engine_fingerprint",
    "fts_expression",
    "index_path",
    "narrowing",
    "pairs",
    "scan_document",
    "scan_file",
    "search_library",
    "tokens",
]
