"""A hostile folder: file names and file contents that try to drive or fool the terminal.

Shared by the UI tests (``tests/ui/test_hostile.py``) and the command-line tests
(``tests/unit/test_cli_hostile.py``). Every surface that shows a name or text of a file
must show these as visible placeholders (``tui.base.safetext``): no raw ESC, C1, bidi
or zero-width character may reach the screen or stdout/stderr, and no name may act as
markup.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tui.base.safetext import UNSAFE

BODY = "同志们：\n一、第一部分营商环境\n营商环境是企业发展的土壤。\n二、第二部分\n优化营商环境就是解放生产力。\n"
"""An untitled speech: its label (outline, palette, citations) is made from the file name."""

OSC52 = "osc52\x1b]52;c;aGFja2Vk\x07.txt"
CLEAR = "clear\x1b[2J\x1b[H.txt"
BIDI = "bidi\u202etxt.exe.txt"
ZERO_WIDTH = "zero\u200bwidth.txt"
CLICK = "[@click=app.quit]x.txt"
MARKUP = "[red]red.txt"
NOT_UTF8 = os.fsdecode(b"\xb2\xe2.txt")
"""GBK bytes of 测 that are not UTF-8: the name is a str with lone surrogates."""
CONTENTS = "contents.txt"
"""A plain name; the contents hold ESC sequences, bidi overrides, zero-width and markup."""
HOSTILE_CONTENTS = (
    "同志们：\x1b]0;pwned\x07\n"
    "一、第一\x1b[2J部分[red]营商[/red]\n"
    "营商\u202e环境是企业\u200b发展的土壤。\x9b2J\n"
    "二、第二\u2066部分\u2069[@click=app.quit]\n"
    "优化营商环境就是解放生产力。\n"
)

NAMES = (OSC52, CLEAR, BIDI, ZERO_WIDTH, CLICK, MARKUP, NOT_UTF8)
"""Every hostile name (each file holds ``BODY``)."""

SHOWN = {
    OSC52: "osc52␛]52;c;aGFja2Vk␇.txt",
    CLEAR: "clear␛[2J␛[H.txt",
    BIDI: "bidi‹U+202E›txt.exe.txt",
    ZERO_WIDTH: "zero‹U+200B›width.txt",
    CLICK: CLICK,
    MARKUP: MARKUP,
    NOT_UTF8: "‹\\xb2›‹\\xe2›.txt",
}
"""How each name must look on screen."""

PRINTED = {
    OSC52: "osc52\\x1b]52;c;aGFja2Vk\\x07.txt",
    CLEAR: "clear\\x1b[2J\\x1b[H.txt",
    BIDI: "bidi\\u202etxt.exe.txt",
    ZERO_WIDTH: "zero\\u200bwidth.txt",
    CLICK: CLICK,
    MARKUP: MARKUP,
    NOT_UTF8: "\\xb2\\xe2.txt",
}
"""How the command line prints each name (``tui.commands.printed_name``): escapes that
``speech-reader NAME`` reads back to the name, as bash's ``$'…'`` does."""


def make_hostile_folder(folder: Path) -> Path:
    """Fill ``folder`` (made if need be) with the hostile files; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        # Bytes paths: a name that is not UTF-8 is written as its very bytes.
        with open(os.fsencode(folder / name), "wb") as handle:
            handle.write(BODY.encode("utf-8"))
    (folder / CONTENTS).write_text(HOSTILE_CONTENTS, encoding="utf-8")
    return folder


def unsafe_in(text: str) -> list[str]:
    """The characters of ``text`` that must never reach a terminal (line feeds allowed)."""
    return [char for char in UNSAFE.findall(text) if char != "\n"]


UNSAFE_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters XML 1.0 does not allow (C0) or that a document never holds (C1)."""

FORMAT_CONTENTS = (
    "contents.docx",
    "contents.html",
    "contents.rtf",
    "contents.mhtml",
    "contents.epub",
    "contents.odt",
)
"""``HOSTILE_CONTENTS`` as the formats read by ``tui.formats`` (each file names its kind)."""


def make_hostile_formats(folder: Path) -> Path:
    """Write ``HOSTILE_CONTENTS`` into ``folder`` as each of ``FORMAT_CONTENTS``: the RTF with
    ``\\uN`` escapes (ESC and BEL raw, as a sloppy writer leaves them), the web pages with
    the characters as they are (the .html names its charset in a ``<meta>``), the Word
    file, the e-book and the OpenDocument without the C0/C1 controls (XML 1.0 cannot hold
    them) but with the bidi, zero-width and markup ones."""
    from html import escape

    from tests.unit import format_fixtures as ff

    folder.mkdir(parents=True, exist_ok=True)
    lines = HOSTILE_CONTENTS.rstrip("\n").split("\n")
    ff.write_rtf(folder / "contents.rtf", "unicode", lines)
    page = "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</body></html>"
    ff.write_mhtml(folder / "contents.mhtml", page_html=page)
    meta = page.replace("<html>", '<html><head><meta charset="utf-8"></head>')
    (folder / "contents.html").write_text(meta, encoding="utf-8")
    xml_safe = [UNSAFE_XML.sub("", line) for line in lines]
    ff.write_epub(folder / "contents.epub", chapters=[[escape(line) for line in xml_safe]])
    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in xml_safe)
    ff.write_odt(folder / "contents.odt", body)
    import docx

    document = docx.Document()
    for line in xml_safe:
        document.add_paragraph(line)
    document.save(str(folder / "contents.docx"))
    return folder
