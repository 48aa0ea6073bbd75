"""A saved web page's main text, with selectolax (lexbor): the speech, not the site around it.

Dropped: scripts, styles, navigation, headers, footers, asides, forms, menus. Kept: the
text of the page's ``<article>`` (or ``<main>``) when it holds most of the text, else of
the ``<body>``. Block elements (``<p>``, ``<div>``, ``<h1>``–``<h6>``, list items, table
rows…) and ``<br>`` end a paragraph; inside a block, whitespace runs become one space
(none between two Chinese characters: a line break in the page's source).

The charset comes from a BOM or the page's ``<meta>`` (``gb2312``/``gbk`` read as
GB18030, their superset); without one, or when it does not decode, the reader's own
decoder (``tui.engine.decode``) decides.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from tui.formats import Extracted, paragraphs_text

_DROP = (
    "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, "
    "footer, aside, form, button, select, textarea, menu, dialog"
)
_BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody thead tfoot tr ul caption".split()
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WHITESPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")


def extract_html(data: bytes, path: str) -> Extracted:
    from selectolax.lexbor import LexborHTMLParser

    text, encoding = _decode(data, path)
    tree = LexborHTMLParser(text)
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        raise _empty(path)
    main = _main_part(root)
    pieces: list[str] = []
    _walk(main, pieces)
    paragraphs = [
        _CJK_SPACE.sub("", _WHITESPACE.sub(" ", block)).strip()
        for block in "".join(pieces).split("\n")
    ]
    result = paragraphs_text(paragraphs)
    if not result.strip():
        raise _empty(path)
    return Extracted(result, "html", f"html/{encoding}")


def _main_part(root: Any) -> Any:
    """``<article>`` or ``<main>`` when it holds most of the page's text, else ``root``."""
    total = len(root.text(strip=True))
    for selector in ("article", "main", "[role=main]"):
        for node in root.css(selector):
            if total and len(node.text(strip=True)) >= 0.5 * total:
                return node
    return root


def _walk(node: Any, out: list[str], depth: int = 0) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(_WHITESPACE.sub(" ", child.text_content or ""))
        elif tag == "br":
            out.append("\n")
        elif tag.startswith("-"):
            continue  # comments
        elif depth > 200:
            out.append(child.text(separator=" "))
        elif tag in _BLOCKS:
            out.append("\n")
            _walk(child, out, depth + 1)
            out.append("\n")
        elif tag in ("td", "th"):
            _walk(child, out, depth + 1)
            out.append(" ")
        else:
            _walk(child, out, depth + 1)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    found = _CHARSET.search(data[:4096])
    if found is not None:
        name = found.group(1).decode("ascii", "replace").lower()
        if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
            name = "gb18030"
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    from tui.engine.decode import decode

    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def _empty(path: str) -> Exception:
    from tui.engine.errors import EmptyFileError

    return EmptyFileError(path, "这个网页里没有正文文字。", "This web page holds no text.")
