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
from textual.style import Style as TextualStyle

from tui.base.safetext import safe_text

__all__ = ["WordsMatcher", "label", "markup", "palette_prompt"]


def label(text: str, style: str | Style = "") -> Text:
    """``text`` made safe, as a one-line rich ``Text`` (never parsed as markup)."""
    return Text(safe_text(text), style=style)


def markup(text: str) -> str:
    """``text`` made safe and escaped, for the places that only take markup strings
    (the palette's help line): every ``[`` escaped. Textual's ``escape`` leaves a tag cut
    short unescaped — a speech name ``…[red]营商[/red]`` shortened to ``…[/r…`` — and its
    markup parser then took ``[/r…`` for a closing tag: the palette's worker failed
    (``MarkupError``) and listed nothing for the file."""
    return safe_text(text).replace("[", "\\[")


class WordsMatcher(Matcher):
    """Textual's fuzzy matcher, the query's words (split at spaces) each matched on its
    own, in any order, as most fuzzy finders do: ``h04_hush pdf`` found nothing (Textual
    matches the query's space as a character of the name) while ``h04_hush`` listed the
    PDFs. A name matches when every word does; its score is the mean of the words' scores
    (each Textual's: its letters together, at word starts, score higher), so the ranking of
    one word is Textual's own."""

    def __init__(
        self,
        query: str,
        *,
        match_style: TextualStyle | None = None,
        case_sensitive: bool = False,
    ) -> None:
        super().__init__(query, match_style=match_style, case_sensitive=case_sensitive)
        self.words = [
            Matcher(word, match_style=match_style, case_sensitive=case_sensitive)
            for word in query.split()
        ]

    def match(self, candidate: str) -> float:
        if not self.words:
            return super().match(candidate)
        total = 0.0
        for word in self.words:
            score = word.match(candidate)
            if score <= 0:
                return 0.0
            total += score
        return total / len(self.words)

    def offsets(self, candidate: str) -> set[int]:
        """The characters of ``candidate`` the words matched (to highlight)."""
        found: set[int] = set()
        for word in self.words or [self]:
            score, offsets = word.fuzzy_search.match(word.query, candidate)
            if not score:
                return set()
            found.update(offsets)
        return found


def palette_prompt(matcher: WordsMatcher, text: str) -> Content:
    """A palette hit's prompt: ``text`` made safe, the query's letters highlighted (the
    words' matches, ``WordsMatcher.offsets``: every provider of the palette matches so).

    ``Matcher.highlight`` reads its candidate as markup; this builds the same
    highlighting on plain ``Content``. ``text`` should be what was matched (safe already).
    """
    text = safe_text(text)
    content = Content(text)
    for offset in sorted(matcher.offsets(text)):
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
