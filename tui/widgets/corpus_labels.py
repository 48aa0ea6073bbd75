"""The labels of corpus search's result rows (``tui.widgets.corpus_tree.ResultTree``).

A file's row (``file_label``: its path under the searched folder, its count, the files with
the same text; shortened to the pane's width by its path, never its count), a hit's row
(``hit_label``: where it is, ``place_prefix``, and its snippet with every match it shows
marked, ``MATCH_STYLE``), the speech a hit is in (``speech_label``), a note among the rows
(``dim_note``), and a hit's row cut to the pane with its first match in sight (``cut_hit``,
``keep_match``, at a word boundary). Every file name and snippet goes through ``safe_text``.

Only text: which rows there are and where they go is ``tui.widgets.corpus_tree``'s; the
search, its status line and opening a row are the screen's (``tui.screens.corpus_search``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from rich.cells import cell_len
from rich.text import Span, Text

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.index import FileResult
from tui.engine.match import Hit, boundary_near, quarter_left
from tui.formats import placed_by_line
from tui.widgets.treestyle import ELLIPSIS, cut_to_cells

MATCH_STYLE = "bold reverse"
"""A match in a hit's snippet."""
MATCH_AFTER = 4
"""Cells after a hit's first match kept in sight when its line is cut to the pane."""


COPY_KEPT = 8
"""Cells of the first copy's path a shortened file row keeps at least; with less room the
row is cut at the pane's edge as any label."""


def file_label(found: FileResult, prefix: str, room: int = 0) -> Text:
    """A file's row: its path under the root (``prefix``), bold, and its count; the files
    with the same text (``FileResult.also_at``, not listed on their own) after it.

    With ``room`` (cells) too narrow for every copy's path, the first copy is named and
    how many more (``同样的文字也在：甲/副本.txt 及另外 2 个文件``), the two paths
    shortened where even that is too long (``_cut_path``: the file's name kept before
    its folders; each path whole when the other leaves room, else at least half of it):
    cut at the pane's edge, a row at 80 columns said only "the same text is…". A row
    without copies too long for ``room`` keeps its count whole, its path shortened so. A
    room leaving the copy (or the path) fewer than ``COPY_KEPT`` cells returns the whole
    label (the tree cuts it at its edge)."""
    name = safe_text(shown_under(found.path, prefix))
    count = ui_text.CORPUS_FILE_COUNT(count=found.total)
    copies = [safe_text(shown_under(path, prefix)) for path in found.also_at]
    also = (
        ui_text.CORPUS_ALSO_AT(paths=ui_text.CLI_SEARCH_ALSO_JOIN().join(copies)) if copies else ""
    )
    whole = _file_row(name, count + also)
    if not room or whole.cell_len <= room:
        return whole
    if not copies:
        # The count whole, the path shortened (a deep path cut at the pane's edge lost
        # its count: "…/第三层/z08_jiangxi_zfgzbg_2026_mingci.txt…" at 80 columns).
        name_cells = room - cell_len(count)
        if name_cells < min(COPY_KEPT, cell_len(name)):
            return whole
        return _file_row(_cut_path(name, name_cells), count)
    first, more = copies[0], len(copies) - 1

    def around(first: str) -> str:
        if not more:
            return ui_text.CORPUS_ALSO_AT(paths=first)
        return ui_text.CORPUS_ALSO_AT_MORE(first=first, more=more)

    fixed = cell_len(count) + cell_len(around(""))
    free = room - fixed
    name_cells = min(cell_len(name), max(free // 2, free - cell_len(first)))
    copy_cells = free - name_cells
    if copy_cells < min(COPY_KEPT, cell_len(first)):
        return whole
    return _file_row(_cut_path(name, name_cells), count + around(_cut_path(first, copy_cells)))


def _cut_path(path: str, cells: int) -> str:
    """``path`` (a row's, with / between its parts) in ``cells``: whole, else its file's
    name after "…/" (the folders go first), else the name alone, else the name cut with
    "…" (a dot left before it goes too: "讲话.…" read as a name with no ending)."""
    folders, _, name = path.rpartition("/")
    for shown in (path, f"{ELLIPSIS}/{name}" if folders else name, name):
        if cell_len(shown) <= cells:
            return shown
    cut = cut_to_cells(Text(name), cells).plain
    return cut[:-2] + ELLIPSIS if cut.endswith("." + ELLIPSIS) and len(cut) > 2 else cut


def _file_row(name: str, rest: str) -> Text:
    """A file row's label: ``name`` bold, ``rest`` (its count, its copies) dim."""
    text = name + rest
    return Text(text, spans=[Span(0, len(name), "bold"), Span(len(name), len(text), "dim")])


def shown_under(path: str, prefix: str) -> str:
    """``path`` as a row names it: under the searched folder (``prefix``, with its
    separator) with / between its parts, else its name alone (not made safe)."""
    return path[len(prefix) :].replace(os.sep, "/") if path.startswith(prefix) else Path(path).name


def shown_in(row: list[Hit], place: Hit) -> bool:
    """Whether ``place`` lies inside the snippet of the row that ``row[0]`` opens."""
    first = row[0]
    if place.path != first.path or place.paragraph != first.paragraph:
        return False
    visible_after = len(first.snippet) - first.snippet_start - 1  # the last may be "…"
    return first.start <= place.start and place.end - first.start <= visible_after


def keep_match(label: Text, room: int, start: int) -> Text:
    """A hit's ``label`` (``hit_label``: its snippet from character ``start``) with the
    head of the snippet dropped ("…" in its place) when its first match would end past
    ``room`` cells, so that cutting it to the room leaves the match and a few characters
    after it in sight."""
    marked = next((span for span in label.spans if str(span.style) == MATCH_STYLE), None)
    if marked is None:
        return label
    plain = label.plain
    wanted = min(cell_len(plain[: marked.end]) + MATCH_AFTER, label.cell_len) + 1  # + "…"
    over = wanted - room
    if over <= 0:
        return label
    # The cells to drop: one more than ``over`` for the "…" put in their place, unless
    # the snippet begins with one already (dropped with them).
    needed, end = over + 1, start
    if plain[start : start + 1] == "…":
        needed, end = over, start + 1
    dropped = 0
    while end < marked.start and dropped < needed:
        dropped += cell_len(plain[end])
        end += 1
    if dropped < needed:
        return label  # the match itself is too wide: cut at its end
    return Text.assemble(label[:start], "…", label[end:], end="")


def cut_hit(label: Text, room: int, start: int) -> Text:
    """A hit's ``label`` (``keep_match``'s arguments) in ``room`` cells with its first match
    in sight: cut before a Latin word (``cut_to_cells``), or inside it when the match is in
    that word."""
    label = keep_match(label, room, start)
    cut = cut_to_cells(label, room)
    ends = [span.end for span in label.spans if str(span.style) == MATCH_STYLE]
    if ends and len(cut.plain) - 1 < ends[0]:
        cut = cut_to_cells(label, room, words=False)
    return _at_word_boundary(label, cut, max(ends[0] if ends else 0, start))


def _at_word_boundary(label: Text, cut: Text, after: int) -> Text:
    """``cut`` (``label`` cut to its room, "…" last) moved back to a word boundary by the
    rule a snippet's ends follow (``match.boundary_near`` within ``match.quarter_left``:
    the boundary nearest the cut that keeps a quarter of the row after ``after``, the first
    match's end), so a Chinese word is not split: at 80 columns rows ended "…体力衰弱的缘…"
    (缘故), "…社会国…" (国家) though the snippet itself ends at a boundary (newuser25). It
    backed off at most a quarter of the room by a rule of its own (newuser26)."""
    plain = label.plain
    at = len(cut.plain) - 1
    if cut.plain[-1:] != "…" or plain[:at] != cut.plain[:-1] or at <= after + 1:
        return cut
    back = boundary_near(plain, at, max(after + 1, quarter_left(plain, after, at)))
    if back == at:
        return cut
    moved = label[:back]
    moved.rstrip()
    moved.append("…")
    return moved


def place_prefix(found: FileResult | None, hit: Hit) -> str:
    """Where a hit is, as its label begins, as the user finds it in the file (as the
    notebook places a quote, ``Entry.place``): a PDF's page (第12页), a plain text's
    line number, nothing for a Word, web-page or e-book file (its speech and section rows
    above say where; a line of its extracted text is none Word or a browser shows). By
    what the file held (``FileResult.kind``, its pages from the index or the parse), else
    by its name (``formats.placed_by_line``). The label listed ``1069`` for a hit on a PDF's page 49, and ``4`` for
    the fourth line of the text taken out of a .docx."""
    page = found.page_of(hit.line) if found is not None else None
    if page is not None:
        return f"{ui_text.AT_PAGE(page=page):>7}  "
    by_line = placed_by_line(hit.path, found.kind if found is not None else "")
    return f"{hit.line:>5}  " if by_line else ""


def speech_label(place: Hit) -> Text:
    """The speech a hit is in (Text, not str: a str label would be read as markup, "["
    in a title)."""
    return Text(safe_text(ui_text.hit_speech(place)))


def dim_note(say: Callable[[], str]) -> Text:
    """A note among the results (the interface's words), dim."""
    return Text(say(), style="dim")


def hit_label(row: list[Hit], found: FileResult | None = None) -> Text:
    """Where the row is (``place_prefix``: in ``found``, the file listed) and the first
    hit's snippet, every hit of ``row`` in it marked."""
    first = row[0]
    label = Text(place_prefix(found, first), style="dim")
    snippet = first.snippet
    marks = [(first.snippet_start, first.snippet_end)]
    for other in row[1:]:
        matched = other.snippet[other.snippet_start : other.snippet_end]
        at = first.snippet_start + other.start - first.start
        if snippet[at : at + len(matched)] != matched:  # spaces were folded in between
            at = snippet.find(matched, marks[-1][1])
        if at >= 0:
            marks.append((at, at + len(matched)))
    done = 0
    for start, end in sorted(marks):
        if start < done:
            continue
        label.append(safe_text(snippet[done:start]))
        label.append(safe_text(snippet[start:end]), style=MATCH_STYLE)
        done = end
    label.append(safe_text(snippet[done:]))
    if len(row) > 1:
        label.append(f"  {ui_text.CORPUS_FILE_COUNT(count=len(row))}", style="dim")
    return label
