"""Extracted text kept on disk, so a PDF or Word file opens at once the second time.

One JSON file per extracted file in ``<cache dir>/extracted/`` (the cache dir is
``$SPEECH_READER_HOME/cache`` or the user cache folder, as for jieba's dictionary),
named by a hash of the format version, the absolute path, the size and the
modification time: a changed file has another name, and the old entry ages out.
Written atomically (a temporary file, then ``os.replace``); an entry that does not read
back (cut short, edited, another version) is ignored and rebuilt. Nothing here ever
writes next to the user's file.

A PDF that PDFium crashed on, or that took it past a limit (``errors.ReaderCrashedError``),
is remembered the same way in ``<cache dir>/refused/`` (``remember_refusal``, ``refusal``):
by its path and stamp, with what happened, so opening it again, counting or indexing its
folder again does not run PDFium on it again (a 120 s time limit paid at each open). A
changed file has another stamp and is tried again; so is one the user asks to read again
(``forget_refusals``: the reader's 重新读取此文件, ``speech-reader --read-again``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tui.base.errors import Said
from tui.base.files import FileStamp

VERSION = 31
"""Bump when extraction changes what it returns: old entries are then never read.
2: .docx heading styles and outline levels written as ``#`` hints.
3: format characters as visible placeholders, zero-width junk out (as in text files).
4: a document that types its own indentation keeps it, and its empty paragraphs; PDF
indentation and blank lines from the character boxes, short running headers and page
numbers dropped (tests/regression/FORMATS.md).
5: web pages keep a run of spaces typed inside a line of their source.
6: Word, ODT and RTF files whose paragraphs are Markdown text are kept as they stand.
7: warnings as ``{"zh", "en"}`` objects (a ``Said`` each), no longer "中文 / English".
8: web pages and e-books whose paragraphs are Markdown text read as the Markdown file.
9: a page cut short inside a character of its declared charset read up to the cut.
10: web pages lose the chrome a site marks by class names, blocks mostly of links, and
small blocks saying what only a footer says (an ICP number).
11: web pages read the text inside a ``<form>`` and drop what they hide; a PDF's drawn
hyphen (U+00AD) kept; Word's table of contents left out; antiword's lines as paragraphs
(tests/formats_real). Cached, a saved law page opened before stayed empty.
12: the title a file names for itself (``Extracted.title``).
13: PDF gaps as many blank lines as rows, a seam's empty rows back; a page's headings and
list items a paragraph apart in a typed layout (formats25).
14: an OpenDocument's and an RTF file's own title (their properties', the Title style's).
15: no title ending with a colon (a PDF's salutation 同志们： set larger than its text).
16: a web page's ``<title>`` cut at each short tail after a dash (标题--栏目-网站).
17: a Word, ODT, RTF file or page whose paragraphs are a hard-wrapped text's lines keeps
them as they stand, unindented (``hard_wrapped``).
18: a web page's heading elements ``<h2>``–``<h6>`` written as ``#`` hints (``html._hint``).
19: spaces typed inside one line of a web page's heading element kept, one a run
(``html._collapsed``: 竖直脊梁 立定脚跟 …).
20: a page Word saved: its paragraphs' outline levels (``mso-outline-level``, inline or
by their class) and its ``<h1>`` (Heading 1) written as ``#`` hints (``html._Outline``).
21: a web page's inline element holding only a space typed on one line (``<span> </span>``)
keeps it as one space (``html._space_alone``: 不忘初心担使命 传承博雅谱新篇).
22: a web page's lists of other articles, comments, side column and QR boxes left out even
when their names hold a content word (``html._OTHER_NAMES``: ``related_article``), and
what a class ``hidden``/``hide`` hides.
23: a page's title that is only its column (新闻动态) is none, and one with its column after
a space (标题 栏目) loses it when the text holds the rest (``titles.best_title``).
24: a list under a label of its own (热新闻, 相关推荐, 评论（0）) left out with its label
(``html._find_labelled_lists``).
25: a no-break space typed inside one line kept as one space (``html._collapsed``).
26: a part named ``next`` (网易's 阅读下一篇 box) is chrome.
27: a page with no ``<h1>`` names its first heading element (no section, column or trail)
as a title candidate (``html._first_heading``).
28: a .docx's table-of-contents entries in WPS's style, or holding a PAGEREF field, left out
(``docx.contents_entry``).
29: DCS, APC, PM and SOS strings taken out whole (``decode.without_escapes``); an e-book
chapter's DOCTYPE internal subset no paragraph (``epub``, safety85).
30: an ``<h1>``'s date on a line of its own in Chinese numerals (二〇二四年三月一日) no part of the
page's title candidate (``html``, daily88); a ``<br>`` inside a heading one heading line (daily84).
31: a web page's DOCTYPE internal subset no paragraph (``html._INTERNAL_SUBSET``, daily96).
"""
_KINDS = frozenset(("docx", "pdf", "html", "doc", "mhtml", "epub", "rtf", "odt"))
"""The kinds ``read_source`` extracts (and so caches); text files are never cached."""
MAX_ENTRIES = 400
"""Entries kept; the least recently written go first."""


def folder() -> Path:
    from tui.paths import cache_dir

    return cache_dir() / "extracted"


def _key(path: str, stamp: FileStamp, version: str | None = None) -> tuple[str, str]:
    """``path`` made absolute, and the name of its entry at ``stamp`` (``version``: what
    kind of entry, at which version; an extraction at ``VERSION`` by default)."""
    absolute = os.path.abspath(path)
    name = f"{VERSION if version is None else version}\0{absolute}\0{stamp.size}\0{stamp.mtime_ns}"
    return absolute, hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _entry(where: Path, path: str, stamp: FileStamp, version: int, kind: str = "") -> Any:
    """The record stored in ``where`` for ``path`` at ``stamp`` (``_key``), as written at
    ``version``; None when there is none, or it is another file's, stamp's or version's.
    Raises what a record that does not read back raises (OSError, ValueError, KeyError,
    TypeError)."""
    absolute, key = _key(path, stamp, f"{kind}{version}")
    try:
        raw = json.loads((where / f"{key}.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if (
        raw["version"] != version
        or raw["path"] != absolute
        or raw["size"] != stamp.size
        or raw["mtime_ns"] != stamp.mtime_ns
    ):
        return None
    return raw


def load(path: str, stamp: FileStamp) -> Any | None:
    """The ``Extracted`` stored for ``path`` at ``stamp``, or None (missing or unreadable)."""
    from tui.formats import Extracted

    try:
        raw = _entry(folder(), path, stamp, VERSION)
        if raw is None or raw["kind"] not in _KINDS:
            return None
        pages = raw["pages"]
        if pages is not None:
            pages = tuple(int(page) for page in pages)
        text, encoding = raw["text"], raw["encoding"]
        if not isinstance(text, str) or not isinstance(encoding, str):
            return None
        warnings = tuple(_said(warning) for warning in raw["warnings"])
        title = raw["title"]
        if title is not None and not isinstance(title, str):
            return None
        return Extracted(text, raw["kind"], encoding, pages, warnings, title=title)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _said(warning: Any) -> Said:
    """A warning as stored (``{"zh": …, "en": …}``); ValueError for anything else (a text
    "中文 / English" as version 6 and before stored it)."""
    if not isinstance(warning, dict) or set(warning) != {"zh", "en"}:
        raise ValueError("a warning is not {zh, en}")
    zh, en = warning["zh"], warning["en"]
    if not isinstance(zh, str) or not isinstance(en, str):
        raise ValueError("a warning's text is not a string")
    return Said(zh, en)


def store(path: str, stamp: FileStamp, extracted: Any) -> None:
    """Keep ``extracted`` for ``path`` at ``stamp`` (quietly nothing when it cannot)."""
    absolute, key = _key(path, stamp)
    record = {
        "version": VERSION,
        "path": absolute,
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "kind": extracted.kind,
        "encoding": extracted.encoding,
        "pages": list(extracted.pages) if extracted.pages is not None else None,
        "warnings": [
            {"zh": str(warning), "en": getattr(warning, "en", str(warning))}
            for warning in extracted.warnings
        ],
        "text": extracted.text,
        "title": extracted.title,
    }
    _write(folder(), key, record)


def _write(where: Path, key: str, record: dict[str, Any]) -> None:
    """``record`` as ``where/<key>.json``, written atomically (a temporary file, then
    ``os.replace``); the oldest entries past ``MAX_ENTRIES`` removed; quietly nothing when
    it cannot be written."""
    tmp = ""
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=where)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False)
        os.replace(tmp, where / f"{key}.json")
        tmp = ""
        _prune(where)
    except (OSError, ValueError):
        pass
    finally:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


REFUSED_VERSION = 1
"""Bump when what a refusal means changes: old ones are then never read (tried again)."""
REFUSED = "refused "
"""What a refusal's entry name starts with (``_key``), unlike an extraction's."""


def refused_folder() -> Path:
    from tui.paths import cache_dir

    return cache_dir() / "refused"


def refusal(path: str, stamp: FileStamp) -> Said | None:
    """What PDFium did on ``path`` at ``stamp`` when it was read before
    (``remember_refusal``), or None: not refused, changed since, or unreadable."""
    try:
        raw = _entry(refused_folder(), path, stamp, REFUSED_VERSION, REFUSED)
        return None if raw is None else _said(raw["how"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember_refusal(path: str, stamp: FileStamp, how: Said) -> None:
    """Keep that PDFium ``how`` (crashed, went past a limit) on ``path`` at ``stamp``."""
    absolute, key = _key(path, stamp, f"{REFUSED}{REFUSED_VERSION}")
    record = {
        "version": REFUSED_VERSION,
        "path": absolute,
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "how": {"zh": str(how), "en": how.en},
    }
    _write(refused_folder(), key, record)


def forget_refusals(under: str | None = None) -> int:
    """Forget what PDFium did on the file ``under`` or on every file below the folder
    ``under`` (None: on every file), whatever their stamps: they are read again when next
    opened, counted or indexed (the reader's 重新读取此文件, ``speech-reader
    --read-again``: a time limit a busy machine made the file pass). Returns how many
    were forgotten; quietly fewer when an entry cannot be removed. Never touches the
    user's files: only this cache's entries."""
    where = refused_folder()
    inside = None if under is None else os.path.abspath(under)
    forgotten = 0
    try:
        names = [entry.path for entry in os.scandir(where) if entry.name.endswith(".json")]
    except OSError:
        return 0
    for name in names:
        if inside is not None:
            try:
                with open(name, encoding="utf-8") as handle:
                    path = json.load(handle)["path"]
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if not isinstance(path, str) or not (
                path == inside or path.startswith(inside.rstrip(os.sep) + os.sep)
            ):
                continue
        try:
            os.unlink(name)
        except OSError:
            continue
        forgotten += 1
    return forgotten


def _prune(where: Path) -> None:
    entries = []
    with os.scandir(where) as scan:
        for entry in scan:
            if entry.name.endswith(".json"):
                try:
                    entries.append((entry.stat().st_mtime_ns, entry.path))
                except OSError:
                    continue
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort()
    for _, name in entries[: len(entries) - MAX_ENTRIES]:
        try:
            os.unlink(name)
        except OSError:
            pass
