"""A quote's place is decided once, by ``Entry.place``: a PDF's page (a PDF named .txt
too: its pages come from its content), a plain text's line, a Word, web-page or e-book
file alone. The notebook's list, its Markdown export and ``speech-reader quotes`` each give
their own forms of the one decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.format_fixtures import write_pdf
from tui.engine import load_document
from tui.engine.quotes import quote_paragraph
from tui.notebook import notebook_markdown
from tui.notebook_records import Entry

TIME = "2026-12-05T13:38:00+08:00"
ROWS = [
    # file, line, page: the place in the export, in ``speech-reader quotes``
    ("/文档/讲话.txt", 12, 0, "`/文档/讲话.txt` 第 12 行", "/文档/讲话.txt:12"),
    ("/文档/讲话.md", 12, 0, "`/文档/讲话.md` 第 12 行", "/文档/讲话.md:12"),
    ("/文档/报告.pdf", 1069, 49, "`/文档/报告.pdf` 第 49 页", "/文档/报告.pdf（第 49 页）"),
    ("/文档/报告.txt", 1069, 49, "`/文档/报告.txt` 第 49 页", "/文档/报告.txt（第 49 页）"),
    ("/文档/讲话.docx", 4, 0, "`/文档/讲话.docx`", "/文档/讲话.docx"),
    ("/文档/页面.htm", 4, 0, "`/文档/页面.htm`", "/文档/页面.htm"),
    ("/文档/书.epub", 4, 0, "`/文档/书.epub`", "/文档/书.epub"),
]


def _entry(file: str, line: int, page: int) -> Entry:
    entry = Entry.from_json(
        {"text": "要抓落实。", "source": "《题》", "file": file, "line": line, "page": page,
         "time": TIME}
    )  # fmt: skip
    assert entry is not None
    return entry


@pytest.mark.parametrize(("file", "line", "page", "exported", "listed"), ROWS)
def test_one_place_in_the_export_and_the_listing(
    own_home: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    line: int,
    page: int,
    exported: str,
    listed: str,
) -> None:
    from tui.cli import main

    entry = _entry(file, line, page)
    decided = entry.place(page=lambda n: f"p{n}", line=lambda n: f"l{n}", alone="-")
    assert decided == (f"p{page}" if page else f"l{line}" if listed.endswith(f":{line}") else "-")
    assert f"*{exported} · 2026-12-05 13:38*" in notebook_markdown([entry])
    data = own_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "quotes.json").write_text(
        json.dumps({"quotes": [entry.to_json()]}, ensure_ascii=False), encoding="utf-8"
    )
    assert main(["quotes"]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert head == f"[1] 2026-12-05 13:38  {listed}", head


def test_a_pdf_named_txt_is_placed_by_its_page(tmp_path: Path) -> None:
    """Its content is a PDF's: the document has pages, the quote records its page, and the
    place names the page, not a line of the extracted text."""
    path = write_pdf(tmp_path / "报告.pdf", lines_per_page=6).rename(tmp_path / "报告.txt")
    document = load_document(path)
    assert document.content_kind == "pdf" and document.pages
    last = next(
        n for n in range(len(document.paragraphs) - 1, -1, -1)
        if document.paragraphs[n].text.strip()
    )  # fmt: skip
    entry = Entry.from_quote(quote_paragraph(document, str(path), last))
    assert entry.page > 1
    assert entry.place(page=lambda n: f"p{n}", line=lambda n: f"l{n}", alone="-") == (
        f"p{entry.page}"
    )


@pytest.mark.parametrize(
    ("file", "content", "placed"),
    [
        ("/文档/讲话.docx", "text", "l4"),  # plain text saved as .docx: its lines are the file's
        ("/文档/讲话.txt", "docx", "-"),  # a Word file renamed .txt: no line Word shows
        ("/文档/页面.txt", "html", "-"),
        ("/文档/讲话.md", "epub", "-"),
        ("/文档/讲话.txt", "text", "l4"),
        ("/文档/讲话.docx", "docx", "-"),
        ("/文档/讲话.docx", "", "-"),  # kept before the content was recorded: by the name
        ("/文档/讲话.txt", "", "l4"),
    ],
)
def test_the_content_recorded_decides_over_the_name(file: str, content: str, placed: str) -> None:
    raw = {"text": "要抓落实。", "source": "《题》", "file": file, "line": 4, "time": TIME}
    entry = Entry.from_json({**raw, "content": content} if content else raw)
    assert entry is not None and entry.content == content
    assert entry.place(page=lambda n: f"p{n}", line=lambda n: f"l{n}", alone="-") == placed
    exported = notebook_markdown([entry])
    assert (f"`{file}` 第 4 行 · " in exported) == (placed == "l4"), exported
    assert Entry.from_json(entry.to_json()) == entry  # stored and read back
