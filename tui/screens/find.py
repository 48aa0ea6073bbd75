"""The main screen's find, keyword and highlight features, and the way into corpus search.

The functions here take the main screen and implement its actions (``/``, ``n``/``N``,
``h``, ``K``, ``A``, ``ctrl+f``) so the main screen only routes to them
(``tui/screens/main_tools.py``). The corpus search screen itself is
``tui.screens.corpus_search``, imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.command import Hit, Hits

from tui import ui_text
from tui.base.safetext import safe_text
from tui.highlights import keyword_styles
from tui.screens.palette import WordsProvider
from tui.screens.reading import ReadingScreen
from tui.screens.unsaved import tell_saved, tell_unsaved
from tui.session_records import Position
from tui.widgets.safelabel import palette_prompt

if TYPE_CHECKING:
    from tui.engine.index import SearchResult
    from tui.engine.match import Hit as Place

HIGHLIGHT_TOP = 10
"""Top keywords ``h`` highlights."""


_opened: WeakKeyDictionary[ReadingScreen, tuple[Path, str, Place, SearchResult | None]] = (
    WeakKeyDictionary()
)
"""The hit each main screen last opened from corpus search, with the root and the query:
ctrl+f with the same query puts the results' cursor back on it (newuser14: the list came
back folded, the cursor on the first file, and the next hit had to be found again). With
the search's complete result when it scanned files not in the index: listed again as it
was, not searched again (newuser20: in a library of 5,000 files being indexed, each
return scanned 4,000 files again, minutes on a loaded machine)."""

_typed: WeakKeyDictionary[ReadingScreen, str] = WeakKeyDictionary()
"""The query in the corpus search's box when it was left with Esc, no hit opened: ctrl+f
comes back to it (it came back empty, the query typed and its results gone, unless the
find bar held a term)."""


def open_corpus_search(screen: ReadingScreen, query: str | None = None) -> None:
    """ctrl+f: search the tree's root (for ``query``, else the find bar's term); the
    chosen hit opens in the reader."""
    from tui.screens.corpus_search import CorpusSearchScreen

    term = query or screen.find_bar.term or screen.reader.search_term or _typed.get(screen, "")

    def chosen(result: tuple[Place, str] | None) -> None:
        typed = search.input.value.strip()
        if result is None and typed:
            _typed[screen] = typed
        else:
            _typed.pop(screen, None)
        if result is not None:
            listed = search.result
            kept = listed if listed is not None and listed.complete and listed.scanned else None
            _opened[screen] = (screen.root, result[1], result[0], kept)
            open_located(screen, result[0], result[1])

    last = _opened.get(screen)
    same = last is not None and last[:2] == (screen.root, term)
    came_from = last[2] if last is not None and same else None
    # Back from a hit to a search that scanned files not indexed yet: its result is listed
    # again (a library being indexed took minutes to scan again); an indexed one is quick.
    previous = last[3] if last is not None and same else None
    screen.update_index()  # files changed since the last pass are indexed again
    search = CorpusSearchScreen(
        screen.root,
        term,
        screen.index_progress,
        index_refused=lambda: screen.index_refused,
        index_now=lambda: screen.update_index(asked=True),
        came_from=came_from,
        previous=previous,
    )
    screen.app.push_screen(search, chosen)


def open_located(screen: ReadingScreen, place: Place, query: str = "") -> None:
    """Open ``place``'s file with the cursor on the matching sentence, the match current and
    visible with a line of context above it.

    The find bar takes the ``query`` that found it (the reader reads the same syntax, so
    it marks what corpus search counted), else the term that matched.
    """
    from tui.engine.doccache import cached_document

    path = Path(place.path).resolve()
    term = query.strip() or place.term
    screen.find_bar.open(term, focus=False)
    screen.reader.set_search(term)
    try:
        text = cached_document(path).paragraphs[place.paragraph].text[:40]
    except Exception:  # noqa: BLE001 - the fingerprint only helps
        text = ""
    position = Position(place.paragraph, place.sentence, place.line, text)
    screen.mark_match_start = place.start  # the hit itself, not its sentence's first match
    if path == screen.path and screen.reader.document is not None:
        screen.reveal_match_at(position)
    else:
        screen.mark_match_on_load = True
        screen.open_and_reveal(path, position)
    update_find_status(screen)
    screen.reader.focus()


def _in_search_folder(screen: ReadingScreen) -> bool:
    """Whether the file tree's root is the folder the stored search was left on in (or the
    session does not say: written before ``find_folder`` was kept)."""
    return screen.session.find_folder in (None, str(screen.root))


def restore_reading_tools(screen: ReadingScreen) -> None:
    """At start, once the first file is shown: the keyword panel (``K``), ``h`` and the
    search as they were left when the app last closed (the positions, the line width and
    the panes' widths are restored too; newuser22: K, h and the search were gone after a
    restart). The panel is shown without the focus (the reader keeps it), the search with
    its matches marked and counted and the match in the cursor's sentence current, the
    cursor not moved: the search only when the file tree's root is the one it was left on
    in."""
    session = screen.session
    panel = screen.keyword_panel
    term = session.find_term
    # Only in the folder it was left on in: a term from another folder's files, restored
    # over this one's, said 无匹配 with nothing to do with them (newuser25).
    if term and _in_search_folder(screen) and not screen.reader.search_term:
        screen.find_bar.open(term, focus=False)
        screen.reader.set_search(term)
        # The cursor comes back on the sentence it was left on, where the search stood:
        # its match is the current one, drawn so and counted "4/42" as at quit (newuser26:
        # the bar said 共 42 处, no match current, over the match the user had stepped to,
        # and n went past the rest of its sentence's matches). Once a long text's matches
        # are found, when they are found later. The match itself, not its sentence's first:
        # 4/237 at quit came back 3/237 where both stood in one sentence (lead, 6 December).
        position = session.position(screen.path) if screen.path is not None else None
        screen.reader.mark_match_at_cursor(position.match_start if position else None)
        update_find_status(screen)
    if session.keyword_panel_shown and not panel.display:
        panel.display = True
        screen.apply_tree_display()
        panel.want()
    if session.keyword_highlights and not screen.keyword_highlights:
        screen.keyword_highlights = True
        panel.want()  # the highlights come with the keywords (``KeywordPanel.Updated``)
        apply_highlights(screen)


def remember_reading_tools(screen: ReadingScreen) -> None:
    """The keyword panel, ``h`` and the search as they are now, for the next start (not
    while the screen is being taken down: its panes, detached, say they are hidden)."""
    if not screen.keyword_panel.is_attached:
        return
    session = screen.session
    session.set_keyword_panel_shown(bool(screen.keyword_panel.display))
    session.set_keyword_highlights(screen.keyword_highlights)
    term = screen.reader.search_term
    if term or _in_search_folder(screen):
        # (no search on in another folder than its own: it stays for its folder)
        session.set_find_term(term, screen.root)


def open_find(screen: ReadingScreen) -> None:
    """``/``: show the find bar with the current term selected."""
    screen.find_bar.open(screen.reader.search_term or "")


def find_changed(screen: ReadingScreen, term: str) -> None:
    """Typing: highlight every match at once, counts in the bar and the outline."""
    screen.reader.set_search(term or None)
    update_find_status(screen)


def find_submitted(screen: ReadingScreen, term: str) -> None:
    """Enter: go to the next match and give the keys back to the reader."""
    if term != (screen.reader.search_term or ""):
        screen.reader.set_search(term or None)
    if term:
        find_step(screen, 1)
    screen.reader.focus()


def find_closed(screen: ReadingScreen) -> None:
    """Esc in the bar: clear the search."""
    screen.reader.set_search(None)
    screen.find_bar.close()
    screen.outline.set_counts({})
    screen.reader.focus()


def find_step(screen: ReadingScreen, direction: int, within: tuple[int, int] | None = None) -> None:
    """``n``/``N``: the next or previous match of the search or chosen keyword.

    ``within``: only in paragraphs ``[first, end)`` (the keyword panel's speech).
    """
    reader = screen.reader
    if not reader.search_term:
        screen.notify(ui_text.FIND_NO_TERM(), timeout=3)
        return
    if not reader.has_text:  # nothing was searched: not "本文没有…"
        screen.notify(ui_text.FIND_NO_TEXT(), timeout=3)
        update_find_status(screen)
        return
    if reader.search_pending:  # a long text's first search: the step once found
        reader.step_when_found(direction, within)
        update_find_status(screen)
        return
    moved = reader.search_next(within) if direction > 0 else reader.search_previous(within)
    if not moved:
        none = ui_text.FIND_NONE_IN_SPEECH if within is not None else ui_text.FIND_NONE_IN_FILE
        screen.notify(none(term=safe_text(reader.search_term)), timeout=3)
    elif reader.search_wrapped:
        screen.notify(
            (ui_text.FIND_WRAPPED_TO_START if direction > 0 else ui_text.FIND_WRAPPED_TO_END)(),
            timeout=2,
        )
    update_find_status(screen)


def update_find_status(screen: ReadingScreen) -> None:
    """Match count in the find bar; per-section counts on the outline."""
    reader = screen.reader
    if reader.search_pending:  # the text is being folded for the search, off the UI thread
        screen.find_bar.set_searching()
        screen.outline.set_counts({})
        return
    current, total = reader.search_status
    screen.find_bar.set_status(current, total, text=reader.has_text)
    if reader.search_term:
        screen.outline.set_counts(reader.match_counts_by_heading(), reader.match_counts_by_speech())
    else:
        screen.outline.set_counts({})


def search_found(screen: ReadingScreen, step: tuple[int, tuple[int, int] | None] | None) -> None:
    """The matches of a search that waited for the text's folding are found: the counts,
    and the step asked for meanwhile (Enter, ``n``, a keyword chosen)."""
    if step is not None:
        find_step(screen, *step)
    else:
        update_find_status(screen)


def keyword_chosen(screen: ReadingScreen, term: str) -> None:
    """A keyword picked in the panel: find it, go to its first occurrence after the cursor."""
    screen.find_bar.open(term, focus=False)
    reader = screen.reader
    reader.set_search(term)
    document = reader.document
    speech = document.speech_at(reader.cursor[0]) if document is not None else None
    # The panel lists this speech's keywords: look in this speech, not the next one.
    find_step(screen, 1, (speech.first, speech.end) if speech is not None else None)
    reader.focus()


def toggle_keyword_panel(screen: ReadingScreen) -> None:
    """``K``: show the keyword panel (focused) or hide it."""
    panel = screen.keyword_panel
    if panel.display:
        if panel.has_focus_within:
            screen.reader.focus()
        panel.display = False
        screen.apply_tree_display()
        return
    panel.display = True
    screen.apply_tree_display()
    panel.want()  # (before jieba is loaded the panel's heading says so: no notice too)
    panel.focus_list()


def toggle_keyword_highlights(screen: ReadingScreen) -> None:
    """``h``: highlight the current speech's top keywords in the reader, each in its colour."""
    panel = screen.keyword_panel
    if not screen.keyword_highlights and not panel.current_keywords():
        if panel.computed:
            screen.notify(ui_text.SPEECH_NO_KEYWORDS(), timeout=3)
            return
        # Keywords are computed only when asked for: these highlights come when they do
        # (``KeywordPanel.Updated``).
        screen.keyword_highlights = True
        panel.want()
        screen.notify(ui_text.KEYWORDS_HIGHLIGHT_LATER(), timeout=3)
        return
    screen.keyword_highlights = not screen.keyword_highlights
    apply_highlights(screen)
    shown = (
        ui_text.KEYWORDS_HIGHLIGHTED
        if screen.keyword_highlights
        else ui_text.KEYWORDS_UNHIGHLIGHTED
    )
    screen.notify(shown(), timeout=2)


def apply_highlights(screen: ReadingScreen) -> None:
    """Give the reader the user's highlight terms and, when ``h`` is on, the top keywords."""
    styles: dict[str, str] = {}
    if screen.keyword_highlights:
        terms = [k.term for k in screen.keyword_panel.current_keywords()[:HIGHLIGHT_TOP]]
        styles.update(keyword_styles(terms))
    styles.update(screen.highlights.styles())  # the user's own terms win
    screen.reader.set_highlight_terms(styles)
    screen.keyword_panel.set_user_terms(set(screen.highlights.terms()))


def toggle_user_term(screen: ReadingScreen, term: str) -> None:
    """Add ``term`` to the user's highlight terms (kept across runs), or remove it."""
    toggle_user_terms(screen, [term])


def toggle_user_terms(screen: ReadingScreen, terms: list[str], found: bool = True) -> None:
    """Add ``terms`` to the user's highlight terms (kept across runs), those not there yet;
    when all are there already, remove them all. ``found``: False when the search they come
    from found nothing in the open file, which the notice of an addition says."""
    highlights = screen.highlights
    adding = not all(term in highlights for term in terms)
    failed: OSError | None = None
    for term in terms:
        try:
            if adding:
                highlights.add(term)
            else:
                highlights.remove(term)
        except OSError as error:  # (the change is kept for this run all the same)
            failed = error
    if failed is not None:
        tell_unsaved(screen.app, ui_text.UNSAVED_HIGHLIGHTS(), failed)
    else:
        tell_saved(screen.app, highlights.path)
    apply_highlights(screen)
    # The words may come from a file (the keyword panel): shown as they look.
    shown = "、".join(safe_text(term) for term in terms)
    if adding and not found:
        # (newuser21: a mistyped word was "added" and nothing lit up, with no word why)
        screen.notify(ui_text.HIGHLIGHT_ADDED_NOT_HERE(term=shown), timeout=5)
        return
    told = ui_text.HIGHLIGHT_ADDED if adding else ui_text.HIGHLIGHT_REMOVED
    screen.notify(told(term=shown), timeout=2)


def add_search_term_highlight(screen: ReadingScreen) -> None:
    """``A``: make what the search matches the user's highlight terms (or remove them):
    each word of a words-apart query (``优化 营商``) its own term, a quoted phrase without
    its quotes, a ``-word`` none (ui26: the query was kept as typed, spaces and quotes
    included, and highlighted nothing). When the search found nothing in the open file
    the words are added all the same (they light up in the speeches that have them), and
    the notice says so: a mistyped word is seen at once, and ``A`` again drops it."""
    from tui.engine.match import parse_query  # off the first screen's imports (perf19)

    typed = screen.reader.search_term or screen.find_bar.term
    terms = list(parse_query(typed).terms) if typed else []
    if not terms:
        screen.notify(ui_text.HIGHLIGHT_NO_TERM(), timeout=3)
        return
    reader = screen.reader
    found = not (
        reader.document is not None
        and reader.search_term == typed
        and not reader.search_pending
        and reader.search_status[1] == 0
    )
    toggle_user_terms(screen, terms, found)


class HighlightCommands(WordsProvider):
    """Palette: each of the user's highlight words, to search every speech for it or to stop
    highlighting it. The words were kept across runs and shown in red, but listed nowhere:
    one that was in no top-20 keyword list could only be dropped by finding it (``/``) and
    pressing ``A`` (newuser14)."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen = self.screen
        if not isinstance(screen, ReadingScreen):
            return []
        found: list[tuple[str, Callable[[], object], str]] = []
        for term in screen.highlights.terms():
            shown = safe_text(term)  # the user's, typed or from a file: shown as it looks
            found.append(
                (
                    ui_text.CMD_HIGHLIGHT_SEARCH(term=shown),
                    partial(open_corpus_search, screen, term),
                    ui_text.CMD_HIGHLIGHT_SEARCH_HELP(),
                )
            )
            found.append(
                (
                    ui_text.CMD_HIGHLIGHT_REMOVE(term=shown),
                    partial(toggle_user_term, screen, term),
                    ui_text.CMD_HIGHLIGHT_REMOVE_HELP(),
                )
            )
        return found

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, action, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, palette_prompt(matcher, text), action, text=text, help=help_text)
