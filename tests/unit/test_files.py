"""Speech files on disk: the one suffix list, walker, stamp and byte reader (issues #17, #18)."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from tui.base.errors import TooLargeError, UnreadableFileError
from tui.base.files import (
    WalkReport,
    is_readable_file,
    is_speech_name,
    name_order,
    read_file_bytes,
    stamp_of,
    walk_speech_files,
)

NAMES = [
    ("讲话.txt", True),
    ("讲话.TXT", True),
    ("notes.md", True),
    (".hidden.txt", False),
    ("picture.png", False),
    ("txt", False),
]


@pytest.mark.parametrize(("name", "listed"), NAMES, ids=[n for n, _ in NAMES])
def test_is_speech_name(name: str, listed: bool) -> None:
    assert is_speech_name(name) is listed


ORDERS = [
    (["第10讲.txt", "第2讲.txt", "第1讲.txt"], ["第1讲.txt", "第2讲.txt", "第10讲.txt"]),
    (["f10.md", "F9.md", "f1.md"], ["f1.md", "F9.md", "f10.md"]),
    (["第１１讲.txt", "第2讲.txt"], ["第2讲.txt", "第１１讲.txt"]),  # full-width digits
    (
        ["2023年报告.txt", "2023年报告（修订）.txt", "199年.txt"],
        ["199年.txt", "2023年报告.txt", "2023年报告（修订）.txt"],
    ),
    (["f1.txt", "f01.txt"], ["f01.txt", "f1.txt"]),  # equal numbers: by the name
    (["乙.txt", "甲.txt", "b.txt", "a.txt"], ["a.txt", "b.txt", "乙.txt", "甲.txt"]),
]


@pytest.mark.parametrize(("names", "expected"), ORDERS)
def test_names_are_ordered_as_a_person_orders_them(names: list[str], expected: list[str]) -> None:
    assert sorted(names, key=name_order) == expected


def test_walk_lists_numbered_files_in_number_order(tmp_path: Path) -> None:
    for number in (1, 2, 10, 11, 3):
        (tmp_path / f"第{number}讲.txt").write_text("讲", "utf-8")
    (tmp_path / "卷9").mkdir()
    (tmp_path / "卷10").mkdir()
    (tmp_path / "卷9" / "a.txt").write_text("讲", "utf-8")
    (tmp_path / "卷10" / "a.txt").write_text("讲", "utf-8")
    listed = [p.relative_to(tmp_path).as_posix() for p in walk_speech_files(tmp_path)]
    assert listed == [
        "第1讲.txt",
        "第2讲.txt",
        "第3讲.txt",
        "第10讲.txt",
        "第11讲.txt",
        "卷9/a.txt",
        "卷10/a.txt",
    ]


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """Regular files, a FIFO and a device link named *.txt, a broken link, a hidden folder."""
    (tmp_path / "b.txt").write_text("乙", "utf-8")
    (tmp_path / "a.txt").write_text("甲", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("丙", "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("no", "utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop").symlink_to(tmp_path)  # a link to a folder is not followed
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    return tmp_path


def test_walk_lists_regular_files_only_and_reports_the_rest(odd_folder: Path) -> None:
    report = WalkReport()
    found = [
        p.relative_to(odd_folder).as_posix() for p in walk_speech_files(odd_folder, report=report)
    ]
    assert found == ["a.txt", "b.txt", "link.txt", "sub/c.md"]
    assert sorted(Path(p).name for p in report.not_regular) == ["gone.txt", "pipe.txt", "zero.txt"]


def test_walk_not_recursive_and_breadth_first(odd_folder: Path) -> None:
    (odd_folder / "a-dir").mkdir()
    (odd_folder / "a-dir" / "deep").mkdir()
    (odd_folder / "a-dir" / "deep" / "d.txt").write_text("丁", "utf-8")
    (odd_folder / "sub" / "e.txt").write_text("戊", "utf-8")
    top = [p.name for p in walk_speech_files(odd_folder, recursive=False)]
    assert top == ["a.txt", "b.txt", "link.txt"]
    depth = [p.name for p in walk_speech_files(odd_folder)]
    assert depth == ["a.txt", "b.txt", "link.txt", "d.txt", "c.md", "e.txt"]
    breadth = [p.name for p in walk_speech_files(odd_folder, breadth_first=True)]
    assert breadth == ["a.txt", "b.txt", "link.txt", "c.md", "e.txt", "d.txt"]


def test_walk_reports_an_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text("甲", "utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = WalkReport()
    assert [p.name for p in walk_speech_files(tmp_path, report=report)] == ["ok.txt"]
    assert report.unreadable_folders == [str(tmp_path / "locked")]


def test_walk_stops_when_cancelled(tmp_path: Path) -> None:
    for index in range(5):
        folder = tmp_path / f"d{index}"
        folder.mkdir()
        (folder / "x.txt").write_text("甲", "utf-8")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    assert len(list(walk_speech_files(tmp_path, cancelled=cancelled))) == 2


def test_walk_of_a_file_and_of_a_fifo(odd_folder: Path) -> None:
    assert list(walk_speech_files(odd_folder / "a.txt")) == [odd_folder / "a.txt"]
    report = WalkReport()
    assert list(walk_speech_files(odd_folder / "pipe.txt", report=report)) == []
    assert report.not_regular == [str(odd_folder / "pipe.txt")]


def test_stamp_and_readable(odd_folder: Path) -> None:
    stamp = stamp_of(odd_folder / "a.txt")
    assert stamp is not None and stamp.size == len("甲".encode())
    for name in ("pipe.txt", "zero.txt", "gone.txt", "sub"):
        assert stamp_of(odd_folder / name) is None, name
        assert not is_readable_file(odd_folder / name), name
    assert is_readable_file(odd_folder / "link.txt")


def test_read_file_bytes_never_blocks_on_a_fifo_or_device(odd_folder: Path) -> None:
    """A FIFO with no writer would block a plain open(); a device would never end."""
    errors: list[BaseException] = []

    def read(name: str) -> None:
        try:
            read_file_bytes(odd_folder / name)
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [
        threading.Thread(target=read, args=(n,), daemon=True) for n in ("pipe.txt", "zero.txt")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        assert not thread.is_alive(), "read_file_bytes blocked"
    assert [type(e) for e in errors] == [UnreadableFileError, UnreadableFileError]
    assert all("不是普通文件" in str(e) for e in errors)


def test_read_file_bytes_errors(odd_folder: Path) -> None:
    assert read_file_bytes(odd_folder / "a.txt") == "甲".encode()
    with pytest.raises(UnreadableFileError, match="找不到文件"):
        read_file_bytes(odd_folder / "missing.txt")
    with pytest.raises(UnreadableFileError, match="文件夹"):
        read_file_bytes(odd_folder / "sub")
    with pytest.raises(TooLargeError, match="太大"):
        read_file_bytes(odd_folder / "a.txt", limit=2)


def test_a_socket_is_told_as_no_regular_file(tmp_path: Path) -> None:
    """A socket named .txt cannot even be opened (ENXIO): the message gave the system's
    English words, 读取“sock.txt”时出错：No such device or address (safety85)."""
    import socket

    path = tmp_path / "sock.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(UnreadableFileError) as raised:
            read_file_bytes(path)
    assert str(raised.value) == "“sock.txt”不是普通文件（可能是设备或管道），无法读取。"
    assert "not a regular file" in raised.value.message_en


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        (errno.ELOOP, "循环的符号链接", "a loop of symbolic links"),
        (errno.EIO, "读写出错", "input/output error"),
        (errno.ENAMETOOLONG, "文件名或路径太长", "name or path is too long"),
    ],
)
def test_read_errors_are_told_in_words_of_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, zh: str, en: str
) -> None:
    """An error opening or reading a file was told in the system's English words inside the
    Chinese message (读取“x.txt”时出错：Too many levels of symbolic links)."""
    path = tmp_path / "x.txt"
    path.write_bytes("甲".encode())

    def fail(*args: object, **kwargs: object) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "open", fail)
    with pytest.raises(UnreadableFileError) as raised:
        read_file_bytes(path)
    assert zh in str(raised.value) and os.strerror(code) not in str(raised.value)
    assert en in raised.value.message_en


def test_a_real_loop_of_links_is_told_in_chinese(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(UnreadableFileError, match="循环的符号链接"):
        read_file_bytes(loop)


def test_reading_a_small_file_allocates_about_its_size(tmp_path: Path) -> None:
    """read(limit + 1) asked for a 200 MB buffer for every file (peak memory 20x a file)."""
    import tracemalloc

    path = tmp_path / "small.txt"
    path.write_bytes("营商环境。".encode() * 100)
    tracemalloc.start()
    try:
        read_file_bytes(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_a_file_growing_while_read_is_read_no_further_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows after its size was taken (fstat says 100 bytes, 20 MB are there by
    the time it is read) is stopped past the limit, not read to its end and then refused:
    read() read all 20 MB first."""
    import tracemalloc

    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 20_000_000)
    real_fstat = os.fstat

    def fstat_before_it_grew(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 100, *info[7:]))

    monkeypatch.setattr(os, "fstat", fstat_before_it_grew)
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError) as caught:
            read_file_bytes(path, limit=2_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 6_000_000
    assert "太大" in caught.value.message and "2 MB" in caught.value.message_en


def test_a_file_read_in_turns_is_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Grown after its size was taken, but under the limit: all of it is read."""
    path = tmp_path / "grown.txt"
    data = bytes(range(256)) * 10_000
    path.write_bytes(data)
    real_fstat = os.fstat
    monkeypatch.setattr(
        os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:]))
    )
    assert read_file_bytes(path) == data
