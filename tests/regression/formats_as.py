"""A corpus text written as a Word, web page, e-book, RTF, OpenDocument or PDF file, for
``score.py --as FORMAT`` (``FORMATS.md`` has the figures).

Each file is written the way such a file really looks when a speech is kept in it: one
paragraph per line of the text, as it stands — its leading full-width spaces kept as text,
its Markdown marks (if any) as typed characters — and **no styling from the gold** (no
heading style, no bold: the writer does not know which lines are headings). Blank lines
are kept as empty paragraphs where a word processor keeps them (Word, OpenDocument, RTF,
an empty line in the PDF) and dropped where a page has none (web pages, e-books). The
builders are the format tests' own (``tests/unit/format_fixtures.py``):

* ``docx``: one Word paragraph per line (python-docx);
* ``html``: a saved page — ``<title>`` (the first line and the site's name), a style,
  scripts, a header, a navigation bar, an aside of links, the text as one ``<p>`` per
  line in an ``<article>``, a footer;
* ``mhtml``: that page in a MIME message (quoted-printable), as Chrome saves it, with a
  picture after it;
* ``epub``: an EPUB 3 with one chapter holding the text and a navigation page naming it;
* ``odt``: ``content.xml`` with one ``text:p`` per line (runs of spaces as ``text:s``,
  tabs as ``text:tab``, as LibreOffice writes them);
* ``rtf``: as Word saves Chinese RTF (``\\ansicpg936``, ``\\uN`` with GBK fallbacks;
  ``\\uN?`` when a character has no GBK bytes), the first line centred, the others with a
  first-line indent;
* ``pdf``: reportlab (already in the test extra) with its CID font STSong-Light: every
  line broken every 30 characters as typesetting breaks it (``mess.wrap_line``: the
  indentation on the first piece, never a closing mark first on a line, never inside a
  space written out as ``<U+00A0>``; the width counts the text, not the indentation, as
  ``mess`` does), 22 lines a page, a running header (10 pt, the text 14 pt) and a page
  number (``- N -``) on each page.

The file is then read as the reader reads it (``tui.engine.load_document``, through
``tui.formats.read_source``), and ``line_map`` maps the engine's lines back to the text's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from pathlib import Path

FORMATS = ("docx", "html", "mhtml", "epub", "odt", "rtf", "pdf")
"""The formats ``--as`` writes (in the order of the tables in ``FORMATS.md``)."""

PDF_WIDTH = 30
"""Characters of a PDF line (A4, 14 pt, as ``format_fixtures.write_pdf`` draws them)."""
_SPACE_RUN = re.compile(r"( {2,}|^ |\t)")


def write_as(kind: str, lines: list[str], folder: Path, stem: str) -> Path:
    """``lines`` (a text's lines, LF split) written as a ``kind`` file in ``folder``."""
    from tests.regression.mess import wrap_line
    from tests.unit import format_fixtures as ff

    path = folder / f"{stem}.{kind}"
    text = [line for line in lines if line.strip()]
    title = text[0].strip() if text else stem
    if kind == "docx":
        return ff.write_docx_typed(path, lines)
    if kind in ("html", "mhtml"):
        article = "\n".join(f"<p>{escape(line)}</p>" for line in text)
        page = ff.saved_page(article, escape(title))
        if kind == "html":
            path.write_text(page, encoding="utf-8")
            return path
        return ff.write_mhtml(path, page_html=page)
    if kind == "epub":
        chapter = [escape(line) for line in text]
        return ff.write_epub(path, chapters=[chapter], toc=[escape(title)])
    if kind == "odt":
        body = "\n".join(f"<text:p>{_odt_inline(line)}</text:p>" for line in lines)
        return ff.write_odt(path, body)
    if kind == "rtf":
        try:
            "".join(lines).encode("gbk")
            escapes = "word"
        except UnicodeEncodeError:
            escapes = "unicode"
        return ff.write_rtf(path, escapes, [line.replace("\t", " ") for line in lines])
    if kind == "pdf":
        wrapped = [piece for line in lines for piece in wrap_line(line, PDF_WIDTH)]
        return ff.write_pdf(path, wrapped, width=10**6)  # (broken here already)
    raise ValueError(f"no such format: {kind}")


def _odt_inline(line: str) -> str:
    """A line as ``text:p`` content: XML-escaped, spaces and tabs as LibreOffice writes them."""

    def spaces(found: re.Match[str]) -> str:
        run = found.group()
        if run == "\t":
            return "<text:tab/>"
        if found.start() == 0:  # a leading space would be collapsed: all of them as text:s
            return f'<text:s text:c="{len(run)}"/>'
        return f' <text:s text:c="{len(run) - 1}"/>'

    return _SPACE_RUN.sub(spaces, escape(line, quote=False))


_NOT_TEXT = re.compile(r"[\s\u00a0\u3000#>*|]+")


def line_map(source: list[str], extracted: list[str]) -> Callable[[int], int]:
    """The map from a 1-based line of ``extracted`` (the format's text) to the 1-based line
    of ``source`` (the text's) it came from: each extracted line's characters (spaces and
    Markdown marks aside) are looked for in the source from where the last one was found;
    a line not found (a running header, a page number) maps to the line before it."""
    joined: list[str] = []
    owner: list[int] = []
    for number, line in enumerate(source, 1):
        chars = _NOT_TEXT.sub("", line)
        joined.append(chars)
        owner.extend([number] * len(chars))
    text = "".join(joined)
    mapped: list[int] = []
    cursor, last = 0, 1
    for line in extracted:
        chars = _NOT_TEXT.sub("", line)
        at = text.find(chars, cursor) if chars else -1
        if at >= 0 and at - cursor < 4000:
            last = owner[at]
            cursor = at + len(chars)
        mapped.append(last)
    return lambda line: mapped[line - 1] if 0 < line <= len(mapped) else line
