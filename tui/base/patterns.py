"""The engine's regular expressions, compiled once per installation instead of at every start.

``re.compile`` turns a pattern into the matcher's code in Python (``re._parser`` and
``re._compiler``); a character class with a CJK range is walked character by character
there. The engine's hundred patterns took 45-75 ms of every start that way, on the way to
the first file's parse (``tests/bench/bench_ui.py``; figures in docs/performance.md).

``compile(pattern, flags)`` gives the same ``re.Pattern`` as ``re.compile``. The code of
each pattern compiled in a run is kept in a file beside the engine's bytecode (the
``__pycache__`` folder, or ``sys.pycache_prefix``), written once the parser's modules are
imported (``save``); a later start builds its patterns from that code with the matcher's own
constructor, which checks the code as it does for ``re.compile``. The file is keyed by the
Python build and the matcher's version: another Python, a changed pattern or a file that
cannot be read or written means compiling as ``re.compile`` does, nothing worse.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import re
import sys
import threading
from importlib.util import cache_from_source
from pathlib import Path

try:  # the matcher's compiler, private to re: a Python without it compiles as re does
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not in the Pythons this project runs
    _compiler = _parser = None
from typing import Any

__all__ = ["CACHE", "PatternCache", "cache_file", "compile", "save"]

_KEY = (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
"""What the stored code is valid for: this Python and this version of its matcher."""

Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups, their names both ways."""


def cache_file() -> Path | None:
    """Where the compiled code is kept: beside this module's bytecode (None: no such place)."""
    try:
        pyc = cache_from_source(__file__)
    except (NotImplementedError, ValueError):  # no bytecode cache in this Python or run
        return None
    return Path(pyc).with_name(f"patterns.{sys.implementation.cache_tag}.sre")


class PatternCache:
    """Patterns compiled from the code stored in ``path`` (None: nothing stored), and the
    code of those compiled here, kept by ``save``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.stored = self._load()
        """The code read from ``path``, by (pattern, flags)."""
        self.new: dict[tuple[str, int], Code] = {}
        """The code of the patterns compiled in this run that were not stored."""

    def _load(self) -> dict[tuple[str, int], Code]:
        if self.path is None:
            return {}
        try:
            stored = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != _KEY:
            return {}
        codes = stored[1]
        return codes if isinstance(codes, dict) else {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A003
        """``re.compile(pattern, flags)``, from the stored code when there is some."""
        flags = int(flags)
        key = (pattern, flags)
        code = self.stored.get(key)
        if code is not None:
            try:
                return _build(pattern, code)
            except (RuntimeError, TypeError, ValueError):  # not this matcher's code: compile
                pass
        if _parser is None or _compiler is None:  # pragma: no cover
            return re.compile(pattern, flags)
        parsed = _parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = (
            flags | parsed.state.flags,
            [int(op) for op in _compiler._code(parsed, flags)],  # (opcodes: an int subclass)
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        self.new[key] = code
        return _build(pattern, code)

    def save(self) -> None:
        """Store the code of the patterns compiled here with that stored before, written
        whole to a new file that replaces the old one (a reader never sees half a file).
        Not when Python writes no bytecode either; failures are ignored."""
        if not self.new or self.path is None or sys.dont_write_bytecode:
            return
        codes = {**self.stored, **self.new}
        # (A pattern compiled at its first use is saved then, on whichever thread used it:
        # each thread writes a file of its own.)
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(marshal.dumps((_KEY, codes)))
            os.replace(temp, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temp.unlink()
            return
        self.stored.update(codes)
        for key in codes:
            self.new.pop(key, None)


def _build(pattern: str, code: Code) -> re.Pattern[str]:
    built: Any = _sre.compile(pattern, *code)  # checks the code as re.compile's call does
    return built  # type: ignore[no-any-return]


CACHE = PatternCache(cache_file())
"""The engine's patterns (``compile``), stored beside its bytecode."""


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """``re.compile(pattern, flags)``, from the code a previous start stored (``CACHE``)."""
    return CACHE.compile(pattern, flags)


def save() -> None:
    """Store the code of the patterns compiled in this run (the parser calls it once its
    modules are imported, so every stage's patterns are in)."""
    CACHE.save()
