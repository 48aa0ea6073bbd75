"""A bookmark in a PDF is listed by its page, as the notebook and the citation name it:
its line is one of the extracted text, which no PDF viewer shows (newuser16: the list
said "line 10" of a PDF whose quote the notebook placed on "page 1")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.ui.conftest import settle
from tests.unit import format_fixtures as ff
from tui.app import make_app
from tui.screens.bookmarks import BookmarksScreen
from tui.state import state_dir


async def test_a_pdf_bookmark_is_listed_by_its_page(tmp_path: Path) -> None:
    pdf = ff.write_pdf(tmp_path / "讲话.pdf", lines_per_page=6)
    text_file = ff.write_text(tmp_path / "讲话.txt")
    app = make_app(pdf, language="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        document = screen.reader.document
        assert document is not None and document.pages is not None
        await pilot.press("G", "m")  # the last sentence, on the last page
        paragraph = document.paragraphs[screen.reader.cursor[0]]
        page = document.page_of(paragraph.line)
        assert page is not None and page > 1
        screen.open_file(text_file)
        await settle(app, pilot)
        await pilot.press("m")  # a text file has no pages: its line, as before
        await pilot.press("apostrophe")
        assert isinstance(app.screen, BookmarksScreen)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        by_file = {prompt.split()[0]: prompt for prompt in prompts}
        assert f"page {page}" in by_file["讲话.pdf"], prompts
        assert "line" not in by_file["讲话.pdf"], prompts
        assert "line " in by_file["讲话.txt"] and "page" not in by_file["讲话.txt"], prompts
    stored = json.loads((state_dir() / "bookmarks.json").read_text(encoding="utf-8"))
    assert {Path(b["path"]).suffix: b.get("page", 0) for b in stored} == {".pdf": page, ".txt": 0}


async def bookmarked_each(files: list[Path], language: str = "zh") -> dict[str, str]:
    """Open each of ``files`` in turn, bookmark its second line (``j``, ``m``) and open the
    bookmark list: its rows by the file name each begins with."""
    app = make_app(files[0], language=language)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        for path in files:
            screen.open_file(path)
            await settle(app, pilot)
            await pilot.press("j", "m")
        await pilot.press("apostrophe")
        assert isinstance(app.screen, BookmarksScreen)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        return {prompt.split()[0]: prompt for prompt in prompts}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_word_or_web_page_bookmark_is_listed_by_its_file_alone(
    tmp_path: Path, language: str
) -> None:
    """A Word, web-page or e-book file's line is one of its extracted text, which the
    program that shows the file does not show: the list named it (讲话.html  第9行, seen
    in tmux by newuser28), where the notebook places a quote from such a file by the file
    alone. A plain text keeps its line."""
    files = [
        ff.write_docx_typed(tmp_path / "讲话.docx"),
        ff.write_html(tmp_path / "讲话.html"),
        ff.write_text(tmp_path / "讲话.txt"),
        ff.write_text(tmp_path / "讲话.md"),
    ]
    by_file = await bookmarked_each(files, language)
    prompts = list(by_file.values())
    assert set(by_file) == {path.name for path in files}, prompts
    line = re.compile(r"第\d+行" if language == "zh" else r"\bline \d+")
    for name in ("讲话.docx", "讲话.html"):
        assert not line.search(by_file[name]), prompts
    for name in ("讲话.txt", "讲话.md"):
        assert line.search(by_file[name]), prompts


async def test_a_bookmark_is_placed_by_what_its_file_held(tmp_path: Path) -> None:
    """A Word file renamed .txt was listed by a line of its extracted text (讲话.txt  第3行)
    and plain text saved as .docx by its file alone: the list went by the name's ending.
    It goes by what the file held when bookmarked (``Bookmark.content``); a bookmark made
    before that was recorded still goes by its name."""
    files = [
        ff.write_docx_typed(tmp_path / "改名.txt"),
        ff.write_text(tmp_path / "文本.docx"),
    ]
    old = {"path": str(tmp_path / "旧.docx"), "paragraph": 2, "sentence": 0, "line": 4}
    (state_dir()).mkdir(parents=True, exist_ok=True)
    (state_dir() / "bookmarks.json").write_text(json.dumps([old]), encoding="utf-8")
    by_file = await bookmarked_each(files)
    prompts = list(by_file.values())
    assert set(by_file) == {"改名.txt", "文本.docx", "旧.docx"}, prompts
    line = re.compile(r"第\d+行")
    assert not line.search(by_file["改名.txt"]), prompts
    assert line.search(by_file["文本.docx"]), prompts
    assert not line.search(by_file["旧.docx"]), prompts
    stored = json.loads((state_dir() / "bookmarks.json").read_text(encoding="utf-8"))
    kinds = {Path(b["path"]).name: b.get("content") for b in stored}
    assert kinds == {"改名.txt": "docx", "文本.docx": "text", "旧.docx": None}, kinds


async def test_a_bookmark_in_a_collection_names_its_speech(tmp_path: Path) -> None:
    """In one file of many speeches the list said only the file and a line (newuser18: a
    teacher's 1,386-speech collection): the speech the bookmark is in is named too."""
    from tests.documents import corpus_collection
    from tests.ui.conftest import until
    from tui.widgets.outline import speech_name

    collection = corpus_collection(tmp_path, 1)
    app = make_app(collection)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await until(pilot, lambda: screen.complete, "the whole collection shown")
        document = screen.reader.document
        assert document is not None and len(document.speeches) > 3
        await pilot.press("right_curly_bracket", "right_curly_bracket", "right_curly_bracket")
        speech = document.speech_at(screen.reader.cursor[0])
        assert speech is not None and speech.index > 0  # not the first speech
        await pilot.press("m", "apostrophe")
        assert isinstance(app.screen, BookmarksScreen)
        options = app.screen.query_one(OptionList)
        prompt = str(options.get_option_at_index(0).prompt)
        name = speech_name(speech, "", len(document.speeches))
        assert f"《{name}》" in prompt, prompt


@pytest.mark.parametrize(
    ("language", "named"),
    [
        ("zh", "《在学习〈条例〉“奋进年”动员会上的讲话》"),
        ("en", "“在学习《条例》‘奋进年’动员会上的讲话”"),
    ],
)
async def test_a_speech_s_own_title_marks_nest_in_the_bookmark_list(
    tmp_path: Path, language: str, named: str
) -> None:
    """A title holding 《》 was named 《在学习《条例》…》 in the bookmark list, and in English
    one holding “” was “…“奋进年”…”, marks inside marks of the same kind (newuser21): the
    inner ones go a level in, as citations write them (〈〉; ‘’ in English). The bookmarked
    line is the title itself: it is named once."""
    title = "在学习《条例》“奋进年”动员会上的讲话"
    other = "在全市工作会议上的讲话"
    body = "同志们：\n一、提高认识\n营商环境是企业生存发展的土壤。\n"
    path = tmp_path / "合集.txt"
    path.write_text(f"{other}\n{body}\n{title}\n{body}", encoding="utf-8")
    app = make_app(path, language=language)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        document = screen.reader.document
        assert document is not None and len(document.speeches) == 2
        await pilot.press("right_curly_bracket", "m", "apostrophe")
        assert isinstance(app.screen, BookmarksScreen)
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert named in prompt, prompt
        # the bookmarked line is that title: named once, not again as the line's text
        # (newuser24 F12: 《在全区…讲话》  在全区…讲话)
        assert "动员会上的讲话" not in prompt.split(named, 1)[1], prompt
