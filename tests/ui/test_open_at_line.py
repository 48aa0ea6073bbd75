"""Opening the reader at a line from the command line: ``speech-reader FILE:LINE`` (the line
numbers ``speech-reader search`` prints) or ``--line N``. Before, the reader could only be
opened where the file was left."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import SPEECH_FILE, settle, until
from tui import cli
from tui.app import make_app
from tui.cli import file_and_line, main


class Launched(Exception):
    """Stops ``main`` where it would start the app, with what it was asked to open."""


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, int | None]]:
    seen: list[tuple[Path | None, int | None]] = []

    def launch(path: Path | None, language: object, stored: object, line: int | None) -> None:
        seen.append((path, line))
        raise Launched

    monkeypatch.setattr(cli, "launch", launch)
    return seen


def test_file_colon_line_and_a_file_really_named_so(tmp_path: Path) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    named = tmp_path / "名字.txt:12"
    named.write_text(SPEECH_FILE, encoding="utf-8")
    assert file_and_line(Path(f"{speech}:5")) == (speech, 5)
    # A file whose name ends in ":12" is that file, opened where it was left.
    assert file_and_line(named) == (named, None)
    # Not a line, or no such file: the argument as it was (its problem told as ever).
    for other in (f"{speech}:五", f"{speech}:", f"{tmp_path}/无此文件.txt:3"):
        assert file_and_line(Path(other)) == (Path(other), None)


def test_main_opens_file_line_and_dash_dash_line(
    tmp_path: Path, launched: list[tuple[Path | None, int | None]]
) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    named = tmp_path / "名字.txt:12"
    named.write_text(SPEECH_FILE, encoding="utf-8")
    for argv in ([f"{speech}:4"], ["--line", "4", str(speech)], [str(named)]):
        with pytest.raises(Launched):
            main(argv)
    assert launched == [(speech, 4), (speech, 4), (named, None)]
    with pytest.raises(Launched):
        main(["--line", "3", str(named)])  # the file named so, at a line
    assert launched[-1] == (named, 3)


def test_a_bad_line_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], launched: list[object]
) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    assert main(["--line", "0", str(speech)]) == 2
    assert "--line 必须是正整数" in capsys.readouterr().err
    assert main(["--line", "3", str(tmp_path)]) == 2
    assert "--line 要跟一个文件" in capsys.readouterr().err
    assert launched == []


@pytest.mark.parametrize("line", [6, 10_000])
async def test_the_reader_opens_at_the_line(tmp_path: Path, line: int) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(speech, line=line)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        await until(pilot, lambda: reader.document is not None, "the file shown")
        document = reader.document
        assert document is not None
        paragraph = document.paragraphs[reader.cursor[0]]
        if line <= document.paragraphs[-1].end_line:
            assert paragraph.line <= line <= paragraph.end_line, (line, paragraph.line)
            assert reader.cursor[0] > 0
        else:  # past the end: the last paragraph shown
            assert reader.cursor[0] == max(
                i for i, p in enumerate(document.paragraphs) if p.kind.name != "NOISE"
            )
