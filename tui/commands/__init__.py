"""Command-line subcommands. Each module has ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui import ui_text

if TYPE_CHECKING:  # the app imports COMMANDS at start: argparse only for the subcommands
    import argparse
    from pathlib import Path

    from tui.commands.progress import LiveLine
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


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be opened, in the output's language and with the path made safe
    (None when it can be: it exists, and is not a loop of symbolic links).

    Every command and the reader itself say it so: a loop of links was "no such path"
    from one and the system's "Too many levels of symbolic links" from another.
    """
    import errno
    import os
    import stat

    from tui.base.safetext import safe_path

    mode = 0  # (until stat-ed: no folder)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            # A folder that cannot be listed (no read permission) held "no speech file":
            # a search found nothing (exit 1) and the reader showed an empty tree.
            with os.scandir(path):
                pass
    except OSError as error:
        shown = safe_path(path)
        listing = stat.S_ISDIR(mode)  # (stat-ed, but not listed)
        if error.errno == errno.ELOOP:
            return ui_text.CLI_PATH_LOOP(path=shown)
        if error.errno == errno.EACCES:
            return (ui_text.CLI_FOLDER_DENIED if listing else ui_text.CLI_PATH_DENIED)(path=shown)
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return ui_text.CLI_NO_SUCH_PATH(path=shown)
        return ui_text.CLI_PATH_PROBLEM(path=shown, why=error.strerror or error)
    except ValueError:  # a NUL in the name
        return ui_text.CLI_NO_SUCH_PATH(path=safe_path(path))
    return None


def tell_passed_over(command: str, not_regular: list[str], unreadable_folders: list[str]) -> None:
    """On stderr, what a folder walk passed over (pipes, devices, broken links, folders
    that could not be listed), as the reader tells it in a notice."""
    import sys

    from tui.base.safetext import safe_text

    if not not_regular and not unreadable_folders:
        return
    summary = ui_text.passed_over(len(not_regular), len(unreadable_folders))
    print(f"speech-reader {command}: {summary}", file=sys.stderr)
    for path in not_regular:
        print(ui_text.CLI_INDEX_SKIPPED(path=safe_text(path)), file=sys.stderr)
    for path in unreadable_folders:
        print(ui_text.CLI_INDEX_UNREADABLE_FOLDER(path=safe_text(path)), file=sys.stderr)


def load_or_say(command: str, path: Path, line: LiveLine | None = None) -> Document | None:
    """``path``'s document, or None after saying on stderr why it cannot be read
    (``speech-reader COMMAND: PATH: why``, in the output's language; ``line``, a line of
    progress on the terminal, cleared first)."""
    import sys

    from tui.base.errors import SpeechFileError
    from tui.engine import load_document

    problem = path_problem(path)
    if problem is not None:
        if line is not None:
            line.clear()
        print(f"speech-reader {command}: {problem}", file=sys.stderr)
        return None
    try:
        return load_document(path)
    except SpeechFileError as error:
        if line is not None:
            line.clear()
        why = ui_text.pick(error.message, error.message_en)
        print(f"speech-reader {command}: {path}: {why}", file=sys.stderr)
        return None


def say_unreadable(command: str, path: Path) -> int:
    """Exit status 2 after saying on stderr why the one file asked for cannot be read: as
    ``load_or_say`` says it (a pipe, a binary file, an empty one …), or the bare "cannot
    read" when it reads now (changed meanwhile)."""
    import sys

    from tui.base.safetext import safe_text

    if load_or_say(command, path) is not None:
        print(
            f"speech-reader {command}: {ui_text.CLI_CANNOT_READ(path=safe_text(str(path)))}",
            file=sys.stderr,
        )
    return 2
