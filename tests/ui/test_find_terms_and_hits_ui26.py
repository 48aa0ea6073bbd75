"""Defects found one evening (ui26): ``A`` kept a multi-word query as typed, and an
opened corpus-search hit marked the first match of its sentence instead of itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.conftest import hits_placed, settle, until, until_equal
from tui.app import make_app
from tui.engine.match import Hit, document_hits, parse_query
from tui.highlights import Highlights
from tui.screens.corpus_search import CorpusSearchScreen

TEXT = """\
在全市营商环境大会上的讲话

同志们：

　　营商环境要靠改革来优化。

　　优化营商环境要靠改革，各部门要把服务企业的工作放在心上，把问题解决在基层，营商环境好了，企业才愿意来、留得住、发展好，这是我们反复强调的道理，改革才有动力，发展才有后劲，群众才有获得感，营商主体才有信心。
"""


async def test_an_opened_hit_is_the_current_match_not_its_sentences_first(
    tmp_path: Path,
) -> None:
    """ctrl+f ``营商 改革``, Enter on the third hit of a paragraph whose hits are all in
    one sentence: the reader marked the sentence's first match (the paragraph's first),
    so the find bar said 3/7 where the hit opened is the 6th."""
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f")
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await pilot.press(*"营商 改革", "enter")
        await hits_placed(app, pilot, screen)

        def hits() -> list[Any]:
            return [n for n in screen.located_nodes() if isinstance(n.data, Hit)]

        await until(pilot, lambda: len(hits()) >= 5, "the hits placed")
        listed = hits()
        paragraph = max(node.data.paragraph for node in listed)
        mine = sorted(
            (node for node in listed if node.data.paragraph == paragraph),
            key=lambda node: node.data.start,
        )
        assert len(mine) >= 4
        chosen = mine[2]
        screen.results.focus()
        screen.results.move_cursor(chosen)
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.main_screen.reader
        assert app.screen is app.main_screen and reader.document is not None
        # Every match of the query in reading order, as the corpus search counts them.
        matches = [
            (index, start)
            for index, found in document_hits(reader.document, parse_query("营商 改革"))
            for start, _end, _term in found
        ]
        expected = matches.index((chosen.data.paragraph, chosen.data.start)) + 1
        assert expected > 3  # not the paragraph's first match
        assert reader.search_status == (expected, len(matches))
        # n steps on from the hit opened.
        await pilot.press("n")
        assert reader.search_status == (expected + 1, len(matches))


async def test_a_adds_what_the_find_matched_each_word_of_a_query(tmp_path: Path) -> None:
    """``A`` kept ``优化 营商`` and ``"优化营商"`` as typed (a space, quotes): highlight
    words that matched nothing. Each word of a words-apart query is a word of its own, a
    quoted phrase is kept without its quotes, a ``-word`` is not kept; ``A`` again drops
    them."""
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        await pilot.press("slash", *"优化 营商 -改革", "enter", "A")
        await until_equal(pilot, lambda: set(reader.highlight_terms), {"优化", "营商"}, "A")
        assert Highlights().terms() == ["优化", "营商"]
        await pilot.press("slash", *'"优化营商"', "enter", "A")  # (the old term selected)
        await until_equal(pilot, lambda: Highlights().terms(), ["优化", "营商", "优化营商"], "A")
        assert set(reader.highlight_terms) == {"优化", "营商", "优化营商"}
        # A again on the same query drops what it added.
        await pilot.press("A")
        await until_equal(pilot, lambda: Highlights().terms(), ["优化", "营商"], "A again")


async def test_a_says_when_the_find_found_nothing_in_the_file(tmp_path: Path) -> None:
    """``A`` on a search that found nothing here (a mistyped word) added it and said only
    "已加入高亮词", with nothing lit up (newuser21). It is still added (it lights up in the
    speeches that have it), and the notice says it is not in this file; a word found says
    nothing more."""
    from textual.message import Message

    from tests.ui.test_quotes_ui import notices

    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    seen: list[Message] = []
    app = make_app(path)
    async with app.run_test(size=(140, 40), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        await pilot.press("slash", *"营商环竟", "enter")
        await until_equal(pilot, lambda: reader.search_status, (0, 0), "nothing found")
        await pilot.press("A")
        await until_equal(pilot, lambda: Highlights().terms(), ["营商环竟"], "A")
        told = [message for _, message in notices(seen) if "营商环竟" in message]
        assert told and "本文中没有找到" in told[-1]
        await pilot.press("slash", *"营商", "enter", "A")
        await until_equal(pilot, lambda: Highlights().terms(), ["营商环竟", "营商"], "A found")
        told = [message for _, message in notices(seen) if message.startswith("已加入高亮词：营商")]
        assert told[-1] == "已加入高亮词：营商"
