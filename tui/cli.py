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
        parser.add_argument("-V", "--version", action="store_true", help="print the version")
        parsed = parser.parse_args(argv)
        if parsed.version:
            from tui import __version__

            print(f"speech-reader {__version__}")
            return 0
        given = parsed.path
    path = Path(given) if given else None
    if path is not None and not path.exists():
        print(f"speech-reader: 找不到路径 / no such file or folder: {path}", file=sys.stderr)
        return 2
    app = launch(path)
    try:
        app.run()
    finally:
        from tui import background

        background.stop()
    for unsaved in app.unsaved.current.values():  # told in the app; said again where it stays
        print(f"speech-reader: {unsaved}", file=sys.stderr)
    return 0


def launch(path: Path | None) -> SpeechReaderApp:
    """The reader for ``path`` (as ``make_app``), its first file already being parsed.

    Decides the first file and starts ``tui.background``'s helper processes *before*
    importing Textual (forking is only safe while no thread runs), so the file is
    parsed on another core while the UI starts.
    """
    from tui import collector

    # No cyclic garbage collection until the first frame is drawn (the app releases the
    # hold then: SpeechReaderApp._after_first_frame). Start-up makes some 200k long-lived
    # objects; collecting over them took about 60 ms (157 young, 14 middle and one full
    # collection) on the way to the first frame, and freed nothing.
    collector.start.hold()
    from tui import background

    background.start()  # first: the helpers import the parser while this decides the file
    from tui.session import Session
    from tui.startup import initial_file, root_and_file

    root, start = root_and_file(path)
    session = Session()
    first = initial_file(root, start, session)
    if first is not None:
        background.load_ahead(first)
    from tui.app import make_app

    return make_app(path, session)
