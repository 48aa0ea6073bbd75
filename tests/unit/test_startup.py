"""Which file opens at start (``tui.startup``): the one asked for, else the last one read
inside the tree's root, else the root's first speech file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
    session.set_last_file(tmp_path / "别处.txt")  # read outside since: still the folder's own
    assert initial_file(folder, None, session) == (folder / "子" / "乙.txt").resolve()
    (folder / "子" / "乙.txt").unlink()  # gone: the folder's first
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


def test_a_file_without_permission_is_listed_and_its_read_says_why(tmp_path: Path) -> None:
    """For real, not through a fake ``os.access``: a file of mode 000 read by a process
    without root's power to read anything (root: ``setpriv`` drops it). The file pane
    lists it, the tree marks it, reading it says 没有权限读取; the first file opened at
    start passes over it. Before, the pane left it out."""
    import subprocess
    import sys

    folder = tmp_path / "讲话"
    folder.mkdir()
    locked = folder / "甲.txt"
    locked.write_text("同志们：\n今天开会。\n", encoding="utf-8")
    (folder / "乙.txt").write_text("同志们：\n今天开会。\n", encoding="utf-8")
    locked.chmod(0)
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from tui.base.files import read_file_bytes\n"
        "from tui.startup import first_speech_file, is_speech_candidate\n"
        "from tui.folder_listing import unreadable_files\n"
        "path = Path(sys.argv[1])\n"
        "try:\n"
        "    read_file_bytes(path)\n"
        "    said = ''\n"
        "except Exception as error:\n"
        "    said = error.message\n"
        "first = first_speech_file(path.parent)\n"
        "print(json.dumps([is_speech_candidate(path), path in unreadable_files([path]),"
        " said, first.name if first else None]))\n"
    )
    command = [sys.executable, "-c", code, str(locked)]
    command = without_root_powers(command)
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    listed, marked, said, first = json.loads(done.stdout)
    assert listed and marked and first == "乙.txt"
    assert said == "没有权限读取“甲.txt”。"


def test_a_folder_without_permission_is_listed_and_marked(tmp_path: Path) -> None:
    """For real: a folder of mode 000 seen by a process without root's power to open any
    folder (``setpriv`` drops it). The file pane lists it (it was left out) and the tree
    marks it (``unreadable_folders``); the first file opened at start passes over it."""
    import subprocess
    import sys

    folder = tmp_path / "讲话"
    locked = folder / "甲组"
    locked.mkdir(parents=True)
    (locked / "甲.txt").write_text("同志们：\n今天开会。\n", encoding="utf-8")
    (folder / "乙.txt").write_text("同志们：\n今天开会。\n", encoding="utf-8")
    locked.chmod(0)
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from tui.startup import first_speech_file, is_speech_candidate\n"
        "from tui.folder_listing import unreadable_folders\n"
        "path = Path(sys.argv[1])\n"
        "first = first_speech_file(path.parent)\n"
        "print(json.dumps([is_speech_candidate(path), path in unreadable_folders([path]),"
        " first.name if first else None]))\n"
    )
    command = [sys.executable, "-c", code, str(locked)]
    command = without_root_powers(command)
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    finally:
        locked.chmod(0o755)  # (so that the test's folder can be removed)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [True, True, "乙.txt"]


def two_files(folder: Path) -> tuple[Path, Path]:
    """A folder of two speeches: its first file (by name), and the other."""
    folder.mkdir(parents=True)
    first, other = folder / "乙.txt", folder / "甲.txt"
    for path in (first, other):
        path.write_text("同志们：\n今天开会。\n", encoding="utf-8")
    return first, other


def test_a_folder_s_last_file_comes_back_after_another_folder_was_read(tmp_path: Path) -> None:
    """``speech-reader A`` (甲 read), ``speech-reader`` (the bundled corpus read), then
    ``speech-reader A`` again: 甲, not A's first file (only one last file was kept, and it
    was the corpus's); and the corpus's own file comes back after A's was read."""
    first, other = two_files(tmp_path / "A")
    state = tmp_path / "state"
    session = Session(state)
    assert initial_file(first.parent, None, session) == first.resolve()
    session.set_last_file(other)
    session.save()
    corpus, _ = root_and_file(None)
    session = Session(state)
    in_corpus = sorted(corpus.glob("*.txt"))[-1]
    session.set_last_file(in_corpus)
    session.save()
    session = Session(state)  # a new run
    assert initial_file(first.parent, None, session) == other.resolve()
    assert initial_file(corpus, None, session) == in_corpus.resolve()


def test_a_folder_s_last_file_gone_opens_its_first(tmp_path: Path) -> None:
    first, other = two_files(tmp_path / "A")
    elsewhere, _ = two_files(tmp_path / "B")
    session = Session(tmp_path / "state")
    session.set_last_file(other)
    session.set_last_file(elsewhere)
    other.unlink()
    assert initial_file(first.parent, None, session) == first.resolve()


def test_a_file_read_in_a_sub_folder_is_the_folder_s_last(tmp_path: Path) -> None:
    """The tree's root is the folder given: a file read in one of its sub-folders (the last
    of them) is its last file; the sub-folder, given itself, has its own."""
    root = tmp_path / "讲话"
    _, a2021 = two_files(root / "2021")
    b2022, _ = two_files(root / "2022")
    session = Session(tmp_path / "state")
    session.set_last_file(a2021)
    session.set_last_file(b2022)
    session.set_last_file(bundled_corpus_dir() / "x.txt")  # (never read: a path only)
    assert initial_file(root, None, session) == b2022.resolve()
    assert initial_file(root / "2021", None, session) == a2021.resolve()


def test_the_folders_remembered_are_the_last_ones_read_in(tmp_path: Path) -> None:
    from tui.session import FOLDERS_KEPT

    files = [tmp_path / f"f{number}" / "a.txt" for number in range(FOLDERS_KEPT + 5)]
    session = Session(tmp_path / "state")
    for path in files:
        session.set_last_file(path)
    session.set_last_file(files[10])  # read again: now the newest
    session.save()
    kept = Session(tmp_path / "state").folder_files
    assert len(kept) == FOLDERS_KEPT
    assert list(kept)[-1] == str(files[10].parent.resolve())
    assert str(files[4].parent.resolve()) not in kept  # the oldest went
    assert str(files[5].parent.resolve()) in kept


def test_two_readers_keep_each_other_s_folders(tmp_path: Path) -> None:
    """Written by merging under the lock, as the rest of ``session.json``."""
    a_first, a_other = two_files(tmp_path / "A")
    b_first, b_other = two_files(tmp_path / "B")
    one, two = Session(tmp_path / "state"), Session(tmp_path / "state")
    one.set_last_file(a_other)
    two.set_last_file(b_other)
    one.save()
    two.save()
    again = Session(tmp_path / "state")
    assert initial_file(a_first.parent, None, again) == a_other.resolve()
    assert initial_file(b_first.parent, None, again) == b_other.resolve()


@pytest.mark.parametrize(
    "folders",
    [[1, 2], "不是", {"/某处": 5}],
    ids=["a list", "a string", "a number for a file"],
)
def test_a_damaged_folders_record_is_left_out_and_told(tmp_path: Path, folders: object) -> None:
    """As every state file's entries of the wrong form: told, set aside, the rest used."""
    first, other = two_files(tmp_path / "A")
    state = tmp_path / "state"
    state.mkdir()
    stored = {"last_file": str(other.resolve()), "positions": {}, "folders": folders}
    (state / "session.json").write_text(json.dumps(stored), encoding="utf-8")
    session = Session(state)
    problems = session.take_problems()
    assert len(problems) == 1 and ("folders" in problems[0] or "/某处" in problems[0]), problems
    assert list(state.glob("session.json.corrupt-*"))
    assert session.folder_files == {}
    assert initial_file(first.parent, None, session) == other.resolve()  # last_file still


def without_root_powers(command: list[str]) -> list[str]:
    """``command`` run without root's power to read any file and open any folder (the
    tests run as root: ``setpriv`` drops it), so that permissions count as for a user."""
    import os
    import shutil

    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root reads any file, and setpriv (to drop that) is not installed")
    drop = "--bounding-set=-dac_override,-dac_read_search"
    return [setpriv, "--inh-caps=-all", "--ambient-caps=-all", drop, *command]
