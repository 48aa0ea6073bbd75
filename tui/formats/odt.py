"""An OpenDocument text (.odt: LibreOffice, WPS "ODF 格式") as text, with ``zipfile`` and lxml.

The text is ``content.xml``'s ``<office:text>``: paragraphs (``text:p``) and headings
(``text:h``) in document order, in lists, sections and frames too; a table row is one
line, its cells joined by " | " (as for Word). ``text:s`` (runs of spaces), tabs and
line breaks are kept; notes' bodies, annotations, tracked deletions and the document's
own table of contents are left out (the contents would read as headings), a note's mark
stays in the text.

A heading's outline level 1–4 is a hint for the outline, written as Markdown as for
Word's heading styles (``tui.formats.docx``): "## （一）深化改革". The title the document
names for itself (``Extracted.title``, as for Word): its first paragraph in the Title style
(directly or through an automatic style built on it), else the title of its properties
(``meta.xml``'s ``dc:title``, 文件 → 属性 → 标题), else its first outline-level-1 heading that
is not a numbered heading or a section every document has (目录, 前言). A number the list
style draws in front of a heading is in the text only when the writer saved it as
``text:number`` (LibreOffice does for outline-numbered headings).

Refused with a message: an OpenDocument that is not a text (a spreadsheet, a
presentation), a password-protected one (its ``META-INF/manifest.xml`` lists encryption
data), a broken zip or XML, and members that unpack to too much.
"""

from __future__ import annotations

from typing import Any

from tui.base.errors import Said
from tui.formats import Extracted, paragraphs_text, typed_markdown
from tui.formats.errors import UnsupportedFormatError, damaged, encrypted, shown
from tui.formats.titles import best_title, is_section_heading
from tui.formats.zipparts import Parts

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
WHAT = "OpenDocument（.odt）"
_HINT_LEVELS = 4
_CELL_SEPARATOR = " | "
_SKIP = frozenset(
    (
        f"{_TEXT}note-body",
        f"{_TEXT}tracked-changes",
        f"{_TEXT}table-of-content",
        f"{_TEXT}illustration-index",
        f"{_TEXT}alphabetical-index",
        f"{_TEXT}bibliography",
        f"{_TEXT}sequence-decls",
        f"{_TEXT}variable-decls",
        f"{_OFFICE}annotation",
        f"{_OFFICE}forms",
    )
)
_BLOCKS = frozenset((f"{_TEXT}p", f"{_TEXT}h"))
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TITLE_STYLE = "Title"
"""LibreOffice's Title paragraph style (its name in the file, whatever the interface's
language: 标题 in a Chinese LibreOffice is still ``Title``)."""


def extract_odt(data: bytes, path: str) -> Extracted:
    from lxml import etree

    with Parts(data, path, WHAT) as parts:
        if "META-INF/manifest.xml" in parts.names and b"encryption-data" in parts.read(
            "META-INF/manifest.xml"
        ):
            raise encrypted(path, "OpenDocument")
        if "content.xml" not in parts.names:
            raise damaged(path, WHAT, Said("没有 content.xml", "no content.xml"))
        if "mimetype" in parts.names:
            mimetype = parts.read("mimetype").strip()
            if mimetype and not mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
                raise _not_text(path, mimetype.decode("ascii", "replace"))
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        try:
            root = etree.fromstring(parts.read("content.xml"), parser)
        except etree.XMLSyntaxError as error:
            raise damaged(path, WHAT, "content.xml", error) from error
        meta_title = _meta_title(parts, parser)
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    paragraphs: list[str] = []
    typed: list[str] = []
    titles: list[str | None] = []
    if body is not None:
        _blocks(body, paragraphs, typed=typed)
        titles = [_title_paragraph(root, body), meta_title, _first_heading(body)]
    result = paragraphs_text(paragraphs, blank_lines=True, markdown=typed_markdown(typed))
    if not result.strip():
        from tui.base.errors import EmptyFileError

        raise EmptyFileError(
            path, "这个 OpenDocument 文档里没有文字。", "This OpenDocument file holds no text."
        )
    return Extracted(result, "odt", "odt", title=best_title(titles, path, result))


def _meta_title(parts: Parts, parser: Any) -> str | None:
    """The title of the document's properties (``meta.xml``), if it has one that parses."""
    from lxml import etree

    if "meta.xml" not in parts.names:
        return None
    try:
        meta = etree.fromstring(parts.read("meta.xml"), parser)
    except etree.XMLSyntaxError:
        return None  # the properties are not the text: a broken meta.xml costs only the title
    found = meta.find(f"{_OFFICE}meta/{{http://purl.org/dc/elements/1.1/}}title")
    return None if found is None else "".join(found.itertext())


def _title_paragraph(root: Any, body: Any) -> str | None:
    """The text of the first paragraph in the Title style (or in an automatic style whose
    parent is Title: LibreOffice makes one for a title centred or set in another font)."""
    names = {_TITLE_STYLE}
    for style in root.iterfind(f"{_OFFICE}automatic-styles/{_STYLE}style"):
        if style.get(f"{_STYLE}parent-style-name") == _TITLE_STYLE:
            names.add(style.get(f"{_STYLE}name"))
    for paragraph in body.iter(f"{_TEXT}p"):
        if paragraph.get(f"{_TEXT}style-name") in names:
            text = _plain(paragraph)
            if text:
                return text
    return None


def _first_heading(body: Any) -> str | None:
    """The first outline-level-1 heading that names the document, not a section of it."""
    for heading in body.iter(f"{_TEXT}h"):
        if _count(heading.get(f"{_TEXT}outline-level")) == 1:
            text = _plain(heading)
            if text and not is_section_heading(text):
                return text
    return None


def _plain(element: Any) -> str:
    pieces: list[str] = []
    _inline(element, pieces, [], 0)
    return "".join(pieces).strip()


def _blocks(node: Any, out: list[str], depth: int = 0, typed: list[str] | None = None) -> None:
    """The paragraphs under ``node`` in document order (tables as one line a row); those
    that got no ``#`` hint (not ``text:h``) also in ``typed``, outside tables."""
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in _BLOCKS:
            pieces: list[str] = []
            inner: list[str] = []
            _inline(child, pieces, inner, depth)
            text = "".join(pieces).rstrip().lstrip("\r\n")  # (a typed indentation kept)
            level = _level(child)
            if text and level is not None:
                text = "#" * level + " " + text.strip()
            elif typed is not None:
                typed.append(text)
            out.append(text)
            out.extend(inner)  # paragraphs of a frame anchored in this one
        elif tag == f"{_TABLE}table-row":
            cells = []
            for cell in child.iter(f"{_TABLE}table-cell"):
                inside: list[str] = []
                _blocks(cell, inside, depth + 1)
                cells.append(" ".join(line.strip() for line in inside if line.strip()))
            out.append(_CELL_SEPARATOR.join(cells))
        elif depth < 200:
            _blocks(child, out, depth + 1, typed)


def _inline(node: Any, out: list[str], inner: list[str], depth: int) -> None:
    """A paragraph's text: spans, links, spaces; paragraphs nested in frames go to ``inner``."""
    if node.text:
        out.append(node.text)
    for child in node:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIP:
            if tag == f"{_TEXT}s":
                out.append(" " * min(_count(child.get(f"{_TEXT}c")), 100))
            elif tag == f"{_TEXT}tab":
                out.append("\t")
            elif tag == f"{_TEXT}line-break":
                out.append("\n")
            elif tag in _BLOCKS or tag == f"{_TABLE}table":
                _blocks(_Wrapper(child), inner, depth + 1)
            elif depth < 200:
                _inline(child, out, inner, depth + 1)
        if child.tail:
            out.append(child.tail)


class _Wrapper:
    """One element as the only child of a node (so ``_blocks`` reads it as a block)."""

    def __init__(self, element: Any) -> None:
        self._element = element

    def __iter__(self) -> Any:
        return iter((self._element,))


def _level(element: Any) -> int | None:
    if element.tag != f"{_TEXT}h":
        return None
    level = _count(element.get(f"{_TEXT}outline-level"))
    return level if 1 <= level <= _HINT_LEVELS else None


def _count(value: str | None) -> int:
    try:
        return int(value) if value else 1
    except ValueError:
        return 1


def _not_text(path: str, mimetype: str) -> UnsupportedFormatError:
    name = shown(path)
    return UnsupportedFormatError(
        path,
        f"“{name}”是 OpenDocument 文件，但不是文字文档（{mimetype}），例如表格或演示文稿，暂不支持。",
        f"“{name}” is an OpenDocument file but not a text document ({mimetype}), "
        "e.g. a spreadsheet or a presentation; not supported.",
    )
