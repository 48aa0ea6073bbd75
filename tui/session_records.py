"""What the session's files hold, and how they are read and checked (no Textual): a place in
a file (``Position``) and a bookmark (``Bookmark``), the key a file is stored under
(``normalise``), a stored place found again in a changed document (``resolve_position``),
``session.json`` read once at the start (``read_session``, ``stored_session``) for the
language to start in (``start_language``), and the checks of both files' records
(``check_session``, ``check_bookmarks``). ``tui/session.py``'s ``Session`` keeps this
run's changes and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui import ui_text
from tui.engine.model import Document, Kind
from tui.paths import expand_user
from tui.state import (
    Checked,
    FileText,
    check_records,
    kind_name,
    parse,
    record_problem,
    state_dir,
    type_name,
    wrong_kind,
)


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
    view_row: int = 0
    """Rows between the view's top and the sentence's first row when it was left: a restart
    shows the view as it was (0: the sentence at the top)."""
    match_start: int | None = None
    """Where in the paragraph the search's current match stood, when it was in this
    paragraph: a restart makes that match current again, not its sentence's first one."""


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
    page: int = 0
    """The PDF page the sentence's paragraph starts on (0: the file has no pages): a PDF's
    ``line`` is a line of its extracted text, which no PDF viewer shows, so the bookmark
    list names the page, as the notebook and the citation do."""
    content: str = ""
    """What the file held when it was bookmarked (``Document.content_kind``: "text",
    "docx"…), by which the list places it (a Word file renamed .txt has no line a user
    sees); "" in a bookmark made before it was recorded (placed by the name)."""


def normalise(path: str | Path) -> str:
    """The key a file is stored under: its absolute, resolved path (a path the system cannot
    look up — a NUL byte in a state file's key — stays absolute, unresolved)."""
    expanded = expand_user(path)
    try:
        return str(expanded.resolve())
    except ValueError:  # embedded null byte: os.path.realpath refuses it
        return str(expanded.absolute())


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


POSITION_FIELDS: dict[str, type | tuple[type, ...]] = {
    "paragraph": int,
    "sentence": int,
    "line": int,
}


POSITION_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "text": str,
    "view_row": int,
    "match_start": (int, type(None)),
}


BOOKMARK_FIELDS: dict[str, type | tuple[type, ...]] = {
    "path": str,
    "paragraph": int,
    "sentence": int,
    "line": int,
}


BOOKMARK_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "text": str,
    "created": str,
    "anchor": str,
    "page": int,
    "content": str,
}


def read_session(directory: Path | None = None) -> FileText:
    """``session.json`` read now, once: handed to ``start_language`` and then to
    ``Session``, which take this reading instead of reading the file again."""
    folder = directory if directory is not None else state_dir()
    return FileText.read(folder / "session.json")


def stored_session(directory: Path | None = None, read: FileText | None = None) -> dict[str, Any]:
    """``session.json`` as it is on disk (``read``: as it was read a moment ago), only
    looked at: nothing set aside, nothing reported, nothing checked ({} when it is missing
    or is no JSON object).

    For what is wanted before the state is loaded (the language the state files'
    problems are worded in: ``start_language``) and for the subcommands, which do not
    set the reader's files aside (``speech-reader quotes``' folder read last).
    """
    found = read if read is not None else read_session(directory)
    if found.text is None:
        return {}
    try:
        stored = parse(found.text)
    except (ValueError, RecursionError):
        return {}
    return stored if isinstance(stored, dict) else {}


def start_language(flag: str | None, read: FileText | None = None) -> ui_text.Language:
    """Set the language to start in, and return it: ``--lang`` (``flag``), else
    ``SPEECH_READER_LANG``, else the choice stored in ``session.json`` (``read``: as
    ``read_session`` read it; else read now), else Chinese.

    Called before any state file is loaded (``Session``, ``Notebook``, ``Highlights``):
    their problems (a damaged file set aside) are worded when they are read, and so come
    in the language the user finally sees, also when English is only the stored choice.
    A ``session.json`` too damaged to be read has no choice to give (Chinese, unless
    asked otherwise); it is set aside when the session loads.

    At the reader's start the file is read once (``read_session``) and that reading
    handed here and to ``Session(stored=...)``.
    """
    chosen = ui_text.choose(flag, stored_session(read=read).get("language"))
    ui_text.set_language(chosen)
    return chosen


def check_session(value: dict[str, Any]) -> Checked:
    """``session.json``: ``last_file`` a path or null, ``theme`` and ``language`` names,
    ``notebook_entry`` the id of the notebook's quote highlighted last,
    ``positions`` by path, ``folders`` a path (the file read last there) by folder,
    ``outline_width`` and ``tree_width`` numbers of cells (at least 1), ``keyword_panel``
    ("shown"), ``keyword_highlights`` ("on"), ``find_term`` (the search left on) and
    ``find_folder`` (the file tree's root it was left on in) strings.

    Entries of the wrong type are left out (and named); other keys are kept as they are.
    A file written before ``folders`` existed has none: ``last_file`` stands for its folder.
    """
    dropped: list[str] = []
    for key in (
        "last_file",
        "theme",
        "language",
        "line_width",
        "notebook_entry",
        "keyword_panel",
        "keyword_highlights",
        "find_term",
        "find_folder",
    ):
        if key in value and not (value[key] is None or isinstance(value[key], str)):
            dropped.append(wrong_kind(key, str, value.pop(key)))
    for key in ("outline_width", "tree_width"):
        width = value.get(key)
        if key in value and (isinstance(width, bool) or not isinstance(width, int) or width < 1):
            dropped.append(wrong_kind(key, int, value.pop(key)))
    if "folders" in value:
        folders = value["folders"]
        if not isinstance(folders, dict):
            dropped.append(wrong_kind("folders", dict, value.pop("folders")))
        else:
            for folder, file in list(folders.items()):
                if not isinstance(file, str):
                    del folders[folder]
                    dropped.append(
                        ui_text.STATE_FOLDER_FILE_PROBLEM(
                            folder=folder,
                            problem=ui_text.STATE_WRONG_KIND(
                                expected=type_name(str), actual=kind_name(file)
                            ),
                        )
                    )
    positions = value.get("positions", {})
    if not isinstance(positions, dict):
        dropped.append(wrong_kind("positions", dict, positions))
        positions = {}
    kept: dict[str, Any] = {}
    for path, item in positions.items():
        problem = record_problem(item, POSITION_FIELDS, POSITION_OPTIONAL)
        if problem is None:
            kept[path] = item
        else:
            dropped.append(ui_text.STATE_POSITION_PROBLEM(path=path, problem=problem))
    value["positions"] = kept
    return value, dropped


def check_bookmarks(value: list[Any]) -> Checked:
    """``bookmarks.json``: a list of bookmarks; ones of the wrong shape are left out."""
    return check_records(value, ui_text.STATE_RECORD_BOOKMARK(), BOOKMARK_FIELDS, BOOKMARK_OPTIONAL)


def bookmark_of(raw: dict[str, Any]) -> Bookmark:
    """A checked record as a ``Bookmark`` (fields it does not know are left in the file)."""
    return Bookmark(
        raw["path"],
        raw["paragraph"],
        raw["sentence"],
        raw["line"],
        raw.get("text", ""),
        raw.get("created", ""),
        raw.get("anchor", ""),
        raw.get("page", 0),
        raw.get("content", ""),
    )


def bookmark_place(raw: dict[str, Any]) -> tuple[Any, Any, Any]:
    return raw.get("path"), raw.get("paragraph"), raw.get("sentence")
