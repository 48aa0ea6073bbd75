"""A citation as a speechwriter pastes it into a draft (formats19): the file's name without
its ending when a speech has no title, the day (not the clock time) of a web page's date
line, and every heading of the section path whole. Real files through ``read_source``
(``tests/regression/formats_as.py``) and small documents (``tests/documents.py``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.documents import build_document
from tests.regression.formats_as import write_as
from tui.engine.model import Document
from tui.engine.parse import load_document
from tui.engine.quotes import format_quote, quote_heading, quote_sentences

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def untitled(path: str) -> tuple[Document, str]:
    """A document of one untitled speech with a heading, and the path it is quoted from."""
    speeches: list[tuple[str | None, list[tuple[str, str]]]] = [
        (
            None,
            [
                ("salutation", "同志们："),
                ("body", "今年以来，全市经济运行稳中向好。"),
                ("h1", "一、拉高坐标"),
                ("body", "项目建设总体态势较好。"),
            ],
        )
    ]
    return build_document(speeches, path), path


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("/srv/讲话/济源讲话三篇.docx", "济源讲话三篇"),
        ("/srv/讲话/营商讲话.txt", "营商讲话"),
        ("/srv/讲话/营商讲话.PDF", "营商讲话"),
        ("/srv/讲话/报告.2024.md", "报告.2024"),
        # not an ending of a speech file: part of the name
        ("/srv/讲话/讲话稿.2024", "讲话稿.2024"),
        ("/srv/讲话/.txt", ".txt"),
    ],
    ids=["docx", "txt", "upper-case", "dots-in-the-name", "no-speech-ending", "hidden-name"],
)
def test_an_untitled_speech_is_cited_by_its_file_name_without_the_ending(
    path: str, named: str
) -> None:
    document, path = untitled(path)
    index = next(i for i, p in enumerate(document.paragraphs) if p.text == "项目建设总体态势较好。")
    quote = quote_sentences(document, path, (index, 0), (index, 0))
    assert quote.citation == f"——{named}，一、拉高坐标"


def test_a_collection_of_untitled_speeches_saved_as_word_is_cited_by_its_name(
    tmp_path: Path,
) -> None:
    """济源讲话三篇 as a .docx: its three speeches have no title; a quote from the second
    one's first heading was cited ——济源讲话三篇.docx，…"""
    lines = (CORPUS / "济源讲话三篇.txt").read_text(encoding="utf-8").split("\n")
    path = write_as("docx", lines, tmp_path, "济源讲话三篇")
    document = load_document(str(path))
    assert len(document.speeches) == 3 and not any(s.title for s in document.speeches)
    second = document.speeches[1]
    quote = quote_heading(document, str(path), second.headings[0])
    assert quote.citation == "——济源讲话三篇"
    assert ".docx" not in format_quote(quote)


@pytest.mark.parametrize(
    ("date", "cited"),
    [
        ("2026年02月10日 07时41分", "2026年02月10日"),
        ("2026年2月10日07:41", "2026年2月10日"),
        ("2019年3月5日上午", "2019年3月5日"),
        ("一九五六年九月十五日在中国共产党第八次全国代表大会上", "一九五六年九月十五日"),
        ("2024年5月1日—3日", "2024年5月1日—3日"),
        ("2024年5月", "2024年5月"),
        ("2024-05-01", "2024-05-01"),
    ],
    ids=["web-timestamp", "clock", "morning", "occasion", "days", "month", "iso"],
)
def test_a_citation_s_date_is_the_day(date: str, cited: str) -> None:
    document, path = untitled("/srv/讲话/营商讲话.txt")
    document = replace(document, speeches=(replace(document.speeches[0], date=date),))
    index = next(i for i, p in enumerate(document.paragraphs) if p.text == "项目建设总体态势较好。")
    quote = quote_sentences(document, path, (index, 0), (index, 0))
    assert quote.citation == f"——营商讲话（{cited}），一、拉高坐标"


@pytest.mark.parametrize("kind", ["html", "mhtml"])
def test_a_web_page_s_timestamp_is_cited_as_its_day(tmp_path: Path, kind: str) -> None:
    """holdout9 z06 saved as a page: its date line is 2026年02月10日 07时41分 (the page's
    time of publication); the citation said （2026年02月10日 07时41分）."""
    source = ROOT / "tests/holdout9/texts/z06_sichuan_zfgzbg_2026_webpage.txt"
    path = write_as(kind, source.read_text(encoding="utf-8").split("\n"), tmp_path, "z06")
    document = load_document(str(path))
    speech = document.speeches[0]
    quote = quote_heading(document, str(path), speech.headings[0])
    assert quote.citation.endswith("《2026年四川省人民政府工作报告》（2026年02月10日）")


def test_a_long_heading_is_whole_in_the_citation() -> None:
    """优化营商环境大会讲话合集.txt, line 63: its section's heading, 二、当前和今后一个时期，要致力
    打造xx品牌的招商引资和营商环境，一年一进步、三年一大步，… (a heading line without a
    full stop: over 80 characters), was cut at 40 with "…" on the clipboard."""
    path = CORPUS / "优化营商环境大会讲话合集.txt"
    document = load_document(str(path))
    index = next(i for i, p in enumerate(document.paragraphs) if p.line == 63)
    quote = quote_sentences(document, str(path), (index, 1), (index, 1))
    path_headings = document.section_path(index)
    assert len(path_headings[0].title) > 40
    assert quote.section == " › ".join(
        f"{heading.marker}{heading.title.rstrip('，。；：、')}" for heading in path_headings
    )
    assert "…" not in quote.citation
