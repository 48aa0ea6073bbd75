"""``speech-reader outline PATH``: the outline of every speech of a file, as text or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from tui import ui_text
from tui.base.safetext import safe_json
from tui.commands import add_language, given_path, load_or_say, printed_name, use_language
from tui.engine import Document

HELP = "打印讲话稿每篇讲话的提纲 / print the outline of each speech of a file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``outline`` subcommand."""
    parser.add_argument("path", help="讲话稿文件 / a speech file")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    add_language(parser)


def outline_record(document: Document) -> dict[str, Any]:
    """The JSON shape: path, encoding, and per speech its title, date, line and headings.

    ``date`` is the date line of the speech's title block as written (null when it has
    none); ``line`` is the line of the text as read (for a PDF, of its extracted text); ``page``
    is the PDF page holding it, null for files without pages.
    """
    page = document.page_of
    return {
        "path": document.path,
        "encoding": document.encoding,
        "speeches": [
            {
                "title": speech.title,
                "date": speech.date,
                "line": speech.line,
                "page": page(speech.line),
                "headings": [
                    {
                        "level": h.level,
                        "marker": h.marker,
                        "title": h.title,
                        "line": h.line,
                        "page": page(h.line),
                    }
                    for h in speech.headings
                ],
            }
            for speech in document.speeches
        ],
    }


def where(document: Document, line: int) -> str:
    """Where a line is, as the user finds it: 第 N 页 in a PDF, else 第 N 行."""
    page = document.page_of(line)
    return ui_text.CLI_AT_PAGE(page=page) if page is not None else ui_text.CLI_AT_LINE(line=line)


def run(args: argparse.Namespace) -> int:
    """Print the outline; 2 when the file cannot be read."""
    use_language(args)
    path = given_path(args.path)
    document = load_or_say("outline", path)
    if document is None:
        return 2
    if args.json:
        print(safe_json(outline_record(document)))
        return 0
    total = len(document.speeches)
    name = printed_name(path.name)  # an untitled speech's name: as the file's is printed
    print(
        ui_text.CLI_OUTLINE_HEAD(path=printed_name(path), encoding=document.encoding, total=total)
    )
    for warning in document.warnings:
        print(ui_text.CLI_OUTLINE_NOTE(warning=ui_text.said(warning)))
    for speech in document.speeches:
        print(
            f"\n[{speech.index + 1}] "
            + ui_text.dated_speech_name(
                speech.title, speech.index, speech.preview, name, total, speech.date
            )
            + ui_text.CLI_WHERE(where=where(document, speech.line))
        )
        if not speech.headings:
            print(f"    {ui_text.CLI_OUTLINE_NO_HEADINGS()}")
        for heading in speech.headings:
            indent = "    " * heading.level
            page = document.page_of(heading.line)
            print(
                f"{indent}{heading.marker}{heading.title}  …{heading.line if page is None else ui_text.CLI_HEADING_PAGE(page=page)}"
            )
    return 0
