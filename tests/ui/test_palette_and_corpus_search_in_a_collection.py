"""A speech writer's week (newuser14): defects met while studying a collection.

The palette's copy commands (复制标题：… / 复制整节：…) named no speech: in a collection
where two speeches share a heading (一、统一思想，提高认识 is in many), the two entries
looked alike and the wrong speech's section could be copied. Their help line now names the
speech, as the jump to a heading's does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import FakeClipboard, palette_lists, settle
from tui.app import make_app

COLLECTION = """\
在全市经济工作会议上的讲话

同志们：

　　一、统一思想，提高认识

　　今年经济工作的第一条，是把思想统一到中央的部署上来。

　　二、突出重点，狠抓落实

　　项目建设要抓早抓实。

在全市营商环境大会上的讲话

同志们：

　　一、统一思想，提高认识

　　营商环境就是生产力，优化营商环境就是解放生产力。

　　二、对标一流，持续改进

　　要全面推行一网通办。
"""


async def test_palette_copy_commands_name_the_speech_of_a_shared_heading(
    tmp_path: Path, clipboard: FakeClipboard
) -> None:
    path = tmp_path / "两篇讲话.txt"
    path.write_text(COLLECTION, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert len(app.main_screen.reader.document.speeches) == 2  # type: ignore[union-attr]
        await pilot.press("ctrl+p")
        query = "复制整节：统一思想"
        await pilot.press(*query)
        listed = await palette_lists(app, pilot, query)
        copies = [prompt for prompt in listed if prompt.startswith("复制整节：一、统一思想")]
        assert len(copies) == 2, listed
        # Each entry says which speech it copies from (before: both said 复制整节 only).
        assert any("在全市经济工作会议上的讲话" in prompt for prompt in copies), copies
        assert any("在全市营商环境大会上的讲话" in prompt for prompt in copies), copies
        # And the one chosen copies from its own speech.
        order = [i for i, prompt in enumerate(listed) if "营商环境大会" in prompt]
        target = next(i for i in order if listed[i].startswith("复制整节"))
        for _ in range(target):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(app, pilot)
        assert clipboard.copies, "nothing copied"
        assert "营商环境就是生产力" in clipboard.copies[-1]
        assert "在全市营商环境大会上的讲话" in clipboard.copies[-1]


def test_a_long_keyword_is_cut_so_every_row_keeps_its_count_beside_it() -> None:
    """A 16-character keyword (习近平新时代中国特色社会主义思想, jieba's in a 2018 report)
    padded every term to 32 cells: wider than the 30-cell panel, so every row's count
    wrapped onto a line of its own. The long term is cut with "…"; the rows fit."""
    from rich.cells import cell_len

    from tui.engine.keywords import Keyword
    from tui.widgets.keywords import keyword_labels

    long_term = "习近平新时代中国特色社会主义思想"
    listed = [Keyword("深圳", 57, 3.0), Keyword(long_term, 7, 2.0), Keyword("GDP", 4, 1.0)]
    labels = keyword_labels(listed, {long_term})
    plain = [label.plain for label in labels]
    assert all(cell_len(text) <= 26 for text in plain), plain  # 30 less border and margins
    counts = [text.rstrip(" ★") for text in plain]
    assert len({cell_len(text) for text in counts}) == 1, counts
    assert [text.split()[-1] for text in counts] == ["57", "7", "4"]
    assert "习近平新时代" in plain[1] and "…" in plain[1] and plain[1].endswith(" ★")


async def test_back_in_corpus_search_the_cursor_is_on_the_hit_opened_last(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a hit to its place and back: ctrl+f after opening a hit searched again and
    listed the files folded, the cursor on the first file's first hit, so the user had to
    find where they were to go on to the next hit. With the same query the cursor is back
    on the hit opened (its file unfolded, though it is ranked below the files opened by
    themselves); another query starts at the top as before."""
    from tests.ui.conftest import hits_placed, until
    from tui.engine.match import Hit
    from tui.screens import main as main_module
    from tui.screens.corpus_hits import AUTO_EXPAND
    from tui.screens.corpus_search import CorpusSearchScreen

    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)  # indexed only when asked
    for number in range(AUTO_EXPAND + 1):
        (speech_dir / f"丁{number}.txt").write_text(
            "同志们：\n一、抓项目\n" + "要抓好招商引资，招商引资是一号工程。\n" * (6 - number),
            encoding="utf-8",
        )
    last = speech_dir / "戊.txt"
    last.write_text(
        "同志们：\n一、抓作风\n抓作风就是抓发展。\n二、抓项目\n做好招商引资。\n三、抓落实\n"
        "招商引资要见实效。\n",
        encoding="utf-8",
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f")
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await pilot.press(*"招商引资", "enter")
        await hits_placed(app, pilot, screen)
        files = [n for n in screen.results.root.children]
        row = next(n for n in files if n.data.path == str(last.resolve()))  # type: ignore[union-attr]
        assert files.index(row) >= AUTO_EXPAND and not row.is_expanded
        row.expand()

        def hits_of_last() -> list[Any]:
            return [
                n
                for n in screen.located_nodes()
                if isinstance(n.data, Hit) and n.data.path == str(last.resolve())
            ]

        await until(pilot, lambda: len(hits_of_last()) == 2, "戊's hits placed")
        second = hits_of_last()[1]
        screen.results.focus()
        screen.results.move_cursor(second)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.main_screen and app.main_screen.path == last.resolve()
        opened = second.data
        await pilot.press("ctrl+f")
        again = app.screen
        assert isinstance(again, CorpusSearchScreen) and again is not screen
        await hits_placed(app, pilot, again)

        def back_on_it() -> bool:
            node = again.results.cursor_node
            return node is not None and node.data == opened

        await until(pilot, back_on_it, "the cursor on the hit opened last", seconds=20)
        await pilot.press("enter")  # and Enter opens it again
        await settle(app, pilot)
        reader = app.main_screen.reader
        assert app.main_screen.path == last.resolve()
        assert "招商引资要见实效" in reader.sentence_text(reader.cursor)
        # Another query: the first hit of the first file, as before.
        await pilot.press("ctrl+f")
        third = app.screen
        assert isinstance(third, CorpusSearchScreen)
        await pilot.press("ctrl+f", *"一号工程", "enter")
        await hits_placed(app, pilot, third)
        await until(
            pilot,
            lambda: third.results.cursor_node is third.located_nodes()[0],
            "the cursor on the first hit",
            seconds=20,
        )


async def test_the_notebook_places_a_pdf_quote_by_its_page(
    speech_dir: Path, isolated_home: Path
) -> None:
    """The notebook listed a PDF quote at "n07.pdf 第1069行": a line of the text taken out
    of the PDF, which no PDF viewer shows; its citation says 第49页. The list says the page."""
    import json

    from tests.ui.conftest import screen_text
    from tui.screens.notebook import NotebookScreen

    data = isolated_home / "data"
    data.mkdir(parents=True)
    record = {
        "text": "让我们紧密地团结起来。",
        "source": "《1959年国务院政府工作报告》",
        "section": "五、关于对外政策",
        "file": str(speech_dir / "报告.pdf"),
        "line": 1069,
        "page": 49,
        "time": "2026-12-05T13:38:00+08:00",
    }
    text_record = {**record, "file": str(speech_dir / "甲讲话.txt"), "line": 7, "page": 0}
    text_record["text"] = "要抓落实。"
    (data / "quotes.json").write_text(
        json.dumps({"quotes": [record, text_record]}, ensure_ascii=False), encoding="utf-8"
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, NotebookScreen)
        shown = screen_text(app)
        assert "报告.pdf 第49页" in shown, shown
        assert "第1069行" not in shown
        assert "甲讲话.txt 第7行" in shown


async def test_the_palette_lists_the_users_highlight_words_to_search_or_drop(
    speech_dir: Path, isolated_home: Path
) -> None:
    """Highlight words were kept across runs and shown in red in every file but listed
    nowhere: one in no top-20 keyword list could be dropped only by finding it and pressing
    A. The palette lists each: search every speech for it, or stop highlighting it."""
    import json

    from tui.screens.corpus_search import CorpusSearchScreen

    data = isolated_home / "data"
    data.mkdir(parents=True)
    stored = data / "highlights.json"
    stored.write_text(json.dumps({"terms": ["一网通办", "民营企业"]}), encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"高亮词")
        listed = await palette_lists(app, pilot, "高亮词")
        for entry in (
            "全文搜索高亮词：一网通办",
            "移出高亮词：一网通办",
            "全文搜索高亮词：民营企业",
            "移出高亮词：民营企业",
        ):
            assert any(prompt.startswith(entry) for prompt in listed), (entry, listed)
        await pilot.press("ctrl+u", *"移出高亮词：民营")
        listed = await palette_lists(app, pilot, "移出高亮词：民营")
        assert listed[0].startswith("移出高亮词：民营企业"), listed
        await pilot.press("enter")
        await settle(app, pilot)
        assert json.loads(stored.read_text(encoding="utf-8"))["terms"] == ["一网通办"]
        await pilot.press("ctrl+p")
        await pilot.press(*"全文搜索高亮词：一网")
        listed = await palette_lists(app, pilot, "全文搜索高亮词：一网")
        assert listed[0].startswith("全文搜索高亮词：一网通办"), listed
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CorpusSearchScreen)
        assert app.screen.term == "一网通办"
