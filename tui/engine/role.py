"""The framing roles a segment or paragraph can have (``Role``: body, title, title-block
line, salutation, closing), shared by the roles pass (``roles``) and the stages after it
(``reflow``, ``speeches``, ``assemble``). Which line gets which role is decided in ``roles``
and the modules it calls, not here.
"""

from __future__ import annotations

from enum import IntEnum

INNER_BREAKERS = "，、；“‘（《(,;"
"""A line ending with one of these certainly goes on in the next line."""


class Role(IntEnum):
    """What framing part of a speech a segment or paragraph is."""

    BODY = 0
    TITLE = 1
    HEADER = 2
    SALUTATION = 3
    CLOSING = 4


# The roles as module constants, for the per-segment and per-paragraph loops (a member looked
# up on its enum class, ``Role.BODY``, is an attribute lookup each time). Measured with
# ``bench_engine.py --turns 7 --against`` (5 December 2026): the 10 MB parse's CPU with
# ``Role.X`` everywhere 361.6 ms (357.3-372.8) against 342.1 ms (335.4-351.0) with these
# names, so they stay (performance.md, "Kept").
BODY, TITLE, HEADER, SALUTATION, CLOSING = Role
