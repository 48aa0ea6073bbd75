"""The text's own layout through the formats (tests/regression/FORMATS.md): a speech kept in
a Word, OpenDocument, RTF, web page or e-book file one paragraph per line reads as the same
text file does — its typed indentation, its blank lines, its lines broken in two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.regression.formats_as import FORMATS, write_as
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.engine import load_document

# A text broken into lines of some 30 characters, as old editions and scraped pages are:
# each paragraph's first line indented with 　　, the rest of it unindented.
WRAPPED = [
    "在全市工作会议上的讲话",
    "",
    "\u3000\u3000同志们：今天我们召开全市工作会议，主要任务是总结",
    "工作，部署任务。下面，我讲三点意见。",
    "",
    "\u3000\u3000一、提高思想认识，切实增强做好新形势下各项工作的",
    "责任感和紧迫感",
    "",
    "\u3000\u3000做好今年的工作意义重大，各级各部门要统一思想，提高",
    "认识，把思想和行动统一到市委的决策部署上来。",
    "",
    "\u3000\u3000二、突出工作重点，全力推动经济社会高质量发展",
    "",
    "\u3000\u3000要坚持问题导向，聚焦群众反映强烈的难点问题，逐项",
    "研究解决办法，明确责任单位和完成时限。",
]
HEADINGS = [
    "一、提高思想认识，切实增强做好新形势下各项工作的责任感和紧迫感",
    "二、突出工作重点，全力推动经济社会高质量发展",
]
PARAGRAPH_FORMATS = [kind for kind in FORMATS if kind != "pdf"]
BLANK_LINES = {"docx", "odt", "rtf"}
"""The formats whose empty paragraphs are the writer's (a web page and an e-book have none)."""


def headings(path: Path) -> list[str]:
    document = load_document(path)
    return [h.marker + h.title for speech in document.speeches for h in speech.headings]


@pytest.mark.parametrize("kind", PARAGRAPH_FORMATS)
def test_a_typed_layout_is_kept_as_it_stands(tmp_path: Path, kind: str) -> None:
    path = write_as(kind, WRAPPED, tmp_path, "讲话")
    want = WRAPPED if kind in BLANK_LINES else [line for line in WRAPPED if line]
    assert formats.extract(path).text.split("\n") == want


@pytest.mark.parametrize("kind", PARAGRAPH_FORMATS)
def test_a_heading_broken_in_two_is_one_heading_as_in_the_text_file(
    tmp_path: Path, kind: str
) -> None:
    text = tmp_path / "讲话.txt"
    text.write_text("\n".join(WRAPPED) + "\n", encoding="utf-8")
    assert headings(text) == HEADINGS
    assert headings(write_as(kind, WRAPPED, tmp_path, "讲话")) == HEADINGS


def test_paragraphs_without_typed_indentation_are_each_indented(tmp_path: Path) -> None:
    lines = [line.lstrip("\u3000") for line in WRAPPED]
    text = formats.extract(write_as("docx", lines, tmp_path, "讲话")).text
    assert text.split("\n") == [formats.PARAGRAPH_INDENT + line for line in lines if line]


def test_one_typed_indent_in_ten_lines_is_a_typed_layout() -> None:
    typed = ["\u3000\u3000第一段"] + [f"第{n}行" for n in range(9)]
    assert formats.paragraphs_text(typed).split("\n") == typed
    untyped = ["\u3000\u3000第一段"] + [f"第{n}行" for n in range(10)]
    assert formats.paragraphs_text(untyped).split("\n") == [
        formats.PARAGRAPH_INDENT + line.strip() for line in untyped
    ]


def test_blank_lines_are_kept_only_when_asked_and_never_at_the_ends() -> None:
    paragraphs = ["", "\u3000\u3000甲", "", "", "\u3000\u3000乙", ""]
    assert (
        formats.paragraphs_text(paragraphs, blank_lines=True)
        == "\u3000\u3000甲\n\n\n\u3000\u3000乙"
    )
    assert formats.paragraphs_text(paragraphs) == "\u3000\u3000甲\n\u3000\u3000乙"
