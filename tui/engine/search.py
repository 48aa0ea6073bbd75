"""Search a term in every speech file of a folder tree: fast raw hits, located lazily.

Searching must stay fast on tens of megabytes, so it never runs the parser over
everything and does no per-match work up front: ``search_file`` counts the term in
the file's decoded text (``str.count``, or a case-insensitive regex when the term has
Latin letters), which is all a list of files needs. The matches of a file become
``Hit``s (offset and 1-based source line; snippets on demand) when ``FileHits.hits``
is first read, and only when a caller wants the speech and section of hits does
``locate`` parse that one file. Decoded texts and parsed documents are cached by
(path, mtime, size), so a second search or a second look at the same file costs
nothing.

Positions: ``Hit.offset`` counts characters of the decoded text with line breaks
made LF (as the engine counts lines); ``Located.paragraph`` indexes
``Document.paragraphs`` and ``Located.sentence`` that paragraph's sentences.

A match must lie within one source line as written: a term broken by a line break or
a space in the file is not found (the cleaned paragraph text would join it).
"""

from __future__ import annotations

import codecs
import os
import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tui import formats
from tui.engine import files
from tui.engine.errors import SpeechFileError
from tui.engine.model import Document
from tui.engine.safetext import safe_text

SNIPPET_CONTEXT = 24
"""Characters of context on each side of a match in a snippet."""
MAX_HITS_PER_FILE = 2000
"""A file with more matches reports this many (``FileHits.total`` has the real number)."""
TEXT_CACHE_CHARS = 120_000_000
"""Decoded characters kept in memory (least recently used files are dropped first)."""
DOCUMENT_CACHE_FILES = 64

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Hit:
    """One match in a file's decoded text (its snippet is made on demand: ``FileHits.snippet``)."""

    offset: int
    """Character offset of the match in the LF-normalised decoded text."""
    line: int
    """1-based source line of the match."""


class FileHits:
    """The matches of one file, in order.

    A search only counts the matches of each file (``total``): listing a file needs
    nothing more. ``hits`` (offsets and lines) are found in ``text`` the first time they
    are asked for, unless given.
    """

    __slots__ = ("_hits", "limit", "path", "term", "text", "total")

    def __init__(
        self,
        path: str,
        term: str,
        hits: tuple[Hit, ...] | None,
        total: int,
        text: str = "",
        limit: int = MAX_HITS_PER_FILE,
    ) -> None:
        self.path = path
        self.term = term
        self.total = total
        """Number of matches (more than ``len(hits)`` when the file had too many)."""
        self.text = text
        """The decoded text the offsets point into."""
        self.limit = limit
        """At most this many ``hits``."""
        self._hits = hits

    def __repr__(self) -> str:
        return f"FileHits(path={self.path!r}, term={self.term!r}, total={self.total})"

    @property
    def hits(self) -> tuple[Hit, ...]:
        """The first ``limit`` matches with their lines (found on first use)."""
        if self._hits is None:
            self._hits = find_hits(self.text, self.term, self.limit)
        return self._hits

    def snippet(self, hit: Hit, context: int = SNIPPET_CONTEXT) -> tuple[str, int, int]:
        """``(snippet, start, end)``: the match with context on one line, and where it is."""
        text, size = self.text, len(self.term)
        # Made safe (the raw text may hold ESC, bidi or zero-width characters): snippets
        # are shown in the corpus search and printed by the command line.
        left = safe_text(_clean(text[max(0, hit.offset - context) : hit.offset]).lstrip())
        right = safe_text(_clean(text[hit.offset + size : hit.offset + size + context]).rstrip())
        found = safe_text(text[hit.offset : hit.offset + size])
        return left + found + right, len(left), len(left) + len(found)


@dataclass(frozen=True, slots=True)
class Located:
    """A hit placed in its file's speeches and outline, with its snippet."""

    path: str
    hit: Hit
    snippet: str
    """The match with some context, whitespace collapsed, on one line."""
    start: int
    """Offset of the match in ``snippet``."""
    end: int
    """Offset one past the match in ``snippet``."""
    paragraph: int | None
    """Index into ``Document.paragraphs`` (None when the file could not be parsed)."""
    sentence: int
    """Sentence index of the match in that paragraph."""
    speech: int | None
    """Index of the speech holding the match (None for front matter and noise)."""
    speech_label: str
    """The speech's label (``Speech.label``), "" outside speeches."""
    section: tuple[str, ...]
    """The enclosing headings as "marker+title", outermost first."""


# ---------------------------------------------------------------- caches

_lock = threading.Lock()
_texts: OrderedDict[tuple[str, int, int], str] = OrderedDict()
_text_chars = 0
_documents: OrderedDict[tuple[str, int, int], Document] = OrderedDict()


def _stamp(path: str | Path) -> tuple[str, int, int]:
    stamp = files.stamp_of(path)
    if stamp is None:
        raise FileNotFoundError(f"not a regular file: {os.fspath(path)}")
    return os.fspath(path), stamp.mtime_ns, stamp.size


def _decode(data: bytes, path: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from tui.engine import decode_bytes

        text = decode_bytes(data, path)[0]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def decoded_text(path: str | Path) -> str:
    """The file's text, line breaks as LF (cached by path, mtime and size).

    Raises:
        OSError: The file cannot be read.
        SpeechFileError: It is not text, or it is over the size the reader opens
            (``TooLargeError``: never read whole into memory).
    """
    global _text_chars
    key = _stamp(path)
    if key[2] > files.MAX_FILE_BYTES:
        raise files.too_large(key[0], key[2])
    with _lock:
        text = _texts.get(key)
        if text is not None:
            _texts.move_to_end(key)
            return text
    data = files.read_file_bytes(path, files.MAX_FILE_BYTES)
    text = _decode(data, key[0]) if formats.sniff(data, key[0]) == "text" else formats.read_source(path).text
    with _lock:
        _texts[key] = text
        _text_chars += len(text)
        while _text_chars > TEXT_CACHE_CHARS and len(_texts) > 1:
            _, dropped = _texts.popitem(last=False)
            _text_chars -= len(dropped)
    return text


def cached_document(path: Path) -> Document:
    """The parsed file (cached by path, mtime and size)."""
    from tui.engine import load_document

    key = _stamp(path)
    with _lock:
        document = _documents.get(key)
        if document is not None:
            _documents.move_to_end(key)
            return document
    document = load_document(path)
    with _lock:
        _documents[key] = document
        while len(_documents) > DOCUMENT_CACHE_FILES:
            _documents.popitem(last=False)
    return document


def clear_caches() -> None:
    """Forget decoded texts and parsed documents (tests, memory pressure)."""
    global _text_chars
    with _lock:
        _texts.clear()
        _documents.clear()
        _text_chars = 0


# ---------------------------------------------------------------- finding


def speech_files(root: Path, report: files.WalkReport | None = None) -> Iterator[Path]:
    """Speech files under ``root`` (or ``root`` itself): ``files.walk_speech_files``."""
    return files.walk_speech_files(root, report=report)


def find_offsets(text: str, term: str) -> Iterator[int]:
    """Offsets of non-overlapping matches of ``term`` in ``text`` (Latin letters ignore case)."""
    if not term:
        return
    if _latin(term):
        for match in re.finditer(re.escape(term), text, re.IGNORECASE):
            yield match.start()
        return
    find = text.find
    at = find(term)
    size = len(term)
    while at >= 0:
        yield at
        at = find(term, at + size)


def _clean(part: str) -> str:
    return _SPACES.sub(" ", part)


def _latin(term: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in term)


def count_matches(text: str, term: str) -> int:
    """Number of non-overlapping matches of ``term`` in ``text`` (as ``find_offsets`` finds them)."""
    return _counter(term)(text)


def _counter(term: str) -> Callable[[str], int]:
    """``count_matches`` for one term, made once per search."""
    if not term:
        return lambda text: 0
    if _latin(term):
        findall = re.compile(re.escape(term), re.IGNORECASE).findall
        return lambda text: len(findall(text))
    return lambda text: text.count(term)


def find_hits(text: str, term: str, limit: int = MAX_HITS_PER_FILE) -> tuple[Hit, ...]:
    """The first ``limit`` matches of ``term`` in ``text`` with their 1-based lines."""
    hits: list[Hit] = []
    if not term or limit <= 0:
        return ()
    add = hits.append
    line = 1
    last = 0
    count = text.count
    for offset in find_offsets(text, term):
        line += count("\n", last, offset)
        last = offset
        add(Hit(offset, line))
        if len(hits) >= limit:
            break
    return tuple(hits)


def make_hits(path: str, text: str, term: str, limit: int = MAX_HITS_PER_FILE) -> FileHits | None:
    """The matches of ``term`` in ``text``, or None when there is none.

    Only counts them: the ``Hit``s are found when ``FileHits.hits`` is first read.
    """
    return _file_hits(path, text, term, limit, _counter(term))


def _file_hits(
    path: str, text: str, term: str, limit: int, count: Callable[[str], int]
) -> FileHits | None:
    total = count(text)
    return FileHits(path, term, None, total, text, limit) if total else None


def search_file(path: str | Path, term: str, limit: int = MAX_HITS_PER_FILE) -> FileHits | None:
    """The matches of ``term`` in one file; None when none (or the file cannot be read)."""
    return _search_file(os.fspath(path), term, limit, _counter(term))


def _search_file(
    path: str,
    term: str,
    limit: int,
    count: Callable[[str], int],
    skipped: list[str] | None = None,
) -> FileHits | None:
    try:
        text = decoded_text(path)
    except (OSError, SpeechFileError, ValueError):
        if skipped is not None:
            skipped.append(path)
        return None
    return _file_hits(path, text, term, limit, count)


def iter_search(
    root: Path,
    term: str,
    cancelled: Callable[[], bool] = lambda: False,
    limit: int = MAX_HITS_PER_FILE,
    skipped: list[str] | None = None,
    report: files.WalkReport | None = None,
) -> Iterator[FileHits]:
    """``FileHits`` of each file under ``root`` that holds ``term``, as they are found.

    ``cancelled`` is asked between files so a worker can stop early. Files that cannot be
    searched (unreadable, not text, over the size limit, not a regular file) are left out,
    and their paths added to ``skipped`` when it is given; folders that could not be read
    go into ``report``.
    """
    term = term.strip()
    if not term:
        return
    count = _counter(term)
    walk = files.WalkReport() if report is None else report
    for found_path in files.walk_speech_files(root, report=walk):
        if cancelled():
            return
        path = os.fspath(found_path)
        found = _search_file(path, term, limit, count, skipped)
        if found is not None:
            yield found
    if skipped is not None:
        skipped.extend(walk.not_regular)


def search(root: Path, term: str, limit: int = MAX_HITS_PER_FILE) -> list[FileHits]:
    """Every file under ``root`` holding ``term``, with its matches."""
    return list(iter_search(root, term, limit=limit))


# ---------------------------------------------------------------- locating


def _sentence_of(document: Document, paragraph: int, char: int) -> int:
    sentences = document.paragraphs[paragraph].sentences
    for index, sentence in enumerate(sentences):
        if sentence.start <= char < sentence.end:
            return index
    return max(0, len(sentences) - 1)


def locate_in(document: Document, found: FileHits, term: str) -> list[Located]:
    """Place each hit of ``found`` in ``document``'s paragraphs, speeches and sections."""
    paragraphs = document.paragraphs
    starts = [p.line for p in paragraphs]
    name = Path(found.path).name
    pattern = re.compile(re.escape(term), re.IGNORECASE) if term else None
    seen: dict[int, int] = {}
    located: list[Located] = []
    for hit in found.hits:
        index = bisect_right(starts, hit.line) - 1
        # Blank or skipped lines between paragraphs belong to the next paragraph.
        while 0 <= index < len(paragraphs) - 1 and paragraphs[index].end_line < hit.line:
            index += 1
        snippet, start, end = found.snippet(hit)
        if index < 0 or not paragraphs:
            located.append(Located(found.path, hit, snippet, start, end, None, 0, None, "", ()))
            continue
        paragraph = paragraphs[index]
        nth = seen.get(index, 0)
        seen[index] = nth + 1
        char = 0
        if pattern is not None:
            matches = [m.start() for m in pattern.finditer(paragraph.text)]
            if matches:
                char = matches[min(nth, len(matches) - 1)]
        speech = document.speech_at(index)
        section = tuple(f"{h.marker}{h.title}" for h in document.section_path(index))
        label = speech.label(name, len(document.speeches)) if speech is not None else ""
        located.append(
            Located(
                found.path,
                hit,
                snippet,
                start,
                end,
                index,
                _sentence_of(document, index, char),
                speech.index if speech is not None else None,
                label,
                section,
            )
        )
    return located


def locate(found: FileHits, term: str) -> list[Located]:
    """Place the hits of one file (parses it once, cached); unplaced when it cannot be parsed."""
    try:
        document = cached_document(Path(found.path))
    except (OSError, SpeechFileError, ValueError):
        return [
            Located(found.path, hit, *found.snippet(hit), None, 0, None, "", ())
            for hit in found.hits
        ]
    return locate_in(document, found, term)
