"""Keywords of speeches and sections: jieba with a domain dictionary, stop words, TF-IDF.

* ``tokenizer()`` returns the one jieba tokenizer, initialised on first call (never at
  import): jieba's log silenced, its dictionary cache written to ``cache_dir()``
  (``$SPEECH_READER_HOME/cache`` or the platform cache folder) so a second start is
  fast, and the package's ``data/speech_dict.txt`` loaded so genre terms (营商环境,
  放管服, 一网通办 …) stay whole. The first call takes about a second: call it in a
  worker thread. ``is_ready()`` says whether it has been done.
* ``content_words(text)`` cuts text into candidate keywords: no stop words
  (``data/stopwords.txt``), no single characters, no placeholders (xx, XXXX, ×, **,
  digits).
* ``IdfTable`` combines jieba's ``idf.txt`` with the document frequencies of the
  speeches of a folder, so words every speech of the folder says rank low.
  ``folder_idf(folder)`` builds one (cached by the files' path, mtime and size);
  ``IdfTable.estimated`` guesses one from some of a file's speeches (early keywords).
* ``speech_keywords``/``section_keywords``/``document_keywords`` rank terms by
  TF-IDF and give each its number of occurrences in the speech or section.

Counts are occurrences of the token as jieba cut it, so 营商 inside 营商环境 does not
count for 营商.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import re
import sys
import tempfile
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.base import files
from tui.base.safetext import PLACEHOLDER
from tui.engine.fold import fold
from tui.engine.model import Document, Heading, Kind, Speech
from tui.paths import cache_dir, data_file

if TYPE_CHECKING:  # jieba is imported lazily: importing it costs ~0.2 s
    import jieba

DICT_FILE = "speech_dict.txt"
STOP_FILE = "stopwords.txt"
FREQ_CACHE = "jieba-freq.pickle"
FREQ_CACHE_VERSION = 1
FOLDER_LIMIT_BYTES = 20_000_000
"""Folders larger than this learn document frequencies from their first files only."""
FOLDER_WEIGHT = 0.6
"""How much the folder's document frequencies weigh against jieba's general IDF (0–1)."""
TEXT_KINDS = frozenset({Kind.BODY, Kind.HEADING, Kind.TITLE})
"""Paragraph kinds whose words count (salutations, front matter and noise do not)."""

_PLACEHOLDER = re.compile(r"^[\sxX×*＊✕╳\d０-９.,，、．%％\-_—~·•…]+$")
_HAS_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_stop_words: frozenset[str] | None = None
_jieba_idf: tuple[GeneralIdf, float] | None = None


@dataclass(frozen=True, slots=True)
class Keyword:
    """A ranked keyword."""

    term: str
    count: int
    """Occurrences in the speech or section."""
    score: float
    """TF-IDF weight (only the order matters)."""


def read_word_list(path: Path) -> list[str]:
    """Whitespace-separated words of a data file; ``#`` starts a comment."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


def read_dictionary(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Entries ``(word, freq, tag)`` of a jieba user dictionary; ``#`` lines are comments."""
    entries: list[tuple[str, int | None, str | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word, freq, tag = parts[0], None, None
        if len(parts) > 1 and parts[1].isdigit():
            freq = int(parts[1])
            tag = parts[2] if len(parts) > 2 else None
        elif len(parts) > 1:
            tag = parts[1]
        entries.append((word, freq, tag))
    return entries


def is_ready() -> bool:
    """Whether ``tokenizer()`` has finished initialising (keyword features can run)."""
    return _tokenizer is not None


def tokenizer() -> jieba.Tokenizer:
    """The jieba tokenizer with the domain dictionary, initialised on first call.

    Thread-safe; the first call takes about a second (a fraction of that once the
    cache exists), so call it from a worker thread.
    """
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            # jieba logs "Building prefix dict…" to stderr; that must never reach the terminal.
            jieba.setLogLevel(logging.ERROR)
            made = jieba.Tokenizer()
            folder = cache_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
                made.tmp_dir = str(folder)  # jieba's own cache, if it ever builds one
            except OSError:
                pass  # unwritable cache: jieba falls back to the temp folder
            if not _load_frequency_cache(made, folder):
                # jieba's prefix dictionary built as ``made.initialize()`` builds it, but
                # without the marshal cache ``initialize`` writes too (12 MB of transients,
                # and a file this module never reads: it keeps its own, below).
                made.FREQ, made.total = made.gen_pfdict(made.get_dict_file())
                made.initialized = True
                _save_frequency_cache(made, folder)
            for word, freq, tag in read_dictionary(data_file(DICT_FILE)):
                made.add_word(word, freq, tag)
            _tokenizer = made
    return _tokenizer


def _cache_key() -> list[object]:
    import jieba

    main = Path(jieba.__file__).parent / "dict.txt"
    info = main.stat()
    return [FREQ_CACHE_VERSION, jieba.__version__, str(main), info.st_mtime_ns, info.st_size]


def _load_frequency_cache(made: jieba.Tokenizer, folder: Path) -> bool:
    """Fill ``made`` from our pickle of jieba's prefix dictionary; False when there is none.

    jieba's own cache is a marshal file that takes ~1.5 s to load here (as long as
    building from dict.txt); a pickle of the same dict loads in ~0.4 s. The file lives
    in the user's own cache folder and is only read when its key matches.
    """
    path = folder / FREQ_CACHE
    try:
        with path.open("rb") as handle:
            key, freq, total = pickle.load(handle)
        if key != _cache_key() or not isinstance(freq, dict):
            return False
    except Exception:  # noqa: BLE001 - a missing, stale or broken cache only costs time
        return False
    made.FREQ, made.total, made.initialized = freq, total, True
    return True


def _save_frequency_cache(made: jieba.Tokenizer, folder: Path) -> None:
    """Write ``made``'s prefix dictionary for the next start (atomic; failures ignored)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".freq.", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            pickler = pickle.Pickler(handle, protocol=5)
            # No memo: it would remember each of the dict's 500,000 strings (+35 MB at
            # the helper's first start, against +8 without), and nothing in it is shared.
            pickler.fast = True
            pickler.dump((_cache_key(), made.FREQ, made.total))
        os.replace(tmp, folder / FREQ_CACHE)
    except Exception:  # noqa: BLE001 - the cache is an optimisation
        pass


def stop_words() -> frozenset[str]:
    """The stop words shipped in ``data/stopwords.txt``."""
    global _stop_words
    if _stop_words is None:
        _stop_words = frozenset(read_word_list(data_file(STOP_FILE)))
    return _stop_words


def is_placeholder(token: str) -> bool:
    """Whether ``token`` is made only of x/X/×/*/digits/punctuation (xx, XXXX, **, 2022)."""
    return bool(_PLACEHOLDER.match(token))


def is_stop_word(token: str) -> bool:
    """Whether ``token`` can never be a keyword."""
    token = token.strip()
    return (
        len(token) < 2
        or token in stop_words()
        or is_placeholder(token)
        or not _HAS_WORD.search(token)
    )


def content_words(text: str) -> list[str]:
    """The candidate keywords of ``text`` in order (ASCII words lower-cased).

    Interned: jieba cuts a new string for every occurrence, and the per-speech counts of a
    file (``file_speech_counts``, cached) would hold each word once per speech. Interned,
    speeches share one string per word: the counts of the 10 MB collection take 7 MB
    instead of 36 MB in the helper process, at no CPU cost (2 runs each).

    A traditional text (們, 個, 關…) is cut as its folding (``fold``, character for
    character): jieba's dictionary and the stop words are simplified, and a traditional
    text was cut into fragments (力加, 均依, 未接 in a Taiwanese minister's report). The words
    keep the file's own characters (the reader highlights them in its text).
    """
    words: list[str] = []
    folded = fold(text)
    if "\u2039" in folded:
        # ‹U+202E›, the sanitiser's stand-in for a control character: blanked, of the same
        # length (the words keep their places), so that 202e is no keyword.
        folded = PLACEHOLDER.sub(lambda match: " " * len(match.group()), folded)
    at = 0
    for piece in tokenizer().cut(folded, HMM=False):
        start, at = at, at + len(piece)
        token = piece.strip()
        if not token or is_stop_word(token):
            continue
        if folded is not text:
            token = text[start:at].strip()
        words.append(sys.intern(token.lower() if token.isascii() else token))
    return words


def count_words(texts: Iterable[str]) -> Counter[str]:
    """Occurrences of each content word over ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(content_words(text))
    return counts


_HASH_OFFSET = 1 << 63
"""Added to a 64-bit string hash: a number from 0 (``GeneralIdf``'s sort)."""


class GeneralIdf:
    """jieba's ``analyse/idf.txt`` (270k words), looked up by the words' hashes.

    A dict of the words took 44 MB; two sorted arrays of 64-bit string hashes and their
    values take 4 MB. Python's string hash is fixed within a process (the table is built
    where it is used), and two of these words colliding on 64 bits is about a one in
    500 million chance, so a lookup is as good as the dict's.
    """

    def __init__(self, path: Path) -> None:
        from array import array

        hashes = array("q")
        values = array("d")
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                word, _, value = line.strip().partition(" ")
                if value:
                    hashes.append(hash(word))
                    values.append(float(value))
        # Sorted by hash as one list of (hash, index) packed into one int each: a list of
        # indexes sorted with a key list besides took twice the memory (+27 MB at the
        # helper's start, its peak; +13 MB so).
        shift = len(hashes).bit_length()
        packed = sorted(((key + _HASH_OFFSET) << shift) | i for i, key in enumerate(hashes))
        mask = (1 << shift) - 1
        self._hashes = array("q", ((item >> shift) - _HASH_OFFSET for item in packed))
        self._values = array("d", (values[item & mask] for item in packed))
        del packed, hashes, values
        ranked = sorted(self._values)
        self.median = ranked[len(ranked) // 2] if ranked else 10.0
        self._memo: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, word: str, default: float) -> float:
        """The IDF of ``word``, or ``default`` for a word jieba's table does not have. A
        traditional word the table does not have is looked up by its folding (the table is
        simplified: 醫院 by 医院).

        Words looked up are remembered (a folder's vocabulary, a small part of the table):
        ranking looks the same words up once per speech, and a word is folded once.
        """
        found = self._memo.get(word)
        if found is None:
            found = self._value(word)
            if found != found:
                folded = fold(word)
                if folded is not word:
                    found = self._value(folded)
            self._memo[word] = found
        return default if found != found else found  # NaN: not in the table

    def _value(self, word: str) -> float:
        """The table's IDF of ``word``, NaN when it does not have it."""
        key = hash(word)
        index = bisect_left(self._hashes, key)
        if index < len(self._hashes) and self._hashes[index] == key:
            return self._values[index]
        return math.nan


def general_idf() -> GeneralIdf:
    """jieba's IDF table, read on first use (about half a second)."""
    return _jieba_idf_table()[0]


def _jieba_idf_table() -> tuple[GeneralIdf, float]:
    """jieba's ``analyse/idf.txt`` and its median (read without importing jieba.analyse)."""
    global _jieba_idf
    if _jieba_idf is None:
        with _lock:
            if _jieba_idf is None:
                import jieba

                table = GeneralIdf(Path(jieba.__file__).parent / "analyse" / "idf.txt")
                _jieba_idf = table, table.median
    return _jieba_idf


class IdfTable:
    """Inverse document frequency: jieba's general IDF blended with a folder's own.

    ``idf(w) = general(w) * ((1 - FOLDER_WEIGHT) + FOLDER_WEIGHT * local(w))`` where
    ``local(w)`` is ``log((N + 1) / (df(w) + 1)) / log(N + 1)`` over the folder's N
    speeches: 1 for a word no other speech says, 0 for a word in every speech, so such
    words keep only ``1 - FOLDER_WEIGHT`` of their weight. With no speeches the table
    is jieba's alone.
    """

    def __init__(self, document_frequency: Counter[str] | None = None, speeches: int = 0) -> None:
        self.document_frequency = document_frequency or Counter()
        self.speeches = speeches
        self.scale = 1.0
        """Each counted document frequency stands for this many (``estimated``)."""
        self._general, self._median = _jieba_idf_table()

    @classmethod
    def estimated(cls, counted: Iterable[Counter[str]], speeches: int) -> IdfTable:
        """A table for ``speeches`` speeches guessed from the ``counted`` ones (a part of
        them): each document frequency scaled by ``speeches / len(counted)``.

        For the keywords shown before every speech of a big file is counted (the
        reader's first keywords): a word in a tenth of the counted speeches is taken to be
        in a tenth of all. A word no counted speech but the ranked one says is taken as
        rare, which it may not be; the ranking is redone once all are counted.
        """
        table = cls()
        for counts in counted:
            table.add_speech(counts)
        if table.speeches and speeches > table.speeches:
            table.scale = speeches / table.speeches
            table.speeches = speeches
        return table

    def general(self, word: str) -> float:
        """jieba's IDF of ``word`` (the median for unknown words)."""
        return self._general.get(word, self._median)

    def local(self, word: str) -> float:
        """0–1: how rare ``word`` is among the folder's speeches (1 when it has none)."""
        n = self.speeches
        if n <= 1:
            return 1.0
        df = min(self.document_frequency.get(word, 0) * self.scale, n)
        return math.log((n + 1) / (df + 1)) / math.log(n + 1)

    def idf(self, word: str) -> float:
        """The blended inverse document frequency."""
        return self.general(word) * ((1 - FOLDER_WEIGHT) + FOLDER_WEIGHT * self.local(word))

    def add_speech(self, counts: Counter[str]) -> None:
        """Count one speech's words into the document frequencies."""
        self.document_frequency.update(counts.keys())
        self.speeches += 1


def rank(counts: Counter[str], idf: IdfTable, top: int = 10) -> list[Keyword]:
    """The ``top`` words of ``counts`` by TF-IDF (ties: more occurrences, then the term)."""
    total = sum(counts.values()) or 1
    scored = [Keyword(w, c, c / total * idf.idf(w)) for w, c in counts.items()]
    scored.sort(key=lambda k: (-k.score, -k.count, k.term))
    return scored[:top]


def paragraph_texts(document: Document, first: int, end: int) -> list[str]:
    """Texts of the paragraphs ``first``..``end`` whose words count for keywords."""
    return [p.text for p in document.paragraphs[first:end] if p.kind in TEXT_KINDS]


def speech_counts(document: Document, speech: Speech) -> Counter[str]:
    """Content-word occurrences of one speech."""
    return count_words(paragraph_texts(document, speech.first, speech.end))


def section_range(speech: Speech, heading: Heading) -> tuple[int, int]:
    """Paragraphs ``(first, end)`` of the section ``heading`` opens, sub-sections included."""
    return heading.paragraph, speech.section_end(heading)


def speech_keywords(
    document: Document, speech: Speech, idf: IdfTable, top: int = 10
) -> list[Keyword]:
    """The top keywords of ``speech`` with their occurrences in it."""
    return rank(speech_counts(document, speech), idf, top)


def section_keywords(
    document: Document, speech: Speech, heading: Heading, idf: IdfTable, top: int = 10
) -> list[Keyword]:
    """The top keywords of the section ``heading`` opens, with occurrences in it."""
    first, end = section_range(speech, heading)
    return rank(count_words(paragraph_texts(document, first, end)), idf, top)


def document_keywords(document: Document, idf: IdfTable, top: int = 10) -> list[list[Keyword]]:
    """The top keywords of each speech of ``document``, in speech order."""
    return [speech_keywords(document, speech, idf, top) for speech in document.speeches]


# ---------------------------------------------------------------- folder IDF

_folder_cache: dict[tuple[str, tuple[tuple[str, files.FileStamp], ...]], IdfTable] = {}
_count_cache: dict[tuple[str, files.FileStamp], list[Counter[str]]] = {}


def speech_files(folder: Path) -> list[Path]:
    """Speech files directly in ``folder`` (not its sub-folders), by name."""
    return list(files.walk_speech_files(folder, recursive=False))


def _key(path: Path) -> tuple[str, files.FileStamp] | None:
    """The cache key of ``path`` as it is now (its full name and stamp), None when it is gone."""
    stamp = files.stamp_of(path)
    return None if stamp is None else (str(path.resolve()), stamp)


def file_speech_counts(path: Path, document: Document | None = None) -> list[Counter[str]]:
    """Content-word counts of each speech of ``path`` (cached by path, mtime and size)."""
    from tui.engine import SpeechFileError, load_document

    key = _key(path)
    if key is not None and key in _count_cache:
        return _count_cache[key]
    try:
        document = document or load_document(path)
    except (SpeechFileError, OSError, ValueError):
        return []
    counts = [speech_counts(document, speech) for speech in document.speeches]
    if key is not None:
        _count_cache[key] = counts
    return counts


def remember_file_counts(path: Path, stamp: tuple[int, int], counts: list[Counter[str]]) -> None:
    """Take ``counts`` as the speech counts of ``path`` while its (mtime_ns, size) is
    ``stamp``: counted from the texts of a document parsed elsewhere (the app's UI
    process), so ``file_speech_counts`` and ``folder_idf`` do not parse the file here."""
    mtime_ns, size = stamp
    _count_cache[(str(path.resolve()), files.FileStamp(mtime_ns, size))] = counts


def folder_idf(folder: Path, limit_bytes: int = FOLDER_LIMIT_BYTES) -> IdfTable:
    """An ``IdfTable`` learnt from every speech of the speech files in ``folder``.

    Files are read in name order until ``limit_bytes`` is reached (a huge folder
    learns from a sample). Cached until a file is added, removed or changed.
    """
    pairs = [(p, k) for p, k in ((p, _key(p)) for p in speech_files(folder)) if k is not None]
    key = (str(folder.resolve()), tuple(k for _, k in pairs))
    if key in _folder_cache:
        return _folder_cache[key]
    from tui.formats.pdfbatch import batch

    table = IdfTable()
    used = 0
    with batch():  # (the PDFs among them read by one kept PDFium process)
        for path, (_, stamp) in pairs:
            if used and used + stamp.size > limit_bytes:
                continue
            used += stamp.size
            for counts in file_speech_counts(path):
                table.add_speech(counts)
    _folder_cache[key] = table
    return table
