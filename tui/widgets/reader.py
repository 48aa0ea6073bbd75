"""The reader pane: paints a ``ReaderLayout`` and routes keys and the mouse to it.

Built on Textual's Line API (``ScrollView`` + ``render_line``), like Textual's own ``Log``:
nothing is a widget per paragraph. What is where — blocks, wrapped lines, rows, the
cursor, the selection — is the pure model in ``tui.reader_layout``; the find state is
``tui.reader_search``. Where a newcomer finds what:

* ``reader.py`` (this module): ``ReaderView``, the widget — its keys and styles, its
  public API (load, message, cursor, selection, noise, highlights), events, mouse
  selection and its messages;
* ``reader_find.py``: ``ReaderFind``, find (the matches of a term, found on a thread when
  the text is long; stepping, marking, the counts the outline shows);
* ``reader_keys.py``: ``ReaderKeys``, the actions behind the keys, the count typed before
  a key (``on_key``) and the cursor helpers (stepping, paging, jumps, scrolling to the
  cursor);
* ``reader_paint.py``: ``ReaderPaint``, drawing (``render_line``, the per-block strip
  cache, span layering, heading colours) and layout (reading width, re-wrapping, the
  worker that makes every block's line count exact for an exact scrollbar);
* ``reader_style.py``: the painter's pure helpers (``styled_end``, ``style_runs``).

``ReaderView`` is built on ``ReaderFind``, on ``ReaderKeys``, on ``ReaderPaint``. Why this
module is still a little over 500 lines: about 200 of them are the widget's declarations
(its keys, the actions that need text, its component classes and their CSS, the class
docstring that is its API's map); the rest is its public API, each call a few lines that
hand over to the layout model, and the events and mouse selection that change it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Size
from textual.message import Message
from textual.selection import Selection
from textual.signal import Signal

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.fold import search_fold
from tui.engine.model import Document, Paragraph
from tui.reader_layout import (
    CharRef,
    SentenceRef,
    index_blocks,
    sentence_at,
    sentences_of,
)
from tui.reader_search import Match
from tui.widgets.reader_find import ReaderFind
from tui.widgets.reader_keys import NoiseShown
from tui.widgets.reader_paint import READING_WIDTH
from tui.widgets.reader_style import style_runs, styled_end

FOCUS_PSEUDO_CLASSES = frozenset({"focus", "blur"})
"""The pseudo-classes a focus change turns on or off (``ReaderView.styled_by_focus``)."""

__all__ = [
    "READING_WIDTH",
    "Match",
    "ReaderView",
    "index_blocks",
    "sentences_of",
    "style_runs",
    "styled_end",
]


NOISE_QUOTED = 30
"""Characters of a hidden paragraph quoted in the reader's message (``_no_text``)."""


def _no_text(document: Document) -> Callable[[], str]:
    """What the reader says of ``document`` when it has nothing to show, in the language of
    the moment: that, what the file holds (paragraphs all taken for noise, the first
    quoted) and the document's warnings, made when the file was read (a .docx of one line
    "PK…" said only 这个文件没有可显示的正文, newuser25; ``tui.formats.errors``:
    ``plain_text_named``)."""
    hidden = [text for paragraph in document.paragraphs if (text := paragraph.text.strip())]
    first = hidden[0] if hidden else ""
    first = first[:NOISE_QUOTED] + ("…" if len(first) > NOISE_QUOTED else "")
    warnings = document.warnings

    def say() -> str:
        parts = [ui_text.READER_NO_TEXT()]
        if hidden:
            parts.append(ui_text.READER_ONLY_NOISE(count=len(hidden), first=first))
        parts.extend(ui_text.said(warning) for warning in warnings)
        return "\n\n".join(parts)

    return say


class ReaderView(ReaderFind, can_focus=True):
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
    * ``set_highlight_terms({term: rich_style})`` draws every occurrence of each term
      (traditional and simplified characters alike, as find matches them).
    * ``set_search(term | None)`` highlights every match (``tui.engine.match``: letters ignore case);
      ``search_next()`` / ``search_previous()`` move the cursor to the next/previous
      match (wrapping around; return False when there is none); ``mark_match_at_cursor()``
      makes the match in the cursor's sentence current; ``search_status`` is
      ``(current 1-based or 0, total)``; ``match_counts_by_paragraph()``,
      ``match_counts_by_heading()`` (keyed by ``Heading.paragraph``, whole section
      including sub-sections) and ``match_counts_by_speech()`` give counts.
    * ``sentence_text(position)`` and ``cursor_line`` (1-based source line of the cursor).
    * ``percent_read`` (0–100 by characters up to the cursor sentence).
    * A count typed before a movement key (``3]``, ``5j``, ``50%``, ``120G``): ``count``
      is the one being typed (0: none); each change posts ``ReaderView.CountChanged``.
      The next key that is not a digit takes it (a movement, see
      ``reader_keys.COUNTED_ACTIONS``) or drops it (Esc, or any other key, which then
      does what it always does); so does the reader losing the focus.
    """

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_READER.zh
    _say: Callable[[], str] | None = None
    """What makes the message shown instead of a document, when it is the interface's own
    words (said again by ``relabel``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", ui_text.KEY_NEXT_SENTENCE.zh),
        Binding("k,up", "cursor_up", ui_text.KEY_PREVIOUS_SENTENCE.zh),
        Binding("space,pagedown", "page_down", ui_text.KEY_PAGE_DOWN.zh),
        Binding("b,pageup", "page_up", ui_text.KEY_PAGE_UP.zh, show=False),
        Binding("ctrl+d", "half_page_down", ui_text.KEY_HALF_DOWN.zh, show=False),
        Binding("ctrl+u", "half_page_up", ui_text.KEY_HALF_UP.zh, show=False),
        Binding("ctrl+e", "line_down", ui_text.KEY_LINE_DOWN.zh, show=False),
        Binding("ctrl+y", "line_up", ui_text.KEY_LINE_UP.zh, show=False),
        Binding("g,home", "go_start", ui_text.KEY_START.zh, show=False),
        Binding("G,end", "go_end", ui_text.KEY_END.zh, show=False),
        Binding("right_square_bracket", "next_heading", ui_text.KEY_NEXT_HEADING.zh),
        Binding(
            "left_square_bracket", "previous_heading", ui_text.KEY_PREVIOUS_HEADING.zh, show=False
        ),
        Binding("right_curly_bracket", "next_speech", ui_text.KEY_NEXT_SPEECH.zh),
        Binding(
            "left_curly_bracket", "previous_speech", ui_text.KEY_PREVIOUS_SPEECH.zh, show=False
        ),
        Binding("v", "select", ui_text.KEY_SELECT.zh, show=False),
        Binding("w", "toggle_reading_width", ui_text.KEY_READING_WIDTH.zh, show=False),
        Binding("z", "toggle_noise", ui_text.KEY_SHOW_NOISE.zh, show=False),
        Binding("escape", "cancel", ui_text.KEY_CANCEL.zh, show=False),
        Binding("percent_sign", "go_percent", ui_text.KEY_GO_PERCENT.zh, show=False),
        Binding("1,2,3,4,5,6,7,8,9,0", "count_digit", ui_text.KEY_COUNT.zh, show=False),
    ]

    NEEDS_TEXT: ClassVar[frozenset[str]] = frozenset(
        {
            "cursor_down", "cursor_up", "page_down", "page_up", "half_page_down",
            "half_page_up", "line_down", "line_up", "go_start", "go_end", "next_heading",
            "previous_heading", "next_speech", "previous_speech", "select", "go_percent",
            "count_digit",
        }
    )  # fmt: skip
    """Actions that move in or select text: off (and out of the key bar) with no document."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title",
        "reader--front",
        "reader--back",
        "reader--salutation",
        "reader--heading-1",
        "reader--heading-2",
        "reader--heading-3",
        "reader--heading-4",
        "reader--cursor",
        "reader--cursor-selected",
        "reader--selection",
        "reader--search",
        "reader--search-current",
        "reader--bookmark",
        "reader--message",
        "reader--noise",
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
    ReaderView > .reader--back { color: $text-muted; }
    ReaderView > .reader--salutation { color: $text; }
    ReaderView > .reader--heading-1 { text-style: bold; color: $accent; }
    ReaderView > .reader--heading-2 { text-style: bold; color: $secondary; }
    ReaderView > .reader--heading-3 { text-style: bold; color: $success; }
    ReaderView > .reader--heading-4 { text-style: bold; color: $warning; }
    ReaderView > .reader--cursor { background: $primary 40%; }
    ReaderView > .reader--cursor-selected { background: $accent 55%; text-style: bold; }
    ReaderView > .reader--selection { background: $secondary 45%; }
    ReaderView > .reader--search { background: $warning 50%; }
    ReaderView > .reader--search-current { background: $error 70%; text-style: bold; }
    ReaderView > .reader--bookmark { text-style: underline; }
    ReaderView > .reader--message { color: $text-muted; text-style: italic; }
    ReaderView > .reader--noise { color: $text-muted; }  /* >= 4.5:1 in every theme (tests) */
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
        self.cursor_changed: Signal[SentenceRef] = Signal(self, "cursor-changed")
        """Published on every cursor move, before ``CursorMoved`` is posted: a listener
        subscribed with ``immediate=True`` updates in the same frame as the reader."""
        self._terms: dict[str, str] = {}

    # ------------------------------------------------------------------ public API

    @property
    def document(self) -> Document | None:
        """The document shown, or None."""
        return self.text_layout.document

    @property
    def cursor(self) -> SentenceRef:
        """(paragraph index, sentence index) of the current sentence."""
        return self.text_layout.cursor

    @property
    def selection(self) -> tuple[SentenceRef, SentenceRef] | None:
        """The keyboard selection's first and last sentence, inclusive; None when none."""
        return self.text_layout.sentence_selection

    @property
    def cursor_line(self) -> int:
        """1-based source line of the cursor's paragraph (0 without a document)."""
        document = self.text_layout.document
        if document is None or not document.paragraphs:
            return 0
        return document.paragraphs[self.text_layout.cursor[0]].line

    @property
    def percent_read(self) -> int:
        """How far the cursor is through the visible text, 0–100, by characters (within
        a sentence longer than the screen, to the view's last row)."""
        return self.text_layout.percent_read_to(int(self.scroll_offset.y) + self.size.height - 1)

    @property
    def highlight_terms(self) -> dict[str, str]:
        """The terms drawn in their own style, with the style."""
        return dict(self._terms)

    def sentence_text(self, position: SentenceRef) -> str:
        """The text of the sentence at ``position``."""
        return self.text_layout.sentence_text(position)

    def selected_text(self) -> str:
        """The selected sentences' text, paragraphs separated by newlines ("" if none)."""
        layout = self.text_layout
        return layout.range_text(layout.selected_range) if layout.anchor is not None else ""

    @property
    def has_text(self) -> bool:
        """Whether a document with something to show is shown: not none, nor one whose
        text is all hidden (its paragraphs all taken for noise: ``_no_text``'s message)."""
        return self.text_layout.shown

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Moving and selecting need text: with none (an empty folder, a file not read yet
        or not readable, one whose text is all hidden) they are off and the key bar does
        not offer them (newuser26: ↓ 下一句, ] 下一标题… were offered under a .docx
        holding a line of plain text, and did nothing)."""
        return self.has_text or action not in self.NEEDS_TEXT

    def load(
        self,
        document: Document,
        position: SentenceRef | None = None,
        view_row: int = 0,
        head: bool = False,
    ) -> None:
        """Show ``document`` with the cursor at ``position`` (or its start), its sentence
        ``view_row`` rows below the view's top (as ``cursor_view_row`` was when it was left;
        at most as far as keeps the sentence in sight).

        ``head``: ``document`` is the head of a big file, soon replaced by the whole
        document: its lines are counted exactly only on screen, not all of them in the
        background (``counts_wanted``): that pass (5 ms for a 200 KB head, and a layout of
        the screen when its counts came) shared the GIL with the whole file's parse and
        was thrown away with the head.
        """
        had_text = self.has_text
        self.counts_wanted = not head
        self._drop_mouse_selection()
        self._message = ""
        self._say = None
        # Laid out at the view's width at once: the layout's estimates for 12,000 blocks
        # (the 10 MB collection) are worked out once, not for the old width and again.
        self.text_layout.load(document, self._content_width())
        self._strip_cache.clear()
        self.find.forget(document)  # the last document's folding goes with it
        self._folding = None  # (a folding of another document running is thrown away)
        self._find(self.find.term)
        self._say_if_no_text(document)
        self._relayout(keep=None, laid_out=True)
        if position is not None and self.text_layout.blocks:
            self._view_row = view_row
            self.move_cursor_to(*self.text_layout.clamp(position), top=True)
        else:
            self.scroll_to(y=0, animate=False, immediate=True)
            self._post_cursor()
        self.refresh()
        if had_text != self.has_text:
            self.refresh_bindings()  # the reading keys are on or off (``check_action``)

    def _say_if_no_text(self, document: Document) -> None:
        """The message shown for ``document`` when none of its text is shown (``_no_text``:
        all noise, or empty), else none."""
        if self.text_layout.blocks:
            self._say = None
            self._message = ""
        else:
            self._say = _no_text(document)
            self._message = safe_text(self._say(), keep_breaks=True)

    def show_message(self, message: str | Callable[[], str]) -> None:
        """Show ``message`` instead of a document (the document is dropped). A callable
        makes the text, and makes it again when the language is switched (``relabel``).

        Messages name files and quote errors: made safe here (``safe_text``, lines kept).
        """
        had_text = self.has_text
        self._drop_mouse_selection()
        self._say = message if callable(message) else None
        self._message = safe_text(message() if callable(message) else message, keep_breaks=True)
        self.text_layout.load(None)
        if had_text:
            self.refresh_bindings()  # the reading keys are off (``check_action``)
        self.find.forget(None)
        self._folding = None
        self._find(self.find.term)
        self._strip_cache.clear()
        self.virtual_size = Size(self.text_layout.width, 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def cursor_view_row(self) -> int:
        """Rows between the view's top and the cursor sentence's first row (0: at the top,
        or above it). Once the view has no size (the app closing), the last one seen."""
        if self.document is None or not self.text_layout.blocks:
            return 0
        if self.size.height > 0:
            first, _ = self.text_layout.sentence_rows(self.text_layout.cursor)
            row = first - int(self.scroll_offset.y)
            self._view_row_seen = max(0, min(row, self.size.height - 1))
        return self._view_row_seen

    def relabel(self) -> None:
        """A message shown instead of the text, said again in the language chosen now."""
        if self._say is not None and self._message:
            self._message = safe_text(self._say(), keep_breaks=True)
            self._strip_cache.clear()
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
        if not self.text_layout.shown:
            return
        position = self.text_layout.clamp((paragraph, sentence))
        changed = position != self.text_layout.cursor
        self.text_layout.cursor = position
        self._scroll_to_cursor(top=top)
        self.refresh()
        if changed or top:
            self._post_cursor()

    def clear_selection(self) -> None:
        """Drop the selection, if any."""
        if self.text_layout.anchor is not None:
            self.text_layout.anchor = None
            self.refresh_bindings()  # y and Esc leave the key bar
            self.refresh()

    @property
    def show_noise(self) -> bool:
        """Whether the paragraphs taken for noise are shown (dimmed) or hidden."""
        return self.text_layout.show_noise

    def set_show_noise(self, show: bool) -> None:
        """Show the paragraphs taken for noise in place, dimmed, or hide them again; for
        this file and the ones opened after it in this run.

        The cursor stays on its sentence, on the same row of the view (one on a noise
        line being hidden goes to the next shown sentence); the search is found again in
        the text as shown now (shown noise is searchable; the current match kept); a file
        whose text is all noise shows it, or its message again.
        """
        layout = self.text_layout
        view_row = self.cursor_view_row if layout.shown and self.size.height > 0 else 0
        had_text = self.has_text
        current = self.find.current_match
        self._drop_mouse_selection()
        if not layout.set_show_noise(show):
            return
        self.post_message(NoiseShown(show))
        self._strip_cache.clear()
        if show:  # the folding kept for search lacks the noise paragraphs: folded anew
            self.find.forget(None)
            self._folding = None  # (one under way lacks them too: replaced)
        self._find(self.find.term)
        if current is not None and self.find.pending:  # a long text: kept once found
            self.keep_current_when_found(current.paragraph, current.start, current.end)
        elif current is not None:
            self.find.mark_in(current.paragraph, current.start, current.end)
        document = layout.document
        if document is not None:
            self._say_if_no_text(document)
        self._relayout(keep=None, laid_out=True)
        if layout.blocks and had_text:
            self._view_row = view_row
            self._cursor_to_top()
        else:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._style_generation += 1
        self.refresh()
        if document is not None:
            self._post_cursor()
        if self.find.term is not None:  # the find bar's count and the outline's, anew
            self.post_message(self.SearchFound(self, None))
        if had_text != self.has_text:
            self.refresh_bindings()

    def set_highlight_terms(self, terms: dict[str, str]) -> None:
        """Draw every occurrence of each term in its Rich style (``{"营商环境": "bold red"}``).

        Traditional and simplified characters alike, as find reads them (``search_fold``):
        关于 draws 關於 in a traditional text and the other way round, on the file's own
        characters. Two terms that fold alike take the later one's style (the user's own
        terms come after the keywords: ``apply_highlights``)."""
        self._terms = {term: style for term, style in terms.items() if term}
        self._term_styles = {
            search_fold(term): Style.parse(style) for term, style in self._terms.items()
        }
        if self._term_styles:
            ordered = sorted(self._term_styles, key=len, reverse=True)
            self._terms_re = re.compile("|".join(re.escape(term) for term in ordered))
        else:
            self._terms_re = None
        self._style_generation += 1
        self.refresh()

    @staticmethod
    def sentence_at(paragraph: Paragraph, char: int) -> int:
        """Index of the sentence of ``paragraph`` holding character ``char``."""
        return sentence_at(paragraph, char)

    # ------------------------------------------------------------------ actions

    def action_cancel(self) -> None:
        """Drop the selection; without one, end the search (highlights and count)."""
        if self.text_layout.anchor is not None:
            self.clear_selection()
        elif self.text_layout.marked is not None:
            self._drop_mouse_selection()
        elif self.find.term is not None:
            self.set_search(None)
            self.post_message(self.SearchEnded(self))

    # ------------------------------------------------------------------ events

    def watch_has_focus(self, focused: bool) -> None:
        """Restyle when the focus comes or goes only if a rule could style the reader by it.

        Textual restyles a widget that gains or loses the focus (and each of its component
        classes: 17 here), in case a ``:focus`` or ``:blur`` rule applies. No rule of the
        app's or Textual's CSS does to the reader, which takes the focus before the first
        frame: that restyle was 2.5 ms of the first frame's UI thread (docs/performance.md,
        perf19). A rule that does (``styled_by_focus``) brings it back."""
        if self.styled_by_focus():
            super().watch_has_focus(focused)

    def styled_by_focus(self) -> bool:
        """Whether a rule of the app's stylesheet with ``:focus`` or ``:blur`` may match the
        reader or one of its component classes (judged by the rule's last selector's names:
        its type names, ``*``, its id and classes)."""
        names = {"*", *(cls.__name__ for cls in type(self).__mro__)}
        if self.id is not None:
            names.add(f"#{self.id}")
        for cls in type(self).__mro__:
            names.update(f".{name}" for name in getattr(cls, "COMPONENT_CLASSES", ()))
        names.update(f".{name}" for name in self.classes)
        return any(
            not rule.pseudo_classes.isdisjoint(FOCUS_PSEUDO_CLASSES)
            and not names.isdisjoint(rule.selector_names)
            for rule in self.app.stylesheet.rules
        )

    def on_resize(self, event: events.Resize) -> None:
        width = self._content_width()
        if self.text_layout.blocks and width != self.text_layout.width:
            self._relayout(keep=self.text_layout.cursor[0])
        elif not self.text_layout.blocks:
            self.text_layout.width = width

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        layout = self.text_layout
        if offset is None or not layout.shown:
            return
        self.focus()
        paragraph_index, char = layout.char_at(
            int(self.scroll_offset.y) + offset.y, offset.x - self._margin()
        )
        assert layout.document is not None
        paragraph = layout.document.paragraphs[paragraph_index]
        sentence = sentence_at(paragraph, char)
        self.move_cursor_to(paragraph_index, sentence)
        if event.chain >= 2 and self.allow_select and self.screen.allow_select:
            # Textual selects a widget's whole text on a double click (here: the whole
            # file) and the whole container on a triple click. A reader selects the
            # sentence under the pointer, then its paragraph, as quotes are taken.
            event.prevent_default()  # (Widget._on_click, which would select all after this)
            if event.chain == 2:
                span = sentences_of(paragraph)[sentence]
                self._select_chars(paragraph_index, span.start, span.end)
            else:
                self._select_chars(paragraph_index, 0, len(paragraph.text))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strip_cache.clear()
        self._heading_colours = None

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.text_layout.blocks and round(old_value) != round(new_value):
            self._refine_visible()

    # ------------------------------------------------------------------ mouse selection

    @property
    def mouse_selection(self) -> tuple[CharRef, CharRef] | None:
        """Text selected with the mouse as ``((paragraph, char), (paragraph, char))``.

        Characters count ``Paragraph.text``; the end is exclusive. None when nothing is
        selected in the reader.
        """
        return self.text_layout.marked

    def mouse_selected_text(self) -> str:
        """The mouse selection's clean text: paragraphs joined by one newline, no wrapping."""
        return self.text_layout.range_text(self.text_layout.marked)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection, as Textual's copy (ctrl+c) asks for it."""
        if selection == self.text_selection and self.text_layout.marked is not None:
            chars: tuple[CharRef, CharRef] | None = self.text_layout.marked
        else:  # (the characters follow the text through a re-wrap; offsets do not)
            chars = self._chars_of(selection)
        if chars is None:
            return None
        return self.text_layout.range_text(chars), "\n"

    def _drop_mouse_selection(self) -> None:
        """Forget the mouse selection (the text it pointed into is gone)."""
        self.text_layout.marked = None
        if self.is_mounted and self.text_selection is not None:
            self.screen.clear_selection()

    def selection_updated(self, selection: Selection | None) -> None:
        self.text_layout.marked = self._chars_of(selection) if selection is not None else None
        self.refresh()

    def _chars_of(self, selection: Selection) -> tuple[CharRef, CharRef] | None:
        """A Textual selection as a character range, end exclusive; None if empty."""
        layout = self.text_layout
        if not layout.shown:
            return None
        if selection.start is None:
            start = layout.first_sentence()[0], 0
        else:
            start = layout.point_at(selection.start.y, selection.start.x)
        if selection.end is None:
            last = layout.blocks[-1]
            assert layout.document is not None
            end = last, len(layout.document.paragraphs[last].text)
        else:
            end = layout.point_at(selection.end.y, selection.end.x)
        return (start, end) if start < end else None

    def _select_chars(self, paragraph: int, start: int, end: int) -> None:
        """Make characters ``start``..``end`` of ``paragraph`` the screen's text selection."""
        first = Offset(*self.text_layout.offset_of(paragraph, start))
        last = Offset(*self.text_layout.offset_of(paragraph, end))
        self.screen.selections = {self: Selection(first, last)}

    # ------------------------------------------------------------------ messages

    def _post_cursor(self) -> None:
        cursor = self.text_layout.cursor
        self.cursor_changed.publish(cursor)
        self.post_message(self.CursorMoved(self, *cursor))
