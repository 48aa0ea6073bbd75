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


def test_the_file_pane_leaves_out_a_link_back_to_a_folder_it_is_in(tmp_path: Path) -> None:
    """``回上级 -> ..`` could be expanded inside itself for ever; a link to another folder,
    and the folders and files themselves, are listed."""
    from tui.startup import is_speech_candidate

    folder = tmp_path / "讲话"
    (folder / "子").mkdir(parents=True)
    (tmp_path / "别处").mkdir()
    (folder / "甲.txt").write_text("同志们：\n今天开会。\n", encoding="utf-8")
    (folder / "子" / "回上级").symlink_to("..")
    (folder / "子" / "回根").symlink_to(tmp_path)
    (folder / "子" / "自己").symlink_to(".")
    (folder / "去别处").symlink_to(tmp_path / "别处")
    for path in (folder, folder / "子", folder / "甲.txt", folder / "去别处"):
        assert is_speech_candidate(path), path.name
    for name in ("回上级", "回根", "自己"):
        assert not is_speech_candidate(folder / "子" / name), name
