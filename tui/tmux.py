"""Copying inside tmux: its paste buffer, and through tmux the outer terminal's clipboard.

Inside tmux an OSC 52 sequence written by a program reaches tmux, not the terminal, and
tmux takes it only when its ``set-clipboard`` option is ``on``; with ``external`` (tmux's
default) or ``off`` it is dropped: nothing arrives, in tmux's buffers or in the
terminal's clipboard (seen with tmux 3.3a). ``tmux load-buffer -w -`` works whatever that
option says: the text becomes tmux's newest paste buffer (``prefix ]`` pastes it), and
with ``-w`` (tmux 3.2 and later) tmux also hands it to the outer terminal's clipboard by
OSC 52 itself when the option is ``on`` or ``external``.

No Textual import; the commands are run with a short timeout (a hung tmux server must not
hold the reader).
"""

from __future__ import annotations

import os
import shutil
import subprocess

TIMEOUT = 2.0
"""Seconds a tmux command may take before the copy counts as failed."""


def inside_tmux() -> bool:
    """Whether this process runs inside tmux (``$TMUX`` set) and the tmux command is there."""
    return bool(os.environ.get("TMUX")) and shutil.which("tmux") is not None


def clipboard_option() -> str:
    """tmux's ``set-clipboard`` option (``on``, ``external``, ``off``; "" if unknown)."""
    try:
        done = subprocess.run(
            ["tmux", "show-options", "-sv", "set-clipboard"],
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.decode("utf-8", "replace").strip()


def tmux_copy(text: str) -> bool:
    """Put ``text`` in tmux's paste buffer, and ask tmux to hand it on to the outer
    terminal's clipboard (``-w``; without it on a tmux older than 3.2).

    Raises:
        OSError, subprocess.SubprocessError: tmux could not take it.
    """
    data = text.encode("utf-8")
    try:
        subprocess.run(
            ["tmux", "load-buffer", "-w", "-"],
            input=data,
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
        )
    except subprocess.CalledProcessError:  # (a tmux without -w)
        subprocess.run(
            ["tmux", "load-buffer", "-"],
            input=data,
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
        )
    return True
