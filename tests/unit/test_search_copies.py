"""The same text at two paths (a copy in another folder, a .txt and a .docx of one speech) is
listed once by library search, with the other paths in ``also_at``, and counted once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.unit.format_fixtures import write_docx_typed, write_text
from tui.cli import main
from tui.engine import index as ix
from tui.engine.match import parse_query

pytestmark = pytest.mark.usefixtures("own_home")

QUERY = parse_query("营商环境")


def library(root: Path) -> Path:
    """``a/讲话.txt``, its copy ``b/讲话.txt``, the same text typed in ``b/讲话.docx`` and
    in GB18030 with CRLF in ``b/旧编码.txt``, and
    ``c/改过.txt``: the same but for one character."""
    for folder in ("a", "b", "c"):
        (root / folder).mkdir(parents=True)
    write_text(root / "a" / "讲话.txt")
    write_text(root / "b" / "讲话.txt")
    write_docx_typed(root / "b" / "讲话.docx")
    # GB18030 with CRLF line ends: the same text once decoded
    (root / "b" / "旧编码.txt").write_bytes(
        (root / "a" / "讲话.txt")
        .read_text(encoding="utf-8")
        .replace("\n", "\r\n")
        .encode("gb18030")
    )
    changed = (root / "a" / "讲话.txt").read_text(encoding="utf-8").replace("竞争力", "竞争性", 1)
    (root / "c" / "改过.txt").write_text(changed, encoding="utf-8")
    return root


def listed(result: ix.SearchResult, root: Path) -> dict[str, list[str]]:
    return {
        os.path.relpath(f.path, root): [os.path.relpath(p, root) for p in f.also_at]
        for f in result.files
    }


@pytest.mark.parametrize("how", ["scanned", "indexed", "half indexed"])
def test_copies_are_listed_once_and_counted_once(tmp_path: Path, how: str) -> None:
    root = library(tmp_path / "lib")
    one = ix.search_library(root / "a", QUERY, use_index=False).total
    assert one > 0
    if how != "scanned":
        with ix.Index() as index:
            index.sync(root)
    if how == "half indexed":  # the copy changed on disk since: scanned, the rest indexed
        os.utime(root / "b" / "讲话.txt", ns=(1, 1))
    result = ix.search_library(root, QUERY, use_index=how != "scanned")
    assert (how != "half indexed") == (result.scanned == [])
    assert listed(result, root) == {
        os.path.join("a", "讲话.txt"): [
            os.path.join("b", "旧编码.txt"),
            os.path.join("b", "讲话.docx"),
            os.path.join("b", "讲话.txt"),
        ],
        os.path.join("c", "改过.txt"): [],
    }
    assert (
        result.total == sum(f.total for f in result.files) == 2 * one
    )  # (c/改过.txt: as many hits, not a copy)


def test_first_results_and_the_complete_result_list_a_text_once(tmp_path: Path) -> None:
    root = library(tmp_path / "lib")
    with ix.Index() as index:
        index.sync(root)
        first: list[ix.SearchResult] = []
        result = ix.search_library(root, QUERY, index=index, on_first=first.append)
    assert len(first) == 1
    for found in (first[0], result):
        paths = [f.path for f in found.files]
        assert len(paths) == 2 and str(root / "a" / "讲话.txt") in paths


def test_the_command_line_names_the_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    library(tmp_path / "lib")
    assert main(["search", "营商环境", "lib", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["files_matched"] == 2
    first = out["files"][0]
    assert first["path"] == os.path.join("lib", "a", "讲话.txt")
    assert first["also_at"] == [
        os.path.join("lib", "b", "旧编码.txt"),
        os.path.join("lib", "b", "讲话.docx"),
        os.path.join("lib", "b", "讲话.txt"),
    ]
    assert out["total"] == sum(f["total"] for f in out["files"])
    assert main(["search", "营商环境", "lib"]) == 0
    text = capsys.readouterr().out
    assert "（同样的文字也在：lib/b/旧编码.txt、lib/b/讲话.docx、lib/b/讲话.txt）" in text
    assert text.rstrip().endswith("另有 3 个文件与所列文件文字相同，未重复列出和计数。")
    assert main(["search", "营商环境", "lib", "--lines"]) == 0
    names = {line.split(":")[0] for line in capsys.readouterr().out.splitlines()}
    assert names == {"lib/a/讲话.txt", "lib/c/改过.txt"}
