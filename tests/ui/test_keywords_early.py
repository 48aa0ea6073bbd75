"""K on a file of many speeches: the keywords of the speech the reader is in show before
the others are counted (marked preliminary, with how many are counted), a speech moved
to is counted next and its keywords shown, ``h``'s highlights follow, and once every
speech is counted the final ranking replaces them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.documents import collection_keywords, corpus_collection
from tests.ui.conftest import settle, until
from tui.app import make_app
from tui.engine.keywords import Keyword
from tui.jobs import keyword_feed
from tui.services import Background

pytestmark = pytest.mark.usefixtures("jieba_cache")


class Gate:
    """Lets ``count_speech_texts`` count a number of messages, then holds it."""

    def __init__(self, allowed: int) -> None:
        self.allowed = allowed
        self.sent: list[list[list[str]]] = []
        self.changed = threading.Condition()

    def allow(self, more: int) -> None:
        with self.changed:
            self.allowed += more
            self.changed.notify_all()

    def wrap(self, real):  # type: ignore[no-untyped-def]
        def count(request: str, first: int, texts: list[list[str]], speeches: list[int]) -> int:
            with self.changed:
                if not self.changed.wait_for(lambda: len(self.sent) < self.allowed, 30):
                    raise TimeoutError("the test never let this batch through")
                self.sent.append(texts)
            return real(request, first, texts, speeches)

        return count


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    """One speech a message after the first; the first message let through, then held."""
    held = Gate(allowed=1)
    monkeypatch.setattr(
        keyword_feed, "count_speech_texts", held.wrap(keyword_feed.count_speech_texts)
    )
    monkeypatch.setattr(keyword_feed, "BATCH_CHARS", 1)
    return held


async def test_the_reader_s_speech_first_then_the_one_moved_to_then_all(
    tmp_path: Path, gate: Gate
) -> None:
    path = corpus_collection(tmp_path, 1)
    app = make_app(path, background=Background(processes=False))  # the gate is here
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            await settle(app, pilot)
            screen = app.main_screen
            panel = screen.keyword_panel
            document = screen.reader.document
            assert document is not None and screen.complete
            total = len(document.speeches)
            sample = {
                total * i // keyword_feed.SAMPLE_SPEECHES
                for i in range(keyword_feed.SAMPLE_SPEECHES)
            }
            start = next(i for i in range(total) if i not in sample)
            screen.jump_to_paragraph(document.speeches[start].first)
            await until(pilot, lambda: panel.speech == start, "the reader in the speech")

            def heading() -> str:
                return panel.heading.text

            await pilot.press("h")  # keyword highlights on: they follow what is listed
            await pilot.press("K")
            await until(pilot, lambda: bool(panel.current_keywords()), "the first keywords")
            # Only the first message was counted: the speech and the sample.
            assert len(gate.sent) == 1 and len(gate.sent[0]) == len(sample) + 1
            assert panel.preliminary and not panel.computed
            counted = len(sample) + 1
            assert (
                heading() == f"关键词 · 第{start + 1}/{total}篇\n初步 · 已统计 {counted}/{total} 篇"
            )
            first = panel.current_keywords()
            lit = [k.term for k in first[:10]]
            await until(pilot, lambda: list(screen.reader.highlight_terms) == lit, "lit")

            # Moved to a speech not counted: it is said to be counted, and counted next.
            after = next(i for i in range(start + 1, total) if i not in sample)
            moved_to = next(i for i in range(total - 1, after, -1) if i not in sample)
            screen.jump_to_paragraph(document.speeches[moved_to].first)
            await until(pilot, lambda: panel.speech == moved_to, "the panel on the new speech")
            assert panel.current_keywords() == []
            await until(pilot, lambda: screen.reader.highlight_terms == {}, "no highlights")
            options = [
                str(panel.options.get_option_at_index(i).prompt)
                for i in range(panel.options.option_count)
            ]
            assert options == ["本篇计算中…"]
            # The message sent before the move (the next speech not counted), then this one.
            gate.allow(2)
            await until(pilot, lambda: bool(panel.current_keywords()), "the new speech's words")
            assert len(gate.sent) == 3
            texts = keyword_feed.speech_texts(path, document)[1]
            assert gate.sent[1:] == [[texts[after]], [texts[moved_to]]]
            assert heading().endswith(f"初步 · 已统计 {counted + 2}/{total} 篇")
            moved = [k.term for k in panel.current_keywords()[:10]]
            await until(pilot, lambda: list(screen.reader.highlight_terms) == moved, "lit")

            # Back to the first speech: its early keywords again, at once.
            screen.jump_to_paragraph(document.speeches[start].first)
            await until(pilot, lambda: panel.speech == start, "back")
            assert panel.current_keywords() == first
            app.switch_language("en")
            await until(pilot, lambda: "Preliminary" in heading(), "the heading in English")
            # in words, not "3/10 counted" (the count of what?)
            assert heading().endswith(f"\nPreliminary: {counted + 2} of {total} speeches counted")
            app.switch_language("zh")

            gate.allow(total)
            await until(pilot, lambda: panel.computed, "every speech counted")
            assert not panel.preliminary and "初步" not in heading()
            final = collection_keywords(20)  # (ranked by the engine in one process)
            assert panel.current_keywords() == final[start]
            lit = [k.term for k in final[start][:10]]
            await until(pilot, lambda: list(screen.reader.highlight_terms) == lit, "lit")
            assert sorted(map(len, gate.sent)) == [1] * (total - counted) + [counted]
    finally:
        gate.allow(10_000)


async def test_a_small_file_shows_the_final_keywords_only(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose speeches fit in the first message: no early ranking, none preliminary."""
    ranked: list[object] = []
    real_rank = keyword_feed.rank_counted

    def rank(*args: object) -> list[list[Keyword]]:
        ranked.append(args)
        return real_rank(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(keyword_feed, "rank_counted", rank)
    app = make_app(speech_dir / "甲讲话.txt", background=Background(processes=False))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        panel = app.main_screen.keyword_panel
        await pilot.press("K")
        await until(pilot, lambda: panel.computed, "the keywords")
        assert ranked == [] and not panel.preliminary and panel.current_keywords()
