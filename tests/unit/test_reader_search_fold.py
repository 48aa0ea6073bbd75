"""The reader's find (``tui.reader_search``) reads traditional and simplified spellings alike,
on the file's own characters, and keeps each document's folded text for that document only."""

from __future__ import annotations

from tests.documents import build_document
from tui.reader_search import Match, SearchMatches


def test_find_matches_either_spelling_and_forgets_the_last_documents_text() -> None:
    traditional = build_document([(None, [("body", "我們要講話。關於講話，要認真。")])])
    simplified = build_document([(None, [("body", "关于这一点，大家要认真落实讲话精神。")])])
    find = SearchMatches()
    find.find(traditional, [0], "讲话")
    assert find.matches == [Match(0, 3, 5), Match(0, 8, 10)]
    find.find(traditional, [0], "關於 -沒有")
    assert find.matches == [Match(0, 6, 8)]
    # Another document (same paragraph numbers): its own text, not the last one's.
    find.find(simplified, [0], "講話")
    assert find.matches == [Match(0, 13, 15)]
    find.find(traditional, [0], "讲话")
    assert len(find.matches) == 2
