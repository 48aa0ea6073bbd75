"""``speech-reader index [PATH]``: build or update the search index; ``--clear`` deletes it."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tui import ui_text
from tui.commands import add_language, use_language
from tui.engine.safetext import safe_text
from tui.paths import bundled_corpus_dir

if TYPE_CHECKING:
    from tui.engine.files import WalkReport

HELP = "建立或更新全文搜索索引（默认自带语料）/ build or update the full-text search index"
BAR_CELLS = 30


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
    """A bar on a terminal (stderr), plain lines every 10% otherwise."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream: TextIO = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self.bytes = 0
        self.step = -1
        self.drawn = False

    def __call__(self, done: int, total: int, path: str) -> None:
        try:
            self.bytes += os.stat(path).st_size
        except OSError:
            pass
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.bytes / 1e6 / elapsed
        write = self.stream.write
        if self.tty:
            filled = BAR_CELLS * done // max(total, 1)
            bar = "█" * filled + "·" * (BAR_CELLS - filled)
            write(f"\r{bar} {ui_text.CLI_INDEX_PROGRESS(done=done, total=total)}  {rate:.1f} MB/s ")
            self.drawn = True
        else:
            step = 10 * done // max(total, 1)
            if step != self.step or done == total:
                self.step = step
                write(f"索引 / indexing: {done}/{total} 个文件 files, {rate:.1f} MB/s\n")
        self.stream.flush()

    def end(self) -> None:
        if self.drawn:
            self.stream.write("\n")


def _tell_passed_over(walk: WalkReport) -> None:
    """On stderr, what the folder walk passed over (pipes, devices, broken links, folders
    that could not be listed), as the reader tells it in a notice."""
    if not walk.not_regular and not walk.unreadable_folders:
        return
    english = []
    if walk.not_regular:
        english.append(
            f"{len(walk.not_regular)} entries that are not regular files "
            "(pipes, devices, broken links) skipped"
        )
    if walk.unreadable_folders:
        english.append(f"{len(walk.unreadable_folders)} folders could not be read")
    print(f"speech-reader index: {walk.summary()} / {'; '.join(english)}", file=sys.stderr)
    for path in walk.not_regular:
        print(f"  已跳过 / skipped: {safe_text(path)}", file=sys.stderr)
    for path in walk.unreadable_folders:
        print(f"  无法读取的文件夹 / unreadable folder: {safe_text(path)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Index ``PATH``; 2 for a missing path."""
    from tui.engine.index import Index, clear_cache, index_path

    use_language(args)
    if args.clear:
        existed = clear_cache()
        where = safe_text(str(index_path()))
        print(
            f"已删除搜索索引 / index deleted: {where}"
            if existed
            else f"没有索引 / no index at {where}"
        )
        return 0
    root = Path(args.path) if args.path else bundled_corpus_dir()
    if not root.exists():
        print(
            f"speech-reader index: 找不到路径 / no such path: {safe_text(str(root))}",
            file=sys.stderr,
        )
        return 2
    resolved = root.resolve()
    if resolved.parent == resolved and not args.force:
        # `index /` would read every file of the machine. (A home or temporary folder,
        # which the reader does not index by itself, is indexed when named here: this
        # command is how the user asks for it.)
        print(
            f"speech-reader index: {safe_text(str(resolved))} 是根目录，确要为它建立索引请加 --force"
            f" / {safe_text(str(resolved))} is a root folder: add --force to index it",
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
            print(
                "speech-reader index: 已中断，已建立的部分保留 / interrupted; what was indexed is kept",
                file=sys.stderr,
            )
            return 130
        notice = index.notice
    progress.end()
    if notice:
        print(f"speech-reader index: {safe_text(notice)}", file=sys.stderr)
    elapsed = time.monotonic() - started
    size = sum(
        os.path.getsize(p) for p in (str(index_path()), f"{index_path()}-wal") if os.path.exists(p)
    )
    for path in report.failed:
        print(f"  无法读取 / unreadable: {safe_text(path)}", file=sys.stderr)
    for path in report.odd_names:
        print(
            f"  文件名不是 UTF-8，未加入索引（搜索时直接读取）/ name not UTF-8, not indexed "
            f"(a search reads it directly): {safe_text(path)}",
            file=sys.stderr,
        )
    _tell_passed_over(report.walk)
    print(
        f"{report.found} 个文件：新建或更新 {report.indexed}，未变 {report.unchanged}，删除 {report.removed}，"
        f"无法读取 {len(report.failed)}；用时 {elapsed:.1f} 秒，"
        f"{report.bytes / 1e6 / max(elapsed, 1e-6):.1f} MB/s；索引 {size / 1e6:.1f} MB / "
        f"{report.found} files: {report.indexed} indexed, {report.unchanged} unchanged, "
        f"{report.removed} removed, {len(report.failed)} unreadable in {elapsed:.1f} s"
    )
    return 0
