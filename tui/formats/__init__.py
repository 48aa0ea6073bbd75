"""Word, PDF, web pages, e-books, RTF and OpenDocument as text for the speech engine
(pure Python, no UI).

One entry point for the engine: ``read_source(path) -> Extracted``. It reads the file's
bytes once (``tui.base.files.read_file_bytes``), tells its format **by content**
(``sniff``: ``%PDF-``, a zip holding ``word/document.xml`` or starting with an EPUB or
OpenDocument ``mimetype``, an OLE2 compound file (.doc, .wps), ``{\\rtf``, a MIME message
holding a page (.mhtml), an HTML page), and then

* plain text goes through ``tui.base.decode`` exactly as before;
* any other format is extracted (``extract``) — or taken from the on-disk cache
  (``tui.formats.cache``, keyed by path, size and modification time); a PDF that PDFium
  crashed on or that took it past a limit is refused again from what the cache
  remembered of it, as long as it has not changed.

The extracted text is what the engine parses: one line per paragraph of Word, HTML, EPUB,
RTF or ODT (indented with two ideographic spaces, so the re-flow never joins two real paragraphs),
a PDF's lines as its text layer gives them, page after page (the engine's cleaner drops
running headers and page numbers and joins broken lines). ``Extracted.pages`` holds the
1-based line where each PDF page starts, for citations (第12页).

The format libraries (lxml, pypdfium2, selectolax, striprtf) are imported only when such a
file is opened: a text file costs nothing more than before.

Why this module is over 500 lines: besides the entry point it holds what every reader of
paragraphs shares (``paragraphs_text`` with ``typed_markdown`` and ``hard_wrapped``, a
Markdown file's front matter title), imported from here by the Word, ODT, RTF, page and
e-book readers; moving those rules to a module of their own is the next step.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tui.base import files, patterns
from tui.base.errors import Said

__all__ = [
    "Extracted",
    "FormatKind",
    "extract",
    "front_matter_title",
    "kind_of_name",
    "kind_unlike_name",
    "placed_by_line",
    "read_source",
    "sniff",
    "sniff_file",
]

FormatKind = Literal["text", "docx", "pdf", "html", "doc", "mhtml", "epub", "rtf", "odt"]

PARAGRAPH_INDENT = "\u3000\u3000"
"""Put before each Word/HTML paragraph: the engine's re-flow then keeps paragraphs apart."""

_SUFFIX_KINDS: dict[str, FormatKind] = {
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".epub": "epub",
    ".rtf": "rtf",
    ".wps": "doc",
    ".odt": "odt",
}
_ZIP_TYPES: dict[bytes, FormatKind] = {
    b"application/epub+zip": "epub",
    b"application/vnd.oasis.opendocument.text": "odt",
}
"""The ``mimetype`` member an EPUB or OpenDocument zip starts with (stored, uncompressed)."""
_MIME_HEADER = re.compile(rb"\A(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+")
"""The header lines a MIME message (an .mhtml file) starts with."""

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEAD = 1024
_STRAY = patterns.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]+")
"""Control characters (and non-characters) taken out of extracted text, as ``decode`` does:
a form feed between PDF pages, or an ESC that could drive the terminal."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """A file's text as the engine reads it, and where it came from."""

    text: str
    """LF line ends, no control characters."""
    kind: FormatKind
    """The format the content was read as (by content, not by name)."""
    encoding: str
    """For text: the encoding that decoded it; otherwise the format ("pdf", "docx"…)."""
    pages: tuple[int, ...] | None = None
    """PDF: the 1-based line where each page starts (page 1 first); None otherwise."""
    warnings: tuple[Said, ...] = ()
    """Things the user may want to know (encoding guessed, pages without text…), each in
    both languages (``tui.formats.errors``: ``pages_without_text``, ``encoding_guessed``)."""
    lasting: bool = True
    """False when the text depends on this machine rather than the file (a PDF font that
    is neither embedded nor installed: ``errors.glyphs_unread``): not kept in the cache, so
    the file reads whole once the font is installed."""
    title: str | None = None
    """The title the file names for itself (``tui.formats.titles``: a page's ``<title>``, a
    Word file's Title style or core properties, a PDF's metadata or its largest first line,
    an e-book's ``dc:title``), junk left out; the engine gives it to a speech whose text has
    no title line (``Document.with_title``). None for text files and when the file names
    none."""


def kind_of_name(name: str) -> FormatKind:
    """The format a file name suggests (for the file tree's marker; content decides on open)."""
    return _SUFFIX_KINDS.get(os.path.splitext(name)[1].lower(), "text")


def placed_by_line(name: str, content: str = "") -> bool:
    """Whether a place in the file is told to the user by its line: a plain text's (.txt,
    .md) lines are the ones the user sees; a Word, web-page, e-book or PDF file's are lines
    of the text taken out of it, which the program that shows the file does not show. By
    ``content``, what the file held (``Document.content_kind``: plain text saved as
    讲话.docx has lines, a Word file renamed .txt none), where it is known, else by the
    name (``kind_of_name``). The one decision of the notebook (``Entry.place``), the
    bookmark list and the corpus search's hits."""
    return (content or kind_of_name(name)) == "text"


def kind_unlike_name(name: str, kind: FormatKind) -> FormatKind | None:
    """``kind``, the format a file's content has (``sniff``), where its name ``name`` says
    another format than plain text (讲话.docx holding plain text: "text"); None where the
    name tells it, and for a name of plain text (a .txt's head is never read for the file
    tree: a PDF named .txt is shown as its name says). What the file tree shows a file as
    (``tree_counts.content_kind``, and the reader's open: ``Document.content_kind``)."""
    named = kind_of_name(name)
    return None if named in ("text", kind) else kind


def sniff(head: bytes, name: str = "") -> FormatKind:
    """The format of a file whose first bytes are ``head`` (1 KB is enough).

    By content first: a PDF named .txt opens as a PDF. A zip counts as Word here; the
    Word reader says so when it holds no ``word/document.xml``.
    """
    head = head[:_HEAD]
    if head.startswith(b"%PDF-") or (b"%PDF-" in head and kind_of_name(name) == "pdf"):
        # (Readers accept the header anywhere in the first 1 KB; a text file that merely
        # quotes "%PDF-" near its start stays text unless it is named .pdf.)
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(head, name)
    if head.startswith(_OLE2):
        return "doc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if _is_mime(head, name):
        return "mhtml"
    if start.startswith(b"<") and (
        b"<html" in start
        or b"<!doctype html" in start
        or (
            kind_of_name(name) == "html"
            and (b"<body" in start or b"<head" in start or b"<p" in start)
        )
    ):
        return "html"
    return "text"


def _zip_kind(head: bytes, name: str) -> FormatKind:
    """An EPUB or OpenDocument zip by its first member (``mimetype``); else Word, unless the
    name says EPUB or ODT (a zip written without the ``mimetype`` first)."""
    name_length = int.from_bytes(head[26:28], "little")
    extra_length = int.from_bytes(head[28:30], "little")
    if head[30 : 30 + name_length] == b"mimetype":
        start = 30 + name_length + extra_length
        content = head[start : start + 64]
        for mimetype, kind in _ZIP_TYPES.items():
            if content.startswith(mimetype):
                return kind
    by_name = kind_of_name(name)
    return by_name if by_name in ("epub", "odt") else "docx"


def _is_mime(head: bytes, name: str) -> bool:
    """A MIME message holding a web page (Chrome's and Edge's "网页，单个文件", IE's .mht)."""
    start = head.lstrip(b"\r\n")
    found = _MIME_HEADER.match(start)
    if found is None:
        return False
    header = found.group().lower()
    named = kind_of_name(name) == "mhtml"
    if b"multipart/related" in header or b"content-type: text/html" in header:
        return b"mime-version:" in header or named
    # A long Subject or address can push Content-Type past the first 1 KB: a file named
    # .mhtml whose head is all header lines is taken as one.
    return named and (b"multipart/" in header or len(start) - found.end() < 80)


def sniff_file(path: str | os.PathLike[str]) -> FormatKind:
    """``sniff`` on a file's head; "text" when it cannot be read (the open says why)."""
    if files.stamp_of(path) is None:
        return "text"
    try:
        with open(path, "rb") as handle:
            return sniff(handle.read(_HEAD), os.fspath(path))
    except OSError:
        return "text"


def read_source(path: str | Path) -> Extracted:
    """The text of any file the reader opens: decoded text, or extracted (and cached).

    Raises ``SpeechFileError`` subclasses: those of ``read_file_bytes`` and ``decode``,
    and ``tui.formats.errors`` for Word, PDF and web pages.
    """
    name = os.fspath(path)
    data = files.read_file_bytes(name, files.MAX_FILE_BYTES)
    kind = sniff(data[:_HEAD], name)
    if kind == "text":
        return _decoded(data, name)
    from tui.formats import cache
    from tui.formats.errors import ReaderCrashedError, reader_crashed

    stamp = files.stamp_of(name)
    if stamp is not None:
        found = cache.load(name, stamp)
        if found is not None:
            return found
        how = cache.refusal(name, stamp)
        if how is not None:  # (PDFium crashed on it, or went past a limit: not again)
            raise reader_crashed(name, how, before=True)
    try:
        extracted = extract_bytes(data, name, kind)
    except ReaderCrashedError as error:
        if error.lasting and stamp is not None and files.stamp_of(name) == stamp:
            cache.remember_refusal(name, stamp, error.how)
        raise
    if extracted.lasting and stamp is not None and files.stamp_of(name) == stamp:
        # (unchanged while being read)
        cache.store(name, stamp, extracted)
    return extracted


def extract(path: str | Path) -> Extracted:
    """A PDF, Word or HTML file's text (not cached; ``read_source`` caches)."""
    name = os.fspath(path)
    data = files.read_file_bytes(name, files.MAX_FILE_BYTES)
    return extract_bytes(data, name, sniff(data[:_HEAD], name))


def extract_bytes(data: bytes, path: str, kind: FormatKind) -> Extracted:
    """Extract ``data`` (the bytes of ``path``) read as ``kind``."""
    if kind == "pdf":
        from tui.formats.pdf import extract_pdf

        return extract_pdf(data, path)
    if kind == "docx":
        from tui.formats.docx import extract_docx

        return extract_docx(data, path)
    if kind == "doc":
        from tui.formats.doc import extract_doc

        return extract_doc(data, path)
    if kind == "html":
        from tui.formats.html import extract_html

        return extract_html(data, path)
    if kind == "mhtml":
        from tui.formats.mhtml import extract_mhtml

        return extract_mhtml(data, path)
    if kind == "epub":
        from tui.formats.epub import extract_epub

        return extract_epub(data, path)
    if kind == "rtf":
        from tui.formats.rtf import extract_rtf

        return extract_rtf(data, path)
    if kind == "odt":
        from tui.formats.odt import extract_odt

        return extract_odt(data, path)
    return _decoded(data, path)


def _decoded(data: bytes, path: str) -> Extracted:
    """Plain text, with its warnings: an encoding guessed, and a name that says another
    format (``errors.plain_text_named``: a .docx holding plain text); a file so named that
    is not text either says so (``errors.binary_named``)."""
    from tui.base.decode import decode
    from tui.base.errors import BinaryFileError
    from tui.formats.errors import (
        binary_named,
        encoding_guessed,
        lines_in_another_encoding,
        nul_bytes_left_out,
        plain_text_named,
        undecoded_places,
    )

    try:
        decoded = decode(data, path)
    except BinaryFileError:
        if kind_of_name(path) != "text":
            raise binary_named(path) from None  # (图片.pdf: no PDF, nor text)
        raise
    warnings: tuple[Said, ...] = (encoding_guessed(decoded.encoding),) if decoded.guessed else ()
    if decoded.undecoded:
        warnings += (undecoded_places(decoded.undecoded, decoded.encoding),)
    if decoded.nuls:
        warnings += (nul_bytes_left_out(decoded.nuls),)
    if decoded.mixed is not None:
        warnings += (
            lines_in_another_encoding(decoded.mixed[0], decoded.encoding, decoded.mixed[1]),
        )
    if kind_of_name(path) != "text":
        warnings += (plain_text_named(os.path.splitext(path)[1]),)
    text, title = decoded.text, None
    if os.path.splitext(path)[1].lower() == ".md":
        text, title = front_matter_title(text, path)
    return Extracted(text, "text", decoded.encoding, None, warnings, title=title)


_FRONT_TITLE = patterns.compile(r"^title[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
"""A front matter's ``title:`` line (YAML: ``title: 在…上的讲话``, quoted or not)."""
_FRONT_LINES = 40
"""The most lines of a YAML front matter block looked through for its ``title:``."""
_MARKDOWN_TITLE = patterns.compile(r"^#{1,2}[ \t\u3000]+\S")
"""A Markdown ``#`` or ``##`` heading: the text's own title, when it comes first."""


def front_matter_title(text: str, path: str = "") -> tuple[str, str | None]:
    """A Markdown file's text and the title its front matter names (``title:``, cleaned as
    a page's ``<title>`` is: quotes, a crawler's ``网站->`` before it, a site's name after a
    separator (``… | nankai.info``), junk and the file's own name left out: ``_front_title``).

    Front matter is metadata: the speech's title is the text's own title line, else the
    ``title:`` value (the engine gives it to a speech with no title line:
    ``Extracted.title``). A YAML block (``---`` | ``title: …`` | ``---``, one key or more)
    is shown as metadata by the engine; its ``title:`` value was never the speech's title
    (a block of one key left the speech untitled: its first words named it). A lone
    ``title: …`` line heading the file, with no ``---`` around it, was taken for the
    title line itself: ``title: 在全省…上的讲话`` stood as the speech's title (newuser26). That
    line is written as its value here (one line for one: line numbers kept), or left
    empty when the text's own ``#`` title comes next (the title is the text's own)."""
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text, None
    if lines[first].strip() == "---":
        for line in lines[first + 1 : first + 1 + _FRONT_LINES]:
            if line.strip() in ("---", "..."):
                break
            found = _FRONT_TITLE.match(line.strip())
            if found is not None:
                return text, _front_title(found.group(1), path)
        return text, None
    found = _FRONT_TITLE.match(lines[first].strip())
    if found is None:
        return text, None
    title = _front_title(found.group(1), path)
    if title is None:
        return text, None
    following = next((line for line in lines[first + 1 :] if line.strip()), "")
    lines[first] = "" if _MARKDOWN_TITLE.match(following.strip()) else title
    return "\n".join(lines), title


def _front_title(value: str, path: str) -> str | None:
    """A ``title:`` value as a title (see ``front_matter_title``): crawled pages name theirs
    ``四川农业大学->【教师节专题】…价值引领 | sicau.com.cn`` (tests/holdout16, holdout36): the
    crawler's ``网站->`` and a site's name after the last ``|`` or ``_`` are left out, the rest
    kept whole (``一九三〇年_对于左翼作家联盟的意见``, ``…详解 | GIAC 实录``)."""
    from tui.formats.titles import clean_title, is_site_name

    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]  # (a YAML scalar in quotes)
    value = value.rsplit("->", 1)[-1]
    tail = _SITE_TAIL.match(value)
    if tail is not None and (is_site_name(tail[2]) or _DOMAIN.fullmatch(tail[2])):
        value = tail[1]
    return clean_title(value, path)


_SITE_TAIL = patterns.compile(r"^(.*\S)\s*[|｜_]\s*([^|｜_]*\S)\s*$")
"""A title and what follows its last ``|`` or ``_``: a site's name, if it is one."""
_DOMAIN = patterns.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
"""A site's address as its name (``nankai.info``)."""


def clean_text(text: str) -> str:
    """LF line ends, no terminal escape sequence (taken out whole, as ``decode`` does) nor
    control character, and the rest as ``decode`` leaves a text file's:
    zero-width junk taken out, bidi controls and other format characters as visible
    placeholders (``decode.visible_text``, the one sanitiser's). Without this last step a
    bidi override in a Word, web page, e-book, RTF or ODT paragraph reached the screen raw
    (tests/ui/test_formats_hostile.py)."""
    from tui.base.decode import visible_text, without_escapes

    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return visible_text(_STRAY.sub("", without_escapes(text)))


_TYPED_INDENT = patterns.compile("^(?:[\u3000\u00a0\t]|  )")
"""A line that starts with an indentation typed as text: full-width spaces (　　), a
no-break space, a tab or two spaces."""


_MARKDOWN_MARK = patterns.compile(r"(?:#{1,6}[ \t\u3000]+\S|\*\*[^*\s].*\*\*|__[^_\s].*__)")
"""A paragraph typed as Markdown: a heading (``# 标题``, a space after the ``#``s) or bold
from its start (``**一、…**``, closed in the paragraph)."""
_FRONT_KEY = patterns.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")
_MARKDOWN_MARKS = 2
"""Paragraphs typed as Markdown headings or bold leads that make a document Markdown."""


def typed_markdown(paragraphs: list[str]) -> bool:
    """Whether a document's paragraphs, as typed (without the ``#`` hints a reader writes
    for heading styles), are Markdown text: a blog post's YAML front matter first (``---``,
    ``title: …`` lines, ``---``), or ``_MARKDOWN_MARKS`` paragraphs or more that are
    Markdown headings (``# 标题``) or bold from their start (``**一、…**``).

    A Word file whose paragraphs are a Markdown file's lines (pasted, or converted as plain
    text) lost its marks otherwise: each was indented with ``　　``, and a ``**`` or ``#``
    after the indentation is no mark (``FORMATS.md``: regression a21, holdout16 g10 through
    Word, OpenDocument and RTF). An ordinary Word file has neither: a ``#`` typed at a
    paragraph's start is rarely followed by a space (``#1号楼``), and bold is a format, not
    asterisks. (Known gap: a document quoting program code, whose comment lines start
    with ``# ``, counts as Markdown too.)"""
    filled = [paragraph.strip() for paragraph in paragraphs if paragraph.strip()]
    if filled[:1] == ["---"] and "---" in filled[2:40]:
        keys = filled[1 : filled.index("---", 2)]
        named = [key for key in keys if _FRONT_KEY.match(key)]
        if keys[0] in named and 2 * len(named) >= len(keys):
            return True
    marks = 0
    for paragraph in filled:
        if _MARKDOWN_MARK.match(paragraph):
            marks += 1
            if marks >= _MARKDOWN_MARKS:
                return True
    return False


_LINE_ENDS = frozenset("。！？!?；;：:…—”’」』）)】》〉.")
"""What a paragraph (or a heading's line, often none of them) ends with; a line a wrap
broke off ends with anything."""
_WRAPPED_LEAST = 8
"""The fewest lines broken off mid-sentence that make a document hard-wrapped."""
_WRAP_LEAST = 16
"""The narrowest width (characters) a hard-wrapped text is taken to be broken at."""


def hard_wrapped(lines: list[str]) -> bool:
    """Whether ``lines`` (a document's non-empty lines) are a hard-wrapped text's: two in
    three or more stop inside a sentence (no closing mark at their end: ``_LINE_ENDS``),
    ``_WRAPPED_LEAST`` at least, and seven in ten of those are about one length (within a
    fifth under and a tenth over their median, ``_WRAP_LEAST`` characters or more): the
    width they were broken at. A Word file's own paragraphs end with a mark; its headings
    stop unmarked too, but are neither two in three of its lines nor of one length."""
    stripped = [line.strip() for line in lines]
    broken = sorted(len(line) for line in stripped if line and line[-1] not in _LINE_ENDS)
    if len(broken) < _WRAPPED_LEAST or 3 * len(broken) < 2 * len(stripped):
        return False
    median = broken[len(broken) // 2]
    if median < _WRAP_LEAST:
        return False
    even = sum(1 for length in broken if 0.8 * median <= length <= 1.1 * median)
    return 10 * even >= 7 * len(broken)


APART = "\x1d"
"""Put before a page's paragraph that is one on its own whatever the layout (a heading
element, a list item: ``html.html_paragraphs``); ``page_paragraphs_text`` takes it out."""


HINT = "\x1e"
"""Put after ``APART`` before a page's heading element's text, once for each level of it."""


def page_paragraphs_text(paragraphs: list[str]) -> str:
    """A web page's or e-book's paragraphs as engine lines (``paragraphs_text``); when they
    are Markdown text (``typed_markdown``), as the Markdown file they were: each a block,
    a blank line between two (a page has no empty paragraphs to keep).

    A paragraph marked ``APART`` (a heading element, a list item) is indented as a
    paragraph's start even in a page that types its own layout, where the engine joins an
    unindented line to the paragraph before it: the page's title (``<h2>``), its subtitle
    (``<h3>``) and the tool bar under them read as one paragraph (``tests/formats_real``:
    shanxi-gov-news.html; 网易's title and its share box)."""
    apart = [paragraph.startswith(APART) for paragraph in paragraphs]
    paragraphs = [paragraph.replace(APART, "") for paragraph in paragraphs]
    if not typed_markdown([paragraph.replace(HINT, "") for paragraph in paragraphs]):
        paragraphs = [_hinted(paragraph) for paragraph in paragraphs]
        return paragraphs_text(paragraphs, apart=apart)
    paragraphs = [paragraph.replace(HINT, "") for paragraph in paragraphs]
    blocks = [line for paragraph in paragraphs if paragraph.strip() for line in (paragraph, "")]
    return paragraphs_text(blocks, blank_lines=True, markdown=True)


def _hinted(paragraph: str) -> str:
    level = len(paragraph) - len(paragraph.lstrip(HINT))
    return "#" * level + " " + paragraph[level:] if level else paragraph


def paragraphs_text(
    paragraphs: list[str],
    blank_lines: bool = False,
    markdown: bool = False,
    apart: list[bool] | None = None,
) -> str:
    """Real paragraphs (Word, HTML) as engine lines: one a line, each indented.

    A line break inside a paragraph (Word's shift+enter, ``<br>``) starts a new line
    the reader shows as one: it is indented too.

    But a document that types its own layout — at least one line in ten starts with an
    indentation typed as text (``　　``, as a speech pasted from a text file or a web page
    has it; a text broken into lines of 40 characters has it on each paragraph's first
    line) — keeps it as it stands: each line's own indentation, none added, and
    (``blank_lines``: Word, OpenDocument, RTF, whose empty paragraphs are the writer's)
    its empty paragraphs as blank lines. The engine then reads it as it reads the same
    text file: an unindented line after an indented one is a heading or the rest of a line
    the source broke in two (``FORMATS.md``: the outline lost 0.21 of holdout10's exact
    F1 when every line was indented alike).

    So does a document whose paragraphs are Markdown text (``markdown``, from
    ``typed_markdown``): it is read as the Markdown file it was, its marks at the lines'
    starts and its blank lines between blocks.

    So does a document whose paragraphs are the lines of a hard-wrapped text
    (``hard_wrapped``: a PDF's text pasted into Word a line a paragraph): indented one by
    one, each line was a paragraph of its own, the engine joined none of them, and a page's
    running header or an advertisement a wrap had run into the text before or after it
    stayed body text, where the same lines in a text file are joined and the furniture
    split off and hidden (newuser27).

    ``apart`` (one flag a paragraph): paragraphs that start one whatever the layout; in a
    document typing its own, the first line of each is indented if it is not.
    """
    lines = [line.rstrip() for paragraph in paragraphs for line in paragraph.split("\n")]
    filled = [line for line in lines if line.strip()]
    if filled and (
        markdown
        or 10 * sum(1 for line in filled if _TYPED_INDENT.match(line)) >= len(filled)
        or hard_wrapped(filled)
    ):
        if apart is not None and any(apart):
            lines = [
                PARAGRAPH_INDENT + line.lstrip(" ")
                if first and flag and line.strip() and not _TYPED_INDENT.match(line)
                else line.rstrip()
                for paragraph, flag in zip(paragraphs, apart, strict=True)
                for first, line in ((n == 0, line) for n, line in enumerate(paragraph.split("\n")))
            ]
            filled = [line for line in lines if line.strip()]
        kept = [line if line.strip() else "" for line in (lines if blank_lines else filled)]
        return clean_text("\n".join(kept).strip("\n"))
    return clean_text("\n".join(PARAGRAPH_INDENT + line.strip() for line in filled))
