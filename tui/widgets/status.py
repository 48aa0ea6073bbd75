"""The status line: breadcrumb of where the cursor is and how much has been read."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from tui import ui_text
from tui.base.safetext import safe_text
from tui.widgets.treestyle import cut_to_cells

SEPARATOR = " › "
NOTE_SEPARATOR = " │ "
"""Between a note (the search index's progress) and the reading percentage: with the
percentage labelled ("已读 0%"), the two read as two things, not "1/3213  0%"."""
SHORTEST = 8
"""Cells a crumb is never cut below (then the outer crumbs are left out instead)."""


def fit_crumbs(crumbs: tuple[str, ...], room: int, heads: tuple[str, ...] = ()) -> list[str]:
    """``crumbs`` cut to fit ``room`` cells (with their separators), each as little as can
    be: the longest are cut first, to one width, down to ``SHORTEST`` cells, with "…".
    A crumb that starts with its ``heads`` entry (an untitled speech's "Speech 2", "第2篇",
    after its date) is never cut inside it: "Speech…" left speeches 1 and 2 alike.
    They may still not fit: the caller then leaves out the outer ones."""
    widths = [cell_len(crumb) for crumb in crumbs]
    floors = [
        cell_len(head) + 1 if head and crumb.startswith(head) and cell_len(head) < width else 0
        for crumb, head, width in zip(
            crumbs, (*heads, *[""] * (len(crumbs) - len(heads))), widths, strict=False
        )
    ]

    def width(cap: int) -> int:
        widest = (min(w, max(cap, floor)) for w, floor in zip(widths, floors, strict=True))
        return sum(widest) + len(SEPARATOR) * (len(crumbs) - 1)

    if not crumbs or width(max(widths)) <= room:
        return list(crumbs)
    cap = SHORTEST
    low, high = SHORTEST, max(widths)
    while low <= high:  # the widest cap that fits
        middle = (low + high) // 2
        if width(middle) <= room:
            cap, low = middle, middle + 1
        else:
            high = middle - 1
    fitted = []
    for crumb, crumb_width, floor in zip(crumbs, widths, floors, strict=True):
        if crumb_width > max(cap, floor):
            crumb = cut_to_cells(Text(crumb), max(cap, floor)).plain
        fitted.append(crumb)
    return fitted


def _cut_note(note: str, cells: int) -> str:
    """``note`` in ``cells``: its words before the counts (the last word, when it holds a
    digit: "163/3131") cut with "…" (never splitting a wide character), the counts
    whole; the counts alone when no word fits ("…" leads them); ``note`` cut with "…"
    when it has no counts. Below about 54 columns in English "Indexing for search
    163/3131 │ read 6%" was wider than the line and never cut."""
    if cell_len(note) <= cells:
        return note
    words, _, counts = note.rpartition(" ")
    if not words or not any(ch.isdigit() for ch in counts):
        return cut_to_cells(Text(note), max(1, cells), words=False).plain
    head = cut_to_cells(Text(words), max(1, cells - cell_len(counts) - 1), words=False).plain
    return f"{head} {counts}" if head != "…" else f"…{counts}"


class StatusLine(Widget):
    """One line: "file › speech › 一、… › （二）…" on the left, "37%" on the right."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        color: $text;
        padding: 0 1;
    }
    """

    crumbs: reactive[tuple[str, ...]] = reactive(tuple)
    heads: reactive[tuple[str, ...]] = reactive(tuple)
    """For each crumb, the head it starts with that a cut keeps whole ("" none):
    ``fit_crumbs``."""
    percent: reactive[int | None] = reactive(None)
    note: reactive[str] = reactive("")
    """A short note shown before the percentage (the search index's progress)."""
    warning: reactive[str] = reactive("")
    """Said first on the right, in bold: the text shown is no longer the file's (文件不见了:
    the open file vanished from disk). Never cut, as the crumbs may be."""
    count: reactive[int] = reactive(0)
    """The count being typed before a movement key in the reader (0: none), shown first
    on the right ("计数 3"), as vim shows it while it is typed."""

    def update_status(
        self, crumbs: tuple[str, ...], percent: int | None, heads: tuple[str, ...] = ()
    ) -> None:
        """Show ``crumbs`` (outermost first) and ``percent`` read (None hides it); a crumb
        is never cut inside the head ``heads`` gives it.

        Crumbs are file names and headings: made safe here (``safe_text``), drawn as ``Text``.
        """
        self.heads = tuple(safe_text(head) for head in heads)
        self.crumbs = tuple(safe_text(crumb) for crumb in crumbs)
        self.percent = percent

    def _right(self, width: int | None = None) -> Text:
        """The right end: the count being typed, the note, the percentage read (labelled
        and set off by ``NOTE_SEPARATOR`` when a note stands before it). With ``width``
        (the line's cells), a note that would leave the right end wider than the line
        less a cell is cut: its words with "…", its counts kept (``_cut_note``)."""
        right = self._assemble(self.note)
        if width is not None and self.note and right.cell_len > width - 1:
            note = _cut_note(self.note, width - 1 - (right.cell_len - cell_len(self.note)))
            right = self._assemble(note)
            if right.cell_len > width - 1:  # the counts alone do not fit either
                right = cut_to_cells(right, max(1, width - 1), words=False)
        return right

    def _assemble(self, note: str) -> Text:
        """The right end (``_right``) with ``note`` for the note."""
        percent = self.percent
        right = Text("" if percent is None else f"{percent}%", style="bold")
        if note:
            if percent is None:
                right = Text(note, style="dim")
            else:
                label = Text(ui_text.READ_PERCENT(percent=percent), style="bold")
                right = Text.assemble((note, "dim"), (NOTE_SEPARATOR, "dim"), label)
        if self.count:
            right = Text.assemble((ui_text.COUNT_NOTE(count=self.count), "bold"), "  ", right)
        if self.warning:
            right = Text.assemble((self.warning, "bold reverse"), "  ", right)
        right.rstrip()
        return right

    @property
    def text(self) -> str:
        """The line as plain text (for tests)."""
        right = self._right().plain
        return SEPARATOR.join(self.crumbs) + ("  " + right if right else "")

    def render(self) -> Text:
        width = self.content_region.width or self.size.width
        right = self._right(width)
        room = max(0, width - right.cell_len - 2)
        crumbs = fit_crumbs(self.crumbs, room, self.heads)
        left = Text(SEPARATOR.join(crumbs), no_wrap=True, overflow="ellipsis")
        if room <= 1:
            left = Text("")  # the note takes the line ("…" alone says nothing)
        elif left.cell_len > room:
            # Keep the innermost crumbs: they say the most about where the cursor is. The
            # outer ones are left out ("… › ") while the line is too long; what is still
            # too long is cut without splitting a wide character (rich's truncate put a
            # space in its place: "( …").
            # The crumbs kept are fitted again to the room the left-out ones leave: cut
            # to share the whole line, the innermost stayed at its share ("… › 二、当…"
            # in 18 cells at 60 columns while the index was built).
            parts = list(crumbs)
            while len(parts) > 1 and Text(SEPARATOR.join(["…", *parts])).cell_len > room:
                parts.pop(0)
            if len(parts) < len(crumbs):
                kept = len(parts)
                heads = (*self.heads, *[""] * len(self.crumbs))[: len(self.crumbs)]
                mark = "…" + SEPARATOR
                free = room - cell_len(mark)
                if kept == 1:  # (fit_crumbs cuts no crumb below SHORTEST)
                    parts = [cut_to_cells(Text(self.crumbs[-1]), max(1, free)).plain]
                else:
                    parts = fit_crumbs(self.crumbs[-kept:], free, heads[-kept:])
                left = Text(mark + SEPARATOR.join(parts))
            else:
                left = Text(SEPARATOR.join(parts))
            left = cut_to_cells(left, room, words=False)
        pad = max(1 if left else 0, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * pad, right)
