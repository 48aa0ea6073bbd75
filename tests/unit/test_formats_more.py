"""Saved web pages as one file (.mhtml/.mht), e-books (.epub), RTF, WPS (.wps) and
OpenDocument (.odt) read like the other formats (tui.formats); fixtures from format_fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tests.unit.test_formats import EXPECTED_OUTLINE, outline
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.base.errors import EmptyFileError, SpeechFileError
from tui.base.files import SPEECH_SUFFIXES, SUFFIX_ORDER, walk_speech_files
from tui.engine import load_document
from tui.formats import zipparts
from tui.formats.errors import (
    ConverterMissingError,
    EncryptedFileError,
    UnsupportedFormatError,
)


def lines_of(path: Path) -> list[str]:
    return [line.strip("\u3000") for line in formats.extract(path).text.split("\n")]


WRITERS = {
    "网页.mhtml": lambda p: ff.write_mhtml(p),
    "网页-base64.mhtml": lambda p: ff.write_mhtml(p, transfer="base64"),
    "网页-gbk-meta.mhtml": lambda p: ff.write_mhtml(p, meta_charset="gbk"),
    "旧网页-gb2312.mht": lambda p: ff.write_mhtml(
        p, part_charset="gb2312", meta_charset="gb2312", transfer="base64"
    ),
    "文集.epub": lambda p: ff.write_epub(p),
    "讲话-gbk.rtf": lambda p: ff.write_rtf(p, "hex"),
    "讲话-unicode.rtf": lambda p: ff.write_rtf(p, "unicode"),
    "讲话-word.rtf": lambda p: ff.write_rtf(p, "word"),
    "讲话.odt": lambda p: ff.write_odt(p),
}
KINDS = {".mhtml": "mhtml", ".mht": "mhtml", ".epub": "epub", ".rtf": "rtf", ".odt": "odt"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("more")
    for name, write in WRITERS.items():
        write(made / name)
    return made


@pytest.mark.parametrize("name", list(WRITERS))
def test_every_new_format_gives_the_speechs_outline(folder: Path, name: str) -> None:
    path = folder / name
    document = load_document(path)
    assert outline(document) == EXPECTED_OUTLINE
    assert [s.title for s in document.speeches] == [ff.TITLE]
    assert formats.sniff_file(path) == KINDS[path.suffix]
    text = formats.extract(path).text
    # One line per paragraph, each indented: the title, the greeting, every heading.
    assert all(line.startswith(formats.PARAGRAPH_INDENT) for line in text.split("\n"))
    assert len(text.split("\n")) == len(ff.speech_lines())


def test_the_folder_lists_every_new_format(folder: Path) -> None:
    assert {".mhtml", ".mht", ".epub", ".rtf", ".wps", ".odt"} <= SPEECH_SUFFIXES
    assert len(SUFFIX_ORDER) == len(SPEECH_SUFFIXES)  # one list, no repeats
    assert sorted(p.name for p in walk_speech_files(folder)) == sorted(WRITERS)
    for suffix, kind in KINDS.items():
        assert formats.kind_of_name("讲话" + suffix.upper()) == kind
    assert formats.kind_of_name("讲话.wps") == "doc"


# ------------------------------------------------------------------ detection

SNIFF_CASES = [
    (
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        b'\ttype="text/html";\r\n\tboundary="--b"\r\n\r\n',
        "a.txt",
        "mhtml",
    ),
    (b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n\n', "a", "mhtml"),
    (b"Subject: x\r\n" + b"X-Long: " + b"y" * 1000 + b"\r\n", "a.mht", "mhtml"),
    (b"Subject: x\r\n" + b"X-Long: " + b"y" * 1000 + b"\r\n", "a.txt", "text"),
    (b"From: someone\nTo: you\n\nhello", "a.txt", "text"),
    ("标题: 讲话\nContent-Type: text/html\n".encode(), "a.txt", "text"),
    (b"{\\rtf1\\ansi\\ansicpg936", "a.txt", "rtf"),
    (b"\xef\xbb\xbf {\\rtf1", "a.doc", "rtf"),
    (b"{\\rtf", "a.rtf", "rtf"),
    (b"{rtf}", "a.rtf", "text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "a.wps", "doc"),
]


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    SNIFF_CASES,
    ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(SNIFF_CASES)],
)
def test_sniff_by_content(head: bytes, name: str, kind: str) -> None:
    assert formats.sniff(head, name) == kind


def _zip_head(path: Path) -> bytes:
    return path.read_bytes()[:1024]


def test_zips_are_told_by_their_mimetype_member(folder: Path, tmp_path: Path) -> None:
    assert formats.sniff(_zip_head(folder / "文集.epub"), "a.docx") == "epub"
    assert formats.sniff(_zip_head(folder / "讲话.odt"), "a.zip") == "odt"
    # A zip without the mimetype member first: the name decides between EPUB/ODT and Word.
    plain = tmp_path / "a.epub"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("META-INF/container.xml", ff.EPUB_CONTAINER)
    assert formats.sniff(_zip_head(plain), "a.epub") == "epub"
    assert formats.sniff(_zip_head(plain), "a.docx") == "docx"


# ------------------------------------------------------------------ .mhtml


def test_mhtml_keeps_the_speech_and_drops_the_site(folder: Path) -> None:
    lines = lines_of(folder / "网页.mhtml")
    text = "\n".join(lines)
    for junk in ("首页", "tracker", "统计代码", "版权所有", "热门推荐", "某某文秘网", "PNG"):
        assert junk not in text
    assert lines[:2] == [ff.TITLE, "同志们："]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("旧网页-gb2312.mht", "mhtml/gb18030"), ("网页-gbk-meta.mhtml", "mhtml/gb18030")],
)
def test_mhtml_gbk_from_the_part_header_or_the_meta(folder: Path, name: str, encoding: str) -> None:
    found = formats.extract(folder / name)
    assert found.kind == "mhtml" and found.encoding == encoding
    assert "提高思想认识，切实增强优化营商环境的责任感" in found.text


def test_mhtml_part_charset_wins_over_a_wrong_guess(tmp_path: Path) -> None:
    # GBK bytes with no <meta>: only the part header says what they are.
    path = tmp_path / "无meta.mht"
    page = "<html><body><p>一、坚持问题导向</p><p>同志们，要真抓实干。</p></body></html>"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'
        b'--b\r\nContent-Type: text/html; charset="gbk"\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + page.encode("gbk") + b"\r\n--b--\r\n"
    )
    assert lines_of(path) == ["一、坚持问题导向", "同志们，要真抓实干。"]


def test_mhtml_without_its_page_says_so(tmp_path: Path) -> None:
    path = ff.write_mhtml(tmp_path / "只有图片.mhtml", with_page=False)
    with pytest.raises(UnsupportedFormatError) as caught:
        load_document(path)
    assert "HTML" in caught.value.message and "只有图片" in caught.value.message
    assert "\n" not in caught.value.message and "HTML" in caught.value.message_en


def test_mhtml_with_a_broken_body_is_refused_or_read_never_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "坏.mhtml"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"!!!!not base64@@@@\r\n--b"  # cut short: no closing boundary
    )
    with pytest.raises(SpeechFileError):
        load_document(path)


@pytest.mark.parametrize("kind", ["mhtml", "html"])
def test_a_page_cut_short_inside_a_character_reads_up_to_the_cut(tmp_path: Path, kind: str) -> None:
    """A saved page cut short (a download broken off) inside a character of its declared
    charset: its text up to the cut. The .mhtml (cut inside a quoted-printable character,
    leaving bytes that are no UTF-8 before its end) was refused as a file whose encoding
    could not be told (无法识别文件的文字编码); the .html cut so was read already."""
    whole = tmp_path / f"整.{kind}"
    if kind == "mhtml":
        ff.write_mhtml(whole)  # quoted-printable: 营 is =E8=90=A5, cut after =E8=90=A
        data = whole.read_bytes()
        middle = data.index(b"=E8=90=A5", len(data) // 3) + 8
    else:
        whole.write_text(ff.html_page(), encoding="utf-8")
        data = whole.read_bytes()
        middle = data.index("营".encode(), len(data) // 3) + 2
    cut = tmp_path / f"断.{kind}"
    cut.write_bytes(data[:middle])
    lines = formats.extract(cut).text.split("\n")
    assert lines[0] == formats.PARAGRAPH_INDENT + ff.speech_lines()[0], lines
    assert len(lines) >= 2


# ------------------------------------------------------------------ .epub


def test_epub_reads_chapters_in_spine_order_without_its_contents_page(folder: Path) -> None:
    lines = lines_of(folder / "文集.epub")
    assert lines == ff.speech_lines()  # the nav page's list of parts is not in the text
    with zipfile.ZipFile(folder / "文集.epub") as archive:
        chapters = sorted(n for n in archive.namelist() if n.startswith("OEBPS/Text/"))
        first = archive.read(chapters[0]).decode("utf-8")
    assert "三、" in first  # by name the last part comes first: the spine sets the order


def test_epub_without_a_spine_says_so(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        load_document(ff.write_epub(tmp_path / "无目录.epub", spine=False))
    assert "spine" in caught.value.message and "\n" not in caught.value.message


def test_a_zip_that_is_no_epub(tmp_path: Path) -> None:
    path = ff.zip_with_mimetype(tmp_path / "假书.epub", "application/epub+zip", {"a.txt": "x"})
    with pytest.raises(UnsupportedFormatError) as caught:
        load_document(path)
    assert "EPUB" in caught.value.message


ENCRYPTION = """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData>
</enc:EncryptedData></encryption>"""


def test_epub_with_drm_says_so_but_obfuscated_fonts_are_fine(tmp_path: Path) -> None:
    chapter = ENCRYPTION.format(uri="OEBPS/Text/part01.xhtml")
    with pytest.raises(EncryptedFileError) as caught:
        load_document(
            ff.write_epub(tmp_path / "版权.epub", extra={"META-INF/encryption.xml": chapter})
        )
    assert "加密" in caught.value.message and "EPUB" in caught.value.message
    font = ENCRYPTION.format(uri="OEBPS/Fonts/song.ttf")
    document = load_document(
        ff.write_epub(tmp_path / "字体.epub", extra={"META-INF/encryption.xml": font})
    )
    assert outline(document) == EXPECTED_OUTLINE


def test_epub_member_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A zip bomb in small: one chapter unpacks past the limit (its zip entry is tiny).
    big = ff.xhtml("大", ["同志们：" + "营" * 40_000])
    path = ff.write_epub(tmp_path / "炸弹.epub", extra={"OEBPS/Text/part01.xhtml": big})
    assert path.stat().st_size < 20_000
    monkeypatch.setattr(zipparts, "MAX_MEMBER_BYTES", 100_000)
    with pytest.raises(SpeechFileError) as caught:
        formats.extract(path)
    assert "过大" in caught.value.message and "part01" in caught.value.message
    monkeypatch.setattr(zipparts, "MAX_MEMBER_BYTES", 1_000_000)
    monkeypatch.setattr(zipparts, "MAX_TOTAL_BYTES", 100_000)
    with pytest.raises(SpeechFileError, match="过大"):
        formats.extract(path)


def test_a_zip_with_too_many_members_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zipparts, "MAX_MEMBERS", 5)
    with pytest.raises(SpeechFileError, match="过大"):
        formats.extract(ff.write_epub(tmp_path / "多.epub"))


def test_broken_epub(tmp_path: Path) -> None:
    path = tmp_path / "坏.epub"
    data = ff.write_epub(tmp_path / "好.epub").read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short: no central directory
    with pytest.raises(SpeechFileError) as caught:
        load_document(path)
    assert "EPUB" in caught.value.message


# ------------------------------------------------------------------ .rtf


@pytest.mark.parametrize("escapes", ["hex", "unicode", "word"])
def test_rtf_escapes_give_the_exact_text(tmp_path: Path, escapes: str) -> None:
    path = ff.write_rtf(tmp_path / "a.rtf", escapes)
    raw = path.read_bytes()
    assert raw.isascii()
    if escapes == "hex":
        assert b"\\ansicpg936" in raw and "一".encode("gbk").hex().encode() in raw.replace(
            b"\\'", b""
        )
    assert lines_of(path) == ff.speech_lines()


def test_rtf_on_one_long_line_reads_the_same(tmp_path: Path) -> None:
    # A writer that never wraps: the reader cuts the line (before control words, never
    # inside a run of \'hh bytes) and the text is the same.
    from tui.formats import rtf

    wrapped = ff.write_rtf(tmp_path / "a.rtf", "hex").read_bytes()
    one_line = tmp_path / "b.rtf"
    one_line.write_bytes(wrapped.replace(b"\r\n", b""))
    assert len(one_line.read_bytes()) > rtf.LONG_LINE
    assert lines_of(one_line) == ff.speech_lines()


def test_rtf_hostile_long_lines_are_cut(tmp_path: Path) -> None:
    # striprtf's link and font-table patterns take time growing with the cube of a line's
    # length; the reader hands it short lines.
    from tui.formats import rtf

    links = "{\\rtf1 " + '{\\field{\\*\\fldinst{ HYPERLINK "a' * 20_000 + "}"
    fonts = "{\\rtf1{\\fonttbl" + "\\f1 " * 50_000 + "}}"
    for source in (links, fonts):
        assert max(map(len, rtf._short_lines(source).split("\n"))) < 40
    path = tmp_path / "c.rtf"
    path.write_text(links, encoding="ascii")
    with pytest.raises(EmptyFileError):
        formats.extract(path)


def test_rtf_surrogate_pairs_and_control_characters(tmp_path: Path) -> None:
    # U+20000 (CJK Extension B) as two \uN escapes; \u27 is ESC, which must not survive.
    path = tmp_path / "b.rtf"
    path.write_bytes(b"{\\rtf1\\ansi\\uc1 \\u-10176?\\u-9216?\\u27?[2J\\par \\'d6\\'d0}")
    text = formats.extract(path).text
    assert "\U00020000" in text and "\x1b" not in text
    # Without \ansicpg the bytes are the default ANSI code page (cp1252), as RTF says.
    assert text.split("\n")[1] == formats.PARAGRAPH_INDENT + "Ö\u00d0"


@pytest.mark.parametrize(
    "data",
    [b"{\\rtf1\\ansi}", b"{\\rtf1 {\\*\\generator WPS;}}", b"{\\rtf1}}}}{{{\\'zz"],
)
def test_rtf_empty_or_broken_says_so(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "空.rtf"
    path.write_bytes(data)
    with pytest.raises(EmptyFileError):
        load_document(path)


# ------------------------------------------------------------------ .odt


def test_odt_tables_notes_spaces_frames_and_deletions(tmp_path: Path) -> None:
    body = (
        '<text:h text:outline-level="1">一、<text:span>总体</text:span>要求</text:h>'
        '<text:p>甲<text:s text:c="3"/>乙<text:tab/>丙<text:line-break/>丁'
        "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>注释正文"
        "</text:p></text:note-body></text:note></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的话</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<table:table><table:table-row><table:table-cell><text:p>单元一</text:p></table:table-cell>"
        "<table:table-cell><text:p>单元二</text:p></table:table-cell></table:table-row></table:table>"
        "<text:list><text:list-item><text:p>列表项</text:p></text:list-item></text:list>"
        '<text:p>正文<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">'
        "<draw:text-box><text:p>文本框</text:p></draw:text-box></draw:frame>结束</text:p>"
        '<text:h text:outline-level="7">深层标题</text:h>'
    )
    lines = lines_of(ff.write_odt(tmp_path / "a.odt", body))
    assert lines == [
        "# 一、总体要求",
        "甲   乙\t丙",
        "丁1",
        "单元一 | 单元二",
        "列表项",
        "正文结束",
        "文本框",
        "深层标题",
    ]


def test_odt_with_a_password_says_so(tmp_path: Path) -> None:
    manifest = ff.ODT_MANIFEST.replace(
        'manifest:media-type="text/xml"/>',
        'manifest:media-type="text/xml"><manifest:encryption-data/></manifest:file-entry>',
    )
    with pytest.raises(EncryptedFileError) as caught:
        load_document(ff.write_odt(tmp_path / "加密.odt", manifest=manifest))
    assert "OpenDocument" in caught.value.message


def test_an_opendocument_spreadsheet_is_not_read_as_text(tmp_path: Path) -> None:
    path = ff.zip_with_mimetype(
        tmp_path / "表格.odt",
        "application/vnd.oasis.opendocument.spreadsheet",
        {"content.xml": ff.odt_content("")},
    )
    assert formats.sniff_file(path) == "odt"  # by its name: the mimetype is not text
    with pytest.raises(UnsupportedFormatError) as caught:
        load_document(path)
    assert "spreadsheet" in caught.value.message


def test_broken_odt(tmp_path: Path) -> None:
    path = ff.zip_with_mimetype(
        tmp_path / "坏.odt",
        "application/vnd.oasis.opendocument.text",
        {"content.xml": "<office:document-content><unclosed>"},
    )
    with pytest.raises(SpeechFileError) as caught:
        load_document(path)
    assert "OpenDocument" in caught.value.message


# ------------------------------------------------------------------ .wps


def test_wps_without_converter_names_wps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.formats import doc

    monkeypatch.setattr(doc, "find_converter", lambda: None)
    path = tmp_path / "文稿.wps"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ConverterMissingError) as caught:
        load_document(path)
    assert "WPS" in caught.value.message and "antiword" in caught.value.message


@pytest.mark.skipif(
    shutil.which("antiword") is None or ff.soffice() is None,
    reason="antiword reads it; LibreOffice writes the Word 97 file",
)
def test_a_word_97_file_named_wps_opens_through_antiword(tmp_path: Path) -> None:
    typed = ff.write_docx_typed(tmp_path / "手打编号.docx")
    (made,) = ff.write_doc([typed], tmp_path)
    folder = tmp_path / "用户"
    folder.mkdir()
    path = folder / "文稿.wps"
    path.write_bytes(made.read_bytes())
    document = load_document(path)
    assert document.encoding == "doc/antiword"
    assert outline(document) == EXPECTED_OUTLINE
    assert [p.name for p in folder.iterdir()] == ["文稿.wps"]  # nothing written next to it


# ------------------------------------------------------------------ cache, imports


@pytest.mark.parametrize("name", ["网页.mhtml", "文集.epub", "讲话-gbk.rtf", "讲话.odt"])
def test_new_formats_are_cached(
    folder: Path, name: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = formats.read_source(folder / name)
    assert list((home / "cache" / "extracted").glob("*.json"))

    def fail(*_: object) -> None:
        raise AssertionError("extracted again instead of read from the cache")

    monkeypatch.setattr(formats, "extract_bytes", fail)
    assert formats.read_source(folder / name) == first


def test_new_format_modules_import_without_their_libraries() -> None:
    code = (
        "import sys, tui.formats.mhtml, tui.formats.epub, tui.formats.rtf, tui.formats.odt\n"
        "import tui.formats.zipparts, tui.formats.doc\n"
        "print(','.join(m for m in ('textual', 'rich', 'lxml', 'selectolax', 'striprtf')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_docx_member_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Word file is a zip too: its document.xml is read within the same limits (a .docx
    zip bomb used to be unpacked whole into memory)."""
    path = ff.write_docx_numbered(tmp_path / "炸弹.docx")
    assert formats.extract(path).text  # opens within the usual limits
    monkeypatch.setattr(zipparts, "MAX_MEMBER_BYTES", 500)
    with pytest.raises(SpeechFileError) as caught:
        formats.extract(path)
    assert "过大" in caught.value.message and "document.xml" in caught.value.message
