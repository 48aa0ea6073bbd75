"""The quote notebook (摘录本): every copied quote kept on disk, and the citation setting.

Pure Python on ``tui.state.JsonStore`` (no Textual): the notebook screen and
``speech-reader quotes`` share it. The notebook is ``data_dir()/quotes.json``,
``{"version": 1, "quotes": [record, ...]}`` oldest first; each ``add`` re-reads the file,
appends and rewrites it atomically, so a crash loses at most the quote being written
and two running readers do not drop each other's quotes. A corrupt file is set aside
by ``JsonStore`` and reported through ``Notebook.problem``.

The citation format is the ``"citation_format"`` key of ``state_dir()/settings.json``
(other keys of that file are kept as they are).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from tui.engine.quotes import (
    DEFAULT_FORMAT,
    CitationFormat,
    Quote,
    QuoteKind,
    citation_line,
    format_quote,
)
from tui.state import JsonStore, atomic_write_text, data_dir, state_dir

NOTEBOOK_FILE = "quotes.json"
SETTINGS_FILE = "settings.json"
FORMAT_KEY = "citation_format"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Entry:
    """One kept quote."""

    id: str
    """Random id (deletes the right record even if two look alike)."""
    text: str
    """The clean quote text (outlines: indented heading lines)."""
    citation: str
    """The source line as shown: ``——《题目》，一、…``."""
    source: str
    """``《题目》`` or the derived label with the file name."""
    section: str
    """The section path (一、… › （二）…), "" outside headings."""
    speech: str
    """The speech's label."""
    file: str
    """Absolute path of the speech file."""
    line: int
    """1-based source line of the quote's first paragraph."""
    time: str
    """Local time it was copied, ISO 8601 with offset (``2024-05-01T14:03:00+08:00``)."""
    kind: str = QuoteKind.SENTENCE.value
    paragraph: int = 0
    sentence: int = 0
    anchor: str = ""
    """The first paragraph's first characters (finds the place again after edits)."""
    page: int = 0
    """The PDF page the quote starts on (0: the file has no pages)."""

    @classmethod
    def from_quote(cls, quote: Quote, anchor: str = "", now: datetime | None = None) -> Entry:
        """A new record for ``quote`` stamped with ``now`` (default: this moment)."""
        moment = now if now is not None and now.tzinfo is not None else (now or datetime.now()).astimezone()
        return cls(
            id=uuid.uuid4().hex[:12],
            text=quote.text,
            citation=quote.citation,
            source=quote.source,
            section=quote.section,
            speech=quote.speech,
            file=quote.file,
            line=quote.line,
            time=moment.isoformat(timespec="seconds"),
            kind=quote.kind.value,
            paragraph=quote.paragraph,
            sentence=quote.sentence,
            anchor=anchor,
            page=quote.page or 0,
        )

    @classmethod
    def from_json(cls, raw: Any) -> Entry | None:
        """A record read back, or None when it is not one (missing text or wrong types)."""
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            return None
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = raw.get(spec.name)
            if spec.type == "int":
                values[spec.name] = value if isinstance(value, int) else 0
            else:
                values[spec.name] = value if isinstance(value, str) else ""
        if not values["id"]:
            values["id"] = uuid.uuid4().hex[:12]
        if not values["citation"]:
            values["citation"] = citation_line(values["source"], values["section"], values["page"])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        """The record as stored."""
        return asdict(self)

    def quote(self) -> Quote:
        """The quote again (to copy it in any format)."""
        kind = QuoteKind(self.kind) if self.kind in QuoteKind._value2member_map_ else QuoteKind.SENTENCE
        return Quote(self.text, self.source, self.section, self.speech, self.file, self.line,
                     kind, self.paragraph, self.sentence, self.page or None)

    @property
    def when(self) -> str:
        """The time for lists: ``YYYY-mm-dd HH:MM``."""
        return self.time[:16].replace("T", " ")


class Notebook:
    """The quote records in one JSON file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_dir() / NOTEBOOK_FILE
        self._store = JsonStore(self.path, {"version": VERSION, "quotes": []})
        self.problem: str | None = None
        """Set when the file was corrupt (it was set aside) or held unreadable records."""
        self._entries: list[Entry] = []
        self._unreadable: list[Any] = []
        """Records that could not be read: written back as they were, never dropped."""
        self.reload()

    def reload(self, report_unreadable: bool = True) -> list[Entry]:
        """Read the file again; returns the records newest first."""
        raw = self._store.load()
        problem = self._store.problem
        records = raw.get("quotes") if isinstance(raw, dict) else None
        entries: list[Entry] = []
        unreadable: list[Any] = []
        for item in records if isinstance(records, list) else []:
            entry = Entry.from_json(item)
            if entry is None:
                unreadable.append(item)
            else:
                entries.append(entry)
        self._unreadable = unreadable
        if unreadable and report_unreadable:
            note = f"摘录本中有 {len(unreadable)} 条记录无法读取，已略过（仍保留在 {self.path} 中）。"
            problem = f"{problem}\n{note}" if problem else note
        if problem:
            self.problem = problem
        self._entries = entries
        return self.entries()

    def entries(self) -> list[Entry]:
        """The records, newest first."""
        return list(reversed(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, quote: Quote, anchor: str = "", now: datetime | None = None) -> Entry:
        """Keep ``quote``: re-read the file (another reader may have added), append, save."""
        entry = Entry.from_quote(quote, anchor, now)
        self.reload(report_unreadable=False)
        self._entries.append(entry)
        self._save()
        return entry

    def remove(self, entry_id: str) -> bool:
        """Delete the record ``entry_id``; False when it was not there."""
        self.reload(report_unreadable=False)
        kept = [e for e in self._entries if e.id != entry_id]
        if len(kept) == len(self._entries):
            return False
        self._entries = kept
        self._save()
        return True

    def _save(self) -> None:
        records = self._unreadable + [e.to_json() for e in self._entries]
        self._store.save({"version": VERSION, "quotes": records})

    def take_problem(self) -> str | None:
        """The problem to report, once (then cleared)."""
        problem, self.problem = self.problem, None
        return problem

    def export_markdown(self, target: Path) -> int:
        """Write every record to ``target`` as Markdown (atomically); returns how many."""
        entries = self.entries()
        atomic_write_text(target, notebook_markdown(entries))
        return len(entries)


def notebook_markdown(entries: list[Entry]) -> str:
    """The notebook as a Markdown document (format in docs/quotes.md)."""
    lines = ["# 摘录本", "", f"共 {len(entries)} 条，最新的在前。"]
    for entry in entries:
        lines += ["", "---", "", format_quote(entry.quote(), CitationFormat.MARKDOWN), ""]
        place = f"`{entry.file}` 第 {entry.line} 行" if entry.file else f"第 {entry.line} 行"
        lines.append(f"*{place} · {entry.when}*")
    return "\n".join(lines) + "\n"


def settings_store(directory: Path | None = None) -> JsonStore:
    """The shared settings file (``state_dir()/settings.json``)."""
    return JsonStore((directory or state_dir()) / SETTINGS_FILE, {})


def load_citation_format(directory: Path | None = None) -> tuple[CitationFormat, str | None]:
    """The chosen citation format (default when unset or unknown) and any file problem."""
    store = settings_store(directory)
    settings = store.load()
    return CitationFormat.parse(settings.get(FORMAT_KEY, DEFAULT_FORMAT.value)), store.problem


def save_citation_format(fmt: CitationFormat, directory: Path | None = None) -> None:
    """Keep ``fmt`` for the next runs (other settings in the file are left alone)."""
    store = settings_store(directory)
    settings = store.load()
    settings[FORMAT_KEY] = fmt.value
    store.save(settings)
