"""The reader's key routing: the actions behind its keys and the cursor helpers they use.

``ReaderKeys`` sits between ``ReaderPaint`` (drawing and layout, ``reader_paint.py``) and
``ReaderView`` (``reader.py``: the public API, events, mouse selection, messages):
stepping by sentence, paging (a sentence longer than the screen is paged through, not
skipped), line and half-page scrolling, heading and speech jumps with a notice at the
last one, the reading-width switch, the noise switch (``z``), starting a selection, and
keeping the cursor in view.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding, BindingsMap
from textual.message import Message

from tui import ui_text
from tui.digit_keys import DIGIT_KEYS
from tui.engine.model import Document
from tui.reader_layout import (
    sentence_at,
)
from tui.widgets.reader_paint import READING_WIDTH, ReaderPaint

_AT_THE_END = {
    ("heading", 1): ui_text.LAST_HEADING,
    ("heading", -1): ui_text.FIRST_HEADING,
    ("speech", 1): ui_text.LAST_SPEECH,
    ("speech", -1): ui_text.FIRST_SPEECH,
}
_NONE_AT_ALL = {"heading": ui_text.NO_HEADINGS, "speech": ui_text.NO_SPEECH_BREAKS}
"""What ``]`` ``[`` ``}`` ``{`` say when there is nothing further that way."""


class ReadingWidthChanged(Message):
    """``w`` switched the reading width: ``capped`` (lines of at most ``READING_WIDTH``
    cells) or as wide as the pane. The screen keeps the choice for the next start."""

    def __init__(self, capped: bool) -> None:
        super().__init__()
        self.capped = capped


class NoiseShown(Message):
    """``z`` (or the palette) showed the paragraphs hidden as noise (``shown``) or hid them
    again: the outline's line for a file whose text is all noise says which."""

    def __init__(self, shown: bool) -> None:
        super().__init__()
        self.shown = shown


ALT_DIGIT_KEYS = frozenset(f"alt+{digit}" for digit in DIGIT_KEYS)
"""Esc and a digit that came as one key (``ESC 3``: tmux sends Esc typed just before a
digit so), as Textual reads it once ``tui.textual_fixes.escape_digits_as_alt`` took its table's
reading of ``ESC 3`` as £ out (``ReaderView.on_key``)."""

COUNT_MAX = 99_999
"""The largest count a prefix takes (more digits are not added)."""
COUNTED_ACTIONS = frozenset(
    {
        "cursor_down", "cursor_up", "page_down", "page_up", "half_page_down", "half_page_up",
        "line_down", "line_up", "next_heading", "previous_heading", "next_speech",
        "previous_speech", "go_start", "go_end", "go_percent",
    }
)  # fmt: skip
"""The reader's actions that a count typed before their key repeats (``3]``, ``5j``) or,
for ``g``/``G`` and ``%``, turns into a line or a percentage (``120G``, ``50%``)."""


class ReaderKeys(ReaderPaint):
    """The reader's actions and cursor helpers (see the module docstring)."""

    if TYPE_CHECKING:  # defined by ReaderView, which is built on this class

        def _post_cursor(self) -> None: ...

        def move_cursor_to(self, paragraph: int, sentence: int = 0, top: bool = False) -> None: ...

        def set_show_noise(self, show: bool) -> None: ...

        @property
        def document(self) -> Document | None: ...

    class CountChanged(Message, namespace="reader_view"):
        """The count being typed before a movement key changed (0: none now). Handled as
        ``on_reader_view_count_changed`` (the namespace: the widget's name, not this
        layer's), and named ``ReaderView.CountChanged`` by its users."""

        def __init__(self, reader: ReaderKeys, count: int) -> None:
            super().__init__()
            self.reader = reader
            self.count = count

        @property
        def control(self) -> ReaderKeys:
            return self.reader

    _repeat: int | None = None
    """The count typed before the key whose action runs now (None: no count); set by
    ``on_key`` around that one action only."""
    _count = 0
    """The count being typed (0: none): ``count``."""

    @property
    def _times(self) -> int:
        """How many times the action running now is to be done (its count, else 1)."""
        return self._repeat or 1

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

    def action_half_page_down(self) -> None:
        """Scroll half a page down; the cursor stays on screen."""
        self._page(1, half=True)

    def action_half_page_up(self) -> None:
        """Scroll half a page up; the cursor stays on screen."""
        self._page(-1, half=True)

    def action_line_down(self) -> None:
        """Scroll the text one line up (see one more line below); the cursor stays on screen."""
        self._scroll_lines(1)

    def action_line_up(self) -> None:
        """Scroll the text one line down (see one more line above)."""
        self._scroll_lines(-1)

    def action_toggle_reading_width(self) -> None:
        """Lines at most ``READING_WIDTH`` cells (centred), or as wide as the pane."""
        self.set_reading_width(None if self.reading_width is not None else READING_WIDTH)
        capped = self.reading_width is not None
        self.post_message(ReadingWidthChanged(capped))
        self.notify(
            ui_text.WIDTH_CAPPED(chars=READING_WIDTH // 2) if capped else ui_text.WIDTH_WINDOW(),
            timeout=2,
        )

    def action_toggle_noise(self) -> None:
        """Show the paragraphs hidden as noise in place, dimmed, or hide them again.

        Noise: page headers and numbers, ads, web addresses (``Kind.NOISE``). Kept for
        this run only (not saved, unlike ``w``): it is for checking a file's cleaning,
        and a reader who left it on would meet page numbers in every file next time."""
        self.set_show_noise(not self.text_layout.show_noise)
        layout = self.text_layout
        shown = layout.show_noise
        count = layout.noise_paragraphs
        if layout.document is None:
            said = ui_text.NOISE_ON() if shown else ui_text.NOISE_OFF()
        elif not count:
            said = ui_text.NOISE_NONE_ON() if shown else ui_text.NOISE_NONE_OFF()
        elif shown and len(layout.blocks) == count:
            said = ui_text.NOISE_ALL_SHOWN(count=count)
        else:
            said = ui_text.NOISE_SHOWN(count=count) if shown else ui_text.NOISE_HIDDEN(count=count)
        self.notify(said, timeout=4, markup=False)

    def action_go_start(self) -> None:
        """Start of the file (with a count: that source line, as ``G``)."""
        if self._repeat is not None:
            self._go_line(self._repeat)
        elif self.text_layout.shown:
            self.move_cursor_to(*self.text_layout.first_sentence())
            self.scroll_to(y=0, animate=False, immediate=True)

    def action_go_end(self) -> None:
        """End of the file, its last rows shown; with a count (``120G``), that source line.

        (Also when the last sentence is longer than the screen: the view went to that
        sentence's first row.)"""
        if self._repeat is not None:
            self._go_line(self._repeat)
        elif self.text_layout.shown:
            self.move_cursor_to(*self.text_layout.last_sentence())
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def action_go_percent(self) -> None:
        """With a count (``50%``): that percentage of the way through the text."""
        if not self.text_layout.shown:
            return
        if self._repeat is None:
            self.notify(ui_text.PERCENT_NEEDS_COUNT(), timeout=3)
            return
        self.move_cursor_to(*self.text_layout.sentence_at_percent(self._repeat), top=True)

    def _go_line(self, line: int) -> None:
        """To the paragraph holding source line ``line`` (the file's own line numbers)."""
        if self.text_layout.shown:
            self.move_cursor_to(*self.text_layout.sentence_at_line(line), top=True)

    def action_next_heading(self) -> None:
        """Next heading at any level (cursor on it, at the top of the view)."""
        self._jump(self.text_layout.headings, 1)

    def action_previous_heading(self) -> None:
        """Previous heading at any level."""
        self._jump(self.text_layout.headings, -1)

    def action_next_speech(self) -> None:
        """Start of the next speech."""
        self._jump(self.text_layout.speech_starts, 1, "speech")

    def action_previous_speech(self) -> None:
        """Start of the previous speech (or of this one when inside it)."""
        self._jump(self.text_layout.speech_starts, -1, "speech")

    def action_select(self) -> None:
        """Start a selection at the cursor (or drop the one in progress)."""
        layout = self.text_layout
        if layout.document is None:
            return
        layout.anchor = None if layout.anchor is not None else layout.cursor
        self.refresh_bindings()  # the key bar lists y and Esc while selecting
        self.refresh()

    # ------------------------------------------------------------------ cursor helpers

    def _scroll_to_cursor(self, top: bool) -> None:
        if top:
            self._cursor_to_top()
            return
        layout = self.text_layout
        block = layout.block_of(layout.cursor[0])
        self._ensure_exact(block)
        first, last = layout.sentence_rows(layout.cursor)
        height = max(1, self.size.height)
        scroll_y = int(self.scroll_offset.y)
        target: int | None
        if first < scroll_y:
            target = first
        elif last >= scroll_y + height:
            target = min(first, last - height + 1)
        else:
            target = None
        if target is not None:
            self.scroll_to(y=target, animate=False, immediate=True)
            self._refine_visible()

    def _step(self, direction: int) -> None:
        """``_times`` sentences on (or back), as far as there are; one cursor move."""
        target = self.text_layout.neighbour(direction, self._times)
        if target is not None:
            self.move_cursor_to(*target)

    def _page(self, direction: int, half: bool = False) -> None:
        """Scroll a page (or half one); the cursor goes to the first sentence starting on it.

        When no sentence starts on the new page (one sentence is longer than the screen),
        the cursor stays on the sentence that covers it and the view is not pulled back:
        paging goes on through the long sentence, line by line, skipping nothing.
        """
        layout = self.text_layout
        if not layout.shown:
            return
        height = max(1, self.size.height)
        step = max(1, height // 2 if half else height - 1) * self._times
        old = int(self.scroll_offset.y)
        target = max(0, min(old + direction * step, int(self.max_scroll_y)))
        if target == old:
            if direction > 0:
                self.action_go_end()
            else:
                self.move_cursor_to(*layout.first_sentence())
            return
        self.scroll_to(y=target, animate=False, immediate=True)
        self._refine_visible()
        self._cursor_into_view(target, height)

    def _scroll_lines(self, lines: int) -> None:
        layout = self.text_layout
        if not layout.shown:
            return
        old = int(self.scroll_offset.y)
        target = max(0, min(old + lines * self._times, int(self.max_scroll_y)))
        if target == old:
            return
        self.scroll_to(y=target, animate=False, immediate=True)
        self._refine_visible()
        first, last = layout.sentence_rows(layout.cursor)
        height = max(1, self.size.height)
        if last < target or first >= target + height:
            self._cursor_into_view(target, height)

    def _cursor_into_view(self, top: int, height: int) -> None:
        """Put the cursor on the first sentence starting in rows ``top``.. (see ``_page``)."""
        layout = self.text_layout
        position = layout.first_sentence_from(top)
        first, _ = layout.sentence_rows(position)
        if first >= top + height:
            position = layout.sentence_covering(top)
        if position != layout.cursor:
            layout.cursor = position
            self._post_cursor()
        self.refresh()

    def _jump(self, targets: list[int], direction: int, what: str = "heading") -> None:
        """``_times`` headings (or speeches) on or back, as far as there are; a notice
        when there is none that way."""
        if not targets:
            self.notify(_NONE_AT_ALL[what](), timeout=2)
            return
        layout = self.text_layout
        start, paragraph = layout.cursor, None
        try:
            for _ in range(self._times):
                found = layout.jump_target(targets, direction)
                if found is None:
                    break
                paragraph = found
                layout.cursor = (found, 0)
        finally:
            layout.cursor = start
        if paragraph is not None:
            self.move_cursor_to(paragraph, 0, top=True)
        if what == "speech" and direction > 0 and len(targets) == 1:
            # ``}`` in a one-speech file: to its start at most, which is often on the
            # screen already (a first press seemed to do nothing): said as ``99`` Enter
            # in the outline says it.
            self.notify(ui_text.ONLY_SPEECHES(count=1), timeout=3)
        elif paragraph is None:
            self.notify(_AT_THE_END[what, direction](), timeout=2)

    def _search_step(self, direction: int, within: tuple[int, int] | None = None) -> bool:
        document = self.text_layout.document
        if document is None:
            return False
        match = self.find.step(document, self.text_layout.cursor, direction, within)
        if match is None:
            return False
        self._style_generation += 1
        self.move_cursor_to(
            match.paragraph, sentence_at(document.paragraphs[match.paragraph], match.start)
        )
        self.show_char(match.paragraph, match.start, context=1)
        self.refresh()
        return True

    def show_char(self, paragraph: int, char: int, context: int = 1) -> None:
        """Scroll so the line holding ``char`` is on screen with ``context`` lines around it.

        A match (or a hit opened from the corpus search) never sits on the last or the
        first row: the line above and the line below it are seen too.
        """
        layout = self.text_layout
        if not layout.shown:
            return
        row = layout.row_of_char(paragraph, char)
        height = max(1, self.size.height)
        context = min(context, max(0, (height - 1) // 2))
        top = int(self.scroll_offset.y)
        if row - context < top:
            target = row - context
        elif row + context >= top + height:
            target = row + context - height + 1
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)
        self._refine_visible()

    @property
    def count(self) -> int:
        """The count typed so far for the next movement key (0: none)."""
        return self._count

    def action_count_digit(self) -> None:
        """Type a count for the next move key: 3] 5j 50% 120G.

        3] goes three headings on, 5j five sentences, 50% half-way, 120G to source line
        120; a 0 counts only after another digit. (The digits are taken in ``on_key``,
        before the bindings: a binding's action runs after the key has bubbled up to the
        app, so with keys typed fast a digit's action came after the next key's own
        handler. The binding is what puts them in the help and docs/keys.md.)"""

    def _type_digit(self, digit: int) -> bool:
        """Add ``digit`` to the count (a 0 only after another digit); whether it was taken."""
        if not digit and not self._count:
            return False
        self._set_count(min(COUNT_MAX, self._count * 10 + digit))
        return True

    def _set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self.post_message(self.CountChanged(self, count))

    async def on_key(self, event: events.Key) -> None:
        """A digit adds to the count (a 0 only after another digit); the next other key
        takes the count (a movement, run here with it) or drops it (Esc is used up doing
        so; any other key then does what it always does).

        Esc then a digit that came as one key is taken as Esc and then the digit: tmux (and
        other terminals, within their escape time) hands Esc followed at once by a digit
        over as ``ESC 3``, which the app reads as alt+3 (``tui.textual_fixes.escape_digits_as_alt``),
        and the digit was lost (Esc to drop a count, then 3j, moved one sentence). A £
        typed as £ (a UK keyboard) is no Esc: it does nothing here."""
        if self.document is not None and event.key in ALT_DIGIT_KEYS:
            event.stop()
            event.prevent_default()
            if self.screen.maximized is not None and self.app.escape_to_minimize:
                self.screen.minimize()  # what Esc does first (Textual's App, before keys)
            elif self._count:
                self._set_count(0)  # Esc drops the count (and is used up doing so)
            else:
                await self.run_action("cancel")
            self._type_digit(int(event.key[-1]))
            return
        if event.key in DIGIT_KEYS and self.document is not None:
            if self._type_digit(int(event.key)):
                event.stop()
                event.prevent_default()
            return
        if not self._count:
            return
        count = self._count
        self._set_count(0)
        if event.key == "escape":
            event.stop()
            event.prevent_default()
            return
        actions = [b.action for b in _reader_keys(type(self)).get(event.key, ())]
        action = next((a for a in actions if a in COUNTED_ACTIONS), None)
        if action is None or not self.check_action(action, ()):
            return
        event.stop()
        event.prevent_default()
        self._repeat = count
        try:
            await self.run_action(action)
        finally:
            self._repeat = None

    def on_blur(self, event: events.Blur) -> None:
        self._set_count(0)


@cache
def _reader_keys(cls: type[ReaderKeys]) -> dict[str, list[Binding]]:
    """The reader's own keys and their bindings (from its ``BINDINGS``), for a count typed
    before a key: the public ``BindingsMap`` instead of the widget's private merged map."""
    return BindingsMap(cls.BINDINGS).key_to_bindings
