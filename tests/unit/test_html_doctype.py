"""A saved web page whose DOCTYPE declares entities (an internal subset: XHTML saved as .html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine import load_document

PAGE = """{xml}<!DOCTYPE html{external} [
  <!ENTITY sep "——">
  <!ENTITY secret SYSTEM "{secret}">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>讲话</title></head>
<body><p>同志们：</p><p>营商环境是企业发展的土壤&secret;。</p><p>优化营商环境就是解放生产力。</p></body></html>
"""


@pytest.mark.parametrize("xml", ["", '<?xml version="1.0" encoding="utf-8"?>\n<!-- 保存 -->\n'])
@pytest.mark.parametrize("external", ["", ' PUBLIC "-//W3C//DTD XHTML 1.1//EN" "xhtml11.dtd"'])
@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_a_pages_doctype_internal_subset_is_no_paragraph(
    tmp_path: Path, xml: str, external: str, suffix: str
) -> None:
    """The HTML parser ended the DOCTYPE at its first ``>``: ``]>`` was the page's first
    paragraph (the EPUB path had been fixed, safety85; a web page's had not). No entity is
    expanded, a file's above all."""
    secret = tmp_path / "secret.txt"
    secret.write_text("不该读到的内容", encoding="utf-8")
    path = tmp_path / f"讲话{suffix}"
    page = PAGE.format(xml=xml, external=external, secret=secret.as_uri())
    path.write_text(page, encoding="utf-8")
    texts = [paragraph.text for paragraph in load_document(path).paragraphs]
    assert not any("]>" in text or "ENTITY" in text for text in texts), texts
    assert "同志们：" in texts and "优化营商环境就是解放生产力。" in texts
    assert not any("不该读到" in text for text in texts)


def test_a_bracket_after_a_plain_doctype_stays(tmp_path: Path) -> None:
    """Only a DOCTYPE's own subset goes: a page's text with "]>" in it keeps it."""
    path = tmp_path / "讲话.html"
    path.write_text(
        "<!DOCTYPE html><html><body><p>同志们：</p><p>数组写作 a[1]>0 时成立。</p></body></html>",
        encoding="utf-8",
    )
    texts = [paragraph.text for paragraph in load_document(path).paragraphs]
    assert any("a[1]>0" in text for text in texts), texts
