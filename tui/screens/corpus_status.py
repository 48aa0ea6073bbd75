"""Corpus search's status line (``CorpusStatus``, a base class of ``CorpusSearchScreen``).

One line under the query: what the search found or is doing (the screen sets
``_summary``, a callable, so that a language switch says it again), the file a scan has
been reading for ``SLOW_FILE_SECONDS`` or more, and the background indexing's progress (or
why the folder is not indexed, F5 to index it); broken into whole parts, each wrapped by
the reader's rules, when it is too long for one line. ``shown_query`` quotes the query as
the line shows it, ``skipped_names`` names the files that could not be read.

Only the line: the search, its results and their rows are the screen's
(``tui.screens.corpus_search`` and the classes it is built on).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual.screen import Screen
from textual.widgets import Label

from tui import ui_text
from tui.base.safetext import safe_path, safe_text
from tui.engine.match import Hit
from tui.widgets.treestyle import cut_keeping_tail, cut_to_cells
from tui.widgets.wrapped import wrap_ui_text

PROGRESS_SECONDS = 0.25
"""How often the status line shows the progress of a scan or of the background indexing."""

SLOW_FILE_SECONDS = 1.0
"""A file scanned this long is named on the status line (a 41 MB file took minutes, the
line stood at "4325/4332" with no hint why)."""


def shown_query(term: str) -> str:
    """``term`` as the status line quotes it (in the language's own quotes, ``ui_text``):
    a query that is one phrase in ASCII quotes, the exact-phrase form (``"新质生产力"``,
    or without its closing quote, as ``parse_query`` reads it), is shown as its words, so
    it is quoted once, as the same query typed without them; any other query as typed
    (``"新质" "生产力"``, ``-"口号"``: their quotes say something). Made safe
    (``safe_text``): the query is the user's, but may be pasted from a file."""
    stripped = term.strip()
    inner = stripped[1:-1] if len(stripped) > 1 and stripped.endswith('"') else stripped[1:]
    if stripped.startswith('"') and '"' not in inner and inner.strip():
        stripped = inner.strip()
    return safe_text(stripped)


SKIPPED_NAMED = 3
"""Files that could not be read named in the search's summary (then "…")."""


def skipped_names(paths: list[str]) -> str:
    """The first ``SKIPPED_NAMED`` files' names, made safe, then "…" when there are more:
    "2 个文件无法读取" alone left the user to guess which."""
    names = [safe_path(Path(path).name) for path in paths[:SKIPPED_NAMED]]
    more = "…" if len(paths) > SKIPPED_NAMED else ""
    return ui_text.CORPUS_SKIPPED_NAMES_JOIN().join(names) + more


STATUS_LINES = 3
"""The status line's most lines (``CorpusSearchScreen``'s CSS: ``max-height``)."""


def fitted(parts: list[list[str]], width: int) -> list[str]:
    """The wrapped ``parts`` (the summary first, each a list of lines) in at most
    ``STATUS_LINES`` lines: the summary cut to the lines the later parts leave it, its last
    line ending in "…". The CSS cropped what did not fit: at 60 columns the summary's
    third unreadable file and its closing ）。 were gone, the indexing's progress under it
    too, with nothing to tell."""
    lines = [line for part in parts for line in part]
    if len(lines) <= STATUS_LINES or not parts:
        return lines
    head, rest = parts[0], [line for part in parts[1:] for line in part]
    room = max(1, STATUS_LINES - len(rest))
    if len(head) <= room:
        return lines[:STATUS_LINES]
    kept = head[:room]
    kept[-1] = cut_to_cells(Text(kept[-1] + "…"), width).plain  # ends in "…" either way
    return [*kept, *rest][:STATUS_LINES]


class CorpusStatus(Screen[tuple[Hit, str] | None]):
    """The corpus search screen's status line (see the module docstring)."""

    # Set by ``CorpusSearchScreen.__init__`` (tui/screens/corpus_search.py), which says
    # what each holds.
    status: Label
    index_progress: Callable[[], tuple[int, int] | None]
    index_refused: Callable[[], str]
    index_now: Callable[[], None] | None
    done: bool
    _search_id: int
    _summary: Callable[[], str]
    _scanning: tuple[int, str, float] | None

    def show_status(self) -> None:
        """Show the search's summary and the background indexing's state (also every
        ``PROGRESS_SECONDS``)."""
        progress = self.index_progress()
        refused = self.index_refused()
        if progress:
            suffix = ui_text.CORPUS_INDEXING(done=progress[0], total=progress[1])
        elif refused and self.index_now is not None:
            suffix = ui_text.CORPUS_NO_INDEX(why=safe_text(ui_text.said(refused)))
        else:
            suffix = ""
        parts = [self._summary(), self._slow_file(), suffix]
        line = "".join(parts)
        width = self.status.content_region.width
        if 0 < width < cell_len(line):
            # Too long for one line: each bracketed part on a line of its own, whole (at
            # 80 columns the line wrapped inside one, "［建立索引：52/2229" | "个文件］"),
            # each broken by the reader's rules, a number held to its word: Textual broke
            # at any space, "（2" | "个文件尚未建立索引…）", "(2" | "files not in …".
            wrapped = [
                wrap_ui_text(part.lstrip("　 ") if i else part, width).split("\n")
                for i, part in enumerate(parts)
                if part
            ]
            line = "\n".join(fitted(wrapped, width))
        self.status.update(Text(line, no_wrap=True, overflow="crop"))

    def _slow_file(self) -> str:
        """ "［正在搜索：name］" while this search has been scanning one file for
        ``SLOW_FILE_SECONDS`` or more, else "". The name is the file's (made safe), cut to
        the status line's width, its extension kept."""
        scanning = self._scanning
        if (
            scanning is None
            or self.done
            or scanning[0] != self._search_id
            or time.monotonic() - scanning[2] < SLOW_FILE_SECONDS
        ):
            return ""
        name = safe_text(os.path.basename(scanning[1]))
        room = max(
            12, self.status.content_region.width - cell_len(ui_text.CORPUS_SLOW_FILE(name=""))
        )
        label = Text(name)
        dot = name.rfind(".")
        cut = cut_keeping_tail(label, room, dot) if 0 < dot and len(name) - dot <= 8 else None
        return ui_text.CORPUS_SLOW_FILE(name=(cut or cut_to_cells(label, room)).plain)
