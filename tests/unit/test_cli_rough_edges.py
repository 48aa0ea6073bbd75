"""What a new user met on the command line (newuser13): a loop of symbolic links, a query
that begins with "-", a folder with nothing to index, and ``keywords`` silent for a
minute on a big file. In-process calls (``tui.cli.main``); each message in both languages."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile import BODY, OSC52, unsafe_in
from tui import ui_text
from tui.cli import main


@pytest.fixture(autouse=True)
def _own_state(own_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test's own state folder, the language the default's again after it."""
    monkeypatch.delenv(ui_text.ENVIRONMENT, raising=False)
    yield own_home
    ui_text.set_language(ui_text.DEFAULT)


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- 1. a loop of symbolic links

LOOP = {
    "zh": "{path} 是循环的符号链接（链接指向自身，或几个链接互相指向），打不开\n",
    "en": "{path} is a loop of symbolic links (a link that points to itself, or links that "
    "point to each other): it cannot be opened\n",
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("command", ["", "outline", "keywords", "search", "index"])
def test_a_loop_of_links_is_told_the_same_by_every_command(
    command: str, language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    argv = [command] if command else []
    argv += ["营商"] if command == "search" else []
    argv += [str(loop), "--lang", language] if command else ["--lang", language, str(loop)]
    code, out, err = run(capsys, *argv)
    prefix = f"speech-reader {command}: " if command else "speech-reader: "
    assert (code, out) == (2, "")
    assert err == prefix + LOOP[language].format(path=loop)


def test_links_that_point_to_each_other_are_a_loop_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    code, _, err = run(capsys, "outline", str(tmp_path / "a"))
    assert code == 2
    assert err == "speech-reader outline: " + LOOP["zh"].format(path=tmp_path / "a")


def test_a_missing_path_is_told_the_same_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.txt"
    for command in ("outline", "keywords", "index"):
        code, _, err = run(capsys, command, str(missing), "--lang", "en")
        assert (code, err) == (2, f"speech-reader {command}: no such file or folder: {missing}\n")


# ---------------------------------------------------------------- 2. a query that begins with "-"

HINT = {
    "zh": "“-营商”不是选项。以“-”开头的查询或路径请写在 -- 之后，如：speech-reader search -- -营商",
    "en": "“-营商” is not an option. Write a query or path that begins with “-” after --, "
    "as in: speech-reader search -- -营商",
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize(
    "argv", [["search", "-营商"], ["search", "经济", "-营商"], ["search", "-营商", "经济"]]
)
def test_a_query_beginning_with_a_dash_gets_a_hint(
    argv: list[str], language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv, "--lang", language)
    assert (code, out) == (2, "")
    hint = err.splitlines()[-1]
    assert hint.startswith("speech-reader search: " + HINT[language])
    query = {"zh": '如 -- "要找的词 -营商"）', "en": 'as in -- "WORD -营商")'}
    assert hint.endswith(query[language])


def test_the_hint_for_a_path_says_nothing_of_queries(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "outline", "-x.txt")
    assert code == 2
    assert err.splitlines()[-1] == (
        "speech-reader outline: “-x.txt”不是选项。以“-”开头的查询或路径请写在 -- 之后，"
        "如：speech-reader outline -- -x.txt"
    )


def test_the_language_of_the_hint_follows_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ui_text.ENVIRONMENT, "en")
    _, _, err = run(capsys, "search", "-营商")
    assert HINT["en"] in err


def test_no_hint_for_a_usage_error_without_a_dash(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search")
    assert code == 2 and "required: query" in err
    assert "--" not in err.splitlines()[-1].split("error:")[0] and "不是选项" not in err
    code, _, err = run(capsys, "search", "营商", "--limit", "x")
    assert code == 2 and "不是选项" not in err


def test_after_the_double_dash_the_query_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    code, out, err = run(capsys, "search", "--no-index", "--", "-企业 营商", str(tmp_path))
    assert code == 0, err
    assert "企业发展" not in out and "优化营商环境" in out


def test_the_hint_shows_no_escape_from_the_argument(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "search", "-\x1b]52;c;aGk=\x07")
    assert "不是选项" in err and unsafe_in(err) == []


# ---------------------------------------------------------------- 3. nothing to index


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_folder_of_pipes_has_nothing_to_index(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pipes"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    code, out, err = run(capsys, "index", str(folder), "--lang", language)
    assert (code, out) == (1, "")
    lines = err.splitlines()
    nothing = {
        "zh": f"speech-reader index: {folder}：没有可以建立索引的讲话稿文件",
        "en": f"speech-reader index: {folder}: nothing to index, no speech file",
    }
    skipped = {"zh": "  已跳过：", "en": "  skipped: "}
    assert lines[1] == skipped[language] + str(folder / "a.txt")
    assert lines[-1].startswith(nothing[language])


def test_an_empty_folder_has_nothing_to_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "index", str(tmp_path))
    assert (code, out) == (1, "")
    assert "没有可以建立索引的讲话稿文件" in err


def test_a_folder_with_a_speech_is_indexed_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    code, out, err = run(capsys, "index", str(tmp_path))
    assert code == 0
    assert out.startswith("1 个文件：新建或更新 1，") and "没有可以建立索引" not in err


# ---------------------------------------------------------------- 4. progress of keywords

SPEECHES = "".join(
    f"在第{n}次会议上的讲话\n\n一、营商环境\n优化营商环境就是解放生产力。\n\n" for n in range(1, 4)
)


def keywords_on_a_terminal(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *more: str
) -> tuple[int, str, str]:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = main(["keywords", str(path), *more])
    monkeypatch.undo()
    return code, capsys.readouterr().out, terminal.getvalue()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_keywords_shows_its_progress_on_a_terminal(
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "three.txt"
    path.write_text(SPEECHES, encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(path), "--lang", language)
    assert (code, err) == (0, "")  # not a terminal: nothing on stderr
    code, on_terminal, shown = keywords_on_a_terminal(path, monkeypatch, capsys, "--lang", language)
    assert code == 0 and on_terminal == out  # the output itself is the same
    done = {"zh": "\r正在计算关键词… 第 3/3 篇", "en": "\rcomputing keywords… speech 3/3"}
    ranked = {"zh": "\r正在排出关键词… 第 3/3 篇", "en": "\rranking keywords… speech 3/3"}
    assert done[language] in shown and ranked[language] in shown
    assert shown.endswith("\r") and shown.split("\r")[-2].strip() == ""  # cleared at the end
    assert "␍" not in shown and "\n" not in shown


def test_keywords_says_a_big_file_takes_a_while(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Said once (a line that stays), from a name made safe; no escape reaches the terminal."""
    path = tmp_path / OSC52
    path.write_text(SPEECHES + "\x1b]52;c;aGk=\x07 \x1b[2J\n", encoding="utf-8")
    monkeypatch.setattr("tui.commands.keywords.BIG_FILE_BYTES", 1)
    code, out, shown = keywords_on_a_terminal(path, monkeypatch, capsys)
    assert code == 0
    assert "计算关键词要花一些时间" in shown.splitlines()[0]
    assert "\x1b" not in shown and "\x07" not in shown
    assert unsafe_in(out) == []


def test_a_file_that_cannot_be_read_clears_the_progress_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, _, shown = keywords_on_a_terminal(path, monkeypatch, capsys)
    assert code == 2
    reading, error = shown.rsplit("\r", 1)
    assert reading.startswith("\r正在读取文件…")
    assert error.startswith("speech-reader keywords: ") and error.endswith("\n")


def test_the_index_bar_is_redrawn_in_place_through_the_safe_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's stderr is a ``SafeStream``: the bar's carriage return showed as ␍."""
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(BODY, encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = main(["index", str(tmp_path)])
    monkeypatch.undo()
    shown = terminal.getvalue()
    assert code == 0
    assert "␍" not in shown and shown.count("\r") == 3 and "3/3 个文件" in shown


@pytest.mark.parametrize("language", ["zh", "en"])
def test_ctrl_c_in_keywords_ends_the_progress_line_without_a_traceback(
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C while the speeches are counted: the line drawn in place is ended, one line
    says the command was interrupted, exit 130 (a traceback followed the half-drawn line)."""
    path = tmp_path / "three.txt"
    path.write_text(SPEECHES, encoding="utf-8")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("tui.commands.keywords._counted", interrupted)
    code, out, shown = keywords_on_a_terminal(path, monkeypatch, capsys, "--lang", language)
    said = {"zh": "speech-reader keywords: 已中断\n", "en": "speech-reader keywords: interrupted\n"}
    assert code == 130 and out == ""
    assert shown.endswith("\n" + said[language])  # after the line in place, on its own
    assert "Traceback" not in shown
