"""The notebook's records (摘录本): one kept quote (``Entry``) and what reads and matches the
stored ones, with no file of its own (``tui/notebook.py``'s ``Notebook`` keeps them in
``quotes.json``).

``check_notebook`` checks ``quotes.json`` when it is read (a record stored without an id
gets a stable one; one renamed by an older reader cites its new name: ``_renamed_before``);
``renamed_citation`` is what a quote's citation says once its file is renamed
(``moved_entry``); ``same_quote`` tells a stored record that is the quote kept again,
``original_after_edit`` what a record's ``original`` holds after an edit; ``CITED_FIELDS``
are brought up to date when the same quote is kept again.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from tui import ui_text
from tui.base.safetext import safe_path
from tui.engine.quotes import (
    Quote,
    QuoteKind,
    citation_line,
    cited_name,
)
from tui.formats import placed_by_line
from tui.state import (
    Checked,
    Unusable,
    check_records,
    wrong_kind,
)

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
    original: str = ""
    """The text as it was copied, once the user changed it (``edit``); "" while unchanged.
    The quote is still the same quote (``keep`` finds it by this text too), and the list
    and the export say it was changed (``edited``)."""
    content: str = ""
    """The format the file's content had when the quote was kept (``Document.content_kind``:
    "text", "docx", "pdf"…), which may not be the one its name says (plain text saved as
    讲话.docx, a Word file renamed .txt); "" in a record kept before it was recorded
    (``place`` then goes by the name)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Fields this version does not know (a newer version's): written back as they were."""

    @classmethod
    def from_quote(
        cls, quote: Quote, anchor: str = "", now: datetime | None = None, content: str = ""
    ) -> Entry:
        """A new record for ``quote`` stamped with ``now`` (default: this moment), from a
        file whose content is of the format ``content`` ("" when not known)."""
        moment = (
            now
            if now is not None and now.tzinfo is not None
            else (now or datetime.now()).astimezone()
        )
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
            content=content,
        )

    @classmethod
    def from_json(cls, raw: Any) -> Entry | None:
        """A record read back, or None when it is not one (missing text or wrong types)."""
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            return None
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name == "extra":
                continue
            value = raw.get(spec.name)
            if spec.type == "int":
                values[spec.name] = value if isinstance(value, int) else 0
            else:
                values[spec.name] = value if isinstance(value, str) else ""
        if not values["id"]:
            values["id"] = uuid.uuid4().hex[:12]
        if not values["citation"]:
            values["citation"] = citation_line(values["source"], values["section"], values["page"])
        _cite_without_ending(values)
        known = {spec.name for spec in fields(cls) if spec.name != "extra"}
        values["extra"] = {key: value for key, value in raw.items() if key not in known}
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        """The record as stored (with the fields this version does not know)."""
        record = dict(self.extra)
        for spec in fields(self):
            if spec.name != "extra":
                record[spec.name] = getattr(self, spec.name)
        if not self.original:  # only an edited quote's (the records stay as they were)
            del record["original"]
        if not self.content:  # only where known (a record kept before stays as it was)
            del record["content"]
        return record

    def quote(self) -> Quote:
        """The quote again (to copy it in any format)."""
        kind = (
            QuoteKind(self.kind)
            if self.kind in QuoteKind._value2member_map_
            else QuoteKind.SENTENCE
        )
        return Quote(
            self.text,
            self.source,
            self.section,
            self.speech,
            self.file,
            self.line,
            kind,
            self.paragraph,
            self.sentence,
            self.page or None,
        )

    @property
    def edited(self) -> bool:
        """Whether the text is not the one copied (changed with ``Notebook.edit``)."""
        return bool(self.original) and self.original != self.text

    def place(self, *, page: Callable[[int], str], line: Callable[[int], str], alone: str) -> str:
        """Where the quote stands, as text, decided here once for the notebook's list, its
        Markdown export and ``speech-reader quotes`` (each gives its own forms): ``page(n)``
        for a PDF's quote, its page (a line of a PDF's extracted text is none a viewer
        shows; the citation names the page too); ``line(n)`` for a plain text's (.txt,
        .md), its line; ``alone`` for a Word, web-page or e-book file's (.docx, .html,
        .epub…), the file alone: a line of its extracted text is none the program that
        shows the file shows (``…docx 第4行``), and its citation, the speech's title and
        heading path, says where to look. By the page recorded, else by what the file held
        (``content``: plain text saved as 讲话.docx has lines, a Word file renamed .txt has
        none a user sees), else, in a record kept before that was recorded, by the file's
        name (``formats.placed_by_line``); the line is recorded either way, and opens the
        place."""
        if self.page:
            return page(self.page)
        return line(self.line) if placed_by_line(self.file, self.content) else alone

    @property
    def when(self) -> str:
        """The time for lists: ``YYYY-mm-dd HH:MM``."""
        return self.time[:16].replace("T", " ")

    @property
    def when_unbroken(self) -> str:
        """``when`` with a no-break space between the date and the time, for a list that is
        wrapped: a narrow notebook broke its place line between them (``… · 2026-12-06`` |
        ``06:55``); an export keeps the plain space."""
        return self.when.replace(" ", "\u00a0")


def _cite_without_ending(values: dict[str, Any]) -> None:
    """A record kept before formats19 names an untitled speech by its file's whole name
    (``——营商讲话.txt``, ``张三，营商讲话.txt（2019年3月5日）``): read as it is cited now,
    without the ending of a speech file (``cited_name``), in its source and its citation
    line (newuser19: the list, the export and ``a`` still pasted ``.txt`` into a draft).
    Only the file's own name is replaced; the file on disk changes with the next write of
    that record."""
    name = Path(values["file"]).name if values["file"] else ""
    cited = cited_name(name)
    if cited == name:
        return
    for key in ("source", "citation"):
        values[key] = values[key].replace(name, cited, 1)


def moved_entry(entry: Entry, old: str, new: str) -> Entry:
    """``entry``, whose file ``old`` was renamed ``new``, naming ``new``."""
    cited = {"source": entry.source, "citation": entry.citation, "speech": entry.speech}
    cited.update(renamed_citation(cited, old, new))
    return replace(
        entry,
        file=new,
        source=cited["source"],
        citation=cited["citation"],
        speech=cited["speech"],
    )


def renamed_citation(record: dict[str, Any], old: str, new: str) -> dict[str, str]:
    """The fields of ``record`` (a quote's ``source``, ``citation``, ``speech``) that
    change when its file ``old`` is renamed ``new``: an untitled speech is cited by the
    file's name (``营商讲话``, ``张三，营商讲话（2019年3月5日）``: ``quotes.speech_source``)
    and listed by it (``营商讲话：今天召开大会…``), which now say the new name; the
    citation line changes only where it starts with the source (a section or a page after
    it stays). A titled speech's (``《题目》``) and the quote's text are left as they are;
    nothing changes when only the folder did."""
    # (as a citation names them: a name's escapes and bytes that are not UTF-8 shown)
    old_name, new_name = safe_path(Path(old).name), safe_path(Path(new).name)
    changed: dict[str, str] = {}
    if not old_name or old_name == new_name:
        return changed
    source, citation = record.get("source"), record.get("citation")
    if isinstance(source, str):
        pattern = f"((?:[^，《》]*，)?){re.escape(cited_name(old_name))}((?:（[^（）]*）)?)"
        found = re.fullmatch(pattern, source)
        if found is not None:
            cited = f"{found.group(1)}{cited_name(new_name)}{found.group(2)}"
            changed["source"] = cited
            if isinstance(citation, str) and citation.startswith(f"——{source}"):
                changed["citation"] = f"——{cited}{citation[len(source) + 2 :]}"
    speech = record.get("speech")
    old_stem, new_stem = old_name.rsplit(".", 1)[0], new_name.rsplit(".", 1)[0]
    if speech == old_name:
        changed["speech"] = new_name
    elif isinstance(speech, str) and (
        speech == old_stem or speech.startswith((f"{old_stem}：", f"{old_stem} "))
    ):
        changed["speech"] = new_stem + speech[len(old_stem) :]
    return changed


def _renamed_before(record: dict[str, Any]) -> dict[str, str]:
    """The fields of ``record`` to change when its file was renamed by an older reader,
    whose ``Notebook.move_file`` renamed only the record's ``file``: an untitled speech's
    quote said ``——营商讲话`` in the notebook and in what ``c`` copied under the place line
    of ``营商讲话（定稿）.txt`` for good. Its listed label (``speech``: ``营商讲话：今天召开…``,
    ``营商讲话 第2篇：…``, ``Speech.label``) still names the old file, so the old name is
    known, and the citation follows the file as ``renamed_citation`` has it since; nothing
    when the label names the file's name (as a citation shows it: ``safe_path``) or no
    file's name at all."""
    file, speech = record.get("file"), record.get("speech")
    if not isinstance(file, str) or not isinstance(speech, str) or not file:
        return {}
    path = Path(file)
    head, stem = speech.split("：", 1)[0], safe_path(path.name).rsplit(".", 1)[0]
    if not head or head == stem or head.startswith(f"{stem} "):
        return {}
    for stem in (head, head.rsplit(" ", 1)[0]):  # (the name, or the name before 第N篇)
        changed = renamed_citation(record, str(path.with_name(stem + path.suffix)), file)
        if "source" in changed:
            return changed
    return {}


QUOTE_FIELDS: dict[str, type | tuple[type, ...]] = {"text": str}


QUOTE_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    spec: int if spec in ("line", "paragraph", "sentence") else str
    for spec in (
        "id",
        "citation",
        "source",
        "section",
        "speech",
        "file",
        "line",
        "time",
        "kind",
        "paragraph",
        "sentence",
        "anchor",
        "original",
        "content",
    )
}


def _record_id(raw: dict[str, Any]) -> str:
    """A stable id for a record stored without one (the same on every read)."""
    digest = hashlib.sha1(json.dumps(raw, sort_keys=True, ensure_ascii=True).encode())
    return "h" + digest.hexdigest()[:11]


def check_notebook(value: dict[str, Any]) -> Checked:
    """``quotes.json``: ``quotes`` a list of records with ``text``; others left out (and named)."""
    records = value.get("quotes", [])
    if not isinstance(records, list):
        raise Unusable(wrong_kind("quotes", list, records))
    kept, dropped = check_records(
        records, ui_text.STATE_RECORD_QUOTE(), QUOTE_FIELDS, QUOTE_OPTIONAL
    )
    for raw in kept:
        if not raw.get("id"):
            raw["id"] = _record_id(raw)
        raw.update(_renamed_before(raw))
    value["quotes"] = kept
    value.setdefault("version", VERSION)
    return value, dropped


def same_quote(raw: dict[str, Any], entry: Entry) -> bool:
    """Whether the stored record ``raw`` is the quote ``entry``: the same text (as copied,
    or as edited since) from the same file. Only records without a file are told apart by
    their source: how a citation names a speech changes between versions (formats19 cut a
    speech file's ending, ``营商讲话.txt`` → ``营商讲话``, and dates to their day), and a
    quote kept before was kept again as a second record (newuser19)."""
    if entry.text not in (raw.get("text"), raw.get("original") or None):
        return False
    file = raw.get("file")
    if file and entry.file:
        return bool(file == entry.file)
    return raw.get("source") == entry.source


def original_after_edit(copied: str, text: str) -> str:
    """What a record's ``original`` holds once its text is ``text``: the text as it was
    copied (``copied``), or "" when the edit brought that text back (no longer edited).
    The same rule for the record in memory and the stored one (``Notebook.edit``)."""
    return "" if text == copied else copied


CITED_FIELDS = ("source", "section", "speech", "citation", "page", "content")
"""What a record says of where its quote comes from, as the engine cites it now: brought
up to date when the same quote is kept again (``Notebook.keep``)."""


def quote_moment(time: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(time)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.astimezone()
