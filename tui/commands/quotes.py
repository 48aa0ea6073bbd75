"""``speech-reader quotes``: list the quote notebook, print it as JSON, or export it to Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.engine.safetext import safe_json
from tui.notebook import Entry, Notebook, notebook_markdown

HELP = "列出摘录本中的引文（最新的在前），或导出为 Markdown / list or export the quote notebook"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``quotes`` subcommand."""
    parser.add_argument(
        "--export",
        metavar="FILE",
        help="把摘录本写成 Markdown 文件（“-” 表示标准输出）/ write the notebook as Markdown",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="以 JSON 输出全部记录 / print every record as JSON",
    )


def _listing(entries: list[Entry]) -> str:
    blocks: list[str] = []
    for number, entry in enumerate(entries, 1):
        head = f"[{number}] {entry.when}  {entry.file}:{entry.line}"
        blocks.append(f"{head}\n{entry.text}\n{entry.citation}")
    return "\n\n".join(blocks)


def run(args: argparse.Namespace) -> int:
    """List, print as JSON or export; 1 when the notebook had a problem (reported on stderr)."""
    notebook = Notebook()
    problem = notebook.take_problem()
    if problem:
        print(f"speech-reader quotes: {problem}", file=sys.stderr)
    entries = notebook.entries()
    if args.export:
        if args.export == "-":
            sys.stdout.write(notebook_markdown(entries))
        else:
            target = Path(args.export).expanduser()
            try:
                count = notebook.export_markdown(target)
            except OSError as error:
                print(f"speech-reader quotes: 无法写入 {target}：{error}", file=sys.stderr)
                return 2
            print(f"已导出 {count} 条摘录到 {target.resolve()}")
    elif args.json:
        records = [entry.to_json() for entry in entries]
        print(safe_json(records))
    elif entries:
        print(_listing(entries))
    else:
        print(f"摘录本是空的（{notebook.path}）。在阅读器里按 y 复制句子即可收入摘录本。")
    return 1 if problem else 0
