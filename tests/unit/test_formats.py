"""Word, PDF and web pages read like text files (tui.formats); fixtures made by format_fixtures."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.unit import format_fixtures as ff
from tui import formats
from tui.base.errors import BinaryFileError, SpeechFileError
from tui.base.files import SPEECH_SUFFIXES, walk_speech_files
from tui.cli import main
from tui.engine import Document, Kind, load_document
from tui.engine.quotes import CitationFormat, format_quote, quote_paragraph, quote_sentences
from tui.formats import cache
from tui.formats.errors import (
    ConverterMissingError,
    EncryptedFileError,
    GarbledTextError,
    NoTextLayerError,
    UnsupportedFormatError,
)


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SPEECH_READER_HOME", str(folder))
    return folder


@pytest.fixture(scope="module")
def speech_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same speech as .txt, .docx typed, .docx numbered by Word, PDF, and web page."""
    folder = tmp_path_factory.mktemp("speeches")
    ff.write_text(folder / "讲话.txt")
    ff.write_docx_typed(folder / "讲话-手打编号.docx")
    ff.write_docx_numbered(folder / "讲话-自动编号.docx")
    ff.write_pdf(folder / "讲话.pdf")
    ff.write_html(folder / "讲话.html")
    return folder


def outline(document: Document) -> list[tuple[int, str, str]]:
    return [(h.level, h.marker, h.title) for s in document.speeches for h in s.headings]


EXPECTED_OUTLINE = [(level, marker, text) for level, marker, text in ff.SPEECH if level]

SAME_SPEECH = ["讲话-手打编号.docx", "讲话-自动编号.docx", "讲话.pdf", "讲话.html"]


@pytest.mark.parametrize("name", ["讲话.txt", *SAME_SPEECH])
def test_every_format_gives_the_same_outline(speech_folder: Path, name: str) -> None:
    document = load_document(speech_folder / name)
    assert outline(document) == EXPECTED_OUTLINE
    assert [s.title for s in document.speeches] == [ff.TITLE]


def test_word_numbers_are_not_in_the_text_but_in_the_outline(speech_folder: Path) -> None:
    path = speech_folder / "讲话-自动编号.docx"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "提高思想认识" in xml and "一、" not in xml and "（一）" not in xml
    text = formats.extract(path).text
    lines = [line.strip("\u3000") for line in text.split("\n")]
    # The heading styles are written as Markdown hints, the Word number after the #.
    assert "# 一、提高思想认识，切实增强优化营商环境的责任感" in lines
    assert "## （二）强化要素保障" in lines and "### 2. 推行一网通办" in lines
    assert lines[0] == ff.TITLE  # the Title style: the first line, no #


@pytest.mark.parametrize("typed_numbers", [True, False])
def test_heading_styles_become_markdown_hints(tmp_path: Path, typed_numbers: bool) -> None:
    path = ff.write_docx_styled(tmp_path / "样式.docx", typed_numbers=typed_numbers)
    lines = [line.strip("\u3000") for line in formats.extract(path).text.split("\n")]
    expected = [ff.TITLE] + [
        ("#" * level + " " if level else "") + (marker if typed_numbers else "") + text
        for level, marker, text in ff.SPEECH
    ]
    assert lines == expected


def test_heading_styles_with_numbers_typed_give_todays_outline(tmp_path: Path) -> None:
    document = load_document(ff.write_docx_styled(tmp_path / "样式.docx", typed_numbers=True))
    assert outline(document) == EXPECTED_OUTLINE
    assert [s.title for s in document.speeches] == [ff.TITLE]
    # The hint is no part of the text the reader shows or copies.
    heading = document.speeches[0].headings[0]
    assert document.paragraphs[heading.paragraph].text == "一、" + ff.SPEECH[2][2]


def test_heading_styles_alone_give_the_outline(tmp_path: Path) -> None:
    document = load_document(ff.write_docx_styled(tmp_path / "样式.docx", typed_numbers=False))
    assert [(h.level, h.title) for s in document.speeches for h in s.headings] == [
        (level, text) for level, _, text in ff.SPEECH if level
    ]
    assert [s.title for s in document.speeches] == [ff.TITLE]


@pytest.mark.parametrize("typed_numbers", [True, False])
def test_a_title_in_heading_1_over_sections_in_heading_2(
    tmp_path: Path, typed_numbers: bool
) -> None:
    # Chinese Word files often style the title 标题 1 and the sections 标题 2, 3…
    import docx

    document = docx.Document()
    document.add_paragraph(ff.TITLE, style="Heading 1")
    for level, marker, text in ff.SPEECH:
        if level == 0:
            document.add_paragraph(text)
        else:
            text = (marker if typed_numbers else "") + text
            document.add_paragraph(text, style=f"Heading {level + 1}")
    document.save(str(tmp_path / "标题一.docx"))
    parsed = load_document(tmp_path / "标题一.docx")
    assert [s.title for s in parsed.speeches] == [ff.TITLE]
    assert [(h.level, h.title) for s in parsed.speeches for h in s.headings] == [
        (level, text) for level, _, text in ff.SPEECH if level
    ]


def test_heading_styles_over_short_paragraphs_give_the_outline(tmp_path: Path) -> None:
    # Unnumbered headings over one-sentence paragraphs: only the style says they are headings.
    import docx

    document = docx.Document()
    document.add_paragraph("在座谈会上的讲话", style="Title")
    document.add_paragraph("同志们：")
    for level, text in [(1, "提高认识"), (2, "抓好落实"), (1, "加强领导")]:
        document.add_paragraph(text, style=f"Heading {level}")
        document.add_paragraph("这件事要办好。")
    document.save(str(tmp_path / "短.docx"))
    parsed = load_document(tmp_path / "短.docx")
    assert [(h.level, h.title) for s in parsed.speeches for h in s.headings] == [
        (1, "提高认识"),
        (2, "抓好落实"),
        (1, "加强领导"),
    ]


def test_pdf_paragraph_copies_clean_with_its_page(speech_folder: Path) -> None:
    document = load_document(speech_folder / "讲话.pdf")
    assert document.pages is not None and len(document.pages) == 3
    # The running header and the page numbers are dropped where the page edges are known
    # (the PDF reader), page 1's header too (set smaller than the title under it).
    texts = [p.text for p in document.paragraphs]
    assert not any(ff.RUNNING_HEADER in text or "- 2 -" in text for text in texts)
    assert document.speeches[0].title == ff.TITLE
    # The paragraph under （二）强化要素保障 runs over the foot of page 2 and the head of page 3.
    heading = next(h for s in document.speeches for h in s.headings if h.title == "强化要素保障")
    index = heading.paragraph + 1
    paragraph = document.paragraphs[index]
    assert document.page_of(paragraph.line) == 2 and document.page_of(paragraph.end_line) == 3
    quote = quote_paragraph(document, str(speech_folder / "讲话.pdf"), index)
    assert quote.text == ff.SPEECH[19][2]  # whole, without the header or the page number
    assert ff.RUNNING_HEADER not in quote.text and "-" not in quote.text
    assert quote.page == 2
    assert format_quote(quote, CitationFormat.CITED).endswith("（二）强化要素保障，第2页")
    assert (
        quote.citation
        == f"——《{ff.TITLE}》，二、突出工作重点，全力打造一流营商环境 › （二）强化要素保障，第2页"
    )
    sentence = quote_sentences(document, "", (index, 0), (index, 0))
    assert sentence.citation.endswith("，第2页")


def test_pdf_paragraphs_are_the_typed_paragraphs(speech_folder: Path) -> None:
    """Lines of 30 characters: a paragraph whose first sentence fills its first line exactly
    (…谁就能赢得发展先机。) stays one paragraph, and every other one is as typed."""
    document = load_document(speech_folder / "讲话.pdf")
    shown = [p.text for p in document.paragraphs if p.kind is not Kind.NOISE]
    assert shown == ff.speech_lines()
    full = [t for t in ff.speech_lines() if len(t) > 30 and t[29] == "。"]
    assert full  # (the fixture has such a paragraph: the case is tested)


def test_the_notebook_keeps_the_page(speech_folder: Path) -> None:
    from tui.notebook_records import Entry

    document = load_document(speech_folder / "讲话.pdf")
    quote = quote_paragraph(document, str(speech_folder / "讲话.pdf"), 26)
    entry = Entry.from_json(json.loads(json.dumps(Entry.from_quote(quote).to_json())))
    assert entry is not None and entry.page == quote.page
    assert entry.quote().citation == quote.citation and entry.citation.endswith(f"第{quote.page}页")
    old = Entry.from_quote(quote).to_json()
    del old["page"], old["citation"]  # a record written before pages existed
    restored = Entry.from_json(old)
    assert restored is not None and restored.page == 0 and "页" not in restored.citation


def test_text_files_cite_no_page(speech_folder: Path) -> None:
    document = load_document(speech_folder / "讲话.txt")
    assert document.pages is None and document.page_of(3) is None
    assert quote_paragraph(document, "", 4).page is None
    assert "页" not in quote_paragraph(document, "", 4).citation


def test_page_of_counts_from_each_page_start() -> None:
    document = Document("", "pdf", 9, (), (), pages=(1, 4, 4, 8))
    assert [document.page_of(line) for line in (1, 3, 4, 7, 8, 9)] == [1, 1, 3, 3, 4, 4]


@pytest.mark.parametrize("name", ["讲话.txt", *SAME_SPEECH])
def test_cli_outline_json(
    speech_folder: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["outline", str(speech_folder / name), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    headings = [(h["level"], h["marker"], h["title"]) for h in record["speeches"][0]["headings"]]
    assert headings == EXPECTED_OUTLINE


def test_cli_search_reads_word_and_pdf(
    speech_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "推行一网通办", str(speech_folder), "--json"]) == 0
    out = capsys.readouterr().out
    for name in ("讲话.txt", "讲话-自动编号.docx", "讲话.pdf", "讲话.html"):
        assert name in out


def test_the_folder_lists_every_format(speech_folder: Path) -> None:
    assert {".docx", ".doc", ".pdf", ".html", ".htm", ".txt", ".md"} <= SPEECH_SUFFIXES
    assert len(list(walk_speech_files(speech_folder))) == 5


# ------------------------------------------------------------------ detection

SNIFF_CASES = [
    (b"%PDF-1.7\n%\xe2\xe3", "a.txt", "pdf"),
    (b"\r\n%PDF-1.4\n", "a.pdf", "pdf"),
    ("说明：PDF 文件以 %PDF-1.7 开头。\n".encode(), "a.txt", "text"),
    (b"PK\x03\x04\x14\x00", "a.txt", "docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "a.doc", "doc"),
    (b"<!DOCTYPE html>\n<html>", "a.txt", "html"),
    (b"\xef\xbb\xbf  <html lang='zh'>", "a", "html"),
    (b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC><html xmlns=''>", "a.htm", "html"),
    (b"<p>fragment</p>", "a.html", "html"),
    (b"<p>fragment</p>", "a.txt", "text"),
    ("在全市工作会议上的讲话\n同志们：<html>".encode(), "a.html", "text"),
    ("同志们：".encode("gb18030"), "a.pdf", "text"),
]


@pytest.mark.parametrize(
    ("head", "name", "kind"), SNIFF_CASES, ids=[f"{c[2]}-{c[1]}" for c in SNIFF_CASES]
)
def test_sniff_by_content(head: bytes, name: str, kind: str) -> None:
    assert formats.sniff(head, name) == kind


def test_a_pdf_named_txt_opens_as_a_pdf(tmp_path: Path) -> None:
    path = ff.write_pdf(tmp_path / "其实是PDF.txt")
    document = load_document(path)
    assert document.encoding == "pdf" and outline(document) == EXPECTED_OUTLINE


# ------------------------------------------------------------------ PDF refusals


def test_scanned_pdf_says_so_and_suggests_ocr(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError) as caught:
        load_document(ff.write_scanned_pdf(tmp_path / "扫描件.pdf"))
    assert "扫描" in caught.value.message and "OCR" in caught.value.message
    assert "\n" not in caught.value.message


def test_encrypted_pdf_says_so(tmp_path: Path) -> None:
    with pytest.raises(EncryptedFileError) as caught:
        load_document(ff.write_encrypted_pdf(tmp_path / "加密.pdf"))
    assert "加密" in caught.value.message


def test_damaged_pdf_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "坏.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    with pytest.raises(SpeechFileError) as caught:
        load_document(path)
    assert "PDF" in caught.value.message


GARBLED_CASES = [
    ("private use", "\ue001\ue002\ue003\ue004" * 50),
    ("replacement", "\ufffd" * 100 + "讲话"),
    (
        "rare ideographs",
        "丌丏丐丑丒专且丕世丗丘丙业丛东丝丞丟丠両丢丣两严並丧丨丩个丫丬中丮丯丰丱串丳临丵丶丷丸"
        * 4,
    ),
]


@pytest.mark.parametrize(("name", "text"), GARBLED_CASES, ids=[c[0] for c in GARBLED_CASES])
def test_garbled_text_layer_is_refused(name: str, text: str) -> None:
    from tui.formats.pdf import assemble_pages

    with pytest.raises(GarbledTextError):
        assemble_pages([text, text], "x.pdf")


def test_real_text_is_not_garbled() -> None:
    from tui.formats.pdf import looks_garbled

    assert not looks_garbled("\n".join(ff.speech_lines()))


def test_radicals_from_pdf_fonts_become_the_real_characters() -> None:
    from tui.formats.pdf import assemble_pages

    # ⾏ U+2F8F and ⾰ U+2FB0 (Kangxi radicals), ⻓ U+2ED3 (a radical of the supplement).
    extracted = assemble_pages(["推进⾏政审批制度改⾰，⻓期坚持，，。" * 3], "x.pdf")
    assert extracted.text.startswith("推进行政审批制度改革，长期坚持，，。")


def test_long_running_headers_and_footers_are_dropped(speech_folder: Path, tmp_path: Path) -> None:
    header = "××市人民政府办公室《决策参考》2024年第3期（内部资料 注意保存）"
    path = ff.write_pdf(tmp_path / "长页眉.pdf", header=header)
    document = load_document(path)
    assert outline(document) == EXPECTED_OUTLINE
    # Page 1's copy goes too: set smaller than the title under it, it is no title.
    assert [p.text for p in document.paragraphs if "决策参考" in p.text] == []
    from tui.formats.pdf import assemble_pages

    # Three pages whose foot repeats a long line with a changing number; page 1's first line stays.
    pages = [f"{header}\n正文第{n}页的内容。\n{header[:-3]}第{n}页" for n in (1, 2, 3)]
    text = assemble_pages(pages, "x.pdf").text
    assert text.split("\n") == [
        header,
        "正文第1页的内容。",
        "正文第2页的内容。",
        "正文第3页的内容。",
    ]


def test_pages_without_text_are_named(tmp_path: Path) -> None:
    from tui.formats.pdf import assemble_pages

    extracted = assemble_pages(["第一页的文字。\n- 1 -", "", "第三页的文字。"], "x.pdf")
    assert extracted.pages == (1, 3, 4)
    assert extracted.text.split("\n") == ["第一页的文字。", "- 1 -", "", "第三页的文字。"]
    assert "第2页没有文字层" in extracted.warnings[0]


# ------------------------------------------------------------------ Word details

_W = f'xmlns:w="{ff.W_NS}"'


def _docx(path: Path, body: str, footnotes: str = "", styles: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>"
        )
        if footnotes:
            archive.writestr("word/footnotes.xml", f"<w:footnotes {_W}>{footnotes}</w:footnotes>")
        if styles:
            archive.writestr("word/styles.xml", f"<w:styles {_W}>{styles}</w:styles>")
    return path


def _p(text: str, extra: str = "", p_pr: str = "") -> str:
    properties = f"<w:pPr>{p_pr}</w:pPr>" if p_pr else ""
    return f'<w:p>{properties}<w:r>{extra}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _style(ident: str, name: str, based: str = "", p_pr: str = "", default: bool = False) -> str:
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{ident}"{flag}>'
        f'<w:name w:val="{name}"/>'
        + (f'<w:basedOn w:val="{based}"/>' if based else "")
        + (f"<w:pPr>{p_pr}</w:pPr>" if p_pr else "")
        + "</w:style>"
    )


def _styled(text: str, ident: str, p_pr: str = "") -> str:
    return _p(text, p_pr=f'<w:pStyle w:val="{ident}"/>' + p_pr)


def test_heading_styles_are_known_by_name_and_outline_level(tmp_path: Path) -> None:
    # Styles as Chinese Word and WPS write them: ids "1", "2", "a3", names "heading 1", "标题 3".
    styles = (
        _style("a", "Normal", default=True)
        + _style("1", "heading 1", "a", '<w:outlineLvl w:val="0"/>')
        + _style("2", "heading 2", "a")  # no outline level: the name says heading 2
        + _style("a3", "我的小标题", "2")  # based on heading 2
        + _style("30", "标题 3", "a")  # WPS
        + _style("a7", "要点", "a", '<w:outlineLvl w:val="3"/>')
        + _style("5", "heading 5", "a")  # deeper than the outline's four levels
        + _style("a5", "Title", "a")
        + _style("a9", "正文", "1", '<w:outlineLvl w:val="9"/>')  # body text based on heading 1
    )
    body = (
        _styled("讲话标题", "a5")
        + _p("同志们：")
        + _styled("提高认识", "1")
        + _styled("深化改革", "a3")
        + _styled("压缩时限", "30")
        + _styled("细项", "a7")
        + _styled("第五级", "5")
        + _styled("正文样式的段落。", "a9")
        + _p("直接设了大纲级别", p_pr='<w:outlineLvl w:val="1"/>')
        + _styled("大纲级别改成正文。", "1", '<w:outlineLvl w:val="9"/>')
        + '<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>分两行的</w:t><w:br/><w:t>标题</w:t></w:r></w:p>'
        + "<w:tbl><w:tr><w:tc>"
        + _styled("表格里的标题", "1")
        + "</w:tc></w:tr></w:tbl>"
        + _styled("未定义的样式", "nosuch")
    )
    text = formats.extract(_docx(tmp_path / "样式.docx", body, styles=styles)).text
    assert [line.strip("\u3000") for line in text.split("\n")] == [
        "讲话标题",
        "同志们：",
        "# 提高认识",
        "## 深化改革",
        "### 压缩时限",
        "#### 细项",
        "第五级",
        "正文样式的段落。",
        "## 直接设了大纲级别",
        "大纲级别改成正文。",
        "## 分两行的标题",
        "表格里的标题",
        "未定义的样式",
    ]


def test_a_default_style_with_an_outline_level_hints_every_plain_paragraph(tmp_path: Path) -> None:
    styles = _style("a", "Normal", p_pr='<w:outlineLvl w:val="0"/>', default=True)
    text = formats.extract(_docx(tmp_path / "怪.docx", _p("没有样式的段落"), styles=styles)).text
    assert text.strip("\u3000") == "# 没有样式的段落"


def test_docx_tables_footnotes_and_hidden_or_deleted_text(tmp_path: Path) -> None:
    body = (
        _p("开头一段。")
        + "<w:tbl><w:tr><w:tc>"
        + _p("指标")
        + "</w:tc><w:tc>"
        + _p("完成")
        + "</w:tc></w:tr>"
        + "<w:tr><w:tc>"
        + _p("投资")
        + "</w:tc><w:tc>"
        + _p("120%")
        + "</w:tc></w:tr></w:tbl>"
        + '<w:p><w:r><w:t>有注释的句子</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r>'
        + "<w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del>"
        + "<w:ins><w:r><w:t>新加的字</w:t></w:r></w:ins>"
        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>"
        + "<w:sdt><w:sdtPr/><w:sdtContent>"
        + _p("控件里的段落。")
        + "</w:sdtContent></w:sdt>"
        + "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
    )
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="5">' + _p("注释的内容。") + "</w:footnote>"
    )
    text = formats.extract(_docx(tmp_path / "细节.docx", body, footnotes)).text
    lines = [line.strip("\u3000") for line in text.split("\n")]
    assert lines == [
        "开头一段。",
        "指标 | 完成",
        "投资 | 120%",
        "有注释的句子[1]新加的字。",
        "控件里的段落。",
        "第一行",
        "第二行",
        "注释：",
        "[1] 注释的内容。",
    ]


def test_zip_that_is_no_word_file(tmp_path: Path) -> None:
    path = tmp_path / "压缩包.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFormatError) as caught:
        load_document(path)
    assert "压缩包" in caught.value.message


def test_broken_docx(tmp_path: Path) -> None:
    path = tmp_path / "坏.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(SpeechFileError) as caught:
        load_document(path)
    assert "Word" in caught.value.message


# ------------------------------------------------------------------ web pages


@pytest.mark.parametrize("charset", ["utf-8", "gb2312"])
def test_html_keeps_the_speech_and_drops_the_site(tmp_path: Path, charset: str) -> None:
    text = formats.extract(ff.write_html(tmp_path / "页面.htm", charset)).text
    for junk in (
        "首页",
        "tracker",
        "广告",
        "统计代码",
        "版权所有",
        "热门推荐",
        "text-indent",
        "某某文秘网",
    ):
        assert junk not in text
    lines = [line.strip("\u3000") for line in text.split("\n")]
    assert lines[0] == ff.TITLE and lines[1] == "同志们："
    assert "一、提高思想认识，切实增强优化营商环境的责任感" in lines


def test_html_br_and_blocks_break_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html><body><div>第一段<br>第二段<div>第三段</div></div><h2>一、标题</h2>"
        "<p>中文\n  换行   和 English\n words。</p></body></html>",
        encoding="utf-8",
    )
    lines = [line.strip("\u3000") for line in formats.extract(path).text.split("\n")]
    # (the <h2> arrives with its level's # hint, as a Word heading style does)
    assert lines == ["第一段", "第二段", "第三段", "## 一、标题", "中文换行和 English words。"]


# ------------------------------------------------------------------ .doc


def test_doc_without_converter_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.formats import doc

    monkeypatch.setattr(doc, "find_converter", lambda: None)
    path = tmp_path / "旧文档.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ConverterMissingError) as caught:
        load_document(path)
    assert "antiword" in caught.value.message and "LibreOffice" in caught.value.message
    assert "\n" not in caught.value.message


def test_password_protected_word_file_says_so(tmp_path: Path) -> None:
    # Word stores an encrypted .docx in a compound (OLE2) file with an EncryptedPackage stream.
    path = tmp_path / "加密.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(EncryptedFileError) as caught:
        load_document(path)
    assert "加密" in caught.value.message and "Word" in caught.value.message


@pytest.mark.skipif(sys.platform == "win32", reason="a shell-less fake converter script")
def test_doc_through_antiword(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "antiword"
    lines = "\\n".join(ff.speech_lines())
    fake.write_text(
        f"#!{sys.executable}\nimport sys\n"
        "assert sys.argv[1:3] == ['-m', 'UTF-8.txt'], sys.argv\n"
        f"sys.stdout.buffer.write('{lines}\\n'.encode('utf-8'))\n",
        encoding="utf-8",
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(bin_dir))
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "旧文档.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    document = load_document(path)
    assert outline(document) == EXPECTED_OUTLINE and document.encoding == "doc/antiword"
    assert os.listdir(folder) == ["旧文档.doc"]  # nothing written next to it


@pytest.fixture(scope="module")
def real_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Word 97 files saved by LibreOffice from the typed and the Word-numbered .docx."""
    if ff.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: it writes the Word 97 test files")
    source = tmp_path_factory.mktemp("docx")
    typed = ff.write_docx_typed(source / "手打编号.docx")
    numbered = ff.write_docx_numbered(source / "自动编号.docx")
    made = ff.write_doc([typed, numbered], tmp_path_factory.mktemp("doc"))
    return {"typed": made[0], "numbered": made[1]}


def _alone_in_folder(path: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "用户"
    folder.mkdir()
    copy = folder / "旧文档.doc"
    copy.write_bytes(path.read_bytes())
    return copy


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is not installed")
def test_real_doc_through_antiword_in_any_locale(
    real_docs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # antiword writes "?" for every Chinese character under LC_ALL=C unless told -m UTF-8.txt.
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANG", "C")
    path = _alone_in_folder(real_docs["typed"], tmp_path)
    document = load_document(path)
    assert document.encoding == "doc/antiword"
    assert outline(document) == EXPECTED_OUTLINE
    assert [s.title for s in document.speeches] == [ff.TITLE]
    assert "?" not in "".join(p.text for p in document.paragraphs)
    assert os.listdir(path.parent) == ["旧文档.doc"]  # nothing written next to it


def test_real_doc_through_libreoffice_keeps_word_numbers(
    real_docs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.formats import doc

    program = ff.soffice()
    assert program is not None  # (real_docs skips otherwise)
    monkeypatch.setattr(doc, "find_converter", lambda: ("soffice", program))
    path = _alone_in_folder(real_docs["numbered"], tmp_path)
    document = load_document(path)
    assert document.encoding == "doc/soffice"
    assert outline(document) == EXPECTED_OUTLINE  # 一、 （一） 1. as Word numbers them
    assert os.listdir(path.parent) == ["旧文档.doc"]


# ------------------------------------------------------------------ cache


def test_extraction_is_cached_and_rebuilt_when_needed(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "user"
    folder.mkdir()
    path = ff.write_pdf(folder / "讲话.pdf")
    first = formats.read_source(path)
    entries = list((home / "cache" / "extracted").glob("*.json"))
    assert len(entries) == 1
    assert sorted(os.listdir(folder)) == ["讲话.pdf"]  # the user's folder is left alone

    calls: list[str] = []
    real = formats.extract_bytes

    def counted(*args: Any) -> formats.Extracted:
        calls.append("x")
        return real(*args)

    monkeypatch.setattr(formats, "extract_bytes", counted)
    assert formats.read_source(path) == first and calls == []  # from the cache

    entries[0].write_text('{"version": 1, "text": ', encoding="utf-8")  # cut short
    assert formats.read_source(path) == first and calls == ["x"]  # rebuilt
    assert json.loads(entries[0].read_text(encoding="utf-8"))["text"] == first.text

    stat_before = path.stat()
    os.utime(path, ns=(stat_before.st_atime_ns, stat_before.st_mtime_ns + 10**9))
    formats.read_source(path)
    assert calls == ["x", "x"]  # a changed file is extracted again


def test_cache_entry_for_another_file_is_not_taken(tmp_path: Path) -> None:
    path = ff.write_pdf(tmp_path / "a.pdf")
    stamp = os.stat(path)
    from tui.base.files import FileStamp

    key = FileStamp(stamp.st_mtime_ns, stamp.st_size)
    cache.store(str(path), key, formats.Extracted("别的", "pdf", "pdf", (1,)))
    assert cache.load(str(path), key) is not None
    assert cache.load(str(tmp_path / "b.pdf"), key) is None


def test_an_entry_of_an_older_extraction_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Version 1 wrote .docx files without the heading-style hints: such an entry is stale.
    from tui.base.files import FileStamp

    path = ff.write_docx_styled(tmp_path / "样式.docx", typed_numbers=False)
    stale = formats.Extracted("　　没有提示的旧文字", "docx", "docx")
    stamp = os.stat(path)
    with monkeypatch.context() as patch:  # (not undo(): it would undo the home fixture too)
        patch.setattr(cache, "VERSION", cache.VERSION - 1)
        cache.store(str(path), FileStamp(stamp.st_mtime_ns, stamp.st_size), stale)
        assert formats.read_source(path) == stale  # (read back while that version is current)
    assert "# 提高思想认识" in formats.read_source(path).text


def test_text_files_never_touch_the_cache(tmp_path: Path, home: Path) -> None:
    load_document(ff.write_text(tmp_path / "a.txt"))
    assert not (home / "cache" / "extracted").exists()


def test_binary_files_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(BinaryFileError):
        load_document(path)


def test_format_modules_import_without_ui_or_format_libraries() -> None:
    code = (
        "import sys, tui.formats, tui.formats.numbering, tui.formats.errors, tui.formats.cache\n"
        "import tui.formats.pdf, tui.formats.docx, tui.formats.html, tui.formats.doc\n"
        "print(','.join(m for m in ('textual', 'rich', 'pypdfium2', 'lxml', 'selectolax') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_format_errors_cross_the_loader_pipe(tmp_path: Path) -> None:
    import pickle

    try:
        load_document(ff.write_scanned_pdf(tmp_path / "扫描件.pdf"))
    except NoTextLayerError as error:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is NoTextLayerError and copy.message == error.message
        assert copy.message_en == error.message_en and copy.path == error.path
    else:
        raise AssertionError("a scan must be refused")


def test_a_damaged_docx_is_named_without_a_stray_space_or_full_width_brackets_in_english(
    tmp_path: Path,
) -> None:
    """A .docx that is no zip said "不是有效的 Word（.docx） 文件" (a space after the
    full-width bracket) and, in English, "a valid Word（.docx） file"."""
    path = tmp_path / "损坏的讲话.docx"
    path.write_bytes(b"PK\x03\x04 not a zip" * 20)
    with pytest.raises(SpeechFileError) as caught:
        load_document(path)
    assert "不是有效的 Word（.docx）文件，或文件已损坏" in caught.value.message
    assert "not a valid Word (.docx) file, or it is damaged" in caught.value.message_en
    pdf = tmp_path / "坏.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"\0" * 900)
    with pytest.raises(SpeechFileError) as caught:  # a name of Latin letters keeps its spaces
        load_document(pdf)
    assert "不是有效的 PDF 文件" in caught.value.message
