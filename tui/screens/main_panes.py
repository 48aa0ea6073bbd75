"""The main screen's three-pane layout (``PaneLayout``, a base class of ``MainScreen``).

Which side panes show and how wide they are: ``apply_tree_display`` (the one place that
shows or hides the file tree and the outline, as ``tui.side_panes`` answers for the
terminal's width, the keyword panel and the user's ctrl+b and ctrl+o), the widths chosen
with ``<``/``>`` fitted to the room, and those three keys' actions.

Not the panes themselves (``tui/widgets``), nor what they show: the screen
(``tui/screens/main.py``) composes them and routes their messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.scalar import Unit

from tui.screens.folder_work import FolderWork
from tui.session import Session
from tui.side_panes import (
    KEYWORDS_WIDTH,
    Choices,
    Room,
    SidePanes,
    fitted_widths,
    keyword_width,
    side_panes,
    stylesheet_widths,
    widest_allowed,
)
from tui.widgets.keywords import KeywordPanel
from tui.widgets.outline import OutlinePane
from tui.widgets.reader import ReaderView


class PaneLayout(FolderWork):
    """The side panes shown or hidden and sized (see the module docstring)."""

    # Set by ``MainScreen.__init__`` (tui/screens/main.py), which says what each holds.
    session: Session
    outline: OutlinePane
    reader: ReaderView
    keyword_panel: KeywordPanel
    _pane_choices: Choices

    if TYPE_CHECKING:  # defined by MainScreen, which is built on this class

        def schedule_save(self) -> None: ...

    def _room(self) -> Room:
        """The room the side panes are laid out in (``tui.side_panes``): the terminal's
        columns, and the keyword panel's cells while it is open (a number of cells in its
        CSS; it may not be laid out yet, just shown)."""
        panel = self.keyword_panel
        width = panel.styles.width
        cells = (int(width.value) if width else 0) if panel.display else None
        return Room(self.size.width, cells)

    def apply_tree_display(self) -> None:
        """Show or hide the file tree and the outline, and set their widths, as
        ``tui.side_panes`` says for the terminal's width, the keyword panel and the
        user's choices. A pane hidden with the focus gives it to the reader."""
        panel = self.keyword_panel
        width = keyword_width(self.size.width) if self.size.width > 0 else KEYWORDS_WIDTH
        if panel.styles.width is None or panel.styles.width.value != width:
            panel.styles.width = width  # (the reader keeps READER_MIN beside it)
        room = self._room()
        self._pane_choices = self._pane_choices.settled(room)
        panes = side_panes(room, self._pane_choices)
        for widths in ("slim", "wide", "widest"):
            self.set_class(panes.widths == widths, f"-{widths}")
        self._fit_side_widths(room, panes)
        tree = self.filetree
        for pane, shown in ((tree, panes.tree), (self.outline, panes.outline)):
            if pane.display == shown:
                continue
            if not shown and pane.has_focus:
                self.reader.focus()
            pane.display = shown
            if shown and pane is tree:  # it may get no Resize: see scroll_to_pending
                tree.call_after_refresh(tree.scroll_to_pending)

    def _fit_side_widths(self, room: Room, panes: SidePanes) -> None:
        """The file tree's and the outline's widths (chosen with ``<``/``>`` and kept in
        ``session.json``, as ``w``'s line width is, or the stylesheet's) fitted to the room
        (``tui.side_panes.fitted_widths``): together with the keyword panel they leave the
        reader ``PANE_READER_MIN`` cells; wider again, the widths come back. A pane at its
        stylesheet width has no width of its own (its class sets it)."""
        if self.size.width <= 0:
            return
        chosen_tree, chosen_outline = self.session.tree_width, self.session.outline_width
        fitted = fitted_widths(room, panes, chosen_tree, chosen_outline)
        defaults = stylesheet_widths(panes.widths, room.columns)
        for pane, chosen, width, default in (
            (self.filetree, chosen_tree, fitted[0], defaults[0]),
            (self.outline, chosen_outline, fitted[1], defaults[1]),
        ):
            if width is None:
                continue  # hidden: as it was
            shown = pane.styles.width
            if chosen is None and width == default:
                if shown is not None and shown.unit is Unit.CELLS:
                    pane.styles.width = None  # the class's width again
            elif shown is None or shown.unit is not Unit.CELLS or int(shown.value) != width:
                pane.styles.width = width

    def action_toggle_tree(self) -> None:
        """Show or hide the file tree."""
        self._pane_choices = self._pane_choices.toggled_tree(self._room())
        self.apply_tree_display()
        if self.filetree.display:
            self.filetree.focus()

    def action_resize_pane(self, cells: int) -> None:
        """Make the focused side pane (the outline when the reader has focus) wider or narrower."""
        pane = self.filetree if self.filetree.has_focus else self.outline
        if not pane.display:
            return
        # From the width chosen last, not the one laid out: a > pressed before the last
        # one's width was laid out (a key held, or typed fast) widened from the old width,
        # and the step was lost.
        chosen = pane.styles.width
        if chosen is not None and chosen.unit is Unit.CELLS:
            current = int(chosen.value)
        else:
            current = pane.outer_size.width
        other = self.outline if pane is self.filetree else self.filetree
        room = widest_allowed(self._room(), other.outer_size.width if other.display else None)
        minimum = pane.styles.min_width
        width = max(int(minimum.value) if minimum is not None else 1, min(current + cells, room))
        if width != current:
            pane.styles.width = width
            # kept for the next start (the file tree's too: it was lost at every start)
            if pane is self.outline:
                self.session.set_outline_width(width)
            else:
                self.session.set_tree_width(width)
            self.schedule_save()

    def action_toggle_outline(self) -> None:
        """Show or hide the outline."""
        self._pane_choices = self._pane_choices.toggled_outline(self._room())
        self.apply_tree_display()
