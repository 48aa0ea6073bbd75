"""Copying quotes in the app: the quote service, the copy-by-hand dialog, palette commands.

* ``QuoteService`` (one per app, ``app.quotes``): the citation format setting, the
  notebook, and ``deliver(quote)``: format, copy (system clipboard, else OSC 52), tell the
  user which way, keep the quote in the notebook; when no clipboard works it shows
  ``QuoteDialog`` so the text can be copied by hand.
* ``QuoteDialog``: the text in a read-only, selectable ``TextArea`` (all selected).
* ``QuoteCommands``: palette entries to copy the current sentence, paragraph, heading,
  section or outline, any heading or section by name, pick the citation format and
  open the notebook.

Why this module is a little over 500 lines: the three share the copy functions (what a
sentence, paragraph, section or outline quote holds, and its delivery); the notebook's
screen, which only lists what was kept, is in ``notebook``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from tui import ui_text
from tui.base.safetext import safe_text
from tui.clipboard import CopyOutcome, Via, copy_chain, copy_with_app, system_copy
from tui.engine.model import Document, Heading, Speech
from tui.engine.quotes import (
    CitationFormat,
    Quote,
    QuoteKind,
    format_quote,
    heading_at,
    heading_text,
    quote_heading,
    quote_outline,
    quote_paragraph,
    quote_section,
    quote_sentences,
    quote_speech,
    reflow_text,
)
from tui.notebook import Notebook, load_citation_format, save_citation_format, settings_path
from tui.screens.palette import WordsProvider
from tui.screens.reading import ReadingScreen
from tui.screens.unsaved import tell_saved, tell_unsaved
from tui.session import Session
from tui.tmux import clipboard_option, inside_tmux, tmux_copy
from tui.widgets.keybar import KeyBar
from tui.widgets.kinsoku_area import KinsokuTextArea
from tui.widgets.outline import speech_name
from tui.widgets.reader import ReaderView
from tui.widgets.safelabel import markup, palette_prompt
from tui.widgets.wrapped import WrappedText

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App

PREVIEW = 40
"""Characters of the quote shown in a notice."""
ANCHOR = 40
"""Characters of the quote's first paragraph kept to find it again (as bookmarks do)."""


def preview(text: str, limit: int = PREVIEW) -> str:
    """The first line of ``text`` cut to ``limit`` characters."""
    first = text.split("\n", 1)[0]
    more = len(first) > limit or "\n" in text
    return first[:limit] + ("…" if more else "")


class QuoteDialog(ModalScreen[None]):
    """Shows text to copy by hand: read-only, selectable, all selected at the start.

    It has a key bar of its own, over the one of the screen below (whose keys do nothing
    here), as the help has: ctrl+c (the text box's, hidden from the bar) and Esc.
    """

    DEFAULT_CSS = """
    QuoteDialog { align: center middle; }
    QuoteDialog > Vertical {
        width: 80%; max-width: 100; height: 70%;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    QuoteDialog #quote-dialog-hint { width: 100%; margin: 0 0 1 0; }
    QuoteDialog TextArea { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", ui_text.KEY_CLOSE.zh)]

    def __init__(
        self, text: str, reason: str = "", hint: str | Callable[[], str] | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.reason = reason
        self._hint = hint
        self.hint = self._said_hint()

    def _said_hint(self) -> str:
        """The hint above the text in the language now (``hint``: a text, or what makes
        it; else why the clipboard failed, ``reason``, and how to copy by hand)."""
        if callable(self._hint):
            return self._hint()
        if self._hint is not None:
            return self._hint
        why = ui_text.QUOTE_DIALOG_WHY(reason=self.reason) if self.reason else ""
        return ui_text.QUOTE_DIALOG_HINT(why=why)

    def relabel(self) -> None:
        """The hint in the language chosen now (the reason stays as it was told)."""
        self.hint = self._said_hint()
        hint = self.query_one("#quote-dialog-hint", WrappedText)
        hint.text = safe_text(self.hint, keep_breaks=True)
        hint.refresh_wrap()

    def compose(self) -> ComposeResult:
        with Vertical():
            # Both wrapped by the reader's line-break rules (no "，" at a line start).
            yield WrappedText(self.hint, id="quote-dialog-hint")
            # Shown made safe (a citation may name the file): what is copied by hand from
            # here is what the screen shows (the wrapping adds no line feed to it).
            yield KinsokuTextArea(
                safe_text(self.text, keep_breaks=True),
                read_only=True,
                soft_wrap=True,
                id="quote-dialog-text",
            )
        yield KeyBar(id="quote-dialog-keybar")

    def key_bar_leading(self) -> tuple[tuple[str, str], ...]:
        """ctrl+c first in the key bar: the text box binds it (``TextArea.action_copy``)."""
        return (("ctrl+c", ui_text.KEY_COPY.zh),)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        # All selected, the cursor at the start: the text is read from its first line
        # (``select_all`` put the cursor at its end, and a quote longer than the box, a
        # section's from the notebook's t, opened on its last lines).
        area.selection = Selection(area.document.end, (0, 0))

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)


class QuoteService:
    """The app's quoting: format setting, notebook, copying with notices."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._notebook: Notebook | None = None
        self._format: CitationFormat | None = None
        self._told_terminal = False
        self._tmux = False
        """Whether the last copy's terminal way was tmux's buffer (``copy_text``)."""
        self._last_entry: str | None = None
        """``last_entry`` of an app without a session (tests' bare apps)."""

    # ------------------------------------------------------------------ state (lazy: no I/O at start)

    @property
    def last_entry(self) -> str | None:
        """The id of the quote highlighted when the notebook was last closed, or copied
        since (``_keep``): it opens there (newuser17: a quote opened at its place, then
        ctrl+n again, was back at the top of a 33-quote list). Kept in the app's session (``session.json``, written
        a second after it is set, as a reading position is: ``schedule_save``), so a
        restart opens there too (newuser19: it lasted one run), even after the terminal
        was closed under the app (newuser21: it waited for the next save)."""
        session = getattr(self.app, "session", None)
        if isinstance(session, Session):
            return session.notebook_entry
        return self._last_entry

    @last_entry.setter
    def last_entry(self, entry_id: str) -> None:
        session = getattr(self.app, "session", None)
        if isinstance(session, Session):
            session.set_notebook_entry(entry_id)
            for screen in self.app.screen_stack:  # (the main screen, under the notebook)
                if isinstance(screen, ReadingScreen):
                    screen.schedule_save()
        else:
            self._last_entry = entry_id

    @property
    def notebook(self) -> Notebook:
        """The notebook, read on first use (a corrupt file is reported then)."""
        if self._notebook is None:
            self._notebook = Notebook()
            self.report_problem()
        return self._notebook

    def report_problem(self) -> None:
        """Tell the user once about a corrupt or partly unreadable notebook."""
        problem = self._notebook.take_problem() if self._notebook is not None else None
        if problem:
            self.app.notify(
                problem,
                title=ui_text.NOTEBOOK_FILE_PROBLEM(),
                severity="warning",
                timeout=10,
                markup=False,
            )

    @property
    def citation_format(self) -> CitationFormat:
        """The chosen citation format (read once from settings.json)."""
        if self._format is None:
            self._format, problem = load_citation_format()
            if problem:
                self.app.notify(
                    problem,
                    title=ui_text.SETTINGS_BROKEN(),
                    severity="warning",
                    timeout=10,
                    markup=False,
                )
        return self._format

    def set_citation_format(self, fmt: CitationFormat) -> None:
        """Use ``fmt`` from now on and keep it for the next runs."""
        self._format = fmt
        try:
            save_citation_format(fmt)
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_CITATION_FORMAT(), error)
        else:
            tell_saved(self.app, settings_path())
        self.app.notify(
            ui_text.CITATION_FORMAT_SET(format=ui_text.FORMAT_LABELS[fmt.value]()),
            timeout=3,
            markup=False,
        )

    # ------------------------------------------------------------------ copying

    def copy_text(self, text: str) -> CopyOutcome:
        """Copy plain ``text`` (system clipboard, else OSC 52; inside tmux, else tmux's
        buffer, which tmux hands on: an OSC 52 of a program was dropped there unless
        tmux's set-clipboard is on, and the notice said it was copied); never raises."""
        self._tmux = inside_tmux()
        if self._tmux:
            return copy_chain(text, system_copy, tmux_copy)
        return copy_with_app(self.app, text)

    def via_label(self, outcome: CopyOutcome) -> str:
        """Where ``outcome``'s text went, for "已复制到{via}"."""
        if outcome.via is Via.TERMINAL and self._tmux:
            return ui_text.VIA_TMUX()
        return ui_text.VIA_LABELS[outcome.via.value]()

    def _terminal_hint(self) -> str:
        """Said with the first copy of a run that went to the terminal: it cannot be
        confirmed there, so where it went and where else to find the text."""
        if not self._tmux:
            return ui_text.COPIED_BY_OSC52()
        option = clipboard_option()
        forward = (
            ui_text.TMUX_NOT_FORWARDED()
            if option == "off"
            else ui_text.TMUX_FORWARDED(option=option or "?")
        )
        return ui_text.COPIED_BY_TMUX(forward=forward)

    def deliver(
        self, quote: Quote, keep: bool = True, anchor: str = "", content: str = ""
    ) -> CopyOutcome:
        """Copy ``quote`` in the chosen format, say how, keep it in the notebook.

        Args:
            quote: What to copy.
            keep: Add it to the notebook (False when re-copying from the notebook).
            anchor: The first paragraph's first characters, to find the place again.
            content: The format of the file's content (``Document.content_kind``): the
                notebook places the quote by it (``Entry.place``).
        """
        text = format_quote(quote, self.citation_format)
        outcome = self.copy_text(text)
        kept = self._keep(quote, anchor, content) if keep else ""
        kind = ui_text.KIND_LABELS[quote.kind.value]()
        what = f"{ui_text.COPIED_WHAT(kind=kind, text=preview(quote.text))}\n{quote.citation}{kept}"
        self.tell(what, text, outcome)
        return outcome

    def tell(self, what: str, text: str, outcome: CopyOutcome) -> None:
        """Say where ``text`` (described by ``what``) went, or offer it to copy by hand."""
        copied_to = ui_text.COPIED_TO(via=self.via_label(outcome))
        if outcome.via is Via.SYSTEM:
            self.app.notify(what, title=copied_to, timeout=4, markup=False)
        elif outcome.via is Via.TERMINAL:
            hint = ""
            if not self._told_terminal:
                # Once a run: OSC 52 cannot be confirmed, so say where else to find the text.
                self._told_terminal = True
                hint = f"\n{self._terminal_hint()}"
            self.app.notify(
                f"{what}{hint}",
                title=copied_to,
                timeout=6 if hint else 4,
                markup=False,
            )
        else:
            self.app.notify(
                f"{what}\n{ui_text.COPY_BY_HAND()}",
                title=ui_text.CLIPBOARD_FAILED_TITLE(),
                severity="warning",
                timeout=6,
                markup=False,
            )
            self.app.push_screen(QuoteDialog(text, outcome.reason))

    def _keep(self, quote: Quote, anchor: str, content: str = "") -> str:
        """Keep ``quote`` in the notebook; a line for the copy notice when it was there already.

        The notebook opens on the quote copied last (``last_entry``), new or kept before:
        it opened where it was last closed, the quote just copied above it out of sight,
        and its ``r`` edited that other quote."""
        try:
            entry, added = self.notebook.keep(quote, anchor, content=content)
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_NOTEBOOK(), error)
            return ""
        finally:
            self.report_problem()
        self.last_entry = entry.id
        tell_saved(self.app, self.notebook.path)
        return "" if added else f"\n{ui_text.ALREADY_KEPT()}"

    def copy_selection_text(self, text: str) -> None:
        """Copy text selected with the mouse (Textual's selection, a TextArea) and say how."""
        outcome = self.copy_text(text)
        if outcome.ok:
            self.app.notify(
                preview(text),
                title=ui_text.COPIED_SELECTION_TO(via=self.via_label(outcome)),
                timeout=3,
                markup=False,
            )
        else:
            self.app.notify(
                ui_text.CLIPBOARD_FAILED(reason=outcome.reason), severity="warning", markup=False
            )


# ---------------------------------------------------------------------- from the main screen


def _open(screen: ReadingScreen) -> tuple[Document, str] | None:
    document = screen.reader.document
    if document is None or screen.path is None or not document.paragraphs:
        screen.notify(ui_text.NOTHING_OPEN_TO_COPY(), severity="warning", timeout=3, markup=False)
        return None
    return document, str(screen.path)


def _anchor(document: Document, quote: Quote) -> str:
    return document.paragraphs[quote.paragraph].text[:ANCHOR]


def _deliver(screen: ReadingScreen, document: Document, quote: Quote | None) -> None:
    if quote is None or not quote.text:
        screen.notify(ui_text.NOTHING_HERE_TO_COPY(), severity="warning", timeout=3, markup=False)
        return
    service(screen).deliver(quote, anchor=_anchor(document, quote), content=document.content_kind)


def service(screen: ReadingScreen) -> QuoteService:
    """The app's quote service (created on first use for apps built without one)."""
    found = getattr(screen.app, "quotes", None)
    if not isinstance(found, QuoteService):
        found = QuoteService(screen.app)
        screen.app.quotes = found  # type: ignore[attr-defined]
    return found


def copy_mouse_selection(screen: ReadingScreen) -> bool:
    """Copy the text selected with the mouse in the reader as a cited quote, then end the
    selection. False (nothing done) when the mouse selection is not the reader's alone."""
    reader = screen.reader
    span = reader.mouse_selection
    document = reader.document
    if span is None or document is None or screen.path is None:
        return False
    if any(widget is not reader for widget in screen.selections):
        return False  # text of other widgets too: Textual's plain copy
    (p0, c0), (p1, c1) = span
    first = (p0, ReaderView.sentence_at(document.paragraphs[p0], c0))
    last = (p1, ReaderView.sentence_at(document.paragraphs[p1], max(0, c1 - 1)))
    cited = quote_sentences(document, str(screen.path), first, last)
    parts = (reflow_text(part) for part in reader.mouse_selected_text().split("\n"))
    text = "\n".join(part for part in parts if part)
    quote = replace(cited, text=text, kind=QuoteKind.SELECTION)
    _deliver(screen, document, quote)
    screen.clear_selection()
    reader.clear_selection()
    return True


def copy_sentence_or_selection(screen: ReadingScreen) -> None:
    """``y``: the mouse or ``v`` selection if there is one (then end it), else the sentence."""
    opened = _open(screen)
    if opened is None:
        return
    if copy_mouse_selection(screen):
        return
    document, path = opened
    reader = screen.reader
    selection = reader.selection
    start, end = selection if selection is not None else (reader.cursor, reader.cursor)
    quote = quote_sentences(document, path, start, end)
    if not quote.text and reader.show_noise:
        # Shown noise alone under the cursor or selected (a page number, a header): quotes
        # leave noise out, but this line was asked for, as ``Y`` and a mouse selection give it.
        shown = reader.selected_text() if selection is not None else reader.sentence_text(start)
        quote = replace(quote, text="\n".join(reflow_text(part) for part in shown.split("\n")))
    _deliver(screen, document, quote)
    reader.clear_selection()


def copy_paragraph(screen: ReadingScreen) -> None:
    """``Y``: the current paragraph."""
    opened = _open(screen)
    if opened is not None:
        document, path = opened
        _deliver(screen, document, quote_paragraph(document, path, screen.reader.cursor[0]))


def copy_current(screen: ReadingScreen, what: str) -> None:
    """Copy the cursor's heading (``"heading"``), section (``"section"``) or outline (``"outline"``)."""
    opened = _open(screen)
    if opened is None:
        return
    document, path = opened
    paragraph = screen.reader.cursor[0]
    if what == "outline":
        speech = document.speech_at(paragraph)
        quote = quote_outline(document, path, speech) if speech is not None else None
        if quote is None:
            screen.notify(ui_text.NO_OUTLINE(), severity="warning", timeout=3, markup=False)
            return
        _deliver(screen, document, quote)
        return
    heading = heading_at(document, paragraph)
    if heading is None:
        screen.notify(ui_text.NOT_UNDER_HEADING(), severity="warning", timeout=3, markup=False)
        return
    _deliver(screen, document, copy_node(document, path, heading, what))


def copy_node(document: Document, path: str, data: Speech | Heading, what: str) -> Quote | None:
    """The quote an outline node gives: ``heading`` (its text), ``section`` or ``outline``.

    A speech node's "heading" and "outline" are the speech's outline; its "section"
    is the whole speech.
    """
    if what == "outline" or (isinstance(data, Speech) and what == "heading"):
        speech = data if isinstance(data, Speech) else document.speech_at(data.paragraph)
        return quote_outline(document, path, speech) if speech is not None else None
    if isinstance(data, Speech):
        return quote_speech(document, path, data)
    if what == "section":
        return quote_section(document, path, data)
    return quote_heading(document, path, data)


def copy_outline_node(screen: ReadingScreen, what: str) -> None:
    """Copy from the outline pane's cursor node (``heading``, ``section`` or ``outline``)."""
    opened = _open(screen)
    if opened is None:
        return
    document, path = opened
    node = screen.outline.cursor_node
    if node is None or node.data is None:
        return
    quote = copy_node(document, path, node.data, what)
    if quote is None:
        screen.notify(ui_text.NO_OUTLINE(), severity="warning", timeout=3, markup=False)
        return
    _deliver(screen, document, quote)


def choose_format(screen: ReadingScreen, fmt: CitationFormat) -> None:
    """Use citation format ``fmt`` from now on."""
    service(screen).set_citation_format(fmt)


# ---------------------------------------------------------------------- palette


class QuoteCommands(WordsProvider):
    """Palette: copy sentence, paragraph, heading, section, outline; citation format; notebook."""

    def _screen(self) -> ReadingScreen | None:
        screen = self.screen
        return screen if isinstance(screen, ReadingScreen) else None

    def _commands(self, screen: ReadingScreen) -> list[tuple[str, Any, str]]:
        current = service(screen).citation_format
        commands: list[tuple[str, Any, str]] = [
            (ui_text.CMD_COPY_SENTENCE(), partial(copy_sentence_or_selection, screen), "y"),
            (ui_text.CMD_COPY_PARAGRAPH(), partial(copy_paragraph, screen), "Y"),
            (
                ui_text.CMD_COPY_HEADING(),
                partial(copy_current, screen, "heading"),
                ui_text.CMD_COPY_HEADING_HELP(),
            ),
            (
                ui_text.CMD_COPY_SECTION(),
                partial(copy_current, screen, "section"),
                ui_text.CMD_COPY_SECTION_HELP(),
            ),
            (
                ui_text.CMD_COPY_OUTLINE(),
                partial(copy_current, screen, "outline"),
                ui_text.CMD_COPY_OUTLINE_HELP(),
            ),
            (ui_text.CMD_OPEN_NOTEBOOK(), screen.action_show_notebook, "ctrl+n"),
        ]
        for fmt in CitationFormat:
            mark = ui_text.CMD_CURRENT() if fmt is current else ""
            commands.append(
                (
                    ui_text.CMD_CITATION_FORMAT(
                        format=ui_text.FORMAT_LABELS[fmt.value](), mark=mark
                    ),
                    partial(choose_format, screen, fmt),
                    ui_text.CMD_CITATION_FORMAT_HELP(),
                )
            )
        return commands

    def _headings(self, screen: ReadingScreen) -> list[tuple[str, Any, str]]:
        document = screen.reader.document
        if document is None or screen.path is None:
            return []
        path = str(screen.path)
        found: list[tuple[str, Any, str]] = []
        total = len(document.speeches)
        for speech in document.speeches:
            # In a collection the same heading (一、统一思想，提高认识) can stand in several
            # speeches: the help names the speech, as the jump to a heading's does.
            label = safe_text(speech_name(speech, screen.path.name, total)) if total > 1 else ""
            for heading in speech.headings:
                text = safe_text(heading_text(heading))  # from the file: shown as is, never markup
                for what, verb in (
                    ("heading", ui_text.KEY_COPY_HEADING()),
                    ("section", ui_text.KEY_COPY_SECTION()),
                ):
                    action = partial(_deliver_node, screen, document, path, heading, what)
                    help_text = markup(ui_text.PALETTE_COPY_IN_SPEECH(verb=verb, speech=label))
                    found.append(
                        (
                            ui_text.CMD_COPY_NODE(verb=verb, text=text),
                            action,
                            help_text if label else verb,
                        )
                    )
        return found

    async def discover(self) -> Hits:
        screen = self._screen()
        if screen is None:
            return
        for text, action, help_text in self._commands(screen):
            yield DiscoveryHit(text, action, help=help_text)

    async def search(self, query: str) -> Hits:
        screen = self._screen()
        if screen is None:
            return
        matcher = self.matcher(query)
        for text, action, help_text in self._commands(screen):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, palette_prompt(matcher, text), action, text=text, help=help_text)
        for text, action, help_text in self._headings(screen):
            score = matcher.match(text)
            if score > 0:
                # Below the jump to the same heading: typing a heading's words jumps first.
                yield Hit(
                    score * 0.5, palette_prompt(matcher, text), action, text=text, help=help_text
                )


def _deliver_node(
    screen: ReadingScreen, document: Document, path: str, data: Speech | Heading, what: str
) -> None:
    _deliver(screen, document, copy_node(document, path, data, what))
