"""The command palette's own providers (``SpeechReaderApp.COMMANDS``): the open file's
headings and speeches (``HeadingCommands``), the speech files under the tree's folder
(``FileCommands``), and the copy and highlight-word commands, imported when the palette
first opens (``quote_commands``, ``highlight_commands``). A hit is run on the main screen,
the screen the palette was opened on closed first when it is another (``_on_main``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.screen import ModalScreen

from tui import ui_text
from tui.base.safetext import safe_text
from tui.screens.main import MainScreen
from tui.screens.palette import WordsProvider
from tui.widgets.outline import speech_name
from tui.widgets.safelabel import markup, palette_prompt

if TYPE_CHECKING:
    from textual.worker import Worker


def _main_screen(provider: Provider) -> MainScreen | None:
    """The main screen whose headings and files the palette lists: the screen it was
    opened on, or the one under a screen of its own (corpus search: in the palette there,
    a file typed was 没有匹配的标题、文件或命令 though the folder held it, newuser27); none
    under a dialog."""
    screen = provider.screen
    if isinstance(screen, MainScreen):
        return screen
    if isinstance(screen, ModalScreen):
        return None
    return next((s for s in provider.app.screen_stack if isinstance(s, MainScreen)), None)


def _on_main(provider: Provider, action: Callable[[], object]) -> Callable[[], None]:
    """``action`` as a palette hit's command: the screen the palette was opened on, when
    it is not the main one (corpus search), is closed first, so the file or heading
    chosen shows in the reader."""
    opened_on = provider.screen

    def run() -> None:
        if not isinstance(opened_on, MainScreen) and opened_on is opened_on.app.screen:
            opened_on.dismiss(None)
        action()

    return run


class HeadingCommands(WordsProvider):
    """Jump to any heading or speech of the open file by typing part of it."""

    def _entries(self) -> list[tuple[str, int, str]]:
        """(text, paragraph, help) for every speech and heading of the open file."""
        screen = _main_screen(self)
        if screen is None or screen.reader.document is None or screen.path is None:
            return []
        document = screen.reader.document
        entries: list[tuple[str, int, str]] = []
        total = len(document.speeches)
        # Made safe here (a label may hold the file name): matched, highlighted and shown
        # as they are, never as markup.
        for speech in document.speeches:
            label = safe_text(speech_name(speech, screen.path.name, total))
            entries.append((label, speech.first, ui_text.PALETTE_JUMP_SPEECH()))
            for heading in speech.headings:
                entries.append(
                    (
                        safe_text(f"{heading.marker}{heading.title}"),
                        heading.paragraph,
                        markup(ui_text.PALETTE_JUMP_HEADING(speech=label)),
                    )
                )
        return entries

    async def discover(self) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        for text, paragraph, help_text in self._entries()[:200]:
            yield DiscoveryHit(
                Content(text),
                _on_main(self, partial(screen.jump_to_paragraph, paragraph)),
                text=text,
                help=help_text,
            )

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self)
        if screen is None:
            return
        matcher = self.matcher(query)
        for text, paragraph, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    palette_prompt(matcher, text),
                    _on_main(self, partial(screen.jump_to_paragraph, paragraph)),
                    text=text,
                    help=help_text,
                )


class FileCommands(WordsProvider):
    """Open any speech file under the tree's folder by typing part of its name."""

    async def startup(self) -> None:
        screen = _main_screen(self)
        self._root = screen.root if screen is not None else Path.cwd()
        # The walk is started here and awaited by ``search`` behind a shield. Textual
        # cancels a search the next key aborts, and what that search awaits with it: the
        # first search waits for this start-up, so a walk awaited here was cancelled when
        # a second key came before it ended, and the palette listed no file at all.
        self._walk: Worker[list[Path]] | None = None
        if screen is not None:
            self._walk = self.app.run_worker(screen.speech_files, thread=True)

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self)
        if screen is None or self._walk is None:
            return
        files = await asyncio.shield(self._walk.wait())
        matcher = self.matcher(query)
        for path in files or []:
            name = (
                str(path.relative_to(self._root)) if path.is_relative_to(self._root) else path.name
            )
            name = safe_text(name)  # matched and shown as it looks, never as markup
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    palette_prompt(matcher, name),
                    _on_main(self, partial(screen.open_and_reveal, path)),
                    text=name,
                    help=ui_text.PALETTE_OPEN_FILE(),
                )


def quote_commands() -> type[Provider]:
    """The palette's copy commands, imported when the palette first opens (not at start)."""
    from tui.screens.quote_dialog import QuoteCommands

    return QuoteCommands


def highlight_commands() -> type[Provider]:
    """The palette's commands for the user's highlight words."""
    from tui.screens.find import HighlightCommands

    return HighlightCommands
