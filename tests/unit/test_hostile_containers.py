"""Hostile files that would hang or fool the reader: each is read, or refused with a
message in both languages, in bounded time (hostile61's adversarial pass)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tui import formats
from tui.base.decode import decode
from tui.base.errors import DecodeError, SpeechFileError
from tui.engine import load_document
from tui.formats import nesting, pdfstreams, zipparts

WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DEEP = 20_000
"""Nested ``<div>`` s: lexbor took 1.5 s for this page (and 61 s at 100,000, a 1.1 MB file)."""


def deep_page(depth: int = DEEP, tag: str = "div") -> str:
    return (
        "<html><head><title>讲话</title></head><body>"
        + f"<{tag}>" * depth
        + "<p>同志们：今天的会议很重要。</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )


@pytest.mark.parametrize("tag", ["div", "span", "blockquote"])
def test_a_page_nested_too_deep_is_refused_before_it_is_parsed(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "深.html"
    path.write_text(deep_page(tag=tag), encoding="utf-8")
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "嵌套过深" in caught.value.message and f"{DEEP + 2} 层" in caught.value.message
    assert "too deep" in caught.value.message_en and "web page" in caught.value.message_en


def test_a_saved_single_file_page_nested_too_deep_is_refused(tmp_path: Path) -> None:
    path = ff.write_mhtml(tmp_path / "深.mhtml", page_html=deep_page())
    with pytest.raises(SpeechFileError, match="嵌套过深"):
        formats.read_source(path)


def test_an_ebook_whose_chapters_together_nest_too_much_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each chapter alone is under the limit; the book's chapters together are not.
    chapter = ff.xhtml("章", ["<div>" * 300 + "同志们：会议很重要。" + "</div>" * 300])
    work, _, _ = nesting.nesting_work(chapter)
    monkeypatch.setattr(nesting, "MAX_NESTING_WORK", work * 3)
    extra: dict[str, str | bytes] = {
        f"OEBPS/Text/part{n:02d}.xhtml": chapter for n in range(1, len(ff.epub_chapters()) + 1)
    }
    assert len(extra) > 3
    path = ff.write_epub(tmp_path / "书.epub", extra=extra)
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "嵌套过深" in caught.value.message and "EPUB" in caught.value.message
    assert "normal EPUB e-book" in caught.value.message_en


def test_ordinary_pages_nest_far_under_the_limit(tmp_path: Path) -> None:
    # Unclosed <p> and <li>, void <br> and <img>, more closing tags than opening ones:
    # none of them deepens the nesting; a page of speeches 60 <div> s deep reads.
    flat = "<p>段落。<br><img src=x><li>条目" * 5_000 + "</div>" * 100
    assert nesting.nesting_work(flat)[1] == 0
    article = "<div>" * 60 + "<p>同志们：今天的会议很重要。</p>" * 3_000 + "</div>" * 60
    work, depth, _ = nesting.nesting_work(article)
    assert depth == 60 and work < nesting.MAX_NESTING_WORK // 100
    path = tmp_path / "页.html"
    path.write_text(ff.saved_page(article, "讲话"), encoding="utf-8")
    assert "今天的会议很重要" in formats.read_source(path).text


TRADITIONAL = "同志們：今天我們召開全市經濟工作會議，主要任務是總結過去一年的工作。\n" * 20
SPEECH = "一、提高认识，狠抓落实。\n同志们：今天我们召开全市优化营商环境大会，研究部署工作。\n" * 30

# (id, bytes, encoding, places that did not decode)
DAMAGED: list[tuple[str, bytes, str, int]] = [
    ("gbk, stray bytes at the end", SPEECH.encode("gbk") + b"\xff\xfe\x81", "gb18030", 1),
    ("gbk, a bad byte inside", SPEECH.encode("gbk") + b"\xff" + SPEECH.encode("gbk"), "gb18030", 1),
    ("utf-8, stray bytes at the end", SPEECH.encode() + b"\xff\xfe", "utf-8", 2),
    ("utf-8, a bad byte inside", SPEECH.encode() + b"\xff" + SPEECH.encode(), "utf-8", 1),
    (
        "utf-16 with its bom, odd length",
        b"\xff\xfe" + SPEECH.encode("utf-16-le") + b"A",
        "utf-16-le",
        1,
    ),
    ("utf-16 without a bom, odd length", SPEECH.encode("utf-16-be") + b"A", "utf-16-be", 1),
]


@pytest.mark.parametrize(
    ("data", "encoding", "undecoded"), [row[1:] for row in DAMAGED], ids=[row[0] for row in DAMAGED]
)
def test_a_text_damaged_in_a_few_places_reads_with_a_mark_there(
    data: bytes, encoding: str, undecoded: int
) -> None:
    # Refused before (无法识别文件的文字编码, or "not a text file" for UTF-16 without its
    # BOM), or read by the detector's guess in another script (iso8859_5: every
    # character wrong).
    decoded = decode(data, "讲话.txt")
    assert (decoded.encoding, decoded.undecoded, decoded.guessed) == (encoding, undecoded, False)
    assert decoded.text.startswith(SPEECH.split("\n")[0]) and "\ufffd" in decoded.text
    assert decoded.text.count("营商环境") >= SPEECH.count("营商环境")


@pytest.mark.parametrize(
    ("data", "refused_or_encoding"),
    [
        (SPEECH.encode("gbk").replace(b"\n", b"\xff\n"), DecodeError),  # damaged all through
        ("The café's menu.\n".encode("latin-1") * 2, "not utf-8"),  # no Chinese
        (TRADITIONAL.encode("big5") + b"\xff", DecodeError),  # not as GB18030, as before
    ],
    ids=["damaged all through", "latin-1", "big5"],
)
def test_what_is_no_damaged_chinese_text_is_read_as_before(
    data: bytes, refused_or_encoding: type[SpeechFileError] | str
) -> None:
    if isinstance(refused_or_encoding, str):
        decoded = decode(data, "x.txt")
        assert decoded.undecoded == 0 and "\ufffd" not in decoded.text
        if refused_or_encoding == "not utf-8":
            assert decoded.encoding != "utf-8" and "caf" in decoded.text
        else:
            assert decoded.encoding == refused_or_encoding
    else:
        with pytest.raises(refused_or_encoding):
            decode(data, "x.txt")


def test_a_short_utf16_file_with_its_bom_one_byte_short_reads() -> None:
    # The BOM names the encoding: no Chinese text is asked of it (four characters here).
    decoded = decode(b"\xff\xfe" + "讲话正文。\n".encode("utf-16-le") + b"A", "讲话.txt")
    assert (decoded.text, decoded.encoding, decoded.undecoded) == (
        "讲话正文。\n\ufffd",
        "utf-16-le",
        1,
    )


def test_the_damaged_places_are_told_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(SPEECH.encode("gbk") + b"\xff\xfe\x81")
    extracted = formats.read_source(path)
    assert "全市优化营商环境大会" in extracted.text
    (warning,) = extracted.warnings
    assert "1 处" in warning and "gb18030" in warning and "�" in warning
    assert "1 place(s)" in warning.en and "damaged or cut short" in warning.en


def pdf_with_streams(streams: list[tuple[bytes, bytes]]) -> bytes:
    """A one-page PDF whose objects 4… are ``streams`` (dictionary entries, data to
    compress), the first of them the page's content. Entries naming a ``/Filter`` come with
    their data encoded already."""
    import zlib

    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>",
    ]
    for entries, content in streams:
        packed = content if b"/Filter" in entries else zlib.compress(content, 9)
        if b"/Filter" not in entries:
            entries += b"/Filter/FlateDecode"
        objects.append(
            b"<<%s/Length %d>>stream\n" % (entries, len(packed)) + packed + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF" % (len(objects) + 1, xref)
    return bytes(out)


DRAWING = b"0 0 m " * 500_000
"""3 MB of a page's drawing (no text), inflated; some 10 KB compressed."""


def test_a_pdf_whose_page_inflates_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A PDF bomb in small (the limit 1 MB): before, PDFium inflated it whole and the
    # reader said it was a scan (a 1.5 MB file inflating to 1 GB: 23.9 s, 2.1 GB).
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 1_000_000)
    path = tmp_path / "炸弹.pdf"
    path.write_bytes(pdf_with_streams([(b"", DRAWING)]))
    assert path.stat().st_size < 20_000
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "解压后过大" in caught.value.message and "压缩流超过 1 MB" in caught.value.message
    assert "compressed stream over 1 MB" in caught.value.message_en


def test_pdf_streams_are_measured_alone_and_together_images_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 4_000_000)
    monkeypatch.setattr(pdfstreams, "MAX_STREAMS_BYTES", 5_000_000)
    image = (b"/Type/XObject/Subtype/Image/Width 1000/Height 3000", DRAWING)
    pdfstreams.check_streams(pdf_with_streams([(b"", b"BT ET"), image, image]), "x.pdf")
    with pytest.raises(SpeechFileError, match="压缩流合计超过 5 MB"):
        pdfstreams.check_streams(pdf_with_streams([(b"", DRAWING), (b"", DRAWING)]), "x.pdf")
    monkeypatch.setattr(pdfstreams, "MAX_STREAMS_BYTES", 10_000_000)
    pdfstreams.check_streams(pdf_with_streams([(b"", DRAWING), (b"", DRAWING)]), "x.pdf")


def lzw_packed(codes: list[int]) -> bytes:
    """LZW codes packed as PDF's LZWDecode reads them (EarlyChange 1: 9 bits, 10 from the
    511th table entry…; 256 clears the table, 257 ends)."""
    out, held, bits, entries, first = bytearray(), 0, 0, 258, True
    for code in codes:
        width = min(12, (entries + 1).bit_length())
        held, bits = (held << width) | code, bits + width
        while bits >= 8:
            bits -= 8
            out.append((held >> bits) & 0xFF)
            held &= (1 << bits) - 1
        if code == 256:
            entries, first = 258, True
        elif code != 257:
            entries, first = entries + (not first), False
    if bits:
        out.append((held << (8 - bits)) & 0xFF)
    return bytes(out)


def filtered(filters: bytes, data: bytes) -> tuple[bytes, bytes]:
    """A stream's dictionary entry and ``data`` encoded by ``filters`` (Flate, ASCII85,
    ASCIIHex), a space between names: ``/ASCII85Decode /FlateDecode``."""
    import base64
    import zlib

    for name in reversed(filters.split()):
        if name == b"/FlateDecode":
            data = zlib.compress(data, 9)
        elif name == b"/ASCII85Decode":
            data = base64.a85encode(data, wrapcol=72) + b"~>"
        else:
            data = data.hex().encode() + b">"
    return b"/Filter[%s]" % filters, data


LZW_BOMB = lzw_packed([256, 97, *range(258, 1800), 257])
"""a, aa, aaa…: 1.6 MB of "a" from 2 KB."""


@pytest.mark.parametrize(
    "stream",
    [
        filtered(b"/ASCII85Decode /FlateDecode", DRAWING),
        filtered(b"/ASCIIHexDecode /FlateDecode", DRAWING),
        filtered(b"/ASCIIHexDecode /ASCII85Decode /FlateDecode", DRAWING),
        (b"/Filter/LZWDecode", LZW_BOMB),
        (b"/Filter[/ASCII85Decode/LZWDecode]", filtered(b"/ASCII85Decode", LZW_BOMB)[1]),
        (b"/Filter/RunLengthDecode", b"\x81\x00" * 20_000 + b"\x80"),  # 128 zeros each
    ],
    ids=["a85-flate", "hex-flate", "hex-a85-flate", "lzw", "a85-lzw", "runlength"],
)
def test_a_pdf_bomb_behind_another_filter_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stream: tuple[bytes, bytes]
) -> None:
    # Only a stream whose first filter was Flate was measured: PDFium decoded these whole.
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 1_000_000)
    path = tmp_path / "炸弹.pdf"
    path.write_bytes(pdf_with_streams([stream]))
    assert path.stat().st_size < 100_000
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "解压后过大" in caught.value.message and "压缩流超过 1 MB" in caught.value.message
    assert "compressed stream over 1 MB" in caught.value.message_en


def test_a_pdf_bomb_whose_filters_are_given_by_reference_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # /Filter 9 0 R, object 9 the array [/ASCII85Decode /FlateDecode]: not measured before.
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 1_000_000)
    _, data = filtered(b"/ASCII85Decode /FlateDecode", DRAWING)
    pdf = pdf_with_streams([(b"/Filter 9 0 R", data)])
    at = pdf.index(b"xref")
    bomb = pdf[:at] + b"9 0 obj\n[/ASCII85Decode /FlateDecode]\nendobj\n" + pdf[at:]
    with pytest.raises(SpeechFileError, match="压缩流超过 1 MB"):
        pdfstreams.check_streams(bomb, "x.pdf")
    # Not found in the file (in an object stream): measured as Flate.
    flate = pdf_with_streams([(b"", DRAWING)]).replace(b"/Filter/FlateDecode", b"/Filter 9 0 R")
    with pytest.raises(SpeechFileError, match="压缩流超过 1 MB"):
        pdfstreams.check_streams(flate, "x.pdf")


def test_filtered_streams_under_the_limits_pass_and_count_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 4_000_000)
    monkeypatch.setattr(pdfstreams, "MAX_STREAMS_BYTES", 5_000_000)
    chained = filtered(b"/ASCII85Decode /FlateDecode", DRAWING)
    lzw = (b"/Filter /LZWDecode", LZW_BOMB)
    hex_only = filtered(b"/ASCIIHexDecode", DRAWING)  # (no larger decoded: not counted)
    pdfstreams.check_streams(pdf_with_streams([chained, lzw, hex_only]), "x.pdf")
    with pytest.raises(SpeechFileError, match="压缩流合计超过 5 MB"):
        pdfstreams.check_streams(pdf_with_streams([chained, lzw, chained]), "x.pdf")


def test_lzw_and_runlength_are_decoded_from_at_most_their_input_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A 100 MB stream of one-byte LZW codes cost about a minute of CPU before it was
    # refused: decoded in Python to 64 MB. Now at most MAX_SLOW_INPUT bytes of a file's
    # LZW and RunLength data are decoded (the rest left to PDFium, bounded in its own
    # process). Here: 240 KB of codes giving 160 KB, the limit 100 KB, the budget 50 KB.
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 100_000)
    monkeypatch.setattr(pdfstreams, "MAX_SLOW_INPUT", 50_000)
    one_byte_codes = (b"/Filter/LZWDecode", lzw_packed([256, *[97] * 160_000, 257]))
    runs = (b"/Filter/RunLengthDecode", b"\x00a" * 160_000 + b"\x80")  # (2 bytes: 1)
    for stream in (one_byte_codes, runs):
        pdfstreams.check_streams(pdf_with_streams([stream]), "x.pdf")  # (before: refused)
    # The budget is the file's: a bomb in a second stream after it is not decoded either,
    # one within it is refused as before.
    pdfstreams.check_streams(pdf_with_streams([runs, (b"/Filter/LZWDecode", LZW_BOMB)]), "x")
    with pytest.raises(SpeechFileError, match="压缩流超过"):
        pdfstreams.check_streams(pdf_with_streams([(b"/Filter/LZWDecode", LZW_BOMB)]), "x")


def test_an_lzw_bomb_past_the_budget_is_stopped_by_pdfiums_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the measure leaves is PDFium's, in its bounded process: a bomb there ends that
    process at its memory limit, and the file is refused with what happened."""
    from tui.formats import pdfchild

    monkeypatch.setattr(pdfstreams, "MAX_SLOW_INPUT", 10_000)  # (8 MB of the bomb's output)
    monkeypatch.setattr(pdfchild, "MEMORY_LIMIT", 400_000_000)
    codes = [256, 97, *range(258, 1800)] * 400 + [257]  # (640 MB)
    path = tmp_path / "炸弹.pdf"
    path.write_bytes(pdf_with_streams([(b"/Filter/LZWDecode", lzw_packed(codes))]))
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "PDF 解析库（PDFium）读它时" in caught.value.message


@pytest.fixture(scope="module")
def flate_bomb() -> bytes:
    """150 MB of a page's drawing, deflated (some 150 KB)."""
    import zlib

    return zlib.compress(b"0 0 m " * 25_000_000, 9)


@pytest.mark.parametrize(
    "first", ["DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "Crypt"]
)
def test_a_flate_bomb_behind_an_image_or_crypt_filter_is_never_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flate_bomb: bytes, first: str
) -> None:
    """Not measured (the check decodes no image filter nor encryption), because PDFium stops
    there too: a content stream of [/DCTDecode /FlateDecode] is never inflated for its text
    (a 300 MB bomb behind each: 0.14-0.17 s of PDFium's CPU, against 4.2 s and 596 MB
    inflated as plain Flate). Here PDFium's process has 120 MB: the bomb, 150 MB, would end
    it (the test below), and the file reads as a scan (no text), nothing met."""
    from tui.formats import pdfchild

    monkeypatch.setattr(pdfchild, "MEMORY_LIMIT", 120_000_000)
    path = tmp_path / "炸弹.pdf"
    filters = b"/Filter[/%s /FlateDecode]" % first.encode()
    path.write_bytes(pdf_with_streams([(filters, flate_bomb)]))
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "扫描版 PDF" in caught.value.message


def test_a_flate_bomb_the_check_lets_through_is_stopped_by_pdfiums_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flate_bomb: bytes
) -> None:
    """Should a PDFium inflate what the check leaves (behind such a filter, encrypted, past
    the LZW budget), its process's limits stop it: the same bomb as plain Flate, the
    check's limit raised over it, ends PDFium's process of 120 MB (before: inflated in the
    reader's own process)."""
    from tui.formats import pdfchild

    monkeypatch.setattr(pdfchild, "MEMORY_LIMIT", 120_000_000)
    monkeypatch.setattr(pdfstreams, "MAX_STREAM_BYTES", 200_000_000)
    path = tmp_path / "炸弹.pdf"
    path.write_bytes(pdf_with_streams([(b"/Filter/FlateDecode", flate_bomb)]))
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "PDF 解析库（PDFium）读它时" in caught.value.message


def test_a_page_of_a_great_many_tags_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (The limit 10,000 here: 10 MB of <br>, 2,500,000 tags, took 19 s and 880 MB.)
    monkeypatch.setattr(nesting, "MAX_PAGE_TAGS", 10_000)
    path = tmp_path / "换行.html"
    path.write_text(deep_page(1) + "<br>" * 10_000, encoding="utf-8")
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "标签过多" in caught.value.message and "10,0" in caught.value.message
    assert "too many web page tags" in caught.value.message_en
    path.write_text(deep_page(1) + "<br>" * 9_000, encoding="utf-8")
    assert "今天的会议很重要" in formats.read_source(path).text


def test_a_word_file_of_a_great_many_elements_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (The limit 10,000 here: a 79 KB .docx of 9,000,000 empty paragraphs took 45 s, 1.3 GB.)
    import zipfile

    monkeypatch.setattr(zipparts, "MAX_XML_TAGS", 10_000)
    body = "<w:p><w:r><w:t>同志们：今天的会议很重要。</w:t></w:r></w:p>"
    for count, refused in ((20_000, True), (5_000, False)):
        path = tmp_path / f"空段落{count}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                "word/document.xml",
                f'<w:document xmlns:w="{WORD}"><w:body>{body}{"<w:p/>" * count}'
                "</w:body></w:document>",
            )
        if refused:
            with pytest.raises(SpeechFileError) as caught:
                formats.read_source(path)
            assert "解压后过大" in caught.value.message and "document.xml" in caught.value.message
            assert "20,0" in caught.value.message and "tags" in caught.value.message_en
        else:
            assert "今天的会议很重要" in formats.read_source(path).text


ESCAPED_PAGE = (
    "<html><head><title>&#x1b;[2J在全市大会上的讲话_某某网</title></head><body>"
    "<p>同志们：</p><p>今天我们召开会议，研究部署工作。</p>"
    "<p>正文内容。&#x1b;]52;c;aGVsbG8=&#x07;</p>"
    "<p>这是第二段正文&#x1b;[1m加粗&#x1b;[0m的内容，完。</p></body></html>"
)


@pytest.mark.parametrize("kind", ["html", "mhtml"])
def test_escape_sequences_in_a_page_are_taken_out_whole(tmp_path: Path, kind: str) -> None:
    # As in a text file (decode): only the ESC went, ]52;c;aGVsbG8= and [1m stayed as text,
    # and [2J before the page's title. (&#x9b; is no C1 control in HTML: the standard reads
    # it as windows-1252's ›.)
    path = tmp_path / f"页.{kind}"
    if kind == "html":
        path.write_text(ESCAPED_PAGE, encoding="utf-8")
    else:
        ff.write_mhtml(path, page_html=ESCAPED_PAGE)
    document = load_document(path)
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "正文内容。" in texts and "这是第二段正文加粗的内容，完。" in texts
    assert not any(mark in text for text in texts for mark in ("]52", "[1m", "[0m"))
    assert document.speeches[0].title == "在全市大会上的讲话"


@pytest.mark.parametrize("charset", ["punycode", "idna", "undefined", "unicode_escape"])
def test_a_page_naming_a_codec_that_is_no_charset_is_read_by_the_decoder(
    tmp_path: Path, charset: str
) -> None:
    # <meta charset="punycode"> on a page of ASCII (its Chinese written as &#…;): Python's
    # punycode decoder is quadratic (160 KB: 10.6 s) and then failed with a UnicodeError
    # that ended speech-reader outline as a crash ("undefined" fails so at once);
    # unicode_escape turned a \x1b written in the page into ESC.
    speech = "".join(f"&#{ord(char)};" for char in "同志们：今天的会议很重要。")
    page = (
        f'<html><head><meta charset="{charset}"></head><body><p>{speech}</p>'
        f"<p>{'a' * 20_000}-{'b' * 20_000}</p></body></html>"
    )
    path = tmp_path / "页.html"
    path.write_bytes(page.encode("ascii"))
    started = time.perf_counter()
    extracted = formats.read_source(path)
    assert "今天的会议很重要" in extracted.text and extracted.encoding == "html/utf-8"
    assert time.perf_counter() - started < 5  # (punycode alone: 0.5 s here, 2 s at 40,000)


def test_a_single_file_pages_charset_with_an_escape_in_it_is_named_by_its_codec(
    tmp_path: Path,
) -> None:
    # charset="utf\x1b8" in the part's header: Python's lookup takes it as utf-8, and the
    # document's encoding was "mhtml/utf\x1b8" (shown made safe: "mhtml/utf␛8").
    page = "<html><body><p>同志们：今天的会议很重要，大家要认真学习领会。</p></body></html>"
    path = tmp_path / "页.mhtml"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
        b'Content-Type: text/html; charset="utf\x1b8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + page.encode("utf-8")
        + b"\r\n--B--\r\n"
    )
    extracted = formats.read_source(path)
    assert "今天的会议很重要" in extracted.text and extracted.encoding == "mhtml/utf-8"
