"""PROVISIONAL minimal engine so the UI can be built in parallel; replaced by the real one."""

from __future__ import annotations

import re
from pathlib import Path

from tui.engine.errors import BinaryFileError, EmptyFileError, UnreadableFileError
from tui.engine.model import Document, Heading, Kind, Paragraph, Sentence, Speech

_HEAD = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_SENT = re.compile(r"[^。！？；]*[。！？；]*[”’）」』]*")


def decode_bytes(data: bytes, path: str = "") -> tuple[str, str]:
    if b"\x00" in data:
        raise BinaryFileError(path, "这不是文本文件。", "This is not a text file.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gb18030"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out = [Sentence(m.start(), m.end()) for m in _SENT.finditer(text) if m.end() > m.start()]
    return tuple(out)


def load_document(path: str | Path) -> Document:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableFileError(str(path), f"无法读取：{error}", f"Cannot read: {error}") from error
    if not data.strip():
        raise EmptyFileError(str(path), "文件是空的。", "The file is empty.")
    text, encoding = decode_bytes(data, str(path))
    return parse_text(text, str(path), encoding)


def parse_text(text: str, path: str = "", encoding: str = "utf-8") -> Document:
    paragraphs: list[Paragraph] = []
    headings: list[Heading] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        line = raw.strip(" \u3000>\t")
        if not line:
            continue
        match = _HEAD.match(line)
        heading = None
        if match:
            level = 1 if match.group(1).endswith("、") else 2
            heading = Heading(level, match.group(1), line[match.end():].split("。")[0], number,
                              len(paragraphs), "cn-dun" if level == 1 else "paren-cn", 1)
            headings.append(heading)
        paragraphs.append(Paragraph(line, number, number, Kind.HEADING if heading else Kind.BODY,
                                    0, heading, split_sentences(line)))
    speech = Speech(0, None, 1, text.count("\n") + 1, 0, len(paragraphs), None, tuple(headings),
                    paragraphs[0].text[:20] if paragraphs else "")
    return Document(path, encoding, text.count("\n") + 1, tuple(paragraphs), (speech,))
