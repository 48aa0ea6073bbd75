"""Session persistence: positions, last file, bookmarks, corrupt files, finding positions again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.engine import parse_text
from tui.engine.model import Document, Kind, Paragraph, Sentence, Speech
from tui.session import Session
from tui.session_records import Position, normalise, resolve_position


def doc(lines: list[tuple[str, Kind]]) -> Document:
    paragraphs = tuple(
        Paragraph(text, n, n, kind, 0, None, (Sentence(0, 2), Sentence(2, len(text))))
        for n, (text, kind) in enumerate(lines, 1)
    )
    speech = Speech(0, None, 1, len(lines), 0, len(lines), None, ())
    return Document("", "utf-8", len(lines), paragraphs, (speech,))


def test_positions_and_last_file_round_trip(tmp_path: Path) -> None:
    session = Session(tmp_path)
    session.set_last_file(tmp_path / "a.txt")
    session.set_position(tmp_path / "a.txt", Position(3, 1, 7, "开头"))
    session.save()
    again = Session(tmp_path)
    assert again.last_file == normalise(tmp_path / "a.txt")
    assert again.position(tmp_path / "a.txt") == Position(3, 1, 7, "开头")
    assert again.position(tmp_path / "b.txt") is None
    assert again.problems == []


def test_bookmarks_toggle_and_persist(tmp_path: Path) -> None:
    session = Session(tmp_path)
    assert session.toggle_bookmark(tmp_path / "a.txt", 2, 0, 5, "  一句话。 ", "一句")
    assert session.toggle_bookmark(tmp_path / "b.txt", 1, 1, 3, "另一句。")
    assert not session.toggle_bookmark(tmp_path / "a.txt", 2, 0, 5, "一句话。")
    assert session.toggle_bookmark(tmp_path / "a.txt", 4, 0, 9, "第三句。")
    again = Session(tmp_path)
    marks = again.bookmarks()
    assert [(Path(b.path).name, b.paragraph) for b in marks] == [("a.txt", 4), ("b.txt", 1)]
    assert again.bookmarks_in(tmp_path / "a.txt")[0].text == "第三句。"
    again.remove_bookmark(marks[0])
    assert [b.paragraph for b in Session(tmp_path).bookmarks()] == [1]


@pytest.mark.parametrize("name", ["session.json", "bookmarks.json"])
def test_corrupt_state_is_set_aside(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("{broken", encoding="utf-8")
    session = Session(tmp_path)
    assert len(session.problems) == 1 and name in session.problems[0]
    assert session.last_file is None and session.bookmarks() == []
    assert list(tmp_path.glob(f"{name}.corrupt-*"))


def test_wrong_shapes_do_not_crash(tmp_path: Path) -> None:
    (tmp_path / "session.json").write_text('{"positions": {"x": {"line": "?"}}, "last_file": 3}')
    (tmp_path / "bookmarks.json").write_text('[{"unknown": 1}]')
    session = Session(tmp_path)
    assert session.position("x") is None and session.last_file is None
    assert session.bookmarks() == []


def test_the_outline_width_round_trips(tmp_path: Path) -> None:
    session = Session(tmp_path)
    assert session.outline_width is None  # never chosen: the stylesheet's
    session.set_outline_width(40)
    session.save()
    assert Session(tmp_path).outline_width == 40


def test_the_tree_width_round_trips_beside_the_outline_width(tmp_path: Path) -> None:
    session = Session(tmp_path)
    assert session.tree_width is None  # never chosen: the stylesheet's
    session.set_tree_width(44)
    session.set_outline_width(30)
    session.save()
    again = Session(tmp_path)
    assert (again.tree_width, again.outline_width) == (44, 30)


def test_the_keyword_panel_h_and_the_search_round_trip(tmp_path: Path) -> None:
    """K, h and the search left on come back at the next start (newuser22)."""
    session = Session(tmp_path)
    assert not session.keyword_panel_shown and not session.keyword_highlights
    assert session.find_term == ""
    session.set_keyword_panel_shown(True)
    session.set_keyword_highlights(True)
    session.set_find_term("放管服")
    session.save()
    again = Session(tmp_path)
    assert again.keyword_panel_shown and again.keyword_highlights
    assert again.find_term == "放管服"
    again.set_find_term(None)
    again.set_keyword_panel_shown(False)
    again.save()
    third = Session(tmp_path)
    assert third.find_term == "" and not third.keyword_panel_shown and third.keyword_highlights


@pytest.mark.parametrize("key", ["keyword_panel", "keyword_highlights", "find_term"])
def test_a_reading_tool_of_the_wrong_kind_is_left_out_and_told(tmp_path: Path, key: str) -> None:
    (tmp_path / "session.json").write_text(f'{{"{key}": [1], "theme": "nord"}}')
    session = Session(tmp_path)
    assert session.theme == "nord" and not session.keyword_panel_shown
    assert not session.keyword_highlights and session.find_term == ""
    assert len(session.problems) == 1 and key in session.problems[0]


WRONG_WIDTHS = ['"wide"', "true", "0", "-3", "2.5", "null"]


@pytest.mark.parametrize("raw", WRONG_WIDTHS)
def test_an_outline_width_that_is_no_width_is_left_out_and_told(tmp_path: Path, raw: str) -> None:
    (tmp_path / "session.json").write_text(f'{{"outline_width": {raw}, "theme": "nord"}}')
    session = Session(tmp_path)
    assert session.outline_width is None and session.theme == "nord"
    assert len(session.problems) == 1 and "outline_width" in session.problems[0]


@pytest.mark.parametrize("raw", WRONG_WIDTHS)
def test_a_tree_width_that_is_no_width_is_left_out_and_told(tmp_path: Path, raw: str) -> None:
    (tmp_path / "session.json").write_text(f'{{"tree_width": {raw}, "outline_width": 40}}')
    session = Session(tmp_path)
    assert session.tree_width is None and session.outline_width == 40
    assert len(session.problems) == 1 and "tree_width" in session.problems[0]


CASES = [
    ("same line keeps the sentence", 1, 1, 2, "", (1, 1)),
    ("text found after lines were added", 0, 1, 1, "第二段", (1, 1)),
    ("unknown text falls back to the line", 0, 1, 3, "不存在", (2, 0)),
    ("line past the end uses the index", 9, 0, 99, "", (3, 0)),
    ("noise moves on", 0, 0, 0, "", (1, 0)),
]


@pytest.mark.parametrize(
    ("name", "paragraph", "sentence", "line", "text", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_resolve_position(
    name: str, paragraph: int, sentence: int, line: int, text: str, expected: tuple[int, int]
) -> None:
    document = doc(
        [
            ("广告", Kind.NOISE),
            ("第二段话。", Kind.BODY),
            ("第三段话。", Kind.BODY),
            ("末段话。", Kind.BODY),
        ]
    )
    assert resolve_position(document, paragraph, sentence, line, text) == expected


def test_resolve_position_on_parsed_text() -> None:
    text = "　　甲段落。\n　　乙段落。第二句。\n"
    document = parse_text(text)
    moved = parse_text("　　新增。\n" + text)
    index = next(i for i, p in enumerate(document.paragraphs) if p.text.startswith("乙"))
    found = resolve_position(moved, index, 1, document.paragraphs[index].line, "乙段落")
    assert moved.paragraphs[found[0]].text.startswith("乙") and found[1] == 1


def test_a_stored_path_under_a_home_that_does_not_exist_is_kept_as_written(
    tmp_path: Path,
) -> None:
    """``Path.expanduser`` raises for ``~nosuchuser`` (a hand-edited or hostile state file):
    the session still loads, and the bookmark is listed under the path as written."""
    first = Session(tmp_path)
    first.toggle_bookmark("/a.txt", 1, 0, 1, "句。")
    first.save()
    stored = tmp_path / "bookmarks.json"
    text = stored.read_text(encoding="utf-8")
    assert text.count('"/a.txt"') == 1
    stored.write_text(text.replace('"/a.txt"', '"~0"'), encoding="utf-8")
    session = Session(tmp_path)
    assert [mark.text for mark in session.bookmarks()] == ["句。"]
    assert normalise("~nosuchuser/a.txt").endswith("~nosuchuser/a.txt")


def test_a_renamed_file_s_bookmarks_move_to_its_new_name(tmp_path: Path) -> None:
    """``move_bookmarks``: this reader's and another reader's bookmarks of the old path
    name the new one (written), others stay; moving them twice does nothing more."""
    one, two = Session(tmp_path), Session(tmp_path)
    old, new = tmp_path / "甲.txt", tmp_path / "甲（定稿）.txt"
    one.toggle_bookmark(old, 2, 0, 5, "一句话。")
    two.toggle_bookmark(old, 4, 1, 9, "另一句。")
    one.toggle_bookmark(tmp_path / "乙.txt", 1, 0, 3, "乙的一句。")
    assert one.move_bookmarks(old, new) == 2
    places = sorted((Path(b.path).name, b.paragraph) for b in Session(tmp_path).bookmarks())
    assert places == [("乙.txt", 1), ("甲（定稿）.txt", 2), ("甲（定稿）.txt", 4)]
    assert [b.text for b in one.bookmarks_in(new)] == ["一句话。", "另一句。"]
    assert one.move_bookmarks(old, new) == 0


def test_a_renamed_folder_s_bookmarks_and_places_follow_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``move_folder``: the bookmarks of every file under the folder name the new path (one
    write of the bookmark file), the reading places are copied to the new paths; a file
    beside the folder whose name starts the same is left alone. A write that fails loses
    nothing: the old places stay, the moves are written by the next save."""
    old, new = tmp_path / "上半年", tmp_path / "上半年（定稿）"
    beside = tmp_path / "上半年补充" / "丙.txt"
    session = Session(tmp_path)
    session.toggle_bookmark(old / "甲.txt", 2, 0, 5, "一句话。")
    session.toggle_bookmark(old / "分会" / "乙.txt", 4, 1, 9, "另一句。")
    session.toggle_bookmark(beside, 1, 0, 3, "丙的一句。")
    session.set_position(old / "甲.txt", Position(3, 1, 7, "开头"))
    session.set_position(beside, Position(1, 0, 2, "丙"))
    session.save()

    def fails(path: Path, text: str, *, shared: bool = False) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tui.state.atomic_write_text", fails)
    with pytest.raises(OSError):
        session.move_folder(old, new)
    monkeypatch.undo()
    stored = Session(tmp_path)
    assert stored.position(old / "甲.txt") == Position(3, 1, 7, "开头")
    assert {b.path for b in stored.bookmarks()} == {
        normalise(old / "甲.txt"),
        normalise(old / "分会" / "乙.txt"),
        normalise(beside),
    }
    session.save()
    stored = Session(tmp_path)
    assert {b.path for b in stored.bookmarks()} == {
        normalise(new / "甲.txt"),
        normalise(new / "分会" / "乙.txt"),
        normalise(beside),
    }
    assert stored.position(new / "甲.txt") == Position(3, 1, 7, "开头")
    assert stored.position(old / "甲.txt") is None  # (dropped with the copy's write)
    assert stored.position(beside) == Position(1, 0, 2, "丙")
    assert stored.position(new.parent / "上半年（定稿）补充" / "丙.txt") is None
    assert Session(tmp_path).move_folder(old, new) == 0


def test_a_renamed_folder_s_old_places_go_only_with_the_write_of_the_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old paths' positions stayed in session.json after every folder rename (it
    grew); now they go in the write that holds their copies: a failed write keeps both
    in the file, and renaming the folder back before a save keeps the old paths."""
    old, new = tmp_path / "上半年", tmp_path / "上半年定稿"
    session = Session(tmp_path)
    session.set_position(old / "甲.txt", Position(3, 1, 7, "开头"))
    session.set_position(old / "分会" / "乙.txt", Position(5, 0, 9, "乙"))
    session.save()
    session.move_folder(old, new)
    assert session.unsaved

    def fails(path: Path, text: str, *, shared: bool = False) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tui.state.atomic_write_text", fails)
    with pytest.raises(OSError):
        session.save()
    monkeypatch.undo()
    stored = json.loads((tmp_path / "session.json").read_text(encoding="utf-8"))["positions"]
    assert set(stored) == {normalise(old / "甲.txt"), normalise(old / "分会" / "乙.txt")}
    assert session.unsaved
    session.save()
    stored = json.loads((tmp_path / "session.json").read_text(encoding="utf-8"))["positions"]
    assert set(stored) == {normalise(new / "甲.txt"), normalise(new / "分会" / "乙.txt")}
    assert Session(tmp_path).position(new / "分会" / "乙.txt") == Position(5, 0, 9, "乙")
    assert not session.unsaved
    # Renamed there and back before a save: the old paths are the live ones again.
    session.move_folder(new, old)
    session.move_folder(old, new)
    session.move_folder(new, old)
    session.save()
    stored = json.loads((tmp_path / "session.json").read_text(encoding="utf-8"))["positions"]
    assert set(stored) == {normalise(old / "甲.txt"), normalise(old / "分会" / "乙.txt")}
    assert Session(tmp_path).position(old / "甲.txt") == Position(3, 1, 7, "开头")


def test_the_notebook_s_place_round_trips_and_a_wrong_one_is_left_out(tmp_path: Path) -> None:
    """The quote the notebook was left on is kept across runs (it lasted one run)."""
    session = Session(tmp_path)
    assert session.notebook_entry is None
    session.set_notebook_entry("a1b2c3d4e5f6")
    session.save()
    assert Session(tmp_path).notebook_entry == "a1b2c3d4e5f6"
    stored = json.loads((tmp_path / "session.json").read_text(encoding="utf-8"))
    stored["notebook_entry"] = 7
    (tmp_path / "session.json").write_text(json.dumps(stored), encoding="utf-8")
    again = Session(tmp_path)
    assert again.notebook_entry is None and again.take_problems()
