"""The notebook screen (摘录本, ctrl+n): kept quotes newest first; re-copy, open, delete,
reorder, export.

``d`` deletes at once and ``u`` undoes it (the record goes back in its place, with any
fields a newer version wrote). ``K``/``J`` (shift+↑/↓) move the highlighted quote up or
down, written at once: the export lists the quotes in that order, the order of the
speech being drafted. ``r`` edits the quote's text in ``EditQuoteDialog`` (its source
and place stay). Export proposes a free name in ``tui.state.export_dir()``
(never a folder of speeches) and asks again before overwriting a file, writing into a
folder of speeches or making a folder (other than ``export_dir()``).

Why this module is over 500 lines: the list, its undo and order, the export prompt and its
keys (under the list) all read and change one list of quotes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.quotes import format_quote
from tui.engine.wrap import wrap_text
from tui.notebook import default_export_path, export_problem
from tui.notebook_records import Entry
from tui.paths import expand_user
from tui.screens.edit_quote import EditQuoteDialog
from tui.screens.quote_dialog import QuoteDialog, QuoteService
from tui.screens.unsaved import tell_saved
from tui.state import export_dir
from tui.widgets.keybar import KeyBar, KeyHints
from tui.widgets.wrapped import WrappedText

if TYPE_CHECKING:
    from tui.screens.reading import ReadingScreen

HINTS = (
    ("enter", ui_text.KEY_OPEN_PLACE.zh),
    ("c", ui_text.KEY_RECOPY.zh),
    ("t", ui_text.KEY_VIEW.zh),
    ("r", ui_text.KEY_EDIT.zh),
    ("d", ui_text.KEY_DELETE.zh),
    ("u", ui_text.KEY_UNDO.zh),
    ("K", ui_text.KEY_MOVE_UP.zh),
    ("J", ui_text.KEY_MOVE_DOWN.zh),
    ("a", ui_text.KEY_COPY_ALL.zh),
    ("e", ui_text.KEY_EXPORT.zh),
    ("escape", ui_text.KEY_CLOSE.zh),
)
"""The keys the notebook names under its list (as the footer shows keys)."""
EXPORT_HINTS = (("enter", ui_text.KEY_EXPORT.zh), ("escape", ui_text.KEY_BACK.zh))
"""The keys named while the export prompt is open (Esc goes back to the list)."""
CONFIRM_HINTS = (("enter", ui_text.KEY_EXPORT_ANYWAY.zh), ("escape", ui_text.KEY_BACK.zh))
"""The keys named once the export was questioned (a second Enter writes all the same)."""
LINES = 2
"""Lines of quote text shown per entry, as wrapped in the list (the rest is behind t)."""
WRAP_GUESS = 76
"""Cells a quote's lines take before the list has been laid out (then it is re-wrapped)."""
MARGIN = 2
"""Cells left free at the right of a quote's lines while the list has room for them."""


class NotebookScreen(ModalScreen[Entry | None]):
    """Lists kept quotes; Enter/o opens one at its place (dismisses with it)."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_NOTEBOOK.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", ui_text.KEY_CLOSE.zh),
        Binding("enter,o", "open", ui_text.KEY_OPEN_PLACE.zh, show=False),
        Binding("c,y", "recopy", ui_text.KEY_RECOPY.zh),
        Binding("t", "view", ui_text.KEY_VIEW.zh),
        Binding("r", "edit", ui_text.KEY_EDIT.zh),
        Binding("d,delete", "delete", ui_text.KEY_DELETE.zh),
        Binding("u", "undo", ui_text.KEY_UNDO.zh),
        Binding("K,shift+up", "move(-1)", ui_text.KEY_MOVE_UP.zh),
        Binding("J,shift+down", "move(1)", ui_text.KEY_MOVE_DOWN.zh),
        Binding("a", "copy_all", ui_text.KEY_COPY_ALL.zh),
        Binding("e", "export", ui_text.KEY_EXPORT_MARKDOWN.zh),
    ]

    DEFAULT_CSS = """
    NotebookScreen { align: center middle; }
    NotebookScreen > Vertical {
        width: 100; max-width: 95%; height: 85%;
        border: thick $primary; background: $surface;
    }
    NotebookScreen #notebook-list { height: 1fr; border: none; }
    NotebookScreen #notebook-title { padding: 0 1; text-style: bold; }
    NotebookScreen #notebook-keys { padding-right: 1; }
    NotebookScreen #notebook-export { display: none; }
    NotebookScreen.-exporting #notebook-export { display: block; }
    """

    def __init__(self, service: QuoteService, roots: tuple[Path, ...] = ()) -> None:
        super().__init__()
        self._wrapped_at = WRAP_GUESS
        self.service = service
        self.roots = roots
        """Folders of speeches open in the app (never exported into without asking)."""
        self.entries: list[Entry] = service.notebook.reload()
        self.deleted: list[tuple[Entry, str]] = []
        """Records deleted here, last one last, each with the id of the one listed above
        it then ("" for the first): ``u`` puts it back there."""
        self._confirming: Path | None = None
        """The export target the user was asked about (a second Enter writes it)."""
        self._proposed = default_export_path()
        """The export path proposed (in the interface's language: 摘录本.md, notebook.md)."""
        service.report_problem()

    def compose(self) -> ComposeResult:
        with Vertical():
            # Wrapped by the reader's rules to its width (newuser19: Textual wrapped it by
            # its own at very narrow widths, "摘录本 · 2" above a lone "条").
            yield WrappedText(self._title(), id="notebook-title")
            yield OptionList(*self._options(), id="notebook-list")
            yield Input(
                str(self._proposed),
                placeholder=ui_text.NOTEBOOK_EXPORT_PLACEHOLDER(),
                id="notebook-export",
            )
            yield KeyHints(self._hints(), id="notebook-keys")
        # Its own key bar over the main screen's (whose keys do nothing here), as the help
        # has: the palette's key alone, the others under the list (``key_bar_named_here``).
        yield KeyBar(id="notebook-keybar")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        ids = [entry.id for entry in self.entries]
        if self.service.last_entry in ids:  # where the list was left in this run
            options.highlighted = ids.index(self.service.last_entry)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Remember the highlighted quote: the notebook opens there again, also after a
        restart (stored a second later: ``QuoteService.last_entry``)."""
        event.stop()
        entry = self._current()
        if entry is not None and entry.id != self.service.last_entry:
            self.service.last_entry = entry.id

    def _hints(self) -> tuple[tuple[str, str], ...]:
        """The keys that act now: the export prompt's while it is open, else the list's."""
        if not self.has_class("-exporting"):
            return HINTS
        return CONFIRM_HINTS if self._confirming is not None else EXPORT_HINTS

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The list's shift+↑/↓ (moving a quote) are off while the export path is typed:
        the prompt takes the letter keys, not those."""
        if action == "move" and self.has_class("-exporting"):
            return False
        return True

    def _show_keys(self) -> None:
        """The keys under the list and in the key bar for what the notebook does now."""
        self.query_one("#notebook-keys", KeyHints).set_hints(self._hints())
        self.refresh_bindings()

    def _title(self) -> str:
        return ui_text.NOTEBOOK_TITLE(count=len(self.entries))

    def _show_title(self) -> None:
        """The title for the list as it is now (a count changed, another language)."""
        title = self.query_one("#notebook-title", WrappedText)
        title.text = self._title()
        title.refresh_wrap()

    def _options(self) -> list[Option | None]:
        if not self.entries:
            return [
                Option(
                    Text(ui_text.NOTEBOOK_EMPTY(), style="italic"),
                    disabled=True,
                )
            ]
        options: list[Option | None] = []
        for entry in self.entries:
            if options:
                options.append(None)  # a divider line between quotes
            width = self._wrap_width()
            # Wrapped here by the reader's rules (OptionList would break Chinese text
            # anywhere: a closing mark at a line start, 第49|页); made safe, never markup.
            label = Text.assemble(
                _first_lines(wrap_text(safe_text(entry.text, keep_breaks=True), width), width),
                "\n",
                (wrap_text(safe_text(entry.citation), width), "italic"),
                "\n",
                (
                    wrap_text(
                        safe_text(
                            # a PDF's by its page, a Word file's alone (``Entry.place``)
                            _place(entry)
                            # changed with r: not the speech's words as copied (newuser19)
                            + (ui_text.QUOTE_EDITED_MARK() if entry.edited else "")
                        ),
                        width,
                    ),
                    "dim",
                ),
            )
            options.append(Option(label))
        return options

    def _wrap_width(self) -> int:
        """Cells a quote's lines may take in the list (a guess before the first layout).

        The option's room, ``MARGIN`` less while that leaves two cells, however narrow the
        list is: wrapped at a guess, the lines were wrapped again by Textual, anywhere (a
        closing mark at a line's start, 第49|页). Never under two cells (a wide character's):
        with one cell, a line of one wide character is cut, not parted."""
        if not self.is_mounted:
            return WRAP_GUESS
        options = self.query_one(OptionList)
        width = options.scrollable_content_region.width
        if width <= 0:
            return WRAP_GUESS  # not laid out yet
        room = width - options.get_component_styles("option-list--option").padding.width
        return max(2, room - MARGIN, min(room, 2))

    def key_bar_named_here(self) -> bool:
        """The keys are named once, at every size: all of them under the list (the export
        prompt's while it is open), the key bar naming the palette's alone. It named them
        a second time, those that fitted (issue #18; below 30 rows since notebook57): at
        80 columns the bar has room for six of eleven, the list's hints for all."""
        return True

    def on_resize(self) -> None:
        # The quotes are wrapped to the list's width: wrap them again for the new one.
        if self.is_mounted and self._wrap_width() != self._wrapped_at:
            options = self.query_one(OptionList)
            self._refresh_list(options.highlighted)

    def _refresh_list(self, index: int | None = None) -> None:
        self._show_title()
        options = self.query_one(OptionList)
        options.clear_options()
        self._wrapped_at = self._wrap_width()
        options.add_options(self._options())
        if self.entries:
            options.highlighted = min(index or 0, len(self.entries) - 1)

    def relabel(self) -> None:
        """The title, the list and the export prompt in the language chosen now."""
        entry = self._current()
        self._refresh_list(self.entries.index(entry) if entry is not None else None)
        prompt = self.query_one("#notebook-export", Input)
        prompt.placeholder = ui_text.NOTEBOOK_EXPORT_PLACEHOLDER()
        if prompt.value == str(self._proposed):  # not typed over: the new language's name
            self._proposed = default_export_path()
            prompt.value = str(self._proposed)

    def _current(self) -> Entry | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not self.entries or index >= len(self.entries):
            return None
        return self.entries[index]

    # ------------------------------------------------------------------ actions

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        """Close and open the highlighted quote at its place."""
        entry = self._current()
        if entry is not None:
            self.dismiss(entry)

    def action_close(self) -> None:
        """Close (or leave the export prompt)."""
        if self.has_class("-exporting"):
            self.remove_class("-exporting")
            self._confirming = None
            self.query_one(OptionList).focus()
            self._show_keys()
            return
        self.dismiss(None)

    def action_recopy(self) -> None:
        """Copy the highlighted quote again, in the current citation format."""
        entry = self._current()
        if entry is not None:
            self.service.deliver(entry.quote(), keep=False)

    def action_copy_all(self) -> None:
        """Copy every quote, in the list's order and the citation format, for a draft."""
        if not self.entries:
            return
        fmt = self.service.citation_format
        text = "\n\n".join(format_quote(entry.quote(), fmt) for entry in self.entries)
        outcome = self.service.copy_text(text)
        self.service.tell(ui_text.NOTEBOOK_COPIED_ALL(count=len(self.entries)), text, outcome)

    def action_view(self) -> None:
        """Show the highlighted quote, formatted, in a selectable box."""
        entry = self._current()
        if entry is not None:
            text = format_quote(entry.quote(), self.service.citation_format)
            self.app.push_screen(QuoteDialog(text, hint=ui_text.NOTEBOOK_VIEW_HINT))

    def action_edit(self) -> None:
        """Edit the highlighted quote's text (its source and place stay)."""
        entry = self._current()
        if entry is None:
            return

        def edited(text: str | None) -> None:
            if text is None:
                return
            try:
                changed = self.service.notebook.edit(entry.id, text)
            except OSError as error:
                self.notify(
                    ui_text.NOTEBOOK_NOT_EDITED(error=error), severity="error", markup=False
                )
                return
            if self._reload_on(entry.id) and changed:
                self.notify(ui_text.NOTEBOOK_EDITED(), timeout=3, markup=False)

        self.app.push_screen(EditQuoteDialog(entry.text), edited)

    def _reload_on(self, entry_id: str, refresh: bool = True) -> bool:
        """After a change to quote ``entry_id`` was saved: the list read again, highlighting
        it (``refresh``); False (and said) when another window deleted it meanwhile."""
        tell_saved(self.app, self.service.notebook.path)
        self.entries = self.service.notebook.entries()
        ids = [e.id for e in self.entries]
        if entry_id not in ids:
            self._refresh_list(self.query_one(OptionList).highlighted)
            self.notify(ui_text.NOTEBOOK_ALREADY_GONE(), timeout=3, markup=False)
            return False
        if refresh:
            self._refresh_list(ids.index(entry_id))
        return True

    def action_delete(self) -> None:
        """Delete the highlighted quote from the notebook (on disk at once; u undoes it)."""
        entry = self._current()
        if entry is None:
            return
        index = self.entries.index(entry)
        above = self.entries[index - 1].id if index else ""
        try:
            removed = self.service.notebook.remove(entry.id)
        except OSError as error:
            self.notify(ui_text.NOTEBOOK_NOT_DELETED(error=error), severity="error", markup=False)
            return
        tell_saved(self.app, self.service.notebook.path)
        self.entries = self.service.notebook.entries()
        self._refresh_list(index)
        if removed:
            self.deleted.append((entry, above))
            self.notify(ui_text.NOTEBOOK_DELETED(), timeout=5, markup=False)
        else:
            self.notify(ui_text.NOTEBOOK_ALREADY_GONE(), timeout=3, markup=False)

    def action_undo(self) -> None:
        """Put the last deleted quote back."""
        if not self.deleted:
            self.notify(ui_text.NOTHING_TO_UNDO(), timeout=2, markup=False)
            return
        entry, above = self.deleted[-1]
        try:
            self.service.notebook.restore(entry, above)
        except OSError as error:
            self.notify(ui_text.NOTEBOOK_NOT_RESTORED(error=error), severity="error", markup=False)
            return
        self.deleted.pop()
        self.entries = self.service.notebook.entries()
        ids = [e.id for e in self.entries]
        self._refresh_list(ids.index(entry.id) if entry.id in ids else 0)
        self.notify(ui_text.NOTEBOOK_RESTORED(), timeout=3, markup=False)

    def action_move(self, steps: int) -> None:
        """Move the highlighted quote up or down the list (the export keeps the order)."""
        entry = self._current()
        if entry is None:
            return
        try:
            moved = self.service.notebook.move(entry.id, steps)
        except OSError as error:
            self.notify(ui_text.NOTEBOOK_NOT_MOVED(error=error), severity="error", markup=False)
            return
        if self._reload_on(entry.id, moved) and not moved:
            edge = ui_text.NOTEBOOK_AT_TOP if steps < 0 else ui_text.NOTEBOOK_AT_BOTTOM
            self.notify(edge(), timeout=2, markup=False)

    def action_export(self) -> None:
        """Ask where to export the notebook as Markdown."""
        self.add_class("-exporting")
        prompt = self.query_one("#notebook-export", Input)
        prompt.focus()
        self._show_keys()

    def on_input_changed(self, event: Input.Changed) -> None:
        """A path changed after the export was questioned is a new question."""
        event.stop()
        if self._confirming is not None:
            self._confirming = None
            self._show_keys()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        raw = event.value.strip()
        if not raw:
            return
        try:
            target = expand_user(raw, strict=True)
        except OSError as error:
            self.notify(ui_text.EXPORT_CANNOT(error=error), severity="error", markup=False)
            return
        problem = export_problem(target, self.entries, self.roots)
        folder = target.absolute().parent
        if not folder.exists() and folder != export_dir():
            # Made only when asked twice: a typo in the path would leave a stray folder.
            missing = ui_text.EXPORT_NEW_FOLDER(folder=folder)
            problem = (
                missing
                if problem is None
                else ui_text.EXPORT_PROBLEMS_JOIN(first=missing, second=problem)
            )
        if problem is not None and self._confirming != target:
            self._confirming = target
            self._show_keys()
            self.notify(
                ui_text.EXPORT_CONFIRM(problem=problem),
                title=ui_text.EXPORT_CONFIRM_TITLE(),
                severity="warning",
                timeout=8,
                markup=False,
            )
            return
        self._confirming = None
        try:
            count = self.service.notebook.export_markdown(target)
        except OSError as error:
            self.notify(ui_text.EXPORT_CANNOT(error=error), severity="error", markup=False)
            return
        self.remove_class("-exporting")
        self.query_one(OptionList).focus()
        self._show_keys()
        self.notify(
            ui_text.EXPORT_DONE(count=count, target=target.resolve()),
            title=ui_text.EXPORT_DONE_TITLE(),
            timeout=5,
            markup=False,
        )


def _place(entry: Entry) -> str:
    """A quote's place and time in the list: ``讲话.txt 第4行 · …``, ``报告.pdf 第3页 · …``,
    ``讲话.docx · …`` (``Entry.place`` decides which)."""
    file, when = Path(entry.file).name, entry.when_unbroken
    return entry.place(
        page=lambda page: ui_text.NOTEBOOK_PLACE_PAGE(file=file, page=page, when=when),
        line=lambda line: ui_text.NOTEBOOK_PLACE(file=file, line=line, when=when),
        alone=ui_text.NOTEBOOK_PLACE_FILE(file=file, when=when),
    )


def _first_lines(wrapped: str, width: int) -> str:
    """The first ``LINES`` lines of ``wrapped`` (lines of at most ``width`` cells), the
    last one ending in "…" when there were more."""
    lines = wrapped.split("\n")
    if len(lines) <= LINES:
        return wrapped
    last = Text(lines[LINES - 1])
    last.truncate(max(0, width - 1))  # a wide character cut in half leaves a space
    return "\n".join([*lines[: LINES - 1], last.plain.rstrip(" ") + "…"])


def open_notebook(screen: ReadingScreen) -> None:
    """Show the notebook over ``screen``; the chosen quote opens at its place."""
    from tui.screens.quote_dialog import service
    from tui.session_records import Bookmark

    def chosen(entry: Entry | None) -> None:
        if entry is None:
            return
        if not entry.file:
            screen.notify(ui_text.NOTEBOOK_NO_FILE(), severity="warning", markup=False)
            return
        # A quote's place is a bookmark's place: same path, indexes, line and anchor.
        screen.go_to_bookmark(
            Bookmark(
                entry.file,
                entry.paragraph,
                entry.sentence,
                entry.line,
                entry.text,
                entry.when,
                entry.anchor,
            ),
            ui_text.QUOTE_FILE_MISSING,
        )

    screen.app.push_screen(NotebookScreen(service(screen), (screen.root,)), chosen)
