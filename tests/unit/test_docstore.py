"""Big files' parsed documents kept on disk (``tui.engine.docstore``, ``tui.jobs.opening.load``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.documents import corpus_collection
from tui.base.files import FileStamp, stamp_of
from tui.engine import docstore, load_document
from tui.engine.model import Document
from tui.jobs import opening


@pytest.fixture(autouse=True)
def home(own_home: Path) -> Path:
    """A state and cache folder of the test's own (``conftest.own_home``)."""
    return own_home


@pytest.fixture
def big(tmp_path: Path) -> Path:
    return corpus_collection(tmp_path, 1)


def stamp(path: Path) -> FileStamp:
    found = stamp_of(path)
    assert found is not None
    return found


def test_a_stored_document_reads_back_equal_to_the_parse(big: Path, tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    parsed = load_document(big)
    assert docstore.stored_document(folder, big, stamp(big)) is None  # nothing stored yet
    assert docstore.store_document(folder, big, stamp(big), parsed)
    assert not docstore.store_document(folder, big, stamp(big), parsed)  # already stored
    back = docstore.stored_document(folder, big, stamp(big))
    assert isinstance(back, Document)
    assert back == parsed
    assert back.speeches == parsed.speeches and back.paragraphs == parsed.paragraphs


def test_another_stamp_another_engine_or_a_broken_entry_is_a_miss(
    big: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "documents"
    docstore.store_document(folder, big, stamp(big), load_document(big))
    changed = stamp(big)
    os.utime(big, ns=(changed.mtime_ns + 10**9, changed.mtime_ns + 10**9))
    assert docstore.stored_document(folder, big, stamp(big)) is None  # the file changed
    os.utime(big, ns=(changed.mtime_ns, changed.mtime_ns))
    assert docstore.stored_document(folder, big, stamp(big)) is not None
    monkeypatch.setattr(docstore, "engine_stamp", lambda: "another engine")
    assert docstore.stored_document(folder, big, stamp(big)) is None
    monkeypatch.undo()
    entry = docstore.entry_path(folder, big)
    entry.write_bytes(entry.read_bytes()[:5000])  # cut short
    assert docstore.stored_document(folder, big, stamp(big)) is None
    assert not entry.exists()  # removed: the next store writes it again


def test_a_small_file_is_not_stored(tmp_path: Path) -> None:
    small = tmp_path / "讲话.txt"
    small.write_text("在会议上的讲话\n\n同志们：\n\n今天的会议很重要。\n", encoding="utf-8")
    folder = tmp_path / "documents"
    assert not docstore.store_document(folder, small, stamp(small), load_document(small))
    assert not folder.exists()


def test_only_the_last_used_documents_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    files = []
    for number in range(docstore.KEPT + 1):
        place = tmp_path / str(number)
        place.mkdir()
        files.append(corpus_collection(place, 1))
    document = load_document(files[0])  # (the same text in each)
    for number, path in enumerate(files):
        assert docstore.store_document(folder, path, stamp(path), document)
        entry = docstore.entry_path(folder, path)
        os.utime(entry, (1_000_000 + number, 1_000_000 + number))  # stored in this order
    assert docstore.stored_document(folder, files[1], stamp(files[1])) is not None  # used now
    docstore.store_document(folder, files[0], stamp(files[0]), document)  # a fifth store
    kept = sorted(entry.name for entry in folder.iterdir())
    assert len(kept) == docstore.KEPT
    assert docstore.entry_path(folder, files[2]).name not in kept  # the least recently used
    assert docstore.entry_path(folder, files[1]).name in kept


def test_jobs_load_takes_a_kept_document_instead_of_parsing(
    big: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = opening.load(big)
    assert opening.keep_document(big, stamp(big), parsed)

    def no_parse(path: object) -> Document:
        raise AssertionError("parsed again")

    monkeypatch.setattr("tui.engine.load_document", no_parse)
    assert opening.load(big) == parsed
    changed = stamp(big)
    os.utime(big, ns=(changed.mtime_ns + 10**9, changed.mtime_ns + 10**9))
    with pytest.raises(AssertionError, match="parsed again"):
        opening.load(big)  # changed since: parsed


def test_keep_document_skips_a_file_changed_since_its_parse(big: Path) -> None:
    parsed = opening.load(big)
    before = stamp(big)
    os.utime(big, ns=(before.mtime_ns + 10**9, before.mtime_ns + 10**9))
    assert not opening.keep_document(big, before, parsed)
    assert not opening.documents_dir().exists()


def test_a_document_stored_before_an_upgrade_of_a_format_library_is_a_miss(
    big: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new pdfium (or lxml, charset-normalizer) may give other text with the package's own
    files unchanged: a document stored before is parsed again, as the index is rebuilt."""
    from tui import paths

    folder = tmp_path / "documents"
    paths.text_libraries.cache_clear()
    try:
        docstore.store_document(folder, big, stamp(big), load_document(big))
        assert docstore.stored_document(folder, big, stamp(big)) is not None
        newer = tmp_path / "site-packages"
        (newer / "pypdfium2-99.0.dist-info").mkdir(parents=True)
        monkeypatch.syspath_prepend(str(newer))
        paths.text_libraries.cache_clear()  # (read once a process: a new process after the upgrade)
        docstore.engine_stamp.cache_clear()
        assert docstore.stored_document(folder, big, stamp(big)) is None
    finally:
        monkeypatch.undo()
        paths.text_libraries.cache_clear()
        docstore.engine_stamp.cache_clear()
