"""The ``speech-reader`` command: the reader by default, and subcommands for scripts.

Why this module is over 500 lines: it is the reader's whole start from the command line
(its options, the path and line checks, the launch that sends the first parse ahead, the
log and the crash report), one module the usual start imports, argparse only when needed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from tui import ui_text
from tui.base.safetext import safe_text
from tui.commands import COMMANDS, given_path, lang_last, path_problem, printed_name, unprinted_path

if TYPE_CHECKING:
    import argparse

    from tui.app import SpeechReaderApp
    from tui.services import Background
    from tui.state import FileText


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    import argparse
    import importlib

    class Parser(argparse.ArgumentParser):
        """An ``ArgumentParser`` that keeps its option strings (``options``): argparse
        has no public list of them, and ``_not_an_option`` needs it."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.options: list[str] = []
            super().__init__(*args, **kwargs)

        def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
            action = super().add_argument(*args, **kwargs)
            self.options.extend(action.option_strings)
            return action

    parser = Parser(
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


class SafeStream:
    """A text stream that writes everything through ``safe_text`` (line feeds and tabs kept).

    A subcommand's output holds file names and file contents, and so may argparse's
    messages (an argument echoed back): none of it may drive the terminal. Wrapping
    ``sys.stdout``/``sys.stderr`` for the whole subcommand covers every ``print``, even
    one added later; JSON output is escaped before (``safe_json``) and passes unchanged.

    ``wrapped`` is the stream itself, for ``tui.commands.progress.LiveLine``: a line of
    progress redrawn in place writes its own carriage return (which ``safe_text`` would
    show as ␍) and sanitises its text itself.
    """

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream
        self.pipe_closed = False
        """A write or flush met a pipe closed early (``| head``): argparse's ``--help``
        swallows that error (``_print_message``), and the exit code must still say it."""

    def write(self, text: str) -> int:
        """Write ``text`` made safe."""
        try:
            return self.wrapped.write(safe_text(text, keep_breaks=True))
        except BrokenPipeError:
            self.pipe_closed = True
            raise

    def flush(self) -> None:
        """Flush the stream (noting a pipe closed early)."""
        try:
            self.wrapped.flush()
        except BrokenPipeError:
            self.pipe_closed = True
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextlib.contextmanager
def _safe_streams() -> Iterator[SafeStream]:
    """``sys.stdout`` and ``sys.stderr`` wrapped in ``SafeStream`` (stdout's yielded)."""
    out, err = sys.stdout, sys.stderr
    safe_out = SafeStream(out)
    sys.stdout, sys.stderr = safe_out, SafeStream(err)  # type: ignore[assignment]
    try:
        yield safe_out
    finally:
        sys.stdout, sys.stderr = out, err


def _not_an_option(argv: list[str], parser: argparse.ArgumentParser) -> str | None:
    """The first argument before ``--`` that begins with "-" but names none of ``parser``'s
    options (``-营商``: argparse reads it as an unknown option), else None."""
    import re

    options: list[str] = getattr(parser, "options", [])
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-") or arg == "-" or " " in arg:  # argparse: positional
            continue
        if re.fullmatch(r"-\d+|-\d*\.\d+", arg):  # a negative number is positional too
            continue
        name = arg.split("=", 1)[0]
        if not any(option.startswith(name) for option in options):
            return arg
    return None


def _dash_hint(argv: list[str], parser: argparse.ArgumentParser) -> None:
    """After argparse's usage error: when an argument begins with "-" but is no option,
    say to write it after ``--`` (in the output's language: ``--lang`` read from ``argv``)."""
    arg = _not_an_option(argv[1:], parser)
    if arg is None:
        return
    from tui.session_records import read_session, start_language

    language = None
    for i, given in enumerate(argv):
        if given == "--lang" and i + 1 < len(argv) and argv[i + 1] in ui_text.LANGUAGES:
            language = argv[i + 1]
        elif given.startswith("--lang=") and given[7:] in ui_text.LANGUAGES:
            language = given[7:]
    start_language(language, read_session())
    hint = ui_text.CLI_DASH_HINT(arg=arg, command=argv[0])
    if argv[0] == "search":  # "-word" means something in a query
        hint += ui_text.CLI_DASH_HINT_QUERY(arg=arg)
    print(f"speech-reader {argv[0]}: {hint}", file=sys.stderr)


def _run_command(argv: list[str]) -> int:
    parser, subparsers = _build_parser()
    with _safe_streams() as out:
        try:
            args, extra = parser.parse_known_args(argv)
            if extra:  # the command's usage, not the reader's (argparse's own words)
                subparsers[argv[0]].error(f"unrecognized arguments: {' '.join(extra)}")
            return int(args._run(args))
        except SystemExit as done:  # argparse: --help (0) or a usage error (2)
            if out.pipe_closed:  # (--help into a closed pipe)
                _quiet_stdout()
                return PIPE_CLOSED
            if done.code == 2 and argv[0] in subparsers:
                _dash_hint(argv, subparsers[argv[0]])
            return done.code if isinstance(done.code, int) else 2
        except KeyboardInterrupt:
            # Ctrl-C: no traceback. On a terminal a progress line drawn in place (keywords,
            # index) is ended first, so that the message has a line of its own.
            err = getattr(sys.stderr, "wrapped", sys.stderr)
            start = "\n" if err.isatty() else ""
            print(f"{start}speech-reader {argv[0]}: {ui_text.CLI_INTERRUPTED()}", file=sys.stderr)
            return INTERRUPTED
        except BrokenPipeError:
            # The output went into a pipe that closed early (| head): stop quietly, as
            # grep does (PIPE_CLOSED).
            _quiet_stdout()
            return PIPE_CLOSED
        except Exception as error:  # noqa: BLE001 - a crash: its log named, exit CRASHED
            # Uncaught, Python printed the traceback and exited 1, which is also what
            # ``search`` says when it finds nothing.
            return _report_crash(error)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code.

    Exit codes: 0 success; 1 ``search`` found nothing (as grep); 2 a usage error or a
    path that is missing or cannot be read; 70 the reader crashed (the traceback is in
    the log file named on stderr); 130 a command stopped by Ctrl-C; 141 the output went
    into a pipe that closed early.

    Output into a pipe that closed early (``speech-reader --help | head -1``) stops
    quietly with ``PIPE_CLOSED``, as a subcommand's does: what is still buffered is
    flushed here, where a closed pipe is caught, not at the interpreter's exit, which
    printed a traceback.
    """
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return PIPE_CLOSED
    return code


def _quiet_stdout() -> None:
    """After a closed pipe: stdout writes to /dev/null, so the interpreter's last flush
    of what is left in its buffer fails no more."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _main(argv: list[str]) -> int:
    argv = lang_last(argv)
    if argv and argv[0] in COMMANDS:
        return _run_command(argv)
    line: int | None = None
    read_again = False
    if len(argv) <= 1 and not (argv and argv[0].startswith("-")):
        given = argv[0] if argv else None  # the usual start: no argparse import on the way
        language = None
    else:
        import argparse

        parser = argparse.ArgumentParser(
            prog="speech-reader",
            description="讲话稿阅读器 — a terminal reader for Chinese speeches. Subcommands: "
            + ", ".join(COMMANDS)
            + " (speech-reader COMMAND --help).",
        )
        parser.add_argument(
            "path",
            nargs="?",
            help="a folder of speeches or a speech file; FILE:LINE opens FILE at that line "
            "(the line numbers `speech-reader search` prints), unless a file is named so: an "
            "existing 'x.txt:12' opens as that file (use --line N to open it at a line)",
        )
        parser.add_argument(
            "--line",
            type=int,
            metavar="N",
            help="open the file at its line N (1-based: the paragraph that holds that line; past the end, the last one)",
        )
        parser.add_argument(
            "--read-again",
            action="store_true",
            help="重新读取 / read again: a PDF the PDF library crashed on or ran out of time "
            "on is remembered and not read again until it changes; this forgets that for PATH "
            "(a file, or every file of a folder; no PATH: every file) and opens it as usual",
        )
        parser.add_argument("-V", "--version", action="store_true", help="print the version")
        parser.add_argument(
            "--lang",
            choices=ui_text.LANGUAGES,
            help="界面语言 / the interface's language: zh (中文, the default) or en; also "
            f"{ui_text.ENVIRONMENT}=en; remembered for the next start",
        )
        with _safe_streams() as out:  # a usage error echoes the arguments
            try:
                parsed = parser.parse_args(argv)
            except SystemExit as done:  # --help (0) or a usage error (2)
                if out.pipe_closed:  # (--help into a closed pipe)
                    _quiet_stdout()
                    return PIPE_CLOSED
                return done.code if isinstance(done.code, int) else 2
        if parsed.version:
            from tui import __version__

            print(f"speech-reader {__version__}")
            return 0
        given, language, line = parsed.path, parsed.lang, parsed.line
        read_again = parsed.read_again
    from tui.session_records import read_session, start_language

    stored = read_session()  # read once: its language now, the rest by the session
    start_language(language, stored)  # the stored choice too: before a message, and the state
    path = Path(given) if given else None
    if path is not None and line is None:
        path, line = file_and_line(path)
    elif path is not None:  # --line: the name alone, as the subcommands read theirs
        path = given_path(str(path))
    problem = None if path is None else path_problem(path)
    if problem is None and line is not None:
        problem = line_problem(path, line)
    if problem is not None:
        print(f"speech-reader: {problem}", file=sys.stderr)
        return 2
    keep_a_log()
    if read_again:
        from tui.formats.cache import forget_refusals

        forget_refusals(None if path is None else str(path.resolve()))
    app = launch(path, language, stored, line)
    from rich.console import Console

    # Textual prints the traceback of a crash there: plain (no colour codes), through the
    # sanitiser, since an error message may quote a file name or text from a file.
    app.error_console = Console(
        file=cast("TextIO", SafeStream(sys.stderr)),
        markup=False,
        highlight=False,
        color_system=None,
    )
    crash: BaseException | None = None
    try:
        app.run()
    except Exception as error:  # noqa: BLE001 - told below, with the log's path
        crash = error
    finally:
        app.background.shutdown()
    for unsaved in app.unsaved.current.values():  # told in the app; said again where it stays
        print(f"speech-reader: {safe_text(str(unsaved))}", file=sys.stderr)
    if crash is None and app.return_code:  # Textual caught it, drew its traceback and ended
        crash = app._exception or RuntimeError(f"the app ended with code {app.return_code}")
    if crash is None:
        return leave(0, app.background)
    return leave(_report_crash(crash), app.background)


def file_and_line(path: Path) -> tuple[Path, int | None]:
    r"""``FILE:LINE`` (a hit of ``speech-reader search``) as the file and its line, when
    ``path`` itself does not exist and ``FILE`` does; else ``path`` as it is, no line (a
    file really named ``x.txt:12`` opens as that file). A name as the commands print it
    (``commands.printed_name``: ``a\x1b.txt`` for ``a`` ESC ``.txt``, a file literally
    named so ``a\\x1b.txt``) is read so first, then as written (``given_path``)."""
    name = str(path)
    head, colon, digits = name.rpartition(":")
    at_line = bool(colon and head and digits.isdigit())
    real = unprinted_path(name)
    if real is not None and os.path.lexists(real):
        return Path(real), None
    real_head = unprinted_path(head) if at_line else None
    if real_head is not None and os.path.lexists(real_head):
        return Path(real_head), int(digits)
    if os.path.lexists(name):
        return path, None
    if at_line and os.path.lexists(head):
        return Path(head), int(digits)
    return (path if real is None else Path(real)), None


def line_problem(path: Path | None, line: int) -> str | None:
    """Why ``--line`` (or ``FILE:LINE``) cannot be used (None when it can)."""
    if line < 1:
        return ui_text.CLI_LINE_POSITIVE()
    if path is None or path.is_dir():
        return ui_text.CLI_LINE_NEEDS_FILE(path=printed_name(path or Path(".")))
    return None


QUIT_GRACE = 0.5
"""Seconds the reader waits, after its window has closed and its state is saved, for
background threads that write (a document being stored) to end; then it exits without
them."""


def leave(code: int, background: Background | None = None) -> int:
    """``code``, once the threads that may be writing have ended; a thread still busy
    after ``QUIT_GRACE``, or one running work the app may drop (``background``'s
    ``busy_threads``: a parse, which cannot be interrupted), and the process exits at once.

    Python waits for every running thread at exit: ``q`` took as long as the parse of the
    file a thread had begun (a minute for a 120 MB file); waiting ``QUIT_GRACE`` for the
    parse too made ``q`` during a 30 MB file's parse take 0.84 s (``bench_quit.py``).
    Everything worth keeping is written by then (positions, bookmarks, quotes, the session
    are saved when the screen closes); a parse dropped mid-way has stored nothing (its
    document is stored by other work, after it, with an atomic write).
    """
    import threading
    import time

    deadline = time.monotonic() + QUIT_GRACE
    me = threading.current_thread()
    waited = (
        background.busy_threads()
        if background is not None
        else [t for t in threading.enumerate() if t is not me and not t.daemon]
    )
    for thread in waited:
        thread.join(max(0.0, deadline - time.monotonic()))
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not me):
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    return code


CRASHED = 70
"""Exit code of a crash (sysexits' EX_SOFTWARE): apart from 1 (nothing found) and 2 (usage)."""
INTERRUPTED = 130
"""Exit code after Ctrl-C (128 + SIGINT, as a shell gives a program killed by it)."""
PIPE_CLOSED = 141
"""Exit code when the output went into a pipe that closed early (``| head -1``): 128 +
SIGPIPE, the status a shell gives grep, which that signal ends; nothing is said on
stderr. (Python ignores SIGPIPE and raises ``BrokenPipeError`` instead: 0 told a script
with ``set -o pipefail`` that the whole output had been read.)"""


def _report_crash(error: BaseException) -> int:
    """Write ``error``'s log, name it on stderr, and return ``CRASHED``."""
    log = write_crash_log(error)
    where = printed_name(log) if log is not None else ui_text.CLI_NO_LOG()
    print(ui_text.CLI_CRASHED(where=where), file=sys.stderr)
    return CRASHED


def keep_a_log() -> None:
    """Send the app's warnings and errors (``logging`` under ``tui``) to ``state.log_path()``:
    while the app runs Textual holds stderr, and Python's last-resort handler wrote them
    nowhere a user could read. Each record goes through the sanitiser (it may quote a file
    name); the file is opened at the first record only; a log over ``LOG_LIMIT`` at start
    is moved aside to ``.1``. ``logging.handlers`` is not used: its import alone took 15 ms
    of the start."""
    from tui.state import LOG_LIMIT, log_path

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass
    except OSError:
        return  # (no state folder to write in: the app runs without a log)
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(_SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger("tui").addHandler(handler)


class _SafeFormatter(logging.Formatter):
    """A log record as text with every control character made visible (``safe_text``,
    line breaks kept for tracebacks): ``cat speech-reader.log`` shows no escape sequence."""

    def format(self, record: logging.LogRecord) -> str:
        return safe_text(super().format(record), keep_breaks=True)


def write_crash_log(error: BaseException) -> Path | None:
    """Write ``error``'s traceback to ``crash-YYYYmmdd-HHMMSS.log`` in the state folder
    (else the temporary folder) and return its path (None when neither can be written)."""
    import tempfile
    import time
    import traceback

    from tui.state import state_dir

    text = "".join(traceback.format_exception(error))
    name = f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
    for folder in (state_dir, lambda: Path(tempfile.gettempdir())):
        try:
            target = folder() / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", errors="backslashreplace")
        except OSError:
            continue
        return target
    return None


def launch(
    path: Path | None,
    language: str | None = None,
    stored: FileText | None = None,
    line: int | None = None,
) -> SpeechReaderApp:
    """The reader for ``path`` (as ``make_app``), its first screen already being parsed;
    ``line``: the file opens at that source line (``--line``, ``FILE:LINE``).

    ``language``: ``--lang`` (None: the environment's, else the one chosen last).
    ``stored``: ``session.json`` as ``main`` read it (``read_session``; None: read here),
    for the language and then the session, so the file is read once.

    Makes the app's background service and sends it the first file's first screen
    (``tui.jobs.opening.first_screen``) before Textual is imported, so the parse runs while the
    UI starts.

    The cyclic garbage collector is held off meanwhile (``services.collector_held``), and
    what is alive at the end is moved out of its sight (``gc.freeze``, as ``MainScreen``
    does once the first text is shown): the imports' modules, classes and functions live
    as long as the process, and its collections walked them again and again, 15 ms of the
    20 ms it took by the first text (docs/performance-log.md, first8).
    """
    import gc

    from tui.services import Background, collector_held

    with collector_held():
        from tui.base.files import stamp_of
        from tui.jobs import opening

        background = Background()
        from tui.session import Session
        from tui.session_records import read_session, start_language
        from tui.startup import initial_file, root_and_file

        root, start = root_and_file(path)
        if stored is None:
            stored = read_session()
        # Before the state files are loaded: a damaged one is told in the language chosen.
        start_language(language, stored)
        session = Session(stored=stored)
        first = initial_file(root, start, session)
        if first is not None:
            first = first.resolve()
            background.submit_ahead((first, stamp_of(first)), opening.first_screen, first)
        from tui.app import make_app

        app = make_app(path, session, background, language, line)
        app.ends_process = True  # (``action_quit``'s switch interval stays short)
        gc.freeze()
    return app
