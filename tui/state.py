"""The app's own state on disk: JSON files checked when read, merged and written under a lock.

No Textual import: the command line (``speech-reader quotes``) uses this too.

* ``state_dir()``/``data_dir()``: the user's platform directories (platformdirs), or
  ``$SPEECH_READER_HOME`` when set (tests and portable installs); ``export_dir()``: where
  exports go unless the user says otherwise (never beside the speeches).
* ``JsonStore``: one JSON file with a default shape and a ``check`` of its content.
  ``load()`` never raises for bad content: a file that does not parse, holds
  ``NaN``/``Infinity``, or has the wrong shape as a whole is renamed to
  ``NAME.corrupt-YYYYmmdd-HHMMSS`` and the app starts with the default; a file with some
  bad entries keeps the good ones (the original is set aside the same way, and the
  cleaned file written back). Either is reported once through ``store.problem``.
  ``update(change)`` is the merge-on-write: under ``NAME.lock`` it reads the file as it
  is now, applies ``change`` (this instance's own edits) and writes the result, so two
  running readers keep each other's changes.
* ``atomic_write_text``: temporary file in the same folder, fsync, rename: readers see
  the old or the new file, never half of one. Failures are ``WriteFailed``: the file
  meant and a short reason in the interface's language (``tui.ui_text``), never the
  temporary file's name.
* ``Unsaved``: which write failures to tell the user about (the first of each kind, not
  the same one again every second).

Why this module is a little over 500 lines: every state file goes through the one store
(reading with its checks and setting aside, the lock, the atomic write, their messages),
so that the notebook, the session, the highlights and the command line share one
behaviour; the folders and the telling of failures are short and belong to the same files.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from tui import ui_text
from tui.paths import APP_NAME

LOCK_TIMEOUT = 10.0
"""Seconds to wait for another instance's lock before giving up this write (``LockBusy``)."""
LOCK_POLL = 0.005
"""Longest pause between two tries for the lock: short, so a waiting instance gets its turn
between two writes of a busy one (with 50 ms, a reader saving in a loop kept the lock
from the other for whole seconds)."""


def _home_override() -> Path | None:
    home = os.environ.get("SPEECH_READER_HOME")
    return Path(home) if home else None


def state_dir() -> Path:
    """Where positions, bookmarks and settings live."""
    home = _home_override()
    return home / "state" if home else Path(platformdirs.user_state_dir(APP_NAME))


LOG_NAME = "speech-reader.log"
LOG_LIMIT = 1_000_000
"""A log larger than this (bytes) at start is moved to ``speech-reader.log.1`` (the one
before it dropped), so the log never grows without end."""


def log_path() -> Path:
    """The app's log: its warnings and errors (a file it could not open and why, a failed
    background job), in the state folder."""
    return state_dir() / LOG_NAME


def data_dir() -> Path:
    """Where the quote notebook and the user's highlight terms live."""
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))


def export_dir() -> Path:
    """Where exports go by default: the user's documents folder (else the data folder).

    ``$SPEECH_READER_HOME/exports`` when that is set. Never a folder of speeches: an
    exported ``.md`` there would show up as one more speech.
    """
    home = _home_override()
    if home:
        return home / "exports"
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else data_dir()


def screenshot_dir() -> Path:
    """Where the palette's 截图 saves the screen: the user's downloads folder, where
    Textual puts it, when there is one, else ``export_dir()`` (``$SPEECH_READER_HOME/exports``
    when that is set). Textual's own choice was the downloads folder whether or not it
    existed: on a server, or an account without ~/Downloads, the screenshot failed with
    "[Errno 2] No such file or directory" (newuser28, seen in tmux)."""
    if _home_override():
        return export_dir()
    downloads = Path(platformdirs.user_downloads_dir())
    return downloads if downloads.is_dir() else export_dir()


# ---------------------------------------------------------------------- errors

_REASONS = {
    errno.ENOSPC: ui_text.REASON_DISK_FULL,
    getattr(errno, "EDQUOT", -1): ui_text.REASON_QUOTA,
    errno.EACCES: ui_text.REASON_NO_PERMISSION,
    errno.EPERM: ui_text.REASON_NO_PERMISSION,
    errno.EROFS: ui_text.REASON_READ_ONLY,
    errno.ENOTDIR: ui_text.REASON_FILE_IN_PATH,
    errno.EEXIST: ui_text.REASON_FILE_IN_PATH,
    errno.ENOENT: ui_text.REASON_NO_FOLDER,
    errno.EISDIR: ui_text.REASON_IS_FOLDER,
    errno.EIO: ui_text.REASON_IO,
}


def describe(error: OSError) -> str:
    """A short reason for ``error`` in the interface's language, without any file name."""
    if isinstance(error, WriteFailed):
        return error.reason
    reason = _REASONS.get(error.errno or 0)
    return reason() if reason is not None else error.strerror or type(error).__name__


class WriteFailed(OSError):
    """Writing ``path`` failed. ``str()`` is ``path（reason）``: no temporary file names."""

    def __init__(self, path: Path, reason: str, code: int | None = None) -> None:
        super().__init__(code or 0, reason)
        self.path = path
        self.reason = reason

    @classmethod
    def from_error(cls, path: Path, error: OSError) -> WriteFailed:
        """The failure to write ``path`` because of ``error``."""
        return cls(path, describe(error), error.errno)

    def __str__(self) -> str:
        return ui_text.WRITE_FAILED(path=self.path, reason=self.reason)


class LockBusy(WriteFailed):
    """Another running reader held the file's lock past ``LOCK_TIMEOUT``: not written, so
    nothing of its changes is lost; this instance keeps its own changes pending."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, ui_text.REASON_LOCK_BUSY())

    def __reduce__(self) -> tuple[Any, ...]:
        return (WriteFailed, (self.path, self.reason, self.errno))


def atomic_write_text(path: Path, text: str, *, shared: bool = False) -> None:
    """Write ``text`` to ``path`` so that readers see the old or the new file, never a part.

    The reader's own files are private (``0600``, ``mkstemp``'s mode). A ``shared`` file
    is a document written for the user (the notebook's export): it gets the mode any
    program's new file gets (``0666`` less the umask, ``0644`` as a rule) or, when it
    replaces a file, that file's mode, as an editor saving it would.

    Raises ``WriteFailed`` (an ``OSError``) naming ``path``, never the temporary file.
    """
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if shared:
            fd, tmp = _shared_temp(path)
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as error:
        raise WriteFailed.from_error(path, error) from error
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _shared_temp(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path`` (descriptor, name) with the mode ``path``
    should end with: the umask's for a new file, the replaced file's otherwise."""
    for _ in range(100):
        # os.urandom as secrets.token_hex does; secrets' import (hmac, hashlib) was about
        # 1 ms of every start's (docs/performance.md, perf19).
        name = str(path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies
        except FileExistsError:
            continue
        try:
            os.chmod(name, stat.S_IMODE(os.stat(path).st_mode))
        except FileNotFoundError:
            pass  # a new file: the umask's mode stays
        except OSError:
            os.close(fd)
            os.unlink(name)
            raise
        return fd, name
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(path.parent))


def dumps(value: Any) -> str:
    """``value`` as the JSON the state files hold (UTF-8 text; ``\\u`` escapes where needed).

    A string that is not valid Unicode (a lone surrogate from an undecodable file name)
    cannot be written as UTF-8: the document is then written with ASCII escapes, which
    read back to the same string.
    """
    text = json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, ensure_ascii=True, indent=1, allow_nan=False)
    return text


# ---------------------------------------------------------------------- locking


@contextlib.contextmanager
def file_lock(path: Path, timeout: float | None = None) -> Iterator[bool]:
    """Hold ``NAME.lock`` beside ``path`` while the block runs; yields whether it is held.

    ``fcntl.flock``: released by the system when the process ends, so a crash never
    leaves a stale lock. Where no lock can be had at all (a folder where no lock file
    can be made, a file system without ``flock``, a platform without ``fcntl``) it
    yields ``False`` and the block runs anyway: the atomic write alone, rather than no
    write. Another instance holding the lock longer than ``timeout`` (seconds, default
    ``LOCK_TIMEOUT``) raises ``LockBusy`` instead: writing then could drop that
    instance's changes, so the caller keeps its own pending and writes them later.
    """
    if sys.platform == "win32":
        yield False
        return
    import fcntl

    fd: int | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(
            path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600
        )
    except OSError:
        fd = None
    held = False
    if fd is not None:
        deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                held = True
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockBusy(path) from None
                time.sleep(delay)
                delay = min(delay * 2, LOCK_POLL)
            except OSError:
                break  # no flock here (some network file systems)
    try:
        yield held
    finally:
        if fd is not None:
            os.close(fd)  # releases the lock


# ---------------------------------------------------------------------- checking content


class Unusable(ValueError):
    """The content as a whole does not have the expected shape (the message says why)."""


Checked = tuple[Any, list[str]]
"""A check's result: the content with bad entries left out, and what was left out."""
Check = Callable[[Any], Checked]


def type_name(kind: type) -> str:
    """The JSON kind ``kind`` stands for, in the interface's language (for messages)."""
    if kind is type(None):
        return "null"
    label = ui_text.JSON_KIND_LABELS.get(kind.__name__)
    return label() if label is not None else kind.__name__


def kind_name(value: Any) -> str:
    """The JSON kind of ``value`` in the interface's language (for messages)."""
    return type_name(type(value))


def wrong_kind(name: str, want: type, value: Any) -> str:
    """``name`` should be a ``want`` but is ``value``'s kind."""
    return ui_text.STATE_FIELD_WRONG_KIND(
        name=name, expected=type_name(want), actual=kind_name(value)
    )


def _fits(value: Any, want: type | tuple[type, ...]) -> bool:
    wanted = want if isinstance(want, tuple) else (want,)
    if isinstance(value, bool) and bool not in wanted:
        return False  # JSON true is not an integer
    return isinstance(value, wanted)


def record_problem(
    raw: Any,
    required: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
) -> str | None:
    """What is wrong with ``raw`` as a record with these fields, or None when it fits.

    Fields not named are allowed (a newer version's) and not looked at.
    """
    if not isinstance(raw, dict):
        return ui_text.STATE_WRONG_KIND(expected=type_name(dict), actual=kind_name(raw))
    for name in required:
        if name not in raw:
            return ui_text.STATE_FIELD_MISSING(name=name)
    for name, want in {**required, **(optional or {})}.items():
        if name in raw and not _fits(raw[name], want):
            return wrong_kind(name, want[0] if isinstance(want, tuple) else want, raw[name])
    return None


def check_records(
    records: list[Any],
    label: str,
    required: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
) -> Checked:
    """The records that fit, and a note for each that does not (``label`` names them)."""
    kept: list[Any] = []
    dropped: list[str] = []
    for number, raw in enumerate(records, 1):
        problem = record_problem(raw, required, optional)
        if problem is None:
            kept.append(raw)
        else:
            dropped.append(
                ui_text.STATE_RECORD_PROBLEM(number=number, label=label, problem=problem)
            )
    return kept, dropped


def _reject_constant(name: str) -> Any:
    raise ValueError(ui_text.STATE_BAD_CONSTANT(name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(ui_text.STATE_OUT_OF_RANGE(text=text))
    return value


def parse(text: str) -> Any:
    """JSON as the state files allow it: no ``NaN``/``Infinity``, no numbers out of range.

    Raises ``ValueError`` (``json.JSONDecodeError`` is one) or ``RecursionError``.
    """
    return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)


# ---------------------------------------------------------------------- the store


@dataclass(frozen=True, slots=True)
class FileText:
    """What a file held when it was read, once: its text, or why there is none.

    For a file wanted before its store is made (``session.json``'s language is chosen
    before the state is loaded, so that the state's problems are worded in it): the
    store is then given this reading (``JsonStore.load(text)``) instead of reading again.
    """

    path: Path
    text: str | None = None
    """The file's text (None: not read, ``error`` says why)."""
    error: OSError | UnicodeDecodeError | None = None
    """Why it could not be read (a missing file is a ``FileNotFoundError``)."""

    @classmethod
    def read(cls, path: Path) -> FileText:
        """``path``'s text now (never raises); a file over ``STATE_MAX_BYTES`` is not read
        (``TooLargeState``)."""
        try:
            if (size := path.stat().st_size) > STATE_MAX_BYTES:
                return cls(path, error=TooLargeState(size))
            return cls(path, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            return cls(path, error=error)


STATE_MAX_BYTES = 64_000_000
"""A state file larger than this is set aside unread: the reader's own files stay far
under it (a notebook of 100,000 quotes is some 50 MB), and reading a 350 MB one took 4 s
and 825 MB of memory before it was known to be good or bad (safety85)."""


class TooLargeState(OSError):
    """A state file over ``STATE_MAX_BYTES`` (its ``size`` in bytes), not read."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, f"{size} bytes")
        self.size = size


class JsonStore:
    """A JSON document on disk with a default shape and a check of its content."""

    def __init__(self, path: Path, default: Any, check: Check | None = None) -> None:
        self.path = path
        self.default = default
        self.check = check
        self.problem: str | None = None
        """What went wrong reading the file (set aside, entries left out), until taken."""
        self._stuck: str | None = None
        """Why the file must not be overwritten: it is bad but could not be set aside."""
        self._noted: set[str] = set()
        """Problems noted already (a file that stays bad is reported once, not on every read)."""

    def fresh(self) -> Any:
        """A new copy of the default."""
        return json.loads(json.dumps(self.default))

    def load(self, read: FileText | None = None) -> Any:
        """The stored value, or the default (never raises for bad content or a missing folder).

        ``read``: this file as it was read a moment ago (``FileText.read``), taken instead
        of reading it again (another file's reading is not taken).
        """
        self.problem = None
        return self._read(
            repair=True, read=read if read is not None and read.path == self.path else None
        )

    def save(self, value: Any) -> None:
        """Write ``value`` atomically (no merge: ``update`` is for that)."""
        if self._stuck is not None:
            raise WriteFailed(self.path, self._stuck)
        atomic_write_text(self.path, dumps(value))

    def update(self, change: Callable[[Any], Any]) -> Any:
        """Merge-on-write: under the lock, read the file now, ``change`` it, write it.

        ``change`` gets the file's current content (checked, as ``load`` gives it) and
        returns the content to write, or None to leave the file as it is. Returns what
        is now in the file. Raises ``WriteFailed`` when it cannot be written.
        """
        with file_lock(self.path):
            current = self._read(repair=False)
            changed = change(current)
            if changed is None:
                return current
            self.save(changed)
            return changed

    def take_problem(self) -> str | None:
        """The problem to report, once (then cleared)."""
        problem, self.problem = self.problem, None
        return problem

    # ------------------------------------------------------------------ reading

    def _read(self, repair: bool, read: FileText | None = None) -> Any:
        self._stuck = None
        found = read if read is not None else FileText.read(self.path)
        text, error = found.text, found.error
        if isinstance(error, (FileNotFoundError, NotADirectoryError)):
            return self.fresh()  # nothing stored yet (or no folder: saving will say so)
        if isinstance(error, IsADirectoryError):
            return self._set_aside(ui_text.REASON_IS_FOLDER())
        if isinstance(error, UnicodeDecodeError):
            return self._set_aside(ui_text.STATE_NOT_UTF8())
        if isinstance(error, TooLargeState):
            return self._set_aside(
                ui_text.STATE_TOO_LARGE(
                    mb=error.size // 1_000_000, limit=STATE_MAX_BYTES // 1_000_000
                )
            )
        if error is not None:
            return self._set_aside(ui_text.STATE_UNREADABLE(reason=describe(error)))
        assert text is not None
        try:
            value = parse(text)
        except json.JSONDecodeError as bad:
            return self._set_aside(ui_text.STATE_BAD_JSON(line=bad.lineno, column=bad.colno))
        except RecursionError:
            return self._set_aside(ui_text.STATE_TOO_DEEP())
        except ValueError as error:
            return self._set_aside(str(error))
        if not isinstance(value, type(self.default)):
            return self._set_aside(
                ui_text.STATE_WRONG_KIND(expected=kind_name(self.default), actual=kind_name(value))
            )
        if self.check is None:
            return value
        try:
            value, dropped = self.check(value)
        except Unusable as error:
            return self._set_aside(str(error))
        if dropped:
            self._left_out(value, dropped, repair)
        return value

    def _aside(self) -> Path | None:
        """Rename the file to ``NAME.corrupt-STAMP``; None when that failed."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        number = 1
        while aside.exists():
            number += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{number}")
        try:
            os.replace(self.path, aside)
        except OSError as error:
            self._stuck = ui_text.STATE_STUCK(reason=describe(error))
            return None
        self._stuck = None
        return aside

    def _note(self, problem: str) -> None:
        if problem in self._noted:
            return
        self._noted.add(problem)
        self.problem = f"{self.problem}\n{problem}" if self.problem else problem

    def _set_aside(self, reason: str) -> Any:
        aside = self._aside()
        if aside is None:
            self._note(
                ui_text.STATE_CORRUPT_STUCK(name=self.path.name, reason=reason, path=self.path)
            )
        else:
            self._note(ui_text.STATE_CORRUPT_ASIDE(name=self.path.name, reason=reason, aside=aside))
        return self.fresh()

    def _left_out(self, value: Any, dropped: list[str], repair: bool) -> None:
        what = (
            ui_text.STATE_LEFT_OUT_MANY(count=len(dropped), first=dropped[0])
            if len(dropped) > 1
            else ui_text.STATE_LEFT_OUT_ONE(first=dropped[0])
        )
        aside = self._aside()
        if aside is None:
            self._note(ui_text.STATE_LEFT_OUT_STUCK(name=self.path.name, what=what))
            return
        self._note(ui_text.STATE_LEFT_OUT_ASIDE(name=self.path.name, what=what, aside=aside))
        if repair:
            with contextlib.suppress(OSError):
                with file_lock(self.path):
                    if not self.path.exists():  # another instance may have written meanwhile
                        self.save(value)


# ---------------------------------------------------------------------- telling the user


class Unsaved:
    """Which failures to save to tell the user about: the first for each file and cause.

    ``what`` (``"书签"``, ``"阅读位置"``…) only words the message: a file that cannot be
    written is told once, whatever was being saved into it. Once the file is written
    again (``saved``), a new failure is worth telling again.

    A file standing where the reader's folder should be (``blocker``: the state folder, or
    ``$SPEECH_READER_HOME``, is a plain file) fails every file under it for one cause: it
    is told once, naming that file, for all of them (the position, the bookmarks, the
    notebook…). Told for each file, three such notices stood one over the other at 80x24,
    the first one's title above the screen.
    """

    def __init__(self) -> None:
        self._told: set[tuple[str, int | None]] = set()
        self.current: dict[str, str] = {}
        """What failed for each file not written since, and why (said again when the app ends)."""

    def failed(self, what: str, error: OSError) -> str | None:
        """The message for this failure, or None when the same was told already."""
        if (found := blocker(error)) is not None:
            key: tuple[str, int | None] = (str(found), errno.ENOTDIR)
            if key in self._told:
                return None
            self._told.add(key)
            self.current[str(found)] = ui_text.UNSAVED_BLOCKED_CURRENT(what=what, blocker=found)
            return ui_text.UNSAVED_BLOCKED_MESSAGE(what=what, blocker=found)
        where = str(error.path) if isinstance(error, WriteFailed) else what
        key = (where, error.errno)
        if key in self._told:
            return None
        self._told.add(key)
        place = (
            ui_text.UNSAVED_PLACE(path=error.path, reason=error.reason)
            if isinstance(error, WriteFailed)
            else describe(error)
        )
        self.current[where] = ui_text.UNSAVED_CURRENT(what=what, place=place)
        return ui_text.UNSAVED_MESSAGE(what=what, place=place)

    def saved(self, *paths: Path | str) -> None:
        """These files were written: their next failure is told again (and a file that
        stood where their folder is has gone)."""
        written = {str(path) for path in paths}
        above = {str(folder) for path in paths for folder in Path(path).parents}
        self._told = {key for key in self._told if key[0] not in written | above}
        for path in written | above:
            self.current.pop(path, None)


def blocker(error: OSError) -> Path | None:
    """The plain file standing where a folder on the path of the file ``error`` failed to
    write should be (``WriteFailed`` for "a file stands where a folder should be"), else
    None."""
    if not isinstance(error, WriteFailed) or error.errno not in (errno.ENOTDIR, errno.EEXIST):
        return None
    for folder in error.path.parents:
        if os.path.lexists(folder):
            return None if folder.is_dir() else folder
    return None
