"""The quote notebook (摘录本): every copied quote kept on disk, and the citation setting.

Pure Python on ``tui.state.JsonStore`` (no Textual): the notebook screen and
``speech-reader quotes`` share it. The notebook is ``data_dir()/quotes.json``,
``{"version": 1, "quotes": [record, ...]}`` oldest first (last first in the lists), in
the user's order once a quote was moved. Every change (``keep``, ``remove``, ``restore``,
``move``, ``edit``) is a merge-on-write under the file's lock: the file is re-read,
only this change is applied (a record added, or one removed by id) and the result
written atomically, so a crash loses at most the quote being written and two running
readers keep each other's quotes. Records are checked when read (``check_notebook``);
fields this version does not know are kept. A quote already kept (same text and source)
is not added again. A corrupt file is set aside by ``JsonStore`` and reported through
``Notebook.problem``.

The citation format is the ``"citation_format"`` key of ``state_dir()/settings.json``
(other keys of that file are kept as they are). ``export_problem`` says why an export
target needs the user's confirmation (it exists, or it is in a folder of speeches);
``default_export_path`` is a free name in ``export_dir()``.

A record (``Entry``) and what reads, checks and matches the stored ones are in
``tui/notebook_records.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.quotes import (
    DEFAULT_FORMAT,
    CitationFormat,
    Quote,
    format_quote,
)
from tui.notebook_records import (
    CITED_FIELDS,
    VERSION,
    Entry,
    check_notebook,
    moved_entry,
    original_after_edit,
    quote_moment,
    renamed_citation,
    same_quote,
)
from tui.paths import bundled_corpus_dir, expand_user
from tui.state import (
    Checked,
    JsonStore,
    atomic_write_text,
    data_dir,
    export_dir,
    state_dir,
    wrong_kind,
)

NOTEBOOK_FILE = "quotes.json"
SETTINGS_FILE = "settings.json"
FORMAT_KEY = "citation_format"


def check_settings(value: dict[str, Any]) -> Checked:
    """``settings.json``: ``citation_format`` a name when present; other keys as they are."""
    if FORMAT_KEY in value and not isinstance(value[FORMAT_KEY], str):
        return value, [wrong_kind(FORMAT_KEY, str, value.pop(FORMAT_KEY))]
    return value, []


class Notebook:
    """The quote records in one JSON file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_dir() / NOTEBOOK_FILE
        self._store = JsonStore(self.path, {"version": VERSION, "quotes": []}, check_notebook)
        self.problem: str | None = None
        """Set when the file was corrupt (it was set aside) or held records of the wrong shape."""
        self._entries: list[Entry] = []
        self.ordered = False
        """Whether the user has moved a quote (``move``): the list is in their order, no
        longer newest first (the file's ``"ordered": true``)."""
        self._unsaved: list[Entry] = []
        """Quotes kept in this run that could not be written yet (written with the next change)."""
        self.reload()

    def reload(self) -> list[Entry]:
        """Read the file again; returns the records newest first."""
        self._adopt(self._store.load())
        return self.entries()

    def _adopt(self, stored: dict[str, Any]) -> None:
        entries = (Entry.from_json(raw) for raw in stored.get("quotes", []))
        self._entries = [entry for entry in entries if entry is not None]
        ids = {entry.id for entry in self._entries}
        self._entries += [entry for entry in self._unsaved if entry.id not in ids]
        self.ordered = stored.get("ordered") is True
        problem = self._store.take_problem()
        if problem:
            self.problem = f"{self.problem}\n{problem}" if self.problem else problem

    def entries(self) -> list[Entry]:
        """The records, newest first."""
        return list(reversed(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def keep(
        self, quote: Quote, anchor: str = "", now: datetime | None = None, content: str = ""
    ) -> tuple[Entry, bool]:
        """Keep ``quote`` unless the notebook has it already (``same_quote``: the same text,
        as copied or as edited since, from the same file; the source only for records
        without a file), bringing that record's citation up to date (``CITED_FIELDS``).
        ``content`` is the format the file's content has (``Entry.content``).

        Returns the record and whether it is new. Raises ``WriteFailed`` when the file
        could not be written.
        """
        entry = Entry.from_quote(quote, anchor, now, content)
        found = [kept for kept in self._unsaved if same_quote(kept.to_json(), entry)]

        def change(stored: dict[str, Any]) -> dict[str, Any] | None:
            if found:
                return None
            for raw in stored["quotes"]:
                if same_quote(raw, entry):
                    # Kept before, maybe by a version that cited it otherwise: its citation
                    # as it is copied now (the clipboard has that one).
                    cited = entry.to_json()
                    stale = [
                        key for key in CITED_FIELDS if key in cited and raw.get(key) != cited[key]
                    ]
                    for key in stale:
                        raw[key] = cited[key]
                    found.extend(e for e in [Entry.from_json(raw)] if e is not None)
                    return stored if stale else None
            stored["quotes"].append(entry.to_json())
            return stored

        try:
            self._write(change)
        except OSError:
            if not found:  # kept for this run; written with the next change that works
                self._unsaved.append(entry)
                self._entries.append(entry)
            raise
        return (found[0], False) if found else (entry, True)

    def _write(self, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> None:
        """``change`` merged into the file (with quotes not written before); adopt the result."""
        unsaved = list(self._unsaved)

        def merged(stored: dict[str, Any]) -> dict[str, Any] | None:
            added = False
            for entry in unsaved:
                if not any(
                    raw.get("id") == entry.id or same_quote(raw, entry) for raw in stored["quotes"]
                ):
                    stored["quotes"].append(entry.to_json())
                    added = True
            result = change(stored)
            return result if result is not None or not added else stored

        stored = self._store.update(merged)
        self._unsaved = [entry for entry in self._unsaved if entry not in unsaved]
        self._adopt(stored)

    def add(self, quote: Quote, anchor: str = "", now: datetime | None = None) -> Entry:
        """Keep ``quote`` (see ``keep``); the record, new or the one already there."""
        return self.keep(quote, anchor, now)[0]

    def remove(self, entry_id: str) -> bool:
        """Delete the record ``entry_id``; False when it was not there."""
        removed: list[bool] = []
        unsaved = [entry for entry in self._unsaved if entry.id == entry_id]
        if unsaved:  # never written: nothing to change on disk
            self._unsaved.remove(unsaved[0])
            self._entries = [entry for entry in self._entries if entry.id != entry_id]
            return True

        def change(stored: dict[str, Any]) -> dict[str, Any] | None:
            kept = [raw for raw in stored["quotes"] if raw.get("id") != entry_id]
            if len(kept) == len(stored["quotes"]):
                return None
            removed.append(True)
            stored["quotes"] = kept
            return stored

        self._write(change)
        return bool(removed)

    def restore(self, entry: Entry, above: str | None = None) -> bool:
        """Put a deleted record back in its place (undo); whether it is there now.

        ``above``: the id of the record listed just above it when it was deleted ("" when
        it was the first), so that it goes back where it was in an order the user chose
        (``move``); without it, or when that record is gone too, its place by time.
        """
        when = quote_moment(entry.time)

        def change(stored: dict[str, Any]) -> dict[str, Any] | None:
            records = stored["quotes"]
            if any(raw.get("id") == entry.id for raw in records):
                return None
            index = len(records)
            # Stored oldest first, listed newest first: below a record is just before it.
            ids = [raw.get("id") for raw in records]
            if above is not None and (above == "" or above in ids):
                records.insert(ids.index(above) if above else index, entry.to_json())
                return stored
            if when is not None:
                for number, raw in enumerate(records):
                    other = quote_moment(str(raw.get("time", "")))
                    if other is not None and other > when:
                        index = number
                        break
            records.insert(index, entry.to_json())
            return stored

        self._write(change)
        return any(e.id == entry.id for e in self._entries)

    def move(self, entry_id: str, steps: int) -> bool:
        """Move the record ``entry_id`` ``steps`` places down the list (up when negative;
        the list is newest first until the user orders it), past the records listed next
        to it in the file as it is now; False when it is already at that end or gone.
        Raises ``WriteFailed`` when the file could not be written.

        The export and ``speech-reader quotes`` keep the order: a speech is drafted
        quote by quote, in its own order, not in the order they were found."""
        moved: list[bool] = []

        def change(stored: dict[str, Any]) -> dict[str, Any] | None:
            records = stored["quotes"]
            ids = [raw.get("id") for raw in records]
            if entry_id not in ids:
                return None
            index = ids.index(entry_id)
            # Stored oldest first, listed newest first: down the list is back in the file.
            target = max(0, min(len(records) - 1, index - steps))
            if target == index:
                return None
            records.insert(target, records.pop(index))
            stored["ordered"] = True
            moved.append(True)
            return stored

        self._write(change)
        return bool(moved)

    def edit(self, entry_id: str, text: str) -> bool:
        """The record ``entry_id`` holds ``text`` now (a quote cut to the part the draft
        needs, a typo mended); its source and place stay, the text as copied is kept in
        ``original`` (the list and the export mark the quote as changed; back to that text,
        it is no longer marked). False when it is gone or had that text. Raises
        ``WriteFailed`` when the file could not be written."""
        edited: list[bool] = []
        for number, entry in enumerate(self._unsaved):
            if entry.id == entry_id:
                original = original_after_edit(entry.original or entry.text, text)
                self._unsaved[number] = replace(entry, text=text, original=original)

        def change(stored: dict[str, Any]) -> dict[str, Any] | None:
            for raw in stored["quotes"]:
                if raw.get("id") == entry_id and raw.get("text") != text:
                    original = original_after_edit(raw.get("original") or raw.get("text"), text)
                    raw["text"] = text
                    if original:
                        raw["original"] = original
                    else:
                        raw.pop("original", None)
                    edited.append(True)
            return stored if edited else None

        self._write(change)
        return bool(edited)

    def move_file(self, old: str | Path, new: str | Path) -> int:
        """The records quoted from ``old`` now name ``new`` (the file was renamed), so
        that they open at their place again; how many. An untitled speech's quotes, cited
        by the file's name, cite the new name (``renamed_citation``: the citation follows
        the file, as the place line does; the text kept stays as it is). Raises
        ``WriteFailed`` when the file could not be written."""
        return self.move_files({old: new})

    def move_files(self, files: Mapping[str | Path, str | Path]) -> int:
        """``move_file`` for each old file and its new name (a folder renamed: its files),
        in one write of the notebook: a write a file before, and one failing half-way left
        the folder's quotes half moved. How many records; raises ``WriteFailed``."""
        moves = {str(old): str(new) for old, new in files.items()}
        return self._move_records(moves.get) if moves else 0

    def move_folder(self, old: Path, new: Path) -> int:
        """The records of every file under the folder ``old`` (renamed, or moved, to
        ``new``) name the new folder, as ``Session.move_folder`` is for the bookmarks and
        places: one write (``move_files``'s). The folder is matched against the records
        as the file holds them when written, so another reader's quotes kept under it
        since this notebook was read move too: the file is read (under its lock) even when
        none of this notebook's records is under the folder, as ``Session.move_folder``
        reads the bookmarks, and written only when a record moved (or, as with every
        change, a quote not written before is written with it). How many records; raises
        ``WriteFailed``."""

        def moved(file: str) -> str | None:
            path = Path(file)
            return str(new / path.relative_to(old)) if path.is_relative_to(old) else None

        return self._move_records(moved)

    def _move_records(self, moved: Callable[[str], str | None]) -> int:
        """The records whose file ``moved`` gives a new path for (None: not moved) name
        it, in one write; how many. With no notebook on disk and nothing unsaved there is
        nothing to move: no file, folder or lock is made (a folder renamed by a reader who
        never kept a quote made the data folder and ``quotes.json.lock``)."""
        if not self._unsaved and not self.path.exists():
            return 0
        count: list[bool] = []
        self._unsaved = [
            moved_entry(entry, entry.file, target)
            if (target := moved(entry.file)) is not None
            else entry
            for entry in self._unsaved
        ]

        def change(stored: dict[str, Any]) -> dict[str, Any] | None:
            for raw in stored["quotes"]:
                old_file = raw.get("file")
                if not isinstance(old_file, str) or (new_file := moved(old_file)) is None:
                    continue
                raw["file"] = new_file
                raw.update(renamed_citation(raw, old_file, new_file))
                count.append(True)
            return stored if count else None

        self._write(change)
        return len(count)

    def take_problem(self) -> str | None:
        """The problem to report, once (then cleared)."""
        problem, self.problem = self.problem, None
        return problem

    def markdown(self) -> str:
        """Every record as the Markdown export (``notebook_markdown``), in the list's order,
        its heading saying which (``ordered``): the one text the app's export and
        ``speech-reader quotes --export`` write (``-`` too: it worked the order out from
        the times and, after two quotes kept in the same second were moved, still said
        最新的在前)."""
        return notebook_markdown(self.entries(), self.ordered)

    def export_markdown(self, target: Path) -> int:
        """Write every record to ``target`` as Markdown (atomically, ``markdown``);
        returns how many.

        Raises ``WriteFailed``, naming ``target`` (never a temporary file).
        """
        atomic_write_text(target, self.markdown(), shared=True)
        return len(self._entries)


def library_folders(
    entries: Iterable[Entry], roots: Iterable[Path] = ()
) -> tuple[set[Path], set[Path]]:
    """Folders of speeches: (trees never exported into, single folders never exported into).

    The trees are the bundled corpus and ``roots`` (the app's open folder); the single
    folders are those of the quoted files.
    """
    trees = {bundled_corpus_dir().resolve(), *(Path(root).resolve() for root in roots)}
    folders = {Path(entry.file).resolve().parent for entry in entries if entry.file}
    return trees, folders


def export_problem(
    target: Path, entries: Iterable[Entry], roots: Iterable[Path] = ()
) -> str | None:
    """Why writing ``target`` needs the user's say-so, or None when it is safe.

    It exists (would be overwritten), or it is in a folder of speeches (the exported
    ``.md`` would show up there as one more speech).
    """
    target = expand_user(target)
    if target.exists() or target.is_symlink():
        return ui_text.EXPORT_EXISTS(target=target)
    folder = target.resolve().parent
    trees, folders = library_folders(entries, roots)
    if folder in folders or any(folder == tree or tree in folder.parents for tree in trees):
        return ui_text.EXPORT_AMONG_SPEECHES(folder=folder)
    return None


def default_export_path(folder: Path | None = None) -> Path:
    """``摘录本.md`` (``notebook.md`` in English) in ``export_dir()`` (or ``folder``),
    numbered when that name is taken (``摘录本-2.md``)."""
    base = folder if folder is not None else export_dir()
    name = ui_text.EXPORT_FILE_NAME()
    target = base / f"{name}.md"
    number = 1
    while target.exists():
        number += 1
        target = base / f"{name}-{number}.md"
    return target


def _newest_first(entries: list[Entry]) -> bool:
    """Whether ``entries`` are listed newest first (a record without a time fits anywhere)."""
    moments = [moment for moment in (quote_moment(entry.time) for entry in entries) if moment]
    return all(newer >= older for newer, older in zip(moments, moments[1:], strict=False))


def notebook_markdown(entries: list[Entry], ordered: bool = False) -> str:
    """The notebook as a Markdown document in the interface's language (format in
    docs/quotes.md); ``ordered``: the
    user has moved quotes (``Notebook.ordered``; without it, told by the records' times).
    A notebook's own export is ``Notebook.markdown``, which always says."""
    # Listed in the notebook's order: the user's, once a quote was moved (J/K), which the
    # heading then says rather than "newest first" (newuser17).
    # In the interface's language (the CLI's: ``--lang`` or the choice made last); the
    # quotes and their sources stay as they were copied. It was Chinese in English too.
    newest = not ordered and _newest_first(entries)
    order = ui_text.EXPORT_NEWEST_FIRST if newest else ui_text.EXPORT_IN_ORDER
    lines = [ui_text.EXPORT_HEADING(), "", order(count=len(entries))]
    for entry in entries:
        lines += ["", "---", "", format_quote(entry.quote(), CitationFormat.MARKDOWN), ""]
        # The path as every output shows it: the file is read in a terminal too, and a name
        # that is not UTF-8 (lone surrogates) could not even be written (newuser13).
        where = safe_text(entry.file)
        # A PDF's by its page (newuser14: "第 1069 行" of a 50-page PDF), a Word or web-page
        # file's by the file alone (``Entry.place``).
        at = entry.place(
            page=lambda page: ui_text.EXPORT_AT_PAGE(page=page),
            line=lambda line: ui_text.EXPORT_AT_LINE(line=line),
            alone="",
        )
        place = " ".join(part for part in (f"`{where}`" if entry.file else "", at) if part)
        # A changed quote is not the speech's words: said where the export is read.
        mark = ui_text.QUOTE_EDITED_MARK() if entry.edited else ""
        lines.append(f"*{place} · {entry.when}{mark}*")
    return "\n".join(lines) + "\n"


def settings_path(directory: Path | None = None) -> Path:
    """``state_dir()/settings.json`` (or in ``directory``)."""
    return (directory or state_dir()) / SETTINGS_FILE


def settings_store(directory: Path | None = None) -> JsonStore:
    """The shared settings file (``state_dir()/settings.json``)."""
    return JsonStore(settings_path(directory), {}, check_settings)


def load_citation_format(directory: Path | None = None) -> tuple[CitationFormat, str | None]:
    """The chosen citation format (default when unset or unknown) and any file problem."""
    store = settings_store(directory)
    settings = store.load()
    return CitationFormat.parse(settings.get(FORMAT_KEY, DEFAULT_FORMAT.value)), store.problem


def save_citation_format(fmt: CitationFormat, directory: Path | None = None) -> None:
    """Keep ``fmt`` for the next runs (other settings in the file are left alone)."""

    def change(settings: dict[str, Any]) -> dict[str, Any]:
        settings[FORMAT_KEY] = fmt.value
        return settings

    settings_store(directory).update(change)
