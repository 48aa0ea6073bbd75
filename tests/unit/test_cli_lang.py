"""The subcommands' output in the language asked for: ``--lang en`` or
``SPEECH_READER_LANG=en``; Chinese otherwise, exactly as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.test_cli_quotes import fill
from tui import ui_text
from tui.cli import main

SPEECH = (
    "在全市大会上的讲话\n\n一、提高认识\n优化营商环境就是解放生产力。\n\n"
    "二、抓好落实\n要全面推行一网通办，优化营商环境。\n"
)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("SPEECH_READER_HOME", str(home))
    monkeypatch.delenv(ui_text.ENVIRONMENT, raising=False)
    yield home
    ui_text.set_language(ui_text.DEFAULT)


@pytest.fixture
def speech(tmp_path: Path) -> Path:
    folder = tmp_path / "speeches"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_outline(speech: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "outline", str(speech), "--lang", "en")
    assert code == 0
    assert out.splitlines()[:3] == [
        f"{speech} (utf-8, 1 speech)",
        "",
        "[1] 在全市大会上的讲话 (line 1)",
    ]
    code, out, _ = run(capsys, "outline", str(speech))
    assert out.splitlines()[:3] == [
        f"{speech}（utf-8，1 篇讲话）",
        "",
        "[1] 在全市大会上的讲话（第 1 行）",
    ]


def test_keywords(speech: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "keywords", str(speech), "--top", "2", "--lang", "en")
    assert out.splitlines()[0] == "[1] 在全市大会上的讲话 (line 1)"
    _, out, _ = run(capsys, "keywords", str(speech), "--top", "2")
    assert out.splitlines()[0] == "[1] 在全市大会上的讲话（第 1 行）"


def test_search(speech: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(speech.parent)
    code, out, _ = run(
        capsys, "search", "营商", folder, "--no-index", "--limit", "1", "--lang", "en"
    )
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"{folder}/a.txt (2)"
    assert lines[-2:] == ["      … 1 more in this file not listed", "2 matches in 1 file."]
    code, out, _ = run(capsys, "search", "没有的词", folder, "--no-index", "--lang", "en")
    assert code == 1 and out == "“没有的词” was not found.\n"
    code, out, _ = run(capsys, "search", "营商", folder, "--no-index", "--limit", "1")
    assert out.splitlines()[-2:] == ["      ……本文件另有 1 处未列出", "共 2 处，1 个文件。"]


def test_quotes_follow_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    monkeypatch.setenv(ui_text.ENVIRONMENT, "en")
    code, out, _ = run(capsys, "quotes")
    path = isolated_home / "data" / "quotes.json"
    assert code == 0 and out == (
        f"The notebook is empty ({path}). Press y in the reader to copy a sentence into it.\n"
    )
    code, out, _ = run(capsys, "quotes", "--lang", "zh")  # the flag first
    assert out.startswith("摘录本是空的（")


def test_quotes_export_messages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_home: Path
) -> None:
    fill()
    taken = tmp_path / "taken.md"
    taken.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "quotes", "--export", str(taken), "--lang", "en")
    assert code == 2 and err == (
        f"speech-reader quotes: not exported: {taken} exists; exporting overwrites it. "
        "Add --force to write all the same.\n"
    )
    missing = tmp_path / "nowhere" / "q.md"
    code, _, err = run(capsys, "quotes", "--export", str(missing), "--lang", "en")
    assert code == 2 and err.startswith(
        f"speech-reader quotes: not exported: the folder {missing.parent} does not exist"
    )
    target = tmp_path / "q.md"
    code, out, _ = run(capsys, "quotes", "--export", str(target), "--lang", "en")
    assert code == 0 and out == f"2 quotes exported to {target.resolve()}\n"
    assert taken.read_text(encoding="utf-8") == "mine"


def test_a_damaged_notebook_is_told_in_english(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    (isolated_home / "data").mkdir(parents=True)
    (isolated_home / "data" / "quotes.json").write_text("[]", encoding="utf-8")
    code, _, err = run(capsys, "quotes", "--lang", "en")
    assert code == 1
    assert err.startswith(
        "speech-reader quotes: quotes.json is damaged (should be an object, is a list); "
        "it was set aside as "
    )


def test_index_progress_in_english(speech: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.commands.index import Progress

    class Terminal:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return True

    ui_text.set_language("en")
    terminal = Terminal()
    progress = Progress(terminal)  # type: ignore[arg-type]
    progress(1, 2, str(speech))
    assert " 1/2 files  " in terminal.text and "个文件" not in terminal.text


@pytest.mark.parametrize(
    "lang", [["--lang", "en"], ["--lang=en"], ["--lang", "zh", "--lang", "en"]]
)
def test_the_language_before_the_command(
    lang: list[str], speech: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``speech-reader --lang en outline FILE``, the option where the README puts it:
    the reader's parser took ``outline`` for a path (exit 2, unrecognized arguments)."""
    code, out, err = run(capsys, *lang, "outline", str(speech))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"{speech} (utf-8, 1 speech)"
    code, out, _ = run(capsys, *lang, "outline", "--help")
    assert code == 0 and out.startswith("usage: speech-reader outline ")
    code, out, _ = run(capsys, *lang, "outline", str(speech), "--lang", "zh")  # the last wins
    assert out.splitlines()[0] == f"{speech}（utf-8，1 篇讲话）"


@pytest.mark.parametrize(
    "argv",
    [
        ["outline", "--lang", "en", "a", "b"],
        ["--lang", "en", "outline", "a", "b"],
        ["outline", "a", "b"],
        ["keywords", "a", "b"],
        ["search", "营商", "a", "b"],
    ],
)
def test_an_extra_argument_shows_the_commands_usage(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``speech-reader outline --lang en a b`` printed the reader's top-level usage
    (``usage: speech-reader [-h] {outline,keywords,…}``) for the command's extra argument."""
    command = next(given for given in argv if given in ("outline", "keywords", "search"))
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith(f"usage: speech-reader {command} "), err
    assert f"speech-reader {command}: error: unrecognized arguments: b" in err, err
