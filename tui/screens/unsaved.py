"""Telling the user that state could not be saved: once per kind, not every second.

``tui.state.Unsaved`` (no Textual) decides what to tell; this shows it as a notice. The
tracker lives on the app (``app.unsaved``), made on first use for apps built without one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

from tui import ui_text
from tui.state import Unsaved, blocker


def tracker(app: App[Any]) -> Unsaved:
    """The app's record of failed saves."""
    found = getattr(app, "unsaved", None)
    if not isinstance(found, Unsaved):
        found = Unsaved()
        app.unsaved = found  # type: ignore[attr-defined]
    return found


def tell_unsaved(app: App[Any], what: str, error: OSError) -> None:
    """Saving ``what`` (书签, 阅读位置…) failed: say so, unless that file failed so already
    (or a file stands where its folder should be, told already for another file)."""
    message = tracker(app).failed(what, error)
    if message is not None:
        title = ui_text.UNSAVED_BLOCKED_TITLE if blocker(error) else ui_text.UNSAVED_TITLE
        app.notify(
            message,
            title=title(what=what),
            severity="error",
            timeout=12,
            markup=False,
        )


def tell_saved(app: App[Any], *paths: Path | str) -> None:
    """These files were written: a later failure is worth telling again."""
    tracker(app).saved(*paths)


def tell_problems(app: App[Any], problems: list[str]) -> None:
    """State files that were set aside or partly left out when read."""
    for problem in problems:
        app.notify(
            problem,
            title=ui_text.STATE_PROBLEM_TITLE(),
            severity="warning",
            timeout=12,
            markup=False,
        )
