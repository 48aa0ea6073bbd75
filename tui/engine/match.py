"""What a match is: the one definition used by the reader's ``/``, corpus search and the CLI.

A term matches the engine's cleaned, re-flowed paragraph text (``Paragraph.text``), so a
word broken by a PDF line break is found. Paragraphs the reader hides (``Kind.NOISE``)
and empty ones are never searched (``searchable``). Letters ignore case (Latin letters,
full-width ones too: ``re.IGNORECASE``), and traditional and simplified characters alike:
the query and the text are both read through ``fold.search_fold``, a folding of one
character by one character, so ``关于`` finds ``關於`` and ``講話`` finds ``讲话``, and a match's
place is its place in the text as written (the reader marks the file's own characters).
Everything else matches as written. Matches of one term do not overlap (``哈哈`` is found
once in ``哈哈哈``).

Queries (corpus search, ``speech-reader search`` and the reader's ``/``, paragraph by
paragraph: ``tui.reader_search``):

* ``营商 环境``: words separated by spaces must all occur in the paragraph (AND);
* ``"an exact phrase"``: a quoted phrase is one term, spaces included;
* ``-word``: paragraphs holding ``word`` are left out;
* ``标题:word`` or ``h:word``: only outline titles (speech titles and headings) are searched.
  The prefix may stand before any word and applies to the whole query, so the order of the
  words never matters (``营商环境 标题:优化`` is ``标题:优化 营商环境``: titles holding both).

The hits of a paragraph are every match of each of its query's terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tui.engine.fold import search_fold
from tui.engine.model import Document, Kind, Paragraph, Sentence
from tui.engine.segment import CLOSERS
from tui.engine.wordcut import splits_word
from tui.engine.wrap import char_width

SNIPPET_CONTEXT = 48
"""Cells of context on each side of a match in a snippet: 24 Chinese characters. Counted in
cells, not characters: a Latin letter or a digit takes one cell, and 24 characters of
context were half as wide on a line with words or numbers in it."""
ELLIPSIS = "…"
"""Marks the text a snippet leaves out of its paragraph, before or after it."""

HEADING_PREFIXES = ("标题:", "标题：", "標題:", "標題：", "h:", "H:", "h：", "H：")
"""A query with one of these before any of its words searches outline titles only (标题
in traditional characters too: the rest of a query is read in either)."""

_SPACES = re.compile(r"\s+")
_QUERY_PART = re.compile(
    r"(-?)((?:" + "|".join(map(re.escape, HEADING_PREFIXES)) + r'))?(-?)"([^"]*)"?|(\S+)'
)
"""One word of a query: ``-``, a title prefix and ``-`` before a quoted phrase, or a word."""


def _cased(term: str) -> bool:
    return any(c.lower() != c or c.upper() != c for c in term)


def _finder(term: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``term_finder`` of a folded ``term`` in a folded text."""
    if not term:
        return lambda text: iter(())
    if _cased(term):
        finditer = re.compile(re.escape(term), re.IGNORECASE).finditer

        def spans_re(text: str) -> Iterator[tuple[int, int]]:
            for match in finditer(text):
                yield match.span()

        return spans_re
    size = len(term)

    def spans(text: str) -> Iterator[tuple[int, int]]:
        at = text.find(term)
        while at >= 0:
            yield at, at + size
            at = text.find(term, at + size)

    return spans


def _counter(term: str) -> Callable[[str], int]:
    """``term_counter`` of a folded ``term`` in a folded text."""
    if not term:
        return lambda text: 0
    if _cased(term):
        findall = re.compile(re.escape(term), re.IGNORECASE).findall
        return lambda text: len(findall(text))
    return lambda text: text.count(term)


def term_finder(term: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    """A function giving the ``(start, end)`` of each match of ``term`` in a text (both
    folded by ``search_fold``: the same places in the text as written)."""
    finder = _finder(search_fold(term))
    return lambda text: finder(search_fold(text))


def term_counter(term: str) -> Callable[[str], int]:
    """A function counting the matches of ``term`` in a text (as ``term_finder`` finds them)."""
    counter = _counter(search_fold(term))
    return lambda text: counter(search_fold(text))


def find_spans(text: str, term: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every match of ``term`` in ``text``."""
    return list(term_finder(term)(text))


def count_matches(text: str, term: str) -> int:
    """Number of matches of ``term`` in ``text``."""
    return term_counter(term)(text)


def searchable(paragraph: Paragraph) -> bool:
    """Whether the paragraph is searched: the reader shows it (not noise, not empty)."""
    return paragraph.kind is not Kind.NOISE and bool(paragraph.text)


def title_of(document: Document, index: int) -> tuple[str, int] | None:
    """The outline title of paragraph ``index`` and where it starts in the paragraph's text.

    A speech's title line is its own title; a heading's title follows its marker. None
    for other paragraphs.
    """
    paragraph = document.paragraphs[index]
    return paragraph_title(paragraph)


def paragraph_title(paragraph: Paragraph) -> tuple[str, int] | None:
    """``title_of`` for one paragraph."""
    if paragraph.kind is Kind.TITLE:
        return paragraph.text, 0
    heading = paragraph.heading
    if paragraph.kind is Kind.HEADING and heading is not None and heading.title:
        at = paragraph.text.find(heading.title)
        if at < 0:
            return None
        return heading.title, at
    return None


# ---------------------------------------------------------------- queries


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: terms that must all occur, terms that must not, titles only."""

    terms: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    headings_only: bool = False
    text: str = ""
    """The query as typed."""

    @classmethod
    def single(cls, term: str) -> Query:
        """One literal term (the reader's ``/``)."""
        return cls((term,) if term else (), (), False, term)

    @property
    def empty(self) -> bool:
        """Nothing to look for (no positive term)."""
        return not self.terms

    def matcher(self, folded: bool = False) -> Callable[[str], list[tuple[int, int, int]] | None]:
        """A function giving a text's hits ``(start, end, term index)`` in order, or None.

        None when a term is missing or an excluded term occurs. ``folded``: the texts it
        is given are ``search_fold``'s already (the reader keeps them so).
        """
        fold_text = (lambda text: text) if folded else search_fold
        finders = [_finder(search_fold(term)) for term in self.terms]
        counters = [_counter(search_fold(term)) for term in self.excluded]

        def hits(text: str) -> list[tuple[int, int, int]] | None:
            text = fold_text(text)
            for count in counters:
                if count(text):
                    return None
            found: list[tuple[int, int, int]] = []
            for number, finder in enumerate(finders):
                before = len(found)
                found.extend((start, end, number) for start, end in finder(text))
                if len(found) == before:
                    return None
            if len(finders) > 1:
                found.sort()
            return found

        return hits

    def counter(self) -> Callable[[str], int]:
        """A function counting a text's hits (0 when it does not match)."""
        counts = [_counter(search_fold(term)) for term in self.terms]
        excluded = [_counter(search_fold(term)) for term in self.excluded]
        if len(counts) == 1 and not excluded:
            only = counts[0]
            return lambda text: only(search_fold(text))

        def count(text: str) -> int:
            text = search_fold(text)
            for exclude in excluded:
                if exclude(text):
                    return 0
            total = 0
            for term_count in counts:
                found = term_count(text)
                if not found:
                    return 0
                total += found
            return total

        return count

    def byte_counter(self) -> Callable[[bytes], int] | None:
        """``counter`` over UTF-8 bytes, or None when a term has letters with case.

        Counting the encoded text is the same count (UTF-8 never matches within a
        character) and spares decoding it: the index counts candidates this way. The
        bytes are those of the text already folded (``search_fold``: the index keeps the
        folded text of a paragraph that has any to fold).
        """
        if any(_cased(term) for term in (*self.terms, *self.excluded)):
            return None
        counts = [search_fold(term).encode("utf-8", "surrogatepass") for term in self.terms]
        excluded = [search_fold(t).encode("utf-8", "surrogatepass") for t in self.excluded]
        if len(counts) == 1 and not excluded:
            only = counts[0]
            return lambda data: data.count(only)

        def count(data: bytes) -> int:
            for exclude in excluded:
                if exclude in data:
                    return 0
            total = 0
            for term in counts:
                found = data.count(term)
                if not found:
                    return 0
                total += found
            return total

        return count


def _strip_heading_prefix(word: str) -> tuple[str, bool]:
    """``word`` without a leading ``标题:`` (or ``h:``…), and whether it had one."""
    for prefix in HEADING_PREFIXES:
        if word.startswith(prefix):
            return word[len(prefix) :], True
    return word, False


def parse_query(text: str) -> Query:
    """The query typed as ``text`` (see the module's doc for the syntax).

    ``标题:`` (or ``h:``) before any word, or before its ``-`` or quote, makes the whole
    query search titles: the order of the words never changes the query
    (``营商环境 标题:优化`` is ``标题:优化 营商环境``). A quoted ``"标题:优化"`` is a
    literal term.
    """
    headings_only = False
    terms: list[str] = []
    excluded: list[str] = []
    for match in _QUERY_PART.finditer(text):
        outer, field, inner, quoted, word = match.groups()
        if field:
            headings_only = True
        negative = bool(outer or inner)
        if word is not None:
            if word.startswith("-") and len(word) > 1:
                negative, word = True, word[1:]
            word, titled = _strip_heading_prefix(word)
            if titled:
                headings_only = True
                if not negative and word.startswith("-") and len(word) > 1:
                    negative, word = True, word[1:]
            if '"' in word:
                word = word.replace('"', "")
            if word:
                (excluded if negative else terms).append(word)
        elif quoted is not None and quoted.strip():
            (excluded if negative else terms).append(quoted.strip())
    unique = tuple(dict.fromkeys(terms))
    return Query(unique, tuple(dict.fromkeys(excluded)), headings_only, text)


# ---------------------------------------------------------------- hits


@dataclass(frozen=True, slots=True)
class Hit:
    """One match placed in its file: paragraph, speech, section, snippet."""

    path: str
    paragraph: int
    """Index into ``Document.paragraphs``."""
    start: int
    """Offset of the match in the paragraph's text."""
    end: int
    term: str
    """The query term that matched here."""
    line: int
    """1-based source line where the paragraph starts."""
    speech: int | None
    speech_label: str
    section: tuple[str, ...]
    """Enclosing headings as "marker+title", outermost first."""
    snippet: str
    snippet_start: int
    snippet_end: int
    heading: bool
    """The paragraph is a speech title or a heading."""
    sentence: int = 0
    """Index of the sentence of the paragraph holding the match."""
    speech_parts: SpeechParts | None = None
    """What ``speech_label`` is made of, for the interface to say it in its language
    (``tui.ui_text.speech_name``): None outside the speeches."""


@dataclass(frozen=True, slots=True)
class SpeechParts:
    """A speech's label in parts (``Speech.label``): its title, or its number among
    ``total`` and its first words; the file's name is the hit's."""

    title: str | None
    index: int
    preview: str
    total: int


CLAUSE_ENDS = frozenset("。！？；，、：…!?;,:")
"""Punctuation a snippet prefers to start after or end with."""

_OPENERS = frozenset('（《“‘「『【〔("')
"""Marks a snippet may start with (a cut before them splits no word)."""
_WORD_ENDS = frozenset("的们")
"""Characters that end a word (我们|, 发展的|): a cut after one is no cut inside a Chinese
word, unless a word begins with them (的确)."""
_AFTER_DE = frozenset("的确")


def word_boundary(text: str, at: int) -> bool:
    """Whether a cut between ``text[at - 1]`` and ``text[at]`` falls between two words by
    what the characters themselves say, without a dictionary (jieba is not loaded in the
    reader, and a search's snippets must not wait for it): after a clause's punctuation, a
    closing mark or 的/们, before an opening mark, beside a blank (never before a clause's
    punctuation or a closing mark: a snippet does not start with one). A cut between two other
    Chinese characters may split a word (…察委员会, …认真学习贯…)."""
    if at <= 0 or at >= len(text) or splits_word(text, at):
        return False
    before, after = text[at - 1], text[at]
    if after in CLAUSE_ENDS or after in CLOSERS:
        return False  # a snippet would start with them: end after them instead
    if before in CLAUSE_ENDS or before in CLOSERS or after in _OPENERS:
        return True
    if before.isspace() or after.isspace():
        return True
    return before in _WORD_ENDS and after not in _AFTER_DE


def boundary_near(text: str, cut: int, limit: int) -> int:
    """The ``word_boundary`` nearest ``cut`` on its way to ``limit`` (``quarter_left``), else
    ``cut``: the one rule for a snippet's ends and a corpus-search row cut to its pane."""
    step = -1 if limit < cut else 1
    return next((n for n in range(cut, limit + step, step) if word_boundary(text, n)), cut)


def quarter_left(text: str, edge: int, cut: int) -> int:
    """How far a cut moves to the match's ``edge``: a quarter of the cells between is kept."""
    cells = sum(char_width(char) for char in text[min(edge, cut) : max(edge, cut)]) // 4
    return _cells_after(text, edge, cells) if cut >= edge else _cells_before(text, edge, cells)


def _cells_before(text: str, at: int, cells: int) -> int:
    """Where the longest run of ``text`` that ends at ``at`` and fits in ``cells`` begins."""
    used = 0
    while at > 0:
        used += char_width(text[at - 1])
        if used > cells:
            break
        at -= 1
    return at


def _cells_after(text: str, at: int, cells: int) -> int:
    """Where the longest run of ``text`` that begins at ``at`` and fits in ``cells`` ends."""
    used = 0
    while at < len(text):
        used += char_width(text[at])
        if used > cells:
            break
        at += 1
    return at


def snippet_bounds(
    text: str, start: int, end: int, context: int = SNIPPET_CONTEXT
) -> tuple[int, int]:
    """Where a snippet of the match ``text[start:end]`` begins and ends in ``text``: at most
    ``context`` cells (``wrap.char_width``) a side; after or with a clause end in the outer
    half of it (not a number's comma, ``912,345``); else at ``boundary_near`` within
    ``quarter_left`` (a mark, 的: not …察委员会 for 监察委员会), else between two characters,
    never inside a Latin word, a number or a character's combining marks (``splits_word``)."""
    low = _cells_before(text, start, context)
    if low > 0:
        outer = text[low : max(low, _cells_before(text, start, context // 2))]
        clause = next(
            (n for n, c in enumerate(outer) if c in CLAUSE_ENDS and not splits_word(text, low + n)),
            -1,
        )
        if clause >= 0:
            low += clause + 1
        else:
            low = boundary_near(text, low, quarter_left(text, start, low))
        while low < start and splits_word(text, low):
            low += 1
    high = _cells_after(text, end, context)
    if high < len(text):
        inner = min(high, _cells_after(text, end, context // 2))
        clause = max(
            (n for n in range(inner, high) if text[n] in CLAUSE_ENDS and not splits_word(text, n)),
            default=-1,
        )
        if clause >= 0:
            high = clause + 1
        else:
            high = boundary_near(text, high, quarter_left(text, end, high))
        while high > end and splits_word(text, high):
            high -= 1
    return low, high


def snippet_of(
    text: str, start: int, end: int, context: int = SNIPPET_CONTEXT
) -> tuple[str, int, int]:
    """``(snippet, start, end)``: the match with context on one line, and where it is in it.

    The context is cut as ``snippet_bounds`` says (never inside a word or a number), and
    ``ELLIPSIS`` stands for the text left out before and after it.
    """
    low, high = snippet_bounds(text, start, end, context)
    left = _SPACES.sub(" ", text[low:start]).lstrip()
    right = _SPACES.sub(" ", text[end:high]).rstrip()
    middle = _SPACES.sub(" ", text[start:end])
    if text[:low].strip():
        left = ELLIPSIS + left
    if text[high:].strip():
        right += ELLIPSIS
    return left + middle + right, len(left), len(left) + len(middle)


def paragraph_hits(
    paragraph: Paragraph, query: Query, matcher: Callable[[str], list[tuple[int, int, int]] | None]
) -> list[tuple[int, int, int]] | None:
    """The hits of ``query`` in one paragraph (its title only for a headings-only query)."""
    if query.headings_only:
        title = paragraph_title(paragraph)
        if title is None:
            return None
        found = matcher(title[0])
        if not found:
            return None
        at = title[1]
        return [(start + at, end + at, number) for start, end, number in found]
    return matcher(paragraph.text)


def document_hits(
    document: Document, query: Query
) -> Iterator[tuple[int, list[tuple[int, int, int]]]]:
    """``(paragraph index, hits)`` of every searched paragraph of ``document`` that matches."""
    if query.empty:
        return
    matcher = query.matcher()
    for index, paragraph in enumerate(document.paragraphs):
        if not searchable(paragraph):
            continue
        found = paragraph_hits(paragraph, query, matcher)
        if found:
            yield index, found


def sentence_at(sentences: tuple[Sentence, ...], char: int) -> int:
    """Index of the sentence holding character ``char`` (the last one past the end)."""
    for index, sentence in enumerate(sentences):
        if sentence.start <= char < sentence.end:
            return index
    return max(0, len(sentences) - 1)


def speech_label(document: Document, speech: int | None, name: str) -> str:
    """The label of speech ``speech`` of ``document`` ("" for none)."""
    if speech is None:
        return ""
    return document.speeches[speech].label(name, len(document.speeches))
