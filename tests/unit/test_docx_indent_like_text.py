"""A speech read from a .docx is drawn with the paragraph indent the same text has as a
.txt (issue #18, daily58): the reader indents each paragraph itself, by its kind
(``reader_layout.INDENT_CELLS``, two full-width spaces on a body or heading paragraph's
first line; none on a title or salutation), and the source's own leading spaces are
dropped in both. Whether the Word file types the indent (　　, a tab, ASCII spaces), sets
it as a first-line indent, or holds two paragraphs in one with a line break, the reader
draws what it draws for the .txt."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from tui.engine import load_document
from tui.engine.model import Document
from tui.reader_layout import INDENT_CELLS, index_blocks

LINES = [
    "在全市优化营商环境大会上的讲话",
    "同志们：",
    "　　今天我们召开全市优化营商环境大会，主要任务是总结去年工作，部署今年任务。",
    "　　一、提高认识，增强优化营商环境的紧迫感",
    "　　营商环境是企业生存发展的土壤。我们要持续用力，久久为功。",
    "　　谢谢大家。",
]


def drawn(document: Document) -> list[tuple[str, str, int]]:
    """Each shown paragraph's kind, text and the cells before its first line."""
    index = index_blocks(document.paragraphs)
    return [
        (document.paragraphs[at].kind.value, document.paragraphs[at].text, indent)
        for at, indent in zip(index.blocks, index.first_indents, strict=True)
    ]


def _word(path: Path, how: str) -> Path:
    word = docx.Document()
    if how == "break":  # the two body paragraphs in one Word paragraph, a line break between
        for line in LINES[:2]:
            word.add_paragraph(line)
        joined = word.add_paragraph()
        joined.add_run(LINES[2]).add_break()
        joined.add_run(LINES[3])
        for line in LINES[4:]:
            word.add_paragraph(line)
        word.save(str(path))
        return path
    for line in LINES:
        text = line.lstrip("\u3000")
        indented = text != line
        if how == "typed":
            text = line
        elif how == "tab" and indented:
            text = "\t" + text
        elif how == "spaces" and indented:
            text = "    " + text
        paragraph = word.add_paragraph(text)
        if how == "format" and indented:
            paragraph.paragraph_format.first_line_indent = Pt(24)
    word.save(str(path))
    return path


@pytest.mark.parametrize("how", ["typed", "format", "tab", "spaces", "break"])
def test_a_word_file_is_drawn_with_the_text_files_indent(tmp_path: Path, how: str) -> None:
    text = tmp_path / "讲话.txt"
    text.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    expected = drawn(load_document(text))
    assert [indent for _, _, indent in expected] == [0, 0] + [INDENT_CELLS] * 4
    assert not any(shown.startswith(("\u3000", " ", "\t")) for _, shown, _ in expected)
    assert drawn(load_document(_word(tmp_path / f"{how}.docx", how))) == expected
