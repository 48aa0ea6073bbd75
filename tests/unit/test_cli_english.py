"""The subcommands in English, with their own state folder and English only the choice
stored by the reader: every text of the command's own is English (warnings, index notes
and refusals, untitled speeches' names, errors), and the file's own text (titles,
headings) is printed exactly as the file has it.

Most runs call ``tui.cli.main`` in this process (``run``: its environment, stdout and
stderr as a process would have them, the language reset after); one test of each command
and the reader's own message run a real process as a user does (``run_process``): the
stored choice read by a fresh interpreter, the exit code and the bytes on its streams.
A process costs 0.2-2 s of CPU (Python's start, the imports, jieba's dictionary)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import jieba_cache_shared
from tests.unit.test_decode import TRADITIONAL
from tests.unit.test_ui_text import IDEOGRAPH
from tui import ui_text
from tui.cli import main
from tui.paths import bundled_corpus_dir

ROOT = Path(__file__).resolve().parents[2]
UNTITLED = "济源讲话三篇.txt"
"""A bundled file of three speeches without titles."""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A state folder whose ``session.json`` stores English as the reader's choice."""
    home = tmp_path / "home"
    (home / "state").mkdir(parents=True)
    (home / "state" / "session.json").write_text(json.dumps({"language": "en"}), "utf-8")
    return home


def run(home: Path, *argv: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """``speech-reader ARGV`` in this process (``tui.cli.main``), with the environment
    ``run_process`` gives a process, its stdout and stderr captured as text."""
    saved = dict(os.environ)
    os.environ.pop(ui_text.ENVIRONMENT, None)
    os.environ.update(SPEECH_READER_HOME=str(home), **variables)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        os.environ.clear()
        os.environ.update(saved)
        ui_text.set_language(ui_text.DEFAULT)
    return subprocess.CompletedProcess(list(argv), code, out.getvalue(), err.getvalue())


def run_process(home: Path, *argv: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """``python -m tui ARGV`` in a process of its own, as a user runs it."""
    env = {key: value for key, value in os.environ.items() if key != ui_text.ENVIRONMENT}
    env.update(SPEECH_READER_HOME=str(home), PYTHONPATH=str(ROOT))
    env.update(variables)
    return subprocess.run(
        [sys.executable, "-m", "tui", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def without(text: str, *data: str) -> str:
    """``text`` without the given texts of files (names, titles, snippets): what is left
    is the command's own words."""
    for part in data:
        text = text.replace(part, "")
    return text


def test_outline_of_untitled_speeches(home: Path, tmp_path: Path) -> None:
    source = tmp_path / UNTITLED
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, source)
    done = run_process(home, "outline", str(source))
    assert done.returncode == 0, done.stderr
    heads = [line for line in done.stdout.splitlines() if line.startswith("[")]
    assert heads[1] == "[2] 济源讲话三篇 Speech 2: 今天我们召开全市打造最佳营商环境… (line 27)"
    assert "第2篇" not in done.stdout and "篇讲话" not in done.stdout
    assert done.stdout.startswith(f"{source} (utf-8, 3 speeches)")


def test_keywords_of_untitled_speeches(
    home: Path, tmp_path: Path, shared_jieba_cache: Path
) -> None:
    source = tmp_path / UNTITLED
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, source)
    with jieba_cache_shared(home / "cache", shared_jieba_cache):
        done = run_process(home, "keywords", str(source), "--top", "1")
    assert done.returncode == 0, done.stderr
    assert "[3] 济源讲话三篇 Speech 3: 今天，我们召开这次领导小组会议，… (line 50)" in done.stdout
    assert "第3篇" not in done.stdout
    # The JSON keeps the engine's label (Chinese): it is data for scripts, not the interface.
    done = run(home, "keywords", str(source), "--top", "1", "--json")
    labels = [speech["label"] for speech in json.loads(done.stdout)["speeches"]]
    assert labels[2].startswith("济源讲话三篇 第3篇：")


def test_a_guessed_encoding_is_noted_in_english(home: Path, tmp_path: Path) -> None:
    """A document's warning is made in both languages ("中文 / English"): the English half."""
    source = tmp_path / "big5.txt"
    source.write_bytes(TRADITIONAL.encode("big5"))
    done = run(home, "outline", str(source))
    assert done.returncode == 0, done.stderr
    (note,) = [line for line in done.stdout.splitlines() if line.startswith("Note: ")]
    assert re.fullmatch(
        r"Note: The encoding \(\S+\) was guessed; some characters may be wrong\.", note
    ), note
    chinese = run(home, "outline", str(source), "--lang", "zh")
    assert "注意：编码是猜测的（" in chinese.stdout and " / " not in chinese.stdout


def test_a_file_that_cannot_be_read(home: Path, tmp_path: Path) -> None:
    binary = tmp_path / "坏文件.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    for command in ("outline", "keywords"):
        done = run(home, command, str(binary))
        assert done.returncode == 2
        said = without(done.stderr, str(binary))
        assert said.startswith(f"speech-reader {command}: : This is not a text file"), said
        assert not IDEOGRAPH.search(said), said
    done = run(home, "keywords", str(binary), "--top", "0")
    assert done.returncode == 2
    assert done.stderr == "speech-reader keywords: --top must be a positive integer\n"


def test_search_messages(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "speeches"
    folder.mkdir()
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, folder / UNTITLED)
    missing = tmp_path / "nowhere"
    done = run(home, "search", "营商", str(missing))
    assert (done.returncode, done.stderr) == (
        2,
        f"speech-reader search: no such file or folder: {missing}\n",
    )
    done = run(home, "search", "--", "-营商", str(folder))
    assert done.stderr == "speech-reader search: the query has no word to find\n"
    done = run(home, "search", "营商", str(folder), "--limit", "-1")
    assert done.stderr == "speech-reader search: --limit must be 0 or more\n"
    done = run_process(home, "search", "营商", str(folder), "--limit", "1")
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "speech-reader search: 1 file not in the index, searched directly; "
        "1 of them added to the index\n"
    )
    assert done.stdout.splitlines()[-1].endswith(" in 1 file.")
    # The home folder is not indexed by itself: the note says why, in English.
    (folder / "more").mkdir()
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, folder / "more" / UNTITLED)
    done = run(home, "search", "营商", str(folder), "--limit", "1", HOME=str(folder))
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "speech-reader search: 1 file not in the index, searched directly "
        f"({folder} is the home folder, not indexed by itself; speech-reader index PATH "
        "builds the index)\n"
    )


def test_index_messages(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "speeches"
    folder.mkdir()
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, folder / UNTITLED)
    done = run(home, "index", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert done.stderr == f"speech-reader index: no such file or folder: {tmp_path / 'nowhere'}\n"
    done = run_process(home, "index", str(folder))
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        r"1 file: 1 indexed, 0 unchanged, 0 removed, 0 unreadable; [\d.]+ s, [\d.]+ MB/s; "
        r"index [\d.]+ MB\n",
        done.stdout,
    ), done.stdout
    assert not IDEOGRAPH.search(done.stderr), done.stderr  # the plain progress lines
    assert "indexing: 1/1 file," in done.stderr
    done = run(home, "index", "--clear")
    assert done.stdout.startswith("Search index deleted: ")
    done = run(home, "index", "--clear")
    assert done.stdout.startswith("No index at ")


def test_a_damaged_notebook_is_told_in_the_stored_language(home: Path) -> None:
    (home / "data").mkdir()
    (home / "data" / "quotes.json").write_text("[]", encoding="utf-8")
    done = run_process(home, "quotes")
    assert done.returncode == 1
    assert done.stderr.startswith(
        "speech-reader quotes: quotes.json is damaged (should be an object, is a list); "
        "it was set aside as "
    ), done.stderr
    assert len(list((home / "data").glob("quotes.json.corrupt-*"))) == 1
    assert done.stdout.startswith("The notebook is empty (")


@pytest.mark.parametrize("index", [True, False], ids=["indexed", "scanned"])
def test_search_names_untitled_speeches_in_english(home: Path, tmp_path: Path, index: bool) -> None:
    """The speeches of the hits: an untitled one named in English whether the hit comes
    from the index or from a scan; the JSON keeps the engine's label."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, folder / UNTITLED)
    if index:
        assert run(home, "index", str(folder)).returncode == 0
    flags = ("--limit", "1000") + (() if index else ("--no-index",))
    done = run(home, "search", "营商环境", str(folder), *flags)
    assert done.returncode == 0, done.stderr
    speeches = [line for line in done.stdout.splitlines() if line.startswith("  › ")]
    assert speeches[:3] == [
        "  › 济源讲话三篇 Speech 1: 根据会议安排，下面，我重点讲三个…",
        "  › 济源讲话三篇 Speech 2: 今天我们召开全市打造最佳营商环境…",
        "  › 济源讲话三篇 Speech 3: 今天，我们召开这次领导小组会议，…",
    ], speeches
    if index:
        assert "not in the index" not in done.stderr  # the hits came from the index
    chinese = run(home, "search", "营商环境", str(folder), "--lang", "zh", *flags)
    assert (
        "  › 济源讲话三篇 第2篇：今天我们召开全市打造最佳营商环境…" in chinese.stdout.splitlines()
    )
    as_json = run(home, "search", "营商环境", str(folder), "--json", *flags)
    labels = {hit["speech_label"] for hit in json.loads(as_json.stdout)["files"][0]["hits"]}
    assert "济源讲话三篇 第2篇：今天我们召开全市打造最佳营商环境…" in labels


def test_the_readers_own_message_follows_the_stored_choice(home: Path, tmp_path: Path) -> None:
    """``speech-reader PATH`` with a path that is not there: said in the language chosen
    last in the reader (the state is looked at before the message, nothing set aside)."""
    missing = tmp_path / "没有这个文件.txt"
    done = run_process(home, str(missing))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"speech-reader: no such file or folder: {missing}\n"
    done = run(home, str(missing), "--lang", "zh")
    assert done.stderr == f"speech-reader: 找不到路径：{missing}\n"
    assert sorted(path.name for path in (home / "state").iterdir()) == ["session.json"]


def test_a_damaged_index_is_told_in_english(home: Path, tmp_path: Path) -> None:
    from tui.engine.index.store import INDEX_NAME

    folder = tmp_path / "speeches"
    folder.mkdir()
    shutil.copyfile(bundled_corpus_dir() / UNTITLED, folder / UNTITLED)
    (home / "cache").mkdir()
    (home / "cache" / INDEX_NAME).write_bytes(b"this is not a database at all" * 100)
    done = run(home, "index", str(folder))
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if not line.startswith("indexing: ")]
    assert notes == [
        "speech-reader index: The search index was damaged (the index file's content is "
        "damaged); "
        "it was deleted and built again."
    ], done.stderr
