"""The work the app sends to its background service (``tui.services.Background``).

Plain module-level functions of picklable arguments, with no Textual import, so they
run the same on a thread of the app's process or in the helper process (which imports
this module). Each states where the app runs it and why.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.engine.keywords import Keyword
    from tui.engine.model import Document


# ---------------------------------------------------------------- documents (threads)


def first_screen(path: Path) -> tuple[Document, bool]:
    """What to show of ``path`` first: (document, complete).

    A big file gives the document of its head (``tui.engine.prefix``) and False: the
    caller shows it and then loads the whole file (``load``). Raises the engine's
    ``SpeechFileError`` as ``tui.engine.load_document`` does.
    """
    from tui.engine.prefix import head_document

    head = head_document(path)
    if head is not None:
        return head, False
    return load(path), True


def load(path: Path) -> Document:
    """The whole document of ``path`` (``tui.engine.load_document``), remembered for the
    search index (``tui.engine.doccache.known_document``) so it is not parsed twice."""
    from tui.engine import load_document
    from tui.engine.doccache import remember_document

    document = load_document(path)
    remember_document(path, document)
    return document


def speech_count(path: Path) -> int:
    """How many speeches ``path`` holds (for the file tree)."""
    from tui.engine import load_document

    return len(load_document(path).speeches)


def identity(document: Document) -> tuple[int, int]:
    """Enough to tell two parses of a file apart: paragraphs and characters."""
    return len(document.paragraphs), sum(len(p.text) for p in document.paragraphs)


def remove_stale_temp_files() -> list[Path]:
    """Remove what a killed earlier run left half-written in the cache folder."""
    from tui.engine.keywords import cache_dir
    from tui.services import remove_stale_temp_files as remove

    return remove(cache_dir())


# ---------------------------------------------------------------- keywords (helper process)


def warm_keywords() -> None:
    """Load jieba and the domain dictionary (0.5-1.6 s)."""
    from tui.engine import keywords

    keywords.tokenizer()


def document_keywords(
    path: Path, expected: tuple[int, int], top: int
) -> list[list[Keyword]] | None:
    """Top ``top`` keywords of each speech of ``path``, the speeches of its folder as IDF.

    The file is parsed again here (cheaper than sending a document to the helper
    process); None when it no longer matches the document the UI shows (``expected``
    is its ``identity``: the file changed on disk, and its reload asks again).
    """
    from tui.engine import keywords, load_document

    keywords.general_idf()  # first, while no document is in memory: a lower peak
    document = load_document(path)
    if identity(document) != expected:
        return None
    counts = _speech_counts(path, document)
    del document  # before the folder's IDF table is built: a lower peak
    idf = keywords.folder_idf(path.parent)
    return [keywords.rank(found, idf, top) for found in counts]


def _speech_counts(path: Path, document: Document) -> list[Counter[str]]:
    """Each speech's content-word counts, cached, so the folder IDF finds them instead of
    parsing and tokenizing the file a second time."""
    from tui.engine import keywords

    keywords.tokenizer()
    counts = keywords.file_speech_counts(path, document)
    if len(counts) != len(document.speeches):  # not cached (no stamp): count here
        counts = [keywords.speech_counts(document, speech) for speech in document.speeches]
    return counts
