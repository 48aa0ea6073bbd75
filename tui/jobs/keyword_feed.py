"""Each speech's keywords, computed in the helper process (jieba's start and cut keep the
GIL for long stretches: ``tests/bench/bench_background.py``) from the speeches' texts the UI
has parsed, sent batch by batch (docs/keywords.md).

In the helper: ``warm_keywords`` (jieba and its tables), ``count_speech_texts`` (the counts
of the speeches sent so far, kept by request), ``rank_counted`` (early keywords with an
estimated IDF), ``counted_keywords`` (the final ranking with the folder IDF). In the keyword
panel's worker, on the UI's event loop: ``prioritised_keywords``, which sends the texts, the
reader's speech first (``next_speeches`` plans the order), and ``helper_keywords`` (the same
in speech order, nothing early).
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.engine.keywords import Keyword
    from tui.engine.model import Document
    from tui.services import Background


SEND_CHARS = 500_000
"""Characters of speech text sent to the helper in one message (``helper_keywords``)."""


class CountsLost(RuntimeError):
    """The helper lost the counts sent so far (it died and the work moved to a thread)."""


_counted: dict[str, dict[int, Counter[str]]] = {}
"""In the helper: the content-word counts of the speeches sent so far, by request and speech."""


def warm_keywords() -> None:
    """Load jieba's general IDF table, then jieba and the domain dictionary (0.5-1.6 s).

    In this order for a lower peak: the table's transients come before any speech is
    counted, and before jieba's dictionary, which then reuses their freed memory (the
    helper's peak at its start 115 → 99 MB, measured in one process each way).
    """
    from tui.engine import keywords

    keywords.general_idf()
    keywords.tokenizer()


def speech_texts(path: Path, document: Document) -> tuple[tuple[int, int] | None, list[list[str]]]:
    """On a thread: each speech's texts whose words count (``keywords.paragraph_texts``),
    and the file's (mtime_ns, size) if ``document`` is the file as it is now (the one the
    reader parsed and remembered), else None. The texts are the document's own strings."""
    from tui.base.files import stamp_of
    from tui.engine.doccache import known_document
    from tui.engine.keywords import paragraph_texts

    texts = [paragraph_texts(document, s.first, s.end) for s in document.speeches]
    stamp = stamp_of(path) if known_document(path) is document else None
    return (None if stamp is None else (stamp.mtime_ns, stamp.size)), texts


def count_speech_texts(
    request: str, first: int, texts: list[list[str]], speeches: list[int]
) -> int:
    """In the helper: count the content words of ``speeches`` (their ``texts``) of
    ``request``, after the ``first`` speeches sent before.

    Returns how many speeches of the request are counted. Raises ``CountsLost`` when the
    counts of the speeches sent before are not here (the helper died between two messages
    and this one runs on a thread of the UI's process).
    """
    from tui.engine import keywords

    if first == 0:
        _counted.clear()  # one request at a time: an abandoned one is dropped
        _counted[request] = {}
    counts = _counted.get(request)
    if counts is None or len(counts) != first:
        raise CountsLost(request)
    for speech, text in zip(speeches, texts, strict=True):
        counts[speech] = keywords.count_words(text)
    return len(counts)


def counted_keywords(
    request: str, path: Path, stamp: tuple[int, int] | None, top: int, speeches: int
) -> list[list[Keyword]]:
    """In the helper: the top ``top`` keywords of each of the ``speeches`` speeches counted
    for ``request``, in speech order, with the speeches of ``path``'s folder as IDF. With
    ``stamp`` (the file's mtime and size when the UI parsed it) the counts stand for the
    file in the folder IDF, so the file is not parsed here."""
    from tui.engine import keywords

    counts = _counted.pop(request, {} if speeches == 0 else None)  # (none: nothing was sent)
    if counts is None or len(counts) != speeches:
        raise CountsLost(request)
    in_order = [counts[speech] for speech in range(speeches)]
    if stamp is not None:
        keywords.remember_file_counts(path, stamp, in_order)
    idf = keywords.folder_idf(path.parent)
    return [keywords.rank(found, idf, top) for found in in_order]


def rank_counted(request: str, wanted: list[int], speeches: int, top: int) -> list[list[Keyword]]:
    """In the helper: the top ``top`` keywords of the ``wanted`` speeches of ``request``
    (counted), before all ``speeches`` are counted: with an IDF estimated from the speeches
    counted so far (``IdfTable.estimated``; the folder's other files left out)."""
    from tui.engine import keywords

    counts = _counted.get(request)
    if counts is None:
        raise CountsLost(request)
    idf = keywords.IdfTable.estimated(counts.values(), speeches)
    return [keywords.rank(counts[speech], idf, top) for speech in wanted]


async def helper_keywords(
    service: Background, path: Path, document: Document, top: int
) -> list[list[Keyword]]:
    """The top ``top`` keywords of each speech of ``document`` (of ``path``), computed in
    the helper process, awaited on the UI's event loop (a Textual worker): the speeches
    in order, with no early keywords (``prioritised_keywords`` without ``current``)."""
    return await prioritised_keywords(service, path, document, top)


async def prioritised_keywords(
    service: Background,
    path: Path,
    document: Document,
    top: int,
    current: Callable[[], int | None] | None = None,
    early: Callable[[dict[int, list[Keyword]], int], None] | None = None,
) -> list[list[Keyword]]:
    """The top ``top`` keywords of each speech of ``document`` (of ``path``), computed in
    the helper process, awaited on the UI's event loop (the keyword panel's worker).

    The helper gets the speeches' texts from the UI, one message after the other, instead
    of parsing the file again: a 10 MB file's parse there took 24 MB above jieba's
    dictionary, its whole text in one message more. If the helper dies between two
    messages (``CountsLost``), the texts are sent again from the first; the service runs
    them on a thread then.

    With ``current`` (asked before every message: the speech the reader is in), that
    speech is counted first, with ``SAMPLE_SPEECHES`` spread over the file, and then the
    others in batches of ``BATCH_CHARS`` from it on (a speech moved to that is not
    counted yet goes next, alone); whenever the current speech is
    counted and not yet ranked, it is ranked with an IDF estimated from the speeches
    counted so far (``IdfTable.estimated``) and given to ``early(found, counted)``
    (``found``: speech index → keywords; also called with ``{}`` after each batch, for the
    progress). Without them, ``SEND_CHARS`` at a time in order. The result is always the
    ranking over every speech (and the folder's other files), as before.
    """
    import asyncio  # (the helper process, which imports this module, needs no asyncio)

    stamp, texts = await asyncio.wrap_future(service.submit(speech_texts, path, document))
    request = f"{os.getpid()}-{next(_requests)}"
    send = _KeywordSend(service, request, texts, top, current, early)
    try:
        await send.count_all()
    except CountsLost:  # the helper died between two messages: again, on a thread now
        send = _KeywordSend(service, request, texts, top, current, early)
        await send.count_all()
    return await asyncio.wrap_future(
        service.submit_process(counted_keywords, request, path, stamp, top, len(texts))
    )


SAMPLE_SPEECHES = 8
"""Speeches spread over a file counted with the current one in the first message: what the
first keywords' IDF is estimated from (8: the top 10 of a speech of the 10 MB collection
share 9.6 terms on average with the final ranking's; the current speech alone, 8.2)."""
BATCH_CHARS = 30_000
"""Characters a message after the first (``prioritised_keywords`` with ``current``): a
speech moved to waits for at most one such batch (about 0.1 s of a core; more at the
helper's lower priority on a busy machine) before its own, which is sent alone."""


class _KeywordSend:
    """One request's texts sent to the helper in the order ``next_speeches`` plans."""

    def __init__(
        self,
        service: Background,
        request: str,
        texts: list[list[str]],
        top: int,
        current: Callable[[], int | None] | None,
        early: Callable[[dict[int, list[Keyword]], int], None] | None,
    ) -> None:
        self.service, self.request, self.texts, self.top = service, request, texts, top
        self.current, self.early = current, early
        self.sizes = [sum(map(len, speech)) for speech in texts]
        self.done = [False] * len(texts)
        self.counted = 0
        """How many speeches are counted (``done``)."""
        self.ranked: set[int] = set()

    def wanted(self) -> int | None:
        found = self.current() if self.current is not None else None
        return found if found is not None and 0 <= found < len(self.texts) else None

    async def count_all(self) -> None:
        """Send every speech's texts, a message at a time."""
        import asyncio

        service, total = self.service, len(self.texts)
        budget = SEND_CHARS if self.current is None else BATCH_CHARS
        while True:
            wanted = self.wanted()
            if wanted is not None and self.done[wanted] and wanted not in self.ranked:
                await self._rank_early(wanted)
            if self.counted == total:
                return
            if not self.counted:
                batch = next_speeches(self.sizes, self.done, wanted, budget, SAMPLE_SPEECHES)
            elif wanted is not None and not self.done[wanted]:
                batch = [wanted]  # moved to: alone, ranked as soon as can be
            else:
                batch = next_speeches(self.sizes, self.done, wanted, budget)
            await asyncio.wrap_future(
                service.submit_process(
                    count_speech_texts,
                    self.request,
                    self.counted,
                    [self.texts[i] for i in batch],
                    batch,
                )
            )
            self.counted += len(batch)
            for index in batch:
                self.done[index] = True
            if self.early is not None and self.counted < total:
                now = self.wanted()
                if now is not None and self.done[now] and now not in self.ranked:
                    await self._rank_early(now)  # (says the progress with it)
                else:
                    self.early({}, self.counted)

    async def _rank_early(self, speech: int) -> None:
        """Rank ``speech`` (counted) before the others are: ``early`` gets its keywords,
        unless what is left to count is little (the final ranking comes as soon)."""
        import asyncio

        self.ranked.add(speech)
        left = sum(size for size, done in zip(self.sizes, self.done, strict=True) if not done)
        if self.early is None or left <= BATCH_CHARS:
            return
        found = await asyncio.wrap_future(
            self.service.submit_process(
                rank_counted, self.request, [speech], len(self.texts), self.top
            )
        )
        self.early({speech: found[0]}, self.counted)


def next_speeches(
    sizes: list[int], done: list[bool], wanted: int | None, budget: int, sample: int = 0
) -> list[int]:
    """The speeches to count next: ``wanted`` first (unless done), then ``sample`` speeches
    spread evenly over the file, then the others from ``wanted`` on (from the first
    without one), wrapping round, until the batch holds ``budget`` characters of text
    (``sizes``) or more; at least one speech while any is left."""
    total = len(sizes)
    start = wanted if wanted is not None else 0
    batch: list[int] = []
    size = 0
    if wanted is not None and not done[wanted]:
        batch.append(wanted)
        size += sizes[wanted]
    if sample and wanted is not None:
        for index in sorted({total * i // sample for i in range(sample)}):
            if not done[index] and index not in batch:
                batch.append(index)
        return batch
    for step in range(total):
        if batch and size >= budget:
            break
        index = (start + step) % total
        if not done[index] and index not in batch[:1]:
            batch.append(index)
            size += sizes[index]
    return batch


_requests = itertools.count()


def text_batches(texts: list[list[str]]) -> list[list[list[str]]]:
    """Consecutive speeches in batches of about ``SEND_CHARS`` characters (at least one):
    the messages of ``helper_keywords``."""
    sizes = [sum(map(len, speech)) for speech in texts]
    done = [False] * len(texts)
    batches: list[list[list[str]]] = []
    while not all(done):
        batch = next_speeches(sizes, done, None, SEND_CHARS)
        for index in batch:
            done[index] = True
        batches.append([texts[i] for i in batch])
    return batches or [[]]
