"""Which side panes the main screen shows, and how wide: a pure model (no Textual).

The main screen has two side panes left of the reader, the file tree and the outline,
and the keyword panel (``K``) on its right. ``MainScreen.apply_tree_display`` hands this
model the room (``Room``: the terminal's columns, the keyword panel's cells while it is
open) and the user's choices (``Choices``: ctrl+b, ctrl+o) and applies what
``side_panes`` answers (``SidePanes``): each pane shown or hidden, and the width class of
both (``-slim``, ``-wide``, ``-widest`` in ``tui/app.tcss``, which holds the cells).

Left to itself (no choice made), by the terminal's columns:

=============  =============================  ===================================
columns        keyword panel closed           keyword panel open
=============  =============================  ===================================
below 100      tree hidden, outline slim (24)  tree hidden, outline gives way
100 – 119      tree hidden, outline 32        tree hidden, outline 32
120 – 149      tree 26, outline 32            tree hidden, outline 32
from 150       both shown                     both shown
=============  =============================  ===================================

From ``WIDE`` (160) columns both take a share of the width (``wide``: the tree 18 %, the
outline 20 %) where the reader keeps ``READER_KEEPS`` cells beside them and the keyword
panel (from 160 columns with the panel closed, from 208 with it open); from ``WIDEST``
(250) columns left over by the panel, their widths at 250 (``widest``).

Widths chosen with ``<``/``>`` (kept in ``session.json``) are fitted to the room by
``fitted_widths``: the tree, the outline and the keyword panel together leave the reader
``READER_MIN`` cells, the wider side pane giving way first, then both alike, neither below
its ``min-width``. Each pane was fitted alone (the terminal's width less 30): with both
shown, a tree chosen 32 wide beside the slim outline left the reader 24 cells at 80
columns and 6 at 60.

The user's choices, as they were before this model (kept so; they differ):

* ctrl+b shows or hides the tree **for good**: from then on no width hides or shows it.
* ctrl+o shows or hides the outline for good too, but the outline still gives way to the
  keyword panel below 100 columns; ctrl+o pressed while it does (or could) chooses it
  **over the panel only until** the panel closes or the terminal widens to 100
  (``Choices.settled``): the next time the panel squeezes it, it gives way again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

NARROW_WITH_KEYWORDS = 150
"""Below this many columns the file tree hides itself while the keyword panel is open: the
reader was the narrowest pane (about 30 cells at 120)."""
NARROW_OUTLINE_WITH_KEYWORDS = 100
"""Below this many columns the outline too gives way while the keyword panel is open: at
80 columns the reader kept 27 cells (12 Chinese characters a line) between the outline
(23) and the panel (30); now about 50. It comes back when the panel closes or the
terminal widens; ctrl+o shows it over the panel all the same (newuser16)."""
NARROW = 120
"""Below this many columns the file tree hides itself (until ctrl+b shows it): the
reader keeps about 60 cells (30 Chinese characters a line) beside the tree (26) and the
outline (32). It was 100: at 100 columns the reader got about 40 cells (newuser15)."""
SLIM = 100
"""Below this many columns the outline narrows to 24 cells (``-slim`` in app.tcss); from
here to ``NARROW`` it keeps its 32 beside the reader (about 66 cells at 100 columns), so
its titles are not cut to a few characters once the tree has made room."""
WIDE = 160
"""From this many columns the tree and the outline may take a share of the width (``-wide``
in app.tcss; the outline's 20 % is its 32 cells here), if the reader keeps
``READER_KEEPS`` beside them and the keyword panel. It was 170, the tree 16 %: at 160
columns the tree had 26 cells (25 for names) while the reader had 2 more than its lines
use, at 200 the reader 28 more."""
WIDEST = 250
"""From this many columns (not counting an open keyword panel) the side panes stop growing
(``-widest``: their widths at 250)."""
READER_KEEPS = 100
"""The reader's cells for a whole line of ``READING_WIDTH`` (96: 48 Chinese characters)
with its padding (2) and scroll bar (2); the side panes widen (``wide``) only where it
keeps them (the reader's content region against ``READING_WIDTH``: tests/ui/test_wide_panes.py)."""

READER_MIN = 30
"""Cells the reader keeps beside the side panes and the keyword panel when a side pane is
widened with ``>`` or a width chosen so meets a narrower terminal (``fitted_widths``)."""
KEYWORDS_WIDTH = 30
"""The keyword panel's cells where the terminal has room for them beside the reader's
``READER_MIN`` (``keyword_width``)."""
KEYWORDS_MIN = 20
"""The keyword panel's least width: a keyword of four characters and its count."""
TREE_MIN = 16
"""The file tree's ``min-width`` in app.tcss: ``fitted_widths`` cuts it no narrower."""
OUTLINE_MIN = 18
"""The outline's ``min-width`` in app.tcss."""

Widths = Literal["slim", "normal", "wide", "widest"]
"""The side panes' width class: ``slim`` (the outline 24 cells), ``normal`` (26 and 32),
``wide`` (18 % and 20 % of the terminal), ``widest`` (45 and 50). A width the user set
with ``<``/``>`` is the pane's own and overrides them (``MainScreen.action_resize_pane``)."""


@dataclass(frozen=True, slots=True)
class Room:
    """What the side panes are decided by."""

    columns: int
    """The terminal's (the screen's) width."""
    keywords: int | None = None
    """The keyword panel's cells while it is open (0 if its width is not known), None
    while it is closed."""

    @property
    def keywords_open(self) -> bool:
        return self.keywords is not None

    @property
    def outline_squeezed(self) -> bool:
        """Whether the keyword panel is open on a terminal too narrow for the outline too."""
        return self.keywords is not None and self.columns < NARROW_OUTLINE_WITH_KEYWORDS


@dataclass(frozen=True, slots=True)
class SidePanes:
    """What the screen shows: ``side_panes``' answer."""

    tree: bool
    outline: bool
    widths: Widths


@dataclass(frozen=True, slots=True)
class Choices:
    """The user's choices about the side panes (the module docstring has their rules)."""

    tree: bool | None = None
    """ctrl+b: None until pressed (the tree follows the width), then shown or hidden."""
    outline: bool = True
    """ctrl+o: whether the user wants the outline (it may still give way to the panel)."""
    outline_over_panel: bool = False
    """Whether ctrl+o was pressed while the keyword panel squeezed the outline: its word
    holds over the panel until the squeeze ends (``settled``)."""

    def toggled_tree(self, room: Room) -> Choices:
        """ctrl+b: the tree the other way round from how it shows in ``room``, for good."""
        return replace(self, tree=not side_panes(room, self).tree)

    def toggled_outline(self, room: Room) -> Choices:
        """ctrl+o: the outline the other way round from how it shows in ``room``; while
        squeezed, chosen over the keyword panel (until the squeeze ends)."""
        shown = side_panes(room, self).outline
        return replace(self, outline=not shown, outline_over_panel=room.outline_squeezed)

    def settled(self, room: Room) -> Choices:
        """The choices in a new ``room``: once the keyword panel no longer squeezes the
        outline, a choice made over it is forgotten (the next squeeze hides it again)."""
        if self.outline_over_panel and not room.outline_squeezed:
            return replace(self, outline_over_panel=False)
        return self


def side_panes(room: Room, choices: Choices) -> SidePanes:
    """Which side panes show in ``room``, and how wide, given the user's ``choices``."""
    columns = room.columns
    crowded = room.keywords_open and columns < NARROW_WITH_KEYWORDS
    tree = choices.tree if choices.tree is not None else not (columns < NARROW or crowded)
    outline = choices.outline and (choices.outline_over_panel or not room.outline_squeezed)
    # The keyword panel's cells are not the side panes' to take.
    left = columns - (room.keywords or 0)
    widths: Widths
    if columns < SLIM:
        widths = "slim"
    elif left >= WIDEST:
        widths = "widest"
    elif columns >= WIDE and left - sum(stylesheet_widths("wide", columns)) >= READER_KEEPS:
        widths = "wide"
    else:
        widths = "normal"
    return SidePanes(tree=tree, outline=outline, widths=widths)


def stylesheet_widths(widths: Widths, columns: int) -> tuple[int, int]:
    """The cells app.tcss gives the tree and the outline in a width class, in a terminal of
    ``columns`` (``wide``: 18 % and 20 % of it)."""
    if widths == "widest":
        return 45, 50
    if widths == "wide":
        return columns * 18 // 100, columns * 20 // 100
    return 26, 24 if widths == "slim" else 32


def fitted_widths(
    room: Room, panes: SidePanes, tree: int | None = None, outline: int | None = None
) -> tuple[int | None, int | None]:
    """The cells of the tree and the outline (None: the pane is hidden) as ``panes`` shows
    them in ``room``: each the width the user chose (``tree``, ``outline``; None: the
    stylesheet's), and together with the keyword panel leaving the reader ``READER_MIN``
    cells. What is too much comes off the wider one first, down to the other's width, then
    off both alike (the odd cell off the tree); neither goes below its ``min-width``
    (``TREE_MIN``, ``OUTLINE_MIN``), where the reader gets less."""
    default_tree, default_outline = stylesheet_widths(panes.widths, room.columns)
    shown_tree = (tree if tree is not None else default_tree) if panes.tree else None
    shown_outline = (outline if outline is not None else default_outline) if panes.outline else None
    allowed = room.columns - (room.keywords or 0) - READER_MIN
    if shown_tree is None or shown_outline is None:
        if shown_tree is not None:
            return max(TREE_MIN, min(shown_tree, allowed)), None
        if shown_outline is not None:
            return None, max(OUTLINE_MIN, min(shown_outline, allowed))
        return None, None
    excess = shown_tree + shown_outline - allowed
    if excess <= 0:
        return shown_tree, shown_outline
    # The wider one first, down to the other's width.
    step = min(excess, abs(shown_tree - shown_outline))
    if shown_tree > shown_outline:
        shown_tree -= step
    else:
        shown_outline -= step
    excess -= step
    # Then both alike (the odd cell off the tree).
    shown_tree -= (excess + 1) // 2
    shown_outline -= excess // 2
    return max(TREE_MIN, shown_tree), max(OUTLINE_MIN, shown_outline)


def keyword_width(columns: int) -> int:
    """The keyword panel's cells in a terminal of ``columns``: ``KEYWORDS_WIDTH``, less
    what the reader's ``READER_MIN`` needs beside it, not below ``KEYWORDS_MIN``. The panel
    kept its 30 cells at any width: at 50 columns, the side panes hidden, the reader had
    20 (18 for text) beside it."""
    return max(KEYWORDS_MIN, min(KEYWORDS_WIDTH, columns - READER_MIN))


def widest_allowed(room: Room, other: int | None) -> int:
    """The most cells ``>`` may give a side pane in ``room`` beside the other side pane's
    ``other`` cells (None: hidden): the reader keeps ``READER_MIN``."""
    return room.columns - (room.keywords or 0) - READER_MIN - (other or 0)
