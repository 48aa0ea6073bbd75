"""The app's own state on disk: JSON files written atomically, corrupt ones set aside.

No Textual import: the command line (``speech-reader quotes``) uses this too.

* ``state_dir()``/``data_dir()``: the user's platform directories (platformdirs), or
  ``$SPEECH_READER_HOME`` when set (tests and portable installs).
* ``JsonStore``: one JSON file. ``load()`` never raises for bad content: a file that
  does not parse is renamed to ``NAME.corrupt-YYYYmmdd-HHMMSS`` and reported through
  ``store.problem`` so the UI can say so; the app then starts clean. ``save()`` writes
  a temporary file in the same folder, fsyncs it and renames it over the old one, so
  a crash leaves either the old or the new file, never half of one.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "speech-reader"


def _home_override() -> Path | None:
    home = os.environ.get("SPEECH_READER_HOME")
    return Path(home) if home else None


def state_dir() -> Path:
    """Where positions, bookmarks and settings live."""
    home = _home_override()
    return home / "state" if home else Path(platformdirs.user_state_dir(APP_NAME))


def data_dir() -> Path:
    """Where the quote notebook and the user's highlight terms live."""
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old or the new file, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class JsonStore:
    """A JSON document on disk with a default shape."""

    def __init__(self, path: Path, default: Any) -> None:
        self.path = path
        self.default = default
        self.problem: str | None = None
        """Set by ``load()`` when the file was corrupt: what happened and where it went."""

    def load(self) -> Any:
        """The stored value, or a fresh copy of the default (never raises for bad content)."""
        self.problem = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return json.loads(json.dumps(self.default))
        except (OSError, UnicodeDecodeError) as error:
            return self._set_aside(f"{error}")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            return self._set_aside(f"JSON: {error}")
        if not isinstance(value, type(self.default)):
            return self._set_aside(f"expected {type(self.default).__name__}")
        return value

    def save(self, value: Any) -> None:
        """Write ``value`` atomically.

        A path that is not valid UTF-8 is a string with lone surrogates (surrogateescape),
        which UTF-8 cannot hold: such a document is written with ``\\u`` escapes, which
        ``json`` reads back to the same string (files written before read as they were).
        """
        text = json.dumps(value, ensure_ascii=False, indent=1)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = json.dumps(value, ensure_ascii=True, indent=1)
        atomic_write_text(self.path, text)

    def _set_aside(self, reason: str) -> Any:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, aside)
            where = str(aside)
        except OSError:
            where = str(self.path)
        self.problem = f"{self.path.name} 已损坏（{reason}），已另存为 {where}，现以空白状态启动。"
        return json.loads(json.dumps(self.default))
