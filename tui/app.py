"""PROVISIONAL app shell; the reader issue replaces it."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class SpeechReaderApp(App[None]):
    TITLE = "讲话稿阅读器"

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.start_path = path

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(str(self.start_path or "corpus"))
        yield Footer()


def make_app(path: Path | None = None) -> SpeechReaderApp:
    """Build the app exactly as the command line does (tests use this too)."""
    return SpeechReaderApp(path)
