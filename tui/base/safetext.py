"""The one sanitiser for text that reaches a terminal: file names, file contents, messages.

File names and file contents are untrusted. A terminal obeys escape sequences (OSC 52
writes the clipboard, others clear or retitle the screen), and invisible characters
(bidi overrides, zero-width marks) make text show other than it is. Everything the app
or the command line writes to the screen or to standard output passes through
:func:`safe_text` (or :func:`safe_path`), which replaces each such character by a visible
placeholder and leaves every other character as it is:

- C0 controls and DEL: their Unicode control pictures (ESC → ``␛``, NUL → ``␀``);
  with ``keep_breaks=True`` a line feed and a tab stay as they are.
- C1 controls, format characters (bidi embeddings, overrides and isolates, zero-width
  spaces and joiners, the BOM, tag characters …) and line/paragraph separators:
  ``‹U+202E›``.
- Lone surrogates (a file name that is not valid UTF-8, decoded with
  ``surrogateescape``): ``‹\\xff›`` for the byte they stand for.

The result never holds a character that could start an escape sequence, reorder text or
hide it. It is plain text, not markup: a caller that hands it to rich or Textual markup
must still escape ``[`` (or, better, pass a ``Text``/``Content`` object).
"""

from __future__ import annotations

import json
import os
import re

from tui.base import patterns

__all__ = ["UNSAFE", "is_safe", "safe_json", "safe_path", "safe_text", "surely_safe_lines"]

UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""The Unicode categories whose characters :func:`safe_text` replaces."""

# Every character whose Unicode category makes it unsafe: Cc (controls), Cf (format: bidi
# marks, zero-width characters, the BOM, tags), Cs (lone surrogates), Zl/Zp (U+2028/U+2029,
# which some terminals and most layouts treat as line breaks). Written out, not derived
# from ``unicodedata`` at run time (a scan of every code point costs 0.1 s);
# tests/unit/test_safetext.py checks it against the running Python's Unicode database.
# U+13439-U+1343F are format characters from Unicode 15 on.
_BMP = (
    r"\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    r"\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff"
    r"\ufeff\ufff9-\ufffb"
)
_ASTRAL = (
    r"\U000110bd\U000110cd\U00013430-\U0001343f"
    r"\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
UNSAFE = patterns.compile("[" + r"\x00-\x1f" + _BMP + _ASTRAL + "]")
_UNSAFE_BUT_BREAKS = patterns.compile("[" + r"\x00-\x08\x0b-\x1f" + _BMP + _ASTRAL + "]")
"""``UNSAFE`` without the line feed and the tab (what ``keep_breaks=True`` replaces)."""
_MAYBE_UNSAFE_BUT_BREAKS = patterns.compile(
    "[" + r"\x00-\x08\x0b-\x1f" + _BMP + r"\U00010000-\U0010ffff" + "]"
)
"""A quick look for ``_UNSAFE_BUT_BREAKS``: its ranges outside the BMP made one range.
Regex classes test ranges outside the BMP one by one: the exact class scans a file's
text about four times slower (some 90 ms on 5M characters) than this (25 ms); a text
that holds any character outside the BMP is then scanned exactly."""


PLACEHOLDER = patterns.compile("\u2039(?:U\\+[0-9A-F]{4,6}|\\\\x[0-9a-f]{2})\u203a")
"""A placeholder ``safe_text`` puts for a character (``‹U+202E›``, ``‹\\xff›``): no word of the
file (the keywords leave it out)."""


def _placeholder(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\u2039\\x{code - 0xDC00:02x}\u203a"
    return f"\u2039U+{code:04X}\u203a"


def _replace(match: re.Match[str]) -> str:
    return _placeholder(match.group())


def safe_text(text: str, *, keep_breaks: bool = False) -> str:
    """``text`` with every control, format or separator character made a visible placeholder.

    Args:
        text: untrusted text (a file name, a line of a file, an error message).
        keep_breaks: keep line feeds and tabs (for multi-line output such as a snippet
            block); by default they become ``␊`` and ``␉`` so that a label stays one line.
    """
    if text.isprintable():
        # isprintable() is False for every unsafe category (and for spaces other than
        # U+0020, which are safe): the common case costs one C-level scan.
        return text
    if keep_breaks:
        # Multi-line text is never isprintable(): look for the characters to replace
        # first (one quick regex scan), so a file's line feeds cost no call.
        if surely_safe_lines(text):
            return text
        return _UNSAFE_BUT_BREAKS.sub(_replace, text)
    return UNSAFE.sub(_replace, text)


def surely_safe_lines(text: str) -> bool:
    """Whether ``text`` certainly holds nothing ``safe_text(text, keep_breaks=True)``
    replaces (one quick scan; False: it may). Every format and separator character is
    unsafe, so True also means no zero-width character and no U+2028/U+2029."""
    return _MAYBE_UNSAFE_BUT_BREAKS.search(text) is None


def is_safe(text: str, *, keep_breaks: bool = False) -> bool:
    """Whether ``text`` holds nothing :func:`safe_text` would replace."""
    return safe_text(text, keep_breaks=keep_breaks) == text


def safe_json(value: object, *, indent: int | None = 2) -> str:
    """``value`` as JSON for standard output: UTF-8 text, but every character
    :func:`safe_text` would replace written as a ``\\u`` escape.

    ``json.dumps`` escapes C0 controls itself but leaves C1 controls, bidi and zero-width
    characters raw with ``ensure_ascii=False``, and a lone surrogate (a file name that is
    not UTF-8) then fails to print. Escaped, the output holds no such character and a
    JSON reader gets the exact strings back (Python's ``json`` the lone surrogates too).
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # Strings hold no raw line feed or tab (json escapes them); the indentation's stay.
    if _MAYBE_UNSAFE_BUT_BREAKS.search(text) is None:
        return text
    return _UNSAFE_BUT_BREAKS.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # outside the BMP: a surrogate pair, as JSON writes it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def safe_path(path: os.PathLike[str] | str) -> str:
    """A path as a safe one-line string (a name that is not UTF-8 shows its odd bytes)."""
    return safe_text(os.fspath(path))
