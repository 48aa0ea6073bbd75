"""The order of a query's words never changes what it finds (issue #17's walkthrough).

On the bundled corpus ``营商环境 标题:优化`` found nothing while ``标题:优化 营商环境`` found
51 hits, and ``标题:优化 标题:营商环境`` nothing: ``标题:`` counted only at the start of
the query, elsewhere it was part of a literal term. Each query of ``ORDER_CASES`` is
searched in every order of its words, through the index and by a scan, on a small library
built here; every order must give the same files, counts and hits.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main
from tui.engine import index as ix
from tui.engine.match import parse_query

SPEECHES = {
    "营商.txt": (
        "在全市优化营商环境大会上的讲话\n\n同志们：\n\n"
        "今天我们召开大会，研究优化营商环境工作。营商环境就是生产力，招商引资离不开好的营商环境。\n\n"
        "一、优化营商环境要有新作为\n\n"
        "优化营商环境，要树立“店小二”意识。各部门要把营商环境建设放在突出位置。\n\n"
        "二、持续深化放管服改革\n\n"
        "深化改革是优化营商环境的关键，要推进一网通办，让企业少跑腿。\n\n"
        "三、招商引资与营商环境\n\n"
        "招商引资要和优化营商环境结合起来。\n"
    ),
    "作风.txt": (
        "在机关作风建设大会上的讲话\n\n同志们：\n\n"
        "作风建设关系营商环境，作风不优，环境难优。\n\n"
        "一、优化机关作风\n\n"
        "要优化作风，提高效能，营商环境才能改善。\n\n"
        "二、营商环境考核\n\n"
        "把营商环境纳入考核，优化考核办法。\n"
    ),
}

ORDER_CASES: list[tuple[tuple[str, ...], int]] = [
    # (the query's words, its number of hits in SPEECHES)
    (("营商环境", "标题:优化"), 4),
    (("标题:优化", "标题:营商环境"), 4),
    (("h:营商环境", "优化"), 4),
    (("营商环境", "标题：大会"), 2),
    (("营商环境", "标题:-招商"), 3),
    (("营商环境", "-标题:招商"), 3),
    (("h:营商环境", "-招商", "优化"), 4),
    (("优化", "营商环境", "-招商"), 13),
    (('"优化营商环境"', "标题:大会"), 2),
    (('标题:"营商环境"', "考核"), 2),
    (("营商环境", "店小二"), 3),
]
"""Counts checked against the files by hand: titles ``在全市优化营商环境大会上的讲话``,
``一、优化营商环境要有新作为``, ``三、招商引资与营商环境``, ``一、优化机关作风``,
``二、营商环境考核`` and the other title and heading."""


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, text in SPEECHES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def found(result: ix.SearchResult) -> list[tuple[Any, ...]]:
    """Everything a search shows: files in rank order, their counts and hits."""
    return [
        (
            Path(f.path).name,
            f.total,
            f.heading_hits,
            [(h.paragraph, h.start, h.end, h.term, h.heading) for h in f.hits()],
        )
        for f in result.files
    ]


@pytest.mark.parametrize(("words", "total"), ORDER_CASES, ids=[" ".join(c[0]) for c in ORDER_CASES])
def test_every_order_of_a_querys_words_finds_the_same(
    words: tuple[str, ...], total: int, library: Path, tmp_path: Path
) -> None:
    orders = [" ".join(order) for order in itertools.permutations(words)]
    queries = [parse_query(text) for text in orders]
    assert len({(frozenset(q.terms), frozenset(q.excluded), q.headings_only) for q in queries}) == 1
    with ix.Index(tmp_path / "i.sqlite3") as index:
        index.sync(library)
        first = found(ix.search_library(library, queries[0], index=index))
        assert sum(file[1] for file in first) == total
        for text, query in zip(orders, queries, strict=True):
            indexed = ix.search_library(library, query, index=index)
            scanned = ix.search_library(library, query, use_index=False)
            assert found(indexed) == first, text
            assert found(scanned) == first, text


def test_a_title_prefix_anywhere_searches_titles_only(library: Path) -> None:
    """Same query however ``标题:`` is spelled and placed; a quoted one is a literal term."""
    spellings = [
        "标题:优化 营商环境",
        "营商环境 标题:优化",
        "标题:优化 标题:营商环境",
        "h:营商环境 H：优化",
    ]
    results = [
        found(ix.search_library(library, parse_query(q), use_index=False)) for q in spellings
    ]
    assert results[0] and all(result == results[0] for result in results)
    assert all(hit[4] for file in results[0] for hit in file[3])  # titles and headings only
    everywhere = ix.search_library(library, parse_query("优化 营商环境"), use_index=False)
    assert everywhere.total > sum(file[1] for file in results[0])
    assert parse_query('"标题:优化" 营商').terms == ("标题:优化", "营商")
    assert not parse_query('"标题:优化" 营商').headings_only


def test_cli_search_gives_the_same_results_in_any_order(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for text in ("营商环境 标题:优化", "标题:优化 营商环境", "标题:营商环境 标题:优化"):
        assert main(["search", text, str(library), "--json", "--no-index"]) == 0, text
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0]["total"] == 4 and outputs[0]["headings_only"] is True
    for output in outputs:
        assert output["total"] == outputs[0]["total"]
        assert output["files"] == outputs[0]["files"]
        assert sorted(output["terms"]) == ["优化", "营商环境"]
