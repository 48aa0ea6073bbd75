"""The help screen: every key binding of the app, generated from the BINDINGS lists."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from tui import ui_text
from tui.digit_keys import DIGITS_SHOWN, all_digits
from tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from tui.keymap import KeyRow, Place

OWN_ROWS = {"command_palette": ui_text.HELP_PALETTE_ROW}
"""Actions the help describes in a row of its own, at the end (more than the footer says)."""


def collect_bindings(nodes: list[DOMNode]) -> list[tuple[str, list[Binding]]]:
    """Bindings per group title from each node's class hierarchy, one entry per action.

    A class may set ``HELP_GROUP`` to name its group. Bindings that Textual's own classes
    declare (English, mostly hidden) are left out; keys of one action are merged into one
    binding whose ``key`` lists them all ("j,down").
    """
    groups: dict[str, dict[tuple[str, str], list[str]]] = {}
    for node in nodes:
        title = getattr(node, "HELP_GROUP", None) or type(node).__name__
        for cls in type(node).__mro__:
            if cls.__module__.startswith("textual"):
                continue
            for item in cls.__dict__.get("BINDINGS", []):
                for binding in Binding.make_bindings([item]):
                    if not binding.description or binding.system or binding.action in OWN_ROWS:
                        continue
                    key = (binding.action, binding.description)
                    owner = next((g for g in groups.values() if key in g), None)
                    if owner is None:
                        owner = groups.setdefault(title, {})
                        owner[key] = []
                    if binding.key not in owner[key]:
                        owner[key].append(binding.key)
    return [
        (
            title,
            [
                Binding(",".join(keys), action, description)
                for (action, description), keys in entries.items()
            ],
        )
        for title, entries in groups.items()
        if entries
    ]


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; any of Esc, q, ?, F1 closes it.

    It has a key bar of its own, over the main screen's (whose keys do nothing here): its
    keys are the screen's, and the list scrolls by them (the list takes no focus, so that
    its own English, hidden bindings do not hide these from the bar).
    """

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_HELP.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss_help", ui_text.KEY_CLOSE.zh, show=True),
        Binding("down,j", "scroll_help(1)", ui_text.KEY_SCROLL.zh, key_display="↑↓"),
        Binding("up,k", "scroll_help(-1)", ui_text.KEY_SCROLL_UP.zh, show=False),
        Binding("pagedown,space", "page_help(1)", ui_text.KEY_PAGE.zh, key_display="PgDn/PgUp"),
        Binding("pageup", "page_help(-1)", ui_text.KEY_PAGE_BACK.zh, show=False),
        Binding("home", "help_end(0)", ui_text.KEY_TO_START.zh, show=False),
        Binding("end", "help_end(1)", ui_text.KEY_TO_END.zh, show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(
        self, nodes: list[DOMNode], elsewhere: Sequence[tuple[str, list[tuple[str, str]]]] = ()
    ) -> None:
        super().__init__()
        self._groups = collect_bindings(nodes)
        self._elsewhere = [(title, rows) for title, rows in elsewhere if rows]

    @property
    def elsewhere(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The keys of other places (dialogs, Textual's own keys in the trees), per place:
        (where, [(keys as in a binding, what they do)]) (for tests)."""
        return self._elsewhere

    @property
    def groups(self) -> list[tuple[str, list[Binding]]]:
        """The bindings shown, per group (for tests)."""
        return self._groups

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold")
        table.add_column()
        for title, bindings in self._groups:
            table.add_row("", Text(ui_text.shown(title), style="bold underline"))
            for binding in bindings:
                table.add_row(self._keys(binding.key), ui_text.shown(binding.description))
            table.add_row("", "")
        table.add_row("ctrl+p", OWN_ROWS["command_palette"]())
        if self._elsewhere:
            table.add_row("", "")
            table.add_row("", Text(ui_text.HELP_ELSEWHERE(), style="bold"))
        for title, rows in self._elsewhere:
            table.add_row("", Text(title, style="bold underline"))
            for keys, description in rows:
                table.add_row(self._keys(keys), ui_text.shown(description))
            table.add_row("", "")
        with VerticalScroll(can_focus=False):
            yield Static(Text(ui_text.HELP_TITLE(), style="bold"), id="help-title")
            yield Static(table, id="help-table")
        yield KeyBar(id="help-keybar")

    def _keys(self, keys: str) -> str:
        """Keys of one row ("j,down") as the footer shows them ("j / ↓"); the ten digits
        as "0–9"."""
        if all_digits(keys.split(",")):
            return DIGITS_SHOWN
        return " / ".join(self.app.get_key_display(Binding(key, "")) for key in keys.split(","))

    def action_scroll_help(self, lines: int) -> None:
        """Scroll the list a line down (1) or up (-1)."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page_help(self, pages: int) -> None:
        """Scroll the list a page down (1) or up (-1)."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_relative(
            y=pages * max(1, scroll.scrollable_content_region.height), animate=False
        )

    def action_help_end(self, end: int) -> None:
        """Go to the list's start (0) or end (1)."""
        scroll = self.query_one(VerticalScroll)
        if end:
            scroll.scroll_end(animate=False)
        else:
            scroll.scroll_home(animate=False)

    def action_dismiss_help(self) -> None:
        """Close the help."""
        self.dismiss(None)


def _where_in_english(place: Place) -> str:
    """keymap's "the bookmark list (`'`)" as a help screen's title: "The bookmark list (')".
    A place keymap has no words for (its ``where_en`` is only the class's name, as for the
    corpus search's result list) is named by its group's English ("The search results"),
    never by a class name such as "ResultTree"."""
    if place.where_en == place.cls.__name__:
        return ui_text.shown(place.group)
    where = place.where_en.replace("`", "")
    return where[:1].upper() + where[1:]


def _described(row: KeyRow, english: bool) -> str:
    """A key reference row's description in the language chosen (``english``): Textual's
    keys have their English in ``tui.keymap``, the app's own are in the catalogue."""
    if row.textual:
        return row.english[:1].upper() + row.english[1:] if english else row.description
    return ui_text.shown(row.description)


def keys_elsewhere(
    nodes: list[DOMNode], app_module: ModuleType
) -> list[tuple[str, list[tuple[str, str]]]]:
    """For the help screen: the keys that the bindings of ``nodes`` do not list, per place
    (docs/keys.md's places): the dialogs' keys, and the keys Textual's own classes bind for
    the trees (Enter, Space …), which the help screen left out; ``app_module`` is the
    app's module (``tui.app``, which this package may not import), whose places come
    first. Keys as in a binding ("d,delete"), for the screen to show as it shows the
    others."""
    import tui.screens
    import tui.widgets
    from tui import keymap  # on first use, as the help screen: not on the way to the first screen

    shown = {type(node) for node in nodes}
    found: list[tuple[str, list[tuple[str, str]]]] = []
    for place in keymap.places([app_module, tui.screens, tui.widgets]):
        if place.cls.__name__ == "HelpScreen":
            continue
        rows = [row for row in place.rows if row.textual or place.cls not in shown]
        english = ui_text.language() == "en"
        found.append(
            (
                _where_in_english(place) if english else place.where_zh,
                [(",".join(row.keys), _described(row, english)) for row in rows],
            )
        )
    return found
