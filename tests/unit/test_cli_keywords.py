"""``speech-reader keywords`` and ``speech-reader search``: text and JSON output, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.test_index import JSON_HIT_KEYS
from tui.cli import main
from tui.engine.keywords import is_placeholder, stop_words
from tui.paths import bundled_corpus_dir

SPEECH = """同志们：
一、优化营商环境
营商环境是生产力。我们要优化营商环境，深化放管服改革。
二、狠抓招商引资
招商引资是生命线。招商引资要精准，营商环境要更好。
"""


@pytest.fixture(autouse=True)
def home(own_home: Path) -> Path:
    """A state and cache folder of the test's own (``conftest.own_home``)."""
    return own_home


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "speeches"
    target.mkdir()
    (target / "甲.txt").write_text(SPEECH, encoding="utf-8")
    (target / "乙.txt").write_text(SPEECH.replace("放管服", "一网通办"), encoding="utf-8")
    return target


def test_keywords_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords", str(folder / "甲.txt"), "--top", "3", "--json", "--sections"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["file"].endswith("甲.txt") and result["speeches_in_folder"] == 2
    speech = result["speeches"][0]
    assert set(speech) == {"index", "title", "label", "date", "line", "keywords", "sections"}
    assert len(speech["keywords"]) == 3
    counts = {k["term"]: k["count"] for k in speech["keywords"]}
    assert set(speech["keywords"][0]) == {"term", "count", "score"}
    assert counts.get("营商环境", 4) == 4
    assert "放管服" in counts  # only this file says it, so it ranks high
    first = speech["sections"][0]
    assert first["marker"] == "一、" and first["line"] == 2
    assert {k["term"]: k["count"] for k in first["keywords"]}["营商环境"] == 3


def test_section_keywords_are_those_each_section_counted_alone_gives(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--sections`` adds up each paragraph's counts instead of counting every section's
    text again (a section holds its sub-sections: a 3 MB file took 6.4 s against 2.9 s
    without ``--sections``); what it prints is what the engine's ``section_keywords`` gives
    for each heading of every speech of a bundled collection."""
    from tui.engine import load_document
    from tui.engine.keywords import folder_idf, section_keywords

    path = bundled_corpus_dir() / "济源讲话三篇.txt"
    assert main(["keywords", str(path), "--top", "5", "--json", "--sections"]) == 0
    printed = json.loads(capsys.readouterr().out)["speeches"]
    document = load_document(path)
    idf = folder_idf(path.resolve().parent)
    expected = [
        [
            [(k.term, k.count) for k in section_keywords(document, speech, heading, idf, 5)]
            for heading in speech.headings
        ]
        for speech in document.speeches
    ]
    got = [
        [[(k["term"], k["count"]) for k in section["keywords"]] for section in speech["sections"]]
        for speech in printed
    ]
    assert got == expected and sum(len(sections) for sections in got) >= 10


def test_keywords_text(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords", str(folder / "甲.txt")]) == 0
    out = capsys.readouterr().out
    assert "营商环境(4)" in out and "[1]" in out


def test_keywords_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords", str(tmp_path / "none.txt")]) == 2
    err = capsys.readouterr().err
    # In the language chosen, as ``outline`` and every other command say it.
    assert "none.txt" in err and "找不到路径" in err and "no such file" not in err
    assert main(["keywords", str(tmp_path / "none.txt"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "none.txt" in err and "no such file or folder" in err and "找不到路径" not in err
    assert main(["keywords", str(tmp_path), "--top", "0"]) == 2
    assert "--top 必须是正整数" in capsys.readouterr().err


def test_keywords_bundled_file_json_clean(capsys: pytest.CaptureFixture[str]) -> None:
    path = sorted(bundled_corpus_dir().glob("*.txt"))[0]
    assert main(["keywords", str(path), "--json"]) == 0
    for speech in json.loads(capsys.readouterr().out)["speeches"]:
        terms = [k["term"] for k in speech["keywords"]]
        assert not [t for t in terms if t in stop_words() or is_placeholder(t)]


def test_search_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "招商引资", str(folder), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["query"] == "招商引资" and result["total"] == 6
    assert [Path(f["path"]).name for f in result["files"]] == ["乙.txt", "甲.txt"]
    hit = result["files"][0]["hits"][0]
    assert set(hit) == JSON_HIT_KEYS
    assert hit["line"] == 4 and hit["section"][0].startswith("二、")
    start, end = hit["match"]
    assert hit["snippet"][start:end] == "招商引资"


def test_search_text_and_exit_codes(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "放管服", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "甲.txt（1 处）" in out and "› 一、优化营商环境" in out and "共 1 处，1 个文件。" in out
    assert main(["search", "不存在的词", str(folder)]) == 1
    assert main(["search", "  ", str(folder)]) == 2
    assert main(["search", "营商", str(folder / "nothing")]) == 2


def test_search_defaults_to_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "放管服", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["root"] == str(bundled_corpus_dir()) and result["total"] > 0


def test_search_names_the_files_it_could_not_read(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "图片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main(["search", "放管服", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "图片.txt" not in captured.out
    assert "1 个文件无法读取" in captured.err and str(folder / "图片.txt") in captured.err
    assert main(["search", "放管服", str(folder), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["skipped"] == [str(folder / "图片.txt")]
