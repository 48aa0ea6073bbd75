"""An RTF file (Word's and WPS's "RTF 格式") as text, with striprtf.

striprtf (BSD, pure Python) follows the RTF groups and reads what a Chinese RTF holds:
``\\'hh`` byte escapes decoded in the file's code page (``\\ansicpg936``: GBK) or the
current font's charset (``\\fcharset134``: GBK), runs of bytes decoded together so a
two-byte character is one character, and ``\\uN`` escapes with the fallback characters
after them skipped (``\\ucN``); ``\\par`` and ``\\line`` end a line, a table row is one
line (its cells joined by "|"); pictures, the font and colour tables and the document's
info are left out — but for its title (``{\\info{\\title …}}``, 文件 → 属性 → 标题), kept as
the title the document names for itself (``Extracted.title``) when it is no junk
(``tui.formats.titles``: Word fills it from the first line or leaves a template's). Checked against files built in the tests (format_fixtures.write_rtf)
with each kind of escape.

What it does not do is mended here: a line end inside a run of ``\\'hh`` bytes (RTF
writers wrap lines anywhere, so a GBK character's two bytes can be on two lines) ended the
run and spoilt the character: such line ends are taken out first; a character beyond the
BMP written as two ``\\uN`` escapes (a surrogate pair) came out as two halves, joined
again below; a byte that does not decode in the code page is a replacement character,
not an error; and a very long line is cut (``_short_lines``).
Its known gap: text inside ``{\\upr …}`` groups (ANSI and Unicode twins, which Word
writes in the document info, rarely in the body) is left out.
"""

from __future__ import annotations

import re

from tui.formats import Extracted, paragraphs_text, typed_markdown
from tui.formats.errors import damaged
from tui.formats.titles import MAX_TITLE, best_title

LONG_LINE = 4096
"""Lines of the RTF source longer than this are cut before each control word and brace."""
_TOKEN = re.compile(r"\\[a-zA-Z]{1,32}-?\d{0,10} ?|\\[^a-zA-Z']|[{}]")
"""Where a long line is cut: before a control word, a control symbol or a brace — never
before ``\\'hh``, as a line end ends a run of bytes in striprtf."""
_BROKEN_RUN = re.compile(r"(\\'[0-9a-fA-F]{2})[\r\n]+(?=\\')")
"""A line end inside a run of ``\\'hh`` bytes (Word and WPS wrap their lines anywhere)."""
_TITLE_GROUP = re.compile(r"\{\\title(?![a-zA-Z])[ \r\n]?")
"""The info's title group (not ``\\titlepg``, a section's title-page switch)."""
_HEADER = re.compile(r"\{\\rtf1(?:\\[a-zA-Z]{1,32}-?\d{0,10} ?)*")
"""The document's opening control words (``\\ansicpg936``, ``\\uc2``): how its bytes decode."""
_TITLE_SOURCE = 40 * MAX_TITLE
"""Characters of RTF source a title may take (escapes included); a longer group is no title."""


def extract_rtf(data: bytes, path: str) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    # RTF is 7-bit: anything beyond ASCII is escaped. Bytes that are not (a sloppy writer)
    # pass through as Latin-1 characters, as striprtf expects a str.
    source = _short_lines(_BROKEN_RUN.sub(r"\1", data.decode("latin-1")))
    try:
        text = rtf_to_text(source, errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as error:
        raise damaged(path, "RTF", cause=error) from error
    lines = _whole_pairs(text).split("\n")
    result = paragraphs_text(lines, blank_lines=True, markdown=typed_markdown(lines))
    if not result.strip():
        from tui.base.errors import EmptyFileError

        raise EmptyFileError(path, "这个 RTF 文档里没有文字。", "This RTF document holds no text.")
    return Extracted(result, "rtf", "rtf", title=best_title([_info_title(source)], path, result))


def _whole_pairs(text: str) -> str:
    """Surrogate pairs from ``\\uN\\uN`` joined; a lone half becomes U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _info_title(source: str) -> str | None:
    """The text of the document info's ``{\\title …}`` group, decoded as the body is (the
    group read on its own behind the document's opening control words), or None."""
    from striprtf.striprtf import rtf_to_text

    found = _TITLE_GROUP.search(source)
    if found is None:
        return None
    depth, index, end = 1, found.end(), min(len(source), found.end() + _TITLE_SOURCE)
    while index < end and depth:
        char = source[index]
        if char == "\\":
            index += 1  # an escaped brace or backslash is text
        elif char in "{}":
            depth += 1 if char == "{" else -1
        index += 1
    if depth:
        return None
    header = _HEADER.match(source)
    group = (header.group() if header else "{\\rtf1") + " " + source[found.end() : index]
    try:
        return _whole_pairs(rtf_to_text(group, errors="replace")).strip() or None
    except (ValueError, IndexError, LookupError, RecursionError):
        return None  # the info is not the text: a broken title costs only the title


def _short_lines(source: str) -> str:
    """``source`` with no line longer than ``LONG_LINE`` but for plain text runs.

    striprtf's patterns for links and the font table (``.*`` within a line) take time
    growing with the cube of a line's length: a hostile 32 KB line of nested link fields
    took 18.7 s, 0.03 s once cut (``tests/bench/bench_rtf.py``). RTF ignores line ends (except right after a backslash, never split here),
    so a line end before each control word and brace changes nothing in the text; Word and
    WPS write lines of about 255 characters, which are left as they are.
    """
    lines = source.split("\n")
    if max(map(len, lines)) <= LONG_LINE:
        return source
    return "\n".join(
        _TOKEN.sub(lambda token: "\n" + token.group(), line) if len(line) > LONG_LINE else line
        for line in lines
    )
