"""The notebook's export is the user's document (newuser14): it was written 0600, as the
reader's private state files are, so a colleague (or a web server, a shared folder) could
not read the 摘录本.md pasted from; it gets a new file's mode now (0666 less the umask), and
an export over an existing file keeps that file's mode. The state files stay private."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.test_quotes import DOC, PATH
from tui.engine.quotes import quote_sentences
from tui.notebook import Notebook

pytestmark = pytest.mark.usefixtures("own_home")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_export_gets_a_new_files_mode_and_keeps_a_replaced_ones(
    tmp_path: Path, own_home: Path, umask_022: None
) -> None:
    notebook = Notebook()
    notebook.add(quote_sentences(DOC, PATH, (4, 1), (4, 1)))
    folder = tmp_path / "文档"
    folder.mkdir()
    target = folder / "摘录本.md"
    assert notebook.export_markdown(target) == 1
    assert mode(target) == 0o644
    os.chmod(target, 0o640)
    notebook.export_markdown(target)
    assert mode(target) == 0o640
    assert "优化营商环境就是解放生产力" in target.read_text(encoding="utf-8")
    assert [p.name for p in folder.iterdir()] == ["摘录本.md"]  # no temporary file left
    assert mode(own_home / "data" / "quotes.json") == 0o600  # the state stays private


def test_a_pdf_quote_says_its_page_in_the_export_not_a_line_of_the_extracted_text() -> None:
    """The export's place line said "第 1069 行" for a quote from a 50-page PDF: a line of
    the text the reader took out of it, which no PDF viewer shows. It says the page now, as
    the citation does; a text file's quote keeps its line."""
    from tui.notebook import notebook_markdown
    from tui.notebook_records import Entry

    pdf = Entry.from_json(
        {
            "text": "让我们紧密地团结起来。",
            "source": "《1959年国务院政府工作报告》",
            "section": "五、关于对外政策",
            "file": "/文档/报告.pdf",
            "line": 1069,
            "page": 49,
            "time": "2026-12-05T13:38:00+08:00",
        }
    )
    text = Entry.from_json(
        {"text": "要抓落实。", "source": "《题》", "file": "/文档/讲话.txt", "line": 12}
    )
    assert pdf is not None and text is not None
    exported = notebook_markdown([pdf, text])
    assert "——《1959年国务院政府工作报告》，五、关于对外政策，第49页" in exported
    assert "*`/文档/报告.pdf` 第 49 页 · 2026-12-05 13:38*" in exported
    assert "1069" not in exported
    assert "`/文档/讲话.txt` 第 12 行" in exported


def test_quotes_lists_a_pdf_quote_at_its_page(
    own_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``speech-reader quotes`` headed a PDF quote "报告.pdf:1069", FILE:LINE with a line of
    the extracted text; it names the page, as the citation; a text file keeps FILE:LINE."""
    import json

    from tui.cli import main

    record = {
        "text": "让我们紧密地团结起来。",
        "source": "《1959年国务院政府工作报告》",
        "file": "/文档/报告.pdf",
        "line": 1069,
        "page": 49,
        "time": "2026-12-05T13:38:00+08:00",
    }
    plain = {**record, "text": "要抓落实。", "file": "/文档/讲话.txt", "line": 12, "page": 0}
    data = own_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "quotes.json").write_text(
        json.dumps({"quotes": [record, plain]}, ensure_ascii=False), encoding="utf-8"
    )
    assert main(["quotes"]) == 0
    out = capsys.readouterr().out
    assert "/文档/报告.pdf（第 49 页）" in out and ":1069" not in out
    assert "/文档/讲话.txt:12" in out
    assert main(["quotes", "--lang", "en"]) == 0
    assert "/文档/报告.pdf (page 49)" in capsys.readouterr().out


def test_a_word_or_page_quote_is_placed_without_a_line_of_its_extracted_text(
    own_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A quote from a .docx (.odt, .rtf, a saved page) was placed "讲话.docx 第4行": a line
    of the text the reader took out of it, which Word does not show. The export and
    ``speech-reader quotes`` name the file alone now (the citation says the speech's title
    and heading path); a text file, Markdown too, keeps its line, in both languages."""
    import json

    from tui.cli import main
    from tui.notebook import notebook_markdown
    from tui.notebook_records import Entry

    base = {
        "text": "要抓落实。",
        "source": "《在全市优化营商环境大会上的讲话》",
        "section": "二、突出重点",
        "line": 4,
        "time": "2026-12-05T13:38:00+08:00",
    }
    files = ("/文档/讲话.docx", "/文档/讲话.odt", "/文档/讲话.RTF", "/文档/页面.htm")
    entries = [Entry.from_json({**base, "file": file}) for file in files]
    plain = Entry.from_json({**base, "file": "/文档/讲话.md", "line": 12})
    assert plain is not None and all(entries)
    words = [entry for entry in entries if entry is not None]
    exported = notebook_markdown([*words, plain])
    for file in files:
        assert f"*`{file}` · 2026-12-05 13:38*" in exported, exported
    assert "第 4 行" not in exported
    assert "*`/文档/讲话.md` 第 12 行 · 2026-12-05 13:38*" in exported
    assert "——《在全市优化营商环境大会上的讲话》，二、突出重点" in exported
    data = own_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    records = [{**base, "file": "/文档/讲话.docx"}, {**base, "file": "/文档/讲话.txt"}]
    (data / "quotes.json").write_text(
        json.dumps({"quotes": records}, ensure_ascii=False), encoding="utf-8"
    )
    for lang in ("zh", "en"):
        assert main(["quotes", "--lang", lang]) == 0
        out = capsys.readouterr().out
        assert "/文档/讲话.docx" in out and "讲话.docx:4" not in out, out
        assert "/文档/讲话.txt:4" in out, out
