"""A Word (.docx) file's text: paragraphs in order, automatic numbers, tables, footnotes.

Read with ``zipfile`` and lxml (the XML python-docx is built on; reading the parts
directly keeps a 200-page document well under a second):

* ``word/document.xml``: the body's paragraphs and tables in document order, content
  controls and tracked insertions included, deletions and field codes left out;
  a table row is one line, its cells joined by " | ".
* ``word/numbering.xml`` and ``word/styles.xml``: the number Word shows in front of a
  numbered paragraph (``tui.formats.numbering``), whether the paragraph names its list or
  its style does (Heading 1 linked to "一、").
* ``word/footnotes.xml`` / ``endnotes.xml``: the notes, after the text under 注释：, in
  the order they are referenced (the references become [1], [2]…).

Heading styles and outline levels are hints for the outline, written as Markdown: a
paragraph whose outline level is 0–3 becomes ``#``×(level+1), a space and its text (its
Word number in front, as for any numbered paragraph): "## （一）深化改革". The level is the
paragraph's own ``w:outlineLvl``, else its style's (following ``w:basedOn``), where a
style named "heading 1"…"heading 4" (or WPS's "标题 1"…) counts as outline level 0–3 —
by its name, since Chinese Word writes style ids such as "1" or "a3". Level 9 (body
text) or 4 and deeper: no hint. The engine reads an unnumbered ``#`` line as a heading of
its depth; a numbered one is read by its number, as in a text file. The Title style gets
no ``#``: the first line is the speech's title, as in a text file, and a ``#`` title would
stand at Heading 1's depth. Paragraphs in tables, text boxes and notes get no hint.
"""

from __future__ import annotations

import re
from typing import Any

from tui.formats import Extracted, paragraphs_text, typed_markdown
from tui.formats.errors import UnsupportedFormatError, damaged, encrypted, shown
from tui.formats.numbering import ListCounters, Numbering, W
from tui.formats.titles import best_title, is_section_heading
from tui.formats.zipparts import Parts

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CELL_SEPARATOR = " | "
_HINT_LEVELS = 4
"""Outline levels 0–3 (Heading 1–4) are written as ``#`` hints; deeper ones are body text."""
_HEADING_NAME = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)
"""The name of a built-in heading style: "heading 1" (Word, in any UI language), "标题 1" (WPS)."""
_TITLE_NAME = re.compile(r"title|标题", re.IGNORECASE)
"""The Title style's name (WPS: 标题): the document's title, as the first line of a text."""
_CONTENTS_NAME = re.compile(r"(?:toc|(?:WPSOffice)?(?:手动|自动)?目录)\s*[1-9]", re.IGNORECASE)
"""The name of a built-in table-of-contents style: "toc 1"… (Word, whatever the style's id:
Chinese Word and WPS write "23"), "目录 1" (WPS), "WPSOffice手动目录 1" (WPS's manual table of
contents: a standard's draft, ``tests/formats_real`` web76)."""
_PAGE_OF_HEADING = re.compile(r"\s*PAGEREF\s+_Toc", re.IGNORECASE)
"""A field giving the page of a heading's bookmark (``PAGEREF _Toc16213 \\h``): what a table
of contents' entry ends with, whatever its paragraph's style."""

# Elements whose content is walked for text; any other element with children is walked
# too, except these (properties, deleted text, field instructions, fallbacks).
_SKIP = frozenset(
    f"{W}{tag}" for tag in ("pPr", "rPr", "del", "delText", "instrText", "moveFrom", "sectPr")
) | {f"{_MC}Fallback"}


def extract_docx(data: bytes, path: str) -> Extracted:
    from lxml import etree

    with Parts(data, path, "Word（.docx）") as archive:  # (within its size limits: no zip bomb)
        names = archive.names
        if "word/document.xml" not in names:
            raise _not_word(path, names)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)

        def part(name: str) -> Any | None:
            if name not in names:
                return None
            raw = archive.read(name)
            try:
                return etree.fromstring(raw, parser)
            except etree.XMLSyntaxError as error:
                raise damaged(path, "Word（.docx）", name, error) from error

        document = part("word/document.xml")
        assert document is not None  # (in ``names``, checked above)
        numbering = Numbering.from_xml(part("word/numbering.xml"))
        styles = _Styles(part("word/styles.xml"))
        numbering.resolve_links(styles.numbering_styles())
        notes = {kind: _notes(part(f"word/{kind}s.xml"), kind) for kind in ("footnote", "endnote")}
        core = part("docProps/core.xml")
    reader = _Reader(numbering, styles)
    body = document.find(f"{W}body")
    paragraphs = reader.blocks(body) if body is not None else []
    if reader.note_order:
        paragraphs.append("注释：")
        for number, (kind, ident) in enumerate(reader.note_order, 1):
            note = notes[kind].get(ident)
            if note is not None:
                paragraphs.append(f"[{number}] {reader.note_text(note)}")
    text = paragraphs_text(paragraphs, blank_lines=True, markdown=typed_markdown(reader.typed))
    if not text.strip():
        from tui.base.errors import EmptyFileError

        raise EmptyFileError(
            path, "这个 Word 文档里没有文字。", "This Word document holds no text."
        )
    titles = [reader.title_style, _core_title(core), reader.first_heading]
    return Extracted(text, "docx", "docx", title=best_title(titles, path, text))


def _core_title(core: Any | None) -> str | None:
    """The title of the file's properties (文件 → 属性 → 标题), often a template's
    placeholder (（填写标准名称）), which ``best_title`` leaves out."""
    if core is None:
        return None
    found = core.find("{http://purl.org/dc/elements/1.1/}title")
    return found.text if found is not None else None


def _not_word(path: str, names: set[str]) -> Exception:
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        return encrypted(path, "Word")
    if "content.xml" in names and "mimetype" in names:
        name = shown(path)
        return UnsupportedFormatError(
            path,
            f"“{name}”是 OpenDocument（.odt 等）文件，暂不支持。请用 WPS、Word 或 LibreOffice 另存为 .docx 再打开。",
            f"“{name}” is an OpenDocument file (.odt), not supported yet. Save it as .docx, then open it.",
        )
    name = shown(path)
    return UnsupportedFormatError(
        path,
        f"“{name}”是一个压缩包，不是 Word 文档（里面没有 word/document.xml）。",
        f"“{name}” is a zip archive, not a Word document (it holds no word/document.xml).",
    )


def _notes(root: Any | None, kind: str) -> dict[str, Any]:
    if root is None:
        return {}
    found = {}
    for note in root.iter(f"{W}{kind}"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        ident = note.get(f"{W}id")
        if ident is not None:
            found[ident] = note
    return found


class _Styles:
    """Paragraph styles: the list each style numbers and its outline level (following
    ``w:basedOn``)."""

    def __init__(self, root: Any | None) -> None:
        self._styles: dict[str, Any] = {}
        self._numbering: dict[str, tuple[str | None, int | None]] = {}
        self._outline: dict[str, int | None] = {}
        self._default: str | None = None
        """The paragraph style of a paragraph that names none ("Normal", "a" in Chinese Word)."""
        if root is None:
            return
        for style in root.iter(f"{W}style"):
            ident = style.get(f"{W}styleId")
            if ident is not None:
                self._styles[ident] = style
                if style.get(f"{W}type") == "paragraph" and _on_attribute(style.get(f"{W}default")):
                    self._default = ident

    def numbering_styles(self) -> dict[str, str]:
        """Numbering style id -> the numId it names (for ``w:numStyleLink``)."""
        found = {}
        for ident, style in self._styles.items():
            if style.get(f"{W}type") == "numbering":
                num_id, _ = self.num_pr(ident)
                if num_id is not None:
                    found[ident] = num_id
        return found

    def num_pr(self, ident: str) -> tuple[str | None, int | None]:
        """(numId, ilvl) the style numbers its paragraphs with (either may be None)."""
        cached = self._numbering.get(ident)
        if cached is not None:
            return cached
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        current: str | None = ident
        while current is not None and current not in seen and (num_id is None or ilvl is None):
            seen.add(current)
            style = self._styles.get(current)
            if style is None:
                break
            num = style.find(f"{W}pPr/{W}numPr")
            if num is not None:
                if num_id is None:
                    num_id = _child_val(num, "numId")
                if ilvl is None:
                    level = _child_val(num, "ilvl")
                    ilvl = int(level) if level is not None and level.isdigit() else None
            based = style.find(f"{W}basedOn")
            current = based.get(f"{W}val") if based is not None else None
        self._numbering[ident] = (num_id, ilvl)
        return num_id, ilvl

    def is_title(self, ident: str) -> bool:
        """Whether paragraphs of this style are the document's title (the Title style)."""
        style = self._styles.get(ident)
        name = _child_val(style, "name") if style is not None else None
        return bool(name and _TITLE_NAME.fullmatch(name.strip()))

    def is_contents(self, ident: str) -> bool:
        """Whether paragraphs of this style are the entries of a table of contents that
        Word made (its TOC field): each a heading's words, a tab and the page it is on."""
        style = self._styles.get(ident)
        name = _child_val(style, "name") if style is not None else None
        return bool(name and _CONTENTS_NAME.fullmatch(name.strip()))

    def default_level(self) -> int | None:
        return self.outline_level(self._default) if self._default is not None else None

    def outline_level(self, ident: str) -> int | None:
        """The outline level (0 = Heading 1) the style gives its paragraphs: the nearest
        ``w:outlineLvl`` or heading name along ``w:basedOn``; None when it has none."""
        if ident in self._outline:
            return self._outline[ident]
        level: int | None = None
        seen: set[str] = set()
        current: str | None = ident
        while current is not None and current not in seen:
            seen.add(current)
            style = self._styles.get(current)
            if style is None:
                break
            level = _outline_value(style.find(f"{W}pPr/{W}outlineLvl"))
            if level is None:
                name = _child_val(style, "name")
                match = _HEADING_NAME.fullmatch(name.strip()) if name else None
                level = int(match.group(1)) - 1 if match else None
            if level is not None:
                break
            based = style.find(f"{W}basedOn")
            current = based.get(f"{W}val") if based is not None else None
        self._outline[ident] = level
        return level


def _on_attribute(value: str | None) -> bool:
    return value in ("1", "true", "on")


def _one_line(text: str) -> str:
    """A heading's lines (a soft break inside it does not end it) as one line: joined
    directly, with a space only between two Latin letters or digits."""
    out = ""
    for part in text.split("\n"):
        part = part.strip()
        if part:
            if (
                out
                and out[-1].isascii()
                and out[-1].isalnum()
                and part[0].isascii()
                and part[0].isalnum()
            ):
                out += " "
            out += part
    return out


def _outline_value(element: Any | None) -> int | None:
    """A ``w:outlineLvl`` element's level (0–9; 9 is body text), None when absent or bad."""
    if element is None:
        return None
    value = element.get(f"{W}val")
    return int(value) if value is not None and value.isdigit() and int(value) <= 9 else None


def _child_val(element: Any, tag: str) -> str | None:
    child = element.find(f"{W}{tag}")
    return None if child is None else child.get(f"{W}val")


class _Reader:
    def __init__(self, numbering: Numbering, styles: _Styles) -> None:
        self.numbering = numbering
        self.styles = styles
        self.counters = ListCounters(numbering)
        self.note_order: list[tuple[str, str]] = []
        self._note_numbers: dict[tuple[str, str], int] = {}
        self._in_note = False
        self._in_table = 0
        self.typed: list[str] = []
        """The body's paragraphs that got no ``#`` hint, as typed (``typed_markdown``)."""
        self.title_style: str | None = None
        """The first paragraph in the Title style: the title the document names."""
        self.first_heading: str | None = None
        """The first Heading 1 paragraph that is no numbered heading and no section of every
        document (目次, 前言): a standard's name over its clauses (``tests/formats_real``)."""

    def blocks(self, parent: Any) -> list[str]:
        """The paragraphs (and table rows) under ``parent``, in order."""
        out: list[str] = []
        for child in parent:
            tag = child.tag
            if tag == f"{W}p":
                out.append(self.paragraph(child))
            elif tag == f"{W}tbl":
                out.extend(self.table(child))
            elif not isinstance(tag, str) or tag in _SKIP:
                continue
            elif len(child):
                out.extend(self.blocks(_content(child)))
        return out

    def table(self, table: Any) -> list[str]:
        self._in_table += 1
        try:
            return self._rows(table)
        finally:
            self._in_table -= 1

    def _rows(self, table: Any) -> list[str]:
        rows = []
        for row in table.iter(f"{W}tr"):
            if row.getparent() is not table and row.getparent().getparent() is not table:
                continue  # a nested table's row: it is inside one of this row's cells
            cells = []
            for cell in row.iter(f"{W}tc"):
                if cell.getparent() is not row:
                    continue
                text = " ".join(p.replace("\n", " ") for p in self.blocks(cell) if p.strip())
                cells.append(text.strip())
            if any(cells):
                rows.append(_CELL_SEPARATOR.join(cells))
        return rows

    def paragraph(self, paragraph: Any) -> str:
        text = "".join(self.runs(paragraph)).strip(" ")
        label = self.label(paragraph)  # counted even when empty: Word numbers it too
        if not text.strip() or self.contents_entry(paragraph):
            return ""
        level = None if self._in_table else self.outline_level(paragraph)
        if not self._in_table and not self._in_note:
            self._title_of(paragraph, text, label, level)
        if level is None or level >= _HINT_LEVELS:
            if not self._in_table:
                self.typed.append(text)
            return label + text
        return "#" * (level + 1) + " " + _one_line(label + text)

    def _title_of(self, paragraph: Any, text: str, label: str, level: int | None) -> None:
        """Keep the paragraph as a title the document names (``title_style``,
        ``first_heading``) when it is one."""
        if self.title_style is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            ident = style.get(f"{W}val") if style is not None else None
            if isinstance(ident, str) and self.styles.is_title(ident):
                self.title_style = text
                return
        if self.first_heading is None and level == 0 and not label:
            if not is_section_heading(text):
                self.first_heading = text

    def contents_entry(self, paragraph: Any) -> bool:
        """Whether the paragraph is an entry of Word's table of contents (a "toc N"
        style): left out. Kept, each entry (1 范围<tab>1) was a heading with its page
        number at its end, the whole list before the text it lists (``tests/formats_real``:
        nuclear-guide-p1.docx, 12 false entries); the outline pane is the contents. So is a
        paragraph whose field gives a heading's page (``_PAGE_OF_HEADING``), whatever its
        style: WPS's entries, style "WPSOffice手动目录 1", were headings (1 范围 1, 2 规范性引用
        文件 1 … in a standard's draft, web76)."""
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        ident = style.get(f"{W}val") if style is not None else None
        if isinstance(ident, str) and self.styles.is_contents(ident):
            return True
        return any(
            _PAGE_OF_HEADING.match(field.text or "") for field in paragraph.iter(f"{W}instrText")
        )

    def outline_level(self, paragraph: Any) -> int | None:
        """The paragraph's outline level: its own ``w:outlineLvl``, else its style's."""
        properties = paragraph.find(f"{W}pPr")
        if properties is None:
            return self.styles.default_level()
        level = _outline_value(properties.find(f"{W}outlineLvl"))
        if level is not None:
            return level
        style = properties.find(f"{W}pStyle")
        ident = style.get(f"{W}val") if style is not None else None
        return self.styles.outline_level(ident) if ident else self.styles.default_level()

    def label(self, paragraph: Any) -> str:
        """The number Word shows in front of the paragraph ("" when it has none)."""
        properties = paragraph.find(f"{W}pPr")
        num_id: str | None = None
        ilvl: int | None = None
        style_id: str | None = None
        if properties is not None:
            style = properties.find(f"{W}pStyle")
            style_id = style.get(f"{W}val") if style is not None else None
            num = properties.find(f"{W}numPr")
            if num is not None:
                num_id = _child_val(num, "numId")
                level = _child_val(num, "ilvl")
                ilvl = int(level) if level is not None and level.isdigit() else None
        if style_id is not None and (num_id is None or ilvl is None):
            style_num, style_level = self.styles.num_pr(style_id)
            if num_id is None:
                num_id = style_num
                if ilvl is None and style_num is not None:
                    ilvl = style_level
                    if ilvl is None:
                        ilvl = self.numbering.level_for_style(style_num, style_id)
        if num_id is None or num_id == "0":
            return ""
        return self.counters.label(num_id, min(ilvl or 0, 8)) or ""

    def runs(self, element: Any, count_notes: bool = True) -> list[str]:
        """The text of the runs under ``element`` (a paragraph), in order."""
        out: list[str] = []
        self._walk(element, out, count_notes)
        return out

    def _walk(self, element: Any, out: list[str], count_notes: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}r":
                properties = child.find(f"{W}rPr")
                if properties is not None and _on(properties.find(f"{W}vanish")):
                    continue  # hidden text
                self._walk(child, out, count_notes)
            elif tag in (f"{W}tab", f"{W}ptab"):
                out.append(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                ident = child.get(f"{W}id")
                if ident is not None and count_notes and not self._in_note:
                    key = (kind, ident)
                    if key not in self._note_numbers:
                        self.note_order.append(key)
                        self._note_numbers[key] = len(self.note_order)
                    out.append(f"[{self._note_numbers[key]}]")
            elif tag == f"{W}p":
                # A paragraph inside a run (a text box): its own line.
                out.append("\n")
                self._walk(child, out, count_notes)
                out.append("\n")
            elif len(child):
                self._walk(child, out, count_notes)

    def note_text(self, note: Any) -> str:
        self._in_note = True
        try:
            parts = ["".join(self.runs(p, count_notes=False)).strip() for p in note.iter(f"{W}p")]
        finally:
            self._in_note = False
        return " ".join(part.replace("\n", " ") for part in parts if part)


def _content(element: Any) -> Any:
    """A content control's content (``w:sdtContent``), else the element itself."""
    content = element.find(f"{W}sdtContent")
    return content if content is not None else element


def _on(element: Any | None) -> bool:
    return element is not None and element.get(f"{W}val") not in ("0", "false", "off")
