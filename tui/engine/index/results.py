"""Library search results: what a query found in a file and in a library, and placing hits.

``FileResult`` counts a file's matches and places them (file › speech › section) on
demand; ``SearchResult`` ranks the files. ``scan_document`` and ``scan_file`` search a
parsed file without the index (files not indexed yet, ``--no-index``), with the one
definition of a match (``tui.engine.match``). The index keeps each file's outline in the
same JSON form (``outline_of``) so that its hits are placed without parsing the file.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.base import files
from tui.engine.markers import match_marker
from tui.engine.match import (
    Hit,
    Query,
    SpeechParts,
    paragraph_title,
    searchable,
    sentence_at,
    snippet_of,
)
from tui.engine.model import Document
from tui.engine.sentences import split_sentences

MAX_HITS_PER_FILE = 2000
"""Hits placed per file by default (``FileResult.total`` always has the real number)."""

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
    digest: str = ""
    """The file's searched text (``content_digest``): files with the same one are copies of
    one text, listed once (``SearchResult.rank``). Empty: not known, never merged."""
    also_at: list[str] = field(default_factory=list)
    """Other files with the same text (``digest``), not listed on their own."""
    kind: str = ""
    """What the file held (``Document.content_kind``: "text", "pdf", "docx"…), by which a
    hit is placed for the user (a PDF's page, a plain text's line, a Word or web-page
    file's none: ``page_of``); "" when not known."""
    pages: tuple[int, ...] | None = None
    """A PDF's ``Document.pages`` (the source line each page starts on), else None."""

    def hits(self, limit: int = MAX_HITS_PER_FILE) -> list[Hit]:
        """The first ``limit`` hits in document order, placed in speeches and sections."""
        return self._place(limit)

    def page_of(self, line: int) -> int | None:
        """The 1-based page holding source line ``line`` (None when the file has no pages),
        as ``Document.page_of`` says it."""
        if not self.pages:
            return None
        return max(1, bisect_right(self.pages, line))


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
    not_regular: list[str] = field(default_factory=list)
    """Entries with a speech name that are no regular file (a FIFO, a device, a broken
    link): passed over by the walk, as the file tree leaves them out; not ``skipped``."""
    unreadable_folders: list[str] = field(default_factory=list)
    """Folders under the root that could not be listed (their files were not searched)."""
    notice: str = ""
    """Something the user should know (the index was rebuilt or could not be used), in Chinese."""
    notice_en: str = ""
    """``notice`` in English (the interface picks one: ``ui_text.pick``)."""
    added: int = 0
    """Files scanned and then put in the index (``search_library``'s ``add_scanned``)."""
    complete: bool = True
    """False for the first results (``search_library``'s ``on_first``): the files listed
    are counted exactly, but other files are still being counted or scanned."""

    @staticmethod
    def rank_key(found: FileResult) -> tuple[bool, int, str]:
        """Title hits first, then by hits, then by path."""
        return (found.heading_hits == 0, -found.total, found.path)

    def rank(self) -> None:
        """Rank the files and list each text once: a file whose searched text is the same
        as a file ranked before it (the same ``digest``: a copy in another folder, a .txt
        and a .docx of one speech) is not listed on its own but named in that file's
        ``also_at``, and its hits are not counted again in ``total``."""
        self.files.sort(key=self.rank_key)
        copies: dict[str, list[str]] = {}
        kept: list[FileResult] = []
        for found in self.files:
            if not found.digest:
                kept.append(found)
            elif found.digest in copies:
                copies[found.digest].append(found.path)
            else:
                copies[found.digest] = []
                kept.append(found)
        for found in kept:
            if found.digest:
                # a new list (not appended to): the first results' files are ranked again
                # in the complete result
                found.also_at = copies[found.digest]
        if len(kept) < len(self.files):
            self.files = kept
            self.total = sum(f.total for f in kept)


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
    """Files that cannot be read: parsed now, or unchanged since a pass that could not."""
    bytes: int = 0
    """Bytes of the files indexed now."""
    cancelled: bool = False
    walk: files.WalkReport = field(default_factory=files.WalkReport)
    too_big: list[str] = field(default_factory=list)
    """Files over ``INDEX_MAX_BYTES``: left out of the index (a search scans them)."""
    over_limit: bool = False
    """``plan_sync`` found more files than its ``limit`` and stopped: nothing was done."""
    odd_names: list[str] = field(default_factory=list)
    """Files whose names SQLite cannot store (bytes that are not UTF-8): left out of the
    index (a search scans them)."""


# ---------------------------------------------------------------- placing hits


def content_digest(texts: Iterable[str]) -> str:
    """A digest of a file's searched paragraphs (``_document_rows``' texts, in order): the
    same for two files exactly when a search finds the same in both (whatever their
    format, folder, line breaks or line numbers), but for the gap after a paragraph's
    number (``digest_text``)."""
    digest = hashlib.blake2b(digest_size=16)
    for text in texts:
        digest.update(digest_text(text).encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


_GAP = re.compile(r"[\t \u3000]")
"""Whitespace that may follow a paragraph's number."""
_GAP_WITHIN = 12
"""How far into a paragraph such a gap is looked for (the end of its number)."""


def digest_text(text: str) -> str:
    """``text`` as ``content_digest`` counts it: without the spaces, tabs or ideographic
    spaces between its leading number and what follows (``1. 压缩审批`` as ``1.压缩审批``).

    Word writes its list numbering as the label and a tab (``1.`` and a gap, which the
    .docx reader makes a space; a label turned into text keeps the tab), where the .txt of
    the same speech has ``1.压缩审批``: the two were not copies (cli18). Only the gap goes:
    the number stays (``1.`` and ``2.`` differ), so does a gap inside the text, a number
    whose own form is a space (``1 找人``, ``一 重工业``), and a gap before a digit
    (``1. 5亿元`` is not the decimal ``1.5亿元``). What is a number is ``match_marker``'s
    (the engine's headings), so a paragraph that starts otherwise is left as it is.
    """
    gap = _GAP.search(text, 0, _GAP_WITHIN)
    if gap is None:
        return text
    marker = match_marker(text)
    if marker is None or marker.text != marker.text.rstrip():
        return text
    end = marker.end
    start = len(text[:end].rstrip())
    if start == end or text[end : end + 1].isdigit():
        return text
    return text[:start] + text[end:]


def _outline_of(document: Document, name: str) -> list[Any]:
    """Speeches as ``[label, [[paragraph, level, marker+title], ...], title, preview]``
    (JSON for the files table; the title and first words make the label again in the
    interface's language: ``SpeechParts``)."""
    total = len(document.speeches)
    return [
        [
            speech.label(name, total),
            [[h.paragraph, h.level, f"{h.marker}{h.title}"] for h in speech.headings],
            speech.title,
            speech.preview[:LABEL_WORDS],
        ]
        for speech in document.speeches
    ]


LABEL_WORDS = 16
"""The first words of a speech that its label may show (``Speech.label``)."""


def _section(
    outline: list[Any], speech: int | None, paragraph: int
) -> tuple[str, tuple[str, ...], SpeechParts | None]:
    if speech is None or speech >= len(outline):
        return "", (), None
    label, headings, *parts = outline[speech]
    said = SpeechParts(parts[0], speech, parts[1], len(outline)) if len(parts) == 2 else None
    path: list[tuple[int, str]] = []
    for at, level, title in headings:
        if at > paragraph:
            break
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, title))
    return label, tuple(title for _, title in path), said


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
        label, section, parts = _section(outline, speech, paragraph)
        sentences = split_sentences(text)
        for start, end, number in spans:
            snippet, s0, s1 = snippet_of(text, start, end)
            placed.append(
                Hit(
                    path,
                    paragraph,
                    start,
                    end,
                    query.terms[number],
                    line,
                    speech,
                    label,
                    section,
                    snippet,
                    s0,
                    s1,
                    bool(heading),
                    sentence_at(sentences, start),
                    parts,
                )
            )
            if len(placed) >= limit:
                return placed
    return placed


def _document_rows(
    document: Document,
) -> Iterator[tuple[int, int, int | None, bool, str, str | None, int]]:
    for index, paragraph in enumerate(document.paragraphs):
        if not searchable(paragraph):
            continue
        title = paragraph_title(paragraph)
        yield (
            index,
            paragraph.line,
            paragraph.speech,
            title is not None,
            paragraph.text,
            title[0] if title else None,
            title[1] if title else 0,
        )


def title_counter(query: Query) -> Callable[[str], int]:
    """How many of a matching paragraph's hits are in its heading's title: each term's
    occurrences in the title (the paragraph already matched the query as a whole).

    A run-in heading's paragraph holds its text too (五是加大企业服务力度。…民营企业…): a
    hit there in the text is no heading hit, or a file with one such hit was ranked above
    one with eleven (newuser14)."""
    counts = [Query.single(term).counter() for term in query.terms]
    return lambda title: sum(count(title) for count in counts)


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
    in_title = title_counter(query)
    total = heading_hits = 0
    for _, _, _, heading, text, title, _ in _document_rows(document):
        if query.headings_only:
            if title is None:
                continue
            found = count(title)
            heading_hits += found
        else:
            found = count(text)
            if found and heading and title is not None:
                heading_hits += in_title(title)
        total += found
    if not total:
        return None
    digest = content_digest(row[4] for row in _document_rows(document))
    kept = document if reload is None else None  # (the result does not hold it otherwise)

    def place(limit: int) -> list[Hit]:
        placed = reload() if reload is not None else kept
        assert placed is not None
        outline = _outline_of(placed, os.path.basename(path))
        return _place_rows(path, outline, _document_rows(placed), query, limit)

    return FileResult(
        path,
        total,
        heading_hits,
        False,
        place,
        digest,
        kind=document.content_kind,
        pages=document.pages or None,
    )


def scan_file(path: str, query: Query) -> FileResult | None:
    """``scan_document`` of a file (parsed, cached by stamp). Raises OSError/SpeechFileError."""
    from tui.engine.doccache import cached_document

    return scan_document(
        cached_document(Path(path)), query, path, reload=lambda: cached_document(Path(path))
    )
