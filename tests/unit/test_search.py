"""Corpus search: raw matches with lines and snippets, lazy placing in speeches and sections."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tui.engine import parse_text
from tui.engine import search as se
from tui.paths import bundled_corpus_dir

SPEECH = """在全市优化营商环境大会上的讲话
同志们：
一、提高认识
营商环境是生产力。我们要优化营商环境。
（一）深化放管服改革
要全面推行一网通办。营商环境只有进行时。
二、狠抓落实
各级各部门要抓好落实。
"""


@pytest.fixture(autouse=True)
def fresh_caches() -> None:
    se.clear_caches()


@pytest.mark.parametrize(
    ("text", "term", "offsets"),
    [
        ("营商环境，营商环境", "营商环境", [0, 5]),
        ("aaaa", "aa", [0, 2]),  # non-overlapping
        ("GDP 增长，gdp 下降", "GDP", [0, 7]),  # Latin letters ignore case
        ("a.b axb", "a.b", [0]),  # regex characters are literal
        ("没有", "营商", []),
        ("任何文字", "", []),
    ],
    ids=["cjk", "non-overlapping", "ignore-case", "literal", "none", "empty"],
)
def test_find_offsets(text: str, term: str, offsets: list[int]) -> None:
    assert list(se.find_offsets(text, term)) == offsets


def test_make_hits_lines_and_snippets() -> None:
    text = "第一行\n\n第三行营商环境好\n" + "字" * 40 + "营商环境" + "尾" * 40
    found = se.make_hits("f.txt", text, "营商环境")
    assert found is not None and found.total == 2
    first, second = found.hits
    assert (first.line, second.line) == (3, 4)
    snippet, start, end = found.snippet(first)
    assert snippet[start:end] == "营商环境"
    assert "\n" not in snippet and snippet.startswith("第一行 第三行")
    snippet, start, end = found.snippet(second)
    assert snippet == "字" * se.SNIPPET_CONTEXT + "营商环境" + "尾" * se.SNIPPET_CONTEXT
    assert text[second.offset : second.offset + 4] == "营商环境"
    assert se.make_hits("f.txt", text, "放管服") is None


def test_make_hits_limit_keeps_total() -> None:
    found = se.make_hits("f.txt", "营商\n" * 50, "营商", limit=10)
    assert found is not None and found.total == 50 and len(found.hits) == 10
    assert [h.line for h in found.hits] == list(range(1, 11))


def test_search_tree_encodings_hidden_and_nested(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(SPEECH.replace("\n", "\r\n").encode("gb18030"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("\ufeff营商环境", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("营商环境", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("营商环境", encoding="utf-8")
    (tmp_path / "d.png").write_text("营商环境", encoding="utf-8")
    results = se.search(tmp_path, "营商环境")
    names = [Path(f.path).relative_to(tmp_path).as_posix() for f in results]
    assert names == ["a.txt", "b.txt", "sub/c.md"]
    a, b, c = results
    assert a.total == b.total == 4
    assert [h.line for h in a.hits] == [h.line for h in b.hits] == [1, 4, 4, 6]  # CRLF counted once
    assert c.hits[0].offset == 0  # the BOM is not a character of the text


def test_cache_notices_changed_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("营商环境", encoding="utf-8")
    assert se.search(tmp_path, "营商环境")[0].total == 1
    path.write_text("营商环境，营商环境", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert se.search(tmp_path, "营商环境")[0].total == 2


def test_cancelled_search_stops(tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("营商环境", encoding="utf-8")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    assert len(list(se.iter_search(tmp_path, "营商环境", cancelled))) == 1


def test_locate_places_hits_in_speech_and_section(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SPEECH, encoding="utf-8")
    found = se.search_file(path, "营商环境")
    assert found is not None
    places = se.locate(found, "营商环境")
    document = parse_text(SPEECH)
    assert [p.hit.line for p in places] == [1, 4, 4, 6]
    for place in places:
        assert place.paragraph is not None
        paragraph = document.paragraphs[place.paragraph]
        assert paragraph.line <= place.hit.line <= paragraph.end_line
        assert "营商环境" in paragraph.sentence_text(place.sentence)
    # The two matches of line 4 land in its two different sentences.
    assert places[1].sentence != places[2].sentence
    assert places[3].section[-1].endswith("深化放管服改革")
    assert places[1].section and places[1].section[0].endswith("提高认识")
    assert all(p.speech == 0 for p in places[1:])


def test_locate_unparsable_file_keeps_raw_hits(tmp_path: Path) -> None:
    found = se.FileHits(str(tmp_path / "gone.txt"), "营商", (se.Hit(0, 1),), 1, "营商环境")
    place = se.locate(found, "营商")[0]
    assert place.paragraph is None and place.snippet == "营商环境" and (place.start, place.end) == (0, 2)


def test_bundled_corpus_search() -> None:
    results = se.search(bundled_corpus_dir(), "营商环境")
    assert len(results) == len(list(bundled_corpus_dir().glob("*.txt")))
    for found in results:
        text = se.decoded_text(Path(found.path))
        assert found.total == text.count("营商环境")


def test_a_search_counts_and_finds_hits_when_asked() -> None:
    text = "GDP 增长\ngdp 下降，Gdp 持平\n"
    found = se.make_hits("f.txt", text, "gdp")
    assert found is not None and found.total == 3  # counted as find_offsets finds them
    assert [(h.offset, h.line) for h in found.hits] == [(0, 1), (7, 2), (14, 2)]
    assert found.hits is found.hits  # found once
    assert se.count_matches("营商环境营商环境营商", "营商环境") == 2
    assert se.find_hits("营商\n营商\n营商", "营商", limit=2) == (se.Hit(0, 1), se.Hit(3, 2))


def test_search_paths_are_the_paths_strings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("营商环境", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("营商环境", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for root in (Path("."), tmp_path, Path("sub"), Path("a.txt")):
        paths = [found.path for found in se.iter_search(root, "营商环境")]
        assert paths == [str(path) for path in se.speech_files(root)]
    assert [f.path for f in se.search(Path("."), "营商环境")] == ["a.txt", str(Path("sub", "b.txt"))]


def test_a_file_over_the_size_limit_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.engine import TooLargeError, files

    (tmp_path / "small.txt").write_text("营商环境。\n", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_text("营商环境。\n" * 200, encoding="utf-8")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 500)
    opened: list[str] = []
    real_open = os.open

    def spy(file: str | Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    found = se.search(tmp_path, "营商")
    assert [Path(hits.path).name for hits in found] == ["small.txt"]
    assert str(huge) not in opened  # never read into memory
    with pytest.raises(TooLargeError):
        se.decoded_text(huge)


def test_files_that_cannot_be_searched_are_reported_when_asked(tmp_path: Path) -> None:
    (tmp_path / "好.txt").write_text("营商环境。\n", encoding="utf-8")
    (tmp_path / "图片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    skipped: list[str] = []
    found = list(se.iter_search(tmp_path, "营商", skipped=skipped))
    assert [Path(hits.path).name for hits in found] == ["好.txt"]
    assert [Path(path).name for path in skipped] == ["图片.txt"]
    again = list(se.iter_search(tmp_path, "营商"))  # without the list: as before
    assert [(hits.path, hits.total) for hits in again] == [(hits.path, hits.total) for hits in found]
