"""A damaged file's message names the format and the damaged part in the interface's
language; the library's own exception text (zipfile's "File is not a zip file", lxml's,
pdfium's) goes to the log, never into the message (newuser15: a damaged .docx's Chinese
message ended in "(File is not a zip file)")."""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

import pytest

from tui.base.errors import SpeechFileError
from tui.formats import extract

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
FORMAT_NAMES = {"Word", "docx", "EPUB", "OpenDocument", "odt", "PDF", "MHTML", "RTF", "xml"}
"""Latin words a Chinese message may hold: format names and the part names of a zip
("content.xml", "word/document.xml")."""
PART_WORDS = {"content", "word", "document", "chapter"}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def damaged_files(folder: Path) -> list[Path]:
    (folder / "坏.docx").write_bytes(b"PK\x03\x04 not a zip" * 20)
    (folder / "坏.epub").write_bytes(b"PK\x03\x04 not a zip" * 20)
    (folder / "坏.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    _zip(folder / "坏xml.docx", {"word/document.xml": b"<w:document><unclosed"})
    _zip(
        folder / "坏xml.odt",
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a><b"},
    )
    return sorted(folder.iterdir())


def test_damaged_files_are_refused_without_the_libraries_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    for path in damaged_files(tmp_path):
        with pytest.raises(SpeechFileError) as caught:
            extract(path)
        error = caught.value
        said = error.message.replace(path.name, "")
        stray = set(LATIN_WORD.findall(said)) - FORMAT_NAMES - PART_WORDS
        assert not stray, (path.name, error.message)
        assert not re.search(r"[\u4e00-\u9fff]", error.message_en.replace(path.name, "")), (
            path.name,
            error.message_en,
        )
    assert "File is not a zip file" in caplog.text  # (kept in the log)


@pytest.mark.parametrize(
    ("what", "shown"),
    [
        ("Word（.docx）", "不像是正常的 Word（.docx）文件，"),
        ("EPUB 电子书", "不像是正常的 EPUB 电子书文件，"),
    ],
)
def test_a_zip_bomb_names_its_format_as_a_damaged_file_does(what: str, shown: str) -> None:
    """Spaced as ``damaged`` spaces it: 不像是正常的 EPUB 电子书 文件 and
    正常的 Word（.docx） 文件 had a space between Chinese words (safety85, seen on a bomb)."""
    from tui.formats.zipparts import too_big

    assert shown in too_big("炸弹.zip", what, "word/document.xml").message
