"""A PDF's text layer, page by page, with pypdfium2 (PDFium: Apache/BSD licensed).

Lines come as the text layer gives them; the engine's cleaner drops running headers,
footers and page numbers and re-flows the lines into paragraphs. ``pages`` records the
line where each page starts, so quotes can cite the page.

Refused with one clear message: an encrypted PDF (a password is needed), a PDF without
text (a scan: it needs OCR), and a text layer that decodes to junk (private-use
characters, replacement characters, or ideographs that are almost never the common
ones: fonts without a character map).

Running headers, footers and page numbers (repeated at the top or foot of most pages, digits
aside; a short one not ending like a sentence) are dropped here, where the page edges are
known; the first line of the first page is kept (it may be the title) unless it is set
smaller than the line under it. The layout a text layer leaves out — indentation, the space
of an empty line — is read from the characters' boxes (``laid_out``); so are the title set
larger on page 1 (``large_first_line``) and the characters PDFium cannot measure and leaves
out (``unread_glyphs``).

PDFium never runs in the reader's process: ``_page_texts`` runs in a bounded child
(``child_main``, started by ``pdfchild.page_texts``), so a PDF that crashes PDFium or takes
it past a limit is one file refused with what happened, not the app gone. What comes back
(texts, boxes' measures) is assembled here in the reader's process.

Why this module is about 650 lines: everything here reads one PDFium document in one
pass, page by page, and each part (the boxes' layout, page seams, running lines, the title
set larger, the glyphs left out) works on what the same pass over a page's text and
character boxes measured; apart, each would walk the pages again, or need those measures
handed across modules.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from tui.formats import Extracted, clean_text
from tui.formats.errors import (
    damaged,
    encrypted,
    garbled,
    glyphs_unread,
    no_text_layer,
    pages_without_text,
)

_MIN_CHARS_PER_PAGE = 5
"""Fewer visible characters than this per page on average: a scan."""
_JUNK = re.compile("[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
_HAN = re.compile("[\u3400-\u9fff]")
_SPACE = re.compile(r"\s+")


def extract_pdf(data: bytes, path: str) -> Extracted:
    from dataclasses import replace

    from tui.formats.pdfchild import page_texts
    from tui.formats.pdfstreams import check_streams
    from tui.formats.titles import best_title

    check_streams(data, path)  # (before PDFium inflates them: no PDF bomb)
    texts, header_first, titles, unread, geometry = page_texts(data, path)  # (PDFium: a child)
    extracted = assemble_pages(texts, path, title_first=not header_first, geometry=geometry)
    warnings = extracted.warnings
    if unread:
        count = sum(unread.values())
        warnings += (glyphs_unread(count, sorted(unread)),)
    return replace(
        extracted,
        title=best_title(titles, path, extracted.text),
        warnings=warnings,
        lasting=not unread,
    )


def child_main(source: str) -> None:
    """The PDFium process's work (``pdfchild``): ``_page_texts`` of the PDF in the file
    ``source``, written to standard output as JSON (an encrypted or damaged file as
    ``refused``); exit status ``pdfchild.MEMORY_EXIT`` when Python's memory ran out. One
    document in a process: PDFium, which is not thread-safe, never reads two at once.
    Whatever else writes to the output (PDFium's own messages) goes to the error output."""
    import os

    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    answers.write(_reply(source))
    answers.flush()


def child_serve(cpu: int, idle: float) -> None:
    """A kept PDFium process's work (``pdfbatch``): for each file name read on standard
    input (one a line, in its own folder), ``child_main``'s answer, written as its length
    in bytes on a line and then the JSON. Before each file its CPU limit (``RLIMIT_CPU``,
    counted over the process's life) is raised to what it has used so far and ``cpu``
    seconds more: each file has its own ``cpu`` seconds. It ends at the end of its input
    (the reader gone, or done with it) or after ``idle`` seconds without a name. One
    document at a time, as ``child_main``."""
    import math
    import os
    import resource
    import select

    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # (anything else written to the output, PDFium's own, goes to the errors)
    pending = b""
    while True:
        while b"\n" not in pending:
            if not select.select([0], [], [], idle)[0]:
                return
            chunk = os.read(0, 4096)
            if not chunk:
                return
            pending += chunk
        line, _, pending = pending.partition(b"\n")
        usage = resource.getrusage(resource.RUSAGE_SELF)
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        soft = math.ceil(usage.ru_utime + usage.ru_stime) + cpu
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        reply = _reply(line.decode("utf-8", "surrogateescape"))
        answers.write(b"%d\n" % len(reply) + reply)
        answers.flush()


def _reply(source: str) -> bytes:
    """``_page_texts`` of the PDF in the file ``source`` as JSON bytes (an encrypted or
    damaged file as ``refused``); the process ends with ``pdfchild.MEMORY_EXIT`` when
    Python's memory ran out."""
    import json
    import os

    from tui.formats.errors import ConversionFailedError, EncryptedFileError
    from tui.formats.pdfchild import MEMORY_EXIT

    try:
        with open(source, "rb") as handle:
            data = handle.read()
        try:
            texts, header_first, titles, unread, geometry = _page_texts(data, source)
        except EncryptedFileError:
            answer: dict[str, Any] = {"refused": "encrypted"}
        except ConversionFailedError as error:
            answer = {"refused": "damaged", "cause": str(error.__cause__ or "")}
        else:
            answer = {
                "texts": texts,
                "header_first": header_first,
                "titles": titles,
                "unread": unread,
                "geometry": geometry,
            }
        return json.dumps(answer, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except MemoryError:
        os._exit(MEMORY_EXIT)


def _page_texts(
    data: bytes, path: str
) -> tuple[list[str], bool, list[str], dict[int, int], list[tuple[list[float], float]]]:
    """The pages' texts (``laid_out``), whether page 1's first line is set smaller than
    the line after it (a running header, not the title), the titles the file names:
    its metadata's Title, then page 1's first line set larger than the text
    (``large_first_line``), and the characters PDFium left out of each page's text
    (``unread_glyphs``: page number -> count), and each page's lines' bottoms and pitch
    (``_layout``, for ``assemble_pages``' seams)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower() or getattr(error, "err_code", None) == 4:
            raise encrypted(path) from error
        raise damaged(path, "PDF", cause=error) from error
    try:
        titles = [_metadata_title(document)]
        unread: dict[int, int] = {}
        geometry: list[tuple[list[float], float]] = []
        texts: list[str] = []
        header_first = False
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    boxes = _Boxes(textpage)
                    text = textpage.get_text_range()
                    page_text, bottoms, pitch = _layout(text, boxes)
                    texts.append(page_text)
                    geometry.append((bottoms, pitch))
                    if index == 0:
                        header_first = _smaller_first(text, boxes)
                        titles.append(large_first_line(text, boxes))
                    lost = unread_glyphs(page, textpage)
                    if lost:
                        unread[index + 1] = lost
                finally:
                    textpage.close()
            finally:
                page.close()
    finally:
        document.close()
    return texts, header_first, [title for title in titles if title], unread, geometry


_STANDARD_FONT = re.compile(
    r"(?:Helvetica|Times|Courier|Symbol|ZapfDingbats|Arial|TimesNewRoman|CourierNew)",
    re.IGNORECASE,
)
"""Fonts PDFium always has (built in, or mapped to one): a point-sized object in one is a
space, not a glyph it could not measure."""


def unread_glyphs(page: Any, textpage: Any) -> int:
    """Text objects of a page that PDFium's text leaves out although they draw a character:
    one glyph of a font that is neither embedded nor on this machine (a CJK font named
    only, STSong-Light or 宋体 in an older PDF, on a system without Chinese fonts). PDFium
    cannot measure such a glyph, so an object of one character is a point, and its text
    page drops objects without width: a line of one character (序, 一) vanished from the
    text while longer lines, whose width the characters' advances give, stayed
    (``FORMATS.md``: holdout31 p01 through ``--as pdf``). The content stream has the
    character; pypdfium2 offers no call that gives it back (``get_text_bounded`` and a
    search on its place give nothing), so the reader counts them and warns."""
    import ctypes

    import pypdfium2.raw as raw

    handle = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    where = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    get_object, get_bounds = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetBounds
    lost = 0
    for index in range(raw.FPDFPage_CountObjects(handle)):
        # (raw calls: pypdfium2's object wrappers cost 60 ms on a 100-page PDF)
        item = get_object(handle, index)
        if not get_bounds(item, *where):
            continue
        if right.value - left.value > 0.01 or top.value - bottom.value > 0.01:
            continue
        if raw.FPDFPageObj_GetType(item) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        if raw.FPDFTextObj_GetText(item, textpage.raw, None, 0) > 2:  # (a terminator)
            continue
        font = raw.FPDFTextObj_GetFont(item)
        if not font or raw.FPDFFont_GetIsEmbedded(font):
            continue
        size = raw.FPDFFont_GetBaseFontName(font, None, 0)
        name = ctypes.create_string_buffer(size)
        raw.FPDFFont_GetBaseFontName(font, name, size)
        if not _STANDARD_FONT.match(name.value.decode("latin-1").split("+")[-1]):
            lost += 1
    return lost


def _metadata_title(document: Any) -> str | None:
    try:
        title = document.get_metadata_value("Title")
    except Exception:  # a broken info dictionary: no title, the text still reads
        return None
    return title if isinstance(title, str) else None


_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_LEADING = " \u3000\t\u00a0"
INDENT = "\u3000\u3000"
_MIN_INDENT_EM = 0.5
"""A line starting this far (in ems of its first character) right of the page's left edge
of text is indented: an indentation typed as spaces, or a paragraph's first-line indent."""
_MAX_INDENT_EM = 6.0
"""Further right than this it is centred or set apart (a title, a page number): as it is."""
_BLANK_PITCH = 1.5
"""A gap between two lines over this many times the page's usual line pitch is a blank line."""
_MAX_BLANKS = 4
"""Blank lines a gap stands for at most (a gap of n + 1 pitches is n blank lines): as many as
the user sees between two paragraphs, up to what marks a new piece of a collection."""


class _Boxes:
    """A text page's character boxes, as ``laid_out`` asks for them (PDFium's loose boxes:
    the whole em of a character, its left edge the pen's position)."""

    def __init__(self, textpage: Any) -> None:
        self._textpage = textpage
        self.count: int = textpage.count_chars()

    def box(self, index: int) -> tuple[float, float, float, float]:
        left, bottom, right, top = self._textpage.get_charbox(index, loose=True)
        return left, bottom, right, top


def laid_out(text: str, boxes: Any) -> str:
    """The page's text as ``_layout`` lays it out."""
    return _layout(text, boxes)[0]


def _layout(text: str, boxes: Any) -> tuple[str, list[float], float]:
    """(text, the bottoms of its lines that are not blank, in order, the page's pitch):
    A page's text (PDFium's ``get_text_range``) with the layout a text layer leaves out:
    where a line starts and how far below the one before it, from the boxes of ``boxes``
    (``count``, ``box(index)``: left, bottom, right, top). PDFium gives an indentation typed
    as full-width spaces as they are but one typed as spaces as one space, and a first-line
    indent or an empty line's space as nothing: the engine then cannot tell a paragraph's
    first line from a wrapped one, nor a title set apart from the body (``FORMATS.md``:
    regression F1 0.805 through PDF). So a line starting ``_MIN_INDENT_EM`` to
    ``_MAX_INDENT_EM`` right of the page's left edge of text is indented with ``　　`` (its own
    leading spaces replaced), and a gap over ``_BLANK_PITCH`` times the page's usual line
    pitch (``_usual_pitch``) is as many blank lines as it has room for, up to ``_MAX_BLANKS``
    (it was one: two empty lines between paragraphs and four before a collection's next
    piece both read as one, ``FORMATS.md``: holdout30 p07). Text whose characters do not
    match the boxes one for one is left as it is."""
    if len(text) != boxes.count or not text.strip():
        return text, [], 0.0
    found: list[tuple[str, float, float, float] | None] = []  # (line, left, bottom, em)
    for match in _LINE.finditer(text):
        line = match.group(1)
        start = match.start(1) + len(line) - len(line.lstrip(_LEADING))
        if not line.strip() or start >= boxes.count:
            found.append(None)
        else:
            left, bottom, _, top = boxes.box(start)
            found.append((line, left, bottom, max(top - bottom, 1.0)))
        if match.end() == len(text):
            break
    placed = [entry for entry in found if entry is not None]
    if len(placed) < 2:
        return text, [], 0.0
    lefts = [round(entry[1]) for entry in placed]
    repeated = [left for left in lefts if lefts.count(left) > 1]
    margin = min(repeated or lefts)
    gaps = sorted(
        above[2] - below[2]
        for above, below in zip(placed, placed[1:], strict=False)
        if above[2] > below[2]
    )
    pitch = gaps[len(gaps) // 2] if gaps else 0.0
    # A row of the page (``_usual_pitch``) counts the blank lines a gap over the median
    # pitch holds. As the threshold too it broke more paragraphs apart than the engine
    # joins right: holdout12 c08's exact F1 0.923 → 0.872 through PDF (a title cut at its
    # wrap), so where a blank line is stays the median's call.
    row = _usual_pitch(gaps)
    out: list[str] = []
    previous: tuple[str, float, float, float] | None = None
    for entry in found:
        if entry is None:
            out.append("")
            continue
        line, left, bottom, em = entry
        gap = previous[2] - bottom if previous is not None else 0.0
        if pitch and gap > _BLANK_PITCH * pitch and out:
            wanted = min(_MAX_BLANKS, max(1, round(gap / row) - 1))
            blanks = len(out) - len("\n".join(out).rstrip("\n").split("\n"))
            out.extend([""] * (wanted - blanks))
        if _MIN_INDENT_EM * em <= left - margin <= _MAX_INDENT_EM * em:
            line = INDENT + line.lstrip(_LEADING)
        out.append(line)
        previous = entry
    return "\n".join(out), [entry[2] for entry in placed], row


_PITCH_SHARE = 0.06
"""How near (a share of it) a gap must be to a fraction of the commonest gap to be the pitch."""


def _usual_pitch(gaps: list[float]) -> float:
    """A page's line pitch from the gaps between its lines' baselines (sorted): the commonest
    gap, or a half or a third of it when such a gap comes twice or more (a page of short
    paragraphs with two empty lines between them has more gaps of three pitches than of one;
    the median took three pitches for one, and those paragraphs ran together)."""
    if not gaps:
        return 0.0
    counts: dict[float, int] = {}
    for gap in gaps:
        counts[round(gap * 2) / 2] = counts.get(round(gap * 2) / 2, 0) + 1
    common = max(counts, key=lambda gap: (counts[gap], -gap))
    for divisor in (3, 2):
        part = common / divisor
        if sum(1 for gap in gaps if abs(gap - part) <= _PITCH_SHARE * part) >= 2:
            return part
    return common


_SMALLER = 0.9
"""A first line whose em is under this share of the next line's is set smaller: a header."""


def _smaller_first(text: str, boxes: Any) -> bool:
    """Whether the first line of a page's text is set smaller than its second (its
    characters' ems): a running header above the body, where a title is set as large or
    larger."""
    if len(text) != boxes.count:
        return False
    starts = [
        match.start(1) + len(match.group(1)) - len(match.group(1).lstrip(_LEADING))
        for match in _LINE.finditer(text)
        if match.group(1).strip()
    ][:2]
    if len(starts) < 2 or starts[1] >= boxes.count:
        return False
    ems = [max(top - bottom, 0.0) for _, bottom, _, top in map(boxes.box, starts)]
    return ems[0] < _SMALLER * ems[1]


_LARGER = 1.15
"""A line whose characters' em is this many times the page's usual one or more is set
larger: a title (or an issuing office's name over a notice)."""
_TITLE_LINES = 3
"""Lines a title set larger may run over."""
_TITLE_SEARCH = 12
"""Page 1's first lines searched for a title set larger."""
_TITLE_SAMPLE = 30
"""Page 1's lines measured: the title search's and enough of the text for its usual em."""
_OFFICE_LINE = re.compile(r"(?:文件|通报|简报|快报|公报)$")
"""How an issuing office's red header (发文机关标志) ends: 税务总局办公厅文件."""
_DOCUMENT_NUMBER = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号")
"""A document's number (发文字号: 发改办财金规〔2019〕860 号), under the office's header."""


def large_first_line(text: str, boxes: Any) -> str | None:
    """The first lines of a page (page 1) set larger than its text (``_LARGER``), joined:
    the title of a PDF that has it in no metadata. An issuing office's header set larger
    above a notice's number (发展改革委办公厅 / 税务总局办公厅文件 / 〔2019〕860 号) is skipped.
    None when no line in the first ``_TITLE_SEARCH`` is set larger."""
    if len(text) != boxes.count:
        return None
    lines: list[tuple[str, float]] = []
    for match in _LINE.finditer(text):
        line = match.group(1)
        if line.strip():
            ems = [
                top - bottom
                for index in range(match.start(1), match.end(1))
                if not text[index].isspace()
                for _, bottom, _, top in (boxes.box(index),)
            ]
            lines.append((line.strip(), sorted(ems)[len(ems) // 2]))
        if match.end() == len(text) or len(lines) >= _TITLE_SAMPLE:
            break
    if len(lines) < 2:
        return None
    weights: dict[int, int] = {}
    for line, em in lines:
        weights[round(em)] = weights.get(round(em), 0) + len(line)
    usual = max(weights, key=lambda em: weights[em])
    blocks: list[list[int]] = []  # runs of consecutive larger lines, by position
    for position, (_, em) in enumerate(lines[:_TITLE_SEARCH]):
        if em < _LARGER * usual:
            continue
        if blocks and blocks[-1][-1] == position - 1 and abs(em - lines[position - 1][1]) < 1:
            blocks[-1].append(position)
        else:
            blocks.append([position])
    for block in blocks:
        after = lines[block[-1] + 1][0] if block[-1] + 1 < len(lines) else ""
        office = _OFFICE_LINE.search("".join(lines[block[-1]][0].split()))
        if office or _DOCUMENT_NUMBER.search(after) or len(block) > _TITLE_LINES:
            continue
        title = lines[block[0]][0]
        for position in block[1:]:
            line = lines[position][0]
            title += ("" if _HAN.match(line) and _HAN.match(title[-1]) else " ") + line
        return title
    return None


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


_DRAWN_HYPHEN = re.compile("\u00ad(?![\r\n]|$)")
"""A soft hyphen inside a PDF line: a hyphen drawn there (a text layer holds only what is
drawn), which PDFium names U+00AD when the font calls its glyph "hyphen". The cleaner takes
soft hyphens out, as it must in a text file or a web page, so a notice's 规划纲要（2014-2020
年） read 20142020 (``tests/formats_real``: ndrc-860-notice.pdf). One at a line's end is the
break of a hyphenated word and goes as before."""
_EDGE = 2
"""Lines at the top and at the foot of a page where running headers and footers are."""
_LONG_HEADER = 16
"""Up to this many characters a running line is one the engine's cleaner could also take for
a header; such a line is dropped here only when it does not end like a sentence."""
_SENTENCE_END = ("。", "！", "？", "!", "?")
_DIGITS = re.compile(r"\d+")


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", line))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines repeated at the edges of most pages (running headers and footers such as
    "××市人民政府办公室《决策参考》2024年第3期" or "市委办公室内部资料", page numbers such as
    "- 12 -"), digits ignored; a short one that ends like a sentence is body text.

    Short ones were once left to the engine's cleaner, which marks them as noise but no
    longer knows where the page ended: a heading next to a page seam was lost
    (``FORMATS.md``: regression b28, 0 of 21 entries through PDF)."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        content = [line for line in lines if line.strip()]
        for key in {_edge_key(line) for line in content[:_EDGE] + content[-_EDGE:]}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(3, 0.6 * len(pages))
    return {
        key
        for key, count in counts.items()
        if count >= needed and (len(key) > _LONG_HEADER or not key.endswith(_SENTENCE_END))
    }


def assemble_pages(
    texts: list[str],
    path: str,
    title_first: bool = True,
    geometry: list[tuple[list[float], float]] | None = None,
) -> Extracted:
    """The text of a PDF from its pages' texts (``extract_pdf`` after PDFium): lines
    repeated at the pages' edges (running heads, page numbers) dropped, radicals unified,
    pages without text named in a warning; an error for no text layer or a garbled one.

    Page 1's first line stays even when it repeats as a running head (the title may be
    repeated at the top of every page), unless not ``title_first``: it is set smaller than
    the line after it, a running header on page 1 too. Kept, a header there was read as the
    document's title and the first speech's start moved (``FORMATS.md``: regression F1
    0.859 → 0.918, holdout17 0.520 → 0.938 through PDF).

    With the pages' ``geometry`` (each page's lines' bottoms and pitch, from ``_layout``),
    the empty lines a page seam hides are blank lines again (``_seam_blanks``)."""
    all_lines = [
        [
            line.rstrip()
            for line in _RADICALS.sub(_unified, clean_text(_DRAWN_HYPHEN.sub("-", raw))).split("\n")
        ]
        for raw in texts
    ]
    running = _running_lines(all_lines)
    pages: list[int] = []
    lines: list[str] = []
    empty: list[int] = []
    visible = 0
    spans: list[tuple[int, int, int] | None] = []
    """Each page's first and last kept line (ordinals among its lines not blank), and how
    many lines not blank it had before running lines were dropped."""
    kept_pages: list[list[str]] = []
    for number, page_lines in enumerate(all_lines, 1):
        content = [i for i, line in enumerate(page_lines) if line.strip()]
        kept = content
        if running:
            edges = set(content[:_EDGE] + content[-_EDGE:]) - (
                {content[0]} if number == 1 and content and title_first else set()
            )
            dropped = {i for i in edges if _edge_key(page_lines[i]) in running}
            kept = [i for i in content if i not in dropped]
            page_lines = [line for i, line in enumerate(page_lines) if i not in dropped]
        if kept:
            spans.append((content.index(kept[0]), content.index(kept[-1]), len(content)))
        else:
            spans.append(None)
        while page_lines and not page_lines[-1]:
            page_lines.pop()
        kept_pages.append(page_lines)
    blanks = _seam_blanks(kept_pages, spans, geometry) if geometry else {}
    for number, page_lines in enumerate(kept_pages, 1):
        chars = sum(len(_SPACE.sub("", line)) for line in page_lines)
        visible += chars
        if chars == 0:
            empty.append(number)
        pages.append(len(lines) + 1)
        lines.extend(page_lines or [""])
        lines.extend([""] * blanks.get(number, 0))
    if not texts or visible < _MIN_CHARS_PER_PAGE * len(texts):
        raise no_text_layer(path)
    text = "\n".join(lines)
    if looks_garbled(text):
        raise garbled(path)
    warnings = (pages_without_text(empty),) if empty else ()
    return Extracted(text, "pdf", "pdf", tuple(pages), warnings)


_SEAM_ROWS = 2
"""Empty rows at a page seam (the page's end short of the others', the next one's start
below theirs) that make blank lines: one row short is widow control moving a line over."""
_PARAGRAPH_END = ("。", "！", "？", "”", "」", "』", "：", "…", "!", "?", ".", ")", "）")


def _seam_blanks(
    pages: list[list[str]],
    spans: list[tuple[int, int, int] | None],
    geometry: list[tuple[list[float], float]],
) -> dict[int, int]:
    """Blank lines to put after each page (page number -> count): the empty rows a seam
    hides. A page whose text ends above where the other pages' text ends, or a next page
    whose text starts below where theirs starts, left empty rows there, and the user sees
    them as the break they are (``FORMATS.md``: holdout30 p07, four empty lines before a
    collection's second piece fell at a page's foot, and the two pieces ran together).
    Only after a page whose last line ends a paragraph (a sentence mark), and from
    ``_SEAM_ROWS`` rows; never more than ``_MAX_BLANKS``. The last page and page 1's top
    (a title set lower) are not compared."""
    if len(pages) < 3 or len(geometry) != len(pages):
        return {}
    ends: list[float | None] = []
    starts: list[float | None] = []
    for span, (bottoms, _) in zip(spans, geometry, strict=True):
        if span is None or span[2] != len(bottoms):  # (cleaning took a line out: unknown)
            ends.append(None)
            starts.append(None)
            continue
        starts.append(bottoms[span[0]])
        ends.append(bottoms[span[1]])
    usual_end = _usual_edge([end for end in ends[:-1] if end is not None], lowest=True)
    usual_start = _usual_edge([start for start in starts[1:] if start is not None], lowest=False)
    if usual_end is None or usual_start is None:
        return {}
    blanks: dict[int, int] = {}
    for number in range(1, len(pages)):
        end, start = ends[number - 1], starts[number]
        pitch, next_pitch = geometry[number - 1][1], geometry[number][1]
        last = [line for line in pages[number - 1] if line.strip()]
        if end is None or start is None or not pitch or not next_pitch or not last:
            continue
        if not last[-1].rstrip().endswith(_PARAGRAPH_END):
            continue
        rows = max(0, round((end - usual_end) / pitch)) + max(
            0, round((usual_start - start) / next_pitch)
        )
        if rows >= _SEAM_ROWS:
            blanks[number] = min(_MAX_BLANKS, rows)
    return blanks


_SHARED_EDGE = 0.2
"""A share of the pages: a text edge (the end of the text, its start) this many pages (two at
least) share is where a full page's text ends or starts."""


def _usual_edge(values: list[float], lowest: bool) -> float | None:
    """Where a full page's text ends (``lowest``: the lowest bottom) or starts (the highest):
    the lowest (highest) of ``values`` that ``_SHARED_EDGE`` of the pages share, to a point
    (the commonest took a page ending two empty rows short, as most of a text with two empty
    lines between paragraphs do, for a full one); None when none is shared."""
    counts: dict[int, int] = {}
    for value in values:
        counts[round(value)] = counts.get(round(value), 0) + 1
    needed = max(2, _SHARED_EDGE * len(values))
    shared = [value for value, count in counts.items() if count >= needed]
    if not shared:
        return None
    return float(min(shared) if lowest else max(shared))


def looks_garbled(text: str) -> bool:
    """Whether a text layer is junk: private-use or replacement characters, or ideographs
    that are hardly ever common ones (glyph ids read as code points)."""
    from tui.base.chinese import doubtful_chinese  # the decoder's test for wrong CJK

    sample = _SPACE.sub("", text[:20000])
    if not sample:
        return False
    if len(_JUNK.findall(sample)) > 0.1 * len(sample):
        return True
    return len(_HAN.findall(sample)) >= 50 and doubtful_chinese(sample)
