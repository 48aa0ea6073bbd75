"""A web page's bytes as text: its BOM, the charset its container or its ``<meta>`` names,
else the reader's own decoder (``tui.base.decode``). For ``html.py`` (pages, single-file
pages) and ``epub.py`` (each chapter, with its XML declaration's encoding).

``gb2312``/``gbk`` are read as GB18030, their superset. A charset that fails only in the
page's last bytes is a page cut short: its text up to the cut. Python's text codecs that
name no charset a page is written in (``_NOT_PAGES``: punycode, idna …) are passed over.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_html"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NAME = re.compile(r"[a-z0-9_.:-]+")
"""A charset's name as a page's ``<meta>`` writes it (``_CHARSET``)."""
_GB = frozenset(("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "x-euc-cn"))
"""Charset names read as GB18030, their superset (pages saying gb2312 hold GBK characters)."""
_NOT_PAGES = frozenset(("punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"))
"""Python's text codecs that name no page's charset (no browser reads a page so), each
passed over: ``<meta charset="punycode">`` made the decoder quadratic (160 KB: 10.6 s) and
then fail with a ``UnicodeError`` that ended ``speech-reader outline`` as a crash."""
_CUT_TAIL = 4
"""A character the declared charset cannot decode within this many bytes of the end: the
page was cut short there (one character of GB18030 or UTF-8 is at most 4 bytes)."""


def decode_html(data: bytes, path: str, charset: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page: by its BOM, else ``charset`` (a container's word), else
    its ``<meta>`` charset, else the reader's own decoder."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    named = [charset] if charset else []
    found = _CHARSET.search(data[:4096])
    if found is not None:
        named.append(found.group(1).decode("ascii", "replace"))
    for name in named:
        name = name.strip().lower()
        if name in _GB:
            name = "gb18030"
        try:
            codec = codecs.lookup(name).name
            if codec in _NOT_PAGES:
                continue
            if not _NAME.fullmatch(name):
                # A container's charset (an .mhtml part's header: any characters) that
                # Python's lookup still takes ("utf\x1b8" is utf-8, as punctuation is
                # passed over): its codec's own name, not a name with an ESC in it
                # (shown made safe, "mhtml/utf␛8", in the outline's header and the JSON).
                name = codec
            return data.decode(name), name
        except UnicodeDecodeError as error:
            if error.end >= len(data) - _CUT_TAIL and data[: error.start].strip():
                # A page cut short (a download or a copy broken off) mid-character: its
                # text up to there. Else the reader's decoder refused the whole page with
                # "无法识别文件的文字编码" (a cut .mhtml, tests/unit/test_format_layout.py).
                try:
                    return data[: error.start].decode(name), name
                except UnicodeDecodeError:
                    continue
            continue
        except (LookupError, UnicodeError):  # (no codec; another codec's own error)
            continue
    from tui.base.decode import decode

    decoded = decode(data, path)
    return decoded.text, decoded.encoding
