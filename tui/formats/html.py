"""A saved web page's main text, with selectolax (lexbor): the speech, not the site around it.

Dropped: scripts, styles, navigation, headers, footers, asides, forms, menus. Kept: the
text of the page's ``<article>`` (or ``<main>``) when it holds most of the text, else of
the ``<body>``. Block elements (``<p>``, ``<div>``, ``<h1>``–``<h6>``, list items, table
rows…) and ``<br>`` end a paragraph; inside a block, whitespace runs become one space
(none between two Chinese characters: a line break in the page's source) — but a run of
four or more spaces typed inside one line of the source (``…九月一日）    （一）    目前…``:
a text whose line breaks were lost) is kept inside the paragraph, as a text file keeps it;
the engine reads paragraph breaks from such runs (``FORMATS.md``: holdout4 u13 lost its
``（一）`` when the run became one space and that space was then taken out).

The charset comes from a BOM or the page's ``<meta>`` (``gb2312``/``gbk`` read as
GB18030, their superset); without one, or when it does not decode, the reader's own
decoder (``tui.base.decode``) decides.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from tui.formats import Extracted, page_paragraphs_text

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
_GB = frozenset(("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "x-euc-cn"))
"""Charset names read as GB18030, their superset (pages saying gb2312 hold GBK characters)."""
_WHITESPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_CUT_TAIL = 4
"""A character the declared charset cannot decode within this many bytes of the end: the
page was cut short there (one character of GB18030 or UTF-8 is at most 4 bytes)."""
_TYPED_RUN = re.compile("[ \u00a0]{4,}")
"""Four spaces or more typed in a row inside a line of the page's source (no line break
among them): what the engine reads as a paragraph break in a text that lost its line breaks
(``tui.engine.lines``). Shorter runs are one space, as a browser shows them (``中文  和``:
spacing in the source, no break)."""
_KEPT = "\x1f"
"""Stands for each space of a typed run until the paragraph's whitespace is collapsed (a
control character: taken out of the page's own text first)."""


def extract_html(data: bytes, path: str, charset: str | None = None) -> Extracted:
    """A web page's text; ``charset``: what a container (an .mhtml part) says it is."""
    text, encoding = decode_html(data, path, charset)
    result = page_paragraphs_text(html_paragraphs(text))
    if not result.strip():
        raise _empty(path)
    return Extracted(result, "html", f"html/{encoding}")


def html_paragraphs(text: str) -> list[str]:
    """The main text of a page (decoded) as paragraphs, site navigation and scripts left out."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return []
    main = _main_part(root)
    pieces: list[str] = []
    _walk(main, pieces)
    return [
        _CJK_SPACE.sub("", _WHITESPACE.sub(" ", block))
        .strip(" " + _KEPT)  # (typed 　　 kept; a typed run at either end is not)
        .replace(_KEPT, " ")
        for block in "".join(pieces).split("\n")
    ]


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
            out.append(_collapsed(child.text_content or ""))
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


def _collapsed(text: str) -> str:
    """A text node's whitespace as one space a run, a run of spaces typed inside one line
    kept (as ``_KEPT``, one a space)."""
    text = text.replace(_KEPT, "")
    return _WHITESPACE.sub(
        lambda run: _KEPT * len(run.group()) if _TYPED_RUN.fullmatch(run.group()) else " ",
        text,
    )


def decode_html(data: bytes, path: str, charset: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page: by its BOM, else ``charset`` (a container's word), else
    its ``<meta>`` charset, else the reader's own decoder."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    named = [charset] if charset else []
    found = _CHARSET.search(data[:4096])
    if found is not None:
        named.append(found.group(1).decode("ascii", "replace"))
    for name in named:
        name = name.strip().lower()
        if name in _GB:
            name = "gb18030"
        try:
            return data.decode(name), name
        except UnicodeDecodeError as error:
            if error.end >= len(data) - _CUT_TAIL and data[: error.start].strip():
                # A page cut short (a download or a copy broken off) mid-character: its
                # text up to there. Else the reader's decoder refused the whole page with
                # "无法识别文件的文字编码" (a cut .mhtml, tests/unit/test_format_layout.py).
                try:
                    return data[: error.start].decode(name), name
                except UnicodeDecodeError:
                    continue
            continue
        except LookupError:
            continue
    from tui.base.decode import decode

    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def _empty(path: str) -> Exception:
    from tui.base.errors import EmptyFileError

    return EmptyFileError(path, "这个网页里没有正文文字。", "This web page holds no text.")
