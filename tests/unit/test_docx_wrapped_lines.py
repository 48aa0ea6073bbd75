"""A Word file whose paragraphs are a hard-wrapped text's lines (a PDF's text pasted into
Word, a line a paragraph) reads as the same text file does: each line was indented as a
paragraph of its own (``formats.paragraphs_text``), so the engine joined none, and a web
page's tool bar run into the title's line stayed body text, pieces of sentences were taken
for noise, where the text file hides the furniture and shows the sentences (newuser27).
The .docx is built with python-docx here, a paragraph per line of the text file."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.regression.mess import mess
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.base.decode import decode
from tui.engine import load_document
from tui.engine.model import Document, Kind

ROOT = Path(__file__).resolve().parents[2]


def _noise(document: Document) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs if paragraph.kind is Kind.NOISE]


def _both(tmp_path: Path, source: Path, kind: str) -> tuple[Document, Document]:
    """``source`` messed by ``kind`` (``tests/regression/mess.py``) as a text file, and the
    same lines as the paragraphs of a .docx."""
    text = decode(source.read_bytes(), str(source)).text
    lines = mess(text, kind, source.name).data.decode("utf-8").split("\n")
    plain = tmp_path / "讲话.txt"
    plain.write_text("\n".join(lines), encoding="utf-8")
    word = docx.Document()
    for line in lines:
        word.add_paragraph(line)
    word.save(str(tmp_path / "讲话.docx"))
    return load_document(plain), load_document(tmp_path / "讲话.docx")


def test_a_pages_tool_bar_run_into_the_title_is_hidden_in_word_too(tmp_path: Path) -> None:
    """holdout24 p02, a page saved as one line, wrapped and paged as a PDF gives it: its
    first line holds the page's 下载打印全屏收藏【字号：加大还原减小】 and the title."""
    source = ROOT / "tests/holdout24/texts/p02_xizang_zfgzbg_2026_oneline.txt"
    plain, word = _both(tmp_path, source, "pdf")
    tool_bar = "下载打印全屏收藏【字号：加大还原减小】"
    assert tool_bar in _noise(plain)
    assert tool_bar in _noise(word)
    assert _noise(word) == _noise(plain)
    assert [s.title for s in word.speeches] == [s.title for s in plain.speeches]


@pytest.mark.parametrize("kind", ["pdf", "wrap"])
def test_a_wrapped_collection_hides_what_its_text_file_hides(tmp_path: Path, kind: str) -> None:
    """The bundled collection wrapped (and paged): the Word file hid pieces of sentences
    the text file shows (53 paragraphs of noise against 44 under pdf, 14 against 5 under
    wrap)."""
    plain, word = _both(tmp_path, ROOT / "corpus/优化营商环境大会讲话合集.txt", kind)
    assert _noise(word) == _noise(plain)
    assert [len(s.headings) for s in word.speeches] == [len(s.headings) for s in plain.speeches]


@pytest.mark.parametrize(
    "lines",
    [
        # a Word file's own paragraphs end with a mark; its headings do not, but are few
        [
            "一、提高认识",
            "营商环境是企业生存发展的土壤。" * 3,
            "二、突出重点",
            "要全面推行一网通办。" * 4,
        ]
        * 6,
        # headings alone (a 提纲) stop unmarked, but are of no one length
        [
            f"{numeral}、{'加强' * (n % 5 + 1)}组织领导，{'压实' * (n % 3)}责任"
            for n, numeral in enumerate("一二三四五六七八九十")
        ],
    ],
)
def test_paragraphs_of_a_word_file_are_not_taken_for_wrapped_lines(lines: list[str]) -> None:
    assert not formats.hard_wrapped(lines)
    text = formats.paragraphs_text(lines)
    assert all(line.startswith(formats.PARAGRAPH_INDENT) for line in text.split("\n"))
