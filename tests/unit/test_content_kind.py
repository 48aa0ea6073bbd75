"""What a file held, by its content, is a field of its document (``Document.content_kind``,
from ``tui.formats.Extracted.kind``), not told by a warning's words; the file tree's
marker (``tui.formats.kind_unlike_name``) and the speech counter read it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tui.engine import load_document, parse_text
from tui.formats import FormatKind, kind_unlike_name
from tui.jobs import tree_counts

TEXT = "关于营商环境的讲话\n\n　　同志们：今天我们开会。\n"


def _word(path: Path) -> Path:
    word = docx.Document()
    for line in TEXT.splitlines():
        word.add_paragraph(line.strip("\u3000"))
    word.save(str(path))
    return path


@pytest.mark.parametrize(
    ("name", "word", "held", "shown"),
    [
        ("讲话.txt", False, "text", None),
        ("纪要.docx", False, "text", "text"),  # plain text named .docx
        ("真的.docx", True, "docx", None),
        ("报告.pdf", True, "docx", "docx"),  # a Word file named .pdf
        ("报告.txt", True, "docx", None),  # a .txt is shown as its name says
    ],
)
def test_a_document_says_what_its_file_held(
    tmp_path: Path, name: str, word: bool, held: str, shown: str | None
) -> None:
    path = tmp_path / name
    if word:
        _word(path)
    else:
        path.write_text(TEXT, encoding="utf-8")
    document = load_document(path)
    assert document.content_kind == held
    assert kind_unlike_name(name, document.content_kind) == shown
    # the counter gives the same kind from its parse as from the file's head
    (counted,) = tree_counts.speech_counts([path], 10**9)
    assert counted is not None
    assert counted.kind == shown == tree_counts.content_kind(path)
    assert counted.speeches == len(document.speeches)


def test_text_from_memory_is_text() -> None:
    assert parse_text(TEXT).content_kind == "text"


def test_one_files_failure_costs_only_its_own_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anything that goes wrong with one file in ``speech_counts`` (here the sniff of its
    head, outside the parse) is that file's failure: the others are counted."""
    paths = [tmp_path / f"讲话{n}.txt" for n in range(3)]
    for path in paths:
        path.write_text(TEXT, encoding="utf-8")
    real = tree_counts.speeches_and_kind

    def count(path: Path) -> tuple[int, FormatKind]:
        if path == paths[1]:
            raise RuntimeError("a parser's bug")
        return real(path)

    def sniffed(path: Path) -> str | None:
        if path == paths[1]:
            raise RuntimeError("a sniffer's bug")
        return None

    monkeypatch.setattr(tree_counts, "speeches_and_kind", count)
    monkeypatch.setattr(tree_counts, "content_kind", sniffed)
    counted = tree_counts.speech_counts(paths, 1 << 20)
    assert [c.speeches if c else "?" for c in counted] == [1, None, 1]
    assert counted[1] is not None and "sniffer" in counted[1].error
