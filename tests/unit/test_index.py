"""The one match, the query syntax, the persistent index and library search."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.documents import SIMPLIFIED, TRADITIONAL
from tui.cli import main
from tui.engine import index as ix
from tui.engine import load_document
from tui.engine.index import lookup
from tui.engine.match import Query, count_matches, find_spans, parse_query, searchable, snippet_of
from tui.paths import bundled_corpus_dir

CORPUS = bundled_corpus_dir()

JSON_HIT_KEYS = frozenset(
    {
        "line",
        "paragraph",
        "sentence",
        "speech",
        "speech_label",
        "section",
        "heading",
        "term",
        "snippet",
        "match",
    }
)
"""The fields of one hit in ``speech-reader search --json`` (docs/search.md)."""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def rewrap(text: str, width: int = 27) -> str:
    """Every line cut into lines of ``width`` characters, as PDF extraction leaves them."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        out.extend([line[i : i + width] for i in range(0, len(line), width)] or [""])
    return "\n".join(out)


MATCH_CASES = [
    ("营商环境营商环境", "营商环境", [(0, 4), (4, 8)]),
    ("哈哈哈", "哈哈", [(0, 2)]),  # matches do not overlap
    ("GDP增长，gdp", "gdp", [(0, 3), (6, 9)]),  # Latin letters ignore case
    ("ＧＤＰ", "ｇｄｐ", [(0, 3)]),  # full-width ones too
    ("economy", "CONOM", [(1, 6)]),  # inside a word
    ("营商，环境", "营商环境", []),  # punctuation is not skipped
    ("a.b", ".", [(1, 2)]),  # no pattern syntax
]


@pytest.mark.parametrize(("text", "term", "spans"), MATCH_CASES, ids=[c[1] for c in MATCH_CASES])
def test_find_spans(text: str, term: str, spans: list[tuple[int, int]]) -> None:
    assert find_spans(text, term) == spans
    assert count_matches(text, term) == len(spans)


QUERY_CASES = [
    ("营商环境", Query(("营商环境",), (), False, "营商环境")),
    ("营商  环境", Query(("营商", "环境"), (), False, "营商  环境")),
    ('"优化 营商" 环境', Query(("优化 营商", "环境"), (), False, '"优化 营商" 环境')),
    ("营商 -招商", Query(("营商",), ("招商",), False, "营商 -招商")),
    ('营商 -"招商 引资"', Query(("营商",), ("招商 引资",), False, '营商 -"招商 引资"')),
    ("标题:营商", Query(("营商",), (), True, "标题:营商")),
    ("h: 营商 环境", Query(("营商", "环境"), (), True, "h: 营商 环境")),
    ("标题：营商", Query(("营商",), (), True, "标题：营商")),
    ("-招商", Query((), ("招商",), False, "-招商")),
    ('"未闭合', Query(("未闭合",), (), False, '"未闭合')),
    ("营商 营商", Query(("营商",), (), False, "营商 营商")),
]


@pytest.mark.parametrize(("text", "query"), QUERY_CASES, ids=[c[0] for c in QUERY_CASES])
def test_parse_query(text: str, query: Query) -> None:
    assert parse_query(text) == query


def test_and_phrase_exclude_and_titles_on_one_paragraph() -> None:
    query = parse_query("营商 环境 -招商")
    hits = query.matcher()
    assert hits("优化营商环境") == [(2, 4, 0), (4, 6, 1)]
    assert hits("优化营商") is None  # 环境 missing
    assert hits("营商环境和招商") is None  # excluded
    assert query.counter()("营商环境，营商") == 3


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def totals(result: ix.SearchResult) -> dict[str, int]:
    return {os.path.basename(f.path): f.total for f in result.files}


def test_a_word_broken_by_a_pdf_line_break_is_found_every_time(tmp_path: Path) -> None:
    source = (CORPUS / "深化放管服改革优化营商环境讲话.txt").read_text(encoding="utf-8")
    wrapped = rewrap(source)
    write(tmp_path / "lib", "重排.txt", wrapped)
    # The raw lines miss the words cut by a line break (what search did before).
    raw = sum(line.count("营商环境") for line in wrapped.split("\n"))
    assert raw < 42
    for term, expected in (("营商环境", 42), ("市场主体", 8)):
        query = parse_query(term)
        scanned = ix.search_library(tmp_path / "lib", query, use_index=False)
        with ix.Index() as index:
            index.sync(tmp_path / "lib")
            indexed = ix.search_library(tmp_path / "lib", query, index=index)
        assert scanned.total == indexed.total == expected
        assert indexed.scanned == [] and indexed.files[0].indexed
        assert len(indexed.files[0].hits()) == expected


QUERIES = [
    "营商环境",
    "店小二",
    "营商 环境",
    '"优化营商环境"',
    '"营商 环境"',
    '"环境 建设" -优化',
    "营商 -招商",
    "标题:营商",
    "h:环境 -优化",
    "GDP",
    "gdp",
    "xx",
    "。",
    "，营商",
    "2022",
    "一网通办 改革",
    "的",
    "放管服",
    "市场主体",
    "招商引资",
    "营",
    "-",
]


@pytest.mark.parametrize("text", QUERIES)
def test_the_index_finds_exactly_what_a_scan_finds(text: str, tmp_path: Path) -> None:
    query = parse_query(text)
    with ix.Index(tmp_path / "i.sqlite3") as index:
        index.sync(CORPUS)
        indexed = ix.search_library(CORPUS, query, index=index)
        scanned = ix.search_library(CORPUS, query, use_index=False)
        assert totals(indexed) == totals(scanned)
        assert [f.path for f in indexed.files] == [f.path for f in scanned.files]  # same ranking
        for a, b in zip(indexed.files, scanned.files, strict=True):
            assert a.heading_hits == b.heading_hits
            assert a.hits() == b.hits()


def test_hits_are_placed_in_speech_and_section() -> None:
    path = CORPUS / "优化营商环境大会讲话合集.txt"
    document = load_document(path)
    with ix.Index() as index:
        index.sync(path)
        result = ix.search_library(path, parse_query("店小二"), index=index)
    assert result.total == 1
    hit = result.files[0].hits()[0]
    paragraph = document.paragraphs[hit.paragraph]
    assert paragraph.text[hit.start : hit.end] == "店小二"
    assert hit.line == paragraph.line
    assert hit.speech == paragraph.speech and hit.speech is not None
    assert hit.speech_label == document.speeches[hit.speech].label(
        path.name, len(document.speeches)
    )
    assert hit.section == tuple(
        f"{h.marker}{h.title}" for h in document.section_path(hit.paragraph)
    )
    sentence = paragraph.sentences[hit.sentence]
    assert sentence.start <= hit.start < sentence.end
    assert hit.snippet[hit.snippet_start : hit.snippet_end] == "店小二"


def test_sync_finds_new_changed_and_removed_files(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    write(lib, "乙/丙.txt", "同志们：\n营商环境是生产力。\n")
    write(lib, "说明.pdf.bak", "营商环境")
    with ix.Index() as index:
        first = index.sync(lib)
        assert (first.found, first.indexed, first.unchanged) == (2, 2, 0)
        again = index.sync(lib)
        assert (again.indexed, again.unchanged, again.removed) == (0, 2, 0)
        write(lib, "甲.txt", "同志们：\n要优化营商环境，营商环境。\n")
        os.remove(lib / "乙" / "丙.txt")
        write(lib, "丁.md", "同志们：\n营商环境很重要。\n")
        changed = index.sync(lib)
        assert (changed.indexed, changed.unchanged, changed.removed) == (2, 0, 1)
        result = ix.search_library(lib, parse_query("营商环境"), index=index)
        assert totals(result) == {"甲.txt": 2, "丁.md": 1}
        assert result.scanned == []
        assert index.stats()[0] == 2


def test_sync_reuses_the_readers_open_document_instead_of_parsing_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.engine import doccache
    from tui.jobs import opening

    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    write(lib, "乙.txt", "同志们：\n营商环境是生产力。\n")
    opened = opening.load(lib / "甲.txt")  # the reader opens it: parsed once, remembered
    assert doccache.known_document(lib / "甲.txt") is opened
    parsed: list[str] = []
    real = load_document

    def counting(path: Any) -> Any:
        parsed.append(Path(path).name)
        return real(path)

    monkeypatch.setattr("tui.engine.load_document", counting)
    with ix.Index() as index:
        assert index.sync(lib).indexed == 2
        assert parsed == ["乙.txt"]  # 甲 came from the reader's parse
        assert totals(ix.search_library(lib, parse_query("营商环境"), index=index)) == {
            "甲.txt": 1,
            "乙.txt": 1,
        }
    write(lib, "甲.txt", "同志们：\n营商环境，营商环境。\n")  # changed since it was opened
    os.utime(lib / "甲.txt", ns=(1, 1))
    assert doccache.known_document(lib / "甲.txt") is None  # never the old text for a changed file


def test_a_file_changed_after_indexing_is_scanned_and_said(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    path = write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    with ix.Index() as index:
        index.sync(lib)
        path.write_text("同志们：\n营商环境，营商环境，营商环境。\n", encoding="utf-8")
        result = ix.search_library(lib, parse_query("营商环境"), index=index)
    assert result.total == 3 and result.scanned == [str(path)]


def test_a_corrupt_index_is_rebuilt_with_a_notice(tmp_path: Path) -> None:
    where = ix.index_path()
    where.parent.mkdir(parents=True)
    where.write_bytes(b"this is not a database at all" * 100)
    with ix.Index() as index:
        report = index.sync(CORPUS)
        # In words a user understands, not SQLite's English ("file is not a database").
        assert index.notice == "搜索索引已损坏（索引文件内容已损坏），已删除并重建。"
        assert index.notice_en == (
            "The search index was damaged (the index file's content is damaged); "
            "it was deleted and built again."
        )
        assert report.indexed == 5
    result = ix.search_library(CORPUS, parse_query("店小二"))
    assert result.total == 6 and result.notice == ""


def test_an_index_of_another_version_is_rebuilt_with_a_notice(tmp_path: Path) -> None:
    with ix.Index() as index:
        index.sync(CORPUS)
    db = sqlite3.connect(ix.index_path())
    db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    db.commit()
    db.close()
    with ix.Index() as index:
        assert index.stats() == (0, 0)
        assert "旧版本" in index.notice
        assert index.notice_en.startswith("The search index was made by another version")


def test_an_index_of_schema_6_is_rebuilt_not_read_without_pages(tmp_path: Path) -> None:
    """Schema 7 keeps each file's kind and a PDF's page starts (a hit is placed by its page):
    an index of schema 6, whose files have neither, is emptied and built again, and its
    files, indexed again, say what they hold (even with the fingerprint of today's rules)."""
    with ix.Index() as index:
        index.sync(CORPUS)
    db = sqlite3.connect(ix.index_path())
    db.executescript(
        """
        ALTER TABLE files DROP COLUMN kind;
        ALTER TABLE files DROP COLUMN pages;
        UPDATE meta SET value = '6' WHERE key = 'schema';
        """
    )
    db.commit()
    db.close()
    with ix.Index() as index:
        assert index.stats() == (0, 0)
        assert "旧版本" in index.notice
        assert index.sync(CORPUS).indexed == 5
    result = ix.search_library(CORPUS, parse_query("店小二"))
    assert result.files and all(f.indexed and f.kind == "text" for f in result.files)
    assert all(f.pages is None and f.page_of(10) is None for f in result.files)


@pytest.mark.parametrize(("table", "text"), [("fts", "店"), ("pairs", "店小二")])
def test_an_index_damaged_while_open_falls_back_to_scanning(
    tmp_path: Path, table: str, text: str
) -> None:
    query = parse_query(text)
    with ix.Index() as index:
        index.sync(CORPUS)
        # Damaged under it (another program, a bad disk): the table the query looks up.
        with contextlib.closing(sqlite3.connect(index.path)) as other:
            other.execute(f"DROP TABLE {table}")
        result = ix.search_library(CORPUS, query, index=index)
    scanned = ix.search_library(CORPUS, query, use_index=False)
    assert result.total == scanned.total > 0 and len(result.scanned) == 5
    assert result.notice and result.notice_en.startswith("The search index was damaged (")


def test_two_instances_share_the_index_while_one_writes(tmp_path: Path) -> None:
    with ix.Index() as writer, ix.Index() as reader:
        writer.sync(CORPUS)
        db = sqlite3.connect(writer.path, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")  # the other instance is in the middle of writing
        db.execute("DELETE FROM paras")
        try:
            result = ix.search_library(CORPUS, parse_query("店小二"), index=reader)
            assert result.total == 6 and result.scanned == []  # reads the last commit
        finally:
            db.execute("ROLLBACK")
            db.close()
        errors: list[BaseException] = []

        def index_more() -> None:
            try:
                with ix.Index() as other:
                    other.sync(tmp_path)
            except BaseException as error:  # noqa: BLE001
                errors.append(error)

        write(tmp_path, "新.txt", "同志们：\n店小二。\n")
        thread = threading.Thread(target=index_more)
        thread.start()
        writer.sync(CORPUS)
        thread.join()
        assert errors == []


def test_a_file_indexed_during_the_search_is_found_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The background indexing adds a file while a search reads the index: the search
    sees it either in the index or on disk, never in neither (it found 0 of 2 hits)."""
    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n推进放管服改革。深化放管服。\n")
    with ix.Index() as index, ix.Index() as indexer:
        searched = lookup.search_indexed

        def search_then_index(*args: Any, **kwargs: Any) -> list[ix.FileResult]:
            found = searched(*args, **kwargs)
            indexer.sync(lib)  # lands after the count, before the search lists the index
            return found

        monkeypatch.setattr(lookup, "search_indexed", search_then_index)
        result = ix.search_library(lib, parse_query("放管服"), index=index)
    assert result.total == 2 and [Path(f.path).name for f in result.files] == ["甲.txt"]


# ---------------------------------------------------------------- command line


def test_cli_search_exit_codes_limit_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["index", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 个文件：新建或更新 5")
    assert main(["search", "营商环境", str(CORPUS), "--limit", "3"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert (
        sum(1 for line in lines if line.startswith("      ") and ":" in line and "……" not in line)
        == 3
    )
    assert lines[-1] == "共 496 处，5 个文件。"
    assert "尚未建立索引" not in captured.err
    assert main(["search", "营商环境", str(CORPUS), "--json", "--limit", "2"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {
        "query",
        "terms",
        "excluded",
        "headings_only",
        "root",
        "total",
        "files_matched",
        "files_searched",
        "limit",
        "files",
        "scanned",
        "added_to_index",
        "skipped",
        "not_regular",
        "unreadable_folders",
    }
    assert result["total"] == 496 and sum(len(f["hits"]) for f in result["files"]) == 2
    assert set(result["files"][0]) == {
        "path",
        "total",
        "heading_hits",
        "indexed",
        "also_at",
        "hits",
    }
    assert set(result["files"][0]["hits"][0]) == JSON_HIT_KEYS
    assert main(["search", "没有这个词", str(CORPUS)]) == 1
    assert main(["search", "营商", str(tmp_path / "nowhere")]) == 2
    assert main(["search", "  ", str(CORPUS)]) == 2
    assert main(["search", "--", "-营商", str(CORPUS)]) == 2  # nothing to find
    assert main(["search", "营商", str(CORPUS), "--limit", "-1"]) == 2
    capsys.readouterr()
    assert main(["search", "店小二", str(CORPUS), "--no-index", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 6


def test_cli_search_says_when_it_scanned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "甲.txt", "同志们：\n店小二。\n")
    assert main(["search", "店小二", str(tmp_path)]) == 0
    assert "1 个文件尚未建立索引，已直接搜索，其中 1 个已加入索引" in capsys.readouterr().err
    # The file it parsed is in the index now: the next search is answered there.
    assert main(["search", "店小二", str(tmp_path), "--json"]) == 0
    out = capsys.readouterr()
    answer = json.loads(out.out)
    assert answer["scanned"] == [] and answer["added_to_index"] == 0
    assert [f["indexed"] for f in answer["files"]] == [True] and "尚未建立索引" not in out.err


def test_cli_search_no_index_neither_reads_nor_writes_the_index(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "甲.txt", "同志们：\n店小二。\n")
    assert main(["search", "店小二", str(tmp_path), "--no-index", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["added_to_index"] == 0 and [f["indexed"] for f in answer["files"]] == [False]
    with ix.Index() as index:
        assert index.stats() == (0, 0)


def test_cli_search_of_a_folder_not_indexed_by_itself_leaves_it_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rule as the app's: a home folder is indexed only when asked (speech-reader index)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    write(tmp_path, "甲.txt", "同志们：\n店小二。\n")
    assert main(["search", "店小二", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "主文件夹" in err and "speech-reader index 可建立索引" in err
    with ix.Index() as index:
        assert index.stats() == (0, 0)
    assert main(["index", str(tmp_path)]) == 0
    with ix.Index() as index:
        assert index.stats()[0] == 1


def test_cli_names_and_snippets_are_sanitised(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "\u202etxt.exe\x1b.txt", "同志们：\n店小二\u202e，\x1b[2J要服务好。\n")
    assert main(["search", "店小二", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert "‹U+202E›" in out


def test_cli_index_progress_lines_and_clear(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(CORPUS)]) == 0
    captured = capsys.readouterr()
    assert "索引：5/5 个文件" in captured.err  # plain lines: not a terminal
    assert "\r" not in captured.err
    assert ix.index_path().exists()
    assert main(["index", "--clear"]) == 0
    assert "已删除" in capsys.readouterr().out
    assert not ix.index_path().exists()
    assert main(["index", "/no/such/folder"]) == 2


def test_a_hundred_thousand_hits_are_counted_and_the_list_limited(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for number in range(20):
        # (each its own text: copies of one text would be listed once, test_search_copies.py)
        write(tmp_path, f"{number:02}.txt", f"同志们：第{number}份\n" + "营商环境，" * 5000 + "\n")
    assert main(["index", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["search", "营商环境", str(tmp_path), "--limit", "5", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 100_000 and result["files_matched"] == 20
    assert sum(len(f["hits"]) for f in result["files"]) == 5


def test_tokens_pairs_and_the_fts_expression_of_a_query() -> None:
    # One token a line: each character in ``fts``, each two adjacent characters in
    # ``pairs`` (in no order: the tables keep no positions).
    assert ix.tokens("营商，G") == "营\n商\n，\nG"
    assert sorted(ix.pairs("营商，GD p").split("\n")) == sorted(
        ["营商", "商，", "，G", "GD", "D ", " p"]
    )
    assert ix.pairs("营") == "\n" and ix.pairs("") == "\n"
    # A term narrows by its character, or by its distinct pairs; a control character
    # (a separator for the tokenizer) narrows nothing.
    assert ix.narrowing("营") == ["营"] and ix.narrowing("\t") == []
    assert ix.narrowing("哈哈哈") == ["哈哈"]
    assert ix.narrowing("营商 环") == [" 环", "商 ", "营商"]
    assert ix.narrowing("a\tbc") == ["bc"]
    # Terms of two or more characters narrow in ``pairs``; one-character terms alone in ``fts``.
    assert ix.fts_expression(parse_query("营商 -环境 。")) == ("pairs", '"营商"')
    assert ix.fts_expression(parse_query('"营商环境" 建设')) == (
        "pairs",
        '"商环" AND "建设" AND "环境" AND "营商"',
    )
    assert ix.fts_expression(Query(("营", "。", '"'))) == ("fts", '"""" AND "。" AND "营"')
    assert ix.fts_expression(parse_query("-营商")) is None
    assert ix.fts_expression(Query.single("\t")) is None


@pytest.mark.parametrize(
    ("paragraph", "term"),
    [
        ("GDP增长了", "gdp"),  # letters fold
        ("ＧＤＰ增长", "ｇｄｐ"),  # full-width ones too
        ("新年的Ёлка和ёлка", "ЁЛ"),
        ("cafe\u0301 x\u0301\u0301", "x\u0301\u0301"),  # combining marks, two in a row
        ("甲\ue000\ue001乙", "\ue000\ue001"),  # private use
        ("营商 环境，建设", "商 环境，"),  # a space and a comma inside a term
        ("环境营商，营商环", "营商环境"),  # every pair there but not the term: no hit
        ("a\u00a0b\u3000c", "\u00a0b\u3000"),  # other spaces
        ("\U00020000\U00020001\U0002a700", "\U00020001\U0002a700"),  # beyond the BMP
        ("第1,234.5亿元", "1,234.5"),
    ],
)
def test_the_index_counts_what_a_scan_counts_in_odd_characters(
    tmp_path: Path, paragraph: str, term: str
) -> None:
    lib = tmp_path / "lib"
    write(lib, "甲.txt", f"同志们：\n{paragraph}\n{paragraph}。\n")
    query = Query.single(term)
    with ix.Index(tmp_path / "i.sqlite3") as index:
        index.sync(lib)
        indexed = ix.search_library(lib, query, index=index)
    scanned = ix.search_library(lib, query, use_index=False)
    assert not indexed.scanned
    assert indexed.total == scanned.total
    assert (indexed.total > 0) == (term != "营商环境"), term


def test_a_phrase_with_a_space_or_punctuation_is_looked_up_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index looks up "工作 会议" with its space and "工作，会议" with its comma: the
    paragraphs with 工作会议 are no candidates (the one count decides on the rest)."""
    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n" + "召开工作会议。\n" * 30 + "这次工作 会议很重要。\n")
    write(lib, "乙.txt", "同志们：\n" + "工作会议，会议工作。\n" * 30)
    counted: list[bytes] = []
    byte_counter = Query.byte_counter

    def recorded(self: Query) -> Any:
        count = byte_counter(self)
        assert count is not None

        def counting(data: bytes) -> int:
            counted.append(data)
            return count(data)

        return counting

    monkeypatch.setattr(Query, "byte_counter", recorded)
    with ix.Index() as index:
        index.sync(lib)
        for text, expected, rows in (
            ('"工作 会议"', {"甲.txt": 1}, 1),
            ("工作，会议", {}, 0),
            ("会议工作", {"乙.txt": 30}, 30),
        ):
            counted.clear()
            result = ix.search_library(lib, parse_query(text), index=index)
            assert totals(result) == expected and len(counted) == rows
            assert totals(ix.search_library(lib, parse_query(text), use_index=False)) == expected


def test_random_substrings_are_found_by_the_index_exactly_as_by_a_scan(tmp_path: Path) -> None:
    """Any piece of the text — Chinese, Latin, digits, punctuation, spaces — counts the same."""
    import random

    rng = random.Random(5)
    documents = [load_document(path) for path in sorted(CORPUS.glob("*.txt"))]
    texts = [p.text for d in documents for p in d.paragraphs if searchable(p) and len(p.text) > 10]
    with ix.Index(tmp_path / "i.sqlite3") as index:
        index.sync(CORPUS)
        for _ in range(150):
            text = rng.choice(texts)
            size = rng.choice((1, 1, 2, 2, 3, 4, 6, 9))
            start = rng.randrange(len(text) - size)
            term = text[start : start + size]
            if not term.strip() or term.strip().startswith(("-", '"', "h:", "H:", "标题")):
                continue
            query = Query.single(term.strip())
            indexed = ix.search_library(CORPUS, query, index=index)
            scanned = ix.search_library(CORPUS, query, use_index=False)
            assert indexed.total == scanned.total > 0, term


def test_the_index_progress_is_a_bar_on_a_terminal(tmp_path: Path) -> None:
    import io

    from tui.commands.index import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    progress = Progress(stream)
    path = write(tmp_path, "a.txt", "同志们：\n店小二。\n")
    for done in range(1, 5):
        progress(done, 4, str(path))
    progress.end()
    out = stream.getvalue()
    assert out.count("\r") == 4 and out.endswith("\n")
    assert "4/4 个文件" in out and "█" * 30 in out


@pytest.mark.parametrize(
    "text", ["营商环境", "营商 -招商", '"优化 营商" 环境', "。", "GDP", "h:营商"]
)
def test_counting_bytes_is_counting_characters(text: str) -> None:
    query = parse_query(text)
    count = query.counter()
    byte_count = query.byte_counter()
    if text == "GDP":
        assert byte_count is None  # letters with case are counted as text
        return
    assert byte_count is not None
    for document in (load_document(path) for path in sorted(CORPUS.glob("*.txt"))):
        for paragraph in document.paragraphs:
            assert byte_count(paragraph.text.encode()) == count(paragraph.text)


def test_a_text_sqlite_cannot_store_is_recorded_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.engine
    from tui.engine import parse_text

    lib = tmp_path / "lib"
    for name in ("bad.txt", "good.txt"):  # (written in one batch, then one by one)
        write(lib, name, "同志们：\n营商环境很重要。\n")
    load = tui.engine.load_document

    def loaded(path: Any) -> Any:
        if Path(path).name == "bad.txt":  # a lone surrogate: SQLite cannot store the text
            return parse_text("同志们：\n营商\ud800环境很重要。\n")
        return load(path)

    monkeypatch.setattr(tui.engine, "load_document", loaded)
    with ix.Index(tmp_path / "i.sqlite3") as index:
        report = index.sync(lib)
        assert report.failed == [str(lib / "bad.txt")] and report.indexed == 2
        known = index.known(str(lib))
        assert known[str(lib / "good.txt")][3] and not known[str(lib / "bad.txt")][3]


def test_a_file_too_big_to_index_is_scanned_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 120 MB file was parsed on the reader's thread for a minute (and quitting waited)."""
    lib = tmp_path / "lib"
    write(lib, "小.txt", "同志们：\n要优化营商环境。\n")
    big = write(lib, "大.txt", "同志们：\n" + "营商环境是生产力。\n" * 200)
    monkeypatch.setattr(ix.store, "INDEX_MAX_BYTES", 1000)
    with ix.Index() as index:
        report = index.sync(lib)
        assert report.too_big == [str(big)] and report.indexed == 1
        result = ix.search_library(lib, parse_query("营商环境"), index=index)
        assert totals(result) == {"小.txt": 1, "大.txt": 200}
        assert [Path(p).name for p in result.scanned] == ["大.txt"]


def test_first_results_are_exact_for_the_files_they_list_and_placed_while_counting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first results (what the user waits for) come before the totals; every file they
    list has its final count, and its hits can be placed while the counting goes on."""
    monkeypatch.setattr(ix.lookup, "FIRST_SECONDS", 0.0)
    monkeypatch.setattr(
        ix.lookup, "FETCH_ROWS", 1
    )  # a file per read: first results after the first file
    lib = tmp_path / "lib"
    for number in range(8):
        write(lib, f"{number}.txt", "同志们：\n" + "要优化营商环境。\n" * (number + 1))
    firsts: list[ix.SearchResult] = []
    placed: list[int] = []

    def on_first(first: ix.SearchResult) -> None:
        firsts.append(first)
        # From another thread, as the screen places hits: the counting holds no lock it needs.
        worker = threading.Thread(target=lambda: placed.append(len(first.files[0].hits(100))))
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive()

    with ix.Index() as index:
        index.sync(lib)
        result = ix.search_library(lib, parse_query("营商环境"), index=index, on_first=on_first)
    assert result.complete and result.total == sum(range(1, 9))
    assert len(firsts) == 1
    first = firsts[0]
    assert not first.complete and 0 < len(first.files) < len(result.files)
    final = totals(result)
    assert all(final[os.path.basename(f.path)] == f.total for f in first.files)
    assert first.total == sum(f.total for f in first.files)
    assert placed == [first.files[0].total]


def test_first_results_list_the_best_ranked_files_counted_and_no_more_than_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.engine.index import library

    monkeypatch.setattr(library, "FIRST_CHECKED", 2)
    # The whole count before the first results are due, however slow the machine (with
    # the 20 ms of ``FIRST_SECONDS``, a loaded one handed over the files counted by then).
    monkeypatch.setattr(ix.lookup, "FIRST_SECONDS", 600.0)
    lib = tmp_path / "lib"
    for number in range(8):
        write(lib, f"{number}.txt", "同志们：\n" + "要优化营商环境。\n" * (number + 1))
    stamped: list[str] = []
    stamp_of = library.files.stamp_of

    def recorded(path: Any) -> Any:
        stamped.append(os.path.basename(path))
        return stamp_of(path)

    with ix.Index() as index:
        index.sync(lib)
        firsts: list[ix.SearchResult] = []
        monkeypatch.setattr(library.files, "stamp_of", recorded)
        result = ix.search_library(
            lib, parse_query("营商环境"), index=index, on_first=firsts.append
        )
    # Counted before the first results were due: the two best of all eight, checked alone.
    assert [totals(f) for f in firsts] == [{"7.txt": 8, "6.txt": 7}]
    assert stamped[:2] == ["7.txt", "6.txt"] and "5.txt" not in stamped[:3]
    assert result.complete and len(result.files) == 8 and result.total == sum(range(1, 9))


def test_first_results_are_the_indexed_files_before_the_others_are_scanned(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    with ix.Index() as index:
        index.sync(lib)
        write(lib, "乙.txt", "同志们：\n营商环境，营商环境。\n")
        firsts: list[ix.SearchResult] = []
        result = ix.search_library(
            lib, parse_query("营商环境"), index=index, on_first=firsts.append
        )
    assert [(totals(f), f.complete, f.scanned) for f in firsts] == [({"甲.txt": 1}, False, [])]
    assert totals(result) == {"甲.txt": 1, "乙.txt": 2} and result.scanned == [str(lib / "乙.txt")]


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Gets an entry each time ``search_library`` walks a folder (``library._stamps``)."""
    from tui.engine.index import library

    walks: list[bool] = []
    walk = library._stamps

    def recorded(*args: Any) -> dict[str, Any]:
        walks.append(True)
        return walk(*args)

    monkeypatch.setattr(library, "_stamps", recorded)
    return walks


def test_first_results_come_before_the_walk_of_the_folder(
    tmp_path: Path, walked: list[bool]
) -> None:
    """A quick count still gives first results before the walk (100-200 ms for 5,000 files)."""
    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    with ix.Index() as index:
        index.sync(lib)
        firsts: list[tuple[dict[str, int], bool]] = []
        result = ix.search_library(
            lib,
            parse_query("营商环境"),
            index=index,
            on_first=lambda r: firsts.append((totals(r), bool(walked))),
        )
        assert firsts == [({"甲.txt": 1}, False)] and walked == [True] and result.total == 1
        assert ix.search_library(lib, parse_query("营商环境"), index=index).total == 1


def test_no_hit_is_told_before_the_walk_when_the_last_walk_found_every_file_indexed(
    tmp_path: Path, walked: list[bool]
) -> None:
    """A query without a hit in the index has nothing to list: it is told at once (not after
    the walk of every file) only when the folder's last search found every file in the
    index; the walk after it still finds a file added since, and its hits come at the end."""

    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    query = parse_query("店小二")  # (the folder and the index are this test's own: no search yet)

    def search() -> tuple[list[tuple[int, bool, bool]], ix.SearchResult]:
        walked.clear()
        firsts: list[tuple[int, bool, bool]] = []
        result = ix.search_library(
            lib,
            query,
            index=index,
            on_first=lambda r: firsts.append((len(r.files), r.complete, bool(walked))),
        )
        return firsts, result

    with ix.Index() as index:
        index.sync(lib)
        # No search of this folder yet: nothing is told before the walk.
        firsts, result = search()
        assert firsts == [] and result.complete and result.total == 0 and walked == [True]
        # Its walk found every file indexed: the next one tells "none so far" first.
        firsts, result = search()
        assert firsts == [(0, False, False)] and result.complete and result.total == 0
        # A file added since holds the word: told "none" (the last walk found no file to
        # scan), then the walk finds the new file and the result has its hit.
        write(lib, "乙.txt", "同志们：\n当好店小二。\n")
        firsts, result = search()
        assert firsts == [(0, False, False)]
        assert totals(result) == {"乙.txt": 1} and result.scanned == [str(lib / "乙.txt")]
        # That walk had a file to scan: no early "none" until a walk finds every file indexed.
        firsts, result = search()
        assert firsts == [] and totals(result) == {"乙.txt": 1}


def test_the_walk_keeps_a_folder_list_until_the_folder_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search lists each folder again only when its mtime changed; every file is stat-ed."""
    from tui.base import files
    from tui.engine.index import library

    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n要优化营商环境。\n")
    write(lib, "子/乙.txt", "同志们：\n营商环境。\n")
    write(lib, "子/孙/丙.md", "营商环境\n")
    write(lib, ".藏/丁.txt", "营商环境\n")
    os.mkfifo(lib / "子/管道.txt")
    old = 1_600_000_000
    for folder in (lib, lib / "子", lib / "子/孙"):
        os.utime(folder, (old, old))
    listed: list[str] = []  # (the folders are this test's own: no list kept yet)
    walk = files.walk_speech_files

    def recorded(root: Any, **kwargs: Any) -> Any:
        listed.append(os.path.relpath(root, lib))
        return walk(root, **kwargs)

    monkeypatch.setattr(library.files, "walk_speech_files", recorded)

    def stamps() -> tuple[list[str], list[str]]:
        report = files.WalkReport()
        found = library._stamps(str(lib), report, None)
        return [os.path.relpath(p, lib) for p in found], [
            os.path.basename(p) for p in report.not_regular
        ]

    expected = [os.path.relpath(p, lib) for p in walk(lib)]
    assert expected == ["甲.txt", "子/乙.txt", "子/孙/丙.md"]
    assert stamps() == (expected, ["管道.txt"]) and sorted(listed) == [".", "子", "子/孙"]
    listed.clear()
    assert stamps() == (expected, ["管道.txt"]) and listed == []
    # A file changed: stat-ed, so its new stamp is seen; a file added changes its folder.
    write(lib, "子/乙.txt", "同志们：\n营商环境，营商环境。\n")
    write(lib, "子/孙/戊.txt", "营商环境\n")
    found, _ = stamps()
    assert found == [*expected, "子/孙/戊.txt"] and listed == ["子/孙"]
    with ix.Index() as index:
        index.sync(lib)
        write(lib, "子/乙.txt", "同志们：\n营商环境，营商环境，营商环境。\n")
        result = ix.search_library(lib, parse_query("营商环境"), index=index)
    assert totals(result)["乙.txt"] == 3 and result.scanned == [str(lib / "子/乙.txt")]


SNIPPET_CASES = [
    # (text, term, snippet): 48 cells of context on each side (24 Chinese characters, 48
    # letters or digits); the context never cuts a word, a number or a character, and "…"
    # stands for the text left out on either side.
    (
        "one twothreefourfive six seven eight nine ten eleven twelve digital thirteen"
        " fourteen fifteen sixteen seventeen eighteennineteen twenty",
        "digital",
        "…six seven eight nine ten eleven twelve digital thirteen fourteen fifteen sixteen"
        " seventeen…",
    ),
    (
        "the rate rose by 912,345.678 points in the year while the prices of goods grew by"
        " 1,234.5 yuan in the year",
        "prices",
        # (the comma inside 912,345 ends no clause: the context began "…points" after it)
        "…by 912,345.678 points in the year while the prices of goods grew by 1,234.5 yuan in"
        " the year",
    ),
    (
        "要持续优化营商环境，当好服务企业的店小二。各级干部要增强服务意识，提高办事效率，切实解决问题。",
        "店小二",
        "要持续优化营商环境，当好服务企业的店小二。各级干部要增强服务意识，提高办事效率，…",
    ),
    # A clause end in the outer half of the context: the snippet starts after it, ends with it.
    (
        "甲" * 10 + "。" + "乙" * 20 + "店小二" + "丙" * 20 + "，" + "丁" * 10,
        "店小二",
        "…" + "乙" * 20 + "店小二" + "丙" * 20 + "，…",
    ),
    (
        "e\u0301" * 60 + "店小二" + "e\u0301" * 60,
        "店小二",
        "…" + "e\u0301" * 48 + "店小二" + "e\u0301" * 48 + "…",
    ),
    ("a" * 80 + "店小二" + "b" * 80, "店小二", "…店小二…"),
    ("👍\u200d" * 40 + "店小二", "店小二", "…" + "👍\u200d" * 24 + "店小二"),
    # A Latin word in the middle of Chinese text (the cut fell inside "Business", then
    # inside "competitiveness").
    (
        "我们要持续优化营商环境(Business Environment)是甲乙丙丁甲乙丙丁甲企业发展的土壤，"
        "也是衡量一座城市软实力的重要尺度city competitiveness的重要体现",
        "土壤",
        "…Environment)是甲乙丙丁甲乙丙丁甲企业发展的土壤，也是衡量一座城市软实力的重要尺度city…",
    ),
    # Words joined by a hyphen or an apostrophe are one word: "-19" is not shown alone.
    (
        "在COVID-19疫情" + "甲乙丙丁" * 5 + "店小二",
        "店小二",
        "…疫情" + "甲乙丙丁" * 5 + "店小二",
    ),
    (
        "店小二" + "甲乙丙丁" * 5 + "甲乙don't stop",
        "店小二",
        "店小二" + "甲乙丙丁" * 5 + "甲乙…",
    ),
    # A number keeps its percent sign: "13.9" alone would say something else.
    (
        "店小二" + "甲乙丙丁" * 5 + "甲乙13.9%，较去年底提高",
        "店小二",
        "店小二" + "甲乙丙丁" * 5 + "甲乙…",
    ),
    # Digits and Latin letters take a cell each: the context is as wide as a Chinese one
    # (24 characters of it were 28 cells on the right here, 31 on the left).
    (
        "店小二说2023年GDP增长5.2%而CPI上涨0.2%但PMI为50.1且M2增长8.7%以及社融增长9.5%",
        "店小二",
        "店小二说2023年GDP增长5.2%而CPI上涨0.2%但PMI为50.1且M2…",
    ),
    (
        "据统计2023年GDP增长5.2%而CPI上涨0.2%但PMI为50.1且M2增长8.7%的店小二",
        "店小二",
        "…增长5.2%而CPI上涨0.2%但PMI为50.1且M2增长8.7%的店小二",
    ),
    # The whole paragraph fits: nothing left out, no "…".
    ("短段落里的店小二。", "店小二", "短段落里的店小二。"),
]


@pytest.mark.parametrize(
    ("text", "term", "snippet"), SNIPPET_CASES, ids=[str(n) for n in range(len(SNIPPET_CASES))]
)
def test_snippets_do_not_cut_words_numbers_or_characters(
    text: str, term: str, snippet: str
) -> None:
    start = text.index(term)
    got, s0, s1 = snippet_of(text, start, start + len(term))
    assert got == snippet
    assert got[s0:s1] == term


def test_the_folders_not_indexed_without_asking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a file in /tmp indexed all of /tmp: root, home and temporary folders, and
    folders of more than the limit of speech files, are indexed only when the user asks."""
    import tempfile

    from tui.engine.index.scope import auto_index_refusal

    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    assert "根目录" in auto_index_refusal("/")
    assert "主文件夹" in auto_index_refusal(home)
    assert "临时文件夹" in auto_index_refusal(tempfile.gettempdir())
    assert "临时文件夹" in auto_index_refusal("/tmp")
    lib = home / "讲话稿"
    for number in range(3):
        write(lib, f"{number}.txt", "同志们：\n要优化营商环境。\n")
    write(lib, "说明.png", "x")
    assert auto_index_refusal(lib, limit=3) == ""
    write(lib, "子/3.md", "同志们：\n要优化营商环境。\n")
    assert "超过 3 个" in auto_index_refusal(lib, limit=3)
    assert auto_index_refusal(lib) == ""  # (the default limit: thousands)
    assert auto_index_refusal(lib / "0.txt", limit=0) == ""  # a file is its own library


def test_hits_of_a_file_gone_since_the_count_are_never_another_files_text(tmp_path: Path) -> None:
    """A file counted, then removed and its paragraph ids taken by a new file before its node
    is opened: placing its hits shows nothing, never the new file's paragraphs."""
    lib = tmp_path / "lib"
    write(lib, "甲.txt", "同志们：\n推进放管服改革。\n")
    with ix.Index() as index:
        index.sync(lib)
        gone = write(lib, "乙.txt", "同志们：\n深化放管服改革。\n")
        index.sync(lib)  # 乙 after 甲: the highest paragraph ids
        result = ix.search_library(lib, parse_query("放管服"), index=index)
        counted = next(f for f in result.files if f.path == str(gone))
        gone.unlink()
        index.sync(lib)  # 乙's rows dropped
        write(lib, "丙.txt", "同志们：\n放管服是一项改革。\n")
        index.sync(lib)  # 丙 takes the ids 乙 had
        assert not any("一项" in hit.snippet for hit in counted.hits())


@pytest.mark.parametrize(
    ("query", "spelling"),
    [
        ("关于", {"繁.txt": "關於", "简.txt": "关于"}),
        ("講話", {"繁.txt": "講話", "简.txt": "讲话"}),
    ],
)
def test_traditional_and_simplified_spellings_find_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, spelling: dict[str, str]
) -> None:
    lib = tmp_path / "lib"
    write(lib, "繁.txt", TRADITIONAL)
    write(lib, "简.txt", SIMPLIFIED)
    expected = {"繁.txt": 3, "简.txt": 3} if query == "关于" else {"繁.txt": 2, "简.txt": 2}
    scanned = ix.search_library(lib, parse_query(query), use_index=False)
    with ix.Index() as index:
        index.sync(lib)
        indexed = ix.search_library(lib, parse_query(query), index=index)
    assert indexed.scanned == [] and all(f.indexed for f in indexed.files)
    for result in (scanned, indexed):
        assert totals(result) == expected
        for found in result.files:
            name = os.path.basename(found.path)
            # The hit is placed on the file's own characters.
            for hit in found.hits():
                assert hit.snippet[hit.snippet_start : hit.snippet_end] == spelling[name]
    assert main(["search", query, str(lib), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {os.path.basename(f["path"]): f["total"] for f in out["files"]} == expected
    shown = {}
    for found in out["files"]:
        start, end = found["hits"][0]["match"]
        shown[os.path.basename(found["path"])] = found["hits"][0]["snippet"][start:end]
    assert shown == spelling


def test_an_index_made_before_search_folded_text_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.engine.index import store

    write(tmp_path / "lib", "繁.txt", TRADITIONAL)
    # The index as version 4 wrote it: the characters as the file has them.
    with monkeypatch.context() as old:
        old.setattr(store, "SCHEMA_VERSION", 4)
        old.setattr(store, "search_fold", lambda text: text)
        with ix.Index() as index:
            index.sync(tmp_path / "lib")
            assert index.stats()[1] > 0
    with ix.Index() as index:
        assert index.stats() == (0, 0) and "旧版本" in index.notice
        index.sync(tmp_path / "lib")
        result = ix.search_library(tmp_path / "lib", parse_query("关于营商"), index=index)
    assert result.scanned == [] and result.total == 2


@pytest.mark.parametrize("changed", ["base/decode.py", "data/fold-t2s.txt"])
def test_the_index_is_rebuilt_when_a_file_that_shapes_the_text_changes(
    monkeypatch: pytest.MonkeyPatch, changed: str
) -> None:
    """The decoder (below the engine, in ``tui.base``) and the fold's table shape what is
    indexed as much as the engine's modules: a change to either makes another fingerprint
    (so the index is rebuilt), and stored documents depend on them too."""
    from tui.engine.index.store import engine_fingerprint
    from tui.paths import PACKAGE, text_sources

    target = PACKAGE / changed
    assert target in text_sources()  # (what docstore.engine_stamp reads as well)
    before = engine_fingerprint()
    read_bytes = Path.read_bytes

    def edited(path: Path) -> bytes:
        return read_bytes(path) + (b"#" if path == target else b"")

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert engine_fingerprint() != before


@pytest.mark.parametrize("upgraded", ["pypdfium2", "lxml", "charset-normalizer", "unicode"])
def test_the_index_is_rebuilt_after_an_upgrade_of_what_the_text_stands_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, upgraded: str
) -> None:
    """A new version of a format's library (a PDF's text extracted otherwise), of the
    decoder's encoding guesser, or of the Unicode data (the sanitiser's placeholders) may
    give other text with the package's own files unchanged: the index made before is not
    served, it is emptied and built again."""
    import unicodedata

    from tui import paths
    from tui.engine.index import store

    lib = tmp_path / "lib"
    write(lib, "讲话.txt", "同志们：\n营商环境就是生产力。\n")
    paths.text_libraries.cache_clear()
    assert " -\n" not in paths.text_libraries()  # every one installed is found, with its version
    with ix.Index() as index:
        index.sync(lib)
        assert index.stats() == (1, 2) and not index.notice
    before = store.engine_fingerprint()
    if upgraded == "unicode":
        monkeypatch.setattr(paths, "unicodedata", type("New", (), {"unidata_version": "99.0"}))
    else:  # installed over the old one: the first on the path is the one imported
        newer = tmp_path / "site-packages"
        (newer / f"{upgraded.replace('-', '_')}-99.0.dist-info").mkdir(parents=True)
        monkeypatch.syspath_prepend(str(newer))
    paths.text_libraries.cache_clear()  # (read once a process: a new process after the upgrade)
    try:
        assert store.engine_fingerprint() != before
        with ix.Index() as index:
            assert index.stats() == (0, 0) and "旧版本" in index.notice
            index.sync(lib)
            result = ix.search_library(lib, parse_query("营商"), index=index)
        assert result.scanned == [] and result.total == 1
    finally:
        monkeypatch.undo()
        paths.text_libraries.cache_clear()
    assert unicodedata.unidata_version != "99.0"


def test_a_file_dropped_after_the_fold_changed_leaves_no_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file's rows are dropped with the tokens they were written with (the folded text
    kept in the index), not with its text folded again: after an update of the fold's
    table a file removed or changed would leave its old tokens in FTS5 (a contentless
    table deletes exactly the tokens it is handed)."""
    from tui.engine.index import store

    lib = tmp_path / "lib"
    gone = write(lib, "繁.txt", TRADITIONAL)
    with ix.Index() as index:
        index.sync(lib)
    expression = lookup.fts_expression(parse_query("关于"))
    assert expression is not None
    table, match = expression

    def candidates() -> int:
        with contextlib.closing(sqlite3.connect(store.index_path())) as db:
            return int(
                db.execute(
                    f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,)
                ).fetchone()[0]
            )

    assert candidates() > 0  # 關於 is written as 关于
    monkeypatch.setattr(store, "search_fold", lambda text: text)  # another fold now
    gone.unlink()
    with ix.Index() as index:
        index.sync(lib)
        assert index.stats() == (0, 0)
    assert candidates() == 0


def test_search_folding_keeps_places_and_folding_twice_is_folding_once() -> None:
    from tui.engine.fold import search_fold
    from tui.paths import data_file

    table = "".join(data_file("fold-t2s.txt").read_text(encoding="utf-8").split("\n")[:2])
    every = table[0::2]
    folded = search_fold(every)
    assert len(folded) == len(every) and search_fold(folded) == folded
    assert folded == search_fold(table[1::2]) and folded != every
    plain = "优化营商环境，GDP增长5%。"
    assert search_fold(plain) is plain  # nothing to fold: no copy
    # 乾 於 後 fold in a simplified text too (a query of them finds what it finds elsewhere).
    assert search_fold("乾隆於是") == "干隆于是"


WRITE_MEMORY = """
import json, sys
from pathlib import Path
from tests.documents import build_document
from tui.base.files import stamp_of
from tui.engine.index import Index

def resident():
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024

folder = Path(sys.argv[1])
body = "促进民营经济发展壮大，优化营商环境，推动高质量发展。" * 20
document = build_document(
    [(f"第{s}篇", [("body", f"{body}{s * 100 + i}") for i in range(100)]) for s in range(40)]
)
path = folder / "a.txt"
path.write_text("x")
index = Index(folder / "index.sqlite3")
with index.writing():  # (the file made and opened first: not counted)
    pass
before = resident()
with index.writing():
    index.add_document(str(path), stamp_of(path), document)
print(json.dumps(resident() - before))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_writing_a_document_keeps_neither_its_pages_nor_a_copy_of_its_text(
    tmp_path: Path,
) -> None:
    """The reader's process writes the open file's rows and keeps its index open: the
    pages written stayed in the connection's 16 MB page cache, and each paragraph's
    text kept the UTF-8 copy the sqlite3 module asked for while the document lived. A
    fresh process writing 2.1 million characters (about 6 MB of UTF-8) grew by 16.5 MB
    so; now by under 4 (perf20). The cache's size for searches is back after."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", WRITE_MEMORY, str(tmp_path)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout) < 8.0
    # The text written as bytes is read back as the text it was.
    found, _ = ix.Index(tmp_path / "index.sqlite3").search_under(
        parse_query("营商环境"), str(tmp_path)
    )
    hit = found[0].hits()[0]
    assert "营商环境" in hit.snippet


def test_one_files_unexpected_error_costs_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser's bug on one file (any exception, not only a speech file's error) is that
    file's failure: the index build writes the others, the search of files not indexed
    searches the others; neither stops."""
    import tui.engine

    lib = tmp_path / "lib"
    for name in ("a.txt", "bad.txt", "c.txt"):
        write(lib, name, f"同志们：\n{name}说营商环境很重要。\n")
    load, scan = tui.engine.load_document, ix.library.scan_file

    def loaded(path: Any) -> Any:
        if Path(path).name == "bad.txt":
            raise RecursionError("a parser's bug")
        return load(path)

    def scanned(path: str, query: Query) -> Any:
        if Path(path).name == "bad.txt":
            raise KeyError("a parser's bug")
        return scan(path, query)

    monkeypatch.setattr(tui.engine, "load_document", loaded)
    monkeypatch.setattr(ix.library, "scan_file", scanned)
    with ix.Index(tmp_path / "i.sqlite3") as index:
        report = index.sync(lib)
        assert report.failed == [str(lib / "bad.txt")] and report.indexed == 3
        assert index.known(str(lib))[str(lib / "c.txt")][3]
    result = ix.search_library(lib, parse_query("营商环境"), use_index=False)
    assert sorted(Path(f.path).name for f in result.files) == ["a.txt", "c.txt"]
    assert result.skipped == [str(lib / "bad.txt")]


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (sqlite3.DatabaseError("database disk image is malformed"), "索引文件内容已损坏"),
        (sqlite3.OperationalError("database is locked"), "另一个程序正占用索引文件"),
        (sqlite3.OperationalError("database or disk is full"), "磁盘已满"),
        (sqlite3.OperationalError("disk I/O error"), "读写磁盘出错"),
        (PermissionError(13, "Permission denied"), "没有读写索引文件的权限"),
        (sqlite3.OperationalError("something new"), "数据库出错，详情见日志"),
    ],
)
def test_what_went_wrong_with_the_index_is_said_in_the_users_words(
    error: Exception, said: str
) -> None:
    from tui.engine.index.store import trouble_said

    zh, en = trouble_said(error)
    assert zh == said and en and not re.search(r"[\u4e00-\u9fff]", en)
    unavailable = ix.IndexUnavailable(str(error))
    unavailable.__cause__ = error
    assert trouble_said(unavailable) == (zh, en)


def test_an_index_damaged_while_searched_says_so_without_sqlites_english(
    tmp_path: Path,
) -> None:
    """A page of the index overwritten under it ("database disk image is malformed"):
    the notice says the file's content is damaged, the log keeps SQLite's words."""
    with ix.Index() as index:
        index.sync(CORPUS)
    data = bytearray(ix.index_path().read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page):
        data[start : start + 64] = b"\xff" * 64
    ix.index_path().write_bytes(bytes(data))
    result = ix.search_library(CORPUS, parse_query("店小二"))
    assert result.total == 6
    assert "malformed" not in result.notice and "malformed" not in result.notice_en
    assert "索引文件内容已损坏" in result.notice
