"""What the reader remembers between runs: the last file, the position in each file, bookmarks.

Pure Python on top of ``tui.state.JsonStore`` (no Textual): two JSON files under
``state_dir()``, ``session.json`` (last file, positions) and ``bookmarks.json``. A position
records the paragraph index, the sentence index and the paragraph's 1-based source line;
``resolve_position`` finds the same place in a (possibly changed) document by source line
first, then by paragraph index.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tui.engine.model import Document, Kind
from tui.state import JsonStore, state_dir


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a file."""

    paragraph: int
    """Index into ``Document.paragraphs``."""
    sentence: int
    """Sentence index within the paragraph."""
    line: int
    """1-based source line of the paragraph (survives edits above it better than the index)."""
    text: str = ""
    """The paragraph's first characters: finds it again after lines were added above it."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked sentence."""

    path: str
    """Absolute path of the file."""
    paragraph: int
    sentence: int
    line: int
    text: str
    """The sentence's text when it was bookmarked (for the list)."""
    created: str = ""
    """Local time it was made, "YYYY-mm-dd HH:MM"."""
    anchor: str = ""
    """The paragraph's first characters (finds it again after the file changed)."""


def normalise(path: str | Path) -> str:
    """The key a file is stored under: its absolute, resolved path."""
    return str(Path(path).expanduser().resolve())


def resolve_position(
    document: Document, paragraph: int, sentence: int, line: int, text: str = ""
) -> tuple[int, int]:
    """The (paragraph, sentence) in ``document`` closest to a stored position.

    A paragraph starting with ``text`` (nearest to ``line``) wins; then the paragraph
    whose source lines hold ``line``; otherwise the stored index, clamped. Hidden (noise)
    paragraphs move on to the next shown one. The sentence is kept when the paragraph
    was found again, else the paragraph's start.
    """
    paragraphs = document.paragraphs
    if not paragraphs:
        return 0, 0
    index: int | None = None
    same = False
    if text:
        found = [i for i, p in enumerate(paragraphs) if p.text.startswith(text)]
        if found:
            index = min(found, key=lambda i: (abs(paragraphs[i].line - line), i))
            same = True
    if index is None and line > 0:
        for i, candidate in enumerate(paragraphs):
            if candidate.line <= line <= candidate.end_line or candidate.line > line:
                index = i
                same = candidate.line == line and not text
                break
    if index is None:
        index = max(0, min(paragraph, len(paragraphs) - 1))
        same = index == paragraph and not text
    while index < len(paragraphs) - 1 and paragraphs[index].kind is Kind.NOISE:
        index += 1
        same = False
    count = max(1, len(paragraphs[index].sentences))
    return index, (max(0, min(sentence, count - 1)) if same else 0)


class Session:
    """Positions, last file, theme and bookmarks, loaded once and saved on demand."""

    def __init__(self, directory: Path | None = None) -> None:
        folder = directory if directory is not None else state_dir()
        self._session_store = JsonStore(folder / "session.json", {"last_file": None, "positions": {}})
        self._bookmark_store = JsonStore(folder / "bookmarks.json", [])
        self._session: dict[str, Any] = self._session_store.load()
        raw = self._bookmark_store.load()
        self.problems: list[str] = [
            p for p in (self._session_store.problem, self._bookmark_store.problem) if p
        ]
        """Messages about corrupt state files that were set aside (for a notification)."""
        if not isinstance(self._session.get("positions"), dict):
            self._session["positions"] = {}
        self._bookmarks: list[Bookmark] = []
        for item in raw:
            try:
                self._bookmarks.append(Bookmark(**item))
            except TypeError:
                continue  # an entry from an unknown version: skip rather than fail
        self._dirty = False

    @property
    def last_file(self) -> str | None:
        """The file open when the app last closed."""
        value = self._session.get("last_file")
        return value if isinstance(value, str) else None

    def set_last_file(self, path: str | Path | None) -> None:
        """Remember ``path`` as the open file."""
        self._session["last_file"] = normalise(path) if path is not None else None
        self._dirty = True

    @property
    def theme(self) -> str | None:
        """The colour theme chosen last (None: never chosen, the default)."""
        value = self._session.get("theme")
        return value if isinstance(value, str) else None

    def set_theme(self, name: str) -> None:
        """Remember ``name`` as the chosen theme."""
        if self._session.get("theme") != name:
            self._session["theme"] = name
            self._dirty = True

    def position(self, path: str | Path) -> Position | None:
        """The stored position in ``path``, if any."""
        item = self._session["positions"].get(normalise(path))
        try:
            return Position(
                int(item["paragraph"]),
                int(item["sentence"]),
                int(item["line"]),
                str(item.get("text", "")),
            )
        except (TypeError, KeyError, ValueError, AttributeError):
            return None

    def set_position(self, path: str | Path, position: Position) -> None:
        """Remember ``position`` in ``path``."""
        self._session["positions"][normalise(path)] = asdict(position)
        self._dirty = True

    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, newest first."""
        return list(reversed(self._bookmarks))

    def bookmarks_in(self, path: str | Path) -> list[Bookmark]:
        """Bookmarks of one file, in reading order."""
        key = normalise(path)
        found = [b for b in self._bookmarks if b.path == key]
        return sorted(found, key=lambda b: (b.paragraph, b.sentence))

    def find_bookmark(self, path: str | Path, paragraph: int, sentence: int) -> Bookmark | None:
        """The bookmark on that sentence, if any."""
        key = normalise(path)
        for bookmark in self._bookmarks:
            if (bookmark.path, bookmark.paragraph, bookmark.sentence) == (key, paragraph, sentence):
                return bookmark
        return None

    def toggle_bookmark(
        self,
        path: str | Path,
        paragraph: int,
        sentence: int,
        line: int,
        text: str,
        anchor: str = "",
    ) -> bool:
        """Add a bookmark on the sentence, or remove the one there. True when added."""
        existing = self.find_bookmark(path, paragraph, sentence)
        if existing is not None:
            self._bookmarks.remove(existing)
            self._save_bookmarks()
            return False
        stamp = time.strftime("%Y-%m-%d %H:%M")
        self._bookmarks.append(
            Bookmark(normalise(path), paragraph, sentence, line, text.strip()[:80], stamp, anchor)
        )
        self._save_bookmarks()
        return True

    def remove_bookmark(self, bookmark: Bookmark) -> None:
        """Delete ``bookmark``."""
        if bookmark in self._bookmarks:
            self._bookmarks.remove(bookmark)
            self._save_bookmarks()

    def _save_bookmarks(self) -> None:
        self._bookmark_store.save([asdict(b) for b in self._bookmarks])

    def save(self) -> None:
        """Write the session file if anything changed."""
        if self._dirty:
            self._session_store.save(self._session)
            self._dirty = False
