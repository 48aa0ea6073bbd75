"""Every command on a hostile folder: nothing raw on stdout or stderr, exact JSON, exit codes.

What a command prints goes through ``tui.cli.SafeStream`` (``safe_text``, line feeds
kept) and its JSON through ``safe_json`` (escapes that read back to the exact strings,
lone surrogates of a name that is not UTF-8 included). Exit codes: 0 success, 1 search
found nothing, 2 a usage error or a missing or unreadable path (issue #17).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import (
    CONTENTS,
    NAMES,
    NOT_UTF8,
    OSC52,
    PRINTED,
    SHOWN,
    make_hostile_folder,
    unsafe_in,
)
from tui.cli import main
from tui.engine import load_document
from tui.engine.quotes import quote_sentences
from tui.notebook import Notebook

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("own_home")
"""Every test with a state and cache folder of its own (``conftest.own_home``)."""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return make_hostile_folder(tmp_path / "hostile")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert unsafe_in(out) == [], out
    assert unsafe_in(err) == [], err
    return code, out, err


IDS = ["osc52", "clear", "bidi", "zero-width", "click", "markup", "not-utf8"]


@pytest.mark.parametrize("name", NAMES, ids=IDS)
def test_outline_text_and_json(
    hostile: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hostile / name
    code, out, _ = run(capsys, "outline", str(path))
    assert code == 0
    # the name as every command prints it, which names the file again (not ␛, ‹U+202E›)
    assert out.startswith(f"{hostile}/{PRINTED[name]}（utf-8，"), out
    assert f"\n[1] {PRINTED[name].rsplit('.', 1)[0]}：" in out, out  # the untitled speech
    assert run(capsys, "outline", f"{hostile}/{PRINTED[name]}") == (code, out, "")
    code, out, _ = run(capsys, "outline", str(path), "--json")
    assert code == 0
    assert json.loads(out)["path"] == str(path)  # the exact name, lone surrogates too


def test_outline_of_hostile_contents(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "outline", str(hostile / CONTENTS))
    assert code == 0
    assert "二、第二‹U+2066›部分‹U+2069›[@click=app.quit]" in out
    code, out, _ = run(capsys, "outline", str(hostile / CONTENTS), "--json")
    assert "\u2066" not in out
    titles = [h["title"] for s in json.loads(out)["speeches"] for h in s["headings"]]
    assert "第二‹U+2066›部分‹U+2069›[@click=app.quit]" in titles


def test_keywords_text_and_json(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = hostile / OSC52
    code, out, _ = run(capsys, "keywords", str(path))
    # the untitled speech's label: its file's name as the commands print names
    assert code == 0 and f"[1] {PRINTED[OSC52].rsplit('.', 1)[0]}：" in out, out
    code, out, _ = run(capsys, "keywords", str(path), "--json")
    assert code == 0 and json.loads(out)["file"] == str(path)
    code, out, _ = run(capsys, "keywords", str(hostile / NOT_UTF8), "--json")
    assert code == 0 and json.loads(out)["file"] == str(hostile / NOT_UTF8)


def test_search_text_and_json(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "营商", str(hostile))
    assert code == 0
    for name in NAMES:
        assert PRINTED[name] in out, name
    assert "营商‹U+202E›环境" in out  # the snippet of the hostile contents
    code, out, _ = run(capsys, "search", "营商", str(hostile), "--json")
    assert code == 0
    result = json.loads(out)
    # (the hostile names hold one text: listed once, the others in its also_at)
    listed = {Path(p).name for f in result["files"] for p in [f["path"], *f["also_at"]]}
    assert listed == {*NAMES, CONTENTS}
    snippets = [h["snippet"] for f in result["files"] for h in f["hits"]]
    assert all(unsafe_in(snippet) == [] for snippet in snippets)


def test_quotes_list_json_and_export(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(hostile / OSC52)
    document = load_document(path)
    Notebook().add(quote_sentences(document, path, (2, 0), (2, 0)))
    code, out, _ = run(capsys, "quotes")
    # (the citation names the file without its ending: docs/quotes.md)
    assert code == 0 and SHOWN[OSC52].rsplit(".", 1)[0] in out
    code, out, _ = run(capsys, "quotes", "--json")
    assert code == 0 and json.loads(out)[0]["file"] == path
    code, out, _ = run(capsys, "quotes", "--export", "-")
    assert code == 0 and SHOWN[OSC52].rsplit(".", 1)[0] in out


def test_a_quote_from_a_name_that_is_not_utf8_is_kept_and_listed(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(hostile / NOT_UTF8)
    Notebook().add(quote_sentences(load_document(path), path, (2, 0), (2, 0)))
    assert Notebook().entries()[0].file == path  # read back exactly
    code, out, _ = run(capsys, "quotes", "--json")
    assert code == 0 and json.loads(out)[0]["file"] == path
    code, out, _ = run(capsys, "quotes")
    assert code == 0 and "‹\\xb2›‹\\xe2›" in out


def test_error_messages_on_stderr_are_safe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "gone\x1b]52;c;aGk=\x07\u202e.txt")
    for argv in (["outline", missing], ["keywords", missing], ["search", "x", missing], [missing]):
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert "gone\\x1b]52;c;aGk=\\x07\\u202e.txt" in err, (argv, err)
    code, _, err = run(capsys, "search", "x", str(tmp_path), "--bogus\x1b[2J")  # argparse's echo
    assert code == 2 and "--bogus␛[2J" in err
    code, _, err = run(capsys, str(tmp_path), "--bogus\x1b[2J")  # the reader's own arguments
    assert code == 2 and "--bogus␛[2J" in err


EXIT_CASES = [
    ("outline: missing path", ["outline", "{missing}"], 2),
    ("keywords: missing path", ["keywords", "{missing}"], 2),
    ("search: missing path", ["search", "营商", "{missing}"], 2),
    ("reader: missing path", ["{missing}"], 2),
    ("outline: not a speech file", ["outline", "{binary}"], 2),
    ("search: the one file cannot be read", ["search", "营商", "{binary}"], 2),
    ("index: the one file cannot be read", ["index", "{binary}"], 2),
    ("keywords: not a speech file", ["keywords", "{binary}"], 2),
    ("search: empty term", ["search", " ", "{folder}"], 2),
    ("usage: unknown option", ["outline", "{folder}", "--nope"], 2),
    ("usage: missing argument", ["search"], 2),
    ("search: found", ["search", "营商", "{folder}"], 0),
    ("search: nothing found", ["search", "没有这个词", "{folder}"], 1),
    ("search --json: nothing found", ["search", "没有这个词", "{folder}", "--json"], 1),
    ("outline: fine", ["outline", "{file}"], 0),
    ("quotes: empty notebook", ["quotes"], 0),
]


@pytest.mark.parametrize(
    ("argv", "code"), [c[1:] for c in EXIT_CASES], ids=[c[0] for c in EXIT_CASES]
)
def test_exit_codes(
    hostile: Path, tmp_path: Path, argv: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\x00" * 50 + b"\x81")  # NUL bytes, not UTF-8: refused
    places = {
        "missing": str(tmp_path / "missing"),
        "binary": str(binary),
        "folder": str(hostile),
        "file": str(hostile / OSC52),
    }
    assert main([arg.format(**places) for arg in argv]) == code
    capsys.readouterr()


def test_real_process_writes_no_raw_bytes(hostile: Path, own_home: Path) -> None:
    """The bytes a terminal would get from a real run (stdout and stderr)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPEECH_READER_HOME": str(own_home)}
    raw = [b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode(), "\u200b".encode()]
    for argv in (
        ["search", "营商", str(hostile)],
        ["search", "营商", str(hostile), "--json"],
        ["outline", os.fsencode(hostile / NOT_UTF8).decode("utf-8", "surrogateescape")],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "tui", *argv],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        for data in (done.stdout, done.stderr):
            assert not [r for r in raw if r in data], data[:400]
            data.decode("utf-8")  # valid UTF-8: no byte of a name passed through raw


def test_index_tells_what_its_walk_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader names pipes, devices and broken links it passed over; ``index`` said
    nothing of them (its summary line counted only the files it tried)."""
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "讲话.txt").write_text("同志们：\n一、营商\n优化营商环境。\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    code, out, err = run(capsys, "index", str(folder))
    assert code == 0 and out.startswith("1 个文件"), (out, err)
    assert "3 个不是普通文件的条目" in err
    skipped = sorted(line.rsplit("/", 1)[-1] for line in err.splitlines() if "已跳过：" in line)
    assert skipped == ["gone.txt", "pipe.txt", "zero.txt"], err
    code, out, err = run(capsys, "index", str(folder), "--lang", "en")
    assert code == 0 and out.startswith("1 file: "), (out, err)
    assert "3 entries skipped: not regular files (pipes, devices, broken links)" in err
    skipped = sorted(
        line.rsplit("/", 1)[-1] for line in err.splitlines() if line.startswith("  skipped: ")
    )
    assert skipped == ["gone.txt", "pipe.txt", "zero.txt"], err


def test_search_tells_what_its_walk_skipped_apart_from_unreadable_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``search`` listed a pipe and a broken link among the files "unreadable or without
    text, not searched": entries the reader's tree does not list. They are told as
    ``index`` tells them (JSON: ``not_regular``); a file that cannot be read stays there."""
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "讲话.txt").write_text("同志们：\n一、营商\n优化营商环境。\n", encoding="utf-8")
    (folder / "图片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    code, out, err = run(capsys, "search", "营商", str(folder), "--no-index")
    assert code == 0 and "营商" in out, (out, err)
    assert "2 个不是普通文件的条目" in err, err
    unreadable = err.split("1 个文件无法读取或没有文字，未搜索：\n", 1)[1].splitlines()
    assert [line.rsplit("/", 1)[-1] for line in unreadable] == ["图片.txt"], err
    code, out, err = run(capsys, "search", "营商", str(folder), "--no-index", "--json")
    result = json.loads(out)
    assert [p.rsplit("/", 1)[-1] for p in result["skipped"]] == ["图片.txt"]
    assert sorted(p.rsplit("/", 1)[-1] for p in result["not_regular"]) == ["gone.txt", "pipe.txt"]


def test_index_asks_before_indexing_a_root_folder(capsys: pytest.CaptureFixture[str]) -> None:
    """``speech-reader index /`` started on every file of the machine (user9 stopped it at
    200,627 files); it now refuses at once and names --force (not tried here: it would)."""
    from tui.engine.index import Index

    code, out, err = run(capsys, "index", "/")
    assert code == 2 and out == "", (out, err)
    assert "根目录" in err and "--force" in err
    code, out, err = run(capsys, "index", "/", "--lang", "en")
    assert code == 2 and out == "", (out, err)
    assert err == "speech-reader index: / is a root folder: add --force to index it\n"
    with Index() as index:
        assert index.stats() == (0, 0)
    code, out, err = run(capsys, "index", "--help")
    assert code == 0 and "--force" in out, (out, err)


def test_index_leaves_a_name_that_is_not_utf8_to_the_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite cannot store a name whose bytes are not UTF-8: ``index`` crashed on it (exit
    70, user9) and the reader's index worker gave up on the whole folder. Such a file now
    stays out of the index, is named, and a search still finds it (it scans it)."""
    folder = tmp_path / "names"
    folder.mkdir()
    text = "同志们：\n一、营商\n优化营商环境。\n".encode()
    (folder / "好.txt").write_bytes(text)
    odd = os.fsdecode(b"\xb2\xe2\xca\xd4.txt")
    (folder / odd).write_bytes(text)
    code, out, err = run(capsys, "index", str(folder))
    assert code == 0 and out.startswith("1 个文件"), (out, err)
    assert "文件名不是 UTF-8" in err and "\udcb2" not in err, err
    code, out, err = run(capsys, "search", "营商", str(folder))
    assert code == 0 and "好.txt" in out and "\\xb2\\xe2\\xca\\xd4.txt" in out, (out, err)
    assert "未能加入索引" not in err, err
    # It was scanned, not added to the index: stderr said "其中 1 个已加入索引" on every
    # search (newuser13), though the file can never be in it.
    assert "已加入索引" not in err and "尚未建立索引" not in err, err
    assert "1 个文件不能建立索引（超过 32 MB 或文件名不是 UTF-8），已直接搜索" in err, err
    code, out, err = run(capsys, "search", "营商", str(folder), "--json")
    assert code == 0 and json.loads(out)["added_to_index"] == 0, out


def test_index_names_a_file_too_big_to_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over ``INDEX_MAX_BYTES`` is left out of the index (a search scans it): the
    summary counted it nowhere and no line named it, so a 50 MB file in the folder made
    every search slow without a word why (newuser13)."""
    from tui.engine.index import store

    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "小.txt").write_text("同志们：\n一、营商\n优化营商环境。\n", encoding="utf-8")
    big = folder / "大\x1b[2J.txt"
    monkeypatch.setattr(store, "INDEX_MAX_BYTES", 1_000_000)
    big.write_text("同志们：\n" + "营商环境是生产力。\n" * 40_000, encoding="utf-8")  # 1.2 MB
    code, out, err = run(capsys, "index", str(folder))
    assert code == 0, (out, err)
    assert f"文件超过 1 MB，未加入索引（搜索时直接读取）：{folder}/大\\x1b[2J.txt" in err, err
    assert unsafe_in(err) == [], err
    code, out, err = run(capsys, "search", "营商", str(folder))
    assert code == 0 and "大\\x1b[2J.txt" in out, (out, err)
    assert (
        err
        == "speech-reader search: 1 个文件不能建立索引（超过 1 MB 或文件名不是 UTF-8），已直接搜索\n"
    )


def test_index_names_an_unreadable_file_again_when_run_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first run named a file that cannot be read; the second found it unchanged and
    said "无法读取 0" (newuser13), as though every file of the folder could now be read."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "好.txt").write_text("同志们：\n一、营商\n优化营商环境。\n", encoding="utf-8")
    (folder / "图片\x1b[2J.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    for _ in range(2):
        code, out, err = run(capsys, "index", str(folder))
        assert code == 0 and "无法读取 1；" in out, (out, err)
        assert f"无法读取：{folder}/图片\\x1b[2J.txt" in err and unsafe_in(err) == [], err
    assert "新建或更新 0，未变 2" in out, out


def test_the_exported_notebook_file_shows_hostile_names_safely(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Markdown file written by ``--export FILE`` (and the notebook's ``e``) held each
    quote's path as it is: ESC sequences for whoever ``cat``s the file, and a name that is
    not UTF-8 could not be written at all, so the export crashed (newuser13: exit 70 in the
    reader). The path line shows such names as the other outputs do."""
    for name in (NOT_UTF8, OSC52):
        path = str(hostile / name)
        Notebook().add(quote_sentences(load_document(path), path, (2, 0), (2, 0)))
    target = tmp_path / "摘录本.md"
    code, out, err = run(capsys, "quotes", "--export", str(target))
    assert code == 0, (out, err)
    text = target.read_text(encoding="utf-8")
    assert unsafe_in(text) == [], text
    assert f"`{hostile}/{SHOWN[OSC52]}` 第 3 行" in text, text
    assert f"`{hostile}/{SHOWN[NOT_UTF8]}` 第 3 行" in text, text
    code, out, _ = run(capsys, "quotes", "--export", "-")
    assert code == 0 and out == text
    # A document for people: the placeholders, not the commands' reversible \x1b (ui26,
    # docs/quotes.md), while the listing prints the form that opens the file again.
    assert "\\x1b" not in text
    code, out, _ = run(capsys, "quotes")
    assert code == 0 and "\\x1b" in out and unsafe_in(out) == []


def test_search_of_one_unreadable_file_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``search QUERY FILE`` said only "无法读取 FILE" of a pipe or a binary file, where
    ``outline`` and ``keywords`` say what is wrong with it (newuser13)."""
    binary = tmp_path / "图片\x1b[2J.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    pipe = tmp_path / "管道.txt"
    os.mkfifo(pipe)
    for path, why in ((binary, "二进制"), (pipe, "不是普通文件")):
        code, out, err = run(capsys, "search", "营商", str(path))
        assert code == 2 and out == "", (out, err)
        assert err.count("\n") == 1 and why in err, err
        _, _, said = run(capsys, "outline", str(path))
        assert err == said.replace("outline", "search", 1), (err, said)


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder ``locked`` (its name with an escape sequence) that cannot be listed, nor
    anything in it stat-ed or opened, as for a user without read and search permission
    on it (the tests run as root, for whom the modes change nothing)."""
    folder = tmp_path / "locked\x1b[31m"
    folder.mkdir()
    (folder / "讲话.txt").write_text(SPEECH_TEXT, encoding="utf-8")
    inside = os.path.join(str(folder), "")
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path: Any = ".") -> Any:
        if os.path.abspath(os.fsdecode(path)) == str(folder):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    def stat(path: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(path, int) and os.path.abspath(os.fsdecode(path)).startswith(inside):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)
    return folder


SPEECH_TEXT = "同志们：\n\n营商环境就是生产力。\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "营商", "{locked}"],
        ["index", "{locked}"],
        ["outline", "{locked}"],
        ["keywords", "{locked}"],
        ["{locked}"],
    ],
    ids=["search", "index", "outline", "keywords", "reader"],
)
def test_a_folder_that_cannot_be_listed_is_an_error(
    locked: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``search QUERY FOLDER`` of a folder it could not list found nothing (exit 1, no
    word of why); the reader opened an empty tree. Every command says so, exit 2."""
    args = [arg.format(locked=locked) for arg in argv]
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert f"没有权限列出文件夹 {tmp_name(locked)} 里的文件" in err, err
    code, _, err = run(capsys, *args, "--lang", "en")
    assert code == 2 and "no permission to list the files of the folder" in err, err


def tmp_name(folder: Path) -> str:
    return str(folder).replace("\x1b", "\\x1b")  # as the commands print it


def test_search_names_a_sub_folder_it_could_not_list(
    locked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The files beside it are searched; the folder is named on stderr (as ``index`` names
    it) and in the JSON, not passed over in silence."""
    root = locked.parent
    (root / "可读.txt").write_text(SPEECH_TEXT, encoding="utf-8")
    code, out, err = run(capsys, "search", "营商", str(root))
    assert code == 0 and "可读.txt" in out
    assert "1 个文件夹无法读取" in err and f"无法读取的文件夹：{tmp_name(locked)}" in err, err
    code, out, _ = run(capsys, "search", "营商", str(root), "--json")
    assert code == 0 and json.loads(out)["unreadable_folders"] == [str(locked)]


def test_quotes_export_into_a_folder_that_cannot_be_searched(
    locked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``Path.exists`` raises there (no permission to look): a crash, exit 70, before."""
    target = locked / "摘录.md"
    code, out, err = run(capsys, "quotes", "--export", str(target))
    assert code == 2 and out == ""
    assert err.startswith("speech-reader quotes: 没有权限打开") and "\\x1b[31m" in err, err
