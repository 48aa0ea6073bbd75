"""tui.engine.prefix: the head of a big file, cut at a paragraph boundary, as a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine import load_document
from tui.engine.prefix import cut_at_paragraph, head_document
from tui.jobs import opening

CUTS = [
    ("blank line", b"aaaa\n\nbbbb\n\ncc", b"aaaa\n\nbbbb\n\n"),
    ("crlf blank line", b"aaaa\r\n\r\nbbbbbbb", b"aaaa\r\n\r\n"),
    ("line end only", b"aaaa\nbbbb\ncc", b"aaaa\nbbbb\n"),
    ("blank line in the first half only", b"a\n\nbbbbbbbb\ncc", b"a\n\nbbbbbbbb\n"),
    ("no line end", b"aaaaaaaa", b""),
    (
        "gb18030 bytes are never cut",
        "一二三\n\n四五六".encode("gb18030"),
        "一二三\n\n".encode("gb18030"),
    ),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in CUTS], ids=[c[0] for c in CUTS])
def test_cut_at_paragraph(data: bytes, expected: bytes) -> None:
    assert cut_at_paragraph(data) == expected


def _speeches(count: int) -> str:
    parts = []
    for number in range(count):
        parts.append(f"在第{number}次全体会议上的讲话\n\n同志们：\n\n")
        for section, marker in enumerate("一二三"):
            parts.append(f"{marker}、第{number}篇的第{section}部分\n\n")
            parts.append(
                f"这是第{number}篇讲话第{section}部分的正文，讲的是营商环境。" * 8 + "\n\n"
            )
    return "".join(parts)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_big_file_gives_its_head_the_same_as_the_whole(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "合集.txt"
    path.write_bytes(_speeches(300).encode(encoding))
    head = head_document(path, size=50_000)
    whole = load_document(path)
    assert head is not None
    assert 0 < len(head.paragraphs) < len(whole.paragraphs)
    shown = head.paragraphs[:-1]  # the last paragraph may be cut short
    assert [(p.text, p.line, p.kind) for p in shown] == [
        (p.text, p.line, p.kind) for p in whole.paragraphs[: len(shown)]
    ]
    assert [s.title for s in head.speeches[:-1]] == [
        s.title for s in whole.speeches[: len(head.speeches) - 1]
    ]
    assert head.speeches[0].headings == whole.speeches[0].headings


CASES = [
    ("small file", "一、标题\n\n正文。\n".encode(), 1_000),
    ("utf-16", ("一、标题\n\n正文。\n" * 200).encode("utf-16"), 1_000),
    ("no line end", ("正文" * 2000).encode(), 1_000),
]


@pytest.mark.parametrize(("data", "size"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_no_head_when_the_whole_is_wanted(tmp_path: Path, data: bytes, size: int) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(data)
    assert head_document(path, size=size) is None


def test_no_head_of_a_missing_file(tmp_path: Path) -> None:
    assert head_document(tmp_path / "没有.txt") is None


def test_first_screen_is_the_head_of_a_big_file_and_the_whole_of_a_small_one(
    tmp_path: Path,
) -> None:
    big, small = tmp_path / "合集.txt", tmp_path / "讲话.txt"
    big.write_text(_speeches(1000), encoding="utf-8")
    small.write_text(_speeches(1), encoding="utf-8")
    head, complete = opening.first_screen(big)
    assert not complete and len(head.paragraphs) < len(load_document(big).paragraphs)
    whole, complete = opening.first_screen(small)
    assert complete and len(whole.paragraphs) == len(load_document(small).paragraphs)
