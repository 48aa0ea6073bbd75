"""Copying text on every terminal: the system clipboard, else OSC 52, else say it failed.

The decision chain ``copy_chain`` is pure and takes its two ways in as callables, so it
is tested without a terminal. ``copy_with_app`` wires it to a running Textual app:

1. ``pyperclip.copy`` (the system clipboard), checked by reading it back with
   ``pyperclip.paste`` because pyperclip does not notice ``xclip`` failing on a display
   that is set but unreachable (a broken ``ssh -X``);
2. when pyperclip has no mechanism (no display, no xclip/xsel/wl-copy:
   ``PyperclipException``) or the check fails: the terminal clipboard, an OSC 52
   escape sequence written by Textual's ``App.copy_to_clipboard``;
3. when the app has no terminal to write to: ``Via.NONE``; the caller shows the text
   in a dialog to copy by hand.

No Textual import at run time: the app is only a type here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

import pyperclip

from tui import ui_text

if TYPE_CHECKING:
    from textual.app import App


class Via(str, Enum):
    """Which way the text went."""

    SYSTEM = "system"
    TERMINAL = "terminal"
    NONE = "none"

    @property
    def label(self) -> str:
        """The way's name in notices."""
        return ui_text.VIA_LABELS[self.value]()


@dataclass(frozen=True, slots=True)
class CopyOutcome:
    """What happened to a copy."""

    via: Via
    reason: str = ""
    """Why the system clipboard was not used ("" when it was)."""

    @property
    def ok(self) -> bool:
        """True when the text reached some clipboard."""
        return self.via is not Via.NONE


class ClipboardCheckFailed(Exception):
    """The system clipboard did not hold the text after copying it."""


def _same(copied: str, pasted: str) -> bool:
    # Clipboards may turn LF into CRLF or drop a final newline.
    def norm(text: str) -> str:
        return text.replace("\r\n", "\n").rstrip("\n")

    return norm(copied) == norm(pasted)


def system_copy(text: str) -> None:
    """Put ``text`` on the system clipboard with pyperclip and read it back.

    Raises:
        pyperclip.PyperclipException: pyperclip has no clipboard mechanism here.
        ClipboardCheckFailed: the clipboard did not take the text.
    """
    pyperclip.copy(text)
    try:
        pasted = pyperclip.paste()
    except pyperclip.PyperclipException as error:
        raise ClipboardCheckFailed(ui_text.CLIPBOARD_NO_READ_BACK(error=error)) from error
    if not isinstance(pasted, str) or not _same(text, pasted):
        raise ClipboardCheckFailed(ui_text.CLIPBOARD_NOT_TAKEN())


def copy_chain(
    text: str,
    system: Callable[[str], None] = system_copy,
    terminal: Callable[[str], bool] | None = None,
) -> CopyOutcome:
    """Copy ``text`` the first way that works.

    Args:
        text: What to copy.
        system: Copies to the system clipboard; raises when it cannot.
        terminal: Sends the text to the terminal clipboard; returns False (or raises)
            when there is no terminal to send it to. None: no terminal way at all.

    Returns:
        Which way took the text, and why the system clipboard did not.
    """
    try:
        system(text)
    except Exception as error:  # noqa: BLE001 - any clipboard failure falls back, never crashes
        reason = str(error) or type(error).__name__
    else:
        return CopyOutcome(Via.SYSTEM)
    if terminal is not None:
        try:
            if terminal(text):
                return CopyOutcome(Via.TERMINAL, reason)
        except Exception as error:  # noqa: BLE001 - same: report, do not crash
            reason = f"{reason}; OSC 52: {error}"
    return CopyOutcome(Via.NONE, reason)


def osc52_sender(app: App[Any]) -> Callable[[str], bool]:
    """A ``terminal`` way for ``copy_chain`` that writes OSC 52 through ``app``'s driver."""

    def send(text: str) -> bool:
        # Textual's own method writes ESC ] 52 ; c ; base64 BEL to the driver and keeps
        # the text as ``app.clipboard``; without a driver there is no terminal.
        from textual.app import App as TextualApp

        if getattr(app, "_driver", None) is None:
            return False
        TextualApp.copy_to_clipboard(app, text)
        return True

    return send


def copy_with_app(app: App[Any], text: str) -> CopyOutcome:
    """Copy ``text`` through the system clipboard, else through the app's terminal (OSC 52)."""
    return copy_chain(text, system_copy, osc52_sender(app))
