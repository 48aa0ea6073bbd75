"""A line of progress on stderr, redrawn in place, shown only when stderr is a terminal.

Used by ``index`` (its bar) and ``keywords`` (第 n/N 篇). In a pipe or a file nothing is
written, so the output there stays what the command says for good.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tui.base.safetext import safe_text
from tui.engine.wrap import cell_width


class LiveLine:
    """One line of stderr redrawn in place (``show``), cleared by ``clear``.

    The text goes through ``safe_text`` here (it may hold a file name); the carriage
    return that puts it in place is written to the stream under ``SafeStream``
    (``wrapped``), which would show it as ␍. ``every``: the least seconds between two
    redraws (``show(..., last=True)`` draws at once).
    """

    def __init__(self, stream: TextIO | None = None, every: float = 0.1) -> None:
        given = stream if stream is not None else sys.stderr
        self.stream: TextIO = getattr(given, "wrapped", given)
        self.tty = self.stream.isatty()
        self.every = every
        self.width = 0
        self.drawn_at = float("-inf")

    def show(self, text: str, last: bool = False) -> None:
        """Draw ``text`` over the line drawn before (nothing when not on a terminal)."""
        if not self.tty:
            return
        now = time.monotonic()
        if not last and now - self.drawn_at < self.every:
            return
        self.drawn_at = now
        text = safe_text(text)
        width = cell_width(text)
        self.stream.write("\r" + text + " " * max(0, self.width - width))
        self.width = width
        self.stream.flush()

    def say(self, text: str) -> None:
        """A line that stays (the line in place cleared first); nothing when not on a terminal."""
        if not self.tty:
            return
        self.clear()
        self.stream.write(safe_text(text) + "\n")
        self.stream.flush()

    def clear(self) -> None:
        """Blank the line drawn in place and put the cursor back at its start."""
        if self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
            self.drawn_at = float("-inf")
