"""Hand-built documents for tests: the engine's records without the engine's heuristics.

Pure Python (no Textual): unit tests of the layout model and UI tests both use it, so a
picture or a table row does not move when the engine's rules change. Also one real file:
``corpus_collection``, the bundled corpus repeated (a big file for the engine to parse), with
``collection_keywords``, its keywords as the engine ranks them, and ``one_speech_outline``, what the engine outlines in a text of one speech (the rule tables'
way to read it).
"""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tui.engine.model import Document, Heading, Kind, Paragraph, Sentence, Speech
from tui.paths import bundled_corpus_dir

if TYPE_CHECKING:
    from tui.engine.keywords import Keyword

__all__ = [
    "build_document",
    "collection_keywords",
    "corpus_collection",
    "one_speech_outline",
    "split",
]

_SENTENCE = re.compile(r"[^。！？]*[。！？]?")


def split(text: str) -> tuple[Sentence, ...]:
    """Sentences ending at 。！？ (enough for hand-built documents)."""
    return tuple(
        Sentence(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.end() > m.start()
    )


def build_document(
    speeches: list[tuple[str | None, list[tuple[str, str]]]],
    path: str = "",
    blank_between: bool = False,
) -> Document:
    """A Document from ``[(title, [(kind, text), ...]), ...]``.

    ``kind`` is "body", "noise", "salutation", or "h1"/"h2"/"h3" for headings whose
    marker is the text up to the first 、 or ）; a heading's title runs to its first 。.
    ``path`` is the document's path; ``blank_between`` leaves a blank source line after
    each speech. A speech's preview is the start of its first body paragraph, as the
    engine makes it.
    """
    paragraphs: list[Paragraph] = []
    built: list[Speech] = []
    line = 1
    for number, (title, items) in enumerate(speeches):
        first = len(paragraphs)
        start_line = line
        headings: list[Heading] = []
        if title:
            paragraphs.append(Paragraph(title, line, line, Kind.TITLE, number, None, split(title)))
            line += 1
        for kind, text in items:
            heading = None
            if kind.startswith("h"):
                cut = max(text.find("、"), text.find("）")) + 1
                heading = Heading(
                    int(kind[1]),
                    text[:cut],
                    text[cut:].split("。")[0],
                    line,
                    len(paragraphs),
                    f"f{kind}",
                    1,
                )
                headings.append(heading)
                paragraph_kind = Kind.HEADING
            else:
                paragraph_kind = Kind(kind)
            paragraphs.append(
                Paragraph(text, line, line, paragraph_kind, number, heading, split(text))
            )
            line += 1
        built.append(
            Speech(
                number,
                title,
                start_line,
                line - 1,
                first,
                len(paragraphs),
                None,
                tuple(headings),
                next((text[:40] for kind, text in items if kind == "body"), ""),
            )
        )
        line += blank_between
    return Document(path, "utf-8", line - 1, tuple(paragraphs), tuple(built))


def corpus_collection(folder: Path, copies: int) -> Path:
    """``合集.txt`` in ``folder``: the bundled corpus's speeches, ``copies`` times over (some
    240 KB a copy, more than a big file's head: ``tui.engine.prefix.HEAD_BYTES``)."""
    corpus = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(bundled_corpus_dir().glob("*.txt"))
    )
    big = folder / "合集.txt"
    big.write_text(corpus * copies, encoding="utf-8")
    return big


def collection_keywords(top: int) -> list[list[Keyword]]:
    """The ``top`` keywords of each speech of ``corpus_collection(folder, 1)`` as the engine
    ranks them in one process, the file alone in its folder (the folder's IDF): what the
    reader's keyword feeds must end with, in whatever order they count the speeches.

    Worked out once per test process (``_collection_keywords``), in a folder of its own that
    no test's file shares: the folder's IDF (jieba's cuts of the whole corpus) and the
    ranking took 1.2-1.7 s of CPU, and three tests of ``test_keyword_order`` and two of
    ``test_keywords_early`` each did it again for the same committed texts. The tests
    still count and rank their own file themselves. A fresh copy of the lists each call."""
    return [list(speech) for speech in _collection_keywords(top)]


@functools.cache
def _collection_keywords(top: int) -> tuple[tuple[Keyword, ...], ...]:
    from tui.engine import keywords, load_document

    with tempfile.TemporaryDirectory() as folder:
        copy = corpus_collection(Path(folder), 1)
        ranked = keywords.document_keywords(
            load_document(copy), keywords.folder_idf(Path(folder)), top
        )
    return tuple(tuple(speech) for speech in ranked)


# One speech in both spellings, word for word (关于/關於, 讲话/講話): search finds each by the
# other (tests/unit/test_index.py, tests/ui/test_search_ui.py).
TRADITIONAL = (
    "同志們：\n今天召開這次會議，我講幾點意見，關於營商環境的講話要點如下。\n"
    "一、關於營商環境\n我們要優化營商環境，關於這一點，大家要認真落實講話精神。\n"
)
SIMPLIFIED = (
    "同志们：\n今天召开这次会议，我讲几点意见，关于营商环境的讲话要点如下。\n"
    "一、关于营商环境\n我们要优化营商环境，关于这一点，大家要认真落实讲话精神。\n"
)
# (file name, text, what is typed, what the file shows for it): a search or a highlight in
# one spelling lands on the other's characters.
BOTH_SPELLINGS = [
    ("繁.txt", TRADITIONAL, "关于", "關於"),
    ("简.txt", SIMPLIFIED, "關於", "关于"),
    ("繁.txt", TRADITIONAL, "讲话", "講話"),
]


def one_speech_outline(text: str, path: str = "") -> list[tuple[int, str]]:
    """Each heading of ``text``'s one speech as (level, marker + title), parsed as a file
    named ``path`` (its suffix decides Markdown); fails, naming the lines the speeches
    start at, when the engine finds more or fewer speeches than one."""
    from tui.engine.parse import parse_text

    speeches = parse_text(text, path).speeches
    assert len(speeches) == 1, [s.line for s in speeches]
    return [(h.level, h.marker + h.title) for h in speeches[0].headings]
