"""The command palette with its one fixed English line, "No matches found", said in the
interface's language (``ui_text.PALETTE_NO_MATCHES``).

Textual's ``CommandPalette`` adds that line itself, half a second after a search found
nothing: an ``Option`` with the id ``CommandPalette._NO_MATCHES`` ("--no-matches"), built
inside a private method with the English text fixed in it. Textual offers no hook or
setting for it (8.2: none in ``textual.command``, none in its docs or issues), so the
one dependence on Textual's insides is here: the palette's list is our ``CommandList``
(yielded in place of Textual's by ``compose``), whose public ``add_option`` gives that
option the catalogue's prompt. ``tests/ui/test_app.py::test_palette_no_matches_in_chinese``
fails if Textual changes the id or stops going through ``add_option``.
"""

from __future__ import annotations

from typing import Self

from rich.align import Align
from rich.text import Text
from textual.app import ComposeResult
from textual.command import CommandList, CommandPalette, Provider, ProviderSource
from textual.visual import VisualType
from textual.widgets.option_list import Option

from tui import ui_text
from tui.widgets.safelabel import WordsMatcher


class WordsProvider(Provider):
    """A palette provider whose matcher takes the query's words each on its own, in any
    order (``WordsMatcher``): every provider of the app's palette is one."""

    def matcher(self, user_input: str, case_sensitive: bool = False) -> WordsMatcher:
        return WordsMatcher(user_input, match_style=self.match_style, case_sensitive=case_sensitive)


class _CommandList(CommandList):
    """Textual's command list, its no-matches line in the interface's language."""

    def __init__(self, no_matches: str) -> None:
        super().__init__()
        self.no_matches = no_matches

    def add_option(self, option: Option | VisualType | None = None) -> Self:
        if isinstance(option, Option) and option.id == CommandPalette._NO_MATCHES:
            option = Option(
                Align.center(Text(self.no_matches, style="not bold")),
                disabled=option.disabled,
                id=option.id,
            )
        return super().add_option(option)


class Palette(CommandPalette):
    """The app's command palette (``ctrl+p`` and the theme list): Textual's, in our words."""

    def __init__(
        self,
        providers: ProviderSource | None = None,
        *,
        placeholder: str,
        no_matches: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's name
    ) -> None:
        super().__init__(providers, placeholder=placeholder, id=id)
        self.no_matches = no_matches if no_matches is not None else ui_text.PALETTE_NO_MATCHES()

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield _CommandList(self.no_matches) if type(widget) is CommandList else widget
