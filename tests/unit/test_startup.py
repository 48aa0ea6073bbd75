"""Which file opens at start (``tui.startup``): the one asked for, else the last one read
inside the tree's root, else the root's first speech file."""

from __future__ import annotations

from pathlib import Path

from tui.paths import bundled_corpus_dir
from tui.session import Session
from tui.startup import initial_file, root_and_file


def test_no_path_opens_the_bundled_corpus_not_a_file_read_elsewhere(tmp_path: Path) -> None:
    """``speech-reader`` with no path is the bundled corpus: a file last read in another
    folder is not restored beside the corpus's tree (the tree said 内置讲话稿, the reader
    showed the other folder's file); the corpus's own file last read is."""
    elsewhere = tmp_path / "我的讲话稿" / "甲.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text("同志们：\n今天开会。\n", encoding="utf-8")
    session = Session(tmp_path / "state")
    session.set_last_file(elsewhere)
    root, start = root_and_file(None)
    assert root == bundled_corpus_dir() and start is None
    first = initial_file(root, start, session)
    assert first is not None and first.parent == bundled_corpus_dir().resolve()
    in_corpus = sorted(bundled_corpus_dir().glob("*.txt"))[-1]
    session.set_last_file(in_corpus)
    assert initial_file(root, start, session) == in_corpus.resolve()


def test_a_folder_restores_the_file_last_read_inside_it(tmp_path: Path) -> None:
    folder = tmp_path / "讲话"
    (folder / "子").mkdir(parents=True)
    for name in ("甲.txt", "子/乙.txt"):
        (folder / name).write_text("同志们：\n今天开会。\n", encoding="utf-8")
    session = Session(tmp_path / "state")
    session.set_last_file(folder / "子" / "乙.txt")
    assert initial_file(folder, None, session) == (folder / "子" / "乙.txt").resolve()
    session.set_last_file(tmp_path / "别处.txt")  # gone, or outside: the folder's first
    assert initial_file(folder, None, session) == (folder / "甲.txt").resolve()
