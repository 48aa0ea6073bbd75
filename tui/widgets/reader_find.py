"""The reader's find: the matches of a term, found off the UI thread when the text is long.

``ReaderFind`` sits between ``ReaderKeys`` (``reader_keys.py``) and ``ReaderView``
(``reader.py``): ``set_search`` finds a term's matches in the text shown (``tui.engine.match``
through ``SearchMatches``, ``tui.reader_search``), folding a long text for search on a
thread first and matching it on another (``_fold``, ``_match``: ``search_pending``
meanwhile, ``SearchFound`` posted when they are found, with the step asked for
meanwhile); ``search_next``/``search_previous`` step through them, ``mark_match_at_cursor``
makes the one at the cursor current, ``reveal_cursor`` shows a place opened from a search
result, and the counts by paragraph, heading and speech feed the outline. The key bar is
told when ``n``/``N`` get somewhere to go (``search_steps``).
"""

from __future__ import annotations

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from tui.engine.model import Document
from tui.reader_layout import sentences_of
from tui.reader_search import SearchMatches
from tui.widgets.reader_keys import ReaderKeys


class ReaderFind(ReaderKeys):
    """The reader's find state and its calls (a layer of ``ReaderView``; see the module
    docstring)."""

    class SearchFound(Message, namespace="reader_view"):
        """The matches of a search that waited for the text's folding are found
        (``search_pending`` is over), or were found again in the text shown now (``z``
        showed or hid the noise); ``step``: the step asked for meanwhile, if any
        (direction, paragraphs within), for the screen to take now. Handled as
        ``on_reader_view_search_found`` (the namespace: the widget's name, not this
        layer's), and named ``ReaderView.SearchFound`` by its users."""

        def __init__(
            self, reader: ReaderFind, step: tuple[int, tuple[int, int] | None] | None
        ) -> None:
            super().__init__()
            self.reader = reader
            self.step = step

        @property
        def control(self) -> ReaderFind:
            return self.reader

    # The find's state, each a class default that an instance sets for itself (immutable
    # values, as ``ReaderKeys._repeat``): no third copy of Textual's widget signature.
    _folding: Document | None = None
    """The document being folded for search on a thread (``_fold``), if any."""
    _step_wanted: tuple[int, tuple[int, int] | None] | None = None
    """A step asked for while the matches were pending (``step_when_found``)."""
    _mark_wanted = False
    """Whether ``mark_match_at_cursor`` was asked for while the matches were pending."""
    _mark_start: int | None = None
    """The ``start`` it was asked with."""
    _current_wanted: tuple[int, int, int] | None = None
    """(paragraph, start, end) of the match to make current again once the pending matches
    are found (``keep_current_when_found``)."""
    _steps_listed = False
    """Whether the key bar was last told ``n``/``N`` have somewhere to go
    (``search_steps``)."""

    @property
    def search_status(self) -> tuple[int, int]:
        """(current match, 1-based or 0 when none is current; total matches)."""
        return self.find.status

    @property
    def search_term(self) -> str | None:
        """The term being searched, or None."""
        return self.find.term

    def set_search(self, term: str | None) -> None:
        """Highlight every match of ``term`` (case-insensitive); None or "" clears.

        The key bar is told when ``n``/``N`` get somewhere to go or lose it
        (``search_steps``: it lists them meanwhile, ``MainScreen.key_bar_actions``)."""
        self._find(term)
        self._style_generation += 1
        self.refresh()

    @property
    def search_steps(self) -> bool:
        """Whether ``n``/``N`` have somewhere to go: a search with matches in this text, or
        still finding them. A search that found nothing here offered them in the key bar
        beside its 无匹配 (newuser21)."""
        return bool(self.find.term) and (self.find.pending or bool(self.find.matches))

    def _tell_key_bar(self) -> None:
        """Refresh the bindings when ``search_steps`` changed since the key bar was told."""
        steps = self.search_steps
        if steps != self._steps_listed and self.is_attached:
            self._steps_listed = steps
            self.refresh_bindings()

    @property
    def search_pending(self) -> bool:
        """Whether the matches of the search wait for the text's folding, done off the UI
        thread (a long document's first search: ``reader_search.FOLD_LATER_CHARS``); the
        reader posts ``SearchFound`` when they are found."""
        return self.find.pending

    def step_when_found(self, direction: int, within: tuple[int, int] | None = None) -> None:
        """While ``search_pending``: step to the next (1) or previous (-1) match once the
        matches are found (``SearchFound.step`` says which; the screen steps then)."""
        self._step_wanted = (direction, within)

    def keep_current_when_found(self, paragraph: int, start: int, end: int) -> None:
        """While ``search_pending``: make the match at ``start``..``end`` of ``paragraph``
        current again once the matches are found (``z`` found them again in a long text:
        the current match was lost, 3/17 became 0/18)."""
        self._current_wanted = (paragraph, start, end)

    def _find(self, term: str | None) -> None:
        """Find ``term``'s matches now, or, when the text must be folded first and is long,
        fold it on a thread and find them then (``search_pending`` meanwhile); the key bar
        is told whether ``n``/``N`` have somewhere to go."""
        self._find_now(term)
        self._tell_key_bar()

    def _find_now(self, term: str | None) -> None:
        """``_find`` but the key bar."""
        document = self.text_layout.document
        self._step_wanted = None
        self._mark_wanted = False
        self._current_wanted = None
        folded = None if document is None else self.find.folded_text(document)
        if term and document is not None and folded is not None:
            # A long text, folded: its matches are found on a thread as well. Matching a
            # 30 MB collection's text for 发 took 0.7-1.2 s on the UI thread, at every
            # key typed in the find bar (newuser18).
            blocks = list(self.text_layout.blocks)
            self.find.find(document, blocks, None)  # the last term's matches dropped
            self.find.term, self.find.pending = term, True
            self._match(document, blocks, term, folded)
            return
        if self.find.find(document, self.text_layout.blocks, term, later=True):
            return
        assert document is not None  # (only a document is folded later)
        if self._folding is not document:
            self._folding = document
            self._fold(document, list(self.text_layout.blocks))

    # A description of its own: without one, Textual describes the worker by the repr of
    # its arguments (the whole document).
    @work(thread=True, exclusive=True, group="reader-fold", description="fold for search")
    def _fold(self, document: Document, blocks: list[int]) -> None:
        """Fold the shown text for search off the UI thread (220 ms of CPU for the 10 MB
        traditional collection), then find the matches on it (``_folded``)."""
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled or document is not self.text_layout.document

        folded = SearchMatches.fold_texts(document, blocks, cancelled)
        if folded is not None and not cancelled():
            self.app.call_from_thread(self._folded, document, blocks, folded)

    @work(thread=True, exclusive=True, group="reader-match", description="match for search")
    def _match(
        self, document: Document, blocks: list[int], term: str, folded: dict[int, str]
    ) -> None:
        """Find ``term``'s matches in ``document``'s folded text off the UI thread, on a
        ``SearchMatches`` of its own (the reader's keeps the pending state meanwhile);
        ``_matched`` takes them if the search is still the same."""
        worker = get_current_worker()
        matches = SearchMatches()
        matches.adopt(document, blocks, folded)
        matches.find(document, blocks, term)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._matched, document, term, matches)

    def _matched(self, document: Document, term: str, matches: SearchMatches) -> None:
        """The matches ``_match`` found: shown, unless the document or the search changed
        meanwhile."""
        if (
            document is not self.text_layout.document
            or not self.find.pending
            or self.find.term != term
        ):
            return
        self.find = matches
        self._found()

    def _folded(self, document: Document, blocks: list[int], folded: dict[int, str]) -> None:
        """The folding of ``document`` came: find the matches now, tell the screen (and
        step or mark as asked meanwhile)."""
        if self._folding is document:
            self._folding = None
        if document is not self.text_layout.document:
            return  # closed meanwhile: its folding is not kept
        pending = self.find.pending
        self.find.adopt(document, blocks, folded)
        if not pending:
            return
        self._found()

    def _found(self) -> None:
        """The pending matches are found: drawn, the step or mark asked for meanwhile
        taken, the screen told (``SearchFound``)."""
        self._tell_key_bar()
        step, self._step_wanted = self._step_wanted, None
        mark, self._mark_wanted = self._mark_wanted, False
        current, self._current_wanted = self._current_wanted, None
        if current is not None:
            self.find.mark_in(*current)
        self._style_generation += 1
        self.refresh()
        if mark:
            self.mark_match_at_cursor(self._mark_start)
            self.reveal_cursor(1)
        self.post_message(self.SearchFound(self, step))

    def search_next(self, within: tuple[int, int] | None = None) -> bool:
        """Move the cursor to the next match (wrapping); False when there is none.

        ``within``: only matches in paragraphs ``[first, end)`` (one speech).
        """
        return self._search_step(1, within)

    def search_previous(self, within: tuple[int, int] | None = None) -> bool:
        """Move the cursor to the previous match (wrapping); False when there is none."""
        return self._search_step(-1, within)

    @property
    def search_wrapped(self) -> bool:
        """Whether the last ``search_next``/``search_previous`` went round the end."""
        return self.find.wrapped

    def mark_match_at_cursor(self, start: int | None = None) -> bool:
        """Make the first match in the cursor's sentence the current one ("3/17"), if any;
        with ``start`` (a character offset in the cursor's paragraph, within the sentence)
        the first one from there: the hit opened, not an earlier match of its sentence.

        For a place opened from elsewhere (a corpus search result): the match there is
        drawn as current and ``n``/``N`` step on from it.
        """
        document = self.text_layout.document
        if self.find.pending:
            self._mark_wanted = True  # once the matches are found
            self._mark_start = start
            return False
        if document is None or not self.find.matches:
            return False
        paragraph, sentence = self.text_layout.cursor
        bounds = sentences_of(document.paragraphs[paragraph])[sentence]
        first = start if start is not None and bounds.start <= start < bounds.end else None
        # (ui26: the third hit of a sentence was marked as the sentence's first match)
        marked = first is not None and self.find.mark_in(paragraph, first, bounds.end)
        if not marked and not self.find.mark_in(paragraph, bounds.start, bounds.end):
            return False
        self._style_generation += 1
        self.refresh()
        return True

    def reveal_cursor(self, context: int = 1) -> None:
        """Scroll so the cursor's sentence starts ``context`` lines below the top of the view.

        For a place opened from a search result: the match is visible with a line of
        what comes before it above, and the current match, if it is in the cursor's
        paragraph further down a long sentence, is brought on screen too.
        """
        layout = self.text_layout
        if not layout.shown:
            return
        first, _ = layout.sentence_rows(layout.cursor)
        self.scroll_to(y=max(0, first - context), animate=False, immediate=True)
        self._refine_visible()
        match = self.find.current_match
        if match is not None and match.paragraph == layout.cursor[0]:
            self.show_char(match.paragraph, match.start, context)
        self.refresh()

    def match_counts_by_paragraph(self) -> dict[int, int]:
        """Search matches per paragraph index (only paragraphs with matches)."""
        return self.find.counts_by_paragraph()

    def match_counts_by_heading(self) -> dict[int, int]:
        """Search matches per heading (``Heading.paragraph`` → count in its whole section)."""
        return self.find.counts_by_heading(self.text_layout.document)

    def match_counts_by_speech(self) -> dict[int, int]:
        """Search matches per speech index."""
        return self.find.counts_by_speech(self.text_layout.document)
