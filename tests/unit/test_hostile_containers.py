"""Hostile files that would hang or fool the reader: each is read, or refused with a
message in both languages, in bounded time (hostile61's adversarial pass)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tui import formats
from tui.base.errors import SpeechFileError
from tui.formats import nesting

DEEP = 20_000
"""Nested ``<div>`` s: lexbor took 1.5 s for this page (and 61 s at 100,000, a 1.1 MB file)."""


def deep_page(depth: int = DEEP, tag: str = "div") -> str:
    return (
        "<html><head><title>讲话</title></head><body>"
        + f"<{tag}>" * depth
        + "<p>同志们：今天的会议很重要。</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )


@pytest.mark.parametrize("tag", ["div", "span", "blockquote"])
def test_a_page_nested_too_deep_is_refused_before_it_is_parsed(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "深.html"
    path.write_text(deep_page(tag=tag), encoding="utf-8")
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "嵌套过深" in caught.value.message and f"{DEEP + 2} 层" in caught.value.message
    assert "too deep" in caught.value.message_en and "web page" in caught.value.message_en


def test_a_saved_single_file_page_nested_too_deep_is_refused(tmp_path: Path) -> None:
    path = ff.write_mhtml(tmp_path / "深.mhtml", page_html=deep_page())
    with pytest.raises(SpeechFileError, match="嵌套过深"):
        formats.read_source(path)


def test_an_ebook_whose_chapters_together_nest_too_much_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each chapter alone is under the limit; the book's chapters together are not.
    chapter = ff.xhtml("章", ["<div>" * 300 + "同志们：会议很重要。" + "</div>" * 300])
    work, _ = nesting.nesting_work(chapter)
    monkeypatch.setattr(nesting, "MAX_NESTING_WORK", work * 3)
    extra: dict[str, str | bytes] = {
        f"OEBPS/Text/part{n:02d}.xhtml": chapter for n in range(1, len(ff.epub_chapters()) + 1)
    }
    assert len(extra) > 3
    path = ff.write_epub(tmp_path / "书.epub", extra=extra)
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    assert "嵌套过深" in caught.value.message and "EPUB" in caught.value.message
    assert "normal EPUB e-book" in caught.value.message_en


def test_ordinary_pages_nest_far_under_the_limit(tmp_path: Path) -> None:
    # Unclosed <p> and <li>, void <br> and <img>, more closing tags than opening ones:
    # none of them deepens the nesting; a page of speeches 60 <div> s deep reads.
    flat = "<p>段落。<br><img src=x><li>条目" * 5_000 + "</div>" * 100
    assert nesting.nesting_work(flat)[1] == 0
    article = "<div>" * 60 + "<p>同志们：今天的会议很重要。</p>" * 3_000 + "</div>" * 60
    work, depth = nesting.nesting_work(article)
    assert depth == 60 and work < nesting.MAX_NESTING_WORK // 100
    path = tmp_path / "页.html"
    path.write_text(ff.saved_page(article, "讲话"), encoding="utf-8")
    assert "今天的会议很重要" in formats.read_source(path).text
