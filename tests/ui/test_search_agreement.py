"""One definition of a match: the reader's ``/``, corpus search and the CLI count the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tui.app import make_app
from tui.cli import main
from tui.engine.fold import fold, is_traditional
from tui.engine.index import FileResult, Index, search_library
from tui.engine.match import parse_query
from tui.paths import bundled_corpus_dir, data_file
from tui.screens.corpus_search import CorpusSearchScreen

SAMPLE_QUERIES = [
    "营商环境",
    "市场主体",
    "店小二",
    "放管服",
    "招商引资",
    "企业",
    "改革",
    "服务",
    "一网通办",
    "政府",
    "发展",
    "项目",
    "审批",
    "GDP",
    "gdp",
    "xx",
    "要",
    "。",
    "2022",
    "优化营商环境",
]

SYNTAX_QUERIES = [
    "营商 改革",
    '"优化营商环境"',
    "营商环境 -招商",
    "标题:营商",
    "h:改革 -作风",
    "企业 服务 -项目",
]
"""The query syntax, which the reader's ``/`` reads as corpus search does."""
QUERIES = SAMPLE_QUERIES + SYNTAX_QUERIES

CORPUS_FILES = sorted(bundled_corpus_dir().glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
async def test_reader_corpus_search_and_cli_counts_agree(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await counts_agree(path, capsys)


async def counts_agree(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    """The count of each of ``QUERIES`` in ``path``, the same in the reader's ``/``, the
    corpus search screen, the index, a scan and ``speech-reader search``."""
    with Index() as index:
        index.sync(path)
    app = make_app(path)
    in_reader: dict[str, int] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        assert reader.document is not None
        for query in QUERIES:
            reader.set_search(query)
            in_reader[query] = reader.search_status[1]
        # And the corpus search screen, as a user runs it, shows the reader's count.
        reader.set_search("营商环境")
        await pilot.press("ctrl+f")
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await settle(app, pilot)
        assert screen.done
        mine = [
            node.data
            for node in screen.results.root.children
            if isinstance(node.data, FileResult) and Path(node.data.path) == path.resolve()
        ]
        assert len(mine) == 1 and mine[0].total == in_reader["营商环境"] > 0
    assert sum(1 for count in in_reader.values() if count) >= 10
    for query in QUERIES:
        indexed = search_library(path, parse_query(query))
        scanned = search_library(path, parse_query(query), use_index=False)
        assert indexed.scanned == []  # the index answered
        code = main(["search", query, str(path), "--json", "--limit", "0"])
        out = json.loads(capsys.readouterr().out)
        assert code == (0 if in_reader[query] else 1)
        assert in_reader[query] == indexed.total == scanned.total == out["total"], query
    return in_reader


def traditional(text: str) -> str:
    """``text`` written in traditional characters: each simplified character that a
    traditional-only one folds to (``tui/data/fold-t2s.txt``) replaced by the first such."""
    only = data_file("fold-t2s.txt").read_text(encoding="utf-8").split("\n")[0]
    back: dict[str, str] = {}
    for old, new in zip(only[0::2], only[1::2], strict=True):
        back.setdefault(new, old)
    return "".join(back.get(char, char) for char in text)


async def test_a_traditional_copy_counts_what_its_simplified_original_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = bundled_corpus_dir() / "深化放管服改革优化营商环境讲话.txt"
    text = original.read_text(encoding="utf-8")
    copy = tmp_path / "繁體" / original.name
    copy.parent.mkdir()
    copy.write_text(traditional(text), encoding="utf-8")
    assert is_traditional(copy.read_text(encoding="utf-8")) and not is_traditional(text)
    expected = {
        query: search_library(original, parse_query(query), use_index=False).total
        for query in QUERIES
    }
    assert await counts_agree(copy, capsys) == expected
    # And a query written in traditional characters finds the simplified original's words.
    for query in ("營商環境", "優化", "營商 改革", "標題:營商"):
        simplified = fold(query)
        assert simplified != query
        assert (
            search_library(original, parse_query(query), use_index=False).total
            == search_library(original, parse_query(simplified), use_index=False).total
            > 0
        ), query
