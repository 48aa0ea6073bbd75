"""``speech-reader quotes``: list the quote notebook, print it as JSON, or export it to Markdown.

``--export FILE`` refuses (exit 2) to overwrite a file or to write into a folder of
speeches (the bundled corpus, the folders of quoted files, the folder read last) unless
``--force`` is given, and to write into a folder that does not exist (never made for it:
a typo in the path would leave a stray folder), ``--force`` or not.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui import ui_text
from tui.base.safetext import safe_json
from tui.commands import add_language, path_problem, printed_name, use_language
from tui.notebook import Notebook, export_problem
from tui.notebook_records import Entry
from tui.paths import expand_user
from tui.session_records import stored_session
from tui.state import FileText

HELP = "按摘录本中的顺序列出引文，或导出为 Markdown / list the quote notebook in its order, or export it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``quotes`` subcommand."""
    parser.add_argument(
        "--export",
        metavar="FILE",
        help="把摘录本写成 Markdown 文件（“-” 表示标准输出）/ write the notebook as Markdown",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="导出时覆盖已有文件、或写入讲话稿文件夹 / overwrite FILE, or write among speeches",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="以 JSON 输出全部记录 / print every record as JSON",
    )
    add_language(parser)


def _place(entry: Entry) -> str:
    """FILE:LINE for an editor (the name as ``search --lines`` writes it: ``speech-reader
    FILE:LINE`` opens it); a PDF's page, a Word or web-page file alone (``Entry.place``)."""
    file = printed_name(entry.file)
    return entry.place(
        page=lambda page: ui_text.CLI_QUOTE_AT_PAGE(file=file, page=page),
        line=lambda line: f"{file}:{line}",
        alone=file,
    )


def _listing(entries: list[Entry]) -> str:
    blocks: list[str] = []
    for number, entry in enumerate(entries, 1):
        place = _place(entry)
        # changed in the notebook (apart from FILE:LINE, which is copied as a word)
        mark = f"  {ui_text.QUOTE_EDITED_MARK().strip()}" if entry.edited else ""
        head = f"[{number}] {entry.when}  {place}{mark}"
        blocks.append(f"{head}\n{entry.text}\n{entry.citation}")
    return "\n\n".join(blocks)


def _roots(stored: FileText) -> list[Path]:
    """The folder of the file read last (a folder of speeches, besides the quoted files').

    Only peeks at ``session.json`` (``stored``: as ``use_language`` read it): this command
    does not set the reader's files aside.
    """
    last = stored_session(read=stored).get("last_file")
    return [Path(last).parent] if isinstance(last, str) and last else []


def run(args: argparse.Namespace) -> int:
    """List, print as JSON or export; 1 when the notebook had a problem (reported on stderr)."""
    stored = use_language(args)
    notebook = Notebook()
    problem = notebook.take_problem()
    if problem:
        print(f"speech-reader quotes: {problem}", file=sys.stderr)
    entries = notebook.entries()
    if args.export:
        if args.export == "-":
            sys.stdout.write(notebook.markdown())  # the app's export, as a file gets it
        else:
            try:
                target = expand_user(args.export, strict=True)
            except OSError as error:
                print(ui_text.CLI_QUOTES_CANNOT_WRITE(error=error), file=sys.stderr)
                return 2
            folder = target.absolute().parent
            try:
                os.stat(folder)
            except (FileNotFoundError, NotADirectoryError):
                # A typo in the folder would otherwise make a stray folder (--force or not).
                print(ui_text.CLI_QUOTES_NO_FOLDER(folder=printed_name(folder)), file=sys.stderr)
                return 2
            except OSError as error:  # a loop of links, no permission on the way …
                print(f"speech-reader quotes: {path_problem(folder, met=error)}", file=sys.stderr)
                return 2
            try:
                refusal = None if args.force else export_problem(target, entries, _roots(stored))
            except OSError as error:  # a folder on the way that may not be searched
                # (no x permission: Path.exists raises): it was a crash (exit 70)
                print(f"speech-reader quotes: {path_problem(target, met=error)}", file=sys.stderr)
                return 2
            if refusal is not None:
                print(ui_text.CLI_QUOTES_REFUSED(refusal=refusal), file=sys.stderr)
                return 2
            try:
                count = notebook.export_markdown(target)
            except OSError as error:
                print(ui_text.CLI_QUOTES_CANNOT_WRITE(error=error), file=sys.stderr)
                return 2
            print(ui_text.EXPORT_DONE(count=count, target=printed_name(target.resolve())))
    elif args.json:
        records = [entry.to_json() for entry in entries]
        print(safe_json(records))
    elif entries:
        print(_listing(entries))
    else:
        print(ui_text.CLI_QUOTES_EMPTY(path=printed_name(notebook.path)))
    return 1 if problem else 0
