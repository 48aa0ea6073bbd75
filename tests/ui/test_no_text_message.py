"""A file with nothing to show says what it holds: a .docx whose bytes were a line of plain
text starting "PK" said only 这个文件没有可显示的正文 (newuser25), as if it were empty."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import settle
from tui.app import make_app


async def _message(path: Path, language: str = "zh") -> str:
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        if language != "zh":
            app.switch_language("en")  # type: ignore[arg-type]
            await settle(app, pilot)
        reader = app.main_screen.reader
        assert reader.document is not None  # (a document, only nothing in it to show)
        return "".join(reader.message.split())


async def test_a_docx_of_plain_noise_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "纪要.docx"
    path.write_bytes(b"PK\n")
    said = await _message(path)
    assert said.startswith("这个文件没有可显示的正文。")
    assert "第一段是“PK”" in said
    assert "文件名是.docx，内容却是纯文本" in said


async def test_a_text_file_of_noise_quotes_it_and_names_no_format(tmp_path: Path) -> None:
    path = tmp_path / "页码.txt"
    path.write_text("第1页\n", encoding="utf-8")
    said = await _message(path)
    assert "第一段是“第1页”" in said and "纯文本" not in said


async def test_the_message_follows_the_language(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"PK\n")
    said = await _message(path, "en")
    assert said.startswith("Thisfilehasnotexttoshow.")
    assert "(1paragraph,thefirst“PK”)" in said
    assert "Itisnamed.pdfbutholdsplaintext" in said


async def test_a_file_with_nothing_shown_offers_no_reading_keys(tmp_path: Path) -> None:
    """Under the message of a file whose text is all hidden the key bar offered ↓ 下一句,
    ] 下一标题, } 下一篇, m 书签… as over a text, and they did nothing (newuser26, a .docx of
    one line of plain text); they are off, as for a file that cannot be shown. Another
    file with text brings them back."""
    from tui.widgets.keybar import KeyBar

    empty = tmp_path / "纪要.docx"
    empty.write_bytes(b"PK\n")
    (tmp_path / "讲话.txt").write_text(
        "在全市大会上的讲话\n同志们：\n今天召开大会，部署全年工作。\n", encoding="utf-8"
    )
    app = make_app(empty)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is not None  # (a document, nothing in it shown)

        def listed() -> set[str]:
            return {words for _, _, words, _ in screen.query_one(KeyBar).entries}

        assert "帮助" in listed()
        assert not listed() & {"下一句", "下一标题", "下一篇", "书签"}
        await pilot.press("j", "m")
        assert screen.reader.cursor == (0, 0)
        screen.open_file(tmp_path / "讲话.txt")
        await settle(app, pilot)
        assert screen.path == tmp_path / "讲话.txt"
        assert {"下一句", "书签"} <= listed()
