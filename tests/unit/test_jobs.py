"""``tui.jobs.opening.load``: the whole document, parsed with the cyclic garbage collector held off."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.engine import EmptyFileError, load_document
from tui.engine.doccache import known_document
from tui.jobs import opening


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_load_parses_the_file_with_the_collector_off_and_turns_it_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("在会议上的讲话\n同志们：\n一、第一部分\n正文。\n", encoding="utf-8")
    during: list[bool] = []

    def spy(source: Path) -> object:
        during.append(gc.isenabled())
        return load_document(source)

    monkeypatch.setattr("tui.engine.load_document", spy)
    gc.enable()
    document = opening.load(path)
    assert during == [False] and gc.isenabled()
    assert document.speeches[0].headings[0].title == "第一部分"
    assert known_document(path) is document  # remembered for the index


def test_load_turns_the_collector_back_on_when_the_file_cannot_be_read(
    tmp_path: Path, collector_restored: None
) -> None:
    path = tmp_path / "空.txt"
    path.write_bytes(b"")
    gc.enable()
    with pytest.raises(EmptyFileError):
        opening.load(path)
    assert gc.isenabled()


def test_load_leaves_a_collector_that_was_off_off(tmp_path: Path, collector_restored: None) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("同志们：\n正文。\n", encoding="utf-8")
    gc.disable()
    opening.load(path)
    assert not gc.isenabled()


def test_load_freezes_nothing(tmp_path: Path, collector_restored: None) -> None:
    """The parse's objects stay in the collector's sight: ``gc.freeze`` at the end of each
    parse took every object alive in the process out of it for good, and a document alive
    then stayed after its file was closed, held in a cycle by the finished worker that had
    shown it (docs/performance-log.md, "A long session"; the whole test of a session is
    tests/ui/test_long_session.py)."""
    path = tmp_path / "讲话.txt"
    path.write_text("在会议上的讲话\n同志们：\n一、第一部分\n正文。\n", encoding="utf-8")
    gc.enable()
    frozen = gc.get_freeze_count()  # (the test process freezes what it collected)
    document = opening.load(path)
    paragraphs = document.paragraphs
    assert gc.is_tracked(paragraphs)
    assert any(tracked is paragraphs for tracked in gc.get_objects())
    assert gc.get_freeze_count() <= frozen


def test_a_file_renamed_while_open_keeps_its_document_without_a_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("在会议上的讲话\n同志们：\n一、第一部分\n正文。\n", encoding="utf-8")
    document = opening.load(path)
    renamed = tmp_path / "改名.txt"
    path.rename(renamed)
    parsed: list[Path] = []

    def spy(source: Path) -> object:
        parsed.append(source)
        return load_document(source)

    monkeypatch.setattr("tui.engine.load_document", spy)
    assert opening.follow_rename(path, renamed)
    assert opening.load(renamed) is document and parsed == []
    assert known_document(renamed) is document  # the index reads it under its new name


def test_a_renamed_file_that_changed_or_was_never_open_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("同志们：\n一、第一部分\n正文。\n", encoding="utf-8")
    document = opening.load(path)
    renamed = tmp_path / "改名.txt"
    path.rename(renamed)
    with renamed.open("a", encoding="utf-8") as text:
        text.write("二、第二部分\n又一段正文。\n")
    assert not opening.follow_rename(path, renamed)  # (its stamp changed: parsed again)
    again = opening.load(renamed)
    assert again is not document
    assert [h.title for h in again.speeches[0].headings] == ["第一部分", "第二部分"]
    other = tmp_path / "别的.txt"
    other.write_text("同志们：\n正文。\n", encoding="utf-8")
    assert not opening.follow_rename(tmp_path / "不在.txt", other)  # (never the open file)
