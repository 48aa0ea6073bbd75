"""A standard's draft saved by WPS (``tests/formats_real/README.md``, web76: 核电厂定期安全评价
第6部分 from Langchain-Chatchat's knowledge base): its table of contents is in WPS's style
"WPSOffice手动目录 1", each entry a heading's number and words, a tab and its page (a
``PAGEREF _Toc…`` field inside a ``HYPERLINK`` field). The entries were read as text and the
outline's first headings (1 范围 1, 2 规范性引用文件 1 …, 前言 III)."""

from __future__ import annotations

from pathlib import Path

from tui import formats
from tui.engine import load_document

ENTRIES = [("1 范围", "1", "_Toc1"), ("2 规范性引用文件", "1", "_Toc2")]


def _field(instruction: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def _entry(words: str, page: str, mark: str, fields: bool) -> str:
    """An entry as WPS writes one (the run properties left out); without ``fields``, as one
    typed by hand: the words, a tab, the page."""
    if not fields:
        return f"<w:r><w:t>{words}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r>"
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    link = _field("HYPERLINK \\l " + mark)
    page_of = _field("PAGEREF " + mark + " \\h")
    return (
        f"{link}<w:r><w:t>{words}</w:t></w:r><w:r><w:tab/></w:r>"
        f"{page_of}<w:r><w:t>{page}</w:t></w:r>{end}{end}"
    )


def _draft(path: Path, style_name: str | None) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from lxml import etree

    document = docx.Document()
    if style_name:
        document.styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("核电厂定期安全评价")
    document.add_paragraph("目  次")
    for words, page, mark in ENTRIES:
        paragraph = document.add_paragraph(style=style_name) if style_name else None
        paragraph = paragraph if paragraph is not None else document.add_paragraph()
        namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        entry = _entry(words, page, mark, fields=style_name is None)
        for run in etree.fromstring(f"<w:p {namespace}>{entry}</w:p>"):
            paragraph._p.append(run)
    document.add_paragraph("1 范围")
    document.add_paragraph("本部分规定了核电厂定期安全评价的通用要求。")
    document.add_paragraph("2 规范性引用文件")
    document.add_paragraph("下列文件对于本文件的应用是必不可少的。")
    document.save(str(path))
    return path


def _check(path: Path) -> None:
    text = formats.read_source(path).text
    assert "范围 1" not in text and "规范性引用文件 1" not in text
    assert "目  次" in text and "1 范围" in text
    headings = [h.marker + h.title for s in load_document(path).speeches for h in s.headings]
    assert [heading.replace(" ", "") for heading in headings] == ["1范围", "2规范性引用文件"]


def test_wps_manual_contents_style_entries_are_left_out(tmp_path: Path) -> None:
    """(Typed entries, no field: the style's name alone says what they are.)"""
    _check(_draft(tmp_path / "wps.docx", "WPSOffice手动目录 1"))


def test_an_entry_giving_a_headings_page_is_left_out_whatever_its_style(tmp_path: Path) -> None:
    _check(_draft(tmp_path / "plain.docx", None))
