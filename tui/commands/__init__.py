"""Command-line subcommands. Each module has ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui import ui_text

if TYPE_CHECKING:  # the app imports COMMANDS at start: argparse only for the subcommands
    import argparse
    from pathlib import Path

    from tui.engine.model import Document
    from tui.state import FileText

COMMANDS = ("outline", "keywords", "search", "index", "quotes")


def add_language(parser: argparse.ArgumentParser) -> None:
    """The ``--lang`` option every subcommand has: the language of its output."""
    parser.add_argument(
        "--lang",
        choices=ui_text.LANGUAGES,
        help="输出语言 / the output's language: zh (中文, the default) or en; also "
        f"{ui_text.ENVIRONMENT}=en",
    )


def use_language(args: argparse.Namespace) -> FileText:
    """Write the output in ``--lang``, else ``SPEECH_READER_LANG``'s, else the language
    chosen last in the reader, else Chinese (set before a state file is read, so that its
    problems are told in it too). Returns ``session.json`` as it was read for that, for a
    command that looks at more of it (``quotes``): read once."""
    from tui.session import read_session, start_language

    stored = read_session()
    start_language(getattr(args, "lang", None), stored)
    return stored


def load_or_say(command: str, path: Path) -> Document | None:
    """``path``'s document, or None after saying on stderr why it cannot be read
    (``speech-reader COMMAND: PATH: why``, in the output's language)."""
    import sys

    from tui.base.errors import SpeechFileError
    from tui.engine import load_document

    try:
        return load_document(path)
    except SpeechFileError as error:
        why = ui_text.pick(error.message, error.message_en)
        print(f"speech-reader {command}: {path}: {why}", file=sys.stderr)
        return None
