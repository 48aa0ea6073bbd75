"""The records the speech engine returns: a document, its speeches, paragraphs, headings.

What the numbers count, decided once for the whole engine:

* ``line`` fields are **1-based line numbers of the source file**, counting LF only
  (after CRLF/CR were turned into LF; U+2028 is not a line break).
* character offsets (``Sentence.start``/``end``) count **characters of the cleaned
  paragraph text** (``Paragraph.text``), never bytes or source columns.
* paragraph indexes (``Heading.paragraph``, ``Speech.first``/``end``) index
  ``Document.paragraphs``, which holds every paragraph of the file in source order,
  noise included.

Everything is frozen: the UI keeps references and never mutates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from tui.engine.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from tui.formats import FormatKind


class Kind(str, Enum):
    """What a paragraph is."""

    BODY = "body"
    """Ordinary text of a speech."""
    HEADING = "heading"
    """A paragraph that starts with a heading enumerator (see ``Paragraph.heading``)."""
    TITLE = "title"
    """A speech's title line (在…上的讲话)."""
    SALUTATION = "salutation"
    """同志们： and the like, opening a speech."""
    FRONT = "front"
    """Front matter of a collection that belongs to no speech (its title, notes)."""
    NOISE = "noise"
    """Advertising, repeated page headers, navigation: kept but hidden by the reader."""
    BACK_MATTER = "back"
    """What follows a speech but is not part of it: notes (注释, [1] …), source lines
    (来源：, 原载…, 根据…整理), routing lines (报送：/抄送：), readers' comments; and a
    Markdown file's YAML front matter (its ``key: value`` lines, one paragraph each). Shown
    (dimmed), never outlined, and in no speech (``Paragraph.speech`` is None)."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading of a speech's outline."""

    level: int
    """1-based depth within its speech (relative: decided by how families nest)."""
    marker: str
    """The enumerator as written: "一、", "（一）", "(三)", "1.", "一是", "第一，"."""
    title: str
    """Heading text without the marker: up to the first 。 or the whole short line."""
    line: int
    """1-based source line where the heading starts."""
    paragraph: int
    """Index of the heading's paragraph in ``Document.paragraphs``."""
    family: str
    """Marker family key (e.g. "cn-dun" for 一、, "paren-cn" for （一）); equal keys nest equally."""
    number: int
    """The enumerator's value (一 → 1, （三） → 3)."""


@dataclass(frozen=True, slots=True, init=False)
class Paragraph:
    """A cleaned, re-flowed paragraph and the way back to its source lines."""

    text: str
    """Cleaned text: indentation, ``>``/``#`` prefixes and PDF line breaks removed."""
    line: int
    """1-based source line of its first character."""
    end_line: int
    """1-based source line of its last character (== ``line`` for one-line paragraphs)."""
    kind: Kind
    """What the paragraph is."""
    speech: int | None
    """Index into ``Document.speeches``, or None for front matter / noise outside speeches."""
    heading: Heading | None
    """The heading this paragraph starts with, when ``kind`` is HEADING."""
    _sentences: tuple[Sentence, ...] | None = field(compare=False, repr=False)

    def __init__(
        self,
        text: str,
        line: int,
        end_line: int,
        kind: Kind,
        speech: int | None,
        heading: Heading | None = None,
        sentences: tuple[Sentence, ...] | None = None,
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "text", text)
        setattr_(self, "line", line)
        setattr_(self, "end_line", end_line)
        setattr_(self, "kind", kind)
        setattr_(self, "speech", speech)
        setattr_(self, "heading", heading)
        setattr_(self, "_sentences", sentences)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The paragraph's sentences in order; they cover ``text`` without gaps.

        Split on first use (most paragraphs of a big file are never shown), then kept.
        """
        found = self._sentences
        if found is None:
            found = split_sentences(self.text)
            object.__setattr__(self, "_sentences", found)
        return found

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]


@dataclass(frozen=True, slots=True)
class Speech:
    """One speech of a file (a collection holds several)."""

    index: int
    """0-based position in ``Document.speeches``."""
    title: str | None
    """The explicit title line's text (在…上的讲话), or None when the speech has none."""
    line: int
    """1-based source line where the speech starts (title or salutation)."""
    end_line: int
    """1-based source line of its last line."""
    first: int
    """Index of its first paragraph in ``Document.paragraphs``."""
    end: int
    """Index one past its last paragraph."""
    salutation: str | None
    """The opening salutation (同志们：) if any."""
    headings: tuple[Heading, ...]
    """The outline, in source order."""
    preview: str = ""
    """The first words of its first body paragraph, for a derived label."""
    date: str | None = None
    """The date line of its title block (（一九五六年九月十五日） → 一九五六年九月十五日), if any."""
    speaker: str | None = None
    """Who gave it, as its title block says: a speaker line (江　泽　民 → 江泽民, 国务院总理
    李鹏) or the name a ——subtitle starts with (——张三在…上的讲话 → 张三); None when
    the block names nobody."""

    def section_end(self, heading: Heading) -> int:
        """Index one past the last paragraph of the section ``heading`` opens.

        A section runs, sub-sections included, to the next heading of the same or a
        higher level (a smaller number), or to the end of the speech.
        """
        for other in self.headings:
            if other.paragraph > heading.paragraph and other.level <= heading.level:
                return other.paragraph
        return self.end

    def label(self, file_name: str = "", total: int = 1) -> str:
        """A name for the speech: its title, or the file name, 第N篇 and its first words."""
        if self.title:
            return self.title
        stem = file_name.rsplit(".", 1)[0] if file_name else ""
        parts = [p for p in (stem, f"第{self.index + 1}篇" if total > 1 else "") if p]
        words = self.preview[:16]
        head = " ".join(parts)
        if head and words:
            return f"{head}：{words}…"
        return head or (words + "…" if words else f"第{self.index + 1}篇")


@dataclass(frozen=True, slots=True)
class Document:
    """A speech file turned into speeches, paragraphs, outline and sentences."""

    path: str
    """The file's path as given (empty for text parsed from memory)."""
    encoding: str
    """The encoding that decoded it ("utf-8", "utf-8-sig", "utf-16", "gb18030", …)."""
    line_count: int
    """Number of source lines (LF-counted)."""
    paragraphs: tuple[Paragraph, ...]
    """Every paragraph in source order, noise and front matter included."""
    speeches: tuple[Speech, ...]
    """The speeches, in source order."""
    warnings: tuple[str, ...] = field(default=())
    """Things the user may want to know (e.g. "encoding guessed")."""
    pages: tuple[int, ...] | None = None
    """For a PDF: the 1-based source line where each page starts (page 1 first), else None."""
    content_kind: FormatKind = "text"
    """What the file held, by its content (``tui.formats.Extracted.kind``, decided by
    ``tui.formats.sniff`` where it is read: ``load_document``): a plain text named .docx
    is "text", a PDF named .txt "pdf"; "text" for text parsed from memory."""

    def with_title(self, hint: str | None) -> Document:
        """This document with ``hint`` — the title its file names for itself (a page's
        ``<title>``, a PDF's largest first line: ``tui.formats.Extracted.title``) — as its
        speech's title, when the file is one speech and its text gave the engine no title
        line, or only a part of this one (a title over three lines whose last line alone was
        taken). A collection keeps its speeches' own titles: a file's title is not theirs; nor
        does a title the file's names in 《》 give way (陈国阳局长《在…会议上的讲话》 names the whole of
        在…会议上的讲话, quoted, with the speaker)."""
        if not hint or len(self.speeches) != 1:
            return self
        speech = self.speeches[0]
        if speech.title is not None:
            found, named = "".join(speech.title.split()), "".join(hint.split())
            if found == named or found not in named or f"《{found}》" in named:
                return self
        return replace(self, speeches=(replace(speech, title=hint),))

    def page_of(self, line: int) -> int | None:
        """The 1-based page holding source line ``line`` (None when the file has no pages)."""
        pages = self.pages
        if not pages:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(pages, line))

    def speech_at(self, paragraph: int) -> Speech | None:
        """The speech holding paragraph ``paragraph``, if any."""
        index = self.paragraphs[paragraph].speech
        return None if index is None else self.speeches[index]

    def section_path(self, paragraph: int) -> tuple[Heading, ...]:
        """The headings enclosing ``paragraph``, outermost first (the breadcrumb)."""
        speech = self.speech_at(paragraph)
        if speech is None:
            return ()
        path: list[Heading] = []
        for heading in speech.headings:
            if heading.paragraph > paragraph:
                break
            while path and path[-1].level >= heading.level:
                path.pop()
            path.append(heading)
        return tuple(path)
