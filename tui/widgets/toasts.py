"""Notices (Textual's toasts) wrapped by the reader's Chinese line-break rules (禁则).

Textual's ``Toast`` wraps a notice anywhere a line is full, so a notice could start a
line with "，" or "。". ``KinsokuToast`` breaks its title and message where the reader
would (``tui.engine.wrap.wrap_text``) at the width it is drawn at, and gives Textual its
height from the same lines. The notice itself is not changed: what ``notify`` was given
is what the app keeps (``App._notifications``).

Textual has no public way to choose the toast widget: its ``ToastRack`` makes ``Toast``
by name, and the app finds a screen's rack by its exact class. So ``KinsokuToastRack``
makes ``KinsokuToast`` (``show`` is the rack's own, but for the class), and the app
(``SpeechReaderApp._refresh_notifications``) mounts one on a screen on its first notice
and hands the notices to it; Textual's own rack is left empty.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.notifications import Notification, Notifications
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets._toast import Toast, ToastHolder, ToastRack

from tui.engine.wrap import wrap_text


def toast_lines(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells, broken by the reader's rules (each
    line feed kept; spaces at a break dropped)."""
    if not text:
        return []
    return [line.rstrip(" ") for line in wrap_text(text, max(1, width)).split("\n")]


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


def shown_notices(screen: Widget) -> list[Notification]:
    """The notices the toasts on ``screen`` show, in the order they were given."""
    return [toast.notification for toast in screen.query(KinsokuToast)]


class KinsokuToastRack(ToastRack):
    """Textual's rack of toasts, holding ``KinsokuToast``s, standing above the status line.

    Textual's rack keeps one line free at the bottom, for a footer; the main screen has
    two lines there, the status line over the key bar, and a notice stood over the status
    line's right end, the percentage read. Dialogs leave both in view below them, so the
    rack keeps two lines free on every screen.
    """

    DEFAULT_CSS = """
    KinsokuToastRack { margin-bottom: 2; }
    """

    def _left_beneath(self) -> set[str]:
        """On a dialog (a modal screen), the notices the screen beneath it shows: they stay
        there, under the dialog's veil, instead of coming up over the dialog (at 80x24
        "N 个不是普通文件的条目…已跳过" covered rows of the help for as long as it was
        shown). A notice given while the dialog is open (what its keys did) is on it."""
        screen = self.screen
        if not isinstance(screen, ModalScreen):
            return set()
        stack = self.app.screen_stack
        if screen not in stack or stack.index(screen) == 0:
            return set()
        return {notice.identity for notice in shown_notices(stack[stack.index(screen) - 1])}

    def show(self, notifications: Notifications) -> None:
        """As ``ToastRack.show``: stale toasts removed, a toast for each new notice (on a
        dialog, but for those left beneath it: ``_left_beneath``)."""
        beneath = self._left_beneath()
        shown = [notice for notice in notifications if notice.identity not in beneath]
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
