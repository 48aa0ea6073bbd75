"""The reader's find state (``/``, ``n``/``N``): the matches of a query in the shown text.

Pure Python (no Textual), apart from the widget that draws the matches: every match of
the query in the shown paragraphs' cleaned text, which one is current, and the counts per
paragraph, section and speech that the outline and the status line show.

The query is corpus search's (``tui.engine.match.parse_query``), read paragraph by
paragraph: ``营商 改革`` marks both words in the paragraphs holding both, ``"a phrase"``
is one term, ``-word`` leaves out the paragraphs holding it, ``标题:``/``h:`` searches
outline titles only. So a query opened from corpus search finds here what it found
there, and the counts agree.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from tui.engine.fold import search_fold
from tui.engine.model import Document
from tui.reader_layout import SentenceRef, sentence_at, sentences_of

FOLD_LATER_CHARS = 300_000
"""Shown text (characters) past which the first search of a document is found after its
folding, done off the UI thread (``SearchMatches.find(..., later=True)``): the 10 MB
traditional collection's 3.4 million characters took 220 ms on the UI thread to fold; a
speech (some 10,000 characters) or the bundled corpus's longest file is found at once."""


def words_apart(text: str) -> int:
    """How many words the spaces of the query ``text`` set apart (``优化 营商``: 2, each
    found on its own in a paragraph holding both, not the phrase); 0 for one word or one
    phrase, and for a query with a quote in it (its writer knows the syntax)."""
    if '"' in text:
        return 0
    from tui.engine.match import parse_query  # (off the first screen's imports: perf19)

    terms = parse_query(text).terms
    return len(terms) if len(terms) > 1 else 0


class Match(NamedTuple):
    """A search match: paragraph index and character offsets in its cleaned text."""

    paragraph: int
    start: int
    end: int


class SearchMatches:
    """Every match of one term in a document's shown paragraphs."""

    def __init__(self) -> None:
        self.term: str | None = None
        self.matches: list[Match] = []
        self.current: int | None = None
        """Index in ``matches`` of the current match (drawn apart; ``n`` steps from it)."""
        self.wrapped = False
        """Whether the last ``step`` went round the end (or the start) to get there."""
        self._keys: list[tuple[int, int]] = []
        self._by_paragraph: dict[int, list[Match]] = {}
        self._folded_of: Document | None = None
        self._folded: dict[int, str] = {}
        """The search-folded text (``search_fold``) of the paragraphs of ``_folded_of`` searched
        so far: folded once, not at every search (a 10 MB traditional file took 226 ms a
        search to fold, 50 once folded)."""
        self._whole = False
        """Whether ``_folded`` holds every shown paragraph of ``_folded_of`` (``adopt``)."""
        self.pending = False
        """Whether the matches wait for the document's folding (``find(..., later=True)``):
        ``term`` is the query, ``matches`` is empty until ``adopt`` brings the folded text."""

    def find(
        self,
        document: Document | None,
        blocks: list[int],
        term: str | None,
        later: bool = False,
    ) -> bool:
        """Find every match of the query ``term`` in paragraphs ``blocks``.

        A match is what ``tui.engine.match`` says it is (Latin letters in any case), and
        the query is read as corpus search reads it: the same counts.

        ``later``: when the document's text would have to be folded first and it is long
        (``FOLD_LATER_CHARS``), find nothing now: ``pending`` is set and False returned;
        the caller folds it off the UI thread (``fold_texts``) and hands it to ``adopt``,
        which finds then. True when the matches are found.
        """
        self.term = term or None
        self.matches = []
        self._by_paragraph = {}
        self.current = None
        self._keys = []
        self.pending = False
        if self.term is None:
            # No search (every document shown finds its matches, the first before the first
            # frame): ``tui.engine.match``, whose import compiles its query patterns, is
            # imported at the first search (docs/performance.md, perf19).
            return True
        from tui.engine.match import paragraph_hits, parse_query

        query = parse_query(self.term)
        if (
            later
            and not query.empty
            and not query.headings_only
            and document is not None
            and not self.folded(document)
            and sum(len(document.paragraphs[index].text) for index in blocks) > FOLD_LATER_CHARS
        ):
            self.pending = True
            return False
        if not query.empty and document is not None:
            matcher = query.matcher()
            matcher_folded = query.matcher(folded=True)
            paragraphs = document.paragraphs
            if self._folded_of is not document:
                self._folded_of, self._folded, self._whole = document, {}, False
            folded = self._folded
            for index in blocks:
                if query.headings_only:
                    hits = paragraph_hits(paragraphs[index], query, matcher)
                else:
                    text = folded.get(index)
                    if text is None:
                        text = folded[index] = search_fold(paragraphs[index].text)
                    hits = matcher_folded(text)  # (the same places: folding keeps them)
                if hits:
                    found = [Match(index, start, end) for start, end, _ in hits]
                    self.matches.extend(found)
                    self._by_paragraph[index] = found
        self._keys = [(m.paragraph, m.start) for m in self.matches]
        return True

    def folded(self, document: Document) -> bool:
        """Whether ``document``'s shown text is folded (``adopt``ed whole): a search needs
        no folding."""
        return self._folded_of is document and self._whole

    def folded_text(self, document: Document) -> dict[int, str] | None:
        """``document``'s whole folded text when it is ``folded``, else None."""
        return self._folded if self.folded(document) else None

    @staticmethod
    def fold_texts(
        document: Document, blocks: list[int], cancelled: Callable[[], bool]
    ) -> dict[int, str] | None:
        """The search-folded text of paragraphs ``blocks`` (for ``adopt``); None when
        ``cancelled()`` came true. Pure: run on a thread, off the UI's."""
        paragraphs = document.paragraphs
        folded: dict[int, str] = {}
        for done, index in enumerate(blocks):
            if done % 500 == 0 and cancelled():
                return None
            folded[index] = search_fold(paragraphs[index].text)
        return folded

    def adopt(self, document: Document, blocks: list[int], folded: dict[int, str]) -> None:
        """Keep ``folded`` (``fold_texts``) as ``document``'s folding and, if matches were
        pending, find them now."""
        self._folded_of, self._folded, self._whole = document, folded, True
        if self.pending:
            self.find(document, blocks, self.term)

    def forget(self, document: Document | None) -> None:
        """Drop the folded text of any document but ``document`` (the one shown now): a
        document closed is not kept alive by its folding (3.4 million characters of a 10 MB
        file)."""
        if self._folded_of is not document:
            self._folded_of, self._folded, self._whole = None, {}, False

    @property
    def status(self) -> tuple[int, int]:
        """(current match, 1-based or 0 when none is current; total matches)."""
        return (0 if self.current is None else self.current + 1), len(self.matches)

    @property
    def current_match(self) -> Match | None:
        return None if self.current is None else self.matches[self.current]

    def in_paragraph(self, paragraph: int) -> list[Match]:
        """The matches in ``paragraph``, in order."""
        return self._by_paragraph.get(paragraph, [])

    def mark_in(self, paragraph: int, start: int, end: int) -> bool:
        """Make the first match within characters ``start``..``end`` of ``paragraph`` current."""
        index = bisect_left(self._keys, (paragraph, start))
        if index >= len(self.matches) or self._keys[index] >= (paragraph, end):
            return False
        self.current = index
        return True

    def step(
        self,
        document: Document,
        cursor: SentenceRef,
        direction: int,
        within: tuple[int, int] | None = None,
    ) -> Match | None:
        """Make the next (1) or previous (-1) match current, wrapping around; None if none.

        From the current match while the cursor is still on its sentence, else from the
        cursor's sentence. ``within`` keeps to the paragraphs ``[first, end)`` (one
        speech: a keyword of this speech is looked for in this speech), wrapping there.
        """
        low, high = 0, len(self.matches)
        if within is not None:
            low = bisect_left(self._keys, (within[0], 0))
            high = bisect_left(self._keys, (within[1], 0))
        total = high - low
        if total <= 0:
            return None
        current = self.current
        paragraph, sentence = cursor
        if (
            current is not None
            and low <= current < high
            and self._on_sentence(document, current, cursor)
        ):
            index = current + direction
        else:
            bounds = sentences_of(document.paragraphs[paragraph])[sentence]
            if direction > 0:
                index = bisect_left(self._keys, (paragraph, bounds.end))
            else:
                index = bisect_left(self._keys, (paragraph, bounds.start)) - 1
        self.wrapped = not low <= index < high
        index = low + (index - low) % total
        self.current = index
        return self.matches[index]

    def _on_sentence(self, document: Document, index: int, cursor: SentenceRef) -> bool:
        match = self.matches[index]
        if match.paragraph != cursor[0]:
            return False
        return sentence_at(document.paragraphs[match.paragraph], match.start) == cursor[1]

    def counts_by_paragraph(self) -> dict[int, int]:
        """Matches per paragraph index (only paragraphs with matches)."""
        return {p: len(found) for p, found in self._by_paragraph.items()}

    def counts_by_heading(self, document: Document | None) -> dict[int, int]:
        """Matches per heading (``Heading.paragraph`` → count in its whole section)."""
        counts: dict[int, int] = {}
        if document is None or not self.matches:
            return counts
        keys = [m.paragraph for m in self.matches]
        for speech in document.speeches:
            for heading in speech.headings:
                end = speech.section_end(heading)
                count = bisect_left(keys, end) - bisect_left(keys, heading.paragraph)
                if count:
                    counts[heading.paragraph] = count
        return counts

    def counts_by_speech(self, document: Document | None) -> dict[int, int]:
        """Matches per speech index."""
        counts: dict[int, int] = {}
        if document is None:
            return counts
        keys = [m.paragraph for m in self.matches]
        for speech in document.speeches:
            count = bisect_left(keys, speech.end) - bisect_left(keys, speech.first)
            if count:
                counts[speech.index] = count
        return counts
