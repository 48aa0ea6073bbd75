"""``speech-reader outline``: the exact JSON shape, the text form, and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.paths import bundled_corpus_dir

COLLECTION = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"


def test_outline_json_has_exactly_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(COLLECTION), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"path", "encoding", "speeches"}
    assert result["path"] == str(COLLECTION)
    assert result["encoding"] == "utf-8"
    assert len(result["speeches"]) == 6
    for speech in result["speeches"]:
        assert set(speech) == {"title", "date", "line", "page", "headings"}
        assert speech["page"] is None  # a text file has no pages
        for heading in speech["headings"]:
            assert set(heading) == {"level", "marker", "title", "line", "page"}
    first = result["speeches"][0]
    assert first["line"] == 19
    assert first["title"].endswith("和招商引资大会上的讲话")
    assert first["headings"][1] == {
        "level": 1,
        "marker": "二、",
        "title": first["headings"][1]["title"],
        "line": 53,
        "page": None,
    }
    assert first["headings"][2] == {
        "level": 2,
        "marker": "（一）",
        "title": "坚决整治政府拖欠企业账款问题",
        "line": 57,
        "page": None,
    }


def test_untitled_speech_has_null_title(capsys: pytest.CaptureFixture[str]) -> None:
    path = bundled_corpus_dir() / "济源讲话三篇.txt"
    assert main(["outline", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [s["title"] for s in result["speeches"]] == [None, None, None]
    assert result["speeches"][0]["headings"][7] == {
        "level": 2,
        "marker": "(三)",
        "title": "项目建设总体进度较快",
        "line": 14,
        "page": None,
    }


def test_outline_text_is_indented_by_level(capsys: pytest.CaptureFixture[str]) -> None:
    path = bundled_corpus_dir() / "重庆优化营商环境讲话两点意见.txt"
    assert main(["outline", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\n    二、怎样更好优化营商环境  …7\n" in out
    assert "\n        第一，优化市场环境  …9\n" in out
    assert "\n            一要畅通市场准入  …10\n" in out


@pytest.mark.parametrize(
    ("content", "needle"),
    [(None, "找不到"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "二进制"), (b"", "空")],
    ids=["missing", "binary", "empty"],
)
def test_errors_are_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, needle: str
) -> None:
    path = tmp_path / "speech.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["outline", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert needle in captured.err


def test_a_pdf_outline_says_the_page_of_each_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit import format_fixtures as ff
    from tui.engine import load_document

    pdf = ff.write_pdf(tmp_path / "讲话.pdf")
    document = load_document(pdf)
    assert main(["outline", str(pdf), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    headings = record["speeches"][0]["headings"]
    pages = [h["page"] for h in headings]
    assert pages == [document.page_of(h["line"]) for h in headings]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] > 1  # the speech runs over pages
    assert main(["outline", str(pdf)]) == 0
    text = capsys.readouterr().out
    last = headings[-1]
    assert f"{last['marker']}{last['title']}  …第{last['page']}页" in text
    assert "（第 1 页）" in text


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("zh", "请选择文件夹里的讲话稿文件（.txt、.docx、.pdf 等）"), ("en", "(.txt, .docx, .pdf …)")],
    ids=["zh", "en"],
)
def test_a_folder_is_refused_naming_every_kind_of_speech_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, needle: str
) -> None:
    """``outline FOLDER`` asked for "a .txt file inside it" (newuser13): the reader opens
    Word, PDF, web pages and e-books too, and a folder of .docx files holds no .txt."""
    assert main(["outline", "--lang", lang, str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert needle in captured.err, captured.err
