"""The reader's painter: draws a ``ReaderLayout`` on Textual's Line API and lays it out.

``ReaderPaint`` is the base class of ``ReaderView`` (``tui/widgets/reader.py``): what is
drawn and how (``render_line``, the per-block strip cache keyed by everything that
changes a block's look, the span layering, heading colours, bookmarks), and the layout
(reading width, margins, re-wrapping at a new width, the worker that makes every block's
line count exact for an exact scrollbar). ``ReaderView`` adds the public API (load,
cursor, selection, find, highlights), the key and mouse routing and the messages. The
pure helpers are in ``reader_style``.

Why this module is a little over 500 lines: drawing and layout share the strip cache and
the wrap width (a relayout at a new width clears the strips drawn at the old one), so
they stay in one class; what needs no widget is already in
``reader_style`` and ``tui.reader_layout``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.cache import LRUCache
from textual.color import Color, ColorParseError
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.contrast import heading_colours
from tui.engine.fold import search_fold
from tui.engine.model import Kind, Paragraph
from tui.engine.wrap import wrap_text
from tui.reader_layout import (
    ExactCountJob,
    ReaderLayout,
    SentenceRef,
    sentences_of,
)
from tui.reader_search import SearchMatches
from tui.widgets.reader_style import (
    CONTROL_CODES,
    EAGER_ROWS,
    RowsOnDemand,
    style_runs,
    styled_end,
)

READING_WIDTH = 96
"""Longest line by default, in cells (48 Chinese characters): lines across a wide
terminal are hard to follow. ``w`` switches the cap off and on."""
WRAP_ALL_DELAY = 0.3
"""Seconds after a layout before every paragraph is wrapped exactly in the background."""


_HEADING_THEME_COLOURS = (
    ("accent", "primary", "error", "foreground"),
    ("secondary", "primary", "success", "foreground"),
    ("success", "primary", "warning", "foreground"),
    ("warning", "error", "primary", "foreground"),
)
"""Theme variables a heading level takes its colour from, in order of preference."""


class _Frame(NamedTuple):
    """What every line of one ``render_lines`` pass shares."""

    base: Style
    width: int
    blocks: dict[int, Sequence[Strip]]
    """Strips of the blocks drawn so far in this pass."""


class ReaderPaint(ScrollView):
    """Draws and lays out the reader's text (see the module docstring)."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.text_layout = ReaderLayout()
        """Where everything is: blocks, lines, rows, cursor and selection."""
        self.find = SearchMatches()
        """The find state: the term's matches and the current one."""
        self._message: str = ""
        self._wrap_all_timer: Timer | None = None
        self._wrap_all_started = -1
        """The layout generation whose background wrap was started (one per generation)."""
        self.counts_wanted = True
        """Whether a layout's exact line counts are worked out by themselves
        (``WRAP_ALL_DELAY`` after it): not for the head of a big file, which the whole
        document replaces (``ReaderView.load``'s ``head``)."""
        self._strip_cache: LRUCache[tuple[object, ...], Sequence[Strip]] = LRUCache(1024)
        self._style_generation = 0
        self._terms_re: re.Pattern[str] | None = None
        self._term_styles: dict[str, Style] = {}
        self._frame: _Frame | None = None
        """Set while ``render_lines`` draws (see there)."""
        self._bookmarks: dict[int, set[int]] = {}
        """Bookmarked sentences by paragraph (drawn underlined)."""
        self._heading_colours: list[str] | None = None
        """Heading colours for the current theme (``heading_colour``)."""
        self.reading_width: int | None = READING_WIDTH
        """Longest line in cells (None: the pane's width); wider panes centre the text."""
        self._view_row = 0
        """Rows above the cursor's sentence when it is next put at the top (``load``: the
        view as it was left); used once."""
        self._view_row_seen = 0
        """``cursor_view_row`` as last measured while the view had a size."""
        self._top_pending = False
        """The cursor's sentence was asked to the top of a view with no size yet (a file
        shown before the first layout: the real start, whose first file is parsed while
        the UI starts): the first layout with a size puts it there (``_relayout``)."""

    # ------------------------------------------------------------------ rendering

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.text_layout.blocks:
            if self._content_width() != self.text_layout.width:
                self._relayout(keep=self.text_layout.cursor[0])  # a size change we were not told of
            self._refine_visible()
        # One frame, one base style and width (``rich_style`` walks the ancestors: a fifth
        # of a millisecond a call), and each block's strips looked up once, not per line.
        self._frame = _Frame(self.rich_style, self.size.width - self._margin(), {})
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        frame = self._frame
        margin = self._margin()
        if frame is None:  # called on its own (the compositor finding the mouse, tests)
            frame = _Frame(self.rich_style, self.size.width - margin, {})
        base, width = frame.base, frame.width
        layout = self.text_layout
        if not layout.blocks:
            # (the width that can be seen: the scrollbar's cells are not the message's)
            return self._message_line(y, self.scrollable_content_region.width, base)
        line = int(self.scroll_offset.y) + y
        if line >= layout.row_count:
            return Strip.blank(width + margin, base).apply_offsets(0, line)
        block = layout.block_at(line)
        strips = frame.blocks.get(block)
        if strips is None:
            strips = frame.blocks[block] = self.block_strips(block, base, width)
        row = line - layout.block_row(block)
        strip = strips[row] if row < len(strips) else Strip.blank(width, base)
        # (character, virtual line) offsets let Textual's mouse selection find the text;
        # the margin of a capped reading width has none.
        strip = strip.apply_offsets(0, line)
        return Strip.join([Strip.blank(margin, base), strip]) if margin else strip

    def _message_lines(self, width: int) -> list[str]:
        """The message wrapped to ``width`` by the reader's own line-breaking rules.

        A long message (a bad file's explanation in a narrow pane) was cut at the edge.
        """
        return wrap_text(self._message, width - 2).split("\n")

    def _message_line(self, y: int, width: int, base: Style) -> Strip:
        lines = self._message_lines(width)
        top = max(0, self.size.height // 3 - len(lines) // 2)
        if not top <= y < top + len(lines):
            return Strip.blank(width, base)
        line = lines[y - top]
        style = base + self.get_component_rich_style("reader--message")
        # A Segment with the style itself: Text.render gave the line no style at all, so
        # it showed in the terminal's own colours (light grey on black in a light theme).
        pad = max(0, (width - cell_len(line)) // 2)
        segments = [Segment(" " * pad, base), Segment(line, style)]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def block_strips(
        self, block: int, base: Style | None = None, width: int | None = None
    ) -> Sequence[Strip]:
        """The lines of ``block`` (its spacing first), cached until their look changes."""
        layout = self.text_layout
        if base is None:
            base = self.rich_style
        if width is None:
            width = self.size.width
        index = layout.blocks[block]
        cursor = layout.cursor[1] if layout.cursor[0] == index else -1
        selection = layout.selected_span(index) if layout.anchor is not None else None
        current = self.find.current_match
        search_current = current.start if current is not None and current.paragraph == index else -1
        mouse = layout.marked_span(index)
        bookmarked = self._bookmark_span(index)
        key = (
            block,
            layout.width,
            width,
            self._style_generation,
            cursor,
            selection,
            search_current,
            mouse,
            bookmarked,
        )
        cached = self._strip_cache.get(key)
        if cached is not None:
            return cached
        strips = self.render_block(
            block, cursor, selection, search_current, mouse, base, width, bookmarked
        )
        self._strip_cache[key] = strips
        return strips

    def heading_colour(self, level: int) -> str:
        """The colour of level ``level`` headings: the theme's, made readable and distinct.

        Each level keeps its theme colour's hue ($accent, $secondary, $success, $warning)
        but is moved towards white or black to reach 4.5:1 against the reader's
        background, and takes the next theme colour when it would look like a level above.
        """
        if self._heading_colours is None:
            variables = self.app.get_css_variables()

            def rgb(name: str) -> tuple[int, int, int] | None:
                try:
                    return Color.parse(variables[name]).rgb
                except (KeyError, ColorParseError):
                    return None

            background = self.rich_style.bgcolor
            back: tuple[int, int, int] = (0, 0, 0)
            if background is not None:
                red, green, blue = background.get_truecolor()
                back = (red, green, blue)
            levels = [
                [c for c in map(rgb, names) if c is not None] or [(255, 255, 255)]
                for names in _HEADING_THEME_COLOURS
            ]
            self._heading_colours = [
                f"#{r:02x}{g:02x}{b:02x}" for r, g, b in heading_colours(levels, back)
            ]
        return self._heading_colours[level - 1]

    def _bookmark_span(self, paragraph: int) -> tuple[int, int] | None:
        """The first bookmarked sentence of ``paragraph``, as characters (drawn underlined)."""
        sentences = self._bookmarks.get(paragraph)
        document = self.text_layout.document
        if not sentences or document is None:
            return None
        spans = sentences_of(document.paragraphs[paragraph])
        first = spans[min(min(sentences), len(spans) - 1)]
        last = spans[min(max(sentences), len(spans) - 1)]
        return first.start, last.end

    def set_bookmarks(self, positions: list[SentenceRef]) -> None:
        """Mark these sentences in the text (the open file's bookmarks)."""
        marks: dict[int, set[int]] = {}
        for paragraph, sentence in positions:
            marks.setdefault(paragraph, set()).add(sentence)
        if marks != self._bookmarks:
            self._bookmarks = marks
            self._style_generation += 1
            self.refresh()

    def paragraph_style(self, paragraph: Paragraph) -> Style:
        """The style of a paragraph's own kind (headings by level, titles …)."""
        if paragraph.kind is Kind.HEADING and paragraph.heading is not None:
            level = min(4, max(1, paragraph.heading.level))
            return self.get_component_rich_style(f"reader--heading-{level}") + Style(
                color=self.heading_colour(level)
            )
        if paragraph.kind is Kind.TITLE:
            return self.get_component_rich_style("reader--title")
        if paragraph.kind is Kind.FRONT:
            return self.get_component_rich_style("reader--front")
        if paragraph.kind is Kind.SALUTATION:
            return self.get_component_rich_style("reader--salutation")
        if paragraph.kind is Kind.BACK_MATTER:
            return self.get_component_rich_style("reader--back")
        if paragraph.kind is Kind.NOISE:  # shown (``z``): the theme's muted text colour
            return self.get_component_rich_style("reader--noise")
        return Style()

    def _block_spans(
        self,
        index: int,
        base: Style,
        cursor: int,
        selection: tuple[int, int] | None,
        search_current: int,
        mouse: tuple[int, int] | None,
        bookmarked: tuple[int, int] | None = None,
    ) -> list[tuple[int, int, Style]]:
        """Paragraph ``index``'s styled spans, bottom layer first (later ones draw on top):
        base, the paragraph's own style, terms, search matches, selection, mouse, cursor,
        the current match again (it must show inside the cursor), a bookmark's mark."""
        document = self.text_layout.document
        assert document is not None
        paragraph = document.paragraphs[index]
        length = len(paragraph.text)
        spans: list[tuple[int, int, Style]] = []
        append = spans.append

        def add(style: Style, start: int, end: int) -> None:
            if style and start < length and start < end:  # what ``Text.stylize`` keeps
                append((start, min(length, end), style))

        add(base, 0, length)
        add(self.paragraph_style(paragraph), 0, styled_end(paragraph))
        if self._terms_re is not None:
            term_styles = self._term_styles
            # Matched on the search folding (one character for one: the same places), so
            # 关于 lights up 關於; the style's key is the folded term.
            for found in self._terms_re.finditer(search_fold(paragraph.text)):
                add(term_styles[found.group()], found.start(), found.end())
        matches = self.find.in_paragraph(index)
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
            # Inside a selection the cursor must still stand out from the selected text.
            name = "reader--cursor" if selection is None else "reader--cursor-selected"
            add(self.get_component_rich_style(name), sentence.start, sentence.end)
            for match in matches:
                if match.start == search_current:  # the current match shows inside the cursor
                    add(
                        self.get_component_rich_style("reader--search-current"),
                        match.start,
                        match.end,
                    )
        if bookmarked:
            add(self.get_component_rich_style("reader--bookmark"), *bookmarked)
        return spans

    def render_block(
        self,
        block: int,
        cursor: int,
        selection: tuple[int, int] | None,
        search_current: int,
        mouse: tuple[int, int] | None = None,
        base: Style | None = None,
        width: int | None = None,
        bookmarked: tuple[int, int] | None = None,
    ) -> Sequence[Strip]:
        """The strips of ``block``: segments cut straight from the paragraph's text.

        Draws what a rich ``Text`` with those spans, sliced per wrapped line and rendered,
        draws (segment for segment), without building one: a run's style is the sum of
        the spans over it in layer order, worked out once per paragraph, not per line.
        """
        layout = self.text_layout
        if base is None:
            base = self.rich_style
        if width is None:
            width = self.size.width
        index = layout.blocks[block]
        text = layout.paragraph(block).text
        spans = self._block_spans(index, base, cursor, selection, search_current, mouse, bookmarked)
        starts, styles = style_runs(spans, len(text))
        controls = CONTROL_CODES.search(text) is not None
        # rich measures a string char by char (so a line at once, cached while cursor and
        # selection move), except where a joiner or VS16 makes it measure a segment whole.
        joined = "\u200d" in text or "\ufe0f" in text
        null = Style.null()
        lines = layout.lines_of(block)

        def draw(row: int) -> Strip:
            start, end = lines[row]
            pad = layout.line_pad(block, row)
            segments = [Segment(" " * pad, base)] if pad else []
            run = bisect_right(starts, start) - 1
            if start >= end or (styles[run] is None and starts[run + 1] >= end):
                # No span on the line: rich draws it as one unstyled segment.
                piece = CONTROL_CODES.sub("", text[start:end]) if controls else text[start:end]
                segments.append(Segment(piece))
            else:
                at = start
                while at < end:
                    stop = min(end, starts[run + 1])
                    style = styles[run]
                    piece = CONTROL_CODES.sub("", text[at:stop]) if controls else text[at:stop]
                    segments.append(Segment(piece, null if style is None else style))
                    at = stop
                    run += 1
            if joined or controls:
                cells = pad + sum([cell_len(segment.text) for segment in segments[bool(pad) :]])
            else:
                cells = pad + cell_len(text[start:end])
            if cells < width:
                segments.append(Segment(" " * (width - cells), base))
                return Strip(segments, width)
            if cells == width:
                return Strip(segments, cells)
            return Strip(segments, cells).crop(0, width)

        spacing = [Strip.blank(width, base)] * layout.spacing(block)
        if len(lines) > EAGER_ROWS:
            return RowsOnDemand(spacing, len(lines), draw)
        return spacing + [draw(row) for row in range(len(lines))]

    # ------------------------------------------------------------------ layout

    def _content_width(self) -> int:
        width = max(1, self.scrollable_content_region.width)
        return width if self.reading_width is None else min(width, self.reading_width)

    def _margin(self) -> int:
        """Blank cells left of the text when the reading width is capped (it is centred)."""
        if self.reading_width is None or not self.text_layout.blocks:
            return 0
        return max(0, (self.scrollable_content_region.width - self.text_layout.width) // 2)

    def set_reading_width(self, cells: int | None) -> None:
        """Cap the line length at ``cells`` (the text is centred), or None for the pane's width."""
        self.reading_width = cells
        if self.text_layout.blocks:
            self._relayout(keep=self.text_layout.cursor[0])
        self.refresh()

    def _relayout(self, keep: int | None, laid_out: bool = False) -> None:
        """Lay out for the current width with estimates, keeping paragraph ``keep``'s row
        (``laid_out``: the layout was just made at this width, by ``ReaderView.load``).

        When the cursor's sentence was asked to the top before the view had a size
        (``_top_pending``), it goes to the top instead: rows of the sizeless layout (one
        cell wide) say nothing of where the text is in this one.
        """
        layout = self.text_layout
        if self._top_pending and self.size.height > 0 and layout.blocks:
            self._top_pending = False
            layout.set_width(self._content_width(), force=not laid_out)
            self._strip_cache.clear()
            self.virtual_size = Size(layout.width, layout.row_count)
            self._cursor_to_top()
            self._start_wrap_all()
            return
        old_row: int | None = None
        if keep is not None and layout.row_count:
            scroll_y = int(self.scroll_offset.y)
            old_row = layout.text_row(layout.block_of(keep)) - scroll_y
            if not 0 <= old_row < max(1, self.size.height):
                keep = layout.blocks[layout.block_at(scroll_y)]
                old_row = layout.text_row(layout.block_of(keep)) - scroll_y
        layout.set_width(self._content_width(), force=not laid_out)
        self._strip_cache.clear()
        self.virtual_size = Size(layout.width, layout.row_count)
        if keep is not None and old_row is not None:
            block = layout.block_of(keep)
            self._refine(block, self.size.height)
            target = layout.text_row(block) - old_row
            self.scroll_to(y=max(0, target), animate=False, immediate=True)
        self._refine_visible()
        self._start_wrap_all()

    def _cursor_to_top(self) -> None:
        """Scroll so the cursor's sentence's first line is the view's top line (or, once
        after ``load``, the row it was on when the view was left: ``_view_row``)."""
        if self.size.height <= 0:
            self._top_pending = True  # no view yet: at the first layout with a size
            return
        self._top_pending = False
        layout = self.text_layout
        block = layout.block_of(layout.cursor[0])
        self._ensure_exact(block)
        self._refine(block, self.size.height + 1)
        first, last = layout.sentence_rows(layout.cursor)
        # Rows kept above it (a restored view), never so many that it leaves the view.
        above = max(0, min(self._view_row, self.size.height - (last - first + 1)))
        self._view_row = 0
        self.scroll_to(y=max(0, first - above), animate=False, immediate=True)
        self._refine_visible()
        if above:  # the rows above, counted exactly now, may have moved it
            first, _ = layout.sentence_rows(layout.cursor)
            self.scroll_to(y=max(0, first - above), animate=False, immediate=True)

    def _start_wrap_all(self) -> None:
        """Count the new layout's rows exactly, later and off-thread (``wrap_all_now``)."""
        layout = self.text_layout
        if self._wrap_all_timer is not None:
            self._wrap_all_timer.stop()  # that layout is gone: never wrap for it
            self._wrap_all_timer = None
        if layout.blocks and self.is_mounted and self.counts_wanted:
            # Exact counts for the whole file (an exact scrollbar) come later, off-thread:
            # what is on screen is exact already.
            self._wrap_all_timer = self.set_timer(WRAP_ALL_DELAY, self.wrap_all_now)

    def _refine(self, block: int, height: int) -> None:
        """Make the blocks from ``block`` exact over ``height`` rows; resize if rows moved."""
        if self.text_layout.refine(block, height):
            self.virtual_size = Size(self.text_layout.width, self.text_layout.row_count)

    def _ensure_exact(self, block: int) -> None:
        if self.text_layout.ensure_exact(block):
            self.virtual_size = Size(self.text_layout.width, self.text_layout.row_count)

    def _refine_visible(self) -> None:
        layout = self.text_layout
        if not layout.blocks or not layout.width:
            return
        self._refine(layout.block_at(int(self.scroll_offset.y)), max(1, self.size.height) + 1)

    def _apply_exact_counts(self, generation: int, counts: list[int]) -> None:
        """Take the background thread's exact counts, keeping the top line still."""
        layout = self.text_layout
        top = int(self.scroll_offset.y)
        block = layout.block_at(top)
        within = top - layout.block_row(block)
        if not layout.apply_exact_counts(generation, counts):
            return
        self.virtual_size = Size(layout.width, layout.row_count)
        self.scroll_to(y=layout.block_row(block) + within, animate=False, immediate=True)
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
        job = self.text_layout.exact_counts()
        if job is None or self._wrap_all_started == job.generation:
            return
        self._wrap_all_started = job.generation
        self._wrap_all(job)

    # A description of its own: without one, Textual describes the worker by the repr of
    # its arguments, and the job's repr holds the whole document (a 10 MB file: 6 million
    # characters, 80 ms on the UI thread and a 25 MB string at every layout).
    @work(thread=True, exclusive=True, group="reader-wrap", description="exact line counts")
    def _wrap_all(self, job: ExactCountJob) -> None:
        """Count every block's rows in the background (for an exact scrollbar)."""
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled or job.generation != self.text_layout.generation

        counts = job.run(cancelled)
        if counts is not None and not cancelled():
            self.app.call_from_thread(self._apply_exact_counts, job.generation, counts)
