"""Members of a zip container (EPUB, OpenDocument) read within limits: no zip bomb fills memory.

A member's size in the zip's directory can lie, so a member is read through a stream and
stopped one byte past the limit: a member larger than ``MAX_MEMBER_BYTES`` once
unpacked, or members adding up to more than ``MAX_TOTAL_BYTES``, refuse the file with
a message (``too_big``), whatever the directory says. Only names the reader asks for are
read; an archive with more than ``MAX_MEMBERS`` entries is refused before any is read,
and an XML member of more than ``MAX_XML_TAGS`` tags once read (a bomb of elements within
the size limits).
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO

from tui.base.errors import Said
from tui.formats.errors import ConversionFailedError, damaged, english, in_chinese, shown

_BROKEN = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,  # a member protected by the zip's own password
    NotImplementedError,  # a compression method Python does not know
)

__all__ = ["MAX_MEMBERS", "MAX_MEMBER_BYTES", "MAX_TOTAL_BYTES", "MAX_XML_TAGS", "Parts"]

MAX_MEMBER_BYTES = 64_000_000
"""One chapter or content.xml, unpacked (a whole book's XHTML is a few MB)."""
MAX_TOTAL_BYTES = 256_000_000
"""All the members read from one file, unpacked."""
MAX_MEMBERS = 20_000
"""Entries in the zip's directory."""
MAX_XML_TAGS = 1_000_000
"""Tags (``<``) in one XML member (a .docx's ``word/document.xml``, an .odt's
``content.xml``): the readers walk each element in Python, some 5-8 µs apiece, so a
member of empty paragraphs under the size limits was a bomb of work — a 79 KB .docx of
9,000,000 ``<w:p/>`` (54 MB unpacked) took 45 s and 1.3 GB, 2,000,000 of them 15 s. A
.docx of 200 pages holds about 22,000; this limit lets one of some 9,000 pages through
(about 7 s)."""


class Parts:
    """An open zip read member by member within the limits; ``what`` names the format."""

    def __init__(self, data: bytes, path: str, what: str) -> None:
        self.path = path
        self.what = what
        self._read = 0
        try:
            self.archive = zipfile.ZipFile(BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise damaged(path, what, cause=error) from error
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise too_big(path, what, Said(f"{len(infos)} 个成员", f"{len(infos)} members"))
        self.names = {info.filename for info in infos}

    def __enter__(self) -> Parts:
        return self

    def __exit__(self, *_: object) -> None:
        self.archive.close()

    def encrypted(self, name: str) -> bool:
        """Whether the zip itself protects ``name`` with a password (the zip's own flag)."""
        return bool(self.archive.getinfo(name).flag_bits & 0x1)

    def read(self, name: str) -> bytes:
        """The unpacked bytes of member ``name`` (in ``names``)."""
        limit = min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._read)
        try:
            with self.archive.open(name) as stream:
                data = stream.read(limit + 1)
        except _BROKEN as error:
            raise damaged(self.path, self.what, name, error) from error
        if len(data) > limit:
            raise too_big(self.path, self.what, name)
        self._read += len(data)
        if name.endswith(".xml") and (tags := data.count(b"<")) > MAX_XML_TAGS:
            raise too_big(
                self.path, self.what, Said(f"{name}：{tags:,} 个标签", f"{name}: {tags:,} tags")
            )
        return data


def too_big(path: str, what: str, detail: str) -> ConversionFailedError:
    name = shown(path)
    return ConversionFailedError(
        path,
        f"“{name}”解压后过大（{detail}），不像是正常的{in_chinese(what)}文件，为安全起见不打开。",
        f"“{name}” unpacks to too much data ({english(detail)}); it does not look like a "
        f"normal {english(what).replace('（', ' (').replace('）', ')')} file and is not opened, "
        "to be safe.",
    )
