"""A corpus search's hit is placed as the user finds it in the file (as a quote is,
``Entry.place``): a PDF's by its page, a plain text's by its line, a Word file's by none
(its speech and section rows say where) — by what the file held, through the index too
(``FileResult.kind``, ``FileResult.pages``: schema 7). The hits in a PDF said the line of
its extracted text (``1069`` for page 49), those in a .docx a line Word does not show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import hits_placed, settle
from tests.ui.test_search_ui import corpus_search
from tests.unit.format_fixtures import TITLE, speech_lines, write_docx_typed, write_pdf
from tui.app import make_app
from tui.engine import load_document
from tui.engine.index import Index, search_library
from tui.engine.match import Hit
from tui.screens import corpus_hits
from tui.screens import corpus_search as search_screen
from tui.screens import main as main_module

TERM = "推行一网通办"


def lines_of(title: str) -> list[str]:
    """The fixture's speech under its own title (the files' texts differ: none is listed
    as a copy of another)."""
    return [title] + speech_lines()[1:]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "混合"
    folder.mkdir()
    write_pdf(folder / "甲.pdf", lines_of(TITLE + "（PDF）"), lines_per_page=6)
    write_docx_typed(folder / "乙.docx", lines_of(TITLE + "（Word）"))
    (folder / "丙.txt").write_text("\n".join(lines_of(TITLE + "（文本）")) + "\n", encoding="utf-8")
    # A Word file renamed .txt: placed by what it held, not by its name.
    write_docx_typed(folder / "丁.txt", lines_of(TITLE + "（改名）"))
    return folder


@pytest.mark.parametrize("indexed", [False, True], ids=["scanned", "indexed"])
async def test_hits_are_placed_by_page_line_or_none(
    mixed: Path, monkeypatch: pytest.MonkeyPatch, indexed: bool
) -> None:
    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)
    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 4)
    if indexed:
        with Index() as index:
            index.sync(mixed)
    else:  # every file parsed and scanned, whatever the app has indexed meanwhile

        def scanning(*args: Any, **kwargs: Any) -> Any:
            return search_library(*args, **{**kwargs, "use_index": False})

        monkeypatch.setattr(search_screen, "search_library", scanning)
    pdf = load_document(mixed / "甲.pdf")
    app = make_app(mixed / "丙.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, TERM)
        await hits_placed(app, pilot, screen)
        assert screen.result is not None
        assert [f.indexed for f in screen.result.files] == [indexed] * 4
        rows: dict[str, list[tuple[Hit, str]]] = {}
        for node in screen.located_nodes():
            assert isinstance(node.data, Hit)
            rows.setdefault(Path(node.data.path).name, []).append((node.data, str(node.label)))
        assert sorted(rows) == ["丁.txt", "丙.txt", "乙.docx", "甲.pdf"]
        for hit, label in rows["甲.pdf"]:
            page = pdf.page_of(hit.line)
            assert page is not None and 1 < page < hit.line
            assert label.startswith(f"{f'第{page}页':>7}  "), label
        for hit, label in rows["丙.txt"]:
            assert label.startswith(f"{hit.line:>5}  "), label
        for name in ("乙.docx", "丁.txt"):
            for hit, label in rows[name]:
                assert label.startswith(hit.snippet[:6]), (name, label)
