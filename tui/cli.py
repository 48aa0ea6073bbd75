"""The ``speech-reader`` command: the reader by default, and subcommands for scripts."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands import COMMANDS

if TYPE_CHECKING:
    import argparse

    from tui.app import SpeechReaderApp


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    import argparse
    import importlib

    parser = argparse.ArgumentParser(
        prog="speech-reader",
        description="讲话稿阅读器 — a terminal reader for Chinese speeches. "
        "Run with no argument to open the bundled corpus, or give a folder or a file.",
    )
    sub = parser.add_subparsers(dest="command", metavar="{%s}" % ",".join(COMMANDS))
    subparsers: dict[str, argparse.ArgumentParser] = {}
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"tui.commands.{name}")
        except ModuleNotFoundError:
            continue
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(_run=module.run)
        subparsers[name] = command
    return parser, subparsers


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        parser, _ = _build_parser()
        args = parser.parse_args(argv)
        try:
            return int(args._run(args))
        except BrokenPipeError:
            # The output went into a pipe that closed early (| head): stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if len(argv) <= 1 and not (argv and argv[0].startswith("-")):
        given = argv[0] if argv else None  # the usual start: no argparse import on the way
    else:
        import argparse

        parser = argparse.ArgumentParser(
            prog="speech-reader",
            description="讲话稿阅读器 — a terminal reader for Chinese speeches. Subcommands: "
            + ", ".join(COMMANDS)
            + " (speech-reader COMMAND --help).",
        )
        parser.add_argument("path", nargs="?", help="a folder of speeches or a speech file")
        given = parser.parse_args(argv).path
    path = Path(given) if given else None
    if path is not None and not path.exists():
        print(f"speech-reader: 找不到路径 / no such file or folder: {path}", file=sys.stderr)
        return 2
    app = launch(path)
    try:
        app.run()
    finally:
        app.background.shutdown()
    return 0


def launch(path: Path | None) -> SpeechReaderApp:
    """The reader for ``path`` (as ``make_app``), its first screen already being parsed.

    Makes the app's background service and sends it the first file's first screen
    (``tui.jobs.first_screen``) before Textual is imported, so the parse runs while the
    UI starts.
    """
    from tui import jobs
    from tui.engine.files import stamp_of
    from tui.services import Background

    background = Background()
    from tui.session import Session
    from tui.startup import initial_file, root_and_file

    root, start = root_and_file(path)
    session = Session()
    first = initial_file(root, start, session)
    if first is not None:
        first = first.resolve()
        background.submit_ahead((first, stamp_of(first)), jobs.first_screen, first)
    from tui.app import make_app

    return make_app(path, session, background)
