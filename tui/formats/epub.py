"""An e-book (.epub: 文集, 合集) as one text, chapter after chapter, with ``zipfile`` and lxml.

An EPUB is a zip: ``META-INF/container.xml`` names the package file (OPF), whose
``<spine>`` lists the chapters in reading order, each an XHTML page in the
``<manifest>``. Each chapter is read as a saved web page (``tui.formats.html``: its
``<body>``, scripts and navigation left out), one line per paragraph, the chapters in
spine order. Left out: the navigation document (the table of contents: its entries would
read as headings), pages that are not XHTML, and pictures.

Refused with a message: a zip that is no EPUB (no package file), a package without a
spine (no reading order), chapters protected by DRM (listed in
``META-INF/encryption.xml``; obfuscated fonts alone are fine), and members that unpack to
too much (``tui.formats.zipparts``).
"""

from __future__ import annotations

import posixpath
import re
from typing import Any
from urllib.parse import unquote

from tui.base.errors import Said
from tui.formats import Extracted, page_paragraphs_text
from tui.formats.errors import UnsupportedFormatError, damaged, encrypted, shown
from tui.formats.zipparts import Parts

_OPF = "{http://www.idpf.org/2007/opf}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_ENC = "{http://www.w3.org/2001/04/xmlenc#}"
_XHTML_TYPES = frozenset(("application/xhtml+xml", "text/html", "application/x-dtbook+xml"))
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
WHAT = Said("EPUB 电子书", "EPUB e-book")


def extract_epub(data: bytes, path: str) -> Extracted:
    from tui.formats.charset import decode_html
    from tui.formats.html import html_paragraphs, without_internal_subset
    from tui.formats.nesting import check_nesting
    from tui.formats.titles import best_title

    with Parts(data, path, WHAT) as parts:
        opf_name = _package_name(parts)
        if opf_name is None:
            raise _not_epub(path)
        opf = _xml(parts, opf_name)
        chapters = _spine(opf, posixpath.dirname(opf_name))
        if not chapters:
            raise _no_spine(path)
        locked = _encrypted_names(parts)
        paragraphs: list[str] = []
        spent = (0, 0)  # (the chapters' nesting work and tags so far: a book's, together)
        for chapter in chapters:
            if chapter in locked:
                raise encrypted(path, "EPUB（DRM）")
            if chapter not in parts.names:
                continue  # a spine entry without its file: the rest still reads
            if parts.encrypted(chapter):
                raise encrypted(path, "EPUB")
            page = parts.read(chapter)
            declared = _XML_ENCODING.match(page)
            charset = declared.group(1).decode("ascii") if declared else None
            text, _ = decode_html(page, path, charset)
            text = without_internal_subset(text)  # (no "]>" paragraph: safety85)
            spent = check_nesting(text, path, WHAT, spent)
            paragraphs.extend(html_paragraphs(text, marked=True))
    result = page_paragraphs_text(paragraphs)
    if not result.strip():
        from tui.base.errors import EmptyFileError

        raise EmptyFileError(path, "这本电子书里没有文字。", "This e-book holds no text.")
    return Extracted(result, "epub", "epub", title=best_title([_book_title(opf)], path, result))


def _book_title(opf: Any) -> str | None:
    """The book's ``dc:title`` (its first), from the OPF's metadata."""
    found = opf.find(".//{http://purl.org/dc/elements/1.1/}title")
    return found.text if found is not None and isinstance(found.text, str) else None


def _xml(parts: Parts, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(parts.read(name), parser)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise damaged(parts.path, WHAT, name, error) from error
    if root is None:
        raise damaged(parts.path, WHAT, name)
    return root


def _package_name(parts: Parts) -> str | None:
    """The OPF's name: as ``container.xml`` says, else the only ``.opf`` in the zip."""
    if "META-INF/container.xml" in parts.names:
        container = _xml(parts, "META-INF/container.xml")
        for rootfile in container.iter(f"{_CONTAINER}rootfile"):
            name = rootfile.get("full-path")
            if name and name in parts.names:
                return str(name)
    found = sorted(name for name in parts.names if name.lower().endswith(".opf"))
    return found[0] if found else None


def _spine(opf: Any, base: str) -> list[str]:
    """The chapters' member names in reading order (XHTML pages, the table of contents out)."""
    manifest: dict[str, tuple[str, str, str]] = {}
    for item in opf.iter(f"{_OPF}item"):
        ident, href = item.get("id"), item.get("href")
        if ident and href:
            manifest[ident] = (href, item.get("media-type") or "", item.get("properties") or "")
    spine = opf.find(f"{_OPF}spine")
    if spine is None:
        return []
    chapters: list[str] = []
    for itemref in spine.iter(f"{_OPF}itemref"):
        entry = manifest.get(itemref.get("idref") or "")
        if entry is None:
            continue
        href, media_type, properties = entry
        if media_type not in _XHTML_TYPES or "nav" in properties.split():
            continue
        name = posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))
        if name not in chapters:
            chapters.append(name)
    return chapters


def _encrypted_names(parts: Parts) -> set[str]:
    """Members ``META-INF/encryption.xml`` lists as encrypted (DRM or obfuscated fonts)."""
    if "META-INF/encryption.xml" not in parts.names:
        return set()
    root = _xml(parts, "META-INF/encryption.xml")
    return {
        posixpath.normpath(unquote(uri))
        for reference in root.iter(f"{_ENC}CipherReference")
        if (uri := reference.get("URI"))
    }


def _not_epub(path: str) -> UnsupportedFormatError:
    name = shown(path)
    return UnsupportedFormatError(
        path,
        f"“{name}”是一个压缩包，但不是 EPUB 电子书（里面没有 OPF 包文件）。",
        f"“{name}” is a zip archive but not an EPUB e-book (it holds no OPF package file).",
    )


def _no_spine(path: str) -> UnsupportedFormatError:
    name = shown(path)
    return UnsupportedFormatError(
        path,
        f"“{name}”这本电子书没有阅读顺序（OPF 里没有 spine 章节列表），无法确定各章的先后。"
        "请用 Calibre 等软件修复或转换后再打开。",
        f"The e-book “{name}” has no reading order (its OPF has no spine), so the order of its "
        "chapters is unknown. Repair or convert it (e.g. with Calibre), then open it.",
    )
