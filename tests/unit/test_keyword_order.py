"""The keywords of the reader's speech first: the order the speeches are counted in
(``keyword_feed.next_speeches``), the IDF estimated from the speeches counted so far
(``IdfTable.estimated``), and ``keyword_feed.prioritised_keywords`` giving the current speech's
keywords early, then every speech's as the engine ranks them."""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from pathlib import Path

import pytest

from tests.documents import collection_keywords, corpus_collection
from tui.engine import keywords
from tui.engine.keywords import IdfTable, Keyword
from tui.engine.model import Document
from tui.jobs import keyword_feed, opening
from tui.services import Background

SIZES = [10] * 12

ORDER_CASES = [
    # (wanted, done, budget, sample, expected)
    (None, [], 25, 0, [0, 1, 2]),  # in order, until the budget is reached or passed
    (None, [0, 1], 25, 0, [2, 3, 4]),
    (5, [], 25, 0, [5, 6, 7]),  # the wanted speech first, then on from it
    (10, [], 35, 0, [10, 11, 0, 1]),  # wrapping round
    (5, [5, 6], 25, 0, [7, 8, 9]),  # the wanted one counted already: on from it
    (5, [], 1, 0, [5]),  # at least one speech
    (2, [], 25, 4, [2, 0, 3, 6, 9]),  # the first message: wanted and a sample spread evenly
    (3, [], 25, 4, [3, 0, 6, 9]),  # (the wanted one not twice)
    (None, [], 25, 4, [0, 1, 2]),  # no wanted speech: no sample
    (11, list(range(11)), 25, 0, [11]),  # the last one left
]


@pytest.mark.parametrize(
    ("wanted", "done", "budget", "sample", "expected"),
    ORDER_CASES,
    ids=[
        "order",
        "order-after-done",
        "wanted-first",
        "wraps",
        "wanted-done",
        "one",
        "sample",
        "sample-no-twice",
        "no-wanted-no-sample",
        "last",
    ],
)
def test_next_speeches(
    wanted: int | None, done: list[int], budget: int, sample: int, expected: list[int]
) -> None:
    flags = [i in done for i in range(len(SIZES))]
    assert keyword_feed.next_speeches(SIZES, flags, wanted, budget, sample) == expected


def test_the_helper_keeps_each_speech_s_counts_under_its_index(tmp_path: Path) -> None:
    """The speeches of a message come with their indexes, in the order they are sent (the
    reader's speech first): the helper keeps the counts by speech, ranks an early one by
    its index, and gives the final keywords in speech order, as one process ranks them."""
    texts = [["营商环境优化营商环境。"], ["乡村振兴产业振兴。"], ["科技创新人才培养。"]]
    path = tmp_path / "合集.txt"
    request = "by-speech"
    assert keyword_feed.count_speech_texts(request, 0, [texts[2], texts[0]], [2, 0]) == 2
    early = keyword_feed.rank_counted(request, [2], 3, 5)
    assert {k.term for k in early[0]} >= {"科技创新"}
    assert keyword_feed.count_speech_texts(request, 2, [texts[1]], [1]) == 3
    found = keyword_feed.counted_keywords(request, path, None, 5, 3)
    idf = keywords.folder_idf(tmp_path)
    assert found == [keywords.rank(keywords.count_words(text), idf, 5) for text in texts]
    with pytest.raises(keyword_feed.CountsLost):  # given to the ranking once
        keyword_feed.counted_keywords(request, path, None, 5, 3)


def test_text_batches_are_consecutive_speeches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyword_feed, "SEND_CHARS", 5)
    texts = [["一二三"], ["四五"], ["六"], ["七八九十"]]
    assert keyword_feed.text_batches(texts) == [[["一二三"], ["四五"]], [["六"], ["七八九十"]]]
    assert keyword_feed.text_batches([]) == [[]]


def test_estimated_idf_scales_the_counted_speeches() -> None:
    """A word in half of the speeches counted is taken to be in half of all; with every
    speech counted the estimate is the table itself."""
    counted = [Counter({"营商环境": 1, "招商": 1}), Counter({"营商环境": 2}), Counter({"园区": 1})]
    counted.append(Counter({"招商": 3}))
    estimated = IdfTable.estimated(counted, 40)
    full = IdfTable(Counter({"营商环境": 20, "招商": 20, "园区": 10}), 40)
    for word in ("营商环境", "招商", "园区", "没说过"):
        assert math.isclose(estimated.local(word), full.local(word)), word
    whole = IdfTable.estimated(counted, len(counted))
    plain = IdfTable()
    for counts in counted:
        plain.add_speech(counts)
    assert whole.scale == 1.0 and whole.speeches == plain.speeches == 4
    assert [whole.local(w) for w in ("营商环境", "园区")] == [
        plain.local(w) for w in ("营商环境", "园区")
    ]


@pytest.fixture
def collection(tmp_path: Path) -> tuple[Path, Document, list[list[Keyword]]]:
    """The bundled corpus once as one file alone in its folder, parsed as the reader does,
    and its keywords as the engine ranks a copy of it in one process (``collection_keywords``:
    once per test process)."""
    path = corpus_collection(tmp_path, 1)
    return path, opening.load(path), collection_keywords(20)


@pytest.mark.parametrize("batch", [1, 10_000], ids=["one-speech-a-message", "some"])
def test_the_current_speech_comes_early_and_a_speech_moved_to_next(
    collection: tuple[Path, Document, list[list[Keyword]]],
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
) -> None:
    """The speech the reader is in is counted first (with a sample for the IDF) and its
    keywords come before the others are counted; a speech moved to is counted next, alone,
    and ranked at once; the result is every speech's keywords as the engine ranks them."""
    path, document, expected = collection
    speeches = len(document.speeches)
    assert speeches > keyword_feed.SAMPLE_SPEECHES + 2
    monkeypatch.setattr(keyword_feed, "BATCH_CHARS", batch)  # (a speech: some 7,000 characters)
    sent: list[list[list[str]]] = []
    real_count = keyword_feed.count_speech_texts

    def count(request: str, first: int, texts: list[list[str]], speeches: list[int]) -> int:
        sent.append(texts)
        return real_count(request, first, texts, speeches)

    monkeypatch.setattr(keyword_feed, "count_speech_texts", count)
    texts = keyword_feed.speech_texts(path, document)[1]
    sample = sorted(
        {speeches * i // keyword_feed.SAMPLE_SPEECHES for i in range(keyword_feed.SAMPLE_SPEECHES)}
    )
    start = next(i for i in range(speeches) if i not in sample)
    moved_to = next(i for i in range(speeches - 1, 0, -1) if i not in sample and i != start + 1)
    current = [start]
    early: list[tuple[dict[int, list[Keyword]], int]] = []

    def got_early(found: dict[int, list[Keyword]], counted: int) -> None:
        early.append((found, counted))
        if found and start in found:
            current[0] = moved_to  # the reader moves on as the first keywords show

    background = Background(processes=False)
    try:
        found = asyncio.run(
            keyword_feed.prioritised_keywords(
                background,
                path,
                document,
                20,
                current=lambda: current[0],
                early=got_early,
            )
        )
    finally:
        background.shutdown()
    assert found == expected
    # First the current speech with the sample, then the speech moved to.
    assert sent[0] == [texts[start]] + [texts[i] for i in sample]
    assert sent[1] == [texts[moved_to]]
    # Each came early, ranked before all were counted, with what was counted then.
    firsts = [(sorted(found), counted) for found, counted in early if found]
    assert firsts == [([start], len(sample) + 1), ([moved_to], len(sample) + 2)]
    for found_early, counted in early:
        assert counted < speeches
        for speech, listed in found_early.items():
            assert listed and {k.term for k in listed[:10]} & {k.term for k in expected[speech]}
    # Then the others from the speech moved to on, wrapping round.
    rest = [i for i in range(moved_to + 1, speeches) if i not in sample and i != start]
    after = [speech for message in sent[2:] for speech in message]
    assert after[: len(rest)] == [texts[i] for i in rest]
    assert sum(map(len, sent)) == speeches
    assert (max(map(len, sent[2:])) > 1) == (batch > 1)


def test_without_a_current_speech_nothing_comes_early(
    collection: tuple[Path, Document, list[list[Keyword]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``helper_keywords`` (no current speech): the speeches in order, none early."""
    path, document, expected = collection
    monkeypatch.setattr(keyword_feed, "SEND_CHARS", 1)
    background = Background(processes=False)
    try:
        found = asyncio.run(keyword_feed.helper_keywords(background, path, document, 20))
    finally:
        background.shutdown()
    assert found == expected
