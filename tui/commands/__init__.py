"""Command-line subcommands. Each module has ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``."""

from __future__ import annotations

import os
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


def lang_last(argv: list[str]) -> list[str]:
    """``speech-reader --lang en COMMAND …`` read as ``speech-reader COMMAND … --lang en``.

    ``--lang`` is the one option the reader and every subcommand share, and the README
    puts it first (``speech-reader --lang en``); before a command, the reader's parser
    took the command for a path (``unrecognized arguments``) and ``--help`` gave the
    reader's help. A ``--lang`` given after the command still wins (argparse's last)."""
    moved: list[str] = []
    rest = argv
    while rest and (rest[0] == "--lang" or rest[0].startswith("--lang=")):
        take = 1 if "=" in rest[0] else 2
        moved, rest = moved + rest[:take], rest[take:]
    if moved and rest and rest[0] in COMMANDS:
        return [rest[0], *moved, *rest[1:]]
    return argv


def use_language(args: argparse.Namespace) -> FileText:
    """Write the output in ``--lang``, else ``SPEECH_READER_LANG``'s, else the language
    chosen last in the reader, else Chinese (set before a state file is read, so that its
    problems are told in it too). Returns ``session.json`` as it was read for that, for a
    command that looks at more of it (``quotes``): read once."""
    from tui.session_records import read_session, start_language

    stored = read_session()
    start_language(getattr(args, "lang", None), stored)
    return stored


def path_problem(path: Path, *, met: OSError | None = None) -> str | None:
    """Why ``path`` cannot be opened, in the output's language and with the path made safe
    (None when it can be: it exists, and is not a loop of symbolic links).

    Every command and the reader itself say it so: a loop of links was "no such path"
    from one and the system's "Too many levels of symbolic links" from another.
    ``met``: the error a caller already met on its way to ``path`` (``quotes`` looking
    where it would export), said the same way without looking again.
    """
    import stat

    if met is not None:
        return _path_error(path, met, listing=False)
    mode = 0  # (until stat-ed: no folder)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            # A folder that cannot be listed (no read permission) held "no speech file":
            # a search found nothing (exit 1) and the reader showed an empty tree.
            with os.scandir(path):
                pass
    except OSError as error:
        return _path_error(path, error, listing=stat.S_ISDIR(mode))  # (stat-ed, not listed)
    except ValueError:  # a NUL in the name
        return _path_error(path, FileNotFoundError(), listing=False)
    return None


def _path_error(path: Path, error: OSError, *, listing: bool) -> str:
    """``path_problem``'s words for ``error`` (``listing``: met listing a folder)."""
    import errno

    shown = printed_name(path)
    if error.errno == errno.ELOOP:
        return ui_text.CLI_PATH_LOOP(path=shown)
    if error.errno == errno.EACCES:
        return (ui_text.CLI_FOLDER_DENIED if listing else ui_text.CLI_PATH_DENIED)(path=shown)
    if error.errno in (errno.ENOENT, errno.ENOTDIR) or isinstance(error, FileNotFoundError):
        return ui_text.CLI_NO_SUCH_PATH(path=shown)
    return ui_text.CLI_PATH_PROBLEM(path=shown, why=error.strerror or error)


PRINTED_ESCAPE = r"\\(?:\\|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})"
r"""The escapes of ``printed_path`` (and only those, as it writes them: lower-case hex,
every digit): ``\\``, ``\xHH``, ``\uHHHH``, ``\UHHHHHHHH``."""


def printed_path(path: str) -> str:
    r"""``path`` as ``search --lines`` prints it: a form the command line opens again
    (``speech-reader FILE:LINE``, ``unprinted_path``) that holds nothing ``safe_text``
    would replace.

    A name without a control, format or separator character and without a backslash is
    printed as it is (every usual name). Any other is escaped as bash's ``$'…'`` reads
    it: a backslash as ``\\``, a control below U+0080 as ``\xHH``, a byte that was not
    UTF-8 (a lone surrogate of ``surrogateescape``) as ``\xHH`` (80-ff), any other such
    character as ``\uHHHH`` or ``\UHHHHHHHH``. One form per name: a printed name holding
    a backslash is always an escaped one, so two names never print alike.
    """
    from tui.base.safetext import UNSAFE, is_safe

    if "\\" not in path and is_safe(path):
        return path
    out: list[str] = []
    for char in path:
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif not UNSAFE.match(char):
            out.append(char)
        elif code < 0x80:
            out.append(f"\\x{code:02x}")
        elif 0xDC80 <= code <= 0xDCFF:  # a byte, as os.fsdecode keeps it
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


def printed_name(path: str | os.PathLike[str]) -> str:
    r"""A file or folder name as every command prints it, on stdout and in its messages on
    stderr: ``printed_path``'s form (``a\x1b.txt`` for ``a`` ESC ``.txt``), which the
    command line opens again (``speech-reader NAME``, ``FILE:LINE``, each subcommand's
    path), through ``safe_text``, the one way out to the terminal.

    The one function for a name: ``outline`` and plain ``search`` printed ``safe_text``'s
    placeholders (``a␛.txt``), which name no file, while ``search --lines`` printed this
    form."""
    from tui.base.safetext import safe_text

    return safe_text(printed_path(os.fspath(path)))


def unprinted_path(text: str) -> str | None:
    r"""The name ``printed_path`` printed as ``text``, or None when ``text`` is no escaped
    form of a name (no escape in it, an escape it never writes, or not the form it writes
    for that name: ``\x41`` for ``A``)."""
    import re

    if "\\" not in text:
        return None
    parts = re.split(f"({PRINTED_ESCAPE})", text)
    name: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if "\\" in part:  # a backslash that starts no escape of ours
                return None
            name.append(part)
        elif part == "\\\\":
            name.append("\\")
        else:
            code = int(part[2:], 16)
            if part[1] == "x" and code >= 0x80:
                code += 0xDC00  # a byte that was not UTF-8
            if code > 0x10FFFF:
                return None
            name.append(chr(code))
    found = "".join(name)
    return found if printed_path(found) == text else None


def given_path(text: str) -> Path:
    r"""A path argument: when ``text`` is a name as ``printed_name`` prints one, the name
    it stands for (a name copied from any command's output), unless only ``text`` as
    written exists; else ``text`` as written. (Missing either way: the command names it
    as it was typed.)

    The printed form comes first: a file literally named ``a\x1b.txt`` beside ``a`` ESC
    ``.txt`` is printed ``a\\x1b.txt``, and ``a\x1b.txt`` is what the second is printed
    as, so each printed name opens its own file (read as written first, the second's
    printed name opened the first)."""
    from pathlib import Path

    real = unprinted_path(text)
    if real is None or (os.path.lexists(text) and not os.path.lexists(real)):
        return Path(text)
    return Path(real)


def tell_passed_over(command: str, not_regular: list[str], unreadable_folders: list[str]) -> None:
    """On stderr, what a folder walk passed over (pipes, devices, broken links, folders
    that could not be listed), as the reader tells it in a notice."""
    import sys

    if not not_regular and not unreadable_folders:
        return
    summary = ui_text.passed_over(len(not_regular), len(unreadable_folders))
    print(f"speech-reader {command}: {summary}", file=sys.stderr)
    for path in not_regular:
        print(ui_text.CLI_INDEX_SKIPPED(path=printed_name(path)), file=sys.stderr)
    for path in unreadable_folders:
        print(ui_text.CLI_INDEX_UNREADABLE_FOLDER(path=printed_name(path)), file=sys.stderr)


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
        why = ui_text.pick(*error.without_reader())  # (no reader here to be unaffected)
        if getattr(error, "lasting", False):  # (a refusal remembered: how to try again)
            import shlex

            printed = printed_path(str(path))  # (escaped, it reads back only as $'…')
            shown = printed if "\\" in printed else shlex.quote(printed)
            hint = ui_text.CLI_READ_AGAIN_HINT(path=shown)
            why = ui_text.pick("", " ").join((why, hint))
        print(f"speech-reader {command}: {printed_name(path)}: {why}", file=sys.stderr)
        return None


def say_unreadable(command: str, path: Path) -> int:
    """Exit status 2 after saying on stderr why the one file asked for cannot be read: as
    ``load_or_say`` says it (a pipe, a binary file, an empty one …), or the bare "cannot
    read" when it reads now (changed meanwhile)."""
    import sys

    if load_or_say(command, path) is not None:
        print(
            f"speech-reader {command}: {ui_text.CLI_CANNOT_READ(path=printed_name(path))}",
            file=sys.stderr,
        )
    return 2
