"""``speech-reader quotes``: list, --json, --export, a corrupt notebook."""

from __future__ import annotations

import errno
import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.unit.test_notebook import T0
from tests.unit.test_quotes import DOC, PATH, TITLE
from tui import ui_text
from tui.cli import main
from tui.engine.quotes import quote_sentences
from tui.notebook import Notebook
from tui.paths import bundled_corpus_dir

pytestmark = pytest.mark.usefixtures("own_home")
"""Every test with a state and cache folder of its own (``conftest.own_home``)."""


def fill() -> None:
    notebook = Notebook()
    notebook.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    notebook.add(quote_sentences(DOC, PATH, (4, 1), (4, 1)), now=T0 + timedelta(minutes=5))


def test_empty_notebook_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes"]) == 0
    assert "摘录本是空的" in capsys.readouterr().out


def test_list_newest_first(capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    assert main(["quotes"]) == 0
    assert capsys.readouterr().out == (
        f"[1] 2024-05-01 14:08  {PATH}:5\n优化营商环境就是解放生产力。\n"
        f"——《{TITLE}》，一、提高认识，增强责任感\n\n"
        f"[2] 2024-05-01 14:03  {PATH}:3\n今天召开大会。\n——《{TITLE}》\n"
    )


def test_an_edited_quote_is_listed_as_edited(capsys: pytest.CaptureFixture[str]) -> None:
    """The notebook's r changed it: the listing says so after its place, apart from it
    (FILE:LINE is copied as a word), in the interface's language."""
    fill()
    notebook = Notebook()
    assert notebook.edit(notebook.entries()[0].id, "优化营商环境。")
    assert main(["quotes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"[1] 2024-05-01 14:08  {PATH}:5  （有改动）\n优化营商环境。\n")
    assert f"[2] 2024-05-01 14:03  {PATH}:3\n" in out
    assert main(["quotes", "--lang", "en"]) == 0
    assert f"{PATH}:5  (edited)\n" in capsys.readouterr().out


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    assert main(["quotes", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in records] == ["优化营商环境就是解放生产力。", "今天召开大会。"]
    assert records[0]["file"] == PATH and records[0]["line"] == 5
    assert records[0]["time"] == "2024-05-01T14:08:00+08:00"


def test_export_to_file_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    target = tmp_path / "摘录.md"
    assert main(["quotes", "--export", str(target)]) == 0
    assert f"已导出 2 条摘录到 {target}" in capsys.readouterr().out
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 摘录本\n\n共 2 条，最新的在前。\n")
    assert "> 优化营商环境就是解放生产力。\n\n——《" in text
    assert main(["quotes", "--export", "-"]) == 0
    assert capsys.readouterr().out == text


def test_an_export_after_quotes_were_moved_is_the_app_s_in_their_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two quotes kept in the same second, then moved (K/J in the notebook): the list is
    the user's order, and ``--export`` (to a file and to stdout) writes what the app's
    export writes, heading included. Stdout said 最新的在前: its order was worked out from
    the times, equal here."""
    notebook = Notebook()
    first = notebook.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    notebook.add(quote_sentences(DOC, PATH, (4, 1), (4, 1)), now=T0)
    assert notebook.move(first.id, -1)
    app_export = tmp_path / "app.md"
    assert Notebook().export_markdown(app_export) == 2  # what the notebook screen's e writes
    expected = app_export.read_text(encoding="utf-8")
    assert expected.startswith("# 摘录本\n\n共 2 条，按摘录本中排好的顺序。\n")
    assert expected.index("今天召开大会。") < expected.index("优化营商环境就是解放生产力。")
    assert main(["quotes", "--export", "-"]) == 0
    assert capsys.readouterr().out == expected
    target = tmp_path / "cli.md"
    assert main(["quotes", "--export", str(target)]) == 0
    capsys.readouterr()
    assert target.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("chosen", ["flag", "saved"])
def test_the_english_export_is_the_app_s_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], chosen: str
) -> None:
    """``--lang en`` (or English chosen last in the app) exports the notebook in English,
    as the English app's e writes it (it was Chinese: # 摘录本, 共 2 条，最新的在前。); the
    quotes stay as they were copied."""
    from tui.session import Session

    fill()
    ui_text.set_language("en")
    app_export = tmp_path / "app.md"
    assert Notebook().export_markdown(app_export) == 2  # the English notebook screen's e
    expected = app_export.read_text(encoding="utf-8")
    assert expected.startswith("# Notebook\n\n2 quotes, newest first.\n")
    assert f"`{PATH}` line 5 · " in expected and "> 优化营商环境就是解放生产力。" in expected
    ui_text.set_language("zh")
    if chosen == "saved":
        session = Session()
        session.set_language("en")
        session.save()
    lang = ["--lang", "en"] if chosen == "flag" else []
    target = tmp_path / "cli.md"
    assert main(["quotes", "--export", str(target), *lang]) == 0
    assert "2 quotes exported to" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8") == expected
    assert main(["quotes", "--export", "-", *lang]) == 0
    assert capsys.readouterr().out == expected


def test_the_help_does_not_say_newest_first(capsys: pytest.CaptureFixture[str]) -> None:
    """The list is the notebook's order, the user's once a quote was moved (K/J)."""
    assert main(["quotes", "--help"]) == 0
    shown = capsys.readouterr().out
    assert "最新的在前" not in shown and "newest first" not in shown
    assert "摘录本中的顺序" in shown


def test_export_to_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["quotes", "--export", str(blocker / "out.md")]) == 2
    assert "无法写入" in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_export_into_a_missing_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], force: list[str]
) -> None:
    """A typo in the folder ("Documnets/摘录.md") made that folder silently; now the export
    is refused (exit 2) with the folder named, --force or not, and nothing is made."""
    fill()
    for target in (tmp_path / "Documnets" / "摘录.md", tmp_path / "a" / "b" / "摘录.md"):
        assert main(["quotes", "--export", str(target), *force]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == (
            f"speech-reader quotes: 没有导出：文件夹 {target.parent} 不存在"
            "（路径写错了吗？要导出到新文件夹，请先建好它）。\n"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]
    (tmp_path / "Documnets").mkdir()
    assert main(["quotes", "--export", str(tmp_path / "Documnets" / "摘录.md"), *force]) == 0


def test_corrupt_notebook_is_reported(own_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = own_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True)
    path.write_text("not json", encoding="utf-8")
    assert main(["quotes"]) == 1
    captured = capsys.readouterr()
    assert "quotes.json 已损坏" in captured.err and "corrupt" in captured.err
    assert any(p.name.startswith("quotes.json.corrupt-") for p in path.parent.iterdir())


def test_export_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill()
    target = tmp_path / "摘录.md"
    target.write_text("原有的笔记", encoding="utf-8")
    assert main(["quotes", "--export", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"{target} 已存在" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "原有的笔记"
    assert main(["quotes", "--export", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# 摘录本\n")


def test_export_never_writes_among_speeches_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "讲话"
    library.mkdir()
    speech = library / "营商讲话.txt"
    speech.write_text("讲话原文", encoding="utf-8")
    Notebook().add(quote_sentences(DOC, str(speech), (2, 0), (2, 0)), now=T0)
    for target in (speech, library / "摘录本.md", bundled_corpus_dir() / "摘录本.md"):
        assert main(["quotes", "--export", str(target)]) == 2, target
        assert "没有导出" in capsys.readouterr().err
    assert speech.read_text(encoding="utf-8") == "讲话原文"
    assert sorted(p.name for p in library.iterdir()) == ["营商讲话.txt"]
    assert not (bundled_corpus_dir() / "摘录本.md").exists()
    assert main(["quotes", "--export", str(library / "摘录本.md"), "--force"]) == 0


def test_export_error_names_the_file_not_a_temporary_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill()

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/tmp/.摘录.md.x1y2.tmp")

    monkeypatch.setattr(os, "replace", full)
    target = tmp_path / "摘录.md"
    assert main(["quotes", "--export", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"speech-reader quotes: 无法写入 {target}（磁盘空间已满）\n"
    assert not target.exists() and list(tmp_path.iterdir()) == [tmp_path / "home"]


def test_export_refuses_the_folder_read_last_and_leaves_session_json_alone(
    tmp_path: Path, own_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill()
    library = tmp_path / "讲话"
    library.mkdir()
    state = own_home / "state"
    state.mkdir(parents=True)
    session = json.dumps({"last_file": str(library / "甲.txt"), "positions": {"x": {"line": "?"}}})
    (state / "session.json").write_text(session, encoding="utf-8")
    assert main(["quotes", "--export", str(library / "摘录本.md")]) == 2
    assert "讲话稿所在的文件夹" in capsys.readouterr().err
    assert (state / "session.json").read_text(encoding="utf-8") == session  # not set aside here
    assert sorted(p.name for p in state.iterdir()) == ["session.json"]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_export_under_a_home_that_does_not_exist_writes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    force: list[str],
) -> None:
    """``~nosuchuser/…`` names no folder: the export fails with a message, and no folder
    called ``~nosuchuser`` appears where the command ran (even with --force)."""
    fill()
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert main(["quotes", "--export", "~nosuchuser/摘录.md", *force]) == 2
    assert "无法写入" in capsys.readouterr().err
    assert list(here.iterdir()) == []


def test_export_reads_session_json_once(
    tmp_path: Path, own_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The language and the folder read last come from one reading of ``session.json``
    (it was read for each): the export into that folder is still refused."""
    library = tmp_path / "讲话"
    library.mkdir()
    speech = library / "营商讲话.txt"
    speech.write_text("讲话原文", encoding="utf-8")
    (own_home / "state").mkdir(parents=True)
    session = own_home / "state" / "session.json"
    session.write_text(json.dumps({"last_file": str(speech), "language": "en"}), encoding="utf-8")
    Notebook().add(quote_sentences(DOC, "/elsewhere/a.txt", (2, 0), (2, 0)), now=T0)
    reads: list[Path] = []
    read_text = Path.read_text

    def counted(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.name == "session.json":
            reads.append(self)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    try:
        assert main(["quotes", "--export", str(library / "摘录本.md")]) == 2
    finally:
        ui_text.set_language(ui_text.DEFAULT)
    assert reads == [session]
    assert not (library / "摘录本.md").exists()


@pytest.mark.parametrize("where", ["a loop of links", "a file", "a loop further up"])
def test_an_export_folder_that_cannot_be_opened_is_told_as_every_command_tells_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """``quotes`` said of a folder that is a loop of symbolic links that it did not
    exist (its own check, ``Path.exists``): it now says why as the other commands and
    the reader say it of the same folder (``commands.path_problem``)."""
    fill()
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    (tmp_path / "a.txt").write_text("同志们：\n", encoding="utf-8")
    folder = {
        "a loop of links": loop,
        "a file": tmp_path / "a.txt",
        "a loop further up": loop / "sub",
    }[where]
    said = ""
    if where != "a file":
        assert main(["outline", str(folder)]) == 2
        said = capsys.readouterr().err.removeprefix("speech-reader outline: ")
    assert main(["quotes", "--export", str(folder / "摘录.md")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    if where == "a file":  # (as before: the write says a file is where a folder should be)
        assert "路径上有一个文件占了文件夹的位置" in captured.err, captured.err
    else:
        assert captured.err == f"speech-reader quotes: {said}", (captured.err, said)
        assert "循环的符号链接" in said


def test_a_quote_from_a_hostile_name_is_listed_at_a_place_that_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each quote is headed ``FILE:LINE`` for an editor and ``speech-reader FILE:LINE``: a
    name with control characters was shown with placeholders (␛), which open nothing; it
    is written as ``search --lines`` writes it (``commands.printed_path``), still safe."""
    from tests.hostile import OSC52, unsafe_in
    from tui.cli import file_and_line

    source = tmp_path / OSC52
    source.write_text("x\n" * 6, encoding="utf-8")
    Notebook().add(quote_sentences(DOC, str(source), (4, 1), (4, 1)), now=T0)
    assert main(["quotes"]) == 0
    out = capsys.readouterr().out
    assert unsafe_in(out) == []
    head = out.splitlines()[0]
    place = head.split("  ", 1)[1]
    assert place == f"{tmp_path}/osc52\\x1b]52;c;aGFja2Vk\\x07.txt:5"
    assert file_and_line(Path(place)) == (source, 5)
