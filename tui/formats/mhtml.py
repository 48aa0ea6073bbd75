"""A web page saved as one file (.mhtml / .mht: Chrome's and Edge's "网页，单个文件", IE's
"Web 档案，单个文件"), with the standard library's ``email`` package.

Such a file is a MIME message: the page's HTML is one part (quoted-printable or base64),
its pictures and styles the others. The reader takes the part the message's ``start``
names (or Chrome's ``Snapshot-Content-Location``), else the first ``text/html`` part,
undoes its transfer encoding, and reads it as a saved web page (``tui.formats.html``):
the speech without the site around it. The charset is the part's ``charset``, else the
page's ``<meta>``, else the reader's own guess; gb2312/gbk are read as GB18030.
"""

from __future__ import annotations

import email
import email.policy
from email import errors
from email.message import Message

from tui.base.errors import Said
from tui.formats import Extracted
from tui.formats.errors import UnsupportedFormatError, damaged, shown

WHAT = Said("MHTML 网页", "MHTML page")


def extract_mhtml(data: bytes, path: str) -> Extracted:
    from tui.formats.html import extract_html

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as error:  # the parser is lenient; this is a last guard
        raise damaged(path, WHAT, cause=error) from error
    try:
        part = _page_part(message)
    except RecursionError as error:  # parts nested thousands deep
        raise damaged(path, WHAT, Said("嵌套过深", "nested too deep")) from error
    if part is None:
        raise _no_page(path)
    try:
        payload = part.get_payload(decode=True)
    except Exception as error:  # a broken base64 or quoted-printable body
        raise damaged(path, WHAT, cause=error) from error
    if any(isinstance(defect, errors.InvalidBase64LengthDefect) for defect in part.defects):
        # (email then hands back the undecoded text: not the page)
        raise damaged(
            path, WHAT, Said("base64 编码的网页部分已损坏", "its base64 page part is broken")
        )
    if not isinstance(payload, bytes) or not payload.strip():
        raise _no_page(path)
    charset = part.get_content_charset()
    found = extract_html(payload, path, charset)
    return Extracted(
        found.text, "mhtml", "mhtml/" + found.encoding.removeprefix("html/"), title=found.title
    )


def _page_part(message: Message) -> Message | None:
    """The part holding the saved page: named by ``start`` or the snapshot's location, else
    the first ``text/html`` part (a frame's page comes after the main one)."""
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        return None
    start = message.get_param("start")
    if isinstance(start, str):
        wanted = start.strip("<>")
        for part in pages:
            if (part.get("Content-ID") or "").strip().strip("<>") == wanted:
                return part
    location = message.get("Snapshot-Content-Location")
    if location:
        for part in pages:
            if (part.get("Content-Location") or "").strip() == location.strip():
                return part
    return pages[0]


def _no_page(path: str) -> UnsupportedFormatError:
    name = shown(path)
    return UnsupportedFormatError(
        path,
        f"“{name}”是单个文件网页（MHTML），但里面没有网页正文（HTML 部分），只有图片或其他附件。"
        "请在浏览器里重新打开原网页，另存为“网页，仅 HTML”或“网页，单个文件”。",
        f"“{name}” is a single-file web page (MHTML) with no page in it (no HTML part), "
        "only pictures or other attachments. Save the page again from the browser.",
    )
