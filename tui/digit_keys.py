"""The ten digit keys, by themselves: the reader and the outline (a count's keys) and the
help and ``docs/keys.md`` (one row of ten) read them from here.

They were in ``tui.keymap``, whose import (its ``Place`` and ``KeyRow`` dataclasses,
``inspect``, ``pkgutil``) the reader's and the outline's modules paid on the way to the
first screen for this one set; the help screen and ``tui.keyref`` still import ``keymap``
when used (docs/performance-log.md, firsttext30).
"""

from __future__ import annotations

from collections.abc import Iterable

DIGIT_KEYS = frozenset("0123456789")
"""Key names of the digits (Textual names them by their character): the keys of a count
(``count_digit``, the reader's and the outline's), one row of ten in the help, shown as
``DIGITS_SHOWN``."""
DIGITS_SHOWN = "0–9"
"""The ten digit keys as one: "1 / 2 / 3 / 4 / 5 / 6 / 7 / 8 / 9 / 0" took two lines of
the help's key column at 80 columns, its last two keys under the rest."""


def all_digits(keys: Iterable[str]) -> bool:
    """Whether ``keys`` are the ten digit keys (in any order)."""
    listed = list(keys)
    return len(listed) == len(DIGIT_KEYS) and set(listed) == DIGIT_KEYS
