"""An e-book chapter whose DOCTYPE declares entities (an internal subset, legal XHTML)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tui.engine import load_document

CHAPTER = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html{external} [
  <!ENTITY sep "——">
  <!ENTITY secret SYSTEM "{secret}">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>讲话</title></head>
<body><p>同志们：</p><p>营商环境是企业发展的土壤&secret;。</p><p>优化营商环境就是解放生产力。</p></body></html>
"""


@pytest.mark.parametrize("external", ["", ' PUBLIC "-//W3C//DTD XHTML 1.1//EN" "xhtml11.dtd"'])
def test_a_doctypes_internal_subset_is_no_paragraph(tmp_path: Path, external: str) -> None:
    """The HTML parser ended the DOCTYPE at its first ``>``: ``]>`` was the chapter's first
    paragraph (safety85). No entity is expanded, a file's above all."""
    secret = tmp_path / "secret.txt"
    secret.write_text("不该读到的内容", encoding="utf-8")
    path = ff.write_epub(
        tmp_path / "书.epub",
        chapters=[["讲话"]],
        extra={
            "OEBPS/Text/part01.xhtml": CHAPTER.format(external=external, secret=secret.as_uri())
        },
    )
    texts = [paragraph.text for paragraph in load_document(path).paragraphs]
    assert not any("]>" in text or "ENTITY" in text for text in texts), texts
    assert "同志们：" in texts and "优化营商环境就是解放生产力。" in texts
    assert not any("不该读到" in text for text in texts)
