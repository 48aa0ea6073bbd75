"""The reader's layout model: a document laid out at a width, with a cursor and a selection.

Pure Python (no Textual, no rich), table-tested without an app, as Textual's own
``WrappedDocument`` is for ``TextArea``: ``ReaderView`` asks this model and paints.

Units, decided once:

* A **paragraph** is an index into ``Document.paragraphs``; a **block** is a shown
  paragraph (empty ones are hidden, and ``Kind.NOISE`` ones unless ``show_noise``: ``z``
  shows them in place, dimmed), numbered 0.. in reading order.
* A **row** is a virtual line of the whole laid-out text (0 = the first line), blank
  spacing lines between blocks included; the view shows rows ``scroll_y`` onwards.
* A **sentence reference** ``(paragraph, sentence)``; a **character reference**
  ``(paragraph, char)`` counts characters of ``Paragraph.text``.

Line counts start as estimates (cell width / room) and become exact block by block as
blocks are wrapped (``ensure_exact``; ``refine`` for what is on screen); ``exact_counts``
computes all of them for a worker thread, and ``apply_exact_counts`` takes them if the
layout has not changed meanwhile (its ``generation``).

Why this module is about 700 lines: it is one model with one state (the blocks' line
counts, the cursor and the selection all index the same rows); split, the halves would
reach into each other's bookkeeping. Its helpers that need no state (``sentences_of``,
``sentence_at``, ``index_blocks``) are module functions, tested alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from tui.engine.mdmarks import BULLET
from tui.engine.model import Document, Kind, Paragraph, Sentence
from tui.engine.wrap import cell_width, char_width, wrap

SentenceRef = tuple[int, int]
"""(paragraph index in ``Document.paragraphs``, sentence index)."""
CharRef = tuple[int, int]
"""(paragraph index in ``Document.paragraphs``, character offset in its text)."""

INDENT_CELLS = 4
"""Cells of the paragraph indent (two full-width spaces), drawn on the first line only."""
CENTRED_FRONT_CHARS = 40
"""Front-matter paragraphs up to this long are centred like titles."""
WRAP_CACHE_BLOCKS = 4096
"""Blocks whose wrapped lines are kept (the rest are wrapped again when needed)."""


class BlockIndex(NamedTuple):
    """What the layout keeps per block (shown paragraph) of a document (``index_blocks``)."""

    blocks: list[int]
    """Indexes in ``Document.paragraphs`` of the paragraphs shown (not empty; noise only
    when shown)."""
    estimates: list[int]
    """Each block's estimated cell width, by the UTF-8 length trick, exact for ASCII and
    CJK: ASCII takes 1 byte and 1 cell, BMP CJK 3 bytes and 2 cells, so (bytes + chars) / 2."""
    first_indents: list[int]
    """Cells before each block's first line: ``INDENT_CELLS`` for body text, else 0."""
    chars_before: list[int]
    """Characters of text before each block (one more entry: the total)."""
    spacing: list[int]
    """Blank lines before each block: 2 between speeches, 1 around titles and front
    matter and before a first-level heading. Shown noise leaves the others' as they are
    without it (a page number sits in place, on its own line), but is set apart by one
    blank line from a title or front matter just above it, and from the text under it when
    it opens the file (ads over the title sat right on top of it)."""
    headings: list[int]
    """The blocks that are headings, as paragraph indexes."""


def index_blocks(paragraphs: Sequence[Paragraph], show_noise: bool = False) -> BlockIndex:
    """The layout's per-block facts of ``paragraphs`` (``show_noise``: noise paragraphs
    are blocks too, not indented, without spacing).

    Written for speed (it runs on the UI thread each time a document is shown: the 10 MB
    collection's 12,060 paragraphs): the per-block columns that need no neighbour are list
    comprehensions, kinds are compared by identity with locals, and one loop does the
    rest. The 10 MB collection, medians of 40 in turns (two runs, load 2.7): 16.2 / 16.3 ms
    before, 11.6 / 12.1 ms so (docs/performance-log.md, perf11); the same result
    (tests/ui/test_reader.py checks it against the rules one by one).
    """
    noise, body, heading_kind, title, front = (
        Kind.NOISE,
        Kind.BODY,
        Kind.HEADING,
        Kind.TITLE,
        Kind.FRONT,
    )
    if show_noise:
        shown = [(index, p) for index, p in enumerate(paragraphs) if p.text]
    else:
        shown = [(index, p) for index, p in enumerate(paragraphs) if p.kind is not noise and p.text]
    lengths = [len(paragraph.text) for _, paragraph in shown]
    estimates = [
        (len(paragraph.text.encode("utf-8", "surrogatepass")) + length) // 2
        for (_, paragraph), length in zip(shown, lengths, strict=True)
    ]
    first_indents: list[int] = []
    spacing: list[int] = []
    headings: list[int] = []
    previous_kind: Kind | None = None
    previous_speech: int | None = None
    noise_above = False  # shown noise since the last text block
    for (index, paragraph), length in zip(shown, lengths, strict=True):
        kind = paragraph.kind
        if kind is noise:  # (shown: in place; apart from a title or front matter by a line)
            first_indents.append(0)
            spacing.append(
                1 if not noise_above and (previous_kind is title or previous_kind is front) else 0
            )
            noise_above = True
            continue
        speech = paragraph.speech
        indented = (
            kind is body or kind is heading_kind or (kind is front and length > CENTRED_FRONT_CHARS)
        )
        first_indents.append(INDENT_CELLS if indented else 0)
        if previous_kind is None:
            gap = 1 if noise_above else 0  # ads over the title: not right on top of it
        elif speech != previous_speech:
            gap = 2
        elif kind is title or previous_kind is title or previous_kind is front:
            gap = 1
        elif kind is heading_kind:
            gap = 1 if paragraph.heading is not None and paragraph.heading.level == 1 else 0
        else:
            gap = 0
        if kind is heading_kind:
            headings.append(index)
        spacing.append(gap)
        previous_kind, previous_speech, noise_above = kind, speech, False
    return BlockIndex(
        [index for index, _ in shown],
        estimates,
        first_indents,
        [0, *accumulate(lengths)],
        spacing,
        headings,
    )


def sentences_of(paragraph: Paragraph) -> tuple[Sentence, ...]:
    """The paragraph's sentences, or one sentence covering it when it has none."""
    return paragraph.sentences or (Sentence(0, len(paragraph.text)),)


def sentence_at(paragraph: Paragraph, char: int) -> int:
    """Index of the sentence of ``paragraph`` holding character ``char``."""
    starts = [s.start for s in sentences_of(paragraph)]
    return max(0, bisect_right(starts, char) - 1)


def hang_indent(paragraph: Paragraph, first_indent: int) -> int:
    """Cells before the wrapped lines of ``paragraph`` after its first: a list item's go
    under its text, past its bullet (• 15岁那年… then 开始在美国… under 15, not at the margin
    under the bullet, which read as a new paragraph; newuser25); others start at the margin."""
    return first_indent + cell_width(BULLET) if paragraph.text.startswith(BULLET) else 0


def is_centred(paragraph: Paragraph) -> bool:
    """Titles and short front matter are centred."""
    return paragraph.kind is Kind.TITLE or (
        paragraph.kind is Kind.FRONT and len(paragraph.text) <= CENTRED_FRONT_CHARS
    )


def balanced(text: str, width: int, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A centred paragraph's ``lines`` (``wrap`` at ``width``) made as even as they can
    be in as many lines: wrapped at the narrowest width that needs no more of them.

    A title a little too long for the line left its last character or two alone under it
    (newuser21: 在全市 2022 年优化营商环境和招商引资大会上的讲 | 话 beside the keyword
    panel at 80 columns); now 在全市 2022 年优化营商环 | 境和招商引资大会上的讲话. The
    same number of lines, so the rows counted by plain ``wrap`` (``ExactCountJob``)
    still hold; every line still fits ``width``.
    """
    count = len(lines)
    if count < 2:
        return lines
    low = max(1, -(-sum(char_width(ch) for ch in text) // count))
    high = width
    best = lines
    while low <= high:  # the narrowest width wrapping into ``count`` lines (or fewer)
        middle = (low + high) // 2
        found = wrap(text, middle, 0, 0)
        if len(found) <= count:
            best, high = found, middle - 1
        else:
            low = middle + 1
    return best if len(best) == count else lines


@dataclass(frozen=True, slots=True)
class ExactCountJob:
    """What a worker needs to count every block's lines (``ReaderLayout.exact_counts``)."""

    document: Document
    generation: int
    width: int
    blocks: list[int]
    first_indents: list[int]
    spacing: list[int]

    def run(self, cancelled: Callable[[], bool] = lambda: False) -> list[int] | None:
        """Rows of each block (spacing included); None when cancelled."""
        counts: list[int] = []
        paragraphs = self.document.paragraphs
        for block, index in enumerate(self.blocks):
            if block % 256 == 0 and cancelled():
                return None
            first = self.first_indents[block]
            paragraph = paragraphs[index]
            lines = wrap(paragraph.text, self.width, first, hang_indent(paragraph, first))
            counts.append(self.spacing[block] + len(lines or [0]))
        return counts


class ReaderLayout:
    """A document laid out at a width: blocks, wrapped lines, rows, cursor, selection."""

    def __init__(self) -> None:
        self.document: Document | None = None
        self.blocks: list[int] = []
        """Paragraph index of each block."""
        self.headings: list[int] = []
        """Paragraph indexes of the shown headings."""
        self.speech_starts: list[int] = []
        """Paragraph index of each speech's first shown paragraph."""
        self.width = 0
        """Cells per line of the current layout (0: not laid out)."""
        self.generation = 0
        """Changes with every new layout: a worker's result for an older one is dropped."""
        self._estimates: list[int] = []
        self._first_indents: list[int] = []
        self._spacing: list[int] = []
        self._chars_before: list[int] = [0]
        self._counts: list[int] = []
        self._exact: list[bool] = []
        self._offsets: list[int] = [0]
        self._wrapped: dict[int, list[tuple[int, int]]] = {}
        self.cursor: SentenceRef = (0, 0)
        self.anchor: SentenceRef | None = None
        """Where a keyboard selection (``v``) began; it runs to the cursor."""
        self.marked: tuple[CharRef, CharRef] | None = None
        """A selection of characters (the mouse's), end exclusive; None without one."""
        self.show_noise = False
        """Whether paragraphs taken for noise are blocks too (``z``; ``set_show_noise``)."""

    # ------------------------------------------------------------------ document

    def load(self, document: Document | None, width: int | None = None) -> None:
        """Lay out ``document`` (None: nothing) at ``width`` cells (None: the current
        width), the cursor at its first sentence."""
        self.document = document
        self.anchor = None
        self.marked = None
        paragraphs = document.paragraphs if document is not None else ()
        index = index_blocks(paragraphs, self.show_noise)
        self.blocks = index.blocks
        self._estimates = index.estimates
        self._first_indents = index.first_indents
        self._chars_before = index.chars_before
        self._spacing = index.spacing
        self.headings = index.headings
        starts: list[int] = []
        for speech in document.speeches if document is not None else ():
            block = bisect_left(self.blocks, speech.first)
            while (  # a speech starts at its text, not at a page header shown before it
                block < len(self.blocks) - 1
                and self.blocks[block] < speech.end
                and paragraphs[self.blocks[block]].kind is Kind.NOISE
            ):
                block += 1
            if block < len(self.blocks) and self.blocks[block] < speech.end:
                starts.append(self.blocks[block])
        self.speech_starts = starts
        self.cursor = (self.blocks[0], 0) if self.blocks else (0, 0)
        self.set_width(self.width if width is None else width, force=True)

    def set_show_noise(self, show: bool) -> bool:
        """Show the paragraphs taken for noise as blocks of their own (or hide them
        again), laid out anew at the same width; False if nothing changed.

        The cursor and a keyboard selection stay on their sentences (one on a paragraph
        hidden now goes to the next shown, as ``clamp`` does); the mouse's characters are
        dropped (its rows are not the text's any more)."""
        if show == self.show_noise:
            return False
        self.show_noise = show
        cursor, anchor = self.cursor, self.anchor
        had_blocks = bool(self.blocks)
        self.load(self.document)
        if self.blocks and had_blocks:
            self.cursor = self.clamp(cursor)
            self.anchor = None if anchor is None else self.clamp(anchor)
        return True

    @property
    def noise_paragraphs(self) -> int:
        """How many paragraphs with text the engine took for noise (shown or not)."""
        if self.document is None:
            return 0
        noise = Kind.NOISE
        return sum(1 for p in self.document.paragraphs if p.kind is noise and p.text)

    def is_noise(self, block: int) -> bool:
        """Whether ``block`` is a paragraph taken for noise (shown: ``show_noise``)."""
        return self.paragraph(block).kind is Kind.NOISE

    @property
    def shown(self) -> bool:
        """Whether there is a document with something to show."""
        return self.document is not None and bool(self.blocks)

    def paragraph(self, block: int) -> Paragraph:
        """The paragraph shown as ``block``."""
        assert self.document is not None
        return self.document.paragraphs[self.blocks[block]]

    # ------------------------------------------------------------------ geometry

    def set_width(self, width: int, *, force: bool = False) -> bool:
        """Lay out again for ``width`` cells with estimated counts; False if nothing changed."""
        width = max(0, width)
        if width == self.width and not force:
            return False
        self.width = width
        self.generation += 1
        self._wrapped.clear()
        self._exact = [False] * len(self.blocks)
        room = max(1, width)
        self._counts = [
            gap + max(1, -(-(cells + first) // room))
            for gap, cells, first in zip(
                self._spacing, self._estimates, self._first_indents, strict=True
            )
        ]
        self._offsets = [0, *accumulate(self._counts)]
        return True

    @property
    def row_count(self) -> int:
        """Rows of the whole laid-out text (estimates included)."""
        return self._offsets[-1]

    def block_row(self, block: int) -> int:
        """The first row of ``block``'s spacing."""
        return self._offsets[block]

    def text_row(self, block: int) -> int:
        """The row of ``block``'s first line of text (after its spacing)."""
        return self._offsets[block] + self._spacing[block]

    def spacing(self, block: int) -> int:
        """Blank rows before ``block``."""
        return self._spacing[block]

    def is_exact(self, block: int) -> bool:
        """Whether ``block``'s row count comes from wrapping it (not an estimate)."""
        return self._exact[block]

    @property
    def exact_blocks(self) -> int:
        """How many blocks have exact row counts."""
        return sum(self._exact)

    @property
    def row_counts(self) -> list[int]:
        """Each block's rows, spacing included (estimates for blocks not yet wrapped)."""
        return list(self._counts)

    def first_indent(self, block: int) -> int:
        """Cells before ``block``'s first line."""
        return self._first_indents[block]

    def block_of(self, paragraph: int) -> int:
        """Block of ``paragraph`` (or of the next shown paragraph; the last block after all)."""
        return min(bisect_left(self.blocks, paragraph), len(self.blocks) - 1)

    def block_at(self, row: int) -> int:
        """Block covering ``row``."""
        return max(0, min(bisect_right(self._offsets, row) - 1, len(self.blocks) - 1))

    def lines_of(self, block: int) -> list[tuple[int, int]]:
        """``block``'s wrapped lines as (start, end) character offsets (at least one)."""
        lines = self._wrapped.get(block)
        if lines is None:
            paragraph = self.paragraph(block)
            text, first = paragraph.text, self._first_indents[block]
            lines = wrap(text, self.width, first, hang_indent(paragraph, first)) or [(0, 0)]
            if len(lines) > 1 and is_centred(paragraph):
                lines = balanced(text, self.width, lines)
            if len(self._wrapped) >= WRAP_CACHE_BLOCKS:
                self._wrapped.clear()
            self._wrapped[block] = lines
        return lines

    def line_pad(self, block: int, row: int) -> int:
        """Cells before the text of ``block``'s line ``row``: the indent, or centring."""
        paragraph = self.paragraph(block)
        if is_centred(paragraph):
            start, end = self.lines_of(block)[row]
            # Spaces hung at a break are not drawn: they do not count for the centring.
            line = paragraph.text[start:end]
            if end < len(paragraph.text):
                line = line.rstrip(" \u3000")
            used = sum(char_width(ch) for ch in line)
            return max(0, (self.width - used) // 2)
        first = self._first_indents[block]
        return first if row == 0 else hang_indent(paragraph, first)

    def ensure_exact(self, block: int) -> bool:
        """Wrap ``block`` and use its real row count; True when the rows below moved."""
        if self._exact[block]:
            return False
        self._exact[block] = True
        count = self._spacing[block] + len(self.lines_of(block))
        if count == self._counts[block]:
            return False
        self._counts[block] = count
        self._offsets = [0, *accumulate(self._counts)]
        return True

    def refine(self, block: int, height: int) -> bool:
        """Make blocks from ``block`` on exact until ``height`` rows are covered."""
        changed = False
        covered = 0
        while block < len(self.blocks) and covered < height:
            if not self._exact[block]:
                self._exact[block] = True
                count = self._spacing[block] + len(self.lines_of(block))
                if count != self._counts[block]:
                    self._counts[block] = count
                    changed = True
            covered += self._counts[block]
            block += 1
        if changed:
            self._offsets = [0, *accumulate(self._counts)]
        return changed

    def exact_counts(self) -> ExactCountJob | None:
        """The job that counts every block's rows, for a worker thread (None: no document)."""
        if self.document is None or not self.blocks:
            return None
        return ExactCountJob(
            self.document,
            self.generation,
            self.width,
            list(self.blocks),
            list(self._first_indents),
            list(self._spacing),
        )

    def apply_exact_counts(self, generation: int, counts: list[int]) -> bool:
        """Take a worker's counts if they are for this layout; True when taken."""
        if generation != self.generation or len(counts) != len(self._counts):
            return False
        self._counts = list(counts)
        self._exact = [True] * len(counts)
        self._offsets = [0, *accumulate(self._counts)]
        return True

    # ------------------------------------------------------------------ places

    def clamp(self, position: SentenceRef) -> SentenceRef:
        """The nearest shown sentence to ``position`` (a hidden paragraph: the next shown)."""
        block = self.block_of(max(0, position[0]))
        count = len(sentences_of(self.paragraph(block)))
        return self.blocks[block], max(0, min(position[1], count - 1))

    def sentence_rows(self, position: SentenceRef) -> tuple[int, int]:
        """Rows of the first and the last line of a sentence (its block made exact)."""
        block = self.block_of(position[0])
        self.ensure_exact(block)
        starts = [start for start, _ in self.lines_of(block)]
        sentence = sentences_of(self.paragraph(block))[position[1]]
        first = max(0, bisect_right(starts, sentence.start) - 1)
        last = max(first, bisect_right(starts, max(sentence.start, sentence.end - 1)) - 1)
        base = self.text_row(block)
        return base + first, base + last

    def row_of_char(self, paragraph: int, char: int) -> int:
        """The row holding character ``char`` of ``paragraph``."""
        block = self.block_of(paragraph)
        self.ensure_exact(block)
        starts = [start for start, _ in self.lines_of(block)]
        return self.text_row(block) + max(0, bisect_right(starts, char) - 1)

    def first_sentence_from(self, row: int) -> SentenceRef:
        """The first sentence whose first line is on or after ``row``.

        When no sentence starts between ``row`` and the end, the sentence covering
        ``row`` (a sentence longer than the screen is still reached by paging).
        """
        block = self.block_at(row)
        while block < len(self.blocks):
            self.ensure_exact(block)
            starts = [start for start, _ in self.lines_of(block)]
            base = self.text_row(block)
            for number, sentence in enumerate(sentences_of(self.paragraph(block))):
                if base + max(0, bisect_right(starts, sentence.start) - 1) >= row:
                    return self.blocks[block], number
            block += 1
        last = len(self.blocks) - 1
        return self.blocks[last], len(sentences_of(self.paragraph(last))) - 1

    def sentence_covering(self, row: int) -> SentenceRef:
        """The sentence drawn on ``row`` (the next one after blank spacing)."""
        block = self.block_at(row)
        self.ensure_exact(block)
        line = max(0, row - self.text_row(block))
        lines = self.lines_of(block)
        start = lines[min(line, len(lines) - 1)][0]
        return self.blocks[block], sentence_at(self.paragraph(block), start)

    def char_at(self, row: int, x: int) -> CharRef:
        """The character under cell ``x`` of ``row`` (clicks): the last one left of x."""
        block = self.block_at(row)
        self.ensure_exact(block)
        lines = self.lines_of(block)
        line = max(0, min(len(lines) - 1, row - self.text_row(block)))
        start, end = lines[line]
        text = self.paragraph(block).text
        x -= self.line_pad(block, line)
        char = start
        used = 0
        for char in range(start, end):
            used += char_width(text[char])
            if used > x:
                break
        return self.blocks[block], char

    def point_at(self, row: int, column: int) -> CharRef:
        """The character reference of a selection point: ``column`` counts characters of
        the drawn line (the indent included), as Textual's selection offsets do."""
        if row >= self.row_count:
            last = len(self.blocks) - 1
            return self.blocks[last], len(self.paragraph(last).text)
        block = self.block_at(max(0, row))
        line = row - self.text_row(block)
        if line < 0:
            return self.blocks[block], 0
        lines = self.lines_of(block)
        if line >= len(lines):
            return self.blocks[block], lines[-1][1]
        start, end = lines[line]
        pad = self.line_pad(block, line)
        return self.blocks[block], min(end, start + max(0, column - pad))

    def offset_of(self, paragraph: int, char: int) -> tuple[int, int]:
        """(column, row) of a character reference: ``point_at`` undone."""
        block = self.block_of(paragraph)
        self.ensure_exact(block)
        lines = self.lines_of(block)
        line = max(0, bisect_right([start for start, _ in lines], char) - 1)
        start, end = lines[line]
        return self.line_pad(block, line) + min(char, end) - start, self.text_row(block) + line

    # ------------------------------------------------------------------ cursor

    def neighbour(self, direction: int, times: int = 1) -> SentenceRef | None:
        """The sentence ``times`` sentences after (1) or before (-1) the cursor, or as far
        as there are; None when there is none that way.

        Worked out a paragraph at a time (its sentences counted, not walked one by one): a
        count like ``99999j`` took up to 99,999 steps on the UI thread; now at most one a
        shown paragraph, and none past the sentence it lands on."""
        if not self.shown:
            return None
        paragraph, sentence = self.cursor
        block = self.block_of(paragraph)
        left = times
        while True:
            count = len(sentences_of(self.paragraph(block)))
            # Sentences of this paragraph still ahead of ``sentence`` that way.
            ahead = count - 1 - sentence if direction > 0 else sentence
            if left <= ahead:
                sentence += direction * left
                break
            left -= ahead
            if not 0 <= block + direction < len(self.blocks):
                sentence += direction * ahead  # as far as there are
                break
            block += direction  # one more step: onto the next paragraph's first (or last)
            left -= 1
            sentence = 0 if direction > 0 else len(sentences_of(self.paragraph(block))) - 1
            if not left:
                break
        target = self.blocks[block], sentence
        return None if target == self.cursor else target

    def jump_target(self, targets: list[int], direction: int) -> int | None:
        """The next (1) or previous (-1) paragraph of ``targets`` from the cursor."""
        if not targets:
            return None
        paragraph = self.cursor[0]
        if direction > 0:
            index = bisect_right(targets, paragraph)
        else:
            index = bisect_left(targets, paragraph) - 1
            if self.cursor[1] > 0 and index + 1 < len(targets) and targets[index + 1] == paragraph:
                index += 1  # inside the heading paragraph: go back to its start first
        return targets[index] if 0 <= index < len(targets) else None

    def first_sentence(self) -> SentenceRef:
        return (self.blocks[0], 0) if self.blocks else (0, 0)

    def last_sentence(self) -> SentenceRef:
        if not self.blocks:
            return 0, 0
        last = len(self.blocks) - 1
        return self.blocks[last], len(sentences_of(self.paragraph(last))) - 1

    def sentence_at_percent(self, percent: int) -> SentenceRef:
        """The sentence ``percent`` (0–100) of the way through the shown text, by
        characters as ``percent_read_to`` counts them: the one holding that character
        (``50%`` in the reader), so the status line then shows about ``percent``."""
        if not self.shown:
            return self.first_sentence()
        total = self._chars_before[-1]
        char = min(max(0, total - 1), total * max(0, min(100, percent)) // 100)
        block = max(0, min(bisect_right(self._chars_before, char) - 1, len(self.blocks) - 1))
        paragraph = self.paragraph(block)
        return self.blocks[block], sentence_at(paragraph, char - self._chars_before[block])

    def sentence_at_line(self, line: int) -> SentenceRef:
        """The first sentence of the shown paragraph holding source line ``line`` (1-based;
        a hidden or blank line: the next shown paragraph; past the end: the last one)."""
        if not self.shown:
            return self.first_sentence()
        assert self.document is not None
        paragraphs = self.document.paragraphs
        block = bisect_left(self.blocks, line, key=lambda index: paragraphs[index].end_line)
        if block >= len(self.blocks):
            return self.last_sentence()
        return self.blocks[block], 0

    def percent_read_to(self, last_row: int | None) -> int:
        """How far the cursor is through the shown text, 0–100, by characters: to the end
        of the cursor sentence, or, when that sentence runs on below ``last_row`` (the
        view's last row; None: no view), to the end of that row (one sentence longer than
        the screen: a 540 KB text with no sentence end showed 100% on its first page)."""
        if not self.shown:
            return 0
        total = self._chars_before[-1] or 1
        block = self.block_of(self.cursor[0])
        end = sentences_of(self.paragraph(block))[self.cursor[1]].end
        if last_row is not None:
            first, last = self.sentence_rows(self.cursor)
            if first <= last_row < last:
                paragraph, char = self.char_at(last_row, 1 << 30)
                if paragraph == self.cursor[0]:
                    end = min(end, char + 1)
        return min(100, round(100 * (self._chars_before[block] + end) / total))

    def sentence_text(self, position: SentenceRef) -> str:
        """The text of the sentence at ``position``."""
        if self.document is None:
            return ""
        paragraph = self.document.paragraphs[position[0]]
        sentence = sentences_of(paragraph)[position[1]]
        return paragraph.text[sentence.start : sentence.end]

    # ------------------------------------------------------------------ selection

    @property
    def sentence_selection(self) -> tuple[SentenceRef, SentenceRef] | None:
        """The keyboard selection as its first and last sentence (inclusive), or None."""
        if self.anchor is None:
            return None
        first, last = sorted((self.anchor, self.cursor))
        return first, last

    @property
    def selected_range(self) -> tuple[CharRef, CharRef] | None:
        """What is selected, as characters (end exclusive): the keyboard's sentences, or
        else the marked characters; None when nothing is selected."""
        sentences = self.sentence_selection
        if sentences is not None and self.document is not None:
            (p0, s0), (p1, s1) = sentences
            paragraphs = self.document.paragraphs
            return (p0, sentences_of(paragraphs[p0])[s0].start), (
                p1,
                sentences_of(paragraphs[p1])[s1].end,
            )
        return self.marked

    def selected_span(self, paragraph: int) -> tuple[int, int] | None:
        """The characters of ``paragraph`` inside the selection, or None."""
        found = self.selected_range
        if found is None or self.document is None:
            return None
        return _span_in(found, paragraph, len(self.document.paragraphs[paragraph].text))

    def marked_span(self, paragraph: int) -> tuple[int, int] | None:
        """The characters of ``paragraph`` inside the marked (mouse) characters, or None."""
        if self.marked is None or self.document is None:
            return None
        return _span_in(self.marked, paragraph, len(self.document.paragraphs[paragraph].text))

    def range_text(self, chars: tuple[CharRef, CharRef] | None) -> str:
        """The shown text of a character range, paragraphs joined by one newline.

        Shown noise (a page number, a running header between two pages of a speech) is
        left out when the range holds other text: a quote copied across a page break
        does not carry "— 3 —" in its middle, as the quotes the copy keys make leave noise
        out (``tui.engine.quotes.sentences_text``). A range of noise alone is its text:
        what was selected on purpose."""
        if chars is None or self.document is None:
            return ""
        (p0, c0), (p1, c1) = chars
        parts: list[tuple[bool, str]] = []
        for index in self.blocks[bisect_left(self.blocks, p0) : bisect_right(self.blocks, p1)]:
            paragraph = self.document.paragraphs[index]
            text = paragraph.text
            piece = text[c0 if index == p0 else 0 : c1 if index == p1 else len(text)]
            if piece:
                parts.append((paragraph.kind is Kind.NOISE, piece))
        if not all(noise for noise, _ in parts):
            parts = [part for part in parts if not part[0]]
        return "\n".join(piece for _, piece in parts)


def _span_in(chars: tuple[CharRef, CharRef], paragraph: int, length: int) -> tuple[int, int] | None:
    (p0, c0), (p1, c1) = chars
    if not p0 <= paragraph <= p1:
        return None
    return (c0 if paragraph == p0 else 0), (c1 if paragraph == p1 else length)
