"""The Textual app: builds the main screen for a folder or file, the command palette, help.

What it starts with lives beside it: the command palette's providers in
``tui/screens/palette_commands.py``, the help's keys of other places in
``tui/screens/help.py`` (``keys_elsewhere``), the first screen's stored CSS rules in
``tui/stylesheet_store.py`` (``StoredStylesheet``), and the fixes to Textual it applies
once, ``escape_digits_as_alt`` among them, in ``tui/textual_fixes.py``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.filter import LineFilter
from textual.notifications import Notification, Notify
from textual.screen import Screen

from tui import ui_text
from tui.base.safetext import safe_text
from tui.screens.main import MainScreen
from tui.screens.palette import Palette
from tui.screens.palette_commands import (
    FileCommands,
    HeadingCommands,
    highlight_commands,
    quote_commands,
)
from tui.screens.unsaved import tell_saved, tell_unsaved
from tui.services import Background
from tui.session import Session
from tui.session_records import read_session, start_language
from tui.startup import root_and_file
from tui.state import Unsaved
from tui.stylesheet_store import StoredStylesheet
from tui.textual_fixes import apply as apply_textual_fixes
from tui.textual_fixes import escape_digits_as_alt
from tui.widgets.readable import ReadableHighlights
from tui.widgets.toasts import NoticeBoard

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from tui.screens.quote_dialog import QuoteService


class NoticeGiven(Notify, bubble=False):
    """A notice given (``SpeechReaderApp.notify``, from any thread), for the UI thread:
    Textual's ``Notify`` and the screen the notice belongs to."""

    def __init__(self, notification: Notification, screen: Screen[Any] | None) -> None:
        super().__init__(notification)
        self.screen = screen
        """The screen it belongs to (None: the one in front when it is taken)."""


class SpeechReaderApp(App[None]):
    """讲话稿阅读器: one main screen; help, bookmarks and the palette on top."""

    TITLE = ui_text.APP_TITLE.zh
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {
        HeadingCommands,
        FileCommands,
        quote_commands,
        highlight_commands,
    }
    HELP_GROUP: ClassVar[str] = ui_text.GROUP_GENERAL.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", ui_text.KEY_QUIT.zh),
        Binding("question_mark,f1", "help", ui_text.KEY_HELP.zh),
        Binding("tab", "app.focus_next", ui_text.KEY_NEXT_PANE.zh, show=False),
        Binding("shift+tab", "app.focus_previous", ui_text.KEY_PREVIOUS_PANE.zh, show=False),
        # Textual adds this binding itself, described in English, unless the app has one.
        Binding("ctrl+p", "command_palette", ui_text.KEY_PALETTE.zh, show=False, priority=True),
    ]

    def __init__(
        self,
        root: Path,
        start_file: Path | None = None,
        session: Session | None = None,
        background: Background | None = None,
        language: str | None = None,
        start_line: int | None = None,
    ) -> None:
        apply_textual_fixes()  # wide characters under overlays (tui.textual_fixes); once
        escape_digits_as_alt()  # ESC 3 from tmux is Esc and 3, a real £ stays £
        super().__init__()
        self.root = root
        self.start_file = start_file
        self.start_line = start_line
        """The source line ``start_file`` opens at (``--line``, ``FILE:LINE``)."""
        self.session: Session | None = session
        self.unsaved = Unsaved()
        """State that could not be saved (told once; repeated on stderr when the app ends)."""
        self.background = background if background is not None else Background()
        """The background service: threads and the helper process (``tui.services``)."""
        self.background.on_problem = self._background_problem
        self._ui_thread: int | None = None
        """The thread the app runs on (set when it starts: ``on_load``)."""
        self._switch_before: float | None = None
        """The GIL's switch interval before ``action_quit`` shortened it (None: not yet)."""
        self.ends_process = False
        """Whether the process ends with the app (``tui.cli.launch``): then the switch
        interval ``action_quit`` shortened is not set back (28 ms of the quit,
        ``bench_quit.py``); in a test it is, as the app is unmounted."""
        self._quotes: QuoteService | None = None
        self._readable = ReadableHighlights(self)
        self.frame_listeners: list[Callable[[Screen[Any]], None]] = []
        """Called with the screen after each frame is composed for the terminal (also when
        headless, as in tests): what a frame showed, for tests and benchmarks. Textual has
        no public hook for this."""
        self._language_asked = language
        """``--lang`` (None: not given): wins over the environment and the stored choice."""
        if session is not None:
            self._restore_theme(session)
            self._restore_language(session)
        self.stored_stylesheet = StoredStylesheet(StoredStylesheet.default_path())
        """The first screen's CSS rules of the last start (saved after the first frame)."""
        self.stored_stylesheet.load(self.stylesheet)  # (after the theme: its variables)
        self._first_frame = True
        self.notices = NoticeBoard(self)
        """Where each notice is shown and for how long (``tui.widgets.toasts``)."""

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then text on highlighted rows made readable (every theme)."""
        return [*super().get_line_filters(), self._readable]

    def _display(self, screen: Screen[Any], renderable: Any) -> None:
        """Textual's frame output, then ``frame_listeners`` (only for a frame drawn)."""
        super()._display(screen, renderable)
        if renderable is not None:
            if self._first_frame:  # the first screen's CSS all parsed: stored for next time
                self._first_frame = False
                self.call_later(self.stored_stylesheet.save, self.stylesheet)
            for listener in self.frame_listeners:
                listener(screen)

    def on_load(self) -> None:
        self._ui_thread = threading.get_ident()

    def _background_problem(self, message: str) -> None:
        """The background service had trouble (called from any thread): a notice."""
        if threading.get_ident() == self._ui_thread:
            self.notify(message, title=ui_text.BACKGROUND_TITLE(), severity="warning", timeout=8)
            return
        try:
            self.call_from_thread(
                self.notify,
                message,
                title=ui_text.BACKGROUND_TITLE(),
                severity="warning",
                timeout=8,
            )
        except RuntimeError:
            pass  # the app is not running (any more): the service logged it

    def on_unmount(self) -> None:
        # Quitting: queued work is dropped and the helper process killed mid-task.
        self.background.shutdown()
        if self._switch_before is not None and not self.ends_process:  # (``action_quit``)
            sys.setswitchinterval(self._switch_before)

    def _restore_theme(self, session: Session) -> None:
        """Start in the theme chosen last time (set before the first frame: no flash).

        A theme this Textual does not know (stored by another version) is ignored.
        """
        if session.theme is not None and session.theme in self.available_themes:
            self.theme = session.theme

    def _restore_language(self, session: Session) -> None:
        """Start in the language asked for (``--lang``, remembered), else the environment's
        (``SPEECH_READER_LANG``), else the one chosen last, else Chinese."""
        chosen = ui_text.choose(self._language_asked, session.language)
        ui_text.set_language(chosen)
        if ui_text.parse_language(self._language_asked) is not None:
            session.set_language(chosen)  # written with the next save
        self.title = ui_text.APP_TITLE()

    def switch_language(self, chosen: ui_text.Language) -> None:
        """Show the interface in ``chosen`` at once and remember it (saved now).

        Key descriptions are looked up when the key bars and the help are drawn
        (``ui_text.shown``), so the bindings are refreshed; widgets whose texts were set
        once (titles, placeholders, the status line) say them again through their
        ``relabel`` method; an open help screen is built again.
        """
        from tui.screens.help import HelpScreen

        ui_text.set_language(chosen)
        self.title = ui_text.APP_TITLE()
        for screen in self.screen_stack:
            for node in [screen, *screen.walk_children()]:
                relabel = getattr(node, "relabel", None)
                if callable(relabel):
                    relabel()
            screen.refresh_bindings()
            screen.refresh(layout=True)
        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            self.call_later(self.action_help)
        if self.session is not None:
            self.session.set_language(chosen)
            self._save_choice(self.session, ui_text.LANGUAGE_NAME())
        self.notify(ui_text.LANGUAGE_SWITCHED(), timeout=3)

    def save_screen(self) -> None:
        """The palette's 截图: the screen saved as an SVG file in ``state.screenshot_dir()``
        (made when it is the data folder and not there yet), said by ``_screenshot_saved``
        or ``_screenshot_failed``."""
        from tui.state import WriteFailed, screenshot_dir

        folder = screenshot_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            failed = WriteFailed.from_error(folder, error)
            self.notify(
                ui_text.SCREENSHOT_FAILED(error=failed),
                title=ui_text.SCREENSHOT_TITLE(),
                severity="error",
                timeout=8,
            )
            return
        self.deliver_screenshot(path=str(folder))

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        """The palette's 截图 saved: said in the interface's language. Textual's own
        notice (its handler, left out) was English, with markup ("[$text-success]") that
        notices, plain text here, showed as it stood."""
        if event.name == "screenshot":
            event.prevent_default()
            where = str(event.path) if event.path is not None else ""
            self.notify(ui_text.SCREENSHOT_SAVED(path=where), title=ui_text.SCREENSHOT_TITLE())

    @on(events.DeliveryFailed)
    def _screenshot_failed(self, event: events.DeliveryFailed) -> None:
        """The palette's 截图 could not be saved: why, in the interface's language."""
        if event.name == "screenshot":
            event.prevent_default()
            self.notify(
                ui_text.SCREENSHOT_FAILED(error=event.exception),
                title=ui_text.SCREENSHOT_TITLE(),
                severity="error",
                timeout=8,
            )

    def watch_theme(self, theme: str) -> None:
        """Remember a theme chosen (command palette) for the next start, saved at once."""
        if self.session is not None and self.session.theme != theme:
            self.session.set_theme(theme)
            self._save_choice(self.session, ui_text.UNSAVED_THEME())

    def _save_choice(self, session: Session, what: str) -> None:
        """Write a choice made (theme, language) at once; a failure is told (once)."""
        try:
            session.save()
        except OSError as error:
            tell_unsaved(self, what, error)
        else:
            tell_saved(self, *session.paths)

    @property
    def quotes(self) -> QuoteService:
        """Citation format, quote notebook and copying (system clipboard, else OSC 52).

        Made on first use: the quoting code (and pyperclip) is not imported at start.
        """
        if self._quotes is None:
            from tui.screens.quote_dialog import QuoteService

            self._quotes = QuoteService(self)
        return self._quotes

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        screen: Screen[Any] | None = None,
    ) -> None:
        """Every notice of the app (screens' and widgets' ``notify`` come here; any
        thread): made safe with ``safe_text`` and shown as plain text, never markup, since
        notices quote file names, error messages and text from files. ``screen``: the
        screen it belongs to (None: the one in front). Where and how long it is shown:
        ``tui.widgets.toasts`` (``NoticeBoard``)."""
        notification = Notification(
            safe_text(message, keep_breaks=True),
            safe_text(title),
            severity,
            self.NOTIFICATION_TIMEOUT if timeout is None else timeout,
            markup=False,
        )
        self.post_message(NoticeGiven(notification, screen))

    def on_notice_given(self, event: NoticeGiven) -> None:
        self.notices.give(event.notification, event.screen)

    def _refresh_notifications(self) -> None:
        """The notices to the racks of the screens that show them (``NoticeBoard``;
        Textual finds its rack by exact class and only the front screen's)."""
        self.notices.refresh()

    def clear_notifications(self) -> None:
        """Every notice gone: shown and held."""
        self.notices.clear()
        super().clear_notifications()

    def copy_to_clipboard(self, text: str) -> None:
        """Copy mouse selections and TextArea text like quotes: system clipboard, else OSC 52."""
        self.quotes.copy_selection_text(text)

    def action_command_palette(self) -> None:
        """Open the command palette: headings, files, copying, citation format, theme."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                Palette(placeholder=ui_text.PALETTE_PLACEHOLDER(), id="--command-palette")
            )

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands, named in Chinese (help: ours, not Textual's panel)."""
        yield SystemCommand(
            ui_text.LANGUAGE_COMMAND(),
            ui_text.LANGUAGE_COMMAND_HELP(),
            partial(self.switch_language, "zh" if ui_text.language() == "en" else "en"),
        )
        yield SystemCommand(ui_text.CMD_THEME(), ui_text.CMD_THEME_HELP(), self.action_change_theme)
        yield SystemCommand(ui_text.CMD_HELP(), ui_text.CMD_HELP_HELP(), self.action_help)
        if isinstance(screen, MainScreen) and screen.path is not None:
            yield SystemCommand(
                ui_text.CMD_READ_AGAIN(), ui_text.CMD_READ_AGAIN_HELP(), screen.action_read_again
            )
            reader = screen.reader
            yield SystemCommand(
                ui_text.CMD_NOISE_HIDE() if reader.show_noise else ui_text.CMD_NOISE_SHOW(),
                ui_text.CMD_NOISE_HELP(),
                reader.action_toggle_noise,
            )
        if screen.maximized is not None:
            yield SystemCommand(
                ui_text.CMD_RESTORE(), ui_text.CMD_RESTORE_HELP(), screen.action_minimize
            )
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                ui_text.CMD_MAXIMIZE(), ui_text.CMD_MAXIMIZE_HELP(), screen.action_maximize
            )
        yield SystemCommand(
            ui_text.CMD_SCREENSHOT(),
            ui_text.CMD_SCREENSHOT_HELP(),
            lambda: self.set_timer(0.1, self.save_screen),
        )
        yield SystemCommand(ui_text.CMD_QUIT(), ui_text.CMD_QUIT_HELP(), self.action_quit)

    def search_themes(self) -> None:
        """The theme list of the palette, with a Chinese prompt."""
        from textual.theme import ThemeProvider

        self.push_screen(
            Palette(
                providers=[ThemeProvider],
                placeholder=ui_text.THEME_SEARCH(),
                no_matches=ui_text.THEME_NONE(),
            )
        )

    def get_default_screen(self) -> MainScreen:
        # The main screen is the default screen: no blank screen is built and replaced.
        if self.session is None:
            # The language first: the state files' problems are worded as they are read.
            stored = read_session()  # read once: the language, then the session
            start_language(self._language_asked, stored)
            self.session = Session(stored=stored)
            self._restore_theme(self.session)
            self._restore_language(self.session)
        return MainScreen(
            self.root, self.start_file, self.session, self.background, self.start_line
        )

    @property
    def main_screen(self) -> MainScreen:
        """The main screen (under any modal)."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("main screen not mounted")

    def action_focus_next(self) -> None:
        """Move the focus to the next pane (file tree, outline, reader…) or a dialog's next field."""
        self.screen.focus_next()

    def action_focus_previous(self) -> None:
        """Move the focus to the previous pane, or a dialog's previous field."""
        self.screen.focus_previous()

    def action_help(self) -> None:
        """Show every key binding."""
        # On first use: not on the way to the first screen.
        from tui.screens.help import HelpScreen, keys_elsewhere

        if isinstance(self.screen, HelpScreen):
            return
        nodes: list[DOMNode] = [self]
        try:
            screen = self.main_screen
        except LookupError:
            pass
        else:
            nodes += [screen, screen.reader, screen.outline, screen.filetree]
            nodes += [w for w in screen.query("*") if w not in nodes]
        self.push_screen(HelpScreen(nodes, keys_elsewhere(nodes, sys.modules[__name__])))

    def action_help_quit(self) -> None:
        """ctrl+c with nothing selected to copy: say how to quit, in the interface's
        language. Textual's own notice was English written in markup, which notices here
        show as plain text ("Press [b]ctrl+q[/b] to quit the app", under the Chinese
        interface too: newuser21). ``q`` where it quits (the main screen), else ctrl+q
        (in a dialog ``q`` closes the dialog)."""
        keys = [
            key
            for key, active in self.active_bindings.items()
            if active.binding.action in ("quit", "app.quit")
        ]
        key = "q" if "q" in keys else "ctrl+q"
        self.notify(ui_text.HELP_QUIT(key=key), title=ui_text.HELP_QUIT_TITLE())

    async def action_quit(self) -> None:
        """Save the position and leave.

        A parse still running on a thread holds the GIL; the UI thread, waking from each
        wait of the framework's shutdown, waited up to the switch interval (5 ms) to run
        again. The interval is shortened (``QUIT_SWITCH``) until the app is unmounted, or for
        good when the process ends with the app (``ends_process``).
        """
        if self._switch_before is None:
            self._switch_before = sys.getswitchinterval()
        sys.setswitchinterval(QUIT_SWITCH)
        try:
            self.main_screen.save_session()
        except LookupError:
            pass
        self.exit()


QUIT_SWITCH = 0.0005
"""Seconds between the GIL's switches once the app quits (Python's default: 0.005): `q`
during a 30 MB parse 328 → 238 ms (``bench_quit.py``, docs/performance.md "Kept")."""


def make_app(
    path: Path | None = None,
    session: Session | None = None,
    background: Background | None = None,
    language: str | None = None,
    line: int | None = None,
) -> SpeechReaderApp:
    """Build the app exactly as the command line does (tests use this too).

    No path: the bundled corpus; a folder: the tree rooted there; a file: that file
    with the tree at its folder. ``background``: the service (``tui.cli.launch`` makes
    it first, to start the first file's parse); else a new one. ``language``: ``--lang``
    ("zh", "en"; None: the environment's, else the one chosen last, else Chinese).
    ``line``: the file opens at that source line, not where it was left (``--line``).
    """
    root, start_file = root_and_file(path)
    line = line if start_file is not None else None
    return SpeechReaderApp(root, start_file, session, background, language, line)
