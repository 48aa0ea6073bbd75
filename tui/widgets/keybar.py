"""The key bar: the footer line of the main screen, drawn as one widget.

It shows what Textual's ``Footer`` shows (the focused pane's and the screen's bindings
with ``show=True``, one entry per action, the command palette key on the right) and a
click on a key presses it. Textual's ``Footer`` is a widget per key, and it is
recomposed, every key widget mounted and styled again, each time the bindings change:
on every focus change (Tab between panes) and several times while the app starts.
Here a change redraws one line.

``KeyHints`` shows a dialog's keys the same way (the footer's key display and colours) on
as many lines as it needs, a key never parted from what it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import ActiveBinding, Binding
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget

from tui import ui_text

Entry = tuple[str, str, str, bool]
"""(key, key as displayed, description, enabled)."""

KEY_CSS = """
    color: $footer-foreground;
    background: $footer-background;
    & > .keybar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    & > .keybar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
}
"""
"""The footer's colours for a widget's keys and descriptions: the end of a CSS block
that the widget's own selector opens."""


def key_entry(
    shown: str, description: str, key_style: Style, text_style: Style, compact: bool = False
) -> Text:
    """One key and what it does, as the footer draws them: " ⏎ 打开 " (``compact``: " ⏎ 打开",
    one cell less, so the entries of a bar short of room stand one space apart, not two)."""
    end = "" if compact else " "
    return Text.assemble((f" {shown} ", key_style), (f"{description}{end}", text_style))


RESTORE = ("escape", ui_text.KEY_RESTORE.zh)
"""The entry the bar begins with while a pane is maximized (Textual's Esc restores it):
without it nothing on the screen says how to get the other panes back."""

KEPT_ACTIONS = frozenset({"help", "app.help"})
"""Actions the bar shows however narrow it is (the help lists every other key)."""

KEPT, NOW, OTHER = 2, 1, 0
"""How long an entry stays when the bar is short of room (``KeyBar.render``): ``KEPT``
always (help, the keys the screen keeps, Esc that restores a maximized pane); ``NOW``, the
keys of what the user is doing now (the screen's leading keys, such as a dialog's Enter or
y and Esc while selecting, and the keys it has listed for now, ``n``/``N`` while a search
is on), until every other entry is gone; ``OTHER``, the rest, the last ones first."""


def screen_leads_with(screen: Screen[object]) -> tuple[tuple[str, str], ...]:
    """Keys the bar lists first: (key as in a binding, what it does), from the focused
    widget and its containers, then ``screen`` (their ``key_bar_leading()``, where they
    have one), such as a dialog's Enter, which its focused list or input binds (hidden:
    ``show=False``) and so no shown binding of the screen's can."""
    nodes = list(screen.focused.ancestors_with_self) if screen.focused is not None else [screen]
    found: dict[str, str] = {}
    for node in nodes:
        wanted = getattr(node, "key_bar_leading", None)
        if callable(wanted):
            for key, description in wanted():
                found.setdefault(key, description)
    return tuple(found.items())


def screen_shows_too(screen: Screen[object]) -> frozenset[str]:
    """Actions of keys bound with ``show=False`` that ``screen`` has the bar list for now
    (its ``key_bar_actions()``, if it has one): ``n``/``N`` while a search has matches."""
    wanted = getattr(screen, "key_bar_actions", None)
    return frozenset(wanted()) if callable(wanted) else frozenset()


def screen_keeps(screen: Screen[object]) -> frozenset[str]:
    """Actions ``screen`` has the bar show however narrow it is, as help is (its
    ``key_bar_kept()``, if it has one): the corpus search's Esc and ``q``, which the
    entries before them pushed out at 80 columns."""
    wanted = getattr(screen, "key_bar_kept", None)
    return frozenset(wanted()) if callable(wanted) else frozenset()


def screen_names_its_keys(screen: Screen[object]) -> bool:
    """Whether ``screen`` names its keys itself for now, so the bar names only the
    palette's (its ``key_bar_named_here()``, if it has one): the notebook and the bookmark
    list, whose keys under their list (``KeyHints``) the bar repeated."""
    wanted = getattr(screen, "key_bar_named_here", None)
    return bool(wanted()) if callable(wanted) else False


def keys_named_here(screen: Screen[object]) -> frozenset[str]:
    """Keys the focused widget or a container of it names itself, in a line of its own
    keys (``KeyHints``), for the bar to leave out (their ``key_bar_names()``, where they
    have one): the keyword panel's ⏎ 查找  a 高亮  K 关闭 under its list, which the bar named a
    second time while the list had the focus (issue #18), as ``screen_names_its_keys`` does
    for a whole dialog's."""
    if screen.focused is None:
        return frozenset()
    named: set[str] = set()
    for node in screen.focused.ancestors_with_self:
        wanted = getattr(node, "key_bar_names", None)
        if callable(wanted):
            named.update(wanted())
    return frozenset(named)


class KeyBar(Widget, can_focus=False):
    """One line of keys and what they do; click a key to press it.

    Only whole entries are drawn (never a key without its description), two spaces apart.
    When the line is too narrow for all of them, entries are left out in this order
    (``KEPT``, ``NOW``, ``OTHER``): first the other keys, the last ones first, then the
    keys of what the user is doing now (``n``/``N`` while a search is on: at 120 columns
    the keys before them pushed them out, newuser17's speechwriter), never help, the keys
    the screen keeps (``screen_keeps``) nor the palette's key at the right end. The
    entries drawn keep their order. Other keys give way before the spacing does: the
    entries stand one space apart (``compact``) only when that lists them all (nothing to
    look up in the help: ``'`` 书签列表 at 120 columns, the notebook's ``e`` 导出), or
    keeps an entry of what the user does now, or the kept ones whole, that two spaces
    would leave out. One space apart, a key stands as near the description before it as
    its own (Speech q Quit) and every narrow bar read so (ui25); when keys are left out
    anyway, one more costs less, and the help lists it. While a pane is maximized (the screen lets the
    bar stay: ``ALLOW_IN_MAXIMIZED_VIEW``) the bar begins with Esc, which restores it.
    Keys bound with ``show=False`` are listed while the screen asks for them
    (``screen_shows_too``); a screen may also name keys to list first
    (``screen_leads_with``: a dialog's Enter), and a binding of a key listed so is not
    listed again.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = "KeyBar { dock: bottom; height: 1;" + KEY_CSS

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._entries: tuple[Entry, ...] = ()
        self._ranks: tuple[int, ...] = ()
        """Per entry: how long it stays when the bar is short of room (``KEPT``, ``NOW``,
        ``OTHER``)."""
        self._palette: Entry | None = None
        self._spans: list[tuple[int, int, str, bool]] = []
        """(first cell, end cell, key, enabled) of each entry as last drawn."""
        self._stale = True
        """Whether the screen's bindings changed since the entries were worked out: they
        are worked out when next read (drawn), once however many changes came before
        that (4 before the first frame: mount, the ``maximized`` watcher's first call,
        two focus changes). perf21, ``trace_first.py 15`` in turns (load 5-6): the bar's
        bindings work by the first text 0.74 ms (0.68-0.87) -> 0.42 (0.37-0.53),
        ``Screen.active_bindings`` 0.49 (0.46-0.63) -> 0.31 (0.26-0.41)."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.watch(self.screen, "maximized", lambda _: self._bindings_changed(self.screen))

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """What the bar lists, in order (the palette key not included)."""
        self._settle()
        return self._entries

    @property
    def palette_entry(self) -> Entry | None:
        """The command palette's key, drawn at the right end."""
        self._settle()
        return self._palette

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is not self.screen or self._stale:
            return
        self._stale = True
        self.refresh()

    def _settle(self) -> None:
        """Work the entries out from the screen's bindings if they changed since."""
        if not self._stale or not self.is_attached:
            return
        self._stale = False
        screen = self.screen
        app = self.app
        active = screen.active_bindings
        entries: list[Entry] = []
        ranks: list[int] = []
        seen: set[str] = set()

        def entry(binding: Binding, enabled: bool = True) -> Entry:
            description = ui_text.shown(binding.description, bar=True)
            return (binding.key, app.get_key_display(binding), description, enabled)

        def named(key: str, description: str) -> Entry:
            return entry(Binding(key, "", description))

        if screen.maximized is not None:
            entries.append(named(*RESTORE))
            ranks.append(KEPT)
        named_here = keys_named_here(screen)
        leading = [lead for lead in screen_leads_with(screen) if lead[0] not in named_here]
        for key, description in leading:
            entries.append(named(key, description))
            ranks.append(NOW)
        listed = {key for key, _ in leading} | named_here
        also = screen_shows_too(screen)
        keeps = KEPT_ACTIONS | screen_keeps(screen)
        for _, binding, enabled, _tooltip in active.values():
            if not (binding.show or binding.action in also) or binding.action in seen:
                continue
            if binding.key in listed:
                seen.add(binding.action)  # its other keys are not listed either
                continue
            seen.add(binding.action)
            entries.append(entry(binding, enabled))
            ranks.append(
                KEPT if binding.action in keeps else NOW if binding.action in also else OTHER
            )
        if screen_names_its_keys(screen):
            entries, ranks = [], []
        palette: Entry | None = None
        if app.ENABLE_COMMAND_PALETTE:
            found = self._palette_binding(active)
            if found is not None:
                palette = entry(*found)
        self._entries, self._palette = tuple(entries), palette
        self._ranks = tuple(ranks)

    def _palette_binding(self, active: dict[str, ActiveBinding]) -> tuple[Binding, bool] | None:
        """The command palette's binding, and whether it is enabled. A modal screen's
        bindings (the help's) leave out the app's, but the app's priority binding opens
        the palette over it all the same: the bar shows it there as on the main screen."""
        app = self.app
        key = app.COMMAND_PALETTE_BINDING
        if key in active:
            _, binding, enabled, _tooltip = active[key]
            return binding, enabled
        # The app's own BINDINGS (public) declare it: Textual adds one of its own only to an
        # app that does not (``App.__init__``), which this bar is not made for.
        for binding in Binding.make_bindings(app.BINDINGS):
            if binding.key == key and binding.priority:
                return binding, app.check_action(binding.action, ()) is True
        return None

    def render(self) -> Text:
        self._settle()
        key_style = self.get_component_rich_style("keybar--key")
        text_style = self.get_component_rich_style("keybar--description")
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str, bool]] = []
        label = None
        if self._palette is not None:
            _, shown, description, _ = self._palette
            label = Text.assemble("▏", key_entry(shown, description, key_style, text_style))
        room = self.size.width - (label.cell_len + 1 if label is not None else 0)
        pieces = [
            key_entry(shown, description, key_style, text_style)
            for _, shown, description, _ in self._entries
        ]
        drawn = self._drawn([piece.cell_len for piece in pieces], room)
        if not all(drawn):
            # Other keys give way before the spacing does: one space apart only when that
            # lists every key, or keeps one that must stay (help, what the user does now).
            tight = [
                key_entry(shown, description, key_style, text_style, compact=True)
                for _, shown, description, _ in self._entries
            ]
            tight_drawn = self._drawn([piece.cell_len for piece in tight], room)
            if self._keeps_more(drawn, tight_drawn, [piece.cell_len for piece in pieces], room):
                pieces, drawn = tight, tight_drawn
        for (key, _, _, enabled), piece, shown_now in zip(
            self._entries, pieces, drawn, strict=True
        ):
            if not shown_now:
                continue
            start = line.cell_len
            line.append_text(piece)
            if not enabled:
                line.stylize("dim", start)
            spans.append((start, line.cell_len, key, enabled))
        if self._palette is not None and label is not None:
            key, _, _, enabled = self._palette
            start = max(line.cell_len + 1, self.size.width - label.cell_len)
            line.pad_right(start - line.cell_len)
            line.append_text(label)
            spans.append((start, line.cell_len, key, enabled))
        self._spans = spans
        return line

    def _drawn(self, widths: list[int], room: int) -> list[bool]:
        """Which entries (of ``widths`` cells) are drawn in ``room`` cells: the ``KEPT``
        ones, then the ``NOW`` ones and then the ``OTHER`` ones, each rank in order until
        one does not fit (its later ones left out too: no shorter one after a gap)."""
        drawn = [rank == KEPT for rank in self._ranks]
        room -= sum(width for width, kept in zip(widths, drawn, strict=True) if kept)
        for rank in (NOW, OTHER):
            for number, (width, its_rank) in enumerate(zip(widths, self._ranks, strict=True)):
                if its_rank != rank:
                    continue
                if width > room:
                    break
                drawn[number] = True
                room -= width
        return drawn

    def _keeps_more(
        self, drawn: list[bool], tight_drawn: list[bool], widths: list[int], room: int
    ) -> bool:
        """Whether entries one space apart (``tight_drawn``) keep what two apart
        (``drawn``, of ``widths``) cannot: every entry, an entry of what the user does now
        (``NOW``), or the ``KEPT`` ones whole (they are drawn however narrow the bar is)."""
        if all(tight_drawn):
            return True
        kept = sum(width for width, rank in zip(widths, self._ranks, strict=True) if rank == KEPT)
        if kept > room:
            return True
        return any(
            tight and not wide and rank == NOW
            for tight, wide, rank in zip(tight_drawn, drawn, self._ranks, strict=True)
        )

    def on_click(self, event: events.Click) -> None:
        for start, end, key, enabled in self._spans:
            if start <= event.x < end:
                event.stop()
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return


def wrapped(entries: Sequence[Text], gap: int, width: int) -> list[Text]:
    """``entries`` on lines of ``width`` cells, ``gap`` spaces between two on a line, a
    line broken between entries only (an entry wider than the line is on a line alone)."""
    lines = [Text(end="")]
    for entry in entries:
        line = lines[-1]
        space = gap if line.cell_len else 0
        if line.cell_len and line.cell_len + space + entry.cell_len > width:
            lines.append(Text(end=""))
            line, space = lines[-1], 0
        line.append(" " * space)
        line.append_text(entry)
    return lines


class KeyHints(Widget, can_focus=False):
    """A dialog's keys, shown as the footer shows keys, wrapped between entries only.

    ``hints`` are (key as in a binding, what it does): ("enter", "打开原处"). A line holds
    as many whole entries as fit; an entry wider than the line is cut at its end.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = "KeyHints { height: auto;" + KEY_CSS

    def __init__(
        self,
        hints: Sequence[tuple[str, str]],
        *,
        id: str | None = None,  # noqa: A002 - Textual's name
    ) -> None:
        super().__init__(id=id)
        self.hints = tuple(hints)

    def set_hints(self, hints: Sequence[tuple[str, str]]) -> None:
        """Show ``hints`` instead (a dialog's keys change with what it is doing)."""
        if tuple(hints) != self.hints:
            self.hints = tuple(hints)
            self.refresh(layout=True)

    def lines(self, width: int) -> list[Text]:
        """The hints laid out on lines of ``width`` cells (at least one line), wrapped
        between entries: two spaces apart, as the footer draws its entries, when they all
        fit on one line; else by their shortest names (``ui_text.Key.short``), two spaces
        apart unless one space apart takes fewer lines (newuser19: the notebook's eleven
        keys took two lines at 100 columns, 120 cells where 93 were free).

        One space apart only where it saves a line (newuser23): one apart, a key stands as
        near the words before it as its own, and the keyword panel in English said
        "⏎ Find a Highlight K Close", a phrase where three keys are meant; the notebook at
        80 columns took two lines either way ("… K Up J Down a Copy all"). The entries
        that fitted on one line stood three spaces apart, not two as the docstring and the
        footer have it."""
        key_style = self.get_component_rich_style("keybar--key")
        text_style = self.get_component_rich_style("keybar--description")
        keys = [self.app.get_key_display(Binding(key, "")) for key, _ in self.hints]
        entries = [
            key_entry(shown, ui_text.shown(description, bar=True), key_style, text_style)
            for shown, (_, description) in zip(keys, self.hints, strict=True)
        ]
        if sum(entry.cell_len for entry in entries) <= width:
            return wrapped(entries, 0, width)  # " ⏎ 打开 " ends with a space: two apart
        compact = [
            key_entry(
                shown,
                ui_text.shown(description, short=True),
                key_style,
                text_style,
                compact=True,
            )
            for shown, (_, description) in zip(keys, self.hints, strict=True)
        ]
        apart = wrapped(compact, 1, width)  # a compact entry begins with its space
        close = wrapped(compact, 0, width)
        return apart if len(apart) <= len(close) else close

    def relabel(self) -> None:
        """Drawn again in the language chosen now (the descriptions are looked up when
        drawn; the same hints in English may take another number of lines)."""
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Text:
        text = Text("\n", end="").join(self.lines(self.content_region.width))
        text.no_wrap, text.overflow = True, "ellipsis"
        return text
