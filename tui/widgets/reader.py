"""The reader pane: a virtualised view of a speech document with a sentence cursor.

Built on Textual's Line API (``ScrollView`` + ``render_line``), like Textual's own ``Log``:
nothing is a widget per paragraph. The document is laid out as *blocks* (visible
paragraphs; ``Kind.NOISE`` is hidden). Each block has a line count for the current width;
counts start as estimates (cell width / room) and become exact when a block is wrapped,
which happens first for what is on screen and then for the whole file in a background
thread. Rendered lines are cached per block in an ``LRUCache`` keyed by everything that
changes their look (width, cursor, selection, highlight generation).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from itertools import accumulate
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.signal import Signal
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.engine.model import Document, Kind, Paragraph, Sentence
from tui.engine.wrap import char_width, wrap

Position = tuple[int, int]
"""(paragraph index in ``Document.paragraphs``, sentence index)."""

INDENT = "\u3000\u3000"
"""Two full-width spaces: the paragraph indent, drawn on the first line only."""
INDENT_CELLS = 4
WRAP_ALL_DELAY = 0.3
"""Seconds after a layout before every paragraph is wrapped exactly in the background."""


class BlockIndex(NamedTuple):
    """What the reader keeps per block (shown paragraph) of a document (``index_blocks``)."""

    blocks: list[int]
    """Indexes in ``Document.paragraphs`` of the paragraphs shown (not noise, not empty)."""
    estimates: list[int]
    """Each block's estimated cell width, by the UTF-8 length trick, exact for ASCII and
    CJK: ASCII takes 1 byte and 1 cell, BMP CJK 3 bytes and 2 cells, so (bytes + chars) / 2."""
    first_indents: list[int]
    """Cells before each block's first line: ``INDENT_CELLS`` for body text, else 0."""
    chars_before: list[int]
    """Characters of text before each block (one more entry: the total)."""
    spacing: list[int]
    """Blank lines before each block: 2 between speeches, 1 around titles and front
    matter and before a first-level heading."""
    headings: list[int]
    """The blocks that are headings, as paragraph indexes."""


def index_blocks(paragraphs: Sequence[Paragraph]) -> BlockIndex:
    """The reader's per-block facts of ``paragraphs``, in one pass.

    One loop, not one per fact: a 10 MB collection has 12,000 paragraphs, and six
    passes took twice as long (about 50 ms) on the way to its first frame.
    """
    noise, body, heading_kind, title, front = (
        Kind.NOISE, Kind.BODY, Kind.HEADING, Kind.TITLE, Kind.FRONT
    )
    blocks: list[int] = []
    estimates: list[int] = []
    first_indents: list[int] = []
    lengths: list[int] = []
    spacing: list[int] = []
    headings: list[int] = []
    previous_kind: Kind | None = None
    previous_speech: int | None = None
    for index, paragraph in enumerate(paragraphs):
        kind = paragraph.kind
        text = paragraph.text
        if kind is noise or not text:
            continue
        length = len(text)
        speech = paragraph.speech
        blocks.append(index)
        lengths.append(length)
        estimates.append((len(text.encode("utf-8", "surrogatepass")) + length) // 2)
        first_indents.append(
            INDENT_CELLS
            if kind is body or kind is heading_kind or (kind is front and length > 40)
            else 0
        )
        if kind is heading_kind:
            headings.append(index)
        if previous_kind is None:
            gap = 0
        elif speech != previous_speech:
            gap = 2
        elif kind is title or previous_kind is title or previous_kind is front:
            gap = 1
        elif kind is heading_kind:
            gap = 1 if paragraph.heading is not None and paragraph.heading.level == 1 else 0
        else:
            gap = 0
        spacing.append(gap)
        previous_kind, previous_speech = kind, speech
    return BlockIndex(
        blocks, estimates, first_indents, [0, *accumulate(lengths)], spacing, headings
    )


def sentences_of(paragraph: Paragraph) -> tuple[Sentence, ...]:
    """The paragraph's sentences, or one sentence covering it when it has none."""
    return paragraph.sentences or (Sentence(0, len(paragraph.text)),)


_HEADING_STOPS = frozenset("。：:；;！!？?．.")


def styled_end(paragraph: Paragraph) -> int:
    """Where the paragraph's own style (heading, title …) ends in its text.

    A heading paragraph often runs on into body text ("（一）坚决整治拖欠问题。政府拖欠…"):
    only the marker, the title and the stop after it get the heading style, the rest
    reads as body text. Other kinds are styled whole.
    """
    heading = paragraph.heading
    text = paragraph.text
    if paragraph.kind is not Kind.HEADING or heading is None:
        return len(text)
    lead = heading.marker + heading.title
    if lead and text.startswith(lead):
        end = len(lead)
    elif paragraph.sentences:
        end = paragraph.sentences[0].end  # the title was cleaned differently: its sentence
    else:
        return len(text)
    while end < len(text) and text[end] in _HEADING_STOPS:
        end += 1
    return end


_CONTROL_CODES = re.compile("[\x07\x08\x0b\x0c\r]")
"""Control codes rich's ``Text`` drops (``strip_control_codes``): never sent to the terminal."""

_STYLE_SUMS: dict[tuple[Style, ...], Style] = {}
"""Sums of stacked span styles (``Style`` addition is costly), shared by every reader."""
_STYLE_SUMS_SIZE = 4096


def style_runs(
    spans: list[tuple[int, int, Style]], length: int
) -> tuple[list[int], list[Style | None]]:
    """Cut ``[0, length)`` into runs at every span edge, as rich's ``Text.render`` does.

    ``spans`` are ``(start, end, style)``, non-empty, inside the text, in the order they
    were laid on. Returns the runs' starts (with ``length`` after the last) and styles:
    the sum of the styles of the spans over the run in span order, None where no span is.
    """
    events = sorted(
        [(start, False, i) for i, (start, _, _) in enumerate(spans)]
        + [(end, True, i) for i, (_, end, _) in enumerate(spans)]
    )
    starts: list[int] = []
    styles: list[Style | None] = []
    active: list[int] = []
    at = 0
    for offset, leaving, i in events:
        if offset > at:
            starts.append(at)
            styles.append(_style_sum(tuple([spans[j][2] for j in active])) if active else None)
            at = offset
        if leaving:
            active.remove(i)
        else:
            insort(active, i)
    if at < length:
        starts.append(at)
        styles.append(None)
    starts.append(length)
    return starts, styles


def _style_sum(layers: tuple[Style, ...]) -> Style:
    """``layers`` added up left to right (as rich combines a Text's spans), cached."""
    total = _STYLE_SUMS.get(layers)
    if total is None:
        total = Style.null()
        for style in layers:
            total = total + style
        if len(_STYLE_SUMS) >= _STYLE_SUMS_SIZE:
            _STYLE_SUMS.clear()
        _STYLE_SUMS[layers] = total
    return total


class _Frame(NamedTuple):
    """What every line of one ``render_lines`` pass shares."""

    base: Style
    width: int
    blocks: dict[int, list[Strip]]
    """Strips of the blocks drawn so far in this pass."""


class Match(NamedTuple):
    """A search match: paragraph index and character offsets in its cleaned text."""

    paragraph: int
    start: int
    end: int


class ReaderView(ScrollView, can_focus=True):
    """The reading pane: cleaned speech text with a sentence cursor.

    API for other panes and features (attributes down, messages up):

    * ``load(document, position=None)`` shows a document; ``show_message(text)`` shows a
      message instead (errors, empty folder); ``document`` is the current one or None.
    * ``cursor -> (paragraph, sentence)``: the current sentence; ``paragraph`` indexes
      ``Document.paragraphs``. ``move_cursor_to(paragraph, sentence=0, top=False)`` moves it
      (``top=True`` puts that line at the top of the view); noise paragraphs snap to the
      next visible one. Every move publishes ``cursor_changed`` (a Signal: immediate
      subscribers update in the same frame) and posts ``ReaderView.CursorMoved``.
    * Selection: ``v`` (``action_select``) anchors a selection at the cursor; moving the
      cursor extends it; Esc (``action_cancel``) drops it; without a selection Esc ends the
      search and posts ``ReaderView.SearchEnded``. ``selection`` is
      ``((p, s), (p, s))`` ordered, or None. ``selected_text()`` gives its text.
      ``clear_selection()`` drops it from code.
    * ``set_highlight_terms({term: rich_style})`` draws every occurrence of each term.
    * ``set_search(term | None)`` highlights every match (case-insensitive);
      ``search_next()`` / ``search_previous()`` move the cursor to the next/previous
      match (wrapping around; return False when there is none); ``mark_match_at_cursor()``
      makes the match in the cursor's sentence current; ``search_status`` is
      ``(current 1-based or 0, total)``; ``match_counts_by_paragraph()``,
      ``match_counts_by_heading()`` (keyed by ``Heading.paragraph``, whole section
      including sub-sections) and ``match_counts_by_speech()`` give counts.
    * ``sentence_text(position)`` and ``cursor_line`` (1-based source line of the cursor).
    * ``percent_read`` (0–100 by characters up to the cursor sentence).
    """

    HELP_GROUP: ClassVar[str] = "阅读"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "下一句"),
        Binding("k,up", "cursor_up", "上一句"),
        Binding("space,pagedown", "page_down", "下一页"),
        Binding("b,pageup", "page_up", "上一页", show=False),
        Binding("g,home", "go_start", "文首", show=False),
        Binding("G,end", "go_end", "文末", show=False),
        Binding("right_square_bracket", "next_heading", "下一标题"),
        Binding("left_square_bracket", "previous_heading", "上一标题", show=False),
        Binding("right_curly_bracket", "next_speech", "下一篇"),
        Binding("left_curly_bracket", "previous_speech", "上一篇", show=False),
        Binding("v", "select", "选择", show=False),
        Binding("escape", "cancel", "取消选择 / 结束查找", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title",
        "reader--front",
        "reader--salutation",
        "reader--heading-1",
        "reader--heading-2",
        "reader--heading-3",
        "reader--heading-4",
        "reader--cursor",
        "reader--selection",
        "reader--search",
        "reader--search-current",
        "reader--message",
    }

    DEFAULT_CSS = """
    ReaderView {
        overflow-y: scroll;
        overflow-x: hidden;
        padding: 0 1;
        background: $surface;
    }
    ReaderView > .reader--title { text-style: bold; color: $text; }
    ReaderView > .reader--front { text-style: bold; color: $text-muted; }
    ReaderView > .reader--salutation { color: $text; }
    ReaderView > .reader--heading-1 { text-style: bold; color: $accent; }
    ReaderView > .reader--heading-2 { text-style: bold; color: $secondary; }
    ReaderView > .reader--heading-3 { text-style: bold; color: $success; }
    ReaderView > .reader--heading-4 { text-style: bold; color: $warning; }
    ReaderView > .reader--cursor { background: $primary 40%; }
    ReaderView > .reader--selection { background: $secondary 45%; }
    ReaderView > .reader--search { background: $warning 50%; }
    ReaderView > .reader--search-current { background: $error 70%; text-style: bold; }
    ReaderView > .reader--message { color: $text-muted; text-style: italic; }
    """

    class CursorMoved(Message):
        """The cursor moved to another sentence."""

        def __init__(self, reader: ReaderView, paragraph: int, sentence: int) -> None:
            super().__init__()
            self.reader = reader
            self.paragraph = paragraph
            self.sentence = sentence

        @property
        def control(self) -> ReaderView:
            return self.reader

    class SearchEnded(Message):
        """Esc in the reader ended the search (the reader has dropped its matches)."""

        def __init__(self, reader: ReaderView) -> None:
            super().__init__()
            self.reader = reader

        @property
        def control(self) -> ReaderView:
            return self.reader

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._document: Document | None = None
        self._message: str = ""
        self._cursor: Position = (0, 0)
        self.cursor_changed: Signal[Position] = Signal(self, "cursor-changed")
        """Published on every cursor move, before ``CursorMoved`` is posted: a listener
        subscribed with ``immediate=True`` updates in the same frame as the reader."""
        self._anchor: Position | None = None
        # Layout: one entry per block (visible paragraph).
        self._blocks: list[int] = []
        self._estimates: list[int] = []
        self._first_indents: list[int] = []
        self._spacing: list[int] = []
        self._counts: list[int] = []
        self._exact: list[bool] = []
        self._offsets: list[int] = [0]
        self._width = 0
        self._layout_generation = 0
        self._wrap_all_timer: Timer | None = None
        self._wrap_all_started = -1
        """The layout generation whose background wrap was started (one per generation)."""
        self._chars_before: list[int] = [0]
        self._heading_paragraphs: list[int] = []
        self._speech_starts: list[int] = []
        self._wrap_cache: LRUCache[tuple[int, int], list[tuple[int, int]]] = LRUCache(4096)
        self._strip_cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(1024)
        self._style_generation = 0
        # Highlighting.
        self._terms: dict[str, str] = {}
        self._terms_re: re.Pattern[str] | None = None
        self._term_styles: dict[str, Style] = {}
        self._search_term: str | None = None
        self._matches: list[Match] = []
        self._match_keys: list[tuple[int, int]] = []
        self._matches_by_paragraph: dict[int, list[Match]] = {}
        self._search_index: int | None = None
        self._mouse_points: tuple[tuple[int, int], tuple[int, int]] | None = None
        """The mouse selection as ((block, char), (block, char)), end exclusive."""
        self._frame: _Frame | None = None
        """Set while ``render_lines`` draws (see there)."""

    # ------------------------------------------------------------------ public API

    @property
    def document(self) -> Document | None:
        """The document shown, or None."""
        return self._document

    @property
    def cursor(self) -> Position:
        """(paragraph index, sentence index) of the current sentence."""
        return self._cursor

    @property
    def selection(self) -> tuple[Position, Position] | None:
        """The selected range of sentences, ordered, inclusive; None when not selecting."""
        if self._anchor is None:
            return None
        first, last = sorted((self._anchor, self._cursor))
        return first, last

    @property
    def cursor_line(self) -> int:
        """1-based source line of the cursor's paragraph (0 without a document)."""
        if self._document is None or not self._document.paragraphs:
            return 0
        return self._document.paragraphs[self._cursor[0]].line

    @property
    def percent_read(self) -> int:
        """How far the cursor is through the visible text, 0–100, by characters."""
        if self._document is None or not self._blocks:
            return 0
        total = self._chars_before[-1] or 1
        block = self._block_of(self._cursor[0])
        paragraph = self._document.paragraphs[self._cursor[0]]
        sentence = sentences_of(paragraph)[self._cursor[1]]
        done = self._chars_before[block] + sentence.end
        return min(100, round(100 * done / total))

    @property
    def search_status(self) -> tuple[int, int]:
        """(current match, 1-based or 0 when none is current; total matches)."""
        current = 0 if self._search_index is None else self._search_index + 1
        return current, len(self._matches)

    @property
    def search_term(self) -> str | None:
        """The term being searched, or None."""
        return self._search_term

    def sentence_text(self, position: Position) -> str:
        """The text of the sentence at ``position``."""
        if self._document is None:
            return ""
        paragraph = self._document.paragraphs[position[0]]
        sentence = sentences_of(paragraph)[position[1]]
        return paragraph.text[sentence.start : sentence.end]

    def selected_text(self) -> str:
        """The selected sentences' text, paragraphs separated by newlines ("" if none)."""
        selection = self.selection
        if selection is None or self._document is None:
            return ""
        (p0, s0), (p1, s1) = selection
        parts: list[str] = []
        for index in self._blocks[self._block_of(p0) : self._block_of(p1) + 1]:
            paragraph = self._document.paragraphs[index]
            sentences = sentences_of(paragraph)
            start = sentences[s0].start if index == p0 else 0
            end = sentences[s1].end if index == p1 else len(paragraph.text)
            parts.append(paragraph.text[start:end])
        return "\n".join(parts)

    def load(self, document: Document, position: Position | None = None) -> None:
        """Show ``document`` with the cursor at ``position`` (or its start)."""
        self._drop_mouse_selection()
        self._document = document
        self._message = ""
        self._anchor = None
        (
            self._blocks,
            self._estimates,
            self._first_indents,
            self._chars_before,
            self._spacing,
            self._heading_paragraphs,
        ) = index_blocks(document.paragraphs)
        starts: list[int] = []
        for speech in document.speeches:
            block = bisect_left(self._blocks, speech.first)
            if block < len(self._blocks) and self._blocks[block] < speech.end:
                starts.append(self._blocks[block])
        self._speech_starts = starts
        self._wrap_cache.clear()
        self._strip_cache.clear()
        self._width = 0
        self._recompute_matches()
        self._cursor = (self._blocks[0], 0) if self._blocks else (0, 0)
        if not self._blocks:
            self._message = "这个文件没有可显示的正文。"
        self._relayout(keep=None)
        if position is not None and self._blocks:
            self.move_cursor_to(*self._clamp(position), top=True)
        else:
            self.scroll_to(y=0, animate=False, immediate=True)
            self._post_cursor()
        self.refresh()

    def show_message(self, message: str) -> None:
        """Show ``message`` instead of a document (the document is dropped)."""
        self._drop_mouse_selection()
        self._document = None
        self._message = message
        self._blocks = []
        self._counts = []
        self._offsets = [0]
        self._estimates = []
        self._first_indents = []
        self._spacing = []
        self._exact = []
        self._chars_before = [0]
        self._heading_paragraphs = []
        self._speech_starts = []
        self._anchor = None
        self._matches = []
        self._match_keys = []
        self._matches_by_paragraph = {}
        self._search_index = None
        self._strip_cache.clear()
        self._wrap_cache.clear()
        self.virtual_size = Size(self._width, 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def message(self) -> str:
        """The message shown instead of a document ("" when a document is shown)."""
        return self._message

    def move_cursor_to(self, paragraph: int, sentence: int = 0, top: bool = False) -> None:
        """Put the cursor on ``sentence`` of ``paragraph`` and scroll it into view.

        Args:
            paragraph: Index into ``Document.paragraphs``; a hidden paragraph snaps to the
                next visible one.
            sentence: Sentence index, clamped to the paragraph's sentences.
            top: Scroll so the sentence's first line is the view's top line.
        """
        if self._document is None or not self._blocks:
            return
        position = self._clamp((paragraph, sentence))
        changed = position != self._cursor
        self._cursor = position
        self._scroll_to_cursor(top=top)
        self.refresh()
        if changed or top:
            self._post_cursor()

    def clear_selection(self) -> None:
        """Drop the selection, if any."""
        if self._anchor is not None:
            self._anchor = None
            self.refresh()

    def set_highlight_terms(self, terms: dict[str, str]) -> None:
        """Draw every occurrence of each term in its Rich style (``{"营商环境": "bold red"}``)."""
        self._terms = {term: style for term, style in terms.items() if term}
        self._term_styles = {term: Style.parse(style) for term, style in self._terms.items()}
        if self._terms:
            ordered = sorted(self._terms, key=len, reverse=True)
            self._terms_re = re.compile("|".join(re.escape(term) for term in ordered))
        else:
            self._terms_re = None
        self._style_generation += 1
        self.refresh()

    def set_search(self, term: str | None) -> None:
        """Highlight every match of ``term`` (case-insensitive); None or "" clears."""
        self._search_term = term or None
        self._search_index = None
        self._recompute_matches()
        self._style_generation += 1
        self.refresh()

    def search_next(self) -> bool:
        """Move the cursor to the next match (wrapping); False when there is none."""
        return self._search_step(1)

    def search_previous(self) -> bool:
        """Move the cursor to the previous match (wrapping); False when there is none."""
        return self._search_step(-1)

    def mark_match_at_cursor(self) -> bool:
        """Make the first match in the cursor's sentence the current one ("3/17"), if any.

        For a place opened from elsewhere (a corpus search result): the match there is
        drawn as current and ``n``/``N`` step on from it.
        """
        document = self._document
        if document is None or not self._matches:
            return False
        paragraph, sentence = self._cursor
        bounds = sentences_of(document.paragraphs[paragraph])[sentence]
        index = bisect_left(self._match_keys, (paragraph, bounds.start))
        if index >= len(self._matches) or self._match_keys[index] >= (paragraph, bounds.end):
            return False
        self._search_index = index
        self._style_generation += 1
        self.refresh()
        return True

    def match_counts_by_paragraph(self) -> dict[int, int]:
        """Search matches per paragraph index (only paragraphs with matches)."""
        return {p: len(found) for p, found in self._matches_by_paragraph.items()}

    def match_counts_by_heading(self) -> dict[int, int]:
        """Search matches per heading (``Heading.paragraph`` → count in its whole section)."""
        document = self._document
        counts: dict[int, int] = {}
        if document is None or not self._matches:
            return counts
        keys = [m.paragraph for m in self._matches]
        for speech in document.speeches:
            headings = speech.headings
            for i, heading in enumerate(headings):
                end = speech.end
                for later in headings[i + 1 :]:
                    if later.level <= heading.level:
                        end = later.paragraph
                        break
                count = bisect_left(keys, end) - bisect_left(keys, heading.paragraph)
                if count:
                    counts[heading.paragraph] = count
        return counts

    def match_counts_by_speech(self) -> dict[int, int]:
        """Search matches per speech index."""
        document = self._document
        counts: dict[int, int] = {}
        if document is None:
            return counts
        keys = [m.paragraph for m in self._matches]
        for speech in document.speeches:
            count = bisect_left(keys, speech.end) - bisect_left(keys, speech.first)
            if count:
                counts[speech.index] = count
        return counts

    # ------------------------------------------------------------------ actions

    def action_cursor_down(self) -> None:
        """Next sentence."""
        self._step(1)

    def action_cursor_up(self) -> None:
        """Previous sentence."""
        self._step(-1)

    def action_page_down(self) -> None:
        """Scroll one page down; the cursor goes to the first sentence on the new page."""
        self._page(1)

    def action_page_up(self) -> None:
        """Scroll one page up; the cursor goes to the first sentence on the new page."""
        self._page(-1)

    def action_go_start(self) -> None:
        """Start of the file."""
        if self._blocks:
            self.move_cursor_to(self._blocks[0], 0)
            self.scroll_to(y=0, animate=False, immediate=True)

    def action_go_end(self) -> None:
        """End of the file."""
        if self._blocks and self._document is not None:
            last = self._blocks[-1]
            self.move_cursor_to(last, len(sentences_of(self._document.paragraphs[last])) - 1)

    def action_next_heading(self) -> None:
        """Next heading at any level (cursor on it, at the top of the view)."""
        self._jump(self._heading_paragraphs, 1)

    def action_previous_heading(self) -> None:
        """Previous heading at any level."""
        self._jump(self._heading_paragraphs, -1)

    def action_next_speech(self) -> None:
        """Start of the next speech."""
        self._jump(self._speech_starts, 1)

    def action_previous_speech(self) -> None:
        """Start of the previous speech (or of this one when inside it)."""
        self._jump(self._speech_starts, -1)

    def action_select(self) -> None:
        """Start a selection at the cursor (or drop the one in progress)."""
        if self._document is None:
            return
        self._anchor = None if self._anchor is not None else self._cursor
        self.refresh()

    def action_cancel(self) -> None:
        """Drop the selection; without one, end the search (highlights and count)."""
        if self._anchor is not None:
            self.clear_selection()
        elif self._mouse_points is not None:
            self._drop_mouse_selection()
        elif self._search_term is not None:
            self.set_search(None)
            self.post_message(self.SearchEnded(self))

    # ------------------------------------------------------------------ events

    def on_resize(self, event: events.Resize) -> None:
        width = self._content_width()
        if self._blocks and width != self._width:
            self._relayout(keep=self._cursor[0])
        elif not self._blocks:
            self._width = width

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._document is None or not self._blocks:
            return
        self.focus()
        y = int(self.scroll_offset.y) + offset.y
        block = self._block_at(y)
        self._ensure_exact(block)
        lines = self._lines_of(block)
        row = max(0, min(len(lines) - 1, y - self._offsets[block] - self._spacing[block]))
        start, end = lines[row]
        paragraph_index = self._blocks[block]
        paragraph = self._document.paragraphs[paragraph_index]
        x = offset.x - self._line_pad(block, row, start, end)
        char = start
        used = 0
        for char in range(start, end):
            used += char_width(paragraph.text[char])
            if used > x:
                break
        sentence = self.sentence_at(paragraph, char)
        self.move_cursor_to(paragraph_index, sentence)
        if event.chain >= 2 and self.allow_select and self.screen.allow_select:
            # Textual selects a widget's whole text on a double click (here: the whole
            # file) and the whole container on a triple click. A reader selects the
            # sentence under the pointer, then its paragraph, as quotes are taken.
            event.prevent_default()  # (Widget._on_click, which would select all after this)
            if event.chain == 2:
                span = sentences_of(paragraph)[sentence]
                self._select_chars(block, span.start, span.end)
            else:
                self._select_chars(block, 0, len(paragraph.text))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strip_cache.clear()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._blocks and round(old_value) != round(new_value):
            self._refine_visible()

    # ------------------------------------------------------------------ mouse selection

    @property
    def mouse_selection(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Text selected with the mouse as ``((paragraph, char), (paragraph, char))``.

        Characters count ``Paragraph.text``; the end is exclusive. None when nothing is
        selected in the reader.
        """
        points = self._mouse_points
        if points is None:
            return None
        (b0, c0), (b1, c1) = points
        return (self._blocks[b0], c0), (self._blocks[b1], c1)

    def mouse_selected_text(self) -> str:
        """The mouse selection's clean text: paragraphs joined by one newline, no wrapping."""
        points = self._mouse_points
        if points is None or self._document is None:
            return ""
        (b0, c0), (b1, c1) = points
        parts: list[str] = []
        for block in range(b0, b1 + 1):
            text = self._document.paragraphs[self._blocks[block]].text
            piece = text[c0 if block == b0 else 0 : c1 if block == b1 else len(text)]
            if piece:
                parts.append(piece)
        return "\n".join(parts)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection, as Textual's copy (ctrl+c) asks for it."""
        if selection == self.text_selection and self._mouse_points is not None:
            points: tuple[tuple[int, int], tuple[int, int]] | None = self._mouse_points
        else:  # (the points follow the text through a re-wrap; offsets do not)
            points = self._points_of(selection)
        if points is None:
            return None
        saved, self._mouse_points = self._mouse_points, points
        try:
            return self.mouse_selected_text(), "\n"
        finally:
            self._mouse_points = saved

    def _drop_mouse_selection(self) -> None:
        """Forget the mouse selection (the text it pointed into is gone)."""
        self._mouse_points = None
        if self.is_mounted and self.text_selection is not None:
            self.screen.clear_selection()

    def selection_updated(self, selection: Selection | None) -> None:
        self._mouse_points = self._points_of(selection) if selection is not None else None
        self.refresh()

    def _points_of(self, selection: Selection) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A Textual selection as ((block, char), (block, char)), end exclusive; None if empty."""
        if self._document is None or not self._blocks:
            return None
        last = len(self._blocks) - 1
        start = (0, 0) if selection.start is None else self._point_at(selection.start)
        if selection.end is None:
            end = (last, len(self._document.paragraphs[self._blocks[last]].text))
        else:
            end = self._point_at(selection.end)
        return (start, end) if start < end else None

    def _point_at(self, offset: Offset) -> tuple[int, int]:
        """(block, char) at a selection offset: x counts characters of the drawn line
        (indent included), y the virtual line."""
        assert self._document is not None
        if offset.y >= self._offsets[-1]:
            last = len(self._blocks) - 1
            return last, len(self._document.paragraphs[self._blocks[last]].text)
        block = self._block_at(max(0, offset.y))
        row = offset.y - self._offsets[block] - self._spacing[block]
        if row < 0:
            return block, 0
        lines = self._lines_of(block)
        if row >= len(lines):
            return block, lines[-1][1]
        start, end = lines[row]
        pad = self._line_pad(block, row, start, end)
        return block, min(end, start + max(0, offset.x - pad))

    def _select_chars(self, block: int, start: int, end: int) -> None:
        """Make characters ``start``..``end`` of ``block`` the screen's text selection."""
        self.screen.selections = {
            self: Selection(self._offset_of(block, start), self._offset_of(block, end))
        }

    def _offset_of(self, block: int, char: int) -> Offset:
        """The selection offset of character ``char`` of ``block`` (``_point_at`` undone)."""
        self._ensure_exact(block)
        lines = self._lines_of(block)
        row = max(0, bisect_right([start for start, _ in lines], char) - 1)
        start, end = lines[row]
        pad = self._line_pad(block, row, start, end)
        return Offset(pad + min(char, end) - start, self._offsets[block] + self._spacing[block] + row)

    def _mouse_span(self, block: int) -> tuple[int, int] | None:
        """The characters of ``block`` under the mouse selection."""
        points = self._mouse_points
        if points is None or self._document is None:
            return None
        (b0, c0), (b1, c1) = points
        if not b0 <= block <= b1:
            return None
        end = c1 if block == b1 else len(self._document.paragraphs[self._blocks[block]].text)
        return (c0 if block == b0 else 0), end

    # ------------------------------------------------------------------ rendering

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._blocks:
            if self._content_width() != self._width:
                self._relayout(keep=self._cursor[0])  # a size change we were not told of
            self._refine_visible()
        # One frame, one base style and width (``rich_style`` walks the ancestors: a fifth
        # of a millisecond a call), and each block's strips looked up once, not per line.
        self._frame = _Frame(self.rich_style, self.size.width, {})
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        frame = self._frame
        if frame is None:  # called on its own (the compositor finding the mouse, tests)
            frame = _Frame(self.rich_style, self.size.width, {})
        base, width = frame.base, frame.width
        if not self._blocks:
            return self._message_line(y, width, base)
        line = int(self.scroll_offset.y) + y
        if line >= self._offsets[-1]:
            return Strip.blank(width, base).apply_offsets(0, line)
        block = self._block_at(line)
        strips = frame.blocks.get(block)
        if strips is None:
            strips = frame.blocks[block] = self._block_strips(block, base, width)
        row = line - self._offsets[block]
        strip = strips[row] if row < len(strips) else Strip.blank(width, base)
        # (character, virtual line) offsets let Textual's mouse selection find the text.
        return strip.apply_offsets(0, line)

    def _message_line(self, y: int, width: int, base: Style) -> Strip:
        lines = self._message.splitlines() or [""]
        top = max(0, self.size.height // 3 - len(lines) // 2)
        if not top <= y < top + len(lines):
            return Strip.blank(width, base)
        text = Text(lines[y - top], style=base + self.get_component_rich_style("reader--message"))
        text.truncate(width)
        pad = max(0, (width - text.cell_len) // 2)
        segments = [Segment(" " * pad, base), *text.render(self.app.console)]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _block_strips(
        self, block: int, base: Style | None = None, width: int | None = None
    ) -> list[Strip]:
        """The lines of ``block`` (its spacing first), cached until their look changes."""
        assert self._document is not None
        if base is None:
            base = self.rich_style
        if width is None:
            width = self.size.width
        index = self._blocks[block]
        selection = self._selection_span(index)
        cursor = self._cursor[1] if self._cursor[0] == index else -1
        search_current = -1
        if self._search_index is not None and self._matches[self._search_index].paragraph == index:
            search_current = self._matches[self._search_index].start
        mouse = self._mouse_span(block)
        key = (block, self._width, width, self._style_generation, cursor, selection,
               search_current, mouse)
        cached = self._strip_cache.get(key)
        if cached is not None:
            return cached
        strips = self._render_block(block, cursor, selection, search_current, mouse, base, width)
        self._strip_cache[key] = strips
        return strips

    def _paragraph_style(self, paragraph: Paragraph) -> Style:
        if paragraph.kind is Kind.HEADING and paragraph.heading is not None:
            level = min(4, max(1, paragraph.heading.level))
            return self.get_component_rich_style(f"reader--heading-{level}")
        if paragraph.kind is Kind.TITLE:
            return self.get_component_rich_style("reader--title")
        if paragraph.kind is Kind.FRONT:
            return self.get_component_rich_style("reader--front")
        if paragraph.kind is Kind.SALUTATION:
            return self.get_component_rich_style("reader--salutation")
        return Style()

    def _block_spans(
        self, index: int, base: Style, cursor: int, selection: tuple[int, int] | None,
        search_current: int, mouse: tuple[int, int] | None,
    ) -> list[tuple[int, int, Style]]:
        """Paragraph ``index``'s styled spans, bottom layer first (later ones draw on top):
        base, the paragraph's own style, terms, search matches, selection, mouse, cursor."""
        assert self._document is not None
        paragraph = self._document.paragraphs[index]
        length = len(paragraph.text)
        spans: list[tuple[int, int, Style]] = []
        append = spans.append

        def add(style: Style, start: int, end: int) -> None:
            if style and start < length and start < end:  # what ``Text.stylize`` keeps
                append((start, min(length, end), style))

        add(base, 0, length)
        add(self._paragraph_style(paragraph), 0, styled_end(paragraph))
        if self._terms_re is not None:
            term_styles = self._term_styles
            for found in self._terms_re.finditer(paragraph.text):
                add(term_styles[found.group()], found.start(), found.end())
        matches = self._matches_by_paragraph.get(index, ())
        if matches:
            search_style = self.get_component_rich_style("reader--search")
            current_style = self.get_component_rich_style("reader--search-current")
            for match in matches:
                style = current_style if match.start == search_current else search_style
                add(style, match.start, match.end)
        if selection is not None:
            add(self.get_component_rich_style("reader--selection"), *selection)
        if mouse is not None:
            add(self.screen.get_component_rich_style("screen--selection"), *mouse)
        if cursor >= 0:
            sentence = sentences_of(paragraph)[cursor]
            add(self.get_component_rich_style("reader--cursor"), sentence.start, sentence.end)
        return spans

    def _render_block(
        self, block: int, cursor: int, selection: tuple[int, int] | None, search_current: int,
        mouse: tuple[int, int] | None = None, base: Style | None = None, width: int | None = None,
    ) -> list[Strip]:
        """The strips of ``block``: segments cut straight from the paragraph's text.

        Draws what a rich ``Text`` with those spans, sliced per wrapped line and rendered,
        draws (segment for segment), without building one: a run's style is the sum of
        the spans over it in layer order, worked out once per paragraph, not per line.
        """
        assert self._document is not None
        if base is None:
            base = self.rich_style
        if width is None:
            width = self.size.width
        index = self._blocks[block]
        text = self._document.paragraphs[index].text
        spans = self._block_spans(index, base, cursor, selection, search_current, mouse)
        starts, styles = style_runs(spans, len(text))
        controls = _CONTROL_CODES.search(text) is not None
        # rich measures a string char by char (so a line at once, cached while cursor and
        # selection move), except where a joiner or VS16 makes it measure a segment whole.
        joined = "\u200d" in text or "\ufe0f" in text
        null = Style.null()
        strips = [Strip.blank(width, base)] * self._spacing[block]
        for row, (start, end) in enumerate(self._lines_of(block)):
            pad = self._line_pad(block, row, start, end)
            segments = [Segment(" " * pad, base)] if pad else []
            run = bisect_right(starts, start) - 1
            if start >= end or (styles[run] is None and starts[run + 1] >= end):
                # No span on the line: rich draws it as one unstyled segment.
                piece = _CONTROL_CODES.sub("", text[start:end]) if controls else text[start:end]
                segments.append(Segment(piece))
            else:
                at = start
                while at < end:
                    stop = min(end, starts[run + 1])
                    style = styles[run]
                    piece = _CONTROL_CODES.sub("", text[at:stop]) if controls else text[at:stop]
                    segments.append(Segment(piece, null if style is None else style))
                    at = stop
                    run += 1
            if joined or controls:
                cells = pad + sum([cell_len(segment.text) for segment in segments[bool(pad):]])
            else:
                cells = pad + cell_len(text[start:end])
            if cells < width:
                segments.append(Segment(" " * (width - cells), base))
                strips.append(Strip(segments, width))
            elif cells == width:
                strips.append(Strip(segments, cells))
            else:
                strips.append(Strip(segments, cells).crop(0, width))
        return strips

    def _line_pad(self, block: int, row: int, start: int, end: int) -> int:
        """Cells before a line's text: the indent, or centring for titles."""
        assert self._document is not None
        paragraph = self._document.paragraphs[self._blocks[block]]
        if self._centred(paragraph):
            used = sum(char_width(ch) for ch in paragraph.text[start:end])
            return max(0, (self._width - used) // 2)
        return self._first_indents[block] if row == 0 else 0

    @staticmethod
    def _centred(paragraph: Paragraph) -> bool:
        return paragraph.kind is Kind.TITLE or (
            paragraph.kind is Kind.FRONT and len(paragraph.text) <= 40
        )

    # ------------------------------------------------------------------ layout

    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _relayout(self, keep: int | None) -> None:
        """Lay out for the current width with estimates, keeping paragraph ``keep``'s row."""
        old_row: int | None = None
        if keep is not None and self._offsets[-1]:
            block = self._block_of(keep)
            old_row = self._offsets[block] + self._spacing[block] - int(self.scroll_offset.y)
            if not 0 <= old_row < max(1, self.size.height):
                old_row = None
                keep = self._blocks[self._block_at(int(self.scroll_offset.y))]
                block = self._block_of(keep)
                old_row = (
                    self._offsets[block] + self._spacing[block] - int(self.scroll_offset.y)
                )
        self._width = self._content_width()
        self._layout_generation += 1
        self._wrap_cache.clear()
        self._strip_cache.clear()
        self._exact = [False] * len(self._blocks)
        room = max(1, self._width)
        self._counts = [
            gap + max(1, -(-(cells + first) // room))
            for gap, cells, first in zip(self._spacing, self._estimates, self._first_indents, strict=True)
        ]
        self._recompute_offsets()
        if keep is not None and old_row is not None:
            block = self._block_of(keep)
            self._refine_from(block, self.size.height)
            target = self._offsets[block] + self._spacing[block] - old_row
            self.scroll_to(y=max(0, target), animate=False, immediate=True)
        self._refine_visible()
        if self._wrap_all_timer is not None:
            self._wrap_all_timer.stop()  # that layout is gone: never wrap for it
            self._wrap_all_timer = None
        if self._blocks and self.is_mounted:
            # Exact counts for the whole file (an exact scrollbar) come later, off-thread:
            # what is on screen is exact already.
            self._wrap_all_timer = self.set_timer(WRAP_ALL_DELAY, self.wrap_all_now)

    def _recompute_offsets(self) -> None:
        self._offsets = [0, *accumulate(self._counts)]
        self.virtual_size = Size(self._width, self._offsets[-1])

    def _lines_of(self, block: int) -> list[tuple[int, int]]:
        key = (block, self._width)
        lines = self._wrap_cache.get(key)
        if lines is None:
            assert self._document is not None
            paragraph = self._document.paragraphs[self._blocks[block]]
            first = self._first_indents[block]
            lines = wrap(paragraph.text, self._width, first_indent=first, indent=0) or [(0, 0)]
            self._wrap_cache[key] = lines
        return lines

    def _ensure_exact(self, block: int) -> bool:
        """Wrap ``block`` exactly; True when its line count changed (offsets stale)."""
        if self._exact[block]:
            return False
        self._exact[block] = True
        count = self._spacing[block] + len(self._lines_of(block))
        if count == self._counts[block]:
            return False
        self._counts[block] = count
        return True

    def _refine_from(self, block: int, height: int) -> None:
        """Make blocks from ``block`` exact until ``height`` lines are covered."""
        changed = False
        covered = 0
        while block < len(self._blocks) and covered < height:
            changed |= self._ensure_exact(block)
            covered += self._counts[block]
            block += 1
        if changed:
            self._recompute_offsets()

    def _refine_visible(self) -> None:
        if not self._blocks or not self._width:
            return
        top = int(self.scroll_offset.y)
        self._refine_from(self._block_at(top), max(1, self.size.height) + 1)

    def _apply_exact_counts(self, generation: int, counts: list[int]) -> None:
        """Take the background thread's exact counts, keeping the top line still."""
        if generation != self._layout_generation or len(counts) != len(self._counts):
            return
        top = int(self.scroll_offset.y)
        block = self._block_at(top)
        within = top - self._offsets[block]
        self._counts = counts
        self._exact = [True] * len(counts)
        self._recompute_offsets()
        self.scroll_to(y=self._offsets[block] + within, animate=False, immediate=True)
        self.refresh()

    def wrap_all_now(self) -> None:
        """Start the background pass that makes every line count exact, if not started yet.

        It runs by itself ``WRAP_ALL_DELAY`` seconds after a layout; tests and benchmarks
        call it to have it now. It starts once per layout, so calling it while the pass
        runs (or after) does nothing: no pass is cancelled and replaced by an identical one.
        """
        if self._wrap_all_timer is not None:
            self._wrap_all_timer.stop()
            self._wrap_all_timer = None
        generation = self._layout_generation
        if self._document is None or not self._blocks or self._wrap_all_started == generation:
            return
        self._wrap_all_started = generation
        self._wrap_all(generation, self._width)

    @work(thread=True, exclusive=True, group="reader-wrap")
    def _wrap_all(self, generation: int, width: int) -> None:
        """Wrap every block exactly in the background (for an exact scrollbar)."""
        document = self._document
        if document is None:
            return
        worker = get_current_worker()
        blocks = list(self._blocks)
        spacing = list(self._spacing)
        firsts = list(self._first_indents)
        counts = []
        for block, index in enumerate(blocks):
            if block % 256 == 0 and (worker.is_cancelled or generation != self._layout_generation):
                return
            paragraph = document.paragraphs[index]
            counts.append(spacing[block] + len(wrap(paragraph.text, width, firsts[block], 0) or [0]))
        if not worker.is_cancelled:
            self.app.call_from_thread(self._apply_exact_counts, generation, counts)

    # ------------------------------------------------------------------ cursor helpers

    def _block_of(self, paragraph: int) -> int:
        """Block index of ``paragraph`` (or of the next visible paragraph)."""
        block = bisect_left(self._blocks, paragraph)
        return min(block, len(self._blocks) - 1)

    def _block_at(self, line: int) -> int:
        """Block index covering virtual line ``line``."""
        block = bisect_right(self._offsets, line) - 1
        return max(0, min(block, len(self._blocks) - 1))

    def _clamp(self, position: Position) -> Position:
        assert self._document is not None
        block = self._block_of(max(0, position[0]))
        paragraph = self._blocks[block]
        count = len(sentences_of(self._document.paragraphs[paragraph]))
        return paragraph, max(0, min(position[1], count - 1))

    @staticmethod
    def sentence_at(paragraph: Paragraph, char: int) -> int:
        """Index of the sentence of ``paragraph`` holding character ``char``."""
        sentences = sentences_of(paragraph)
        starts = [s.start for s in sentences]
        return max(0, bisect_right(starts, char) - 1)

    def _sentence_rows(self, position: Position) -> tuple[int, int]:
        """Virtual lines of the first and last line of a sentence."""
        assert self._document is not None
        block = self._block_of(position[0])
        self._ensure_exact(block)
        lines = self._lines_of(block)
        sentence = sentences_of(self._document.paragraphs[position[0]])[position[1]]
        starts = [start for start, _ in lines]
        first = max(0, bisect_right(starts, sentence.start) - 1)
        last = max(first, bisect_right(starts, max(sentence.start, sentence.end - 1)) - 1)
        base = self._offsets[block] + self._spacing[block]
        return base + first, base + last

    def _scroll_to_cursor(self, top: bool) -> None:
        block = self._block_of(self._cursor[0])
        if self._ensure_exact(block):
            self._recompute_offsets()
        if top:
            self._refine_from(block, self.size.height + 1)
        first, last = self._sentence_rows(self._cursor)
        height = max(1, self.size.height)
        scroll_y = int(self.scroll_offset.y)
        if top:
            target: int | None = first
        elif first < scroll_y:
            target = first
        elif last >= scroll_y + height:
            target = min(first, last - height + 1)
        else:
            target = None
        if target is not None:
            self.scroll_to(y=target, animate=False, immediate=True)
            self._refine_visible()

    def _post_cursor(self) -> None:
        self.cursor_changed.publish(self._cursor)
        self.post_message(self.CursorMoved(self, *self._cursor))

    def _step(self, direction: int) -> None:
        document = self._document
        if document is None or not self._blocks:
            return
        paragraph, sentence = self._cursor
        count = len(sentences_of(document.paragraphs[paragraph]))
        if 0 <= sentence + direction < count:
            self.move_cursor_to(paragraph, sentence + direction)
            return
        block = self._block_of(paragraph) + direction
        if not 0 <= block < len(self._blocks):
            return
        target = self._blocks[block]
        sentence = 0 if direction > 0 else len(sentences_of(document.paragraphs[target])) - 1
        self.move_cursor_to(target, sentence)

    def _first_sentence_from(self, line: int) -> Position:
        """The first sentence that starts on or after virtual line ``line``."""
        assert self._document is not None
        block = self._block_at(line)
        while block < len(self._blocks):
            self._ensure_exact(block)
            index = self._blocks[block]
            lines = self._lines_of(block)
            base = self._offsets[block] + self._spacing[block]
            for number, sentence in enumerate(sentences_of(self._document.paragraphs[index])):
                starts = [start for start, _ in lines]
                row = base + max(0, bisect_right(starts, sentence.start) - 1)
                if row >= line:
                    return index, number
            block += 1
        last = self._blocks[-1]
        return last, len(sentences_of(self._document.paragraphs[last])) - 1

    def _page(self, direction: int) -> None:
        if self._document is None or not self._blocks:
            return
        height = max(1, self.size.height)
        step = max(1, height - 1)
        old = int(self.scroll_offset.y)
        target = max(0, min(old + direction * step, int(self.max_scroll_y)))
        if target == old:
            if direction > 0:
                self.action_go_end()
            else:
                self.move_cursor_to(self._blocks[0], 0)
            return
        self.scroll_to(y=target, animate=False, immediate=True)
        self._refine_visible()
        position = self._first_sentence_from(target)
        self._cursor = position
        self._scroll_to_cursor(top=False)
        self.refresh()
        self._post_cursor()

    def _jump(self, targets: list[int], direction: int) -> None:
        if not targets:
            return
        paragraph = self._cursor[0]
        if direction > 0:
            index = bisect_right(targets, paragraph)
        else:
            index = bisect_left(targets, paragraph) - 1
            if self._cursor[1] > 0 and index + 1 < len(targets) and targets[index + 1] == paragraph:
                index += 1  # inside the heading paragraph: go back to its start first
        if 0 <= index < len(targets):
            self.move_cursor_to(targets[index], 0, top=True)

    # ------------------------------------------------------------------ highlight helpers

    def _selection_span(self, paragraph: int) -> tuple[int, int] | None:
        selection = self.selection
        if selection is None or self._document is None:
            return None
        (p0, s0), (p1, s1) = selection
        if not p0 <= paragraph <= p1:
            return None
        text = self._document.paragraphs[paragraph]
        sentences = sentences_of(text)
        start = sentences[s0].start if paragraph == p0 else 0
        end = sentences[s1].end if paragraph == p1 else len(text.text)
        return start, end

    def _recompute_matches(self) -> None:
        self._matches = []
        self._matches_by_paragraph = {}
        self._search_index = None
        term = self._search_term
        if not term or self._document is None:
            self._match_keys = []
            return
        pattern = re.compile(re.escape(term), re.IGNORECASE)
        paragraphs = self._document.paragraphs
        for index in self._blocks:
            found = [Match(index, m.start(), m.end()) for m in pattern.finditer(paragraphs[index].text)]
            if found:
                self._matches.extend(found)
                self._matches_by_paragraph[index] = found
        self._match_keys = [(m.paragraph, m.start) for m in self._matches]

    def _search_step(self, direction: int) -> bool:
        if not self._matches or self._document is None:
            return False
        total = len(self._matches)
        current = self._search_index
        if current is not None and self._on_match(current):
            index = (current + direction) % total
        else:
            paragraph, sentence = self._cursor
            bounds = sentences_of(self._document.paragraphs[paragraph])[sentence]
            if direction > 0:
                index = bisect_left(self._match_keys, (paragraph, bounds.end)) % total
            else:
                index = (bisect_left(self._match_keys, (paragraph, bounds.start)) - 1) % total
        self._search_index = index
        match = self._matches[index]
        paragraph_text = self._document.paragraphs[match.paragraph]
        self._style_generation += 1
        self.move_cursor_to(match.paragraph, self.sentence_at(paragraph_text, match.start))
        self.refresh()
        return True

    def _on_match(self, index: int) -> bool:
        """Whether the cursor is still on the sentence of match ``index``."""
        assert self._document is not None
        match = self._matches[index]
        if match.paragraph != self._cursor[0]:
            return False
        paragraph = self._document.paragraphs[match.paragraph]
        return self.sentence_at(paragraph, match.start) == self._cursor[1]

