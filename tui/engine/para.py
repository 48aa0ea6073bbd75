"""A paragraph while the document is built (``Para``), and the marks that end a sentence.

The re-flow (``reflow.py``) makes these from the cleaned segments; the speeches, the
outline and the assembly read them; the model's ``Paragraph`` comes last.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.base import patterns
from tui.engine.markers import Marker
from tui.engine.role import Role
from tui.engine.segment import SENTENCE_END

FULL_STOP = patterns.compile("[。！？]")
END_CHARS = frozenset(SENTENCE_END)
"""The characters a sentence ends with (as a set: the empty string is not in it)."""


@dataclass(slots=True)
class Para:
    """A paragraph while the document is built (the model's ``Paragraph`` comes last)."""

    text: str
    line: int
    end_line: int
    role: Role = Role.BODY
    noise: bool = False
    marker: Marker | None = None
    parts: int = 1
    back: bool = False
    md: int = 0
    """The depth of the Markdown ``#`` heading line the paragraph is (0: none)."""
    bullet: bool = False
    """The paragraph is an item of a bulleted list (``- 第一点，…``)."""
    shown: int = 0
    shown_end: int = 0
    """The lines of the text as read that the paragraph starts and ends on, where those are not
    the source's (``Segment.shown``: lines given back to a one-line text); 0: its source lines."""
