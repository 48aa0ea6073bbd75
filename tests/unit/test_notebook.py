"""The quote notebook on disk: records, order, restart, corruption, export, the format setting."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import unsafe_in
from tests.unit.test_quotes import DOC, PATH, TITLE
from tui.base.safetext import safe_path
from tui.engine.quotes import CitationFormat, QuoteKind, quote_outline, quote_sentences
from tui.notebook import Notebook, load_citation_format, notebook_markdown, save_citation_format
from tui.notebook_records import Entry, renamed_citation

T0 = datetime(2024, 5, 1, 14, 3, 0, tzinfo=timezone(timedelta(hours=8)))


pytestmark = pytest.mark.usefixtures("own_home")
"""Every test with a state and cache folder of its own (``conftest.own_home``)."""


def test_add_keeps_every_field_and_survives_a_restart(own_home: Path) -> None:
    notebook = Notebook()
    assert notebook.path == own_home / "data" / "quotes.json"
    quote = quote_sentences(DOC, PATH, (4, 1), (4, 1))
    entry = notebook.add(quote, anchor="营商环境是企业", now=T0)
    again = Notebook()  # a new run reads the same file
    assert again.entries() == [entry]
    kept = again.entries()[0]
    assert kept.text == "优化营商环境就是解放生产力。"
    assert kept.citation == f"——《{TITLE}》，一、提高认识，增强责任感"
    assert (kept.source, kept.section, kept.speech) == (
        f"《{TITLE}》",
        "一、提高认识，增强责任感",
        TITLE,
    )
    assert (kept.file, kept.line, kept.paragraph, kept.sentence) == (PATH, 5, 4, 1)
    assert kept.time == "2024-05-01T14:03:00+08:00" and kept.when == "2024-05-01 14:03"
    assert kept.anchor == "营商环境是企业" and kept.kind == "sentence"
    assert kept.quote() == quote
    assert again.problem is None


def test_newest_first_delete_and_no_temporary_files_left(own_home: Path) -> None:
    notebook = Notebook()
    first = notebook.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    second = notebook.add(quote_sentences(DOC, PATH, (9, 0), (9, 0)), now=T0 + timedelta(minutes=1))
    assert [e.id for e in notebook.entries()] == [second.id, first.id]
    assert notebook.remove(first.id) is True
    assert notebook.remove(first.id) is False
    assert [e.id for e in Notebook().entries()] == [second.id]
    names = sorted(p.name for p in (own_home / "data").iterdir())
    assert names == ["quotes.json", "quotes.json.lock"]  # the lock stays (deleting it would race)


def test_two_readers_do_not_drop_each_others_quotes() -> None:
    one, two = Notebook(), Notebook()
    one.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    two.add(quote_sentences(DOC, PATH, (9, 0), (9, 0)), now=T0)
    assert [e.text for e in Notebook().entries()] == ["要全面推行一网通办。", "今天召开大会。"]


def test_corrupt_notebook_is_set_aside_and_reported(own_home: Path) -> None:
    path = own_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "quotes": [', encoding="utf-8")
    notebook = Notebook()
    problem = notebook.take_problem()
    assert problem is not None and "quotes.json" in problem and "corrupt" in problem
    assert notebook.take_problem() is None
    assert notebook.entries() == []
    aside = [p for p in path.parent.iterdir() if p.name.startswith("quotes.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == '{"version": 1, "quotes": ['
    notebook.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    assert len(Notebook().entries()) == 1


def test_records_of_the_wrong_shape_are_set_aside_and_the_rest_kept(own_home: Path) -> None:
    path = own_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True)
    good = Entry.from_quote(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0).to_json()
    original = json.dumps({"version": 1, "quotes": [{"text": 5}, good, {"text": "x", "line": "7"}]})
    path.write_text(original, encoding="utf-8")
    notebook = Notebook()
    problem = notebook.take_problem()
    assert problem is not None and "2 处" in problem and "第 1 条摘录：text 应为字符串" in problem
    assert [e.text for e in notebook.entries()] == ["今天召开大会。"]
    aside = [p for p in path.parent.iterdir() if p.name.startswith("quotes.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == original  # nothing lost
    assert aside[0].name in problem
    assert json.loads(path.read_text(encoding="utf-8"))["quotes"] == [good]  # cleaned at once
    notebook.add(quote_sentences(DOC, PATH, (9, 0), (9, 0)), now=T0)
    assert notebook.take_problem() is None  # reported once, not on every add
    assert len(json.loads(path.read_text(encoding="utf-8"))["quotes"]) == 2


def test_markdown_export_exact_text(tmp_path: Path) -> None:
    notebook = Notebook()
    notebook.add(quote_sentences(DOC, PATH, (4, 1), (4, 1)), now=T0)
    outline = quote_outline(DOC, PATH, DOC.speeches[1])
    assert outline is not None
    notebook.add(outline, now=T0 + timedelta(hours=1))
    expected = (
        "# 摘录本\n\n共 2 条，最新的在前。\n\n---\n\n"
        "- 一、拉高坐标\n\n——营商讲话\n\n"
        f"*`{PATH}` 第 12 行 · 2024-05-01 15:03*\n\n---\n\n"
        f"> 优化营商环境就是解放生产力。\n\n——《{TITLE}》，一、提高认识，增强责任感\n\n"
        f"*`{PATH}` 第 5 行 · 2024-05-01 14:03*\n"
    )
    assert notebook_markdown(notebook.entries()) == expected
    target = tmp_path / "out" / "摘录.md"
    assert notebook.export_markdown(target) == 2
    assert target.read_text(encoding="utf-8") == expected


def test_markdown_export_in_english_keeps_the_quotes_and_sources_as_copied() -> None:
    """In the English interface the heading, the order line and the places are English
    (they were Chinese: 摘录本, 最新的在前, 第 5 行); the quotes and their sources, texts of
    the speeches, are not translated; one quote is "1 quote"."""
    from tui import ui_text

    notebook = Notebook()
    notebook.add(quote_sentences(DOC, PATH, (4, 1), (4, 1)), now=T0)
    ui_text.set_language("en")
    cited = f"> 优化营商环境就是解放生产力。\n\n——《{TITLE}》，一、提高认识，增强责任感\n\n"
    assert notebook.markdown() == (
        "# Notebook\n\n1 quote, newest first.\n\n---\n\n"
        f"{cited}*`{PATH}` line 5 · 2024-05-01 14:03*\n"
    )
    outline = quote_outline(DOC, PATH, DOC.speeches[1])
    assert outline is not None
    notebook.add(outline, now=T0 + timedelta(hours=1))
    assert notebook.move(notebook.entries()[0].id, 1)  # the user's order now
    english = notebook.markdown()
    assert english.startswith("# Notebook\n\n2 quotes, in the order set in the notebook.\n")
    assert f"*`{PATH}` line 12 · 2024-05-01 15:03*" in english
    assert cited in english
    ui_text.set_language("zh")
    assert notebook.markdown().startswith("# 摘录本\n\n共 2 条，按摘录本中排好的顺序。\n")


def test_a_pdf_quote_s_page_in_the_english_export() -> None:
    from tui import ui_text

    entry = Entry.from_json(
        {"text": "要抓落实。", "source": "《题》", "file": "/a/b.pdf", "line": 1069, "page": 49}
    )
    assert entry is not None
    ui_text.set_language("en")
    assert notebook_markdown([entry]).endswith("*`/a/b.pdf` page 49 · *\n")
    ui_text.set_language("zh")
    assert notebook_markdown([entry]).endswith("*`/a/b.pdf` 第 49 页 · *\n")


def test_entry_from_partial_json_fills_defaults() -> None:
    entry = Entry.from_json(
        {"text": "要抓落实。", "source": "《题》", "section": "一、总", "line": "x"}
    )
    assert entry is not None
    assert entry.citation == "——《题》，一、总" and entry.line == 0 and entry.id
    assert entry.quote().kind is QuoteKind.SENTENCE
    assert Entry.from_json(["not", "a", "record"]) is None


def test_citation_format_setting_persists_and_keeps_other_settings(own_home: Path) -> None:
    assert load_citation_format() == (CitationFormat.CITED, None)
    settings = own_home / "state" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"theme": "dark"}', encoding="utf-8")
    save_citation_format(CitationFormat.MARKDOWN)
    assert load_citation_format() == (CitationFormat.MARKDOWN, None)
    assert json.loads(settings.read_text(encoding="utf-8")) == {
        "theme": "dark",
        "citation_format": "markdown",
    }
    settings.write_text('{"citation_format": "nonsense"}', encoding="utf-8")
    assert load_citation_format()[0] is CitationFormat.CITED
    settings.write_text("{broken", encoding="utf-8")
    fmt, problem = load_citation_format()
    assert fmt is CitationFormat.CITED and problem is not None and "settings.json" in problem


def test_a_renamed_file_s_quotes_name_the_new_file_and_the_others_stay() -> None:
    """``move_file``: every record of the old path (another reader's too) names the new
    one, written; records of other files are left as they were."""
    one, two = Notebook(), Notebook()
    first = one.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    second = two.add(quote_sentences(DOC, PATH, (9, 0), (9, 0)), now=T0)
    other = one.add(quote_sentences(DOC, "/elsewhere/别的.txt", (4, 1), (4, 1)), now=T0)
    renamed = str(Path(PATH).with_name("定稿.txt"))
    assert one.move_file(PATH, renamed) == 2
    files = {e.id: e.file for e in Notebook().entries()}
    assert files == {first.id: renamed, second.id: renamed, other.id: "/elsewhere/别的.txt"}
    assert {e.file for e in one.entries()} == {renamed, "/elsewhere/别的.txt"}
    assert one.move_file(PATH, renamed) == 0  # nothing left under the old name


def test_a_renamed_folder_s_quotes_name_the_new_folder_in_one_write(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``move_folder``: the records of every file under the old folder (in sub-folders
    too) name the new folder, in one write; a file beside it whose name only starts
    the same (``上半年2``) is left as it was."""
    old, new = Path("/资料/上半年"), Path("/资料/上半年（定稿）")
    notebook = Notebook()
    files = [old / "甲.txt", old / "乙" / "丙.txt", Path("/资料/上半年2/丁.txt")]
    kept = [notebook.add(quote_sentences(DOC, str(file), (2, 0), (2, 0)), now=T0) for file in files]
    writes: list[int] = []
    write = Notebook._write

    def counted(self: Notebook, change: Any) -> None:
        writes.append(1)
        write(self, change)

    monkeypatch.setattr(Notebook, "_write", counted)
    assert notebook.move_folder(old, new) == 2
    assert writes == [1]
    stored = {entry.id: entry.file for entry in Notebook().entries()}
    assert stored == {
        kept[0].id: str(new / "甲.txt"),
        kept[1].id: str(new / "乙" / "丙.txt"),
        kept[2].id: "/资料/上半年2/丁.txt",
    }


def test_a_renamed_folder_moves_the_quotes_another_reader_kept_there_since() -> None:
    """``move_folder`` matches the folder against the records on disk when it writes:
    a quote another reader kept under the folder after this notebook was read moves
    too (it chose the files from its own entries and left that one naming the old
    folder, where the file no longer is)."""
    old, new = Path("/资料/上半年"), Path("/资料/上半年（定稿）")
    this, other = Notebook(), Notebook()
    mine = this.add(quote_sentences(DOC, str(old / "甲.txt"), (2, 0), (2, 0)), now=T0)
    theirs = other.add(quote_sentences(DOC, str(old / "乙.txt"), (4, 0), (4, 0)), now=T0)
    assert this.move_folder(old, new) == 2
    stored = {entry.id: entry.file for entry in Notebook().entries()}
    assert stored == {mine.id: str(new / "甲.txt"), theirs.id: str(new / "乙.txt")}
    assert {entry.file for entry in this.entries()} == set(stored.values())


def test_a_renamed_folder_makes_no_notebook_where_none_was(tmp_path: Path) -> None:
    """A reader who never kept a quote: a folder renamed under it moves nothing and leaves
    no trace in the data folder (no notebook, no lock file, not even the folder)."""
    data = tmp_path / "data"
    notebook = Notebook(data / "quotes.json")
    assert notebook.move_folder(Path("/资料/上半年"), Path("/资料/下半年")) == 0
    assert notebook.move_files({Path("/资料/甲.txt"): Path("/资料/乙.txt")}) == 0
    assert not data.exists()


def three_kept() -> tuple[Notebook, list[str]]:
    """A notebook holding three quotes, kept a minute apart: their ids, oldest first."""
    notebook = Notebook()
    ids = [
        notebook.add(quote_sentences(DOC, PATH, (n, 0), (n, 0)), now=T0 + timedelta(minutes=i)).id
        for i, n in enumerate((2, 4, 9))
    ]
    return notebook, ids


def test_move_reorders_the_list_on_disk_and_the_export_says_so(own_home: Path) -> None:
    notebook, (a, b, c) = three_kept()
    assert [e.id for e in notebook.entries()] == [c, b, a] and not notebook.ordered
    assert notebook_markdown(notebook.entries()).startswith("# 摘录本\n\n共 3 条，最新的在前。\n")
    assert notebook.move(a, -1) is True  # the oldest, last in the list, one place up
    assert [e.id for e in notebook.entries()] == [c, a, b]
    assert notebook.move(a, -5) is True  # as far as it goes: first
    assert [e.id for e in Notebook().entries()] == [a, c, b]  # a new run reads that order
    assert notebook.move(a, -1) is False  # first already: nothing written
    assert notebook.move("gone", 1) is False
    again = Notebook()
    assert again.ordered  # the file says the user ordered it
    markdown = notebook_markdown(again.entries())  # told by the times, out of order here
    assert again.markdown() == markdown  # the notebook's own export says so from the file
    assert markdown.startswith("# 摘录本\n\n共 3 条，按摘录本中排好的顺序。\n")
    texts = [e.text for e in notebook.entries()]
    assert [markdown.index(f"> {text}") for text in texts] == sorted(
        markdown.index(f"> {text}") for text in texts
    )


def test_move_is_merged_with_another_window_s_quotes(own_home: Path) -> None:
    notebook, (a, b, c) = three_kept()
    other = Notebook()  # a second reader keeps a fourth quote meanwhile
    d = other.add(quote_sentences(DOC, PATH, (13, 0), (13, 0)), now=T0 + timedelta(minutes=9)).id
    assert notebook.move(c, 1)  # the newest one place down: past b, d kept at the top
    assert [e.id for e in Notebook().entries()] == [d, b, c, a]


def test_undo_puts_a_moved_quote_back_where_it_was_listed(own_home: Path) -> None:
    notebook, (a, b, c) = three_kept()
    notebook.move(a, -2)  # listed a, c, b: no longer by time
    entry = next(e for e in notebook.entries() if e.id == c)
    assert notebook.remove(c)
    assert notebook.restore(entry, above=a)  # below a again, not at the top by its time
    assert [e.id for e in Notebook().entries()] == [a, c, b]
    first = next(e for e in notebook.entries() if e.id == a)
    assert notebook.remove(a) and notebook.restore(first, above="")  # it was first
    assert [e.id for e in Notebook().entries()] == [a, c, b]
    assert notebook.remove(c) and notebook.restore(entry, above="gone")  # by time then
    assert [e.id for e in Notebook().entries()] == [c, a, b]


def test_export_of_quotes_kept_in_one_second_and_moved_says_ordered(
    own_home: Path, tmp_path: Path
) -> None:
    """Two quotes of the same second swapped: their times cannot tell, the file's flag does."""
    notebook = Notebook()
    first = notebook.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    notebook.add(quote_sentences(DOC, PATH, (4, 0), (4, 0)), now=T0)
    assert notebook.move(first.id, -1)
    target = tmp_path / "稿.md"
    assert notebook.export_markdown(target) == 2
    assert target.read_text(encoding="utf-8").startswith(
        "# 摘录本\n\n共 2 条，按摘录本中排好的顺序。"
    )


def test_edit_changes_the_text_only_and_keeps_another_window_s_quotes(own_home: Path) -> None:
    notebook, (a, b, c) = three_kept()
    before = next(e for e in notebook.entries() if e.id == b)
    Notebook().add(quote_sentences(DOC, PATH, (13, 0), (13, 0)), now=T0 + timedelta(minutes=9))
    assert notebook.edit(b, "营商环境……就是生产力。") is True
    assert notebook.edit(b, "营商环境……就是生产力。") is False  # the same text: nothing written
    assert notebook.edit("gone", "甲") is False
    again = Notebook().entries()
    assert len(again) == 4
    after = next(e for e in again if e.id == b)
    assert after.text == "营商环境……就是生产力。"
    # citation, place, time as they were; the text as copied kept beside the new one
    assert after == replace(before, text=after.text, original=before.text)


def test_a_quote_kept_before_formats19_is_the_same_quote_when_kept_again(own_home: Path) -> None:
    """A record written when an untitled speech was cited by its file's name with the
    ending (——营商讲话.txt) is the quote copied again now (——营商讲话): one record, its
    citation brought up to date (it was kept a second time: identity was text and source)."""
    quote = quote_sentences(DOC, PATH, (13, 0), (13, 0))
    assert quote.source == "营商讲话"
    old = Entry.from_quote(replace(quote, source="营商讲话.txt"), now=T0)
    assert old.citation == "——营商讲话.txt，一、拉高坐标"
    path = own_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "quotes": [old.to_json()]}), encoding="utf-8")
    notebook = Notebook()
    entry, added = notebook.keep(quote, now=T0 + timedelta(days=3))
    assert not added and entry.id == old.id and entry.time == old.time
    assert [e.citation for e in Notebook().entries()] == ["——营商讲话，一、拉高坐标"]
    # the same words from another file are another quote; a record without a file is
    # still told apart by its source
    other = replace(quote, file="/srv/讲话/别的讲话.txt")
    assert notebook.keep(other, now=T0)[1] is True
    assert notebook.keep(replace(quote, file="", source="别处"), now=T0)[1] is True
    assert notebook.keep(replace(quote, file="", source="别处"), now=T0)[1] is False
    assert len(Notebook()) == 3


def test_an_edited_quote_is_marked_and_is_still_the_quote_it_was(own_home: Path) -> None:
    """r's change keeps the text as copied (``original``): the export marks the quote as
    changed, copying the paragraph again finds it (no second record), and changing it back
    takes the mark off."""
    from tui import ui_text

    notebook = Notebook()
    quote = quote_sentences(DOC, PATH, (4, 0), (4, 1))
    entry = notebook.add(quote, now=T0)
    assert not entry.edited and "有改动" not in notebook.markdown()
    assert notebook.edit(entry.id, "优化营商环境就是解放生产力。")
    (edited,) = Notebook().entries()
    assert edited.edited and edited.original == quote.text
    assert "第 5 行 · 2024-05-01 14:03（有改动）*" in notebook.markdown()
    ui_text.set_language("en")
    assert "line 5 · 2024-05-01 14:03 (edited)*" in notebook.markdown()
    ui_text.set_language("zh")
    assert notebook.keep(quote, now=T0 + timedelta(hours=1)) == (edited, False)
    assert notebook.edit(entry.id, "营商环境……就是生产力。")
    assert Notebook().entries()[0].original == quote.text  # the text as copied, still
    assert notebook.edit(entry.id, quote.text)
    (back,) = Notebook().entries()
    assert not back.edited and back.original == "" and "有改动" not in notebook.markdown()


def test_the_export_s_proposed_name_is_in_the_interface_s_language(tmp_path: Path) -> None:
    from tui import ui_text
    from tui.notebook import default_export_path

    assert default_export_path(tmp_path) == tmp_path / "摘录本.md"
    (tmp_path / "摘录本.md").touch()
    assert default_export_path(tmp_path) == tmp_path / "摘录本-2.md"
    ui_text.set_language("en")
    try:
        assert default_export_path(tmp_path) == tmp_path / "notebook.md"
        (tmp_path / "notebook.md").touch()
        assert default_export_path(tmp_path) == tmp_path / "notebook-2.md"
    finally:
        ui_text.set_language("zh")


def test_a_record_kept_before_formats19_is_read_as_cited_now(own_home: Path) -> None:
    """Its source named the untitled speech by the file's whole name: the list, the export
    and the notebook's a pasted ——营商讲话.txt into a draft. Read, it is cited without the
    file's ending; only the file's name is touched (a title is not)."""
    path = own_home / "data" / "quotes.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    records = [
        {"text": "项目建设总体态势较好。", "source": "张三，营商讲话.txt（2019年3月5日）",
         "section": "一、拉高坐标", "file": PATH, "line": 14},
        {"text": "要抓落实。", "source": "《营商讲话.txt的说明》", "file": "/srv/讲话/别的.txt"},
    ]  # fmt: skip
    path.write_text(json.dumps({"version": 1, "quotes": records}), encoding="utf-8")
    old, titled = Notebook().entries()[::-1]
    assert old.source == "张三，营商讲话（2019年3月5日）"
    assert old.citation == "——张三，营商讲话（2019年3月5日），一、拉高坐标"
    assert f"\n\n{old.citation}\n\n*`{PATH}` 第 14 行" in notebook_markdown([old])
    assert titled.citation == "——《营商讲话.txt的说明》"  # not this file's name


def _paragraph(text: str) -> int:
    return next(n for n, p in enumerate(DOC.paragraphs) if p.text == text)


def _cites_the_new_name(moved: Entry, kept: Entry, renamed: str) -> None:
    """``moved`` is the untitled quote ``kept`` of 营商讲话.txt after its rename to ``renamed``
    (营商讲话（定稿）.txt): the new name in its source, citation and label, its text the same."""
    assert moved.source == "营商讲话（定稿）"
    assert moved.citation == "——营商讲话（定稿），一、拉高坐标"
    assert moved.speech == kept.speech.replace("营商讲话", "营商讲话（定稿）", 1)
    assert moved.text == kept.text and moved.file == renamed


def test_a_renamed_file_s_untitled_quotes_cite_the_new_name_and_keep_their_text() -> None:
    """An untitled speech is cited by its file's name (营商讲话): once the file is renamed,
    its quotes cite the new name (source, citation line, listed speech), in this reader and
    in the file, as the place line names the new file; the text kept is left as it was,
    and a titled speech's quote (《…》) is cited as before."""
    one = Notebook()
    untitled = _paragraph("项目建设总体态势较好。")
    kept = one.add(quote_sentences(DOC, PATH, (untitled, 0), (untitled, 0)), now=T0)
    titled = one.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    assert kept.source == "营商讲话" and kept.citation == "——营商讲话，一、拉高坐标"
    assert kept.speech.startswith("营商讲话 第2篇：")
    renamed = str(Path(PATH).with_name("营商讲话（定稿）.txt"))
    assert one.move_file(PATH, renamed) == 2
    for entries in (one.entries(), Notebook().entries()):
        by_id = {e.id: e for e in entries}
        _cites_the_new_name(by_id[kept.id], kept, renamed)
        assert by_id[titled.id].citation == titled.citation
        assert by_id[titled.id].source == titled.source == f"《{TITLE}》"


def test_a_file_renamed_to_a_hostile_name_is_cited_as_it_is_shown(own_home: Path) -> None:
    """A citation names a file as it is shown (``safe_path``): renamed to a name holding an
    ESC sequence or bytes that are not UTF-8, its untitled quotes took the raw name into
    their citation (the export then wrote the ESC, or failed on the bytes)."""
    one = Notebook()
    untitled = _paragraph("项目建设总体态势较好。")
    kept = one.add(quote_sentences(DOC, PATH, (untitled, 0), (untitled, 0)), now=T0)
    for name in ("营商\x1b[2J讲话.txt", os.fsdecode(b"\xb2\xe2.txt")):
        renamed = str(Path(PATH).with_name(name))
        assert one.move_file(kept.file, renamed) == 1
        kept = next(e for e in Notebook().entries() if e.id == kept.id)
        shown = safe_path(name).rsplit(".", 1)[0]
        assert kept.source == shown and kept.citation.startswith(f"——{shown}，"), kept
        assert kept.speech.startswith(f"{shown} ")
        assert unsafe_in(kept.citation) == []
    one.export_markdown(own_home / "摘录本.md")  # (the bytes no longer fail it)


def test_quotes_of_a_file_an_older_reader_renamed_cite_its_new_name(own_home: Path) -> None:
    """An older reader's ``move_file`` renamed only a record's ``file``: its untitled
    speech's quotes said ——营商讲话 under the place line of 营商讲话（定稿）.txt for good (the
    notebook, c, the export). Read again, such a record cites the file's name as a rename
    now has it (its listed label still names the old file); a titled speech's quote, and
    a record whose label names its file, are left as they were."""
    one = Notebook()
    untitled = _paragraph("项目建设总体态势较好。")
    kept = one.add(quote_sentences(DOC, PATH, (untitled, 0), (untitled, 0)), now=T0)
    titled = one.add(quote_sentences(DOC, PATH, (2, 0), (2, 0)), now=T0)
    renamed = str(Path(PATH).with_name("营商讲话（定稿）.txt"))
    store = one.path
    stored = json.loads(store.read_text(encoding="utf-8"))
    for raw in stored["quotes"]:
        raw["file"] = renamed  # (all the older reader changed)
    store.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    by_id = {e.id: e for e in Notebook().entries()}
    moved = by_id[kept.id]
    _cites_the_new_name(moved, kept, renamed)
    assert by_id[titled.id].citation == titled.citation
    assert by_id[titled.id].speech == titled.speech
    again = {e.id: e for e in Notebook().entries()}  # (the same when read once more)
    assert again[kept.id].citation == moved.citation


@pytest.mark.parametrize(
    ("source", "citation", "cited"),
    [
        ("营商讲话", "——营商讲话", "——定稿"),
        (
            "张三，营商讲话（2019年3月5日）",
            "——张三，营商讲话（2019年3月5日），一、…",
            "——张三，定稿（2019年3月5日），一、…",
        ),
        (
            "营商讲话（2019年3月5日）",
            "——营商讲话（2019年3月5日），第3页",
            "——定稿（2019年3月5日），第3页",
        ),
        # not cited by the file's name: left as it is
        ("《营商讲话》", "——《营商讲话》", "——《营商讲话》"),
        ("张三《营商讲话》", "——张三《营商讲话》", "——张三《营商讲话》"),
        ("优化营商讲话", "——优化营商讲话", "——优化营商讲话"),
    ],
)
def test_which_citations_follow_a_renamed_file(source: str, citation: str, cited: str) -> None:
    record = {"source": source, "citation": citation, "speech": ""}
    record.update(renamed_citation(record, "/a/营商讲话.txt", "/a/定稿.docx"))
    assert record["citation"] == cited
    moved_folder = renamed_citation(
        {"source": source, "citation": citation}, "/a/营商讲话.txt", "/b/营商讲话.txt"
    )
    assert moved_folder == {}
