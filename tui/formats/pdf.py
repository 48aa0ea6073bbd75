"""A PDF's text layer, page by page, with pypdfium2 (PDFium: Apache/BSD licensed).

Lines come as the text layer gives them; the engine's cleaner drops running headers,
footers and page numbers and re-flows the lines into paragraphs. ``pages`` records the
line where each page starts, so quotes can cite the page.

Refused with one clear message: an encrypted PDF (a password is needed), a PDF without
text (a scan: it needs OCR), and a text layer that decodes to junk (private-use
characters, replacement characters, or ideographs that are almost never the common
ones: fonts without a character map).

Long running headers and footers (over the 16 characters the engine's cleaner takes as a
header: repeated at the top or foot of most pages, digits aside) are dropped here, where
the page edges are known; the first line of the first page is kept (it may be the title).
"""

from __future__ import annotations

import re
import threading
import unicodedata

from tui.formats import Extracted, clean_text
from tui.formats.errors import damaged, encrypted, garbled, no_text_layer

_MIN_CHARS_PER_PAGE = 5
"""Fewer visible characters than this per page on average: a scan."""
_JUNK = re.compile("[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
_HAN = re.compile("[\u3400-\u9fff]")
_SPACE = re.compile(r"\s+")


_PDFIUM = threading.Lock()
"""PDFium is not thread-safe: one document at a time (the file count, corpus search and the
open file may extract in different threads when there are no helper processes)."""


def extract_pdf(data: bytes, path: str) -> Extracted:
    with _PDFIUM:
        texts = _page_texts(data, path)
    return assemble_pages(texts, path)


def _page_texts(data: bytes, path: str) -> list[str]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower() or getattr(error, "err_code", None) == 4:
            raise encrypted(path) from error
        raise damaged(path, "PDF", str(error)) from error
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
    finally:
        document.close()
    return texts


_RADICALS = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
"""Kangxi radicals and compatibility ideographs: many Chinese PDFs map glyphs to them (⾏ for
行, ⻓ for 长), which look right but are not found by a search for the real character."""


_SUPPLEMENT = {
    0x2EA0: "民",
    0x2EC4: "西",
    0x2EC5: "见",
    0x2EC6: "角",
    0x2EC9: "贝",
    0x2ECB: "车",
    0x2ED3: "长",
    0x2ED4: "门",
    0x2ED9: "韦",
    0x2EDA: "页",
    0x2EDB: "风",
    0x2EDC: "飞",
    0x2EE2: "马",
    0x2EE5: "鱼",
    0x2EE6: "鸟",
    0x2EE7: "卤",
    0x2EE8: "麦",
    0x2EE9: "黄",
    0x2EEA: "黾",
    0x2EEC: "齐",
    0x2EEE: "齿",
    0x2EF0: "龙",
}
"""Radicals of the supplement that are whole simplified characters (NFKC leaves them)."""


def _unified(match: re.Match[str]) -> str:
    char = match.group()
    return _SUPPLEMENT.get(ord(char)) or unicodedata.normalize("NFKC", char)


_EDGE = 2
"""Lines at the top and at the foot of a page where running headers and footers are."""
_LONG_HEADER = 16
"""The engine's cleaner drops repeated short lines itself; longer ones are dropped here."""
_DIGITS = re.compile(r"\d+")


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", line))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of long lines repeated at the edges of most pages (running headers/footers
    such as "××市人民政府办公室《决策参考》2024年第3期"), digits ignored."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        content = [line for line in lines if line.strip()]
        for key in {_edge_key(line) for line in content[:_EDGE] + content[-_EDGE:]}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(3, 0.6 * len(pages))
    return {key for key, count in counts.items() if count >= needed and len(key) > _LONG_HEADER}


def assemble_pages(texts: list[str], path: str) -> Extracted:
    """The text of a PDF from its pages' texts (``extract_pdf`` after PDFium): lines
    repeated at the pages' edges (running heads) dropped, radicals unified, pages without
    text named in a warning; an error for no text layer or a garbled one."""
    all_lines = [
        [line.rstrip() for line in _RADICALS.sub(_unified, clean_text(raw)).split("\n")]
        for raw in texts
    ]
    running = _running_lines(all_lines)
    pages: list[int] = []
    lines: list[str] = []
    empty: list[int] = []
    visible = 0
    for number, page_lines in enumerate(all_lines, 1):
        if running:
            content = [i for i, line in enumerate(page_lines) if line.strip()]
            edges = set(content[:_EDGE] + content[-_EDGE:]) - (
                {content[0]} if number == 1 and content else set()
            )
            page_lines = [
                line
                for i, line in enumerate(page_lines)
                if i not in edges or _edge_key(line) not in running
            ]
        while page_lines and not page_lines[-1]:
            page_lines.pop()
        chars = sum(len(_SPACE.sub("", line)) for line in page_lines)
        visible += chars
        if chars == 0:
            empty.append(number)
        pages.append(len(lines) + 1)
        lines.extend(page_lines or [""])
    if not texts or visible < _MIN_CHARS_PER_PAGE * len(texts):
        raise no_text_layer(path)
    text = "\n".join(lines)
    if looks_garbled(text):
        raise garbled(path)
    warnings: tuple[str, ...] = ()
    if empty:
        shown = "、".join(str(n) for n in empty[:10]) + ("…" if len(empty) > 10 else "")
        warnings = (
            f"第{shown}页没有文字层（可能是扫描页），这些页的内容没有显示。"
            f" / Pages {', '.join(str(n) for n in empty[:10])} have no text layer (scanned?).",
        )
    return Extracted(text, "pdf", "pdf", tuple(pages), warnings)


def looks_garbled(text: str) -> bool:
    """Whether a text layer is junk: private-use or replacement characters, or ideographs
    that are hardly ever common ones (glyph ids read as code points)."""
    from tui.engine.decode import _doubtful_chinese  # the decoder's test for wrong CJK

    sample = _SPACE.sub("", text[:20000])
    if not sample:
        return False
    if len(_JUNK.findall(sample)) > 0.1 * len(sample):
        return True
    return len(_HAN.findall(sample)) >= 50 and _doubtful_chinese(sample)
