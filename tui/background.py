"""Heavy work in helper processes, so it never shares the UI's GIL.

Parsing a 10 MB collection takes about 0.4 s of pure Python and starting jieba 0.5–1.6 s.
In a worker *thread* that time is taken from the UI thread too (one GIL): frames stall,
keys feel sticky, and the parse itself runs at half speed. So the app runs both in
helper processes:

* the **loader** parses files (``load_document``) and returns the ``Document``;
* the **analyst** holds jieba and computes the keywords of a file's speeches.

``start`` forks both before Textual is imported and before any thread exists (the
command line calls it first thing; ``fork`` is only safe then) and sends the first
file's parse at once, so it runs on another core while Textual starts. The helpers
live as long as the app; ``stop`` ends them.

Why not ``concurrent.futures.ProcessPoolExecutor``: it does the same, but importing it
(``multiprocessing``) costs 40–80 ms before the fork, on the path to the first screen.
A helper here is one forked process and two pipes carrying pickled ``(function,
args)`` requests and ``(ok, value)`` replies, one call at a time, in order. Messages
are pickled straight into the pipe (``_ChunkWriter``), so a big document is unpickled
while its end is still being pickled.

Without ``start`` (tests, platforms without ``fork``), or after a helper died, the
same functions run in the calling thread: callers cannot tell the difference except
by speed. Call ``load_document``, ``speech_count``, ``warm_keywords`` and
``document_keywords`` from worker threads: they block until the work is done.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from tui import collector
from tui.engine.files import stamp_of

if TYPE_CHECKING:
    from collections import Counter

    from tui.engine.keywords import Keyword
    from tui.engine.model import Document

T = TypeVar("T")
P = ParamSpec("P")

_HEADER = 8
"""Bytes of the length in front of every chunk of a message."""
_END = 0
"""Chunk length that ends a message."""
_ABORT = (1 << 63) - 1
"""Chunk length that drops the message begun (its pickling failed half-way)."""
_in_helper = False
"""True in a helper process."""


class HelperGone(RuntimeError):
    """The helper process died or was stopped."""


class _Aborted(Exception):
    """The sender dropped the message it had begun."""


class _ChunkWriter:
    """A pickle stream out to a pipe, in length-prefixed chunks.

    The pickler writes each 64 KB frame as soon as it is made, so the reader unpickles
    a big document while the helper is still pickling its end (a 10 MB document:
    about 50 ms saved of some 130).
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes) -> int:
        size = len(data)
        if size:
            self._put(size.to_bytes(_HEADER, "big") + data)
        return size

    def end(self, length: int = _END) -> None:
        self._put(length.to_bytes(_HEADER, "big"))

    def _put(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]


class _ChunkReader:
    """The other end: a file for ``pickle.load`` that reads exactly one message.

    Unbuffered on purpose: nothing of the next message is read ahead, so ``select`` on
    the pipe still tells whether a reply has begun to arrive.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.left = 0
        """Bytes left in the current chunk."""

    def _chunk(self) -> int:
        size = int.from_bytes(_read_exactly(self.fd, _HEADER), "big")
        if size == _ABORT:
            raise _Aborted
        return size

    def read(self, size: int = -1) -> bytes:
        parts: list[bytes] = []
        while size > 0:
            if not self.left:
                self.left = self._chunk()
                if not self.left:
                    raise pickle.UnpicklingError("a message ended inside its pickle")
            part = _read_exactly(self.fd, min(size, self.left))
            parts.append(part)
            self.left -= len(part)
            size -= len(part)
        return b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self) -> bytes:
        line = bytearray()
        while not line.endswith(b"\n"):
            line += self.read(1)
        return bytes(line)

    def finish(self) -> None:
        """Read the end of the message (after its pickle)."""
        if self.left or self._chunk() != _END:
            raise pickle.UnpicklingError("a message went on after its pickle")


def _write(fd: int, message: object) -> None:
    """Send ``message`` (pickled as it is written); raises if it cannot be pickled."""
    out = _ChunkWriter(fd)
    try:
        pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(message)
    except Exception:
        out.end(_ABORT)  # the reader drops what it got of it
        raise
    out.end()


def _read_exactly(fd: int, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read(fd: int) -> Any:
    """The next message; ``_Aborted`` if its sender dropped it, EOFError at the end."""
    reader = _ChunkReader(fd)
    message = pickle.Unpickler(reader).load()
    reader.finish()
    return message


def _serve(requests: int, replies: int) -> None:
    """The helper's life: answer requests until the UI process closes the pipe."""
    global _in_helper
    _in_helper = True
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # nothing may ever reach the terminal the UI draws on
        os.dup2(null, fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            function, args, kwargs = _read(requests)
        except _Aborted:
            continue  # the request could not be pickled: its caller got the error
        except EOFError:
            return
        try:
            reply: tuple[bool, object] = (True, function(*args, **kwargs))
        except Exception as error:  # noqa: BLE001 - the caller gets it raised
            reply = (False, error)
        try:
            _write(replies, reply)
        except (pickle.PicklingError, TypeError, AttributeError) as error:
            _write(replies, (False, RuntimeError(f"{type(error).__name__}: {error}")))


PIPE_BYTES = 1 << 20
"""Buffer asked for the replies' pipe (Linux's default is 64 KB)."""


def _widen(fd: int) -> None:
    """Give the pipe ``fd`` a ``PIPE_BYTES`` buffer where the system allows it.

    With 64 KB the helper stopped after every chunk of a big document until the UI had
    read it: a 10 MB document arrived about 12 ms later than with 1 MB (measured).
    """
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or above /proc/sys/fs/pipe-max-size: the default buffer works


_parent_fds: list[int] = []
"""The UI process's ends of every helper's pipes (a new helper closes its copies)."""


class Helper:
    """One forked helper process and the pipes to it."""

    def __init__(self) -> None:
        requests, to_helper = os.pipe()
        from_helper, replies = os.pipe()
        _widen(replies)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the helper process (its coverage is not collected)
            try:
                for fd in (*_parent_fds, to_helper, from_helper):
                    os.close(fd)
                _serve(requests, replies)
            finally:
                os._exit(0)
        os.close(requests)
        os.close(replies)
        _parent_fds.extend((to_helper, from_helper))
        self.pid = pid
        self._out = to_helper
        self._in = from_helper
        self._lock = threading.Lock()
        self._unread: list[object] = []
        """Keys of requests sent ahead (``send_ahead``) whose replies are not read yet."""
        self.alive = True

    def _take(self) -> Any:
        try:
            try:
                ok, value = _read(self._in)
            except _Aborted:  # the reply could not be pickled: the error follows
                ok, value = _read(self._in)
        except (EOFError, OSError, pickle.UnpicklingError, _Aborted) as error:
            self.alive = False
            raise HelperGone(str(error)) from error
        if not ok:
            raise value
        return value

    def send_ahead(self, key: object, function: Callable[..., Any], *args: Any) -> None:
        """Send a request whose reply ``take_ahead(key)`` reads later."""
        with self._lock:
            self._send(function, args, {})
            self._unread.append(key)

    def take_ahead(self, key: object, wait: bool = True) -> tuple[bool, Any]:
        """(True, reply) for the request sent ahead under ``key``; (False, None) if none.

        With ``wait=False`` also (False, None) while the reply has not started to arrive
        (the helper is still working on it): the caller never waits for the work.
        """
        with self._lock:
            if key not in self._unread:
                return False, None
            while self._unread[0] != key:
                if not wait and not self._reply_waiting():
                    return False, None
                self._discard()  # a reply sent ahead that nobody took (e.g. the preload)
            if not wait and not self._reply_waiting():
                return False, None
            self._unread.pop(0)
            return True, self._take()

    def _reply_waiting(self) -> bool:
        import select

        return bool(select.select([self._in], [], [], 0)[0])

    def _discard(self) -> None:
        self._unread.pop(0)
        try:
            self._take()
        except HelperGone:
            raise
        except Exception:  # noqa: BLE001, S110 - a reply nobody waits for any more
            pass

    def _send(
        self, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        if not self.alive:
            raise HelperGone("stopped")
        try:
            _write(self._out, (function, args, kwargs))
        except OSError as error:
            self.alive = False
            raise HelperGone(str(error)) from error

    def call(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``function(*args, **kwargs)`` in the helper; its exceptions are raised here."""
        with self._lock:
            while self._unread:
                self._discard()
            self._send(function, args, kwargs)
            return self._take()  # type: ignore[no-any-return]

    def stop(self) -> None:
        """End the helper now, even in the middle of a request."""
        self.alive = False
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        for fd in (self._out, self._in):
            if fd in _parent_fds:
                _parent_fds.remove(fd)
            try:
                os.close(fd)
            except OSError:
                pass


_loader: Helper | None = None
_analyst: Helper | None = None
_stopped = False


def supported() -> bool:
    """Whether helper processes can be used here (``fork``: Linux; not macOS or Windows)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def running() -> bool:
    """Whether the helper processes are in use (else work runs in the calling thread)."""
    return _loader is not None and _loader.alive


def helper_pids() -> list[int]:
    """Process ids of the running helpers (for benchmarks: their memory)."""
    return [helper.pid for helper in (_loader, _analyst) if helper is not None and helper.alive]




def start(first_file: Path | None = None) -> None:
    """Fork the helpers and send ``first_file``'s parse ahead (call before any thread).

    The loader starts importing the parser at once, the analyst builds the wrap tables;
    ``load_ahead`` can send the first file later if it is not known yet.
    """
    global _loader, _analyst, _stopped
    if _loader is not None or not supported() or threading.active_count() > 1:
        return  # forking a process with threads is unsafe: work runs in threads then
    import atexit

    _stopped = False
    atexit.register(stop)
    _loader = Helper()
    _loader.send_ahead(_PRELOAD, _preload)
    _analyst = Helper()
    from tui.engine import wrap

    if not wrap.has_shipped_tables():  # else the UI reads them from a file at once
        _analyst.send_ahead(_WRAP_TABLES, _wrap_tables)
    if first_file is not None:
        load_ahead(first_file)


_PRELOAD = "preload"


def _preload() -> None:
    import tui.engine.parse  # noqa: F401 - the parser's modules and regexes, ready for the first file


def load_ahead(path: Path) -> None:
    """Have the loader parse ``path`` now; ``load_document``/``load_if_ready`` take it."""
    helper = _loader
    if helper is None:
        return
    path = path.resolve()
    try:
        helper.send_ahead((path, stamp_of(path)), _load, path)
    except HelperGone:
        pass


def stop() -> None:
    """End the helper processes (the app is quitting)."""
    global _loader, _analyst, _stopped
    helpers = [helper for helper in (_loader, _analyst) if helper is not None]
    _loader = _analyst = None
    _stopped = True
    for helper in helpers:
        helper.stop()


def _run(helper: Helper | None, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``function(*args)`` in ``helper``'s process, or here when it is not there."""
    if helper is not None:
        try:
            return helper.call(function, *args, **kwargs)
        except HelperGone:
            if _stopped:
                raise  # quitting: do not start the work again here
    return function(*args, **kwargs)


# ---------------------------------------------------------------- loading


_parsed: dict[Path, Document] = {}
"""In the loader process: the documents it parsed last (for ``line_counts``)."""
_KEEP_PARSED = 2


def _load(path: Path) -> Document:
    from tui.engine import load_document as load

    if not _in_helper:
        return load(path)
    # The loader is a process of its own: the cyclic collector may rest while it parses.
    # A 10 MB parse set off some 80 collections, 20-40 ms in all (the full ones walked the
    # documents kept below); a document has no reference cycles and is freed by reference
    # counting when it leaves the cache. Kept documents are frozen out of later collections.
    # (Forked by ``tui.cli.launch`` the helpers inherit its hold: no collector at all.)
    with _collector_resting():
        document = load(path)
    _parsed.pop(path, None)
    _parsed[path] = document
    while len(_parsed) > _KEEP_PARSED:
        del _parsed[next(iter(_parsed))]
    return document


def _identity(document: Document) -> tuple[int, int]:
    """Enough to tell two parses of a file apart: paragraphs and characters."""
    return len(document.paragraphs), sum(len(p.text) for p in document.paragraphs)


def _line_counts(
    path: Path, identity: tuple[int, int], blocks: list[tuple[int, int]], width: int
) -> list[int] | None:
    document = _parsed.get(path)
    if document is None or _identity(document) != identity:
        return None
    from tui.engine.wrap import wrap

    paragraphs = document.paragraphs
    return [len(wrap(paragraphs[i].text, width, first, 0) or [0]) for i, first in blocks]


def line_counts(
    path: Path, document: Document, blocks: list[tuple[int, int]], width: int
) -> list[int] | None:
    """Wrapped line counts of ``blocks`` ((paragraph, first-line indent)) of ``document``.

    Done by the loader process on its copy of the document, so wrapping a whole big file
    (0.3 s for 10 MB) never holds the UI's GIL. None when there is no loader or it no
    longer has this parse: the caller wraps them itself.
    """
    helper = _loader
    if helper is None:
        return None
    try:
        return helper.call(_line_counts, path.resolve(), _identity(document), blocks, width)
    except HelperGone:
        return None


def load_document(path: Path) -> Document:
    """``tui.engine.load_document(path)``, in the loader process when there is one.

    Raises the engine's ``SpeechFileError`` subclasses as it does.
    """
    path = path.resolve()
    helper = _loader
    with _collector_resting():
        if helper is not None:
            try:
                found, document = helper.take_ahead((path, stamp_of(path)))
            except HelperGone:
                if _stopped:
                    raise
            else:
                if found:
                    return document  # type: ignore[no-any-return]
        return _run(helper, _load, path)


def _collector_resting() -> collector.Hold:
    """No cyclic collection while a document arrives, and the objects it made frozen after.

    A 10 MB document is some 100,000 objects: unpickling it set off over 100 collections
    in the UI process (about 50 ms), and a full one soon after walked all of it (another
    50 ms, a stall under whatever key was pressed). A document holds no reference cycles
    and is freed by reference counting when it is dropped, so frozen it costs nothing.
    """
    return collector.Hold(freeze=True)


def load_if_ready(path: Path) -> Document | None:
    """The early parse of ``path`` (``start``) if it is done, else None; never waits for it.

    Raises the parse's ``SpeechFileError`` as ``load_document`` would. Lets the first
    screen show the first file at once instead of a frame later from a worker.
    """
    helper = _loader
    if helper is None:
        return None
    path = path.resolve()
    try:
        with _collector_resting():
            found, document = helper.take_ahead((path, stamp_of(path)), wait=False)
    except HelperGone:
        return None
    return document if found else None  # type: ignore[no-any-return]


def _count(path: Path) -> int:
    from tui.engine import load_document as load

    return len(load(path).speeches)  # not kept in _parsed: that is for the open files


def speech_count(path: Path) -> int:
    """How many speeches ``path`` holds (parsed in the loader process when there is one)."""
    return _run(_loader, _count, path.resolve())


# ---------------------------------------------------------------- wrapping

_WRAP_TABLES = "wrap-tables"


def _wrap_tables() -> tuple[bytes, str]:
    from tui.engine import wrap

    return wrap.export_tables()


def prepare_wrap() -> None:
    """Have ``tui.engine.wrap``'s width tables ready before drawing.

    They ship with the app for the usual Python versions (read in well under 1 ms).
    Otherwise ``start`` has the analyst build them (~25 ms) while Textual starts, and
    this installs its copy, or builds them here when there is none.
    """
    from tui.engine import wrap

    helper = _analyst
    if helper is not None:
        try:
            found, tables = helper.take_ahead(_WRAP_TABLES)
        except HelperGone:
            found = False
        if found:
            wrap.install_tables(*tables)
    wrap.prepare()


# ---------------------------------------------------------------- keywords


KEYWORDS_NICENESS = 10
"""How much lower the analyst's CPU priority is once it works on keywords."""


def _yield_to_the_ui() -> None:
    """In the analyst: lower this process's CPU priority (once; it cannot be raised again).

    Keywords are background work: jieba takes 1-2 s to load and a 10 MB collection's
    keywords some 18 s of a core, started when a file is shown. On a machine with two
    cores that core was taken from the UI and the loader whenever they had work (a key,
    the next file's parse). Lowered here, not at the fork: the wrap tables the analyst
    builds at start are wanted for the first screen.
    """
    global _yielded
    if not _in_helper or _yielded:
        return
    _yielded = True
    try:
        os.nice(KEYWORDS_NICENESS)
    except (AttributeError, OSError):
        pass  # no niceness here (Windows has no fork either): keywords run as they are


_yielded = False


def _warm() -> None:
    from tui.engine import keywords

    _yield_to_the_ui()
    keywords.tokenizer()


def _keywords(path: Path, identity: tuple[int, int], top: int) -> list[list[Keyword]] | None:
    from tui.engine import keywords
    from tui.engine import load_document as load

    _yield_to_the_ui()
    keywords.general_idf()  # first, while no document is in memory: a lower peak
    document = load(path)
    if _identity(document) != identity:
        return None  # the file changed since the UI loaded it
    counts = _speech_counts(path, document)
    del document  # before the IDF tables load: the peak memory is lower
    return _rank_speeches(path, counts, top)


def _speech_counts(path: Path, document: Document) -> list[Counter[str]]:
    """Each speech's content-word counts, cached, so the folder IDF below finds them
    instead of parsing and tokenizing the file a second time."""
    from tui.engine import keywords

    keywords.tokenizer()
    counts = keywords.file_speech_counts(path, document)
    if len(counts) != len(document.speeches):  # not cached (no stamp): count here
        counts = [keywords.speech_counts(document, speech) for speech in document.speeches]
    return counts


def _rank_speeches(path: Path, counts: list[Counter[str]], top: int) -> list[list[Keyword]]:
    """Each speech's top keywords, the speeches of ``path``'s folder as IDF."""
    from tui.engine import keywords

    idf = keywords.folder_idf(path.parent)
    return [keywords.rank(found, idf, top) for found in counts]


def warm_keywords() -> None:
    """Load jieba (in the analyst process when there is one); returns when it is ready."""
    _run(_analyst, _warm)


def document_keywords(path: Path, document: Document, top: int) -> list[list[Keyword]] | None:
    """Top ``top`` keywords of each of ``document``'s speeches, ``path``'s folder as IDF.

    In the analyst process the file is parsed again there (cheaper than sending the
    document over); None when it no longer matches ``document`` (it changed on disk).
    """
    if _analyst is None:
        return _rank_speeches(path, _speech_counts(path, document), top)
    return _run(_analyst, _keywords, path, _identity(document), top)
