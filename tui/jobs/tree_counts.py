"""The file tree's speech counts ("N篇"), a batch of files a call: first what needs no parse
(``settled_counts``, on a thread), then the others (``speech_counts``, in the helper process
or on a thread: ``FolderWork.count_speeches`` decides; a big collection alone, in the
helper, after the others).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from tui.base.files import FileStamp
    from tui.formats import FormatKind


def speeches_and_kind(path: Path) -> tuple[int, FormatKind]:
    """How many speeches ``path`` holds (for the file tree), and the format its content was
    read as (``Document.content_kind``): the speech counter's parse, which tells the kind
    without a second read of the file's head."""
    from tui.engine import load_document

    document = load_document(path)
    return len(document.speeches), document.content_kind


class Counted(NamedTuple):
    """A file's speech count as the counter found it (``speech_counts``)."""

    stamp: FileStamp | None
    """The file's stamp when it was counted (None: gone, or not a regular file)."""
    speeches: int | None
    """Its speeches; None when it has no count: gone, over the size limit, not a speech
    file after all (the engine's ``SpeechFileError``), or counting failed (``error``)."""
    error: str = ""
    """Why counting failed (any other exception's repr), for the caller to log."""
    kind: str | None = None
    """The format the file's content has when its name says another (``content_kind``: a
    plain-text file named .docx is "text"), for the tree's marker; None when as named."""
    too_big: bool = False
    """No count because the file is over the size limit (not parsed just for its count):
    the tree says so (大文件), the count comes when it is opened."""


def content_kind(path: Path) -> str | None:
    """The format ``path``'s first bytes show (``tui.formats.sniff_file``, the test the
    reader opens it by) when its name says another format than plain text and the content
    is not that format (讲话.docx holding plain text: "text"); None otherwise. Only a file
    named as another format is read (1 KB): a ``.txt`` stays unread here."""
    from tui.formats import kind_of_name, kind_unlike_name, sniff_file

    if kind_of_name(path.name) == "text":
        return None
    return kind_unlike_name(path.name, sniff_file(path))


def speech_counts(
    paths: list[Path],
    limit: int,
    known: dict[Path, FileStamp] | None = None,
) -> list[Counted | None]:
    """How many speeches each of ``paths`` holds, in order (for the file tree's counter,
    which runs it on a thread, a batch of files a call: ``FolderWork.count_speeches``).

    A file whose stamp is still its stamp in ``known`` (counted before, unchanged since)
    gives None and is not parsed again. A file over ``limit`` bytes (not parsed just for
    its count) gives no count; a failure gives its message, and the next file is
    counted. Each gives the format its content has where its name says another
    (``content_kind``).
    """
    from tui.formats.pdfbatch import batch

    with batch():  # (the PDFs among them read by one kept PDFium process)
        return [_counted_or_failed(path, limit, known) for path in paths]


def _counted_or_failed(
    path: Path, limit: int, known: dict[Path, FileStamp] | None
) -> Counted | None:
    """``_counted``, or the failure of this one file as its answer: anything that goes
    wrong with one file (its stat, its parse, the sniff of its head) costs that file's
    count only, never the counts of the batch beside it."""
    try:
        return _counted(path, limit, known)
    except Exception as error:  # noqa: BLE001 - a count is not worth stopping for
        from tui.base.files import stamp_of

        return Counted(stamp_of(path), None, repr(error))


def _counted(path: Path, limit: int, known: dict[Path, FileStamp] | None) -> Counted | None:
    """``speech_counts``' answer for one file."""
    from tui.base.errors import SpeechFileError
    from tui.base.files import stamp_of
    from tui.formats import kind_unlike_name

    stamp = stamp_of(path)
    if stamp is not None and known is not None and known.get(path) == stamp:
        return None
    if stamp is None or stamp.size > limit:
        return uncounted(path, stamp, too_big=stamp is not None)
    try:
        speeches, held = speeches_and_kind(path)
    except SpeechFileError:
        return uncounted(path, stamp)
    except Exception as error:  # noqa: BLE001 - a count is not worth stopping for
        return Counted(stamp, None, repr(error), content_kind(path))
    # The kind the parse read the file as: its head is not read a second time.
    return Counted(stamp, speeches, kind=kind_unlike_name(path.name, held))


def uncounted(path: Path, stamp: FileStamp | None, too_big: bool = False) -> Counted:
    """A file with no count (gone: ``stamp`` None; over the size limit: ``too_big``; not a
    speech file after all), with the format its content has where its name says another."""
    kind = None if stamp is None else content_kind(path)
    return Counted(stamp, None, kind=kind, too_big=too_big)


def settled_counts(
    paths: list[Path],
    limit: int,
    known: dict[Path, FileStamp] | None = None,
    index_file: Path | None = None,
) -> tuple[dict[Path, Counted | None], dict[Path, int]]:
    """The counts of ``paths`` that need no parse (on a thread, before ``speech_counts``),
    and the size of each of the others (what ``speech_counts`` would parse).

    A file unchanged since it was counted (its stamp in ``known``) gives None; one that
    is gone or over ``limit`` bytes gives no count; one that the search index holds as
    it is now gives the speeches of its stored outline (``index.store.
    indexed_speech_counts``: the index at ``index_file``, by default the reader's), a big
    collection's too (the index parses files up to 32 MB in the background). The
    others are left out: they are to be parsed. Only stats and one read of the index: a
    folder indexed before shows its counts without a parse in this process or a helper.
    """
    from tui.base.files import stamp_of
    from tui.engine.index.store import index_path, indexed_speech_counts

    settled: dict[Path, Counted | None] = {}
    stamps: dict[str, tuple[Path, FileStamp]] = {}
    for path in paths:
        stamp = stamp_of(path)
        if stamp is not None and known is not None and known.get(path) == stamp:
            settled[path] = None
        elif stamp is None or stamp.size > limit:
            settled[path] = uncounted(path, stamp, too_big=stamp is not None)
        else:
            stamps[os.fspath(path)] = (path, stamp)
    indexed = indexed_speech_counts(
        index_path() if index_file is None else index_file,
        {name: stamp for name, (_, stamp) in stamps.items()},
    )
    for name, speeches in indexed.items():
        path, stamp = stamps.pop(name)
        settled[path] = Counted(stamp, speeches, kind=content_kind(path))
    return settled, {path: stamp.size for path, stamp in stamps.values()}
