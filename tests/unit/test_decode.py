"""Decoding speech files: BOMs, UTF-8, UTF-16, GB18030, guesses, and the files we refuse."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.base.decode import Decoded, decode, decode_bytes, read_file
from tui.base.errors import (
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    SpeechFileError,
    UnreadableFileError,
)

SPEECH = "同志们：\n今天我们召开全市优化营商环境大会。一、提高认识，狠抓落实。\n"
LATIN = "Speech 2024: GDP grew 5.2%.\n"
TRADITIONAL = (
    "同志們：今天我們召開全市經濟工作會議，主要任務是總結過去一年的工作，部署明年的經濟工作。"
    "各級領導幹部要切實提高認識，狠抓落實，確保各項任務順利完成。\n"
)
JAPANESE = (
    "皆さん、こんにちは。本日は経済会議を開催します。ｱｲｳｴｵ、今年の取り組みを振り返りましょう。\n"
)
PURE_CJK = "同志们今天我们举行全市优化营商环境大会提高认识狠抓落实确保各项任务顺利完成"

_RANDOM = random.Random(20240601)
CONTROL_BYTES = bytes(
    _RANDOM.choice(
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1c\x1d\x1e\x1f\x7f"
    )
    for _ in range(600)
)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000010000000100806000000"
    "1ff3ff610000001649444154789c63f8ffff3f0325980ad4e0a10a0066ecff01b3c0d5a20000000049454e44ae426082"
)

# (id, bytes, expected text, expected encoding, guessed)
CASES: list[tuple[str, bytes, str, str, bool]] = [
    ("utf-8", SPEECH.encode("utf-8"), SPEECH, "utf-8", False),
    ("utf-8 ascii", LATIN.encode("ascii"), LATIN, "utf-8", False),
    ("utf-8 bom", b"\xef\xbb\xbf" + SPEECH.encode("utf-8"), SPEECH, "utf-8-sig", False),
    ("utf-16-le bom", b"\xff\xfe" + SPEECH.encode("utf-16-le"), SPEECH, "utf-16-le", False),
    ("utf-16-be bom", b"\xfe\xff" + SPEECH.encode("utf-16-be"), SPEECH, "utf-16-be", False),
    ("utf-16-le no bom", SPEECH.encode("utf-16-le"), SPEECH, "utf-16-le", False),
    ("utf-16-be no bom", SPEECH.encode("utf-16-be"), SPEECH, "utf-16-be", False),
    ("utf-16-le no bom ascii", LATIN.encode("utf-16-le"), LATIN, "utf-16-le", False),
    ("utf-16-le no bom no nul", PURE_CJK.encode("utf-16-le"), PURE_CJK, "utf-16-le", False),
    ("gb18030", SPEECH.encode("gb18030"), SPEECH, "gb18030", False),
    ("gbk", SPEECH.encode("gbk"), SPEECH, "gb18030", False),
    ("gb2312", SPEECH.encode("gb2312"), SPEECH, "gb18030", False),
    ("gb18030 four-byte char", "𠮷字。\n".encode("gb18030"), "𠮷字。\n", "gb18030", False),
    ("crlf", "一行。\r\n二行。\r\n".encode(), "一行。\n二行。\n", "utf-8", False),
    ("lone cr", "一行。\r二行。\r".encode(), "一行。\n二行。\n", "utf-8", False),
    ("crlf gb18030", "一行。\r\n二行。".encode("gb18030"), "一行。\n二行。", "gb18030", False),
    (
        "crlf utf-16",
        b"\xff\xfe" + "一行。\r\n二行。\r".encode("utf-16-le"),
        "一行。\n二行。\n",
        "utf-16-le",
        False,
    ),
    (
        "u+2028 kept",
        "一行\u2028同一行。\n二行。".encode(),
        "一行\u2028同一行。\n二行。",
        "utf-8",
        False,
    ),
    (
        "tab form feed esc: text, controls and escape sequences taken out",
        "第一页\t。\f第二页\x1b[1m。\n".encode(),
        "第一页\t。第二页。\n",
        "utf-8",
        False,
    ),
    ("dos eof byte", SPEECH.encode() * 3 + b"\x1a", SPEECH * 3, "utf-8", False),
    (
        "utf-8 cut mid-character",
        SPEECH.encode() + "好".encode()[:2],
        SPEECH + "\ufffd",
        "utf-8",
        False,
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "encoding", "guessed"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_decode(data: bytes, text: str, encoding: str, guessed: bool) -> None:
    decoded = decode(data, "讲话.txt")
    assert decoded == Decoded(text, encoding, guessed)
    assert decode_bytes(data) == (text, encoding)


def test_u2028_is_not_a_line_break() -> None:
    source = "第一行\u2028仍是第一行\n第二行\u2028\n第三行"
    text = decode(source.encode("utf-8")).text
    assert text.count("\n") == source.count("\n") == 2
    assert text.count("\u2028") == 2


@pytest.mark.parametrize("junk", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_junk_is_taken_out_of_an_otherwise_plain_file(junk: str) -> None:
    """One such character in a file with nothing else to take out or show (the usual
    file is returned as it is after one scan: that scan must find these too)."""
    source = f"讲话\n同志们：\n营商{junk}环境。\n"
    assert decode(source.encode("utf-8")).text == "讲话\n同志们：\n营商环境。\n"


# (id, bytes, encodings the detector may name, expected text)
GUESSED: list[tuple[str, bytes, set[str], str]] = [
    ("big5", TRADITIONAL.encode("big5"), {"big5", "cp950", "big5hkscs"}, TRADITIONAL),
    ("shift-jis", JAPANESE.encode("shift_jis"), {"cp932", "shift_jis", "shift_jis_2004"}, JAPANESE),
]


@pytest.mark.parametrize(
    ("data", "encodings", "text"), [c[1:] for c in GUESSED], ids=[c[0] for c in GUESSED]
)
def test_detector_guess(data: bytes, encodings: set[str], text: str) -> None:
    decoded = decode(data)
    assert decoded.guessed is True
    assert decoded.encoding in encodings
    assert decoded.text == text


def test_utf16_without_nul_bytes_row_has_none() -> None:
    assert b"\x00" not in PURE_CJK.encode("utf-16-le")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=100).map(lambda text: text.encode("utf-16-le")),
        st.text(max_size=100).map(lambda text: text.encode("gb18030", errors="ignore")),
    )
)
def test_any_bytes_give_text_or_a_speech_file_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except SpeechFileError as error:
        assert error.message and error.message_en
        return
    assert "\r" not in decoded.text
    assert not decoded.text.startswith("\ufeff")
    assert decoded.text.strip("\ufeff\u200b")


def test_big5_is_not_taken_for_gb18030() -> None:
    """Big5 bytes decode as (nonsense) GB18030: only the common-character check catches it."""
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # strict GB18030 accepts these bytes
    assert decode(data).encoding != "gb18030"


# (id, bytes, error)
ERRORS: list[tuple[str, bytes, type[SpeechFileError]]] = [
    (
        "nul bytes",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"word/document.xml",
        BinaryFileError,
    ),
    ("control bytes", CONTROL_BYTES, BinaryFileError),
    ("control bytes odd length", CONTROL_BYTES[:-1], BinaryFileError),
    ("png header", PNG, BinaryFileError),
    # NULs at every third byte: both UTF-16 byte orders read it as printable Latin Extended
    # letters and ideographs, which is not text.
    ("nul pattern printable as utf-16", b"\x00\x01\x02PK\x00" * 50, BinaryFileError),
    ("random bytes", bytes(_RANDOM.randrange(256) for _ in range(4000)), BinaryFileError),
    (
        "random bytes without nul",
        bytes(_RANDOM.randrange(1, 256) for _ in range(4000)),
        BinaryFileError,
    ),
    ("empty", b"", EmptyFileError),
    ("spaces and newlines", b"  \n\r\n\t \n", EmptyFileError),
    ("utf-8 bom only", b"\xef\xbb\xbf", EmptyFileError),
    ("utf-8 bom and blank lines", b"\xef\xbb\xbf\n\n", EmptyFileError),
    ("full-width spaces", "\u3000\u3000\n\u3000".encode(), EmptyFileError),
    ("utf-16 bom only", b"\xff\xfe", EmptyFileError),
    ("utf-16 blank no bom", " \n".encode("utf-16-le"), EmptyFileError),
    ("utf-8 bom then gbk", b"\xef\xbb\xbf" + SPEECH.encode("gbk"), DecodeError),
    ("utf-8 bom then control bytes", b"\xef\xbb\xbf" + CONTROL_BYTES, BinaryFileError),
]


@pytest.mark.parametrize(("data", "error"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_refused(data: bytes, error: type[SpeechFileError]) -> None:
    with pytest.raises(error) as caught:
        decode(data, "/tmp/讲话.txt")
    _check_message(caught.value, "/tmp/讲话.txt")


def test_read_file(tmp_path: Path) -> None:
    file = tmp_path / "讲话.txt"
    file.write_bytes(b"\xef\xbb\xbf" + SPEECH.replace("\n", "\r\n").encode())
    assert read_file(file) == Decoded(SPEECH, "utf-8-sig", False)
    assert read_file(str(file)).text == SPEECH


# (id, how to make the path, error)
READ_ERRORS: list[tuple[str, str, type[SpeechFileError]]] = [
    ("folder", "folder", UnreadableFileError),
    ("missing", "missing", UnreadableFileError),
    ("below a file", "below-file", UnreadableFileError),
    ("empty file", "empty", EmptyFileError),
    ("binary file", "binary", BinaryFileError),
]


@pytest.mark.parametrize(
    ("kind", "error"), [c[1:] for c in READ_ERRORS], ids=[c[0] for c in READ_ERRORS]
)
def test_read_file_refused(tmp_path: Path, kind: str, error: type[SpeechFileError]) -> None:
    path = tmp_path / "讲话.txt"
    if kind == "folder":
        path.mkdir()
    elif kind == "below-file":
        path.write_text("文字。", encoding="utf-8")
        path = path / "inner.txt"
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(PNG)
    with pytest.raises(error) as caught:
        read_file(path)
    _check_message(caught.value, str(path))


def _check_message(error: SpeechFileError, path: str) -> None:
    """Chinese first (str(error) is the Chinese message), an English one beside it."""
    assert error.path == path
    assert str(error) == error.message
    assert re.search("[\u4e00-\u9fff]", error.message), error.message
    assert error.message_en and re.search("[A-Za-z]{4}", error.message_en)
    assert not re.search("[\u4e00-\u9fff]", error.message_en.replace(Path(path).name, ""))


def test_a_file_over_the_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.base import files
    from tui.engine import TooLargeError

    path = tmp_path / "huge.txt"
    path.write_text("同志们：\n" * 100, encoding="utf-8")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 500)
    with pytest.raises(TooLargeError) as caught:
        read_file(path)
    assert "太大" in caught.value.message and "too large" in caught.value.message_en


def test_stray_control_characters_are_taken_out_line_numbers_kept(tmp_path: Path) -> None:
    """ESC/CSI/OSC, BEL, form feeds and C1 controls never reach the screen (they could
    drive the terminal: ESC ]52 writes the clipboard); lines keep the file's numbers."""
    from tui.engine import load_document

    path = tmp_path / "ctl.txt"
    path.write_bytes(
        "讲话\n\x1b]52;c;ZXZpbA==\x07同志们：\n\x0c一、第一部分\n正文\x1b[2J内容。\x85\n"
        "二、第二部分\n正文。\n".encode()
    )
    document = load_document(path)
    texts = "".join(p.text for p in document.paragraphs)
    assert not any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in texts)
    assert [(h.marker, h.title, h.line) for s in document.speeches for h in s.headings] == [
        ("一、", "第一部分", 3),
        ("二、", "第二部分", 5),
    ]
    assert "正文内容。" in texts  # (the escape sequences taken out whole, not only their ESC)


def test_bidi_and_zero_width_characters_are_shown_line_numbers_kept(tmp_path: Path) -> None:
    """A bidi override or a tag character in a file cannot reorder or hide text on screen:
    each is a visible placeholder (tui.base.safetext); zero-width spaces, which mean
    nothing in Chinese text, are taken out (a word split by one reads, and is found,
    whole); lines keep their numbers, U+2028 still separates paragraphs."""
    from tui.base.safetext import is_safe
    from tui.engine import load_document

    path = tmp_path / "bidi.txt"
    path.write_bytes(
        "讲话\n同志们：\n一、第一部分\n正文\u202e。文内容\u200b隐藏\U000e0041。\u2028下一段。\n"
        "二、第\u2066二\u2069部分\n正文。\n".encode()
    )
    document = load_document(path)
    texts = [p.text for p in document.paragraphs]
    assert all(is_safe(text) for text in texts)
    joined = "".join(texts)
    assert "正文‹U+202E›。文内容隐藏‹U+E0041›。" in joined
    assert "\u200b" not in joined
    assert "下一段。" in texts
    assert [(h.marker, h.line) for s in document.speeches for h in s.headings] == [
        ("一、", 3),
        ("二、", 5),
    ]


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("正文内容。\x1b]52;c;aGVsbG8=\x07", "正文内容。"),  # OSC 52 (the clipboard), BEL-ended
        ("正文内容。\x1b]0;标题\x1b\\", "正文内容。"),  # OSC ended by ST
        ("正文\x1b[1;31m内容\x1b[0m。", "正文内容。"),  # SGR colours
        ("正文\x9b2J内容。", "正文内容。"),  # a C1 CSI
        (
            "正文内容。\x1b]52;c;没有结尾",
            "正文内容。52;c;没有结尾",
        ),  # no end on its line: ESC ] only
        ("正文[2J内容。", "正文[2J内容。"),  # no ESC: the text as it stands
        # DCS, APC, PM, SOS strings, ESC- or C1-opened: their contents were left as text
        # (正文1$qm内容。, safety85)
        ("正文\x1bP1$qm\x1b\\内容。", "正文内容。"),  # DCS (DECRQSS), ST-ended
        ("正文\x1b_Gf=100;AAAA\x1b\\内容。", "正文内容。"),  # APC (kitty graphics)
        ("正文\x1b^privacy\x07内容。", "正文内容。"),  # PM
        ("正文\x1bXstring\x1b\\内容。", "正文内容。"),  # SOS
        ("正文\x90q#0;2;0;0;0\x9c内容。", "正文内容。"),  # a C1 DCS (sixel)
        ("正文\x9fapc\x9c内容。", "正文内容。"),  # a C1 APC
    ],
)
def test_escape_sequences_are_taken_out_whole_and_the_paragraph_stays_text(
    tmp_path: Path, line: str, shown: str
) -> None:
    """A paragraph holding a terminal escape sequence is read as the text around it: its
    parameters left behind (``]52;c;aGVsbG8=``) made the paragraph look like page junk, and
    it was hidden as noise (newuser28)."""
    from tui.engine import Kind, load_document

    path = tmp_path / "esc.txt"
    path.write_bytes(f"讲话\n同志们：\n一、第一部分\n{line}\n二、第二部分\n正文。\n".encode())
    document = load_document(path)
    found = [p for p in document.paragraphs if p.line == 4]
    assert [(p.text, p.kind) for p in found] == [(shown, Kind.BODY)]


# ------------------------------------------------- a paragraph in another encoding (safety85)

MIXED_BODY = "同志们：\n" + "".join(
    f"{i}、营商环境是企业发展的土壤，优化营商环境就是解放生产力、提高综合竞争力。\n"
    for i in range(1, 301)
)
PASTED = "这一段是从另一个文件里复制过来的，它用的是另一种编码，和其余的文字不一样。\n"


def test_a_utf8_speech_with_a_gbk_paragraph_pasted_in_reads_every_line(tmp_path: Path) -> None:
    """A UTF-8 speech (33 KB) with one paragraph pasted from a GBK file was refused whole:
    无法识别文件的文字编码 (too many places for ``_mostly``, nothing the detector named)."""
    from tui import formats

    lines = MIXED_BODY.encode().split(b"\n")
    data = b"\n".join(lines[:150]) + b"\n" + PASTED.encode("gbk") + b"\n".join(lines[150:])
    decoded = decode(data, "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.guessed) == ("utf-8", (1, "gb18030"), False)
    expected = MIXED_BODY.split("\n")
    assert decoded.text.split("\n") == expected[:150] + [PASTED.rstrip("\n")] + expected[150:]
    path = tmp_path / "讲话.txt"
    path.write_bytes(data)
    (warning,) = formats.read_source(path).warnings
    assert "1 行是 gb18030 编码" in warning and "utf-8" in warning
    assert "1 line(s) are gb18030" in warning.en


@pytest.mark.parametrize(
    "other",
    [
        TRADITIONAL.encode("big5") * 3,  # decodes as GB18030 too, but as no Chinese text
        JAPANESE.encode("shift_jis") * 3,
        "The café's menu, déjà vu.\n".encode("latin-1"),  # no Chinese at all
    ],
    ids=["big5", "shift-jis", "latin-1"],
)
def test_lines_in_another_encoding_than_gb18030_are_not_read_as_it(other: bytes) -> None:
    lines = MIXED_BODY.encode().split(b"\n")
    data = b"\n".join(lines[:150]) + b"\n" + other + b"\n".join(lines[150:])
    try:
        decoded = decode(data, "x.txt")
    except DecodeError:
        return
    assert decoded.mixed is None


@pytest.mark.parametrize(
    "text", ["正文\x90q#0;2\x9c内容。", "正文\x9fapc\x07内容。", "正文\x1bP1$qm\x1b\\内容。"]
)
def test_extracted_text_loses_device_control_strings_whole(text: str) -> None:
    """``without_escapes`` (the web pages', e-books', RTF's and PDFs' text): a DCS or APC
    string's contents were left as text, a C1-opened one was not even looked for."""
    from tui.base.decode import without_escapes

    assert without_escapes(text) == "正文内容。"


# ------------------------------------------------- NUL bytes in a text file (safety85)

NUL_BODY = "同志们：\n" + "营商环境是企业发展的土壤，优化营商环境就是解放生产力。\n" * 40


@pytest.mark.parametrize(
    ("data", "encoding", "nuls"),
    [
        (NUL_BODY.encode() + b"\x00" * 4096, "utf-8", 4096),  # a crash's zeros at its end
        (NUL_BODY.encode("gbk") + b"\x00" * 100, "gb18030", 100),
        (NUL_BODY.encode()[:60] + b"\x00" + NUL_BODY.encode()[60:], "utf-8", 1),  # one stray
        # test_refused's "text with one nul" (a BinaryFileError since the first decoder)
        (SPEECH.encode() + b"\x00" + SPEECH.encode(), "utf-8", 1),
    ],
    ids=["utf-8, zeros at the end", "gbk, zeros at the end", "one in the middle", "one nul"],
)
def test_a_chinese_text_with_a_few_nul_bytes_reads_without_them(
    tmp_path: Path, data: bytes, encoding: str, nuls: int
) -> None:
    """A text file a crash or power cut left ending in zeros (or a copy left a NUL in)
    was refused as no text file (这不是文本文件（看起来是二进制文件…）)."""
    from tui import formats

    decoded = decode(data, "讲话.txt")
    text = data.replace(b"\x00", b"").decode(encoding)
    assert (decoded.text, decoded.encoding, decoded.nuls) == (text, encoding, nuls)
    path = tmp_path / "讲话.txt"
    path.write_bytes(data)
    (warning,) = formats.read_source(path).warnings
    assert f"{nuls} 个空字节（NUL）" in warning and "断电或程序崩溃" in warning
    assert f"{nuls} NUL byte(s)" in warning.en


def test_a_file_of_nothing_but_nul_bytes_says_so() -> None:
    with pytest.raises(EmptyFileError, match="只有空字节"):
        decode(b"\x00" * 4096, "讲话.txt")


@pytest.mark.parametrize(
    "data",
    [
        NUL_BODY.encode().replace(b"\n", b"\x00\n"),  # NULs all through
        bytes(range(256)) * 4,  # binary
        b"\x00" * 10 + LATIN.encode() * 40,  # no Chinese
    ],
    ids=["many", "binary", "no chinese"],
)
def test_what_holds_more_nul_bytes_or_no_chinese_stays_binary(data: bytes) -> None:
    with pytest.raises(BinaryFileError):
        decode(data, "x.txt")


@pytest.mark.parametrize(
    ("where", "pasted"),
    [
        (0, PASTED),
        (150, PASTED),
        (300, PASTED),
        # Its UTF-8 bytes are valid GB18030 too: the file decoded as GB18030 whole.
        (150, "祝福各位企业家和同志们，新年快乐！万事如意！\n"),
    ],
    ids=["first", "middle", "last", "valid-gb18030"],
)
def test_a_gbk_speech_with_a_utf8_paragraph_pasted_in_reads_every_line(
    tmp_path: Path, where: int, pasted: str
) -> None:
    """The reverse of the case above: a GBK speech with one paragraph pasted from a UTF-8
    file read as GB18030 whole (it decodes so), the paragraph garbled (这一段 as 杩欎竴娈).
    Each line is read in the encoding that gives Chinese text, and the user is told."""
    from tui import formats

    lines = MIXED_BODY.encode("gbk").split(b"\n")
    if "祝福" in pasted:
        pasted.encode().decode("gb18030")  # (as its id says)
    lines.insert(where, pasted.rstrip("\n").encode())
    data = b"\n".join(lines)
    decoded = decode(data, "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.guessed) == ("gb18030", (1, "utf-8"), False)
    expected = MIXED_BODY.split("\n")
    expected.insert(where, pasted.rstrip("\n"))
    assert decoded.text.split("\n") == expected
    path = tmp_path / "讲话.txt"
    path.write_bytes(data)
    (warning,) = formats.read_source(path).warnings
    assert "1 行是 utf-8 编码" in warning and "gb18030" in warning


def test_a_gbk_line_that_is_valid_utf8_stays_gb18030() -> None:
    """A GBK line whose bytes are valid UTF-8 too (洹存凡澧归敬: e4a1b4 e6b7b2 e5a2b9
    e9beb4) reads as common characters in GB18030, as rare ones in UTF-8: it stays GBK."""
    line = "洹存凡澧归敬"
    line.encode("gbk").decode("utf-8")  # (as the docstring says)
    text = MIXED_BODY.replace("1、", f"{line}\n1、", 1)
    decoded = decode(text.encode("gbk"), "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.text) == ("gb18030", None, text)


@pytest.mark.parametrize("heading", ["工作要求", "一、总体要求", "（一）", "结束语"])
@pytest.mark.parametrize("where", [0, 150, 301])
def test_a_short_gbk_heading_in_a_utf8_speech_is_read_not_lost(where: int, heading: str) -> None:
    """A UTF-8 speech with a short line in GBK (a heading typed in another editor): its
    few Chinese characters were too few for ``_mixed`` (10), and ``_mostly`` read each of
    its characters as U+FFFD (工作要求 shown as ����, the heading lost, with only a warning of
    damaged places). The line reads in GB18030, the user told of it as of a paragraph."""
    lines = MIXED_BODY.encode().split(b"\n")
    lines.insert(where, heading.encode("gbk"))
    decoded = decode(b"\n".join(lines), "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.undecoded) == ("utf-8", (1, "gb18030"), 0)
    expected = MIXED_BODY.split("\n")
    expected.insert(where, heading)
    assert decoded.text.split("\n") == expected


def test_a_gbk_paragraph_in_a_big_utf8_file_is_read_not_lost() -> None:
    """In a UTF-8 file of 1 MB or more, ``_mostly`` let through one U+FFFD a 1,000 bytes:
    a 50-character GBK paragraph became 50 of them before ``_mixed`` was tried."""
    body = MIXED_BODY * 40
    lines = body.encode().split(b"\n")
    lines.insert(6000, PASTED.rstrip("\n").encode("gbk"))
    data = b"\n".join(lines)
    assert len(data) > 1_000_000
    decoded = decode(data, "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.undecoded) == ("utf-8", (1, "gb18030"), 0)
    assert PASTED.rstrip("\n") in decoded.text.split("\n")


@pytest.mark.parametrize("damage", [b"\xff", b"\x80", b"\xe4\xb8"])
def test_a_utf8_line_damaged_in_a_byte_stays_one_undecoded_place(damage: bytes) -> None:
    """The other side: a UTF-8 line with a stray or cut byte is no GBK line (its other
    bytes read as rare characters in GB18030): one U+FFFD, the rest of the line kept."""
    lines = MIXED_BODY.encode().split(b"\n")
    lines[150] = lines[150][:9] + damage + lines[150][9:]
    decoded = decode(b"\n".join(lines), "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.undecoded) == ("utf-8", None, 1)


@pytest.mark.parametrize("heading", ["二是", "三是", "四是", "五要", "十是"])
@pytest.mark.parametrize("where", [0, 150, 301])
def test_a_short_utf8_heading_in_a_gbk_speech_is_read_not_garbled(where: int, heading: str) -> None:
    """The reverse of the case above: a GBK speech with a short line in UTF-8 whose bytes
    are valid GB18030 too (三是 is e4b889 e698af, 涓夋槸 in GB18030) was read as GB18030
    whole and the line shown garbled: ``_mixed`` was tried only when the file held three
    UTF-8 ideographs in a row. The line reads in UTF-8, the user told of it."""
    heading.encode().decode("gb18030")  # (as the docstring says)
    lines = MIXED_BODY.encode("gbk").split(b"\n")
    lines.insert(where, heading.encode())
    decoded = decode(b"\n".join(lines), "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.undecoded) == ("gb18030", (1, "utf-8"), 0)
    expected = MIXED_BODY.split("\n")
    expected.insert(where, heading)
    assert decoded.text.split("\n") == expected


@pytest.mark.parametrize("line", ["为什么", "源头", "一片", "路小学", "宸拌嘲", "灏惰蔼", "浜辨缚"])
def test_a_short_gbk_line_that_is_valid_utf8_stays_gb18030(line: str) -> None:
    """Guard rows: short GBK lines whose bytes are valid UTF-8 by chance — as other scripts
    (为什么 → Ϊʲô) or as rare ideographs (宸拌嘲 → 巰賰, as many common characters as in
    GB18030: none) — stay GBK now that a short UTF-8 line in a GBK file is looked for."""
    line.encode("gbk").decode("utf-8")  # (as the docstring says)
    text = MIXED_BODY.replace("1、", f"{line}\n1、", 1)
    decoded = decode(text.encode("gbk"), "讲话.txt")
    assert (decoded.encoding, decoded.mixed, decoded.text) == ("gb18030", None, text)
