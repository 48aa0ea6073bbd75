"""The main screen's reading tools, routed (``ReadingTools``, a base class of ``MainScreen``).

The keys and messages of copying (``y``, ``Y``, the mouse selection, the outline's copy
keys), the notebook (ctrl+n), the keyword panel and its highlights (``K``, ``h``), find
in the file (``/``, ``n``, ``N``, ``A``, the find bar's messages) and corpus search
(ctrl+f): each a few lines handing the screen to ``tui.screens.quote_dialog``,
``tui.screens.notebook`` or ``tui.screens.find``, where the work is done.

Not the tools themselves (those modules, and the panes in ``tui/widgets``); the keys are
bound in ``MainScreen.BINDINGS`` (``tui/screens/main.py``), which the help lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.screens import find as find_features
from tui.screens.main_watch import FileWatch
from tui.widgets.findbar import FindBar
from tui.widgets.keywords import KeywordPanel
from tui.widgets.reader import ReaderView


class ReadingTools(FileWatch):
    """Copying, the notebook, keywords and find, routed (see the module docstring)."""

    if TYPE_CHECKING:  # defined by MainScreen, which is built on this class

        async def _mount_hidden(self) -> None: ...

    # ------------------------------------------------------------------ quotes (tui.screens.quote_dialog)
    # Imported on the first copy: quoting is not needed to start.

    def action_copy_quote(self) -> None:
        """Copy the current sentence, or the selection (then end it), with its source."""
        from tui.screens.quote_dialog import copy_sentence_or_selection

        copy_sentence_or_selection(self)

    def action_copy_text(self) -> None:
        """Copy the mouse selection: from the reader a cited quote, elsewhere the text as is."""
        from tui.screens.quote_dialog import copy_mouse_selection

        if not copy_mouse_selection(self):
            super().action_copy_text()

    def action_copy_paragraph(self) -> None:
        """Copy the current paragraph with its source."""
        from tui.screens.quote_dialog import copy_paragraph

        copy_paragraph(self)

    def action_copy_outline_node(self, what: str) -> None:
        """Copy from the outline's highlighted node: "heading", "section" or "outline"."""
        from tui.screens.quote_dialog import copy_outline_node

        copy_outline_node(self, what)

    def action_show_notebook(self) -> None:
        """List kept quotes; the chosen one opens at its place."""
        from tui.screens.notebook import open_notebook  # not needed at start

        open_notebook(self)

    # ------------------------------------------------------------------ keywords and search (tui.screens.find)

    async def action_toggle_keywords(self) -> None:
        """Show or hide the keyword panel."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.toggle_keyword_panel(self)
        self.schedule_save()  # kept for the next start (``find.remember_reading_tools``)

    def action_toggle_keyword_highlights(self) -> None:
        """Highlight the current speech's top keywords, each in its colour."""
        find_features.toggle_keyword_highlights(self)
        self.schedule_save()

    async def action_find(self) -> None:
        """Find in the open file."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.open_find(self)

    async def action_find_next(self) -> None:
        """Next match of the search or chosen keyword."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.find_step(self, 1)

    async def action_find_previous(self) -> None:
        """Previous match."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.find_step(self, -1)

    def action_add_highlight_term(self) -> None:
        """Keep the words the search matches as highlight terms (or drop them)."""
        find_features.add_search_term_highlight(self)

    def action_corpus_search(self) -> None:
        """Search every speech file under the root."""
        find_features.open_corpus_search(self)

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        event.stop()
        find_features.find_changed(self, event.term)
        self.schedule_save()  # the search kept for the next start

    def on_find_bar_submitted(self, event: FindBar.Submitted) -> None:
        event.stop()
        find_features.find_submitted(self, event.term)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        event.stop()
        find_features.find_closed(self)
        self.schedule_save()

    def on_reader_view_search_found(self, event: ReaderView.SearchFound) -> None:
        event.stop()
        find_features.search_found(self, event.step)

    def on_reader_view_search_ended(self, event: ReaderView.SearchEnded) -> None:
        event.stop()
        find_features.find_closed(self)

    def on_keyword_panel_chosen(self, event: KeywordPanel.Chosen) -> None:
        event.stop()
        find_features.keyword_chosen(self, event.term)

    def on_keyword_panel_highlight_toggled(self, event: KeywordPanel.HighlightToggled) -> None:
        event.stop()
        find_features.toggle_user_term(self, event.term)

    def on_keyword_panel_updated(self, event: KeywordPanel.Updated) -> None:
        event.stop()
        if self.keyword_highlights:
            find_features.apply_highlights(self)
