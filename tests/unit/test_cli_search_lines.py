"""``speech-reader search --lines``: one hit a line as FILE:LINE:text, for scripts and editors;
and every command's output into a pipe that closes early (``| head``)."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import jieba_cache_shared
from tests.hostile import NAMES, unsafe_in
from tui import cli
from tui.base.safetext import is_safe
from tui.cli import PIPE_CLOSED, file_and_line, main
from tui.commands import printed_path, unprinted_path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"

pytestmark = pytest.mark.usefixtures("own_home")

SPEECH = (
    "在全市优化营商环境大会上的讲话\n"
    "\n"
    "同志们：\n"
    "\n"
    "一、充分认识营商环境的重要性\n"
    "\n"
    "营商环境就是生产力。\n"
    "\n"
    "二、扎实推进各项改革\n"
    "\n"
    "要把改革落到实处，让营商环境更好。\n"
)


def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``lib/讲话.txt`` under ``tmp_path``, the working folder (paths stay relative)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "讲话.txt").write_text(SPEECH, encoding="utf-8")
    return Path("lib")


def test_each_hit_is_one_line_that_the_reader_opens_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = library(tmp_path, monkeypatch)
    assert main(["search", "营商环境", str(lib), "--lines"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 4  # the title, the heading, two paragraphs: nothing else on stdout
    source = SPEECH.splitlines()
    for line in lines:
        name, number, text = line.split(":", 2)
        assert name == os.path.join("lib", "讲话.txt")  # relative, as given
        assert "营商环境" in source[int(number) - 1]
        assert "营商环境" in text
        # what ``speech-reader FILE:LINE`` makes of it
        assert file_and_line(Path(f"{name}:{number}")) == (Path(name), int(number))
    assert [int(line.split(":")[1]) for line in lines] == [1, 5, 7, 11]


def test_lines_short_option_limit_and_nothing_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = library(tmp_path, monkeypatch)
    assert main(["search", "营商环境", str(lib), "-n", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1
    assert "另有 3 处未列出" in err  # on stderr: stdout stays the hits alone
    assert main(["search", "没有这个词", str(lib), "--lines"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "没有找到" in err
    assert main(["search", "营商", str(lib), "--lines", "--json"]) == 2
    assert "--json" in capsys.readouterr().err


def test_a_hostile_name_and_text_stay_on_one_safe_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib").mkdir()
    name = "\x1b[31mred\u202e.txt"
    (tmp_path / "lib" / name).write_text(
        "营商环境\x1b]52;c;aGk=\x07就是生产力\u200b。\n", encoding="utf-8"
    )
    assert main(["search", "营商环境", "lib", "--lines"]) == 0
    out = capsys.readouterr().out
    assert unsafe_in(out) == []
    assert out.count("\n") == 1
    # (the name as the command line opens it again: below)
    assert out.startswith("lib/\\x1b[31mred\\u202e.txt:1:")


ROUND_TRIP = [
    *NAMES,
    "tab\there.txt",
    "line\nfeed.txt",
    "c1\x85control.txt",
    "tag\U000e0041.txt",
    "back\\slash.txt",  # a safe name with a backslash: escaped too (one form per name)
    "a\\x1b.txt",  # the very text of an escape, as a name
    "esc\x1b.txt",  # … beside the name that escape stands for
    "colon:12.txt",
]


def test_every_printed_name_opens_again_as_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--lines`` printed a name with control characters as ``safe_text`` shows it (␛,
    ‹U+202E›), which ``speech-reader FILE:LINE`` could not open: the printed form is now
    one it opens again, still without a control character on stdout, and each name has
    its own."""
    monkeypatch.chdir(tmp_path)
    lib = tmp_path / "lib"
    lib.mkdir()
    for number, name in enumerate(ROUND_TRIP, 1):  # (texts of their own: no copies)
        with open(os.fsencode(lib / name), "wb") as handle:
            handle.write(f"同志们：\n营商环境就是生产力，这是第{number}遍。\n".encode())
    (lib / "普通.txt").write_text("同志们：\n营商环境很重要。\n", encoding="utf-8")
    assert main(["search", "营商环境", "lib", "--lines", "--no-index"]) == 0
    out = capsys.readouterr().out
    assert unsafe_in(out) == []
    opened: dict[str, int | None] = {}
    for line in out.splitlines():
        printed = re.match(r"(.*?):(\d+):营商环境", line)
        assert printed is not None, line
        path, at = file_and_line(Path(f"{printed[1]}:{printed[2]}"))
        opened[os.path.relpath(path, "lib")] = at
    assert opened == dict.fromkeys([*ROUND_TRIP, "普通.txt"], 2)
    assert "lib/普通.txt:2:营商环境很重要。\n" in out  # a usual name: printed as before
    # the reader is started on the file the printed name stands for, at the line
    started: list[tuple[Path | None, int | None]] = []

    def launch(path: Path | None, language: object, stored: object, line: int | None) -> None:
        started.append((path, line))
        raise _Stopped

    monkeypatch.setattr(cli, "launch", launch)
    monkeypatch.setattr(cli, "keep_a_log", lambda: None)
    hostile = next(line for line in out.splitlines() if line.startswith("lib/osc52"))
    with pytest.raises(_Stopped):
        main([hostile.rsplit(":", 1)[0]])
    assert started == [(Path("lib") / NAMES[0], 2)]
    # and so is every subcommand's path
    capsys.readouterr()
    assert main(["outline", hostile.split(":")[0]]) == 0
    assert main(["search", "营商", hostile.split(":")[0], "-n"]) == 0
    assert capsys.readouterr().out.endswith(hostile + "\n")


class _Stopped(Exception):
    """The reader's start, stopped there."""


ESCAPE_TEXT = "a\\x1b.txt"
"""A name that is the very text of an escape (a backslash, then x1b) …"""
ESCAPED = "a\x1b.txt"
"""… and the name (a, ESC, .txt) that escape stands for: both in one folder."""


def test_a_name_and_the_text_of_its_escape_each_open_their_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    r"""``a`` ESC ``.txt`` is printed ``a\x1b.txt``, which is also the literal name of
    the other file: read as written first, the printed form of the second opened the
    first. The literal one is printed ``a\\x1b.txt`` (its backslash escaped), and each
    printed form opens its own file, in every command and in the reader."""
    monkeypatch.chdir(tmp_path)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ESCAPE_TEXT).write_text("同志们：\n营商环境是字面的名字。\n", encoding="utf-8")
    (lib / ESCAPED).write_text("同志们：\n\n营商环境是转义的名字。\n", encoding="utf-8")
    assert main(["search", "营商环境", "lib", "--lines", "--no-index"]) == 0
    out = capsys.readouterr().out
    assert unsafe_in(out) == []
    printed = {line.split(":")[2]: line.rsplit(":", 1)[0] for line in out.splitlines()}
    assert printed == {
        "营商环境是字面的名字。": "lib/a\\\\x1b.txt:2",
        "营商环境是转义的名字。": "lib/a\\x1b.txt:3",
    }
    for words, name in (("字面", ESCAPE_TEXT), ("转义", ESCAPED)):
        line = printed[f"营商环境是{words}的名字。"]
        assert file_and_line(Path(line)) == (Path("lib") / name, int(line[-1]))
        alone = line.rsplit(":", 1)[0]
        assert file_and_line(Path(alone)) == (Path("lib") / name, None)
        # every subcommand reads the printed name so, and prints it as search did
        assert main(["outline", alone]) == 0
        head = capsys.readouterr().out.splitlines()[0]
        assert head.startswith(f"{alone}（"), head
        assert main(["search", "营商环境", alone, "--no-index"]) == 0
        found = capsys.readouterr().out
        assert f"{words}的名字" in found and found.startswith(f"{alone}（1 处）"), found
        assert f"\n  › {Path(alone).stem}：营商环境" in found, found  # its untitled speech
    started: list[tuple[Path | None, int | None]] = []

    def launch(path: Path | None, language: object, stored: object, line: int | None) -> None:
        started.append((path, line))
        raise _Stopped

    monkeypatch.setattr(cli, "launch", launch)
    monkeypatch.setattr(cli, "keep_a_log", lambda: None)
    for argv in (["lib/a\\x1b.txt:3"], ["lib/a\\\\x1b.txt:2"], ["lib/a\\x1b.txt", "--line", "3"]):
        with pytest.raises(_Stopped):
            main(argv)
    assert started == [
        (Path("lib") / ESCAPED, 3),
        (Path("lib") / ESCAPE_TEXT, 2),
        (Path("lib") / ESCAPED, 3),
    ]


@pytest.mark.parametrize(
    "text",
    ["plain.txt", "a\\q.txt", "a\\x41.txt", "a\\X1B.txt", "a\\x1", "a\\\\\\"],
    ids=["no escape", "unknown", "not as printed", "upper case", "cut short", "odd"],
)
def test_what_is_no_printed_name(text: str) -> None:
    assert unprinted_path(text) is None


def test_the_bundled_corpus_one_line_per_hit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "店小二", str(CORPUS), "--lines"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    for line in lines:
        name, number, _ = line.split(":", 2)
        text = Path(name).read_text(encoding="utf-8").splitlines()[int(number) - 1]
        assert "店小二" in text


PIPED = [
    ["--version"],
    ["--help"],
    ["search", "--help"],
    ["search", "的", str(CORPUS), "--lines", "--limit", "100000"],
    ["search", "的", str(CORPUS), "--limit", "100000"],
    ["outline", str(CORPUS / "济源讲话三篇.txt")],
    ["keywords", str(CORPUS / "济源讲话三篇.txt")],
    ["index", str(CORPUS)],
    ["quotes"],
]


@pytest.mark.parametrize("argv", PIPED, ids=[" ".join(a[:2]) for a in PIPED])
def test_a_pipe_closed_early_ends_quietly(
    argv: list[str], own_home: Path, shared_jieba_cache: Path
) -> None:
    """``speech-reader … | head -0``: the reader of the pipe is gone before the command
    writes; the command says nothing of it on stderr (no BrokenPipeError) and ends with
    141, as grep does (128 + SIGPIPE in the shell): it ended with 0, so a script (``set -o
    pipefail``) could not tell the output was cut. ``keywords`` starts with this run's
    jieba dictionary cache, if a test built one (``jieba_cache_shared``)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPEECH_READER_HOME": str(own_home)}
    shared = shared_jieba_cache if argv[0] == "keywords" else None
    with (
        jieba_cache_shared(own_home / "cache", shared) if shared else contextlib.nullcontext(),
        subprocess.Popen(
            [sys.executable, "-m", "tui", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        ) as process,
    ):
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before the interpreter has even started
        err = process.stderr.read().decode("utf-8", "replace")
        code = process.wait(timeout=120)
    for noise in ("Traceback", "BrokenPipe", "Exception ignored", "Errno", "crash"):
        assert noise not in err, err
    assert code == PIPE_CLOSED == 141, err


def test_a_pipe_closed_in_the_middle_of_the_output(own_home: Path) -> None:
    """``speech-reader search 的 | head -1``: the pipe closes after the first line read,
    while the command still writes (more than a pipe holds): 141, nothing on stderr but
    the search's own note."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPEECH_READER_HOME": str(own_home)}
    argv = ["search", "的", str(CORPUS), "--lines", "--limit", "100000", "--no-index"]
    with subprocess.Popen(
        [sys.executable, "-m", "tui", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline().decode("utf-8")
        process.stdout.close()
        err = process.stderr.read().decode("utf-8", "replace")
        code = process.wait(timeout=120)
    assert ":" in first
    assert err == "" and code == 141, (code, err)


_NAME_CHARS = st.one_of(
    st.characters(),
    st.sampled_from("\\\x1b\x07\t\n\x85\u202e\u200b\ufeff\U000e0041"),
    st.integers(0xDC80, 0xDCFF).map(chr),  # a byte that was not UTF-8
)


@given(st.text(_NAME_CHARS))
def test_a_printed_name_is_safe_and_stands_for_that_name_alone(name: str) -> None:
    printed = printed_path(name)
    assert is_safe(printed)
    if printed == name:  # a usual name: as it is, never read as an escaped one
        assert unprinted_path(printed) is None
    else:
        assert unprinted_path(printed) == name
