"""``speech-reader index [PATH]``: build or update the search index; ``--clear`` deletes it."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TextIO

from tui import ui_text
from tui.base.safetext import safe_text
from tui.commands import (
    add_language,
    given_path,
    path_problem,
    printed_name,
    say_unreadable,
    tell_passed_over,
    use_language,
)
from tui.commands.progress import LiveLine
from tui.paths import bundled_corpus_dir

HELP = "建立或更新全文搜索索引（默认自带语料）/ build or update the full-text search index"
BAR_CELLS = 30
NOTHING_TO_INDEX = 1
"""Exit code when ``PATH`` holds no speech file to index (as ``search`` finding nothing);
2 stays a usage error or a path that cannot be opened."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``index`` subcommand."""
    parser.add_argument(
        "path",
        nargs="?",
        help="文件夹或文件（默认自带语料）/ folder or file (default: bundled corpus)",
    )
    parser.add_argument(
        "--clear", action="store_true", help="删除索引缓存 / delete the index cache"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="根目录也建立索引 / index a root folder too",
    )
    add_language(parser)


class Progress:
    """A bar redrawn in place on a terminal (stderr), plain lines every 10% otherwise.

    The bar is a ``LiveLine``: written through ``SafeStream`` its carriage return showed
    as ␍ and the bars ran on in one long line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream: TextIO = stream if stream is not None else sys.stderr
        self.line = LiveLine(self.stream, every=0.0)
        self.tty = self.line.tty
        self.started = time.monotonic()
        self.bytes = 0
        self.step = -1

    def __call__(self, done: int, total: int, path: str) -> None:
        try:
            self.bytes += os.stat(path).st_size
        except OSError:
            pass
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.bytes / 1e6 / elapsed
        if self.tty:
            filled = BAR_CELLS * done // max(total, 1)
            bar = "█" * filled + "·" * (BAR_CELLS - filled)
            self.line.show(
                f"{bar} {ui_text.CLI_INDEX_PROGRESS(done=done, total=total)}  {rate:.1f} MB/s"
            )
        else:
            step = 10 * done // max(total, 1)
            if step != self.step or done == total:
                self.step = step
                self.stream.write(
                    ui_text.CLI_INDEX_PLAIN_PROGRESS(done=done, total=total, rate=rate) + "\n"
                )
                self.stream.flush()

    def end(self) -> None:
        """The bar's line ended (kept on screen, the lines after it below)."""
        if self.line.width:
            self.line.stream.write("\n")
            self.line.width = 0


def run(args: argparse.Namespace) -> int:
    """Index ``PATH``; 1 when it holds no speech file, 2 for a path that cannot be opened
    (a folder that cannot be listed, or the one file named that cannot be read)."""
    from tui.engine.index import Index, clear_cache, index_path
    from tui.engine.index.store import INDEX_MAX_BYTES

    use_language(args)
    if args.clear:
        existed = clear_cache()
        where = printed_name(index_path())
        print(
            ui_text.CLI_INDEX_DELETED(where=where)
            if existed
            else ui_text.CLI_INDEX_NONE(where=where)
        )
        return 0
    root = given_path(args.path) if args.path else bundled_corpus_dir()
    problem = path_problem(root)
    if problem is not None:
        print(f"speech-reader index: {problem}", file=sys.stderr)
        return 2
    resolved = root.resolve()
    if resolved.parent == resolved and not args.force:
        # `index /` would read every file of the machine. (A home or temporary folder,
        # which the reader does not index by itself, is indexed when named here: this
        # command is how the user asks for it.)
        print(
            f"speech-reader index: {ui_text.CLI_INDEX_ROOT(path=printed_name(resolved))}",
            file=sys.stderr,
        )
        return 2
    progress = Progress()
    started = time.monotonic()
    with Index() as index:
        try:
            report = index.sync(root, progress=progress)
        except KeyboardInterrupt:  # what was written stays: the next run goes on from there
            progress.end()
            print(f"speech-reader index: {ui_text.CLI_INDEX_INTERRUPTED()}", file=sys.stderr)
            return 130
        notice = ui_text.pick(index.notice, index.notice_en)
    progress.end()
    if notice:
        print(f"speech-reader index: {safe_text(notice)}", file=sys.stderr)
    elapsed = time.monotonic() - started
    size = sum(
        os.path.getsize(p) for p in (str(index_path()), f"{index_path()}-wal") if os.path.exists(p)
    )
    if report.failed and not root.is_dir():  # the one file asked for cannot be read
        # Why, as outline and search say it (exit 2); "1 unreadable" and success said less.
        return say_unreadable("index", root)
    for path in report.failed:
        print(ui_text.CLI_INDEX_UNREADABLE(path=printed_name(path)), file=sys.stderr)
    for path in report.odd_names:
        print(ui_text.CLI_INDEX_NAME_NOT_UTF8(path=printed_name(path)), file=sys.stderr)
    for path in report.too_big:
        limit = INDEX_MAX_BYTES // 1_000_000
        print(ui_text.CLI_INDEX_TOO_BIG(limit=limit, path=printed_name(path)), file=sys.stderr)
    tell_passed_over("index", report.walk.not_regular, report.walk.unreadable_folders)
    if not report.found:
        # A folder of pipes only (or empty, or of other files) is not an index built:
        # "0 files …" and success read as if it were.
        print(
            f"speech-reader index: {ui_text.CLI_INDEX_NOTHING(path=printed_name(root))}",
            file=sys.stderr,
        )
        if not report.removed:
            return NOTHING_TO_INDEX
    print(
        ui_text.CLI_INDEX_DONE(
            found=report.found,
            indexed=report.indexed,
            unchanged=report.unchanged,
            removed=report.removed,
            failed=len(report.failed),
            seconds=elapsed,
            rate=report.bytes / 1e6 / max(elapsed, 1e-6),
            size=size / 1e6,
        )
    )
    return 0 if report.found else NOTHING_TO_INDEX
