"""The keyword panel: the top keywords of the current speech.

``KeywordPanel`` owns its jieba work, done only once keywords are asked for (the panel
shown or keyword highlights on: ``want``): its worker has the app's background service
load jieba and compute the keywords of the open file's speeches in the helper process
(``tui.jobs``), so no jieba work runs in the UI's process. Until jieba is ready it says
so; then, while the keywords are computed, of how many speeches and, after a second, for
how long (counted every second: a big file's take many seconds, and "关键词计算中…"
alone looked stuck), and that the reader can be used meanwhile. The speech the reader is
in is counted first (``keyword_feed.prioritised_keywords``): of a big file its keywords come
early, ranked with an estimated IDF and marked preliminary with how many speeches are
counted, and a speech moved to is counted next; once every speech is counted the final
ranking replaces them. It posts
``KeywordPanel.Chosen(term)`` when the user picks a keyword, ``HighlightToggled(term)``
for ``a`` and ``Updated()`` when the current speech's keywords change.
"""

from __future__ import annotations

import asyncio
import logging
import time
from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui import ui_text
from tui.engine.fold import search_fold
from tui.engine.model import Document
from tui.jobs import keyword_feed
from tui.services import Background
from tui.widgets.keybar import KeyHints
from tui.widgets.wrapped import WrappedText

if TYPE_CHECKING:
    from tui.engine import keywords

TOP = 20
"""Keywords listed per speech."""
WAIT_TICK = 1.0
"""Seconds between two countings of the wait for the keywords (``_say_computing``)."""
PROGRESS_TICK = 1.0
"""Seconds at least between two sayings of how many speeches are counted (a message of
the helper every 0.1 s or so: each saying is a repaint the helper's core could use)."""
LOADING = ui_text.KEYWORDS_LOADING
HINTS = (
    ("enter", ui_text.KEY_FIND.zh),
    ("a", ui_text.KEY_HIGHLIGHT.zh),
    ("K", ui_text.KEY_CLOSE.zh),
)
"""The panel's keys, under its list (as the footer shows keys)."""

log = logging.getLogger(__name__)


def keyword_labels(
    listed: list[keywords.Keyword], starred: set[str], room: int | None = None
) -> list[Text]:
    """The panel's rows: rank, term, count in one column, ★ for the user's highlight terms.

    Terms are padded to the widest in cells (full-width spaces, and a half-width one for an
    odd cell), so that a Latin term ("business") lines its count up with Chinese ones. A
    term is starred whichever spelling the user's term has (关于 stars 關於: the reader
    highlights it so, ``ReaderView.set_highlight_terms``).
    """
    starred = {search_fold(term) for term in starred}
    count_cells, term_cells = 4, TERM_CELLS
    if room is not None:
        # A narrow panel (``side_panes.keyword_width``: 20 cells at 50 columns): the count
        # column as wide as its widest count, the terms cut to what is left, so that each
        # row keeps to one line (each count wrapped onto a line of its own).
        star = 2 if any(search_fold(k.term) in starred for k in listed) else 0
        widest = max((cell_len(_fitted(k.term)) for k in listed), default=0)
        if 3 + widest + 1 + count_cells + star > room:
            count_cells = max((len(str(k.count)) for k in listed), default=1)
            term_cells = max(4, min(TERM_CELLS, room - 3 - 1 - count_cells - star))
    shown = [_fitted(k.term, term_cells) for k in listed]
    width = max((cell_len(term) for term in shown), default=0)
    labels = []
    for rank, (keyword, term) in enumerate(zip(listed, shown, strict=True), 1):
        label = Text(f"{rank:>2} ")
        label.append(term, style="bold" if rank <= 10 else "")
        pad = width - cell_len(term)
        label.append(
            "　" * (pad // 2) + " " * (pad % 2) + f" {keyword.count:>{count_cells}}", style="dim"
        )
        if search_fold(keyword.term) in starred:
            label.append(" ★", style="bold red")
        labels.append(label)
    return labels


TERM_CELLS = 14
"""The widest term the panel shows whole (7 Chinese characters): with the rank, the count
and a ★ a row then fits the panel's 30 cells. A longer one (习近平新时代中国特色社会主义思想,
32 cells) wrapped every row's count onto a line of its own; it is cut with "…" (Enter and
``a`` still take the whole term)."""


def _fitted(term: str, cells: int = TERM_CELLS) -> str:
    if cell_len(term) <= cells:
        return term
    kept = ""
    for char in term:
        if cell_len(kept + char) > cells - 1:
            break
        kept += char
    return kept + "…"


class KeywordPanel(Vertical, can_focus=False):
    """Top keywords of the speech under the reader's cursor, with their counts."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_KEYWORDS.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "toggle_highlight", ui_text.KEY_TOGGLE_HIGHLIGHT.zh),
    ]

    DEFAULT_CSS = """
    KeywordPanel { width: 30; border-left: tall $panel; }
    KeywordPanel > #keywords-title { height: auto; padding: 0 1; text-style: bold; color: $text-accent; }
    KeywordPanel > #keywords-list { height: 1fr; border: none; }
    """

    def key_bar_names(self) -> frozenset[str]:
        """The keys named under the list (``HINTS``: ⏎ 查找, a 高亮, K 关闭), which the key bar
        leaves out while the list has the focus (``keys_named_here``): it named ⏎ and a a
        second time (at 80x24 and 160x45, seen in tmux; issue #18), as the notebook's did."""
        return frozenset(key for key, _ in HINTS)

    class Chosen(Message):
        """The user picked a keyword: search and step through it."""

        def __init__(self, term: str) -> None:
            super().__init__()
            self.term = term

    class HighlightToggled(Message):
        """The user asked to add or remove ``term`` as one of their highlight terms."""

        def __init__(self, term: str) -> None:
            super().__init__()
            self.term = term

    class Updated(Message):
        """The keywords of the current speech changed (new document, another speech)."""

    def __init__(self, background: Background, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.background = background
        self.wanted = False
        """Whether keywords are asked for (``want``); until then none are computed."""
        self._computing: Document | None = None
        """The document whose keywords are being computed or were computed."""
        self.ready = False
        """Whether jieba is loaded where keywords are computed (set by the first worker)."""
        self._path: Path | None = None
        self._document: Document | None = None
        self._per_speech: list[list[keywords.Keyword]] = []
        """Every speech's keywords, once all are counted (the final ranking)."""
        self._early: dict[int, list[keywords.Keyword]] = {}
        """Speeches' keywords ranked before all were counted (preliminary)."""
        self._counted: int | None = None
        """Speeches counted so far while early keywords come (None: none came)."""
        self._progress_said = 0.0
        """When the heading last said how many speeches are counted (``PROGRESS_TICK``)."""
        self._speech_firsts: list[int] = []
        self._speech = 0
        self._user_terms: set[str] = set()
        self._heading_text: tuple[ui_text.Msg, dict[str, object]] = (LOADING, {})
        """What the heading says (``relabel`` says it again in another language)."""
        self._waiting_since: float | None = None
        """When the computing of the keywords shown next began (None: not waiting for it)."""
        self._wait_timer: Timer | None = None
        # Broken by the reader's rules, a number kept with its word: Textual's own wrap
        # broke "正在计算全文 6" | "篇讲话的关键词…" in the 28-cell panel at 80x24.
        self.heading = WrappedText(LOADING(), id="keywords-title")
        self.options = OptionList(id="keywords-list")
        self._fitted_to = 0
        """The panel's width its rows were last fitted to after a resize (``on_resize``)."""
        self.hint = KeyHints(HINTS, id="keywords-help")

    def compose(self) -> ComposeResult:
        yield self.heading
        yield self.options
        yield self.hint

    # ------------------------------------------------------------------ jieba, off the UI thread

    def _set_ready(self) -> None:
        """jieba is loaded (called on the UI thread by the computing worker)."""
        if self.ready:
            return
        self.ready = True
        if self._document is None:
            self._set_heading(ui_text.KEYWORDS_TITLE)
        elif not self._per_speech:
            self._set_heading(ui_text.KEYWORDS_COMPUTING)

    def _set_heading(self, text: ui_text.Msg, **args: object) -> None:
        self._heading_text = (text, args)
        self.heading.set_text(text(**args))

    def _begin_wait(self) -> None:
        """The keywords of the open document are being computed (jieba is ready): say so,
        and count the wait."""
        self._waiting_since = time.monotonic()
        if self._wait_timer is None:
            self._wait_timer = self.set_interval(WAIT_TICK, self._say_computing)
        self._say_computing()

    def _end_wait(self) -> None:
        self._waiting_since = None
        if self._wait_timer is not None:
            self._wait_timer.stop()
            self._wait_timer = None

    def _say_computing(self) -> None:
        """The heading while the keywords are computed: of how many speeches, and after a
        second, for how long."""
        since, document = self._waiting_since, self._document
        if since is None or document is None:
            return
        speeches = len(document.speeches)
        text = ui_text.KEYWORDS_COMPUTING_SPEECHES if speeches > 1 else ui_text.KEYWORDS_COMPUTING
        self._set_heading(text, speeches=speeches)
        seconds = int(time.monotonic() - since)
        if seconds >= 1:
            self.heading.set_text(
                f"{text(speeches=speeches)}\n{ui_text.KEYWORDS_WAITED(seconds=seconds)}"
            )

    def relabel(self) -> None:
        """Say the heading and the list's texts again in the language chosen now."""
        text, args = self._heading_text
        self.heading.set_text(text(**args))
        self._say_computing()
        if self._listing:
            self._refresh_list()
        self.hint.refresh(layout=True)

    def set_document(self, path: Path, document: Document) -> None:
        """Show the keywords of ``document``'s speeches (computed once they are wanted)."""
        self._path = path
        self._document = document
        self._per_speech = []
        self._early = {}
        self._counted = None
        self._speech_firsts = [speech.first for speech in document.speeches]
        self._speech = 0
        self._end_wait()
        self._set_heading(LOADING if not self.ready else ui_text.KEYWORDS_COMPUTING)
        self.options.clear_options()
        self._computing = None
        if self.wanted:
            self._start()

    def want(self) -> None:
        """Keywords are asked for (the panel is shown, or ``h``): compute them now, and
        for every file opened later."""
        self.wanted = True
        self._start()

    @property
    def computed(self) -> bool:
        """Whether the open document's keywords have arrived: every speech's, ranked (the
        final ranking; early ones may be listed before: ``preliminary``)."""
        return bool(self._per_speech)

    def _start(self) -> None:
        document, path = self._document, self._path
        if document is None or path is None or self._computing is document:
            return
        self._computing = document
        self._compute(path, document)

    @work(exclusive=True, group="keywords", description="keywords")
    async def _compute(self, path: Path, document: Document) -> None:
        service = self.background
        try:
            if not self.ready:
                await asyncio.wrap_future(service.submit_process(keyword_feed.warm_keywords))
                self._set_ready()
            if document is self._document:
                self._begin_wait()
            # Words every speech of this folder says rank low (folder IDF). The reader's
            # speech first: its keywords come early (``_show_early``).
            per_speech = await keyword_feed.prioritised_keywords(
                service,
                path,
                document,
                TOP,
                current=lambda: self._speech if document is self._document else None,
                early=lambda found, counted: self._show_early(document, found, counted),
            )
        except Exception as error:  # noqa: BLE001 - shown, and logged
            log.error("keywords of %s failed", path, exc_info=error)
            if document is self._document:
                self._end_wait()
                self._computing = None  # asked again, they are tried again
                self._set_heading(ui_text.KEYWORDS_FAILED_TITLE)
                self.screen.notify(
                    ui_text.KEYWORDS_FAILED(error=error), severity="error", timeout=8
                )
            return
        self._show_computed(document, per_speech)

    def _show_computed(self, document: Document, per_speech: list[list[keywords.Keyword]]) -> None:
        if document is not self._document:
            return  # another file was opened meanwhile
        self._end_wait()
        self.ready = True
        self._per_speech = per_speech
        self._early = {}
        self._counted = None
        self._refresh_list()
        self.post_message(self.Updated())

    def _show_early(
        self, document: Document, found: dict[int, list[keywords.Keyword]], counted: int
    ) -> None:
        """Keywords of some speeches ranked before all are counted (``found``, maybe none),
        and how many speeches are counted: list the current speech's if they are new."""
        if document is not self._document or self._per_speech:
            return
        self._end_wait()
        self._early.update(found)
        self._counted = counted
        if self._speech in found:
            self._refresh_list()
            self.post_message(self.Updated())
        elif self._early:
            if time.monotonic() - self._progress_said >= PROGRESS_TICK:
                self._say_listed()
        else:  # the reader left the speech counted first before it was ranked
            self._refresh_list()

    @property
    def preliminary(self) -> bool:
        """Whether the keywords listed are early ones (not all speeches counted yet)."""
        return self._counted is not None and not self._per_speech

    @property
    def _listing(self) -> bool:
        """Whether the panel lists keywords (final or early), not a wait."""
        return bool(self._per_speech) or self._counted is not None

    # ------------------------------------------------------------------ following the reader

    @property
    def speech(self) -> int:
        """Index of the speech whose keywords are listed."""
        return self._speech

    def current_keywords(self) -> list[keywords.Keyword]:
        """The listed keywords ([] while loading): the final ranking's, else the early
        ones of the current speech."""
        if self._speech < len(self._per_speech):
            return self._per_speech[self._speech]
        return self._early.get(self._speech, [])

    def follow_paragraph(self, paragraph: int) -> None:
        """List the keywords of the speech holding ``paragraph``."""
        document = self._document
        if document is None or not document.speeches:
            return
        found = (
            document.paragraphs[paragraph].speech if paragraph < len(document.paragraphs) else None
        )
        if found is None:
            found = max(0, bisect_right(self._speech_firsts, paragraph) - 1)
        if found != self._speech:
            self._speech = found
            if self._listing:
                self._refresh_list()
                self.post_message(self.Updated())

    def set_user_terms(self, terms: set[str]) -> None:
        """Mark the user's highlight terms (★) in the list."""
        self._user_terms = set(terms)
        if self._listing:
            self._refresh_list()

    def _say_listed(self) -> None:
        """The heading over a list: which speech's, and while early ones are listed, that
        they are preliminary and how many speeches are counted."""
        document = self._document
        total = len(document.speeches) if document is not None else 0
        if total > 1:
            self._set_heading(ui_text.KEYWORDS_OF_SPEECH, number=self._speech + 1, total=total)
        else:
            self._set_heading(ui_text.KEYWORDS_TITLE)
        if self.preliminary:
            self._progress_said = time.monotonic()
            self.heading.set_text(
                f"{self.heading_text}\n{ui_text.KEYWORDS_EARLY(counted=self._counted, total=total)}"
            )

    @property
    def heading_text(self) -> str:
        """The heading's first line (``_set_heading``'s text in the language now)."""
        text, args = self._heading_text
        return text(**args)

    def _refresh_list(self) -> None:
        current = self.current_keywords()
        self._say_listed()
        highlighted = self.options.highlighted
        self.options.clear_options()
        if not current:
            pending = self.preliminary and self._speech not in self._early
            said = ui_text.KEYWORDS_SPEECH_PENDING if pending else ui_text.KEYWORDS_NONE
            self.options.add_option(Option(Text(said(), style="dim"), disabled=True))
            return
        options = [
            Option(label, id=keyword.term)
            for keyword, label in zip(
                current, keyword_labels(current, self._user_terms, self._list_room()), strict=True
            )
        ]
        self.options.add_options(options)
        if highlighted is not None:
            self.options.highlighted = min(highlighted, len(options) - 1)
        elif self.options.has_focus:  # focused (K) before the keywords came
            self.options.highlighted = 0

    def _list_room(self) -> int | None:
        """The cells a row of the list has (None before the list is laid out)."""
        # The scroll bar's cells whether it shows yet or not: it comes with the rows.
        options = self.options
        width = options.content_region.width - options.styles.scrollbar_size_vertical
        return width if width > 0 else None

    def on_resize(self, event: events.Resize) -> None:
        """Rows fitted to the panel's width again (``keyword_width`` narrows it)."""
        if event.size.width != self._fitted_to and self.current_keywords():
            self._fitted_to = event.size.width
            self.call_after_refresh(self._refresh_list)

    # ------------------------------------------------------------------ user actions

    def focus_list(self) -> None:
        """Put the focus on the keyword list."""
        self.options.focus()
        if self.options.highlighted is None and self.options.option_count:
            self.options.highlighted = 0

    def highlighted_term(self) -> str | None:
        """The keyword under the list's cursor."""
        index = self.options.highlighted
        if index is None:
            return None
        option = self.options.get_option_at_index(index)
        return option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))

    def action_toggle_highlight(self) -> None:
        """Add the keyword under the cursor to the user's highlight terms, or remove it."""
        term = self.highlighted_term()
        if term:
            self.post_message(self.HighlightToggled(term))
