"""``StoredStylesheet``: the CSS rules Textual parsed for the app's first screen, kept beside
the bytecode so that a later start does not parse them again (the app makes one at its
start, ``SpeechReaderApp.__init__``, and saves it after the first frame)."""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

from textual.css.stylesheet import Stylesheet

log = logging.getLogger(__name__)


class StoredStylesheet:
    """The CSS rules Textual parsed for the first screen, stored in ``path`` (None: nowhere)
    and given to the next start's stylesheet, which then does not parse that CSS again.

    Textual parses the app's and every widget's CSS at each start (``Stylesheet.parse``):
    7.8 ms of the UI thread before the first frame; with the stored rules, parsing and
    reading them take 1.4 ms (medians of 10 runs each; docs/performance-log.md, perf10). Textual keeps what it parsed in the stylesheet's
    parse cache (``Stylesheet._parse_cache``, keyed by the CSS text and where it came from),
    which ``load`` fills from the stored file and ``save`` writes to it. The rules depend on
    the theme's variables (substituted as the CSS is parsed; Textual empties that cache when
    they change) and on Textual's own classes, so the file keeps them for one set of
    variables and one installed Textual (``key``): any other, or a file that cannot be read,
    means parsing as Textual does, nothing worse. The file lies beside this module's
    bytecode (the ``__pycache__`` folder, or ``sys.pycache_prefix``), as the engine's stored
    patterns do (``tui.base.patterns``), and is not written when Python writes no bytecode:
    whoever can write it can write the bytecode Python runs, so unpickling it trusts no one
    new.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.loaded: set[tuple[Any, ...]] = set()
        """The parse-cache keys ``load`` gave the stylesheet."""

    @staticmethod
    def default_path() -> Path | None:
        """Beside this module's bytecode (None: this run keeps no bytecode)."""
        try:
            pyc = cache_from_source(__file__)
        except (NotImplementedError, ValueError):
            return None
        return Path(pyc).with_name(f"stylesheet.{sys.implementation.cache_tag}.pickle")

    @staticmethod
    def key(stylesheet: Stylesheet) -> tuple[object, ...]:
        """What stored rules are valid for: this Python, this Textual (its stylesheet
        module's file: another version is another file) and the theme's variables."""
        try:
            textual = os.stat(sys.modules[Stylesheet.__module__].__file__ or "")
        except (OSError, TypeError):
            return ()
        try:
            variables = sorted(stylesheet._variables.items())
        except (AttributeError, TypeError):  # (a Textual without them: not stored)
            _private_gone("Stylesheet._variables")
            return ()
        stamp = (textual.st_size, textual.st_mtime_ns)
        return (sys.version, Stylesheet.__module__, stamp, variables)

    def load(self, stylesheet: Stylesheet) -> None:
        """Give ``stylesheet`` the rules stored for its key (before it parses anything)."""
        if self.path is None:
            return
        try:
            key, rules = pickle.loads(self.path.read_bytes())
        except Exception:  # noqa: BLE001 - unreadable, or another Textual's: parsed as usual
            return
        current = self.key(stylesheet)
        if not current or key != current or not isinstance(rules, dict):
            return
        try:
            for cache_key, parsed in rules.items():
                stylesheet._parse_cache.set(cache_key, parsed)
        except (AttributeError, TypeError):  # a Textual whose parse cache is another shape
            _private_gone("Stylesheet._parse_cache")
            return
        self.loaded = set(rules)

    def save(self, stylesheet: Stylesheet) -> None:
        """Store what ``stylesheet`` has parsed, unless it was all loaded; written whole to
        a new file that replaces the old one. Not when Python writes no bytecode; failures
        are ignored."""
        key = self.key(stylesheet)
        if self.path is None or sys.dont_write_bytecode or not key:
            return
        try:
            cache = stylesheet._parse_cache
            rules = {cache_key: cache.get(cache_key) for cache_key in cache.keys()}
        except (AttributeError, TypeError):  # a Textual whose parse cache is another shape
            _private_gone("Stylesheet._parse_cache")
            return
        if not rules or set(rules) <= self.loaded:
            return
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            data = pickle.dumps((key, rules), protocol=pickle.HIGHEST_PROTOCOL)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(data)
            os.replace(temp, self.path)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            with contextlib.suppress(OSError):
                temp.unlink()
            return
        self.loaded = set(rules)


def _private_gone(name: str) -> None:
    """Say in the log that Textual's private ``name`` is not what ``StoredStylesheet`` was
    written for (the CSS is then parsed as usual; tests/unit/test_private_names.py fails)."""
    log.warning("Textual's %s is gone or changed: the first screen's CSS is parsed", name)
