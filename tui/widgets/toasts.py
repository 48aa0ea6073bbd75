"""Notices: the one path every notice of the app takes, and its toasts, wrapped by the
reader's Chinese line-break rules (禁则).

**Where a notice is shown, and for how long** (``NoticeBoard``, which the app owns; every
``notify`` of the app, a screen or a widget comes to ``SpeechReaderApp.notify``):

* A notice belongs to a screen: the one that gave it (``MainScreen.notify``: its
  background work, a renamed file…), else the screen in front when it was given (a
  dialog's keys, the reader's keys).
* It is shown on that screen while the screen can be seen: in front, or beneath a dialog
  (a modal screen) opened over it, under the dialog's veil, not over the dialog (at 80x24
  the folder's "N 个不是普通文件的条目…已跳过" covered rows of the help). A notice whose
  screen was closed, or is hidden by a full screen (the corpus search), is shown on the
  screen in front.
* Its time runs from when it was given, as Textual's: a notice shown before a dialog
  opened goes on counting beneath it.
* One given while its screen is beneath a dialog has not been seen: it waits (held, not
  drawn) until the dialog closes, and is then shown for the time it has left, but at
  least ``LAST_LOOK`` seconds (its own timeout if shorter). Held for a minute, an 8 s
  notice is not shown for 8 s as if new; nor does it vanish unseen.
* A notice equal to one shown or held replaces it (its time starts again): ``n`` pressed
  60 times with nothing to find stacked 60 equal toasts.
* Notices stand on a screen as many as fit its height (oldest first, one at least); a
  later one waits, held as under a dialog, until one shown goes, and is then shown for
  the time it has left, but at least ``LAST_LOOK`` seconds. At 80x24 three long notices
  given at once (a folder's entries passed over, a state file that cannot be saved, a
  bookmark added) stood one over the other, the first one's title above the screen.

**Wrapping.** Textual's ``Toast`` wraps a notice anywhere a line is full, so a notice could
start a line with "，" or "。". ``KinsokuToast`` breaks its title and message where the
reader would (``tui.engine.wrap.wrap_text``) at the width it is drawn at, and gives Textual
its height from the same lines. The notice itself is not changed: what ``notify`` was given
is what the app keeps (``App._notifications``).

Textual has no public way to choose the toast widget: its ``ToastRack`` makes ``Toast``
by name, and the app finds a screen's rack by its exact class. So ``KinsokuToastRack``
makes ``KinsokuToast`` (``show`` is the rack's own, but for the class and the notices it
is handed), and the board mounts one on a screen with its first notice and hands it the
notices placed there; Textual's own rack is left empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from textual.app import ScreenStackError
from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.notifications import Notification
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets._toast import Toast, ToastHolder, ToastRack

from tui.widgets.wrapped import wrap_ui_text

if TYPE_CHECKING:
    from textual.app import App

BESIDE = 24
"""Cells free right of a dialog's box in which its notices stand (one line of 10 Chinese
characters, padded): fewer, and they stand over its top right corner."""

LAST_LOOK = 3.0
"""Seconds a notice held under a dialog is shown at least once the dialog closes (its own
timeout if shorter): long enough to read a line, short enough not to pass for news."""


def toast_lines(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells, broken by the reader's rules (each
    line feed kept; spaces at a break dropped), a number held to its word ("12 quotes":
    ``ui_text.glue_numbers``)."""
    if not text:
        return []
    return [line.rstrip(" ") for line in wrap_ui_text(text, max(1, width)).split("\n")]


class KinsokuToast(Toast):
    """A toast whose title and message break where the reader breaks lines."""

    @property
    def notification(self) -> Notification:
        """The notice shown, as the app keeps it (made safe, not wrapped)."""
        return self._notification

    def _lines(self, width: int) -> tuple[list[str], list[str]]:
        notification = self.notification
        return toast_lines(notification.title, width), toast_lines(notification.message, width)

    def render(self) -> Content:
        width = self.size.width
        if width <= 0:
            return super().render()
        title, message = self._lines(width)
        content = Content("\n".join(message))
        if title:
            style = self.get_visual_style("toast--title")
            content = Content.assemble(("\n".join(title), style), "\n", content)
        return content

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        title, message = self._lines(width)
        return len(title) + max(1, len(message))

    def on_unmount(self) -> None:
        """Gone (its time up, clicked, replaced): notices waiting for room may stand now."""
        board = getattr(self.app, "notices", None)
        if isinstance(board, NoticeBoard) and board.held():
            self.app.call_later(board.refresh)


def shown_notices(screen: Widget) -> list[Notification]:
    """The notices the toasts on ``screen`` show, in the order they were given."""
    return [toast.notification for toast in screen.query(KinsokuToast)]


TOAST_WIDTH = 60
"""A toast's width in cells (Textual's ``Toast``: ``width: 60; max-width: 50%``), its
border and padding included."""
TOAST_FRAME = (3, 3)
"""Cells of a toast that hold no text: across (its left border, a cell of padding each
side), down (a line of padding above and below, the line of margin over it)."""


def toast_height(notification: Notification, width: int) -> int:
    """The lines a toast of ``notification`` ``width`` cells wide takes, its margin
    included (its lines broken as ``KinsokuToast`` breaks them)."""
    across, down = TOAST_FRAME
    text = max(1, width - across)
    title = toast_lines(notification.title, text)
    return down + len(title) + max(1, len(toast_lines(notification.message, text)))


LINES_UNDER = 2
"""The lines the rack keeps free under it: the main screen's status line and key bar, a
dialog's key bar and status line (one more while the find bar is open)."""


class KinsokuToastRack(ToastRack):
    """Textual's rack of toasts, holding ``KinsokuToast``s, standing above the status line.

    Textual's rack keeps one line free at the bottom, for a footer; the main screen has
    two lines there, the status line over the key bar, and a notice stood over the status
    line's right end, the percentage read. Dialogs leave both in view below them, so the
    rack keeps two lines free on every screen, three while the find bar is open over
    the status line (``FindBar`` gives its screen ``-find-bar-open``): a notice stood over
    the bar's count of matches. On a dialog they stand clear of its box or at least of
    its keys (``clear_dialog``).
    """

    SCOPED_CSS = False  # (the second rule names the screen's class)
    DEFAULT_CSS = f"""
    KinsokuToastRack {{ margin-bottom: {LINES_UNDER}; }}
    .-find-bar-open KinsokuToastRack {{ margin-bottom: {LINES_UNDER + 1}; }}
    KinsokuToastRack.-beside-dialog KinsokuToast {{ width: 1fr; max-width: 100%; }}
    """

    def on_mount(self) -> None:
        """Placed anew each time its screen is laid out (``clear_dialog``): the terminal
        resized moves a dialog's box and the room right of it. The rack's own resize does
        not tell: on a dialog its width is set in cells, so at 80x24 resized to 60x20 it
        stayed 80 wide and the notebook's 已导出 notice stood past the screen's right edge,
        cut."""
        self.screen.screen_layout_refresh_signal.subscribe(self, self._screen_laid_out)

    def _screen_laid_out(self, _screen: Screen[Any]) -> None:
        self.call_after_refresh(self.clear_dialog)

    def _dialog_box(self) -> Widget | None:
        """The box a dialog draws (the largest of its screen's children shown and not
        docked: not the rack, not the key bar), None on a screen that is no dialog."""
        screen = self.screen
        if not isinstance(screen, ModalScreen):
            return None
        boxes = [
            child
            for child in screen.children
            if child is not self and child.display and child.styles.dock in ("", "none")
        ]
        return max(boxes, key=lambda child: child.size.area, default=None)

    def clear_dialog(self) -> None:
        """On a dialog, notices stand where they cover none of its box (they stood over its
        last rows: the notebook's keys, 已复制 over e 导出): right of the box when
        ``BESIDE`` cells are free there, the rack as wide as that room; else over the box's
        lower right rows but above the keys it lists (``KeyHints``) and a field typed in
        under its list (the export's path), not over the rows at its top, where the list's
        highlighted row mostly is."""
        box = self._dialog_box()
        if box is None or not box.size.area:
            return
        region = box.region
        height = self.screen.size.height
        beside = self.screen.size.width - region.right >= BESIDE
        self.set_class(beside, "-beside-dialog")
        left = region.right + 1 if beside else 0
        bottom = LINES_UNDER  # as the CSS has it: under a dialog, its key bar and a status line
        if not beside:
            low = region.y + height // 3
            tops = [
                part.region.y
                for part in box.query("KeyHints, Input")
                if part.display and part.region.y > low
            ]
            if tops:
                bottom = height - min(tops)
        margin = self.styles.margin
        wanted = (margin.top, margin.right, bottom, left)
        if tuple(margin) != wanted:
            self.styles.margin = wanted
        width = self.screen.size.width - left
        if self.styles.width is None or self.styles.width.cells != width:
            self.styles.width = width

    def show(self, notifications: Iterable[Notification]) -> None:  # type: ignore[override]
        """As ``ToastRack.show``, for the notices the board placed on this screen: stale
        toasts removed, a toast for each new notice."""
        shown = list(notifications)
        keep = {notice.identity for notice in shown}
        self.display = bool(shown)
        for toast in self.query(Toast):
            if toast._notification.identity not in keep:
                toast.remove()
        new: list[Notification] = []
        for notification in shown:
            try:
                self.get_child_by_id(self._toast_id(notification))
            except NoMatches:
                if not notification.has_expired:
                    new.append(notification)
        if new:
            self.mount_all(
                ToastHolder(KinsokuToast(notification), id=self._toast_id(notification))
                for notification in new
            )
            self.call_later(self.scroll_end, animate=False, force=True)
        self.call_after_refresh(self.clear_dialog)


def last_look(timeout: float, time_left: float) -> float:
    """The timeout a held notice gets when it is let out: what it had left, but at least
    ``LAST_LOOK`` seconds from now (its whole ``timeout`` when that is shorter). Its time
    still counts from when it was given."""
    shown_for = max(time_left, min(timeout, LAST_LOOK))
    return timeout - time_left + shown_for


class NoticeBoard:
    """Where each notice of ``app`` is shown and when (the module's rules): the screen each
    belongs to, the notices held under a dialog, each screen's rack handed its notices."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._owners: dict[str, Screen[Any]] = {}
        """The screen each notice shown belongs to, by identity."""
        self._held: list[tuple[Screen[Any], Notification]] = []
        """Notices given while their screen was beneath a dialog, oldest first."""

    def held(self) -> list[Notification]:
        """The notices waiting for a dialog to close, oldest first."""
        return [notification for _, notification in self._held]

    def _stack(self) -> list[Screen[Any]]:
        try:
            return list(self.app.screen_stack)
        except ScreenStackError:
            return []

    @staticmethod
    def _seen(screen: Screen[Any], stack: list[Screen[Any]]) -> bool:
        """Whether ``screen`` is in front or beneath dialogs only."""
        if screen not in stack:
            return False
        return all(isinstance(above, ModalScreen) for above in stack[stack.index(screen) + 1 :])

    @classmethod
    def _under_dialog(cls, screen: Screen[Any], stack: list[Screen[Any]]) -> bool:
        """Whether ``screen`` is beneath dialogs only, not in front: its notices wait."""
        return screen is not stack[-1] and cls._seen(screen, stack)

    def _place(self, notification: Notification, stack: list[Screen[Any]]) -> Screen[Any]:
        """The screen of ``stack`` (not empty) that ``notification`` is shown on now."""
        owner = self._owners.get(notification.identity)
        return owner if owner is not None and self._seen(owner, stack) else stack[-1]

    def give(self, notification: Notification, owner: Screen[Any] | None) -> None:
        """A notice given (on the UI thread) by ``owner`` (None: the screen in front):
        shown, or held while ``owner`` is beneath a dialog. One equal to it goes."""
        key = (notification.message, notification.title, notification.severity)
        self._take_back(lambda other: (other.message, other.title, other.severity) == key)
        stack = self._stack()
        if owner is None or owner not in stack:
            owner = stack[-1] if stack else None
        if owner is not None and self._under_dialog(owner, stack):
            self._held.append((owner, notification))
            return
        if owner is not None:
            self._owners[notification.identity] = owner
        self.app._notifications.add(notification)
        self.refresh()

    def withdraw(self, message: str) -> None:
        """Take back the notices saying ``message`` (shown or held): what they offered is
        done (the corpus search's copy of a file gone, opened)."""
        self._take_back(lambda other: other.message == message)
        self.refresh()

    def _take_back(self, said: Callable[[Notification], bool]) -> None:
        """The notices shown or held for which ``said`` is true, gone (no refresh)."""
        for shown in list(self.app._notifications):
            if said(shown):
                self.app._unnotify(shown, refresh=False)
        self._held = [(screen, held) for screen, held in self._held if not said(held)]

    def clear(self) -> None:
        """Forget the held notices (``App.clear_notifications`` takes the shown ones)."""
        self._held.clear()

    def _let_out(self, stack: list[Screen[Any]]) -> None:
        """The held notices whose screen is no longer beneath a dialog, shown for
        ``last_look``."""
        still: list[tuple[Screen[Any], Notification]] = []
        for owner, notification in self._held:
            if owner in stack and self._under_dialog(owner, stack):
                still.append((owner, notification))
                continue
            notification.timeout = last_look(notification.timeout, notification.time_left)
            self._owners[notification.identity] = owner
            self.app._notifications.add(notification)
        self._held = still

    def refresh(self) -> None:
        """Let out the notices no longer held, then hand each screen that can be seen the
        notices placed on it (its rack mounted with its first notice)."""
        stack = self._stack()
        if not stack:
            return
        self._let_out(stack)
        shown = list(self.app._notifications)
        self._owners = {
            n.identity: self._owners[n.identity] for n in shown if n.identity in self._owners
        }
        placed: dict[Screen[Any], list[Notification]] = {screen: [] for screen in stack}
        for notification in shown:
            placed[self._place(notification, stack)].append(notification)
        for screen, notices in placed.items():
            notices[:] = self._fitting(screen, notices)
            try:
                rack = screen.get_child_by_type(KinsokuToastRack)
            except NoMatches:
                if not notices or not screen.is_attached or not screen.is_mounted:
                    continue  # a screen not shown (yet, or any more) gets none
                rack = KinsokuToastRack(id="kinsoku-toastrack")
                screen.mount(rack)
            self.app.call_later(rack.show, notices)

    def _fitting(self, screen: Screen[Any], notices: list[Notification]) -> list[Notification]:
        """Of ``notices`` placed on ``screen`` (oldest first), those its height has room
        for, the first at least; the later ones are held until a toast shown goes
        (``KinsokuToast.on_unmount``)."""
        try:
            rack: KinsokuToastRack | None = screen.get_child_by_type(KinsokuToastRack)
        except NoMatches:
            rack = None
        if rack is not None and rack.size.width:  # as it stands (beside a dialog's box?)
            below, width = rack.styles.margin.bottom, rack.size.width
            toast = width if rack.has_class("-beside-dialog") else width // 2
        else:  # as it will stand (``KinsokuToastRack``'s CSS)
            below = LINES_UNDER + screen.has_class("-find-bar-open")
            toast = screen.size.width // 2
        if not toast or not screen.size.height:
            return notices  # not laid out yet
        room = screen.size.height - below
        used = 0
        by_age = sorted(notices, key=lambda notification: notification.raised_at)
        for at, notification in enumerate(by_age):  # (a new one given comes before those let out)
            used += toast_height(notification, min(TOAST_WIDTH, toast))
            if at and used > room:
                for later in by_age[at:]:
                    self.app._unnotify(later, refresh=False)
                    self._held.append((screen, later))
                return [kept for kept in notices if kept in by_age[:at]]
        return notices
