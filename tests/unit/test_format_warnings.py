"""A document's warnings carry both languages (``tui.base.errors.Said``, made by
``tui.formats.errors``) from the format reader to the screen, through the extraction cache's
JSON and the document store's pickle. They were one text "中文 / English", split when shown
(``ui_text.said``), and stored so."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from tests.unit import format_fixtures as ff
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats, ui_text
from tui.base.errors import Said
from tui.base.files import stamp_of
from tui.engine import docstore, load_document
from tui.formats import cache
from tui.formats.errors import encoding_guessed, pages_without_text

ZH = "第2页没有文字层（可能是扫描页），这一页的内容没有显示。"
EN = "Page 2 has no text layer (a scanned page?): its content is not shown."


@pytest.fixture(autouse=True)
def chinese() -> Any:
    yield
    ui_text.set_language("zh")


def test_a_warning_is_said_in_each_language() -> None:
    from tui.formats.pdf import assemble_pages

    (warning,) = assemble_pages(
        ["第一页的文字，写了几句。", "", "第三页的文字。"], "x.pdf"
    ).warnings
    assert isinstance(warning, Said) and (str(warning), warning.en) == (ZH, EN)
    assert ui_text.said(warning) == ZH
    ui_text.set_language("en")
    assert ui_text.said(warning) == EN
    assert pages_without_text([2, 5]).en.startswith("Pages 2, 5 have no text layer")
    many = pages_without_text(list(range(1, 13)))
    assert str(many).startswith("第1、2、3、4、5、6、7、8、9、10…页") and "10, …" in many.en
    assert encoding_guessed("big5").en == (
        "The encoding (big5) was guessed; some characters may be wrong."
    )


def test_warnings_keep_both_languages_through_the_cache(tmp_path: Path, home: Path) -> None:
    path = ff.write_pdf_with_blank_page(tmp_path / "缺页.pdf")
    first = formats.read_source(path)
    (entry,) = (home / "cache" / "extracted").glob("*.json")
    assert json.loads(entry.read_text(encoding="utf-8"))["warnings"] == [{"zh": ZH, "en": EN}]
    again = formats.read_source(path)  # from the cache
    assert again == first
    assert [(str(w), w.en) for w in again.warnings] == [(ZH, EN)]


def test_an_entry_with_a_warning_as_one_text_is_not_used(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry as version 6 wrote it ("中文 / English") is a miss: the file is extracted
    again, and its warning said in both languages."""
    path = ff.write_pdf_with_blank_page(tmp_path / "缺页.pdf")
    formats.read_source(path)
    (entry,) = (home / "cache" / "extracted").glob("*.json")
    record = json.loads(entry.read_text(encoding="utf-8"))
    record["warnings"] = [f"{ZH} / Pages 2 have no text layer (scanned?)."]
    entry.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    stamp = stamp_of(path)
    assert stamp is not None
    assert cache.load(str(path), stamp) is None
    calls: list[str] = []
    real = formats.extract_bytes

    def counted(*args: Any) -> formats.Extracted:
        calls.append("x")
        return real(*args)

    monkeypatch.setattr(formats, "extract_bytes", counted)
    assert [w.en for w in formats.read_source(path).warnings] == [EN] and calls == ["x"]
    for bad in ([{"zh": ZH}], [{"zh": ZH, "en": 2}], [None]):
        record["warnings"] = bad
        entry.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        assert cache.load(str(path), stamp) is None, bad


def test_warnings_keep_both_languages_in_the_document_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ff.write_pdf_with_blank_page(tmp_path / "缺页.pdf")
    document = load_document(path)
    assert [(str(w), getattr(w, "en", None)) for w in document.warnings] == [(ZH, EN)]
    (back,) = pickle.loads(pickle.dumps(document.warnings))
    assert isinstance(back, Said) and back.en == EN
    monkeypatch.setattr(docstore, "STORE_MIN_BYTES", 0)  # (a small file: stored all the same)
    stamp = stamp_of(path)
    assert stamp is not None
    folder = tmp_path / "documents"
    assert docstore.store_document(folder, path, stamp, document)
    stored = docstore.stored_document(folder, path, stamp)
    assert stored is not None
    assert [(type(w), getattr(w, "en", None)) for w in stored.warnings] == [(Said, EN)]
