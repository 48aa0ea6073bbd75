"""The user's own highlight terms, kept across runs, and the colours of highlighted words.

No Textual import. Terms live in ``data_dir()/highlights.json`` (``{"terms": [...]}``)
through ``tui.state.JsonStore``: checked when read (a corrupt file set aside and reported
through ``take_problem()``), each add or remove merged into the file as it is now under
its lock (another running reader's terms and unknown keys are kept).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tui import ui_text
from tui.state import Checked, JsonStore, Unusable, data_dir, kind_name, wrong_kind

FILE_NAME = "highlights.json"
MAX_TERM = 40
"""Longer terms are refused (a highlight term is a word or a phrase, not a sentence)."""

KEYWORD_STYLES = (
    "black on #ffd166",
    "black on #8ecae6",
    "black on #b5e48c",
    "black on #f4a3a8",
    "black on #cdb4db",
    "black on #ffb86b",
    "black on #a8dadc",
    "black on #e9c46a",
    "black on #95d5b2",
    "black on #d4a5a5",
)
"""One style per top keyword (``h``), in rank order."""
USER_STYLE = "bold #ffffff on #c1121f"
"""The user's own highlight terms."""


def keyword_styles(terms: list[str]) -> dict[str, str]:
    """A style for each of ``terms`` in order, cycling through ``KEYWORD_STYLES``."""
    return {term: KEYWORD_STYLES[i % len(KEYWORD_STYLES)] for i, term in enumerate(terms)}


def check_highlights(value: dict[str, Any]) -> Checked:
    """``highlights.json``: ``terms`` a list of strings; other items left out (and named)."""
    terms = value.get("terms", [])
    if not isinstance(terms, list):
        raise Unusable(wrong_kind("terms", list, terms))
    value["terms"] = [term for term in terms if isinstance(term, str)]
    dropped = [
        ui_text.HIGHLIGHT_TERM_WRONG_KIND(number=n, actual=kind_name(term))
        for n, term in enumerate(terms, 1)
        if not isinstance(term, str)
    ]
    return value, dropped


def _clean(raw: list[str]) -> list[str]:
    terms: list[str] = []
    for term in raw:
        if term.strip() and term.strip() not in terms:
            terms.append(term.strip())
    return terms


class Highlights:
    """The user's highlight terms, in the order they were added."""

    def __init__(self, path: Path | None = None) -> None:
        self.store = JsonStore(path or data_dir() / FILE_NAME, {"terms": []}, check_highlights)
        loaded = self.store.load()
        self._problem = self.store.take_problem()
        self._terms: list[str] = _clean(loaded["terms"])

    @property
    def path(self) -> Path:
        """The JSON file."""
        return self.store.path

    def take_problem(self) -> str | None:
        """What went wrong loading the file (once), or None."""
        problem, self._problem = self._problem, None
        return problem

    def terms(self) -> list[str]:
        """The terms, oldest first."""
        return list(self._terms)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term.strip() in self._terms

    def add(self, term: str) -> bool:
        """Add ``term`` and save; False when it is empty, too long or already there."""
        term = term.strip()
        if not term or len(term) > MAX_TERM or term in self._terms:
            return False
        self._terms.append(term)
        self._save(term, True)
        return True

    def remove(self, term: str) -> bool:
        """Remove ``term`` and save; False when it was not there."""
        term = term.strip()
        if term not in self._terms:
            return False
        self._terms.remove(term)
        self._save(term, False)
        return True

    def toggle(self, term: str) -> bool:
        """Add ``term`` if absent, else remove it; True when it is now a highlight term."""
        if term.strip() in self._terms:
            self.remove(term)
            return False
        return self.add(term)

    def styles(self) -> dict[str, str]:
        """``{term: USER_STYLE}`` for the reader."""
        return dict.fromkeys(self._terms, USER_STYLE)

    def _save(self, term: str, added: bool) -> None:
        """Merge the change into the file (raises ``WriteFailed``; the change is kept here)."""

        def change(stored: dict[str, Any]) -> dict[str, Any]:
            terms = [t for t in stored["terms"] if t.strip() != term]
            stored["terms"] = [*terms, term] if added else terms
            return stored

        merged = self.store.update(change)
        self._terms = _clean(merged["terms"])
        problem = self.store.take_problem()
        if problem:
            self._problem = problem
