"""An RTF file (Word's and WPS's "RTF 格式") as text, with striprtf.

striprtf (BSD, pure Python) follows the RTF groups and reads what a Chinese RTF holds:
``\\'hh`` byte escapes decoded in the file's code page (``\\ansicpg936``: GBK) or the
current font's charset (``\\fcharset134``: GBK), runs of bytes decoded together so a
two-byte character is one character, and ``\\uN`` escapes with the fallback characters
after them skipped (``\\ucN``); ``\\par`` and ``\\line`` end a line, a table row is one
line (its cells joined by "|"); pictures, the font and colour tables and the document's
info are left out. Checked against files built in the tests (format_fixtures.write_rtf)
with each kind of escape.

Two things it does not do, mended here: a character beyond the BMP written as two
``\\uN`` escapes (a surrogate pair) comes out as two halves, joined again below; and a
byte that does not decode in the code page is a replacement character, not an error.
Its known gap: text inside ``{\\upr …}`` groups (ANSI and Unicode twins, which Word
writes in the document info, rarely in the body) is left out.
"""

from __future__ import annotations

from tui.formats import Extracted, paragraphs_text
from tui.formats.errors import damaged


def extract_rtf(data: bytes, path: str) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    # RTF is 7-bit: anything beyond ASCII is escaped. Bytes that are not (a sloppy writer)
    # pass through as Latin-1 characters, as striprtf expects a str.
    source = data.decode("latin-1")
    try:
        text = rtf_to_text(source, errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as error:
        raise damaged(path, "RTF", str(error)) from error
    # Join surrogate pairs from \uN\uN; a lone half becomes U+FFFD.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    result = paragraphs_text(text.split("\n"))
    if not result.strip():
        from tui.engine.errors import EmptyFileError

        raise EmptyFileError(path, "这个 RTF 文档里没有文字。", "This RTF document holds no text.")
    return Extracted(result, "rtf", "rtf")
