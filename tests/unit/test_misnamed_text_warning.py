"""A file named as a Word, PDF… file that holds plain text is read as text, and the format
layer says so once, when it reads the file (``Extracted.warnings``, then
``Document.warnings``): the reader sniffed the file's head again to explain a file with
nothing to show, and said nothing of one that had text (newuser25, newuser26)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.engine import load_document

SPEECH = (
    "在全市优化营商环境大会上的讲话\n同志们：\n今天召开大会，主要任务是部署优化营商环境工作。\n"
)


@pytest.mark.parametrize("name", ["纪要.docx", "讲话.PDF", "通知.html", "报告.doc"])
def test_a_file_named_as_another_format_holding_text_is_warned_of(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text(SPEECH, encoding="utf-8")
    extracted = formats.read_source(path)
    assert extracted.kind == "text"
    suffix = path.suffix
    (warning,) = extracted.warnings
    assert warning == (
        f"文件名是 {suffix}，内容却是纯文本，不是真的 {suffix} 文件（可能是扩展名改错了），已按纯文本读取。"
    )
    assert warning.en.startswith(f"It is named {suffix} but holds plain text")
    document = load_document(path)
    assert document.warnings == (warning,)
    assert [speech.title for speech in document.speeches] == ["在全市优化营商环境大会上的讲话"]


@pytest.mark.parametrize("name", ["讲话.txt", "讲话.md", "讲话"])
def test_a_text_file_named_as_text_is_not_warned_of(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(SPEECH, encoding="utf-8")
    assert formats.read_source(path).warnings == ()


@pytest.mark.parametrize("name", ["图片.pdf", "纪要.DOCX", "页面.html"])
def test_a_file_named_as_another_format_holding_binary_says_so(tmp_path: Path, name: str) -> None:
    """图片.pdf, bytes of no PDF nor text: the decoder told the user to save it as plain
    text (.txt), as for a .txt that is binary (newuser27 at 80x24)."""
    from tui.base.errors import BinaryFileError

    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(BinaryFileError) as raised:
        load_document(path)
    suffix = path.suffix
    assert raised.value.message.startswith(
        f"文件名是 {suffix}，内容却不是 {suffix} 文件，也不是文本"
    )
    assert raised.value.message_en.startswith(f"It is named {suffix} but is no {suffix} file")


def test_a_binary_file_named_as_text_keeps_the_decoders_message(tmp_path: Path) -> None:
    from tui.base.errors import BinaryFileError

    path = tmp_path / "图片.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(BinaryFileError) as raised:
        load_document(path)
    assert raised.value.message.startswith("这不是文本文件")
