"""A program that reads an untrusted file runs here bounded: a .doc's converter (antiword,
LibreOffice: ``doc.py``) and PDFium reading a PDF's text layer (``pdfchild.py``).

On POSIX it starts through a small Python launcher that sets its resource limits before it
``exec`` s the program (``preexec_fn`` is not safe in a process with threads, and
extraction runs on the background service's): an address space, seconds of CPU, no file it
writes over a size, no core file. Its output is read as it comes, at most a given number of
bytes (past that it is stopped), its error output's first KB kept for the log. It gets a
minimal environment (``PATH``; ``HOME`` and the temporary folder its own folder; a UTF-8
locale; none of the user's other variables) and runs in that private folder, in a session
of its own, so that at the time limit or past the output limit the program and every
process it started are killed. Elsewhere (Windows) the same but the resource limits: the
time limit, the bounded output, the environment and the folder. macOS does not enforce an
address-space limit: there the CPU, file size and output limits hold.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

__all__ = [
    "LIMIT_SIGNALS",
    "Limits",
    "Outcome",
    "exited",
    "kill",
    "run",
    "run_python",
    "start_python",
]


@dataclass(frozen=True, slots=True)
class Limits:
    """What a bounded program may take."""

    memory: int
    """Bytes of address space (``RLIMIT_AS``)."""
    cpu: int
    """Seconds of CPU (``RLIMIT_CPU``): it holds also when the reader is gone (killed,
    crashed) and no time limit stops the program any more."""
    timeout: float
    """Seconds it may run before it is killed."""
    output: int
    """Bytes of output it may give, and the largest file it may write (``RLIMIT_FSIZE``)."""


@dataclass(slots=True)
class Outcome:
    """How a bounded program's run ended."""

    returncode: int
    stdout: bytes
    errors: bytes
    """The first KB of its error output."""
    too_slow: bool = False
    too_much: bool = False


LIMIT_SIGNALS = {
    getattr(signal, name) for name in ("SIGXCPU", "SIGXFSZ", "SIGKILL") if hasattr(signal, name)
}
"""How a program ends at its CPU or file size limit, or killed by the system for its memory."""


_LIMITS = """import os, resource, sys
memory, cpu, size = map(int, sys.argv[1:4])
del sys.argv[1:4]
for kind, soft, hard in (
    (resource.RLIMIT_AS, memory, memory),
    (resource.RLIMIT_CPU, cpu, cpu + 5),
    (resource.RLIMIT_FSIZE, size, size),
    (resource.RLIMIT_CORE, 0, 0),
):
    now = resource.getrlimit(kind)[1]
    if now != resource.RLIM_INFINITY:
        soft, hard = min(soft, now), min(hard, now)
    try:
        resource.setrlimit(kind, (soft, hard))
    except (ValueError, OSError):
        pass
"""
"""Sets the limits given as its first three arguments (POSIX), then takes them out of
``sys.argv``: what a bounded Python runs first."""
_LAUNCHER = "os.execv(sys.argv[1], sys.argv[1:])\n"
"""After ``_LIMITS``, the launcher becomes the program (POSIX): a Python started with
``-I -S`` (nothing of the user's site or environment) sets its limits and ``exec`` s it."""


def _limited(command: list[str], limits: Limits) -> list[str]:
    """``command`` started under its resource limits where the system has them."""
    if os.name != "posix":
        return command
    return _python(_LAUNCHER, command, limits)


def _python(code: str, arguments: list[str], limits: Limits) -> list[str]:
    """A Python (``-I -S``) running ``code`` with ``arguments`` (``sys.argv[1:]``), after
    ``_LIMITS`` where the system has them."""
    if os.name != "posix":
        return [sys.executable, "-I", "-S", "-c", code, *arguments]
    sizes = [str(limits.memory), str(limits.cpu), str(limits.output)]
    return [sys.executable, "-I", "-S", "-c", _LIMITS + code, *sizes, *arguments]


def _environment(folder: str) -> dict[str, str]:
    """A program's whole environment: the programs' ``PATH``, its own folder as ``HOME``
    and temporary folder, a UTF-8 locale; antiword's ``ANTIWORDHOME`` kept (where a user
    put its character maps), and Windows' ``SYSTEMROOT`` (its programs need it)."""
    environment = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": folder,
        "TMPDIR": folder,
        "TEMP": folder,
        "TMP": folder,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    for kept in ("ANTIWORDHOME", "SYSTEMROOT"):
        if kept in os.environ:
            environment[kept] = os.environ[kept]
    return environment


def run(command: list[str], folder: str, limits: Limits) -> Outcome:
    """Run ``command`` in ``folder`` under ``limits``; its output read as it comes, at most
    ``limits.output`` bytes; the program and all it started killed at ``limits.timeout``
    seconds or past the output limit. Raises OSError when it cannot be started."""
    return _bounded(_limited(command, limits), folder, limits)


def run_python(code: str, arguments: list[str], folder: str, limits: Limits) -> Outcome:
    """``run`` for Python ``code`` (with ``arguments`` as ``sys.argv[1:]``): one Python,
    which sets its own limits first (no launcher started before it: some 30 ms)."""
    return _bounded(_python(code, arguments, limits), folder, limits)


def start_python(
    code: str, arguments: list[str], folder: str, limits: Limits, errors: int
) -> subprocess.Popen[bytes]:
    """A Python running ``code`` (``run_python``'s: limits first, a minimal environment,
    ``folder`` its own, a session of its own) left running for the caller to talk to: its
    standard input and output pipes, its error output to the file descriptor ``errors``.
    The caller bounds its time and output, and ends it (``kill``). Raises OSError when it
    cannot be started."""
    return subprocess.Popen(
        _python(code, arguments, limits),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        cwd=folder,
        env=_environment(folder),
        start_new_session=os.name == "posix",
    )


def _bounded(argv: list[str], folder: str, limits: Limits) -> Outcome:
    process = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=folder,
        env=_environment(folder),
        start_new_session=os.name == "posix",
    )
    output, errors = process.stdout, process.stderr
    assert output is not None and errors is not None
    chunks: list[bytes] = []
    head: list[bytes] = []
    over = threading.Event()

    def read_output() -> None:
        total = 0
        while chunk := os.read(output.fileno(), 1 << 16):
            total += len(chunk)
            if total > limits.output:
                over.set()
                kill(process)
                return
            chunks.append(chunk)

    def read_errors() -> None:
        head.append(errors.read(1024))
        while errors.read(1 << 16):
            pass

    readers = [threading.Thread(target=job, daemon=True) for job in (read_output, read_errors)]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + limits.timeout
    readers[0].join(limits.timeout)
    too_slow = readers[0].is_alive()
    if not too_slow:  # (its output closed: it ends, or holds on past the time)
        too_slow = not exited(process, max(0.0, deadline - time.monotonic()))
    kill(process)  # (also what it started and left behind: not reaped yet, see exited)
    process.wait()
    for reader in readers:
        reader.join(5)
    output.close()
    errors.close()
    return Outcome(process.returncode, b"".join(chunks), b"".join(head), too_slow, over.is_set())


def exited(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """Whether ``process`` ends within ``seconds``, without reaping it: its number stays
    its own (a zombie) until ``kill`` has killed its group, and only then is it reaped
    (``process.wait``). Reaped first, the number could go to another process, which the
    group kill would then hit (a program ending as its output closes, the usual case).

    Linux (3.9+ Python, 5.3+ kernel): a pidfd, readable when it ends, waited on with the
    time limit. Other POSIX systems (macOS): ``waitid(..., WEXITED | WNOWAIT | WNOHANG)``
    asked every 10 ms until it ends or the time is up, which tells without reaping too.
    Where neither exists (Windows): ``process.wait`` with the limit; there ``kill`` ends the
    program by its handle, which stays its own until closed, not by a number."""
    if process.returncode is not None:
        return True  # (reaped: its number may be another's now)
    if os.name == "posix" and hasattr(os, "pidfd_open"):
        try:
            descriptor = os.pidfd_open(process.pid)
        except OSError:  # (a kernel before 5.3, or a sandbox that refuses it)
            pass
        else:
            try:
                with selectors.DefaultSelector() as waiting:
                    waiting.register(descriptor, selectors.EVENT_READ)
                    return bool(waiting.select(seconds))
            finally:
                os.close(descriptor)
    if os.name == "posix" and hasattr(os, "waitid"):
        deadline = time.monotonic() + seconds
        flags = os.WEXITED | os.WNOWAIT | os.WNOHANG
        while True:
            try:
                if os.waitid(os.P_PID, process.pid, flags) is not None:
                    return True
            except ChildProcessError:  # (reaped elsewhere: it has ended)
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(0.01, left))
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        return False
    return True


def kill(process: subprocess.Popen[bytes]) -> None:
    """Kill the program and, on POSIX, every process of its session (its process group:
    its leader is not reaped before this, so the group's number is no other's)."""
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except OSError:
        pass  # (gone already)
