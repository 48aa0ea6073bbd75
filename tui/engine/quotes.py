"""Quotes with their source attached: clean quote text, citations and outlines (提纲) as text.

Pure Python (no Textual): the reader, the notebook and the command line all format
quotes through ``format_quote``. The exact text of each ``CitationFormat`` is specified
in ``docs/quotes.md`` and pinned by ``tests/unit/test_quotes.py``.

Sentence places (``SentenceAt``) are ``(paragraph, sentence)`` pairs: ``paragraph`` indexes
``Document.paragraphs``, ``sentence`` indexes that paragraph's sentences. ``Quote.line``
is the 1-based source line of the quote's first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from tui.base.files import SPEECH_SUFFIXES
from tui.base.safetext import safe_path
from tui.engine.model import Document, Heading, Kind, Paragraph, Speech
from tui.engine.wordcut import word_start

SentenceAt = tuple[int, int]

SECTION_SEPARATOR = " › "
"""Between the headings of a section path (一、… › （二）…)."""
HEADING_LIMIT = 40
"""Characters of a heading title a screen may show in a section path (``cut_title``: then
"…"); a citation keeps every title whole: it is pasted into a draft, where a cut heading
is a misquote (formats19)."""
OUTLINE_INDENT = "  "
"""One level of outline indentation in the plain formats (two ASCII spaces)."""

# Characters between which a line break or space is an artefact (CJK text, CJK and
# full-width punctuation, and the curly quotes / dashes / ellipsis Chinese text uses).
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026\u2014"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_SET_GAP = re.compile(r"(?<=\S)(\u3000+)(?=\S)")
"""Full-width spaces inside a line, between two printed characters: set there on purpose
(第二条　坚持…, a law's article; a typist's gap), not left by a line break or an indent."""
_TRAILING_PUNCTUATION = "，。；：、,.;: \u3000"
# Lines a Markdown renderer would turn into a heading, list, quote or rule.
_MARKDOWN_BLOCK = re.compile(r"^(#|>|[-+*](\s|$)|\d+[.)](\s|$)|=+$|_{3,}$)")
_NUMERAL = r"[0-9０-９一二三四五六七八九十〇○零]"
_DAY = re.compile(
    rf"^(?:{_NUMERAL}{{4}}\s*年\s*{_NUMERAL}{{1,2}}\s*月(?:\s*{_NUMERAL}{{1,3}}\s*日)?"
    rf"(?:\s*[—\-－~～至到]\s*(?:{_NUMERAL}{{1,2}}\s*月\s*)?{_NUMERAL}{{1,3}}\s*日)?"
    r"|\d{4}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2})"
)
"""The day a date line gives, at its start: 2026年02月10日, 一九五六年九月十五日, 2024年5月
(a month alone), 2024年5月1日—3日 (days), 2024-05-01."""


class CitationFormat(str, Enum):
    """How a copied quote is written (its name in the UI: ``tui.ui_text.FORMAT_LABELS``)."""

    PLAIN = "plain"
    """The quote alone."""
    CITED = "cited"
    """The quote, then a line ``——《题目》，一、… › （二）…`` (the default)."""
    MARKDOWN = "markdown"
    """A Markdown blockquote (``> `` lines), a blank line, then the source line."""

    @classmethod
    def parse(cls, value: object) -> CitationFormat:
        """The format named ``value``, or the default for anything unknown."""
        try:
            return cls(value)
        except ValueError:
            return DEFAULT_FORMAT


DEFAULT_FORMAT = CitationFormat.CITED


class QuoteKind(str, Enum):
    """What was copied (its name in the UI: ``tui.ui_text.KIND_LABELS``)."""

    SENTENCE = "sentence"
    SELECTION = "selection"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    SECTION = "section"
    SPEECH = "speech"
    OUTLINE = "outline"


@dataclass(frozen=True, slots=True)
class Quote:
    """A piece of a speech ready to copy, with where it comes from."""

    text: str
    """Clean quote text; paragraphs are separated by one newline. For an outline, one
    heading per line indented by ``OUTLINE_INDENT`` per level below the first."""
    source: str
    """The speech: ``《题目》`` or, when untitled, the file name, then the date (if known);
    the speaker first when the file names one (``江泽民《题目》``, ``张三，营商讲话.txt``)."""
    section: str
    """The enclosing headings joined by ``SECTION_SEPARATOR`` ("" outside any heading)."""
    speech: str
    """The speech's label (its title, or the derived one)."""
    file: str
    """Absolute path of the speech file ("" for text parsed from memory)."""
    line: int
    """1-based source line of the quote's first paragraph."""
    kind: QuoteKind = QuoteKind.SENTENCE
    paragraph: int = 0
    """Index of the first paragraph (to open the quote at its place)."""
    sentence: int = 0
    """Index of the first sentence in that paragraph."""
    page: int | None = None
    """The PDF page the quote starts on (None for files without pages)."""

    @property
    def citation(self) -> str:
        """The source line: ``——《题目》，一、… › （二）…``, then ``，第12页`` for a PDF."""
        return citation_line(self.source, self.section, self.page)


def citation_line(source: str, section: str, page: int | None = None) -> str:
    """``——`` + source, then ``，`` + section when there is one, then ``，第N页`` when
    the quote comes from a page of a PDF."""
    line = f"——{source}，{section}" if section else f"——{source}"
    return f"{line}，第{page}页" if page else line


def reflow(text: str) -> str:
    """Text as one clean line: no line breaks, no indentation, no spaces between CJK.

    Whitespace between two CJK characters (a PDF line break, an indent) disappears;
    other runs of whitespace (between Latin words) become one space.
    """
    text = _CJK_GAP.sub("", text.strip())
    return _SPACES.sub(" ", text).strip()


def reflow_text(text: str) -> str:
    """A quote's text as ``reflow`` makes it, but a full-width space set inside a line
    (``_SET_GAP``) is kept: 第二条　坚持… was copied as 第二条坚持… (newuser24, a law).
    Titles and section paths in a citation are ``reflow``'s (总　则 is cited 总则)."""
    pieces = _SET_GAP.split(text.strip())
    return "".join(piece if n % 2 else reflow(piece) for n, piece in enumerate(pieces))


def format_quote(quote: Quote, fmt: CitationFormat = DEFAULT_FORMAT) -> str:
    """The text put on the clipboard for ``quote`` in format ``fmt`` (no trailing newline)."""
    if fmt is CitationFormat.PLAIN:
        return quote.text
    if fmt is CitationFormat.CITED:
        return f"{quote.text}\n{quote.citation}"
    if quote.kind is QuoteKind.OUTLINE:
        body = "\n".join(_markdown_list_item(line) for line in quote.text.split("\n"))
    else:
        body = "\n>\n".join(f"> {_markdown_escape(line)}" for line in quote.text.split("\n"))
    return f"{body}\n\n{quote.citation}"


def _markdown_escape(line: str) -> str:
    """Keep a quoted line literal: a leading ``#``, ``-``, ``1.`` … gets a backslash."""
    return "\\" + line if _MARKDOWN_BLOCK.match(line) else line


def _markdown_list_item(line: str) -> str:
    stripped = line.lstrip(" ")
    depth = (len(line) - len(stripped)) // len(OUTLINE_INDENT)
    return f"{'  ' * depth}- {_markdown_escape(stripped)}"


# ---------------------------------------------------------------------- citations


_ROUND = {"（": "）", "(": ")"}


def unwrapped_title(title: str) -> str:
    """``title`` without a pair of round brackets around all of it: some collections set
    each speech's title in them (（怎样才配做一个现代学生）), and a citation read
    《（怎样才配做一个现代学生）》 (newuser25). Brackets that close before the end are the
    title's own (（一）总则（草案）)."""
    closing = _ROUND.get(title[:1])
    if closing is None or not title.endswith(closing) or len(title) < 3:
        return title
    depth = 0
    for at, char in enumerate(title):
        if char == title[0]:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0 and at < len(title) - 1:
                return title
    return title[1:-1].strip() or title


def _bracketed_title(title: str) -> str:
    # A title inside 《》 writes its own book titles with 〈〉 (Chinese nesting rule).
    inner = unwrapped_title(reflow(title)).replace("《", "〈").replace("》", "〉")
    return f"《{inner}》"


def cited_name(file_name: str) -> str:
    """A file's name as a citation gives it: without the ending of a speech file
    (``济源讲话三篇.docx`` → ``济源讲话三篇``: the draft cites a text, not a file format); any
    other dot is part of the name (``讲话稿.2024``)."""
    stem, suffix = file_name.rsplit(".", 1) if "." in file_name else (file_name, "")
    return stem if stem and f".{suffix.lower()}" in SPEECH_SUFFIXES else file_name


def cited_date(date: str) -> str:
    """The day a speech's date line gives (``_DAY``), as a citation gives it: a web page's
    time of publication (``2026年02月10日 07时41分``), a time of day (上午) or the occasion
    written after the date is not the date; a line that does not start with one, whole."""
    found = _DAY.match(date)
    return found.group() if found is not None else date


def speech_source(document: Document, speech: Speech | None, file_name: str) -> str:
    """How a quote names its speech, by what the file says: ``《题目》``, then the day of
    its title block's date when it has one (``《1999年政府工作报告》（1999年3月5日）``, not
    twice when the title holds the date; ``cited_date``); an untitled speech by the file's
    name without its ending (``cited_name``), with that date too (``营商讲话（2019年3月5日）``),
    never by the derived label (its first words and ``第N篇`` are the reader's making, not a
    title). When the title block names the speaker (``Speech.speaker``), the speaker comes
    first: ``江泽民《在…上的讲话》``, ``张三，营商讲话`` (not twice: a title that holds the name
    already names them, as 在…上的讲话——张三在…上的讲话 does, its subtitle taken into the
    title line), as ``reflow`` writes it: no space between an office and a name
    (``省长 王新伟`` under the title is cited ``省长王新伟``: Chinese sets none), one kept
    between Latin words (``Tim Cook``)."""
    date = cited_date(speech.date) if speech is not None and speech.date else None
    if speech is None or not speech.title:
        name = cited_name(file_name) if file_name else "未命名"
        source = f"{name}（{date}）" if date else name
        speaker = speech.speaker if speech is not None else None
        return f"{reflow(speaker)}，{source}" if speaker else source
    title = _bracketed_title(speech.title)
    if date and "".join(date.split()) not in "".join(speech.title.split()):
        title = f"{title}（{date}）"  # the date a speech writer cites it by
    speaker = speech.speaker
    if not speaker or "".join(speaker.split()) in "".join(speech.title.split()):
        return title
    return f"{reflow(speaker)}{title}"


def speech_label(document: Document, speech: Speech | None, file_name: str) -> str:
    """The speech's name for lists (title or derived label; the file name outside speeches)."""
    if speech is None:
        return file_name
    return speech.label(file_name, len(document.speeches))


def cut_title(title: str, limit: int = HEADING_LIMIT) -> str:
    """``title`` cut to ``limit`` characters and "…" when it is longer, before a Latin word
    or a number rather than inside it (``large language m…`` → ``large language …``; the
    rule of every label shortened on screen: ``wordcut.word_start``)."""
    if len(title) <= limit:
        return title
    return title[: word_start(title, limit)].rstrip() + "…"


def heading_text(heading: Heading, limit: int | None = None) -> str:
    """Marker and title, without trailing punctuation; cut to ``limit`` characters + "…"."""
    title = reflow(heading.title).rstrip(_TRAILING_PUNCTUATION)
    if limit is not None:
        title = cut_title(title, limit)
    marker = reflow(heading.marker)
    if heading.marker[-1:].isspace():
        # 一 緒論: a numeral whose only mark is the space after it keeps one (the engine
        # gives such a marker as "一 ", whatever space the source had), or it runs into
        # its title (一緒論)
        marker += " "
    return marker + title


def section_text(headings: tuple[Heading, ...], limit: int | None = None) -> str:
    """A section path as text: ``一、… › （二）…``, each title whole (a citation's), or cut
    to ``limit`` characters and "…" (for a screen short of room)."""
    return SECTION_SEPARATOR.join(heading_text(h, limit) for h in headings)


def _section_for(document: Document, paragraph: int, starts_paragraph: bool) -> str:
    path = document.section_path(paragraph)
    own = document.paragraphs[paragraph].heading
    if starts_paragraph and path and own is not None and path[-1] == own:
        # The quote begins with this heading: citing it again would only repeat it.
        path = path[:-1]
    return section_text(path)


def _new_quote(
    document: Document,
    path: str,
    text: str,
    first: SentenceAt,
    kind: QuoteKind,
    starts_paragraph: bool,
    section: str | None = None,
) -> Quote:
    # A citation names the file of an untitled speech: as it looks (safe_path), so a name
    # with an escape sequence or bytes that are not UTF-8 cannot reach a clipboard or screen.
    file_name = safe_path(Path(path).name) if path else ""
    speech = document.speech_at(first[0])
    return Quote(
        text=text,
        source=speech_source(document, speech, file_name),
        section=_section_for(document, first[0], starts_paragraph) if section is None else section,
        speech=speech_label(document, speech, file_name),
        file=path,
        line=document.paragraphs[first[0]].line,
        kind=kind,
        paragraph=first[0],
        sentence=first[1],
        page=document.page_of(document.paragraphs[first[0]].line),
    )


# ---------------------------------------------------------------------- quote builders


def _bounds(paragraph: Paragraph, sentence: int) -> tuple[int, int]:
    if not paragraph.sentences:
        return 0, len(paragraph.text)
    found = paragraph.sentences[max(0, min(sentence, len(paragraph.sentences) - 1))]
    return found.start, found.end


def sentences_text(document: Document, start: SentenceAt, end: SentenceAt) -> str:
    """The clean text from sentence ``start`` to sentence ``end`` (inclusive, any order).

    Noise paragraphs in between are left out; paragraphs are joined by one newline.
    """
    start, end = sorted((start, end))
    parts: list[str] = []
    for index in range(start[0], end[0] + 1):
        paragraph = document.paragraphs[index]
        if paragraph.kind is Kind.NOISE:
            continue
        begin = _bounds(paragraph, start[1])[0] if index == start[0] else 0
        stop = _bounds(paragraph, end[1])[1] if index == end[0] else len(paragraph.text)
        piece = reflow_text(paragraph.text[begin:stop])
        if piece:
            parts.append(piece)
    return "\n".join(parts)


def quote_sentences(document: Document, path: str, start: SentenceAt, end: SentenceAt) -> Quote:
    """The sentences from ``start`` to ``end`` (one sentence when equal), cited.

    Args:
        document: The open document.
        path: Absolute path of its file ("" when it has none).
        start: First (paragraph, sentence).
        end: Last (paragraph, sentence), inclusive.
    """
    start, end = sorted((start, end))
    kind = QuoteKind.SENTENCE if start == end else QuoteKind.SELECTION
    text = sentences_text(document, start, end)
    starts_paragraph = _bounds(document.paragraphs[start[0]], start[1])[0] == 0
    return _new_quote(document, path, text, start, kind, starts_paragraph)


def quote_paragraph(document: Document, path: str, paragraph: int) -> Quote:
    """The whole paragraph ``paragraph``, cited."""
    text = reflow_text(document.paragraphs[paragraph].text)
    return _new_quote(document, path, text, (paragraph, 0), QuoteKind.PARAGRAPH, True)


def quote_heading(document: Document, path: str, heading: Heading) -> Quote:
    """The heading's own text (marker and title), cited by its parent headings."""
    text = heading_text(heading)
    return _new_quote(document, path, text, (heading.paragraph, 0), QuoteKind.HEADING, True)


def section_end(document: Document, heading: Heading) -> int:
    """Index one past the last paragraph of the section ``heading`` opens."""
    speech = document.speech_at(heading.paragraph)
    return heading.paragraph + 1 if speech is None else speech.section_end(heading)


def quote_section(document: Document, path: str, heading: Heading) -> Quote:
    """The heading's whole section (sub-sections included, noise left out), cited."""
    text = _joined(document, heading.paragraph, section_end(document, heading))
    return _new_quote(document, path, text, (heading.paragraph, 0), QuoteKind.SECTION, True)


def _joined(document: Document, first: int, end: int) -> str:
    parts = (
        reflow_text(p.text) for p in document.paragraphs[first:end] if p.kind is not Kind.NOISE
    )
    return "\n".join(part for part in parts if part)


def quote_speech(document: Document, path: str, speech: Speech) -> Quote:
    """The whole speech (title included, noise left out), cited by the speech."""
    text = _joined(document, speech.first, speech.end)
    return _new_quote(document, path, text, (speech.first, 0), QuoteKind.SPEECH, True, section="")


def outline_text(speech: Speech) -> str:
    """The speech's headings, one a line, indented by ``OUTLINE_INDENT`` per level below 1."""
    if not speech.headings:
        return ""
    top = min(h.level for h in speech.headings)
    return "\n".join(OUTLINE_INDENT * (h.level - top) + heading_text(h) for h in speech.headings)


def quote_outline(document: Document, path: str, speech: Speech) -> Quote | None:
    """The speech's outline (提纲) as indented text, cited by the speech; None without headings."""
    text = outline_text(speech)
    if not text:
        return None
    return _new_quote(document, path, text, (speech.first, 0), QuoteKind.OUTLINE, True, section="")


def heading_at(document: Document, paragraph: int) -> Heading | None:
    """The innermost heading whose section holds ``paragraph``."""
    path = document.section_path(paragraph)
    return path[-1] if path else None
