"""Untrusted text (file names, text from files) as Textual labels: never raw, never markup.

``tui.base.safetext.safe_text`` makes the text harmless for a terminal; these helpers
then hand it to Textual as a ``Text``/``Content`` object, or escaped, because a ``str``
given to a ``Tree`` node, a ``Static`` or the command palette is parsed as markup: a file
named ``[@click=app.quit]x.txt`` would become a link that quits the app.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tui.base.safetext import safe_text

__all__ = ["label", "markup", "palette_prompt"]


def label(text: str, style: str | Style = "") -> Text:
    """``text`` made safe, as a one-line rich ``Text`` (never parsed as markup)."""
    return Text(safe_text(text), style=style)


def markup(text: str) -> str:
    """``text`` made safe and escaped, for the places that only take markup strings
    (the palette's help line)."""
    return escape(safe_text(text))


def palette_prompt(matcher: Matcher, text: str) -> Content:
    """A palette hit's prompt: ``text`` made safe, the query's letters highlighted.

    ``Matcher.highlight`` reads its candidate as markup; this builds the same
    highlighting on plain ``Content``. ``text`` should be what was matched (safe already).
    """
    text = safe_text(text)
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
